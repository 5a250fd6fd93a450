"""A remote SPARQL 1.1 endpoint as the graph: :class:`SparqlGraph`, a :class:`GraphView` that reads
a store (Virtuoso, QLever, GraphDB, Oxigraph, Neptune, Stardog...) instead of a copy in memory.

What the retriever sees is what :class:`~kgchat.graph.KnowledgeGraph` would show for the same
triples, computed by the same code (:mod:`kgchat.graph.compile`'s naming and :mod:`.roles`'
role reading) on the few triples each question needs:

- **Facts**: the triples at a node, both directions, of predicates that are facts (names, schema
  and OWL structure are not), ``rdf:type`` to domain classes, ``rdfs:subClassOf`` to named
  classes, and OWL restrictions (``C subClassOf [onProperty p; someValuesFrom D]``) as edges
  ``C -p-> D``, with what class expressions entail (intersections, unions, ``hasValue`` of
  individuals: read once, :mod:`kgchat.graph.endpoint_tbox`). Blank nodes are left out (a
  blank node cannot be named in a later query).
  Of a language-coded property family (``nameOfficialEN``/``nameOfficialIT``,
  :mod:`kgchat.graph.languages`) a subject's preferred-language value is kept where it has one
  (``GraphConfig.other_languages`` keeps all), and the family is named without its code.
- **Names**: labels, aliases and descriptions chosen by the local loader's predicates and
  language preference (``GraphConfig.language``); the IRI's local name when there is none.
- **Schema** (read once, on first use): the predicates in use, their labels, declared
  inverses, domains and ranges, and their roles read from a sample of their values.

Requests are batched: a node's edges are fetched with those of other nodes seen but not yet
fetched (the walk's next frontier), ``batch_size`` per ``VALUES`` block
(:mod:`kgchat.graph.endpoint_batches`); names likewise. Results
sit in bounded LRU caches (``cache_size`` nodes; hits and misses counted in :meth:`report`).
A node with more than ``max_fanout`` edges in one direction (a hub) is never fetched whole: its
first ``max_fanout`` edges are kept (as the store returns them), :attr:`SparqlGraph.capped`
records it, and :meth:`neighbors_page` pages further.

Examples
--------
The endpoint tests run these against a real Oxigraph server (``tests/test_endpoint.py``)::

    g = SparqlGraph("http://127.0.0.1:7878/query")
    [e.neighbor for e in g.neighbors("https://kgchat.dev/graphs/medicine#Warfarin")][:3]
    g.report()   # requests, cache hits, hubs capped
"""

from __future__ import annotations

import hashlib
from typing import Any

from kgchat.errors import KGChatError
from kgchat.graph import compile as comp
from kgchat.graph import vocab
from kgchat.graph.core import GraphConfig
from kgchat.graph.endpoint_batches import EdgeBatches
from kgchat.graph.endpoint_config import EndpointConfig, Page
from kgchat.graph.endpoint_expect import Expected
from kgchat.graph.endpoint_http import LRUCache, SparqlClient
from kgchat.graph.endpoint_hubs import HubGuess
from kgchat.graph.endpoint_names import EndpointNames
from kgchat.graph.endpoint_pipeline import InFlight
from kgchat.graph.endpoint_queries import edges_query
from kgchat.graph.endpoint_rows import FactTable, edges_of
from kgchat.graph.endpoint_schema import Schema, read_schema
from kgchat.graph.endpoint_whole import WholeGraph
from kgchat.graph.view import Edge, Fact
from kgchat.graph.vocab import RDF_TYPE

__all__ = ["EndpointConfig", "Page", "SparqlGraph"]

_DIRECTIONS = ("out", "in", "both")


