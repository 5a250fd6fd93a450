"""The edge batches of :class:`kgchat.graph.endpoint.SparqlGraph`: which nodes go in a request
(the one asked for and the nodes expected after it), sending requests ahead
(:mod:`kgchat.graph.endpoint_pipeline`), and reading their rows into cached edges, a hub capped
and a cut batch asked again (:mod:`kgchat.graph.endpoint_open`); a mixin, so the class that
answers the walk stays short.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from kgchat.graph.endpoint_open import capped_in_query, open_batch_query
from kgchat.graph.endpoint_queries import batch_query
from kgchat.graph.endpoint_rows import read_edges
from kgchat.graph.view import Edge

if TYPE_CHECKING:
    from kgchat.graph.core import GraphConfig
    from kgchat.graph.endpoint_config import EndpointConfig
    from kgchat.graph.endpoint_http import LRUCache, SparqlClient
    from kgchat.graph.endpoint_open import HubGuess
    from kgchat.graph.endpoint_pipeline import InFlight
    from kgchat.graph.endpoint_rows import FactTable
    from kgchat.graph.endpoint_schema import Schema

__all__ = ["EdgeBatches"]

_NEIGHBOR = itemgetter(1)  # Edge.neighbor


class EdgeBatches:
    """Batching, sending and reading the edge requests of a :class:`SparqlGraph`."""

    client: SparqlClient
    settings: EndpointConfig
    config: GraphConfig
    capped: dict[str, int]
    _edges: LRUCache
    _seen: list[str]
    _seen_at: dict[str, int]
    _inflight: InFlight
    _ahead: int | None
    _facts: FactTable
    _hubs: HubGuess

    @property
    def schema(self) -> Schema:
        raise NotImplementedError

    def _sync(self) -> None:
        raise NotImplementedError

    def _fetch_edges(self, node: str) -> None:
        """Fetch ``node``'s edges with those of the nodes seen right after it (up to
        ``batch_size`` in all): the walk asks for the nodes it reached in the order their
        edges listed them, so the next ones it asks for are most likely those. With
        ``concurrency`` above 1 the batches after it are sent too, that many requests in flight
        (:mod:`kgchat.graph.endpoint_pipeline`); a node already in flight waits for its own."""
        self._inflight.trim()  # (not later: the batch of node would be forgotten)
        if node not in self._inflight:
            self._send(self._next_batch(node))
        if self.settings.concurrency > 1:
            while self._inflight.busy() < self.settings.concurrency and self._ahead is not None:
                more = self._next_batch(None)
                if len(more) < self.settings.batch_size:
                    break  # only a long list of expected nodes (a hop's) is worth sending ahead
                self._send(more)
        batch, rows = self._inflight.take(node)
        self._read_batch(batch, rows, node)

    def _next_batch(self, node: str | None) -> list[str]:
        """``node`` and the expected nodes after it, not cached nor in flight (up to
        ``batch_size``; looked for among the next ``4 * batch_size`` expected); with ``node``
        None, those after the last batch sent. Notes where the batch ends (``_ahead``)."""
        size = self.settings.batch_size
        batch = [node] if node is not None else []
        i = self._seen_at.get(node) if node is not None else self._ahead
        if i is None:
            self._ahead = None
            return batch
        j, stop = i + 1, min(i + 4 * size, len(self._seen))
        while j < stop and len(batch) < size:
            other = self._seen[j]
            if other != node and other not in self._edges and other not in self._inflight:
                batch.append(other)
            j += 1
        self._ahead = j - 1  # the last one looked at
        return list(dict.fromkeys(batch))

    def _send(self, batch: list[str]) -> None:
        """Send the request of a batch's edges (see :meth:`_read_batch`): open first
        (:mod:`kgchat.graph.endpoint_open`) unless ``open_rows`` is 0."""
        sch, s = self.schema, self.settings
        restrictions = bool(self.config.restrictions and sch.restrictions)
        opened: list[str] = []  # the nodes whose in-edges are asked open
        if s.open_rows > 0:
            closed = {n for n in batch if self._hubs.closed(n)}
            opened = [n for n in batch if n not in closed]
            query = open_batch_query(
                batch,
                closed,
                s.max_fanout,
                sch.skip,
                restrictions,
                sch.families,
                open_rows=min(s.open_rows, s.max_rows),
                limit=s.max_rows,
            )
        else:
            query = batch_query(
                batch, s.max_fanout, sch.skip, restrictions, sch.families, limit=s.max_rows
            )
        self._inflight.send(batch, lambda: (opened, self.client.select(query)))

    def _read_batch(self, batch: list[str], sent: tuple[list[str], Any], asked: str) -> None:
        """Read and cache the edges of ``batch`` from the rows of its request
        (:func:`~kgchat.graph.endpoint_queries.batch_query`: in-edges capped per node, so a
        hub costs ``max_fanout + 1`` rows whatever the size of the store); of an open request
        (:func:`~kgchat.graph.endpoint_open.open_batch_query`) whose open part reached
        ``open_rows``, the open nodes' in-edges are asked again capped
        (:func:`~kgchat.graph.endpoint_open.capped_in_query`); a batch whose rows reach
        ``max_rows`` (in one request) is fetched again with every direction capped, in parts
        that cannot pass it."""
        s, sch = self.settings, self.schema
        cap = s.max_fanout
        restrictions = bool(self.config.restrictions and sch.restrictions)
        opened, rows = sent
        cut = len(rows) >= s.max_rows
        if not cut and opened and sum("m" in r for r in rows) >= min(s.open_rows, s.max_rows):
            again = self.client.select(
                capped_in_query(batch, opened, cap, sch.families, limit=s.max_rows)
            )
            cut = len(again) >= s.max_rows
            rows = [r for r in rows if "m" not in r] + again
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
        for hub in over:
            self.capped[hub] = cap
        self._hubs.learn(found)
        self._store([n for n in batch if n != asked] + [asked], found)

    def _store(self, batch: list[str], found: dict[str, tuple[list[Edge], list[Edge]]]) -> None:
        cap = self.settings.max_fanout
        self._sync()
        # the node asked for (the batch's last) goes in last: never evicted at once
        for n in [*reversed(batch[:-1]), *batch[-1:]]:
            out, inn = found.get(n, ([], []))
            self._edges.put(n, (out[:cap], inn[:cap]))

    def expect(self, nodes: Iterable[str]) -> None:
        """Note nodes whose edges the caller will likely ask for next, in that order (not
        fetched yet, at their latest mention): the first miss among them fetches the ones
        after it in the same request (:meth:`_fetch_edges`). :meth:`neighbors` notes the
        neighbours it hands out, the label lookup its candidates. The list keeps its recent
        half when it grows long."""
        if len(self._seen) > 200_000:
            cut = len(self._seen) - 100_000
            self._seen = self._seen[cut:]
            self._seen_at = {n: i for i, n in enumerate(self._seen)}
            if self._ahead is not None:
                self._ahead = self._ahead - cut if self._ahead >= cut else None
        cached, seen, seen_at = self._edges.keys(), self._seen, self._seen_at
        for n in nodes:
            if n not in cached:
                seen_at[n] = len(seen)
                seen.append(n)

    def _queue(self, edges: list[Edge]) -> None:
        """The neighbours handed out: the walk asks next for the nodes it was just given.
        (Noted when fetched instead, a hub's 2,000 neighbours went in where the walk reads 300,
        and one question of a 10M-triple store noted so many that the list was cut four times,
        leaving 8,000 nodes to be fetched one a request.)"""
        self.expect(map(_NEIGHBOR, edges))
