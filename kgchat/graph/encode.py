"""Triples as ids into their distinct terms, deduplicated in C (pyarrow) rather than one Python
string per term.

The load of a large N-Triples, Turtle or RDF/XML file spent most of its time making a Python
string for each of the 3 terms of every triple (about as long as parsing it) and looking each up in
the interner. Here pyoxigraph re-serialises a chunk of parsed triples as N-Triples bytes (in Rust),
pyarrow splits the lines into terms and dictionary-encodes them (hashing in C), and only the
*distinct* terms of a whole source become Python strings, once, at the end (:func:`resolve`).

The keys are the same as the per-term reader's (see :mod:`kgchat.graph.formats`): an IRI without
its brackets, a literal in N-Triples form, a blank node renamed per source in order of first
appearance, a triple term as ``str()`` of pyoxigraph's ``Triple`` (its N-Triples form without the
outer ``<<( )>>``).

Examples
--------
>>> from kgchat.graph.read_rdf import BlankNames
>>> names = BlankNames(0)
>>> a = Encoded(b'<http://e/a> <http://e/p> "x y"@en .\\n_:n1 <http://e/p> <http://e/a> .\\n',
...             names)
>>> b = Encoded(b'_:n1 <http://e/q> _:n2 .\\n', names)
>>> keys, ids = resolve([a, b])
>>> keys
['http://e/a', 'http://e/p', '"x y"@en', '_:s0_b0', 'http://e/q', '_:s0_b1']
>>> ids.reshape(-1, 3).tolist()
[[0, 1, 2], [3, 1, 0], [3, 4, 5]]
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

__all__ = [
    "Chunk",
    "Encoded",
    "array_numpy",
    "pool",
    "resolve",
    "starting",
    "term_keys",
    "term_kinds",
    "unify",
]


class Encoded:
    """One chunk of N-Triples lines (as pyoxigraph writes them: ``s p o .``, one a line) as the
    chunk's terms in order of first appearance (``terms``, a pyarrow array of N-Triples forms;
    ``distinct`` unless made by :meth:`of`) and ``ids`` (subject, predicate, object per triple)
    into them.

    ``len()`` counts terms (3 a triple), as for a chunk of term keys. ``blank_names`` is the
    source's renamer of blank nodes, shared by its chunks.
    """

    __slots__ = ("blank_names", "distinct", "ids", "terms")

    def __init__(self, data: bytes | memoryview, blank_names: Any) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc

        self.blank_names = blank_names
        self.distinct = True
        ends = np.flatnonzero(np.frombuffer(data, np.uint8) == 10)
        offsets = np.zeros(len(ends) + 1, np.int64)
        offsets[1:] = ends + 1
        lines = pa.Array.from_buffers(
            pa.large_binary(), len(ends), [None, pa.py_buffer(offsets), pa.py_buffer(data)]
        )
        # "s p o .\n" -> "s p o": subjects and predicates never hold a space (IRIs, blank nodes)
        mem = pool()
        body = pc.binary_slice(lines, 0, -3, memory_pool=mem).view(pa.large_string())
        spo = pc.split_pattern(body, " ", max_splits=2, memory_pool=mem)
        if len(spo) and pc.min(pc.list_value_length(spo)).as_py() != 3:
            raise ValueError("not one 's p o .' triple a line")  # pyoxigraph wrote otherwise
        encoded = pc.dictionary_encode(spo.flatten(), memory_pool=mem)
        self.terms = encoded.dictionary
        self.ids = array_numpy(encoded.indices)

    @classmethod
    def of(cls, terms: Any, ids: np.ndarray, blank_names: Any) -> Encoded:
        """A chunk from its N-Triples terms (in order of first appearance; some may repeat, made
        one by :func:`resolve`) and the ids of its triples into them."""
        chunk = cls.__new__(cls)
        chunk.terms, chunk.ids, chunk.blank_names = terms, ids, blank_names
        chunk.distinct = False
        return chunk

    def __len__(self) -> int:
        return len(self.ids)

    def flat(self) -> list[str]:
        """The chunk's term keys, 3 a triple (what a chunk of :func:`read_terms` holds)."""
        keys, ids = resolve([self])
        return list(map(keys.__getitem__, ids.tolist()))


