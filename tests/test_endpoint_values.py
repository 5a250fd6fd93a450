"""Literal values read as sketches (``EndpointConfig.value_sketches``, on by default) against a
real Oxigraph server: what a value is (the relations pointing at it) comes from its sketch, one
in-edge a predicate, and says what its full in-edges say in fewer rows; the edge batches leave
values out and the values expected come together; retrievals are the same."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest

from kgchat.graph import EndpointConfig, KnowledgeGraph, SparqlGraph
from kgchat.retrieval import Retriever
from tests.conftest import GRAPHS
from tests.test_endpoint import _same_retrievals, edges_of, oxigraph_server, served_turtle
from tests.test_endpoint_open import EX, GRAPH
from tests.test_endpoint_sketch import MORE, kinds

# a value shared by many subjects through two predicates
SHARED = "".join(f":r{i} :born 1990 .\n" for i in range(30))
TEXT = GRAPH.replace(":Star rdfs:label", f":Idol :founded 1990 .\n{SHARED}:Star rdfs:label") + MORE
YEAR = '"1990"^^<http://www.w3.org/2001/XMLSchema#integer>'


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_turtle(tmp_path_factory, "values", TEXT) as served:
        yield served


def _rows(g: SparqlGraph) -> list[int]:
    """Count the rows of the graph's requests from now on (in the list returned)."""
    n = [0]
    assert g.schema.relations  # (the schema's requests are not counted)
    select = g.client.select

    def counted(q: str, select: Any = select) -> list[dict[str, Any]]:
        found = select(q)
        n[0] += len(found)
        return found

    g.client.select = counted  # type: ignore[method-assign]
    return n


@pytest.mark.parametrize("cap", [5, 300])
@pytest.mark.parametrize("probes", [64, 0])
def test_a_value_is_read_as_its_sketch(url, cap, probes):
    """Probed (``value_probes``): the predicates at a value, a row each, whatever its
    in-edges; else summed up from its in-edges, in the order of their first neighbour."""
    full = SparqlGraph(url, EndpointConfig(value_sketches=False, packed=False, max_fanout=cap))
    values = SparqlGraph(
        url, EndpointConfig(packed=False, max_fanout=cap, value_probes=probes, probe_kinds=False)
    )
    rows = {False: _rows(full), True: _rows(values)}
    for node in (YEAR, '"7"'):  # 31 in-edges of two predicates; a hub of 6 at cap 5
        assert values.sketched(node) and not full.sketched(node)
        mine, theirs = kinds(values.type_edges(node)), kinds(full.type_edges(node))
        if probes:  # (the retriever reads a value's relations in their own order)
            mine, theirs = (*mine[:2], sorted(mine[2])), (*theirs[:2], sorted(theirs[2]))
        if probes and cap == 5:  # a hub cut at 5 in-edges may lose a predicate, probes not
            assert set(theirs[2]) <= set(mine[2]) and mine[:2] == theirs[:2], node
        else:
            assert mine == theirs, node
    assert rows[True][0] <= 4 and rows[False][0] >= 12  # a row a predicate, not one an edge
    if cap == 300:
        a, b = Retriever(values), Retriever(full)
        for node in (YEAR, '"7"'):  # what the retriever reads of them, alike
            assert a.answer_types(node) == b.answer_types(node), node
    assert YEAR in values._sketches  # (its in-edges: only the first of each predicate)
    if probes:  # no in-edge of a value read, none cut
        assert not any(n.startswith('"') for n in values.capped)
    else:
        assert set(values.capped) == set(full.capped)  # a hub is found in a sketch too
    assert not values.sketched(EX + "Idol")  # an entity, walked from, reads its edges
    for node in (YEAR, '"7"', EX + "Idol"):  # the edges, asked for, are the full ones
        assert edges_of(values, node) == edges_of(full, node), node
    for g in (full, values):
        g.close()


def test_edge_batches_leave_the_values_out(url):
    g = SparqlGraph(url, EndpointConfig(concurrency=1, merged_values=False, probe_kinds=False))
    sent: list[str] = []
    select = g.client.select
    g.client.select = lambda q: sent.append(q) or select(q)  # type: ignore[method-assign]
    g.expect([EX + "p1", YEAR, EX + "p2", '"7"', EX + "p3"])
    g.neighbors(EX + "p1")  # p2's and p3's edges come with it, not the values'
    assert EX + "p3" in g._edges and YEAR not in g._edges and '"7"' not in g._edges
    sent.clear()
    g.type_edges(YEAR)  # the values expected after it come with it, past the entities
    assert '"7"' in g._sketches or '"7"' in g._edges
    assert len(sent) == 1 and "FILTER EXISTS" in sent[0]  # (probed: endpoint_probe)
    g.close()


@pytest.mark.parametrize("cap", [5, 300])
def test_values_sketched_in_the_edges_request(url, cap):
    """With ``merged_values`` (the default) a missed entity's request brings the sketches of
    the values expected after it: one request where two went, the same edges and sketches."""
    nodes = [EX + "p1", YEAR, EX + "p2", '"7"', EX + "p3"]
    apart = SparqlGraph(url, EndpointConfig(merged_values=False, max_fanout=cap))
    merged = SparqlGraph(url, EndpointConfig(max_fanout=cap))
    requests = {}
    for g in (apart, merged):
        assert g.schema.relations
        before = g.report()["requests"]
        g.expect(nodes)
        g.neighbors(EX + "p1")
        seen = [kinds(g.type_edges(n)) for n in nodes]
        requests[g is merged] = (g.report()["requests"] - before, seen)
    assert requests[True][1] == requests[False][1]  # what every node is, alike
    assert requests[True][0] == 1 and requests[False][0] == 2
    assert set(merged.capped) == set(apart.capped)
    for node in nodes:  # and each node's edges, asked for
        assert edges_of(merged, node) == edges_of(apart, node), node
    for g in (apart, merged):
        g.close()


