"""The FAISS structures behind the entity index, each holding vectors under stable int64 ids.

- ``"exact"``: ``IndexFlatIP`` in an ``IndexIDMap2``: brute-force inner product, which is the
  cosine since rows are normalised;
- ``"hnsw"``: ``IndexHNSWFlat(dim, M, METRIC_INNER_PRODUCT)`` in an ``IndexIDMap2``: approximate,
  for big graphs. It cannot remove vectors, so :class:`~kgchat.index.EntityIndex` rebuilds it
  from its stored vectors after a removal;
- ``"ivf"``: ``IndexIVFFlat`` over ``4·√n`` inner-product cells, when asked for. It keeps the ids
  itself: ``IndexIDMap2.remove_ids`` assumes the wrapped index renumbers what is left, as flat
  indexes do and IVF does not.

Examples
--------
>>> import numpy as np
>>> from kgchat.index import IndexConfig
>>> X = np.eye(4, dtype=np.float32)
>>> index = make_faiss(X, np.array([10, 11, 12, 13]), "exact", IndexConfig())
>>> scores, ids = search_faiss(index, "exact", X[2:3], 1, IndexConfig())
>>> ids.tolist(), scores.tolist(), sorted(faiss_ids(index).tolist())
([[12]], [[1.0]], [10, 11, 12, 13])
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import Any

import numpy as np

from kgchat.errors import ConfigError
from kgchat.index.config import KINDS, IndexConfig

__all__ = ["faiss_ids", "inner_index", "make_faiss", "search_faiss"]


def make_faiss(vectors: np.ndarray, ids: np.ndarray, kind: str, config: IndexConfig) -> Any:
    """A FAISS index of ``kind`` over ``vectors`` (rows normalised) with ids ``ids``."""
    import faiss

    n, dim = vectors.shape
    base: Any
    if kind == "exact":
        base = faiss.IndexFlatIP(dim)
    elif kind == "hnsw":
        base = faiss.IndexHNSWFlat(dim, config.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        # Build breadth: faiss's default 40, or 2·M when M is raised, so the graph keeps up.
        base.hnsw.efConstruction = max(40, 2 * config.hnsw_m)
    elif kind == "ivf":
        nlist = config.ivf_nlist or round(4 * math.sqrt(n))
        nlist = max(1, min(nlist, n // 39 if config.ivf_nlist == 0 else n))
        base = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
        base.train(vectors)
    else:
        raise ConfigError(f"index kind {kind!r} is invalid: expected one of {KINDS}")
    index = base if kind == "ivf" else faiss.IndexIDMap2(base)
    if n:
        index.add_with_ids(vectors, ids)
    return index


def inner_index(index: Any) -> Any:
    """The index that does the searching: inside the ``IndexIDMap2``, or the IVF index itself."""
    import faiss

    return faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else index


def faiss_ids(index: Any) -> np.ndarray:
    """The ids stored in a FAISS index made by :func:`make_faiss` (any order)."""
    import faiss

    if isinstance(index, faiss.IndexIDMap2):
        return faiss.vector_to_array(index.id_map).astype(np.int64)
    lists: Any = faiss.extract_index_ivf(index).invlists
    parts = [
        faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy() for i in range(lists.nlist)
    ]
    return np.concatenate([np.zeros(0, np.int64), *parts]).astype(np.int64)


def search_faiss(
    index: Any, kind: str, queries: np.ndarray, k: int, config: IndexConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Search with the breadth ``config`` asks for: ``(scores, ids)``, each ``(n, k)``; id -1
    pads rows with fewer than ``k`` hits."""
    base = inner_index(index)
    if kind == "hnsw":
        base.hnsw.efSearch = max(config.ef_search, k)
    elif kind == "ivf":
        base.nprobe = min(config.ivf_nprobe, base.nlist)
    with _serial_if(len(queries) * index.ntotal < 1_000_000):
        return index.search(queries, k)


@contextlib.contextmanager
def _serial_if(serial: bool) -> Iterator[None]:
    """Run faiss on one OpenMP thread when the search is small, restoring the setting after.

    faiss spreads queries over threads; for a few cheap queries the fork/join costs more than it
    saves, and on a busy machine a descheduled worker stalls the join for a scheduler tick: p90
    of one query went from 0.04 ms to 8 ms on two shared cores. The setting is per calling thread.
    """
    import faiss

    before = faiss.omp_get_max_threads()
    if not serial or before == 1:
        yield
        return
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)
