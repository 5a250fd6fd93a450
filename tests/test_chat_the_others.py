""" "And the others?" after a question asked of one item of a list asks it of the rest of the
list (kgchat.chat.others): on START the message was read as a question naming nothing and
asked of the last topic ("And the others of Lens Lab?"), which answered the company. The
reading is the memory's last list and the last question, no word of any graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Vela Optics", T, "Company"),
    ("Vela Optics", "has_unit", "Lens Lab"),
    ("Vela Optics", "has_unit", "Coating Works"),
    ("Vela Optics", "has_unit", "Sensor Group"),
    ("Lens Lab", T, "Unit"),
    ("Coating Works", T, "Unit"),
    ("Sensor Group", T, "Unit"),
    ("Ines Moura", "head_of", "Lens Lab"),
    ("Ola Nyberg", "head_of", "Coating Works"),
    ("Rui Sato", "head_of", "Sensor Group"),
    ("Ines Moura", T, "Person"),
    ("Ola Nyberg", T, "Person"),
    ("Rui Sato", T, "Person"),
]


@pytest.fixture(scope="module")
def bot():
    kg = KnowledgeGraph.from_triples(TRIPLES)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_the_others_asks_the_last_question_of_the_rest_of_the_list(bot):
    bot.reset()
    first = bot.chat("Which units does Vela Optics have?")
    assert set(first.answers) == {"Lens Lab", "Coating Works", "Sensor Group"}
    assert bot.chat("Who heads Lens Lab?").answer == "Ines Moura"
    rest = bot.chat("And the others?")
    assert "Lens Lab" not in rest.resolved_question
    assert "Coating Works" in rest.resolved_question and "Sensor Group" in rest.resolved_question
    assert "Ola Nyberg" in rest.text and "Rui Sato" in rest.text
    assert "Ines Moura" not in rest.text


def test_the_others_without_a_list_is_read_as_before(bot):
    bot.reset()
    assert bot.chat("Who heads Lens Lab?").answer == "Ines Moura"
    rest = bot.chat("And the others?")
    assert "Ola Nyberg" not in rest.text  # no list was named: nothing to take the rest of
