"""A relation named by a noun and a code in capitals that is no word (EPO's ``applicantVC``,
``inventorVC``: the applicant's and the inventor's vCards) points at what the noun names
(kgchat.retrieval.relation_roles._format_tag): "Which applicants hold patents that cite X?"
asks the applicants of the citing patents, which the code "VC" had hidden, so the walk had
stopped at the citing patents themselves."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

PATENTS = """@prefix p: <http://pat.example/def/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix d: <http://pat.example/pub/> .
d:EP1 a p:Publication ; rdfs:label "EP 1 A1" ; p:titleOfInvention "Charging connector"@en ;
    p:applicantVC [ a vcard:Organization ; vcard:fn "Ladewerk AG" ] ;
    p:inventorVC [ a vcard:Individual ; vcard:fn "MÜLLER, Anna" ] .
d:EP2 a p:Publication ; rdfs:label "EP 2 A1" ; p:titleOfInvention "Cooled cable"@en ;
    p:citesPatentPublication d:EP1 ;
    p:applicantVC [ a vcard:Organization ; vcard:fn "Strada Mobility SpA" ] ;
    p:inventorVC [ a vcard:Individual ; vcard:fn "ROSSI, Marco" ] .
d:EP3 a p:Publication ; rdfs:label "EP 3 A1" ; p:titleOfInvention "Charging robot"@en ;
    p:citesPatentPublication d:EP1 ;
    p:applicantVC [ a vcard:Organization ; vcard:fn "Voltaris" ] ;
    p:inventorVC [ a vcard:Individual ; vcard:fn "BRANDT, Katrin" ] .
d:EP4 a p:Publication ; rdfs:label "EP 4 A1" ; p:titleOfInvention "Battery separator"@en ;
    p:citesPatentPublication d:EP2 ;
    p:applicantVC [ a vcard:Organization ; vcard:fn "Nordkraft Cells AB" ] ;
    p:inventorVC [ a vcard:Individual ; vcard:fn "LARSSON, Eva" ] .
vcard:Organization rdfs:label "Organization" .
vcard:Individual rdfs:label "Individual" .
"""


@pytest.fixture(scope="module")
def patents(tmp_path_factory) -> KnowledgeGraph:
    path = tmp_path_factory.mktemp("patents") / "patents.ttl"
    path.write_text(PATENTS, encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Which applicants hold patents that cite EP 1 A1?", {"Strada Mobility SpA", "Voltaris"}),
        ("Which inventors worked on patents citing EP 1 A1?", {"ROSSI, Marco", "BRANDT, Katrin"}),
    ],
)
def test_the_noun_before_a_format_code_is_the_role(patents, question, answers):
    res = make_retriever(patents).retrieve(question)
    assert res.answer in answers and not res.abstained


def test_the_role_word_of_the_relation(patents):
    r = make_retriever(patents)
    assert r.relation_head("http://pat.example/def/applicantVC") == "applicant"
    assert r.relation_head("http://pat.example/def/citesPatentPublication") == "publication"
