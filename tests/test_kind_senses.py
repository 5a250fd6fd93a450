"""The kind a question names, met by the answer's class in another meaning of its word (issue
11: right first, abstained; fix62d; :mod:`kgchat.retrieval.kind_senses`).

A bibliography types its papers ``bibo:AcademicArticle`` and files them by ``dcterms:subject``.
"Which *articles* are about named entity disambiguation?" is trusted, but "Which *papers*
..." walked the same ``subject`` to the same article and was judged 0.17: "papers" and
``article`` share no stem, the encoder puts them under its floor, and the commonest meaning
of *paper* is the material. WordNet files *paper* ("a scholarly article describing the
results of observations") directly under *article*. A near relation stays abstained ("Which
papers were reviewed by Anna Berg?" over ``creator``), and a class far up WordNet's tree
(*entity*, *person* for "companies") meets no kind asked. On a tiny graph read from Turtle,
with the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.kind_senses import sense_kind
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

TTL = """
@prefix bibo: <http://purl.org/ontology/bibo/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/bib/> .

ex:el a skos:Concept ; skos:prefLabel "Entity linking"@en ;
    skos:altLabel "Named entity disambiguation"@en .
ex:qa a skos:Concept ; skos:prefLabel "Question answering"@en .
ex:berg a foaf:Person ; foaf:name "Anna Berg" .
ex:okoro a foaf:Person ; foaf:name "Chidi Okoro" .
ex:jkge a bibo:Journal ; dcterms:title "Journal of Knowledge Graph Engineering" .
ex:p1 a bibo:AcademicArticle ; dcterms:title "Entity Linking over Sparse Graphs" ;
    dcterms:subject ex:el ; dcterms:creator ex:berg ; dcterms:isPartOf ex:jkge ;
    dcterms:issued "2020"^^xsd:gYear .
ex:p2 a bibo:AcademicArticle ; dcterms:title "Answering Questions over Graphs" ;
    dcterms:subject ex:qa ; dcterms:creator ex:okoro ; dcterms:isPartOf ex:jkge ;
    dcterms:issued "2021"^^xsd:gYear ; bibo:cites ex:p1 .
ex:p3 a bibo:AcademicArticle ; dcterms:title "Neural Answer Ranking" ;
    dcterms:subject ex:qa ; dcterms:creator ex:berg ; dcterms:isPartOf ex:jkge ;
    dcterms:issued "2022"^^xsd:gYear ; bibo:cites ex:p1, ex:p2 .
ex:t1 a bibo:Thesis ; dcterms:title "Linking Names in Archives" ;
    dcterms:subject ex:el ; dcterms:creator ex:okoro ; dcterms:issued "2019"^^xsd:gYear .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet not installed")


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("bib") / "bib.ttl"
    path.write_text(TTL, encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


@needs_wordnet
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Which papers are about named entity disambiguation?",
            "Entity Linking over Sparse Graphs",
        ),
        (
            "Which articles are about named entity disambiguation?",
            "Entity Linking over Sparse Graphs",
        ),
    ],
)
def test_the_kind_asked_in_another_meaning(retriever, question, answer):
    """Trusted ("papers" fails on START: the answer first, abstained)."""
    res = retriever.retrieve(question)
    assert res.candidates[0].label == answer
    assert not res.abstained, res.confidence


@needs_wordnet
def test_a_near_relation_is_still_unsaid(retriever):
    """The kind met, the relation asked is none the graph has: abstained (as on START)."""
    res = retriever.retrieve("Which papers were reviewed by Anna Berg?")
    assert res.abstained, (res.candidates[0].label, res.confidence)


@needs_wordnet
def test_only_a_few_steps_up():
    """A meaning of the word under the class, a step or two up; not a class far up the tree."""
    wn = wordnet()
    assert sense_kind(wn, "papers", ["academic", "article"]) == "article"
    assert sense_kind(wn, "rulings", ["judgment"]) == "judgment"
    assert sense_kind(wn, "books", ["entity"]) is None
    assert sense_kind(wn, "companies", ["person"]) is None
    assert sense_kind(wn, "papers", ["organization"]) is None
