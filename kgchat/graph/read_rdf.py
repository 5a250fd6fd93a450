"""The RDF reader of the syntaxes pyoxigraph knows (rdflib's plugin registry reads the rest:
:mod:`kgchat.graph.read_rdflib`).

Both readers yield triples of term keys (see :mod:`kgchat.graph.formats`); blank nodes are
renamed per source in order of appearance (:class:`BlankNames`), and a syntax error becomes a
:class:`~kgchat.errors.ParseError` with the file, line, column and an excerpt.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from pathlib import Path
from typing import IO, Any

from kgchat.errors import GraphError, ParseError
from kgchat.graph.encode import Chunk, Encoded
from kgchat.graph.formats import CHUNK, COMPRESSION, open_binary
from kgchat.graph.jsonld_context import local_contexts, written_double
from kgchat.graph.locate import excerpt, locate
from kgchat.graph.named_graphs import NamedGraphs
from kgchat.graph.names import file_base_iri
from kgchat.graph.turtle_split import read_split, splits

__all__ = ["BlankNames", "read_oxigraph"]


def read_oxigraph(path: Path, ox_name: str, source_id: int) -> Iterator[Chunk]:
    """The term keys of an RDF file that pyoxigraph parses, in chunks (see
    :func:`kgchat.graph.formats.read_terms`): :class:`~kgchat.graph.encode.Encoded` chunks for
    the syntaxes of triples, lists of keys for the others."""
    import pyoxigraph as ox

    ox_format = getattr(ox.RdfFormat, ox_name)
    base = file_base_iri(path)
    named, blank = ox.NamedNode, ox.BlankNode
    blank_names = BlankNames(source_id)

    jsonld = ox_name == "JSON_LD"

    def key(term: Any) -> str:
        if type(term) is blank:
            return blank_names(term.value)
        if jsonld and type(term) is ox.Literal:  # a JSON number as the file wrote it
            return written_double(str(term))
        if type(term) is ox.Triple:  # RDF 1.2's triple term: its N-Triples text, inside
            return _triple_key(term, blank_names)
        return str(term)  # a literal in N-Triples form

    compressed = path.suffix.lower() in COMPRESSION
    stream = open_binary(path) if compressed else None
    if jsonld:  # contexts named by URL (kgchat.graph.jsonld_context)
        stream = _with_local_contexts(path, stream)
    try:
        parser = (
            ox.parse(stream, ox_format, base_iri=base)
            if stream is not None
            else ox.parse(path=str(path), format=ox_format, base_iri=base)
        )
        if ox_name == "N_TRIPLES" and _arrow_pays(path):  # kgchat.graph.ntriples
            yield from _read_ntriples(path, blank_names, base)
            return
        if ox_name == "TURTLE" and splits(path, compressed):  # kgchat.graph.turtle_split
            parts = read_split(
                path,
                base,
                lambda first: _pipelined(first, blank_names),
                lambda lines: _encoded(lines, blank_names),
            )
            if parts is not None:
                yield from parts
                return
        if ox_name in _ENCODED and _arrow_pays(path, ox_name == "TURTLE"):  # see encode.py
            yield from _pipelined(parser, blank_names)
            return
        # Other syntaxes (quads), and small files, in the per-term loop: one string per term is
        # made here, and each costs about as much as parsing it. A subject repeated on
        # consecutive triples (as writers group them) is compared in Rust rather than made
        # again, and predicates come from a cache.
        last_s: Any = None
        s_key = ""
        predicates: dict[Any, str] = {}
        graphs = NamedGraphs() if ox_format.supports_datasets else None  # kgchat.graph.named_graphs
        while True:
            chunk: list[str] = []
            add = chunk.append
            for q in islice(parser, CHUNK):
                s, p, o = q.subject, q.predicate, q.object
                if s != last_s:
                    last_s, s_key = s, s.value if type(s) is named else key(s)
                add(s_key)
                p_key = predicates.get(p)
                if p_key is None:
                    p_key = predicates[p] = p.value
                add(p_key)
                add(o_key := o.value if type(o) is named else key(o))
                if graphs is not None:
                    g = q.graph_name
                    graphs.add(g.value if type(g) is named else None, s_key, o_key)
            if not chunk:
                break
            yield chunk
        if graphs is not None and (links := graphs.links()):
            yield links
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


def _with_local_contexts(path: Path, stream: IO[bytes] | None) -> IO[bytes] | None:
    """A JSON-LD source as a stream with its named contexts replaced (None: the file is
    parsed as it is); ``stream`` is the decompressed file where it is compressed."""
    try:
        data = stream.read() if stream is not None else path.read_bytes()
    finally:
        if stream is not None:
            stream.close()
    rewritten = local_contexts(data, path)
    if rewritten is None:
        return io.BytesIO(data) if stream is not None else None
    return io.BytesIO(rewritten)


def _pipelined(parser: Any, blank_names: BlankNames) -> Iterator[Encoded]:
    """A pyoxigraph parser's triples as Encoded chunks, re-serialised as N-Triples (see
    :mod:`kgchat.graph.encode`) into two buffers used in turn (:class:`_Sink`)."""
    import pyoxigraph as ox

    sinks = (_Sink(), _Sink())

    def serialize(sink: _Sink) -> memoryview:  # empty at the end
        sink.size = 0
        ox.serialize(islice(parser, _ENCODED_CHUNK), sink, ox.RdfFormat.N_TRIPLES)  # type: ignore[arg-type]
        return memoryview(sink.buf)[: sink.size]

    # The parse (Rust, releasing the GIL per triple) of the next chunk runs in a second
    # thread while this one encodes the last (pyarrow, releasing it too): two cores. The
    # chunk being encoded is in one sink while the next is written to the other.
    with ThreadPoolExecutor(1) as pool:
        turn = 0
        ahead = pool.submit(serialize, sinks[turn])
        while data := ahead.result():
            turn ^= 1
            ahead = pool.submit(serialize, sinks[turn])
            yield _encoded(data, blank_names)
            data.release()  # (nothing else holds it: the encoder keeps no view of its input)


class _Sink:
    """A binary output that pyoxigraph's serializer writes to (8 KiB at a time), kept from chunk
    to chunk: a chunk's ~7 MB of N-Triples land in memory already paged in, where ``serialize``
    without an output grew a fresh buffer and copied it into a fresh ``bytes`` each chunk (a
    quarter of a 1M-triple Turtle load's page faults)."""

    __slots__ = ("buf", "size")

    def __init__(self) -> None:
        self.buf = bytearray()
        self.size = 0

    def write(self, data: bytes) -> int:
        end = self.size + len(data)
        if end > len(self.buf):  # a new buffer: the old one may still be viewed
            grown = bytearray(max(end, 2 * len(self.buf)))
            grown[: self.size] = memoryview(self.buf)[: self.size]
            self.buf = grown
        self.buf[self.size : end] = data
        self.size = end
        return len(data)

    def flush(self) -> None:
        pass


def _encoded(data: bytes | memoryview, blank_names: BlankNames) -> Encoded:
    """pyoxigraph's N-Triples, cut by numpy (:func:`kgchat.graph.ntriples.encode_lines`: ~0.4
    vs 0.58 s CPU a million triples), or by pyarrow's split where a line has no two spaces."""
    from kgchat.graph.ntriples import NotCanonical, encode_lines

    try:
        return encode_lines(data, blank_names, check=False)
    except NotCanonical:
        return Encoded(data, blank_names)


# From about this much N-Triples on, pyarrow's dedup pays for its import (~0.3 s) over the
# per-term loop (CPU, fresh process: 2.2 MB 0.17 vs 0.10 s, 6.5 MB 0.22 vs 0.27 s)
_ARROW_MIN_BYTES = 4 << 20


def _arrow_pays(path: Path, compact: bool = False) -> bool:
    """Whether a file is large enough to read through pyarrow (always, once it is imported);
    ``compact``: a syntax that says as much in ~3x fewer bytes than N-Triples (Turtle)."""
    if "pyarrow" in sys.modules:
        return True
    size = path.stat().st_size * (5 if path.suffix.lower() in COMPRESSION else 1)
    return size * (3 if compact else 1) >= _ARROW_MIN_BYTES


def _read_ntriples(path: Path, blank_names: BlankNames, base: str) -> Iterator[Encoded]:
    """N-Triples from the file's bytes (:mod:`kgchat.graph.ntriples`); where pyoxigraph rejects a
    block, the whole file is parsed again for the error's position in the file."""
    import pyoxigraph as ox

    from kgchat.graph.ntriples import read_lines

    nt = ox.RdfFormat.N_TRIPLES

    def reparse(block: bytes) -> Encoded:
        data = ox.serialize(ox.parse(block, nt, base_iri=base), format=nt)
        return Encoded(data or b"", blank_names)

    try:
        with open_binary(path) as stream:
            yield from read_lines(stream, blank_names, reparse)
    except (SyntaxError, UnicodeDecodeError):
        with open_binary(path) as stream:
            for _ in ox.parse(stream, nt, base_iri=base):
                pass  # raises the same error, with its line and column in the file
        raise GraphError(
            f"{path}: internal error: a block was rejected but not the file; load it with"
            " format='turtle' and report this"
        ) from None


# syntaxes of triples only (a quad's graph name would not fit an N-Triples line), read as Encoded
_ENCODED = frozenset({"N_TRIPLES", "TURTLE", "RDF_XML"})
_ENCODED_CHUNK = 1 << 16  # triples per Encoded chunk (~7 MB of N-Triples)


def _locate(
    path: Path, ox_format: Any, base: str, precise: bool = True
) -> tuple[int, int | None] | None:
    """Where pyoxigraph fails on ``path``, for errors it reports without a position."""
    import pyoxigraph as ox

    def parse(f: IO[bytes]) -> None:
        for _ in ox.parse(f, ox_format, base_iri=base):
            pass

    return locate(parse, lambda: open_binary(path), precise=precise)


def _triple_key(t: Any, blank_names: BlankNames) -> str:
    """The key of a triple term (:mod:`kgchat.graph.triple_terms`): its N-Triples text without
    ``<<( )>>``, its blank nodes named as the graph's own are."""
    import pyoxigraph as ox

    def text(term: Any) -> str:
        if type(term) is ox.BlankNode:
            return blank_names(term.value)
        if type(term) is ox.Triple:
            return f"<<( {_triple_key(term, blank_names)} )>>"
        return str(term)

    return f"{text(t.subject)} {text(t.predicate)} {text(t.object)}"


class BlankNames(dict[str, str]):
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
    lines = excerpt(path, lambda: open_binary(path), line, col) if line else ()
    return ParseError(msg, path, line, col, context=lines)
