"""A :class:`~kgchat.index.bert_numpy.NumpyBert`'s transformer layers in ONNX Runtime, for a
question's own pass.

A question's pass is a handful of texts, ~10-40 tokens: too few rows for OpenBLAS, whose
products of so few rows run far below the core's speed (a MiniLM pass of 11 tokens: ~9 ms
in NumPy, ~5.5 ms here, on one loaded core). ONNX Runtime's kernels (MLAS, its weights
packed once when the session is made) do the same products faster. :func:`onnx_layers`
writes the layers as an ONNX graph from the model's own weights (no torch and no export:
the graph is the very computation of ``NumpyBert._layers``, layer for layer, and
:mod:`kgchat.index.onnx_proto` writes its bytes), then makes a one-thread session of it in
memory, once a model and process (0.3 s CPU). The embeddings, their layer norm and the pooling
stay in NumPy.

Its vectors are not NumPy's bit for bit (other kernels sum in another order, and ``Erf`` is
the exact function where NumPy's is a 1.5e-7 approximation): each component within ~1e-6 of
NumPy's, as NumPy's is of torch's (``tests/test_bert_onnx.py``). ``onnxruntime``
is a dependency (``pyproject.toml``); where it is missing, :func:`onnx_layers` returns
``None`` and every pass runs in NumPy.

Examples
--------
>>> from kgchat.index.bert_numpy import NumpyBert
>>> from kgchat.models import sentence_model_path
>>> bert = NumpyBert.load(sentence_model_path())
>>> Y = bert.encode(["What does metformin treat?", "metformin"])   # in NumPy
>>> bert.prepare()                                                   # the session, once
>>> X = bert.encode(["What does metformin treat?", "metformin"])   # in ONNX Runtime
>>> bool(abs(X - Y).max() < 1e-5)
True
"""

from __future__ import annotations

from typing import Any

import numpy as np

from kgchat.index import onnx_proto as proto
from kgchat.index.bert_kernels import attention_bias

__all__ = ["OnnxLayers", "onnx_layers"]

_OPSET = 17  # LayerNormalization's first opset
_IR_VERSION = 8  # the model format of opset 17 (onnxruntime reads it from 1.12 on)


class OnnxLayers:
    """A one-thread ONNX Runtime session of a BERT's transformer layers (see the module
    docstring); :meth:`run` takes and returns the real tokens' rows, packed."""

    def __init__(self, session: Any, heads: int) -> None:
        self.session = session
        self.heads = heads

    def run(self, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The last hidden states of the real tokens of ``x`` (their embeddings after the
        embeddings' layer norm, ``(real tokens, dim)``, packed in the order of ``mask``'s
        nonzero entries), for texts of attention mask ``mask`` ``(texts, length)``."""
        n, length = mask.shape
        real = np.flatnonzero(mask.reshape(-1) > 0)
        # each padded position's row of [x; a zero row]: the padding reads the zero row
        padded = np.full(n * length, x.shape[0], np.int64)
        padded[real] = np.arange(real.size)
        dim = x.shape[1]
        feed = {
            "x": np.ascontiguousarray(x, np.float32),
            "padded": padded,
            "real": real.astype(np.int64),
            "bias": attention_bias(mask),
            "heads_shape": np.array([n, length, self.heads, dim // self.heads], np.int64),
            "flat_shape": np.array([n * length, dim], np.int64),
        }
        out: np.ndarray = self.session.run(None, feed)[0]
        return out


def onnx_layers(bert: Any) -> OnnxLayers | None:
    """``bert``'s (a :class:`~kgchat.index.bert_numpy.NumpyBert`) transformer layers as
    :class:`OnnxLayers`, or ``None`` where ``onnxruntime`` cannot be imported.

    >>> from kgchat.index.bert_numpy import NumpyBert
    >>> from kgchat.models import sentence_model_path
    >>> layers = onnx_layers(NumpyBert.load(sentence_model_path()))
    >>> layers is None or layers.heads   # all-MiniLM-L6-v2's attention heads
    12
    """
    try:
        import onnxruntime as ort
    except ImportError:
        return None
    w, dim, heads = bert.w, bert.dim, bert.heads
    nodes: list[bytes] = []
    inits: list[bytes] = []
    names = iter(range(1 << 30))

    def const(value: np.ndarray | np.floating[Any]) -> str:
        name = f"c{next(names)}"
        inits.append(proto.tensor(name, np.asarray(value)))
        return name

    def op(kind: str, *inputs: str, **attrs: float | int | list[int]) -> str:
        name = f"t{next(names)}"
        nodes.append(proto.node(kind, list(inputs), name, **attrs))
        return name

    def lin(t: str, key: str) -> str:  # x @ W + b, as NumpyBert's lin
        return op("Add", op("MatMul", t, const(w[f"{key}.weight"])), const(w[f"{key}.bias"]))

    def norm(t: str, key: str) -> str:
        return op(
            "LayerNormalization",
            t,
            const(w[f"{key}.LayerNorm.weight"]),
            const(w[f"{key}.LayerNorm.bias"]),
            axis=-1,
            epsilon=float(bert.eps),
        )

    zero = const(np.zeros((1, dim), np.float32))
    scale = const(np.float32(1.0 / np.sqrt(dim // heads)))
    half, one = const(np.float32(0.5)), const(np.float32(1.0))
    root2 = const(np.float32(np.sqrt(2.0)))

    def heads_of(t: str) -> str:  # packed rows -> (n, heads, length, size), zeros at padding
        rows = op("Gather", op("Concat", t, zero, axis=0), "padded", axis=0)
        return op("Transpose", op("Reshape", rows, "heads_shape"), perm=[0, 2, 1, 3])

    x = "x"
    for i in range(bert.layers):
        p = f"encoder.layer.{i}."
        q = heads_of(op("Mul", lin(x, p + "attention.self.query"), scale))
        k = heads_of(lin(x, p + "attention.self.key"))
        v = heads_of(lin(x, p + "attention.self.value"))
        s = op("Add", op("MatMul", q, op("Transpose", k, perm=[0, 1, 3, 2])), "bias")
        ctx = op("Transpose", op("MatMul", op("Softmax", s, axis=-1), v), perm=[0, 2, 1, 3])
        ctx = op("Gather", op("Reshape", ctx, "flat_shape"), "real", axis=0)
        x = norm(op("Add", lin(ctx, p + "attention.output.dense"), x), p + "attention.output")
        h = lin(x, p + "intermediate.dense")
        gelu = op("Mul", op("Mul", h, half), op("Add", op("Erf", op("Div", h, root2)), one))
        x = norm(op("Add", lin(gelu, p + "output.dense"), x), p + "output")
    nodes.append(proto.node("Identity", [x], "out"))
    f32, i64 = proto.FLOAT, proto.INT64
    inputs = [
        proto.value_info("x", f32, ["tokens", dim]),
        proto.value_info("padded", i64, ["positions"]),
        proto.value_info("real", i64, ["tokens"]),
        proto.value_info("bias", f32, ["texts", 1, 1, "length"]),
        proto.value_info("heads_shape", i64, [4]),
        proto.value_info("flat_shape", i64, [2]),
    ]
    outputs = [proto.value_info("out", f32, ["tokens", dim])]
    model = proto.model(nodes, inits, inputs, outputs, opset=_OPSET, ir_version=_IR_VERSION)
    options = ort.SessionOptions()
    # one thread, and no spinning: a pass is a few ms, on cores that other work shares
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    return OnnxLayers(session, heads)
