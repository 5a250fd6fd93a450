"""A question asking what *has* a thing it names by a relation ("What has the side effect of
X?") walks that relation back once more: the possessive verb names no relation of its own
and says the relation of "the side effect of X" again, from the thing had to what has it."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze
from kgchat.retrieval.question_shapes import asks_haver


def _drugs() -> KnowledgeGraph:
    """Two drugs sharing a side effect, a third with another, and one class of each."""
    return KnowledgeGraph.from_triples(
        [
            ("Zelvarin", "has_side_effect", "Tinnitus"),
            ("Moratex", "has_side_effect", "Tinnitus"),
            ("Moratex", "has_side_effect", "Rash"),
            ("Quellidon", "has_side_effect", "Rash"),
            ("Zelvarin_Group", "has_subclass", "Loop_Agents"),
            ("Moratex_Group", "has_subclass", "Loop_Agents"),
            ("Moratex_Group", "has_subclass", "Salt_Agents"),
        ]
    )


@pytest.fixture(scope="module")
def retriever():
    return make_retriever(_drugs(), index_dir=None, scorer=None)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What has the side effect of Zelvarin?", "Moratex"),
        ("Which entities have the side effect of Quellidon?", "Moratex"),
        ("Which entities have the subclass of Zelvarin Group?", "Moratex Group"),
    ],
)
def test_what_has_the_relation_of_x_is_one_hop_back(retriever, question, answer):
    """Not the thing had (Tinnitus, a hop short): what else has it."""
    assert retriever.retrieve(question).answer == answer


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("What is the side effect of Quellidon?", {"Rash"}),  # no "have": the thing had
        ("What has side effect Rash?", {"Quellidon", "Moratex"}),  # said whole: one hop
    ],
)
def test_other_shapes_walk_the_relation_once(retriever, question, answers):
    assert retriever.retrieve(question).answer in answers


def test_asks_haver_reads_the_shape_only():
    assert asks_haver(analyze("What has the side effect of Zelvarin?", [(6, 7)]))
    assert asks_haver(analyze("Which drugs have the subclass of X?", [(6, 7)]))
    assert not asks_haver(analyze("What has side effect Rash?", [(4, 5)]))
    assert not asks_haver(analyze("What symptoms does the disease treated by X have?", [(7, 8)]))
    assert not asks_haver(analyze("Which city has the most people?", []))
    # "have" in a relative clause after another verb: what has it is walked through
    q = "What discovered the entities that have the side effect of X?"
    assert not asks_haver(analyze(q, [(10, 11)]))
