"""A yes/no question the graph answers by a value (thirty-sixth round).

"Is Sushi Kaito wheelchair accessible?" on OpenStreetMap data: the retrieval answered with
the value of the restaurant's ``wheelchair`` tag ("yes", "limited") and the chatbot abstained,
as it must where an *entity* reached from the one asked about answers "is X ...?" ("Is Helix
Labs a company?" answered by a company it owns). A value of the relation the question names
is the reply; an entity still is none, and a question no fact answers still abstains.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.reply_check import check_reply

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def bot() -> ChatBot:
    # a place, a person, a thing; values quoted as literals
    kg = KnowledgeGraph.from_triples(
        [
            ("Cafe Sol", T, "Restaurant"),
            ("Cafe Sol", "wheelchair", '"limited"'),
            ("Cafe Sol", "located_in", "Oslo"),
            ("Oslo", T, "City"),
            ("Ada", T, "Person"),
            ("Ada", "works_at", "Cafe Sol"),
            ("Ada", "owns", "Lens"),
            ("Lens", T, "Camera"),
            ("Lens", "availability", '"Pre order"'),
        ]
    )
    return ChatBot(kg, backend=TemplateBackend())


@pytest.mark.parametrize(
    ("question", "value"),
    [("Is Cafe Sol wheelchair accessible?", "limited"), ("Is the Lens available?", "Pre order")],
)
def test_a_value_of_the_relation_asked_is_the_reply(bot, question, value):
    bot.reset()
    a = bot.ask(question)
    assert not a.abstained and a.answer == value, a.text
    check = check_reply(bot.kg, a)
    assert check.supported and check.valid == check.cited >= 1


@pytest.mark.parametrize("question", ["Is Ada a camera?", "Is Ada married?", "Is Lens expensive?"])
def test_an_entity_or_nothing_still_abstains(bot, question):
    bot.reset()
    assert bot.ask(question).abstained


def test_a_yes_or_no_rests_on_the_cited_facts_of_its_path():
    """``supported_answer_rate`` counted every "Yes"/"No" unsupported: no fact's end is "Yes".
    The verdict rests on the facts of its path; a reply citing none of them still fails."""
    from dataclasses import replace

    boolean = "<http://www.w3.org/2001/XMLSchema#boolean>"
    kg = KnowledgeGraph.from_triples(
        [
            ("Breaker B1", T, "Switch"),
            ("Breaker B1", "normal_open", f'"true"^^{boolean}'),
            ("Breaker B1", "located_in", "Oslo"),
            ("Ada", "operates", "Breaker B1"),
        ]
    )
    bot = ChatBot(kg, backend=TemplateBackend())
    for question in ("Is Breaker B1 normally open?", "Is Breaker B1 in Oslo?"):
        bot.reset()
        a = bot.ask(question)
        assert a.answer == "Yes", a.text
        assert check_reply(kg, a).supported
        off_path = [f for f in kg.facts() if f.subject_label == "Ada"]
        assert not check_reply(kg, replace(a, facts=off_path)).supported
