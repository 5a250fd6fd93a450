"""Readers for every source format, chosen by name from a registry.

RDF syntaxes are parsed by pyoxigraph (Rust; ~40x faster than rdflib's own parsers, measured in
``bench/bench_graph_load.py``); a format name pyoxigraph does not know is handed to rdflib's own
plugin registry, so anything rdflib reads (TriX, HexTuples, ...) loads too. Plain triple files
(TSV, CSV, ``|``-delimited as in MetaQA's ``kb.txt``) have a reader of their own. ``.gz`` and
``.bz2`` (and ``.xz``) are decompressed on the fly.

Every reader yields triples of *term keys*: an IRI or plain id as itself, a blank node as
``_:<source>_<id>`` (so two files' blank nodes never merge), a literal in N-Triples form.

Examples
--------
>>> detect_format("kb.ttl")
'turtle'
>>> detect_format("dump.nt.gz")
'nt'
>>> detect_format("pizza.owl")
'xml'
>>> detect_format("kb.txt")
'delimited'
>>> detect_format("notes.docx")
Traceback (most recent call last):
...
kgchat.errors.UnsupportedFormatError: notes.docx: unknown extension '.docx'; supported: ...
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import lzma
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from kgchat.errors import EmptySourceError, ParseError, SourceNotFoundError, UnsupportedFormatError
from kgchat.graph.names import XSD, file_base_iri, literal_term

__all__ = ["EXTENSIONS", "FORMATS", "Triple", "detect_format", "read_source"]

Triple = tuple[str, str, str]

# format name -> pyoxigraph RdfFormat attribute (None: a reader of our own)
_OX_FORMATS = {
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "xml": "RDF_XML",
    "json-ld": "JSON_LD",
    "n3": "N3",
}
_DELIMITED = {"tsv": "\t", "csv": ",", "psv": "|", "delimited": None}
FORMATS: tuple[str, ...] = (*_OX_FORMATS, *_DELIMITED)

# Names users and rdflib use for the same formats.
_ALIASES = {
    "ttl": "turtle",
    "ntriples": "nt",
    "n-triples": "nt",
    "nt11": "nt",
    "nq": "nquads",
    "n-quads": "nquads",
    "rdf/xml": "xml",
    "rdfxml": "xml",
    "application/rdf+xml": "xml",
    "owl": "xml",
    "jsonld": "json-ld",
    "text/turtle": "turtle",
    "pipe": "psv",
    "txt": "delimited",
}
EXTENSIONS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".trig": "trig",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".n3": "n3",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".csv": "csv",
    ".psv": "psv",
    ".txt": "delimited",
}
_COMPRESSION: dict[str, Callable[..., Any]] = {
    ".gz": gzip.open,
    ".bz2": bz2.open,
    ".xz": lzma.open,
}
_HEADER_WORDS = {"subject", "head", "s", "h", "relation", "predicate", "rel", "r", "p"}
_NUMBER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?|[+-]?\d+[eE][+-]?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _supported() -> str:
    exts = " ".join(sorted(EXTENSIONS))
    return f"{exts} (optionally .gz/.bz2/.xz), or format= one of {', '.join(FORMATS)}"


def normalize_format(fmt: str) -> str:
    """Map a user's or rdflib's format name onto kgchat's; unknown names pass through unchanged
    (rdflib's registry gets a chance at them).

    >>> normalize_format("TTL"), normalize_format("application/rdf+xml"), normalize_format("trix")
    ('turtle', 'xml', 'trix')
    """
    low = fmt.strip().lower()
    return _ALIASES.get(low, low)


def detect_format(path: str | Path) -> str:
    """Return the format name for a path from its extension (compression suffix skipped)."""
    p = Path(path)
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] in _COMPRESSION:
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext not in EXTENSIONS:
        raise UnsupportedFormatError(
            f"{p.name}: unknown extension {ext or '(none)'!r}; supported: {_supported()}"
        )
    return EXTENSIONS[ext]


def _open_binary(path: Path) -> IO[bytes]:
    opener = _COMPRESSION.get(path.suffix.lower())
    return opener(path, "rb") if opener else open(path, "rb")


def read_source(
    path: str | Path, format: str | None = None, source_id: int = 0
) -> Iterator[Triple]:
    """Yield the triples of one source file as term keys.

    Parameters
    ----------
    path : str or Path
        The file; ``.gz``/``.bz2``/``.xz`` are decompressed.
    format : str, optional
        A kgchat or rdflib format name; guessed from the extension when omitted.
    source_id : int
        Prefix for blank-node ids, unique per source so that blank nodes of two files stay apart.

    Raises
    ------
    SourceNotFoundError, UnsupportedFormatError, ParseError, EmptySourceError
    """
    p = Path(path)
    if not p.exists():
        raise SourceNotFoundError(f"{p}: no such file; check the path")
    if p.is_dir():
        raise SourceNotFoundError(f"{p}: is a directory; pass the graph files inside it")
    fmt = normalize_format(format) if format else detect_format(p)
    if p.stat().st_size == 0:
        raise EmptySourceError(f"{p}: the file is empty; it holds no triples")
    if fmt in _OX_FORMATS:
        triples = _read_oxigraph(p, fmt, source_id)
    elif fmt in _DELIMITED:
        triples = _read_delimited(p, _DELIMITED[fmt])
    else:
        triples = _read_rdflib(p, fmt, source_id)
    return _counted(p, triples)


def _counted(p: Path, triples: Iterator[Triple]) -> Iterator[Triple]:
    count = 0
    for t in triples:
        count += 1
        yield t
    if count == 0:
        raise EmptySourceError(f"{p}: no triples found (the file parsed, but states nothing)")


def _read_oxigraph(path: Path, fmt: str, source_id: int) -> Iterator[Triple]:
    import pyoxigraph as ox

    ox_format = getattr(ox.RdfFormat, _OX_FORMATS[fmt])
    base = file_base_iri(path)
    named, blank, literal = ox.NamedNode, ox.BlankNode, ox.Literal
    blank_names = _BlankNames(source_id)

    def key(term: object) -> str:
        t = type(term)
        if t is named:
            return term.value  # type: ignore[attr-defined]
        if t is blank:
            return blank_names(term.value)  # type: ignore[attr-defined]
        if t is literal:
            return str(term)
        return str(term)  # RDF-star triple terms: kept verbatim

    compressed = path.suffix.lower() in _COMPRESSION
    stream = _open_binary(path) if compressed else None
    try:
        parser = (
            ox.parse(stream, ox_format, base_iri=base)
            if stream is not None
            else ox.parse(path=str(path), format=ox_format, base_iri=base)
        )
        for q in parser:
            s, o = q.subject, q.object
            s_key = s.value if type(s) is named else key(s)
            o_key = o.value if type(o) is named else key(o)
            yield s_key, q.predicate.value, o_key
    except SyntaxError as exc:
        raise _syntax_error(path, exc) from None
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 ({exc.reason}); re-encode the file as UTF-8", path) from None
    finally:
        if stream is not None:
            stream.close()


class _BlankNames(dict[str, str]):
    """Parser blank-node ids -> ``_:s<source>_b<n>``, numbered in order of appearance.

    Parsers name anonymous nodes (``[ ... ]``) at random; renaming them by order of appearance
    makes the same file give the same terms, so fingerprints (and the indexes and QA data keyed by
    them) are stable across runs, while two sources' blank nodes still never merge.
    """

    def __init__(self, source_id: int) -> None:
        super().__init__()
        self.prefix = f"_:s{source_id}_b"

    def __call__(self, raw: str) -> str:
        name = self.get(raw)
        if name is None:
            name = self[raw] = f"{self.prefix}{len(self)}"
        return name


def _syntax_error(path: Path, exc: SyntaxError) -> ParseError:
    msg = exc.msg or str(exc)
    line, col = exc.lineno, exc.offset
    m = re.search(r"line (\d+) (?:column|between columns) (\d+)", msg)
    if m and line is None:
        line, col = int(m.group(1)), int(m.group(2))
    msg = re.sub(r"^Parser error at line \d+ (column \d+|between columns \d+ and \d+): ", "", msg)
    if "utf-8" in msg.lower() or "utf8" in msg.lower():
        msg += "; re-encode the file as UTF-8"
    return ParseError(msg, path, line, col)


def _read_rdflib(path: Path, fmt: str, source_id: int) -> Iterator[Triple]:
    import rdflib
    from rdflib.plugin import PluginException

    g = rdflib.Dataset(default_union=True)  # quad syntaxes (TriX...) keep named graphs
    try:
        with _open_binary(path) as f:
            g.parse(source=f, format=fmt, publicID=file_base_iri(path))
    except PluginException:
        raise UnsupportedFormatError(
            f"{path}: unknown format {fmt!r}; supported: {_supported()}, or any rdflib parser name"
        ) from None
    except Exception as exc:  # rdflib's parsers raise many types; all mean a malformed file
        line = getattr(exc, "lineno", None) or getattr(exc, "line", None)
        raise ParseError(f"{type(exc).__name__}: {exc}", path, line) from None
    blank_names = _BlankNames(source_id)

    def key(term: object) -> str:
        if isinstance(term, rdflib.BNode):
            return blank_names(str(term))
        if isinstance(term, rdflib.Literal):
            dt = str(term.datatype) if term.datatype else None
            return literal_term(str(term), term.language, dt)
        return str(term)

    for s, p, o, _ in g.quads((None, None, None, None)):
        yield key(s), str(p), key(o)


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


def _sniff(first_line: str) -> str:
    for delim in ("\t", "|", ","):
        if delim in first_line:
            return delim
    return "\t"


def _read_delimited(path: Path, delimiter: str | None) -> Iterator[Triple]:
    raw = _open_binary(path)
    text = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")
    lineno = 0
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
        for row in rows:
            lineno += 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if row[0].startswith("#"):
                continue
            if len(row) != 3:
                name = {"\t": "tab", ",": "comma", "|": "'|'"}.get(delimiter, repr(delimiter))
                raise ParseError(
                    f"expected 3 {name}-separated fields (subject, relation, object), "
                    f"found {len(row)}: {delimiter.join(row)[:80]!r}",
                    path,
                    lineno,
                )
            s, p, o = (x.strip() for x in row)
            if lineno == 1 and s.lower() in _HEADER_WORDS and p.lower() in _HEADER_WORDS:
                continue  # a header row
            if not (s and p and o):
                raise ParseError("empty subject, relation or object field", path, lineno)
            yield s, p, literal_key(o) or o
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"not UTF-8 ({exc.reason}); re-encode the file as UTF-8", path, lineno + 1
        ) from None
    except csv.Error as exc:
        raise ParseError(f"malformed CSV: {exc}", path, lineno + 1) from None
    finally:
        text.close()
