"""A "how many" of things answered by a figure that counts nothing (kgchat.retrieval.counted).

The graph holds a battle's place and its coordinates, and the cannons at another battle; asked
how many places a side held at the first, the best walk reaches a coordinate (35.8187, said
at 0.52: the place is walked), a figure no count is: the retriever abstains. A count written
as a double ("139.0") is still one, and a measure asked ("how many grams") is met by a
fraction. Fails on START: the coordinate was answered."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

DOUBLE = "^^<http://www.w3.org/2001/XMLSchema#double>"
DECIMAL = "^^<http://www.w3.org/2001/XMLSchema#decimal>"

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")


def _triples():
    return [
        ("Battle of the Moskva", "type", "Battle"),
        ("Battle of the Moskva", "sub event of", "French invasion"),
        ("Battle of the Moskva", "has place", "Borodino"),
        ("Borodino", "type", "Village"),
        ("Borodino", "long", f'"35.8187"{DECIMAL}'),
        ("Borodino", "lat", f'"55.5236"{DECIMAL}'),
        ("Battle of Austerlitz", "type", "Battle"),
        ("Battle of Austerlitz", "number of cannons", f'"139.0"{DOUBLE}'),
        ("Tofu", "grams of fat", f'"4.8"{DOUBLE}'),
    ]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(_triples()))


def test_a_fraction_counts_no_places(retriever):
    res = retriever.retrieve("How many places did the French hold at Borodino?")
    assert res.abstained


def test_a_whole_double_is_a_count(retriever):
    res = retriever.retrieve("How many cannons were at Austerlitz?")
    assert res.answer == "139.0" and not res.abstained


def test_a_fraction_is_a_measure(retriever):
    res = retriever.retrieve("How many grams of fat does Tofu have?")
    assert res.answer == "4.8" and not res.abstained
