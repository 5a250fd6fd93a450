"""The tokens and statements of a Cypher script (:mod:`kgchat.graph.cypher_syntax` reads
each statement's clauses).

A ``.cypher`` file is a script: statements ended by ``;``, ``//`` and ``/* */`` comments, and
the client commands of cypher-shell and Neo4j Browser on lines of their own (``:begin``,
``:commit``; the old neo4j-shell's ``begin``, ``commit``), which state no data, but for
``:param`` (a parameter's value, kept in order with the statements).

>>> script = "// a comment\\n:begin\\nCREATE (:A);\\n:commit\\nMATCH (n)\\nRETURN n;"
>>> [s.line for s in statements(script)]
[3, 5]
>>> [(s.param, s.tokens[0].text) for s in statements(":param rows => [1, 2]\\nUNWIND $rows AS r")]
[('rows', '['), (None, 'UNWIND')]
>>> unescape("O\\\\'Neil")
"O'Neil"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Statement", "Token", "Unreadable", "statements", "unescape"]

_TOKEN = re.compile(
    r"""(?P<space>\s+)
    |(?P<comment>//[^\n]*|/\*.*?\*/)
    |(?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
    |(?P<quoted>`(?:[^`]|``)*`)
    |(?P<number>\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+(?:[eE][+-]?\d+)?)
    |(?P<name>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<param>\$[A-Za-z_][A-Za-z0-9_]*)
    |(?P<punct>\+=|->|<-|\.\.|[()\[\]{}:,.=+\-<>;*|])""",
    re.VERBOSE | re.DOTALL,
)
# cypher-shell's and Neo4j Browser's commands (``:begin``), and the old neo4j-shell's that
# APOC's ``format: 'neo4j-shell'`` writes (``begin``, ``commit``, ``schema await``): a line of
# its own, no data
_COMMAND = re.compile(
    r"^[ \t]*(?::[A-Za-z][^\n]*|(?i:begin|commit|rollback|schema await)[ \t]*;?[ \t]*)$",
    re.MULTILINE,
)
# a parameter set by a client command (APOC's ``UNWIND_BATCH_PARAMS`` export writes ``:param
# rows => [{_id: 0, properties: {...}}]`` before each ``UNWIND $rows AS row``): one by name,
# or a map of several (``:params {a: 1}``, cypher-shell 5's ``:param {a: 1}``)
_PARAM = re.compile(
    r"^[ \t]*:params?[ \t]+(?:(?P<name>[A-Za-z_]\w*)[ \t]*=>[ \t]*(?P<value>.*?)|(?P<map>\{.*\}))"
    r"[ \t]*;?[ \t]*$"
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "\\": "\\", "'": "'", '"': '"'}


class Unreadable(Exception):
    """A statement (or a token) the reader cannot read; the message says what it met."""


@dataclass(frozen=True)
class Token:
    kind: str  # string, quoted (a `name`), number, name, param, punct
    text: str
    line: int

    def word(self) -> str:
        """The token as a keyword would match it (upper case), or "" when it is none."""
        return self.text.upper() if self.kind == "name" else ""


@dataclass(frozen=True)
class Statement:
    """One statement: its tokens (without the ``;``) and the line it starts on; for a
    ``:param`` command, the tokens of its value and the parameter's name (``""``: a map of
    several)."""

    tokens: list[Token]
    line: int
    param: str | None = None


def unescape(body: str) -> str:
    def one(m: re.Match[str]) -> str:
        c = m[1]
        if c[0] == "u":
            return chr(int(c[1:], 16))
        return _ESCAPES.get(c, c)

    return re.sub(r"\\(u[0-9A-Fa-f]{4}|.)", one, body, flags=re.DOTALL)


def statements(text: str) -> list[Statement]:
    """The statements of a script, in order, with its ``:param`` commands; other commands and
    comments left out.

    Raises
    ------
    Unreadable
        A character no Cypher token starts with, or a string left open (its line in the
        message).
    """
    out: list[Statement] = []
    cur: list[Token] = []
    line, pos = 1, 0
    for m in _COMMAND.finditer(text):
        line = _scan(text[pos : m.start()], line, cur, out)
        param = _PARAM.match(m[0])
        if param is not None:
            value = param["value"] if param["name"] else param["map"]
            tokens: list[Token] = []
            _scan(value, line, tokens, [])
            out.append(Statement(tokens, line, param["name"] or ""))
        pos = m.end()
    _scan(text[pos:], line, cur, out)
    if cur:
        out.append(Statement(list(cur), cur[0].line))
    return out


def _scan(text: str, line: int, cur: list[Token], out: list[Statement]) -> int:
    """Tokens of ``text`` (starting on ``line``) onto the statement ``cur``, each one a ``;``
    ends moved to ``out``; the line ``text`` ends on."""
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            what = text[pos : pos + 20].split("\n")[0]
            raise Unreadable(f"line {line}: no Cypher token starts at {what!r}")
        kind, chunk = m.lastgroup or "", m[0]
        if kind == "punct" and chunk == ";":
            if cur:
                out.append(Statement(list(cur), cur[0].line))
            cur.clear()
        elif kind not in ("space", "comment"):
            cur.append(Token(kind, chunk, line))
        line += chunk.count("\n")
        pos = m.end()
    return line
