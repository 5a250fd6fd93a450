"""Which nodes of a :class:`kgchat.graph.endpoint.SparqlGraph` are read for what they are by
*probes*, and reading them: a mixin of :class:`~kgchat.graph.endpoint_batches.EdgeBatches`.

With ``EndpointConfig.value_sketches`` (the default) a literal value is always read as its
sketch: a value ends every path, so what it is is all a walk reads of it. A value's sketch is
read by probes (``EndpointConfig.value_probes``, :mod:`kgchat.graph.endpoint_probe`): which of
the store's fact predicates point at it, not its in-edges. With ``EndpointConfig.probe_rows``
an entity likely a hub (:class:`~kgchat.graph.endpoint_hubs.HubGuess`) is read so too, its
out-edges with its probes. This mixin says which nodes go in sketch batches and which in edge
batches (:meth:`ProbeBatches._batch_filter`), builds a probed batch's request
(:meth:`ProbeBatches._probe_parts`) and caches the sketches read from its rows
(:meth:`ProbeBatches._read_probes`); the batches themselves are
:class:`~kgchat.graph.endpoint_batches.EdgeBatches`'.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from kgchat.graph.endpoint_probe import probe_predicates, probe_query, probed_sketches, untag
from kgchat.graph.endpoint_rows import read_names

if TYPE_CHECKING:
    from kgchat.graph.core import GraphConfig
    from kgchat.graph.endpoint_config import EndpointConfig
    from kgchat.graph.endpoint_http import LRUCache
    from kgchat.graph.endpoint_hubs import HubGuess
    from kgchat.graph.endpoint_rows import FactTable
    from kgchat.graph.endpoint_schema import Schema
    from kgchat.graph.view import Edge

__all__ = ["PROBED", "ProbeBatches"]

#: A probed batch's "opened" nodes (``Asked.opened``, :mod:`kgchat.graph.endpoint_requests`):
#: none, its nodes probed; told apart by identity, never changed.
PROBED: list[str] = []


class ProbeBatches:
    """The probed sketches of a :class:`SparqlGraph`'s values and likely hubs."""

    settings: EndpointConfig
    config: GraphConfig
    _facts: FactTable
    _hubs: HubGuess
    _names: LRUCache
    _probing: bool | None  # entities likely hubs probed (_probe_entities; None: not yet read)
    _sketches: LRUCache

    @property
    def schema(self) -> Schema:
        raise NotImplementedError

    def _unnamed(self, node: str) -> bool:
        raise NotImplementedError

    def _taken_sketch(self, node: str) -> bool:
        raise NotImplementedError

    def _keep_names(self, nodes: list[str], rows: list[dict[str, Any]]) -> None:
        """Cache the names of ``nodes`` read from ``rows`` (``?n ?p ?l``)."""
        sch = self.schema
        for n, names in read_names(nodes, rows, sch, self.config.language).items():
            self._names.put(n, names)

    def _store(
        self,
        batch: list[str],
        found: dict[str, tuple[list[Edge], list[Edge]]],
        partial: Collection[str] = (),
    ) -> None:
        raise NotImplementedError

    def _batch_filter(self, sketch: bool, walk: bool = False) -> Callable[[str], bool] | None:
        """Which of the nodes expected go in a batch (None: any): with values' sketches alone
        (``value_sketches`` without ``sketches``) a sketch batch holds the values (and the
        hubs probed), an edge batch the others; an edge batch of the nodes the walk goes on
        from (``walk``), every entity, hubs probed too."""
        s = self.settings
        only = None if s.sketches or not s.value_sketches else _entity
        if only is not None and self._probe_entities() and not walk:  # hubs probed, as values
            only = self._sketchable if sketch else self._unprobed
        elif only is not None and sketch:
            only = _value
        return only

    def _no_value_sketch(self, node: str) -> bool:
        """Whether ``node`` is no value (or hub probed) whose sketch is still to be fetched."""
        if node.startswith('"'):
            return self._taken_sketch(node)
        return not (self._probe_entities() and self._hubs.probed(node)) or self._taken_sketch(node)

    def _probe_entities(self) -> bool:
        """Whether entities likely hubs are read for what they are by probes
        (``EndpointConfig.probe_rows``): values are, the store has no OWL restriction (a
        probe sees no derived edge) and few enough fact predicates (``value_probes``). Those
        are probed whose in-edges read before were as many as the probes would be (one a
        fact predicate), and ``probe_rows`` at least (with ``probe_relations``, also those
        whose relation's entities had as many on average: :meth:`HubGuess.probed`)."""
        if self._probing is None:
            s, sch = self.settings, self.schema
            probes = probe_predicates(sch, ['"'], s.value_probes)
            self._probing = bool(
                s.probe_rows
                and s.value_sketches
                and s.open_rows > 0
                and not s.sketches
                and not (self.config.restrictions and sch.restrictions)
                and probes
            )
            if self._probing:  # (an entity is probed with the predicates it may be an object of)
                self._hubs.rows = max(s.probe_rows, len(self._object_kinds(probes or [])[1]))
                self._hubs.every = s.probe_kinds
            else:
                self._hubs.rows = 0
        return self._probing

    def _counted(self, batch: list[str], asked: str | None) -> list[str]:
        """The entities of an edge batch whose in-edges are asked capped at ``count_rows``
        (``EndpointConfig.count_rows``, with probes on): those not likely hubs but ``asked``,
        the node whose edges the caller wants (None: the batch is read for what its nodes
        are). One with more is a hub met for the first time (:meth:`_drop_counted`)."""
        if not self.settings.count_rows or not self._probe_entities():
            return []
        hubs = self._hubs
        return [n for n in batch if n != asked and not n.startswith('"') and not hubs.closed(n)]

    def _drop_counted(
        self,
        batch: list[str],
        rows: list[dict[str, Any]],
        counted: list[str],
        found: dict[str, tuple[list[Edge], list[Edge]]],
    ) -> set[str]:
        """Those of the ``counted`` nodes whose capped in-edges (rows ``?p ?s<i>``, ``i`` the
        node's place in ``batch``; packed, a row ``?a<i> ?c<i>``) passed ``count_rows``:
        kept as hubs (``HubGuess.heavy``: read by probes from now on) and taken out of
        ``found`` (their in-edges were cut)."""
        if not counted:
            return set()
        wanted = set(counted)
        place = {f"s{i}": n for i, n in enumerate(batch) if n in wanted}
        many: dict[str, int] = {}
        for r in rows:
            if "n" in r or "m" in r:
                continue
            for var, b in r.items():
                n = place.get("s" + var[1:]) if var[:1] in "sc" else None
                if n is not None:
                    many[n] = many.get(n, 0) + (int(b["value"]) if var[:1] == "c" else 1)
        over = {n for n, k in many.items() if k > self.settings.count_rows}
        for n in over:
            self._hubs.heavy.add(n)
            found.pop(n, None)
        return over

    def _keep_outs(self, batch: list[str]) -> dict[str, list[tuple[str, str, int]]]:
        """The entities of an edge batch whose out-edges came whole with their sketches (fewer
        than ``max_fanout``: none cut; a sketch's are read by the same query part as an edge
        batch's), with those out-edges (predicate, neighbour, fact kind), kept with the
        batch's request for :meth:`_reuse_outs`: their edges are asked only what the sketch
        lacks, their in-edges (a node first probed and then walked from was asked its
        out-edges twice)."""
        cap, facts = self.settings.max_fanout, self._facts
        kept: dict[str, list[tuple[str, str, int]]] = {}
        for n in batch:
            entry = None if n.startswith('"') else self._sketches.peek(n)
            if entry is not None and len(entry[0]) < cap:
                kept[n] = [(e.predicate, e.neighbor, facts.get(e.fact)[3]) for e in entry[0]]
        return kept

    def _reuse_outs(
        self,
        kept: dict[str, list[tuple[str, str, int]]],
        found: dict[str, tuple[list[Edge], list[Edge]]],
        cut: bool,
    ) -> None:
        """The out-edges ``kept`` with a batch's request (:meth:`_keep_outs`) put in
        ``found`` (not where the batch was ``cut``: its parts were asked again whole)."""
        if cut:
            return
        for n, outs in kept.items():
            found[n] = (self._facts.edges(n, outs, True), found.get(n, ([], []))[1])

    def _object_kinds(self, predicates: list[str]) -> tuple[list[str], list[str]]:
        """Those of ``predicates`` some object of which is a literal, and those some object of
        which is not (``Schema.objects``; a predicate not read is kept in both): a value is
        probed with the first, an entity with the second."""
        kinds = self.schema.objects
        lits = [p for p in predicates if kinds.get(p, (True, True))[0]]
        return lits, [p for p in predicates if kinds.get(p, (True, True))[1]]

    def _sketchable(self, node: str) -> bool:
        """Whether a node goes in a sketch batch: a value, or an entity likely a hub."""
        return node.startswith('"') or self._hubs.probed(node)

    def _unprobed(self, node: str) -> bool:
        """Whether a node goes in an edge batch: an entity not likely a hub."""
        return not node.startswith('"') and not self._hubs.probed(node)

    def _probe_parts(self, batch: list[str], tagged: bool = False) -> tuple[list[str], str] | None:
        """The IRIs named and the query of a sketch batch's request where it is probed (which
        predicates point at each, :meth:`_read_probes`; read as
        :meth:`~kgchat.graph.endpoint_requests.BatchRequests._parts` says), or None where it
        is not."""
        sch, s = self.schema, self.settings
        probes = self._probes(batch)
        if probes is None:
            return None
        lits, others = self._object_kinds(probes)
        named = [
            n for n in batch if s.edge_names and not n.startswith('"') and not self._unnamed(n)
        ]
        query = probe_query(
            batch,
            lits,
            sch.families,
            iri_predicates=others,
            skip=sch.skip,
            limit=s.max_rows,
            names=sch.name_roles if named else (),
            named=named,
            tagged=tagged,
        )
        return named, query

    def _probes(self, batch: list[str]) -> list[str] | None:
        """The predicates to probe a sketch batch's values (and hubs) with
        (:func:`~kgchat.graph.endpoint_probe.probe_predicates`)."""
        s = self.settings
        most = s.value_probes if s.open_rows > 0 else 0
        return probe_predicates(self.schema, batch, most, self._probe_entities())

    def _read_probes(
        self, batch: list[str], rows: list[dict[str, Any]], asked: str, named: list[str]
    ) -> None:
        """Cache the sketches of the nodes of ``batch`` read from their probes' rows (none
        where the rows reached ``max_rows``: what is asked of them is then read as edges)."""
        if len(rows) >= self.settings.max_rows:
            return
        rows = untag(rows)  # (rows that rode in an edge request)
        if named:  # the names that came with them
            self._keep_names(named, [r for r in rows if "l" in r])
        found = probed_sketches(rows, batch, self.schema, self._facts)
        self._hubs.learn(found, counted=False)  # (their classes, what they point at)
        self._store([n for n in batch if n != asked] + [asked], found, set(batch))


def _entity(node: str) -> bool:
    """Whether a node goes in an edge batch, values being sketched (not a literal value)."""
    return not node.startswith('"')


def _value(node: str) -> bool:
    """Whether a node goes in a batch of values' sketches (a literal value)."""
    return node.startswith('"')
