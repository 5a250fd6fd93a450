"""Which hops of a walk are free: a hop into an unnamed junction (a record, a statement)
says the same relation as the hop out of it (:class:`~kgchat.retrieval.scoring.PathQuery`),
unless the junction is a value many things hold or another node's record; so is a hop over an
identity link (``owl:sameAs``), which reaches the same thing under another IRI (moved out of
:mod:`~kgchat.retrieval.reading`, which reads and caches the graph). :class:`JunctionHops`
is a mixin of :class:`~kgchat.retrieval.reading.GraphReading` (and so of the retriever).
"""

from __future__ import annotations

from typing import Any

from kgchat.graph.named_graphs import INTO_GRAPH
from kgchat.graph.vocab import IDENTITY
from kgchat.retrieval.walk import Pattern, held_by_many

__all__ = ["JunctionHops"]


class JunctionHops:
    """How many hops of a walk enter junctions (a mixin: the class using it reads a node's
    edges, its grouped steps and whether it is unnamed as
    :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    anonymous: Any
    nameless: Any
    edges: Any
    edge_steps: Any

    def junction_hops(self, free: dict[Pattern, int], pattern: Pattern, reached: Any) -> int:
        """Record in ``free`` how many hops ``pattern`` takes into unnamed junction nodes
        (a relation's objects are junctions or not: its first reached node says which):
        the hop out of one says the same relation, for free (:class:`PathQuery`). A path's
        own count is its prefix's, ``free.get(pattern[:-1], 0)``. A nameless node reached
        forwards that many things hold by the same relation
        (:func:`~kgchat.retrieval.walk.held_by_many`: a document's ``CreationInfo``, a
        Wikidata reference) is no junction of the entity's own but a value it shares: the
        hop into it is paid as a hop ("In which version is CVE-X fixed?" read the
        document's ``specVersion`` through it for free). So is the hop into a junction that
        another thing holds (:meth:`sibling_read`), when the path entered it from one of its
        values and leaves by another: the record is its holder's; so is a statement's named
        graph, :data:`INTO_GRAPH`. Returns its count (the prefix's, less a sibling read's)."""
        node = next(iter(reached))
        own = free.get(pattern[:-1], 0)
        if own and not self.anonymous(node) and self.sibling_read(free, pattern, reached[node][0]):
            own -= 1
        junction = self.anonymous(node) and pattern[-1] != INTO_GRAPH
        if junction and pattern[-1][1] and self.shared_value(node, pattern[-1][0]):
            junction = False
        # a hop over an identity link (``owl:sameAs``) reaches the very thing under another
        # IRI: its facts are the node's own, the hop out of it free as a junction's is
        free[pattern] = own + (junction or pattern[-1][0] in IDENTITY)
        return own

    def sibling_read(self, free: dict[Pattern, int], pattern: Pattern, parent: str | None) -> bool:
        """Whether ``pattern`` reads a value of a junction held by another node: its hop
        before the last walked backwards into the junction ``parent`` from a node that is
        none (the entity is one of that record's values, a Wikidata statement's qualifier
        "replaced by X"; not the next record of a chain, an author list's), the last walks
        forwards out of it to another of its values (the caller's check: a named one, not a
        record it links to), and some node holds the record (an edge points at it: the
        officeholder's ``p:P39``) by a relation by which the entity holds a record of its
        own (X's own term). The record is its holder's, and its other values say the
        holder's facts, not the entity's, whose own are in its own record ("What number
        president is X?" is not the ordinal of the term whose "replaced by" is X): the hop
        into it is paid as a hop, not forgiven as a junction's. A record nothing holds (a
        FHIR observation naming its patient), or one named by a thing that holds none of
        its kind (a contract named by its tender: "When was the contract for X signed?"),
        keeps its free hop.

        >>> from kgchat.graph import KnowledgeGraph
        >>> from kgchat.retrieval import Retriever
        >>> rows = [("Ann", "held", "_:s"), ("_:s", "replaced_by", "Bob"), ("_:s", "end", "2016")]
        >>> rows += [("Bob", "held", "_:t")]
        >>> r = Retriever(KnowledgeGraph.from_triples(rows))
        >>> free = {(("replaced_by", False),): 1}
        >>> r.sibling_read(free, (("replaced_by", False), ("end", True)), "_:s")
        True
        >>> r.sibling_read(free, (("replaced_by", False), ("held", False)), "_:s")  # its holder
        False
        """
        if len(pattern) < 2 or parent is None or not pattern[-1][1] or pattern[-2][1]:
            return False
        before, came = pattern[:-1], pattern[:-2]
        if free.get(before, 0) <= free.get(came, 0) or not self.anonymous(parent):
            return False  # the hop before entered no junction
        if came and free.get(came, 0) > free.get(came[:-1], 0):
            return False  # from another junction: a chain of records, walked along
        edges = self.edges(parent)
        held = {e.predicate for e in edges if not e.forward}
        if not held:
            return False
        # the entity holds a record of that kind of its own, by a relation the holder holds
        # this one by: its facts are there, not in a record it is only named in
        values = [e.neighbor for e in edges if e.forward and e.predicate == pattern[-2][0]]
        return any(e.forward and e.predicate in held for v in values for e in self.edges(v))

    def shared_value(self, node: str, relation: str) -> bool:
        """Whether ``node``, reached forwards over ``relation``, is a nameless value that
        many things hold by it (:func:`~kgchat.retrieval.walk.held_by_many`: a document's
        ``CreationInfo``), not a junction of its holder's own.

        >>> from kgchat.graph import KnowledgeGraph
        >>> from kgchat.retrieval import Retriever
        >>> rows = [(x, "creation_info", "_:doc") for x in "ABC"] + [("D", "creation_info", "_:d")]
        >>> shared = Retriever(KnowledgeGraph.from_triples(rows)).shared_value
        >>> shared("_:doc", "creation_info"), shared("_:d", "creation_info")  # three hold _:doc
        (True, False)
        """
        return self.nameless(node) and held_by_many(self.edge_steps(node), relation)
