""" "Then" after a reply that gave a time (kgchat.chat.then): "Who won the men's downhill
then?" after "When did the 2014 Winter Olympics start?" / "2014-02-07" asks it in 2014. On
START the "then" was left as it stood and the question was answered for no time (the first
of every downhill's winners; olympics-c62-05 t1). A final "then" after a reply that gave no
time is left as it is (chat63)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
D = "<http://www.w3.org/2001/XMLSchema#date>"
Y = "<http://www.w3.org/2001/XMLSchema#gYear>"
TRIPLES = [
    ("2014 Winter Olympics", T, "Olympic Games"),
    ("2018 Winter Olympics", T, "Olympic Games"),
    ("2014 Winter Olympics", "start_date", f'"2014-02-07"^^{D}'),
    ("2018 Winter Olympics", "start_date", f'"2018-02-09"^^{D}'),
    ("2014 Winter Olympics", "held_in", "Sochi"),
    ("Men's downhill 2014", T, "Race"),
    ("Men's downhill 2018", T, "Race"),
    ("Men's downhill 2014", "year", f'"2014"^^{Y}'),
    ("Men's downhill 2018", "year", f'"2018"^^{Y}'),
    ("Men's downhill 2018", "winner", "Aksel Berg"),
    ("Men's downhill 2014", "winner", "Theo Chevalier"),
    ("Aksel Berg", T, "Person"),
    ("Theo Chevalier", T, "Person"),
    ("Sochi", T, "City"),
]


@pytest.fixture(scope="module")
def bot() -> ChatBot:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_then_after_a_date_is_its_year(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("When did the 2014 Winter Olympics start?").answer == "2014-02-07"
    won = bot.chat("Who won the men's downhill then?")
    assert "2014" in won.resolved_question and "then" not in won.resolved_question
    assert won.answer == "Theo Chevalier"


def test_then_after_no_time_is_left(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Where were the 2014 Winter Olympics held?").answer == "Sochi"
    assert "then" in bot.chat("Who won the men's downhill then?").resolved_question


def test_then_in_a_passed_in_conversation(bot: ChatBot) -> None:
    first = bot.ask("When did the 2014 Winter Olympics start?")
    said = [
        {"role": "user", "content": "When did the 2014 Winter Olympics start?"},
        {"role": "assistant", "content": first.text},
    ]
    won = bot.answer("Who won the men's downhill then?", history=said)
    assert "2014" in won.resolved_question and won.answer == "Theo Chevalier"
