"""A question about the last reply of a conversation passed in as messages (``ChatBot.answer(
history=...)``, what the server calls): the messages hold the reply's words, not its facts, so
on START "How do you know?" abstained there while the same conversation held live answered
it. Its last question is asked again (kgchat.chat.grounds.reread) and its grounds serve where
its answer is the one the reply named; a reply naming another answer gets none. And live: on
START a question about the reply whose ordinary reading only asked it of the last entity ("How
do you know of Sverre Moen?") and answered a guess kept that guess, not the grounds."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

PARTIES = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Party a rdfs:Class ; rdfs:label "party" .
ex:Person a rdfs:Class ; rdfs:label "person" .
ex:leader rdfs:label "leader" .
ex:green a ex:Party ; rdfs:label "Green Alliance" ; ex:leader ex:moen .
ex:liberal a ex:Party ; rdfs:label "Liberal Forum" ; ex:leader ex:aasen .
ex:moen a ex:Person ; rdfs:label "Sverre Moen" .
ex:aasen a ex:Person ; rdfs:label "Henrik Aasen" .
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("grounds_history") / "parties.ttl"
    path.write_text(PARTIES)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def _history(question: str, reply: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": reply}]


def test_a_passed_in_conversation_has_its_last_replys_grounds(bot: ChatBot) -> None:
    first = bot.ask("Who leads the Green Alliance?")
    assert first.answer == "Sverre Moen"
    history = _history("Who leads the Green Alliance?", first.text)
    known = bot.answer("How do you know?", history=history)
    assert not known.abstained and known.answer == "Sverre Moen"
    assert "parties.ttl" in known.text and "[1]" in known.text
    assert [f.text for f in known.facts] == ["Green Alliance — leader → Sverre Moen"]
    # as live: the conversation is about what it was
    both = [*history, {"role": "user", "content": "How do you know?"}]
    both.append({"role": "assistant", "content": known.text})
    after = bot.answer("And the Liberal Forum?", history=both)
    assert after.answer == "Henrik Aasen"


def test_a_reply_naming_another_answer_has_no_grounds_here(bot: ChatBot) -> None:
    # the messages say Henrik Aasen (another graph's or model's reply): asked again, the
    # question answers Sverre Moen, whose facts are not that reply's grounds
    history = _history("Who leads the Green Alliance?", "Henrik Aasen [1].")
    assert bot.answer("How do you know?", history=history).abstained


def test_live_the_grounds_win_over_a_guess_asked_of_the_last_entity(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Who leads the Green Alliance?").answer == "Sverre Moen"
    known = bot.chat("How do you know?")
    assert known.resolved_question == "How do you know?"
    assert known.answer == "Sverre Moen" and "parties.ttl" in known.text
