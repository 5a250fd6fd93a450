"""A record's own ``dcterms:description`` / ``dc:description`` / ``schema:description`` stays a
fact besides its description (:data:`kgchat.graph.vocab.DESCRIBING_PREDICATES`), so "What is
the description of X?" is answered; ``rdfs:comment`` stays a description only. Checked with
phrasings it must not misread."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

GRAPH = """\
@prefix sioc: <http://rdfs.org/sioc/ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix : <http://forum.example/> .
:wood a sioc:Forum ; dcterms:title "Woodshop" ;
    dcterms:description "Joinery, finishes, hand and power tools." ;
    sioc:has_moderator :oak .
:oak a sioc:UserAccount ; sioc:name "oakiron" .
:bench a sioc:Forum ; dcterms:title "Electronics Bench" ;
    rdfs:comment "Imported from the old board in 2019." .
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("described") / "forum.ttl"
    path.write_text(GRAPH)
    return KnowledgeGraph.load(path)


def test_description_is_a_fact_and_a_description(graph) -> None:
    wood = "http://forum.example/wood"
    assert graph.description(wood) == "Joinery, finishes, hand and power tools."
    assert "http://purl.org/dc/terms/description" in {f.predicate for f in graph.facts_of(wood)}
    # a vocabulary-style comment stays out of the facts
    bench = "http://forum.example/bench"
    assert all(f.predicate.endswith("comment") is False for f in graph.facts_of(bench))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "What's the description of the Woodshop forum?",
            "Joinery, finishes, hand and power tools.",
        ),
        ("describe the woodshop", "Joinery, finishes, hand and power tools."),
        # other relations are not read as the description
        ("Who moderates the Woodshop?", "oakiron"),
    ],
)
def test_description_asked(graph, question: str, answer: str) -> None:
    r = make_retriever(graph, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve(question).answer == answer
