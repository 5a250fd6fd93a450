"""Plain triple files: TSV, CSV and ``|``-delimited (MetaQA's ``kb.txt``), one triple a line.

A cell is read as :func:`kgchat.graph.cell_values.cell_value` reads it: values that read
as numbers or dates become typed literals (:func:`literal_key`); the values of a relation
whose name says it holds names (a site dump's ``name`` and ``label`` lines, Freebase's
``common.topic.alias``, an ``alt_name`` column) are plain strings, which then name their
subject (``frag:00412|name|Bois d'Argent``), and so is a number with its unit ("100 ml");
the rest are ids. ``#`` comments are skipped, and so is a header row that names the three
columns (``subject  relation  object``, ``head,relation,tail``), whose order it then gives:
a file written ``source,target,edge``
reads its second column as the objects. A header naming the two ends (``source,target``) takes
the third column of three as the relation whatever its name (``source,target,type``); of more
columns (an edge list with ids and weights: Gephi's ``Source,Target,Type,Id,Label,Weight``) the
one named as a relation, else ``label``, ``interaction`` or ``type``, the others unread; and
there two numbers are two numbered nodes, not a node and a value. A table whose first column
holds ids (``id``, ``node_id``) and which has a ``name``, ``label`` or ``title`` column (a node
list: ``id,label,born``) names each row by that column, as a JSON record keyed by ``id``;
its column named ``kind``, ``type``, ``category`` or ``class`` (Hetionet's ``id,name,kind``)
gives each node's class (``rdf:type``), as Neo4j's ``:LABEL`` does.

A ``.sif`` file (Cytoscape's simple interaction format, as Hetionet ships its edges:
``source<TAB>metaedge<TAB>target``) is read as a triple file, a line ``node relation node node``
an edge to each target (:func:`_sif_rows`).

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
from collections.abc import Iterable, Iterator
from pathlib import Path

from kgchat.errors import ParseError
from kgchat.graph.cell_values import cell_value as _value
from kgchat.graph.cell_values import literal_key
from kgchat.graph.formats import Triple, open_binary
from kgchat.graph.literal_terms import literal_term
from kgchat.graph.name_properties import RECORD_NAME_KEYS
from kgchat.graph.read_property_graph import is_header, read_rows
from kgchat.graph.vocab import RDF_TYPE, RDFS_LABEL

__all__ = ["literal_key", "read_delimited"]

# what a header row may call each column: (subject, relation, object)
_HEADER_ROLES = (
    frozenset({"subject", "head", "s", "h", "source", "src", "from", "start", "entity1"}),
    frozenset({"relation", "predicate", "rel", "r", "p", "edge", "property", "relationship"}),
    frozenset({"object", "tail", "o", "t", "target", "dst", "to", "end", "value", "entity2"}),
)


def _header_cells(row: list[str]) -> list[str]:
    """A header row's cells as comparable names ("Subject ID" -> ``subject_id``)."""
    return [c.strip().lower().replace(" ", "_").replace("-", "_") for c in row]


def header_order(row: list[str]) -> tuple[int, int, int] | None:
    """The columns of subject, relation and object a header row names, or None when the row
    is no header. Subject and object must each be named once; the relation is the third
    column of three, or of more (an edge list with weights, ids: Gephi's, networkx's) the one
    named as a relation, else the one an edge list names its edges' kind by
    (:data:`_EDGE_KINDS`).

    >>> header_order(["source", "target", "edge"]), header_order(["source", "target", "type"])
    ((0, 2, 1), (0, 2, 1))
    >>> header_order(["Source", "Target", "Type", "Id", "Label", "Weight"])
    (0, 4, 1)
    >>> header_order(["Alice", "knows", "Bob"]) is None
    True
    """
    cells = _header_cells(row)

    def named(names: frozenset[str]) -> list[int]:
        # a qualified name counts by its first word (``subject_id``, ``object_label``)
        return [i for i, c in enumerate(cells) if c in names or c.split("_")[0] in names]

    ends = [named(_HEADER_ROLES[0]), named(_HEADER_ROLES[2])]
    if any(len(at) != 1 for at in ends) or ends[0] == ends[1]:
        return None
    s, o = ends[0][0], ends[1][0]
    rest = [i for i in range(len(cells)) if i not in (s, o)]
    if len(cells) == 3:
        return s, rest[0], o
    for names in (_HEADER_ROLES[1], *(frozenset([k]) for k in _EDGE_KINDS)):
        at = [i for i in named(names) if i in rest]
        if len(at) == 1:
            return s, at[0], o
    return None


