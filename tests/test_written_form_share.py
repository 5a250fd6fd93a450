"""A written form names its subjects only where most things of their kind state it.

A land registry's parcels are each named by their cadastral reference (a code their IRIs
were minted from); some also carry a place name, a language-tagged short text. That place
name is a fact of a few parcels, not what the kind is called by: "Which parcels does Ana
own?" answers with references, and "What is the place name of parcel 0412-B-0003?" with the
place name. Lexical forms, each with its spelling, are still named by it
(``tests/test_written_forms.py``)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

P = "https://land.example/parcel/"
REGISTRY = """@prefix land: <https://land.example/def/> .
@prefix parcel: <https://land.example/parcel/> .
@prefix person: <https://land.example/person/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
person:1 a foaf:Person ; foaf:name "Ana Costa" .
person:2 a foaf:Person ; foaf:name "Rui Lopes" .
land:owner rdfs:label "owner"@en .
land:placeName rdfs:label "place name"@en .
parcel:0412B0001 a land:Parcel ; land:reference "0412-B-0001" ; land:owner person:1 ;
    land:placeName "Tapada do Ribeiro"@pt .
parcel:0412B0002 a land:Parcel ; land:reference "0412-B-0002" ; land:owner person:1 .
parcel:0412B0003 a land:Parcel ; land:reference "0412-B-0003" ; land:owner person:2 ;
    land:placeName "Horta da Fonte"@pt .
parcel:0412B0004 a land:Parcel ; land:reference "0412-B-0004" ; land:owner person:2 .
parcel:0412B0005 a land:Parcel ; land:reference "0412-B-0005" ; land:owner person:2 .
parcel:0412B0006 a land:Parcel ; land:reference "0412-B-0006" ; land:owner person:1 .
parcel:0412B0007 a land:Parcel ; land:reference "0412-B-0007" ; land:owner person:2 .
"""


def _kg(tmp_path):
    path = tmp_path / "registry.ttl"
    path.write_text(REGISTRY, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_place_name_few_parcels_carry_is_no_name_of_theirs(tmp_path):
    kg = _kg(tmp_path)
    assert kg.label(P + "0412B0001") == "0412-B-0001"
    assert kg.label(P + "0412B0003") == "0412-B-0003"


def test_parcels_with_a_place_name_are_answered_by_their_references(tmp_path):
    r = make_retriever(_kg(tmp_path))
    got = {c.label for c in r.retrieve("Which parcels does Ana Costa own?").candidates[:3]}
    assert got == {"0412-B-0001", "0412-B-0002", "0412-B-0006"}
    place = r.retrieve("What is the place name of parcel 0412-B-0003?")
    assert place.answer == "Horta da Fonte"
