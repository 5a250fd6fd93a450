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


@pytest.mark.xfail(
    strict=True,
    reason="the endpoint reads a restriction stated on the class only, not one of an "
    "intersection the class is defined as, nor what hasValue entails of individuals "
    "(issue 15's parity: one query of such paths took 10-30 s on Oxigraph; left to a TBox "
    "read once per class)",
)
def test_entailed_and_class_level_edges_alike(stores: tuple[KnowledgeGraph, str]) -> None:
    """Every node's edges and types alike in both stores (fails today: see the mark)."""
    kg, url = stores
    g = SparqlGraph(url)
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
