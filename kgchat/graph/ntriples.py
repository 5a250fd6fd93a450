"""N-Triples read straight from the file's bytes: split and deduplicated by numpy and pyarrow,
checked against the canonical line form, with pyoxigraph only where a line is not canonical.

A large N-Triples file is mostly lines in the form pyoxigraph itself writes (``s p o .``, one
space between terms, no comment, the shortest escapes). For such a line, pyoxigraph's parse and
re-serialisation (:mod:`kgchat.graph.encode`) gives back the same bytes, so the bytes are used as
they are: a block of lines is cut at the first two spaces of each line (numpy), the pieces are
dictionary-encoded (pyarrow, hashing in C), and only the *distinct* pieces are checked, against a
regular expression of the canonical form and, for IRIs and language tags beyond its plain ASCII
subset, against pyoxigraph's own term constructors. A block with anything else (a comment, a
``\\u`` escape, a tab, ``^^xsd:string``, an upper-case language tag, a triple term) is parsed and
re-serialised by pyoxigraph as before; a block that pyoxigraph rejects sends the whole file through
pyoxigraph, so a syntax error is reported exactly as without this path (``file:line:col``).

The chunks are :class:`~kgchat.graph.encode.Encoded`, with the same terms in the same order as
pyoxigraph's re-serialisation gives (tests/test_graph_ntriples.py checks it on random files).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, Any

import numpy as np

from kgchat.graph.encode import Encoded, array_numpy, pool

__all__ = ["BLOCK", "read_lines"]

BLOCK = 1 << 23  #: bytes of lines per chunk (8 MiB, ~75,000 triples)
_THREADS = 2
_LONG_LINE = 1 << 20  # pyoxigraph's buffer holds 16 MiB: longer lines are its to judge

# The canonical line, as pyoxigraph writes it. An IRI: a scheme, then no character that an
# N-Triples IRI must escape (nor a backslash: a \u escape is not canonical).
_IRI = r'<[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>"{}|^`\\]*>'
_BLANK = r"_:[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?"  # ASCII labels only
# A literal: pyoxigraph escapes exactly " \ and the control characters (\b \t \n \f \r short,
# the others, DEL, U+FFFE and U+FFFF as \u: not canonical here); language tags in lower case.
_LITERAL = (
    r'"(?:[^\x00-\x1f"\\\x7f\x{FFFE}\x{FFFF}]|\\[btnfr"\\])*"'
    r"(?:@[a-z]+(?:-[a-z0-9]+)*|\^\^" + _IRI + ")?"
)
# a piece of a line cut at its first two spaces: "s", " p" or " o .\n"
_PIECE = f"^(?:{_IRI}|{_BLANK}| {_IRI}| (?:{_IRI}|{_BLANK}|{_LITERAL}) \\.\\n)$"
# IRIs that RFC 3987 accepts as they are, without asking pyoxigraph: ASCII, a reg-name host
_U = r"[A-Za-z0-9._~!$&'()*+,;=\-]|%[0-9A-Fa-f]{2}"  # unreserved, sub-delims, %-encoded
_SEG = f"(?:{_U}|[:@])*"
_PLAIN_IRI = (
    rf"^[A-Za-z][A-Za-z0-9+.\-]*:"
    rf"(?://(?:(?:{_U}|:)*@)?(?:{_U})*(?::[0-9]*)?(?:/{_SEG})*"  # //authority/path
    rf"|/(?:(?:{_U}|[:@])+(?:/{_SEG})*)?"  # /path (not //)
    rf"|(?:{_U}|[:@])+(?:/{_SEG})*"  # path
    rf"|)(?:\?(?:{_SEG}|[/?])*)?(?:#(?:{_SEG}|[/?])*)?$"
)
# a piece whose IRIs are all of that plain form (the usual block): its IRIs need no other check
_PLAIN_PIECE = _PIECE.replace(_IRI, "<" + _PLAIN_IRI[1:-1] + ">")
# datatypes that pyoxigraph writes otherwise (xsd:string: dropped) or rejects without a language
_DATATYPES = frozenset(
    "http://www.w3.org/" + d
    for d in (
        "2001/XMLSchema#string",
        "1999/02/22-rdf-syntax-ns#langString",
        "1999/02/22-rdf-syntax-ns#dirLangString",
    )
)


class NotCanonical(Exception):
    """A block of lines that pyoxigraph has to read (internal to :func:`read_lines`)."""


def read_lines(
    stream: IO[bytes], blank_names: Any, reparse: Callable[[bytes], Encoded]
) -> Iterator[Encoded]:
    """Encoded chunks of an N-Triples stream, a :data:`BLOCK` of whole lines each.

    ``reparse`` reads a block of lines that is not in canonical form (pyoxigraph's parse and
    re-serialisation); it raises where pyoxigraph rejects the block. Two blocks are encoded at
    a time, in two threads, while this one reads the next (numpy and pyarrow release the GIL).
    """
    with ThreadPoolExecutor(_THREADS) as workers:
        ahead: deque[Future[Encoded]] = deque()
        for block in _blocks(stream):
            ahead.append(workers.submit(_encode_or_reparse, block, blank_names, reparse))
            if len(ahead) > _THREADS:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


def _encode_or_reparse(block: memoryview, blank_names: Any, reparse: Callable[[bytes], Encoded]):
    try:
        return encode_lines(block, blank_names)
    except NotCanonical:
        return reparse(bytes(block))


def _blocks(stream: IO[bytes]) -> Iterator[memoryview]:
    """Whole lines, about :data:`BLOCK` bytes at a time; the last one ends with a newline.

    Each block is read into a buffer of its own (the one before may still be in a worker), and
    handed over without a copy.
    """
    readinto = stream.readinto  # type: ignore[attr-defined]
    rest = b""
    while True:
        buf = bytearray(len(rest) + BLOCK)
        buf[: len(rest)] = rest
        size = len(rest)
        while size < len(buf) and (got := readinto(memoryview(buf)[size:])):
            size += got
        if size == len(rest):
            break
        cut = buf.rfind(b"\n", 0, size) + 1
        rest = bytes(buf[cut:size])
        if cut:
            yield memoryview(buf)[:cut]
    if rest.strip():
        yield memoryview(rest + b"\n")


def encode_lines(data: bytes | memoryview, blank_names: Any, check: bool = True) -> Encoded:
    """A block of canonical N-Triples lines (ending with a newline) as an Encoded chunk.

    Raises :class:`NotCanonical` where a line is not in the form pyoxigraph writes (a
    :func:`read_lines` block then goes through pyoxigraph). Without ``check``, the lines are
    taken as pyoxigraph's own output (a Turtle or RDF/XML file re-serialised): only cut.

    >>> from kgchat.graph.encode import resolve
    >>> from kgchat.graph.read_rdf import BlankNames
    >>> chunk = encode_lines(b'<http://e/a> <http://e/p> "x y"@en .\\n'
    ...                      b'_:n <http://e/p> <http://e/a> .\\n', BlankNames(0))
    >>> resolve([chunk])[0]
    ['http://e/a', 'http://e/p', '"x y"@en', '_:s0_b0']
    >>> encode_lines(b'<http://e/a> <http://e/p> "\\\\u0041" .\\n', BlankNames(0))
    Traceback (most recent call last):
    ...
    kgchat.graph.ntriples.NotCanonical: a line not in canonical form
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    buf = np.frombuffer(data, np.uint8)
    ends = np.flatnonzero(buf == 10)
    n = len(ends)
    if n == 0 or ends[-1] != len(data) - 1:
        raise NotCanonical("not whole lines")
    spaces = np.flatnonzero(buf == 32)
    starts = np.empty(n, np.int64)
    starts[0], starts[1:] = 0, ends[:-1] + 1
    first = np.searchsorted(spaces, starts)
    if int(first[-1]) + 1 >= len(spaces):
        raise NotCanonical("a line not in canonical form")
    second = spaces[first + 1]
    if not (second < ends).all():  # a line with fewer than two spaces (a blank line...)
        raise NotCanonical("a line not in canonical form")
    if check and int((ends - starts).max()) >= _LONG_LINE:  # pyoxigraph judges long lines
        raise NotCanonical("a line over 1 MiB")
    # pieces "s", " p", " o .\n": contiguous, so one offsets array over the block's bytes
    offsets = np.empty(3 * n + 1, np.int64)
    offsets[0:-1:3], offsets[1::3], offsets[2::3] = starts, spaces[first], second
    offsets[-1] = len(data)
    pieces = pa.Array.from_buffers(
        pa.large_binary(), 3 * n, [None, pa.py_buffer(offsets), pa.py_buffer(data)]
    )
    encoded = pc.dictionary_encode(pieces, memory_pool=pool())
    ids = array_numpy(encoded.indices)
    distinct = encoded.dictionary
    if not check:
        return Encoded.of(_terms(distinct.view(pa.large_string())), ids, blank_names)
    try:  # UTF-8 checked on the distinct pieces only
        text = distinct.cast(pa.large_string())
    except pa.ArrowInvalid:
        raise NotCanonical("not UTF-8") from None
    # one pass where every IRI is plain (the usual block), else the canonical form and the IRIs
    # beyond the plain form checked apart (~0.04 s less CPU for 1M triples' 14 blocks)
    plain = pc.all(pc.match_substring_regex(text, _PLAIN_PIECE)).as_py()
    if not plain and not pc.all(pc.match_substring_regex(text, _PIECE)).as_py():
        raise NotCanonical("a line not in canonical form")
    terms = _terms(text)  # a term met as subject and object is here twice: resolve merges them
    _check_terms(terms, iris=not plain)
    return Encoded.of(terms, ids, blank_names)


