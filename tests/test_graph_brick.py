"""A building's Brick model as facility managers publish it: the data without the Brick
ontology, one relation stated in both directions by two exports (``feeds`` / ``isFedBy``,
``hasPart`` / ``isPartOf``), and Brick 1.3's value nodes (``brick:area [ brick:value 26.4 ;
brick:hasUnit unit:M2 ]``) (kgchat.graph.named_inverses,
kgchat.graph.value_vocab.is_principal_value)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

B = "https://brickschema.org/schema/Brick#"
X = "urn:twin#"
BRICK = """@prefix brick: <https://brickschema.org/schema/Brick#> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix x: <urn:twin#> .
x:CH1 a brick:Chiller ; rdfs:label "Chiller 1" ; brick:feeds x:AHU1 ;
  brick:coolingCapacity [ brick:value 350.0 ; brick:hasUnit unit:TON_FG ] .
x:AHU1 a brick:Air_Handling_Unit ; rdfs:label "AHU-1" ; brick:feeds x:VAV1 .
x:AHU3 a brick:Air_Handling_Unit ; rdfs:label "AHU-3" ; brick:isFedBy x:CH1 .
x:VAV1 a brick:VAV ; rdfs:label "VAV-1-01" .
x:VAV7 a brick:VAV ; rdfs:label "VAV-L-07" ; brick:isFedBy x:AHU3 .
x:VAV8 a brick:VAV ; rdfs:label "VAV-L-08" ; brick:isFedBy x:AHU3 .
x:SH a brick:Building ; rdfs:label "Science Hall" ; brick:hasPart x:F1 ;
  brick:yearBuilt [ brick:value 1968 ] .
x:F1 a brick:Floor ; rdfs:label "Floor 1" .
x:R101 a brick:Room ; rdfs:label "Room 1.01" ; brick:isPartOf x:F1 .
"""


def _load(tmp_path, text: str = BRICK) -> KnowledgeGraph:
    path = tmp_path / "twin.ttl"
    path.write_text(text, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_relation_and_its_inverse_by_name_are_read_as_inverses(tmp_path):
    kg = _load(tmp_path)
    assert kg.inverse_of(B + "isFedBy") == B + "feeds"
    assert kg.inverse_of(B + "feeds") == B + "isFedBy"
    assert kg.inverse_of(B + "hasPart") == B + "isPartOf"
    assert kg.inverse_of(B + "hasUnit") is None  # no "is unit of" in the graph


def test_names_pair_only_in_one_namespace_and_a_declaration_wins(tmp_path):
    other = """@prefix a: <http://a.example/> . @prefix b: <http://b.example/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
a:x a:hasPart a:y . a:y b:isPartOf a:z .
a:y a:isPartOf a:x . a:x a:contains a:w . a:contains owl:inverseOf a:isPartOf .
"""
    kg = _load(tmp_path, other)
    assert kg.inverse_of("http://b.example/isPartOf") is None  # another vocabulary's
    assert kg.inverse_of("http://a.example/isPartOf") == "http://a.example/contains"
    assert kg.inverse_of("http://a.example/hasPart") is None  # its pair is declared otherwise


def test_a_brick_value_node_reads_as_its_value(tmp_path):
    facts = {f.text for f in _load(tmp_path).facts()}
    assert "Science Hall — year built → 1968" in facts  # a value node with nothing else


def test_questions_over_both_directions_and_value_nodes(tmp_path):
    r = make_retriever(_load(tmp_path), encoder="hashing", index_dir=None, scorer=None)
    # AHU-3's own relation is stated from the boxes (isFedBy): walked back, it reads "feeds"
    found = r.retrieve("Which VAV boxes does AHU-3 feed?")
    assert {c.label for c in found.candidates[:2]} == {"VAV-L-07", "VAV-L-08"}
    assert r.retrieve("What is the cooling capacity of Chiller 1?").answer == "350.0"


def test_a_label_that_abbreviates_its_class_is_named_by_its_words_too(tmp_path):
    kg = _load(tmp_path)
    assert "Air Handling Unit 1" in kg.aliases(X + "AHU1")
    assert kg.aliases(X + "VAV1") == []  # "VAV" is its class's name, not its initials


PLACES = """@prefix brick: <https://brickschema.org/schema/Brick#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix x: <urn:twin#> .
x:AHU1 a brick:Air_Handling_Unit ; rdfs:label "AHU-1" ; brick:hasLocation x:B01 ;
  brick:feeds x:VAV1 , x:VAV2 .
