"""A relation named by the doer of a question's verb says that verb whole: "Who *applied*
for X?" asks X's *applicant* (WordNet's agent noun of "apply", a derived form the stemmer
keeps apart, ``TextSimilarity._doer``), not its *application*, the act, which WordNet derives
from the verb as well; and a format code ending the relation's name (EPO's ``applicantVC``, a
vCard) is no word of it (``format_tags.format_tag``), so it does not halve the relation's
support. Before, the application's number answered (EPO patents graph)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.phrases import phrase_parts
from kgchat.wordnet import wordnet

PATENTS = """@prefix p: <http://pat.example/def/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix d: <http://pat.example/pub/> .
@prefix a: <http://pat.example/app/> .
d:EP1 a p:Publication ; rdfs:label "EP 1 A1" ; p:titleOfInvention "Charging connector"@en ;
    p:application a:EP151 ;
    p:applicantVC [ a vcard:Organization ; vcard:fn "Ladewerk AG" ] ;
    p:inventorVC [ a vcard:Individual ; vcard:fn "MÜLLER, Anna" ] .
d:EP2 a p:Publication ; rdfs:label "EP 2 A1" ; p:titleOfInvention "Cooled cable"@en ;
    p:application a:EP152 ;
    p:applicantVC [ a vcard:Organization ; vcard:fn "Strada Mobility SpA" ] ;
    p:inventorVC [ a vcard:Individual ; vcard:fn "ROSSI, Marco" ] .
a:EP151 a p:Application ; rdfs:label "EP 151" ; p:filingDate "2019-04-11"^^xsd:date .
a:EP152 a p:Application ; rdfs:label "EP 152" ; p:filingDate "2020-03-03"^^xsd:date .
vcard:Organization rdfs:label "Organization" .
vcard:Individual rdfs:label "Individual" .
"""


@pytest.fixture(scope="module")
def patents(tmp_path_factory) -> KnowledgeGraph:
    path = tmp_path_factory.mktemp("patents") / "patents.ttl"
    path.write_text(PATENTS, encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Who applied for EP 1 A1?", "Ladewerk AG"),
        ("Who applied for the cooled cable?", "Strada Mobility SpA"),
    ],
)
def test_who_did_it_is_the_relation_named_by_the_doer(patents, question, answer):
    res = make_retriever(patents).retrieve(question)
    assert res.answer == answer and not res.abstained


@pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")
def test_a_format_code_is_no_word_of_the_relation():
    assert phrase_parts("applicant VC")[0] == ("applicant",)
    assert phrase_parts("has URL")[0] == ("url",)  # a code alone is the relation's word
    assert phrase_parts("plays in club")[0] == ("plays", "club")
