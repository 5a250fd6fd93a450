"""A passive relation named by an irregular participle and its agent's "by", after the noun
its subject is (blind probe smartbuilding, round 56): SAREF's ``measurementMadeBy`` reads
"measurement made by", a passive whose agent is the device, so "Who *made* X?" walked
backwards over it (to the measurements X made, then on to their units) answers "what did X
make", not who made X; the device's ``manufacturer`` does
(:func:`kgchat.retrieval.phrases.phrase_verb`). The judge reads the passive and rates the
walk back over it 0, so its value is not answered.

The passive is read only where the question asks one of its parties (fix57d, round 57): "Where
was the session held?" asks a place, and ``swc:heldBy`` (a chair's role held by a person, the
session's ``hasRole``) joins what is held to its holder, neither a place; read as the passive
of the question's "held" it sent iswc2010's development question to the session chair
(:func:`kgchat.retrieval.verb_direction.asks_circumstance`).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.phrases import phrase_verb
from kgchat.retrieval.question import analyze
from kgchat.retrieval.verb_direction import asks_circumstance, expected_direction
from kgchat.wordnet import wordnet

_BMS = """\
@prefix saref: <https://saref.etsi.org/core/> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix om: <http://www.ontology-of-units-of-measure.org/resource/om-2/> .
@prefix ex: <http://bms.example.org/> .

om:lux rdfs:label "lux"@en .
om:degreeCelsius rdfs:label "degree Celsius"@en .
ex:illuminance a saref:Property ; rdfs:label "Illuminance"@en .
ex:temperature a saref:Property ; rdfs:label "Indoor air temperature"@en .
ex:signify a schema:Organization ; schema:name "Signify N.V." .
ex:siemens a schema:Organization ; schema:name "Siemens Smart Infrastructure" .
ex:lc2 a saref:Device ; rdfs:label "Lighting controller floor 2"@en ;
    schema:manufacturer ex:signify ; saref:hasModel "Interact Office Gateway" .
ex:th1 a saref:Device ; rdfs:label "Thermostat Alster"@en ;
    schema:manufacturer ex:siemens ; saref:hasModel "RDG260KN" .
ex:m1 a saref:Measurement ; saref:measurementMadeBy ex:lc2 ; saref:hasValue 412 ;
    saref:isMeasuredIn om:lux ; saref:relatesToProperty ex:illuminance .
ex:m2 a saref:Measurement ; saref:measurementMadeBy ex:lc2 ; saref:hasValue 388 ;
    saref:isMeasuredIn om:lux ; saref:relatesToProperty ex:illuminance .
ex:m3 a saref:Measurement ; saref:measurementMadeBy ex:th1 ; saref:hasValue 21.5 ;
    saref:isMeasuredIn om:degreeCelsius ; saref:relatesToProperty ex:temperature .
ex:m4 a saref:Measurement ; saref:measurementMadeBy ex:th1 ; saref:hasValue 22.0 ;
    saref:isMeasuredIn om:degreeCelsius ; saref:relatesToProperty ex:temperature .
"""

_SWC = """\
@prefix swc: <http://data.semanticweb.org/ns/swc/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://conf.example.org/> .

swc:heldBy rdfs:label "held by" .
swc:hasRole rdfs:label "has role" .
swc:hasLocation rdfs:label "has location" .
ex:aud a swc:MeetingRoomPlace ; rdfs:label "Auditorium" .
ex:hall a swc:MeetingRoomPlace ; rdfs:label "Sala Europa" .
ex:staab a swc:Person ; rdfs:label "Steffen Staab" .
ex:hendler a swc:Person ; rdfs:label "Jim Hendler" .
ex:s11 a swc:SessionEvent ; rdfs:label "Research Track: Linked Data" ;
    swc:hasLocation ex:aud ; swc:hasRole ex:s11chair .
ex:s11chair a swc:SessionChair ; rdfs:label "Session Chair of Research Track: Linked Data" ;
    swc:heldBy ex:staab .
ex:s12 a swc:SessionEvent ; rdfs:label "Research Track: Reasoning" ;
    swc:hasLocation ex:hall ; swc:hasRole ex:s12chair .
ex:s12chair a swc:SessionChair ; rdfs:label "Session Chair of Research Track: Reasoning" ;
    swc:heldBy ex:hendler .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def bms(tmp_path_factory):
    path = tmp_path_factory.mktemp("bms") / "bms.ttl"
    path.write_text(_BMS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_an_irregular_participle_before_by_reads_as_a_passive():
    assert phrase_verb("made by") == phrase_verb("measurement made by")
    assert phrase_verb("measurement made by")[1] is True
    assert phrase_verb("is written by")[1] is True
    assert phrase_verb("measurement") is None


@needs_wordnet
def test_who_made_a_device_is_not_answered_by_its_measurements(bms):
    for question, maker in [
        ("Who made the lighting controller floor 2?", "Signify N.V."),
        ("who made the thermostat alster", "Siemens Smart Infrastructure"),
    ]:
        res = bms.retrieve(question)
        # the walk back over the passive is not what was asked: its value is no answer
        # stated (the ranking still puts the measurements' values first; the judge rates
        # them 0 and the retriever abstains rather than answer them)
        assert res.answer == maker or res.abstained, question


def test_a_question_asking_a_circumstance_reads_no_passive_direction():
    where = analyze("Where was the session Research Track held?", [(3, 6)])
    who = analyze("Who made the thermostat Alster?", [(3, 5)])
    assert asks_circumstance(where) and not asks_circumstance(who)
    # "held by" joins what is held to its holder: "where" asks neither, so no direction;
    # "who made" asks the doer, walked forwards over "made by"
    assert expected_direction(where, "held", True) is None
    assert expected_direction(who, "made", True) is True
    assert asks_circumstance(analyze("In which room was the session Reasoning held?", [(6, 7)]))
    assert not asks_circumstance(analyze("Who was the session Reasoning held by?", [(3, 5)]))


@needs_wordnet
def test_where_a_session_was_held_is_not_its_chair_holder(tmp_path):
    path = tmp_path / "swc.ttl"
    path.write_text(_SWC)
    retriever = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = retriever.retrieve("Where was the session Research Track: Linked Data held?")
    assert res.answer == "Auditorium"
