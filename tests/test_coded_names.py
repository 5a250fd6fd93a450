"""Graphs shaped like the Lehigh University Benchmark's (found by a blind probe, bench/data/own/
lubm): no ``rdfs:label``, names only in a property that is just "name" and that every
department repeats ("FullProfessor0"), universities the data points at by their site's address
alone, property labels that say otherwise than their IRIs (``emailAddress``, "can be reached
at"), and types that only the properties' declared ranges give."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.retrieval import Retriever

UB = "http://ub.example.org/onto#"
PREFIXES = f"""\
@prefix ub: <{UB}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
"""
D0, D1 = "http://www.Department0.University0.edu/", "http://www.Department1.University0.edu/"


def load(tmp_path: Path, body: str) -> KnowledgeGraph:
    path = tmp_path / "kb.ttl"
    path.write_text(PREFIXES + body, encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.fixture(scope="module")
def lubm(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    body = f"""
    ub:name a owl:DatatypeProperty ; rdfs:label "name" .
    ub:emailAddress a owl:DatatypeProperty ; rdfs:label "can be reached at" .
    ub:telephone a owl:DatatypeProperty ; rdfs:label "telephone number" .
    ub:doctoralDegreeFrom a owl:ObjectProperty ; rdfs:label "has a doctoral degree from" ;
        rdfs:range ub:University .
    ub:University rdfs:label "university" .
    <{D0}FullProfessor0> a ub:FullProfessor ; ub:name "FullProfessor0" ;
        ub:emailAddress "FullProfessor0@Department0.University0.edu" ;
        ub:telephone "555-0100" ; ub:doctoralDegreeFrom <http://www.University7.edu> .
    <{D1}FullProfessor0> a ub:FullProfessor ; ub:name "FullProfessor0" ;
        ub:doctoralDegreeFrom <http://www.University0.edu> .
    <{D1}FullProfessor3> a ub:FullProfessor ; ub:name "FullProfessor3" ;
        ub:emailAddress "FullProfessor3@Department1.University0.edu" ;
        ub:telephone "555-0133" ; ub:doctoralDegreeFrom <http://www.University0.edu> .
    <{D1}FullProfessor2> a ub:FullProfessor ; ub:name "FullProfessor2" ;
        ub:doctoralDegreeFrom <http://www.University0.edu> .
    <http://www.University0.edu> a ub:University ; ub:name "University0" .
    """
    path = tmp_path_factory.mktemp("lubm") / "kb.ttl"
    path.write_text(PREFIXES + body, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_plain_name_names_its_subject_though_others_share_it(lubm):
    # every department has its FullProfessor0: the name is still each one's
    assert lubm.label(D0 + "FullProfessor0") == "FullProfessor0"
    assert lubm.label(D1 + "FullProfessor0") == "FullProfessor0"
    # the publisher's name, not the IRI's local name read as words ("Full professor3")
    assert lubm.label(D1 + "FullProfessor3") == "FullProfessor3"


def test_a_shared_value_of_a_property_not_just_name_names_no_one(tmp_path):
    kg = load(
        tmp_path,
        """
        <http://ex.org/a> ub:brandName "Acme" . <http://ex.org/b> ub:brandName "Acme" .
        <http://ex.org/c> ub:brandName "Acme" . <http://ex.org/d> ub:brandName "Bolt" .
        """,
    )
    assert kg.label("http://ex.org/a") == "a" and kg.aliases("http://ex.org/a") == []


def test_a_site_address_is_named_by_its_host(lubm):
    # pointed at, never described: named by its host less "www."; the top-level domain stays,
    # so a homepage is no person's name
    assert lubm.label("http://www.University7.edu") == "University7.edu"
    kg = KnowledgeGraph.from_triples(
        [("http://ex.org/ann", "http://xmlns.com/foaf/0.1/homepage", "http://www.anngarcia.name/")]
    )
    assert kg.label("http://www.anngarcia.name/") == "anngarcia.name"


def test_a_relation_is_also_said_by_its_iri_words(lubm):
    res = Retriever(lubm).retrieve("what is FullProfessor3's email address?")
    assert res.answer == "FullProfessor3@Department1.University0.edu"


def test_an_untyped_node_takes_the_range_of_the_relation_at_it(lubm):
    # University7 has no rdf:type: the range of doctoralDegreeFrom says it is a university,
    # so the direct fact beats walks on to the typed University0
    res = Retriever(lubm).retrieve(
        "which university did FullProfessor0 of Department0 get a doctorate from?"
    )
    assert res.answer == "University7.edu"


def test_a_coded_name_may_be_misspelt_in_its_letters_not_its_number(lubm):
    linker = EntityLinker(lubm)
    found = [(m.node, m.method) for m in linker.link("what is FullProffesor3's email?")]
    assert found == [(D1 + "FullProfessor3", "typo")]
    # "FullProfessor7" names no one: FullProfessor3 is one edit away, but another number
    assert not linker.link("what is FullProfessor7's email?")
