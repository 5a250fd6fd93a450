"""What a retriever builds beforehand or keeps (:meth:`Retriever.prepare`, the per-node caches)
gives what building it on first need gives: the misspelt-word and misspelt-value indexes the
linker builds in ``prepare``, every literal's type words numbered there, and the peers'
relation words kept per node and graph version."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.peer_relations import PEERS, _peer_relation_words, peer_relation_words

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

_TRIPLES = [
    ("Ann Berg", T, "Person"),
    ("Ann Berg", "birth place", "Oslo"),
    ("Ann Berg", "instrument", '"cello"'),
    ("Bo Lind", T, "Person"),
    ("Bo Lind", "birth place", "Lund"),
    ("Bo Lind", "instrument", '"violin"'),
    ("Bo Lind", "death date", '"1901"'),
    ("Oslo", T, "City"),
    ("Oslo", "population", '"700000"'),
    ("Lund", T, "City"),
]

_QUESTIONS = [
    "Where was Ann Berg born?",
    "Where was Ann Brg born?",  # a misspelt name's word
    "Who plays the violni?",  # a misspelt value
    "Which instrument does Bo Lind play?",
    "When did Bo Lind die?",
    "What is the population of Oslo?",
]


def _answers(r: Retriever) -> list[tuple[str | None, float, list[str]]]:
    out = []
    for q in _QUESTIONS:
        res = r.retrieve(q)
        out.append((res.answer, round(res.confidence, 9), [c.node for c in res.candidates]))
    return out


def test_prepared_retriever_answers_as_one_built_on_first_need():
    lazy = Retriever(KnowledgeGraph.from_triples(_TRIPLES))
    ready = Retriever(KnowledgeGraph.from_triples(_TRIPLES))
    ready.prepare()
    # built beforehand: the linker's indexes, every literal's type words numbered
    assert ready.linker.names._words is not None
    assert ready.linker._near_values is not None
    assert lazy.linker.names._words is None and lazy.linker._near_values is None
    assert _answers(ready) == _answers(lazy)
    # and the same indexes: what first need built equals what prepare did
    assert lazy.linker.names._words is not None
    for word in ("brg", "violni", "popultion", "zzz"):
        assert ready.linker.names.closest_word(word, 1) == lazy.linker.names.closest_word(word, 1)
        assert ready.linker.value_index().closest(word, 1) == lazy.linker.value_index().closest(
            word, 1
        )


@pytest.mark.parametrize("node", ["Ann Berg", "Bo Lind", "Oslo", "Lund", '"cello"'])
def test_peer_relation_words_kept_equal_those_read_afresh(node):
    r = Retriever(KnowledgeGraph.from_triples(_TRIPLES))
    first = peer_relation_words(r, node)
    assert first == _peer_relation_words(r, node, PEERS)
    assert peer_relation_words(r, node) is first  # kept, not read again
    assert peer_relation_words(r, node, 1) == _peer_relation_words(r, node, 1)


def test_peer_relation_words_renewed_with_the_graph():
    kg = KnowledgeGraph.from_triples(_TRIPLES)
    r = Retriever(kg)
    assert "spouse" not in peer_relation_words(r, "Ann Berg")
    kg.add("Bo Lind", "spouse", "Ann Berg")
    r.retrieve("Who is the spouse of Bo Lind?")  # a question renews the per-node caches
    assert "spouse" in peer_relation_words(r, "Ann Berg")
    assert peer_relation_words(r, "Ann Berg") == _peer_relation_words(r, "Ann Berg", PEERS)
