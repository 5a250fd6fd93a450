"""A property the graph models as part of its domain, labelled "aliases", stays a fact (blind
probe threats, round 53): STIX 2.1's ``aliases`` of an intrusion set, declared an
``owl:DatatypeProperty``, had been read as a pure alias predicate (its label says "alias"), so
its triples were no facts: "What other names does X go by?" reached nothing of them, and "Which
group is also known as Y?" had no walk to the group Y names. Its values still name their
subject (a name-like fact, as an "official name" is); an annotation property so labelled is
a pure alias as before.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_CTI = """\
@prefix ex: <http://cti.example.org/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:aliases a owl:DatatypeProperty ; rdfs:label "aliases"@en ;
    rdfs:comment "Alternative names used to identify this object."@en .
ex:synonym a owl:AnnotationProperty ; rdfs:label "synonym"@en .
ex:attributedTo a owl:ObjectProperty ; rdfs:label "attributed to"@en .

ex:g7 a ex:IntrusionSet ; rdfs:label "APT28" ; ex:aliases "Fancy Bear", "Sofacy", "Sednit" ;
    ex:attributedTo ex:ru .
ex:g16 a ex:IntrusionSet ; rdfs:label "APT29" ; ex:aliases "Cozy Bear", "The Dukes" ;
    ex:attributedTo ex:ru .
ex:g32 a ex:IntrusionSet ; rdfs:label "Lazarus Group" ; ex:aliases "Hidden Cobra" ;
    ex:attributedTo ex:kp .
ex:ru a ex:Country ; rdfs:label "Russia" ; ex:synonym "Russian Federation" .
ex:kp a ex:Country ; rdfs:label "North Korea" ; ex:synonym "DPRK" .
"""
EX = "http://cti.example.org/"


@pytest.fixture(scope="module")
def cti(tmp_path_factory):
    path = tmp_path_factory.mktemp("cti") / "cti.ttl"
    path.write_text(_CTI)
    kg = KnowledgeGraph.load(path)
    return kg, make_retriever(kg, index_dir=None, scorer=None)


def test_a_modelled_aliases_property_keeps_its_facts(cti):
    kg, _ = cti
    said = {kg.label(e.neighbor) for e in kg.neighbors(EX + "g7") if e.predicate == EX + "aliases"}
    assert said == {"Fancy Bear", "Sofacy", "Sednit"}


def test_its_values_still_name_their_subject(cti):
    _, r = cti
    assert {m.node for m in r.linker.link("Where is Sofacy from?")} == {EX + "g7"}


def test_the_group_an_alias_names_is_reached(cti):
    _, r = cti
    res = r.retrieve("Which group is also known as Sofacy?")
    assert res.candidates and res.candidates[0].node == EX + "g7"


def test_an_annotation_property_so_labelled_stays_a_pure_alias(cti):
    kg, r = cti
    assert not [e for e in kg.neighbors(EX + "ru") if e.predicate == EX + "synonym"]
    assert {m.node for m in r.linker.link("Which groups are from the DPRK?")} == {EX + "kp"}
