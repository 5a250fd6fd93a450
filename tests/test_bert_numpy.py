"""The NumPy BERT encoder: the same vectors as sentence-transformers, without torch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kgchat.index.bert_numpy import NumpyBert
from kgchat.models import sentence_model_path

TEXTS = [
    "What does metformin treat?",
    "aspirin",
    "",
    "  spaced   out  ",
    "Alan PULIDO plays in club Tigres UANL",
    "émigré accents ü and 日本 in one text",
    "word " * 300,  # past max_seq_length (256): truncated as sentence-transformers does
]


# The first six components of each TEXTS vector as sentence-transformers 5 (torch) makes them
# from the bundled model: SentenceTransformer(sentence_model_path()).encode(TEXTS). Stored, so
# that the test does not import torch (25 s); every component depends on the whole network.
REFERENCE = [
    [-0.0636771, 0.0197199, -0.0178654, 0.0679656, -0.0650008, 0.0054515],
    [-0.1025971, -0.0066592, -0.0660864, 0.1571540, -0.0272696, 0.0076304],
    [-0.1188383, 0.0482987, -0.0025481, -0.0110112, 0.0519508, 0.0102917],
    [-0.0108764, 0.0071547, -0.0410956, 0.0232402, -0.0355190, 0.0371393],
    [-0.0099135, -0.0629074, -0.1104644, -0.0680436, -0.1410258, 0.1228868],
    [0.0039593, -0.0029893, 0.0633906, -0.0473746, -0.0382449, 0.0252915],
    [-0.0081237, -0.0955860, -0.0386731, 0.0496620, -0.0437937, 0.0237198],
]


def test_vectors_equal_sentence_transformers():
    ours = NumpyBert.load(sentence_model_path()).encode(TEXTS)
    ours /= np.linalg.norm(ours, axis=1, keepdims=True)
    np.testing.assert_allclose(ours[:, :6], REFERENCE, atol=1e-6)


def test_default_encoder_runs_without_torch():
    # the default encoder of a cold `kgchat ask`: encoding a question imports no torch
    code = (
        "import sys; from kgchat.index import get_encoder; "
        "e = get_encoder('sentence-transformers'); X = e.encode(['What does aspirin treat?']); "
        "print(X.shape, e.dim, 'torch' in sys.modules, 'transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["(1,", "384)", "384", "False", "False"]


def test_batch_equals_one_at_a_time():
    bert = NumpyBert.load(sentence_model_path())
    together = bert.encode(TEXTS[:6])
    alone = np.vstack([bert.encode([t]) for t in TEXTS[:6]])
    np.testing.assert_allclose(together, alone, atol=1e-5)  # padding never counts
    assert bert.encode(["x"], threads=2).shape == (1, 384)


@pytest.mark.parametrize(
    "change",
    [
        {"modules": "dense"},  # a Dense layer after pooling: not this reader's shape
        {"pooling": "cls"},
        {"hidden_act": "gelu_new"},
        {"model_type": "roberta"},
    ],
)
def test_other_shapes_are_left_to_sentence_transformers(tmp_path, change):
    src = Path(sentence_model_path())
    for name in ("config.json", "modules.json", "sentence_bert_config.json", "tokenizer.json"):
        (tmp_path / name).write_bytes((src / name).read_bytes())
    (tmp_path / "model.safetensors").symlink_to(src / "model.safetensors")
    (tmp_path / "1_Pooling").mkdir()
    pool = {"word_embedding_dimension": 384, "pooling_mode_mean_tokens": True}
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(pool))
    assert NumpyBert.load(tmp_path) is not None  # the copy as it is loads
    if change.get("pooling") == "cls":
        pool = {"word_embedding_dimension": 384, "pooling_mode_cls_token": True}
        (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(pool))
    modules = json.loads((tmp_path / "modules.json").read_text())
    if change.get("modules") == "dense":
        modules.insert(2, {"idx": 2, "name": "2", "path": "2_Dense", "type": "x.Dense"})
    (tmp_path / "modules.json").write_text(json.dumps(modules))
    config = json.loads((tmp_path / "config.json").read_text())
    config.update({k: v for k, v in change.items() if k in ("hidden_act", "model_type")})
    (tmp_path / "config.json").write_text(json.dumps(config))
    assert NumpyBert.load(tmp_path) is None


def test_in_place_gelu_and_layer_norm_are_the_formulas_bit_for_bit():
    from kgchat.index.bert_kernels import GELU_ROWS, erf, gelu, layer_norm

    rng = np.random.default_rng(0)
    h = (rng.standard_normal((77, 96)) * 3).astype(np.float32)  # rows past two chunks
    formula = np.float32(0.5) * h * (1.0 + erf(h * np.float32(1 / np.sqrt(2))))
    work = [np.full((GELU_ROWS, 96), np.nan, np.float32) for _ in range(4)]  # leftovers
    for got in (gelu(h.copy()), gelu(h.copy(), work), gelu(h[:5].copy(), work)):
        assert np.array_equal(got.view(np.uint32), formula[: len(got)].view(np.uint32))
    x, w, b, eps = h[:, :32], h[0, :32], h[1, :32], np.float32(1e-12)
    c = x - x.mean(-1, keepdims=True)
    formula = c / np.sqrt((c * c).mean(-1, keepdims=True) + eps) * w + b
    assert np.array_equal(layer_norm(x.copy(), w, b, eps).view(np.uint32), formula.view(np.uint32))


def test_kept_buffers_change_no_vector(monkeypatch):
    # the feed-forward buffers a thread keeps between passes (larger, smaller, other threads)
    # give the very vectors that fresh ones give
    import threading

    import kgchat.index.bert_numpy as bn

    bert = NumpyBert.load(sentence_model_path())
    batches = [TEXTS[:6], TEXTS[1:2], TEXTS[:6] + ["x y z"] * 20, TEXTS[4:5]]
    kept = [bert.encode(b) for b in batches]
    elsewhere: list[np.ndarray] = []
    t = threading.Thread(target=lambda: elsewhere.extend(bert.encode(b) for b in batches))
    t.start()
    t.join()
    monkeypatch.setattr(bn, "_KEPT_ROWS", 0)  # every pass makes its own
    fresh = [bert.encode(b) for b in batches]
    for a, b, c in zip(kept, fresh, elsewhere, strict=True):
        assert np.array_equal(a.view(np.uint32), b.view(np.uint32))
        assert np.array_equal(c.view(np.uint32), b.view(np.uint32))


def test_products_over_column_blocks_are_the_whole_products_bit_for_bit(monkeypatch):
    # a few rows' product over views of 128 weight columns (no packing of the weights) gives
    # the whole product's values, every row count, and so the very same vectors: the blocks
    # where this machine's BLAS sums them as the whole product does, the whole product
    # elsewhere (an AVX2-only CPU splits the blocks' sums otherwise)
    import kgchat.index.blocked_product as bp

    bert = NumpyBert.load(sentence_model_path())
    rng = np.random.default_rng(0)
    monkeypatch.setattr(bp, "_BLOCK_ROWS", 80)
    for name in ("attention.self.query", "attention.output.dense", "intermediate.dense"):
        w = bert.w[f"encoder.layer.3.{name}.weight"]
        for rows in range(1, 81):
            x = rng.standard_normal((rows, w.shape[0])).astype(np.float32)
            out = np.full((rows, w.shape[1]), np.nan, np.float32)
            for got in (bp.product(x, w), bp.product(x, w, out=out)):
                assert np.array_equal(got.view(np.uint32), (x @ w).view(np.uint32)), (name, rows)
    monkeypatch.setattr(bp, "_BLOCK_ROWS", 24)
    batches = [[t] for t in TEXTS[:6]] + [TEXTS[:2], TEXTS[:5], ["x y z"] * 9, TEXTS[:6]]
    blocked = [bert.encode(b) for b in batches]
    monkeypatch.setattr(bp, "_BLOCK_ROWS", 0)  # every product whole
    for b, got in zip(batches, blocked, strict=True):
        assert np.array_equal(got.view(np.uint32), bert.encode(b).view(np.uint32))


def test_column_blocks_are_not_used_where_they_change_the_last_bits(monkeypatch):
    # the self-check sees blocks whose sums differ from the whole product's in the last bit
    # (as on a CPU whose BLAS splits them otherwise) and keeps the whole product
    import kgchat.index.blocked_product as bp

    bert = NumpyBert.load(sentence_model_path())
    w = bert.w["encoder.layer.3.intermediate.dense.weight"]
    exact = bp._blocked

    def off_by_one_bit(x, w, out=None):
        got = exact(x, w, out)
        got.view(np.uint32)[:, 0] ^= 1
        return got

    monkeypatch.setattr(bp, "_EXACT", {})
    monkeypatch.setattr(bp, "_blocked", off_by_one_bit)
    assert not bp._blocks_exact(w)
    x = np.random.default_rng(1).standard_normal((5, w.shape[0])).astype(np.float32)
    assert np.array_equal(bp.product(x, w).view(np.uint32), (x @ w).view(np.uint32))


def test_contiguous_column_blocks_give_the_whole_products_bits(monkeypatch):
    # the few-row products read contiguous copies of the weights' column blocks: those of
    # every 384-inner weight (the attention's four, the feed-forward input), the same values
    # as the views, and so the whole product's bits, every row count, and the same vectors
    import kgchat.index.blocked_product as bp

    bert = NumpyBert.load(sentence_model_path())
    names = ("attention.self.query", "attention.self.key", "attention.self.value")
    names += ("attention.output.dense", "intermediate.dense")
    assert set(bert.blocks) == {f"encoder.layer.{i}.{n}.weight" for i in range(6) for n in names}
    rng = np.random.default_rng(2)
    for key, blocks in bert.blocks.items():
        w = bert.w[key]
        assert blocks.flags["C_CONTIGUOUS"]
        assert all(np.array_equal(b, v) for b, v in zip(blocks, bp._views(w), strict=True))
    w = bert.w["encoder.layer.5.intermediate.dense.weight"]
    for rows in range(1, bp._BLOCK_ROWS + 1):
        x = rng.standard_normal((rows, w.shape[0])).astype(np.float32)
        got = bp.product(x, w, blocks=bert.blocks["encoder.layer.5.intermediate.dense.weight"])
        assert np.array_equal(got.view(np.uint32), (x @ w).view(np.uint32)), rows
    batches = [[t] for t in TEXTS[:4]] + [TEXTS[:3], ["x y z"] * 5]
    blocked = [bert.encode(b) for b in batches]
    monkeypatch.setattr(bert, "blocks", {})  # views of the weights
    for b, got in zip(batches, blocked, strict=True):
        assert np.array_equal(got.view(np.uint32), bert.encode(b).view(np.uint32))
