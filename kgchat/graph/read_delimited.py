"""Plain triple files: TSV, CSV and ``|``-delimited (MetaQA's ``kb.txt``), one triple a line.

Values that read as numbers or dates become typed literals (:func:`literal_key`); the values
of a relation whose name says it holds other names (Freebase's ``common.topic.alias``, an
``alt_name`` column: :data:`kgchat.graph.vocab.ALIAS_LIKE`) are plain strings, which then name
their subject as any alias does; the rest are ids. ``#`` comments are skipped, and so is a
header row that names the three columns (``subject  relation  object``,
``head,relation,tail``), whose order it then gives: a file written ``source,target,edge``
reads its second column as the objects.

A file whose header is Neo4j's import form (``id:ID,:LABEL,name``; ``:START_ID,:END_ID,:TYPE``)
is a property graph's nodes or relationships: :mod:`kgchat.graph.read_property_graph`.

A file of two fields a line is a *names* file, the companion of a triple file written with ids
(FB15k's ``entity2text.txt``, a dataset's ``entities.tsv`` and ``relations.tsv``): each line
``id  name`` names an entity or a relation (an ``rdfs:label``), loaded beside the triples
(``kgchat ask triples.tsv entities.tsv relations.tsv "..."``); a header row naming the two
columns (``id,name``, ``entity label``) is skipped.

Examples
--------
>>> literal_key("1.5"), literal_key("2014-06-12")[-5:]
('"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>', 'date>')
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from kgchat.errors import ParseError
from kgchat.graph.formats import Triple, open_binary
from kgchat.graph.names import XSD, humanize_relation, literal_term
from kgchat.graph.read_property_graph import is_header, read_rows
from kgchat.graph.vocab import ALIAS_LIKE, RDFS_LABEL

__all__ = ["literal_key", "read_delimited"]

# what a header row may call each column: (subject, relation, object)
_HEADER_ROLES = (
    frozenset({"subject", "head", "s", "h", "source", "src", "from", "start", "entity1"}),
    frozenset({"relation", "predicate", "rel", "r", "p", "edge", "property", "relationship"}),
    frozenset({"object", "tail", "o", "t", "target", "dst", "to", "end", "value", "entity2"}),
)
_NUMBER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?|[+-]?\d+[eE][+-]?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def literal_key(value: str) -> str | None:
    """The typed-literal key for a plain-file value that reads as a number or date, else None.

    >>> literal_key("32")
    '"32"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> literal_key("Tigres_UANL") is None
    True
    """
    if _NUMBER.fullmatch(value):
        return literal_term(value, datatype=XSD + "integer")
    if _DECIMAL.fullmatch(value):
        return literal_term(value, datatype=XSD + "decimal")
    if _DATE.fullmatch(value):
        return literal_term(value, datatype=XSD + "date")
    return None


def _value(relation: str, value: str, names: dict[str, bool]) -> str:
    """A plain-file object's key: a typed literal, a string (a relation holding names), or
    the id itself; ``names`` caches, per relation, whether its name says it holds names.

    >>> cache = {}
    >>> _value("common.topic.alias", "Tommy Reyes", cache), _value("starring", "m.0x", cache)
    ('"Tommy Reyes"', 'm.0x')
    """
    said = names.get(relation)
    if said is None:
        said = names[relation] = bool(ALIAS_LIKE.search(humanize_relation(relation)))
    return literal_key(value) or (literal_term(value) if said else value)


def _header_cells(row: list[str]) -> list[str]:
    """A header row's cells as comparable names ("Subject ID" -> ``subject_id``)."""
    return [c.strip().lower().replace(" ", "_").replace("-", "_") for c in row]


def header_order(row: list[str]) -> tuple[int, int, int] | None:
    """The columns of subject, relation and object a header row names, or None when the row
    is no header (each of its three cells must name a different one of the three).

    >>> header_order(["source", "target", "edge"])
    (0, 2, 1)
    >>> header_order(["Alice", "knows", "Bob"]) is None
    True
    """
    cells = _header_cells(row)
    found = []
    for names in _HEADER_ROLES:
        # a qualified name counts by its first word (``subject_id``, ``object_label``)
        at = [i for i, c in enumerate(cells) if c in names or c.split("_")[0] in names]
        if len(at) != 1:
            return None
        found.append(at[0])
    return (found[0], found[1], found[2]) if len(set(found)) == 3 else None


