"""What a SPARQL store's OWL class expressions say, read once (:class:`TBox`) and added to the
edges :class:`~kgchat.graph.endpoint.SparqlGraph` reads, so that they are those a local
:class:`~kgchat.graph.KnowledgeGraph` of the same triples has (:mod:`kgchat.graph.restrictions`,
the same code): a restriction inside an intersection a class is defined as (OWL 1's
``C owl:intersectionOf (...)``, or ``C owl:equivalentClass [owl:intersectionOf (...)]``), the
intersection's named members as superclasses, a union's members below it and as a filler, and
what ``hasValue`` entails of the individuals of a class or of a class below it.

A class expression is a tree of blank nodes, and a blank node cannot be named in a later query:
read at each node, the lists (``rdf:rest*``) took 10-30 s a batch on Oxigraph. So the store's
expressions are read in one query (:func:`tbox_query`: the triples of the OWL expression
vocabulary and the links of named terms to blank ones, no path), and, where some ``hasValue``
restriction is, the named class hierarchy in a second; both once, under ``EndpointConfig.
tbox_rows`` (past it the TBox is not read: the per-node restriction queries alone, as before).
Of a node then:

- a class's derived edges both ways come from the TBox (no request);
- an individual's entailed values from its own ``rdf:type`` edges (no request);
- a value some class entails has the individuals of those classes as in-edges: one request a
  batch that holds such values, ``max_fanout + 1`` rows a class at most (a class past it
  marks the value capped, as a hub).

Examples
--------
>>> W = "http://ex.org/"
>>> rows = [("_:r", OWL + "onProperty", W + "colour"), ("_:r", OWL + "hasValue", W + "White"),
...     ("_:l", vocab.RDF + "first", W + "Wine"), ("_:l", vocab.RDF + "rest", "_:m"),
...     ("_:m", vocab.RDF + "first", "_:r"), ("_:m", vocab.RDF + "rest", vocab.RDF + "nil"),
...     (W + "WhiteWine", OWL + "intersectionOf", "_:l")]
>>> t = TBox.of(rows, subclass=True)
>>> [(p.split("/")[-1], x.split("/")[-1], k) for p, x, k in t.out[W + "WhiteWine"]]
[('colour', 'White', 3), ('rdf-schema#subClassOf', 'Wine', 0)]
>>> t.values[W + "WhiteWine"] == [(W + "colour", W + "White")]
True
>>> t.below[W + "White"] == {W + "WhiteWine": [W + "colour"]}
True
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.endpoint_queries import key, term, values
from kgchat.graph.endpoint_rows import _first_kind, is_fact
from kgchat.graph.restrictions import class_edges
from kgchat.graph.term_ids import Interner
from kgchat.graph.vocab import OWL, RDF_TYPE, RDFS_SUBCLASS

if TYPE_CHECKING:
    from kgchat.graph.core import GraphConfig
    from kgchat.graph.endpoint_config import EndpointConfig
    from kgchat.graph.endpoint_http import SparqlClient
    from kgchat.graph.endpoint_rows import FactTable
    from kgchat.graph.endpoint_schema import Schema
    from kgchat.graph.view import Edge

__all__ = ["EntailedEdges", "TBox", "tbox_query"]

log = logging.getLogger(__name__)

#: the predicates of OWL class expressions (and of the RDF lists they hold)
EXPRESSION = (
    vocab.RDF + "first",
    vocab.RDF + "rest",
    OWL + "onProperty",
    OWL + "someValuesFrom",
    OWL + "allValuesFrom",
    OWL + "hasValue",
    OWL + "onClass",
    OWL + "unionOf",
    OWL + "intersectionOf",
)
#: how a named term points at an expression (a blank node)
LINKS = (RDFS_SUBCLASS, vocab.OWL_EQUIVALENT_CLASS, RDF_TYPE)

Item = tuple[str, str, int]  # (predicate, neighbour, kind) out; (neighbour, predicate, kind) in


def tbox_query(limit: int) -> str:
    """The store's OWL class expressions: every triple of :data:`EXPRESSION`'s predicates, and
    the links (:data:`LINKS`) of named terms to blank nodes; one result set, so that the blank
    nodes' labels agree. A ``VALUES`` of predicates a part, no property path.

    >>> tbox_query(10).count("VALUES ?p"), tbox_query(10).endswith("LIMIT 10")
    (2, True)
    """
    expr = " ".join(map(term, EXPRESSION))
    links = " ".join(map(term, LINKS))
    return (
        f"SELECT ?s ?p ?o WHERE {{ {{ VALUES ?p {{ {expr} }} ?s ?p ?o }}\n"
        f"UNION {{ VALUES ?p {{ {links} }} ?s ?p ?o FILTER(isBlank(?o) && !isBlank(?s)) }}\n"
        f"}} LIMIT {limit}"
    )


def hierarchy_query(limit: int) -> str:
    """The named classes' ``rdfs:subClassOf`` links (what ``hasValue`` is entailed along)."""
    return (
        f"SELECT ?s ?o WHERE {{ ?s {term(RDFS_SUBCLASS)} ?o "
        f"FILTER(!isBlank(?s) && !isBlank(?o)) }} LIMIT {limit}"
    )


