"""Running the clauses of :mod:`kgchat.graph.cypher_syntax` on a graph held in memory, as
Neo4j runs them: each clause maps the statement's rows (variable bindings) to new rows;
``MATCH`` finds the nodes (and relationships) a pattern describes, ``CREATE`` makes them,
``MERGE`` finds a whole pattern or else creates it (``ON CREATE SET`` / ``ON MATCH SET``),
``SET`` / ``REMOVE`` change properties and labels, ``UNWIND`` makes a row of each item of a
list, ``WHERE`` keeps the rows its equalities hold in, ``WITH`` keeps some variables (and its
``LIMIT`` the first rows).

>>> from kgchat.graph.cypher_syntax import parse
>>> from kgchat.graph.cypher_tokens import statements
>>> g = Graph()
>>> for st in statements("UNWIND [{n: 'A'}, {n: 'B'}] AS row CREATE (x:T {name: row.n});"
...                      "MATCH (a:T {name: 'A'}), (b:T {name: 'B'}) MERGE (a)-[:R]->(b);"
...                      "MATCH (a:T {name: 'A'}), (b:T {name: 'B'}) MERGE (a)-[:R]->(b);"):
...     run(parse(st.tokens), g)
>>> [(n.labels, n.props) for n in g.nodes], [(r.start.props, r.type) for r in g.rels]
([(['T'], {'name': 'A'}), (['T'], {'name': 'B'})], [({'name': 'A'}, 'R')])
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kgchat.graph.cypher_syntax import Clause, Node, Rel
from kgchat.graph.cypher_tokens import Unreadable

__all__ = ["Graph", "GraphNode", "GraphRel", "run", "value"]

Row = dict[str, Any]
# functions of a literal a script may call: the temporal ones keep their text and their kind
_TEMPORAL = frozenset({"date", "datetime", "localdatetime", "time", "localtime", "duration"})
_CASTS = {"tointeger": int, "tofloat": float, "tostring": str, "toboolean": bool}


@dataclass(eq=False)
class GraphNode:
    labels: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False)
class GraphRel:
    start: GraphNode
    type: str
    end: GraphNode
    props: dict[str, Any] = field(default_factory=dict)


def _frozen(value: Any) -> Any:
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


class Graph:
    """Nodes and relationships in creation order, with the indexes ``MATCH`` looks in."""

    def __init__(self) -> None:
        self.nodes: list[GraphNode] = []
        self.rels: list[GraphRel] = []
        self._by_label: dict[str, dict[int, GraphNode]] = {}
        self._by_prop: dict[tuple[str, Any], dict[int, GraphNode]] = {}
        self._out: dict[int, list[GraphRel]] = {}

    def add_node(self, labels: list[str], props: dict[str, Any]) -> GraphNode:
        n = GraphNode()
        self.nodes.append(n)
        self.add_labels(n, labels)
        for k, v in props.items():
            self.set_prop(n, k, v)
        return n

    def add_rel(self, start: GraphNode, type_: str, end: GraphNode, props: dict) -> GraphRel:
        r = GraphRel(start, type_, end, {k: v for k, v in props.items() if v is not None})
        self.rels.append(r)
        self._out.setdefault(id(start), []).append(r)
        return r

    def add_labels(self, n: GraphNode, labels: list[str]) -> None:
        for label in labels:
            if label not in n.labels:
                n.labels.append(label)
                self._by_label.setdefault(label, {})[id(n)] = n

    def remove_labels(self, n: GraphNode, labels: list[str]) -> None:
        for label in labels:
            if label in n.labels:
                n.labels.remove(label)
                self._by_label[label].pop(id(n), None)

    def set_prop(self, target: GraphNode | GraphRel, key: str, value: Any) -> None:
        """Set (``None``: remove) a property, keeping a node's index current."""
        old = target.props.pop(key, None)
        if isinstance(target, GraphNode) and old is not None:
            self._by_prop.get((key, _frozen(old)), {}).pop(id(target), None)
        if value is None:
            return
        target.props[key] = value
        if isinstance(target, GraphNode):
            self._by_prop.setdefault((key, _frozen(value)), {})[id(target)] = target

    def candidates(self, labels: tuple[str, ...], props: dict[str, Any]) -> list[GraphNode]:
        """The nodes with all of ``labels`` and ``props``."""
        if props:
            k, v = next(iter(props.items()))
            pool = list(self._by_prop.get((k, _frozen(v)), {}).values())
        elif labels:
            pool = list(self._by_label.get(labels[0], {}).values())
        else:
            pool = list(self.nodes)
        return [n for n in pool if _fits(n, labels, props)]

    def out(self, n: GraphNode) -> list[GraphRel]:
        return self._out.get(id(n), [])


