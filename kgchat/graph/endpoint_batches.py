"""The edge batches of :class:`kgchat.graph.endpoint.SparqlGraph`: which nodes go in a request
(the one asked for and the nodes expected after it, :mod:`kgchat.graph.endpoint_expect`), sending
requests ahead (:mod:`kgchat.graph.endpoint_pipeline`), and reading their rows into cached edges,
a hub capped and a cut batch asked again (:mod:`kgchat.graph.endpoint_open`); a mixin, so the
class that answers the walk stays short. What a request asks and its query are built by
:mod:`kgchat.graph.endpoint_requests`, and travel with it to its reading.

Two kinds of request: a node's edges (:meth:`SparqlGraph.neighbors`), and its *sketch*
(:meth:`EdgeBatches.type_edges`): its out-edges and, of its in-edges, one a predicate (the first
by neighbour) with their count. A walk reads what every node a hop reached *is* (its classes and
the relations pointing at it: thousands a question) and walks on from a few hundred; a sketch
says the first as well as all its edges would, in a row a predicate instead of one an edge. A
node whose in-edges all differ in predicate (or that has none) is complete in its sketch, and
cached as its edges. With ``EndpointConfig.value_sketches`` (the default) a literal value is
always read as its sketch: a value ends every path, so what it is is all a walk reads of it;
the values among the nodes expected then go in sketch batches of their own, the other nodes in
edge batches, and a missed entity's request also asks the sketches of the values expected right
after it (``EndpointConfig.merged_values``: a ``UNION`` of the two queries, read apart). A
value's sketch (and a likely hub's) is read by probes (:mod:`kgchat.graph.endpoint_probing`):
which of the store's fact predicates point at it, not its in-edges. An edge
request asks the names of its IRIs not cached too (``EndpointConfig.edge_names``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from operator import itemgetter
from typing import TYPE_CHECKING

from kgchat.graph.endpoint_open import capped_in_query
from kgchat.graph.endpoint_probing import PROBED
from kgchat.graph.endpoint_queries import batch_query, key
from kgchat.graph.endpoint_requests import BatchRequests
from kgchat.graph.endpoint_rows import (
    PackError,
    is_fact,
    open_row_count,
    read_edges,
    stray_rows,
)
from kgchat.graph.endpoint_sketch import read_sketches
from kgchat.graph.view import Edge

if TYPE_CHECKING:
    from kgchat.graph.core import GraphConfig
    from kgchat.graph.endpoint_config import EndpointConfig
    from kgchat.graph.endpoint_expect import Expected
    from kgchat.graph.endpoint_http import LRUCache, SparqlClient
    from kgchat.graph.endpoint_hubs import HubGuess
    from kgchat.graph.endpoint_pipeline import InFlight
    from kgchat.graph.endpoint_requests import Sent
    from kgchat.graph.endpoint_rows import FactTable
    from kgchat.graph.endpoint_schema import Schema

__all__ = ["EdgeBatches"]

_NEIGHBOR = itemgetter(1)  # Edge.neighbor


class EdgeBatches(BatchRequests):
    """Batching, sending and reading the edge requests of a :class:`SparqlGraph`."""

    client: SparqlClient
    settings: EndpointConfig
    config: GraphConfig
    capped: dict[str, int]
    _edges: LRUCache
    _sketches: LRUCache
    _names: LRUCache
    _seen: Expected  # nodes whose kinds will be read next
    _walks: Expected  # nodes the walk will walk from next
    _inflight: InFlight
    _sketching: InFlight
    _facts: FactTable
    _hubs: HubGuess
    _unpacked: bool  # packed in-edges did not read back (PackError): rows from now on

    @property
    def schema(self) -> Schema:
        raise NotImplementedError

    def _sync(self) -> None:
        raise NotImplementedError

    def _unnamed(self, node: str) -> bool:
        raise NotImplementedError

    def neighbors(
        self, node: str, *, direction: str = "both", limit: int | None = None
    ) -> list[Edge]:
        raise NotImplementedError

    def _fetch_edges(self, node: str, sketch: bool = False, kinds: bool = False) -> None:
        """Fetch ``node``'s edges (its sketch with ``sketch``) with those of the nodes expected
        right after it (up to ``batch_size`` in all): the walk asks for the nodes it reached in
        the order their edges listed them, so the next ones it asks for are most likely those;
        edges first from the nodes it will walk from (:meth:`expect_walk`). With
        ``concurrency`` above 1 the batches after it are sent too, that many requests in flight
        (:mod:`kgchat.graph.endpoint_pipeline`); a node already in flight waits for its own.
        Of a batch not the walk's, the entities not likely hubs are asked capped at
        ``count_rows`` (:meth:`_counted`) but ``node`` unless only its ``kinds`` are wanted."""
        flight = self._sketching if sketch else self._inflight
        flight.trim()  # (not later: the batch of node would be forgotten)
        walk = not sketch and node in self._walks
        order = self._walks if walk else self._seen
        # a node read for what it is (its sketch) goes in an edge batch only when the walk
        # goes on from it: then with the others it goes on from, not one a request
        taken = self._taken_sketch if sketch or not walk else self._taken
        # values' sketches alone (``value_sketches`` without ``sketches``): a batch of the
        # values among the nodes expected (passed over by an edge batch), or of the others
        # (:mod:`kgchat.graph.endpoint_probing`); the walk's, any entity
        only = self._batch_filter(sketch, walk)
        size = self.settings.batch_size
        ask = None if kinds else node
        if node not in flight:
            batch = order.batch(node, size, taken, only)
            counted = self._counted(batch, ask) if not (sketch or walk) else []
            values: list[str] = []
            merged = self.settings.merged_values and self.sketched('"')  # (values are)
            if only is not None and not sketch and merged:
                # the values (and hubs probed) expected among them ride along, as sketches:
                # a round trip less
                values = self._seen.following(node, size, self._no_value_sketch)
            if values:
                flight.send(batch + values, self._request(batch, False, values, counted))
            else:
                flight.send(batch, self._request(batch, sketch, counted=counted))
        if self.settings.concurrency > 1:
            while flight.busy() < self.settings.concurrency and order.ahead is not None:
                more = order.batch(None, size, taken, only)
                if len(more) < size:
                    break  # only a long list of expected nodes (a hop's) is worth sending ahead
                few = self._counted(more, None) if not (sketch or walk) else []
                flight.send(more, self._request(more, sketch, counted=few))
        batch, rows = flight.take(node)
        try:
            self._read_batch(batch, rows, node)
        except PackError:  # this store's packed strings do not read back: rows from now on
            self._unpacked = True
            self._read_batch(batch, self._request(batch, sketch)(), node)

    def _taken(self, node: str) -> bool:
        return node in self._edges or node in self._inflight

    def _taken_sketch(self, node: str) -> bool:
        return (
            node in self._edges
            or node in self._sketches
            or node in self._sketching
            or node in self._inflight
        )

    @property
    def sketches(self) -> bool:
        """Whether :meth:`type_edges` reads sketches (``EndpointConfig.sketches``); without,
        the retriever reads a node's kinds from its edges, as from any graph."""
        return self.settings.sketches

    def sketched(self, node: str) -> bool:
        """Whether :meth:`type_edges` reads ``node``'s sketch (with ``sketches``, or a literal
        value with ``value_sketches``: a value ends every path, so what it is is all a walk
        reads of it; or an entity likely a hub, ``EndpointConfig.probe_rows``); else it reads
        its edges."""
        s = self.settings
        return s.open_rows > 0 and (
            s.sketches
            or (s.value_sketches and node.startswith('"'))
            or (self._probe_entities() and self._hubs.probed(node))
        )

    def type_edges(self, node: str, *, limit: int | None = None) -> list[Edge]:
        """What a node *is*, as edges: all its out-edges and, of its in-edges, at least the
        first by neighbour of each predicate (its sketch, or all of them where they are
        cached; of a value or a hub probed, one a predicate, sorted, its neighbour unknown),
        both directions, at most ``max_fanout`` (or ``limit``) a direction. Its classes and
        the predicates at it are those of :meth:`neighbors`; the retriever reads a node's
        kinds from these
        (:meth:`kgchat.retrieval.reading.GraphReading.type_edges`)."""
        if node not in self._edges and not self.sketched(node) and self._counted([node], None):
            self._fetch_edges(node, kinds=True)  # (its in-edges capped: a hub is then probed)
        if not self.sketched(node) or node in self._edges or node in self._inflight:
            return self.neighbors(node, limit=limit)
        entry = self._sketches.get(node)
        if entry is None:
            self._fetch_edges(node, sketch=True)
            entry = self._edges.peek(node) or self._sketches.peek(node)
            if entry is None:  # (evicted at once: a tiny cache)
                return self.neighbors(node, limit=limit)
        out, inn = entry[0], entry[1]
        if limit is not None:
            out, inn = out[:limit], inn[:limit]
        return out + inn

    def _read_batch(
        self,
        batch: list[str],
        sent: Sent,
        asked: str,
    ) -> None:
        """Read and cache the edges of ``batch`` from the rows of its request
        (:func:`~kgchat.graph.endpoint_queries.batch_query`: in-edges capped per node, so a
        hub costs ``max_fanout + 1`` rows whatever the size of the store); of an open request
        (:func:`~kgchat.graph.endpoint_open.open_batch_query`) whose open part reached
        ``open_rows``, the open nodes' in-edges are asked again capped
        (:func:`~kgchat.graph.endpoint_open.capped_in_query`); a batch whose rows reach
        ``max_rows`` (in one request) is fetched again with every direction capped, in parts
        that cannot pass it. Of a sketch request the nodes sketched with more than ``max_fanout``
        in-edges (hubs), or whose first neighbour cannot be read back, are asked again capped,
        and those whose in-edges all differ in predicate are cached as complete."""
        s, sch = self.settings, self.schema
        cap = s.max_fanout
        restrictions = self._asked_restrictions()
        ask, rows, values = sent
        opened, small, named, counted = ask.opened, ask.small, ask.named, ask.counted
        if values is not None:  # values' sketches came in the same request: read apart
            theirs, nodes = values
            batch = batch[: len(batch) - len(nodes)]
            mine = [r for r in rows if "first" not in r and "vi" not in r and "h" not in r]
            sub = (theirs, [r for r in rows if "first" in r or "vi" in r or "h" in r], None)
            self._read_batch(nodes, sub, asked if asked in nodes else nodes[-1])
            rows = mine
        if opened is PROBED:  # values (and hubs) probed (_probe_parts)
            self._read_probes(batch, rows, asked, named)
            return
        open_rows = min(s.open_rows, s.max_rows)
        cut = len(rows) >= s.max_rows
        if named:  # the names that came with the edges
            names = [r for r in rows if "l" in r]
            rows = [r for r in rows if "l" not in r]
            if not cut:  # (cut anywhere: a name may be missing, asked when needed)
                self._keep_names(named, names)
        partial: set[str] = set()  # nodes of which only a sketch came (read_sketches)
        redo: list[str] = []  # nodes whose in-edges are asked again capped
        reopen: list[str] = []  # (hubs found in a sketch) again, open
        drop: dict[str, tuple[str, str]] = {}
        stray = not cut and stray_rows(rows, batch, opened)
        if stray:
            # the store wrote a literal asked open back otherwise (its canonical form): its
            # in-edges would be lost, so the open nodes' are asked again capped, by place
            self._hubs.readback = False
            redo = [*opened, *small]
        elif not cut and (opened or small) and ask.sketched:
            plan = read_sketches(
                rows,
                opened=opened,
                small=small,
                cap=cap,
                open_rows=open_rows,
                facts=lambda p, n: is_fact(sch, p, n, 0),
                derived=restrictions,
            )
            redo, reopen, partial, drop = plan.redo, plan.reopen, plan.partial, plan.drop
        elif not cut and opened and open_row_count(rows) >= open_rows:
            redo = opened
        if redo or reopen:
            again = self.client.select(
                capped_in_query(batch, redo, cap, sch.families, limit=s.max_rows, reopen=reopen)
            )
            cut = len(again) >= s.max_rows
            if redo is opened or stray:  # every open row dropped
                rows = [r for r in rows if "m" not in r] + again
            else:
                dropped = {*redo, *reopen}
                rows = [r for r in rows if "m" not in r or key(r["m"]) not in dropped] + again
        if cut:
            partial = set()
        found: dict[str, tuple[list[Edge], list[Edge]]] = {}
        over: set[str] = set()
        parts = [(batch, rows)]
        if cut:
            step = max(1, s.max_rows // (2 * cap + 2) - 1)
            parts = []
            for i in range(0, len(batch), step):
                part = batch[i : i + step]
                query = batch_query(
                    part,
                    cap,
                    sch.skip,
                    restrictions,
                    sch.families,
                    limit=s.max_rows,
                    capped_out=True,
                )
                parts.append((part, self.client.select(query)))
        for part, part_rows in parts:
            got, capped = read_edges(part_rows, sch, self._facts, cap, part)
            found.update(got)
            over |= capped
        self._reuse_outs(ask.kept, found, cut)
        for n, (x, p) in drop.items():  # a capped hub's edge past the cap
            out, inn = found.get(n, ([], []))
            found[n] = (out, [e for e in inn if e.neighbor != x or e.predicate != p])
        for hub in over:
            self.capped[hub] = cap
        self._hubs.learn(found, over)
        heavy = set() if cut else self._drop_counted(batch, rows, counted, found)
        keep = [n for n in batch if n != asked and n not in heavy]
        self._store([*keep, asked] if asked not in heavy else keep, found, partial)

    def _store(
        self,
        batch: list[str],
        found: dict[str, tuple[list[Edge], list[Edge]]],
        partial: Collection[str] = (),
    ) -> None:
        cap = self.settings.max_fanout
        self._sync()
        self._entail(batch, found)  # what OWL class expressions entail (endpoint_tbox)
        # the node asked for (the batch's last) goes in last: never evicted at once
        for n in [*reversed(batch[:-1]), *batch[-1:]]:
            out, inn = found.get(n, ([], []))
            (self._sketches if n in partial else self._edges).put(n, (out[:cap], inn[:cap]))

    def expect(self, nodes: Iterable[str]) -> None:
        """Note nodes whose edges (or kinds) the caller will likely ask for next, in that order
        (not fetched yet, at their latest mention): the first miss among them fetches the ones
        after it in the same request (:meth:`_fetch_edges`). :meth:`neighbors` notes the
        neighbours it hands out, the label lookup its candidates, the retriever every node a
        hop reached. The list keeps its recent half when it grows long."""
        self._seen.note(nodes, self._edges.keys())

    def expect_walk(self, nodes: Iterable[str]) -> None:
        """Note the nodes a walk is about to walk from, in that order: their edges are fetched
        together (a node reached was read as a sketch, :meth:`type_edges`, with ``sketches``
        or, a hub, ``probe_rows``; the walk goes on from a few of them)."""
        if self.settings.sketches or self._probe_entities():
            self._walks.note(nodes, self._edges.keys())

    def _queue(self, edges: list[Edge]) -> None:
        """The neighbours handed out: the walk asks next for the nodes it was just given.
        (Noted when fetched instead, a hub's 2,000 neighbours went in where the walk reads 300,
        and one question of a 10M-triple store noted so many that the list was cut four times,
        leaving 8,000 nodes to be fetched one a request.)"""
        self.expect(map(_NEIGHBOR, edges))
