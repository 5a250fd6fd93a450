"""kgchat: chatbots that answer from a knowledge graph, cite the facts, and learn the domain.

The pipeline, one subpackage or module a stage: :mod:`kgchat.graph` (sources into a graph of
facts), :mod:`kgchat.index` (entity embeddings in FAISS), :mod:`kgchat.linking` and
:mod:`kgchat.retrieval` (from a question to ranked facts and answers), :mod:`kgchat.chat` (the
grounded chatbot), :mod:`kgchat.qa` and :mod:`kgchat.tuning` (knowledge transfer), and
:mod:`kgchat.evaluation`.

Heavy libraries (torch, transformers, faiss) are imported where they are used, so
``import kgchat`` stays fast.

The package exports the graph layer's front door: :class:`KnowledgeGraph` (load sources, ask
for facts, run SPARQL), its :class:`GraphConfig`, the :class:`Fact` it hands out, and
:class:`KGChatError`, the root of every error kgchat raises. The stages are wired together by
:mod:`kgchat.pipeline` (``make_retriever``, ``make_chatbot``).

Examples
--------
A four-triple graph in memory (``KnowledgeGraph.load(path)`` reads files in any RDF syntax or
plain triple files):

>>> import kgchat
>>> kg = kgchat.KnowledgeGraph.from_triples([
...     ("Aspirin", "treats", "Headache"), ("Aspirin", "interacts_with", "Warfarin"),
...     ("Warfarin", "treats", "Thrombosis"), ("Warfarin", "is_a", "Anticoagulant")])
>>> kg.stats()["facts"]
4

Each :class:`Fact` has a stable id, its source and a reading:

>>> fact = kg.facts_of("Warfarin")[0]
>>> fact.text, fact.source
('Warfarin — is a → Anticoagulant', '<memory>')

Configuration is a frozen dataclass, and every failure is a :class:`KGChatError` that says
what to do:

>>> kgchat.GraphConfig(language="de").language
'de'
>>> try:
...     kgchat.KnowledgeGraph.load("missing.ttl")
... except kgchat.KGChatError as err:
...     print(type(err).__name__, err)
SourceNotFoundError missing.ttl: no such file; check the path
"""

from kgchat.errors import KGChatError
from kgchat.graph import Fact, GraphConfig, KnowledgeGraph

__version__ = "0.1.0"

__all__ = ["Fact", "GraphConfig", "KGChatError", "KnowledgeGraph", "__version__"]
