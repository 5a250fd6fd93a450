"""What OWL class expressions say of classes and entail of their individuals, read alike by
the local loader (:mod:`kgchat.graph.restrictions`) and over a SPARQL endpoint (a real
Oxigraph server): a class defined on itself (``owl:intersectionOf``, OWL 1's form, the W3C
OWL Guide's wine ontology), a ``hasValue`` restriction entailed of every individual of the
class or of a class below it, a union's named members below it, a union as a filler."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kgchat.graph import KnowledgeGraph, SparqlGraph
from kgchat.graph.endpoint_config import EndpointConfig
from kgchat.retrieval import Retriever
from tests.test_endpoint import edges_of, oxigraph_server

W = "http://example.org/wine#"
WINE = """\
@prefix : <http://example.org/wine#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

:Wine a owl:Class .
:hasColor a owl:ObjectProperty . :madeFromGrape a owl:ObjectProperty .
:locatedIn a owl:ObjectProperty . :hasMaker a owl:ObjectProperty .
:WhiteWine a owl:Class ; owl:intersectionOf ( :Wine
    [ a owl:Restriction ; owl:onProperty :hasColor ; owl:hasValue :White ] ) .
:Chardonnay a owl:Class ; rdfs:subClassOf :WhiteWine ; owl:intersectionOf ( :Wine
    [ a owl:Restriction ; owl:onProperty :madeFromGrape ; owl:hasValue :ChardonnayGrape ] ) .
:Margaux a owl:Class ; rdfs:subClassOf :Wine ,
    [ a owl:Restriction ; owl:onProperty :locatedIn ; owl:hasValue :MargauxRegion ] .
:Sauterne a owl:Class ; owl:equivalentClass [ owl:intersectionOf ( :Wine
    [ a owl:Restriction ; owl:onProperty :locatedIn ; owl:hasValue :SauterneRegion ] ) ] .
:RedTableWine a owl:Class ; owl:unionOf ( :Margaux :Zinfandel ) .
:Zinfandel a owl:Class ; rdfs:subClassOf :Wine .
:Dessert a owl:Class ; rdfs:subClassOf [ a owl:Restriction ; owl:onProperty :hasDrink ;
    owl:allValuesFrom [ owl:unionOf ( :Sauterne :Chardonnay ) ] ] .
:RedTableWine rdfs:subClassOf [ a owl:Restriction ; owl:onProperty :hasColor ;
    owl:hasValue :Red ] .
:White a :WineColor . :Red a :WineColor .
:BancroftChardonnay a :Chardonnay ; :hasMaker :Bancroft .
:ChateauMargaux a :Margaux ; :hasMaker :ChateauMargauxWinery .
:ChateauDYchem a :Sauterne .
:Saucelito a :Zinfandel .
:Pudding a :Dessert .
"""


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[KnowledgeGraph, str]]:
    path = Path(tmp_path_factory.mktemp("wine")) / "wine.ttl"
    path.write_text(WINE, encoding="utf-8")
    with oxigraph_server(path) as url:
        yield KnowledgeGraph.load(path), url


@pytest.mark.parametrize("batch", [50, 1])
def test_entailed_and_class_level_edges_alike(
    stores: tuple[KnowledgeGraph, str], batch: int
) -> None:
    """Every node's edges and types alike in both stores: the endpoint reads the class
    expressions once (:mod:`kgchat.graph.endpoint_tbox`); with ``batch_size`` 1 a value's
    classes' individuals come in one ``VALUES`` join, not a subquery a class."""
    kg, url = stores
    g = SparqlGraph(url, EndpointConfig(batch_size=batch))
    # the local loader's own reading (what the endpoint must match)
    assert (W + "White", W + "hasColor", True) in edges_of(kg, W + "BancroftChardonnay")
    assert (W + "ChardonnayGrape", W + "madeFromGrape", True) in edges_of(kg, W + "Chardonnay")
    assert (W + "Red", W + "hasColor", True) in edges_of(kg, W + "Saucelito")
    for node in sorted(kg.entities()):
        assert edges_of(g, node) == edges_of(kg, node), node
        assert sorted(g.types(node)) == sorted(kg.types(node)), node
    local = {f.text: f.kind for f in kg.facts_of(W + "BancroftChardonnay")}
    assert {f.text: f.kind for f in g.facts_of(W + "BancroftChardonnay")} == local
    g.close()


