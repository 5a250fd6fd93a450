"""A verb relation said by another, transitive verb under do-support is walked from the entity
as the verb's subject (issue 11, fix62e; :func:`kgchat.retrieval.do_support.do_direction`):
"What services does the cart call?" over ``depends on`` tied the cart's dependencies with
its dependants, the relation walked both ways at one score, and the first by IRI answered
(a service that calls the cart). On a tiny service map read from Turtle, with the real
bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

TTL = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:Service a rdfs:Class ; rdfs:label "service"@en .
ex:dependsOn rdfs:label "depends on"@en .
ex:ownedBy rdfs:label "team"@en .
ex:a_checkout a ex:Service ; rdfs:label "checkout"@en ; ex:dependsOn ex:m_cart .
ex:b_orders a ex:Service ; rdfs:label "orders"@en ; ex:dependsOn ex:m_cart .
ex:m_cart a ex:Service ; rdfs:label "cart"@en ;
    ex:dependsOn ex:x_pricing, ex:y_catalog ; ex:ownedBy ex:shop .
ex:x_pricing a ex:Service ; rdfs:label "pricing engine"@en .
ex:y_catalog a ex:Service ; rdfs:label "product catalog"@en .
ex:shop rdfs:label "shop team"@en .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("services") / "services.ttl"
    path.write_text(TTL, encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    "question", ["What services does the cart call?", "Which services does the cart require?"]
)
def test_the_entity_is_the_verbs_subject(retriever, question):
    """The cart's dependencies answer (fails on START: "checkout", the first by IRI of a tie
    with the services that depend on the cart)."""
    res = retriever.retrieve(question)
    assert res.candidates[0].label in {"pricing engine", "product catalog"}


def test_the_verb_before_the_entity_is_unchanged(retriever):
    """Said before the entity, the verb makes it the object: the cart's dependants (the
    question's own word order, read as before)."""
    res = retriever.retrieve("Which services depend on the cart?")
    assert res.candidates[0].label in {"checkout", "orders"}
