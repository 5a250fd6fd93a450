"""The prompt shows an unnamed node by its number, not by its identifier: fewer tokens for the
model to evaluate before its first one, the same chain of facts, and the answer's evidence
still in the graph's own words."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from kgchat.chat import ChatBot, ChatConfig
from kgchat.chat.prompts import PromptTemplates, short_unnamed
from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever


class _Recording:
    """A backend that keeps every prompt it is given and adds nothing to the reply."""

    name = "recording"

    def __init__(self) -> None:
        self.prompts: list[Sequence[dict[str, str]]] = []

    def generate(self, messages: Sequence[dict[str, str]], **_: Any) -> Iterator[str]:
        self.prompts.append(messages)
        return iter(())


def test_the_same_unnamed_node_keeps_its_number_and_named_ones_stay() -> None:
    texts = [
        "Ada — has birth → (anonymous 06101238)",
        "(anonymous 06101238) — took place at → (anonymous s0_b3)",
        "(anonymous s0_b3) — is in → Oslo",
        "(anonymous statement s1) — about → (anonymous 06101238)",
    ]
    assert short_unnamed(texts) == [
        "Ada — has birth → (anonymous 1)",
        "(anonymous 1) — took place at → (anonymous 2)",
        "(anonymous 2) — is in → Oslo",
        "(anonymous 3) — about → (anonymous 1)",
    ]
    assert short_unnamed(["Ada — born in → Oslo (Norway)"]) == ["Ada — born in → Oslo (Norway)"]


def test_the_templates_number_unnamed_nodes_per_prompt() -> None:
    user = PromptTemplates.load().messages(
        "Where was Ada born?",
        ["(anonymous x9) — is in → Oslo", "Ada — has birth → (anonymous x9)"],
        numbers=[4, 7],
    )[-1]["content"]
    assert "[4] (anonymous 1) — is in → Oslo\n[7] Ada — has birth → (anonymous 1)" in user
    assert "x9" not in user


def test_the_chatbot_prompt_numbers_blank_nodes_and_cites_the_graphs_names() -> None:
    kg = KnowledgeGraph.from_triples(
        [
            ("Ada", "has_birth", "_:e7f0a9c21"),
            ("_:e7f0a9c21", "took_place_at", "Oslo"),
            ("Ben", "has_birth", "_:b55d01e3"),
            ("_:b55d01e3", "took_place_at", "Bergen"),
        ]
    )
    backend = _Recording()
    bot = ChatBot(kg, Retriever(kg), backend, ChatConfig())
    answer = bot.ask("Where did the birth of Ada take place?")
    assert answer.answer == "Oslo"
    user = backend.prompts[-1][-1]["content"]
    assert "(anonymous 1)" in user and "e7f0a9c21" not in user
    # the reply and its cited facts keep the graph's own names
    assert any("(anonymous e7f0a9c21)" in f.text for f in answer.facts)
