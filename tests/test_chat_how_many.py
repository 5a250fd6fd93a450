""" "How many of them are there?" after a list answer (kgchat.chat.how_many): on START it was
read as "How many are there?" among the list's items, which names nothing of the graph, and
abstained; now the list is counted and its items said with the facts its reply cited. A
question that says more of them ("How many of them ...?" with a condition) is not counted,
and the conversation stays on the list ("the second one" after the count)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

TENNIS = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Player a rdfs:Class ; rdfs:label "player" .
ex:Title a rdfs:Class ; rdfs:label "title" .
ex:won rdfs:label "won" .
ex:heldIn rdfs:label "held in" .
ex:rune a ex:Player ; rdfs:label "Holger Rune" ; ex:won ex:paris, ex:stockholm, ex:munich .
ex:paris a ex:Title ; rdfs:label "Paris Masters 2022" ; ex:heldIn ex:france .
ex:stockholm a ex:Title ; rdfs:label "Stockholm Open 2022" ; ex:heldIn ex:sweden .
ex:munich a ex:Title ; rdfs:label "Munich Open 2023" ; ex:heldIn ex:germany .
ex:france rdfs:label "France" .
ex:sweden rdfs:label "Sweden" .
ex:germany rdfs:label "Germany" .
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("how_many") / "tennis.ttl"
    path.write_text(TENNIS)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_how_many_of_them_counts_the_last_list(bot: ChatBot) -> None:
    bot.reset()
    listed = bot.chat("Which titles did Holger Rune win?")
    assert len(listed.answers) == 3
    count = bot.chat("How many of them are there?")
    assert not count.abstained and count.answer == "3"
    assert count.text.startswith("3: ") and "[1]" in count.text
    assert all(a in count.text for a in listed.answers)
    # the conversation is about the list still
    second = bot.chat("Where was the second one held?")
    assert second.answer in {"France", "Sweden", "Germany"}


def test_how_many_of_them_with_a_condition_is_not_the_lists_count(bot: ChatBot) -> None:
    bot.reset()
    bot.chat("Which titles did Holger Rune win?")
    assert bot.chat("How many of them were held in France?").answer != "3"
