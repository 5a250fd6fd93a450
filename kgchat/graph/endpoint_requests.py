"""Building the edge requests of :class:`kgchat.graph.endpoint.SparqlGraph`: what a batch's
request asks (:class:`Asked`, read back with its rows by
:meth:`~kgchat.graph.endpoint_batches.EdgeBatches._read_batch`) and its query, open first
(:mod:`kgchat.graph.endpoint_open`), probed (:mod:`kgchat.graph.endpoint_probing`), or the
edges of each node capped (:func:`~kgchat.graph.endpoint_queries.batch_query`); a mixin of
:class:`~kgchat.graph.endpoint_batches.EdgeBatches`.

What a request asks travels with it, from its building to its reading: several batches may be
in flight at once (``EndpointConfig.concurrency``), so nothing of one is kept on the graph.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kgchat.graph.endpoint_open import OpenBatch, open_batch_query
from kgchat.graph.endpoint_probing import PROBED, ProbeBatches
from kgchat.graph.endpoint_queries import batch_query
from kgchat.graph.endpoint_tbox import EntailedEdges

if TYPE_CHECKING:
    from kgchat.graph.core import GraphConfig
    from kgchat.graph.endpoint_config import EndpointConfig
    from kgchat.graph.endpoint_http import SparqlClient
    from kgchat.graph.endpoint_hubs import HubGuess
    from kgchat.graph.endpoint_schema import Schema

__all__ = ["Asked", "BatchRequests"]


@dataclass(frozen=True)
class Asked:
    """What one batch's request asks, to read its rows by."""

    opened: list[str]  # the nodes whose in-edges are asked open (PROBED: the batch is probed)
    small: list[str]  # the hubs known, asked capped, sketched
    sketched: bool  # a sketch request (the open part summed up)
    named: list[str]  # the IRIs whose names are asked too
    counted: list[str]  # those whose in-edges are asked capped at count_rows
    #: node -> the out-edges (predicate, neighbour, fact kind) its sketch came with, not asked
    #: again (:meth:`ProbeBatches._keep_outs`)
    kept: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)


#: What a request's call returns: what it asked, its rows, and, where values' sketches rode in
#: it, what was asked of them and the values (None else).
Sent = tuple[Asked, list[dict[str, Any]], "tuple[Asked, list[str]] | None"]


class BatchRequests(ProbeBatches, EntailedEdges):
    """The requests of a :class:`SparqlGraph`'s edge and sketch batches."""

    client: SparqlClient
    settings: EndpointConfig
    config: GraphConfig
    capped: dict[str, int]
    _hubs: HubGuess
    _unpacked: bool  # packed in-edges did not read back (PackError): rows from now on

    @property
    def schema(self) -> Schema:
        raise NotImplementedError

    def _unnamed(self, node: str) -> bool:
        raise NotImplementedError

    def _request(
        self,
        batch: list[str],
        sketch: bool,
        values: list[str] | None = None,
        counted: list[str] | None = None,
    ) -> Callable[[], Sent]:
        """The request of a batch's edges (see
        :meth:`~kgchat.graph.endpoint_batches.EdgeBatches._read_batch`), to be called: open
        first (:mod:`kgchat.graph.endpoint_open`) unless ``open_rows`` is 0; with ``sketch``
        its sketches (the open part summed up); in-edges packed with
        ``EndpointConfig.packed``, those of the nodes ``counted`` capped at ``count_rows``;
        with ``values``, their sketches in the same request (each part a subquery of a
        ``UNION``, its rows told apart by ``?first``, read as if asked apart)."""
        if values:
            mine, query = self._parts(batch, False, counted=counted or [])
            theirs, other = self._parts(values, True, tagged=True)
            both = f"SELECT * WHERE {{\n{{ {query} }}\nUNION {{ {other} }}\n}}"
            return lambda: (mine, self.client.select(both), (theirs, values))
        asked, query = self._parts(batch, sketch, counted=counted or [])
        return lambda: (asked, self.client.select(query), None)

    def _parts(
        self, batch: list[str], sketch: bool, tagged: bool = False, counted: Collection[str] = ()
    ) -> tuple[Asked, str]:
        """What a batch's request asks and its query (``tagged``: a probe query's rows of
        out-edges and names under variables of their own, to ride in an edge request)."""
        sch, s = self.schema, self.settings
        probed = self._probe_parts(batch, tagged) if sketch else None
        if probed is not None:  # which predicates point at each (_read_probes)
            named, query = probed
            return Asked(PROBED, [], True, named, []), query
        restrictions = bool(self.config.restrictions and sch.restrictions)
        asked = self._asked_restrictions()  # (else they come from the class expressions read)
        opened: list[str] = []  # the nodes whose in-edges are asked open
        small: list[str] = []  # the hubs known, asked capped, sketched
        kept: dict[str, list[tuple[str, str, int]]] = {}
        # the IRIs whose names are not cached (all are, once a name table was streamed)
        named = [n for n in batch if s.edge_names and not sketch and not self._unnamed(n)]
        if s.open_rows > 0:
            closed = {n for n in batch if self._hubs.closed(n)}
            few = set(counted)
            opened = [n for n in batch if n not in closed and n not in few]
            if sketch:  # a known hub's capped in-edges summed up, and a value's
                small = [n for n in batch if n in self.capped or n.startswith('"')]
            if not (sketch or restrictions):
                kept = self._keep_outs(batch)
            query = open_batch_query(
                OpenBatch(
                    batch,
                    closed,
                    s.max_fanout,
                    open_rows=min(s.open_rows, s.max_rows),
                    limit=s.max_rows,
                    skip=sch.skip,
                    restrictions=asked,
                    families=sch.families,
                    sketch=sketch,
                    small=small,
                    packed=s.packed and not self._unpacked,
                    unpacked=[n for n in closed if not self._hubs.known(n)],
                    names=sch.name_roles if named else (),
                    named=named,
                    counted=list(counted),
                    count_rows=s.count_rows,
                    known_out=[n for n in batch if n in kept],
                )
            )
        else:
            query = batch_query(
                batch, s.max_fanout, sch.skip, asked, sch.families, limit=s.max_rows
            )
        sketched = sketch and s.open_rows > 0
        if not s.open_rows:
            named, counted = [], []
        return Asked(opened, small, sketched, named, list(counted), kept), query
