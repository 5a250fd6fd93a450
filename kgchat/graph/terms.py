"""Terms interned to dense ids, the sources they came from, and the small helpers of loading."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

from kgchat.graph.literal_terms import literal_term

__all__ = [
    "Interner",
    "SourceInfo",
    "file_digest",
    "first_occurrences",
    "object_key",
    "progress_bar",
]


class Interner(dict[str, int]):
    """Term key -> dense id; new keys get the next id (one dict lookup per term on the hot path).

    ``ordered`` holds the keys by id. The index from key to id is built on the first lookup by
    key (``get``, ``in``, ``len``, interning): a load compiles and saves its graph from ``ordered``
    alone, and indexing a million triples' 357k terms costs ~0.1 s. The dict always holds the
    first ``k`` keys of ``ordered`` (all of them once indexed).

    >>> terms = Interner(["a", "b"])
    >>> terms.get("b"), terms["c"], terms.ordered, len(terms)
    (1, 2, ['a', 'b', 'c'], 3)
    """

    def __init__(self, keys: list[str]) -> None:
        super().__init__()
        self.ordered = keys

    def index(self) -> Interner:
        """This interner with every key of ``ordered`` in the dict."""
        n = dict.__len__(self)
        if n < len(self.ordered):
            new = islice(self.ordered, n, None)
            dict.update(self, zip(new, range(n, len(self.ordered)), strict=True))
        return self

    def __missing__(self, key: str) -> int:
        if dict.__len__(self) < len(self.ordered):  # not indexed yet: the key may be known
            i = self.index().get(key)
            if i is not None:
                return i
        i = self[key] = len(self.ordered)
        self.ordered.append(key)
        return i

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return dict.get(self.index(), key, default)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self.index(), key)

    def __len__(self) -> int:
        return dict.__len__(self.index())

    def rollback(self, n: int) -> None:
        """Forget every key interned after the first ``n``."""
        for key in self.ordered[n : dict.__len__(self)]:
            del self[key]
        del self.ordered[n:]


@dataclass
class SourceInfo:
    """One loaded source: where from, its format and content digest."""

    path: str
    format: str | None
    digest: str
    triples: int = 0
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def file_digest(path: str | Path) -> str:
    """BLAKE2b digest of a file's bytes (used to notice that a source changed)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, lambda: hashlib.blake2b(digest_size=16)).hexdigest()


def first_occurrences(s: np.ndarray, p: np.ndarray, o: np.ndarray, n: int) -> np.ndarray:
    """Sorted indices of the first occurrence of each distinct (s, p, o) row.

    >>> first_occurrences(np.array([0, 1, 0, 0]), np.array([5, 5, 5, 5]), np.array([2, 2, 2, 3]), 6)
    array([0, 1, 3])
    """
    if len(s) == 0:
        return np.zeros(0, np.int64)
    if n >= (1 << 21):
        _, first = np.unique(np.stack([s, p, o], axis=1), axis=0, return_index=True)
        first.sort()
        return first
    # A stable sort of packed keys (timsort: a file's triples come nearly sorted, grouped by
    # subject), then a scatter: ~0.03 s a million triples where np.unique took ~0.1 s.
    packed = (s.astype(np.int64) << 42) | (p.astype(np.int64) << 21) | o.astype(np.int64)
    order = np.argsort(packed, kind="stable")
    ordered = packed[order]
    new = np.empty(len(order), bool)
    new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    if new.all():
        return np.arange(len(order))
    keep = np.zeros(len(order), bool)
    keep[order[new]] = True
    return np.flatnonzero(keep)


def object_key(obj: Any, lang: str | None, datatype: str | None) -> str:
    """The key of an object given as a Python value: a string as itself (a node or an IRI)
    unless ``lang`` or ``datatype`` make it a literal, a bool, int, float, date or datetime
    as a typed literal.

    Examples
    --------
    >>> object_key("Oslo", None, None)
    'Oslo'
    >>> object_key("chat", "fr", None)
    '"chat"@fr'
    >>> object_key(3, None, None)
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    if lang or datatype:
        return literal_term(str(obj), lang, datatype)
    if isinstance(obj, str):
        return obj
    if isinstance(obj, bool):
        return literal_term(str(obj).lower(), datatype="http://www.w3.org/2001/XMLSchema#boolean")
    if isinstance(obj, int):
        return literal_term(str(obj), datatype="http://www.w3.org/2001/XMLSchema#integer")
    if isinstance(obj, float):
        return literal_term(repr(obj), datatype="http://www.w3.org/2001/XMLSchema#double")
    import datetime as dt

    if isinstance(obj, dt.datetime):
        return literal_term(obj.isoformat(), datatype="http://www.w3.org/2001/XMLSchema#dateTime")
    if isinstance(obj, dt.date):
        return literal_term(obj.isoformat(), datatype="http://www.w3.org/2001/XMLSchema#date")
    return str(obj)


def progress_bar(chunks: Iterator[Any], path: Path, progress: bool | None) -> Iterator[Any]:
    """A tqdm counter of triples over :func:`~kgchat.graph.formats.read_terms` chunks, for big
    files (over 20 MB, or when asked); silent otherwise."""
    if progress is None and path.stat().st_size < 20_000_000:
        yield from chunks
        return
    from tqdm.auto import tqdm

    with tqdm(
        desc=f"parsing {path.name}", unit=" triples", unit_scale=True, mininterval=0.5
    ) as bar:
        for chunk in chunks:
            bar.update(len(chunk) // 3)
            yield chunk
