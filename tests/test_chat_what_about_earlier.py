""" "What about X?" where X is of the kind of an earlier question's topic, not the last's
(kgchat.chat.what_about._earlier_frame): "Which products come from Spain?" / "Which brand are
they?" / "What about Norway?" asks the first question again, of Norway (on START it asked
the last one's relation of a country, "Which brand has Norway as country of origin?", and
answered a brand). The earlier topic is told by the type words it shares with X, read from
the graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Spain", T, "Country"),
    ("Norway", T, "Country"),
    ("Salted Almonds", T, "Product"),
    ("Sweet Peanuts", T, "Product"),
    ("Fish Fingers", T, "Product"),
    ("Salted Almonds", "country_of_origin", "Spain"),
    ("Sweet Peanuts", "country_of_origin", "Spain"),
    ("Fish Fingers", "country_of_origin", "Norway"),
    ("Valles", T, "Brand"),
    ("Korb", T, "Brand"),
    ("Salted Almonds", "brand", "Valles"),
    ("Sweet Peanuts", "brand", "Valles"),
    ("Fish Fingers", "brand", "Korb"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


@pytest.fixture(scope="module")
def retriever(kg):
    return make_retriever(kg)


def test_what_about_asks_the_earlier_question_of_its_topics_kind(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    first = bot.chat("Which products come from Spain?")
    assert set(first.answers) == {"Salted Almonds", "Sweet Peanuts"}
    assert bot.chat("Which brand are they?").answers == ["Valles"]
    norway = bot.chat("What about Norway?")
    assert norway.resolved_question == "Which products come from Norway?"
    assert norway.answer == "Fish Fingers"


def test_what_about_an_entity_of_the_last_topics_kind_is_unchanged(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    bot.chat("Which products come from Spain?")
    assert bot.chat("What about Norway?").resolved_question == "Which products come from Norway?"
    brand = bot.chat("Which brand is Salted Almonds?")
    assert brand.answer == "Valles"
    assert bot.chat("What about Fish Fingers?").answer == "Korb"