def resolve(chunks: list[Encoded]) -> tuple[list[str], np.ndarray]:
    """The distinct term keys of a source's chunks, in order of first appearance, and the ids of
    their triples into them (``int32``, subject, predicate, object per triple).

    Blank nodes are renamed by the chunks' shared renamer, in order of first appearance.
    """
    terms, ids = unify(chunks)
    return term_keys(terms, chunks[0].blank_names if chunks else None), ids


def unify(chunks: list[Encoded]) -> tuple[Any, np.ndarray]:
    """The first half of :func:`resolve`: the chunks' distinct N-Triples terms (a pyarrow array,
    in order of first appearance) and the ids of their triples into them (``int32``). Only
    pyarrow and numpy work here (the GIL released): a caller may start what needs only the ids
    before :func:`term_keys` makes the Python strings."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not chunks:
        return pa.array([], pa.large_string()), np.zeros(0, np.int32)
    if len(chunks) == 1 and chunks[0].distinct:
        terms, ids = chunks[0].terms, chunks[0].ids
    else:
        # one dictionary for all chunks: each chunk's terms are in order of first appearance,
        # so the unified dictionary is too
        unified = pc.dictionary_encode(
            pa.chunked_array([c.terms for c in chunks]), memory_pool=pool()
        )
        where = np.concatenate([array_numpy(c.indices) for c in unified.chunks])
        ids = np.empty(sum(len(c.ids) for c in chunks), np.int32)
        at = start = 0
        for c in chunks:  # each chunk's ids through its part of where, into ids (no temporary)
            np.take(where[start : start + len(c.terms)], c.ids, out=ids[at : at + len(c.ids)])
            at, start = at + len(c.ids), start + len(c.terms)
        terms = unified.chunk(0).dictionary
    return terms, ids.astype(np.int32, copy=False)


def term_keys(terms: Any, blank_names: Any) -> list[str]:
    """The second half of :func:`resolve`: term keys of N-Triples terms (IRIs without brackets,
    a triple term without its outer ``<<( )>>``, blank nodes renamed by ``blank_names``;
    literals as they are)."""
    return _keys(terms, blank_names) if len(terms) else []


def _keys(terms: Any, blank_names: Any) -> list[str]:
    """Term keys of N-Triples terms: IRIs without brackets, a triple term without its outer
    ``<<( )>>``, blank nodes renamed; literals as they are."""
    import pyarrow as pa
    import pyarrow.compute as pc

    mem = pool()
    raw = terms.view(pa.large_binary())
    triple = pc.starts_with(terms, "<<(")
    iri = pc.and_not(pc.starts_with(terms, "<"), triple)
    keys = pc.if_else(iri, pc.binary_slice(raw, 1, -1, memory_pool=mem), raw, memory_pool=mem)
    any_triple = pc.any(triple).as_py()
    if any_triple:
        keys = pc.if_else(triple, pc.binary_slice(raw, 4, -4), keys, memory_pool=mem)
    out = keys.view(pa.large_string()).to_pylist()
    blanks = array_numpy(pc.indices_nonzero(pc.starts_with(terms, "_:"))).tolist()
    if not any_triple:
        for i in blanks:
            out[i] = blank_names(out[i][2:])
        return out
    # (rare) a triple term's blank nodes are the graph's own too, numbered in the order met
    triples = set(array_numpy(pc.indices_nonzero(triple)).tolist())
    for i in sorted(triples.union(blanks)):
        out[i] = _triple_blanks(out[i], blank_names) if i in triples else blank_names(out[i][2:])
    return out


_TRIPLE = re.compile(r"(_:\S+|<[^>]*>) (<[^>]*>) (.*)\Z", re.S)


def _triple_blanks(inner: str, blank_names: Any) -> str:
    """A triple term's inner N-Triples text with its subject's and object's blank nodes renamed
    by ``blank_names``, as the term-by-term reader names them (:func:`kgchat.graph.read_rdf.
    _triple_key`): the reader chosen by a file's size, or by pyarrow being imported already,
    must not decide whether a reifier's blank node is the graph's own.

    >>> from kgchat.graph.read_rdf import BlankNames
    >>> _triple_blanks('_:f3a <http://e/p> _:c9', BlankNames(0))
    '_:s0_b0 <http://e/p> _:s0_b1'
    >>> _triple_blanks('<http://e/a> <http://e/p> "_:x"', BlankNames(0))
    '<http://e/a> <http://e/p> "_:x"'
    """
    m = _TRIPLE.match(inner)
    if m is None:  # a nested triple term: left as written
        return inner
    sub, pred, obj = m.groups()
    if sub.startswith("_:"):
        sub = blank_names(sub[2:])
    if obj.startswith("_:"):
        obj = blank_names(obj[2:])
    return f"{sub} {pred} {obj}"


def term_kinds(terms: Any) -> np.ndarray:
    """:func:`kgchat.graph.compile.term_kinds` of the term keys of N-Triples terms (a pyarrow
    string array; see :func:`term_keys`), from the bytes that begin each key: a literal's quote,
    a blank node's ``_:`` (a triple term's key is its inner text). ~5 ms for 357,000 terms,
    against ~30 ms over the keys as Python strings.

    >>> import pyarrow as pa
    >>> term_kinds(pa.array(['<http://e/a>', '"1"', "_:b0", '<<( _:b <p> "o" )>>', ""])).tolist()
    [0, 2, 1, 1, 0]
    """
    import pyarrow as pa

    n = len(terms)
    _, offsets, data = terms.buffers()
    if not n or data is None:
        return np.zeros(n, np.int8)
    wide = terms.type in (pa.large_string(), pa.large_binary())
    dtype = np.dtype(np.int64 if wide else np.int32)
    off = np.frombuffer(offsets, dtype, n + 1, terms.offset * dtype.itemsize).astype(np.int64)
    buf = np.frombuffer(data, np.uint8)
    if not len(buf):
        return np.zeros(n, np.int8)
    begin, end = off[:-1], off[1:]

    def at(pos: np.ndarray) -> np.ndarray:  # the byte at pos, 0 past a term's end
        return np.where(pos < end, buf[np.minimum(pos, len(buf) - 1)], 0)

    a, b = at(begin), at(begin + 1)
    triple = (a == ord("<")) & (b == ord("<")) & (at(begin + 2) == ord("("))
    if triple.any():  # the key of a triple term: its text from the fifth byte
        a, b = np.where(triple, at(begin + 4), a), np.where(triple, at(begin + 5), b)
    kinds = np.where(a == ord('"'), 2, 0).astype(np.int8)  # LITERAL, else IRI
    kinds[(a == ord("_")) & (b == ord(":"))] = 1  # BLANK
    return kinds


def starting(terms: Any, prefix: str) -> np.ndarray:
    """The positions of the terms (a pyarrow string array) that start with ``prefix``.

    >>> import pyarrow as pa
    >>> starting(pa.array(["<urn:a/x>", '"<urn:a/"', "<urn:b>"]), "<urn:a/").tolist()
    [0]
    """
    import pyarrow.compute as pc

    return array_numpy(pc.indices_nonzero(pc.starts_with(terms, prefix))).astype(np.int64)


Chunk = list[str] | Encoded  #: what a reader yields: term keys (3 a triple), or an Encoded chunk


def array_numpy(values: Any) -> np.ndarray:
    """A pyarrow array of integers without nulls as a numpy view of its buffer.

    ``Array.to_numpy`` goes through pyarrow's pandas conversion, which imports pandas (~0.4 s)
    the first time; a load has no use for it.
    """
    dtype = np.dtype(str(values.type))  # int32, uint64...
    data = values.buffers()[1]
    if data is None:
        return np.zeros(0, dtype)
    return np.frombuffer(data, dtype, len(values), values.offset * dtype.itemsize)


def pool() -> Any:
    """jemalloc where pyarrow has it: it hands a load's transient buffers back to the system,
    where the default (mimalloc) kept ~130 MB of a 1M-triple load's resident after it."""
    import pyarrow as pa

    try:
        return pa.jemalloc_memory_pool()
    except NotImplementedError:  # a build without jemalloc (macOS, Windows wheels)
        return pa.default_memory_pool()
