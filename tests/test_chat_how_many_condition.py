""" "How many of them <condition>?" after a list answer (kgchat.chat.how_many.which_of): on
START it was read as "How many <condition>?" among the items and answered one item's name,
not a count; now it is asked as "Which of them <condition>?" and answered by how many of the
items the condition's relation reaches, each with its fact; "the second one" after it still
points into the list the reply named before."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

FIRMS = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Person a rdfs:Class ; rdfs:label "person" .
ex:Company a rdfs:Class ; rdfs:label "company" .
ex:City a rdfs:Class ; rdfs:label "city" .
ex:founder rdfs:label "founder" .
ex:headquarter rdfs:label "headquarter" .
ex:anna a ex:Person ; rdfs:label "Anna Berg" .
ex:a a ex:Company ; rdfs:label "Alder Works" ; ex:founder ex:anna ; ex:headquarter ex:oslo .
ex:b a ex:Company ; rdfs:label "Birch Motors" ; ex:founder ex:anna ; ex:headquarter ex:oslo .
ex:c a ex:Company ; rdfs:label "Cedar Labs" ; ex:founder ex:anna ; ex:headquarter ex:bergen .
ex:d a ex:Company ; rdfs:label "Dune Foods" ; ex:headquarter ex:oslo .
ex:oslo a ex:City ; rdfs:label "Oslo" .
ex:bergen a ex:City ; rdfs:label "Bergen" .
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("how_many_condition") / "firms.ttl"
    path.write_text(FIRMS)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_how_many_of_them_with_a_condition_counts_those_it_holds_of(bot: ChatBot) -> None:
    bot.reset()
    listed = bot.chat("Which companies did Anna Berg found?")
    assert sorted(listed.answers) == ["Alder Works", "Birch Motors", "Cedar Labs"]
    count = bot.chat("How many of them are headquartered in Oslo?")
    assert not count.abstained and count.answer == "2"
    assert count.text.startswith("2: ") and "[2]" in count.text
    assert "Dune Foods" not in count.text and "Cedar Labs" not in count.text
    # the list the reply named stays what an ordinal points into
    second = bot.chat("Where is the second one headquartered?")
    assert second.answer == ("Bergen" if listed.answers[1] == "Cedar Labs" else "Oslo")
