"""A correction of the last question's relation, not its entity ("No, I meant where she
studied.", "No, I meant his party."; kgchat.chat.corrections.corrected_question): the
question the embedded clause or the noun phrase means, its pronoun resolved as a
follow-up's. On START the first was asked as it was ("No, I meant where Ada Berg
studied.", answered a hop too far, the university's country); the second was asked as "No,
I meant Ben Lund's party.", which this graph answers right all the same (its resolved text
fails on START; on officeholders START read "party" as a class and answered other parties).
Grammar and WordNet's verb forms only, no word of any graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Ada Berg", T, "Person"),
    ("Ben Lund", T, "Person"),
    ("Ada Berg", "place_of_birth", "Bergen"),
    ("Ben Lund", "place_of_birth", "Oslo"),
    ("Ada Berg", "educated_at", "University of Tromsø"),
    ("University of Tromsø", "country", "Norway"),
    ("Ada Berg", "member_of_political_party", "Green Party"),
    ("Ben Lund", "member_of_political_party", "Labour Party"),
    ("Green Party", T, "Political party"),
    ("Labour Party", T, "Political party"),
    ("Bergen", T, "City"),
    ("Oslo", T, "City"),
]

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


@pytest.fixture(scope="module")
def retriever(kg):
    return make_retriever(kg)


@needs_wordnet
def test_no_i_meant_where_she_studied(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("Where was Ada Berg born?").answer == "Bergen"
    fixed = bot.chat("No, I meant where she studied.")
    assert fixed.resolved_question == "Where did Ada Berg study?"
    assert fixed.answer == "University of Tromsø"


@needs_wordnet
def test_no_i_meant_his_party(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("Where was Ben Lund born?").answer == "Oslo"
    fixed = bot.chat("No, I meant his party.")
    assert fixed.resolved_question == "What is Ben Lund's party?"
    assert fixed.answer == "Labour Party"


@needs_wordnet
def test_no_thanks_is_no_correction(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    bot.chat("Where was Ben Lund born?")
    assert bot.chat("No, thanks.").resolved_question == "No, thanks."
