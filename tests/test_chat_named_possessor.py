"""Two follow-ups a demanding user types (kgchat.chat.followup_words.named_possessor and
kgchat.chat.joined): "And Bill Clinton's wife?" after "Where was Michelle Obama born?" asks
where that wife was born (on START it was asked as a question of its own and answered the
wife), and "And was he born in Tooting?" is a yes/no question (on START the leading "And"
hid its auxiliary from the retriever, which answered an entity). Grammar only: the
possessive "'s", coordinating conjunctions and auxiliaries, no word of any graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Bram Olsen", T, "Person"),
    ("Carl Moen", T, "Person"),
    ("Ada Olsen", T, "Person"),
    ("Dina Moen", T, "Person"),
    ("Bram Olsen", "spouse", "Ada Olsen"),
    ("Carl Moen", "spouse", "Dina Moen"),
    ("Bram Olsen", "place_of_birth", "Bergen"),
    ("Ada Olsen", "place_of_birth", "Tromsø"),
    ("Carl Moen", "place_of_birth", "Oslo"),
    ("Dina Moen", "place_of_birth", "Stavanger"),
    ("Carl Moen", "member_of", "Green Party"),
    ("Bergen", T, "City"),
    ("Tromsø", T, "City"),
    ("Oslo", T, "City"),
    ("Stavanger", T, "City"),
    ("Green Party", T, "Political party"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


@pytest.fixture(scope="module")
def retriever(kg):
    return make_retriever(kg)


def test_and_a_named_persons_wife_asks_the_last_question_of_her(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("Where was Bram Olsen born?").answer == "Bergen"
    assert bot.chat("And his wife?").answer == "Tromsø"
    other = bot.chat("And Carl Moen's wife?")
    assert other.resolved_question == "Where was Dina Moen born?"
    assert other.answer == "Stavanger"


def test_the_same_relation_word_asks_it_of_the_named_person(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("Who is Bram Olsen's spouse?").answer == "Ada Olsen"
    other = bot.chat("And Carl Moen's spouse?")
    assert other.resolved_question == "Who is Carl Moen's spouse?"
    assert other.answer == "Dina Moen"


def test_and_before_an_auxiliary_asks_yes_or_no(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("Who is a member of the Green Party?").answer == "Carl Moen"
    asked = bot.chat("And was he born in Oslo?")
    assert asked.resolved_question == "Was Carl Moen born in Oslo?"
    assert asked.answer == "Yes"
