"""Readers for every source format, chosen by name from a registry.

RDF syntaxes are parsed by pyoxigraph (Rust; ~40x faster than rdflib's own parsers, measured in
``bench/bench_graph_load.py``); a format name pyoxigraph does not know is handed to rdflib's own
plugin registry, so anything rdflib reads (TriX, HexTuples, ...) loads too. Plain triple files
(TSV, CSV, ``|``-delimited as in MetaQA's ``kb.txt``) have a reader of their own. ``.gz`` and
``.bz2`` (and ``.xz``) are decompressed on the fly.

Every XML source (RDF/XML, OWL, and anything rdflib reads, e.g. TriX) is checked for entity
declarations that would expand without bound or reach outside the file, before a parser sees
it (:mod:`kgchat.graph.xml_entities`). A file that cannot be read (permissions, a symbolic link
loop, a truncated or corrupt ``.gz``/``.bz2``/``.xz``) raises a :class:`GraphError` naming it.

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
import errno
import gzip
import io
import lzma
import re
import stat
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from kgchat.errors import (
    EmptySourceError,
    GraphError,
    KGChatError,
    ParseError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from kgchat.graph.locate import excerpt, locate
from kgchat.graph.names import XSD, file_base_iri, literal_term
from kgchat.graph.xml_entities import check_entities

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
    info = _stat(p)
    if stat.S_ISDIR(info.st_mode):
        raise _about(SourceNotFoundError(f"{p}: is a directory; pass the graph files inside it"), p)
    if not stat.S_ISREG(info.st_mode):
        raise _about(
            SourceNotFoundError(
                f"{p}: not a regular file (a pipe, socket or device); save it first"
            ),
            p,
        )
    fmt = normalize_format(format) if format else detect_format(p)
    if info.st_size == 0:
        raise _about(EmptySourceError(f"{p}: the file is empty; it holds no triples"), p)
    try:
        with open(p, "rb"):
            pass  # unreadable files fail here, by name, rather than inside a parser
        if fmt == "xml" or (fmt not in _OX_FORMATS and fmt not in _DELIMITED):
            check_entities(p, lambda: _open_binary(p))
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise _read_error(p, exc) from None
    if fmt in _OX_FORMATS:
        triples = _read_oxigraph(p, fmt, source_id)
    elif fmt in _DELIMITED:
        triples = _read_delimited(p, _DELIMITED[fmt])
    else:
        triples = _read_rdflib(p, fmt, source_id)
    return _counted(p, triples)


_E = TypeVar("_E", bound=KGChatError)


def _about(exc: _E, path: Path) -> _E:
    """``exc``, marked as being about ``path`` (the CLI's ``--json`` errors report it)."""
    exc.path = str(path)
    return exc


def _stat(p: Path) -> Any:
    """``os.stat`` of a source, its failures told apart (a link loop is not a missing file)."""
    try:
        return p.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            why = "a symbolic link loop (the link leads back to itself); fix the link"
        elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
            why = "no such file; check the path"
        else:
            raise _read_error(p, exc) from None
        raise _about(SourceNotFoundError(f"{p}: {why}"), p) from None


def _read_error(p: Path, exc: BaseException) -> GraphError:
    """A clear error for a file that cannot be read to its end."""
    compressed = p.suffix.lower() in _COMPRESSION
    if compressed and (
        isinstance(exc, (EOFError, zlib.error, lzma.LZMAError, gzip.BadGzipFile))
        or (isinstance(exc, OSError) and exc.errno is None)
    ):
        ext = p.suffix.lower()
        what = f"truncated {ext} data" if isinstance(exc, EOFError) else f"not valid {ext} data"
        return ParseError(f"{what} ({exc}); download or compress the file again", p)
    if isinstance(exc, OSError):
        return _about(GraphError(f"{p}: cannot read ({exc.strerror or exc})"), p)
    return ParseError(f"{type(exc).__name__}: {exc}", p)


def _counted(p: Path, triples: Iterator[Triple]) -> Iterator[Triple]:
    count = 0
    try:
        for t in triples:
            count += 1
            yield t
    except KGChatError:
        raise
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise _read_error(p, exc) from None
    if count == 0:
        raise _about(
            EmptySourceError(f"{p}: no triples found (the file parsed, but states nothing)"), p
        )


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
        raise _syntax_error(path, exc, ox_format, base) from None
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 ({exc.reason}); re-encode the file as UTF-8", path) from None
    except MemoryError as exc:  # pyoxigraph's buffer cap, not an exhausted machine
        where = _locate(path, ox_format, base, precise=False)
        raise ParseError(
            f"one term or statement is longer than the parser's {_BUFFER_MIB} MiB limit ({exc});"
            " shorten that value or drop it",
            path,
            where[0] if where else None,
        ) from None
    finally:
        if stream is not None:
            stream.close()


_BUFFER_MIB = 16


def _locate(
    path: Path, ox_format: Any, base: str, precise: bool = True
) -> tuple[int, int | None] | None:
    """Where pyoxigraph fails on ``path``, for errors it reports without a position."""
    import pyoxigraph as ox

    def parse(f: IO[bytes]) -> None:
        for _ in ox.parse(f, ox_format, base_iri=base):
            pass

    return locate(parse, lambda: _open_binary(path), precise=precise)


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


def _syntax_error(path: Path, exc: SyntaxError, ox_format: Any, base: str) -> ParseError:
    msg = exc.msg or str(exc)
    line, col = exc.lineno, exc.offset
    m = re.search(r"line (\d+) (?:column|between columns) (\d+)", msg)
    if m and line is None:
        line, col = int(m.group(1)), int(m.group(2))
    msg = re.sub(r"^Parser error at line \d+ (column \d+|between columns \d+ and \d+): ", "", msg)
    if "utf-8" in msg.lower() or "utf8" in msg.lower():
        msg += "; re-encode the file as UTF-8"
    if line is None:  # RDF/XML errors come without a position: find it
        line, col = _locate(path, ox_format, base) or (None, None)
    return _with_excerpt(msg, path, line, col)


def _with_excerpt(msg: str, path: Path, line: int | None, col: int | None) -> ParseError:
    lines = excerpt(path, lambda: _open_binary(path), line, col) if line else ()
    return ParseError(msg, path, line, col, context=lines)


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
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise _read_error(path, exc) from None
    except Exception as exc:  # rdflib's parsers raise many types; all mean a malformed file
        line = getattr(exc, "lineno", None) or getattr(exc, "line", None)
        line = line if isinstance(line, int) else None
        col = getattr(exc, "colno", None) or getattr(exc, "offset", None)
        col = col if isinstance(col, int) and line else None
        raise _with_excerpt(f"{type(exc).__name__}: {exc}", path, line, col) from None
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
