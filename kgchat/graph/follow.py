"""Every node a relation path reaches from a start, followed again over the graph's edges.

The retriever's walk keeps a beam; a count ("how many children did Ann have?",
:mod:`kgchat.retrieval.counting`) and a list's "and N more" (:func:`kgchat.chat.lists.members`)
need every node the best walk's relation path reaches, not only those the beam kept. Both
read them here: a level at a time, each hop's edges of its predicate and direction, never
back to a node already on the way (as the walk does), each node by the first walk that
reaches it.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Ann", "child", "Bo"), ("Ann", "child", "Cy"),
...     ("Bo", "child", "Di"), ("Ann", "born in", "Oslo")])
>>> got = follow(kg.neighbors, "Ann", [("child", True), ("child", True)])
>>> got.ends, got.widest
({'Di': (('Ann', 'Bo', 'Di'), (1, 3))}, 3)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from kgchat.graph.view import Edge

__all__ = ["Reached", "follow"]

Way = tuple[tuple[str, ...], tuple[int, ...]]  # the nodes walked through and the facts walked


@dataclass
class Reached:
    """What :func:`follow` reached: each end node with the first way to it (its nodes from
    the start, its facts' handles), and the most edges read at one node on the way (a reader
    whose edges are capped compares it with the cap: the set may be cut)."""

    ends: dict[str, Way] = field(default_factory=dict)
    widest: int = 0


def follow(
    edges: Callable[[str], Sequence[Edge]],
    start: str,
    pattern: Iterable[tuple[str, bool]],
    *,
    cap: int | None = None,
) -> Reached:
    """Every node ``pattern`` (hops of a predicate and a direction: True forwards) reaches
    from ``start`` over ``edges`` (a node's edges both ways, e.g. ``kg.neighbors``).

    With ``cap``, a level stops being read once it holds more than ``cap`` nodes: a count
    past it is "more than ``cap``", not read to the last node.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Ann", "child", "Bo"), ("Ann", "child", "Cy"),
    ...     ("Bo", "child", "Di"), ("Bo", "child", "Ed"), ("Cy", "child", "Fe")])
    >>> sorted(follow(kg.neighbors, "Ann", [("child", True), ("child", True)]).ends)
    ['Di', 'Ed', 'Fe']
    >>> sorted(follow(kg.neighbors, "Ann", [("child", True), ("child", True)], cap=1).ends)
    ['Di', 'Ed']
    """
    level: dict[str, Way] = {start: ((start,), ())}
    widest = 0
    for predicate, forward in pattern:
        nxt: dict[str, Way] = {}
        for node, (nodes, facts) in level.items():
            at = edges(node)
            widest = max(widest, len(at))
            for e in at:
                if e.predicate == predicate and e.forward == forward and e.neighbor not in nodes:
                    nxt.setdefault(e.neighbor, ((*nodes, e.neighbor), (*facts, e.fact)))
            if cap is not None and len(nxt) > cap:
                break
        level = nxt
    return Reached(level, widest)
