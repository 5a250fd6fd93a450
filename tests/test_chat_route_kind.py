"""An entity none of whose classes names a person by any meaning ("Route", "Metro") is no
person, though the encoder finds "who" in its type words ("metro" meets it at 0.5): the gtfs
route M1 was read as a person, so "it" could not mean it (chat55's left item). The kind comes
from the graph's classes by WordNet (kgchat.chat.kinds._never_person), never from a word list."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.kinds import EntityKinds
from kgchat.retrieval import Retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("M1", T, "Route"),
    ("M1", T, "Metro"),
    ("M1", "agency", "Pohja Metro"),
    ("M1", "short_name", "M1"),
    ("M1", "long_name", "Airport to University"),
    ("Pohja Metro", T, "Agency"),
    ("Pohja Metro", "phone", "+358 1"),
    ("T4", T, "Route"),
    ("T4", T, "Tram"),
    ("T4", "agency", "Raitio"),
    ("T4", "long_name", "Market to Harbour"),
    ("Stop 9", T, "Stop"),
    ("Stop 9", "served_by", "M1"),
    ("Ada Berg", T, "Driver"),
    ("Ada Berg", "drives", "M1"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def test_a_route_that_is_a_metro_is_no_person_a_driver_is_one(kg):
    kinds = EntityKinds(Retriever(kg))
    assert kinds.kind("M1") != "person"
    assert kinds.agrees("M1", "thing")
    assert kinds.kind("Ada Berg") == "person"


def test_it_after_the_route_answered_means_the_route(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    assert bot.chat("Which route does Ada Berg drive?").answer == "M1"
    second = bot.chat("Which agency runs it?")
    assert second.resolved_question == "Which agency runs M1?"
    assert second.answer == "Pohja Metro"
