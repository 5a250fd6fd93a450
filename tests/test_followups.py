"""Follow-ups that keep their meaning, on a tiny graph with people, places and a thing."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.followup import EntityKinds
from kgchat.retrieval import Retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Ada Lovelace", T, "Person"),
    ("Ada Lovelace", "born_in", "London"),
    ("Ada Lovelace", "died_in", "Marylebone"),
    ("Charles Babbage", T, "Person"),
    ("Charles Babbage", "born_in", "London"),
    ("London", T, "City"),
    ("Marylebone", T, "City"),
    ("Analytical Engine", T, "Machine"),
    ("Analytical Engine", "designed_by", "Charles Babbage"),
    ("Analytical Engine", "made_in", "London"),
    ("Mary Somerville", "born_in", "Jedburgh"),  # no class: a person by the relation she takes
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def talk(kg, *messages):
    bot = ChatBot(kg, backend=TemplateBackend())
    return [bot.chat(m) for m in messages]


def test_kinds_come_from_classes_and_from_the_relations_taken(kg):
    kinds = EntityKinds(Retriever(kg))
    got = {n: kinds.kind(n) for n in ("Ada Lovelace", "London", "Analytical Engine")}
    assert got == {"Ada Lovelace": "person", "London": "place", "Analytical Engine": "thing"}
    assert kinds.kind("Mary Somerville") == "person"  # takes born_in, as people here do
    assert kinds.kind("Jedburgh") == "place"  # is born in, as places here are


def test_she_skips_the_place_that_answered_and_means_the_person(kg):
    first, second = talk(kg, "Where was Ada Lovelace born?", "Where did she die?")
    assert first.answer == "London"
    assert second.resolved_question == "Where did Ada Lovelace die?"
    assert second.answer == "Marylebone"


def test_he_means_the_person_answer_and_it_the_thing(kg):
    _, he = talk(kg, "Who designed the Analytical Engine?", "Where was he born?")
    assert he.resolved_question == "Where was Charles Babbage born?" and he.answer == "London"
    # "it" is no person: not the answer Charles Babbage, but the machine asked about
    _, it = talk(kg, "Who designed the Analytical Engine?", "Where was it made?")
    assert it.resolved_question == "Where was Analytical Engine made?" and it.answer == "London"


def test_a_pronoun_that_fits_nothing_said_asks_back(kg):
    _, back = talk(kg, "Where is the Analytical Engine made?", "When was he born?")
    assert back.clarification and back.abstained and "'he'" in back.text
    _, back = talk(kg, "Who designed the Analytical Engine?", "What was made there?")
    assert back.clarification and "'there'" in back.text
    # nothing asked yet: the question stands as it is
    (alone,) = talk(kg, "When was he born?")
    assert not alone.clarification and alone.resolved_question == "When was he born?"


def test_what_about_a_like_entity_swaps_only_the_topic(kg):
    _, about = talk(kg, "Where was Ada Lovelace born?", "What about Charles Babbage?")
    assert about.resolved_question == "Where was Charles Babbage born?"
    assert about.answer == "London"


def test_what_about_an_entity_of_another_kind_asks_its_own_relation(kg):
    _, about = talk(kg, "Where was Ada Lovelace born?", "What about the Analytical Engine?")
    # a machine is not born: the relation of it that the question fits best (a place) is asked
    assert "born" not in about.resolved_question
    assert "made in" in about.resolved_question and about.answer == "London"


def test_a_conversation_passed_in_needs_no_state(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    history = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Where was Ada Lovelace born?"},
        {"role": "assistant", "content": "London: Ada Lovelace born in London [1]."},
    ]
    a = bot.answer("Where did she die?", history=history)
    assert a.resolved_question == "Where did Ada Lovelace die?" and a.answer == "Marylebone"
    assert bot.memory.question is None  # the chatbot's own conversation is untouched
    assert bot.answer("Where did she die?").resolved_question == "Where did she die?"
