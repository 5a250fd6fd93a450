"""The entity index of a graph behind a SPARQL endpoint, built by streaming: entities page by page
(names and types fetched for 500 at a time), each page embedded and checkpointed, so an
interrupted build resumes where it stopped; the vectors go into FAISS (HNSW or IVF past
``exact_threshold`` entities, as :class:`~kgchat.index.IndexConfig` says).

A build folder holds ``manifest.json`` (the endpoint, the graph's fingerprint, which hashes the
endpoint URL, its triple count and predicates, the entity count, the config) and ``index/``, an
:class:`~kgchat.index.EntityIndex` saved the usual way (:mod:`kgchat.index.store`). It is
published atomically (:mod:`kgchat.fsio`). While building, ``<folder>.partial/`` holds the pages
done (``state.json``, ``nodes.json``, ``vectors.npy``); a build of the same endpoint, fingerprint
and config picks up from there.

    index = open_or_stream(folder, SparqlGraph(url), get_encoder("hashing"))
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat import fsio
from kgchat.errors import IndexError_
from kgchat.index.config import IndexConfig
from kgchat.index.encoders import Encoder
from kgchat.index.entity_index import EntityIndex, encode_checked, settle_encoder
from kgchat.index.texts import entity_text, relation_texts, text_hash

if TYPE_CHECKING:
    from kgchat.graph.endpoint import SparqlGraph

__all__ = ["open_or_stream", "stream_index"]

logger = logging.getLogger(__name__)

FORMAT = "kgchat-endpoint-index"
_CHUNK = 500  # nodes per names/types request


class _Page:
    """The names and types of one page of entities: what :func:`entity_text` reads."""

    def __init__(self, graph: SparqlGraph, nodes: list[str]) -> None:
        from kgchat.graph.endpoint_queries import key, values
        from kgchat.graph.endpoint_rows import is_fact
        from kgchat.graph.vocab import RDF_TYPE

        self.graph = graph
        self._types: dict[str, list[str]] = {n: [] for n in nodes}
        for i in range(0, len(nodes), _CHUNK):
            chunk = nodes[i : i + _CHUNK]
            graph.fetch_names(chunk, neighbours=False)
            rows = graph.client.select(
                f"SELECT ?n ?c WHERE {{ {values('n', chunk)} ?n <{RDF_TYPE}> ?c "
                "FILTER(isIRI(?c)) }"
            )
            for r in rows:
                n, c = key(r["n"]), key(r["c"])
                if is_fact(graph.schema, RDF_TYPE, c, 0):
                    self._types[n].append(c)
        classes = sorted({c for cs in self._types.values() for c in cs})
        for i in range(0, len(classes), _CHUNK):
            graph.fetch_names(classes[i : i + _CHUNK], neighbours=False)

    def label(self, node: str) -> str:
        return self.graph.label(node)

    def aliases(self, node: str) -> list[str]:
        return self.graph.aliases(node)

    def description(self, node: str) -> str | None:
        return self.graph.description(node)

    def types(self, node: str) -> list[str]:
        return sorted(self._types.get(node, []))


def stream_index(
    graph: SparqlGraph,
    directory: str | os.PathLike[str],
    encoder: Encoder | None = None,
    config: IndexConfig | None = None,
    *,
    page: int = 5000,
    progress: bool | None = None,
) -> EntityIndex:
    """Build the entity index of ``graph`` page by page into ``directory`` (resuming from
    ``<directory>.partial`` when it holds pages of the same build); see the module docstring."""
    from tqdm.auto import tqdm

    from kgchat.graph.endpoint_schema import entities_query

    config, encoder = settle_encoder(config, encoder)
    target = Path(directory)
    partial = target.with_name(target.name + ".partial")
    want = {
        "endpoint": graph.endpoint,
        "fingerprint": graph.fingerprint,
        "config": json.loads(config.to_json()),
        "encoder": encoder.model_id,
    }
    nodes, vectors, hashes, done = _resume(partial, want)
    sch = graph.schema
    bar = tqdm(
        total=None,
        initial=len(nodes),
        unit="entity",
        desc="entity index",
        disable=progress is False,
    )
    block: list[str] = []

    def flush() -> None:
        nonlocal vectors
        view = _Page(graph, block)
        texts = [entity_text(view, n, config.fields) for n in block]  # type: ignore[arg-type]
        vec = encode_checked(encoder, texts, config, False)
        nodes.extend(block)
        hashes.extend(text_hash(t) for t in texts)
        vectors = np.concatenate([vectors, vec]) if len(vectors) else vec
        _checkpoint(partial, want, nodes, hashes, vectors, done)
        bar.update(len(block))
        block.clear()

    from kgchat.graph.endpoint_queries import key

    seen = set(nodes)
    # sorted pages: a resumed build reads on in the same order
    for row in graph.stream(entities_query(sch), ("e",), start=done, ordered=True):
        done += 1
        e = key(row["e"])
        if e in sch.properties or e in seen:
            continue
        seen.add(e)
        block.append(e)
        if len(block) >= page:
            flush()
    if block:
        flush()
    bar.close()
    rel = relation_texts(graph)  # type: ignore[arg-type]
    rvec = encode_checked(encoder, list(rel.values()), config, False)
    index = EntityIndex(
        encoder,
        config,
        nodes=nodes,
        hashes=hashes,
        vectors=vectors.reshape(len(nodes), encoder.dim),
        relation_vectors=dict(zip(rel, rvec, strict=True)),
        relation_hashes={k: text_hash(t) for k, t in rel.items()},
        fingerprint=graph.fingerprint,
    )
    with fsio.writing(target) as tmp:
        index.save(tmp / "index")
        manifest = {"format": FORMAT, **want, "entities": len(nodes)}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    index.path = target / "index"
    shutil.rmtree(partial, ignore_errors=True)
    return index


def _checkpoint(partial: Path, want: dict, nodes, hashes, vectors, rows: int) -> None:
    partial.mkdir(parents=True, exist_ok=True)
    np.save(partial / "vectors.tmp.npy", vectors)
    os.replace(partial / "vectors.tmp.npy", partial / "vectors.npy")
    (partial / "nodes.tmp").write_text(json.dumps({"nodes": nodes, "hashes": hashes}))
    os.replace(partial / "nodes.tmp", partial / "nodes.json")
    state = {**want, "rows": rows, "entities": len(nodes)}
    (partial / "state.tmp").write_text(json.dumps(state))
    os.replace(partial / "state.tmp", partial / "state.json")  # last: it vouches for the rest


def _resume(partial: Path, want: dict) -> tuple[list[str], np.ndarray, list[str], int]:
    """The pages a stopped build of the same endpoint, fingerprint and config left."""
    empty: tuple[list[str], np.ndarray, list[str], int] = ([], np.zeros((0, 0), np.float32), [], 0)
    try:
        state = json.loads((partial / "state.json").read_text(encoding="utf-8"))
        if {k: state.get(k) for k in want} != want:
            shutil.rmtree(partial, ignore_errors=True)
            return empty
        saved = json.loads((partial / "nodes.json").read_text(encoding="utf-8"))
        vectors = np.load(partial / "vectors.npy")
        nodes, hashes = saved["nodes"], saved["hashes"]
        if len(nodes) != state["entities"] or len(vectors) != len(nodes):
            return empty
    except (OSError, ValueError, KeyError):
        return empty
    logger.info("resuming the entity index of %s at %d entities", want["endpoint"], len(nodes))
    return nodes, vectors, hashes, int(state["rows"])


def open_or_stream(
    directory: str | os.PathLike[str],
    graph: SparqlGraph,
    encoder: Encoder | None = None,
    config: IndexConfig | None = None,
    progress: bool | None = None,
) -> EntityIndex:
    """The index saved in ``directory`` when it was built from this endpoint with the same
    fingerprint, encoder and config; else a fresh one streamed (:func:`stream_index`)."""
    target = Path(directory)
    fsio.recover(target)
    manifest_path = target / "manifest.json"
    if manifest_path.is_file():
        config, encoder = settle_encoder(config, encoder)
        manifest: dict[str, Any] = fsio.read_json_object(
            manifest_path, IndexError_, "delete the folder to rebuild the index"
        )
        same = (
            manifest.get("format") == FORMAT
            and manifest.get("endpoint") == graph.endpoint
            and manifest.get("fingerprint") == graph.fingerprint
            and manifest.get("config") == json.loads(config.to_json())
            and manifest.get("encoder") == encoder.model_id
        )
        if same:
            return EntityIndex.load(target / "index", graph, encoder, config=config)  # type: ignore[arg-type]
        logger.info("%s: built from another endpoint, graph or config; rebuilding", target)
    return stream_index(graph, target, encoder, config, progress=progress)
