"""A bare "that" in an identifying "be" clause ("When was that?") after a reply that named
one entity (kgchat.chat.demonstrative): the answer's reading first, and where the graph
answers it nothing, what the answer was found of. On START "When was that?" after "Which
city hosted the Chess Olympiad 2022?" / "Chennai" was asked of the city only and abstained;
the event's date was meant (chat63). A reading of the answer that the graph answers stays
first ("Where is that?" after a place: the place's)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
D = "<http://www.w3.org/2001/XMLSchema#date>"
TRIPLES = [
    ("Chess Olympiad 2022", T, "Tournament"),
    ("Chess Olympiad 2022", "location", "Chennai"),
    ("Chess Olympiad 2022", "start_date", f'"2022-07-29"^^{D}'),
    ("Chennai", T, "City"),
    ("Chennai", "country", "India"),
    ("India", T, "Country"),
    ("Tata Masters 2023", T, "Tournament"),
    ("Tata Masters 2023", "location", "Wijk aan Zee"),
    ("Tata Masters 2023", "start_date", f'"2023-01-13"^^{D}'),
    ("Wijk aan Zee", T, "City"),
]


@pytest.fixture(scope="module")
def bot() -> ChatBot:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_when_was_that_after_the_place_of_an_event(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Which city hosted the Chess Olympiad 2022?").answer == "Chennai"
    when = bot.chat("When was that?")
    assert not when.abstained and when.answer == "2022-07-29"


def test_the_answers_own_reading_stays_first(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Which city hosted the Chess Olympiad 2022?").answer == "Chennai"
    assert bot.chat("Which country is that in?").answer == "India"
