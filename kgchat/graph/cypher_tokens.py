"""The tokens and statements of a Cypher script (:mod:`kgchat.graph.cypher_syntax` reads
each statement's clauses).

A ``.cypher`` file is a script: statements ended by ``;``, ``//`` and ``/* */`` comments, and
the client commands of cypher-shell and Neo4j Browser on lines of their own (``:begin``,
``:commit``, ``:param``; the old neo4j-shell's ``begin``, ``commit``), which state no data.

>>> script = "// a comment\\n:begin\\nCREATE (:A);\\n:commit\\nMATCH (n)\\nRETURN n;"
>>> [s.line for s in statements(script)]
[3, 5]
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
    """One statement: its tokens (without the ``;``) and the line it starts on."""

    tokens: list[Token]
    line: int


def unescape(body: str) -> str:
    def one(m: re.Match[str]) -> str:
        c = m[1]
        if c[0] == "u":
            return chr(int(c[1:], 16))
        return _ESCAPES.get(c, c)

    return re.sub(r"\\(u[0-9A-Fa-f]{4}|.)", one, body, flags=re.DOTALL)


def statements(text: str) -> list[Statement]:
    """The statements of a script, commands and comments left out.

    Raises
    ------
    Unreadable
        A character no Cypher token starts with, or a string left open (its line in the
        message).
    """
    text = _COMMAND.sub("", text)
    out: list[Statement] = []
    cur: list[Token] = []
    line, pos = 1, 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            what = text[pos : pos + 20].split("\n")[0]
            raise Unreadable(f"line {line}: no Cypher token starts at {what!r}")
        kind, chunk = m.lastgroup or "", m[0]
        if kind not in ("space", "comment"):
            if kind == "punct" and chunk == ";":
                if cur:
                    out.append(Statement(cur, cur[0].line))
                cur = []
            else:
                cur.append(Token(kind, chunk, line))
        line += chunk.count("\n")
        pos = m.end()
    if cur:
        out.append(Statement(cur, cur[0].line))
    return out
