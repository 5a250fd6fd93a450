"""A class WordNet files among persons, though no kind of person by its hypernyms: "she"
may mean its member (a fictional character), on a tiny graph of comics."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.kinds import EntityKinds
from kgchat.retrieval import Retriever
from kgchat.wordnet import wordnet

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Nightjar", T, "Character"),
    ("Nightjar", "alter_ego", "Dana Okafor"),
    # Dana Okafor is the alter ego of two characters: through her one character the graph
    # would answer her first appearance too (middle_hops' _only_value), and "she" would be
    # either; the test is of the character being person-like
    ("Night Owl", T, "Character"),
    ("Night Owl", "alter_ego", "Dana Okafor"),
    ("Nightjar", "first_appearance", "The Vigilant 2"),
    ("Nightjar", "created_by", "Dara Castellanos"),
    ("Dana Okafor", T, "Person"),
    ("Dara Castellanos", T, "Person"),
    ("Dara Castellanos", "born_in", "Lagos"),
    ("The Vigilant 2", T, "Issue"),
    ("Lagos", T, "City"),
]


@pytest.fixture(scope="module")
def kg():
    if wordnet() is None:
        pytest.skip("no WordNet")
    return KnowledgeGraph.from_triples(TRIPLES)


def test_a_class_filed_among_persons_makes_its_members_persons(kg):
    kinds = EntityKinds(Retriever(kg))
    assert kinds.kind("Nightjar") == "person"
    assert kinds.kind("The Vigilant 2") == "thing"


def test_she_may_mean_the_character_not_only_her_alter_ego(kg):
    """After "Who is Nightjar's alter ego?", "she" may mean either; the graph answers
    Nightjar's first appearance only."""
    bot = ChatBot(kg, backend=TemplateBackend())
    bot.chat("Who is Nightjar's alter ego?")
    reply = bot.chat("Which issue did she first appear in?")
    assert reply.resolved_question == "Which issue did Nightjar first appear in?"
    assert reply.answer == "The Vigilant 2"
