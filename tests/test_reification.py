"""RDF reification: an ``rdf:Statement``'s triple is read as a fact, the statement node stays
(unnamed, with its qualifiers) to be walked through, and ``rdf:predicate``'s value is a
relation, not a thing. Real parsing, the bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

EX = "http://example.org/hr/"
SCHEMA = "http://schema.org/"

GRAPH = """\
@prefix ex: <http://example.org/hr/> .
@prefix schema: <http://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:ana rdfs:label "Ana Moreno" ; schema:worksFor ex:acme .
ex:ben rdfs:label "Ben Ortiz" ; schema:worksFor ex:acme .
ex:acme rdfs:label "Acme Turbines" .
ex:polar rdfs:label "Polar Grid" .

ex:h1 a rdf:Statement ; rdf:subject ex:ana ; rdf:predicate schema:worksFor ;
    rdf:object ex:polar ; schema:startDate "2011-02-01"^^xsd:date .
ex:h2 a rdf:Statement ; rdf:subject ex:ben ; rdf:predicate schema:memberOf ;
    rdf:object ex:polar ; schema:startDate "2015-05-01"^^xsd:date .
"""


@pytest.fixture
def hr(tmp_path: Path) -> KnowledgeGraph:
    path = tmp_path / "hr.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_reified_statement_is_its_fact(hr: KnowledgeGraph) -> None:
    facts = {(f.subject, f.predicate, f.object) for f in hr.facts()}
    assert (EX + "ana", SCHEMA + "worksFor", EX + "polar") in facts
    # a predicate used only in a statement is a relation too
    assert (EX + "ben", SCHEMA + "memberOf", EX + "polar") in facts
    assert not any(p.endswith("#predicate") for _, p, _ in facts)
    entities = set(hr.entities())
    assert SCHEMA + "worksFor" not in entities and SCHEMA + "memberOf" not in entities
    # the statement keeps its qualifiers, under a name no answer takes
    assert (EX + "h1", SCHEMA + "startDate") in {(s, p) for s, p, _ in facts}
    assert hr.label(EX + "h1").startswith("(anonymous statement")


def test_a_reified_fact_answers(hr: KnowledgeGraph) -> None:
    res = make_retriever(hr, index_dir=None).retrieve("Which company did Ana Moreno work for?")
    top = {c.node for c in res.candidates[:2]}
    assert EX + "polar" in top
    res = make_retriever(hr, index_dir=None).retrieve("Who works for Polar Grid?")
    assert res.candidates[0].node == EX + "ana"
