"""kgchat: chatbots that answer from a knowledge graph, cite the facts, and learn the domain.

The pipeline, one subpackage or module a stage: :mod:`kgchat.graph` (sources into a graph of
facts), :mod:`kgchat.index` (entity embeddings in FAISS), :mod:`kgchat.linking` and
:mod:`kgchat.retrieval` (from a question to ranked facts and answers), :mod:`kgchat.chat` (the
grounded chatbot), :mod:`kgchat.qa` and :mod:`kgchat.tuning` (knowledge transfer), and
:mod:`kgchat.evaluation`.

Heavy libraries (torch, transformers, faiss) are imported where they are used, so
``import kgchat`` stays fast.

>>> import kgchat
>>> kg = kgchat.KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
>>> kg.stats()["facts"]
1
"""

from kgchat.errors import KGChatError
from kgchat.graph import Fact, GraphConfig, KnowledgeGraph

__version__ = "0.1.0"

__all__ = ["Fact", "GraphConfig", "KGChatError", "KnowledgeGraph", "__version__"]
