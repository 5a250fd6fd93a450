"""A person whose classes include "Person" and a group noun ("German businesspeople", as
DBpedia's YAGO categories are) is a person (kgchat.chat.kinds): on START WordNet's filing of
"person" among its top nouns, not among persons, let the group noun make him an "it", so
"Where did he die?" after "Where was Gottlieb Daimler born?" was asked back."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

PEOPLE = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Person a rdfs:Class ; rdfs:label "Person" .
ex:Businesspeople a rdfs:Class ; rdfs:label "German businesspeople" .
ex:City a rdfs:Class ; rdfs:label "city" .
ex:birthPlace rdfs:label "birth place" .
ex:deathPlace rdfs:label "death place" .
ex:daimler a ex:Person, ex:Businesspeople ; rdfs:label "Gottlieb Daimler" ;
    ex:birthPlace ex:schorndorf ; ex:deathPlace ex:cannstatt .
ex:schorndorf a ex:City ; rdfs:label "Schorndorf" .
ex:cannstatt a ex:City ; rdfs:label "Bad Cannstatt" .
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("person_class") / "people.ttl"
    path.write_text(PEOPLE)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_a_person_of_a_group_named_class_is_he(bot: ChatBot) -> None:
    assert bot.kinds.kind("http://example.org/daimler") == "person"
    bot.reset()
    assert bot.chat("Where was Gottlieb Daimler born?").answer == "Schorndorf"
    died = bot.chat("No, I meant where he died.")
    assert not died.clarification and died.answer == "Bad Cannstatt"
