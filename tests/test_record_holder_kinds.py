"""A record entered from one of its values passes its holder too.

A performing-arts archive states each performance's cast on unnamed casting records (performer,
role), held by the performance, a dance event. "Which roles did Aleksandr Petrov dance?" is
answered by his own records' roles: the walk into his record passes the dance event that holds
it, as the walk up to the event and back down into his fellow dancers' records does (that
walk had been the only one to pass a dance, so it answered their roles). "Who danced with
Ingrid Berg?" still walks out to the event and back to her fellow dancers."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

CASTS = """
@prefix ex: <http://stage.example/def/> .
@prefix id: <http://stage.example/id/> .
@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:performer rdfs:label "performer"@en .
ex:role rdfs:label "role"@en .
ex:castingRecord rdfs:label "casting record"@en .
ex:Casting rdfs:label "Casting"@en .
id:petrov a schema:Person ; schema:name "Aleksandr Petrov" .
id:berg a schema:Person ; schema:name "Ingrid Berg" .
id:lund a schema:Person ; schema:name "Kari Lund" .
id:moe a schema:Person ; schema:name "Nils Moe" .
id:giselle a ex:Role ; rdfs:label "Giselle" .
id:albrecht a ex:Role ; rdfs:label "Albrecht" .
id:myrtha a ex:Role ; rdfs:label "Myrtha" .
id:odette a ex:Role ; rdfs:label "Odette" .
id:siegfried a ex:Role ; rdfs:label "Siegfried" .
id:rothbart a ex:Role ; rdfs:label "Von Rothbart" .
<http://stage.example/id/event/7011-01> a schema:DanceEvent ;
  schema:startDate "2019-03-01T19:30:00"^^xsd:dateTime ;
  schema:location id:stage ; schema:superEvent id:prod1 ;
  ex:castingRecord [ a ex:Casting ; ex:performer id:petrov ; ex:role id:albrecht ] ,
    [ a ex:Casting ; ex:performer id:berg ; ex:role id:giselle ] ,
    [ a ex:Casting ; ex:performer id:lund ; ex:role id:myrtha ] .
<http://stage.example/id/event/7012-01> a schema:DanceEvent ;
  schema:startDate "2021-05-02T19:30:00"^^xsd:dateTime ;
  schema:location id:stage ; schema:superEvent id:prod2 ;
  ex:castingRecord [ a ex:Casting ; ex:performer id:petrov ; ex:role id:siegfried ] ,
    [ a ex:Casting ; ex:performer id:berg ; ex:role id:odette ] ,
    [ a ex:Casting ; ex:performer id:moe ; ex:role id:rothbart ] .
id:stage a schema:Place ; schema:name "Main Stage" .
id:prod1 a schema:TheaterEvent ; schema:name "Giselle (2019)" .
id:prod2 a schema:TheaterEvent ; schema:name "Swan Lake (2021)" .
"""


def _retriever(tmp_path):
    path = tmp_path / "casts.ttl"
    path.write_text(CASTS, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path))


def test_a_dancers_roles_are_his_own_records_not_his_fellow_dancers(tmp_path):
    got = _retriever(tmp_path).retrieve("Which roles did Aleksandr Petrov dance?")
    assert {c.label for c in got.candidates[:2]} == {"Albrecht", "Siegfried"}


def test_the_fellow_dancers_are_still_reached_through_the_event(tmp_path):
    got = _retriever(tmp_path).retrieve("Who danced with Ingrid Berg?")
    assert {c.label for c in got.candidates[:3]} == {"Kari Lund", "Nils Moe", "Aleksandr Petrov"}
