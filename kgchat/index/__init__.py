"""The index stage: entity and relation embeddings in FAISS, kept in step with the graph.

One module a concern:

- :mod:`kgchat.index.encoders`: the :class:`Encoder` protocol, the registry
  (:data:`ENCODERS`, :func:`get_encoder`) and the dependency-free :class:`HashingEncoder`;
- :mod:`kgchat.index.model_encoders`: ``"sentence-transformers"`` and ``"llm"`` (the chat
  model's hidden states);
- :mod:`kgchat.index.texts`: what is embedded (:func:`entity_text`, relation phrases);
- :mod:`kgchat.index.config`: :class:`IndexConfig`, the stage's one config;
- :mod:`kgchat.index.faiss_index`: the FAISS structures (exact, HNSW, IVF) under stable ids;
- :mod:`kgchat.index.entity_index`: :class:`EntityIndex`: build, search, update;
- :mod:`kgchat.index.store`: the saved directory (manifest, atomic writes, staleness checks).

faiss and torch are imported when first needed, so ``import kgchat.index`` stays light.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> from kgchat.index import EntityIndex, IndexConfig
>>> kg = KnowledgeGraph.from_triples([
...     ("Alan_PULIDO", "plays_in_club", "Tigres_UANL"), ("Alan_PULIDO", "is_aged", "23"),
...     ("Tigres_UANL", "located_in", "Mexico"), ("Oribe_PERALTA", "plays_in_club", "America")])
>>> index = EntityIndex.build(kg, config=IndexConfig(encoder="hashing"))
>>> [(node, round(score, 3)) for node, score in index.search_text("alan pulido", k=2)]
[('Alan_PULIDO', 1.0), ('Oribe_PERALTA', 0.077)]
"""

from kgchat.index.config import KINDS, IndexConfig
from kgchat.index.encoders import (
    ENCODERS,
    BaseEncoder,
    Encoder,
    HashingEncoder,
    get_encoder,
    register_encoder,
)
from kgchat.index.entity_index import EntityIndex
from kgchat.index.model_encoders import LLMEncoder, SentenceTransformerEncoder
from kgchat.index.texts import FIELDS, entity_text, relation_texts, text_hash

__all__ = [
    "ENCODERS",
    "FIELDS",
    "KINDS",
    "BaseEncoder",
    "Encoder",
    "EntityIndex",
    "HashingEncoder",
    "IndexConfig",
    "LLMEncoder",
    "SentenceTransformerEncoder",
    "entity_text",
    "get_encoder",
    "register_encoder",
    "relation_texts",
    "text_hash",
]
