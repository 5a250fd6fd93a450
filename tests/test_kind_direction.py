""" "What kind of N is X?" is answered by a kind X is, reached from X forwards (the thing is
the subject of what it is: ``rdf:type``, ``subClassOf``, a ``category``). Where the best
candidate is reached only backwards (a patient who has the disease X), or only down from the
kind the question names (another N), it is no kind of X, and the retriever abstains rather
than answer it (:func:`kgchat.retrieval.answer_paths._classifies`)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.answer_paths import _classifies

_DISEASES = """\
@prefix : <http://example.org/d#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:disease rdfs:label "disease" .
:nsd rdfs:label "nervous system disease" ; rdfs:subClassOf :disease .
:skin rdfs:label "skin disease" ; rdfs:subClassOf :disease .
:mig rdfs:label "migrala" ; rdfs:subClassOf :nsd .
:ecz rdfs:label "eczemora" ; rdfs:subClassOf :skin .
:fev rdfs:label "feverosis" .
:ann rdfs:label "Ann Holt" ; :hasDisease :fev .
:bob rdfs:label "Bob Holt" ; :hasDisease :fev, :mig .
:dairy rdfs:label "dairy food product" .
:yog rdfs:label "yogurt food product" ; rdfs:subClassOf :dairy .
:greek rdfs:label "greek yoghurt" ; rdfs:subClassOf :yog .
:Product rdfs:label "product" .
:widget a :Product ; rdfs:label "Widgetron" .
"""


@pytest.fixture(scope="module")
def diseases(tmp_path_factory):
    path = tmp_path_factory.mktemp("diseases") / "diseases.ttl"
    path.write_text(_DISEASES)
    return Retriever(KnowledgeGraph.load(path))


def test_the_kind_reached_forwards_is_answered(diseases):
    got = diseases.retrieve("What kind of disease is migrala?")
    assert not got.abstained, (got.confidence, [c.label for c in got.candidates[:3]])
    assert got.candidates[0].label == "nervous system disease"


def test_what_points_at_x_is_no_kind_of_it(diseases):
    # feverosis has no class: the people who have it (``hasDisease`` back to it) are all a
    # walk from it offers, and "disease" is a word of that relation
    got = diseases.retrieve("What kind of disease is feverosis?")
    assert got.abstained, (got.confidence, [c.label for c in got.candidates[:3]])


def test_other_questions_may_walk_backwards(diseases):
    got = diseases.retrieve("Who has feverosis?")
    assert not got.abstained, (got.confidence, [c.label for c in got.candidates[:3]])
    assert {c.label for c in got.candidates[:2]} == {"Ann Holt", "Bob Holt"}


def test_classifies():
    assert _classifies((("type", True), ("broader", True)))
    assert not _classifies((("hostStar", False),))
    assert not _classifies(())


def test_a_kind_without_classes_is_named_for_what_it_is(diseases):
    # "yogurt food product" has no class of its own: its name says it is a product
    got = diseases.retrieve("What type of product is greek yoghurt?")
    assert not got.abstained, (got.confidence, [c.label for c in got.candidates[:3]])
    assert got.candidates[0].label == "yogurt food product"


def test_n_itself_is_no_kind_of_n(diseases):
    # Widgetron is a product and nothing more specific: "product" repeats the question
    got = diseases.retrieve("What kind of product is Widgetron?")
    assert got.abstained, (got.confidence, [c.label for c in got.candidates[:3]])
