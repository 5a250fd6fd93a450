"""The few ONNX protobuf messages a plain graph needs, written as bytes (no ``onnx`` package).

:mod:`kgchat.index.bert_onnx` hands ONNX Runtime a model it writes itself. The ``onnx``
package would write it too, but importing it costs ~2.6 s (its C extension), more than a
cold ``kgchat ask`` spends encoding, and makes one more dependency. A model is a few nested
messages of the protobuf wire format: varints, and length-prefixed bytes. The field numbers
are those of ``onnx.proto`` (ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto,
ValueInfoProto, TypeProto, TensorShapeProto, OperatorSetIdProto).

>>> _varint(300).hex()
'ac02'
>>> node("Add", ["a", "b"], "c").hex()   # inputs (field 1), output (2), operator (4)
'0a01610a01621201632203416464'
"""

from __future__ import annotations

import numpy as np

__all__ = ["FLOAT", "INT64", "model", "node", "tensor", "value_info"]

FLOAT, INT64 = 1, 7  # TensorProto.DataType
_DTYPES = {np.dtype(np.float32): FLOAT, np.dtype(np.int64): INT64}
_ATTR_FLOAT, _ATTR_INT, _ATTR_INTS = 1, 2, 7  # AttributeProto.AttributeType


def _varint(n: int) -> bytes:
    """``n`` (>= 0, or a negative int64 as its 64-bit two's complement) as a varint."""
    n &= (1 << 64) - 1
    out = bytearray()
    while True:
        low = n & 0x7F
        n >>= 7
        if n:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def _int(field: int, n: int) -> bytes:
    return _varint(field << 3) + _varint(n)


def _bytes(field: int, data: bytes | str) -> bytes:
    raw = data.encode() if isinstance(data, str) else data
    return _varint(field << 3 | 2) + _varint(len(raw)) + raw


def _attribute(name: str, value: float | int | list[int]) -> bytes:
    if isinstance(value, list):
        packed = b"".join(_varint(v) for v in value)
        return _bytes(1, name) + _bytes(8, packed) + _int(20, _ATTR_INTS)
    if isinstance(value, float):
        return (
            _bytes(1, name)
            + _varint(2 << 3 | 5)
            + np.float32(value).tobytes()
            + _int(20, _ATTR_FLOAT)
        )
    return _bytes(1, name) + _int(3, value) + _int(20, _ATTR_INT)


def node(kind: str, inputs: list[str], output: str, **attrs: float | int | list[int]) -> bytes:
    """A NodeProto: operator ``kind`` of the default domain, one output."""
    out = b"".join(_bytes(1, i) for i in inputs) + _bytes(2, output) + _bytes(4, kind)
    return out + b"".join(_bytes(5, _attribute(k, v)) for k, v in attrs.items())


def tensor(name: str, value: np.ndarray) -> bytes:
    """A TensorProto of ``value`` (float32 or int64), its data raw, little-endian.

    >>> tensor("w", np.array([1, 2], np.int64)).hex()   # dims (1), type (2), name (8), data (9)
    '080210074201774a1001000000000000000200000000000000'
    """
    value = np.asarray(value)
    dims = b"".join(_int(1, d) for d in value.shape)
    raw = np.ascontiguousarray(value, value.dtype.newbyteorder("<")).tobytes()
    return dims + _int(2, _DTYPES[value.dtype]) + _bytes(8, name) + _bytes(9, raw)


def value_info(name: str, kind: int, shape: list[int | str]) -> bytes:
    """A ValueInfoProto of a tensor: its element type and shape (a str: a named free size).

    >>> value_info("x", FLOAT, ["n", 2]).hex()   # name (1), type (2): a tensor of FLOAT, n x 2
    '0a0178120f0a0d080112090a0312016e0a020802'
    """
    dims = b"".join(_bytes(1, _bytes(2, d) if isinstance(d, str) else _int(1, d)) for d in shape)
    tensor_type = _int(1, kind) + _bytes(2, dims)
    return _bytes(1, name) + _bytes(2, _bytes(1, tensor_type))


def model(
    nodes: list[bytes],
    initializers: list[bytes],
    inputs: list[bytes],
    outputs: list[bytes],
    *,
    opset: int,
    ir_version: int,
) -> bytes:
    """A ModelProto of one graph, serialised: what ONNX Runtime's session reads.

    >>> import onnxruntime as ort
    >>> w = tensor("w", np.array([1.0, 2.0], np.float32))
    >>> shape = lambda name: value_info(name, FLOAT, ["n", 2])
    >>> add = node("Add", ["x", "w"], "y")
    >>> m = model([add], [w], [shape("x")], [shape("y")], opset=17, ir_version=8)
    >>> ort.InferenceSession(m).run(None, {"x": np.zeros((1, 2), np.float32)})[0].tolist()
    [[1.0, 2.0]]
    """
    graph = (
        b"".join(_bytes(1, n) for n in nodes)
        + _bytes(2, "graph")
        + b"".join(_bytes(5, t) for t in initializers)
        + b"".join(_bytes(11, v) for v in inputs)
        + b"".join(_bytes(12, v) for v in outputs)
    )
    opset_id = _bytes(1, "") + _int(2, opset)
    return _int(1, ir_version) + _bytes(7, graph) + _bytes(8, opset_id)
