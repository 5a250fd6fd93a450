"""A doer's relation read with the class of what it is said of, on a tiny case-law graph.

Dublin Core's ``contributor`` names whoever took part in making a resource; here every
resource it is stated of is a court ``Judgment``, so it is the judgment's contributor: its
judges. "Who were the judges of the lower court in KKO:2021:1?" walks from the judgment to
the lower court's decision and on to that decision's contributors: the start abstained on
the right answer, as no word of "contributor" says "judges" and the walk's last hop, taken
toward what "who" asks, had to say something of the question. Read as "judgment
contributor", the relation says "judges" by the class (WordNet relates the two). A question
the graph cannot answer ("Who was the rapporteur ...?", a role no relation states) is still
abstained on.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.relation_domains import domain_phrase
from kgchat.wordnet import wordnet

CASES = """
@prefix sfcl: <http://data.example/schema/sfcl/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix p: <http://data.example/person/> .
@prefix c: <http://data.example/court/> .
@prefix j: <http://data.example/ecli/> .
c:kko a foaf:Organization ; rdfs:label "Supreme Court"@en .
c:hotur a foaf:Organization ; rdfs:label "Turku Court of Appeal"@en .
p:ms a foaf:Person ; rdfs:label "Mikael Strandvik" .
p:ek a foaf:Person ; rdfs:label "Eeva-Liisa Koivuranta" .
p:jp a foaf:Person ; rdfs:label "Jussi Pellinen" .
p:jh a foaf:Person ; rdfs:label "Jarmo Hietala" .
p:ok a foaf:Person ; rdfs:label "Outi Kuusisto" .
p:vr a foaf:Person ; rdfs:label "Ville Ranta-aho" .
p:le a foaf:Person ; rdfs:label "Laura Eskola" .
j:kko-2021-1 a sfcl:Judgment ; dcterms:title "KKO:2021:1" ; dcterms:creator c:kko ;
    dcterms:contributor p:ms, p:ek, p:jp ; sfcl:lowerCourtDecision j:hotur-2020-2075 ;
    sfcl:referenceToCaseLaw j:kko-2016-6 .
j:kko-2016-6 a sfcl:Judgment ; dcterms:title "KKO:2016:6" ; dcterms:creator c:kko ;
    dcterms:contributor p:ms, p:jp, p:le ; sfcl:lowerCourtDecision j:hotur-2015-971 .
j:hotur-2020-2075 a sfcl:Judgment ; dcterms:title "Turun hovioikeus 15.3.2020 nro 2075" ;
    dcterms:creator c:hotur ; dcterms:contributor p:jh, p:ok, p:vr .
j:hotur-2015-971 a sfcl:Judgment ; dcterms:title "Turun hovioikeus 1.2.2015 nro 971" ;
    dcterms:creator c:hotur ; dcterms:contributor p:ok, p:le .
"""

LOWER = {"Jarmo Hietala", "Outi Kuusisto", "Ville Ranta-aho"}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("caselaw") / "cases.ttl"
    path.write_text(CASES, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path))


def test_the_contributor_of_judgments_is_read_as_the_judgments_contributor(retriever):
    if wordnet() is None:
        pytest.skip("no WordNet database")
    contributor = "http://purl.org/dc/terms/contributor"
    assert retriever._domain_phrases(contributor) == ("judgment contributor",)
    # a relation naming no doer is not read so (its subject's class would only meet the
    # words the question names the entity by); nor one stated of things of several classes
    assert retriever._domain_phrases("http://purl.org/dc/terms/title") == ()
    assert retriever._domain_phrases("http://purl.org/dc/terms/creator") == ()
    assert domain_phrase(retriever.kg, contributor, "contributor", None) is None


def test_the_judges_of_the_lower_court_are_its_decisions_contributors(retriever):
    if wordnet() is None:
        pytest.skip("no WordNet database")
    got = retriever.retrieve("Who were the judges of the lower court in KKO:2021:1?")
    assert got.candidates[0].label in LOWER
    assert not got.abstained


def test_a_role_no_relation_states_is_still_abstained_on(retriever):
    got = retriever.retrieve("Who was the rapporteur in KKO:2021:1?")
    assert got.abstained
