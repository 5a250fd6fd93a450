""" "And the other one?" after a question asked of one item of a pair (kgchat.chat.others), and
"Which of them is older?" after it (kgchat.chat.memory's frames, kgchat.chat.compare): on
START "the other one" was no bare "the others" (the prop-word "one" stood beside it), so it
was asked as it stood and abstained; and a question asked of one item alone kept no frame,
so the comparison after it found nothing to compare (chat63)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
D = "<http://www.w3.org/2001/XMLSchema#date>"
TRIPLES = [
    ("Bram Olsen", T, "Person"),
    ("Ada Lind", T, "Person"),
    ("Oslo", T, "City"),
    ("Bram Olsen", "birth_place", "Oslo"),
    ("Ada Lind", "birth_place", "Oslo"),
    ("Bram Olsen", "birth_date", f'"1982-07-30"^^{D}'),
    ("Ada Lind", "birth_date", f'"1990-01-05"^^{D}'),
]


@pytest.fixture(scope="module")
def bot() -> ChatBot:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_the_other_one_after_a_pair(bot: ChatBot) -> None:
    bot.reset()
    assert set(bot.chat("Who was born in Oslo?").answers or []) == {"Ada Lind", "Bram Olsen"}
    assert bot.chat("When was Ada Lind born?").answer == "1990-01-05"
    other = bot.chat("And the other one?")
    assert not other.abstained and other.answer == "1982-07-30"
    assert "Bram Olsen" in other.text


@pytest.mark.skipif(wordnet() is None, reason="needs WordNet")
def test_which_of_them_after_the_other_one(bot: ChatBot) -> None:
    bot.reset()
    bot.chat("Who was born in Oslo?")
    bot.chat("When was Ada Lind born?")
    bot.chat("And the other one?")
    older = bot.chat("Which of them is older?")
    assert older.answer == "Bram Olsen" and older.text.startswith("Bram Olsen (older)")
