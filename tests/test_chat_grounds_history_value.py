"""A question about the last reply of a conversation passed in as messages, where that reply
answered a value (kgchat.chat.history, grounds.reread): on START only a reply naming an entity
was re-read for its grounds, so "Where does that come from?" after "When was he born?" /
"1632-10-31 [1]." was asked back on a server, while the same conversation held live answered
it from the date's fact (heritage-c62-04 t2 with --history). Now the question is asked again
and its grounds serve where its answer is the value the reply said; a reply that said
another value gets none (chat63)."""

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
ex:creator rdfs:label "creator" .
ex:birthPlace rdfs:label "birth place" .
ex:birthDate rdfs:label "birth date" .
ex:milkmaid a ex:Painting ; rdfs:label "The Milkmaid" ; ex:creator ex:vermeer .
ex:vermeer a ex:Person ; rdfs:label "Johannes Vermeer" ; ex:birthPlace ex:delft ;
    ex:birthDate "1632-10-31"^^xsd:date .
ex:delft a ex:City ; rdfs:label "Delft" .
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("history_value") / "art.ttl"
    path.write_text(ART)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def _said(bot: ChatBot, questions: list[str]) -> list[dict[str, str]]:
    said: list[dict[str, str]] = []
    for q in questions:
        a = bot.answer(q, history=said)
        said += [{"role": "user", "content": q}, {"role": "assistant", "content": a.text}]
    return said


def test_a_value_reply_passed_in_has_its_grounds(bot: ChatBot) -> None:
    said = _said(bot, ["Who painted The Milkmaid?", "When was he born?"])
    assert said[-1]["content"].startswith("1632-10-31")
    source = bot.answer("Where does that come from?", history=said)
    assert not source.abstained and source.answer == "1632-10-31"
    assert "art.ttl" in source.text and "Delft" not in source.text


def test_a_reply_saying_another_value_has_no_grounds_here(bot: ChatBot) -> None:
    said = _said(bot, ["Who painted The Milkmaid?"])
    said += [
        {"role": "user", "content": "When was he born?"},
        {"role": "assistant", "content": "1650-01-01 [1]."},
    ]
    assert "art.ttl" not in bot.answer("Where does that come from?", history=said).text
