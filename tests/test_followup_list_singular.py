"""A singular pronoun after a list answer means the topic, not one of the list's items: "Who
were the parents of William?" / "When did he die?" asks of William ("they" would mean the
parents, "the father" one of them); where the topic does not agree with the pronoun ("she"
after the parents of a son), the item that does is still meant."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("William Hale", "parent", "Albert Hale"),
    ("William Hale", "parent", "Margaret Hale"),
    ("William Hale", "gender", "male"),
    ("Albert Hale", "gender", "male"),
    ("Margaret Hale", "gender", "female"),
    ("William Hale", "death date", "1880-06-12"),
    ("Albert Hale", "death date", "1859-11-02"),
    ("Margaret Hale", "death date", "1828-03-01"),
    ("William Hale", T, "Person"),
    ("Albert Hale", T, "Person"),
    ("Margaret Hale", T, "Person"),
]


@pytest.fixture()
def bot():
    return ChatBot(KnowledgeGraph.from_triples(TRIPLES), backend=TemplateBackend())


def test_he_after_a_list_answer_means_the_topic(bot):
    first = bot.chat("Who were the parents of William Hale?")
    assert {first.answer, *first.answers} >= {"Albert Hale", "Margaret Hale"}
    second = bot.chat("When did he die?")
    assert second.resolved_question == "When did William Hale die?"
    assert second.answer == "1880-06-12"


def test_she_after_a_list_answer_means_the_item_that_agrees(bot):
    bot.chat("Who were the parents of William Hale?")
    second = bot.chat("When did she die?")
    assert second.resolved_question == "When did Margaret Hale die?"
