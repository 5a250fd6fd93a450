"""The index stage: encoders, FAISS search against brute force, save/load, staleness, updates.

Real FAISS throughout. Fast tests use the hashing encoder or a random-vector encoder (a text's
vector is drawn from a generator seeded by the text), so brute force is easy to compute; the
``slow`` tests load the bundled sentence model and SmolLM2.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

import kgchat.index as index_pkg
from kgchat import KnowledgeGraph
from kgchat.errors import ConfigError, IndexError_, KGChatError
from kgchat.graph.vocab import RDF_TYPE, RDFS_LABEL, SKOS
from kgchat.index import (
    ENCODERS,
    Encoder,
    EntityIndex,
    HashingEncoder,
    IndexConfig,
    entity_text,
    get_encoder,
    relation_texts,
)
from kgchat.index.store import read_manifest
from tests.conftest import shared_path

HASHING = IndexConfig(encoder="hashing")
FILES = ("manifest.json", "entities.json", "vectors.npy", "entities.faiss", "relations.npz")


class RandomEncoder:
    """Each text gets a fixed random unit vector: independent vectors, for brute-force checks."""

    name = "random"
    model = None

    def __init__(self, dim: int = 32) -> None:
        self.dim = dim
        self.model_id = f"random-{dim}"

    def encode(self, texts, *, batch_size=None, progress=False):
        out = np.zeros((len(texts), self.dim), np.float32)
        for i, t in enumerate(texts):
            out[i] = np.random.default_rng(zlib.crc32(t.encode())).standard_normal(self.dim)
        return out / np.linalg.norm(out, axis=1, keepdims=True).clip(1e-12)


class Counting:
    """Wraps an encoder and records every text it is asked to encode."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name, self.model_id, self.dim = inner.name, inner.model_id, inner.dim
        self.options = getattr(inner, "options", {})
        self.texts: list[str] = []

    def encode(self, texts, *, batch_size=None, progress=False):
        self.texts.extend(texts)
        return self.inner.encode(texts, batch_size=batch_size, progress=progress)


def chain_graph(n: int) -> KnowledgeGraph:
    """n + 1 entities e0 ... en in a chain."""
    return KnowledgeGraph.from_triples([(f"e{i}", "next", f"e{i + 1}") for i in range(n)])


def med_graph() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("Aspirin", "treats", "Headache"),
            ("Aspirin", RDF_TYPE, "Drug"),
            ("Aspirin", SKOS + "altLabel", '"ASA"'),
            ("Warfarin", "treats", "Thrombosis"),
            ("Warfarin", RDF_TYPE, "Drug"),
            ("Ibuprofen", "treats", "Headache"),
            ("Aspirin", "interacts_with", "Warfarin"),
            ("Alan_PULIDO", "plays_in_club", "Tigres_UANL"),
        ]
    )


def brute_force(kg: KnowledgeGraph, index: EntityIndex, queries: np.ndarray) -> np.ndarray:
    """Cosine of every query with every entity, re-encoded from the graph: (n_queries, n)."""
    X = index.encoder.encode([entity_text(kg, n, index.config.fields) for n in index.nodes])
    return queries @ X.T


def top_k(scores: np.ndarray, nodes: list[str], k: int) -> list[list[str]]:
    return [[nodes[j] for j in row] for row in np.argsort(-scores, axis=1)[:, :k]]


def assert_exact(kg, index, queries: np.ndarray, got, k: int) -> None:
    """``got`` holds a true top k of each query: the best scores, each the node's own score
    (ties may come in any order)."""
    S = brute_force(kg, index, queries)
    pos = {n: i for i, n in enumerate(index.nodes)}
    for r, row in enumerate(got):
        assert len({n for n, _ in row}) == len(row) == min(k, len(index))
        np.testing.assert_allclose([s for _, s in row], np.sort(S[r])[::-1][:k], atol=1e-5)
        np.testing.assert_allclose([s for _, s in row], [S[r, pos[n]] for n, _ in row], atol=1e-5)


def unit_rows(n: int, dim: int, seed: int) -> np.ndarray:
    X = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return X / np.linalg.norm(X, axis=1, keepdims=True)


