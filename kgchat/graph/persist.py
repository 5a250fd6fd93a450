"""Save a built graph to a directory and load it back fast, without re-parsing the sources.

Layout: ``manifest.json`` (format version, kgchat version, config, sources with their digests,
fingerprint, counts), ``terms.txt`` (one term key a line, UTF-8) and ``triples.npz`` (the raw
triples as id arrays). Writing goes to a temporary directory that is renamed into place, so a
crash never leaves a half-written graph.

Examples
--------
>>> import tempfile
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("a", "knows", "b"), ("b", "age", "41")])
>>> d = kg.save(tempfile.mkdtemp() + "/g")
>>> back = KnowledgeGraph.open(d)
>>> back.fingerprint == kg.fingerprint, [f.text for f in back.facts()]
(True, ['a — knows → b', 'b — age → 41'])
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kgchat.errors import GraphError, SourceNotFoundError

if TYPE_CHECKING:
    from kgchat.graph.core import KnowledgeGraph

FORMAT_VERSION = 1


def atomic_directory(target: Path) -> Path:
    """A fresh temporary directory beside ``target``, to be moved in by :func:`commit_directory`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))


def commit_directory(tmp: Path, target: Path) -> None:
    """Move a finished temporary directory onto ``target``, replacing what was there."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    os.replace(tmp, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def save_graph(kg: KnowledgeGraph, directory: str | Path) -> Path:
    """Write ``kg`` to ``directory`` (see the module docstring)."""
    from kgchat import __version__

    target = Path(directory)
    if target.exists() and not (target / "manifest.json").is_file() and any(target.iterdir()):
        raise GraphError(f"{target}: exists and is not a saved graph; choose an empty directory")
    tmp = atomic_directory(target)
    try:
        keys = kg._terms.ordered
        (tmp / "terms.txt").write_text("\n".join(keys), encoding="utf-8")
        np.savez(tmp / "triples.npz", s=kg._s, p=kg._p, o=kg._o, src=kg._src)
        manifest = {
            "format": "kgchat-graph",
            "format_version": FORMAT_VERSION,
            "kgchat_version": __version__,
            "config": kg.config.to_dict(),
            "sources": [vars(s) for s in kg.sources],
            "fingerprint": kg.fingerprint,
            "n_terms": len(keys),
            "stats": {k: v for k, v in kg.stats().items() if k != "sources"},
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        commit_directory(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def read_manifest(directory: str | Path) -> dict:
    """The manifest of a saved graph, checked for format and version."""
    d = Path(directory)
    path = d / "manifest.json"
    if not path.is_file():
        raise SourceNotFoundError(f"{d}: not a saved graph (no manifest.json)")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GraphError(
            f"{path}: unreadable manifest ({exc}); delete {d} and save again"
        ) from None
    if manifest.get("format") != "kgchat-graph" or manifest.get("format_version") != FORMAT_VERSION:
        raise GraphError(
            f"{path}: saved by another kgchat graph format "
            f"({manifest.get('format')} v{manifest.get('format_version')}); load the sources "
            "and save again"
        )
    return manifest


def load_graph(directory: str | Path) -> KnowledgeGraph:
    """Load a graph written by :func:`save_graph`; a corrupt or truncated one raises GraphError."""
    from kgchat.graph import compile as comp
    from kgchat.graph.core import GraphConfig, KnowledgeGraph, SourceInfo, _Interner

    d = Path(directory)
    manifest = read_manifest(d)
    try:
        keys = (d / "terms.txt").read_text(encoding="utf-8").split("\n")
        with np.load(d / "triples.npz") as z:
            s, p, o, src = z["s"], z["p"], z["o"], z["src"]
    except (OSError, ValueError, KeyError) as exc:
        raise GraphError(f"{d}: corrupt saved graph ({exc}); delete it and save again") from None
    if keys == [""] and manifest["n_terms"] == 0:
        keys = []
    n = len(keys)
    if n != manifest["n_terms"] or not (len(s) == len(p) == len(o) == len(src)):
        raise GraphError(f"{d}: corrupt saved graph (sizes disagree); delete it and save again")
    if len(s) and max(int(s.max()), int(p.max()), int(o.max())) >= n:
        raise GraphError(f"{d}: corrupt saved graph (ids out of range); delete it and save again")
    kg = KnowledgeGraph(GraphConfig.from_dict(manifest["config"]))
    kg._terms = _Interner(keys)
    kg._kinds = np.fromiter((comp.term_kind(k) for k in keys), np.int8, n)
    kg._s, kg._p, kg._o, kg._src = s, p, o, src
    kg.sources = [SourceInfo(**info) for info in manifest["sources"]]
    kg._recompile()
    if kg.fingerprint != manifest["fingerprint"]:
        raise GraphError(f"{d}: fingerprint mismatch (the files were changed); save again")
    return kg


def cached_load(
    paths: list[str | Path],
    *,
    format: str | None = None,
    config: object = None,
    cache_root: str | Path | None = None,
    min_bytes: int = 5_000_000,
) -> KnowledgeGraph:
    """Load sources through an on-disk cache of the built graph, so that a large graph is not
    re-parsed on every start.

    The cache entry is keyed by the sources' absolute paths, format and config, and trusted only
    while every source's content digest still matches (a changed file is parsed again and the
    entry replaced). Sources smaller than ``min_bytes`` in total are simply parsed.
    """
    import hashlib

    from kgchat.graph.core import GraphConfig, KnowledgeGraph, file_digest

    cfg = config if isinstance(config, GraphConfig) else GraphConfig()
    files = [Path(p) for p in paths]
    if len(files) == 1 and (files[0] / "manifest.json").is_file():
        return load_graph(files[0])
    if any(not f.is_file() for f in files) or sum(f.stat().st_size for f in files) < min_bytes:
        return KnowledgeGraph.load(*files, format=format, config=cfg)
    if cache_root is None:
        from kgchat.models import cache_dir

        cache_root = cache_dir() / "graphs"
    key = hashlib.blake2b(
        json.dumps([[str(f.resolve()) for f in files], format, cfg.to_json()]).encode(),
        digest_size=8,
    ).hexdigest()
    entry = Path(cache_root) / key
    if (entry / "manifest.json").is_file():
        try:
            manifest = read_manifest(entry)
            saved = [s["digest"] for s in manifest["sources"]]
            if saved == [file_digest(f) for f in files]:
                return load_graph(entry)
        except (GraphError, KeyError, OSError):
            pass  # a stale or broken entry is rebuilt below
    kg = KnowledgeGraph.load(*files, format=format, config=cfg)
    with contextlib.suppress(OSError):  # a read-only cache must not stop the work
        save_graph(kg, entry)
    return kg