# what an edge list (not a file of triples) calls the node an edge leaves
_EDGE_ENDS = frozenset({"source", "src", "from", "start"})
# what an edge list of more columns may call the column of its edges' kind, in this order
# (Gephi writes ``Source,Target,Type,Id,Label,Weight``, its Type Directed or Undirected;
# Cytoscape ``interaction``)
_EDGE_KINDS = ("label", "interaction", "type")

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


def _edge_list(row: list[str], order: tuple[int, int, int]) -> bool:
    """Whether a header names its subject column as an edge list's source (``source``,
    ``from``), not a triple's subject: there two numbers are two numbered nodes."""
    return _header_cells(row)[order[0]].split("_")[0] in _EDGE_ENDS


def _is_id(cell: str) -> bool:
    return cell in ("id", "@id") or cell.endswith("_id")


def _named_table(row: list[str]) -> bool:
    """Whether a header row is a table of ids with names (``id,label,born``: a node list), as
    a JSON record keyed by ``id`` (:mod:`kgchat.graph.read_json`), and no edge list."""
    cells = _header_cells(row)
    return (
        _is_id(cells[0])
        and any(c in RECORD_NAME_KEYS for c in cells[1:])
        and header_order(row) is None
    )


def _name_at(columns: list[str]) -> int:
    """In a table whose first column holds ids, the column of each row's name (its label,
    no fact), as :func:`_named_table` reads it; -1 for any other table."""
    cells = _header_cells(columns)
    if not _is_id(cells[0]):
        return -1
    for key in RECORD_NAME_KEYS:
        if key in cells[1:]:
            return cells.index(key, 1)
    return -1


# what a node list (a table of ids with names) calls the column of each node's class, as
# Neo4j's import form says ``:LABEL`` (Hetionet's ``id,name,kind``; Cytoscape's ``type``)
_KIND_COLUMNS = ("kind", "type", "category", "class")


def _kind_at(columns: list[str]) -> int:
    """In a node list (:func:`_name_at` finds its names), the column of each node's class, read
    as ``rdf:type`` rather than as a relation to a value; -1 where there is none.

    >>> _kind_at(["id", "name", "kind"]), _kind_at(["id", "born", "kind"])
    (2, -1)
    """
    cells = _header_cells(columns)
    if _name_at(columns) < 0:
        return -1
    return next((cells.index(k, 1) for k in _KIND_COLUMNS if k in cells[1:]), -1)


def _table_row(
    row: list[str],
    columns: list[str],
    path: Path,
    lineno: int,
    names: dict[str, bool],
    label: int = -1,
    kind: int = -1,
) -> Iterator[Triple]:
    """A table row's triples: its first cell the subject, each other non-empty cell the
    object of its column's relation; the cell at ``label`` (a table of ids) its name, the
    cell at ``kind`` (a node list) its class."""
    if len(row) != len(columns):
        raise ParseError(
            f"expected {len(columns)} fields, as the table's header has, found {len(row)}",
            path,
            lineno,
        )
    subject = row[0].strip()
    if not subject:
        raise ParseError("empty first field (what the row is about)", path, lineno)
    for at, (relation, cell) in enumerate(zip(columns[1:], row[1:], strict=True), 1):
        value = cell.strip()
        if value and at == label:
            yield subject, RDFS_LABEL, literal_term(value)
        elif value and at == kind:
            yield subject, RDF_TYPE, value
        elif value:
            yield subject, relation, _value(relation, value, names)


