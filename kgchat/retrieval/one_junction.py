"""Several named entities and an answer held together by one n-ary node.

An n-ary relation stated as an unnamed node (an OpenFlights route joining an airline, a source
and a destination airport; a CVT joining a film, an actor and a character) holds only for the
things that one node joins. "Which airlines fly from LHR to JFK?" asks for the airlines of a
route whose airports are LHR and JFK; an airline that flies into LHR on one route and into JFK
on another reaches both names too, by two routes, and scores as well on the walks. Where the
question names entities in two spans or more, :func:`joined_by_one` raises the candidates one
unnamed junction joins to an entity of every span, as a constraint met: the question's
entities are the relation's other parts, so the answer is its remaining one.

>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval.results import Candidate
>>> kg = KnowledgeGraph.from_triples([
...     ("r1", "airline", "BA"), ("r1", "from", "LHR"), ("r1", "to", "JFK"),
...     ("r2", "airline", "LOT"), ("r2", "from", "LHR"), ("r2", "to", "WAW"),
...     ("r3", "airline", "LOT"), ("r3", "from", "WAW"), ("r3", "to", "JFK")])
>>> ranked = joined_by_one(
...     kg.neighbors, lambda n: n.startswith("r"), [{"LHR"}, {"JFK"}],
...     [Candidate("LOT", "LOT", 2.0), Candidate("BA", "BA", 2.0)], 1.0)
>>> [(c.node, c.score) for c in ranked]
[('BA', 3.0), ('LOT', 2.0)]
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from kgchat.retrieval.results import Candidate

__all__ = ["joined_by_one", "spans_of"]

_POOL = 30  # candidates looked at (their junctions' edges are read)


def spans_of(mentions: Sequence[Any]) -> list[set[str]]:
    """The entities each span of the question names (mentions of one span: one set)."""
    per_name: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        per_name.setdefault((m.start, m.end), set()).add(m.node)
    return list(per_name.values())


def joined_by_one(
    edges: Callable[[str], Sequence[Any]],
    anonymous: Callable[[str], bool],
    spans: Sequence[Collection[str]],
    candidates: list[Candidate],
    bonus: float,
) -> list[Candidate]:
    """``candidates`` re-ranked: each of the first :data:`_POOL` that an unnamed junction
    (``anonymous``) among its neighbours (``edges``) joins to a node of every one of
    ``spans`` (the entities each span of the question names: two spans or more) gains
    ``bonus``. Returned as given where no candidate does."""
    if len(spans) < 2:
        return candidates
    raised = False
    for c in candidates[:_POOL]:
        for e in edges(c.node):
            j = e.neighbor
            if j == c.node or not anonymous(j):
                continue
            around = {x.neighbor for x in edges(j)}
            if all(around.intersection(span) for span in spans):
                c.score += bonus
                raised = True
                break
    if raised:
        candidates = sorted(candidates, key=Candidate.rank_key)
    return candidates
