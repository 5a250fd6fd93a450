"""A SPARQL endpoint whose names are looked up (``EndpointConfig(names="lookup")``, a graph too
large to list) is never listed whole at question time: the unmet-name check
(:mod:`kgchat.retrieval.graph_words`), the chat's claim check (:func:`kgchat.chat.claims.
graph_names`) and the served entity look-up (:meth:`kgchat.serve.service.ChatService.entity`)
read the entities at hand (those whose names the graph has fetched) or ask the endpoint for one
name, instead of streaming every entity (:func:`kgchat.graph.capabilities.entities_at_hand`).
Real Oxigraph server on loopback, as ``tests/test_endpoint.py``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kgchat.chat.backends import TemplateBackend
from kgchat.chat.claims import graph_names
from kgchat.graph import EndpointConfig, KnowledgeGraph, SparqlGraph
from kgchat.graph.capabilities import entities_at_hand
from kgchat.graph.endpoint_schema import entities_query, literals_query
from kgchat.retrieval import Retriever
from kgchat.serve.service import ChatService
from tests.conftest import GRAPHS
from tests.test_endpoint import MED, oxigraph_server


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[KnowledgeGraph, str]]:
    path = GRAPHS / "medicine.ttl"
    with oxigraph_server(path) as url:
        yield KnowledgeGraph.load(path), url


def _watched(g: SparqlGraph) -> list[str]:
    """The queries ``g`` sends from now on."""
    sent: list[str] = []
    select = g.client.select
    g.client.select = lambda q: sent.append(q) or select(q)  # type: ignore[method-assign]
    return sent


def _streamed(g: SparqlGraph, sent: list[str]) -> bool:
    whole = (entities_query(g.schema), literals_query(g.schema))
    return any(w in q for q in sent for w in whole)


def test_lookup_endpoint_is_not_listed_at_question_time(served):
    _kg, url = served
    g = SparqlGraph(url, EndpointConfig(names="lookup"))
    try:
        retriever = Retriever(g)
        sent = _watched(g)
        # "Oderbruch" is linked to nothing: the unmet-name check asks what the graph holds
        for q in ("What does warfarin interact with in Oderbruch?", "Who discovered penicillin?"):
            assert retriever.retrieve(q).mentions, q
        assert sent and not _streamed(g, sent)
        # the claim check reads the names at hand: those the questions fetched
        names = graph_names(g)
        assert ("warfarin",) in names and not _streamed(g, sent)
        nodes, complete = entities_at_hand(g)
        assert not complete and MED + "Warfarin" in nodes and "" not in nodes
        # the served entity look-up asks the endpoint for that one name
        service = ChatService(g, retriever, TemplateBackend())  # type: ignore[arg-type]
        found = service.entity("Gabapentin")
        assert found["id"] == MED + "Gabapentin" and not _streamed(g, sent)
        with pytest.raises(Exception, match="no entity"):
            service.entity("Oderbruch")
    finally:
        g.close()


def test_streamed_endpoint_and_local_graph_are_listed_whole(served):
    kg, url = served
    g = SparqlGraph(url)
    try:
        nodes, complete = entities_at_hand(g)
        assert complete and set(nodes) == set(kg.entities())
        local, complete = entities_at_hand(kg)
        assert complete and set(local) == set(kg.entities())
        assert graph_names(g) == graph_names(kg)
    finally:
        g.close()
