"""An entity one of whose classes WordNet files among groupings ("Agency") is "it", though
another of its classes names a role a person may hold ("Operator"): "its" after "Which agency
runs Line 5?" may mean the agency (gtfs-b54-01: the bot asked back whom "its" meant)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.kinds import EntityKinds
from kgchat.retrieval import Retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Line 5", "agency", "Fjord Metro Ltd"),
    ("Line 9", "agency", "Harbour Ferries"),
    ("Fjord Metro Ltd", T, "Agency"),
    ("Fjord Metro Ltd", T, "Operator"),
    ("Harbour Ferries", T, "Agency"),
    ("Harbour Ferries", T, "Operator"),
    ("Fjord Metro Ltd", "phone", "+47 2100 0000"),
    ("Harbour Ferries", "phone", "+47 5500 0000"),
    ("Line 5", T, "Route"),
    ("Line 9", T, "Route"),
    ("Ada Berg", T, "Person"),
    ("Ada Berg", T, "Operator"),
    ("Ada Berg", "drives", "Line 5"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def test_an_agency_that_is_also_an_operator_is_a_thing_a_person_stays_one(kg):
    kinds = EntityKinds(Retriever(kg))
    assert kinds.kind("Fjord Metro Ltd") == "thing"
    assert kinds.kind("Ada Berg") == "person"


def test_its_after_the_agency_named_means_the_agency(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    assert bot.chat("Which agency runs Line 5?").answer == "Fjord Metro Ltd"
    second = bot.chat("What's its phone number?")
    assert second.resolved_question == "What's Fjord Metro Ltd's phone number?"
    assert second.answer == "+47 2100 0000"
