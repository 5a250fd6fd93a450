"""A word right after a name that WordNet files under one of the entity's own kinds names the
entity more narrowly ("the Vega C *rocket*" of a ``LaunchVehicle``: a rocket is a vehicle): it
is the entity's word, not a relation's. "Who makes the Vega C rocket?" had met "rocket" with
the relation ``vehicle family`` and answered the family, not the maker (blind probe, forty-fifth
round)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_ROCKETS = """\
@prefix : <http://example.org/r#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:LaunchVehicle rdfs:label "Launch vehicle" .
:Family rdfs:label "Vehicle family" .
:Company rdfs:label "Company" .
:vehicleFamily rdfs:label "vehicle family" .
:manufacturer rdfs:label "manufacturer" .
:vegac a :LaunchVehicle ; rdfs:label "Vega C" ; :vehicleFamily :vega ; :manufacturer :avio .
:ariane62 a :LaunchVehicle ; rdfs:label "Ariane 62" ; :vehicleFamily :ariane ;
    :manufacturer :ag .
:electron a :LaunchVehicle ; rdfs:label "Electron" ; :vehicleFamily :electronf ;
    :manufacturer :rl .
:vega a :Family ; rdfs:label "Vega" .
:ariane a :Family ; rdfs:label "Ariane" .
:electronf a :Family ; rdfs:label "Electron family" .
:avio a :Company ; rdfs:label "Avio" .
:ag a :Company ; rdfs:label "ArianeGroup" .
:rl a :Company ; rdfs:label "Rocket Lab" .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def rockets(tmp_path_factory):
    path = tmp_path_factory.mktemp("rockets") / "rockets.ttl"
    path.write_text(_ROCKETS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
@pytest.mark.parametrize(
    ("question", "answer"),
    [("who makes the Vega C rocket", "Avio"), ("Who makes the Ariane 62 rocket?", "ArianeGroup")],
)
def test_a_narrower_kind_word_after_the_name_is_the_entitys(rockets, question, answer):
    res = rockets.retrieve(question)
    assert res.answer == answer and not res.abstained


@needs_wordnet
def test_the_relation_said_elsewhere_still_answers(rockets):
    assert rockets.retrieve("what family is the Electron rocket in").answer == "Electron family"


@needs_wordnet
def test_a_word_that_is_no_kind_of_the_entity_stays_a_relation_word(rockets):
    # "family" is no kind of vehicle: still the relation asked
    assert rockets.retrieve("the Vega C family?").answer == "Vega"
