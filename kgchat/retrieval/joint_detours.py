"""A joint answer's walks that meet no constraint of their own: detours.

A node several mentions reach takes a constraint bonus per mention beyond the first
(:meth:`~kgchat.retrieval.combine.CandidateRanking._combine`). The joint query reads the
walks together, so one walk's relation that the question says ("directed") pays for the
words of every walk, and a mention whose walk reaches the node by relations the question
says nothing of still took its whole bonus: "Who directed the 1998 Hedda Gabler at the
Nationaltheatret?" reached a translator from the theatre by its city and his birthplace, and
"Which articles did A and B write together?" an article about the paper B works for. A walk
of one hop (the mention's own neighbour: a year's ``date``, a class's member) meets its
mention's constraint by the graph's own link whatever its relation's words; a longer walk
meets it only where the question says one of its hops (:func:`detours` counts the walks that
do not).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.graph.vocab import HIERARCHY, MEMBERSHIP

__all__ = ["detours", "hop_said_once"]

Hop = tuple[str, bool]
_KINDS = frozenset((*HIERARCHY, *MEMBERSHIP))  # what a thing is: a class mention's own link


def detours(
    combo: Sequence[tuple[float, tuple[Hop, ...], int]],
    said: Callable[[Hop], bool],
    frees: Sequence[dict[Any, int]] = (),
) -> int:
    """How many walks of a joint answer (``combo``: one (score, pattern, walk number) entry
    a mention) take two hops or more, those into unnamed junctions their own query took free
    (``frees``, per walk number) not counted, none of which the question says (``said``)
    nor steps to or from what a thing is (a class, a subclass, a concept scheme), where
    another walk of two hops or more says one: where none does, the question's words say
    nothing of any long walk (a one-hop walk is judged by the graph's link, not by its words),
    and none is a detour.

    >>> said = lambda hop: hop[0] == "director"
    >>> combo = [(1.0, (("director", True),), 0),
    ...          (0.5, (("city", True), ("birth place", False)), 1),
    ...          (0.5, (("produced by", False), ("director", True)), 2)]
    >>> detours(combo, said)
    1
    >>> detours(combo, said, [{}, {(("city", True), ("birth place", False)): 1}, {}])
    0
    >>> detours(combo[1:2], said)
    0
    """
    long = [len(p) - (frees[w].get(p, 0) if w < len(frees) else 0) >= 2 for _, p, w in combo]
    # (a walk over what things are, a class's members or subclasses, goes by its class
    # mention's own name: "the *molecular weight* of X", a class whose instances hold it)
    silent = [
        not any(map(said, pattern)) and all(r not in _KINDS for r, _ in pattern)
        for _, pattern, _ in combo
    ]
    if all(q or not n for q, n in zip(silent, long, strict=True)):
        # (the question says nothing of any walk: its words are the mentions' own, as in
        # "X's *revenue* in 2024" with the concept Revenue linked, and each walk is
        # judged by its mention alone)
        return 0
    return sum(q and n for q, n in zip(silent, long, strict=True))


def hop_said_once(support: Callable[[str, bool], float], floor: float) -> Callable[[Hop], bool]:
    """Whether the question says a hop (``support`` at ``floor`` or more), read once a hop:
    thousands of joint answers of a question share a few hops, and each reading is a scorer
    call.

    >>> calls = []
    >>> said = hop_said_once(lambda r, f: calls.append(r) or 0.5, 0.05)
    >>> said(("a", True)), said(("a", True)), calls
    (True, True, ['a'])
    """
    kept: dict[Hop, bool] = {}

    def said(hop: Hop) -> bool:
        found = kept.get(hop)
        if found is None:
            found = kept[hop] = support(*hop) >= floor
        return found

    return said
