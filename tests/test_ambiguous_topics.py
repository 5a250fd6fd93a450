"""An ambiguous name's entities are readings of one mention: each reading's walk may reach
another (the *Lavergne* papers' creator is the person Lavergne), where the entities of the
question's other mentions stay topics, no answer of its walks, and so does a reading named as
the walking one (a work and its edition: the same thing twice)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_FONDS = """\
@prefix : <http://example.org/a#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Person rdfs:label "person" .
:RecordSet rdfs:label "record set" .
:lavergne a :Person ; rdfs:label "Lavergne, Étienne" ; :birthPlace :valbrune .
:dufresnoy a :Person ; rdfs:label "Dufresnoy, Clémence" ; :birthPlace :valbrune .
:valbrune rdfs:label "Valbrune" .
:papers a :RecordSet ; rdfs:label "Papiers Étienne Lavergne" ; :creator :lavergne ;
    :subject :dufresnoy .
:Work rdfs:label "work" .
:Edition rdfs:label "edition" .
:prince a :Work ; rdfs:label "The Little Prince" ; :creator :saint .
:prince1943 a :Edition ; rdfs:label "The little prince" ; :editionOf :prince ;
    :publisher :reynal .
:saint a :Person ; rdfs:label "Antoine de Saint-Exupéry" .
:reynal rdfs:label "Reynal & Hitchcock" .
:letters a :RecordSet ; rdfs:label "Lettres Clémence Dufresnoy" ; :creator :dufresnoy ;
    :subject :lavergne .
"""


@pytest.fixture(scope="module")
def fonds(tmp_path_factory):
    path = tmp_path_factory.mktemp("fonds") / "fonds.ttl"
    path.write_text(_FONDS)
    return Retriever(KnowledgeGraph.load(path))


def test_a_reading_answers_another(fonds):
    got = fonds.retrieve("Who created the Lavergne papers?")
    assert len({m.node for m in got.mentions}) == 2, got.mentions
    assert got.candidates[0].label == "Lavergne, Étienne", [c.label for c in got.candidates[:4]]


def test_another_mention_stays_a_topic(fonds):
    got = fonds.retrieve("Who created the records about Dufresnoy in Valbrune?")
    assert "Valbrune" not in {c.label for c in got.candidates}


def test_a_reading_named_the_same_stays_a_topic(fonds):
    got = fonds.retrieve("Which publisher brought out The Little Prince?")
    assert got.candidates[0].label == "Reynal & Hitchcock", [c.label for c in got.candidates[:4]]
