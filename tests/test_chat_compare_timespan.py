"""Comparing values the graph names by a node (kgchat.chat.compare): a CIDOC-CRM graph gives
a birth date as a time-span node labelled "1606-07-17", which the chatbot answers with; on
START "Which of them is older?" after two such dates said the graph gave no value to compare
and abstained, since only a literal counted as a value (chat63, letters-c63-02 t3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

LETTERS = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Person a rdfs:Class ; rdfs:label "person" .
ex:birthDate rdfs:label "birth date" .
ex:lindenau a ex:Person ; rdfs:label "Caspar Lindenau" ; ex:birthDate ex:ts1 .
ex:zegersma a ex:Person ; rdfs:label "Abraham Zegersma" ; ex:birthDate ex:ts2 .
ex:ts1 rdfs:label "1606-07-17" .
ex:ts2 rdfs:label "1614-07-07" .
"""

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("timespan") / "letters.ttl"
    path.write_text(LETTERS)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_dates_named_by_nodes_are_compared(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("When was Caspar Lindenau born?").answer == "1606-07-17"
    assert bot.chat("And Abraham Zegersma?").answer == "1614-07-07"
    older = bot.chat("Which of them is older?")
    assert not older.abstained and older.answer == "Caspar Lindenau"
    assert older.text.startswith("Caspar Lindenau (older)")
