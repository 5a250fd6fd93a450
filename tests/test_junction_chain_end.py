"""A walk through a chain of unnamed junctions (a FHIR encounter, then its period) is said by
its last hop only where the question says that hop in words of it, as a junction must be said
(:meth:`~kgchat.retrieval.junction_words.JunctionWords._junction_said`): an encounter's period
``end`` is near "die" but says nothing of the encounter, and "When did X die?" abstains, while
"When did X's encounter end?" and an address chain's ``country`` are answered."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_CLINIC = """\
@prefix : <http://example.org/c#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Patient rdfs:label "patient" .
:Clinic rdfs:label "clinic" .
:ann a :Patient ; rdfs:label "Anna Lindqvist" .
:bo a :Patient ; rdfs:label "Bo Ekberg" ; :birthDate "1960-07-01"^^xsd:date .
[] a :Encounter ; :encounterSubject :ann ; :encounterPeriod [
    :periodEnd "2022-06-24"^^xsd:date ] .
[] a :Encounter ; :encounterSubject :bo ; :encounterPeriod [ :periodStart "2021-01-02"^^xsd:date ;
    :periodEnd "2021-01-05"^^xsd:date ] .
:north a :Clinic ; rdfs:label "Northgate Clinic" ; :site [ :address [ :addressCountry "Norway" ;
    :addressCity "Tromsø" ] ] .
"""


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    path = tmp_path_factory.mktemp("clinic") / "clinic.ttl"
    path.write_text(_CLINIC)
    return Retriever(KnowledgeGraph.load(path))


def test_a_near_relation_through_junctions_abstains(clinic):
    got = clinic.retrieve("When did Anna Lindqvist die?")
    assert got.abstained, (got.confidence, [c.label for c in got.candidates[:3]])


def test_the_hop_said_is_answered(clinic):
    got = clinic.retrieve("When did Anna Lindqvist's encounter period end?")
    assert not got.abstained, (got.confidence, [c.label for c in got.candidates[:3]])
    assert got.candidates[0].label == "2022-06-24"


def test_an_address_chain_says_its_country(clinic):
    got = clinic.retrieve("Which country is Northgate Clinic in?")
    assert not got.abstained, (got.confidence, [c.label for c in got.candidates[:3]])
    assert got.candidates[0].label == "Norway"
