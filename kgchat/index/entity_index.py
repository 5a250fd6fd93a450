"""The entity index: an embedding of every entity and relation phrase, searched with FAISS.

:meth:`EntityIndex.build` embeds each entity's text (:func:`~kgchat.index.texts.entity_text`) and
both phrases of each relation, then puts the entity vectors in FAISS under stable ids, so
entities can be added and removed by id: exact inner product (= cosine, rows being normalised),
HNSW or IVF (see :mod:`kgchat.index.faiss_index`). ``approximate="auto"`` takes exact below
``exact_threshold`` entities and HNSW above. It keeps the vectors too, so a new FAISS structure
never needs the encoder. After the graph changes, :meth:`EntityIndex.update` embeds only the
new and changed entities. Saving and loading, with staleness checks, live in
:mod:`kgchat.index.store`.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> from kgchat.index import EntityIndex, IndexConfig, get_encoder
>>> kg = KnowledgeGraph.from_triples([
...     ("Aspirin", "treats", "Headache"), ("Aspirin", "interacts_with", "Warfarin"),
...     ("Warfarin", "treats", "Thrombosis"), ("Ibuprofen", "treats", "Headache")])
>>> index = EntityIndex.build(kg, get_encoder("hashing"), IndexConfig(encoder="hashing"))
>>> len(index), index.kind, sorted(index.relation_vectors)[:2]
(5, 'exact', [('interacts_with', False), ('interacts_with', True)])
>>> index.search_text("aspirn", k=1)[0][0]
'Aspirin'
>>> kg.add("Paracetamol", "treats", "Headache")
>>> index.update(kg)
{'added': 1, 'removed': 0, 'changed': 0, 'kept': 5}
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.errors import ConfigError, IndexError_
from kgchat.index.config import IndexConfig
from kgchat.index.encoders import Encoder, get_encoder
from kgchat.index.faiss_index import make_faiss, search_faiss
from kgchat.index.texts import entity_text, relation_texts, text_hash

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["EntityIndex"]

logger = logging.getLogger(__name__)


def encode_checked(
    encoder: Encoder, texts: list[str], config: IndexConfig, progress: bool
) -> np.ndarray:
    """Encode and check what came back: float32, C-contiguous, shape ``(len(texts), dim)``."""
    vectors = encoder.encode(texts, batch_size=config.batch_size, progress=progress)
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if vectors.shape != (len(texts), encoder.dim):
        raise ConfigError(
            f"encoder {encoder.name!r} returned shape {vectors.shape} for {len(texts)} texts; "
            f"expected ({len(texts)}, {encoder.dim})"
        )
    return vectors


class EntityIndex:
    """Entity and relation embeddings of one graph, searchable by vector or text.

    Build with :meth:`build`; reuse across runs with :meth:`open_or_build`. Attributes:
    ``encoder``, ``config``, ``fingerprint`` (of the graph it reflects), ``nodes`` (entity keys),
    ``vectors`` (their embeddings, row ``i`` for ``nodes[i]``), ``kind`` (``"exact"``,
    ``"hnsw"``, ``"ivf"``) and ``relation_vectors``: ``{(predicate, forward): vector}``, where
    ``forward=False`` is the inverse phrase.
    """

    def __init__(
        self,
        encoder: Encoder,
        config: IndexConfig,
        *,
        nodes: list[str],
        hashes: list[str],
        vectors: np.ndarray,
        relation_vectors: dict[tuple[str, bool], np.ndarray],
        relation_hashes: dict[tuple[str, bool], str],
        fingerprint: str,
        ids: np.ndarray | None = None,
        faiss_index: Any = None,
        kind: str | None = None,
    ) -> None:
        self.encoder = encoder
        self.config = config
        self.nodes = list(nodes)
        self.hashes = list(hashes)
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.ids = np.arange(len(nodes), dtype=np.int64) if ids is None else ids.astype(np.int64)
        self.relation_vectors = relation_vectors
        self.relation_hashes = relation_hashes
        self.fingerprint = fingerprint
        self._dirty = False  # changed since loaded or saved (open_or_build then saves it back)
        self.path: Path | None = None  # the directory it was loaded from or saved to, if any
        if faiss_index is None:
            self._rebuild()
        else:
            self._faiss, self.kind = faiss_index, kind or config.kind_for(len(self.nodes))
            self._index_ids()

    # ------------------------------------------------------------------ building
    @classmethod
    def build(
        cls,
        kg: KnowledgeGraph,
        encoder: Encoder | None = None,
        config: IndexConfig | None = None,
        progress: bool | None = None,
    ) -> EntityIndex:
        """Embed every entity and relation phrase of ``kg`` and index them.

        Parameters
        ----------
        kg : KnowledgeGraph
        encoder : Encoder, optional
            Made from ``config.encoder`` and ``config.model`` when ``None``; when given, its name
            (and model) replace those of the config.
        config : IndexConfig, optional
        progress : bool, optional
            Show a progress bar; by default only for 10,000 entities or more.
        """
        config, encoder = settle_encoder(config, encoder)
        nodes = list(kg.entities())
        texts = [entity_text(kg, n, config.fields) for n in nodes]
        show = len(nodes) >= 10_000 if progress is None else progress
        vectors = encode_checked(encoder, texts, config, show)
        rel = relation_texts(kg)
        rvec = encode_checked(encoder, list(rel.values()), config, False)
        return cls(
            encoder,
            config,
            nodes=nodes,
            hashes=[text_hash(t) for t in texts],
            vectors=vectors,
            relation_vectors=dict(zip(rel, rvec, strict=True)),
            relation_hashes={key: text_hash(text) for key, text in rel.items()},
            fingerprint=kg.fingerprint,
        )

    def _rebuild(self) -> None:
        """Rebuild the FAISS structure from the stored vectors (no encoding)."""
        self.kind = self.config.kind_for(len(self.nodes))
        self._faiss = make_faiss(self.vectors, self.ids, self.kind, self.config)
        self._index_ids()

    def _index_ids(self) -> None:
        self._node_of = dict(zip(self.ids.tolist(), self.nodes, strict=True))

    # ------------------------------------------------------------------ searching
    def __len__(self) -> int:
        return len(self.nodes)

    def search(
        self, queries: np.ndarray | Sequence[str], k: int = 10
    ) -> list[list[tuple[str, float]]]:
        """The ``k`` entities nearest each query, best first, as ``(node, cosine)`` pairs.

        Parameters
        ----------
        queries : array of shape (n, dim) or (dim,), or sequence of str
            Vectors (normalised here) or texts (encoded with the index's encoder); a single
            string counts as one text.
        k : int, default 10
            Results per query; fewer when the index holds fewer entities.
        """
        if not isinstance(k, int | np.integer) or k < 1:
            raise ConfigError(f"k={k!r} is invalid: expected an integer >= 1")
        if isinstance(queries, str):
            queries = [queries]
        if isinstance(queries, np.ndarray):
            q = np.array(queries, dtype=np.float32, ndmin=2)
            if q.ndim != 2 or q.shape[1] != self.vectors.shape[1]:
                raise ConfigError(
                    f"query vectors of shape {queries.shape}: expected (n, {self.vectors.shape[1]})"
                )
            q /= np.maximum(np.linalg.norm(q, axis=1, keepdims=True), 1e-12)
        else:
            q = encode_checked(self.encoder, list(queries), self.config, False)
        k = min(int(k), len(self.nodes))
        if k == 0 or len(q) == 0:
            return [[] for _ in range(len(q))]
        scores, ids = search_faiss(self._faiss, self.kind, q, k, self.config)
        self._check_scores(scores, ids)
        node_of = self._node_of
        return [
            [(node_of[i], float(s)) for s, i in zip(srow, irow, strict=True) if i >= 0]
            for srow, irow in zip(scores.tolist(), ids.tolist(), strict=True)
        ]

    def _check_scores(self, scores: np.ndarray, ids: np.ndarray) -> None:
        """Cosines of normalised vectors lie in [-1, 1]: anything else means corrupt FAISS data
        (overwritten vector bytes gave link scores of 6e37), never an answer to trust."""
        found = scores[ids >= 0]
        bad = ~(np.abs(found) <= 1 + 1e-3)  # NaN counts as bad too
        if bad.any():
            where = self.path if self.path is not None else "the entity index (in memory)"
            raise IndexError_(
                f"{where}: {int(bad.sum())} search score(s) such as {float(found[bad][0]):.3g} lie "
                "outside [-1, 1], impossible for normalised vectors: the index is corrupt. Delete "
                "it (open_or_build rebuilds it) or rebuild it with EntityIndex.build"
            )

    def search_text(self, text: str, k: int = 10) -> list[tuple[str, float]]:
        """The ``k`` entities nearest one text; see :meth:`search`."""
        return self.search([text], k)[0]

    # ------------------------------------------------------------------ keeping up with the graph
    def update(self, kg: KnowledgeGraph, progress: bool | None = None) -> dict[str, int]:
        """Bring the index up to ``kg``, embedding only new entities and changed texts.

        Entities whose text hash is unchanged keep their vectors; removed ones leave FAISS (HNSW,
        which cannot remove, is rebuilt from the stored vectors). Relation phrases likewise.
        IVF keeps the cells it was trained on; a change of ``approximate`` retrains it.

        Returns
        -------
        dict
            Entity counts ``{"added", "removed", "changed", "kept"}``.
        """
        nodes = list(kg.entities())
        texts = {n: entity_text(kg, n, self.config.fields) for n in nodes}
        hashes = {n: text_hash(t) for n, t in texts.items()}
        position = {n: i for i, n in enumerate(self.nodes)}
        keep = np.zeros(len(self.nodes), bool)
        todo: list[str] = []
        changed = 0
        for n in nodes:
            i = position.get(n)
            if i is not None and self.hashes[i] == hashes[n]:
                keep[i] = True
            else:
                todo.append(n)
                changed += i is not None
        kept = int(keep.sum())
        counts = {
            "added": len(todo) - changed,
            "removed": len(self.nodes) - kept - changed,
            "changed": changed,
            "kept": kept,
        }
        show = len(todo) >= 10_000 if progress is None else progress
        new = encode_checked(self.encoder, [texts[n] for n in todo], self.config, show)
        start = int(self.ids.max()) + 1 if len(self.ids) else 0
        new_ids = np.arange(start, start + len(todo), dtype=np.int64)
        dropped = self.ids[~keep]
        self.nodes = [n for n, k in zip(self.nodes, keep.tolist(), strict=True) if k] + todo
        self.hashes = [h for h, k in zip(self.hashes, keep.tolist(), strict=True) if k]
        self.hashes += [hashes[n] for n in todo]
        self.vectors = np.concatenate([self.vectors[keep], new])
        self.ids = np.concatenate([self.ids[keep], new_ids])
        if self.config.kind_for(len(self.nodes)) != self.kind or (
            self.kind == "hnsw" and len(dropped)
        ):
            self._rebuild()
        else:
            if len(dropped):
                self._faiss.remove_ids(dropped)
            if len(todo):
                self._faiss.add_with_ids(new, new_ids)
            self._index_ids()
        relations_changed = self._update_relations(kg)
        if todo or len(dropped) or relations_changed or self.fingerprint != kg.fingerprint:
            self._dirty = True
        self.fingerprint = kg.fingerprint
        if todo or len(dropped):
            logger.info("entity index updated: %s", counts)
        return counts

    def _update_relations(self, kg: KnowledgeGraph) -> bool:
        rel = relation_texts(kg)
        hashes = {key: text_hash(text) for key, text in rel.items()}
        todo = [key for key in rel if self.relation_hashes.get(key) != hashes[key]]
        gone = [key for key in self.relation_vectors if key not in rel]
        vectors = encode_checked(self.encoder, [rel[key] for key in todo], self.config, False)
        for key in gone:
            del self.relation_vectors[key], self.relation_hashes[key]
        for key, vector in zip(todo, vectors, strict=True):
            self.relation_vectors[key] = vector
            self.relation_hashes[key] = hashes[key]
        return bool(todo or gone)

    # ------------------------------------------------------------------ persistence
    def save(self, directory: str | os.PathLike[str]) -> Path:
        """Write the index to a directory, atomically; see :mod:`kgchat.index.store`."""
        from kgchat.index.store import save_index

        return save_index(self, directory)

    @classmethod
    def load(
        cls,
        directory: str | os.PathLike[str],
        kg: KnowledgeGraph,
        encoder: Encoder | None = None,
        *,
        on_mismatch: str = "rebuild",
        config: IndexConfig | None = None,
        progress: bool | None = None,
        verify: str | None = None,
    ) -> EntityIndex:
        """Load a saved index, brought up to ``kg``; see :func:`kgchat.index.store.load_index`."""
        from kgchat.index.store import load_index

        return load_index(
            directory,
            kg,
            encoder,
            on_mismatch=on_mismatch,
            config=config,
            progress=progress,
            verify=verify,
        )

    @classmethod
    def open_or_build(
        cls,
        directory: str | os.PathLike[str],
        kg: KnowledgeGraph,
        encoder: Encoder | None = None,
        config: IndexConfig | None = None,
        progress: bool | None = None,
    ) -> EntityIndex:
        """Load the index in ``directory`` (updating and saving it back as needed), or build and
        save one; see :func:`kgchat.index.store.open_or_build`."""
        from kgchat.index.store import open_or_build

        return open_or_build(directory, kg, encoder, config, progress)

    def __repr__(self) -> str:
        return (
            f"<EntityIndex {len(self)} entities, {len(self.relation_vectors)} relation phrases, "
            f"{self.kind}, {self.encoder.name}:{self.encoder.model_id}>"
        )


def config_for(encoder: Encoder, config: IndexConfig) -> IndexConfig:
    """``config`` renamed after ``encoder`` (its name, and its ``model`` when it has one), so the
    saved config names the encoder that was really used."""
    model = getattr(encoder, "model", None)
    return config.replace(encoder=encoder.name, model=model if isinstance(model, str) else None)


def settle_encoder(
    config: IndexConfig | None, encoder: Encoder | None
) -> tuple[IndexConfig, Encoder]:
    """The config and encoder to build with: the encoder named by the config, or the config
    renamed after the encoder given."""
    config = config or IndexConfig()
    if encoder is None:
        return config, get_encoder(config.encoder, config.model)
    return config_for(encoder, config), encoder
