"""Building a graph: source files and tuples into interned term ids, merged without duplicates.

:meth:`KnowledgeGraph.load <kgchat.graph.KnowledgeGraph.load>`, ``add_source``, ``add`` and
``from_triples`` call these functions; each source is all or nothing (a failure leaves the graph as
it was).
"""

from __future__ import annotations

import gc
import time
from array import array
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from itertools import compress, count, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.errors import GraphError
from kgchat.graph import compile as comp
from kgchat.graph.encode import Encoded, starting, term_keys, term_kinds, unify
from kgchat.graph.formats import Triple, read_terms
from kgchat.graph.names import file_base_iri
from kgchat.graph.terms import Interner, SourceInfo, file_digest, first_occurrences, object_key
from kgchat.graph.terms import progress_bar as _progress

if TYPE_CHECKING:
    from kgchat.graph.core import KnowledgeGraph

__all__ = ["add_source", "ingest", "load_sources", "remove_matching"]


def load_sources(
    kg: KnowledgeGraph,
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    progress: bool | None = None,
) -> None:
    """Parse and merge source files into ``kg``, then the local files they ``owl:import``
    (unless ``kg.config.imports`` is off), and compile once at the end
    (:meth:`KnowledgeGraph.load <kgchat.graph.KnowledgeGraph.load>`)."""
    # A load makes a few hundred thousand lists and dicts a million triples and no cycles:
    # the cyclic collector's passes over them cost ~3% of it (0.05-0.1 s CPU at 1M).
    collect = gc.isenabled()
    gc.disable()
    try:
        for path in paths:
            kg.add_source(path, format=format, progress=progress, compile=False)
        if kg.config.imports:
            from kgchat.graph.imports import follow_imports

            follow_imports(kg, progress=progress)
        kg.compile()
    finally:
        if collect:
            gc.enable()


def add_source(
    kg: KnowledgeGraph,
    path: str | Path,
    *,
    format: str | None = None,
    progress: bool | None = None,
    recompile: bool = True,
) -> SourceInfo:
    """Parse one source file into ``kg``; see :meth:`KnowledgeGraph.add_source`."""
    t0 = time.perf_counter()
    info = SourceInfo(str(path), format, "")
    chunks = read_terms(path, format, source_id=len(kg.sources))
    if progress or progress is None:
        chunks = _progress(chunks, Path(path), progress)
    n0 = len(kg._terms.ordered)
    base = file_base_iri(path)
    relative = None  # whether a new term is an IRI made from a relative one (found below)
    # hashing and sorting release the GIL: they run beside the parse and the interning
    with ThreadPoolExecutor(2) as pool:
        digest = pool.submit(file_digest, path)
        terms = kg._terms
        first = kinds = None
        try:
            buf = array("i")
            encoded: list[Encoded] = []
            for chunk in chunks:  # interned in C, a chunk at a time
                if isinstance(chunk, list):
                    buf.extend(map(terms.__getitem__, chunk))
                else:
                    encoded.append(chunk)
            ids = np.frombuffer(buf, np.int32) if len(buf) else np.zeros(0, np.int32)
            if encoded:  # the source's distinct terms, interned once each
                distinct, local = unify(encoded)
                n1 = len(terms.ordered)
                fresh = not terms.ordered  # a first source's ids are its own: no mapping
                if fresh and not len(ids):  # its duplicate triples found while keys are made
                    first = pool.submit(_first_rows, local)
                keys = term_keys(distinct, encoded[0].blank_names)
                distinct_kinds = term_kinds(distinct)
                based = starting(distinct, "<" + base)
                del distinct
                encoded.clear()  # the chunks' dictionaries: freed before the interner grows
                mapping = _intern(terms, keys)
                ids = np.concatenate([ids, local if fresh else mapping[local]])
                # the kinds of the terms this source added: its chunks of keys', then these
                head = comp.term_kinds(terms.ordered[n0:n1]) if n1 > n0 else distinct_kinds[:0]
                kinds = np.concatenate([head, distinct_kinds[mapping >= n1]])
                relative = bool((mapping[based] >= n1).any()) or _based(terms.ordered[n0:n1], base)
        except BaseException:
            terms.rollback(n0)  # nothing half-loaded stays: the source is all or nothing
            raise
        _merge(kg, ids, info, n0, recompile, first.result() if first else None, kinds)
        info.digest = digest.result()
    if relative is None:
        relative = _based(kg._terms.ordered[n0:], base)
    if relative:
        info.extra["relative_iris_base"] = base
    info.seconds = round(time.perf_counter() - t0, 3)
    return info


def _based(keys: list[str], base: str) -> bool:
    """Whether a key starts with ``base``."""
    return any(map(str.startswith, keys, repeat(base)))


