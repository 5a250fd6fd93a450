"""The clauses of Cypher that graph exports create data with, read from a statement's
tokens (:mod:`kgchat.graph.cypher_tokens`; :mod:`kgchat.graph.read_cypher` runs them).

A statement is read into clauses: ``MATCH`` and ``CREATE`` of patterns (``(a:Team:Org {name:
'X'})-[:OWNS {since: 2020}]->(b)``), ``MERGE`` with ``ON CREATE SET`` / ``ON MATCH SET``,
``SET`` (``n.p = v``, ``n += map``, ``n = map``, ``n:Label``), ``REMOVE``, ``UNWIND list AS
row``, ``WITH`` of variables with a ``LIMIT``, ``WHERE`` of equalities joined by ``AND``, and
``RETURN``; values are literals (strings in either quote with escapes, numbers, booleans,
``null``), lists, maps, variables with property access (``row.start._id``) and function calls
(``date('2021-01-04')``). Anything else (another test in ``WHERE``, ``DELETE``, ``FOREACH``, a
subquery) raises :class:`~kgchat.graph.cypher_tokens.Unreadable` with what it met, so that the
reader can name the statement it skips.

>>> from kgchat.graph.cypher_tokens import statements
>>> parse(statements("CREATE (a:Team {name: 'O\\\\'Neil', n: [1, 2.5]})-[:IN]->(b)")[0].tokens)[0]
... # doctest: +NORMALIZE_WHITESPACE
Clause(kind='create', paths=[[Node(var='a', labels=('Team',),
    props=('map', [('name', ('lit', "O'Neil")), ('n', ('list', [('lit', 1), ('lit', 2.5)]))])),
    Rel(var=None, types=('IN',), props=None, direction='>'),
    Node(var='b', labels=(), props=None)]], ...)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kgchat.graph.cypher_tokens import Token, Unreadable, unescape

__all__ = ["Clause", "Node", "Rel", "parse", "parse_value"]


@dataclass(frozen=True)
class Node:
    var: str | None
    labels: tuple[str, ...]
    props: Any  # a ("map", ...) expression, a variable's expression, or None


@dataclass(frozen=True)
class Rel:
    var: str | None
    types: tuple[str, ...]
    props: Any
    direction: str  # ">" (left to right), "<", or "-" (as written)


@dataclass(frozen=True)
class Clause:
    """``kind``: match, create, merge, set, remove, unwind, with, return, where."""

    kind: str
    paths: list[list[Any]] = field(default_factory=list)  # patterns: Node, Rel, Node, ...
    items: list[Any] = field(default_factory=list)  # SET / REMOVE items, WITH projections
    on_create: list[Any] = field(default_factory=list)
    on_match: list[Any] = field(default_factory=list)
    expr: Any = None  # UNWIND's list
    var: str | None = None  # UNWIND's variable
    limit: int | None = None


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.toks = tokens
        self.i = 0

    def peek(self, ahead: int = 0) -> Token | None:
        j = self.i + ahead
        return self.toks[j] if j < len(self.toks) else None

    def take(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise Unreadable("the statement ends too early")
        self.i += 1
        return tok

    def kind_at(self, ahead: int = 0) -> str:
        """The kind of the token ``ahead`` of the next ("" past the end)."""
        tok = self.peek(ahead)
        return tok.kind if tok is not None else ""

    def at(self, *texts: str) -> bool:
        tok = self.peek()
        return tok is not None and (tok.word() in texts or tok.text in texts)

    def expect(self, text: str) -> Token:
        tok = self.take()
        if tok.word() != text and tok.text != text:
            raise Unreadable(f"expected {text!r}, found {tok.text!r} (line {tok.line})")
        return tok

    def ident(self) -> str:
        tok = self.take()
        if tok.kind == "quoted":
            return tok.text[1:-1].replace("``", "`")
        if tok.kind == "name":
            return tok.text
        raise Unreadable(f"expected a name, found {tok.text!r} (line {tok.line})")

    # ---- values
    def expr(self) -> Any:
        """A value, no operator after it."""
        value = self.term()
        if self.at("+", "-", "*", "/", "=", "<", ">") and not self.at("->", "<-"):
            tok = self.take()
            raise Unreadable(f"an operator {tok.text!r} in a value (line {tok.line})")
        return value

    def term(self) -> Any:
        tok = self.take()
        if tok.kind == "string":
            value: Any = ("lit", unescape(tok.text[1:-1]))
        elif tok.kind == "number" or (tok.text == "-" and self.kind_at() == "number"):
            sign = -1 if tok.text == "-" else 1
            num = tok.text if tok.kind == "number" else self.take().text
            n = float(num) if re.search(r"[.eE]", num) else int(num)
            value = ("lit", sign * n)
        elif tok.text == "[":
            items = self.seq("]", self.expr)
            value = ("list", items)
        elif tok.text == "{":
            value = self.map_rest()
        elif tok.kind == "param":
            value = ("param", tok.text[1:])
        elif tok.word() in ("TRUE", "FALSE"):
            value = ("lit", tok.word() == "TRUE")
        elif tok.word() == "NULL":
            value = ("lit", None)
        elif tok.kind in ("name", "quoted"):
            self.i -= 1
            name = self.ident()
            while self.at(".") and self.kind_at(1) in ("name", "quoted"):
                self.take()
                name += "." + self.ident()
            if self.at("("):
                self.take()
                value = ("call", name.lower(), self.seq(")", self.expr))
            else:
                head, *keys = name.split(".")
                value = ("var", head)
                for key in keys:
                    value = ("prop", value, key)
        else:
            raise Unreadable(f"a value cannot start with {tok.text!r} (line {tok.line})")
        return value

    def condition(self) -> tuple[Any, str, Any]:
        """``a.p = v``, ``a.p <> v``, ``a.p IS [NOT] NULL``: what a tutorial's ``WHERE``
        picks its nodes by."""
        left = self.term()
        if self.at("IS"):
            self.take()
            op = "<>" if self.at("NOT") and self.take() else "="
            self.expect("NULL")
            return left, op, ("lit", None)
        nxt = self.peek(1)
        if self.at("=") or (self.at("<") and nxt is not None and nxt.text == ">"):
            op = "=" if self.take().text == "=" else "<>"
            if op == "<>":
                self.take()
            return left, op, self.expr()
        tok = self.peek()
        raise Unreadable(f"a condition with {tok.text if tok else 'nothing'!r} in WHERE")

    def seq(self, close: str, item: Any) -> list[Any]:
        out: list[Any] = []
        while not self.at(close):
            out.append(item())
            if not self.at(close):
                self.expect(",")
        self.take()
        return out

    def map_rest(self) -> Any:
        def pair() -> tuple[str, Any]:
            key = self.ident()
            self.expect(":")
            return key, self.expr()

        return ("map", self.seq("}", pair))

    # ---- patterns
    def node(self) -> Node:
        self.expect("(")
        var = None
        if self.kind_at() in ("name", "quoted"):
            var = self.ident()
        labels: list[str] = []
        while self.at(":"):
            self.take()
            labels.append(self.ident())
        props = self.expr() if self.at("{", "$") else None
        self.expect(")")
        return Node(var, tuple(labels), props)

    def rel(self) -> Rel:
        left = self.take().text  # "-" or "<-"
        var, types, props = None, [], None
        if self.at("["):
            self.take()
            if self.kind_at() in ("name", "quoted"):
                var = self.ident()
            while self.at(":", "|"):
                self.take()
                types.append(self.ident())
            if self.at("*"):
                raise Unreadable("a variable-length relationship")
            props = self.expr() if self.at("{", "$") else None
            self.expect("]")
        right = self.take().text  # "-" or "->"
        if left not in ("-", "<-") or right not in ("-", "->"):
            raise Unreadable(f"a relationship written {left}...{right}")
        direction = ">" if right == "->" else "<" if left == "<-" else "-"
        return Rel(var, tuple(types), props, direction)

    def path(self) -> list[Any]:
        nxt = self.peek(1)
        if nxt is not None and nxt.text == "=":
            raise Unreadable("a named path")
        out: list[Any] = [self.node()]
        while self.at("-", "<-"):
            out += [self.rel(), self.node()]
        return out

    def paths(self) -> list[list[Any]]:
        out = [self.path()]
        while self.at(","):
            self.take()
            out.append(self.path())
        return out

    # ---- SET / REMOVE items
    def set_item(self) -> Any:
        var = self.ident()
        if self.at(":"):
            return ("labels", var, self.labels())
        if self.at("+="):
            self.take()
            return ("merge", var, self.expr())
        if self.at("="):
            self.take()
            return ("replace", var, self.expr())
        self.expect(".")
        key = self.ident()
        self.expect("=")
        return ("prop", var, key, self.expr())

    def remove_item(self) -> Any:
        var = self.ident()
        if self.at(":"):
            return ("labels", var, self.labels())
        self.expect(".")
        return ("prop", var, self.ident())

    def labels(self) -> list[str]:
        """The labels of a SET / REMOVE item, ``n:Team:Org``: each after its colon."""
        out = []
        while self.at(":"):
            self.take()
            out.append(self.ident())
        return out

    def items(self, item: Any) -> list[Any]:
        out = [item()]
        while self.at(","):
            self.take()
            out.append(item())
        return out

    # ---- clauses
    def clause(self) -> Clause:
        tok = self.take()
        word = tok.word()
        if word == "OPTIONAL":
            self.expect("MATCH")
            return Clause("match", self.paths())
        if word in ("MATCH", "CREATE"):
            return Clause(word.lower(), self.paths())
        if word == "MERGE":
            path = self.path()
            on_create: list[Any] = []
            on_match: list[Any] = []
            while self.at("ON"):
                self.take()
                which = self.take().word()
                self.expect("SET")
                (on_create if which == "CREATE" else on_match).extend(self.items(self.set_item))
            return Clause("merge", [path], on_create=on_create, on_match=on_match)
        if word == "SET":
            return Clause("set", items=self.items(self.set_item))
        if word == "REMOVE":
            return Clause("remove", items=self.items(self.remove_item))
        if word == "UNWIND":
            value = self.expr()
            self.expect("AS")
            return Clause("unwind", expr=value, var=self.ident())
        if word in ("WITH", "RETURN"):
            return self.projection(word.lower())
        if word == "WHERE":
            conditions = [self.condition()]
            while self.at("AND"):
                self.take()
                conditions.append(self.condition())
            return Clause("where", items=conditions)
        raise Unreadable(f"{tok.text.upper()} is not read")

    def projection(self, kind: str) -> Clause:
        if self.at("DISTINCT"):
            self.take()

        def item() -> tuple[Any, str | None]:
            value = self.expr()
            alias = None
            if self.at("AS"):
                self.take()
                alias = self.ident()
            return value, alias

        items = [] if self.at("*") and self.take() else self.items(item)
        limit = None
        if self.at("LIMIT"):
            self.take()
            limit = int(self.take().text)
        return Clause(kind, items=items, limit=limit)


def parse_value(tokens: list[Token]) -> Any:
    """The one value of ``tokens`` (a ``:param`` command's)."""
    p = _Parser(tokens)
    value = p.expr()
    rest = p.peek()
    if rest is not None:
        raise Unreadable(f"more than a value: {rest.text!r}")
    return value


def parse(tokens: list[Token]) -> list[Clause]:
    """A statement's clauses.

    Raises
    ------
    Unreadable
        What the statement has that is not read (a clause, an operator, a token out of place).
    """
    p = _Parser(tokens)
    out = []
    while p.peek() is not None:
        out.append(p.clause())
    return out
