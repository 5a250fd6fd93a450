"""A bare "that" or "this" about the last reply (kgchat.chat.grounds.about_statement): "Where
does that come from?" after "Who leads the Green Alliance?" read "that" as the leader ("Where
does Sverre Moen come from?") and abstained on START; where that entity reading gets no
answer and the question asks what the grounds give (a "where", a "what" of no type), the
reply's grounds answer it. A "when" stays the entity's: "When was that founded?" abstains,
as on START."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever
from tests.test_chat_grounds_history import PARTIES  # the same parties graph


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("grounds_that") / "parties.ttl"
    path.write_text(PARTIES)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


@pytest.mark.parametrize("message", ["Where does that come from?", "What is this based on?"])
def test_a_bare_that_the_entity_reading_leaves_unanswered_asks_the_grounds(
    bot: ChatBot, message: str
) -> None:
    bot.reset()
    assert bot.chat("Who leads the Green Alliance?").answer == "Sverre Moen"
    source = bot.chat(message)
    assert not source.abstained and source.answer == "Sverre Moen"
    assert "parties.ttl" in source.text and "[1]" in source.text
    # the conversation is about what it was
    assert bot.chat("And the Liberal Forum?").answer == "Henrik Aasen"


def test_a_bare_that_asking_a_time_stays_the_entitys(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Who leads the Green Alliance?").answer == "Sverre Moen"
    assert bot.chat("When was that founded?").abstained
