"""The bundled sentence model's layers in ONNX Runtime (a question's own pass, once prepared)
against the same layers in NumPy: the model bytes kgchat writes itself, the vectors, which
calls take the fast path, and a prepared retriever's answers on a tiny graph."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.index import EntityIndex, get_encoder
from kgchat.index import onnx_proto as proto
from kgchat.index.bert_numpy import _ONNX_TEXTS, NumpyBert
from kgchat.models import sentence_model_path
from kgchat.retrieval import Retriever

ort = pytest.importorskip("onnxruntime")  # a dependency; without it every pass is NumPy's

TEXTS = [
    "What does metformin treat?",
    "aspirin",
    "",
    "Alan PULIDO plays in club Tigres UANL",
    "émigré accents ü and 日本 in one text",
    "which countries border the successor states of",
]


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


@pytest.fixture(scope="module")
def bert() -> NumpyBert:
    model = NumpyBert.load(sentence_model_path())
    assert model is not None
    return model


def test_written_model_runs_in_onnx_runtime():
    # the bytes onnx_proto writes: a MatMul, an Add, a Transpose with a list attribute and a
    # LayerNormalization with a float one, free and fixed sizes; checked against NumPy
    rng = np.random.default_rng(0)
    w, b = rng.standard_normal((3, 4)).astype(np.float32), np.float32([1, 2, 3, 4])
    g, beta = np.float32([1, 1, 2, 2]), np.zeros(4, np.float32)
    nodes = [
        proto.node("MatMul", ["x", "w"], "xw"),
        proto.node("Add", ["xw", "b"], "y"),
        proto.node("LayerNormalization", ["y", "g", "beta"], "n", axis=-1, epsilon=1e-5),
        proto.node("Transpose", ["n"], "out", perm=[1, 0]),
    ]
    inits = [proto.tensor("w", w), proto.tensor("b", b), proto.tensor("g", g)]
    inits.append(proto.tensor("beta", beta))
    model = proto.model(
        nodes,
        inits,
        [proto.value_info("x", proto.FLOAT, ["rows", 3])],
        [proto.value_info("out", proto.FLOAT, [4, "rows"])],
        opset=17,
        ir_version=8,
    )
    session = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    x = rng.standard_normal((5, 3)).astype(np.float32)
    y = x @ w + b
    want = ((y - y.mean(-1, keepdims=True)) / np.sqrt(y.var(-1, keepdims=True) + 1e-5)) * g
    np.testing.assert_allclose(session.run(None, {"x": x})[0], want.T, atol=1e-5)


def test_prepared_pass_is_the_numpy_pass_to_float_rounding(bert):
    plain = [bert.encode(TEXTS[:k]) for k in (1, 3, len(TEXTS))]
    bert.prepare()
    try:
        assert bert._onnx is not None
        fast = [bert.encode(TEXTS[:k]) for k in (1, 3, len(TEXTS))]
        for a, b in zip(fast, plain, strict=True):
            assert not np.array_equal(a, b) or a.shape[0] == 0  # another path indeed ...
            np.testing.assert_allclose(_unit(a), _unit(b), atol=2e-6)  # ... the same vectors
            cos_a, cos_b = _unit(a) @ _unit(a).T, _unit(b) @ _unit(b).T
            np.testing.assert_allclose(cos_a, cos_b, atol=2e-6)
        # a batch past the few texts of a question's pass (an index's) stays NumPy's, bit for bit
        many = [f"entity number {i}" for i in range(_ONNX_TEXTS + 1)]
        kept = bert.encode(many)
        bert.use_onnx = False
        np.testing.assert_array_equal(kept, bert.encode(many))
        np.testing.assert_array_equal(bert.encode(TEXTS[:3]), plain[1])  # switched off
    finally:
        bert.use_onnx = True
        bert._onnx = None


_TRIPLES = [
    ("Ann Berg", "birth place", "Oslo"),
    ("Ann Berg", "instrument", '"cello"'),
    ("Bo Lind", "birth place", "Lund"),
    ("Bo Lind", "instrument", '"violin"'),
    ("Bo Lind", "spouse", "Ann Berg"),
    ("Oslo", "population", '"700000"'),
    ("Oslo", "country", "Norway"),
    ("Lund", "country", "Sweden"),
]

_QUESTIONS = [
    "Where was Ann Berg born?",
    "Which instrument does Bo Lind play?",
    "Who is married to Bo Lind?",
    "In which country was the spouse of Bo Lind born?",
    "How many people live in Oslo?",
]


@pytest.mark.slow
def test_prepared_retriever_answers_as_the_plain_one():
    kg = KnowledgeGraph.from_triples(_TRIPLES)
    plain = Retriever(kg, EntityIndex.build(kg, get_encoder("sentence-transformers")))
    fast = Retriever(kg, EntityIndex.build(kg, get_encoder("sentence-transformers")))
    fast.prepare()
    model = fast.index.encoder._load()
    assert model._onnx is not None and plain.index.encoder._load()._onnx is None
    for q in _QUESTIONS:
        a, b = fast.retrieve(q), plain.retrieve(q)
        assert a.answer == b.answer, q
        assert [c.node for c in a.candidates] == [c.node for c in b.candidates], q
        assert a.confidence == pytest.approx(b.confidence, abs=1e-5), q
        for x, y in zip(a.candidates, b.candidates, strict=True):
            assert x.score == pytest.approx(y.score, abs=1e-5), q
