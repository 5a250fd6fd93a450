"""Every entity read only for what it is read by probes (``EndpointConfig.probe_kinds``),
against a real Oxigraph server: the same retrievals as the local graph, and each probed sketch
has the out-edges and the relations at the node of its full edges."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgchat.graph import EndpointConfig, KnowledgeGraph, SparqlGraph
from kgchat.graph.vocab import RDF_TYPE
from tests.conftest import GRAPHS
from tests.test_endpoint import _same_retrievals, oxigraph_server


def _without_restrictions(tmp: Path) -> Path:
    """The medicine graph without its blank nodes (its OWL restrictions: a store holding
    them is never probed, since a probe sees no derived edge), as N-Triples."""
    import rdflib

    g = rdflib.Graph().parse(GRAPHS / "medicine.ttl")
    for t in list(g):
        if any(isinstance(x, rdflib.BNode) for x in t):
            g.remove(t)
    out = tmp / "medicine-plain.nt"
    g.serialize(out, format="nt", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[KnowledgeGraph, str]]:
    path = _without_restrictions(tmp_path_factory.mktemp("kinds"))
    with oxigraph_server(path) as url:
        yield KnowledgeGraph.load(path), url


def _questions(kg: KnowledgeGraph, n: int) -> list[str]:
    from kgchat.qa.config import QAConfig
    from kgchat.qa.generate import generate_qa

    examples = generate_qa(kg, QAConfig(retrieve=False, phrasings=1))
    return [e.question for e in random.Random(3).sample(examples, n)]


def test_every_entity_read_for_what_it_is_is_probed(plain):
    """With ``probe_kinds`` the entities a walk reads only for what they are come as probed
    sketches, the retrievals are the local graph's, and each sketch says what the node's
    full edges say: its out-edges, and the relations pointing at it."""
    kg, url = plain
    questions = _questions(kg, 12)
    g = SparqlGraph(url, EndpointConfig(probe_kinds=True))
    _same_retrievals(kg, g, questions)
    kept = g._sketches.keys()  # (an LRU cache: no iteration of its own)
    probed = [n for n in kept if not n.startswith('"')]
    hubs = SparqlGraph(url, EndpointConfig(probe_kinds=False))  # (likely hubs probed only)
    _same_retrievals(kg, hubs, questions)
    others = hubs._sketches.keys()
    few = [n for n in others if not n.startswith('"')]
    assert len(probed) >= 2 * len(few) + 20
    whole = SparqlGraph(url, EndpointConfig(probe_rows=0))
    for n in probed:
        out, inn = g._sketches.peek(n)
        edges = whole.neighbors(n)
        assert {(e.predicate, e.neighbor) for e in out} == {
            (e.predicate, e.neighbor) for e in edges if e.forward
        }, n
        assert [e.predicate for e in inn] == sorted({e.predicate for e in edges if not e.forward})
    for h in (g, hubs, whole):
        h.close()


def test_the_anonymous_check_reads_the_edges_of_blank_nodes_only():
    """Whether a node echoes its holder's name (``UnnamedNodes._echoes_its_holder``) is asked
    of every node of a pattern, and only a blank node can: a value's or a short-named IRI's
    edges are not read for it (over an endpoint they were read whole, in-edges and all)."""
    from kgchat.retrieval import Retriever

    kg = KnowledgeGraph.load(GRAPHS / "medicine.ttl")
    read: list[str] = []

    class Spy:
        def __getattr__(self, name: str):
            return getattr(kg, name)

        def neighbors(self, node: str, **kw):
            read.append(node)
            return kg.neighbors(node, **kw)

    r = Retriever(Spy())
    values = [v for v in kg.literals() if kg.label(v)][:20]
    short = [n for n in kg.entities() if 0 < len(kg.label(n)) < 8 and not n.startswith("_:")]
    assert values and short
    for n in [*values, *short[:20]]:
        assert not r.anonymous(n)
    assert read == []


def test_the_relation_node_check_reads_in_edges_only_past_what_a_node_is():
    """Whether a named node is a relation named after its members
    (``UnnamedNodes._names_its_parts``) is read first from what the node is (its out-edges,
    and whether anything points at it: a sketch or probes over an endpoint): a node with a
    relation to another node, or with nothing leading to it, is not read whole; one that may
    be such a node is, and is found as before."""
    from kgchat.retrieval import Retriever

    ex = "http://example.org/"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    kg = KnowledgeGraph.from_triples(
        [
            (ex + "warfarin", ex + "interactorIn", ex + "ddi1"),
            (ex + "aspirin", ex + "interactorIn", ex + "ddi1"),
            (ex + "ddi1", RDF_TYPE, ex + "Interaction"),
            (ex + "warfarin", ex + "treats", ex + "thrombosis"),
            (ex + "aspirin", ex + "treats", ex + "headache"),
            (ex + "ddi1", label, '"interaction between Warfarin and Aspirin"'),
            (ex + "warfarin", label, '"Warfarin"'),
            (ex + "aspirin", label, '"Aspirin"'),
            (ex + "thrombosis", label, '"deep vein thrombosis"'),
            (ex + "headache", label, '"tension headache"'),
            (ex + "guideline", ex + "year", '"2020"'),
            (ex + "guideline", label, '"anticoagulation guideline"'),
        ]
    )
    read: list[str] = []

    class Sketched:  # what a SparqlGraph with probes offers: kinds apart from whole edges
        def __getattr__(self, name: str):
            return getattr(kg, name)

        def neighbors(self, node: str, **kw):
            read.append(node)
            return kg.neighbors(node, **kw)

        def sketched(self, node: str) -> bool:
            return True

        def type_edges(self, node: str, **kw):
            return kg.neighbors(node, **kw)

    r, local = Retriever(Sketched()), Retriever(kg)
    names = ("warfarin", "aspirin", "guideline", "thrombosis", "headache", "ddi1")
    nodes = [ex + n for n in names]
    assert [r.anonymous(n) for n in nodes] == [local.anonymous(n) for n in nodes]
    assert [local.anonymous(n) for n in nodes] == [False] * 5 + [True]
    # (the drugs point at other nodes, nothing points at the guideline: not read whole)
    assert read == nodes[3:]


def test_a_node_probed_then_walked_is_asked_only_its_in_edges(plain):
    """A node first read as a probed sketch and then walked from is asked only what its
    sketch lacks: the out-edges it came with are reused, not asked again (a warm question
    with ``probe_kinds`` asked them twice), and its edges are those of a whole fetch."""
    from kgchat.graph.endpoint_queries import key

    kg, url = plain
    g = SparqlGraph(url, EndpointConfig(probe_kinds=True, concurrency=1))
    whole = SparqlGraph(url, EndpointConfig(probe_rows=0))
    nodes = sorted(n for n in kg.entities() if n != RDF_TYPE and kg.neighbors(n, direction="out"))
    picked = [n for n in nodes if g.sketched(n)][:6]
    assert len(picked) == 6
    for n in picked:
        g.expect([n])
        g.type_edges(n)
        assert n in g._sketches and n not in g._edges
    rows: list[dict] = []
    select = g.client.select

    def counting(query: str) -> list[dict]:
        got = select(query)
        rows.extend(got)
        return got

    g.client.select = counting  # type: ignore[method-assign]
    for n in picked:
        edges = g.neighbors(n)
        assert [(e.predicate, e.neighbor, e.forward) for e in edges] == [
            (e.predicate, e.neighbor, e.forward) for e in whole.neighbors(n)
        ], n
    again = [r for r in rows if "o" in r and key(r["n"]) in picked]
    assert again == []  # (without reuse: each node's out-edges, asked a second time)
    g.close()
    whole.close()


def test_a_probed_node_is_known_and_its_class_read_without_its_edges(plain):
    """A node read as a probed sketch is in the store, and whether it is a class, said from
    what was read (its sketch holds an in-edge of each relation at it): no request for its
    every edge (a warm question with ``probe_kinds`` asked each linked candidate's so), and
    the same answers as the local graph's."""
    from types import SimpleNamespace

    from kgchat.linking import EntityLinker

    kg, url = plain
    g = SparqlGraph(url, EndpointConfig(probe_kinds=True, concurrency=1))
    classes = sorted(
        {
            e.neighbor
            for n in kg.entities()
            for e in kg.neighbors(n, direction="out")
            if e.predicate == RDF_TYPE
        }
    )[:4]
    others = sorted(n for n in kg.entities() if n not in classes and n != RDF_TYPE)[:4]
    picked = [n for n in classes + others if g.sketched(n)]
    assert len(picked) == 8
    for n in picked:
        g.expect([n])
        g.type_edges(n)
        assert n in g._sketches and n not in g._edges
    before = g.report()["requests"]
    linker = SimpleNamespace(kg=g, _classes={})
    assert all(n in g for n in picked)
    assert [EntityLinker.is_class(linker, n) for n in picked] == [True] * 4 + [False] * 4  # type: ignore[arg-type]
    assert g.report()["requests"] == before
    assert [n for n in picked if n in g._edges] == []
    g.close()
