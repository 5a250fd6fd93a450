"""A relation phrase of be, an irregular participle and a preposition (``is made of``,
``is known as``) is stative as an "-ed" one is (``is used as``): its subject is what the
participle is done to, and a question in the passive voice walks it as its words' order says."""

from __future__ import annotations

import pytest

from kgchat.retrieval.phrases import expected_direction, stative_phrase
from kgchat.retrieval.question import analyze
from kgchat.text import stem
from kgchat.wordnet import wordnet

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")


@needs_wordnet
def test_irregular_participles_are_stative():
    assert stative_phrase("is made of") and stative_phrase("is known as")
    assert stative_phrase("was born in") and stative_phrase("is used as")


def test_a_noun_or_an_agent_is_not():
    assert not stative_phrase("is part of") and not stative_phrase("is member of")
    assert not stative_phrase("is founded by") and not stative_phrase("makes")


@needs_wordnet
def test_a_passive_question_walks_a_stative_irregular_forwards():
    q = analyze("What is the bridge made of?", [(3, 4)])
    verb = stem("made")
    assert expected_direction(q, verb, False, stative_phrase("is made of")) is True
    assert expected_direction(q, verb, False, False) is False  # read as a passive: turned
