"""The graph layer: sources (RDF, OWL, TSV/CSV triples) into one graph of facts.

See :class:`KnowledgeGraph`; :class:`SparqlGraph` reads a remote SPARQL endpoint instead.
"""

from kgchat.graph.core import GraphConfig, KnowledgeGraph
from kgchat.graph.endpoint import EndpointConfig, SparqlGraph
from kgchat.graph.view import Edge, Fact, GraphView

__all__ = [
    "Edge",
    "EndpointConfig",
    "Fact",
    "GraphConfig",
    "GraphView",
    "KnowledgeGraph",
    "SparqlGraph",
]