def listing(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


# ---------------------------------------------------------------------------------- packaging
def test_import_is_light():
    code = (
        "import sys, kgchat.index; "
        "print(*[m in sys.modules for m in ('faiss', 'torch', 'transformers')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]


def test_all_names_exist():
    assert sorted(index_pkg.__all__) == sorted(set(index_pkg.__all__))
    for name in index_pkg.__all__:
        assert hasattr(index_pkg, name), name


# ---------------------------------------------------------------------------------- encoders
def test_registry_names_and_unknown_name():
    assert {"sentence-transformers", "llm", "hashing"} <= set(ENCODERS)
    with pytest.raises(ConfigError, match="registered encoders: hashing, llm, sentence-transf"):
        get_encoder("nope")
    with pytest.raises(ConfigError, match="unexpected keyword argument 'size'"):
        get_encoder("hashing", size=3)
    with pytest.raises(ConfigError, match="no model"):
        get_encoder("hashing", "some-model")


def test_hashing_encoder_contract():
    enc = get_encoder("hashing")
    assert isinstance(enc, Encoder) and isinstance(RandomEncoder(), Encoder)
    X = enc.encode(["aspirin", "Alan PULIDO", "a much longer text about football clubs"])
    assert X.dtype == np.float32 and X.shape == (3, 512)
    np.testing.assert_allclose(np.linalg.norm(X, axis=1), 1.0, rtol=1e-5)
    assert enc.encode([]).shape == (0, 512)
    assert not enc.encode([""]).any()  # no features: a zero row, not NaN
    again = HashingEncoder().encode(
        ["aspirin", "Alan PULIDO", "a much longer text about football clubs"]
    )
    np.testing.assert_array_equal(X, again)
    with pytest.raises(ConfigError, match="wrap a single text"):
        enc.encode("aspirin")


def test_hashing_is_the_same_in_another_process():
    # Python's str hash is salted per process; the encoder must not depend on it.
    code = "from kgchat.index import HashingEncoder as H; print(H().encode(['x y z']).tolist())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert np.allclose(json.loads(out.stdout), HashingEncoder().encode(["x y z"]))


@pytest.mark.parametrize(
    ("a", "b"),
    [("Alan PULIDO", "alan pulido"), ("Alan_PULIDO", "alan pulido"), ("São Paulo", "sao paulo")],
)
def test_hashing_ignores_case_accents_and_underscores(a, b):
    X = get_encoder("hashing").encode([a, b])
    assert X[0] @ X[1] > 0.999


def test_hashing_similar_strings_are_close_unrelated_far():
    X = get_encoder("hashing").encode(["Aspirn", "Aspirin", "football club", "Tigres UANL"])
    assert X[0] @ X[1] > 0.5
    assert abs(X[1] @ X[2]) < 0.2 and abs(X[0] @ X[3]) < 0.2


def test_hashing_is_fast():
    import time

    texts = [f"Player number {i} of club {i % 97}" for i in range(5000)]
    t0 = time.perf_counter()
    HashingEncoder().encode(texts)
    assert time.perf_counter() - t0 < 5.0  # ~0.1 s in practice: thousands of texts a second


def test_progress_bar_and_batches_do_not_change_vectors(capsys):
    texts = [f"entity {i}" for i in range(300)]
    enc = HashingEncoder()
    np.testing.assert_array_equal(enc.encode(texts), enc.encode(texts, batch_size=7, progress=True))
    assert "encoding (hashing)" in capsys.readouterr().err


def test_single_text_cache_returns_copies():
    enc = HashingEncoder()
    a = enc.encode(["aspirin"])
    a[:] = 0
    assert np.linalg.norm(enc.encode(["aspirin"])) == pytest.approx(1.0)


# ---------------------------------------------------------------------------------- config, texts
def test_index_config_validates_and_round_trips():
    config = IndexConfig(encoder="hashing", fields=("label", "description"), approximate="hnsw")
    assert IndexConfig.from_json(config.to_json()) == config
    for bad in (
        {"fields": ("label", "colour")},
        {"fields": ()},
        {"approximate": "fast"},
        {"hnsw_m": 1},
        {"batch_size": 0},
        {"encoder": ""},
    ):
        with pytest.raises(ConfigError):
            IndexConfig(**bad)


def test_entity_text_parts(tiny_ttl):
    kg = KnowledgeGraph.load(tiny_ttl)
    aspirin = "http://example.org/med#Aspirin"
    assert entity_text(kg, aspirin, ("label", "aliases", "types")) == (
        "aspirin; also: Acetylsalicylsäure, ASA; type: drug"
    )
    assert entity_text(kg, aspirin, ("label", "description")) == (
        "aspirin; A salicylate used against pain."
    )
    kg.add(aspirin, SKOS + "definition", "word " * 100, lang="en")
    assert len(entity_text(kg, aspirin, ("description",))) <= 201
    texts = relation_texts(kg)
    assert texts[("http://example.org/med#treats", True)] == "treats"
    assert texts[("http://example.org/med#treats", False)] == "is treated by"


# ---------------------------------------------------------------------------------- searching
def test_exact_search_equals_brute_force_on_random_vectors():
    kg = chain_graph(1999)
    index = EntityIndex.build(kg, RandomEncoder(32), IndexConfig(encoder="random"))
    assert index.kind == "exact"
    Q = unit_rows(50, 32, seed=1)
    got = index.search(Q, k=10)
    assert [[n for n, _ in row] for row in got] == top_k(brute_force(kg, index, Q), index.nodes, 10)
    assert_exact(kg, index, Q, got, 10)


def test_exact_search_on_a_small_graph_with_hashing():
    kg = med_graph()
    index = EntityIndex.build(kg, config=HASHING)
    queries = ["aspirn", "alan pulido", "warfarin drug", "tigres"]
    Q = index.encoder.encode(queries)
    for k in (1, 4, 20):
        assert_exact(kg, index, Q, index.search(queries, k=k), k)
    for by_vector, by_text in zip(index.search(Q, k=4), index.search(queries, k=4), strict=True):
        assert [n for n, _ in by_vector] == [n for n, _ in by_text]
        np.testing.assert_allclose([s for _, s in by_vector], [s for _, s in by_text], atol=1e-6)
    import faiss

    threads = faiss.omp_get_max_threads()
    assert index.search_text("aspirn", k=1)[0][0] == "Aspirin"
    assert faiss.omp_get_max_threads() == threads  # a small search runs serially, then restores
    assert index.search_text("Alan Pulido", k=1) == [("Alan_PULIDO", pytest.approx(1.0))]
    assert index.search("ASA", k=1)[0][0][0] == "Aspirin"  # a str is one text
    assert len(index.search(Q[0], k=100)[0]) == len(index)  # k above n: all of them
    with pytest.raises(ConfigError):
        index.search(Q, k=0)
    with pytest.raises(ConfigError, match="expected"):
        index.search(np.ones((1, 7), np.float32))


def test_relation_vectors_cover_both_directions():
    kg = med_graph()
    index = EntityIndex.build(kg, config=HASHING)
    assert set(index.relation_vectors) == {(p, f) for p in kg.relations() for f in (True, False)}
    enc = index.encoder
    v = index.relation_vectors[("plays_in_club", True)]
    np.testing.assert_allclose(v, enc.encode(["plays in club"])[0], rtol=1e-6)


def test_hnsw_recall_at_10():
    kg = chain_graph(4999)
    config = IndexConfig(encoder="random", approximate="hnsw")
    index = EntityIndex.build(kg, RandomEncoder(32), config)
    assert index.kind == "hnsw"
    Q = unit_rows(200, 32, seed=2)
    truth = top_k(brute_force(kg, index, Q), index.nodes, 10)
    got = [[n for n, _ in row] for row in index.search(Q, k=10)]
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth, strict=True)])
    assert recall >= 0.95


