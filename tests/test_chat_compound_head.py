"""A relation's head is read as the longest noun compound WordNet lists for the words that end
its phrase: the object of ``almaMater`` is an "alma mater" (a school), not a "mater" (a
mother, a person). Read by head alone, TU Delft (no class) was a person and "that university"
named it by no word, so "Which city is that university in?" was left unresolved (chat56's
left item, corp-18 t2). The compound comes from WordNet's index, never from a word list."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.kinds import EntityKinds
from kgchat.pipeline import make_retriever
from kgchat.retrieval import Retriever
from kgchat.wordnet import wordnet

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Vela Optics", T, "Company"),
    ("Vela Optics", "ceo", "Ines Moura"),
    ("Ines Moura", T, "Person"),
    ("Ines Moura", "gender", "female"),
    ("Ines Moura", "almaMater", "KTH"),
    ("Ola Nyberg", T, "Person"),
    ("Ola Nyberg", "almaMater", "ETH Zurich"),
    ("KTH", "locatedIn", "Stockholm"),
    ("ETH Zurich", "locatedIn", "Zurich"),
    ("Stockholm", T, "City"),
    ("Zurich", T, "City"),
]

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


@pytest.fixture(scope="module")
def retriever(kg):
    return make_retriever(kg)  # the pipeline's retriever, with its sentence encoder


@needs_wordnet
def test_the_head_is_read_as_the_compound_wordnet_lists(kg):
    r = Retriever(kg)
    assert r.relation_head("almaMater") == "mater"  # retrieval's head word is unchanged
    assert r.relation_compound("almaMater") == "alma mater"
    assert r.relation_compound("locatedIn") == r.relation_head("locatedIn")


@needs_wordnet
def test_a_university_names_an_alma_mater(retriever):
    kinds = EntityKinds(retriever)
    assert "alma mater" in kinds.type_words("KTH")
    assert kinds.names("university", "KTH") >= 0.5


@needs_wordnet
def test_that_university_means_the_alma_mater_answered(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("Who is the CEO of Vela Optics?").answer == "Ines Moura"
    assert bot.chat("What is her alma mater?").answer == "KTH"
    third = bot.chat("Which city is that university in?")
    assert third.resolved_question == "Which city is KTH in?"
    assert third.answer == "Stockholm"
