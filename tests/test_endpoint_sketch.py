"""Sketches (:mod:`kgchat.graph.endpoint_sketch`) against a real Oxigraph server: what a node *is*
read from its sketch (out-edges, one in-edge a predicate) equals what its full edges say, hubs
(found open, or known and capped) and percent-escaped plain ids included, and the edges a walk
then asks for are the full ones."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from kgchat.graph import EndpointConfig, KnowledgeGraph, SparqlGraph
from kgchat.graph.vocab import RDF_TYPE
from tests.conftest import GRAPHS, shared_path
from tests.test_endpoint import (
    _same_retrievals,
    edges_of,
    oxigraph_server,
    served_turtle,
    to_ntriples,
)
from tests.test_endpoint_open import EX, GRAPH, NODES

# beside the graph of test_endpoint_open: plain ids (one with an escape in its IRI) pointing at
# a hub and at a small node, so that the first neighbour's order is a plain id's; and one edge
# of its own predicate into a hub from its last neighbour (with 8 a node, the one its cap drops)
MORE = f"""
<urn:kgchat:Jos%C3%A9> <{EX}likes> <{EX}Star> ; <{EX}knows> <{EX}p8> .
<urn:kgchat:Ann> <{EX}cites> <{EX}p8> . <urn:kgchat:Bob> <{EX}cites> <{EX}p8> .
<{EX}zz> <{EX}rare> <{EX}Person> .
"""
ALL = [*NODES, EX + "p4", "Ann"]


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_turtle(tmp_path_factory, "sketch", GRAPH + MORE) as served:
        yield served


def kinds(edges: list[Any]) -> tuple[list[str], set[str], list[str]]:
    """What the retriever reads of a node's edges: its classes, the predicates out of it, and
    those into it in the order of their first neighbour."""
    classes = [e.neighbor for e in edges if e.forward and e.predicate == RDF_TYPE]
    out = {e.predicate for e in edges if e.forward}
    into = list(dict.fromkeys(e.predicate for e in edges if not e.forward))
    return classes, out, into


@pytest.mark.parametrize("cap", [5, 8])
def test_sketch_says_what_the_edges_say(url, cap):
    full = SparqlGraph(url, EndpointConfig(max_fanout=cap, sketches=False))
    sketched = SparqlGraph(url, EndpointConfig(max_fanout=cap, sketches=True))
    sent: list[str] = []
    select = sketched.client.select
    sketched.client.select = lambda q: sent.append(q) or select(q)  # type: ignore[method-assign]
    for round_ in range(2):  # then the hubs are known: asked capped, sketched
        for g in (full, sketched):
            g.clear()
            g.expect(ALL)
        for node in ALL:
            want = kinds(full.neighbors(node, limit=cap))
            assert kinds(sketched.type_edges(node, limit=cap)) == want, (round_, node)
        assert set(sketched.capped) == set(full.capped)
    assert any("?first" in q for q in sent)
    if cap == 8:  # Person's capped in-edges: 8 rdf:type, and the rare one they drop
        assert EX + "rare" not in kinds(sketched.type_edges(EX + "Person"))[2]
    assert len(sketched._sketches) > 0  # (some came only as sketches)
    for node in ALL:  # a walk then reads the full edges
        assert edges_of(sketched, node) == edges_of(full, node), node
    for g in (full, sketched):
        g.close()


def test_sketches_read_fewer_rows(url):
    rows = {}
    for on in (False, True):
        # (no hubs; the in-edges a row an edge, not packed into one row a node)
        g = SparqlGraph(
            url, EndpointConfig(max_fanout=20, sketches=on, packed=False, probe_kinds=False)
        )
        assert g.schema.relations
        n = 0
        select = g.client.select

        def counted(q: str, select: Any = select) -> list[dict[str, Any]]:
            nonlocal n
            found = select(q)
            n += len(found)
            return found

        g.client.select = counted  # type: ignore[method-assign]
        g.type_edges(EX + "Person")
        rows[on] = n
        g.close()
    assert rows == {False: 9, True: 2}  # 8 rdf:type in-edges and a rare one: two rows


def test_retrieval_with_sketches_equals_local(tmp_path):
    """Over the medicine graph (OWL restrictions: a capped hub is asked again in full) and the
    WC2014 sample (plain ids: ``urn:kgchat:`` IRIs), retrieval with sketches equals the local
    graph's, as without them (``tests/test_endpoint.py``), on the questions that file asks."""
    from kgchat.qa.config import QAConfig
    from kgchat.qa.generate import generate_qa

    path = GRAPHS / "medicine.ttl"
    kg = KnowledgeGraph.load(path)
    examples = generate_qa(kg, QAConfig(retrieve=False, phrasings=1))
    with oxigraph_server(path) as served:
        g = SparqlGraph(served, EndpointConfig(sketches=True))
        _same_retrievals(kg, g, [e.question for e in random.Random(0).sample(examples, 15)])
        assert len(g._sketches) > 0
        g.close()
    kb = shared_path("bench", "wc2014", "kb.tsv")
    lines = shared_path("bench", "wc2014", "questions.jsonl").read_text().splitlines()
    sample = random.Random(1).sample([json.loads(line) for line in lines], 15)
    with oxigraph_server(to_ntriples(kb, tmp_path / "wc2014.nt")) as served:
        g = SparqlGraph(served, EndpointConfig(sketches=True))
        _same_retrievals(KnowledgeGraph.load(kb), g, [q["question"] for q in sample])
        g.close()