def test_ivf_recall_and_auto_switch():
    kg = chain_graph(3999)
    config = IndexConfig(encoder="random", approximate="ivf")
    index = EntityIndex.build(kg, RandomEncoder(32), config)
    assert index.kind == "ivf"
    Q = unit_rows(100, 32, seed=3)
    truth = top_k(brute_force(kg, index, Q), index.nodes, 10)
    got = [[n for n, _ in row] for row in index.search(Q, k=10)]
    assert np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth, strict=True)]) > 0.6
    exhaustive = EntityIndex.build(kg, RandomEncoder(32), config.replace(ivf_nprobe=10_000))
    assert_exact(kg, exhaustive, Q, exhaustive.search(Q, k=10), 10)  # every cell probed
    auto = EntityIndex.build(chain_graph(99), RandomEncoder(), IndexConfig(exact_threshold=50))
    assert auto.kind == "hnsw"


def test_empty_graph():
    kg = KnowledgeGraph.from_triples([])
    index = EntityIndex.build(kg, config=HASHING)
    assert len(index) == 0 and index.search(["anything"]) == [[]]
    ivf = EntityIndex.build(kg, config=HASHING.replace(approximate="ivf"))
    assert ivf.kind == "exact"  # nothing to train on yet
    kg.add("Aspirin", "treats", "Headache")
    ivf.update(kg)
    assert ivf.kind == "ivf" and ivf.search_text("aspirin", 1)[0][0] == "Aspirin"


