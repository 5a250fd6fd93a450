"""A "who is the ..." question whose noun phrase names a group, no person, asks for what that
phrase names (:func:`kgchat.retrieval.answer_type._group_asked`): "Who is the parent
*company* of X?" asks for a company, as "What is the parent company of X?" does (WordNet
files *company*'s commonest meaning under social group), not for a person; read as "who"
alone, the walk on from the parent to the person who owns a share of it had outranked the
parent by the type, and the question was abstained on; a person's role ("Who is the *CEO*
of X?") still asks for a person."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze

_FIRMS = """\
@prefix : <https://example.org/kyc/> .
@prefix f: <https://example.org/fibo#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
f:hasGlobalUltimateParent rdfs:label "has global ultimate parent" .
f:hasOwningParty rdfs:label "has owning party" .
f:hasOwnedAsset rdfs:label "has owned asset" .
f:hasChiefExecutive rdfs:label "has chief executive" .
:chemie a f:StockCorporation ; rdfs:label "Brennecke Chemie AG" ;
    f:isOrganizedIn :de ; f:hasChiefExecutive :jonas .
:poly a f:PrivateLimitedCompany ; rdfs:label "Brennecke Polymers GmbH" ;
    f:isOrganizedIn :de ; f:hasGlobalUltimateParent :chemie .
:coat a f:PrivateLimitedCompany ; rdfs:label "Brennecke Coatings GmbH" ;
    f:isOrganizedIn :de ; f:hasGlobalUltimateParent :chemie .
:hold a f:StockCorporation ; rdfs:label "Verhoeven Holding NV" ; f:isOrganizedIn :be .
:bake a f:PrivateLimitedCompany ; rdfs:label "Flandria Bakeries BV" ;
    f:isOrganizedIn :be ; f:hasGlobalUltimateParent :hold .
:de a f:Country ; rdfs:label "Germany" .
:be a f:Country ; rdfs:label "Belgium" .
:claudia a f:Person ; rdfs:label "Claudia Brennecke" .
:pieter a f:Person ; rdfs:label "Pieter Verhoeven" .
:jonas a f:Person ; rdfs:label "Jonas Weber" .
:own1 a f:Ownership ; f:hasOwningParty :claudia ; f:hasOwnedAsset :chemie ;
    f:hasNumericValue "22.4"^^xsd:decimal .
:own2 a f:Ownership ; f:hasOwningParty :pieter ; f:hasOwnedAsset :hold ;
    f:hasNumericValue "60"^^xsd:decimal .
:own3 a f:Ownership ; f:hasOwningParty :chemie ; f:hasOwnedAsset :poly ;
    f:hasNumericValue "100"^^xsd:decimal .
"""


@pytest.fixture(scope="module")
def firms(tmp_path_factory):
    path = tmp_path_factory.mktemp("firms") / "firms.ttl"
    path.write_text(_FIRMS)
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


def test_who_asks_the_group_its_phrase_names():
    """The type asked is the phrase's, where its head is a group; a role keeps "who"'s."""
    parent = analyze("Who is the parent company of Brennecke Polymers GmbH?", [(6, 9)])
    ceo = analyze("Who is the chief executive of Brennecke Chemie AG?", [(6, 9)])
    assert parent.answer_type == ["parent", "company"]
    assert ceo.answer_type == ["person", "people"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Who is the parent company of Brennecke Polymers GmbH?", "Brennecke Chemie AG"),
        ("Who is the parent company of Flandria Bakeries BV?", "Verhoeven Holding NV"),
    ],
)
def test_who_is_the_parent_company(firms, question, answer):
    res = firms.retrieve(question)
    assert (res.answer, res.abstained) == (answer, False)
