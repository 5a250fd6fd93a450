"""`kgchat serve`'s warm-up: a local model evaluates the system message once before the first
request (a new prompt re-uses it from the model's cache), a model behind a URL is not asked,
and the sample of relation takers the first pronoun's kind reads is taken."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from kgchat.chat import EchoBackend
from kgchat.chat.kinds import EntityKinds
from kgchat.chat.prompts import PromptTemplates
from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.serve import ChatService

TRIPLES = [
    ("Ada", "born_in", "Oslo"),
    ("Ben", "born_in", "Bergen"),
    ("Lens", "made_in", "Oslo"),
]


class _Local:
    """A local model as far as the server can tell (it has a context length), recording."""

    name = "local"
    context_length = 2048

    def __init__(self) -> None:
        self.prompts: list[Sequence[dict[str, str]]] = []

    def generate(self, messages: Sequence[dict[str, str]], **_: Any) -> Iterator[str]:
        self.prompts.append(messages)
        yield " [1]."


class _Remote(EchoBackend):
    """A model behind a URL: no context length of its own; counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def generate(self, messages: Any, **kwargs: Any) -> Iterator[str]:
        self.calls += 1
        return super().generate(messages, **kwargs)


def test_a_local_model_evaluates_the_system_message_at_warm_up() -> None:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    backend = _Local()
    ChatService(kg, Retriever(kg), backend).warm_up()
    assert backend.prompts, "the warm-up asked the model nothing"
    system = PromptTemplates.load().system
    assert backend.prompts[0][0] == {"role": "system", "content": system}


def test_a_remote_model_is_not_asked_at_warm_up() -> None:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    backend = _Remote()
    ChatService(kg, Retriever(kg), backend).warm_up()
    assert backend.calls == 0


def test_prepare_takes_the_relation_sample_once() -> None:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    kinds = EntityKinds(Retriever(kg))
    # born_in and made_in, each as subject and as object
    assert kinds.prepare() == 4
    assert kinds.prepare() == 4
