"""A follow-up's readings are retrieved once: the reading kept is not walked again when it is
asked, and a server reading a conversation sent in full again re-uses its turns'
retrievals; a graph that changed is retrieved anew."""

from __future__ import annotations

from collections import Counter
from typing import Any

from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.recall import Recall
from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retrieval, Retriever
from kgchat.serve import ChatService

TRIPLES = [
    ("Glass Harbor", "directed_by", "Mia Holt"),
    ("Glass Harbor", "filmed_in", "Oslo"),
    ("Glass Harbor", "produced_by", "Nordfilm"),
    ("Nordfilm", "based_in", "Bergen"),
    ("Mia Holt", "born_in", "Tromso"),
    ("Stone Bay", "directed_by", "Ivo Lund"),
    ("Stone Bay", "filmed_in", "Narvik"),
]


class _Counting(Retriever):
    """The real retriever, counting the questions it walks."""

    def __init__(self, kg: Any) -> None:
        super().__init__(kg)
        self.asked: Counter[str] = Counter()

    def retrieve(self, question: str) -> Retrieval:
        self.asked[question] += 1
        return super().retrieve(question)


def test_the_reading_kept_is_not_retrieved_again() -> None:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    retriever = _Counting(kg)
    bot = ChatBot(kg, retriever, TemplateBackend())
    bot.chat("Who directed Glass Harbor?")
    answer = bot.chat("And the producer?")  # of the film or of its director: both tried
    assert answer.answer == "Nordfilm", answer.text
    assert retriever.asked[answer.resolved_question] == 1, retriever.asked


def test_a_conversation_sent_again_reuses_its_retrievals() -> None:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    retriever = _Counting(kg)
    service = ChatService(kg, retriever, TemplateBackend())
    messages: list[dict[str, str]] = []
    for question in ("Who directed Glass Harbor?", "And the producer?", "Where is it based?"):
        messages.append({"role": "user", "content": question})
        answer = service.complete(messages)
        messages.append({"role": "assistant", "content": answer.text})
    assert answer.answer == "Bergen", answer.text
    assert max(retriever.asked.values()) == 1, retriever.asked


def test_a_changed_graph_is_retrieved_anew() -> None:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    recall = Recall(Retriever(kg), size=2)
    first = recall("Where was Stone Bay filmed?")
    assert recall("Where was Stone Bay filmed?") is first
    kg.add("Stone Bay", "filmed_in", "Bodo")
    again = recall("Where was Stone Bay filmed?")
    assert again is not first
    assert {c.label for c in again.candidates} >= {"Narvik", "Bodo"}
    recall("Who directed Stone Bay?")
    recall("Who directed Glass Harbor?")  # the least recently asked is dropped past size
    assert recall("Where was Stone Bay filmed?") is not again