# ---------------------------------------------------------------------------------- save, load
@pytest.mark.parametrize("kind", ["exact", "hnsw", "ivf"])
def test_save_load_round_trip(tmp_path, kind):
    kg = chain_graph(500)
    enc = RandomEncoder()
    index = EntityIndex.build(kg, enc, IndexConfig(encoder="random", approximate=kind))
    d = index.save(tmp_path / "index")
    assert sorted(p.name for p in d.iterdir()) == sorted(FILES)
    assert [p.name for p in tmp_path.iterdir()] == ["index"]  # no temporary directory left
    counting = Counting(enc)
    back = EntityIndex.load(d, kg, counting)
    assert counting.texts == []  # nothing re-embedded
    assert back.kind == kind and back.nodes == index.nodes
    assert back.relation_vectors.keys() == index.relation_vectors.keys()
    Q = unit_rows(20, 32, seed=4)
    assert back.search(Q, k=10) == index.search(Q, k=10)
    manifest = read_manifest(d)
    assert manifest["fingerprint"] == kg.fingerprint
    assert manifest["encoder"]["model_id"] == "random-32" and manifest["kind"] == kind
    assert IndexConfig.from_dict(manifest["config"]) == back.config


def test_adding_entities_embeds_only_the_new_ones(tmp_path):
    kg = med_graph()
    EntityIndex.build(kg, config=HASHING).save(tmp_path / "i")
    kg.add("Paracetamol", "treats", "Fever")
    counting = Counting(HashingEncoder())
    index = EntityIndex.load(tmp_path / "i", kg, counting)
    assert sorted(counting.texts) == ["Fever", "Paracetamol"]  # no relation is new either
    assert index.fingerprint == kg.fingerprint
    assert index.search_text("paracetamol", k=1)[0][0] == "Paracetamol"
    fresh = EntityIndex.build(kg, config=HASHING)
    for node in fresh.nodes:  # the same vectors as a fresh build, in another order
        np.testing.assert_allclose(
            index.vectors[index.nodes.index(node)], fresh.vectors[fresh.nodes.index(node)]
        )


@pytest.mark.parametrize("kind", ["exact", "hnsw", "ivf"])
def test_update_counts_and_removals(kind):
    kg = chain_graph(300)
    counting = Counting(RandomEncoder())
    index = EntityIndex.build(kg, counting, IndexConfig(encoder="random", approximate=kind))
    counting.texts.clear()
    kg.remove("e299", "next", "e300")  # e300 is left in no fact: it is gone
    kg.add("e0", RDFS_LABEL, '"zero"')  # e0's text changes
    kg.add("new", "next", "e0")
    counts = index.update(kg)
    assert counts == {"added": 1, "removed": 1, "changed": 1, "kept": 299}
    assert sorted(counting.texts) == ["new", "zero"]
    assert len(index) == 301 and index._faiss.ntotal == 301 and "e300" not in index.nodes
    hits = {n for row in index.search(index.vectors, k=1) for n, _ in row}
    assert hits == set(index.nodes)  # every stored vector finds its own entity
    assert index.update(kg) == {"added": 0, "removed": 0, "changed": 0, "kept": 301}


def test_relations_follow_the_graph():
    kg = med_graph()
    index = EntityIndex.build(kg, config=HASHING)
    kg.add("Aspirin", "discovered_by", "Felix_Hoffmann")
    kg.remove(None, "interacts_with")
    index.update(kg)
    assert ("discovered_by", False) in index.relation_vectors
    assert ("interacts_with", True) not in index.relation_vectors


def test_graph_from_another_source_is_detected(tmp_path):
    EntityIndex.build(med_graph(), config=HASHING).save(tmp_path / "i")
    other = KnowledgeGraph.from_triples([("Lionel_MESSI", "plays_in_club", "FC_Barcelona")])
    counting = Counting(HashingEncoder())
    index = EntityIndex.load(tmp_path / "i", other, counting)
    assert index.fingerprint == other.fingerprint
    assert sorted(index.nodes) == ["FC_Barcelona", "Lionel_MESSI"]
    assert sorted(counting.texts) == ["FC Barcelona", "Lionel MESSI"]  # the relation is kept
    assert index.search_text("messi", k=5)[0][0] == "Lionel_MESSI"


