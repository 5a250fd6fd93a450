""" "What about run X?": a follow-up that names its entity with a word of the entity's own
class before it ("what about *run* noble-crane-32?", "and the *city* Bergen?") asks the last
question again of that entity, as "What about X?" does.

The class word linked to the class, a second mention, and the message was asked as it stood
("What about run X?" answered "Run").
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("swift-owl-3", T, "Run"),
    ("swift-owl-3", "trained_on", "Churn data"),
    ("calm-fox-8", T, "Run"),
    ("calm-fox-8", "trained_on", "Fraud data"),
    ("Churn data", T, "Dataset"),
    ("Fraud data", T, "Dataset"),
    ("Oslo", T, "City"),
    ("Oslo", "in_country", "Norway"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def talk(kg, *messages):
    bot = ChatBot(kg, backend=TemplateBackend())
    return [bot.chat(m) for m in messages]


def test_what_about_an_entity_named_with_its_class_word(kg):
    first, about = talk(kg, "What was swift-owl-3 trained on?", "What about run calm-fox-8?")
    assert first.answer == "Churn data"
    assert "run" not in about.resolved_question.lower().split()
    assert about.answer == "Fraud data"


def test_a_class_word_of_another_kind_is_no_class_word_of_the_entity(kg):
    # "dataset" is no class of calm-fox-8: the message is not read as "what about calm-fox-8"
    _, about = talk(kg, "What was swift-owl-3 trained on?", "What about dataset calm-fox-8?")
    assert about.resolved_question == "What about dataset calm-fox-8?"
