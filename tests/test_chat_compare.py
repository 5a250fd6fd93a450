"""Comparing the answers of a conversation (kgchat.chat.compare, kgchat.chat.comparative):
"Which of them is older?" after the birth dates of two people were asked, "Which one is
longer?" after two runtimes, "Which of them came out first?" after a question asked of each
film of a list, "Which of them is older?" right after a list of people (each asked its age,
WordNet's attribute of "old"), and "Is it bigger than Oslo?" / "And Stavanger?" after a
city's population (the last question asked of both; yes or no). On START each was resolved
as a pronoun's follow-up and answered something else (or abstained). The pole of each
comparative comes from WordNet's definitions of the adjective and its antonym, read by the
sentence encoder; no word of any graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
D = "<http://www.w3.org/2001/XMLSchema#date>"
N = "<http://www.w3.org/2001/XMLSchema#integer>"
TRIPLES = [
    ("Bram Olsen", T, "Person"),
    ("Ada Lind", T, "Person"),
    ("Bram Olsen", "birth_date", f'"1982-07-30"^^{D}'),
    ("Ada Lind", "birth_date", f'"1990-01-05"^^{D}'),
    ("Salt Road", T, "Film"),
    ("Cold Bay", T, "Film"),
    ("Salt Road", "runtime", f'"125"^^{N}'),
    ("Cold Bay", "runtime", f'"98"^^{N}'),
    ("Salt Road", "release_date", f'"2016-05-13"^^{D}'),
    ("Cold Bay", "release_date", f'"2011-10-20"^^{D}'),
    ("Salt Road", "director", "Ada Lind"),
    ("Cold Bay", "director", "Ada Lind"),
    ("Cold Bay", "starring", "Bram Olsen"),
    ("Cold Bay", "starring", "Ada Lind"),
    ("Oslo", T, "City"),
    ("Bergen", T, "City"),
    ("Stavanger", T, "City"),
    ("Oslo", "population", f'"709037"^^{N}'),
    ("Bergen", "population", f'"291940"^^{N}'),
    ("Stavanger", "population", f'"148000"^^{N}'),
]

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


@pytest.fixture(scope="module")
def retriever(kg):
    return make_retriever(kg)


def test_which_of_two_people_asked_alike_is_older(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("When was Ada Lind born?").answer == "1990-01-05"
    assert bot.chat("And Bram Olsen?").answer == "1982-07-30"
    older = bot.chat("Which of them is older?")
    assert older.answer == "Bram Olsen"
    assert older.text.startswith("Bram Olsen (older)")
    assert "1990-01-05" in older.text and len(older.facts) == 2
    assert bot.chat("And which of them is younger?").answer == "Ada Lind"


def test_which_one_is_longer_reads_the_greater_number(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("What is the runtime of Cold Bay?").answer == "98"
    assert bot.chat("And Salt Road?").answer == "125"
    assert bot.chat("Which one is longer?").answer == "Salt Road"
    assert bot.chat("Which one is shorter?").answer == "Cold Bay"


def test_first_of_a_list_asked_of_each(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    films = bot.chat("Which films did Ada Lind direct?")
    assert set(films.answers) == {"Salt Road", "Cold Bay"}
    bot.chat("When were they released?")
    assert bot.chat("Which of them came out first?").answer == "Cold Bay"


def test_a_question_naming_an_entity_is_no_comparison(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    bot.chat("When was Ada Lind born?")
    bot.chat("And Bram Olsen?")
    assert bot.chat("Who directed Salt Road?").answer == "Ada Lind"


def test_older_of_a_list_asks_each_item_its_age(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    stars = bot.chat("Who starred in Cold Bay?")
    assert set(stars.answers) == {"Bram Olsen", "Ada Lind"}
    assert bot.chat("Which of them is older?").answer == "Bram Olsen"


def test_is_it_bigger_than_a_named_city_then_and_another(kg, retriever):
    bot = ChatBot(kg, retriever, backend=TemplateBackend())
    assert bot.chat("What is the population of Bergen?").answer == "291940"
    bigger = bot.chat("Is it bigger than Oslo?")
    assert bigger.resolved_question == "Is Bergen bigger than Oslo?"
    assert bigger.answer == "No" and "709037" in bigger.text
    again = bot.chat("And Stavanger?")
    assert again.resolved_question == "Is Bergen bigger than Stavanger?"
    assert again.answer == "Yes"