def test_encoder_mismatch_rebuilds_or_raises(tmp_path):
    kg = med_graph()
    d = EntityIndex.build(kg, config=HASHING).save(tmp_path / "i")
    before = listing(d)
    with pytest.raises(IndexError_, match=r"hashing-v1-512.*hashing-v1-64"):
        EntityIndex.load(d, kg, HashingEncoder(dim=64), on_mismatch="error")
    index = EntityIndex.load(d, kg, HashingEncoder(dim=64))
    assert index.encoder.dim == 64 and index.vectors.shape == (len(list(kg.entities())), 64)
    assert listing(d) == before  # load never writes; open_or_build saves
    index = EntityIndex.open_or_build(d, kg, HashingEncoder(dim=64))
    assert read_manifest(d)["encoder"]["dim"] == 64
    back = EntityIndex.load(d, kg)  # the saved encoder is remade, options and all
    assert back.encoder.dim == 64 and back.encoder.name == "hashing"
    with pytest.raises(KGChatError, match="on_mismatch"):
        EntityIndex.load(d, kg, on_mismatch="ignore")


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("damage", ["garbage", "truncated", "missing"])
def test_corrupt_files_raise_and_write_nothing(tmp_path, name, damage):
    kg = med_graph()
    d = EntityIndex.build(kg, config=HASHING.replace(approximate="hnsw")).save(tmp_path / "i")
    path = d / name
    if damage == "garbage":
        path.write_bytes(b"\x00garbage, not an index\xff" * 7)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    else:
        path.unlink()
    before = listing(d)
    with pytest.raises(IndexError_) as info:
        EntityIndex.load(d, kg)
    message = str(info.value)
    assert name in message and ("delete" in message or "build" in message)
    assert listing(d) == before
    assert [p.name for p in tmp_path.iterdir()] == ["i"]


def test_open_or_build_rebuilds_a_corrupt_index(tmp_path, caplog):
    kg = med_graph()
    d = EntityIndex.build(kg, config=HASHING).save(tmp_path / "i")
    (d / "entities.faiss").write_bytes(b"garbage")
    index = EntityIndex.open_or_build(d, kg, config=HASHING)
    assert "entities.faiss" in caplog.text
    assert EntityIndex.load(d, kg).search_text("aspirin", 1) == index.search_text("aspirin", 1)


def test_open_or_build_builds_loads_updates_and_saves(tmp_path):
    kg = med_graph()
    d = tmp_path / "i"
    counting = Counting(HashingEncoder())
    EntityIndex.open_or_build(d, kg, counting)
    n_first = len(counting.texts)
    assert n_first == len(list(kg.entities())) + 2 * len(kg.relations())
    stamp = (d / "vectors.npy").stat().st_mtime_ns
    EntityIndex.open_or_build(d, kg, counting)
    assert len(counting.texts) == n_first  # loaded: nothing embedded
    assert (d / "vectors.npy").stat().st_mtime_ns == stamp  # and nothing saved
    kg.add("Naproxen", "treats", "Headache")
    EntityIndex.open_or_build(d, kg, counting)
    assert counting.texts[n_first:] == ["Naproxen"]
    assert read_manifest(d)["fingerprint"] == kg.fingerprint
    assert read_manifest(d)["counts"]["entities"] == len(list(kg.entities()))


def test_open_or_build_with_an_encoder_and_a_config_naming_another(tmp_path):
    kg = med_graph()
    d = tmp_path / "i"
    EntityIndex.open_or_build(d, kg, HashingEncoder(), IndexConfig())  # the encoder wins
    stamp = (d / "vectors.npy").stat().st_mtime_ns
    index = EntityIndex.open_or_build(d, kg, HashingEncoder(), IndexConfig())
    assert index.config.encoder == "hashing"
    assert (d / "vectors.npy").stat().st_mtime_ns == stamp  # nothing changed: nothing saved


