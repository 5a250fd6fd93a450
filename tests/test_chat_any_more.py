""" "Any more?" after a list the reply cut at ``max_list`` ("A, B and 3 more") names the
answers no reply named yet, and counts only those left (kgchat.chat.others.more_wanted, the
chatbot's ``said``, kgchat.chat.lists.members). On START the message named nothing and
was asked of the last topic: no more of the list was named. Grammar only ("more", "rest",
"else" beside function words), no word of any graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, ChatConfig, TemplateBackend
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PLAYERS = ["Ada Berg", "Ben Lund", "Cleo Moe", "Dag Nes", "Eva Ruud"]
TRIPLES = [
    *[(p, T, "Person") for p in PLAYERS],
    *[(p, "member_of_team", "Ovo FC") for p in PLAYERS],
    ("Ovo FC", T, "Football club"),
    ("Ovo FC", "home_city", "Tromsø"),
    ("Ada Berg", "place_of_birth", "Oslo"),
]


@pytest.fixture(scope="module")
def bot():
    kg = KnowledgeGraph.from_triples(TRIPLES)
    return ChatBot(kg, make_retriever(kg), TemplateBackend(), ChatConfig(max_list=2))


def test_any_more_names_the_rest_of_a_cut_list(bot):
    bot.reset()
    first = bot.chat("Who are the members of Ovo FC?")
    assert len(first.answers) == 2 and first.more == 3
    second = bot.chat("Any more?")
    assert second.resolved_question == "Who are the members of Ovo FC?"
    assert len(second.answers) == 2 and second.more == 1
    third = bot.chat("And the rest?")
    assert len(third.answers) == 1 and third.more == 0
    named = [*first.answers, *second.answers, *third.answers]
    assert sorted(named) == sorted(PLAYERS)


def test_more_with_nothing_left_unnamed_is_no_request(bot):
    bot.reset()
    assert bot.chat("Where was Ada Berg born?").answer == "Oslo"
    assert bot.chat("Any more?").resolved_question != "Where was Ada Berg born?"
