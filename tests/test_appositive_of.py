"""'Which drugs have the side effect of nausea?': a user's "the R of X" after *have* names X as
the R had (apposition), so the answer is what holds R to X, one hop. A reading of the
possessive verb as a second walk back along R (what shares the R of X) fits only questions
phrased so by kgchat's own QA generator, and answered this common phrasing with another side
effect at full confidence (the thirtieth round's have30, reverted)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever


@pytest.fixture(scope="module")
def retriever() -> Retriever:
    kg = KnowledgeGraph.from_triples(
        [
            ("Aspirin", "side effect", "Nausea"),
            ("Ibuprofen", "side effect", "Nausea"),
            ("Aspirin", "side effect", "Bleeding"),
            ("Warfarin", "side effect", "Bleeding"),
            ("Aspirin", "treats", "Pain"),
        ]
    )
    return Retriever(kg)


@pytest.mark.parametrize(
    "question",
    ["Which drugs have the side effect of nausea?", "What has the side effect of nausea?"],
)
def test_the_relation_of_a_value_names_the_value_had(retriever: Retriever, question: str) -> None:
    top = retriever.retrieve(question).candidates[:2]
    assert {c.label for c in top} == {"Aspirin", "Ibuprofen"}