def _sif_rows(lines: Iterable[str]) -> Iterator[list[str]]:
    """The rows of a SIF file (Cytoscape's simple interaction format, Hetionet's edge file) as
    triples: ``node relation node node...`` a row an edge to each target, a lone ``node`` no
    edge. Fields are tab-separated where a line has a tab (names may hold spaces), else
    separated by runs of spaces.

    >>> list(_sif_rows(["a binds b c", "lone", "x\\ty z\\tw"]))
    [['a', 'binds', 'b'], ['a', 'binds', 'c'], ['x', 'y z', 'w']]
    """
    for line in lines:
        row = line.rstrip("\r\n")
        fields = row.split("\t") if "\t" in row else row.split()
        if len(fields) > 3:
            yield from ([*fields[:2], target] for target in fields[2:])
        elif len(fields) != 1 or fields[0].startswith("#"):
            yield fields  # a lone node (one field) has no edge


def _sniff(first_line: str) -> str:
    for delim in ("\t", "|", ","):
        if delim in first_line:
            return delim
    return "\t"


def read_delimited(path: Path, delimiter: str | None) -> Iterator[Triple]:
    """The triples of a delimited file (tab, ``|`` or comma, sniffed from the first line when
    ``delimiter`` is None; ``"sif"`` for SIF's ``source relation target...``): rows of
    ``subject, relation, object`` (a header may name their order), of ``id, name`` (labels),
    a table with a header row (a row an entity, a column a relation), or Neo4j's import form.

    Raises
    ------
    ParseError
        At a row whose width differs from the first's, an empty field, or text that is not
        UTF-8, naming its line.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> p = Path(tempfile.mkdtemp()) / "kb.tsv"
    >>> _ = p.write_text("Ada\\tborn_in\\tLondon\\nLondon\\tin\\tEngland\\n")
    >>> [t[:3] for t in read_delimited(p, None)]
    [('Ada', 'born_in', 'London'), ('London', 'in', 'England')]
    """
    raw = open_binary(path)
    text = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")
    lineno = 0
    order = (0, 1, 2)
    edges = False  # a header row named the columns as an edge list's (source, target)
    try:
        if delimiter is None:
            first = text.readline()
            delimiter = _sniff(first)
            text.seek(0)
        rows: Iterator[list[str]]
        if delimiter == "sif":
            rows = _sif_rows(text)
            delimiter = "\t"
        elif delimiter == ",":
            rows = csv.reader(text)
        else:
            rows = (line.rstrip("\r\n").split(delimiter) for line in text)
        width = 0  # fields a line: 3 (triples), 2 (names) or more (a table), as the first has
        columns: list[str] = []  # a table's header: its columns' relations
        label = kind = -1  # a table of ids: the columns of each row's name and class
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
            if not width and len(row) > 3 and (named := header_order(row)) is not None:
                width, order, edges = len(row), named, _edge_list(row, named)  # others unread
                continue
            if not width and len(row) > 2 and _named_table(row):
                width, columns = len(row), _table_header(row, path, lineno)
                label, kind = _name_at(columns), _kind_at(columns)
                continue
            if not width and len(row) > 3:
                width, columns = len(row), _table_header(row, path, lineno)
                continue
            if columns:
                yield from _table_row(row, columns, path, lineno, names, label, kind)
                continue
            if not width and len(row) in (2, 3):
                width = len(row)
                if width == 3 and (named := header_order(row)) is not None:
                    order, edges = named, _edge_list(row, named)  # it says which is which
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
                node, name = row[0].strip(), row[1].strip()
                if not (node and name):
                    raise ParseError("empty id or name field", path, lineno)
                yield node, RDFS_LABEL, literal_term(name)
                continue
            s, p, o = (row[i].strip() for i in order)
            if not (s and p and o):
                raise ParseError("empty subject, relation or object field", path, lineno)
            if edges and s.isdigit() and o.isdigit():
                yield s, p, o  # an edge list of numbered nodes: both ends are ids
                continue
            yield s, p, _value(p, o, names)
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"not UTF-8 ({exc.reason}); re-encode the file as UTF-8", path, lineno + 1
        ) from None
    except csv.Error as exc:
        raise ParseError(f"malformed CSV: {exc}", path, lineno + 1) from None
    finally:
        text.close()
