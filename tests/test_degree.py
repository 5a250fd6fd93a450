"""A quality asked by naming a value of it ("How sweet is X?", "Is X dry or sweet?"): the
entity's value of the relation the named value belongs to (kgchat.retrieval.degree)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

E = "http://example.org/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def retriever() -> Retriever:
    # each sugar and body a code several wines point at, typed by its code list
    wines = {
        "Selaks Ice Wine": ("Sweet", "Medium"),
        "Ventana Chenin Blanc": ("OffDry", "Medium"),
        "Taylor Port": ("Sweet", "Full"),
        "Corbans Riesling": ("Dry", "Full"),
        "Elyse Zinfandel": ("Dry", "Light"),
        "Foxen Chenin Blanc": ("OffDry", "Light"),
        "Marietta Zinfandel": ("Dry", "Medium"),
        "Schloss Volrad Riesling": ("Sweet", "Full"),
        "Lane Tanner Pinot Noir": ("OffDry", "Light"),
    }
    triples = []
    for name, (sugar, body) in wines.items():
        w = E + name.replace(" ", "")
        triples += [
            (w, "http://www.w3.org/2000/01/rdf-schema#label", f'"{name}"'),
            (w, E + "hasSugar", E + sugar),
            (w, E + "hasBody", E + body),
        ]
    for kind, values in (
        ("WineSugar", ("Sweet", "OffDry", "Dry")),
        ("WineBody", ("Light", "Medium", "Full")),
    ):
        triples += [(E + v, TYPE, E + kind) for v in values]
    return Retriever(KnowledgeGraph.from_triples(triples))


def _top(r: Retriever, q: str) -> str:
    return r.retrieve(q).candidates[0].label


def test_how_and_a_value_asks_the_entity_value_of_its_relation(retriever):
    assert _top(retriever, "How sweet is Corbans Riesling?") == "Dry"
    assert _top(retriever, "How full-bodied is Elyse Zinfandel?") == "Light"


def test_offered_values_the_one_held_else_the_value_held(retriever):
    assert _top(retriever, "Is Taylor Port dry or sweet?") == "Sweet"
    assert _top(retriever, "Is the Ventana Chenin Blanc dry or sweet?") == "Off dry"
