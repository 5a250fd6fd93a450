"""Property-graph CSV in Neo4j's import form: a nodes file and a relationships file.

``neo4j-admin database import`` (and Memgraph's, and the exports written for them) reads
nodes and relationships from CSV files whose header says what each column is::

    id:ID,:LABEL,name,credits:int          :START_ID,:END_ID,:TYPE,since:int
    100,Course,Databases,5                 20,100,TEACHES,2019

A nodes file has an ``:ID`` column (``courseId:ID``, or ``:ID(Course)`` with an id space),
usually ``:LABEL`` (a node's labels, ``;``-separated) and property columns (``name``,
``credits:int``, ``tags:string[]``); a relationships file has ``:START_ID``, ``:END_ID``
and ``:TYPE``. Read as a table of rows, such a file made facts between the ids and the column
names (``20 —1→ MEMBER OF``); read here, a node's labels become its types (``rdf:type``), its
id's column, where named (``courseId:ID``), a property as neo4j-admin stores it, its
properties literals (typed by the column's type; an untyped value that reads as a number or
date is typed as :func:`~kgchat.graph.read_delimited.literal_key` types it, else a string),
and a relationship an edge ``start -TYPE-> end``. A node's name is its first property among
``name``, ``label`` and ``title``, as a JSON record's (:mod:`kgchat.graph.read_json`): its
``rdfs:label``, not a fact. A relationship with properties of its own (``ACTED_IN`` with
``roles`` "Neo") is the edge too, and an unnamed node between its ends,
``start -TYPE-> _ -TYPE-> end``, that carries them (the retriever walks through it as one
statement, as through a Freebase CVT), as Wikidata gives a claim both as a direct triple
and as a statement node with its qualifiers: a hop over the relationship is one hop;
``:IGNORE`` columns are skipped. APOC's export (``apoc.export.csv.all``:
``_id,_labels,name,...,_start,_end,_type``, nodes and relationships in one file, a
relationship a row with a ``_start``) is read the same way.

Examples
--------
>>> rows = [["id:ID", ":LABEL", "name", "credits:int"], ["100", "Course", "Databases", "5"]]
>>> for t in read_rows(iter(rows), Path("nodes.csv")):
...     print(t)
('100', 'id', '"100"^^<http://www.w3.org/2001/XMLSchema#integer>')
('100', 'http://www.w3.org/2000/01/rdf-schema#label', '"Databases"')
('100', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'Course')
('100', 'credits', '"5"^^<http://www.w3.org/2001/XMLSchema#integer>')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kgchat.errors import ParseError
from kgchat.graph.formats import Triple
from kgchat.graph.literal_terms import XSD, literal_term
from kgchat.graph.name_properties import RECORD_NAME_KEYS
from kgchat.graph.vocab import RDF_TYPE, RDFS_LABEL

__all__ = ["is_header", "read_rows"]

# a header cell: an optional name, then ``:KIND`` or ``:type`` with an optional ``(group)``
_CELL = re.compile(
    r"^(?P<name>[^:]*):(?P<kind>[A-Za-z_]+)(?P<array>\[\])?(?:\((?P<group>[^)]*)\))?$"
)
_SPECIAL = frozenset({"ID", "START_ID", "END_ID", "TYPE", "LABEL", "IGNORE"})
# the columns of ``apoc.export.csv.all`` (Neo4j's APOC): nodes and relationships in one file
_APOC = {"_id": "ID", "_labels": "LABEL", "_start": "START_ID", "_end": "END_ID", "_type": "TYPE"}
_TYPES = {
    **dict.fromkeys(("int", "long", "short", "byte"), "integer"),
    **dict.fromkeys(("float", "double"), "double"),
    "boolean": "boolean",
    "date": "date",
    **dict.fromkeys(("datetime", "localdatetime"), "dateTime"),
    **dict.fromkeys(("time", "localtime"), "time"),
    "duration": "duration",
}


@dataclass(frozen=True)
class _Column:
    """A header cell read: ``kind`` is one of :data:`_SPECIAL` or ``"property"``; ``datatype``
    an XSD local name (``""``: a string, ``None``: untyped), ``group`` an id space."""

    name: str
    kind: str
    datatype: str | None = None
    array: bool = False
    group: str = ""


def _column(cell: str) -> _Column:
    cell = cell.strip()
    m = _CELL.match(cell)
    if m is None:
        return _Column(cell, "property")
    kind, group = m["kind"], (m["group"] or "").strip()
    if kind in _SPECIAL:
        return _Column(m["name"].strip(), kind, group=group)
    low = kind.lower()
    if low == "string" or low in _TYPES:
        return _Column(m["name"].strip(), "property", _TYPES.get(low, ""), bool(m["array"]))
    return _Column(cell, "property")  # a colon of the name itself (``dc:title``)


def _columns(row: list[str]) -> list[_Column]:
    """A header row's columns; APOC's export names its own (``_id``, ``_labels``, ``_start``,
    ``_end``, ``_type``), read so where the row has them together."""
    cells = [c.strip() for c in row]
    apoc = {"_id", "_labels"} <= set(cells) or {"_start", "_end", "_type"} <= set(cells)
    return [_Column("", _APOC[c]) if apoc and c in _APOC else _column(c) for c in cells]


def is_header(row: list[str]) -> bool:
    """Whether a first row is Neo4j's import header: it names an ``:ID`` column, or the
    ``:START_ID`` and ``:END_ID`` of relationships.

    >>> is_header(["id:ID", "name"]), is_header([":START_ID", ":END_ID", ":TYPE"])
    (True, True)
    >>> is_header(["subject", "predicate", "object"])
    False
    """
    kinds = {c.kind for c in _columns(row)}
    return "ID" in kinds or {"START_ID", "END_ID"} <= kinds


def _node(value: str, group: str) -> str:
    # ids are unique within their id space only: ``:ID(Course)`` 1 and ``:ID(Person)`` 1 differ
    return f"{group}/{value}" if group else value


def _values(col: _Column, cell: str) -> Iterator[str]:
    from kgchat.graph.read_delimited import literal_key

    for value in cell.split(";") if col.array else [cell]:
        value = value.strip()
        if not value:
            continue
        if col.datatype is None:
            yield literal_key(value) or literal_term(value)
        elif col.datatype == "":
            yield literal_term(value)
        else:
            yield literal_term(value, datatype=XSD + col.datatype)


def _name_column(cols: list[_Column], row: list[str]) -> int | None:
    """The column of a node's name: its first non-empty property among
    :data:`~kgchat.graph.name_properties.RECORD_NAME_KEYS`, as a JSON record's (case ignored)."""
    at = {c.name.lower(): i for i, c in enumerate(cols) if c.kind == "property"}
    for key in RECORD_NAME_KEYS:
        i = at.get(key)
        if i is not None and row[i].strip():
            return i
    return None


