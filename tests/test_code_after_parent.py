"""A thing with no name whose IRI was minted from its code after its parent's is named by that
code: a port's berth ``berth:NLRTM-RWG-1`` stating ``skos:notation "RWG-1"``.

On bench/data/own/shipping (the forty-third round's blind probe), such berths, named only by
their notation, were shown "(anonymous NLRTM-RWG-1)" (a junction: a kind the graph never names,
one fact leading to it, one on to its port) and walked through: "Which berths are there in
Rotterdam?" answered berths of other ports, and "Which berth did Icon of the Seas use in
Bremerhaven?" the port. :func:`kgchat.graph.own_codes.own_code_names` read a code only where
the IRI's whole local name was minted from it.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_PORTS = """\
@prefix : <http://example.org/ports#> .
@prefix berth: <http://example.org/berth/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
:Berth a rdfs:Class ; rdfs:label "berth" .
:Port a rdfs:Class ; rdfs:label "port" .
:Vessel a rdfs:Class ; rdfs:label "vessel" .
:atPort rdfs:label "at port" .
:berth rdfs:label "berth" .
:rtm a :Port ; rdfs:label "Rotterdam" .
:ham a :Port ; rdfs:label "Hamburg" .
berth:NLRTM-RWG-1 a :Berth ; skos:notation "RWG-1" ; :atPort :rtm .
berth:NLRTM-APMT-MV2-4 a :Berth ; skos:notation "APMT-MV2 4" ; :atPort :rtm .
berth:DEHAM-CTA-1 a :Berth ; skos:notation "CTA-1" ; :atPort :ham .
berth:DEHAM-EGH-5 a :Berth ; rdfs:label "Eurogate Hall 5" ; skos:notation "EGH-5" ; :atPort :ham .
:opus a :Vessel ; rdfs:label "Golden Opus" ; :berth berth:NLRTM-RWG-1 .
:juno a :Vessel ; rdfs:label "MSC Juno" ; :berth berth:DEHAM-CTA-1 .
:lyra a :Vessel ; rdfs:label "Star Lyra" ; :berth berth:NLRTM-APMT-MV2-4 .
"""
B = "http://example.org/berth/"


def _ports(tmp_path):
    path = tmp_path / "ports.ttl"
    path.write_text(_PORTS)
    return KnowledgeGraph.load(path)


def test_a_code_minted_after_its_parents_names_a_thing_without_a_name(tmp_path):
    kg = _ports(tmp_path)
    assert kg.label(B + "NLRTM-RWG-1") == "RWG-1"
    assert kg.label(B + "NLRTM-APMT-MV2-4") == "APMT-MV2 4"
    # a named thing keeps its name, and no such code becomes an alias of it
    assert kg.label(B + "DEHAM-EGH-5") == "Eurogate Hall 5"
    assert "EGH-5" not in kg.aliases(B + "DEHAM-EGH-5")


def test_berths_named_by_their_codes_answer(tmp_path):
    r = Retriever(_ports(tmp_path))
    res = r.retrieve("Which berths are there in Rotterdam?")
    assert {r.kg.label(c.node) for c in res.candidates[:2]} == {"RWG-1", "APMT-MV2 4"}
    res = r.retrieve("Which berth did the Golden Opus use?")
    assert r.kg.label(res.candidates[0].node) == "RWG-1"