class SparqlGraph(EndpointNames, EdgeBatches, WholeGraph):
    """A :class:`~kgchat.graph.view.GraphView` served by a SPARQL endpoint; see the module
    docstring.

    Parameters
    ----------
    endpoint : str
        The SPARQL query URL.
    config : EndpointConfig, optional
    graph_config : GraphConfig, optional
        Language, extra name predicates, restrictions, bookkeeping: as for a local graph.
    headers : dict, optional
        Extra HTTP headers (authorisation).
    """

    def __init__(
        self,
        endpoint: str,
        config: EndpointConfig | None = None,
        graph_config: GraphConfig | None = None,
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.settings = config or EndpointConfig()
        self.config = graph_config or GraphConfig()
        s = self.settings
        self.client = SparqlClient(
            endpoint,
            timeout=s.timeout,
            retries=s.retries,
            backoff=s.backoff,
            follow_redirects=s.follow_redirects,
            headers=headers,
        )
        self._edges = LRUCache(s.cache_size)  # node -> (out edges, in edges)
        self._sketches = LRUCache(s.cache_size)  # node -> (out edges, in edges a predicate)
        self._names = LRUCache(s.cache_size)
        self._seen = Expected()  # nodes reached (their kinds read next), in order
        self._walks = Expected()  # nodes the walk walks from next, in order
        self._inflight = InFlight(s.concurrency)  # batches sent ahead, not yet read
        self._sketching = InFlight(s.concurrency)  # sketch batches likewise
        self._schema: Schema | None = None
        self._facts = FactTable()
        self._generation = 1
        self._fingerprint: str | None = None
        self.capped: dict[str, int] = {}  #: hub -> edges kept (in one direction) by the cap
        # nodes asked capped in an open batch, and entities whose kinds are probed
        self._hubs = HubGuess(self.capped, rows=s.probe_rows, relations=s.probe_relations)
        self._unpacked = False  # packed in-edges did not read back: asked a row an edge
        self._probing: bool | None = None  # entities likely hubs probed (read with the schema)

    # ------------------------------------------------------------------ schema
    @property
    def schema(self) -> Schema:
        """The predicates, their roles, labels and inverses (read on first use)."""
        if self._schema is None:
            self._schema = read_schema(self.client, self.config, self.settings)
            # Wikidata's class statements read as RDF's, as a local graph reads them
            used = set(self._schema.predicates)
            self._facts.rename = {a: t for a, t in vocab.CLASS_PREDICATES.items() if a in used}
        return self._schema

    @property
    def version(self) -> int:
        """Changes when the fact handle table was renewed (handles from two renewals back no
        longer resolve): the retriever reads it before each retrieval and then drops its
        caches, so a full table is renewed here, between retrievals."""
        if self._facts.renew():
            self._sync()
        return self._facts.generation

    def _sync(self) -> None:
        """After the handle table was renewed, drop the cached edges (they hold old handles,
        which resolve only until the next renewal)."""
        if self._facts.generation != self._generation:
            self._generation = self._facts.generation
            self._edges.clear()
            self._sketches.clear()

    @property
    def fingerprint(self) -> str:
        """A digest of the endpoint URL, the graph config, the triple count and the
        predicates in use: what saved artefacts (an entity index) are checked against."""
        if self._fingerprint is None:
            rows = self.client.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            count = rows[0]["n"]["value"] if rows else "0"
            h = hashlib.blake2b(digest_size=16)
            h.update(f"{self.endpoint}\n{self.config.to_json()}\ncompile {comp.VERSION}\n".encode())
            h.update(f"{count}\n".encode())
            h.update("\n".join(self.schema.predicates).encode())
            self._fingerprint = h.hexdigest()
        return self._fingerprint

    def clear(self) -> None:
        """Forget every cached edge, name and expectation (the schema stays), and renew the
        fact handles, so that a retriever drops its own caches too: the next question starts
        cold (how ``bench/bench_endpoint.py --cold`` times each question)."""
        self._facts.renew(force=True)
        self._sync()
        self._names.clear()
        self._seen.clear()
        self._walks.clear()
        self._inflight.clear()
        self._sketching.clear()

    # ------------------------------------------------------------------ walking
    def neighbors(
        self, node: str, *, direction: str = "both", limit: int | None = None
    ) -> list[Edge]:
        """The edges at a node (see :class:`~kgchat.graph.view.GraphView`), at most
        ``max_fanout`` per direction."""
        if direction not in _DIRECTIONS:
            raise KGChatError(f"direction={direction!r}: expected one of {_DIRECTIONS}")
        entry = self._edges.get(node)
        if entry is None:
            self._fetch_edges(node)
            entry = self._edges.peek(node)
            if entry is None and node in self._hubs.heavy:  # cut in a batch read for kinds
                self._fetch_edges(node)
                entry = self._edges.peek(node)
            entry = entry or ([], [])  # (evicted at once: a tiny cache)
        out, inn = entry[0], entry[1]
        if limit is not None:
            out, inn = out[:limit], inn[:limit]
        edges = list(out) if direction == "out" else list(inn) if direction == "in" else out + inn
        self._queue(edges)
        return edges

    def neighbors_page(self, node: str, *, direction: str, offset: int, limit: int) -> Page:
        """Edges ``offset`` to ``offset + limit`` of a node in one direction (``out``/``in``):
        how a hub's edges beyond the cap are read, a page at a time."""
        if direction not in ("out", "in"):
            raise KGChatError(f"direction={direction!r}: expected 'out' or 'in'")
        if not 1 <= limit < self.settings.max_rows:
            raise KGChatError(
                f"limit={limit} refused: a page holds 1 to {self.settings.max_rows - 1} edges "
                "(EndpointConfig.max_rows); read a hub page by page"
            )
        rows = self.client.select(self._edges_query([node], limit + 1, direction, offset))
        found = edges_of(rows, self.schema, self._facts).get(node, ([], []))
        edges = found[0 if direction == "out" else 1]
        return Page(edges[:limit], offset, len(rows) > limit)

    def _edges_query(
        self, nodes: list[str], limit: int, direction: str = "both", offset: int = 0
    ) -> str:
        sch = self.schema
        restrictions = self.config.restrictions and sch.restrictions
        return edges_query(nodes, sch.skip, limit, restrictions, direction, offset, sch.families)

    # ------------------------------------------------------------------ facts
    def fact(self, handle: int) -> Fact:
        """The fact behind an edge's handle."""
        s, p, o, kind = self._facts.get(handle)
        self.fetch_names([s, o])
        raw = f"{s}\x1f{p}\x1f{o}".encode()  # the fact id of kgchat.graph.edges_read.fact_id
        return Fact(
            id="f" + hashlib.blake2b(raw, digest_size=6).hexdigest(),
            subject=s,
            predicate=p,
            object=o,
            subject_label=self.label(s),
            predicate_label=self.relation_label(p),
            object_label=self.label(o),
            source=self.endpoint,
            kind=comp.EDGE_KINDS[kind],
        )

    def facts_of(self, node: str, *, direction: str = "both") -> list[Fact]:
        """Every fact at a node (up to the fan-out cap), as :class:`Fact` objects."""
        return [self.fact(e.fact) for e in self.neighbors(node, direction=direction)]

    def degree(self, node: str) -> int:
        """Facts at a node, both directions (up to the cap each way)."""
        return len(self.neighbors(node))

    def types(self, node: str) -> list[str]:
        """The ``rdf:type`` classes of a node (OWL vocabulary left out)."""
        return [
            e.neighbor for e in self.neighbors(node, direction="out") if e.predicate == RDF_TYPE
        ]

    def is_literal(self, node: str) -> bool:
        """True when the node is a literal value."""
        return node.startswith('"')

    def __contains__(self, node: object) -> bool:
        if not isinstance(node, str):
            return False
        if self.is_literal(node):
            return True
        # what is cached says it first: a node with edges or a sketch (read for what it is:
        # its out-edges and relations at it, a part of its edges) or a label is in the store;
        # asking its edges for this alone cost a request a linked candidate read by probes
        known = self._edges.peek(node) or self._sketches.peek(node)
        if known is not None and (known[0] or known[1]):
            return True
        names = self._names.peek(node)
        if names is not None and names.label is not None:
            return True
        return bool(self.neighbors(node)) or self._names_of(node).label is not None

    # ------------------------------------------------------------------ relations
    def relation_label(self, predicate: str, *, inverse: bool = False) -> str:
        """The phrase of a predicate; with ``inverse``, of its declared ``owl:inverseOf``,
        else the built-in inverse phrase, else the phrase marked ``(inverse)``."""
        return self.schema.phrase(predicate, inverse)

    def relation_aliases(self, predicate: str) -> list[str]:
        """A relation's other names (``skos:altLabel`` of a property, a Wikibase property's
        aliases), as read with the schema: no request."""
        return list(self.schema.aliases.get(predicate, ()))

    def relation_description(self, predicate: str) -> str | None:
        """A relation's description (``rdfs:comment``, ``skos:definition``... of its
        property), as read with the schema: no request."""
        return self.schema.descriptions.get(predicate)

    def inverse_of(self, predicate: str) -> str | None:
        """The predicate declared ``owl:inverseOf`` this one, if any."""
        return self.schema.inverse.get(predicate)

    def domain(self, predicate: str) -> list[str]:
        """The classes a property's ``rdfs:domain`` declares."""
        return list(self.schema.domain.get(predicate, ()))

    def range(self, predicate: str) -> list[str]:
        """The classes a property's ``rdfs:range`` declares."""
        return list(self.schema.range.get(predicate, ()))

    def relations(self) -> list[str]:
        """Every predicate of a fact."""
        return list(self.schema.relations)

    def report(self) -> dict[str, Any]:
        """What this graph has cost so far: HTTP ``requests``, seconds waiting, cache hits and
        misses (edges and names together), ``hit_rate``, and the hubs capped."""
        hits = self._edges.hits + self._sketches.hits + self._names.hits
        misses = self._edges.misses + self._sketches.misses + self._names.misses
        return {
            "requests": self.client.requests,
            "seconds": round(self.client.seconds, 3),
            "cache_hits": hits,
            "cache_misses": misses,
            "hit_rate": round(hits / (hits + misses), 4) if hits + misses else 0.0,
            "capped": len(self.capped),
        }

    def settle(self) -> None:
        """Wait until the edge requests sent ahead of the walk have been answered (kept
        unread): what a benchmark calls between two timed questions, so that one question's
        requests do not run on the store while another is timed."""
        self._inflight.wait()
        self._sketching.wait()

    def close(self) -> None:
        """Close the HTTP connections (and the requests' threads)."""
        self._inflight.close()
        self._sketching.close()
        self.client.close()

    def __repr__(self) -> str:
        return f"<SparqlGraph {self.endpoint}>"
