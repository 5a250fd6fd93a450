"""A yes/no question the graph answers by an enumeration member (thirty-seventh round).

"Is the Nordkamm Daunenfeder 700 available?" on a shop's schema.org data: the retrieval answered
with the offer's ``schema:availability``, ``schema:PreOrder``, a node the graph names by its
IRI alone and states nothing of, and the chatbot abstained, as it must where an entity with
facts of its own answers "is X ...?" ("Is Ada a camera?" answered by a camera she owns). Such a
node is a value the graph writes as an IRI; a typed or described entity still is none.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.reply_check import check_reply

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
S = "https://schema.org/"


@pytest.fixture(scope="module")
def bot() -> ChatBot:
    # a person, a place, a thing; the thing's availability an IRI no fact starts from
    kg = KnowledgeGraph.from_triples(
        [
            ("Parka", T, "Product"),
            ("Parka", S + "availability", S + "PreOrder"),
            ("Parka", "made_in", "Oslo"),
            ("Oslo", T, "City"),
            ("Ada", T, "Person"),
            ("Ada", "owns", "Lens"),
            ("Ada", "lives_in", "Oslo"),
            ("Lens", T, "Camera"),
        ]
    )
    return ChatBot(kg, backend=TemplateBackend())


def test_an_enumeration_member_of_the_relation_asked_is_the_reply(bot):
    bot.reset()
    a = bot.ask("Is the Parka available?")
    assert not a.abstained and a.answer == "Pre order", a.text
    check = check_reply(bot.kg, a)
    assert check.supported and check.valid == check.cited >= 1


@pytest.mark.parametrize("question", ["Is Ada a camera?", "Is Ada married?"])
def test_an_entity_with_facts_or_nothing_still_abstains(bot, question):
    bot.reset()
    assert bot.ask(question).abstained
