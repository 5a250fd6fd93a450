"""Every entity read only for what it is read by probes (``EndpointConfig.probe_kinds``), each
probed only with the predicates its classes allow (``Schema.pointing``), against a real
Oxigraph server: the same retrievals as the local graph, and each probed sketch has the
out-edges and the relations at the node of its full edges."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgchat.graph import EndpointConfig, KnowledgeGraph, SparqlGraph
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
        _FILES[url] = path
        yield KnowledgeGraph.load(path), url


_FILES: dict[str, Path] = {}


def url_file(plain: tuple[KnowledgeGraph, str]) -> Path:
    """The file the store of ``plain`` was loaded from."""
    return _FILES[plain[1]]


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
    g = SparqlGraph(url, EndpointConfig(probe_kinds=True))
    _same_retrievals(kg, g, _questions(kg, 12))
    kept = g._sketches.keys()  # (an LRU cache: no iteration of its own)
    probed = [n for n in kept if not n.startswith('"')]
    assert len(probed) >= 20
    whole = SparqlGraph(url, EndpointConfig(probe_rows=0))
    for n in probed:
        out, inn = g._sketches.peek(n)
        edges = whole.neighbors(n)
        assert {(e.predicate, e.neighbor) for e in out} == {
            (e.predicate, e.neighbor) for e in edges if e.forward
        }, n
        assert [e.predicate for e in inn] == sorted({e.predicate for e in edges if not e.forward})
    g.close()
    whole.close()


def test_an_entity_is_probed_only_with_what_its_classes_allow(plain):
    """``Schema.pointing`` (read once where entities are probed) holds, for each class, the
    predicates that point at some member of it, as the served triples say; a probe names a
    typed entity's class with those pairs, not every predicate; without ``probe_kinds`` it
    is not read."""
    _, url = plain
    g = SparqlGraph(url, EndpointConfig(probe_kinds=True))
    assert g.schema.pointing is None and g._probe_entities()
    pointing = g.schema.pointing
    assert pointing
    import rdflib

    data = rdflib.Graph().parse(url_file(plain), format="nt")
    probes = set(g._object_kinds(g._probes(["x:e"]) or [])[1])
    expected: dict[str, set[str]] = {}
    for _, p, o in data:
        if str(p) in probes:
            for c in data.objects(o, rdflib.RDF.type):
                expected.setdefault(str(c), set()).add(str(p))
    assert {c: set(ps) for c, ps in pointing.items()} == expected
    members = {str(c): str(n) for n, c in data.subject_objects(rdflib.RDF.type)}
    sent: list[str] = []
    select = g.client.select
    g.client.select = lambda q: sent.append(q) or select(q)  # type: ignore[method-assign]
    typed = members[next(iter(pointing))]
    g.type_edges(typed)
    probe = next(q for q in sent if "FILTER EXISTS" in q)
    assert "VALUES (?c ?p)" in probe
    off = SparqlGraph(url, EndpointConfig())
    assert off._probe_entities() and off.schema.pointing is None
    for h in (g, off):
        h.close()
