"""The division under the kind noun N: "What kind of *entity* is captopril?" asks the class
under N that captopril is (a *drug*), not the finer division its classifying relation states
(its drug class), which answers "What kind of *drug* is captopril?", where the class is N
itself (:func:`kgchat.retrieval.kind_relations.under_kind`).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.wordnet import wordnet

_MEDICINE = """\
@prefix : <http://example.org/med#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Drug rdfs:label "drug" .
:DrugClass rdfs:label "drug class" .
:Disease rdfs:label "disease" .
:ace a :DrugClass ; rdfs:label "ACE inhibitors" .
:arb a :DrugClass ; rdfs:label "angiotensin receptor blockers" .
:captopril a :Drug ; rdfs:label "captopril" ; :member_of_drug_class :ace ; :treats :htn .
:enalapril a :Drug ; rdfs:label "enalapril" ; :member_of_drug_class :ace ; :treats :htn .
:losartan a :Drug ; rdfs:label "losartan" ; :member_of_drug_class :arb ; :treats :htn .
:htn a :Disease ; rdfs:label "hypertension" .
"""


@pytest.fixture(scope="module")
def medicine(tmp_path_factory):
    path = tmp_path_factory.mktemp("medicine") / "medicine.ttl"
    path.write_text(_MEDICINE)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")
def test_a_class_under_n_answers_a_kind_of_entity(medicine):
    got = medicine.retrieve("What kind of entity is captopril?")
    assert got.candidates[0].label == "drug", [c.label for c in got.candidates[:3]]
    assert not got.abstained, got.confidence


def test_the_classifying_relation_answers_a_kind_of_n_itself(medicine):
    got = medicine.retrieve("What kind of drug is captopril?")
    assert got.candidates[0].label == "ACE inhibitors", [c.label for c in got.candidates[:3]]
