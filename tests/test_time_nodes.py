"""A question that asks a time answered by a thing that is no time (kgchat.retrieval.time_nodes).

A mine's host rock is a ``Formation`` whose other facts give it the role ``older``; asked how
old the mine's host rocks are, where the graph dates them nowhere, the best walk reaches a
formation (the other one, by ``older``: 0.80 on START): the retriever abstains. A granite
dated by an ``age`` that is an ``Epoch`` (a time, to WordNet) is answered. Fails on START:
the formation was answered."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")


def _triples():
    return [
        ("Boulby Mine", T, "Mine"),
        ("Boulby Mine", "host rock", "Boulby Halite"),
        ("Boulby Halite", T, "Formation"),
        ("Boulby Halite", "older", "Staithes Sandstone"),
        ("Staithes Sandstone", T, "Formation"),
        ("Staithes Sandstone", "younger", "Boulby Halite"),
        ("Dartmoor Granite", T, "Intrusion"),
        ("Dartmoor Granite", "age", "Cisuralian"),
        ("Cisuralian", T, "Epoch"),
    ]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(_triples()))


def test_a_formation_is_no_age(retriever):
    assert retriever.retrieve("How old are the rocks that host Boulby Mine?").abstained


def test_an_epoch_is_an_age(retriever):
    res = retriever.retrieve("How old is the Dartmoor Granite?")
    assert res.answer == "Cisuralian" and not res.abstained
