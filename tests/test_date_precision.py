"""A bare "when" is answered by the full date where the same node also holds its year (DBpedia's
``birthYear`` beside ``birthDate``); a question that asks the year keeps the year."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_PEOPLE = """\
@prefix : <http://example.org/p#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:birthYear rdfs:label "birth year" .
:birthDate rdfs:label "birth date" .
:deathYear rdfs:label "death year" .
:ada rdfs:label "Ada Lovelace" ; :birthYear "1815"^^xsd:gYear ;
    :birthDate "1815-12-10"^^xsd:date ; :deathYear "1852"^^xsd:gYear .
:alan rdfs:label "Alan Turing" ; :birthYear "1912"^^xsd:gYear ;
    :birthDate "1912-06-23"^^xsd:date .
"""


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    path = tmp_path_factory.mktemp("people") / "people.ttl"
    path.write_text(_PEOPLE)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "day"),
    [("When was Ada Lovelace born?", "1815-12-10"), ("when was alan turing born", "1912-06-23")],
)
def test_when_takes_the_date(people, question, day):
    res = people.retrieve(question)
    assert res.answer == day and not res.abstained


def test_the_year_asked_stays_the_year(people):
    res = people.retrieve("In what year was Ada Lovelace born?")
    assert res.answer == "1815"


def test_a_year_alone_still_answers(people):
    """No date of the same fact to prefer: the death year is the answer."""
    res = people.retrieve("When did Ada Lovelace die?")
    assert res.answer == "1852"
