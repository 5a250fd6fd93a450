"""Entities a question joins by "and": one role, so alike walks through records of their own.

"Who sat on both the Health committee and the Education committee?", "Which battles did Ney
and Davout both fight in?": two entities coordinated by "and" share one predicate, so each
relates to the answer as the other does, and the joint answer's walks from them are alike
(one pattern). Where each such walk passes a record of its own (a membership, a
participation: an unnamed junction its own query entered free), the walks meet at the
answer only, which :func:`~kgchat.retrieval.record_meetings.met_in_junction` leaves paying every
hop (two statements' references, both "imported from" one source, meet so by chance): for
coordinated entities that meeting is what the question asks, and :func:`alike_hops` gives
the joint path the hops into junctions each walk took free alone. Without it the committees'
parent assembly, one hop from each, came before the member of both, two hops from each.
(Pricing alike walks as one walk wherever they meet, through named nodes too, was tried and
dropped: it puts the single walk's preferences into the joint, and "which battles did both
Napoleon and Kutuzov fight in?" answered a battle each reached through his country's
participation, three hops, before the one both fought in, two.)

:func:`coordinated` reads the coordination off the question's words only (English grammar,
:mod:`kgchat.function_words`): between two mentions an "and", right before the second (but
for articles); before it, the head noun both mentions modify, said again after the second
("the *Health* committee and the *Education* committee"), or nothing: not a second clause
("who directed A and *starred in* B"), nor a verb of the first's ("did A *direct* and B
star in").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from kgchat.function_words import ARTICLES

__all__ = ["alike_hops", "coordinated", "coordinated_walks"]


def coordinated(tokens: Sequence[str], spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The positions in ``spans`` (mentions' ``(start, end)`` token spans) of the mentions
    coordinated with another by "and" (module docstring).

    >>> toks = "which battles did ney and davout both fight in".split()
    >>> sorted(coordinated(toks, [(3, 4), (5, 6)]))
    [0, 1]
    >>> sorted(coordinated("who was born in ann and died in bo".split(), [(4, 5), (8, 9)]))
    []
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    out: set[int] = set()
    for a, b in itertools.pairwise(order):
        between = list(tokens[spans[a][1] : spans[b][0]])
        while between and between[-1] in ARTICLES:
            between.pop()
        if not between or between[-1] != "and":
            continue
        before = between[:-1]
        # a word between is the head both modify, said again after the second ("the Health
        # *committee* and the Education *committee*"), not a verb of the first's own
        # ("did Ann *direct* and Bo star in")
        end = spans[b][1]
        if before and list(tokens[end : end + len(before)]) != before:
            continue
        out.update((a, b))
    return frozenset(out)


def coordinated_walks(tokens: Sequence[str], mentions: Sequence[Any]) -> frozenset[int]:
    """The positions in ``mentions`` (each with its token span's ``start`` and ``end``; an
    ambiguous span's entities one each) of those :func:`coordinated` finds: their walks
    play one role ("both X and Y").

    >>> from types import SimpleNamespace as At
    >>> toks = "which children did ann and bo have".split()
    >>> sorted(coordinated_walks(toks, [At(start=3, end=4), At(start=5, end=6)]))
    [0, 1]
    """
    said_at = list(dict.fromkeys((m.start, m.end) for m in mentions))
    joined = {said_at[i] for i in coordinated(tokens, said_at)}
    return frozenset(i for i, m in enumerate(mentions) if (m.start, m.end) in joined)


def alike_hops(
    node: str,
    combo: Sequence[tuple[float, Any, int]],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
    frees: Sequence[dict[Any, int]],
    alike: frozenset[int],
) -> int:
    """The hops into junctions a joint answer's walks (``combo``: (score, pattern, walk)
    entries) took free alone (``frees``, per walk and pattern), where two or more of them
    start at coordinated entities (walk numbers ``alike``), walk one pattern, each entered a
    junction free, and they reach ``node`` from nodes of their own (their parent pointers,
    ``sources``: walks that meet before the answer read a sibling of what they met at, "the
    author of both" and on to another of his works); 0 otherwise.

    >>> hops = (("organization", False), ("member", True))
    >>> combo = [(0.7, hops, 0), (0.7, hops, 1)]
    >>> seat = {"Health": "_:s1", "Education": "_:s2"}
    >>> sources = [(c, {hops: {"Ann": (seat[c], 0)}}) for c in ("Health", "Education")]
    >>> alike_hops("Ann", combo, sources, [{hops: 1}, {hops: 1}], frozenset({0, 1}))
    2
    >>> alike_hops("Ann", combo, sources, [{hops: 1}, {}], frozenset({0, 1}))
    0
    >>> alike_hops("Ann", combo, sources, [{hops: 1}, {hops: 1}], frozenset({0}))
    0
    """
    walks = [(pattern, wid) for _, pattern, wid in combo if wid in alike]
    if len(walks) < 2 or len({pattern for pattern, _ in walks}) > 1:
        return 0
    freed = [frees[wid].get(pattern, 0) if wid < len(frees) else 0 for pattern, wid in walks]
    if not all(freed):
        return 0
    before = [sources[wid][1].get(pattern, {}).get(node, (None,))[0] for pattern, wid in walks]
    if None in before or len(set(before)) < len(before):
        return 0
    return sum(freed)
