"""What holds an unnamed record a walk passes through (:class:`RecordHolders`, a mixin of
:class:`~kgchat.retrieval.scored_walk.ScoredWalks`): a record entered backwards, from one of
its values, is part of the unnamed thing that holds it (a dancer's casting record, the dance
event's), and the walk passes that thing's kinds as well as the record's own. Split from
:mod:`kgchat.retrieval.scored_walk` to keep it short.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["RecordHolders"]

# the holders of a record whose kinds a walk through it reads (one, mostly: its event)
_HOLDERS_READ = 2


class RecordHolders:
    """The holders of the records a walk passes (a mixin: the class using it reads the graph
    as :class:`~kgchat.retrieval.reading.GraphReading` does and keeps ``_held_cache``, which
    it empties when the graph changes)."""

    anonymous: Any
    edges: Any
    _kinds_cached: Any
    _held_cache: dict[str, tuple[tuple[str, ...], frozenset[str]]]

    def walked_kinds(self, record: str, topics: Sequence[str] = ()) -> tuple[str, ...]:
        """The kind words a walk passes through ``record`` besides its own: those of the
        walk's ``topics`` (the topic under each reading of its name) that hold it, then those
        of its unnamed holders (:meth:`held_kinds`). A casting record of a dance event is
        part of that event, so a walk through the record passes a dance; a record the topic
        holds is the topic's. A walk that leaves a record by its holder and comes back down
        into a sibling record reads the holder's kinds no more than the record's own walk
        does ("Which roles did X dance?" answered by the roles of X's fellow dancers,
        through the event).

        >>> from kgchat.graph import KnowledgeGraph
        >>> from kgchat.retrieval import Retriever
        >>> from kgchat.graph.vocab import RDF_TYPE
        >>> rows = [("_:show", RDF_TYPE, "DanceEvent"), ("_:show", "casting", "_:c")]
        >>> rows += [("_:c", "performer", "Ann"), ("_:c", "role", "Giselle")]
        >>> rows += [("Bldg7", RDF_TYPE, "Building"), ("Bldg7", "address", "_:a")]
        >>> rows += [("_:a", "street", "Main Street")]
        >>> r = Retriever(KnowledgeGraph.from_triples(rows))
        >>> r.walked_kinds("_:c"), r.walked_kinds("_:a"), r.walked_kinds("_:a", ["Bldg7"])
        (('dance', 'event'), (), ('building',))
        """
        words, holders = self.held_kinds(record)
        kinds_of = self._kinds_cached
        mine = [w for h in topics if h in holders for w in kinds_of(h)]
        return (*mine, *words) if mine else words

    def held_kinds(self, node: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """The kind words of the unnamed things that hold ``node`` (whose edges point at it),
        where ``node`` is unnamed too (a junction), and all its holders (a walk from a topic
        that holds the record reads the topic's kinds there too:
        :meth:`~kgchat.retrieval.scored_walk.ScoredWalks._walk`); nothing otherwise. Kept per
        node and graph version: a walk asks it of every record it enters backwards, hop after
        hop.

        A record of an unnamed holder is one n-ary relation with it (a performance and its
        cast: a question names the event by what it is, "dance", never by a name), so a
        walk through any of its records passes the whole. A record of a named thing (a
        building's address, the relationship an SBOM lists) is a facet of that thing: a
        question that names the thing's kind ("the *building* at X", "X's *SBOM*") asks a
        walk through the thing itself, not a sibling value of its record (the address's
        post code for "When was the building at X built?")."""
        found = self._held_cache.get(node)
        if found is None:
            found = self._held_cache[node] = self._read_held_kinds(node)
        return found

    def _read_held_kinds(self, node: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """:meth:`held_kinds`, read afresh (the kinds of at most :data:`_HOLDERS_READ`)."""
        if not self.anonymous(node):
            return (), frozenset()
        holders = dict.fromkeys(e.neighbor for e in self.edges(node) if not e.forward)
        held = [
            w
            for h in list(holders)[:_HOLDERS_READ]
            if self.anonymous(h)
            for w in self._kinds_cached(h)
        ]
        return tuple(dict.fromkeys(held)), frozenset(holders)
