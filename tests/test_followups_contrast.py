"""A possessive follow-up whose noun is a different kind of the relation just asked ("And
his father?" after "Who was his mother?") asks that relation, not the last question again
(family, twenty-fourth round: it was rewritten "Who was Arthur Ashcombe's mother?", the last
question asked of the father, as "What about his sister?" is meant)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.wordnet import wordnet

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")

TRIPLES = [
    ("Charles Ashcombe", "mother", "Harriet Lisle"),
    ("Charles Ashcombe", "father", "Arthur Ashcombe"),
    ("Charles Ashcombe", "born_in", "Wrexford"),
    ("Arthur Ashcombe", "born_in", "London"),
    ("Harriet Lisle", "born_in", "York"),
    ("Charles Ashcombe", "gender", "male"),
    ("Arthur Ashcombe", "gender", "male"),
    ("Harriet Lisle", "gender", "female"),
]


@pytest.fixture(scope="module")
def bot():
    return ChatBot(KnowledgeGraph.from_triples(TRIPLES), backend=TemplateBackend())


def test_another_kind_of_the_relation_asked_is_asked_of_the_topic(bot):
    bot.reset()
    assert bot.chat("Who was Charles Ashcombe's mother?").answer == "Harriet Lisle"
    a = bot.chat("And his father?")
    assert a.answer == "Arthur Ashcombe", a.resolved_question


def test_a_noun_of_another_kind_still_asks_the_last_question_of_it(bot):
    bot.reset()
    assert bot.chat("Where was Charles Ashcombe born?").answer == "Wrexford"
    a = bot.chat("And his father?")
    assert a.answer == "London", a.resolved_question


def test_contrast_is_wordnets_co_kinds():
    wn = wordnet()
    assert wn.contrast("father", "mother") and wn.contrast("husband", "wife")
    assert not wn.contrast("wife", "spouse") and not wn.contrast("father", "father")
    assert not wn.contrast("sister", "birthplace")
