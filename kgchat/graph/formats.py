"""Readers for every source format, chosen by name from a registry.

RDF syntaxes are parsed by pyoxigraph (Rust; ~40x faster than rdflib's own parsers, measured in
``bench/bench_graph_load.py``); a format name pyoxigraph does not know is handed to rdflib's own
plugin registry, so anything rdflib reads (TriX, ...) loads too. Plain triple files
(TSV, CSV, ``|``-delimited as in MetaQA's ``kb.txt``) have a reader of their own, and so do
property graphs in GraphML (:mod:`kgchat.graph.read_graphml`) and RDF HexTuples
(:mod:`kgchat.graph.read_hext`: rdflib's plugin refuses a plain string's empty datatype), and
Neo4j Cypher scripts (:mod:`kgchat.graph.read_cypher`), HTML pages for their JSON-LD blocks
(:mod:`kgchat.graph.read_html`). ``.gz`` and ``.bz2`` (and ``.xz``) are decompressed on the fly.

Every XML source (RDF/XML, OWL, GraphML, and anything rdflib reads, e.g. TriX) is checked for entity
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
>>> detect_format("ops.graphml")
'graphml'
>>> detect_format("term-59.trix"), detect_format("votes.hext.gz"), detect_format("site.htm")
('trix', 'hext', 'html')
>>> detect_format("notes.docx")
Traceback (most recent call last):
...
kgchat.errors.UnsupportedFormatError: notes.docx: unknown extension '.docx'; supported: ...
"""

from __future__ import annotations

import bz2
import errno
import gzip
import lzma
import stat
import zlib
from collections.abc import Callable, Iterator
from itertools import chain, islice
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
from kgchat.graph.encode import Chunk
from kgchat.graph.xml_entities import check_entities

__all__ = ["EXTENSIONS", "FORMATS", "Triple", "detect_format", "read_source", "read_terms"]

Triple = tuple[str, str, str]

# format name -> pyoxigraph RdfFormat attribute (None: a reader of our own)
_OX_FORMATS = {
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "xml": "RDF_XML",
    "json-ld": "JSON_LD",
}
# Notation3: rules and quoted formulas beside the facts (kgchat.graph.read_n3)
_N3 = "n3"
# "sif": Cytoscape's simple interaction format (``node relation node node...``), as Hetionet
# ships its edges (``hetionet-v1.0-edges.sif.gz``)
_DELIMITED = {"tsv": "\t", "csv": ",", "psv": "|", "delimited": None, "sif": "sif"}
# OWL's own syntaxes and OBO, not RDF: converted by py-horned-owl (kgchat.graph.read_owl)
_OWL = ("owl-xml", "owl-functional", "owl-manchester", "obo")
# plain JSON records, no JSON-LD context (kgchat.graph.read_json)
_RECORDS = "json-records"
# property graphs in GraphML (kgchat.graph.read_graphml)
_GRAPHML = "graphml"
# RDF HexTuples, NDJSON six-string arrays (kgchat.graph.read_hext)
_HEXT = "hext"
# Neo4j Cypher scripts, the graph their CREATE / MERGE statements build (kgchat.graph.read_cypher)
_CYPHER = "cypher"
# web pages, read for their <script type="application/ld+json"> blocks (kgchat.graph.read_html)
_HTML = "html"
FORMATS: tuple[str, ...] = (*_OX_FORMATS, _N3, *_DELIMITED, *_OWL, _RECORDS, _GRAPHML, _HEXT)
FORMATS += (_CYPHER, _HTML)

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
    "owx": "owl-xml",
    "owl/xml": "owl-xml",
    "owlxml": "owl-xml",
    "ofn": "owl-functional",
    "functional": "owl-functional",
    "omn": "owl-manchester",
    "manchester": "owl-manchester",
    "hextuples": "hext",
    "jsonl": "json-records",
    "records": "json-records",
    "application/graphml+xml": "graphml",
    "text/html": "html",
    "xhtml": "html",
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
    ".trix": "trix",  # read by rdflib's own parsers, as any rdflib format name is
    ".hext": "hext",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".csv": "csv",
    ".psv": "psv",
    ".txt": "delimited",
    ".sif": "sif",
    ".owx": "owl-xml",
    ".ofn": "owl-functional",
    ".omn": "owl-manchester",
    ".obo": "obo",
    ".jsonl": "json-records",
    ".graphml": "graphml",
    ".cypher": "cypher",
    ".cyp": "cypher",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
COMPRESSION: dict[str, Callable[..., Any]] = {
    ".gz": gzip.open,
    ".bz2": bz2.open,
    ".xz": lzma.open,
}


def supported() -> str:
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
    if suffixes and suffixes[-1] in COMPRESSION:
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext not in EXTENSIONS:
        raise UnsupportedFormatError(
            f"{p.name}: unknown extension {ext or '(none)'!r}; supported: {supported()}"
        )
    return EXTENSIONS[ext]


def open_binary(path: Path) -> IO[bytes]:
    opener = COMPRESSION.get(path.suffix.lower())
    return opener(path, "rb") if opener else open(path, "rb")


def read_text(path: Path) -> str:
    """A whole (decompressed) source as UTF-8 text, for the readers that parse it at once."""
    with open_binary(path) as f:
        data = f.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 ({exc.reason}); re-encode the file as UTF-8", path) from None


