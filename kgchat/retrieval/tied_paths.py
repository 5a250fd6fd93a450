"""Which of a candidate's equally scored paths it reads first.

The walk keeps one path per node and length (:class:`~kgchat.retrieval.scored_walk.ScoredWalks`):
of patterns that score alike, the first met, now the first by the pattern itself (an order of
IRIs, :meth:`~kgchat.retrieval.walk.Walk.run`). That order says nothing of the question, yet the
confidence and the evidence read a candidate's first path: "What are the pests of maize?"
reached its pests by ``produces< is pest of<`` (maize is produced by *Zea mays*, whose pests
they are) and by ``related> is pest of<`` alike, and the first by IRI, ``produces``, is a middle
hop the question never says. So the walk hands the tied entries on (its ``ties``), and
:func:`tied_first` puts first, of the best candidate's tied paths, the one the confidence rates
highest (of equal ratings, the walk's own), and the same pattern first wherever another
candidate's path tied alike: what the confidence judges and the evidence cites is the reading
that says the question best, in any order of IRIs, facts or hashes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from kgchat.retrieval.combine import Entry
from kgchat.retrieval.results import Candidate, Path, PendingPath
from kgchat.retrieval.walk_reached import level

__all__ = ["MOST", "tied_first"]

MOST = 1.0  # the most a confidence (``rate``'s) is

Sources = Sequence[tuple[str, dict[Any, dict[str, Any]]]]


def _tied(
    path: Path, node: str, sources: Sources, ties: Sequence[dict[str, list[Entry]]]
) -> list[Path]:
    """The paths to ``node`` scored as ``path`` by another pattern of its length, from its
    start, ordered by pattern."""
    found: dict[Any, Path] = {}
    for (start, parents), tied in zip(sources, ties, strict=True):
        if start != path.start:
            continue
        for score, pattern, _ in tied.get(node, ()):
            if not level(score, path.score) or pattern == path.pattern:
                continue
            if len(pattern) == len(path.pattern):
                found.setdefault(pattern, PendingPath(score, pattern, start, parents).trace(node))
    return [found[p] for p in sorted(found)]


def tied_first(
    candidates: list[Candidate],
    sources: Sources,
    ties: Sequence[dict[str, list[Entry]]],
    rate: Callable[[list[Candidate]], float],
    ahead: Callable[[list[Candidate]], None] | None = None,
) -> tuple[list[Candidate], float | None]:
    """``candidates`` with the best one's paths that the confidence reads (the first; the
    first three of a joint answer) each swapped for a path tied with it where ``rate`` (the
    confidence of a ranking) rates that higher, and the same swap made in every other
    candidate whose path tied alike. ``sources`` and ``ties``: per walk, its start and parent
    pointers, and its tied entries per node (:meth:`ScoredWalks._walk`'s ``ties``).

    Returned with the ranking: ``rate`` of it where it was rated here (the caller need not
    rate it again, a confidence a question), else None. ``rate`` gives at most :data:`MOST`
    (a confidence): a path rated that is not rated against its alternatives, none could be
    rated higher. ``ahead`` (optional) is told, before the first rating, the best candidate
    as each alternative would make it (what ``rate`` may then read: its encoder can embed
    their texts in the pass it makes for the first)."""
    if not candidates or not candidates[0].paths or not any(ties):
        return candidates, None
    top = candidates[0]
    joint = len({p.start for p in top.paths}) > 1
    rated: float | None = None
    chosen: dict[tuple[str, Any], Any] = {}  # (start, pattern) -> the pattern put first
    # each path's alternatives (a swap changes only the path it swaps: the others' stay)
    tied = [
        (i, _tied(top.paths[i], top.node, sources, ties))
        for i in range(min(len(top.paths), 3 if joint else 1))
    ]
    if ahead is not None:
        ahead(
            [
                replace(top, paths=[*top.paths[:i], a, *top.paths[i + 1 :]])
                for i, alts in tied
                for a in alts
            ]
        )
    for i, alts in tied:
        path = top.paths[i]
        for alt in alts:
            if rated is None:
                rated = rate(candidates)
            if rated >= MOST:
                break  # no path is rated above the most a confidence is
            trial = replace(top, paths=[*top.paths[:i], alt, *top.paths[i + 1 :]])
            r = rate([trial, *candidates[1:]])
            if r > rated:
                rated, top = r, trial
                chosen[(path.start, path.pattern)] = alt.pattern
    if not chosen:
        return candidates, rated
    out = [top]
    for c in candidates[1:]:
        paths = list(c.paths)
        for i, p in enumerate(paths):
            to = chosen.get((p.start, p.pattern))
            if to is None:
                continue
            same = [a for a in _tied(p, c.node, sources, ties) if a.pattern == to]
            if same:
                paths[i] = same[0]
        out.append(replace(c, paths=paths) if paths != c.paths else c)
    # the ranking rated last (the best one swapped, the others as given), unless another
    # candidate took a swap too: what the confidence reads of them changed
    untouched = all(a is b for a, b in zip(out[1:], candidates[1:], strict=True))
    return out, rated if untouched else None
