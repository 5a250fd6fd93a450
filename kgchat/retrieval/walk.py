"""The graph walk: one implementation for serving (the retriever) and training (the feature head).

From a start node the walk grows relation *patterns* hop by hop (``plays_in_club>
is_in_country>``): every edge of every node a kept pattern reached extends it, both
directions, with these rules, true of any graph:

- it never goes back along the fact it just walked (A -targets-> T <-targets- A relates
  nothing), and returns to the start only by a third hop over other facts: "Who produced the
  albums of Jimmy Page's band?" is answered by Jimmy Page himself (the retriever takes the
  start for an answer of such a path only);
- a literal ends a path (two songs of the same length are not related through "3:45"), and so
  does a node with no name at all (``shared``: a blank record) reached forwards, for the way
  back over the same relation where :data:`SHARED_BY` or more things hold it so: a record many
  hold (SPDX's ``CreationInfo`` of a whole document, a Wikidata reference) is a value as
  "3:45" is, and ``X -creationInfo-> _:b <-creationInfo- Y`` relates every element of a
  document to every other; an n-ary junction joins its own two participants (a marriage, a
  drug interaction) and is still walked across;
- a class reached by an instance's ``rdf:type`` edge ends a path (a hub of its whole
  extension: "X is a drug; Y is a drug" relates nothing), as does a SKOS concept scheme
  reached from one of its concepts (:data:`CLASS_ENDS`), and a class reached up
  ``rdfs:subClassOf`` is not walked down to its own instances (an interchange station's
  superclass *station* has every other station); so, past the start, a node walked into
  backwards over a relation by which it holds more than :data:`MEMBERS_MANY` things (a
  catalogue's services, a list's items) is not walked out of over that relation again: "X
  is in the catalogue; Y is in the catalogue" relates X to Y no more ("Which services does
  Cardiff Council provide?" went from the council's own services up to their catalogue and
  down to every other service); out from the start and back (X's own peers) stays;
- ``type_only`` walks go down the class hierarchy to instances and nowhere else;
- at most ``max_nodes`` nodes per pattern, ``max_fanout`` edges per node (the caller's edge
  source applies that), and the ``beam`` best patterns (by the caller's scores) grow further.
  The nodes a cap keeps are the first in the order of the edges, which both graph stores
  give by key (:mod:`kgchat.graph.edge_order`), not by the order of the facts in a file.

The caller scores each hop's patterns (:meth:`Walk.run` hands them to its ``score``, which
returns one score per pattern), so the retriever and the trainer see the very same candidates:
``tests/test_retrieval.py::test_training_and_serving_walk_alike`` checks it.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("A", "r", "B"), ("B", "s", "C")])
>>> w = Walk(lambda n: kg.neighbors(n), lambda n: kg.is_literal(n), "A", max_nodes=10, beam=4)
>>> sorted(w.run(2, lambda grown: {p: 0.0 for p in grown}))
[(), (('r', True),), (('r', True), ('s', True))]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from itertools import islice, starmap
from operator import itemgetter
from typing import Any

from kgchat.graph.vocab import HIERARCHY, MEMBERSHIP, RDF_TYPE, RDFS_SUBCLASS, SKOS
from kgchat.retrieval.walk_ahead import _UNSCORED, LookAhead
from kgchat.retrieval.walk_edges import (
    MEMBERS_MANY,
    SHARED_BY,
    Parents,
    Pattern,
    StepGroups,
    group_edges,
    held_by_many,
    steps_kept,
    turns_back,
)

__all__ = [
    "CLASS_ENDS",
    "SHARED_BY",
    "Parents",
    "Pattern",
    "Walk",
    "held_by_many",
    "turns_back",
]

# the steps that reach what a node is one of: its class (``rdf:type``), or its SKOS concept
# scheme (``skos:inScheme``, ``skos:topConceptOf``, ``skos:hasTopConcept`` backwards), the
# class of its concepts. A path ends there: "X is in the thesaurus; Y is in the thesaurus"
# relates nothing, and a scheme's concepts are every concept of the graph
CLASS_ENDS = frozenset({*((p, True) for p in MEMBERSHIP), (SKOS + "hasTopConcept", False)})


_first = itemgetter(0)  # (a sort key, a map's function: no Python call an item)


class Walk(LookAhead):
    """One walk from ``start``; see the module docstring.

    Parameters
    ----------
    edges : callable
        ``edges(node)`` -> the node's edges (``neighbor``, ``predicate``, ``forward``,
        ``fact``), fan-out capped by the caller.
    is_literal : callable
        ``is_literal(node)`` -> whether the node is a literal value.
    start : str
    max_nodes, beam : int
        Nodes kept per pattern; patterns grown further after each hop.
    type_only : bool
        Only down the class hierarchy (``rdfs:subClassOf`` backwards, then ``rdf:type``
        backwards to instances).
    expect : callable, optional
        ``expect(nodes)`` is told, before each hop, the nodes it walks from, in order (a
        remote view fetches their edges together).
    steps : callable, optional
        ``steps(node)`` -> :func:`~kgchat.retrieval.walk_edges.group_edges` of ``node`` and
        ``edges(node)``, kept by the caller across walks (default: grouped here, kept for
        this walk).
    grown : dict, optional
        What each pattern grew into, kept by the caller across walks (per graph, as
        ``steps``): a pattern's nodes follow from the start, the pattern and ``edges`` alone,
        whatever a question's beam chose, so a walk from a start walked before (a follow-up
        question about the same entity) takes the same steps to the same nodes without
        walking them again. Its dicts of nodes are shared: read them, never change them.
    shared : callable, optional
        ``shared(node)`` -> whether a node has no name at all (the retriever's
        ``nameless``): reached forwards, and held so by :data:`SHARED_BY` or more things, it
        is a value X has, and the walk does not go back from it over the same relation to
        what else has it.
    """

    def __init__(
        self,
        edges: Callable[[str], list[Any]],
        is_literal: Callable[[str], bool],
        start: str,
        *,
        max_nodes: int,
        beam: int,
        type_only: bool = False,
        expect: Callable[[Iterable[str]], None] | None = None,
        steps: Callable[[str], StepGroups] | None = None,
        grown: dict[Any, tuple[tuple[tuple[str, bool], dict[str, Any]], ...]] | None = None,
        shared: Callable[[str], bool] | None = None,
    ) -> None:
        self.edges, self.is_literal, self.start = edges, is_literal, start
        self.shared = shared
        self.expect = expect
        if steps is None:
            memo: dict[str, StepGroups] = {}

            def steps(node: str) -> StepGroups:
                found = memo.get(node)
                if found is None:
                    found = memo[node] = group_edges(node, edges(node))
                return found

        self.steps = steps
        self.grown = grown
        self.max_nodes, self.beam, self.type_only = max_nodes, beam, type_only
        self.parents: Parents = {(): {start: (None, -1)}}

    def run(
        self,
        max_hops: int,
        score: Callable[[Parents], dict[Pattern, float]],
        ahead: Callable[[list[Pattern]], list[float]] | None = None,
        on_from: Callable[[Pattern], bool] | None = None,
    ) -> Parents:
        """Walk up to ``max_hops`` hops. After each hop ``score`` sees the new patterns with the
        nodes they reached (and from where) and ranks them for the beam. Returns the parent
        pointers of every pattern walked (``()``: the start).

        ``ahead`` (optional) scores patterns by their relations alone (no nodes): a pattern the
        beam leaves out joins it when one of the steps its nodes lead on to would make a path
        scored above the beam's last (:meth:`_looked_ahead`). ``on_from`` (optional): the
        patterns of the last hop, best first, that it says true of (those that end inside an
        unnamed junction, which is no answer) take one hop more, at most ``beam`` of them."""
        beam: list[Pattern] = [()]
        ranked: list[Pattern] = []
        for hop in range(max_hops + (on_from is not None)):
            if hop == max_hops:
                assert on_from is not None
                beam = [p for p in ranked if on_from(p)][: self.beam]
                if not beam:
                    break
            grown = self._grow(beam)
            if not grown:
                break
            self.parents.update(grown)
            best = score(grown)
            expandable = [p for p in grown if p[-1] not in CLASS_ENDS]
            # ties broken by the pattern itself, not by the order the walk met it (the order of
            # a node's edges): the same beam in any graph that holds the same facts
            rated = best.get
            ranked = sorted(expandable, key=lambda p: (-rated(p, _UNSCORED), p))
            beam = ranked[: self.beam]
            if ahead is not None and hop + 1 < max_hops and len(ranked) > self.beam:
                floor = rated(beam[-1], _UNSCORED)
                beam += self._looked_ahead(ranked[self.beam :], grown, ahead, floor)
        return self.parents

    def _grow(self, beam: list[Pattern]) -> Parents:
        grown: Parents = {}
        start, cap, type_only = self.start, self.max_nodes, self.type_only
        if self.expect is not None:
            self.expect(
                node
                for pattern in beam
                for node, (_, came) in islice(self.parents[pattern].items(), cap)
                if came < 0 or not self.is_literal(node)
            )
        steps_of, is_literal, memo, shared = self.steps, self.is_literal, self.grown, self.shared
        for pattern in beam:
            if memo is not None:
                key = (start, type_only, cap, pattern)
                kept = memo.get(key)
                if kept is not None:  # walked before: the same steps to the same nodes
                    for step, nodes in kept:
                        grown[(*pattern, step)] = nodes
                    continue
            # up a class hierarchy, then down to the instances of the class above: "X is a
            # subclass of C; Y is a C" relates X to Y no more than two drugs are related by
            # being drugs (its sibling classes stay: "the subclasses of what has subclass X")
            went_up = bool(pattern) and pattern[-1] == (RDFS_SUBCLASS, True)
            check = type_only or went_up  # a backward step may be left out
            # back into what holds many by a relation (a catalogue's services), past the
            # start: not out again to the others it holds so (:data:`MEMBERS_MANY`)
            held = pattern[-1][0] if len(pattern) > 1 and not pattern[-1][1] else None
            # a round trip to the start needs a third hop: on a short pattern the start is
            # no neighbour to reach (``home``; None, which no node is, on a longer one); nor
            # after two hops of one relation, which restate a fact of the start's (a Neo4j
            # relationship's edge, then its record of properties back to the start)
            one = len(pattern) == 2 and pattern[0][0] == pattern[1][0]
            home = start if len(pattern) < 2 or one else None
            # the predicate of the fact each node was reached by (``came``): a fact has one
            # predicate, so a group of another predicate holds no edge back along it
            last = pattern[-1][0] if pattern else None
            # the relation walked forwards into a node with no name of its own, not walked back
            # from it (a shared record is a value: see the module docstring)
            into = last if pattern and pattern[-1][1] and shared is not None else None
            # the steps taken, forwards and backwards by predicate, and in the order taken
            forwards: dict[str, dict[str, tuple[str | None, int]]] = {}
            backwards: dict[str, dict[str, tuple[str | None, int]]] = {}
            taken: list[tuple[tuple[str, bool], dict[str, tuple[str | None, int]]]] = []
            for node, (_, came) in islice(self.parents[pattern].items(), cap):
                if came >= 0 and is_literal(node):
                    continue  # a shared value relates nothing: it ends a path
                new: list[tuple[int, str, tuple[str, bool], dict[str, Any], Any]] | None = None
                out_groups, in_groups, out_ones, in_ones = steps_of(node)
                # (None, which no predicate is, where the node has a name or came otherwise)
                kept_back = None
                if (
                    into is not None
                    and came >= 0
                    and shared is not None
                    and held_by_many((out_groups, in_groups, out_ones, in_ones), into)
                    and shared(node)
                ):
                    kept_back = into
                if kept_back is not None or check:
                    # the steps back left out (a shared value's relation; off the hierarchy)
                    # are taken out first: the loop below tests only where each edge leads
                    in_ones = steps_kept(in_ones, kept_back, type_only, went_up)
                outs = () if type_only else out_ones
                for steps, ones in ((forwards, outs), (backwards, in_ones)):
                    taken_by = steps.get
                    for predicate, neighbor, to, position, step in ones:
                        # not along the fact just walked (back), nor on a short pattern to
                        # the start (a round trip)
                        reached = taken_by(predicate)
                        if reached is None:
                            if to[1] != came and neighbor != home:
                                if new is None:
                                    new = []
                                new.append((position, predicate, step, {neighbor: to}, steps))
                        elif (
                            len(reached) < cap
                            and neighbor not in reached
                            and to[1] != came
                            and neighbor != home
                        ):
                            reached[neighbor] = to
                for steps, groups, left_out in (
                    (forwards, () if type_only else out_groups, False),
                    (backwards, in_groups, check),
                ):
                    for predicate, step, group, positions, edges in groups:
                        if predicate == kept_back and steps is backwards:
                            continue
                        if predicate == held and steps is forwards and len(group) > MEMBERS_MANY:
                            continue
                        if left_out and (
                            (type_only and predicate not in HIERARCHY)
                            or (went_up and predicate == RDF_TYPE)
                        ):
                            continue
                        reached = steps.get(predicate)
                        if edges is None and home is None and predicate != last:
                            # (most groups past the second hop) no edge back along ``came``,
                            # no start to leave out, each neighbour once: the group's
                            # neighbours are added in bulk, in its order, those already
                            # reached kept as they are, up to the cap
                            if reached is None:
                                reached = dict(islice(group, cap))
                                if new is None:
                                    new = []
                                new.append((positions[0], predicate, step, reached, steps))
                                continue
                            if len(reached) + len(group) <= cap:
                                deque(starmap(reached.setdefault, group), 0)
                                continue
                        if reached is not None and edges is None:
                            room = cap - len(reached)  # (each neighbour added takes one)
                            for neighbor, to in group:
                                if room <= 0:
                                    break
                                if neighbor not in reached and to[1] != came and neighbor != home:
                                    reached[neighbor] = to
                                    room -= 1
                            continue
                        # a step new at this node (or a neighbour twice in it): edge by edge
                        pairs = edges or tuple((fact, n) for n, (_, fact) in group)
                        for k, (fact, neighbor) in enumerate(pairs):
                            if fact == came or neighbor == home:
                                continue
                            if reached is None:
                                reached = {}
                                if new is None:
                                    new = []
                                new.append((positions[k], predicate, step, reached, steps))
                            if len(reached) < cap and neighbor not in reached:
                                reached[neighbor] = (node, fact)
                if new is not None:
                    # a step first taken here joins in the order of its first edge taken
                    if len(new) > 1:
                        new.sort(key=_first)
                    for _, predicate, step, reached, steps in new:
                        steps[predicate] = reached
                        taken.append((step, reached))
            for step, reached in taken:
                grown[(*pattern, step)] = reached
            if memo is not None:
                memo[key] = tuple(taken)
        return grown