def _fits(n: GraphNode, labels: tuple[str, ...], props: dict[str, Any]) -> bool:
    return all(lab in n.labels for lab in labels) and all(
        _frozen(n.props.get(k)) == _frozen(v) for k, v in props.items()
    )


def value(expr: Any, row: Row) -> Any:
    """An expression's value in ``row``."""
    kind = expr[0]
    if kind == "lit":
        return expr[1]
    if kind == "list":
        return [value(e, row) for e in expr[1]]
    if kind == "map":
        return {k: value(e, row) for k, e in expr[1]}
    if kind == "var":
        if expr[1] not in row:
            raise Unreadable(f"an unbound variable {expr[1]!r}")
        return row[expr[1]]
    if kind == "prop":
        base = value(expr[1], row)
        if isinstance(base, (GraphNode, GraphRel)):
            return base.props.get(expr[2])
        return base.get(expr[2]) if isinstance(base, dict) else None
    if kind == "call":
        return _call(expr[1], [value(e, row) for e in expr[2]])
    if "$" + expr[1] in row:  # a parameter (``:param``), kept in every row
        return row["$" + expr[1]]
    raise Unreadable(f"a ${expr[1]} parameter no :param sets")


def _call(name: str, args: list[Any]) -> Any:
    if name in _TEMPORAL and len(args) == 1 and isinstance(args[0], str):
        return (name, args[0])
    if name in _CASTS and len(args) == 1 and args[0] is not None:
        try:
            return _CASTS[name](args[0])
        except (TypeError, ValueError):
            return None
    raise Unreadable(f"a call of {name}() with {len(args)} argument(s)")


def _props(expr: Any, row: Row) -> dict[str, Any]:
    if expr is None:
        return {}
    got = value(expr, row)
    if not isinstance(got, dict):
        raise Unreadable("properties that are no map")
    return got


def _match_path(g: Graph, path: list[Any], row: Row) -> Iterator[Row]:
    """The rows extending ``row`` in which ``path`` (node, rel, node, ...) is found."""

    def node_rows(pat: Node, r: Row, only: GraphNode | None) -> Iterator[tuple[Row, GraphNode]]:
        props = _props(pat.props, r)
        bound = r.get(pat.var) if pat.var else None
        pool = [bound] if isinstance(bound, GraphNode) else g.candidates(pat.labels, props)
        for n in pool:
            if (only is None or n is only) and _fits(n, pat.labels, props):
                yield ({**r, pat.var: n} if pat.var else r), n

    def walk(i: int, r: Row, at: GraphNode) -> Iterator[Row]:
        if i == len(path):
            yield r
            return
        rel: Rel = path[i]
        props = _props(rel.props, r)
        pairs = [(e, e.end) for e in g.out(at)] if rel.direction != "<" else []
        if rel.direction != ">":
            pairs += [(e, e.start) for e in g.rels if e.end is at]
        for e, nxt in pairs:
            if (not rel.types or e.type in rel.types) and all(
                _frozen(e.props.get(k)) == _frozen(v) for k, v in props.items()
            ):
                r2 = {**r, rel.var: e} if rel.var else r
                for r3, _ in node_rows(path[i + 1], r2, nxt):
                    yield from walk(i + 2, r3, nxt)

    for r, n in node_rows(path[0], row, None):
        yield from walk(1, r, n)