def read_source(
    path: str | Path, format: str | None = None, source_id: int = 0
) -> Iterator[Triple]:
    """Yield the triples of one source file as term keys (see :func:`read_terms`).

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "kb.txt"
    >>> _ = f.write_text("Aspirin|treats|Headache")
    >>> list(read_source(f))
    [('Aspirin', 'treats', 'Headache')]
    """
    for chunk in read_terms(path, format, source_id):
        it = iter(chunk if isinstance(chunk, list) else chunk.flat())
        yield from zip(it, it, it, strict=True)


def read_terms(path: str | Path, format: str | None = None, source_id: int = 0) -> Iterator[Chunk]:
    """The term keys of one source file, in chunks: each a flat list ``[s, p, o, s, p, o, ...]``,
    or for N-Triples, Turtle and RDF/XML of a few MB and more an
    :class:`~kgchat.graph.encode.Encoded` chunk of ids into the chunk's terms (resolved to keys
    per source by its ``resolve``; N-Triples read from the file's bytes by
    :mod:`kgchat.graph.ntriples`).

    This is what a load interns: one list per few thousand triples rather than a tuple per triple
    keeps the per-triple work in C (:func:`kgchat.graph.ingest.add_source`). The file is checked
    (exists, readable, not empty, safe XML) before this returns; parse errors come while iterating.

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
    chunks: Iterator[Chunk]
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
        if fmt == "xml" or fmt not in (*_OX_FORMATS, *_DELIMITED, _N3, _HEXT, _CYPHER, _HTML):
            check_entities(p, lambda: open_binary(p))
        if fmt == "xml":  # an .owl file may be OWL/XML, or not XML at all; an .xml GraphML
            from kgchat.graph.read_owl import sniff

            fmt = sniff(p) or fmt
        elif fmt == "json-ld" and not _says(p, _JSON_LD_KEYWORDS):
            fmt = _RECORDS  # JSON with no JSON-LD keyword states no RDF: its records are read
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise read_error(p, exc) from None
    if fmt == _RECORDS:
        from kgchat.graph.read_json import read_records

        chunks = _batched(read_records(p, source_id))
    elif fmt == _GRAPHML:
        from kgchat.graph.read_graphml import read_graphml

        chunks = _batched(read_graphml(p, source_id))
    elif fmt == _HEXT:
        from kgchat.graph.read_hext import read_hext

        chunks = _batched(read_hext(p, source_id))
    elif fmt == _CYPHER:
        from kgchat.graph.read_cypher import read_cypher

        chunks = _batched(read_cypher(p, source_id))
    elif fmt == _HTML:
        from kgchat.graph.read_html import read_html

        chunks = _batched(read_html(p, source_id))
    elif fmt in _OWL:
        from kgchat.graph.read_owl import read_owl

        chunks = read_owl(p, fmt, source_id)
    elif fmt == _N3:
        from kgchat.graph.read_n3 import read_n3

        chunks = _batched(read_n3(p, source_id))
    elif fmt in _OX_FORMATS:
        from kgchat.graph.read_rdf import read_oxigraph

        chunks = read_oxigraph(p, _OX_FORMATS[fmt], source_id)
    elif fmt in _DELIMITED:
        from kgchat.graph.read_delimited import read_delimited

        chunks = _batched(read_delimited(p, _DELIMITED[fmt]))
    else:
        from kgchat.graph.read_rdflib import read_rdflib

        chunks = _batched(read_rdflib(p, fmt, source_id))
    return _counted(p, chunks)


_E = TypeVar("_E", bound=KGChatError)


def _about(exc: _E, path: Path) -> _E:
    """``exc``, marked as being about ``path`` (the CLI's ``--json`` errors report it)."""
    exc.path = str(path)
    return exc


# a JSON-LD document, compacted or expanded, says one of these
_JSON_LD_KEYWORDS = (b'"@context"', b'"@id"', b'"@graph"', b'"@type"', b'"@value"')


def _says(p: Path, needles: tuple[bytes, ...], block: int = 1 << 20) -> bool:
    """Whether the (decompressed) file holds one of ``needles``, read a block at a time."""
    tail = b""
    keep = max(len(n) for n in needles)
    with open_binary(p) as f:
        while chunk := f.read(block):
            if any(n in tail + chunk for n in needles):
                return True
            tail = chunk[-keep:]
    return False


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
            raise read_error(p, exc) from None
        raise _about(SourceNotFoundError(f"{p}: {why}"), p) from None


def read_error(p: Path, exc: BaseException) -> GraphError:
    """A clear error for a file that cannot be read to its end."""
    compressed = p.suffix.lower() in COMPRESSION
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


CHUNK = 8192  #: triples per chunk of :func:`read_terms`


def _batched(triples: Iterator[Triple]) -> Iterator[list[str]]:
    """Triples as :func:`read_terms` chunks."""
    while chunk := list(chain.from_iterable(islice(triples, CHUNK))):
        yield chunk


def _counted(p: Path, chunks: Iterator[Chunk]) -> Iterator[Chunk]:
    count = 0
    try:
        for chunk in chunks:
            count += len(chunk)
            yield chunk
    except KGChatError:
        raise
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise read_error(p, exc) from None
    if count == 0:
        raise _about(
            EmptySourceError(f"{p}: no triples found (the file parsed, but states nothing)"), p
        )
