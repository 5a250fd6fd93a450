"""A blank record of no class that a "which name" predicate leads to (Popolo's
``other_names``: ``og:otherName [ foaf:name "..." ; s:validUntil ... ]``) names its owner: the
person is found by a former name. A typed record under such a predicate is a thing of its
own kind, no name of its owner."""

from __future__ import annotations

from kgchat import KnowledgeGraph

P = "https://assembly.example/"
TTL = """@prefix og: <http://www.w3.org/ns/opengov#> .
@prefix s: <http://schema.org/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://assembly.example/> .
:mc a foaf:Person ; foaf:name "Marie-Claude Savoie" ; s:birthDate "1976-01-27"^^xsd:date ;
    og:otherName [ foaf:name "Marie-Claude LeBlanc" ; s:validUntil "2015-06-30"^^xsd:date ] .
:bo a foaf:Person ; foaf:name "Bo Kerr" ; s:birthDate "1983-05-23"^^xsd:date ;
    :employerName [ a foaf:Organization ; foaf:name "Harbour Ferries" ] .
"""


def test_an_untyped_other_name_record_names_its_owner(tmp_path):
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    path = tmp_path / "people.ttl"
    path.write_text(TTL, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert "Marie-Claude LeBlanc" in kg.aliases(P + "mc")
    assert kg.label(P + "mc") == "Marie-Claude Savoie"
    res = make_retriever(kg, index_dir=None).retrieve("When was Marie-Claude LeBlanc born?")
    assert _default_answers(res)[0] == "1976-01-27"


def test_a_typed_record_stays_a_thing_of_its_own(tmp_path):
    path = tmp_path / "people.ttl"
    path.write_text(TTL, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert "Harbour Ferries" not in kg.aliases(P + "bo")
