"""A question word said by a relation the entity's peers state *beside* the one its answer
was walked by, and the entity lacks, is that relation asked: the graph does not know it of
the entity (issue 11, fix63d; :func:`~kgchat.retrieval.peer_relations.rival_relations`,
:func:`~kgchat.retrieval.asked_elsewhere.asked_of_rival`). "Who owns Liffey Gate?" went to
its founder by ``founded by`` where every other brewery states an ``owned by`` beside its
founder and Liffey Gate none. Where no peer states the two together, they are two names of
one attribute, and the walk answers: "What is the playing time of Concordia?" over its
``time required`` while the other games state a ``playing time``. On tiny Turtle graphs
with the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.asked_elsewhere import asked_of_rival
from kgchat.retrieval.peer_relations import rival_relations
from tests.conftest import prepared_retriever

TTL = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:foundedBy rdfs:label "founded by" .
ex:ownedBy rdfs:label "owned by" .
ex:timeRequired rdfs:label "time required" .
ex:playingTime rdfs:label "playing time" .

ex:kilnworks a ex:Brewery ; rdfs:label "Kilnworks Brewery" ;
    ex:foundedBy ex:mara ; ex:ownedBy ex:heron .
ex:saltmarsh a ex:Brewery ; rdfs:label "Saltmarsh Ales" ;
    ex:foundedBy ex:odile ; ex:ownedBy ex:odile .
ex:copperbeck a ex:Brewery ; rdfs:label "Copperbeck Brewing" ;
    ex:foundedBy ex:tomas ; ex:ownedBy ex:northgate .
ex:liffey a ex:Brewery ; rdfs:label "Liffey Gate Brewery" ; ex:foundedBy ex:arthur .

ex:mara a ex:Person ; rdfs:label "Mara Quill" .
ex:odile a ex:Person ; rdfs:label "Odile Brandt" .
ex:tomas a ex:Person ; rdfs:label "Tomas Reyes" .
ex:arthur a ex:Person ; rdfs:label "Arthur Keane" .
ex:heron a ex:Company ; rdfs:label "Heron Drinks Group" .
ex:northgate a ex:Company ; rdfs:label "Northgate Beverages" .

ex:broader rdfs:label "broader concept" .
ex:relatedSkill rdfs:label "related skill" .
ex:debug a ex:Skill ; rdfs:label "debug software" ; ex:broader ex:programming .
ex:writeCode a ex:Skill ; rdfs:label "write code" ; ex:broader ex:programming ;
    ex:relatedSkill ex:debug .
ex:testSoftware a ex:Skill ; rdfs:label "test software" ; ex:broader ex:programming ;
    ex:relatedSkill ex:writeCode .
ex:programming a ex:SkillGroup ; rdfs:label "programming computer systems" .

ex:inLanguage rdfs:label "in language" .
ex:originalChoreographer rdfs:label "original choreographer" .
ex:giselle a ex:Ballet ; rdfs:label "Giselle" ; ex:inLanguage "fr" ;
    ex:originalChoreographer ex:coralli .
ex:sylphide a ex:Ballet ; rdfs:label "La Sylphide" ; ex:inLanguage "da" ;
    ex:originalChoreographer ex:bournonville .
ex:swanlake a ex:Ballet ; rdfs:label "Swan Lake" ; ex:inLanguage "ru" .
ex:coralli a ex:Person ; rdfs:label "Jean Coralli" .
ex:bournonville a ex:Person ; rdfs:label "August Bournonville" .

ex:concordia a ex:BoardGame ; rdfs:label "Concordia" ; ex:timeRequired "100 minutes" .
ex:azul a ex:BoardGame ; rdfs:label "Azul" ; ex:playingTime "45 minutes" .
ex:brass a ex:BoardGame ; rdfs:label "Brass Birmingham" ; ex:playingTime "120 minutes" .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("breweries") / "breweries.ttl"
    path.write_text(TTL, encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


def test_the_owner_the_brewery_lacks_is_abstained_on(retriever):
    """Liffey Gate states no owner, the breweries that state a founder do: its founder is
    no answer (fails on START: "Arthur Keane", answered by ``founded by``)."""
    res = retriever.retrieve("Who owns Liffey Gate Brewery?")
    assert res.abstained, (res.answer, res.confidence)


def test_what_the_brewery_states_is_answered(retriever):
    """The founder Liffey Gate states, and the owner a peer states, are answered."""
    res = retriever.retrieve("Who founded Liffey Gate Brewery?")
    assert not res.abstained and res.answer == "Arthur Keane", (res.answer, res.confidence)
    res = retriever.retrieve("Who owns Copperbeck Brewing?")
    assert not res.abstained and res.answer == "Northgate Beverages", (res.answer, res.confidence)


def test_one_attribute_named_two_ways_is_answered(retriever):
    """No game states a ``playing time`` beside a ``time required``: two names of one
    attribute, and Concordia's answers the question in the other's words."""
    res = retriever.retrieve("What is the playing time of Concordia?")
    assert not res.abstained and res.answer == "100 minutes", (res.answer, res.confidence)


def test_the_type_named_is_no_relation_asked(retriever):
    """ "skill" names the group asked (the answer is a skill group), not the peers'
    ``related skill`` that "debug software" lacks (a guard: esco's question, lost on the
    whole set by the first version of the check, is not reproduced by this tiny graph)."""
    res = retriever.retrieve("Which skill group does debug software belong to?")
    assert not res.abstained, (res.answer, res.confidence)
    assert res.answer == "programming computer systems"


def test_a_rival_named_for_another_thing_is_not_read(retriever):
    """The ballets' ``original choreographer`` says "original" but names a person, which
    "the original *language*" does not ask: Swan Lake's language answers (theatre's
    question, lost on the whole set by the version that read every rival)."""
    res = retriever.retrieve("What is the original language of Swan Lake?")
    assert not res.abstained and res.answer == "ru", (res.answer, res.confidence)


def test_the_rivals_are_the_relations_stated_beside_the_one_walked(retriever):
    """The pure readings: the relations peers hold beside the one walked, and the word they
    say that the walk does not."""
    kg = retriever.kg
    own = "http://example.org/"
    assert rival_relations(kg, own + "liffey", own + "foundedBy") == (own + "ownedBy",)
    assert rival_relations(kg, own + "concordia", own + "timeRequired") == ()

    def meets(a, b):
        return float(bool(set(a) & set(b)))

    assert asked_of_rival(meets, ["owns"], ["founded"], [], [["owns"]]) == "owns"
    assert asked_of_rival(meets, ["founded"], ["founded"], [], [["owns"]]) is None