def _terms(text: Any) -> Any:
    """Pieces without their space and line end: " p" -> "p", " o .\\n" -> "o"."""
    import pyarrow as pa
    import pyarrow.compute as pc

    mem = pool()
    raw = pc.utf8_ltrim(text, " ", memory_pool=mem).view(pa.large_binary())  # one space at most
    o = pc.binary_slice(raw, 0, -3, memory_pool=mem)
    return pc.if_else(pc.ends_with(text, "\n"), o, raw, memory_pool=mem).view(pa.large_string())


def _check_terms(terms: Any, iris: bool = True) -> None:
    """IRIs beyond the plain ASCII form (with ``iris``: the pieces' pass did not already find
    every IRI plain), language tags and datatypes, checked by pyoxigraph's own term constructors
    (which the parser uses), or :class:`NotCanonical`."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyoxigraph as ox

    lits = pc.filter(terms, pc.starts_with(terms, '"'))
    last = pc.split_pattern(lits, '"', max_splits=1, reverse=True)  # ['"text', '@en']
    # (list_element's scalar 1 would import pandas)
    tails = pc.unique(pc.list_slice(last, 1, 2).flatten()).to_pylist()
    datatypes = {t[3:-1] for t in tails if t.startswith("^^")}
    if datatypes & _DATATYPES:
        raise NotCanonical("a datatype pyoxigraph writes otherwise")
    odd: list[str] = []
    if iris:
        found = pc.filter(terms, pc.starts_with(terms, "<"))
        found = pc.binary_slice(found.view(pa.large_binary()), 1, -1).view(found.type)
        odd = pc.filter(found, pc.invert(pc.match_substring_regex(found, _PLAIN_IRI))).to_pylist()
    try:
        for iri in [*odd, *datatypes]:
            ox.NamedNode(iri)
        for tag in tails:
            if tag.startswith("@"):
                ox.Literal("", language=tag[1:])
    except ValueError:
        raise NotCanonical("a term pyoxigraph rejects") from None
