"""Which nodes an open edge batch asks capped (:func:`~kgchat.graph.endpoint_open.
open_batch_query`'s ``closed``): :class:`HubGuess`, learnt from the edges read so far (the
classes seen, the hubs found, literal values but those of a predicate whose values were none
a hub), and which entities are probed for their kinds. Split from
:mod:`kgchat.graph.endpoint_open`, which writes the queries.

Examples
--------
>>> from kgchat.graph.view import Edge
>>> guess = HubGuess({"http://ex.org/big": 300})
>>> [guess.closed(n) for n in ("http://ex.org/big", '"7"', "http://ex.org/a")]
[True, True, False]
>>> guess.learn({"ex:a": ([Edge(0, '"1990"', "ex:born", True)], [])})  # ex:a's edges read
>>> guess.closed('"1990"')  # reached by a predicate none of whose literal objects was read
True
>>> guess.learn({'"1990"': ([], [Edge(0, "ex:a", "ex:born", False)])}, over=())
>>> guess.learn({"ex:b": ([Edge(1, '"1991"', "ex:born", True)], [])})
>>> guess.closed('"1991"')  # a year of birth read was no hub: the next is asked open
False
"""

from __future__ import annotations

from collections.abc import Collection

from kgchat.graph.view import Edge
from kgchat.graph.vocab import RDF_TYPE

__all__ = ["HubGuess"]


class HubGuess:
    """Which nodes to ask capped (:func:`open_batch_query`'s ``closed``): the classes seen
    (objects of ``rdf:type`` edges), the hubs found (``capped``: the graph's own record, read
    live), and literal values but those reached by a predicate whose literal objects, as read
    so far, were none of them a hub (:meth:`learn`): a date of birth is shared by a few people,
    a rating by thousands, and a capped subquery of its own costs the store a fixed time
    whatever it finds.

    Parameters
    ----------
    capped : dict
        Node -> edges kept: :attr:`SparqlGraph.capped`.
    size : int
        Most classes remembered (the first seen), and literals whose predicate is remembered.
    rows : int
        In-edges from which an entity's kinds are probed (:meth:`probed`,
        ``EndpointConfig.probe_rows``): an entity whose in-edges read had that many, or,
        with ``relations``, one reached by a relation whose entities read so far had that
        many on average; 0: never (set by the graph once its schema is read).
    relations : bool
        Whether the per-relation average decides too (``EndpointConfig.probe_relations``).
    """

    def __init__(
        self, capped: dict[str, int], size: int = 100_000, rows: int = 0, relations: bool = False
    ) -> None:
        self.capped, self.size, self.rows, self.relations = capped, size, rows, relations
        #: every entity read for what it is is probed (``EndpointConfig.probe_kinds``), not only
        #: those likely hubs
        self.every = False
        #: entities whose in-edges read reached ``rows``: kept for the store, as the hubs
        #: found are (a hub is reached again by many paths, by many questions)
        self.heavy: set[str] = set()
        self.reached: dict[str, str] = {}  # entity -> the predicate of the first edge to it read
        #: relation -> (in-edges, entities): the in-edges of its entity objects read so far
        self.objects: dict[str, tuple[int, int]] = {}
        self.classes: set[str] = set()
        self.via: dict[str, str] = {}  # literal -> the predicate of the first edge to it read
        self.small: set[str] = set()  # predicates whose literal objects read were no hub
        self.hubby: set[str] = set()  # predicates a literal object of which was a hub
        #: False once the store wrote a literal asked open back otherwise than it was asked
        #: (a canonical form): literals are then asked capped, by their place in the batch
        self.readback = True

    def closed(self, node: str) -> bool:
        """Whether ``node`` is likely a hub."""
        if node in self.capped or node in self.classes:
            return True
        if node.startswith('"'):
            return not self.readback or self.via.get(node) not in self.small
        return False

    def probed(self, node: str) -> bool:
        """Whether entity ``node`` is likely a hub, its kinds read by probes: one found capped,
        a class, one whose in-edges read had ``rows`` or more (:attr:`heavy`), or, with
        ``relations``, one reached by a relation whose entity objects read so far had ``rows``
        in-edges or more on average (a per-relation statistic kept for the store)."""
        if not self.rows or node.startswith('"'):
            return False
        if self.every or node in self.capped or node in self.classes or node in self.heavy:
            return True
        if not self.relations:
            return False
        seen = self.objects.get(self.reached.get(node, ""))
        return seen is not None and seen[0] >= self.rows * seen[1]

    def known(self, node: str) -> bool:
        """Whether ``node`` is a hub found (capped), a class, or a literal reached by a
        predicate some literal object of which was a hub: one whose capped in-edges are
        worth packing (:func:`open_batch_query`'s ``unpacked`` are the other closed nodes,
        literals not known to be hubs: of the 13,166 literals in the batches of 60 warm
        questions of a 1M-triple store, 13,147 had fewer than 50 in-edges, and 400 of those
        requests replayed twice took 7.97 s with those literals' in-edges as rows, 9.26 s
        packed)."""
        return node in self.capped or node in self.classes or self.via.get(node) in self.hubby

    def learn(
        self,
        found: dict[str, tuple[list[Edge], list[Edge]]],
        over: Collection[str] = (),
        counted: bool = True,
    ) -> None:
        """Note the classes of the nodes whose edges were read, the predicate each literal
        and entity they point at was reached by, and of each literal read, whether it was a
        hub (in ``over``: more than the cap) for the predicates pointing at it, of each entity
        its in-edges for the relation it was reached by (not where ``counted`` is False: the
        in-edges of a sketch)."""
        classes, via, small, hubby = self.classes, self.via, self.small, self.hubby
        reached, objects, heavy = self.reached, self.objects, self.heavy
        relations = self.rows and self.relations  # (the per-relation average kept)
        for n, (out, inn) in found.items():
            for e in out:
                x = e.neighbor
                if x.startswith('"'):
                    if x not in via:
                        if len(via) >= self.size:
                            via.clear()
                        via[x] = e.predicate
                elif e.predicate == RDF_TYPE:
                    if len(classes) < self.size:
                        classes.add(x)
                elif relations and x not in reached:
                    if len(reached) >= self.size:
                        reached.clear()
                    reached[x] = e.predicate
            if not counted:  # (a sketch: its in-edges are a row a predicate)
                continue
            if self.rows and len(inn) >= self.rows and not n.startswith('"'):
                if len(heavy) >= self.size:
                    heavy.clear()
                heavy.add(n)
            if relations and len(reached) < self.size:
                for e in inn:  # (reached backwards: the relation's inverse)
                    if e.neighbor not in reached and not e.neighbor.startswith('"'):
                        reached[e.neighbor] = "^" + e.predicate
            p = reached.pop(n, None) if relations and not n.startswith('"') else None
            if p is not None:  # an entity reached by p: its in-edges counted for p
                many, entities = objects.get(p, (0, 0))
                objects[p] = (many + len(inn), entities + 1)
            if inn and n.startswith('"'):
                preds = {e.predicate for e in inn}
                if n in over:
                    hubby |= preds
                    small -= preds
                else:
                    small |= preds - hubby
