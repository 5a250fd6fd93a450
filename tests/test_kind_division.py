"""The division under the kind noun N: "What kind of *entity* is captopril?" asks the class
under N that captopril is (a *drug*), not the finer division its classifying relation states
(its drug class), which answers "What kind of *drug* is captopril?", where the class is N
itself (:func:`kgchat.retrieval.kind_relations.under_kind`). And a class made from a text
value (BioPAX's ``controlType "INHIBITION"``, :func:`kgchat.graph.codes.named_kinds`) is no
answer to a question that asks no kind (:func:`kgchat.retrieval.class_unasked.class_unasked`).
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

BP = "http://www.biopax.org/release/biopax-level3.owl#"
EX = "http://example.org/pw#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NAME = "http://www.w3.org/2000/01/rdf-schema#label"


def _pathway() -> list[tuple[str, str, str]]:
    rows = []
    for key, name in [("r1", "pyruvate to acetyl-CoA"), ("r2", "citrate synthesis")]:
        rows += [(EX + key, RDF_TYPE, BP + "BiochemicalReaction"), (EX + key, NAME, f'"{name}"')]
    molecules = ["NADH", "acetyl-CoA", "ADP", "calcium", "citrate", "ATP"]
    for m in molecules:
        rows += [(EX + m, RDF_TYPE, BP + "SmallMolecule"), (EX + m, NAME, f'"{m}"')]
    controls = [
        ("c1", "r1", "NADH", "INHIBITION"),
        ("c2", "r1", "ADP", "ACTIVATION"),
        ("c3", "r1", "calcium", "ACTIVATION"),
        ("c4", "r2", "ATP", "INHIBITION"),
        ("c5", "r2", "citrate", "ACTIVATION"),
        ("c6", "r2", "acetyl-CoA", "ACTIVATION"),
    ]
    for key, reaction, molecule, kind in controls:
        rows += [
            (EX + key, RDF_TYPE, BP + "Control"),
            (EX + key, BP + "controlled", EX + reaction),
            (EX + key, BP + "controller", EX + molecule),
            (EX + key, BP + "controlType", f'"{kind}"'),
        ]
    return rows


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


def test_a_class_made_from_text_answers_no_verb_question():
    kg = KnowledgeGraph.from_triples(_pathway())
    assert "INHIBITION" in {kg.label(t) for t in kg.types(EX + "c1")}  # read as a class
    got = Retriever(kg).retrieve("What inhibits pyruvate to acetyl-CoA?")
    assert got.candidates[0].label != "INHIBITION", [c.label for c in got.candidates[:3]]