def _create_path(g: Graph, path: list[Any], row: Row) -> Row:
    row = dict(row)
    ends: list[GraphNode] = []
    for pat in path[0::2]:
        bound = row.get(pat.var) if pat.var else None
        if isinstance(bound, GraphNode):
            ends.append(bound)
            continue
        n = g.add_node(list(pat.labels), _props(pat.props, row))
        if pat.var:
            row[pat.var] = n
        ends.append(n)
    for i, rel in enumerate(path[1::2]):
        if len(rel.types) != 1:
            raise Unreadable("a relationship created without one type")
        a, b = ends[i], ends[i + 1]
        if rel.direction == "<":
            a, b = b, a
        r = g.add_rel(a, rel.types[0], b, _props(rel.props, row))
        if rel.var:
            row[rel.var] = r
    return row


def _set(g: Graph, items: list[Any], row: Row) -> None:
    for item in items:
        target = row.get(item[1])
        if not isinstance(target, (GraphNode, GraphRel)):
            raise Unreadable(f"SET of {item[1]!r}, no node or relationship")
        if item[0] == "labels":
            if isinstance(target, GraphNode):
                g.add_labels(target, item[2])
        elif item[0] == "prop":
            g.set_prop(target, item[2], value(item[3], row))
        else:
            new = _props(item[2], row)
            if item[0] == "replace":
                for k in list(target.props):
                    g.set_prop(target, k, None)
            for k, v in new.items():
                g.set_prop(target, k, v)


def _remove(g: Graph, items: list[Any], row: Row) -> None:
    for kind, var, what in items:
        target = row.get(var)
        if isinstance(target, GraphNode) and kind == "labels":
            g.remove_labels(target, what)
        elif isinstance(target, (GraphNode, GraphRel)) and kind == "prop":
            g.set_prop(target, what, None)


def _clause(g: Graph, c: Clause, rows: list[Row]) -> list[Row]:
    out: list[Row] = []
    if c.kind == "match":
        for row in rows:
            found = [row]
            for path in c.paths:
                found = [r2 for r in found for r2 in _match_path(g, path, r)]
            out += found
    elif c.kind == "create":
        for row in rows:
            for path in c.paths:
                row = _create_path(g, path, row)
            out.append(row)
    elif c.kind == "merge":
        for row in rows:
            found = list(_match_path(g, c.paths[0], row))
            if not found:
                found = [_create_path(g, c.paths[0], row)]
                _set(g, c.on_create, found[0])
            else:
                for r in found:
                    _set(g, c.on_match, r)
            out += found
    elif c.kind in ("set", "remove"):
        for row in rows:
            (_set if c.kind == "set" else _remove)(g, c.items, row)
        out = rows
    elif c.kind == "unwind":
        for row in rows:
            items = value(c.expr, row)
            for item in items if isinstance(items, list) else [] if items is None else [items]:
                out.append({**row, c.var: item})  # type: ignore[dict-item]
    elif c.kind == "where":
        out = [row for row in rows if all(_holds(cond, row) for cond in c.items)]
    else:  # with, return
        for row in rows:
            new: Row = {k: v for k, v in row.items() if k.startswith("$")}
            for expr, alias in c.items:
                if alias is None and expr[0] != "var":
                    raise Unreadable(f"{c.kind.upper()} of an expression without AS")
                new[alias or expr[1]] = value(expr, row)
            out.append(new if c.items else row)
        out = out[: c.limit] if c.limit is not None else out
    return out


def _holds(cond: tuple[Any, str, Any], row: Row) -> bool:
    """A ``WHERE`` condition in ``row``: ``=`` of two values (``null`` equals nothing but, with
    ``IS NULL``, null), ``<>`` its negation."""
    left, op, right = value(cond[0], row), cond[1], value(cond[2], row)
    same = _frozen(left) == _frozen(right) if right is not None else left is None
    if right is not None and left is None:
        return False
    return same if op == "=" else not same


def run(clauses: list[Clause], g: Graph, params: dict[str, Any] | None = None) -> None:
    """Run one statement's clauses on ``g``, with the parameters set so far (``$name``)."""
    rows: list[Row] = [{"$" + k: v for k, v in (params or {}).items()}]
    for c in clauses:
        rows = _clause(g, c, rows)
