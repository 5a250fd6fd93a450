"""A walk whose relation WordNet opposes to a word asked says the other relation, not the one
asked (issue 11, fix61a): "When did the Ulsan Plant *close*?" was answered by the year it
*opened*, "What was the *employment* rate in Galicia?" by the *unemployment* rate, "When did
X *die*?" by a birth date. The relation judge read the near relation as the one asked (the
two share every other word and sit close in the encoder's space); the retriever now abstains,
while the same graphs still answer what they hold. On tiny graphs read from Turtle, with the
real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

pytestmark = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")

GRAPH = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:Plant rdfs:label "Plant"@en .
ex:Region rdfs:label "Region"@en .
ex:Person rdfs:label "Person"@en .
ex:opened rdfs:label "opened"@en .
ex:capacity rdfs:label "capacity"@en .
ex:unemployment rdfs:label "unemployment rate"@en .
ex:population rdfs:label "population"@en .
ex:birth rdfs:label "birth date"@en .
ex:ulsan a ex:Plant ; rdfs:label "Ulsan Plant"@en ; ex:opened "1968"^^xsd:gYear ;
    ex:capacity 1400000 .
ex:asan a ex:Plant ; rdfs:label "Asan Plant"@en ; ex:opened "1996"^^xsd:gYear ;
    ex:capacity 300000 .
ex:galicia a ex:Region ; rdfs:label "Galicia"@en ; ex:unemployment 13.1 ;
    ex:population 2695000 .
ex:murcia a ex:Region ; rdfs:label "Murcia"@en ; ex:unemployment 14.4 ;
    ex:population 1518000 .
ex:berg a ex:Person ; rdfs:label "Anna Berg"@en ; ex:birth "1901-04-02"^^xsd:date .
ex:lund a ex:Person ; rdfs:label "Olof Lund"@en ; ex:birth "1887-11-30"^^xsd:date .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("opposite") / "opposite.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


@pytest.mark.parametrize(
    "question",
    [
        "When did the Ulsan Plant close?",
        "What is the employment rate in Galicia?",
        "When did Anna Berg die?",
    ],
)
def test_the_opposite_relation_is_abstained_on(retriever, question: str) -> None:  # type: ignore[no-untyped-def]
    res = retriever.retrieve(question)
    assert res.abstained, (question, res.confidence)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When did the Ulsan Plant open?", "1968"),
        ("What is the unemployment rate in Galicia?", "13.1"),
        ("When was Anna Berg born?", "1901-04-02"),
    ],
)
def test_the_relation_held_still_answers(retriever, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    res = retriever.retrieve(question)
    assert not res.abstained, (question, res.confidence)
    assert retriever.kg.label(res.candidates[0].node) == answer
