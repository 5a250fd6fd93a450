"""Of the answers one walk ties, those whose facts or whose walk's record hold the condition
the question states come first (issue 11, fix63b; :mod:`kgchat.retrieval.held_conditions`):
a round's number and an ambiguous event's better linked entity on a game record, a technique
named word for word on one of the procedures a campaign is reached through. On tiny graphs
read from Turtle, with the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

GAMES = """
@prefix ex: <http://example.org/chess#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:round rdfs:label "round" .
ex:moveCount rdfs:label "move count" .
ex:event rdfs:label "event" .
ex:wch a ex:Tournament ; rdfs:label "World Chess Championship 2023" .
ex:wwch a ex:Tournament ; rdfs:label "Women's World Chess Championship 2023" .
ex:ding a ex:Player ; rdfs:label "Ding Liren" .
ex:ian a ex:Player ; rdfs:label "Ian Nepomniachtchi" .
ex:ju a ex:Player ; rdfs:label "Ju Wenjun" .
ex:lei a ex:Player ; rdfs:label "Lei Tingjie" .
[] a ex:Game ; ex:event ex:wch ; ex:round 12 ; ex:moveCount 69 ;
    ex:white ex:ian ; ex:black ex:ding .
[] a ex:Game ; ex:event ex:wch ; ex:round 11 ; ex:moveCount 40 ;
    ex:white ex:ding ; ex:black ex:ian .
[] a ex:Game ; ex:event ex:wwch ; ex:round 12 ; ex:moveCount 63 ;
    ex:white ex:lei ; ex:black ex:ju .
[] a ex:Game ; ex:event ex:wwch ; ex:round 11 ; ex:moveCount 52 ;
    ex:white ex:ju ; ex:black ex:lei .
"""

THREATS = """
@prefix ex: <http://example.org/cti#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:source rdfs:label "source" .
ex:campaign rdfs:label "campaign" .
ex:technique rdfs:label "technique" .
ex:sandworm a ex:IntrusionSet ; rdfs:label "Sandworm Team" .
ex:wipe a owl:Class ; rdfs:subClassOf ex:Technique ; rdfs:label "Disk Structure Wipe" .
ex:phish a owl:Class ; rdfs:subClassOf ex:Technique ; rdfs:label "Spearphishing Attachment" .
ex:destroy a owl:Class ; rdfs:subClassOf ex:Technique ; rdfs:label "Data Destruction" .
ex:grid_b a ex:Campaign ; rdfs:label "2015 Ukraine Electric Power Attack" .
ex:grid_a a ex:Campaign ; rdfs:label "2016 Ukraine Electric Power Attack" .
ex:p1 a ex:Procedure ; rdfs:label "proc-0001" ; ex:source ex:sandworm ;
    ex:technique ex:phish ; ex:campaign ex:grid_b ; ex:observedOn "2015-03-20"^^xsd:date .
ex:p2 a ex:Procedure ; rdfs:label "proc-0002" ; ex:source ex:sandworm ;
    ex:technique ex:wipe ; ex:campaign ex:grid_b ; ex:observedOn "2015-12-23"^^xsd:date .
ex:p3 a ex:Procedure ; rdfs:label "proc-0003" ; ex:source ex:sandworm ;
    ex:technique ex:destroy ; ex:campaign ex:grid_a ; ex:observedOn "2016-12-17"^^xsd:date .
"""


def _retriever(tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp(name) / f"{name}.ttl"
    path.write_text(text, encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


@pytest.fixture(scope="module")
def games(tmp_path_factory):
    yield from _retriever(tmp_path_factory, "games", GAMES)


@pytest.fixture(scope="module")
def threats(tmp_path_factory):
    yield from _retriever(tmp_path_factory, "threats", THREATS)


def test_the_round_of_the_event_the_question_names(games):
    """The round 12 game of the men's championship, not the women's (fails on START: 63,
    the women's game, first by its value of the two games tied by one walk from "12")."""
    res = games.retrieve(
        "How many moves did the round 12 game of the 2023 World Championship last?"
    )
    assert res.answer == "69"


def test_the_campaign_of_the_technique_named(threats):
    """The campaign of the procedure whose technique the question names (fails on START:
    the 2016 attack, first by IRI of the campaigns tied by one walk through the procedures)."""
    res = threats.retrieve("In which campaign did Sandworm Team use Disk Structure Wipe?")
    assert res.answer == "2015 Ukraine Electric Power Attack"


def test_no_condition_stated_leaves_the_tie(threats):
    """A question that states no condition the tied answers' facts hold leaves the ranking
    as it was: both campaigns, the first by IRI."""
    res = threats.retrieve("In which campaigns did Sandworm Team take part?")
    labels = [c.label for c in res.candidates[:2]]
    assert set(labels) == {
        "2015 Ukraine Electric Power Attack",
        "2016 Ukraine Electric Power Attack",
    }
