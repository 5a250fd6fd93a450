"""Ordinals after a list ("the second one", "And the first?") and "there" after a place
("Who works there?", "Which restaurants are there?"), on a tiny graph with a person, places
and things."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from tests.test_followups import talk

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Lucia Bianchi", T, "Person"),
    ("Lucia Bianchi", "works_at", "Trattoria Sole"),
    ("Trattoria Sole", T, "Restaurant"),
    ("Trattoria Sole", "located_in", "Milan"),
    ("Osteria Blu", T, "Restaurant"),
    ("Osteria Blu", "located_in", "Milan"),
    ("Milan", T, "City"),
    ("Risotto (dish)", T, "Dish"),
    ("Risotto (dish)", "created_by", "Lucia Bianchi"),
    ("Risotto (dish)", "calories", '"700"'),
    ("Risotto (dish)", "served_at", "Trattoria Sole"),
    ("Tiramisu (dessert)", T, "Dish"),
    ("Tiramisu (dessert)", "created_by", "Lucia Bianchi"),
    ("Tiramisu (dessert)", "calories", '"450"'),
    ("Tiramisu (dessert)", "served_at", "Osteria Blu"),
]
CALORIES = {"Risotto (dish)": "700", "Tiramisu (dessert)": "450"}


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def test_an_ordinal_means_the_item_the_reply_named_at_that_place(kg):
    dishes, second, last = talk(
        kg,
        "Which dishes did Lucia Bianchi create?",
        "How many calories does the second one have?",
        "Where is the last of them served?",
    )
    assert len(dishes.answers) == 2 and set(dishes.answers) == set(CALORIES)
    named = dishes.answers  # in the reply's order
    assert second.resolved_question == f"How many calories does {named[1]} have?"
    assert second.answer == CALORIES[named[1]]
    assert last.resolved_question == f"Where is {named[-1]} served?"


def test_and_the_second_asks_the_last_question_of_the_list_kept_from_turns_before(kg):
    dishes, first, second = talk(
        kg,
        "Which dishes did Lucia Bianchi create?",
        "How many calories does the first one have?",
        "And the second?",
    )
    named = dishes.answers
    assert first.answer == CALORIES[named[0]]
    # the list stays what an ordinal points into; the last question is asked of the item,
    # its topic found by its label where the linker's words differ ("risotto dish")
    assert second.resolved_question == f"How many calories does {named[1]} have?"
    assert second.answer == CALORIES[named[1]]


def test_an_ordinal_of_another_noun_or_before_of_is_no_reference(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    bot.chat("Which dishes did Lucia Bianchi create?")
    from kgchat.chat.ordinal import ordinal

    for message in ("Who won the first prize?", "What was the first dish of Milan?"):
        assert ordinal(message, [], bot.memory, bot.kinds) is None


def test_an_ordinal_past_the_end_of_the_list_is_asked_back(kg):
    _, beyond = talk(kg, "Which dishes did Lucia Bianchi create?", "And the third one?")
    assert beyond.clarification and "'the third one'" in beyond.text


def test_there_means_the_place_first_where_the_graph_answers_it(kg):
    """The place said is tried first (kgchat.chat.there). Since the twenty-fifth round's
    confidence reading (a class member only one relation reaches), the graph answers "Who
    works in Milan?": Lucia Bianchi works at a restaurant located in Milan, so "there" stays
    Milan; before, that question was abstained on and "there" fell to the site, Trattoria
    Sole. Either way the answer is Lucia Bianchi."""
    where, who = talk(kg, "Where is Trattoria Sole?", "Who works there?")
    assert where.answer == "Milan"
    assert who.resolved_question == "Who works in Milan?"
    assert who.answer == "Lucia Bianchi" and not who.abstained


def test_there_ending_a_question_after_be_is_the_place_said_else_existential(kg):
    _, which = talk(kg, "Where is Trattoria Sole?", "Which restaurants are there?")
    assert which.resolved_question == "Which restaurants are in Milan?"
    assert set(which.answers) == {"Trattoria Sole", "Osteria Blu"}
    # no place said: "there" is existential, and the chatbot does not ask back
    _, lines = talk(kg, "Who created Tiramisu (dessert)?", "Which restaurants are there?")
    assert lines.resolved_question == "Which restaurants are there?"
    assert not lines.clarification


def test_there_falls_to_the_site_where_the_graph_does_not_answer_the_place():
    """The site branch of kgchat.chat.there end to end: where a person was also born in
    Milan, the graph does not tell who works in Milan (that reading is abstained on), so
    "there" is the site the last turn asked about, the restaurant Lucia Bianchi works at."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Lucia Bianchi", T, "Person"),
            ("Lucia Bianchi", "works_at", "Trattoria Sole"),
            ("Trattoria Sole", T, "Restaurant"),
            ("Trattoria Sole", "located_in", "Milan"),
            ("Milan", T, "City"),
            ("Marco Rossi", T, "Person"),
            ("Marco Rossi", "born_in", "Milan"),
            # a second place in Milan: through its one restaurant, "Who works in Milan?" would
            # be said by the only way there (middle_hops' _only_value) and answered
            ("Osteria Blu", T, "Restaurant"),
            ("Osteria Blu", "located_in", "Milan"),
        ]
    )
    bot = ChatBot(kg, backend=TemplateBackend())
    assert bot.retriever.retrieve("Who works in Milan?").abstained  # the place: no answer
    where = bot.chat("Where is Trattoria Sole?")
    who = bot.chat("Who works there?")
    assert where.answer == "Milan"
    assert who.resolved_question == "Who works in Trattoria Sole?"
    assert who.answer == "Lucia Bianchi" and not who.abstained and not who.clarification
