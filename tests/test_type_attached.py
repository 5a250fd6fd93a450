"""A type the graph links as a value, attached to the entity by "of" ("What is the *plural*
of goose?", "the *past participle* of eat": lexinfo's number and tense codes linked as
mentions), asks no relation of its own by that preposition: the answer joined to both the
code and the entity says the question (``question_trims.type_attached``). On the lexicon probe
both were right first at confidence 0, the "of" judged as a relation no path said."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_LEX = """\
@prefix : <http://example.org/lex#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:goose rdfs:label "goose" ; :otherForm :geese , :goose1 .
:mouse rdfs:label "mouse" ; :otherForm :mice , :mouse1 .
:geese rdfs:label "geese" ; :number :plural .
:goose1 rdfs:label "goose (singular)" ; :number :singular .
:mice rdfs:label "mice" ; :number :plural .
:mouse1 rdfs:label "mouse (singular)" ; :number :singular .
:Number rdfs:label "Grammatical number" .
:plural a :Number ; rdfs:label "plural" .
:singular a :Number ; rdfs:label "singular" .
"""


@pytest.fixture(scope="module")
def lex(tmp_path_factory):
    path = tmp_path_factory.mktemp("lex") / "lex.ttl"
    path.write_text(_LEX)
    return Retriever(KnowledgeGraph.load(path))


def test_the_type_of_the_entity_is_said(lex):
    # typed as people type it, without a question mark
    res = lex.retrieve("what is the plural of goose")
    assert res.answer == "geese"
    assert not res.abstained, res.confidence


def test_a_preposition_that_asks_a_relation_still_must_be_said(lex):
    # no type stands before "in": it asks a relation none of goose's paths says
    res = lex.retrieve("What is in goose?")
    assert res.confidence < 1.0
