"""Edge batches asked open (:mod:`kgchat.graph.endpoint_open`) against a real Oxigraph server:
every node that is not a hub gets the edges the capped form gives, a hub its cap, and a batch
whose open part reaches ``open_rows`` has its open nodes' in-edges asked again capped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kgchat.graph import EndpointConfig, SparqlGraph
from tests.test_endpoint import edges_of, served_turtle

EX = "http://example.org/o#"
GRAPH = f"""\
@prefix : <{EX}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Star rdfs:label "the star"@en ; :age "7" .
{" ".join(f":p{i} :likes :Star ; a :Person ; :score {i % 3} ." for i in range(1, 9))}
:p1 :knows :p2 . :p2 :knows :p3 . :p3 :knows :Star .
:q1 :score "7" . :q2 :score "7" . :q3 :score "7" . :q4 :score "7" . :q5 :score "7" .
:q6 :score "7" .
"""
NODES = [EX + n for n in ("Star", "Person", "p1", "p2", "p3", "p8", "q1")] + ['"7"']
HUBS = {EX + "Star", EX + "Person", '"7"'}  # more than 5 in-edges each


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_turtle(tmp_path_factory, "open", GRAPH) as served:
        yield served


def _counted(g: SparqlGraph) -> list[str]:
    sent: list[str] = []
    select = g.client.select
    g.client.select = lambda q: sent.append(q) or select(q)  # type: ignore[method-assign]
    assert g.schema.relations  # (the schema's requests are not counted)
    sent.clear()
    return sent


def test_open_batch_gives_the_capped_edges(url):
    capped = SparqlGraph(url, EndpointConfig(max_fanout=5, open_rows=0))
    # (edge batches of entities and values together: a retriever reads values' sketches)
    opened = SparqlGraph(url, EndpointConfig(max_fanout=5, value_sketches=False))
    sent = _counted(opened)
    opened.expect(NODES)
    for node in NODES:
        if node in HUBS:
            into = [e for e in opened.neighbors(node) if not e.forward]
            assert len(into) == 5 and node in opened.capped, node
        else:
            assert edges_of(opened, node) == edges_of(capped, node), node
    assert len(sent) == 1 and "VALUES ?m" in sent[0]  # one open request, not asked again
    assert set(opened.capped) == HUBS
    # a class seen (an rdf:type object) and a hub found are asked capped from then on
    assert opened._hubs.closed(EX + "Person") and opened._hubs.closed(EX + "Star")
    assert not opened._hubs.closed(EX + "p1")


def test_open_batch_over_its_limit_is_asked_again_capped(url):
    capped = SparqlGraph(url, EndpointConfig(max_fanout=5, open_rows=0))
    opened = SparqlGraph(url, EndpointConfig(max_fanout=5, open_rows=12, value_sketches=False))
    sent = _counted(opened)
    opened.expect(NODES)
    for node in NODES:  # asked again capped: the very edges of the capped form
        assert edges_of(opened, node) == edges_of(capped, node), node
    assert len(sent) == 2 and "VALUES ?m" in sent[0] and "VALUES ?m" not in sent[1]
    # asked again: only the open nodes' in-edges (the out-edges and the literal's were complete)
    assert "VALUES ?n" not in sent[1] and '"7"' not in sent[1]


def test_capped_hubs_rows_do_not_count_against_open_rows(url):
    capped = SparqlGraph(url, EndpointConfig(max_fanout=5, open_rows=0))
    opened = SparqlGraph(url, EndpointConfig(max_fanout=5, open_rows=12, value_sketches=False))
    sent = _counted(opened)
    opened.expect(NODES)
    opened.neighbors(NODES[0])
    assert set(opened.capped) == HUBS
    opened.clear()  # the hubs found are kept: asked capped, 18 rows, more than open_rows
    sent.clear()
    opened.expect(NODES)
    for node in NODES:
        assert edges_of(opened, node) == edges_of(capped, node), node
    assert len(sent) == 1 and "VALUES ?m" in sent[0]  # the open part stayed under its limit


def test_literals_of_a_predicate_without_hubs_are_asked_open(url):
    """A literal value is asked capped until a literal reached by the same predicate was read
    and was no hub; then open (its in-edges in the batch's join, the same edges); a literal
    found a hub there closes its predicates again."""
    capped = SparqlGraph(url, EndpointConfig(max_fanout=5, open_rows=0))
    # (values' sketches not riding in the edge requests: the requests of values asked here)
    opened = SparqlGraph(
        url, EndpointConfig(max_fanout=5, batch_size=1, concurrency=1, merged_values=False)
    )
    sent = _counted(opened)
    one, two = (f'"{i}"^^<http://www.w3.org/2001/XMLSchema#integer>' for i in (1, 2))
    people = [EX + f"p{i}" for i in (1, 2)]
    assert [edges_of(opened, n) for n in people] == [edges_of(capped, n) for n in people]
    assert not opened._hubs.closed(EX + "p3") and opened._hubs.closed(one)  # nothing read yet
    assert edges_of(opened, one) == edges_of(capped, one)  # capped, 3 in-edges: no hub
    assert not opened._hubs.closed(two)  # reached by :score, whose literal read was no hub
    sent.clear()
    assert edges_of(opened, two) == edges_of(capped, two)
    assert "VALUES ?m" in sent[0] and two.split("^^")[0] in sent[0].split("VALUES ?m")[1]
    assert edges_of(opened, EX + "q1") == edges_of(capped, EX + "q1")  # reaches "7"
    assert not opened._hubs.closed('"7"')
    assert len(edges_of(opened, '"7"')) == 5 and '"7"' in opened.capped  # a hub found open
    assert opened._hubs.closed(two) and opened._hubs.readback  # :score closed again


def test_a_literal_written_back_otherwise_is_asked_again_capped(url):
    """A store that writes a literal asked open back in another form (a canonical one) would
    leave it without in-edges: the batch's open nodes are asked again capped, by place, and
    literals capped from then on."""
    capped = SparqlGraph(url, EndpointConfig(max_fanout=5, open_rows=0))
    opened = SparqlGraph(url, EndpointConfig(max_fanout=5, batch_size=1, concurrency=1))
    select = opened.client.select

    def canonical(query: str) -> list:
        rows = select(query)
        for r in rows:
            if r.get("m", {}).get("type") == "literal":
                r["m"] = dict(r["m"], value="0" + r["m"]["value"])
        return rows

    opened.client.select = canonical  # type: ignore[method-assign]
    one, two = (f'"{i}"^^<http://www.w3.org/2001/XMLSchema#integer>' for i in (1, 2))
    for node in (EX + "p1", one, EX + "p2"):
        assert edges_of(opened, node) == edges_of(capped, node)
    assert not opened._hubs.closed(two) and opened._hubs.readback
    assert edges_of(opened, two) == edges_of(capped, two)  # asked open, then again capped
    assert not opened._hubs.readback and opened._hubs.closed(two)


def test_an_entity_read_for_what_it_is_has_its_in_edges_counted_first(url):
    """An entity read only for what it is (``type_edges``) has its in-edges asked capped at
    ``count_rows`` in its edge batch: one with more (a hub met for the first time) is kept as
    a hub and read by probes, never read open; a node with fewer comes complete; the hub's
    edges are fetched whole when the walk asks for them."""
    whole = SparqlGraph(url, EndpointConfig(probe_rows=0))
    g = SparqlGraph(url, EndpointConfig(count_rows=3, probe_rows=1, probe_kinds=False))
    sent = _counted(g)
    star, p1, p2 = EX + "Star", EX + "p1", EX + "p2"
    g.expect([star, p2, p1])
    kinds = g.type_edges(star)
    assert star in g._hubs.heavy and star not in g._edges
    assert "LIMIT 4" in sent[0] and f"?s0 ?p <{star}>" in sent[0]
    opened = [q.split("VALUES ?m", 1)[1].split("}")[0] for q in sent if "VALUES ?m" in q]
    assert not any(f"<{star}>" in part for part in opened)  # never asked open
    full = whole.neighbors(star)
    assert {(e.predicate, e.neighbor) for e in kinds if e.forward} == {
        (e.predicate, e.neighbor) for e in full if e.forward
    }
    assert [e.predicate for e in kinds if not e.forward] == sorted(
        {e.predicate for e in full if not e.forward}
    )
    assert p2 in g._edges and edges_of(g, p2) == edges_of(whole, p2)  # one in-edge: complete
    assert edges_of(g, star) == edges_of(whole, star)  # walked from: fetched whole
    g.close()
    whole.close()
