"""Follow-ups about an entity whose kind the graph does not tell (a poem of no class): "she"
after the user called the only person "he" means that person, not the poem; "What about
Odes?" after a person's birth place asks the poem's own relation, as for a thing of another
kind (the forty-fifth round: both were asked of the poem, "Where was Odes born?", and
abstained)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Ada", "birth_place", "Ulm"),
    ("Ada", "death_place", "Bonn"),
    ("Ada", "wrote", "Odes"),
    ("Ada", RDF_TYPE, "Person"),
    ("Ben", "birth_place", "Bonn"),
    ("Ben", RDF_TYPE, "Person"),
    ("Ben", "wrote", "Hymns"),
    ("Ulm", RDF_TYPE, "City"),
    ("Bonn", RDF_TYPE, "City"),
    ("Odes", "genre", "Poetry"),
    ("Hymns", "genre", "Poetry"),
]


@pytest.fixture(scope="module")
def bot() -> ChatBot:
    return ChatBot(KnowledgeGraph.from_triples(TRIPLES), backend=TemplateBackend())


def test_a_pronoun_of_the_other_gender_means_the_person_not_an_untold_thing(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Who wrote Odes?").answer == "Ada"
    assert bot.chat("Where was he born?").answer == "Ulm"
    a = bot.chat("Where was she born?")
    assert (a.resolved_question, a.answer) == ("Where was Ada born?", "Ulm")


def test_a_pronoun_the_graph_gives_no_person_for_still_asks_back() -> None:
    kg = KnowledgeGraph.from_triples([*TRIPLES, ("Ada", "gender", "male")])
    bot = ChatBot(kg, backend=TemplateBackend())
    assert bot.chat("Where was Ada born?").answer == "Ulm"
    a = bot.chat("Where did she die?")  # the graph says Ada is male: no "she" here
    assert a.answer is None and a.resolved_question != "Where did Ada die?"


def test_what_about_an_untold_thing_asks_its_own_relation(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Where was Ada born?").answer == "Ulm"
    a = bot.chat("What about Odes?")
    assert a.answer == "Poetry", a.resolved_question


def test_what_about_a_person_without_the_fact_still_asks_the_same(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Where did Ada die?").answer == "Bonn"
    a = bot.chat("What about Ben?")  # Ben has no death place: said so, not another relation
    assert a.resolved_question == "Where did Ben die?" and a.answer is None
