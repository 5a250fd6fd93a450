"""The knowledge graph: sources merged into one graph of facts, walkable both ways.

Storage is chosen for speed and size (see ``bench/bench_graph_load.py``): terms are interned once,
triples are numpy arrays of term ids, and adjacency is CSR in both directions, so a 1M-triple graph
loads in seconds and takes a few dozen bytes per triple. A networkx ``MultiDiGraph`` (direction and
parallel edges kept, edge key = predicate) is built on demand by :meth:`KnowledgeGraph.to_networkx`.

Examples
--------
>>> kg = KnowledgeGraph.from_triples([
...     ("Aspirin", "interacts_with", "Warfarin"),
...     ("Aspirin", "treats", "Headache"),
...     ("Warfarin", "treats", "Thrombosis"),
...     ("Aspirin", "approved_in", "1899"),
... ])
>>> kg.stats()["triples"], kg.stats()["entities"], kg.stats()["literals"]
(4, 4, 1)
>>> [f.text for f in kg.facts_of("Warfarin")]
['Warfarin — treats → Thrombosis', 'Aspirin — interacts with → Warfarin']
>>> kg.label("Aspirin"), kg.relation_label("approved_in")
('Aspirin', 'approved in')
>>> G = kg.to_networkx()
>>> G.number_of_edges(), sorted(G["Aspirin"]["Warfarin"])
(4, ['interacts_with'])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.errors import KGChatError
from kgchat.graph import compile as comp
from kgchat.graph import export, ingest
from kgchat.graph.config import GraphConfig
from kgchat.graph.edges_read import KeptFacts, degree_at, edges_at
from kgchat.graph.formats import Triple
from kgchat.graph.relation_reads import RelationReads
from kgchat.graph.terms import Interner, SourceInfo, file_digest, object_key
from kgchat.graph.view import Edge, Fact
from kgchat.graph.vocab import RDF_TYPE

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["GraphConfig", "KnowledgeGraph", "SourceInfo", "file_digest"]

_DIRECTIONS = ("out", "in", "both")


class KnowledgeGraph(RelationReads):
    """Sources merged into one graph of facts; see the module docstring.

    Build one with :meth:`load` (files), :meth:`from_triples` (Python tuples) or :meth:`open`
    (a directory written by :meth:`save`). What it says of its relations (phrases, domain,
    range, inverses) is :class:`~kgchat.graph.relation_reads.RelationReads`'s.
    """

    def __init__(self, config: GraphConfig | None = None) -> None:
        self.config = config or GraphConfig()
        self._terms = Interner([])
        self._kinds = np.zeros(0, np.int8)
        self._s = self._p = self._o = np.zeros(0, np.int32)
        self._src = np.zeros(0, np.int16)
        self.sources: list[SourceInfo] = []
        self._c: comp.Compiled | None = None
        self._version = 0
        self._cache: dict[str, Any] = {}

    # ------------------------------------------------------------------ building
    @classmethod
    def load(
        cls,
        *paths: str | Path,
        format: str | None = None,
        config: GraphConfig | None = None,
        progress: bool | None = None,
    ) -> KnowledgeGraph:
        """Load and merge source files (any RDF syntax, TSV/CSV/``|`` triples, compressed or not),
        and the local files they ``owl:import`` (unless ``config.imports`` is off).

        A directory written by :meth:`save` is opened as a saved graph.
        """
        if len(paths) == 1 and (Path(paths[0]) / "manifest.json").is_file():
            return cls.open(paths[0])
        kg = cls(config)
        ingest.load_sources(kg, paths, format=format, progress=progress)
        return kg

    @classmethod
    def from_triples(
        cls, triples: Iterable[Triple], config: GraphConfig | None = None, source: str = "<memory>"
    ) -> KnowledgeGraph:
        """Build a graph from ``(subject, predicate, object)`` term keys (ids, IRIs, literals in
        N-Triples form such as ``'"32"^^<http://www.w3.org/2001/XMLSchema#integer>'``)."""
        from kgchat.graph.read_delimited import literal_key

        kg = cls(config)
        iri = comp.IRI
        rows = [
            (s, p, o if comp.term_kind(o) != iri else literal_key(o) or o) for s, p, o in triples
        ]
        ingest.ingest(kg, rows, SourceInfo(source, None, ""))
        return kg

    def add_source(
        self,
        path: str | Path,
        *,
        format: str | None = None,
        progress: bool | None = None,
        compile: bool = True,
    ) -> SourceInfo:
        """Parse one more source file and merge it; on any error the graph is left unchanged.
        With ``compile=False`` the graph is not compiled until :meth:`compile` is called
        (several sources merged, compiled once).

        Its relative IRIs (where it has no ``@base``) resolve against ``urn:kgchat:file/<name>/``;
        when it has any, ``info.extra["relative_iris_base"]`` says so.
        """
        return ingest.add_source(self, path, format=format, progress=progress, recompile=compile)

    def add(
        self,
        subject: str,
        predicate: str,
        object: Any,
        *,
        lang: str | None = None,
        datatype: str | None = None,
    ) -> None:
        """Add one triple. ``object`` is an id/IRI, or a literal when ``lang``/``datatype`` is
        given or it is not a string (numbers, dates)."""
        self.add_triples([(subject, predicate, object_key(object, lang, datatype))])

    def add_triples(self, triples: Iterable[Triple], source: str = "<added>") -> None:
        """Add triples of term keys (see :meth:`from_triples`) as one more source."""
        ingest.ingest(self, list(triples), SourceInfo(source, None, ""))

    def remove(
        self, subject: str | None = None, predicate: str | None = None, object: Any = None
    ) -> int:
        """Remove the raw triples matching a pattern (``None`` matches anything); returns how many.

        >>> kg = KnowledgeGraph.from_triples([("a", "p", "b"), ("a", "q", "c")])
        >>> kg.remove("a", "p"), kg.stats()["triples"]
        (1, 1)
        """
        return ingest.remove_matching(self, subject, predicate, object)

    def compile(self) -> None:
        """Compile the raw triples into the graph's facts, names and adjacency; every change
        (``add``, ``remove``, ``add_source``) does, but ``add_source(..., compile=False)``."""
        self._cache.clear()
        self._version += 1
        self._c = comp.compile_graph(
            self._terms.ordered,
            self._kinds,
            self._s,
            self._p,
            self._o,
            self._src,
            language=self.config.language,
            restrictions=self.config.restrictions,
            extra_roles=self.config.roles(),
            bookkeeping=self.config.bookkeeping,
            other_languages=self.config.other_languages,
        )
        known = len(self._kinds)
        if len(self._terms.ordered) > known:  # a term the compiler added (rdf:type for wdt:P31)
            added = comp.term_kinds(self._terms.ordered[known:])
            self._kinds = np.concatenate([self._kinds, added])

    @property
    def _g(self) -> comp.Compiled:
        if self._c is None:
            self.compile()
        assert self._c is not None
        return self._c

    @property
    def version(self) -> int:
        """A number that changes whenever the graph's content does (``add``, ``remove``,
        ``add_source``): what a cache of graph lookups (the retriever's) checks.

        >>> kg = KnowledgeGraph.from_triples([("A", "r", "B")])
        >>> v = kg.version
        >>> kg.add("B", "r", "C"); kg.version != v
        True
        """
        if self._c is None:
            self.compile()  # compiled on first use: that is version 1
        return self._version

    # ------------------------------------------------------------------ lookup
    def _id(self, node: str) -> int:
        i = self._terms.get(node)
        if i is None:
            raise KGChatError(
                f"unknown node {node!r}: not in the graph (ids are IRIs or plain ids)"
            )
        return i

    def __contains__(self, node: object) -> bool:
        i = self._terms.get(node) if isinstance(node, str) else None
        return i is not None and bool(self._g.is_entity[i] or self._kinds[i] == comp.LITERAL)

    def __len__(self) -> int:
        return len(self._g.es)

    def key(self, i: int) -> str:
        """The term key of a dense id."""
        return self._terms.ordered[i]

    def label(self, node: str) -> str:
        """The display name: chosen label, else the local name or id made readable."""
        return comp.entity_name(self._terms.ordered, self._kinds, self._g.labels, self._id(node))

    def aliases(self, node: str) -> list[str]:
        """Other names: alternative labels, synonyms, labels in other languages."""
        return list(self._g.aliases.get(self._id(node), []))

    def names_by_language(self, node: str) -> dict[str, tuple[str, ...]]:
        """Its language-tagged names by language code, best first (no facts:
        :mod:`kgchat.graph.language_names`)."""
        return self._g.language_names.of(self._id(node))

    def description(self, node: str) -> str | None:
        """The description (``rdfs:comment``, ``skos:definition``...) in the preferred language."""
        return self._g.descriptions.get(self._id(node))

    def types(self, node: str) -> list[str]:
        """The ``rdf:type`` classes of a node (OWL vocabulary classes left out)."""
        return [
            e.neighbor for e in self.neighbors(node, direction="out") if e.predicate == RDF_TYPE
        ]

    def is_literal(self, node: str) -> bool:
        """True when the node is a literal value (number, date, string)."""
        return bool(self._kinds[self._id(node)] == comp.LITERAL)

    def entities(self) -> Iterator[str]:
        """Every entity (not literals, not OWL/RDF structure)."""
        keys = self._terms.ordered
        return (keys[i] for i in np.nonzero(self._g.is_entity)[0].tolist())

    def literals(self) -> list[str]:
        """Every literal value that is the object of a fact (as its N-Triples key)."""
        g = self._g
        ids = np.unique(g.eo)
        ids = ids[self._kinds[ids] == comp.LITERAL]
        return [self._terms.ordered[i] for i in ids.tolist()]

    def source_objects(self, source: int, predicate: str) -> list[str]:
        """The objects of a predicate's raw triples that came from one source (by index)."""
        pid = self._terms.get(predicate)
        if pid is None:
            return []
        mask = (self._p == pid) & (self._src == source)
        return [self._terms.ordered[i] for i in self._o[mask].tolist()]

    def raw_predicates(self) -> list[str]:
        """Every predicate of the raw triples, as parsed (compiled or not)."""
        keys = self._terms.ordered
        return [keys[i] for i in np.flatnonzero(np.bincount(self._p)).tolist()]

    def subjects_of_type(self, cls: str) -> list[str]:
        """The subjects of raw ``rdf:type`` triples to ``cls`` (OWL vocabulary classes too)."""
        tid, cid = self._terms.get(RDF_TYPE), self._terms.get(cls)
        if tid is None or cid is None:
            return []
        mask = (self._p == tid) & (self._o == cid)
        return [self._terms.ordered[i] for i in np.unique(self._s[mask]).tolist()]

    # ------------------------------------------------------------------ walking
    def neighbors(
        self, node: str, *, direction: str = "both", limit: int | None = None
    ) -> list[Edge]:
        """The edges at a node; see :class:`kgchat.graph.view.GraphView`."""
        if direction not in _DIRECTIONS:
            raise KGChatError(f"direction={direction!r}: expected one of {_DIRECTIONS}")
        i = self._terms.get(node)
        if i is None:
            return []
        return edges_at(self._g, self._terms.ordered, i, direction, limit)

    def degree(self, node: str) -> int:
        """Number of facts at a node, both directions."""
        i = self._terms.get(node)
        if i is None:
            return 0
        return degree_at(self._g, i)

    def fact(self, handle: int | str) -> Fact:
        """The fact at an edge handle (from :meth:`neighbors`) or with a fact id; each read
        is kept until the graph changes (:class:`kgchat.graph.edges_read.KeptFacts`)."""
        g = self._g  # (compiled first: a change empties the cache)
        kept = self._cache.get("facts")
        if kept is None:
            kept = KeptFacts(g, self._terms.ordered, self._kinds, self.sources)
            self._cache["facts"] = kept
        return kept(handle)

    def facts_of(self, node: str, *, direction: str = "both") -> list[Fact]:
        """Every fact at a node, as :class:`Fact` objects."""
        return [self.fact(e.fact) for e in self.neighbors(node, direction=direction)]

    def facts(self) -> Iterator[Fact]:
        """Every fact of the graph."""
        return (self.fact(j) for j in range(len(self)))

    # ------------------------------------------------------------------ whole-graph views
    def stats(self) -> dict[str, Any]:
        """Counts: ``triples`` (raw, as parsed), ``facts`` (edges), ``entities``, ``relations``,
        ``literals``, ``sources``, ``labels``, ``restriction_edges``, ``dropped_annotations``
        (bookkeeping triples left out of the facts), ``dropped_other_languages`` (other
        languages' copies of a language-coded property); ``imported`` (sources loaded because
        another ``owl:imports`` them), ``unresolved_imports`` (import IRIs naming no local file) and
        ``relative_iris_base`` (source -> the base its relative IRIs were read against)."""
        return export.graph_stats(self)

    @property
    def fingerprint(self) -> str:
        """A digest of the raw triples, the config and the compiler's version
        (:data:`kgchat.graph.compile.VERSION`): equal graphs, equal fingerprints."""
        fp = self._cache.get("fingerprint")
        if fp is None:
            fp = self._cache["fingerprint"] = export.graph_fingerprint(self)
        return fp

    def to_networkx(self) -> nx.MultiDiGraph:
        """The facts as a networkx ``MultiDiGraph``: node = IRI or id (attrs ``label``,
        ``literal``), one edge per fact, key = predicate (attrs ``label``, ``fact``, ``source``)."""
        G = self._cache.get("nx")
        if G is None:
            G = self._cache["nx"] = export.to_networkx(self)
        return G

    def sparql(
        self, query: str, *, allow_service: bool = False, service_timeout: float = 30.0
    ) -> Any:
        """Run a read-only SPARQL query over the raw RDF; see
        :func:`kgchat.graph.sparql.run_sparql` (``SERVICE`` is refused unless allowed)."""
        from kgchat.graph.sparql import run_sparql

        return run_sparql(self, query, allow_service=allow_service, service_timeout=service_timeout)

    # ------------------------------------------------------------------ persistence
    def save(self, directory: str | Path) -> Path:
        """Write the graph to a directory (manifest + binary arrays), atomically."""
        from kgchat.graph.persist import save_graph

        return save_graph(self, directory)

    @classmethod
    def open(cls, directory: str | Path) -> KnowledgeGraph:
        """Load a graph written by :meth:`save`."""
        from kgchat.graph.persist import load_graph

        return load_graph(directory)

    def __repr__(self) -> str:
        st = self.stats()
        return (
            f"<KnowledgeGraph {st['facts']} facts, {st['entities']} entities, "
            f"{st['relations']} relations, {len(self.sources)} source(s)>"
        )
