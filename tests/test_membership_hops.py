"""A class a question asks as its type, walked down its hierarchy to a joint answer, only
checks what the answer is: how deep the answer sits below it costs nothing, and the entity's
own walk is priced by its length. "What roles does caffeine have?" in an OBO-style ontology
(roles are classes under ``role``) had tied caffeine's own role, one hop away, with that
role's superclass (a hop further up, but a level nearer ``role``), and the superclass came
first by its id."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

CHEM = """@prefix obo: <http://purl.obolibrary.org/obo/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://example.org/> .
obo:ROLE a owl:Class ; rdfs:label "role" .
obo:A_BIO a owl:Class ; rdfs:label "biological role" ; rdfs:subClassOf obo:ROLE .
obo:A_APP a owl:Class ; rdfs:label "application" ; rdfs:subClassOf obo:ROLE .
obo:Z_ANT a owl:Class ; rdfs:label "receptor antagonist" ; rdfs:subClassOf obo:A_BIO .
obo:Z_STIM a owl:Class ; rdfs:label "stimulant" ; rdfs:subClassOf obo:A_APP .
obo:SOLV a owl:Class ; rdfs:label "solvent" ; rdfs:subClassOf obo:A_APP .
obo:MOL a owl:Class ; rdfs:label "molecule" .
obo:ALK a owl:Class ; rdfs:label "alkaloid" ; rdfs:subClassOf obo:MOL .
obo:PUR a owl:Class ; rdfs:label "purine alkaloid" ; rdfs:subClassOf obo:ALK .
obo:CAF a owl:Class ; rdfs:label "caffeine" ; rdfs:subClassOf obo:PUR ;
    ex:hasRole obo:Z_ANT, obo:Z_STIM .
obo:ETH a owl:Class ; rdfs:label "ethanol" ; rdfs:subClassOf obo:MOL ; ex:hasRole obo:SOLV .
obo:THB a owl:Class ; rdfs:label "theobromine" ; rdfs:subClassOf obo:PUR ;
    ex:functionalParent obo:CAF .
ex:hasRole rdfs:label "has role" .
ex:functionalParent rdfs:label "has functional parent" .
"""


def _retriever(tmp_path):
    path = tmp_path / "chem.ttl"
    path.write_text(CHEM, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path))


def test_the_entitys_own_role_comes_before_its_superclass(tmp_path):
    r = _retriever(tmp_path)
    for q in ("What roles does caffeine have?", "which roles does caffeine play"):
        res = r.retrieve(q)
        top = res.candidates[0].label
        assert top in ("receptor antagonist", "stimulant"), (q, res.candidates[:4])


def test_a_kind_question_still_reads_the_kinds_hierarchy(tmp_path):
    """ "What kind of N is X" chooses the answer in N's hierarchy: the kind caffeine is,
    not theobromine (whose functional parent caffeine is, a thing of caffeine's sort)."""
    r = _retriever(tmp_path)
    res = r.retrieve("What kind of alkaloid is caffeine?")
    assert res.candidates[0].label == "purine alkaloid", res.candidates[:4]


def test_natural_phrasings_it_could_misread(tmp_path):
    """Deep members of the asked class are not favoured for their depth: the answer is the
    one the named entity relates to."""
    r = _retriever(tmp_path)
    res = r.retrieve("What role does ethanol have?")
    assert res.candidates[0].label == "solvent", res.candidates[:4]
    res = r.retrieve("Which alkaloids have the role stimulant?")
    assert res.candidates[0].label == "caffeine", res.candidates[:4]