def members_query(classes: list[str], cap: int, most: int, parts: int) -> str:
    """The individuals of each class (``?x a ?c``), ``cap`` rows a class at most, a subquery
    a class; past ``parts`` classes one ``VALUES`` join under ``LIMIT most`` instead (a query
    of thousands of subqueries is no cheaper to parse than to answer).

    >>> members_query(["http://ex.org/A"], 301, 50000, 50).count("LIMIT 301")
    1
    >>> members_query(["http://ex.org/A", "http://ex.org/B"], 301, 50000, 1).count("VALUES ?c")
    1
    """
    tp = term(RDF_TYPE)
    if len(classes) > parts:
        return (
            f"SELECT ?x ?c WHERE {{ {values('c', classes)} ?x {tp} ?c FILTER(!isBlank(?x)) }} "
            f"LIMIT {most}"
        )
    subs = [
        f"{{ SELECT ?x ({term(c)} AS ?c) WHERE {{ ?x {tp} {term(c)} "
        f"FILTER(!isBlank(?x)) }} LIMIT {cap} }}"
        for c in classes
    ]
    return "SELECT ?x ?c WHERE {\n" + "\nUNION ".join(subs) + "\n}"


@dataclass
class TBox:
    """A store's class expressions read as edges: ``out`` and ``inn`` of each named term
    (:func:`kgchat.graph.restrictions.class_edges`' edges), ``values`` (a class -> the
    ``(predicate, value)`` pairs entailed of its individuals) and ``below`` (a value -> the
    classes entailing it -> by which predicates)."""

    out: dict[str, list[Item]] = field(default_factory=dict)
    inn: dict[str, list[Item]] = field(default_factory=dict)
    values: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    below: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    @classmethod
    def of(cls, triples: Iterable[tuple[str, str, str]], *, subclass: bool) -> TBox:
        """The TBox of triples (keys; a blank node as ``_:label``); ``subclass``: whether the
        store uses ``rdfs:subClassOf`` (the local loader names an intersection's members as
        superclasses by it only then)."""
        ident = Interner()
        keys = ident.keys
        rows = [(ident(s), ident(p), ident(o)) for s, p, o in triples]
        if subclass:  # (a triple of no edge: the predicate is known by its triples)
            rows.append((ident("_:"), ident(RDFS_SUBCLASS), ident("_:")))
        arr = np.asarray(rows, np.int64).reshape(-1, 3)
        s, p, o = arr[:, 0], arr[:, 1], arr[:, 2]
        is_blank = np.fromiter((k.startswith("_:") for k in keys), bool, len(keys))
        edges, entailed = class_edges(keys, s, p, o, np.zeros(len(s), np.int16), is_blank)
        out: dict[str, set[Item]] = defaultdict(set)
        inn: dict[str, set[Item]] = defaultdict(set)
        for a, b, c, _, kind in edges:
            if not (is_blank[a] or is_blank[c]):
                out[keys[a]].add((keys[b], keys[c], kind))
                inn[keys[c]].add((keys[a], keys[b], kind))
        tbox = cls({k: sorted(v) for k, v in out.items()}, {k: sorted(v) for k, v in inn.items()})
        named = np.nonzero(~is_blank)[0].tolist() if entailed is not None else []
        for i in named:
            pairs = entailed(i)
            if pairs:
                c = keys[i]
                tbox.values[c] = [(keys[a], keys[b]) for a, b in pairs]
                for prop, v in tbox.values[c]:
                    tbox.below.setdefault(v, {}).setdefault(c, []).append(prop)
        return tbox


def read_tbox(client: SparqlClient, limit: int, used: Collection[str]) -> TBox | None:
    """The store's :class:`TBox`, or None where it passes ``limit`` rows (or has none);
    ``used``: the predicates in use."""
    rows = client.select(tbox_query(limit + 1))
    if len(rows) > limit:
        log.warning(
            "%s: more than %d triples of OWL class expressions (EndpointConfig.tbox_rows): "
            "what they entail beyond a restriction on a class itself is not read",
            client.endpoint,
            limit,
        )
        return None
    if not rows:
        return None
    triples = [(key(r["s"]), key(r["p"]), key(r["o"])) for r in rows]
    if any(pr == OWL + "hasValue" for _, pr, _ in triples):
        more = client.select(hierarchy_query(limit - len(rows) + 1))
        if len(more) > limit - len(rows):
            log.warning("%s: the class hierarchy passes EndpointConfig.tbox_rows", client.endpoint)
            return None
        triples += [(key(r["s"]), RDFS_SUBCLASS, key(r["o"])) for r in more]
    return TBox.of(triples, subclass=RDFS_SUBCLASS in used)


