"""A node's edges grouped by step (predicate and direction), as
:class:`~kgchat.retrieval.walk.Walk` reads them: it extends a pattern by a whole group of
edges at once (thousands of edges a question), and a caller may keep the groups per node
(the retriever keeps them per graph, :meth:`~kgchat.retrieval.reading.GraphReading.edge_steps`);
and whether a step turns straight back over the relation walked (:func:`turns_back`).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("A", "r", "B"), ("C", "r", "B"), ("B", "s", "D")])
>>> forwards, backwards, forward_ones, backward_ones = group_edges("B", kg.neighbors("B"))
>>> forwards, backward_ones
((), ())
>>> backwards  # two edges of one step: the group of its distinct neighbours
(('r', ('r', False), (('A', ('B', 0)), ('C', ('B', 2))), (1, 2), None),)
>>> forward_ones  # a step of one edge (most): its neighbour, (node, fact), position, step
(('s', 'D', ('B', 1), 0, ('s', True)),)
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from kgchat.graph.vocab import HIERARCHY, RDF_TYPE
from kgchat.linking_config import LinkerConfig

__all__ = [
    "MEMBERS_MANY",
    "SHARED_BY",
    "OneStep",
    "Parents",
    "Pattern",
    "StepGroup",
    "StepGroups",
    "group_edges",
    "held_by_many",
    "steps_kept",
    "turns_back",
]

# a relation path from a walk's start: its steps (predicate, walked forwards), and per pattern
# walked the nodes it reached with how (node -> (parent, fact); the start: (None, -1))
Pattern = tuple[tuple[str, bool], ...]
Parents = dict[Pattern, dict[str, tuple[str | None, int]]]

# The steps out of a node, kept as tuples (of strings and numbers) only: a graph's worth of
# them is no work for the garbage collector (which stops following a tuple of atoms), where
# lists and dicts would be traversed by every full collection.
# The edges of one step: the predicate, the step, its distinct neighbours with (node, fact)
# in edge order, the positions of its edges in the node's edge list, and the edges as
# (fact, neighbour) pairs where a neighbour comes twice (else None)
StepGroup = tuple[
    str,
    tuple[str, bool],
    tuple[tuple[str, tuple[str | None, int]], ...],
    tuple[int, ...],
    tuple[tuple[int, str], ...] | None,
]
# a step with one edge: the predicate, the neighbour, (node, fact), the edge's position, the step
OneStep = tuple[str, str, tuple[str | None, int], int, tuple[str, bool]]
# forwards and backwards, of several edges, then of one
StepGroups = tuple[
    tuple[StepGroup, ...], tuple[StepGroup, ...], tuple[OneStep, ...], tuple[OneStep, ...]
]

_STEP = itemgetter(2, 3)  # an edge's (predicate, forward)


def group_edges(node: str, edges: Iterable[Any]) -> StepGroups:
    """A node's edges (``(fact, neighbor, predicate, forward)``) grouped by step (predicate,
    direction), forwards and backwards apart, the steps of one edge apart (most), each in
    the order of its first edge: what :class:`~kgchat.retrieval.walk.Walk` reads, so that
    it extends a pattern by a whole group at once (thousands of edges a question). A caller
    may keep them per node (the retriever does, per graph).

    >>> edges = [(0, "A", "r", False), (1, "C", "s", True), (2, "D", "r", False)]
    >>> forwards, backwards, forward_ones, backward_ones = group_edges("B", edges)
    >>> forwards, backwards
    ((), (('r', ('r', False), (('A', ('B', 0)), ('D', ('B', 2))), (0, 2), None),))
    >>> forward_ones, backward_ones
    ((('s', 'C', ('B', 1), 1, ('s', True)),), ())
    """
    edges = edges if isinstance(edges, list) else list(edges)
    at: dict[tuple[str, bool], list[int]] = {}  # each step's edges' positions
    for k, step in enumerate(map(_STEP, edges)):
        got = at.get(step)
        if got is None:
            at[step] = [k]
        else:
            got.append(k)
    several: tuple[list[StepGroup], list[StepGroup]] = ([], [])  # forwards, backwards
    ones: tuple[list[OneStep], list[OneStep]] = ([], [])
    for step, positions in at.items():
        if len(positions) == 1:  # most steps of most nodes: one value of a property
            k = positions[0]
            fact, neighbor = edges[k][0], edges[k][1]
            ones[0 if step[1] else 1].append((step[0], neighbor, (node, fact), k, step))
            continue
        pairs = tuple((edges[k][0], edges[k][1]) for k in positions)
        group: dict[str, tuple[str | None, int]] = {}
        for fact, neighbor in pairs:
            group.setdefault(neighbor, (node, fact))
        once = len(group) == len(pairs)
        several[0 if step[1] else 1].append(
            (step[0], step, tuple(group.items()), tuple(positions), None if once else pairs)
        )
    return tuple(several[0]), tuple(several[1]), tuple(ones[0]), tuple(ones[1])


#: more things than a node holds by one relation for it to be a container of them (a
#: catalogue's services) that the walk does not go through from one to another: more than
#: the linker keeps readings of one name, as a hub value's holders
#: (:data:`~kgchat.retrieval.hub_walks.HUB_HOLDERS`)
MEMBERS_MANY = LinkerConfig.max_candidates

#: the fewest holders by one relation that make a nameless node a shared value (read by the
#: walk, :mod:`kgchat.retrieval.walk`, and the retriever's junction hops)
SHARED_BY = 3


def held_by_many(steps: StepGroups, predicate: str) -> bool:
    """Whether :data:`SHARED_BY` or more things hold a node by ``predicate`` (``steps``: the
    node's :func:`~kgchat.retrieval.walk_edges.group_edges`): reached forwards over it, a
    nameless node so held is a value its holders share (a document's ``CreationInfo``), not
    an n-ary relation of its own holder's; the walk does not turn back through it, and the
    retriever prices the hop into it as a hop
    (:meth:`~kgchat.retrieval.reading.GraphReading.junction_hops`).

    >>> from kgchat.retrieval.walk_edges import group_edges
    >>> edges = [(k, h, "info", False) for k, h in enumerate("ABC")]
    >>> held_by_many(group_edges("i", edges), "info")
    True
    >>> held_by_many(group_edges("i", edges[:2]), "info")  # two: a junction of its own
    False
    """
    for group in steps[1]:
        if group[0] == predicate:
            return len(group[2]) >= SHARED_BY
    return False


def steps_kept(
    ones: tuple[OneStep, ...], back: str | None, type_only: bool, went_up: bool
) -> tuple[OneStep, ...]:
    """The single-edge steps ``ones`` a node walked backwards from takes, in their order:
    not those of the predicate ``back`` (the relation a shared value was reached by: no way
    back over it to what else holds it), nor, on a ``type_only`` walk, those of any but the
    class hierarchy, nor, after a step up ``rdfs:subClassOf``, those of ``rdf:type`` (down
    to the instances of the class above). :class:`~kgchat.retrieval.walk.Walk` leaves them
    out before its loop over a node's edges (few nodes have any to leave out), which then
    tests nothing but where each edge leads.

    >>> from kgchat.graph.vocab import RDF_TYPE, RDFS_SUBCLASS
    >>> ones = tuple((p, "n", ("x", k), k, (p, False)) for k, p in enumerate(["a", RDF_TYPE]))
    >>> [s[0] for s in steps_kept(ones, "a", False, False)] == [RDF_TYPE]
    True
    >>> [s[0] for s in steps_kept(ones, None, False, True)]  # (after a step up: no instances)
    ['a']
    >>> [s[0] for s in steps_kept(ones, None, True, False)] == [RDF_TYPE]  # (type_only)
    True
    """
    return tuple(
        one
        for one in ones
        if one[0] != back
        and not (type_only and one[0] not in HIERARCHY)
        and not (went_up and one[0] == RDF_TYPE)
    )


def turns_back(hop: tuple[str, bool], nxt: tuple[str, bool]) -> bool:
    """Whether the step ``nxt`` walks straight back over the relation ``hop`` walked (``X -r->
    H <-r- Y``): what it reaches shares H with X.

    >>> turns_back(("country", True), ("country", False))
    True
    >>> turns_back(("country", True), ("country", True)), turns_back(("a", True), ("b", False))
    (False, False)
    """
    return hop[0] == nxt[0] and hop[1] != nxt[1]
