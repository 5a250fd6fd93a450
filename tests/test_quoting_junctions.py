"""A node whose name quotes the name of a node it joins is a caption, walked through.

Reactome's BioPAX names each catalysis "HK1 catalyzes 'Glucose is phosphorylated'": a name
made from a template over what the node joins (its enzyme and its reaction), not one anyone
answers with. Such a node is shown ``(anonymous ...)`` and walked through, as a junction is; a
name that only mentions a neighbour, unquoted ("Treaty of Paris"), stays a name.
"""

from __future__ import annotations

from kgchat.graph.core import KnowledgeGraph

EX = "http://ex.org/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _graph() -> KnowledgeGraph:
    triples = [
        (EX + "hk1", LABEL, '"HK1"'),
        (EX + "r1", LABEL, '"Glucose is phosphorylated"'),
        (EX + "cat1", LABEL, "\"HK1 catalyzes 'Glucose is phosphorylated'\""),
        (EX + "cat1", EX + "controller", EX + "hk1"),
        (EX + "cat1", EX + "controlled", EX + "r1"),
        (EX + "paris", LABEL, '"Paris"'),
        (EX + "france", LABEL, '"France"'),
        (EX + "treaty", LABEL, '"Treaty of Paris"'),
        (EX + "treaty", EX + "signedIn", EX + "paris"),
        (EX + "treaty", EX + "party", EX + "france"),
    ]
    return KnowledgeGraph.from_triples(triples)


def test_a_name_quoting_what_the_node_joins_is_walked_through():
    kg = _graph()
    assert kg.label(EX + "cat1").startswith("(anonymous ")
    assert kg.label(EX + "hk1") == "HK1"


def test_a_name_mentioning_a_neighbour_unquoted_stays():
    assert _graph().label(EX + "treaty") == "Treaty of Paris"
