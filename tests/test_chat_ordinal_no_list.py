""" "The second one" where the conversation named no list points at nothing said
(kgchat.chat.ordinal.ordinal): the chatbot asks back, as for "the third one" of two. On
START the message was taken for a question naming nothing and asked of the last topic
("Where was the second one born of Ada Berg?"), and answered. Grammar only (English
ordinals), no word of any graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Ada Berg", T, "Person"),
    ("Ben Lund", T, "Person"),
    ("Ada Berg", "works_at", "Nordlab"),
    ("Ben Lund", "works_at", "Nordlab"),
    ("Ada Berg", "place_of_birth", "Oslo"),
    ("Ben Lund", "place_of_birth", "Bergen"),
    ("Nordlab", "located_in", "Tromsø"),
]


@pytest.fixture(scope="module")
def bot():
    kg = KnowledgeGraph.from_triples(TRIPLES)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_the_second_one_after_one_answer_is_asked_back(bot):
    bot.reset()
    assert bot.chat("Where is Nordlab located?").answer == "Tromsø"
    asked = bot.chat("Where was the second one born?")
    assert asked.abstained and asked.answer is None
    assert "the second one" in asked.text


def test_the_second_one_after_a_list_is_its_item(bot):
    bot.reset()
    listed = bot.chat("Who works at Nordlab?")
    assert set(listed.answers) == {"Ada Berg", "Ben Lund"}
    second = listed.answers[1]
    asked = bot.chat("Where was the second one born?")
    assert asked.resolved_question == f"Where was {second} born?"
