"""A bare "that" as a question's subject ("When was that founded?") is a pronoun meaning
something just said (kgchat.chat.memory._bare_demonstrative): on START only "that one" was,
so the message was read as naming nothing, and asked of the last entity by appending its
name ("When was that founded of Kiel Cable?"). Read by grammar (a wh-word, an auxiliary,
"that", no noun after it by WordNet), never by any graph's words."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.memory import EntityMemory
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Nordwind", T, "Company"),
    ("Kiel Cable", T, "Company"),
    ("Kiel Cable", "subsidiary_of", "Nordwind"),
    ("Nordwind", "founded", "1998"),
    ("Kiel Cable", "headed_by", "Henrik Dahl"),
    ("Nordwind", "headed_by", "Ingrid Halvorsen"),
    ("Henrik Dahl", T, "Person"),
    ("Ingrid Halvorsen", T, "Person"),
]

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")


@needs_wordnet
def test_a_bare_demonstrative_is_a_pronoun_a_determiner_is_not():
    m = EntityMemory.find_pronoun("When was that founded?")
    assert m is not None and m.group(1) == "that" and m.group(0) == "that"
    assert EntityMemory.find_pronoun("When was that battle fought?") is None
    assert EntityMemory.find_pronoun("Who founded the firm that owns X?") is None


@needs_wordnet
def test_when_was_that_founded_asks_of_what_was_just_said():
    kg = KnowledgeGraph.from_triples(TRIPLES)
    bot = ChatBot(kg, make_retriever(kg), backend=TemplateBackend())
    assert bot.chat("Which company is Kiel Cable a subsidiary of?").answer == "Nordwind"
    then = bot.chat("When was that founded?")
    assert then.resolved_question == "When was Nordwind founded?"
    assert then.answer == "1998"
