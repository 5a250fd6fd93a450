"""A question is read against the graph once a turn: the chatbot's description and list steps
take what the retrieval read (``Retrieval.reading``) instead of reading it again."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.retrieval import Retriever


class Counting(Retriever):
    """The lexical retriever, counting how often a question is read."""

    reads = 0

    def read(self, question, mentions):
        self.reads += 1
        return super().read(question, mentions)


@pytest.mark.parametrize(
    "question, text",
    [
        ("Tell me about Bob.", "Bob teaches Algebra [1]; Bob lives in Oslo [2]."),  # description
        ("What does Bob teach?", "Algebra: Bob teaches Algebra [1]."),  # one answer
        ("Which subjects does Ann teach?", "Algebra [1] and Latin [2]."),  # a list
    ],
)
def test_the_question_is_read_once_a_turn(question, text):
    kg = KnowledgeGraph.from_triples(
        [
            ("Bob", "lives_in", "Oslo"),
            ("Bob", "teaches", "Algebra"),
            ("Ann", "teaches", "Algebra"),
            ("Ann", "teaches", "Latin"),
        ]
    )
    retriever = Counting(kg)
    a = ChatBot(kg, retriever, backend=TemplateBackend()).ask(question)
    assert a.text == text
    assert retriever.reads == 1
    assert a.candidates and retriever.retrieve(question).reading is not None