class EntailedEdges:
    """Adds a :class:`TBox`'s edges to those a batch read (a mixin of
    :class:`~kgchat.graph.endpoint_batches.EdgeBatches`)."""

    client: SparqlClient
    settings: EndpointConfig
    config: GraphConfig
    capped: dict[str, int]
    _facts: FactTable
    _tbox: TBox | None = None
    _tbox_read = False

    @property
    def schema(self) -> Schema:
        raise NotImplementedError

    @property
    def tbox(self) -> TBox | None:
        """The store's class expressions as edges (read on first use; None: not read, the
        store has none, or more than ``EndpointConfig.tbox_rows``)."""
        if not self._tbox_read:
            self._tbox_read = True
            used = set(self.schema.predicates)
            if (
                self.config.restrictions
                and self.settings.tbox_rows > 0
                and used & {OWL + "onProperty", OWL + "intersectionOf", OWL + "unionOf"}
            ):
                self._tbox = read_tbox(self.client, self.settings.tbox_rows, used)
        return self._tbox

    def _asked_restrictions(self) -> bool:
        """Whether an edge request reads restriction edges at each node: where the store has
        restrictions and their :class:`TBox` was not read (else they come from it)."""
        return bool(self.config.restrictions and self.schema.restrictions and self.tbox is None)

    def _entail(
        self, batch: Collection[str], found: dict[str, tuple[list[Edge], list[Edge]]]
    ) -> None:
        """Add to ``found`` (each node's out and in edges) what the :class:`TBox` derives at
        the nodes of ``batch``, as the local loader does."""
        tbox = self.tbox
        if tbox is None:
            return
        sch = self.schema
        extra: dict[str, tuple[list[Item], list[Item]]] = {}
        for n in batch:
            fw = list(tbox.out.get(n, ()))
            bw = list(tbox.inn.get(n, ()))
            for e in found.get(n, ([], []))[0]:
                if e.predicate == RDF_TYPE:  # an individual: what its classes entail
                    fw.extend((p, v, 0) for p, v in tbox.values.get(e.neighbor, ()))
            if fw or bw:
                extra[n] = (fw, bw)
        valued = [n for n in batch if n in tbox.below]
        if valued:
            bw_of = self._members(tbox, valued)
            for n, items in bw_of.items():
                extra.setdefault(n, ([], []))[1].extend(items)
        for n, (fw, bw) in extra.items():
            fw = [(p, x, k) for p, x, k in fw if is_fact(sch, p, x, k)]
            bw = [(x, p, k) for x, p, k in bw if is_fact(sch, p, n, k)]
            out, inn = found.get(n, ([], []))
            found[n] = (self._merged(n, out, fw, True), self._merged(n, inn, bw, False))

    def _members(self, tbox: TBox, valued: list[str]) -> dict[str, list[Item]]:
        """The individuals whose classes entail a value of ``valued``, as its in-edges (one
        request; a class with more than ``max_fanout`` individuals caps the value, as do rows
        reaching ``max_rows``)."""
        s = self.settings
        cap = s.max_fanout
        classes = sorted({c for v in valued for c in tbox.below[v]})
        rows = self.client.select(members_query(classes, cap + 1, s.max_rows, s.batch_size))
        if len(rows) >= s.max_rows:
            self.capped.update(dict.fromkeys(valued, cap))
        members: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            members[key(r["c"])].append(key(r["x"]))
        out: dict[str, list[Item]] = {}
        for v in valued:
            items = out[v] = []
            for c, props in tbox.below[v].items():
                xs = members.get(c, [])
                if len(xs) > cap:
                    self.capped[v] = cap
                items.extend((x, p, 0) for x in xs[:cap] for p in props)
        return out

    def _merged(self, node: str, edges: list[Edge], extra: list[Item], forward: bool) -> list[Edge]:
        """``edges`` with ``extra`` items, each (predicate, neighbour) once (an asserted edge
        over a derived one), sorted as :func:`~kgchat.graph.endpoint_rows.read_edges` sorts."""
        if not extra:
            return edges
        facts = self._facts
        items: list[Item] = []
        for e in edges:
            kind = facts.get(e.fact)[3]
            a, b = (e.predicate, e.neighbor) if forward else (e.neighbor, e.predicate)
            items.append((a, b, kind))
        return facts.edges(node, _first_kind(sorted(set(items + extra))), forward)
