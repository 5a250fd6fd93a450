"""A vocabulary other than RDF's that reifies a statement with its own ``subject``,
``predicate`` and ``object`` properties (BioLink's association nodes, as nanopublications
write them) is read as RDF reification is: the association's triple is a fact, the node stays
with its evidence, and its ``predicate`` link names a relation, not a thing. Real parsing, the
bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.graph.reification import reifying_properties
from kgchat.pipeline import make_retriever

BL = "https://w3id.org/biolink/vocab/"
EX = "http://example.org/bio/"

GRAPH = """\
@prefix biolink: <https://w3id.org/biolink/vocab/> .
@prefix ex: <http://example.org/bio/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dct: <http://purl.org/dc/terms/> .

ex:nos3 rdfs:label "NOS3" .
ex:agt rdfs:label "AGT" .
ex:hypertension rdfs:label "hypertension" .
ex:asthma rdfs:label "asthma" .
ex:eco270 rdfs:label "expression pattern evidence" .
ex:paper1 dct:subject ex:asthma .

ex:a1 a biolink:GeneToDiseaseAssociation ; biolink:subject ex:nos3 ;
    biolink:predicate biolink:gene_associated_with_condition ; biolink:object ex:hypertension ;
    biolink:has_evidence ex:eco270 .
ex:a2 a biolink:GeneToDiseaseAssociation ; biolink:subject ex:agt ;
    biolink:predicate biolink:contributes_to ; biolink:object ex:asthma ;
    biolink:has_evidence ex:eco270 .
"""


@pytest.fixture
def bio(tmp_path: Path) -> KnowledgeGraph:
    path = tmp_path / "bio.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_the_three_properties_of_one_namespace() -> None:
    names = {BL + "subject": 1, BL + "predicate": 2, BL + "object": 3}
    names["http://purl.org/dc/terms/subject"] = 4  # a subject alone reifies nothing
    assert reifying_properties(names) == [(1, 2, 3)]


def test_an_association_is_its_fact(bio: KnowledgeGraph) -> None:
    facts = {(f.subject, f.predicate, f.object) for f in bio.facts()}
    assert (EX + "nos3", BL + "gene_associated_with_condition", EX + "hypertension") in facts
    assert (EX + "agt", BL + "contributes_to", EX + "asthma") in facts
    assert not any(p == BL + "predicate" for _, p, _ in facts)
    assert BL + "contributes_to" not in set(bio.entities())
    # the association keeps its evidence, under a name no answer takes
    assert (EX + "a1", BL + "has_evidence", EX + "eco270") in facts
    assert bio.label(EX + "a1").startswith("(anonymous statement")


def test_an_association_answers(bio: KnowledgeGraph) -> None:
    retriever = make_retriever(bio, index_dir=None)
    res = retriever.retrieve("Which genes are associated with hypertension?")
    assert res.candidates[0].node == EX + "nos3"
    res = retriever.retrieve("What does AGT contribute to?")
    assert res.candidates[0].node == EX + "asthma"
