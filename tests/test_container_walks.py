"""Past the start, the walk does not go up into what holds many things by one relation (a
catalogue's services) and down to the others it holds so (issue 11, probe58a;
:class:`kgchat.retrieval.walk.Walk`): "Which services does the council provide?" went from
the council's own services up to the portal's catalogue and down to every other service,
answering another agency's service with full confidence. On a tiny CPSV-AP catalogue read
from Turtle, with the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.walk import Walk
from tests.conftest import prepared_retriever

TTL = """
@prefix cpsv: <http://purl.org/vocab/cpsv#> .
@prefix m8g: <http://data.europa.eu/m8g/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:catalogue a dcat:Catalog ; dct:title "Catalogue of public services in Northshire"@en ;
    dcat:service ex:company, ex:fishing, ex:licence, ex:tax, ex:parking, ex:planning, ex:vote .
ex:Licensing rdfs:subClassOf cpsv:PublicService .
m8g:hasCompetentAuthority rdfs:label "has competent authority"@en ;
    rdfs:comment "The public organisation responsible for the service."@en .
cpsv:provides rdfs:label "provides"@en ;
    rdfs:comment "A public organisation delivers the public service (CPSV 1.x)."@en .
ex:Registration rdfs:subClassOf cpsv:PublicService .
ex:town a dct:Location ; skos:prefLabel "Kingsport"@en .
ex:shire a dct:Location ; skos:prefLabel "Northshire"@en .
ex:council a m8g:PublicOrganisation ; skos:prefLabel "Kingsport Council"@en ; dct:spatial ex:town .
ex:registry a m8g:PublicOrganisation ; skos:prefLabel "Company Registry"@en ; dct:spatial ex:town ;
    cpsv:provides ex:company .
ex:nature a m8g:PublicOrganisation ; skos:prefLabel "Natural Resources Agency"@en ;
    dct:spatial ex:town ; cpsv:provides ex:fishing .
ex:drivers a m8g:PublicOrganisation ; skos:prefLabel "Driver Licensing Agency"@en ;
    dct:spatial ex:shire ; cpsv:provides ex:licence .
ex:revenue a m8g:PublicOrganisation ; skos:prefLabel "Revenue Authority"@en ; dct:spatial ex:town .
ex:government a m8g:PublicOrganisation ; skos:prefLabel "Northshire Government"@en ;
    dct:spatial ex:town .
ex:transport a m8g:PublicOrganisation ; skos:prefLabel "Transport for Northshire"@en ;
    dct:spatial ex:town .
ex:parking a ex:Licensing ; dct:title "Apply for a residents' parking permit"@en ;
    m8g:hasCompetentAuthority ex:council ; dct:spatial ex:town .
ex:planning a ex:Licensing ; dct:title "Apply for planning permission"@en ;
    m8g:hasCompetentAuthority ex:council ; dct:spatial ex:town .
ex:vote a ex:Registration ; dct:title "Register to vote"@en ;
    m8g:hasCompetentAuthority ex:council ; dct:spatial ex:town .
ex:tax a cpsv:PublicService ; dct:title "File a land tax return"@en ;
    m8g:hasCompetentAuthority ex:revenue ; dct:spatial ex:shire .
ex:company a ex:Registration ; dct:title "Register a company"@en ; dct:spatial ex:shire .
ex:fishing a ex:Licensing ; dct:title "Buy a rod fishing licence"@en ; dct:spatial ex:shire .
ex:licence a ex:Licensing ; dct:title "Renew your driving licence"@en ; dct:spatial ex:shire .
"""
SERVICE = "http://www.w3.org/ns/dcat#service"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("catalogue") / "catalogue.ttl"
    path.write_text(TTL, encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.fixture(scope="module")
def retriever(kg, tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: kg)


def test_a_service_of_the_council_not_of_the_catalogue(retriever):
    """The council's own services answer (fails on START: "Register a company", reached
    up to the catalogue and down again, at confidence 1.0)."""
    res = retriever.retrieve("Which services does Kingsport Council provide?")
    assert not res.abstained
    assert res.answer in {
        "Apply for a residents' parking permit",
        "Apply for planning permission",
        "Register to vote",
    }


def test_the_walk_leaves_the_container_turn_past_the_start_only(kg):
    """Up into the catalogue and down to another of its services is left out after a first
    hop; from a service itself (its peers in the catalogue) it stays."""
    council = "http://example.org/council"
    walk = Walk(lambda n: kg.neighbors(n), kg.is_literal, council, max_nodes=50, beam=20)
    patterns = walk.run(3, lambda grown: {p: 0.0 for p in grown})
    turned = [p for p in patterns if p[1:] == ((SERVICE, False), (SERVICE, True))]
    assert not turned
    service = Walk(
        lambda n: kg.neighbors(n),
        kg.is_literal,
        "http://example.org/parking",
        max_nodes=50,
        beam=20,
    )
    peers = service.run(2, lambda grown: {p: 0.0 for p in grown})
    assert ((SERVICE, False), (SERVICE, True)) in peers
