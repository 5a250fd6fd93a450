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

A file without an internal DTD subset costs a look at its first bytes; one that declares
entities is read once more, to count their uses.

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
_MAX_PROLOG = 4 << 20  # bytes read looking for the end of the DTD
_CHUNK = 1 << 20

_NAME = r"[A-Za-z_:\u0080-\uffff][\w.:\-\u0080-\uffff]*"
_QUOTED = r"\"[^\"]*\"|'[^']*'"
_DOCTYPE = re.compile(rf"<!DOCTYPE\s+\S+?(?:\s+(?:SYSTEM|PUBLIC)(?:\s*(?:{_QUOTED}))+)?\s*([\[>])")
_SKIP = re.compile(
    rf"\s+|<!--.*?-->|<\?.*?\?>|<!(ENTITY|ELEMENT|ATTLIST|NOTATION)\b((?:[^>\"']|{_QUOTED})*)>",
    re.S,
)
_MISC = re.compile(r"\s+|<!--.*?-->|<\?.*?\?>", re.S)
_OPEN = re.compile(r"<!--|<\?")  # a comment or PI not closed yet
_ENTITY = re.compile(rf"\s+(%\s*)?({_NAME})\s+(.*?)\s*$", re.S)
_REF = re.compile(rf"&({_NAME});")
_CHAR_REF = re.compile(r"&#([xX][0-9a-fA-F]+|[0-9]+);")
_PE_REF = re.compile(rf"%{_NAME};")
_PREDEFINED = frozenset(["lt", "gt", "amp", "apos", "quot"])


# Refused rather than passed on: a declaration kgchat did not read could be a bomb.
_UNREADABLE = (
    f"cannot read the XML prolog or DTD here (unclosed, longer than {_MAX_PROLOG >> 20} MiB, or "
    "holding something other than declarations and comments); fix or remove the <!DOCTYPE>"
)


class _More(Exception):
    """The bytes read so far end inside the prolog."""


def check_entities(path: Path, open_binary: Callable[[], IO[bytes]]) -> None:
    """Refuse an XML source whose entities could exhaust memory or reach outside the file.

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
    with open_binary() as f:
        head = f.read(_CHUNK)
        encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "latin-1"
        final = False
        while True:
            try:
                entities = _declarations(head.decode(encoding, errors="replace"), path, final)
                break
            except _More:
                more = f.read(_CHUNK) if len(head) < _MAX_PROLOG else b""
                final = not more
                head += more
    if entities:
        _count_uses(path, open_binary, _expanded(entities, path), encoding)


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _declarations(text: str, path: Path, final: bool) -> dict[str, tuple[str, int]]:
    """The general entities of the internal DTD subset: name -> (replacement text, line).

    Raises :class:`_More` when ``text`` ends inside the prolog and is not ``final``.
    """
    pos = 3 if text.startswith("\xef\xbb\xbf") else 1 if text.startswith("\ufeff") else 0
    while m := _MISC.match(text, pos):  # the prolog: an XML declaration, comments, PIs, space
        pos = m.end()
    if not text.startswith("<!DOCTYPE", pos):
        rest = text[pos : pos + 9]
        if not (_OPEN.match(text, pos) or (rest and "<!DOCTYPE".startswith(rest))):
            return {}  # the root element (or not XML at all, or nothing): no DTD
        if not final:
            raise _More
        raise ParseError(_UNREADABLE, path, _line(text, pos))
    m = _DOCTYPE.match(text, pos)
    if m is None:
        if not final:
            raise _More
        raise ParseError(_UNREADABLE, path, _line(text, pos))
    if m.group(1) == ">":
        return {}  # an external DTD only, which no parser kgchat uses reads
    pos = m.end()
    entities: dict[str, tuple[str, int]] = {}
    while pos < len(text) and text[pos] != "]":
        if _PE_REF.match(text, pos):
            raise ParseError(
                "parameter entity references in the DTD are not read; inline what they declare",
                path,
                _line(text, pos),
            )
        m = _SKIP.match(text, pos)
        if m is None:
            break
        if m.group(1) == "ENTITY":
            _entity(m.group(2), _line(text, pos), path, entities)
        elif m.group(1) == "ATTLIST" and any(
            r not in _PREDEFINED for r in _REF.findall(m.group(2))
        ):
            raise ParseError(
                "an entity reference in an attribute default (<!ATTLIST>) is not supported; "
                "write the value out",
                path,
                _line(text, pos),
            )
        pos = m.end()
    if pos < len(text) and text[pos] == "]":
        return entities
    if not final:
        raise _More
    raise ParseError(_UNREADABLE, path, _line(text, pos))


def _entity(body: str, line: int, path: Path, entities: dict[str, tuple[str, int]]) -> None:
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
    entities.setdefault(name, (text, line))  # the first declaration binds (XML 1.0)


def _char(m: re.Match[str]) -> str:
    code = m.group(1)
    try:
        return chr(int(code[1:], 16) if code[0] in "xX" else int(code))
    except (ValueError, OverflowError):
        return m.group(0)


def _expanded(entities: dict[str, tuple[str, int]], path: Path) -> dict[str, int]:
    """Each entity's fully expanded length, refusing cycles, deep nesting and huge ones."""
    lengths: dict[str, int] = {}

    def length(name: str, depth: int, stack: tuple[str, ...]) -> int:
        if name in lengths:
            return lengths[name]
        value, line = entities[name]
        if name in stack:
            raise ParseError(f"entity &{name}; refers to itself", path, line)
        if depth > MAX_DEPTH:
            raise ParseError(f"entities nest deeper than {MAX_DEPTH} levels", path, line)
        n = len(value)
        for ref in _REF.finditer(value):
            inner = ref.group(1)
            if inner in entities:
                n += length(inner, depth + 1, (*stack, name)) - len(ref.group(0))
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