# what a names file's header may call its columns: (id, name)
_NAME_HEADER = (
    frozenset({"id", "ids", "entity", "relation", "node", "key", "code", "qid", "iri", "uri"}),
    frozenset({"name", "names", "label", "labels", "text", "title", "alias"}),
)


def _names_header(row: list[str]) -> bool:
    """Whether a two-field row is a names file's header (``id,name``, ``entity_id label``)."""
    cells = _header_cells(row)
    return all(
        c in names or c.split("_")[0] in names or c.split("_")[-1] in names
        for c, names in zip(cells, _NAME_HEADER, strict=True)
    )


def _table_header(row: list[str], path: Path, lineno: int) -> list[str]:
    """A table's first line: the names of its columns, each other column's relation."""
    names = [c.strip() for c in row]
    if not all(names) or len(set(names)) != len(names):
        raise ParseError(
            f"a line of {len(row)} fields starts a table, whose first line must name its"
            " columns, each once (the first column holds what each row is about); found "
            f"{row[:6]!r}",
            path,
            lineno,
        )
    return names


def _table_row(
    row: list[str], columns: list[str], path: Path, lineno: int, names: dict[str, bool]
) -> Iterator[Triple]:
    """A table row's triples: its first cell the subject, each other non-empty cell the
    object of its column's relation."""
    if len(row) != len(columns):
        raise ParseError(
            f"expected {len(columns)} fields, as the table's header has, found {len(row)}",
            path,
            lineno,
        )
    subject = row[0].strip()
    if not subject:
        raise ParseError("empty first field (what the row is about)", path, lineno)
    for relation, cell in zip(columns[1:], row[1:], strict=True):
        value = cell.strip()
        if value:
            yield subject, relation, _value(relation, value, names)


def _sniff(first_line: str) -> str:
    for delim in ("\t", "|", ","):
        if delim in first_line:
            return delim
    return "\t"


def read_delimited(path: Path, delimiter: str | None) -> Iterator[Triple]:
    raw = open_binary(path)
    text = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")
    lineno = 0
    order = (0, 1, 2)
    try:
        if delimiter is None:
            first = text.readline()
            delimiter = _sniff(first)
            text.seek(0)
        rows: Iterator[list[str]]
        if delimiter == ",":
            rows = csv.reader(text)
        else:
            rows = (line.rstrip("\r\n").split(delimiter) for line in text)
        width = 0  # fields a line: 3 (triples), 2 (names) or more (a table), as the first has
        columns: list[str] = []  # a table's header: its columns' relations
        names: dict[str, bool] = {}  # per relation, whether it holds names (_value)
        for row in rows:
            lineno += 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if row[0].startswith("#"):
                continue
            if not width and is_header(row):  # Neo4j's import form: nodes or relationships
                yield from read_rows(itertools.chain([row], rows), path, lineno - 1)
                return
            if not width and len(row) > 3:
                width, columns = len(row), _table_header(row, path, lineno)
                continue
            if columns:
                yield from _table_row(row, columns, path, lineno, names)
                continue
            if not width and len(row) in (2, 3):
                width = len(row)
                if width == 3 and (named := header_order(row)) is not None:
                    order = named  # a header row: it says which column is which
                    continue
                if width == 2 and _names_header(row):
                    continue
            if len(row) != (width or 3):
                name = {"\t": "tab", ",": "comma", "|": "'|'"}.get(delimiter, repr(delimiter))
                what = "(id, name)" if width == 2 else "(subject, relation, object)"
                raise ParseError(
                    f"expected {width or 3} {name}-separated fields {what}, as the first line"
                    f" has, found {len(row)}: {delimiter.join(row)[:80]!r}",
                    path,
                    lineno,
                )
            if width == 2:
                node, label = row[0].strip(), row[1].strip()
                if not (node and label):
                    raise ParseError("empty id or name field", path, lineno)
                yield node, RDFS_LABEL, literal_term(label)
                continue
            s, p, o = (row[i].strip() for i in order)
            if not (s and p and o):
                raise ParseError("empty subject, relation or object field", path, lineno)
            yield s, p, _value(p, o, names)
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"not UTF-8 ({exc.reason}); re-encode the file as UTF-8", path, lineno + 1
        ) from None
    except csv.Error as exc:
        raise ParseError(f"malformed CSV: {exc}", path, lineno + 1) from None
    finally:
        text.close()
