"""The learned relation matcher read by the ranking (``relation_learned.LearnedChoice``, through
``HopSupport._said``): a hop said in words the scorer's word matching and the encoder's cosine
miss is supported where the matcher chooses its relation among the graph's, so the right
path ranks first; a relation the matcher rates high but does not choose earns nothing."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import RetrieverConfig
from kgchat.retrieval.relation_learned import LearnedChoice, RelationMatcher

DRUGS = [
    ("Fluoxetine", "brand", "Prozac"),
    ("Fluoxetine", "half life", '"1 to 3 days"'),
    ("Fluoxetine", "cas number", '"54910-89-3"'),
    ("Fluoxetine", "target", "SERT"),
    ("Sertraline", "brand", "Zoloft"),
    ("Sertraline", "half life", '"26 hours"'),
    ("Sertraline", "cas number", '"79617-96-2"'),
    ("Sertraline", "target", "SERT"),
    ("Aspirin", "brand", "Bayer_Aspirin"),
    ("Aspirin", "half life", '"15 minutes"'),
    ("Aspirin", "target", "COX1"),
]


def _retrievers(tmp_path, monkeypatch):
    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path))
    kg = KnowledgeGraph.from_triples(DRUGS)
    return (
        make_retriever(kg, index_dir=None, scorer=None, config=RetrieverConfig(learned_ranking=f))
        for f in (True, False)
    )


def test_a_relation_said_in_other_words_ranks_first(tmp_path, monkeypatch):
    """ "sold as" shares no word with ``brand`` and the encoder's cosine is under its floor:
    without the matcher's reading in the ranking (``learned_ranking``, off by default) a
    literal ranks first; with its choice the brand does."""
    on, off = _retrievers(tmp_path, monkeypatch)
    q = "What is Fluoxetine sold as?"
    assert off.retrieve(q).answer != "Prozac"
    res = on.retrieve(q)
    assert res.answer == "Prozac"
    assert not res.abstained


def test_only_the_matchers_choice_is_supported():
    """Two relations both likely to the matcher: the one within the margin of the best of
    the graph's relations is read, the other earns 0 however likely it is."""
    # p = sigmoid(3 * cosine - 1): the product's weights are zero, the cosine's 3
    weights = np.zeros(2 * 3 + 1, np.float32)
    weights[-1] = 3.0
    m = RelationMatcher(weights, -1.0, np.zeros(7), np.ones(7))
    phrases = np.array([[1, 0, 0], [0.8, 0.6, 0]], np.float32)
    choice = LearnedChoice(m, phrases)
    asked = np.array([1, 0, 0], np.float32)
    assert choice.support(asked, phrases[0]) == pytest.approx(
        2 * m.probability(asked, phrases[0]) - 1
    )
    assert m.probability(asked, phrases[1]) > 0.75  # likely, yet not the choice
    assert choice.support(asked, phrases[1]) == 0.0
