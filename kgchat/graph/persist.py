"""Save a built graph to a directory and load it back fast, without re-parsing the sources.

Layout: ``manifest.json`` (format version, kgchat version, config, sources with their digests,
fingerprint, counts), ``terms.txt`` (one term key a line, UTF-8) and ``triples.npz`` (the raw
triples as id arrays). The manifest records each file's size and SHA-256; opening checks them
(:func:`kgchat.fsio.check_files`: sizes, and the hash of a file modified since) and refuses a
changed file with a :class:`~kgchat.errors.GraphError` naming it. Writing goes to a temporary
directory that is renamed into place (:func:`kgchat.fsio.writing`), so a crash never leaves a
half-written graph.

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

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kgchat import fsio
from kgchat.errors import GraphError, KGChatError, SourceNotFoundError

if TYPE_CHECKING:
    from kgchat.graph.core import KnowledgeGraph

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1


def save_graph(kg: KnowledgeGraph, directory: str | Path) -> Path:
    """Write ``kg`` to ``directory`` (see the module docstring)."""
    from kgchat import __version__

    target = Path(directory)
    with fsio.writing(target) as tmp:
        # checked under the writer's lock: outside it another writer's swap can make the
        # target vanish between two checks, and a saved graph then looked like a file
        if target.exists() and not target.is_dir():
            raise GraphError(
                f"{target}: exists and is a file; choose a directory for the saved graph"
            )
        if target.exists() and not (target / "manifest.json").is_file() and any(target.iterdir()):
            raise GraphError(
                f"{target}: exists and is not a saved graph; choose an empty directory"
            )
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
            "files": fsio.checksums(tmp),
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return target


def read_manifest(directory: str | Path) -> dict:
    """The manifest of a saved graph, checked for format and version.

    Examples
    --------
    >>> import tempfile
    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
    >>> manifest = read_manifest(kg.save(tempfile.mkdtemp() + "/graph"))
    >>> manifest["format"], manifest["n_terms"], manifest["fingerprint"] == kg.fingerprint
    ('kgchat-graph', 3, True)
    """
    d = Path(directory)
    fsio.recover(d)
    path = d / "manifest.json"
    if not path.is_file():
        raise SourceNotFoundError(f"{d}: not a saved graph (no manifest.json)")
    manifest = fsio.read_json_object(path, GraphError, f"delete {d} and save again")
    if manifest.get("format") != "kgchat-graph" or manifest.get("format_version") != FORMAT_VERSION:
        raise GraphError(
            f"{path}: saved by another kgchat graph format "
            f"({manifest.get('format')} v{manifest.get('format_version')}); load the sources "
            "and save again"
        )
    missing = [k for k in ("config", "sources", "fingerprint", "n_terms") if k not in manifest]
    if missing:
        raise GraphError(
            f"{path}: corrupt manifest (no {', '.join(missing)}); save the graph again"
        )
    return manifest


def load_graph(directory: str | Path, verify: str | None = None) -> KnowledgeGraph:
    """Load a graph written by :func:`save_graph`; a corrupt or truncated one raises GraphError.

    ``verify`` is ``"quick"`` (default, or ``KGCHAT_VERIFY``), ``"full"`` or ``"off"``: see
    :func:`kgchat.fsio.check_files`.
    """
    from kgchat.graph import compile as comp
    from kgchat.graph.core import GraphConfig, KnowledgeGraph
    from kgchat.graph.terms import Interner, SourceInfo

    d = Path(directory)
    manifest = read_manifest(d)
    bad = fsio.check_files(d, manifest.get("files"), verify)
    if bad is not None:
        raise GraphError(
            f"{d / bad[0]}: corrupt saved graph ({bad[1]}); delete {d} and save the graph again"
        )
    name = "terms.txt"
    try:
        keys = (d / name).read_text(encoding="utf-8").split("\n")
        name = "triples.npz"
        with np.load(d / name) as z:
            s, p, o, src = z["s"], z["p"], z["o"], z["src"]
    except Exception as exc:  # OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError...
        why = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        raise GraphError(
            f"{d / name}: corrupt saved graph ({why}); delete {d} and save the graph again"
        ) from None
    if keys == [""] and manifest["n_terms"] == 0:
        keys = []
    n = len(keys)
    if n != manifest["n_terms"] or not (len(s) == len(p) == len(o) == len(src)):
        raise GraphError(f"{d}: corrupt saved graph (sizes disagree); delete it and save again")
    if len(s) and max(int(s.max()), int(p.max()), int(o.max())) >= n:
        raise GraphError(f"{d}: corrupt saved graph (ids out of range); delete it and save again")
    try:
        kg = KnowledgeGraph(GraphConfig.from_dict(manifest["config"]))
        kg.sources = [SourceInfo(**info) for info in manifest["sources"]]
    except (TypeError, ValueError, KGChatError) as exc:
        raise GraphError(f"{d / 'manifest.json'}: corrupt manifest ({exc}); save again") from None
    kg._terms = Interner(keys)
    kg._kinds = comp.term_kinds(keys)
    kg._s, kg._p, kg._o, kg._src = s, p, o, src
    kg.compile()
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
    entry replaced). An entry that fails to open (damaged files, a failed checksum) is discarded
    and rebuilt with a warning. Sources smaller than ``min_bytes`` in total are simply parsed.
    """
    import hashlib

    from kgchat.graph.core import GraphConfig, KnowledgeGraph
    from kgchat.graph.terms import file_digest

    cfg = config if isinstance(config, GraphConfig) else GraphConfig()
    files = [Path(p) for p in paths]
    if len(files) == 1:
        fsio.recover(files[0])  # a saved graph left missing by a crash mid-publish
    if len(files) == 1 and (files[0] / "manifest.json").is_file():
        return load_graph(files[0])
    if any(not f.is_file() for f in files) or sum(f.stat().st_size for f in files) < min_bytes:
        return KnowledgeGraph.load(*files, format=format, config=cfg)
    if cache_root is None:
        cache_root = fsio.cache_dir() / "graphs"
    key = hashlib.blake2b(
        json.dumps([[str(f.resolve()) for f in files], format, cfg.to_json()]).encode(),
        digest_size=8,
    ).hexdigest()
    entry = Path(cache_root) / key
    fsio.recover(entry)
    if entry.exists():
        try:
            manifest = read_manifest(entry)
            saved = [s["digest"] for s in manifest["sources"]]
            if saved == [file_digest(f) for f in files]:
                return load_graph(entry)
        except (GraphError, KeyError, TypeError, OSError) as exc:
            logger.warning("graph cache %s is unusable (%s); rebuilding it", entry, exc)
            _discard(entry)
    kg = KnowledgeGraph.load(*files, format=format, config=cfg)
    try:
        save_graph(kg, entry)
    except (OSError, GraphError) as exc:  # a read-only cache must not stop the work
        logger.warning("could not write the graph cache %s (%s)", entry, exc)
    return kg


def _discard(entry: Path) -> None:
    """Remove a broken cache entry (kgchat's own folder under the cache root), under its lock."""
    import shutil

    try:
        with fsio.lock(entry):
            shutil.rmtree(entry, ignore_errors=True)
    except OSError:
        pass
