"""A how-question asks an attribute, and a path says it only where its relation names that
attribute or the question's other words (issue 11, fix60a): "How tall is Oliver Whitfield?"
was answered by his car ``number`` at full confidence (the how-word's answer type is
"height" *and* "number", the form a height is given in, and a relation named ``number``
met that form alone), and "How many airbags does the Golf have?" by the Golf's CO2
emissions (the word "airbags", linked to a component the answer is not reached from, had
left the question, which then asked nothing a path could miss). On tiny graphs read from
Turtle, with the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

PREFIXES = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
RACING = (
    PREFIXES
    + """
ex:Driver rdfs:label "Driver"@en .
ex:Building rdfs:label "Building"@en .
ex:number rdfs:label "number"@en .
ex:height rdfs:label "height"@en .
ex:born rdfs:label "birth date"@en .
ex:whitfield a ex:Driver ; rdfs:label "Oliver Whitfield"@en ; ex:number 7 ;
    ex:born "1994-03-02"^^xsd:date .
ex:moreau a ex:Driver ; rdfs:label "Luc Moreau"@en ; ex:number 12 ;
    ex:born "1991-07-19"^^xsd:date .
ex:tower a ex:Building ; rdfs:label "Harbour Tower"@en ; ex:height 212 .
"""
)
VEHICLES = (
    PREFIXES
    + """
ex:Car rdfs:label "Car"@en .
ex:Recall rdfs:label "Recall"@en .
ex:co2 rdfs:label "emissions CO2"@en .
ex:seats rdfs:label "seating capacity"@en .
ex:component rdfs:label "component"@en .
ex:affects rdfs:label "affected model"@en .
ex:golf a ex:Car ; rdfs:label "Volkswagen Golf GTI"@en ; ex:co2 159 ; ex:seats 5 .
ex:polo a ex:Car ; rdfs:label "Volkswagen Polo"@en ; ex:co2 118 ; ex:seats 4 .
ex:airbags a skos:Concept ; skos:prefLabel "Airbags"@en .
ex:recall1 a ex:Recall ; rdfs:label "Recall 2021-044"@en ; ex:component ex:airbags ;
    ex:affects ex:polo .
"""
)


def _retriever(tmp_path, name: str, ttl: str):  # type: ignore[no-untyped-def]
    path = tmp_path / f"{name}.ttl"
    path.write_text(ttl, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


@pytest.fixture(scope="module")
def racing(tmp_path_factory):  # type: ignore[no-untyped-def]
    return _retriever(tmp_path_factory.mktemp("racing"), "racing", RACING)


@pytest.fixture(scope="module")
def vehicles(tmp_path_factory):  # type: ignore[no-untyped-def]
    return _retriever(tmp_path_factory.mktemp("vehicles"), "vehicles", VEHICLES)


@pytest.mark.parametrize(
    "question", ["How tall is Oliver Whitfield?", "How much does Luc Moreau earn?"]
)
def test_a_number_relation_is_no_attribute_asked(racing, question: str) -> None:  # type: ignore[no-untyped-def]
    res = racing.retrieve(question)
    assert res.abstained, (question, res.confidence)


def test_the_attribute_and_the_number_still_answer(racing) -> None:  # type: ignore[no-untyped-def]
    tall = racing.retrieve("How tall is Harbour Tower?")
    assert not tall.abstained and racing.kg.label(tall.candidates[0].node) == "212"
    number = racing.retrieve("What is Oliver Whitfield's number?")
    assert not number.abstained and racing.kg.label(number.candidates[0].node) == "7"


def test_an_unreached_mention_is_still_asked(vehicles) -> None:  # type: ignore[no-untyped-def]
    res = vehicles.retrieve("How many airbags does the Volkswagen Golf GTI have?")
    assert res.abstained, res.confidence
    seats = vehicles.retrieve("What is the seating capacity of the Volkswagen Golf GTI?")
    assert not seats.abstained and vehicles.kg.label(seats.candidates[0].node) == "5"
