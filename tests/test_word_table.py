"""The graph's table of the tie-break's words (kgchat.retrieval.word_table): made once beside
the entity index, loaded into the word cache, its vectors the encoder's, stale ones not trusted."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kgchat import KnowledgeGraph, pipeline
from kgchat.index import EntityIndex, get_encoder
from kgchat.retrieval import Retriever, word_table
from kgchat.retrieval.similarity import TextSimilarity
from tests.conftest import GRAPHS

FAMILY = [
    ("Anna", "parent", "Henrik"),
    ("Anna", "parent", "Clara"),
    ("Henrik", "gender", "Male"),
    ("Clara", "gender", "Female"),
    ("Henrik", "born in", "Oslo"),
    ("Clara", "born in", "Bergen"),
]


def _retriever(kg: KnowledgeGraph) -> Retriever:
    return Retriever(kg, EntityIndex.build(kg, get_encoder("hashing")))


@pytest.mark.slow
def test_table_vectors_equal_those_embedded_on_demand(tmp_path):
    kg = KnowledgeGraph.load(GRAPHS / "medicine.ttl")
    r = pipeline.make_retriever(kg, index_dir=tmp_path / "index", scorer=None, progress=False)
    sim = r.judge.scorer.similarity
    words = word_table.words_of(r)
    assert len(words) > 100 and set(sim._fixed) == set(words)
    # the tie-break's own words, as it meets them: embedded a few at a time
    lazy = TextSimilarity(r.index.encoder)
    for node in r.index.nodes[:200]:
        lazy.prefetch(list(r._fact_words(node)))
    common = [w for w in lazy._vec if w in sim._fixed]
    assert len(common) > 50
    got = np.stack([sim._fixed[w] for w in common])
    want = np.stack([lazy._vec[w] for w in common])
    np.testing.assert_allclose(got, want, atol=1e-5)
    # a second retriever loads the saved table: the same vectors
    again = pipeline.make_retriever(kg, index_dir=tmp_path / "index", scorer=None, progress=False)
    loaded = again.judge.scorer.similarity._fixed
    assert all(np.array_equal(loaded[w], sim._fixed[w]) for w in words)
    # the tie-break reads the table's words: Henrik's Male says "father", Clara's Female not
    family = KnowledgeGraph.from_triples(FAMILY)
    r = pipeline.make_retriever(family, index_dir=tmp_path / "family", progress=False)
    assert "male" in r.judge.scorer.similarity._fixed
    assert r.retrieve("Who is the father of Anna?").answer == "Henrik"


def test_table_is_made_saved_and_loaded(tmp_path):
    kg = KnowledgeGraph.from_triples(FAMILY)
    r = _retriever(kg)
    d = tmp_path / "fact-words"
    assert word_table.attach(r, d) == 6  # henrik, clara (Anna's facts), male, female...
    manifest = json.loads((d / "manifest.json").read_text())
    assert manifest["fingerprint"] == kg.fingerprint and manifest["count"] == 6
    assert manifest["encoder"]["name"] == "hashing"
    words, vectors = word_table.load(d, kg, r.index.encoder)
    assert sorted(words) == ["bergen", "clara", "female", "henrik", "male", "oslo"]
    np.testing.assert_allclose(vectors, r.index.encoder.encode(words), atol=1e-6)
    # the preloaded words stay when the word cache is emptied
    sim = r.judge.scorer.similarity
    sim._vec.update({f"w{i}": vectors[0] for i in range(100_001)})
    sim.prefetch(["father"])
    assert {"male", "father"} <= set(sim._vec) and len(sim._vec) == 7


def test_stale_table_is_made_again(tmp_path, caplog):
    kg = KnowledgeGraph.from_triples(FAMILY)
    d = tmp_path / "fact-words"
    word_table.attach(_retriever(kg), d)
    enc = get_encoder("hashing")
    assert word_table.load(d, kg, enc) is not None
    # another encoder: not trusted
    assert word_table.load(d, kg, get_encoder("hashing", dim=64)) is None
    # a changed file: not trusted
    vec = d / "vectors.npy"
    np.save(vec, np.zeros((6, enc.dim), np.float32))
    assert word_table.load(d, kg, enc) is None
    # another graph: not trusted, made again with the new words
    kg.add("Clara", "occupation", "Painter")
    assert word_table.load(d, kg, enc) is None
    r = _retriever(kg)
    assert word_table.attach(r, d) == 7
    assert "painter" in word_table.load(d, kg, enc)[0]
    # not a table of words: made again, the folder replaced atomically
    (d / "manifest.json").write_text('{"format": "something else"}')
    assert word_table.load(d, kg, enc) is None
    assert word_table.attach(r, d) == 7


def test_no_table_falls_back_to_embedding_on_demand(tmp_path, monkeypatch):
    kg = KnowledgeGraph.from_triples(FAMILY)
    # a graph of too many words: an empty table, the words embedded as the tie-break meets them
    monkeypatch.setattr(word_table, "MAX_WORDS", 3)
    r = _retriever(kg)
    d = tmp_path / "fact-words"
    assert word_table.attach(r, d) == 0
    assert word_table.load(d, kg, r.index.encoder)[0] == []
    sim = r.judge.scorer.similarity
    assert "male" not in sim._vec
    r.retrieve("Who is the father of Anna?")  # a tie: Henrik and Clara, Anna's parents
    assert "male" in sim._vec  # embedded on demand
    # no index folder: no table; a retriever without an index: none either
    r = pipeline.make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert not r.judge.scorer.similarity._fixed
    assert word_table.attach(Retriever(kg), tmp_path / "none") == 0
    assert not (tmp_path / "none").exists()


def test_table_unsaved_in_a_read_only_place_is_still_used(tmp_path):
    kg = KnowledgeGraph.from_triples(FAMILY)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    r = _retriever(kg)
    assert word_table.attach(r, blocked / "fact-words") == 6  # made, not saved
    assert "male" in r.judge.scorer.similarity._fixed
