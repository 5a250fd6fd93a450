"""What a walk's patterns reached, kept in bulk: the better entry of a node reached by several
patterns (:func:`keep_better`) and the kind words of the nodes a pattern walks through
(:func:`passed_kinds`). Read by :class:`~kgchat.retrieval.scored_walk.ScoredWalks` as its
walk (:class:`~kgchat.retrieval.walk.Walk`) grows; split from :mod:`kgchat.retrieval.walk`
to keep it short.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from itertools import chain
from operator import itemgetter
from typing import Any, cast

__all__ = ["TIE", "beats", "keep_better", "keep_same", "level", "passed_kinds"]

_first = itemgetter(0)

# Scores this close are equal: a path's score is summed from float32 similarities whose last
# bits differ with the BLAS and the CPU (two first hops a question says neither of scored
# 0.75 on one machine and 0.7499999 on another), so a tie judged exactly is a tie on some
# machines only, and which path is read first (what the confidence rates) with it
TIE = 1e-6


def beats(score: float, old: float) -> bool:
    """Whether ``score`` is better than ``old`` by more than :data:`TIE`.

    >>> beats(0.75, 0.7499999403953552), beats(0.76, 0.75)
    (False, True)
    """
    return score > old + TIE


def level(score: float, old: float) -> bool:
    """Whether ``score`` and ``old`` are equal within :data:`TIE`.

    >>> level(0.75, 0.7499999403953552), level(0.76, 0.75)
    (True, False)
    """
    return score == old or abs(score - old) <= TIE  # (equal infinities too)


def keep_better(
    kept: dict[str, Any],
    reached: Collection[str],
    entries: Iterable[Any],
    ties: dict[str, list[Any]] | None = None,
) -> None:
    """Each node of ``reached`` keeps in ``kept`` the better of the entry it has there and
    its entry in ``entries`` (one each, in the same order; entries are tuples led by their
    score, and of scores equal within :data:`TIE` the one kept stays), nodes new to ``kept``
    joining it in the order reached: what a node-by-node loop leaves, in bulk (a hop's
    patterns reach thousands of nodes a question, most of them reached by other patterns
    too). An entry that ties with the one kept is added to the node's list in ``ties`` (when
    given): which of them a path reads first is not the walk's to decide
    (:mod:`kgchat.retrieval.tied_paths`).

    >>> kept, ties = {"b": (0.5, "p")}, {}
    >>> keep_better(kept, ["a", "b", "c"], [(0.1, "q"), (0.5, "q"), (0.2, "q")], ties)
    >>> kept, ties
    ({'b': (0.5, 'p'), 'a': (0.1, 'q'), 'c': (0.2, 'q')}, {'b': [(0.5, 'q')]})
    """
    if kept.keys().isdisjoint(reached):  # nodes no other pattern reached: no comparison
        kept.update(zip(reached, entries, strict=True))
        return
    get = kept.get
    if ties is None:
        kept.update(
            {
                n: e
                for n, e in zip(reached, entries, strict=True)
                if (old := get(n)) is None or e[0] > old[0] + TIE
            }
        )
        return
    # one pass, no list of every node reached: each node is read and written once (its own
    # entry only), so writing as it goes leaves what comparing all first and writing after
    # does, new nodes joining in the order reached
    for n, e in zip(reached, entries, strict=True):
        old = get(n)
        if old is None or e[0] > old[0] + TIE:
            kept[n] = e
        elif e[0] >= old[0] - TIE and e[1] != old[1]:
            ties.setdefault(n, []).append(e)


def keep_same(
    kept: dict[str, Any],
    reached: Collection[str],
    entry: Any,
    ties: dict[str, list[Any]] | None = None,
) -> None:
    """:func:`keep_better` where every node of ``reached`` has the one ``entry`` (a pattern
    whose nodes are all of one kind: most): the same nodes kept, in the same order, the
    same ties, without pairing each node with its entry.

    >>> kept, ties = {"b": (0.5, "p"), "c": (0.1, "p")}, {}
    >>> keep_same(kept, ["a", "b", "c"], (0.5, "q"), ties)
    >>> kept, ties
    ({'b': (0.5, 'p'), 'c': (0.5, 'q'), 'a': (0.5, 'q')}, {'b': [(0.5, 'q')]})
    """
    if kept.keys().isdisjoint(reached):  # nodes no other pattern reached: no comparison
        kept.update(dict.fromkeys(reached, entry))
        return
    get = kept.get
    score, pattern = entry[0], entry[1]
    if ties is None:
        kept.update({n: entry for n in reached if (old := get(n)) is None or score > old[0] + TIE})
        return
    for n in reached:  # (keep_better's loop, the entry's parts read once)
        old = get(n)
        if old is None or score > old[0] + TIE:
            kept[n] = entry
        elif score >= old[0] - TIE and pattern != old[1]:
            ties.setdefault(n, []).append(entry)


def passed_kinds(
    before: tuple[str, ...],
    reached: dict[str, tuple[str | None, int]],
    kinds: Callable[[str], tuple[str, ...]],
    own: frozenset[str] = frozenset(),
    memo: dict[Any, tuple[str, ...]] | None = None,
    then: Callable[[str], tuple[str, ...]] | None = None,
) -> tuple[str, ...]:
    """The kind words of the nodes a pattern walks through: ``before`` (its prefix's) and the
    ``kinds`` of the nodes its last hop leaves from (the parents in ``reached``), the
    commonest first (at most four new), but for ``own`` (words the question says of the
    start itself: "the *session* X"). ``then`` (None: none) gives further words of a parent
    (what holds it), which fill the places the parents' own kinds leave, the commonest
    first: a kind every record of a pattern's shares through its holders must not push out
    the one that tells its records apart (an ``international`` relationship record of a
    ``legal entity record``). ``memo`` (one walk's, the same ``kinds``, ``own`` and
    ``then``) keeps them per prefix and parents: the steps out of one pattern mostly leave
    from the same nodes.

    >>> passed_kinds((), {"b": ("a", 0), "c": ("a", 1)}, lambda n: ("band",) if n == "a" else ())
    ('band',)
    >>> held = {"r1": ("legal", "entity"), "r2": ("legal", "entity")}.get
    >>> own = {"r1": ("abroad", "branch"), "r2": ()}.get
    >>> passed_kinds((), {"x": ("r1", 0), "y": ("r2", 0)}, own, then=held)
    ('abroad', 'branch', 'legal', 'entity')
    """
    if len(reached) == 1:  # most patterns (a value of one property)
        ((_, (parent, _)),) = reached.items()
        parents: dict[Any, None] = {} if parent is None else {parent: None}
    else:
        parents = dict.fromkeys(map(_first, reached.values()))  # distinct, in order reached
        parents.pop(None, None)
    key = (before, tuple(parents))
    found = None if memo is None else memo.get(key)
    if found is not None:
        return found
    # counted in C, each word in the order first met; most_common() sorts by count, ties in
    # that order (a stable sort, reversed stably): the order of sorting by -count
    counts = Counter(chain.from_iterable(map(kinds, cast("dict[str, None]", parents))))
    words = [w for w, _ in counts.most_common() if w not in before and w not in own][:4]
    if then is not None and len(words) < 4:
        more = Counter(chain.from_iterable(map(then, cast("dict[str, None]", parents))))
        words += [
            w for w, _ in more.most_common() if w not in before and w not in own and w not in words
        ][: 4 - len(words)]
    found = (*before, *words) if words else before
    if memo is not None:
        memo[key] = found
    return found
