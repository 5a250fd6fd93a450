"""A bare "that" or "this" points at what the last reply said (kgchat.chat.demonstrative): on
START "Where does that come from?" after "When was he born?" read "that" as the painter the
conversation was about and answered his birthplace, and after "Who won the Battle of Ulm?"
read it as the battle and answered where it was fought, though the reply had named a date
and a state. Now "that" means the reply's one answer entity, else (a value, a list, nothing)
the entity its question was about, never a person nor an earlier turn's entity; where none
remains, the reply itself, answered from its grounds. "Who was that founded by?" after a
date answer stays the topic's question (chat60's guard)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

ART = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:Person a rdfs:Class ; rdfs:label "person" .
ex:Painting a rdfs:Class ; rdfs:label "painting" .
ex:City a rdfs:Class ; rdfs:label "city" .
ex:Battle a rdfs:Class ; rdfs:label "battle" .
ex:State a rdfs:Class ; rdfs:label "state" .
ex:Party a rdfs:Class ; rdfs:label "party" .
ex:creator rdfs:label "creator" .
ex:birthPlace rdfs:label "birth place" .
ex:birthDate rdfs:label "birth date" .
ex:winner rdfs:label "winner" .
ex:place rdfs:label "took place in" .
ex:founder rdfs:label "founder" .
ex:founded rdfs:label "founded" .
ex:milkmaid a ex:Painting ; rdfs:label "The Milkmaid" ; ex:creator ex:vermeer .
ex:vermeer a ex:Person ; rdfs:label "Johannes Vermeer" ; ex:birthPlace ex:delft ;
    ex:birthDate "1632-10-31"^^xsd:date .
ex:delft a ex:City ; rdfs:label "Delft" .
ex:ulm a ex:Battle ; rdfs:label "Battle of Ulm" ; ex:winner ex:empire ; ex:place ex:ulmcity .
ex:empire a ex:State ; rdfs:label "French Empire" .
ex:ulmcity a ex:City ; rdfs:label "Ulm" .
ex:forum a ex:Party ; rdfs:label "Liberal Forum" ; ex:founded "1993"^^xsd:gYear ;
    ex:founder ex:aasen .
ex:aasen a ex:Person ; rdfs:label "Henrik Aasen" .
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("demonstrative") / "art.ttl"
    path.write_text(ART)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_that_after_a_date_is_the_reply_not_the_person(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Who painted The Milkmaid?").answer == "Johannes Vermeer"
    assert bot.chat("When was he born?").answer == "1632-10-31"
    source = bot.chat("Where does that come from?")
    assert not source.abstained and source.answer == "1632-10-31"
    assert "art.ttl" in source.text and "Delft" not in source.text


def test_that_is_the_answer_not_the_topic(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Who won the Battle of Ulm?").answer == "French Empire"
    source = bot.chat("Where does that come from?")
    assert source.answer == "French Empire" and "Ulm" not in (source.answers or [])
    assert "art.ttl" in source.text


def test_that_after_a_value_is_the_topic_thing(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("When was the Liberal Forum founded?").answer == "1993"
    assert bot.chat("Who was that founded by?").answer == "Henrik Aasen"
