"""Questions that ask for a description of one entity, however they are worded, are answered
by its own facts; questions that ask a relation are not (the graph's words and the bundled
sentence encoder decide, not a list of phrasings)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot
from kgchat.pipeline import make_retriever
from tests.test_chat import Refuses

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


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


@pytest.mark.parametrize("question", ["Describe Bob.", "Summarize Bob."])
def test_an_instruction_whose_only_object_is_the_entity_describes_it(bot, question):
    """A verb said of the entity alone, no relation of the graph's: the encoder puts
    "describe" and "summarize" under its floor from "tell me about", the form says it."""
    a = bot.ask(question)
    assert not a.abstained and a.text.startswith("Bob is a Teacher [1]")


@pytest.mark.parametrize(
    "question",
    [
        "What is Bob's phone number?",
        "What did Bob invent?",
        "Is Bob married?",
        "Describe Bob's phone number.",
        "Phone Bob.",  # "phone" is more often a noun than a verb
    ],
)
def test_a_relation_the_graph_lacks_is_no_request_for_a_description(bot, question):
    """Words no relation of the graph says, that ask something of Bob: the chatbot abstains
    (a description would answer what the graph cannot)."""
    a = bot.ask(question)
    assert a.abstained and a.facts == []


def test_a_relation_question_is_still_answered_by_its_relation(bot):
    with pytest.raises(AssertionError, match="model"):  # a relation's answer: the model phrases it
        bot.ask("Where does Bob live?")


def test_who_is_a_person_describes_that_person_not_the_people_near_them():
    """ "Who is Ada?" asks what person Ada is: her facts, not the people her facts reach (all
    three live in England: the reply was "Ben [1][2] and Carl [1][3]."). "Who is the Chair?"
    names a role, not a person: who holds it."""
    kg = KnowledgeGraph.from_triples(
        [
            *[(p, RDF_TYPE, "Person") for p in ("Ada", "Ben", "Carl", "Dora")],
            *[(p, "based_near", "England") for p in ("Ada", "Ben", "Carl")],
            ("Ada", "wrote", "Notes"),
            ("Ada", "holds", "Chair"),
            ("Chair", RDF_TYPE, "Role"),
            ("Dora", "holds", "Treasurer"),
            ("Treasurer", RDF_TYPE, "Role"),
        ]
    )
    bot = ChatBot(kg, make_retriever(kg, index_dir=None), backend=Refuses())
    a = bot.ask("Who is Ada?")
    assert a.text.startswith("Ada is a Person [1]") and not a.abstained
    assert a.facts and all("Ada" in (f.subject, f.object) for f in a.facts)
    assert not {"Ben", "Carl"} & {*a.answers, *(e for f in a.facts for e in (f.subject, f.object))}
    with pytest.raises(AssertionError, match="model"):  # a role's holder: the model phrases it
        bot.ask("Who is the Chair?")
