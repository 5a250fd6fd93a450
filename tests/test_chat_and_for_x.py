""" "And for X?" where the last question has no "for" (kgchat.chat.followup, what_about.alike):
X of the last topic's kind (a team after a team) stands in for the topic, whatever
preposition introduces it. On START the preposition, absent from the last question, left
the message as it stood ("And for Orsini Corse?" asked alone; racing-probe59a-02 t2). An
entity of another kind keeps START's reading (no rewrite of the last question)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Takumi Racing", T, "Racing team"),
    ("Orsini Corse", T, "Racing team"),
    ("Takumi Racing", "team_principal", "Kenji Sato"),
    ("Orsini Corse", "team_principal", "Luca Venturi"),
    ("Takumi Racing", "based_in", "Tochigi"),
    ("Orsini Corse", "based_in", "Modena"),
    ("Kenji Sato", T, "Person"),
    ("Luca Venturi", T, "Person"),
    ("Tochigi", T, "City"),
    ("Modena", T, "City"),
]


@pytest.fixture(scope="module")
def bot() -> ChatBot:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_and_for_x_of_the_topics_kind(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Who is the team principal of Takumi Racing?").answer == "Kenji Sato"
    other = bot.chat("And for Orsini Corse?")
    assert "Orsini Corse" in other.resolved_question and "principal" in other.resolved_question
    assert other.answer == "Luca Venturi"


def test_and_for_x_of_another_kind_is_no_stand_in(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Who is the team principal of Takumi Racing?").answer == "Kenji Sato"
    assert "principal" not in bot.chat("And for Modena?").resolved_question