def read_rows(rows: Iterator[list[str]], path: Path, start: int = 0) -> Iterator[Triple]:
    """The triples of a nodes or relationships file, or of APOC's one file of both (a row
    with a start is a relationship): its rows, the header first (``start``: the line number
    before it)."""
    header = next(rows)
    cols = _columns(header)
    kinds = [c.kind for c in cols]
    edges = "START_ID" in kinds
    need = ("START_ID", "END_ID", "TYPE") if edges else ("ID",)
    for kind in (*need, *(("ID",) if edges and "ID" in kinds else ())):
        if kinds.count(kind) != 1:
            raise ParseError(
                f"a {'relationships' if edges else 'nodes'} file's header needs one :{kind}"
                f" column, found {kinds.count(kind)} in {header[:8]!r}",
                path,
                start + 1,
            )
    at = {k: kinds.index(k) for k in ("ID", *need) if k in kinds}
    lineno = start + 1
    for row in rows:
        lineno += 1
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != len(cols):
            raise ParseError(
                f"expected {len(cols)} fields, as the header has, found {len(row)}", path, lineno
            )
        if edges and (row[at["START_ID"]].strip() or "ID" not in at):
            s, o, p = (row[at[k]].strip() for k in need)
            if not (s and o and p):
                raise ParseError("empty :START_ID, :END_ID or :TYPE field", path, lineno)
            s, o = _node(s, cols[at["START_ID"]].group), _node(o, cols[at["END_ID"]].group)
            props = [
                (col.name, v)
                for col, cell in zip(cols, row, strict=True)
                if col.kind == "property" and col.name
                for v in _values(col, cell)
            ]
            yield s, p, o
            if not props:
                continue
            # a relationship with properties (ACTED_IN {roles: "Neo"}) is also an unnamed
            # node between its ends that carries them, as a Wikidata statement beside its
            # direct claim
            mid = f"_:{re.sub(r'[^A-Za-z0-9]', '_', path.name)}_{lineno}"
            yield s, p, mid
            yield mid, p, o
            for name, value in props:
                yield mid, name, value
            continue
        key = row[at["ID"]].strip()
        if not key:
            raise ParseError("empty :ID field", path, lineno)
        node = _node(key, cols[at["ID"]].group)
        if cols[at["ID"]].name:
            # neo4j-admin stores a named id as the node's property ("personId:ID": personId;
            # ":ID" alone stores none), read as an untyped column is: a season whose id is
            # its year ("year:ID(Season)", 2022) holds that year
            for value in _values(_Column(cols[at["ID"]].name, "property"), key):
                yield node, cols[at["ID"]].name, value
        named = _name_column(cols, row)
        if named is not None:
            yield node, RDFS_LABEL, literal_term(row[named].strip())
        for i, (col, cell) in enumerate(zip(cols, row, strict=True)):
            if col.kind == "LABEL":
                # ``Professor;Person`` (neo4j-admin), ``:Professor:Person`` (APOC)
                for label in re.split(r"[;:]", cell):
                    if label.strip():
                        yield node, RDF_TYPE, label.strip()
            elif col.kind == "property" and col.name and i != named:
                for value in _values(col, cell):
                    yield node, col.name, value
