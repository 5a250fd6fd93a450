"""Save an entity index to a directory and load it back, trusting nothing that went stale.

Layout of the directory::

    manifest.json    format, kgchat version, encoder (name, model_id, dim, options), index kind,
                     graph fingerprint, config, counts; written last
    entities.json    node keys in row order, their FAISS ids, and the hash of each entity's text
    vectors.npy      float32 (n, dim), the entity vectors: updates and rebuilds need no encoding
    entities.faiss   the FAISS structure (faiss.write_index)
    relations.npz    predicates, directions, phrase hashes and vectors of the relation phrases

Writing goes to a temporary directory beside the target, renamed into place
(:func:`kgchat.fsio.writing`), so a crash never leaves half an index. The manifest records each
file's size and SHA-256. Loading checks, in order: the files (a missing, changed or corrupt
one raises :class:`~kgchat.errors.IndexError_` naming it, nothing is written, and
:func:`open_or_build` rebuilds; the checksums are compared as :func:`kgchat.fsio.check_files`
says: sizes and modification times by default, hashes with ``verify="full"``), the encoder
(another name, model or dim: rebuild, or raise with ``on_mismatch="error"``), then the graph
(another fingerprint: :meth:`EntityIndex.update`).

Examples
--------
>>> import tempfile
>>> from kgchat import KnowledgeGraph
>>> from kgchat.index import EntityIndex, IndexConfig
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
>>> config = IndexConfig(encoder="hashing")
>>> d = tempfile.mkdtemp() + "/index"
>>> EntityIndex.open_or_build(d, kg, config=config).nodes
['Aspirin', 'Headache']
>>> kg.add("Ibuprofen", "treats", "Headache")
>>> EntityIndex.open_or_build(d, kg).nodes  # updated (one entity embedded) and saved back
['Aspirin', 'Headache', 'Ibuprofen']
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat import fsio
from kgchat.errors import ConfigError, IndexError_, KGChatError
from kgchat.index.config import KINDS, IndexConfig
from kgchat.index.encoders import Encoder, get_encoder
from kgchat.index.entity_index import EntityIndex, config_for
from kgchat.index.faiss_index import faiss_ids

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["load_index", "open_or_build", "read_manifest", "save_index"]

logger = logging.getLogger(__name__)

FORMAT = "kgchat-index"
FORMAT_VERSION = 1
ON_MISMATCH = ("rebuild", "error")


def save_index(index: EntityIndex, directory: str | os.PathLike[str]) -> Path:
    """Write ``index`` to ``directory`` atomically (see the module docstring)."""
    import faiss

    from kgchat import __version__

    target = Path(directory)
    if target.exists() and (
        not target.is_dir() or (not (target / "manifest.json").is_file() and any(target.iterdir()))
    ):
        raise IndexError_(f"{target}: exists and is not a saved index; choose an empty directory")
    with fsio.writing(target) as tmp:
        entities = {"nodes": index.nodes, "ids": index.ids.tolist(), "hashes": index.hashes}
        (tmp / "entities.json").write_text(json.dumps(entities), encoding="utf-8")
        np.save(tmp / "vectors.npy", index.vectors)
        faiss.write_index(index._faiss, str(tmp / "entities.faiss"))
        keys = list(index.relation_vectors)
        dim = index.vectors.shape[1]
        np.savez(
            tmp / "relations.npz",
            predicates=np.array([p for p, _ in keys], dtype=str),
            forward=np.array([f for _, f in keys], dtype=bool),
            hashes=np.array([index.relation_hashes[k] for k in keys], dtype=str),
            vectors=np.array([index.relation_vectors[k] for k in keys], np.float32).reshape(
                len(keys), dim
            ),
        )
        encoder = index.encoder
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "kgchat_version": __version__,
            "encoder": {
                "name": encoder.name,
                "model": getattr(encoder, "model", None),
                "model_id": encoder.model_id,
                "dim": dim,
                "options": getattr(encoder, "options", {}),
            },
            "kind": index.kind,
            "fingerprint": index.fingerprint,
            "config": index.config.to_dict(),
            "counts": {"entities": len(index), "relation_phrases": len(keys)},
            "files": fsio.checksums(tmp),
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    index._dirty = False
    index.path = target
    return target


def _corrupt(directory: Path, name: str, why: str) -> IndexError_:
    return IndexError_(
        f"{directory / name}: {why}. The saved index is corrupt or incomplete: delete {directory} "
        "or rebuild it (EntityIndex.build, or open_or_build rebuilds it); the graph is untouched"
    )


def read_manifest(directory: str | os.PathLike[str]) -> dict[str, Any]:
    """The manifest of a saved index, checked for format and version.

    Examples
    --------
    >>> import tempfile
    >>> from kgchat import KnowledgeGraph
    >>> from kgchat.index import EntityIndex, IndexConfig
    >>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
    >>> d = tempfile.mkdtemp() + "/index"
    >>> _ = EntityIndex.open_or_build(d, kg, config=IndexConfig(encoder="hashing"))
    >>> manifest = read_manifest(d)
    >>> manifest["encoder"]["name"], manifest["fingerprint"] == kg.fingerprint
    ('hashing', True)
    """
    d = Path(directory)
    fsio.recover(d)
    path = d / "manifest.json"
    if not path.is_file():
        raise IndexError_(
            f"{d}: not a saved index (no manifest.json); build one with open_or_build"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
            raise ValueError(
                f"format {manifest.get('format')} v{manifest.get('format_version')}, "
                f"expected {FORMAT} v{FORMAT_VERSION}"
            )
        for key in ("encoder", "kind", "fingerprint", "config", "counts"):
            manifest[key]
        if manifest["kind"] not in KINDS:
            raise ValueError(f"unknown index kind {manifest['kind']!r}")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _corrupt(d, "manifest.json", f"unreadable ({type(exc).__name__}: {exc})") from None
    return dict(manifest)


def _read_parts(d: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    """Read and cross-check the data files; any problem raises IndexError_ naming the file."""
    import faiss

    n, dim = manifest["counts"]["entities"], manifest["encoder"]["dim"]
    name = "entities.json"
    try:
        entities = json.loads((d / name).read_text(encoding="utf-8"))
        nodes, ids, hashes = entities["nodes"], entities["ids"], entities["hashes"]
        if not len(nodes) == len(ids) == len(hashes) == n:
            raise ValueError(
                f"{len(nodes)} nodes, {len(ids)} ids, {len(hashes)} hashes, {n} in the manifest"
            )
        name = "vectors.npy"
        vectors = np.load(d / name, allow_pickle=False)
        if vectors.dtype != np.float32 or vectors.shape != (n, dim):
            raise ValueError(
                f"{vectors.dtype} array of shape {vectors.shape}, expected float32 ({n}, {dim})"
            )
        name = "entities.faiss"
        index = faiss.read_index(str(d / name))
        want = faiss.IndexIVFFlat if manifest["kind"] == "ivf" else faiss.IndexIDMap2
        if not isinstance(index, want) or index.ntotal != n or index.d != dim:
            raise ValueError(
                f"{type(index).__name__} of {index.ntotal} vectors of dim {index.d}; "
                f"expected an {want.__name__} of {n} vectors of dim {dim}"
            )
        if not np.array_equal(np.sort(faiss_ids(index)), np.sort(np.asarray(ids, np.int64))):
            raise ValueError("its ids disagree with entities.json")
        name = "relations.npz"
        with np.load(d / name, allow_pickle=False) as z:
            predicates, forward = z["predicates"].tolist(), z["forward"].tolist()
            rhashes, rvectors = z["hashes"].tolist(), z["vectors"]
        if (
            rvectors.dtype != np.float32
            or rvectors.shape != (len(predicates), dim)
            or not (len(predicates) == len(forward) == len(rhashes))
        ):
            raise ValueError(
                f"relation arrays disagree (vectors {rvectors.shape}, {len(predicates)} predicates)"
            )
    except Exception as exc:  # faiss raises RuntimeError, numpy ValueError/OSError/zipfile errors
        why = " ".join(str(exc).split())[:300]
        raise _corrupt(d, name, f"unreadable ({type(exc).__name__}: {why})") from None
    keys = list(zip(predicates, (bool(f) for f in forward), strict=True))
    return {
        "nodes": nodes,
        "ids": np.asarray(ids, np.int64),
        "hashes": hashes,
        "vectors": vectors,
        "faiss_index": index,
        "relation_vectors": dict(zip(keys, rvectors, strict=True)),
        "relation_hashes": dict(zip(keys, rhashes, strict=True)),
    }


def _mismatch(saved: dict[str, Any], encoder: Encoder) -> str | None:
    """How ``encoder`` differs from the one that built the index, or None."""
    ours = (saved["name"], saved["model_id"])
    if (encoder.name, encoder.model_id) != ours:
        return (
            f"built with encoder {ours[0]}:{ours[1]}, asked for {encoder.name}:{encoder.model_id}"
        )
    if encoder.dim != saved["dim"]:  # last: reading dim may load a model
        return f"built with vectors of dim {saved['dim']}, the encoder gives dim {encoder.dim}"
    return None


def load_index(
    directory: str | os.PathLike[str],
    kg: KnowledgeGraph,
    encoder: Encoder | None = None,
    *,
    on_mismatch: str = "rebuild",
    config: IndexConfig | None = None,
    progress: bool | None = None,
    verify: str | None = None,
) -> EntityIndex:
    """Load the index saved in ``directory`` and bring it up to ``kg``.

    Parameters
    ----------
    directory : str or os.PathLike
    kg : KnowledgeGraph
        The graph the index should reflect; another fingerprint triggers
        :meth:`EntityIndex.update`, which embeds only new and changed entities.
    encoder : Encoder, optional
        The encoder wanted; ``None`` remakes the saved one (by name, model and options), or the
        one ``config`` names.
    on_mismatch : {"rebuild", "error"}, default "rebuild"
        What to do when the index was built by another encoder (name, model_id or dim).
    config : IndexConfig, optional
        A config to switch to: other ``fields`` re-embed the entities whose text changes, other
        FAISS settings rebuild the structure from the stored vectors.
    progress : bool, optional
        Progress bars while (re-)embedding.
    verify : {"quick", "full", "off"}, optional
        How the files are checked against the checksums in the manifest (default ``"quick"``,
        or ``KGCHAT_VERIFY``): see :func:`kgchat.fsio.check_files`.

    Returns
    -------
    EntityIndex
        Not saved back: :func:`open_or_build` does that.

    Raises
    ------
    IndexError_
        For a missing, changed or corrupt file (named in the message; nothing is written), or an
        encoder mismatch with ``on_mismatch="error"``.
    """
    from kgchat import __version__

    if on_mismatch not in ON_MISMATCH:
        raise KGChatError(f"on_mismatch={on_mismatch!r} is invalid: expected one of {ON_MISMATCH}")
    d = Path(directory)
    manifest = read_manifest(d)
    try:
        saved_config = IndexConfig.from_dict(manifest["config"])
    except (KGChatError, TypeError) as exc:
        raise _corrupt(d, "manifest.json", f"invalid config ({exc})") from None
    want = config or saved_config
    saved_encoder = manifest["encoder"]
    if encoder is not None:
        want = config_for(encoder, want)
    else:
        same = (want.encoder, want.model) == (saved_config.encoder, saved_config.model)
        options = saved_encoder.get("options", {}) if same else {}
        try:
            encoder = get_encoder(want.encoder, want.model, **options)
        except ConfigError as exc:
            raise IndexError_(
                f"{d}: cannot remake its encoder ({exc}); pass encoder=, or register it with "
                "kgchat.index.register_encoder"
            ) from None
    why = _mismatch(saved_encoder, encoder)
    if why is not None:
        if on_mismatch == "error":
            raise IndexError_(
                f"{d}: {why}. Pass on_mismatch='rebuild' (or use open_or_build) to rebuild it, "
                "or delete the directory"
            )
        logger.warning("%s: %s; rebuilding the entity index", d, why)
        index = EntityIndex.build(kg, encoder, want, progress)
        index._dirty = True
        return index
    bad = fsio.check_files(d, manifest.get("files"), verify)
    if bad is not None:
        raise _corrupt(d, bad[0], bad[1])
    parts = _read_parts(d, manifest)
    index = EntityIndex(
        encoder, saved_config, fingerprint=manifest["fingerprint"], kind=manifest["kind"], **parts
    )
    index.path = d
    stale_texts = manifest.get("kgchat_version") != __version__  # entity_text may have changed
    # so open_or_build records the version it checked against, and checksums an older save lacks
    index._dirty = stale_texts or "files" not in manifest
    if want != saved_config:
        index.config = want
        structure = ("approximate", "exact_threshold", "hnsw_m", "ivf_nlist")
        if any(getattr(want, f) != getattr(saved_config, f) for f in structure):
            index._rebuild()
        stale_texts |= want.fields != saved_config.fields
        index._dirty = True
    if stale_texts or kg.fingerprint != index.fingerprint:
        counts = index.update(kg, progress=progress)
        logger.info("%s: brought the entity index up to the graph: %s", d, counts)
    return index


def open_or_build(
    directory: str | os.PathLike[str],
    kg: KnowledgeGraph,
    encoder: Encoder | None = None,
    config: IndexConfig | None = None,
    progress: bool | None = None,
) -> EntityIndex:
    """Load the index in ``directory`` if there is a usable one, else build it; save if changed.

    A stale index (another graph, encoder or config) is updated or rebuilt and saved back; a
    corrupt one is rebuilt with a warning. A directory that holds something else is refused
    (:class:`~kgchat.errors.IndexError_`) rather than overwritten.
    """
    d = Path(directory)
    if (d / "manifest.json").is_file():
        try:
            index = load_index(d, kg, encoder, config=config, progress=progress)
        except IndexError_ as exc:
            logger.warning("%s; rebuilding the entity index", exc)
        else:
            if index._dirty:
                save_index(index, d)
            return index
    index = EntityIndex.build(kg, encoder, config, progress)
    save_index(index, d)
    return index