def ingest(kg: KnowledgeGraph, triples: Iterable[Triple], info: SourceInfo) -> None:
    """Intern ``(s, p, o)`` tuples of term keys and merge them into ``kg`` as source ``info``."""
    terms = kg._terms
    n0 = len(terms.ordered)
    buf = array("i")
    ext = buf.extend
    try:
        for s, p, o in triples:
            ext((terms[s], terms[p], terms[o]))
    except BaseException:
        terms.rollback(n0)
        raise
    _merge(kg, np.frombuffer(buf, np.int32) if len(buf) else np.zeros(0, np.int32), info, n0, True)


def _intern(terms: Interner, keys: list[str]) -> np.ndarray:
    """The ids of distinct ``keys``, new ones appended in their order (as one lookup each would
    give them), with dictionary operations in C rather than a Python call per new key.

    >>> terms = Interner(["a", "b"])
    >>> _intern(terms, ["c", "a", "d"]).tolist(), terms.ordered
    ([2, 0, 3], ['a', 'b', 'c', 'd'])
    """
    n = len(terms.ordered)
    if not n:  # the first source: every key is new (indexed on the first lookup by key)
        terms.ordered.extend(keys)
        return np.arange(len(keys))
    terms.index()
    # a new key gets a provisional id >= n (its position among keys, plus n); known keys, theirs
    got = np.fromiter(map(terms.setdefault, keys, count(n)), np.int64, len(keys))
    new = got >= n
    fresh = list(compress(keys, new.tolist()))
    if len(terms) != n + len(fresh):  # a key twice: resolve never gives that
        for key in set(fresh):
            del terms[key]
        raise GraphError("internal error: the same term key twice among a source's terms")
    terms.update(zip(fresh, range(n, n + len(fresh)), strict=True))
    terms.ordered.extend(fresh)
    got[new] = np.arange(n, n + len(fresh))
    return got


def _merge(
    kg: KnowledgeGraph,
    ids: np.ndarray,
    info: SourceInfo,
    n0: int,
    recompile: bool,
    first: np.ndarray | None = None,
    kinds: np.ndarray | None = None,
) -> None:
    """Add one source's interned triples (``ids``: s, p, o ids in a row) to the graph;
    ``first``: :func:`_first_rows` of ``ids``, where the graph had no triples before; ``kinds``:
    :func:`~kgchat.graph.compile.term_kinds` of the terms from ``n0`` on, where known."""
    terms = kg._terms
    ids = ids.reshape(-1, 3)
    if len(kg.sources) >= np.iinfo(np.int16).max:
        terms.rollback(n0)
        raise GraphError("too many sources (32767); merge some files first")
    _append(kg, ids, len(kg.sources), n0, first if not len(kg._s) else None, kinds)
    info.triples = len(ids)
    kg.sources.append(info)
    if recompile:
        kg.compile()


def _first_rows(ids: np.ndarray) -> np.ndarray:
    """:func:`~kgchat.graph.terms.first_occurrences` of triples of ids (s, p, o in a row); the
    ids must be dense (a source's own, from 0)."""
    ids = ids.reshape(-1, 3)
    n = int(ids.max()) + 1 if len(ids) else 0
    return first_occurrences(ids[:, 0], ids[:, 1], ids[:, 2], n)


def _append(
    kg: KnowledgeGraph,
    ids: np.ndarray,
    source: int,
    n0: int,
    first: np.ndarray | None = None,
    kinds: np.ndarray | None = None,
) -> None:
    if kinds is None:
        kinds = comp.term_kinds(kg._terms.ordered[n0:])
    kg._kinds = np.concatenate([kg._kinds, kinds])
    s = np.concatenate([kg._s, ids[:, 0]])
    p = np.concatenate([kg._p, ids[:, 1]])
    o = np.concatenate([kg._o, ids[:, 2]])
    src = np.concatenate([kg._src, np.full(len(ids), source, np.int16)])
    # Duplicate triples (within a file or across files) are merged; the first source wins.
    if first is None:
        first = first_occurrences(s, p, o, len(kg._terms.ordered))
    if len(first) < len(s):
        s, p, o, src = s[first], p[first], o[first], src[first]
    kg._s, kg._p, kg._o, kg._src = s, p, o, src


def remove_matching(
    kg: KnowledgeGraph, subject: str | None, predicate: str | None, object: Any
) -> int:
    """Remove the raw triples matching a pattern; see :meth:`KnowledgeGraph.remove`."""
    mask = np.ones(len(kg._s), bool)
    for arr, key in ((kg._s, subject), (kg._p, predicate), (kg._o, object)):
        if key is None:
            continue
        key = key if isinstance(key, str) else object_key(key, None, None)
        i = kg._terms.get(key)
        if i is None:
            return 0
        mask &= arr == i
    n = int(mask.sum())
    if n:
        keep = ~mask
        kg._s, kg._p, kg._o, kg._src = kg._s[keep], kg._p[keep], kg._o[keep], kg._src[keep]
        kg.compile()
    return n
