"""SparqlGraph against a real SPARQL server: the Oxigraph binary (PyPI ``oxigraph``, in the test
extra) loads a graph into a temporary store (``oxigraph load``) and serves it read-only on a free
loopback port; the fixtures stop it and remove the store however the test ends. What the
retriever finds over the endpoint must equal what it finds over the same triples loaded locally.
The bad endpoints (HTML, garbage, 500, slow, redirecting) are tiny loopback HTTP servers."""

from __future__ import annotations

import contextlib
import json
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from kgchat.errors import KGChatError, QueryError
from kgchat.graph import EndpointConfig, KnowledgeGraph, SparqlGraph
from kgchat.graph.endpoint_pipeline import InFlight
from kgchat.graph.endpoint_queries import term
from kgchat.graph.formats import read_source
from kgchat.retrieval import Retriever
from tests.conftest import GRAPHS, loopback_server, shared_path

MED = "https://kgchat.dev/graphs/medicine#"


def _oxigraph() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if not found:
        pytest.fail("the oxigraph server binary is missing: pip install -e '.[test]'")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def oxigraph_server(*files: Path) -> Iterator[str]:
    """Load ``files`` into a temporary store, serve it read-only; yield the query URL."""
    binary = _oxigraph()
    store = Path(tempfile.mkdtemp(prefix="kgchat-oxigraph-"))
    proc = None
    try:
        for f in files:
            subprocess.run(
                [binary, "load", "--location", str(store), "--file", str(f)],
                check=True,
                capture_output=True,
                timeout=120,
            )
        port = _free_port()
        proc = subprocess.Popen(
            [binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"oxigraph did not start on port {port}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(store, ignore_errors=True)


def to_ntriples(source: Path, out: Path) -> Path:
    """A source file as N-Triples, read by the local loader (plain ids as ``urn:kgchat:``)."""
    with out.open("w", encoding="utf-8") as f:
        for s, p, o in read_source(source, None, source_id=0):
            f.write(f"{term(s)} {term(p)} {term(o)} .\n")
    return out


@pytest.fixture(scope="module")
def medicine() -> Iterator[tuple[KnowledgeGraph, SparqlGraph]]:
    path = GRAPHS / "medicine.ttl"
    with oxigraph_server(path) as url:
        g = SparqlGraph(url)
        yield KnowledgeGraph.load(path), g
        g.close()


TINY = """\
@prefix : <http://example.org/t#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Hub :knows :a1 , :a2 , :a3 , :a4 , :a5 , :a6 , :a7 , :a8 , :a9 , :a10 , :a11 , :a12 .
:Hub rdfs:label "the hub"@en .
:Unnamed_thing :relatedTo :Hub .
:b1 :score "7" . :b2 :score "7" . :b3 :score "7" . :b4 :score "7" . :b5 :score "7" .
:b6 :score "7" . :b7 :score "7" . :b8 :score "7" .
"""


@contextlib.contextmanager
def served_turtle(factory: pytest.TempPathFactory, name: str, text: str) -> Iterator[str]:
    """``text`` (Turtle) written to a temporary ``<name>.ttl`` and served by
    :func:`oxigraph_server`; yield the query URL."""
    path = factory.mktemp(name) / f"{name}.ttl"
    path.write_text(text, encoding="utf-8")
    with oxigraph_server(path) as url:
        yield url


def edges_of(graph: Any, node: str) -> list[tuple[str, str, bool]]:
    """A node's edges as sorted (neighbour, predicate, forward) triples."""
    return sorted((e.neighbor, e.predicate, e.forward) for e in graph.neighbors(node))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_turtle(tmp_path_factory, "tiny", TINY) as url:
        yield url


def test_medicine_endpoint_equals_local_graph(medicine):
    kg, g = medicine
    assert set(g.entities()) == set(kg.entities())
    assert set(g.literals()) == set(kg.literals())
    assert set(g.relations()) == set(kg.relations())
    for p in kg.relations():
        for inverse in (False, True):
            assert g.relation_label(p, inverse=inverse) == kg.relation_label(p, inverse=inverse)
        assert g.inverse_of(p) == kg.inverse_of(p), p
        assert g.relation_description(p) == kg.relation_description(p), p
    # owl:SymmetricProperty: its own inverse, at the endpoint as locally
    assert g.inverse_of(MED + "interactsWith") == MED + "interactsWith"
    for node in kg.entities():
        assert edges_of(g, node) == edges_of(kg, node), node
        assert g.label(node) == kg.label(node), node
        assert sorted(g.aliases(node)) == sorted(kg.aliases(node)), node
        assert g.description(node) == kg.description(node), node
        assert sorted(g.types(node)) == sorted(kg.types(node)), node
    local = {f.id: f.text for f in kg.facts_of(MED + "Warfarin")}
    remote = {f.id: f.text for f in g.facts_of(MED + "Warfarin")}
    assert remote == local and len(local) > 10
    # restriction edges (Drug subClassOf [onProperty memberOfClass; someValuesFrom DrugClass])
    kinds = {f.kind for f in g.facts_of(MED + "Drug")}
    assert "some" in kinds
    report = g.report()
    assert report["requests"] > 0 and report["hit_rate"] > 0.5


def test_names_come_with_the_edges(medicine):
    """A batch's names come in its edges' request (``edge_names``): the same labels, aliases
    and descriptions as asked on their own and as the local graph's, and no names request for
    a node whose edges were read."""
    kg, served = medicine
    nodes = sorted(kg.entities())
    g = SparqlGraph(served.endpoint, EndpointConfig(names="lookup"))
    apart = SparqlGraph(served.endpoint, EndpointConfig(names="lookup", edge_names=False))
    kinds: list[str] = []
    select = g.client.select
    g.client.select = lambda q: kinds.append(q.split("WHERE")[0]) or select(q)  # type: ignore[method-assign]
    for graph in (g, apart):
        graph.expect(nodes)
        for node in nodes:
            assert edges_of(graph, node) == edges_of(kg, node), node
    assert kinds and not any(k.startswith("SELECT ?n ?p ?l") for k in kinds)
    for node in nodes:
        for graph in (g, apart):
            assert graph.label(node) == kg.label(node), node
            assert sorted(graph.aliases(node)) == sorted(kg.aliases(node)), node
            assert graph.description(node) == kg.description(node), node
    assert not any(k.startswith("SELECT ?n ?p ?l") for k in kinds)  # the labels were cached
    # names cached already (a name table streamed): the edge batches ask for none
    streamed = SparqlGraph(served.endpoint)
    assert set(streamed.entities()) == set(nodes)
    heads: list[str] = []
    select = streamed.client.select
    streamed.client.select = lambda q: heads.append(q.split("WHERE")[0]) or select(q)  # type: ignore[method-assign]
    assert edges_of(streamed, nodes[0]) == edges_of(kg, nodes[0])
    assert heads and not any(h.endswith("?l ") for h in heads)
    for graph in (g, apart, streamed):
        graph.close()


def test_packed_edges_that_do_not_read_back(medicine):
    """A store that cuts a long packed string (fewer lines than its count): the batch is asked
    again a row an edge, and so is every batch after it; the edges are the local graph's."""
    kg, served = medicine
    g = SparqlGraph(served.endpoint)
    select = g.client.select

    def cut(q: str) -> list[dict[str, Any]]:
        found = select(q)
        for r in found:
            text = r.get("all")
            if text and "\n" in text["value"]:
                text["value"] = text["value"].rsplit("\n", 1)[0]
        return found

    g.client.select = cut  # type: ignore[method-assign]
    nodes = sorted(kg.entities())[:60]
    assert [edges_of(g, n) for n in nodes] == [edges_of(kg, n) for n in nodes]
    assert g._unpacked
    g.close()


def _same_retrievals(kg, g, questions):
    """Retrieve each question locally and over the endpoint; the same mentions, answer,
    confidence and candidates (nodes and scores). Returns the endpoint's retriever and
    answers."""
    local, remote = Retriever(kg), Retriever(g)
    full = 0
    answers = []
    for q in questions:
        a, b = local.retrieve(q), remote.retrieve(q)
        assert [(m.node, m.score) for m in b.mentions] == [(m.node, m.score) for m in a.mentions]
        assert b.abstained == a.abstained, q
        assert b.answer == a.answer, q  # a tie at the top in one order (Candidate.rank_key)
        assert b.confidence == pytest.approx(a.confidence), q
        answers.append(b.answer)
        if a.candidates:
            assert b.candidates[0].score == pytest.approx(a.candidates[0].score), q
        same = [(c.node, round(c.score, 6)) for c in a.candidates] == [
            (c.node, round(c.score, 6)) for c in b.candidates
        ]
        # both graphs order a node's edges by key (kgchat.graph.edge_order), so a walk's node
        # cap keeps the same nodes: the whole lists are alike, unless the store capped a hub
        # (SparqlGraph.capped): which of its edges past max_fanout come is the store's choice
        assert same or g.capped, q
        full += same
    assert full >= 0.8 * len(questions)
    return remote, answers


def test_the_relation_matcher_trains_on_the_same_pairs_over_endpoint(medicine):
    """The learned relation matcher's training pairs (relations, rephrasings, near relations)
    over the endpoint are the local graph's: its sample does not hang on the store's order."""
    from kgchat.retrieval.relation_training import training_relations
    from kgchat.wordnet import wordnet

    kg, g = medicine
    local = training_relations(Retriever(kg), wordnet(), subjects=200)
    assert training_relations(Retriever(g), wordnet(), subjects=200) == local
    assert len(local[0]) >= 10


def test_medicine_retrieval_and_answers_over_endpoint(medicine):
    from kgchat.chat import ChatBot
    from kgchat.chat.backends import TemplateBackend
    from kgchat.qa.config import QAConfig
    from kgchat.qa.generate import generate_qa

    kg, g = medicine
    examples = generate_qa(kg, QAConfig(retrieve=False, phrasings=1))
    questions = [e.question for e in random.Random(0).sample(examples, 15)]
    remote, _ = _same_retrievals(kg, g, questions)
    local_bot = ChatBot(kg, Retriever(kg), TemplateBackend())
    remote_bot = ChatBot(g, remote, TemplateBackend())  # type: ignore[arg-type]
    for q in questions[:4]:
        a, b = local_bot.ask(q), remote_bot.ask(q)
        assert (b.answer, b.answers, b.abstained) == (a.answer, a.answers, a.abstained), q
        assert {f.id for f in b.facts} <= {f.id for f in b.given}


def test_wc2014_retrieval_over_endpoint(tmp_path):
    kb = shared_path("bench", "wc2014", "kb.tsv")
    questions = [
        json.loads(line)
        for line in shared_path("bench", "wc2014", "questions.jsonl").read_text().splitlines()
    ]
    sample = random.Random(1).sample(questions, 15)
    with oxigraph_server(to_ntriples(kb, tmp_path / "wc2014.nt")) as url:
        kg, g = KnowledgeGraph.load(kb), SparqlGraph(url)
        assert g.label("Alan_PULIDO") == "Alan PULIDO"  # no labels: the local name, as locally
        _, answers = _same_retrievals(kg, g, [q["question"] for q in sample])
        hits = sum(a in q["answers"] for a, q in zip(answers, sample, strict=True))
        assert hits >= 0.8 * len(sample)


def test_no_table_of_words_for_an_endpoint(medicine, tmp_path):
    from kgchat.index import EntityIndex, get_encoder
    from kgchat.retrieval import word_table

    kg, g = medicine
    remote = Retriever(g, EntityIndex.build(kg, get_encoder("hashing")))
    assert word_table.attach(remote, tmp_path / "fact-words") == 0  # reading it is a crawl
    assert not (tmp_path / "fact-words").exists()
    assert not remote.judge.scorer.similarity._fixed


def test_hub_is_capped_and_paged(tiny):
    g = SparqlGraph(tiny, EndpointConfig(max_fanout=5, max_rows=11, batch_size=2))
    hub = "http://example.org/t#Hub"
    edges = g.neighbors(hub, direction="out")
    assert len(edges) == 5 and g.capped == {hub: 5}
    assert g.report()["capped"] == 1
    page = g.neighbors_page(hub, direction="out", offset=10, limit=5)
    assert len(page.edges) == 2 and not page.more
    assert g.neighbors_page(hub, direction="out", offset=0, limit=5).more
    with pytest.raises(KGChatError, match="refused"):
        g.neighbors_page(hub, direction="out", offset=0, limit=10**6)
    # an unnamed node's label is its local name made readable
    assert g.label("http://example.org/t#Unnamed_thing") == "Unnamed thing"
    assert g.label(hub) == "the hub"
    # a batch that reaches the row limit is split; every node still gets its edges
    small = SparqlGraph(tiny, EndpointConfig(max_fanout=20, max_rows=41, batch_size=50))
    assert [len(small.neighbors(f"http://example.org/t#a{i}")) for i in range(1, 13)] == [1] * 12


@pytest.mark.parametrize("packed", [False, True])
def test_literal_hub_costs_its_cap(tiny, packed):
    """A literal shared by many subjects is a hub: its in-edges come capped in the batch query
    itself (a LIMIT of their own, as every node's), not all of them and then again alone;
    packed, in one row that holds the cap and one more edge."""
    config = EndpointConfig(max_fanout=5, max_rows=11, batch_size=50, packed=packed)
    g = SparqlGraph(tiny, config)
    rows: list[int] = []
    select = g.client.select

    def counted(q):
        found = select(q)
        rows.append(sum(int(r["c0"]["value"]) if "c0" in r else 1 for r in found))
        return found

    g.client.select = counted  # type: ignore[method-assign]
    assert g.schema.relations  # read first: the schema's requests are not counted
    rows.clear()
    edges = g.neighbors('"7"')
    assert len(edges) == 5 and not any(e.forward for e in edges)
    assert g.capped == {'"7"': 5} and rows == [6]  # one request, the cap and one more edge
    plain = SparqlGraph(tiny, config.replace(packed=not packed))
    assert edges_of(plain, '"7"') == edges_of(g, '"7"')


def test_clear_starts_cold(tiny):
    """clear() forgets edges and names and renews the handles (a retriever then drops its own
    caches): the next question costs what a first one does."""
    g = SparqlGraph(tiny)
    node = "http://example.org/t#Hub"
    edges = edges_of(g, node)
    assert g.label(node) == "the hub"
    version, before = g.version, g.report()["requests"]
    assert edges_of(g, node) == edges and g.report()["requests"] == before  # cached
    g.clear()
    assert g.version != version
    assert edges_of(g, node) == edges and g.label(node) == "the hub"
    assert g.report()["requests"] == before + 1  # edges and names asked again, together
    apart = SparqlGraph(tiny, EndpointConfig(edge_names=False))
    assert edges_of(apart, node) == edges and apart.label(node) == "the hub"
    assert apart.report()["requests"] == before + 1  # the names in a request of their own


def test_a_name_missed_brings_the_names_expected_after_it(tiny):
    """A label asked of a node whose names are not cached brings those of the nodes expected
    after it (a hop's, whose kinds the retriever reads in that order) in the same request."""
    g = SparqlGraph(tiny, EndpointConfig(edge_names=False))
    nodes = [f"http://example.org/t#a{i}" for i in range(1, 13)] + ["http://example.org/t#Hub"]
    assert g.schema.relations
    g.expect(nodes)
    before = g.report()["requests"]
    assert g.label(nodes[0]) == "a1"
    assert [g.label(n) for n in nodes[1:]][-1] == "the hub"
    assert g.report()["requests"] == before + 1


def test_requests_in_flight(tiny):
    """With concurrency 2 a miss sends the batch after its own too (the store answers it while
    the first is read): the same edges and the same batches as one request at a time, and a
    request that fails raises on the caller's thread (``settle`` waits for it, raising
    nothing)."""
    nodes = [f"http://example.org/t#a{i}" for i in range(1, 13)]
    nodes += ['"7"', "http://example.org/t#Hub"]
    one = SparqlGraph(tiny, EndpointConfig(concurrency=1, batch_size=2, probe_kinds=False))
    two = SparqlGraph(tiny, EndpointConfig(concurrency=2, batch_size=2, probe_kinds=False))
    sent = {}
    for g in (one, two):
        assert g.schema.relations  # read first: the schema's requests are not counted
        sent[g] = g.report()["requests"]
        g.expect(nodes)
    # the first miss's requests wait until its batch is waited for, so that what it sends is
    # the same however fast the store answers (a request answered at once frees its place)
    gate = threading.Event()
    select, take = two.client.select, two._inflight.take
    two.client.select = lambda query: gate.wait(30) and select(query)
    two._inflight.take = lambda node: gate.set() or take(node)
    two.neighbors(nodes[0])
    assert list(two._inflight._batches.values()) == [nodes[2:4]]  # the next batch, unread
    two.settle()  # (what a benchmark calls between timed questions)
    assert two.report()["requests"] - sent[two] == 2  # its own batch and the next
    assert two._inflight.busy() == 0 and len(two._inflight) == 1  # answered, still unread
    assert [edges_of(two, n) for n in nodes] == [edges_of(one, n) for n in nodes]
    assert two.report()["requests"] - sent[two] == one.report()["requests"] - sent[one] == 7
    dead = SparqlGraph(tiny, EndpointConfig(retries=1, backoff=0.01, batch_size=2))
    assert dead.schema.relations
    dead.client.endpoint = f"http://127.0.0.1:{_free_port()}/query"  # nothing listens there
    dead.expect(nodes)
    with pytest.raises(QueryError, match="cannot connect"):
        dead.neighbors(nodes[0])
    dead.settle()  # waits without raising: an error is raised where its batch is read
    with pytest.raises(QueryError, match="cannot connect"):  # the batch sent ahead failed too
        dead.neighbors(nodes[2])
    for g in (one, two, dead):
        g.close()


def test_unread_batches_are_bounded(tiny):
    """Batches sent ahead and never asked for are forgotten, the oldest first, before a node is
    looked up: a node of a forgotten batch is fetched again (a warm 10M benchmark failed when
    the batch of the node being read was the one forgotten)."""
    flight = InFlight(2, keep=2)
    for b in (["a"], ["b"], ["c"]):
        flight.send(b, lambda b=b: b)
    flight.trim()
    assert "a" not in flight and "b" in flight and len(flight) == 2
    assert flight.take("c") == (["c"], ["c"])
    flight.close()
    g = SparqlGraph(tiny, EndpointConfig(batch_size=1))
    g._inflight.keep = 1
    nodes = [f"http://example.org/t#a{i}" for i in range(1, 13)]
    g.expect(nodes)
    expected = [[("http://example.org/t#Hub", "http://example.org/t#knows", False)]] * 3
    # a2 goes out with a1, a6 with a5; then a2's batch is the oldest unread
    assert [edges_of(g, nodes[i]) for i in (0, 4, 1)] == expected
    g.close()


def test_cache_is_bounded_and_counts_hits(tiny):
    g = SparqlGraph(tiny, EndpointConfig(cache_size=3, batch_size=1))
    nodes = [f"http://example.org/t#a{i}" for i in range(1, 8)]
    for n in nodes:
        g.neighbors(n)
    assert len(g._edges) <= 3
    before = g.report()["requests"]
    g.neighbors(nodes[-1])
    assert g.report()["requests"] == before and g.report()["cache_hits"] >= 1


def test_query_error_names_the_endpoint(tiny):
    g = SparqlGraph(tiny)
    with pytest.raises(QueryError, match=r"127\.0\.0\.1.*HTTP 400"):
        g.client.select("SELECT ?x WHERE { ?x ")
    sent = g.client.requests
    with pytest.raises(QueryError, match="refused to send a SPARQL update"):
        g.client.select("PREFIX ex: <http://e/> # comment\nINSERT DATA { ex:a ex:b ex:c }")
    assert g.client.requests == sent  # nothing went out
    assert g.stats()["triples"] == 22
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    rows = g.sparql(f"SELECT ?o WHERE {{ <http://example.org/t#Hub> {label} ?o }}")
    assert rows == [{"o": "the hub"}] and g.sparql("ASK { ?s ?p ?o }") is True
    with pytest.raises(QueryError, match="SERVICE"):
        g.sparql("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(KGChatError, match="not saved"):
        g.save("somewhere")


def _handler(reply):
    """A request handler class whose POST answer is ``reply(handler)``."""

    class Handler(BaseHTTPRequestHandler):
        count = 0

        def do_POST(self):
            type(self).count += 1
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            status, kind, body, extra = reply(self)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            for k, v in extra.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


FAST = EndpointConfig(retries=2, backoff=0.01, timeout=2)
EMPTY = json.dumps({"head": {"vars": []}, "results": {"bindings": []}}).encode()


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (lambda h: (200, "text/html", b"<html><body>Welcome</body></html>", {}), "text/html"),
        (lambda h: (200, "application/json", b'{"results": {"bindi', {}), "malformed JSON"),
        (lambda h: (200, "application/sparql-results+json", b"[1, 2]", {}), "not an object"),
        (lambda h: (500, "text/plain", b"boom", {}), "HTTP 500"),
    ],
)
def test_bad_endpoint_answers(reply, message):
    handler = _handler(reply)
    with loopback_server(handler) as url:
        with pytest.raises(QueryError, match=message) as err:
            SparqlGraph(url, FAST).relations()
        assert url in str(err.value)
    if "500" in message:
        assert handler.count == 3  # the first try and two retries


def test_retries_then_succeeds():
    def flaky(h):
        if type(h).count < 3:
            return (503 if type(h).count == 1 else 429, "text/plain", b"busy", {"Retry-After": "0"})
        return (200, "application/sparql-results+json", EMPTY, {})

    handler = _handler(flaky)
    with loopback_server(handler) as url:
        assert SparqlGraph(url, FAST).client.select("SELECT * WHERE { ?s ?p ?o }") == []
    assert handler.count == 3


@pytest.mark.parametrize("refusal", [400, 415])
def test_query_as_body_else_form(refusal):
    """The query goes as the POST body; an endpoint that refuses that before any answer gets
    the form from then on, and one that answered a body once keeps getting bodies (its later
    400 is the query's own error, not sent again)."""
    sent = []

    def forms_only(h):
        sent.append(h.headers["Content-Type"].split(";")[0])
        if sent[-1] == "application/sparql-query":
            return (refusal, "text/plain", b"missing query parameter", {})
        return (200, "application/sparql-results+json", EMPTY, {})

    with loopback_server(_handler(forms_only)) as url:
        client = SparqlGraph(url, FAST).client
        assert client.select("SELECT * WHERE { ?s ?p ?o }") == []
        assert client.select("SELECT * WHERE { ?s ?p ?o }") == []
    assert sent == ["application/sparql-query"] + ["application/x-www-form-urlencoded"] * 2
    assert client.direct is False

    def bodies(h):
        sent.append(h.headers["Content-Type"].split(";")[0])
        return (400 if len(sent) > 1 else 200, "application/sparql-results+json", EMPTY, {})

    sent.clear()
    with loopback_server(_handler(bodies)) as url:
        client = SparqlGraph(url, FAST).client
        assert client.select("SELECT * WHERE { ?s ?p ?o }") == []
        with pytest.raises(QueryError, match="HTTP 400"):
            client.select("SELECT ?s WHERE { ?s ?p ?o }")
    assert sent == ["application/sparql-query"] * 2 and client.direct is True


def test_slow_endpoint_times_out():
    def slow(h):
        time.sleep(1.5)
        return (200, "application/sparql-results+json", EMPTY, {})

    with loopback_server(_handler(slow)) as url:
        t0 = time.monotonic()
        with pytest.raises(QueryError, match="timeout"):
            SparqlGraph(url, EndpointConfig(timeout=0.3, retries=0)).relations()
        assert time.monotonic() - t0 < 1.4


def test_endpoint_down():
    url = f"http://127.0.0.1:{_free_port()}/query"
    with pytest.raises(QueryError, match=r"cannot connect.*is the endpoint running"):
        SparqlGraph(url, FAST).relations()


def test_redirects():
    with loopback_server(_handler(lambda h: (200, "application/json", EMPTY, {}))) as target:

        def away(h):
            return (307, "text/plain", b"", {"Location": target})

        with loopback_server(_handler(away)) as url:
            # 127.0.0.1 on another port is another host: refused, unless allowed
            with pytest.raises(QueryError, match="redirected to another host"):
                SparqlGraph(url, FAST).client.select("SELECT * WHERE { ?s ?p ?o }")
            allowed = SparqlGraph(url, FAST.replace(follow_redirects=True))
            assert allowed.client.select("SELECT * WHERE { ?s ?p ?o }") == []

    def same_host(h):
        if h.path.endswith("/v1"):
            return (308, "text/plain", b"", {"Location": "/v1/sparql"})
        return (200, "application/json", EMPTY, {})

    with loopback_server(_handler(same_host)) as url:
        assert SparqlGraph(url, FAST).client.select("SELECT * WHERE { ?s ?p ?o }") == []


def test_not_an_http_url():
    with pytest.raises(QueryError, match="not an http"):
        SparqlGraph("ftp://example.org/sparql")


def test_entity_index_streamed_from_endpoint_resumes(medicine, tmp_path, monkeypatch):
    from kgchat.index import EntityIndex, IndexConfig, get_encoder
    from kgchat.index import stream as streaming

    kg, g = medicine
    enc, cfg = get_encoder("hashing"), IndexConfig(encoder="hashing")
    target = tmp_path / "idx"
    calls = {"n": 0}
    real = streaming.encode_checked

    def failing(encoder, texts, config, progress):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the build stops after two pages
        return real(encoder, texts, config, progress)

    monkeypatch.setattr(streaming, "encode_checked", failing)
    with pytest.raises(KeyboardInterrupt):
        streaming.stream_index(g, target, enc, cfg, page=200, progress=False)
    state = json.loads((tmp_path / "idx.partial" / "state.json").read_text())
    assert state["entities"] == 400 and state["endpoint"] == g.endpoint
    monkeypatch.setattr(streaming, "encode_checked", real)
    encoded = []
    monkeypatch.setattr(
        streaming, "encode_checked", lambda e, t, c, p: encoded.append(len(t)) or real(e, t, c, p)
    )
    index = streaming.open_or_stream(target, g, enc, cfg, progress=False)
    entities = set(kg.entities())
    assert sum(encoded[:-1]) == len(entities) - 400  # only what the stopped build had not done
    assert set(index.nodes) == entities and not (tmp_path / "idx.partial").exists()
    manifest = json.loads((target / "manifest.json").read_text())
    assert manifest["endpoint"] == g.endpoint and manifest["fingerprint"] == g.fingerprint
    local = EntityIndex.build(kg, enc, cfg)
    assert index.search_text("warfarn", k=1) == local.search_text("warfarn", k=1)
    # reopened, not rebuilt
    encoded.clear()
    assert len(streaming.open_or_stream(target, g, enc, cfg, progress=False)) == len(index)
    assert encoded == []


def test_lookup_names_link_by_label_literals(medicine):
    kg, _ = medicine
    g = SparqlGraph(medicine[1].endpoint, EndpointConfig(names="lookup"))
    local, remote = Retriever(kg), Retriever(g)
    assert g.literals() == [] and g.report()["requests"] < 20  # nothing was streamed
    questions = [
        "Which side effect does gabapentin have?",
        "What does warfarin interact with?",
        "Which drug class is adalimumab a member of?",
        "What is contraindicated in peptic ulcer disease?",
        "Who discovered penicillin?",
        "What is contraindicated in heart failure?",
    ]
    for q in questions:
        a, b = local.retrieve(q), remote.retrieve(q)
        assert b.answer == a.answer, q
        assert [m.node for m in b.mentions] == [m.node for m in a.mentions], q
    # one query per question for all its n-grams, whatever the graph's size
    before = g.report()["requests"]
    remote.linker.link("Is Aspirin used for Headache?")
    assert g.report()["requests"] - before <= 3


def test_cli_endpoint(medicine, tmp_path, capsys):
    from kgchat.cli import main

    kg, g = medicine
    assert main(["graph", "stats", "--endpoint", g.endpoint, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert stats["triples"] == kg.stats()["triples"] and stats["endpoint"] == g.endpoint
    argv = ["retrieve", "--endpoint", g.endpoint, "--encoder", "hashing"]
    argv += ["--index", str(tmp_path / "idx"), "--json", "What does warfarin interact with?"]
    assert main(argv) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    # the same encoder on both sides (it breaks ties between equally scored answers)
    from kgchat.pipeline import make_retriever

    same = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None, progress=False)
    assert out["answer"] == same.retrieve("What does warfarin interact with?").answer
    assert json.loads((tmp_path / "idx" / "manifest.json").read_text())["endpoint"] == g.endpoint
    # both a path and an endpoint, or neither: an error that says so
    assert main(["graph", "stats", str(GRAPHS / "medicine.ttl"), "--endpoint", g.endpoint]) == 2
    assert "not both" in capsys.readouterr().err


def test_fact_handles_renewed_only_between_retrievals(medicine):
    from kgchat.graph.endpoint_rows import FactTable

    kg, _ = medicine
    g = SparqlGraph(medicine[1].endpoint)
    g._facts = FactTable(size=50)  # renewed on every retrieval: each walk sees far more facts
    retriever = Retriever(g)
    questions = [
        "What does warfarin interact with?",
        "Which side effect does gabapentin have?",
        "What is contraindicated in heart failure?",
    ]
    for q in questions * 2:  # a retrieval's handles never go stale under it
        assert retriever.retrieve(q).answer == Retriever(kg).retrieve(q).answer
    assert g.version >= 6


LANGUAGES = """\
@prefix : <http://example.org/geo#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Norway rdfs:label "Norway" ; :nameOfficialEN "the Kingdom of Norway" ;
    :nameOfficialIT "Regno di Norvegia" ; :nameOfficialFR "le Royaume de Norvège" ;
    :memberOfEN :UN ; :memberOfIT :ONU ; :motto_en "All for Norway" ;
    :motto_it "Tutto per la Norvegia" ; :codeUN "578" ; :hasBorderWith :Sweden .
:Sweden rdfs:label "Sweden" ; :nameOfficialIT "Regno di Svezia" ;
    :nameOfficialFR "le Royaume de Suède" ; :memberOfIT :ONU .
:UN rdfs:label "United Nations" . :ONU rdfs:label "Nazioni Unite" .
"""


def test_language_families_over_endpoint_equal_local(tmp_path):
    """nameOfficialEN/IT/FR, memberOfEN/IT, motto_en/it: the preferred language's value kept
    where a subject has it (in-edges too: the ONU's from Norway goes), named without the code;
    motto_it, dropped everywhere, is no relation; other_languages keeps all; as locally."""
    from kgchat.graph import GraphConfig

    path = tmp_path / "geo.ttl"
    path.write_text(LANGUAGES, encoding="utf-8")
    geo = "http://example.org/geo#"
    with oxigraph_server(path) as url:
        for config in (
            GraphConfig(),
            GraphConfig(language="it"),
            GraphConfig(other_languages=True),
        ):
            kg, g = KnowledgeGraph.load(path, config=config), SparqlGraph(url, graph_config=config)
            assert set(g.relations()) == set(kg.relations()), config
            for p in kg.relations():
                assert g.relation_label(p) == kg.relation_label(p), (config, p)
            for node in kg.entities():
                assert edges_of(g, node) == edges_of(kg, node), (config, node)
                local = sorted(f.text for f in kg.facts_of(node))
                assert sorted(f.text for f in g.facts_of(node)) == local, (config, node)
        default = SparqlGraph(url)
        texts = {(f.predicate_label, f.object_label) for f in default.facts_of(geo + "Norway")}
        assert {
            ("name official", "the Kingdom of Norway"),
            ("member of", "United Nations"),
        } <= texts
        assert not any("Regno" in v or v == "Nazioni Unite" for _, v in texts)
        assert [e.neighbor for e in default.neighbors(geo + "ONU")] == [geo + "Sweden"]
        assert geo + "motto_it" not in default.relations()


def test_hubs_read_for_what_they_are_by_probes(tmp_path):
    """An entity likely a hub, read for what it is (its kinds), is its out-edges and the
    relations probed at it (``EndpointConfig.probe_rows``): with the threshold at one in-edge
    every entity reached by a relation whose objects had any is read so, the retrievals are
    the local graph's, and each probed sketch has the out-edges and the relations at it of
    the node's full edges."""
    kb = shared_path("bench", "wc2014", "kb.tsv")
    questions = [
        json.loads(line)
        for line in shared_path("bench", "wc2014", "questions.jsonl").read_text().splitlines()
    ]
    sample = random.Random(2).sample(questions, 12)
    with oxigraph_server(to_ntriples(kb, tmp_path / "wc2014.nt")) as url:
        kg = KnowledgeGraph.load(kb)
        g = SparqlGraph(url, EndpointConfig(probe_rows=1, probe_relations=True))
        _same_retrievals(kg, g, [q["question"] for q in sample])
        # (here the walk went on from them too: a club, a country; fetched whole then)
        kept = g._sketches.keys()  # (an LRU cache: no iteration of its own)
        probed = [n for n in kept if not n.startswith('"')]
        assert len(probed) >= 20
        whole = SparqlGraph(url, EndpointConfig(probe_rows=0))
        for n in probed[:40]:
            out, inn = g._sketches.peek(n)
            edges = whole.neighbors(n)
            assert {(e.predicate, e.neighbor) for e in out} == {
                (e.predicate, e.neighbor) for e in edges if e.forward
            }, n
            assert [e.predicate for e in inn] == sorted(
                {e.predicate for e in edges if not e.forward}
            )
        g.close()
        whole.close()