def test_a_restriction_on_the_class_alike(stores: tuple[KnowledgeGraph, str]) -> None:
    """What the endpoint reads now: a restriction stated on the class (``Margaux subClassOf
    [locatedIn hasValue MargauxRegion]``, ``RedTableWine``'s colour), both ways."""
    kg, url = stores
    g = SparqlGraph(url)
    for a, p, b in (
        (W + "Margaux", "locatedIn", W + "MargauxRegion"),
        (W + "RedTableWine", "hasColor", W + "Red"),
    ):
        for store in (g, kg):
            assert (b, W + p, True) in edges_of(store, a)
            assert (a, W + p, False) in edges_of(store, b)
    g.close()


def test_class_expressions_read_once(stores: tuple[KnowledgeGraph, str]) -> None:
    """The class expressions cost one request for the store (and one for the class hierarchy,
    as a ``hasValue`` is there), not one a batch or a question: a cold second pass over every
    node (``clear``) reads them from what was kept; no query walks a property path."""
    kg, url = stores
    g = SparqlGraph(url)
    sent: list[str] = []
    select = g.client.select

    def counted(query: str) -> list:
        sent.append(query)
        return select(query)

    g.client.select = counted  # type: ignore[method-assign]
    for _ in range(2):
        for node in sorted(kg.entities()):
            g.neighbors(node)
        g.clear()
    assert sum(q.startswith("SELECT ?s ?p ?o WHERE { { VALUES ?p") for q in sent) == 1
    assert sum(q.startswith("SELECT ?s ?o WHERE") for q in sent) == 1  # the class hierarchy
    assert not any("rdf-syntax-ns#rest>*" in q or ")*" in q for q in sent)
    g.close()


def test_over_the_tbox_limit_only_the_class_itself(stores: tuple[KnowledgeGraph, str]) -> None:
    """Past ``EndpointConfig.tbox_rows`` the expressions are not read (a store too large to
    read them once): a restriction stated on the class itself still is, at each node."""
    _, url = stores
    g = SparqlGraph(url, EndpointConfig(tbox_rows=5))
    assert g.tbox is None
    assert (W + "MargauxRegion", W + "locatedIn", True) in edges_of(g, W + "Margaux")
    assert (W + "White", W + "hasColor", True) not in edges_of(g, W + "BancroftChardonnay")
    g.close()


@pytest.mark.parametrize(
    "question, answer",
    [
        ("What colour is Bancroft Chardonnay?", "White"),
        ("Which grape is Bancroft Chardonnay made from?", "Chardonnay grape"),
        ("Where is Chateau Margaux located?", "Margaux region"),
        ("Which wines are red?", None),
        ("Who makes Bancroft Chardonnay?", "Bancroft"),
    ],
)
def test_answers_from_entailed_edges_alike(
    stores: tuple[KnowledgeGraph, str], question: str, answer: str | None
) -> None:
    """Questions answered by an entailed value (and one by an asserted fact beside it, one
    whose answer is several wines) get the same retrieval over the endpoint as locally; the
    entailed value is the local answer where one is named."""
    kg, url = stores
    g = SparqlGraph(url)
    a, b = Retriever(kg).retrieve(question), Retriever(g).retrieve(question)
    if answer is not None:
        assert a.answer == answer, (question, a.answer)
    assert (b.answer, b.abstained) == (a.answer, a.abstained), question
    assert b.confidence == pytest.approx(a.confidence), question
    assert [(c.node, round(c.score, 6)) for c in b.candidates] == [
        (c.node, round(c.score, 6)) for c in a.candidates
    ], question
    g.close()
