"""HexTuples (``.hext``): NDJSON, one ``[subject, predicate, value, datatype, language, graph]``
array a line, as Ontola's linked-delta tools and some Solid servers write RDF.

Read a line at a time here rather than through rdflib's ``hext`` plugin, which refuses the whole
file at the first empty field it needs and says neither line nor column: a plain string written
with an empty datatype (the HexTuples draft uses datatype and language "only when the object is
a literal", and writers leave the datatype of a plain string empty as often as they write
``xsd:string``) stopped a fisheries body's export at its first such line (probe62a). What a line
means:

- ``datatype`` ``globalId``: the value is an IRI; ``localId``: a blank node (``_:b12``);
- otherwise the value is a literal: with a ``language`` a language-tagged string (whatever the
  datatype says, ``rdf:langString`` or empty), else of the datatype given, an empty one a plain
  string;
- a subject written ``_:...`` is a blank node, named per source as every reader names them;
- the sixth element (the named graph) is read past: the graphs merge, and a fact stated in
  several of them is one fact once loaded (the graph's ingest merges duplicates, as for the
  other quad syntaxes).

A line that is not a JSON array of six strings raises a :class:`~kgchat.errors.ParseError` at its
line, with an excerpt; empty lines are skipped.

>>> import tempfile, pathlib
>>> f = pathlib.Path(tempfile.mkdtemp()) / "kb.hext"
>>> _ = f.write_text('''["http://x/ada", "http://x/name", "Ada", "", "", "http://x/g1"]
... ["http://x/ada", "http://x/name", "Ada", "", "", "http://x/g2"]
... ["http://x/ada", "http://x/born", "1815", "http://www.w3.org/2001/XMLSchema#gYear", "", ""]
... ["_:b1", "http://x/of", "http://x/ada", "globalId", "", ""]''')
>>> for t in read_hext(f, 0):
...     print(t)
('http://x/ada', 'http://x/name', '"Ada"')
('http://x/ada', 'http://x/name', '"Ada"')
('http://x/ada', 'http://x/born', '"1815"^^<http://www.w3.org/2001/XMLSchema#gYear>')
('_:s0_b0', 'http://x/of', 'http://x/ada')
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kgchat.graph.formats import Triple, open_binary
from kgchat.graph.literal_terms import literal_term
from kgchat.graph.read_rdf import BlankNames, _with_excerpt

__all__ = ["read_hext"]

_IRI, _BLANK = "globalId", "localId"


def read_hext(path: Path, source_id: int) -> Iterator[Triple]:
    """The triples of a HexTuples file as term keys (see :mod:`kgchat.graph.formats`), in
    the file's order (one a line: a fact several named graphs state comes once a graph, and
    the ingest keeps it once, as it does every duplicate).

    Raises
    ------
    kgchat.errors.ParseError
        At a line that is not UTF-8 or not a JSON array of six strings.
    """
    blank_names = BlankNames(source_id)
    with open_binary(path) as f:
        for number, raw in enumerate(f, 1):
            row = _row(raw, path, number)
            if row is None:
                continue
            s, p, value, datatype, language, _graph = row
            yield (_node(s, blank_names), p, _value(value, datatype, language, blank_names))


def _row(raw: bytes, path: Path, number: int) -> list[str] | None:
    """One line's six strings (``None`` for an empty line), or a ParseError at the line."""
    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise _with_excerpt(f"not UTF-8 ({exc.reason})", path, number, 1) from None
    if not text.strip():
        return None
    try:
        row = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _with_excerpt(f"not JSON ({exc.msg})", path, number, exc.colno) from None
    if not (isinstance(row, list) and len(row) == 6 and all(isinstance(x, str) for x in row)):
        raise _with_excerpt(
            "a hextuple is an array of six strings: subject, predicate, value, datatype, "
            "language, graph",
            path,
            number,
            1,
        )
    if not row[0] or not row[1]:
        raise _with_excerpt("a hextuple needs a subject and a predicate", path, number, 1)
    return row


def _node(term: str, blank_names: BlankNames) -> str:
    """A subject's (or an IRI or blank object's) key: ``_:x`` a blank node of this source."""
    return blank_names(term[2:]) if term.startswith("_:") else term


def _value(value: str, datatype: str, language: str, blank_names: BlankNames) -> str:
    """The object's key: an IRI, a blank node, or a literal (language first; an empty
    datatype a plain string)."""
    if datatype == _IRI:
        return value
    if datatype == _BLANK:
        return blank_names(value[2:] if value.startswith("_:") else value)
    if language:
        return literal_term(value, language)
    return literal_term(value, None, datatype or None)
