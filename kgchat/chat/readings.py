"""Which of the entities a pronoun may mean the chatbot asks of: the one whose reading the
graph answers (:func:`best_reading`). Each entity's reading (the follow-up with the entity in
the pronoun's place) is retrieved, and the readings are compared by what the graph answers of
them: whether the best answer is of the type the question names, how surely it is answered,
how nearly an abstained reading is, then the reply's focus and the order of preference
(:func:`kgchat.chat.followup.resolve_followup` gives both).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> r = Retriever(KnowledgeGraph.from_triples([("Oslo", "in_country", "Norway"),
...     ("Norway", "capital", "Oslo")]))
>>> best_reading(lambda label: f"What is the capital of {label}?",
...              [("Oslo", "Oslo"), ("Norway", "Norway")],
...              [("Oslo", "Oslo"), ("Norway", "Norway")], r.retrieve)
('Norway', 'Norway')
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kgchat.retrieval import Retrieval

__all__ = ["best_reading", "reading_fit"]

_READINGS = 3  # a pronoun's readings tried on the graph, at most


def best_reading(
    say: Callable[[str], str],
    order: list[tuple[str, str]],
    last: list[tuple[str, str]],
    retrieve: Callable[[str], Retrieval],
    ranked: bool = True,
    newest: tuple[str, str] | None = None,
    typed: Callable[[str], bool] | None = None,
) -> tuple[str, str]:
    """Of the entities a pronoun may mean (``order``, preferred first; ``last``: the last
    turn's), the one whose reading the graph answers: of the last turn's, the best answered
    ("Which country is Oslo in?" / "What is its capital?": Norway has one, Oslo is one); of
    people, the first answered at all (of two it answers, the order of mention decides, not
    a score); and where none of the last turn's is answered, an earlier entity's that is
    ("What ingredients are in Tiramisu?" / "Which of them is an allergen?" / "What cuisine is
    it?": Tiramisu's, not an ingredient's). ``say(label)`` is the question asked of an
    entity; ``ranked``: the best answered wins (else the first answered at all). Of two the
    graph answers alike, ``newest`` (the entity the last reply named) wins over the order of
    preference: "What does the Doubs flow into?" / "How long is it?" asks of the Saône, the
    new entity the reply put in focus, where both rivers have a length. Before all that, where
    the question names the type it asks for, ``typed(node)`` says whether a reading's answer
    is of it: one that is wins ("Which department is it part of?" after "Who manages Kakadu
    National Park?": the manager's parent is a department; the park's territory is none,
    though the graph answers the park's reading more surely). Of the last turn's readings
    that the graph answers none of, the one it nearly answers best, by its best candidate's
    score, wins ("Who else is in it?" after "Which collection is Aurora part of?": the
    collection's members are in it; Aurora holds nothing)."""
    fits: dict[tuple[str, str], tuple[float, float]] = {}
    tops: dict[tuple[str, str], str | None] = {}
    nearly: dict[tuple[str, str], float] = {}

    def fit(e: tuple[str, str]) -> tuple[float, float]:
        if e not in fits:
            fits[e], tops[e], nearly[e] = reading_fit(retrieve, say(e[1]))
            if not ranked:
                fits[e], nearly[e] = (float(fits[e] > (0.0, 0.0)), 0.0), 0.0
        return fits[e]

    def of_type(e: tuple[str, str]) -> bool:
        fit(e)
        top = tops[e]
        return typed is not None and top is not None and typed(top)

    ref = order[0]
    near = last[:_READINGS]
    if len(near) > 1:
        ref = near[
            max(
                range(len(near)),
                key=lambda i: (
                    (of_type(near[i]), fit(near[i]), nearly[near[i]], near[i] == newest, -i)
                ),
            )
        ]
    if len(order) > 1 and fit(ref) == (0.0, 0.0):
        said = [e for e in order[:_READINGS] if e not in near]
        ref = next((e for e in said if fit(e) > (0.0, 0.0)), ref)
    return ref


def reading_fit(
    retrieve: Callable[[str], Retrieval], question: str
) -> tuple[tuple[float, float], str | None, float]:
    """How surely the retriever answers ``question``: its confidence, then its best
    candidate's score (the same words asked of another entity), 0 where it abstains; that
    candidate's node (None where it abstains); and where it abstains, how nearly it answers
    (its best candidate's score; 0 where it answers, -inf where it has none)."""
    res = retrieve(question)
    if not res.candidates:
        return (0.0, 0.0), None, -math.inf
    top = res.candidates[0]
    if res.abstained:
        return (0.0, 0.0), None, float(top.score)
    return (float(res.confidence), float(top.score)), top.node, 0.0
