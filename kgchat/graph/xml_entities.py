"""Entity declarations in XML sources, measured before any XML parser sees the file.

An XML file may declare entities in its DTD and use them in the document. Nested declarations
expand exponentially ("billion laughs": 877 bytes that become gigabytes), and one large entity
used many times expands quadratically; both parsers kgchat hands XML to (pyoxigraph's RDF/XML,
expat under rdflib's TriX) build the expansion in memory. ``defusedxml`` refuses every entity
declaration and guards only the standard library's parsers, so it fits neither: OWL files from
Protégé declare short namespace entities (``<!ENTITY owl "http://...#">``) and keep loading.
This module measures what the entities would expand to and refuses, naming file and line:

- a parameter entity (``<!ENTITY % ...>``, ``%name;``) or an external one (``SYSTEM`` or
  ``PUBLIC``): kgchat never reads a file or URL that an XML source points to;
- an entity whose replacement text, fully expanded, is longer than :data:`MAX_ENTITY_CHARS`,
  nests deeper than :data:`MAX_DEPTH`, or refers to itself;
- a document whose entity references together add more than :data:`MAX_EXPANSION_RATIO`
  characters per byte of the document, once they add more than :data:`EXPANSION_FLOOR` (expat's
  own guard works the same way, with an activation threshold);
- an entity reference in an attribute default (``<!ATTLIST>``), expanded once per element.

Every ``<!DOCTYPE`` (any case, outside comments and CDATA) is read wherever it stands:
pyoxigraph takes one inside the document, or a second one, as well as one in the prolog. So
the file is read once through, looking for ``<!`` (0.14 s for 51 MB of RDF/XML, whose parse
takes 0.87 s), and once more when it declares entities, to count their uses.

Examples
--------
>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "lol.rdf"
>>> decls = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">\\n' for i in range(1, 9))
>>> _ = p.write_text(f'<?xml version="1.0"?>\\n<!DOCTYPE r [\\n<!ENTITY l0 "lol">\\n{decls}]>'
...                  '<r>&l8;</r>')
>>> check_entities(p, lambda: open(p, "rb"))
Traceback (most recent call last):
...
kgchat.errors.ParseError: ...lol.rdf:9: entity &l6; expands to 3,000,000 characters ...
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path
from typing import IO

from kgchat.errors import ParseError

__all__ = [
    "EXPANSION_FLOOR",
    "MAX_DEPTH",
    "MAX_ENTITY_CHARS",
    "MAX_EXPANSION_RATIO",
    "check_entities",
]

MAX_ENTITY_CHARS = 1 << 20
"""Longest replacement text of one entity, fully expanded (namespace IRIs are ~50)."""
MAX_DEPTH = 32
"""Deepest nesting of entities within entities."""
MAX_EXPANSION_RATIO = 10
"""Most characters entity references may add per byte of the document..."""
EXPANSION_FLOOR = 8 << 20
"""...once they add more than this many characters in all."""
_MAX_DTD = 4 << 20  # characters a DTD may take
_CHUNK = 1 << 20

_NAME = r"[A-Za-z_:\u0080-\uffff][\w.:\-\u0080-\uffff]*"
_QUOTED = r"\"[^\"]*\"|'[^']*'"
# Case-insensitive: pyoxigraph's RDF/XML parser takes <!doctype> as well as <!DOCTYPE>.
_DOCTYPE = re.compile(
    rf"<!DOCTYPE\s+[^\s\[>]+(?:\s+(?:SYSTEM|PUBLIC)(?:\s*(?:{_QUOTED}))+)?\s*([\[>])", re.I
)
_SKIP = re.compile(
    rf"\s+|<!--.*?-->|<\?.*?\?>|<!(ENTITY|ELEMENT|ATTLIST|NOTATION)\b((?:[^>\"']|{_QUOTED})*)>",
    re.S | re.I,
)
_ENTITY = re.compile(rf"\s+(%\s*)?({_NAME})\s+(.*?)\s*$", re.S)
_REF = re.compile(rf"&({_NAME});")
_CHAR_REF = re.compile(r"&#([xX][0-9a-fA-F]+|[0-9]+);")
_PE_REF = re.compile(rf"%{_NAME};")
_PREDEFINED = frozenset(["lt", "gt", "amp", "apos", "quot"])

# Refused rather than passed on: a declaration kgchat did not read could be a bomb.
_UNREADABLE = (
    f"cannot read this <!DOCTYPE> (unclosed, longer than {_MAX_DTD >> 20} MiB, or holding "
    "something other than declarations and comments); fix or remove it"
)

Entities = dict[str, list[tuple[str, int]]]  # name -> (replacement text, line) per declaration


class _More(Exception):
    """The text read so far ends inside a DOCTYPE."""


def check_entities(path: Path, open_binary: Callable[[], IO[bytes]]) -> None:
    """Refuse an XML source whose entities could exhaust memory or reach outside the file.

    Every ``<!DOCTYPE`` outside comments and CDATA is read, wherever it is: pyoxigraph takes
    one inside the document too.

    Parameters
    ----------
    path : Path
        The source, for messages.
    open_binary : callable
        Opens the (decompressed) bytes of the source.

    Raises
    ------
    ParseError
        Naming the file, the line of the declaration, and what is wrong.
    """
    entities: Entities = {}
    with open_binary() as f:
        first = f.read(_CHUNK)
        encoding = "utf-16" if first[:2] in (b"\xff\xfe", b"\xfe\xff") else "latin-1"
        scan = _Scan(f, codecs.getincrementaldecoder(encoding)(errors="replace"), first)
        while (start := scan.next_doctype()) is not None:
            while True:
                try:
                    found, scan.pos = _doctype(scan, start, path)
                    break
                except _More:
                    if len(scan.text) - start > _MAX_DTD or not scan.more():
                        raise ParseError(_UNREADABLE, path, scan.line(start)) from None
            for name, declared in found.items():
                entities.setdefault(name, []).extend(declared)
    if entities:
        _count_uses(path, open_binary, _expanded(entities, path), encoding)


class _Scan:
    """The decoded text of a file, read a chunk at a time, with a cursor and line numbers."""

    def __init__(self, f: IO[bytes], decoder: codecs.IncrementalDecoder, first: bytes) -> None:
        self.f, self.decoder = f, decoder
        self.text = decoder.decode(first)
        self.pos = 0
        self.first_line = 1  # the line of text[0]
        self.eof = False

    def more(self) -> bool:
        """Append the next chunk; False at the end of the file."""
        if self.eof:
            return False
        chunk = self.f.read(_CHUNK)
        self.eof = not chunk
        self.text += self.decoder.decode(chunk, final=self.eof)
        return not self.eof

    def drop(self, upto: int) -> None:
        """Forget the text before ``upto`` (positions shift by it)."""
        self.first_line += self.text.count("\n", 0, upto)
        self.text = self.text[upto:]
        self.pos = max(self.pos - upto, 0)

    def line(self, pos: int) -> int:
        return self.first_line + self.text.count("\n", 0, pos)

    def next_doctype(self) -> int | None:
        """The position of the next ``<!DOCTYPE`` outside comments and CDATA, or None."""
        while True:
            if self.pos > _CHUNK:
                self.drop(self.pos)
            i = self.text.find("<!", self.pos)
            if i < 0:
                self.drop(max(len(self.text) - 1, self.pos))  # keep a final "<"
                if not self.more():
                    return None
                continue
            while len(self.text) < i + 9 and self.more():
                pass
            tag = self.text[i : i + 9]
            if tag.startswith("<!--"):
                self._skip(i + 4, "-->")
            elif tag.startswith("<![CDATA["):
                self._skip(i + 9, "]]>")
            elif tag.upper() == "<!DOCTYPE":
                return i
            else:
                self.pos = i + 2

    def _skip(self, start: int, end: str) -> None:
        """Move past the next ``end`` (or to the end of the file)."""
        self.pos = start
        while (j := self.text.find(end, self.pos)) < 0:
            self.drop(max(len(self.text) - len(end) + 1, self.pos))
            if not self.more():
                self.pos = len(self.text)
                return
        self.pos = j + len(end)


def _doctype(scan: _Scan, pos: int, path: Path) -> tuple[Entities, int]:
    """The general entities a DOCTYPE at ``pos`` declares, and the position after it.

    Raises :class:`_More` when the text read so far ends inside it.
    """
    text = scan.text
    m = _DOCTYPE.match(text, pos)
    if m is None:
        raise _More
    if m.group(1) == ">":
        return {}, m.end()  # an external DTD only, which no parser kgchat uses reads
    pos = m.end()
    entities: Entities = {}
    while pos < len(text) and text[pos] != "]":
        if _PE_REF.match(text, pos):
            raise ParseError(
                "parameter entity references in the DTD are not read; inline what they declare",
                path,
                scan.line(pos),
            )
        m = _SKIP.match(text, pos)
        if m is None:
            break
        keyword = (m.group(1) or "").upper()
        if keyword == "ENTITY":
            _entity(m.group(2), scan.line(pos), path, entities)
        elif keyword == "ATTLIST" and any(r not in _PREDEFINED for r in _REF.findall(m.group(2))):
            raise ParseError(
                "an entity reference in an attribute default (<!ATTLIST>) is not supported; "
                "write the value out",
                path,
                scan.line(pos),
            )
        pos = m.end()
    end = text.find(">", pos) if pos < len(text) and text[pos] == "]" else -1
    if end < 0:
        raise _More  # cut by the end of the text read so far (or unreadable: refused at EOF)
    return entities, end + 1


def _entity(body: str, line: int, path: Path, entities: Entities) -> None:
    m = _ENTITY.match(body)
    if m is None:
        raise ParseError(f"cannot read the entity declaration <!ENTITY{body[:60]}...>", path, line)
    parameter, name, value = m.groups()
    if parameter:
        raise ParseError(
            f"parameter entity %{name}; declared: kgchat does not read DTD parameter entities; "
            "remove it",
            path,
            line,
        )
    if value[:1] not in "\"'" or value[-1:] != value[:1]:
        raise ParseError(
            f"external entity &{name}; declared ({' '.join(value.split())[:200]}): kgchat never "
            "reads files or URLs an XML source points to; put the text in the file",
            path,
            line,
        )
    # Character references are replaced when the entity is declared, so "&#38;x;" is a
    # reference to x by the time the entity is used (XML 1.0, appendix D).
    text = _CHAR_REF.sub(_char, value[1:-1])
    entities.setdefault(name, []).append((text, line))  # all kept: the longest is measured


def _char(m: re.Match[str]) -> str:
    code = m.group(1)
    try:
        return chr(int(code[1:], 16) if code[0] in "xX" else int(code))
    except (ValueError, OverflowError):
        return m.group(0)


def _expanded(entities: Entities, path: Path) -> dict[str, int]:
    """Each entity's fully expanded length (its longest declaration's), refusing cycles, deep
    nesting and huge ones."""
    lengths: dict[str, int] = {}

    def length(name: str, depth: int, stack: tuple[str, ...]) -> int:
        if name in lengths:
            return lengths[name]
        line = entities[name][0][1]
        if name in stack:
            raise ParseError(f"entity &{name}; refers to itself", path, line)
        if depth > MAX_DEPTH:
            raise ParseError(f"entities nest deeper than {MAX_DEPTH} levels", path, line)
        n = 0
        for value, _ in entities[name]:
            size = len(value)
            for ref in _REF.finditer(value):
                inner = ref.group(1)
                if inner in entities:
                    size += length(inner, depth + 1, (*stack, name)) - len(ref.group(0))
            n = max(n, size)
        if n > MAX_ENTITY_CHARS:
            raise ParseError(
                f"entity &{name}; expands to {n:,} characters (more than {MAX_ENTITY_CHARS:,}): "
                "nested entities like this ('billion laughs') would exhaust memory; kgchat "
                "refuses the file",
                path,
                line,
            )
        lengths[name] = n
        return n

    for name in entities:
        length(name, 0, ())
    return lengths


def _count_uses(
    path: Path, open_binary: Callable[[], IO[bytes]], lengths: dict[str, int], encoding: str
) -> None:
    """Refuse when the references in the document expand past the budget."""
    longest = max(len(n) for n in lengths) + 2
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    added = size = 0
    carry = ""
    with open_binary() as f:
        while chunk := f.read(_CHUNK):
            size += len(chunk)
            buf = carry + decoder.decode(chunk)
            cut = buf.rfind("&", max(0, len(buf) - longest))
            if cut >= 0 and ";" not in buf[cut:]:
                buf, carry = buf[:cut], buf[cut:]
            else:
                carry = ""
            for ref in _REF.finditer(buf):
                n = lengths.get(ref.group(1))
                if n is not None:
                    added += n
    if added > EXPANSION_FLOOR and added > MAX_EXPANSION_RATIO * size:
        raise ParseError(
            f"entity references expand to {added:,} characters, {added // max(size, 1):,} per "
            f"byte of the file: an entity expansion attack (or a file that should not use "
            "entities); kgchat refuses it",
            path,
        )