def test_open_or_build_follows_a_new_config(tmp_path):
    kg = med_graph()
    d = tmp_path / "i"
    EntityIndex.open_or_build(d, kg, config=HASHING)
    counting = Counting(HashingEncoder())
    index = EntityIndex.open_or_build(d, kg, counting, HASHING.replace(approximate="hnsw"))
    assert index.kind == "hnsw" and counting.texts == []  # rebuilt from the stored vectors
    index = EntityIndex.open_or_build(d, kg, counting, HASHING.replace(fields=("label",)))
    assert "Aspirin" in counting.texts  # "Aspirin; also: ASA; type: Drug" became "Aspirin"
    assert "Ibuprofen" not in counting.texts  # its text did not change
    assert read_manifest(d)["config"]["fields"] == ["label"]


def test_failed_save_leaves_the_old_index_and_no_temp_dir(tmp_path, monkeypatch):
    import faiss

    kg = med_graph()
    d = EntityIndex.build(kg, config=HASHING).save(tmp_path / "i")
    before = listing(d)

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(faiss, "write_index", boom)
    kg.add("Naproxen", "treats", "Headache")
    with pytest.raises(OSError, match="disk full"):
        EntityIndex.build(kg, config=HASHING).save(d)
    assert listing(d) == before
    assert [p.name for p in tmp_path.iterdir()] == ["i"]


def test_save_refuses_a_directory_that_is_not_an_index(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(IndexError_, match="not a saved index"):
        EntityIndex.build(med_graph(), config=HASHING).save(tmp_path)
    with pytest.raises(IndexError_, match=r"no manifest\.json"):
        EntityIndex.load(tmp_path, med_graph())


def test_an_unregistered_encoder_must_be_passed_back(tmp_path):
    kg = chain_graph(5)
    d = EntityIndex.build(kg, RandomEncoder(), IndexConfig(encoder="random")).save(tmp_path / "i")
    with pytest.raises(IndexError_, match="pass encoder="):
        EntityIndex.load(d, kg)
    assert len(EntityIndex.load(d, kg, RandomEncoder())) == 6


# ---------------------------------------------------------------------------------- models
def test_llm_encoder_pools_over_real_tokens_only():
    import torch

    from kgchat.index import LLMEncoder
    from kgchat.models import tiny_causal_lm

    enc = LLMEncoder(loaded=tiny_causal_lm(), layer=1, threads=1)
    assert enc.dim == 32 and "layer=1" in enc.model_id
    threads = torch.get_num_threads()
    enc.encode(["threads are restored after encoding"])
    assert torch.get_num_threads() == threads
    texts = ["a", "a much longer sentence that forces padding of the short one"]
    together = enc.encode(texts, batch_size=2)
    alone = np.vstack([LLMEncoder(loaded=enc._pair, layer=1).encode([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, rtol=1e-5)
    other_layer = LLMEncoder(loaded=enc._pair, layer=0).encode(texts)
    assert not np.allclose(other_layer, together)
    assert not LLMEncoder(loaded=enc._pair).encode(["", ""]).any()  # no tokens: zero rows
    with pytest.raises(ConfigError, match="layer=5"):
        LLMEncoder(loaded=enc._pair, layer=5).encode(["x"])


@pytest.mark.slow
def test_sentence_transformers_encoder():
    enc = get_encoder("sentence-transformers")
    assert enc.dim == 384 and enc.model_id == "all-MiniLM-L6-v2"
    X = enc.encode(["aspirin", "acetylsalicylic acid painkiller", "football club"])
    np.testing.assert_allclose(np.linalg.norm(X, axis=1), 1.0, rtol=1e-5)
    assert X[0] @ X[1] > X[0] @ X[2]
    index = EntityIndex.build(med_graph(), enc, IndexConfig())
    assert index.search_text("painkiller acetylsalicylic acid", k=1)[0][0] == "Aspirin"


@pytest.mark.slow
def test_llm_encoder_default_model():
    enc = get_encoder("llm")
    X = enc.encode(["aspirin", "football club", "Alan PULIDO plays for Tigres UANL"])
    assert enc.dim == 576 and X.shape == (3, 576) and X.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(X, axis=1), 1.0, rtol=1e-5)


@pytest.mark.slow
def test_wc2014_entities_with_hashing(tmp_path):
    kg = KnowledgeGraph.load(shared_path("bench", "wc2014", "kb.tsv"))
    index = EntityIndex.open_or_build(tmp_path / "i", kg, config=HASHING)
    assert len(index) == 1088
    assert index.search_text("alan pulido", k=1)[0][0] == "Alan_PULIDO"
