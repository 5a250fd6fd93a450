"""The graph layer: sources (RDF, OWL, TSV/CSV triples) into one graph of facts.

See :class:`KnowledgeGraph`.
"""

from kgchat.graph.core import GraphConfig, KnowledgeGraph
from kgchat.graph.view import Edge, Fact, GraphView

__all__ = ["Edge", "Fact", "GraphConfig", "GraphView", "KnowledgeGraph"]
