"""Follow-ups whose "it" means the last answer: an organization (English calls one "it",
though it answers "who"), and a new entity the graph answers as well as the topic."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.kinds import EntityKinds
from kgchat.retrieval import Retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Doubs", T, "River"),
    ("Doubs", "flows_into", "Saone"),
    ("Doubs", "length", "453"),
    ("Saone", T, "River"),
    ("Saone", "length", "473"),
    ("Arve", T, "River"),
    ("Arve", "length", "107"),
    ("Vouglans Dam", T, "Dam"),
    ("Vouglans Dam", "operated_by", "Hydro Power"),
    ("Tignes Dam", T, "Dam"),
    ("Tignes Dam", "operated_by", "Hydro Power"),
    ("Genissiat Dam", T, "Dam"),
    ("Genissiat Dam", "operated_by", "Rhone Company"),
    ("Hydro Power", T, "Organization"),
    ("Rhone Company", T, "Organization"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def talk(kg, *messages):
    bot = ChatBot(kg, backend=TemplateBackend())
    return [bot.chat(m) for m in messages]


def test_an_organization_is_it_though_it_answers_who(kg):
    kinds = EntityKinds(Retriever(kg))
    assert kinds.kind("Hydro Power") == "thing"
    assert kinds.agrees("Hydro Power", "thing") is True


def test_it_after_who_operates_means_the_operator_and_what_about_keeps_the_asked_type(kg):
    first, second, third = talk(
        kg, "Who operates the Vouglans Dam?", "Which dams does it run?", "What about Rhone Company?"
    )
    assert first.answer == "Hydro Power"
    assert second.resolved_question == "Which dams does Hydro Power run?"
    assert set(second.answers) == {"Vouglans Dam", "Tignes Dam"}
    assert third.answer == "Genissiat Dam"


def test_it_means_the_answer_where_the_graph_answers_it_as_well_as_the_topic(kg):
    first, second, third = talk(
        kg, "What does the Doubs flow into?", "How long is it?", "And the Arve?"
    )
    assert first.answer == "Saone"
    assert second.resolved_question == "How long is Saone?" and second.answer == "473"
    assert third.answer == "107"


def test_it_keeps_the_topic_where_the_answer_is_of_another_class():
    kg = KnowledgeGraph.from_triples(
        [
            ("Newton", T, "Unit"),
            ("Newton", "measures", "Force"),
            ("Newton", "symbol", "N"),
            ("Pascal", T, "Unit"),
            ("Pascal", "measures", "Pressure"),
            ("Pascal", "symbol", "Pa"),
            ("Force", T, "Quantity Kind"),
            ("Force", "symbol", "F"),
            ("Pressure", T, "Quantity Kind"),
        ]
    )
    first, second = talk(kg, "What quantity kind does the Newton measure?", "What is its symbol?")
    assert first.answer == "Force"
    assert second.answer == "N"


def test_what_about_another_kind_keeps_the_type_the_last_question_asked_for():
    kg = KnowledgeGraph.from_triples(
        [
            ("Lyon", T, "City"),
            ("Grenoble", T, "City"),
            ("Rhone Station", T, "Gauging Station"),
            ("Rhone Station", "operated_by", "Hydro Power"),
            ("Rhone Station", "located_in", "Lyon"),
            ("Isere Station", T, "Gauging Station"),
            ("Isere Station", "operated_by", "Hydro Power"),
            ("Pierre Dam", T, "Dam"),
            ("Pierre Dam", "located_in", "Lyon"),
            ("Pierre Dam", "operated_by", "Rhone Company"),
            ("Tignes Dam", T, "Dam"),
            ("Tignes Dam", "located_in", "Grenoble"),
            ("Tignes Dam", "operated_by", "Hydro Power"),
            ("Hydro Power", T, "Organization"),
            ("Rhone Company", T, "Organization"),
        ]
    )
    first, about = talk(kg, "Which dams are in Lyon?", "What about Hydro Power?")
    assert first.answer == "Pierre Dam"
    # a city and an organization differ in kind: Hydro Power's own relation is asked, of dams
    assert about.resolved_question.startswith("Which dams ")
    assert about.answers == ["Tignes Dam"]
