"""What a walk passes through a record: its unnamed holders' kinds, never a named holder's.

A record entered backwards, from one of its values, passes the kinds of the unnamed thing
that holds it (a dancer's casting record, the dance event's: one n-ary relation), but not
those of a named thing it is a facet of: a building's address record does not pass the
building, so "When was the building at X built?" is not answered by the address's post code
as if the walk had passed the building (it must pass the building itself). A record the
walk's topic holds itself passes the topic's kinds. Where the holders' kinds join a
pattern's records' own, the records' own come first: a kind all of them share through
their holder must not push out the one that tells them apart. The holders read are kept per
record and graph version, the same as read afresh.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.walk_reached import passed_kinds

TOWN = """
@prefix ex: <http://town.example/def/> .
@prefix id: <http://town.example/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:Building rdfs:label "Building"@en .
ex:Address rdfs:label "Address"@en .
ex:Festival rdfs:label "Festival"@en .
ex:Booking rdfs:label "Booking"@en .
ex:address rdfs:label "address"@en .
ex:street rdfs:label "street"@en .
ex:postCode rdfs:label "post code"@en .
ex:yearBuilt rdfs:label "year of construction"@en .
ex:booking rdfs:label "booking"@en .
ex:act rdfs:label "act"@en .
ex:stage rdfs:label "stage"@en .
id:b1 a ex:Building ; rdfs:label "B-0008-1" ; ex:yearBuilt "1908"^^xsd:gYear ;
  ex:address [ a ex:Address ; ex:street "Harbour Lane" ; ex:postCode "4910-134" ] .
id:b2 a ex:Building ; rdfs:label "B-0076-1" ; ex:yearBuilt "1665"^^xsd:gYear ;
  ex:address [ a ex:Address ; ex:street "Mill Road" ; ex:postCode "4910-806" ] .
[] a ex:Festival ;
  ex:booking [ a ex:Booking ; ex:act id:ann ; ex:stage id:north ] ,
    [ a ex:Booking ; ex:act id:bo ; ex:stage id:south ] .
id:ann rdfs:label "Ann Holm" .
id:bo rdfs:label "Bo Lind" .
id:north rdfs:label "North Stage" .
id:south rdfs:label "South Stage" .
"""


def _retriever(tmp_path):
    path = tmp_path / "town.ttl"
    path.write_text(TOWN, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    return kg, make_retriever(kg)


def _nodes(kg) -> list[str]:
    return list(dict.fromkeys([*kg.entities(), *kg.literals()]))


def _record(kg, retriever, value: str) -> str:
    """The unnamed record that points at the value ``value`` (a literal or a named node)."""
    (node,) = [n for n in _nodes(kg) if kg.label(n) == value and not retriever.anonymous(n)]
    (record,) = [e.neighbor for e in retriever.edges(node) if not e.forward]
    return record


def test_a_record_of_a_named_thing_does_not_pass_its_kinds(tmp_path):
    kg, r = _retriever(tmp_path)
    address = _record(kg, r, "Harbour Lane")
    assert r.anonymous(address)
    assert "address" in r.kinds_of(address)
    assert "building" not in r.walked_kinds(address)


def test_the_post_code_of_the_address_is_not_said_by_the_building(tmp_path):
    # "building" is said of the thing whose year is asked: the walk that passes the building
    # itself says it, the address record's post code (a sibling value of the street) does not
    _, r = _retriever(tmp_path)
    got = {
        c.label: c.score
        for c in r.retrieve("When was the building at Harbour Lane built?").candidates
    }
    assert max(got, key=got.__getitem__) == "1908"
    assert got["4910-134"] < got["B-0008-1"]


def test_a_record_of_an_unnamed_thing_passes_its_kinds(tmp_path):
    kg, r = _retriever(tmp_path)
    booking = _record(kg, r, "Ann Holm")
    assert "booking" in r.kinds_of(booking)
    assert "festival" in r.walked_kinds(booking)


def test_the_records_own_kinds_come_before_their_holders(tmp_path):
    own = {"r1": ("branch", "abroad"), "r2": ("branch",)}.get
    held = {"r1": ("legal", "entity", "record"), "r2": ("legal", "entity", "record")}.get
    reached = {"x": ("r1", 0), "y": ("r2", 1)}
    assert passed_kinds((), reached, own, then=held) == ("branch", "abroad", "legal", "entity")


def test_the_holders_kept_are_the_holders_read_afresh(tmp_path):
    kg, r = _retriever(tmp_path)
    r.retrieve("Which stage did Ann Holm play?")
    r.retrieve("When was the building at Harbour Lane built?")
    nodes = _nodes(kg)
    for node in nodes:
        assert r.held_kinds(node) == r._read_held_kinds(node)
    assert len(r._held_cache) >= len(nodes)
    # kept per graph version: a graph that changes reads them again
    kg.add_triples([(_record(kg, r, "Bo Lind"), "http://town.example/def/act", "x:cy")])
    r.retrieve("Which stage did Bo Lind play?")
    assert all(r.held_kinds(n) == r._read_held_kinds(n) for n in _nodes(kg))
