"""A name whose trailing parenthesis holds a code ("Toyota Prius (XW50)", "Volkswagen Golf
(Mk8)") is said by a run of its words with that code, brackets dropped ("the Prius XW50", "Golf
Mk8"), as a run of a name without brackets is ("Market Square" of "Old Town Market Square").

Found by the vehicles blind probe (bench/data/own/vehicles.jsonld): catalogues name a model's
generations by the model and its code in brackets; "What replaced the Prius XW50?" linked only
"Prius", a part every generation shares, and took the wrong one."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("prius", LABEL, '"Toyota Prius"'),
            ("xw50", LABEL, '"Toyota Prius (XW50)"'),
            ("xw50", "variant_of", "prius"),
            ("xw50", "built_at", "tsutsumi"),
            ("xw50", "platform", "tnga"),
            ("xw60", LABEL, '"Toyota Prius (XW60)"'),
            ("xw60", "variant_of", "prius"),
            ("xw60", "built_at", "tsutsumi"),
            ("xw60", "platform", "tnga2"),
            ("tsutsumi", LABEL, '"Tsutsumi Plant"'),
            ("tnga", LABEL, '"TNGA-C"'),
            ("tnga2", LABEL, '"TNGA-C Gen 2"'),
            ("golf8", LABEL, '"Volkswagen Golf (Mk8)"'),
            ("golf8", "platform", "mqb"),
            ("mqb", LABEL, '"MQB Evo"'),
        ]
    )


@pytest.mark.parametrize(
    ("question", "node"),
    [
        ("Which platform is the Prius XW50 built on?", "xw50"),
        ("which platform does the Prius XW60 use", "xw60"),
        ("What platform is the Golf Mk8 on?", "golf8"),
    ],
)
def test_a_run_with_its_bracketed_code_names_the_generation(kg, question, node):
    assert [m.node for m in EntityLinker(kg).link(question)] == [node]


def test_the_answer_is_the_coded_generations(kg):
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("Which platform is the Prius XW60 built on?").answer == "TNGA-C Gen 2"