def test_retrieval_with_values_sketched_equals_local():
    """Over the medicine graph the values reached are read as sketches, and retrieval is the
    local graph's, and every candidate and score those of the edges read whole."""
    from kgchat.qa.config import QAConfig
    from kgchat.qa.generate import generate_qa

    path = GRAPHS / "medicine.ttl"
    kg = KnowledgeGraph.load(path)
    examples = generate_qa(kg, QAConfig(retrieve=False, phrasings=1))
    questions = [e.question for e in random.Random(2).sample(examples, 12)]
    with oxigraph_server(path) as served:
        g = SparqlGraph(served)
        _same_retrievals(kg, g, questions)
        assert any(n.startswith('"') for n in list(g._sketches.keys()))
        without = SparqlGraph(served, EndpointConfig(value_sketches=False))
        a, b = Retriever(g), Retriever(without)
        for q in questions:
            for h in (g, without):
                h.clear()
            x, y = a.retrieve(q), b.retrieve(q)
            assert [(c.node, round(c.score, 9)) for c in x.candidates] == [
                (c.node, round(c.score, 9)) for c in y.candidates
            ], q
            assert x.confidence == y.confidence, q
        assert len(without._sketches) == 0
        for h in (g, without):
            h.close()


def test_probes_name_only_the_predicates_a_node_can_be_the_object_of(url):
    """The schema says which fact predicates have literal objects and which have others
    (``Schema.objects``, as the triples served say): a value is probed only with the first,
    an entity (``probe_rows``) only with the second."""
    import rdflib

    data = rdflib.Graph().parse(data=TEXT, format="turtle")
    g = SparqlGraph(url, EndpointConfig(probe_rows=1))
    objects = g.schema.objects
    assert objects and any(lit for lit, _ in objects.values())
    assert any(other for _, other in objects.values())
    for p, (lit, other) in objects.items():
        found = list(data.objects(None, rdflib.URIRef(p)))
        assert lit == any(isinstance(o, rdflib.Literal) for o in found), p
        assert other == any(not isinstance(o, rdflib.Literal) for o in found), p
    sent: list[str] = []
    select = g.client.select
    g.client.select = lambda q: sent.append(q) or select(q)  # type: ignore[method-assign]
    g.type_edges(YEAR)
    probe = next(q for q in sent if "FILTER EXISTS" in q)
    named = {p for p in objects if f"<{p}>" in probe}
    assert named and all(objects[p][0] for p in named)
    mine = kinds(g.type_edges(YEAR))
    theirs = kinds(SparqlGraph(url, EndpointConfig(value_probes=0)).type_edges(YEAR))
    assert (*mine[:2], sorted(mine[2])) == (*theirs[:2], sorted(theirs[2]))  # (own order)


def test_hubs_probed_then_walked_from_come_together(url):
    """Likely hubs read for what they are (their probed sketches, ``probe_rows``) that the
    walk then goes on from have their edges fetched with the others it goes on from
    (:meth:`SparqlGraph.expect_walk`): one request for all, not one each; the same edges as
    a graph that never probed them."""
    nodes = [EX + n for n in ("Star", "p1", "p2", "p3")]
    g = SparqlGraph(url, EndpointConfig(probe_rows=1))
    whole = SparqlGraph(url, EndpointConfig())
    assert g.schema.relations  # (the schema's requests are not counted)
    for n in nodes:
        g.capped[n] = 300  # (hubs found: read for what they are by probes)
    g.expect(nodes)
    assert all(g.sketched(n) for n in nodes)
    before = g.report()["requests"]
    for n in nodes:
        g.type_edges(n)
    assert g.report()["requests"] == before + 1
    g.expect_walk(nodes)
    assert [edges_of(g, n) for n in nodes] == [edges_of(whole, n) for n in nodes]
    assert g.report()["requests"] == before + 2


def test_an_entity_whose_in_edges_were_many_is_probed_next_time(url):
    """An entity whose in-edges read reached ``probe_rows`` is remembered for the store (as a
    hub found capped is): asked again after :meth:`SparqlGraph.clear` (the next question), it
    is read for what it is by probes, not its in-edges, with the same kinds; an entity with
    fewer is not, nor one never read (``probe_relations`` off: no per-relation guess)."""
    star, few = EX + "Star", EX + "p2"  # 9 in-edges, 1
    g = SparqlGraph(url, EndpointConfig(probe_rows=5, probe_relations=False, probe_kinds=False))
    whole = SparqlGraph(url, EndpointConfig())
    assert not g.sketched(star) and not g.sketched(few)  # (nothing read yet)
    g.neighbors(star), g.neighbors(few)
    g.clear()
    assert g.sketched(star) and not g.sketched(few)
    sent: list[str] = []
    select = g.client.select
    g.client.select = lambda q: sent.append(q) or select(q)  # type: ignore[method-assign]
    mine = kinds(g.type_edges(star))
    assert len(sent) == 1 and "FILTER EXISTS" in sent[0]
    theirs = kinds(whole.type_edges(star))
    assert (*mine[:2], sorted(mine[2])) == (*theirs[:2], sorted(theirs[2]))
