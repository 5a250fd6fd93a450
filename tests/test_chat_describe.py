"""Questions that ask for a description of one entity, however they are worded, are answered
by its own facts; questions that ask a relation are not (the graph's words and the bundled
sentence encoder decide, not a list of phrasings)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot
from kgchat.pipeline import make_retriever

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class Refuses:
    """A backend that fails the test when the model is asked or loaded."""

    name = "refuses"
    context_length = 2048

    def generate(self, *args, **kwargs):
        raise AssertionError("the model was asked")

    def count_tokens(self, *args, **kwargs):
        raise AssertionError("the model was loaded")


@pytest.fixture(scope="module")
def bot():
    kg = KnowledgeGraph.from_triples(
        [
            ("Bob", RDF_TYPE, "Teacher"),
            ("Bob", "lives_in", "Oslo"),
            ("Bob", "teaches", "Algebra"),
            ("Ann", "admires", "Bob"),
        ]
    )
    # the default retriever: its index's sentence encoder is the bundled MiniLM
    return ChatBot(kg, make_retriever(kg, index_dir=None), backend=Refuses())


@pytest.mark.parametrize(
    "question",
    ["What do you know about Bob?", "Give me information about Bob.", "Can you tell me about Bob?"],
)
def test_other_words_for_tell_me_about_are_answered_by_the_entitys_facts(bot, question):
    a = bot.ask(question)
    assert not a.abstained
    assert a.text.startswith("Bob is a Teacher [1]")  # its class first, then its other facts
    assert {f.text for f in a.facts} == {
        "Bob — is a → Teacher",
        "Bob — lives in → Oslo",
        "Bob — teaches → Algebra",
        "Ann — admires → Bob",
    }
    assert a.answer == "Teacher"


@pytest.mark.parametrize(
    "question", ["What is Bob's phone number?", "What did Bob invent?", "Is Bob married?"]
)
def test_a_relation_the_graph_lacks_is_no_request_for_a_description(bot, question):
    """Words no relation of the graph says, that ask something of Bob: the chatbot abstains
    (a description would answer what the graph cannot)."""
    a = bot.ask(question)
    assert a.abstained and a.facts == []


def test_a_relation_question_is_still_answered_by_its_relation(bot):
    with pytest.raises(AssertionError, match="model"):  # a relation's answer: the model phrases it
        bot.ask("Where does Bob live?")
