"""A question about the last reply itself (kgchat.chat.grounds): "How do you know?", "Are you
sure?", "What is your source?" and "Where did you get that?" are answered by the last answer
again, with the facts its reply cited, each numbered, and the file they were read from. On
START each abstained ("none of its entities is mentioned"); the conversation goes on about
what it was about; after an abstention there is nothing to ground (it abstains still), and a
bare "that" ("Who was that funded by?") is the entity's question, never the grounds."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

PARTIES = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:Party a rdfs:Class ; rdfs:label "party" .
ex:Person a rdfs:Class ; rdfs:label "person" .
ex:leader rdfs:label "leader" .
ex:foundingDate rdfs:label "founding date" .
ex:green a ex:Party ; rdfs:label "Green Alliance" ; ex:leader ex:moen ;
    ex:foundingDate "1994"^^xsd:gYear .
ex:liberal a ex:Party ; rdfs:label "Liberal Forum" ; ex:leader ex:aasen ;
    ex:foundingDate "1977"^^xsd:gYear .
ex:moen a ex:Person ; rdfs:label "Sverre Moen" .
ex:aasen a ex:Person ; rdfs:label "Henrik Aasen" .
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("grounds") / "parties.ttl"
    path.write_text(PARTIES)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_how_do_you_know_names_the_facts_and_their_file(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Who leads the Green Alliance?").answer == "Sverre Moen"
    known = bot.chat("How do you know?")
    assert not known.abstained and known.answer == "Sverre Moen"
    assert known.text.startswith("Sverre Moen")
    assert "parties.ttl" in known.text and "[1]" in known.text
    assert [f.text for f in known.facts] == ["Green Alliance — leader → Sverre Moen"]
    # the conversation is about what it was: "And X?" asks the question before it
    after = bot.chat("And the Liberal Forum?")
    assert after.resolved_question == "Who leads the Liberal Forum?"
    assert after.answer == "Henrik Aasen"


@pytest.mark.parametrize("message", ["Are you sure?", "What is your source?"])
def test_the_chatbot_asked_of_its_answer_restates_it_with_its_facts(
    bot: ChatBot, message: str
) -> None:
    bot.reset()
    bot.chat("Who leads the Liberal Forum?")
    sure = bot.chat(message)
    assert not sure.abstained and sure.answer == "Henrik Aasen"
    assert "Liberal Forum leader Henrik Aasen [1]" in sure.text


def test_where_did_you_get_that_asks_the_grounds_a_bare_that_does_not(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("When was the Liberal Forum founded?").answer == "1977"
    source = bot.chat("Where did you get that?")
    assert not source.abstained and source.answer == "1977"
    assert "parties.ttl" in source.text
    # a bare "that" may mean the last entity: a question of it the graph does not answer
    # abstains, never answered by the last answer's grounds
    assert bot.chat("Who was that funded by?").abstained


def test_after_an_abstention_there_is_nothing_to_ground(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Who funded the Green Alliance?").abstained
    assert bot.chat("How do you know?").abstained
