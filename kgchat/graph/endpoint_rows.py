"""Result rows of :class:`kgchat.graph.endpoint.SparqlGraph`'s queries into what the retriever
sees: edges with fact handles (:class:`FactTable`), and names chosen by the local loader's
own code (:func:`kgchat.graph.labels.choose_names`), so that labels, aliases and descriptions
are those a :class:`~kgchat.graph.KnowledgeGraph` of the same triples gives.

Examples
--------
>>> table = FactTable()
>>> h = table.handle("A", "r", "B", 0)
>>> table.get(h), table.handle("A", "r", "B", 0) == h
(('A', 'r', 'B', 0), True)
>>> small = FactTable(size=1); old = small.handle("A", "r", "B", 0)
>>> small.renew(), small.get(old)  # a renewed table's last handles still resolve
(True, ('A', 'r', 'B', 0))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.errors import KGChatError
from kgchat.graph.endpoint_queries import FILLER_KIND, key
from kgchat.graph.labels import choose_names, read_labels
from kgchat.graph.language_names import language_names
from kgchat.graph.predicate_roles import fixed_role, is_vocabulary
from kgchat.graph.sparql import URN
from kgchat.graph.term_ids import Interner
from kgchat.graph.view import Edge
from kgchat.graph.vocab import Role

if TYPE_CHECKING:
    from kgchat.graph.endpoint_schema import Schema

__all__ = [
    "FactTable",
    "Names",
    "PackError",
    "edges_of",
    "open_row_count",
    "read_edges",
    "read_names",
    "stray_rows",
]

Fact4 = tuple[str, str, str, int]  # subject, predicate, object, edge kind


class FactTable:
    """Integer handles for the facts seen, as :class:`~kgchat.graph.view.Edge` carries them.

    Handles are never reused. :meth:`renew` starts a fresh table once ``size`` facts are held
    (``generation`` goes up); the previous one still resolves. It is called only between
    retrievals (when the retriever reads the graph's ``version``), never while one holds
    handles: renewing mid-retrieval twice left a 10M-triple benchmark with stale handles.
    """

    def __init__(self, size: int = 1_000_000) -> None:
        self.size = size
        self.generation = 1
        self._facts: list[Fact4] = []
        self._old: list[Fact4] = []
        self._base = self._old_base = 0
        self._index: dict[tuple[str, str, str], int] = {}
        #: predicates read as others (``wdt:P31`` as ``rdf:type``: vocab.CLASS_PREDICATES), set
        #: by the graph from its schema; empty for most stores
        self.rename: dict[str, str] = {}

    def handle(self, s: str, p: str, o: str, kind: int) -> int:
        """The handle of a fact, made on first sight."""
        h = self._index.get((s, p, o))
        if h is None:
            h = self._index[(s, p, o)] = self._base + len(self._facts)
            self._facts.append((s, p, o, kind))
        return h

    def edges(self, node: str, items: list[tuple[str, str, int]], forward: bool) -> list[Edge]:
        """The edges of ``node`` for ``(predicate, neighbour, kind)`` items out (``forward``),
        ``(neighbour, predicate, kind)`` in, with their handles (:meth:`handle`'s, made in one
        loop: a 10M-triple question makes 300,000)."""
        index, table, base = self._index, self._facts, self._base
        if self.rename:
            r = self.rename
            if forward:
                items = [(r.get(p, p), x, k) for p, x, k in items]
            else:
                items = [(x, r.get(p, p), k) for x, p, k in items]
        make = tuple.__new__
        out: list[Edge] = []
        append = out.append
        if forward:
            for p, x, k in items:
                t = (node, p, x)
                h = index.get(t)
                if h is None:
                    h = index[t] = base + len(table)
                    table.append((node, p, x, k))
                append(make(Edge, (h, x, p, True)))
        else:
            for x, p, k in items:
                t = (x, p, node)
                h = index.get(t)
                if h is None:
                    h = index[t] = base + len(table)
                    table.append((x, p, node, k))
                append(make(Edge, (h, x, p, False)))
        return out

    def renew(self, *, force: bool = False) -> bool:
        """Start a fresh table when this one holds ``size`` facts (or ``force``); True when it
        did."""
        if len(self._facts) < self.size and not force:
            return False
        self._old, self._old_base = self._facts, self._base
        self._base += len(self._facts)
        self._facts, self._index = [], {}
        self.generation += 1
        return True

    def get(self, handle: int) -> Fact4:
        """The fact of a handle: ``(subject, predicate, object, kind)``."""
        if handle >= self._base:
            table, i = self._facts, handle - self._base
        else:
            table, i = self._old, handle - self._old_base
        if not 0 <= i < len(table):
            raise KGChatError(f"fact handle {handle} is unknown or stale (ask for the edges again)")
        return table[i]


class PackError(KGChatError):
    """Packed in-edges (:func:`~kgchat.graph.endpoint_open.packed_part`) that do not read back
    as their count says (a store that cuts long strings, or an IRI with a space): the batch is
    asked again a row an edge."""


def is_fact(schema: Schema, p: str, obj: str, kind: int) -> bool:
    """Whether a triple (or a restriction's edge, ``kind`` > 0) is a fact, as the local
    compiler decides: facts, ``rdf:type`` to a domain class, subclass and member edges."""
    if kind:
        return True
    role = _role(schema, p)
    if role == Role.TYPE:
        return not (is_vocabulary(obj) or obj.startswith("_:"))
    return role in (Role.FACT, Role.SUBCLASS, Role.MEMBER)


def _role(schema: Schema, p: str) -> Role:
    role = schema.roles.get(p)
    return role if role is not None else fixed_role(p) or Role.FACT


def edges_of(
    rows: list[dict[str, Any]], schema: Schema, facts: FactTable
) -> dict[str, tuple[list[Edge], list[Edge]]]:
    """Rows of an edges query as each node's (out, in) edges: facts only, each once (an
    asserted edge over a derived one), sorted by (predicate, neighbour) out and (neighbour,
    predicate) in, so the order is the same whatever order the store answers in."""
    return read_edges(rows, schema, facts, None)[0]


def read_edges(
    rows: list[dict[str, Any]],
    schema: Schema,
    facts: FactTable,
    cap: int | None,
    nodes: list[str] | None = None,
) -> tuple[dict[str, tuple[list[Edge], list[Edge]]], set[str]]:
    """:func:`edges_of`, and the nodes with more than ``cap`` rows in one direction (restriction
    edges aside): those the fan-out cap cut. Each term is read once per call (a 10M-triple
    walk reads 100,000 rows a question, a few hundred distinct predicates and nodes). Rows of
    :func:`~kgchat.graph.endpoint_queries.batch_query` (``?n ?p ?o`` out, ``?p ?s<i>`` into
    ``nodes[i]``), of :func:`~kgchat.graph.endpoint_open.open_batch_query` (also ``?m ?p ?s``
    into ``?m``, or a sketch's ``?m ?p ?first ?many``: ``?many`` in-edges counted, the
    first kept) and of :func:`~kgchat.graph.endpoint_queries.edges_query` (``?n ?p ?x ?d
    ?k``) alike."""
    # out-edges as (predicate, neighbour, kind), in-edges as (neighbour, predicate, kind): each
    # sorts as it should by itself (no key function: in-edges are most of the rows)
    raw: dict[str, tuple[list[tuple[str, str, int]], list[tuple[str, str, int]]]] = {}
    counts: tuple[dict[str, int], dict[str, int]] = ({}, {})  # rows a node, (in, out)
    keys: dict[tuple[str, ...], str] = {}
    fact_pred: dict[str, bool] = {}  # predicates whose every edge is a fact (or none is)
    into = {f"s{i}": n for i, n in enumerate(nodes or ())}
    derived = False  # any restriction edge (else every edge is asserted: no kind to choose)

    def read(b: dict[str, str]) -> str:
        if b["type"] == "uri":
            value = b["value"]
            return value if not value.startswith(URN) else key(b)
        t = (b["type"], b["value"], b.get("datatype", ""), b.get("xml:lang", ""))
        found = keys.get(t)
        if found is None:
            found = keys[t] = key(b)
        return found

    def packed(n: str, text: str, many: int) -> None:
        """The in-edges of ``n`` packed in ``text`` (lines ``"<p> <s>"``: packed_part)."""
        if many and (text.count("\n") != many - 1 or text.count(" ") != many):
            raise PackError(f"{many} in-edges of {n} packed in an unreadable string")
        c = counts[False]
        c[n] = c.get(n, 0) + many
        bw = None
        for line in text.split("\n") if many else ():
            p, _, x = line.partition(" ")
            if x.startswith(URN):
                x = key({"type": "uri", "value": x})
            if p.startswith(URN):
                p = key({"type": "uri", "value": p})
            ok = fact_pred.get(p)
            if ok is None:
                ok = is_fact(schema, p, n, 0)
                if _role(schema, p) != Role.TYPE:
                    fact_pred[p] = ok
            if ok:
                if bw is None:
                    lists = raw.get(n)
                    if lists is None:
                        lists = raw[n] = ([], [])
                    bw = lists[1]
                bw.append((x, p, 0))

    for r in rows:
        kind = 0
        if "all" in r:  # an open part's in-edges packed, a row a node
            packed(read(r["m"]), r["all"]["value"], int(r["many"]["value"]))
            continue
        o = r.get("o")
        if o is not None:  # an out-edge of batch_query
            n, x, forward = read(r["n"]), read(o), True
        elif "d" in r:  # edges_query's form (and restriction edges)
            n, x = read(r["n"]), read(r["x"])
            forward = r["d"]["value"] == "1"
            kbind = r["k"]
            kind = FILLER_KIND.get(kbind["value"], 0) if kbind["type"] == "uri" else 0
        elif "first" in r:  # a sketch's row: ?many in-edges of ?p into ?m, the first from ?first
            n, x, forward = read(r["m"]), read(r["first"]), False
            c = counts[False]
            c[n] = c.get(n, 0) + int(r["many"]["value"]) - 1  # (one more below)
        elif "m" in r:  # an in-edge of open_batch_query: ?s ?p ?m
            n, x, forward = read(r["m"]), read(r["s"]), False
        else:  # an in-edge of batch_query: ?s<i> into nodes[i]
            for var in r:
                if var != "p":
                    break
            if var[0] in "ac":  # a capped node's in-edges packed: ?a<i> ?c<i>
                i = var[1:]
                text = r.get(f"a{i}")
                packed(into[f"s{i}"], text["value"] if text else "", int(r[f"c{i}"]["value"]))
                continue
            n, x, forward = into[var], read(r[var]), False
        p = read(r["p"])
        if not kind:
            c = counts[forward]
            c[n] = c.get(n, 0) + 1
        else:
            derived = True
        ok = fact_pred.get(p) if not kind else None
        if ok is None:
            ok = is_fact(schema, p, x if forward else n, kind)
            if not kind and _role(schema, p) != Role.TYPE:
                fact_pred[p] = ok
        if ok:
            lists = raw.get(n)
            if lists is None:
                lists = raw[n] = ([], [])
            if forward:
                lists[0].append((p, x, kind))
            else:
                lists[1].append((x, p, kind))
    out: dict[str, tuple[list[Edge], list[Edge]]] = {}
    for n, (fw, bw) in raw.items():
        fw = sorted(set(fw))
        bw = sorted(set(bw))
        if derived:
            fw, bw = _first_kind(fw), _first_kind(bw)
        out[n] = (facts.edges(n, fw, True), facts.edges(n, bw, False))
    over: set[str] = set()
    if cap is not None:
        over = {n for c in counts for n, k in c.items() if k > cap}
    return out, over


def _first_kind(items: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """One edge per (predicate, neighbour) (in either order): an asserted one over a derived
    one."""
    best: dict[tuple[str, str], int] = {}
    for a, b, k in items:
        if (a, b) not in best or k < best[(a, b)]:
            best[(a, b)] = k
    return [(a, b, k) for a, b, k in items if best[(a, b)] == k]


@dataclass(frozen=True, slots=True)
class Names:
    """A node's chosen label (None: none), aliases and description, and its names by
    language (:mod:`kgchat.graph.language_names`)."""

    label: str | None
    aliases: tuple[str, ...]
    description: str | None
    by_language: dict[str, tuple[str, ...]] = field(default_factory=dict)


def read_names(
    nodes: list[str], rows: list[dict[str, Any]], schema: Schema, language: str
) -> dict[str, Names]:
    """The names of ``nodes`` from the rows of a names query (``?n ?p ?l``), chosen by
    :func:`kgchat.graph.labels.choose_names` as for a local graph."""
    ident = Interner(nodes)
    keys, index = ident.keys, ident.index
    trip = [(ident(key(r["n"])), ident(key(r["p"])), ident(key(r["l"]))) for r in rows]
    arr = np.asarray(trip, np.int64).reshape(-1, 3)
    s, p, o = arr[:, 0], arr[:, 1], arr[:, 2]
    is_lit = np.fromiter((k.startswith('"') for k in keys), bool, len(keys))
    role = np.zeros(len(keys), np.int8)
    for pred, r in schema.name_roles.items():
        if pred in index:
            role[index[pred]] = r
    name_like = [index[q] for q in schema.name_like if q in index]
    labels, aliases, descriptions = choose_names(
        keys, s, p, o, role[p], is_lit, language.lower(), name_like
    )
    by_language = language_names(keys, s, p, o, role[p], is_lit, name_like)
    is_prop = np.fromiter((k in schema.properties for k in keys), bool, len(keys))
    read_labels(labels, aliases, is_prop)
    return {
        n: Names(labels.get(i), tuple(aliases.get(i, ())), descriptions.get(i), by_language.of(i))
        for i, n in enumerate(nodes)
    }


def open_row_count(rows: list[dict[str, Any]]) -> int:
    """The rows of an open part (``?m ?p ?s``, or packed a node a row: ``?many`` of them)."""
    return sum(int(r["many"]["value"]) if "all" in r else 1 for r in rows if "m" in r)


def stray_rows(rows: list[dict[str, Any]], batch: list[str], opened: list[str]) -> bool:
    """Whether a batch with literals asked open has an open row of a node not in it (a store
    that writes a literal back in another form than it was asked in)."""
    if not any(n.startswith('"') for n in opened):
        return False
    asked = set(batch)
    return any(key(r["m"]) not in asked for r in rows if "m" in r)
