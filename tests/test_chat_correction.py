"""A correction ("No, I meant X.") asks the last question again of X (kgchat.chat.
corrections.corrects): on START it was read as a question of its own and answered X's
given name. And a
node whose type words answer "who" only by a word WordNet files among groupings (the role
"organization" W3C org's ``org:organization`` gives a unit) is "it", as a class so filed is
(kgchat.chat.kinds.EntityKinds._grouping): on START the unit was a person and "Where is it
based?" asked back. Grammar and WordNet only, no word of any graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.kinds import EntityKinds
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Jonas Albrecht", T, "Person"),
    ("Tobias Reinholt", T, "Person"),
    ("Jonas Albrecht", "given_name", "Jonas"),
    ("Tobias Reinholt", "given_name", "Tobias"),
    ("Jonas Albrecht", "head_of", "Wind Division"),
    ("Tobias Reinholt", "head_of", "Grid Services"),
    ("Wind Division", T, "Organizational unit"),
    ("Grid Services", T, "Organizational unit"),
    ("Wind Division", "based_at", "Esbjerg base"),
    ("Grid Services", "based_at", "Hamburg office"),
    ("Membership 1", "organization", "Wind Division"),
    ("Membership 2", "organization", "Grid Services"),
    ("Membership 1", "member", "Mette Lund"),
]

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


@pytest.fixture(scope="module")
def retriever(kg):
    return make_retriever(kg)


@needs_wordnet
def test_a_unit_named_an_organization_by_its_role_is_no_person(retriever):
    kinds = EntityKinds(retriever)
    assert kinds.kind("Grid Services") == "thing"
    assert kinds.kind("Tobias Reinholt") == "person"


@needs_wordnet
def test_no_i_meant_x_asks_the_last_question_of_x(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("Which unit does Jonas Albrecht head?").answer == "Wind Division"
    fixed = bot.chat("No, I meant Tobias Reinholt.")
    assert fixed.resolved_question == "Which unit does Tobias Reinholt head?"
    assert fixed.answer == "Grid Services"
    where = bot.chat("Where is it based?")
    assert where.resolved_question == "Where is Grid Services based?"
    assert where.answer == "Hamburg office"


@needs_wordnet
def test_tell_me_about_x_is_no_correction(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    bot.chat("Which unit does Jonas Albrecht head?")
    told = bot.chat("Tell me about Tobias Reinholt.")
    assert told.resolved_question == "Tell me about Tobias Reinholt."