x:B01 a brick:Mechanical_Room ; rdfs:label "Mechanical Room B01" .
x:VAV1 a brick:VAV ; rdfs:label "VAV-1-01" ; brick:feeds x:Z1 .
x:VAV2 a brick:VAV ; rdfs:label "VAV-1-02" ; brick:feeds x:Z2 .
x:Z1 a brick:HVAC_Zone ; rdfs:label "HVAC Zone 1.01" .
x:Z2 a brick:HVAC_Zone ; rdfs:label "HVAC Zone 1.02" .
"""


def test_where_is_answered_by_a_room_that_is_a_location(tmp_path):
    # a room is a structure to WordNet, a zone a place; the room is AHU-1's location
    r = make_retriever(_load(tmp_path, PLACES), encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("Where is AHU-1?").answer == "Mechanical Room B01"
    assert r.retrieve("Where is air handling unit 1?").answer == "Mechanical Room B01"


def test_a_chain_of_one_relation_is_said_by_saying_the_relation(tmp_path):
    # the floor between the room and its building is said by "in" as the building is: a part
    # of a part is a part, stated by one export as isPartOf, by the other as hasPart
    r = make_retriever(_load(tmp_path), encoder="hashing", index_dir=None, scorer=None)
    found = r.retrieve("Which building is Room 1.01 in?")
    assert found.answer == "Science Hall"
    assert not found.abstained


def test_a_name_said_as_a_genitive_with_of_links(tmp_path):
    text = (
        PLACES
        + """x:SF1 a brick:Supply_Fan ; rdfs:label "AHU-1 Supply Fan" ;
  brick:isPartOf x:AHU1 .
x:SF1.STS a brick:Fan_Status ; rdfs:label "AHU-1 Supply Fan Status" ; brick:isPointOf x:SF1 .
"""
    )
    r = make_retriever(_load(tmp_path, text), encoder="hashing", index_dir=None, scorer=None)
    found = r.retrieve("What points does the supply fan of AHU-1 have?")
    assert [m.node for m in found.mentions] == [X + "SF1"]
    assert found.answer == "AHU-1 Supply Fan Status"


ROLES = """@prefix schema: <https://schema.org/> .
<urn:e1> a schema:MusicEvent ; schema:name "Elbklang Finale" ; schema:performer <urn:band> .
<urn:band> a schema:MusicGroup ; schema:name "Kraniche im Nebel" ;
  schema:member [ a schema:OrganizationRole ; schema:member <urn:p1> ; schema:roleName "drums" ] ,
                [ a schema:OrganizationRole ; schema:member <urn:p2> ; schema:roleName "vocals" ] .
<urn:p1> a schema:Person ; schema:name "Mira Albrecht" .
<urn:p2> a schema:Person ; schema:name "Jonas Petersen" .
"""


def test_one_relation_twice_through_an_unnamed_role_node_is_no_chain(tmp_path):
    # schema.org's Role: the band's member is a role node whose member is the person; the
    # band between event and person is still a middle the question must say
    r = make_retriever(_load(tmp_path, ROLES), encoder="hashing", index_dir=None, scorer=None)
    found = r.retrieve("Who sings in the band playing Elbklang Finale?")
    assert found.abstained
    assert found.confidence == 0.0  # the role node's hops say nothing of "sings": no ceiling
