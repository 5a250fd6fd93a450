"""The numeric kernels of :class:`~kgchat.index.bert_numpy.NumpyBert`'s layers: erf, GELU in
place over a few rows at a time, layer norm, and the attention bias of padding (which ONNX
Runtime's layers, :mod:`kgchat.index.bert_onnx`, add too). Each does the very operations of
its formula in the same order, so the results are bit for bit the formula's
(``tests/test_bert_numpy.py``). Split from :mod:`kgchat.index.bert_numpy`, which runs the
model.
"""

from __future__ import annotations

import numpy as np

__all__ = ["GELU_ROWS", "attention_bias", "erf", "gelu", "layer_norm"]

# Rows of the feed-forward product GELU works on at a time: its five arrays (~1 MB) stay in
# the core's cache (2 MB of L2 here; a smaller cache only makes it as slow as one pass)
GELU_ROWS = 32


def erf(x: np.ndarray) -> np.ndarray:
    """erf by Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7: float32's own rounding),
    so that scipy need not be imported for one function."""
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + np.float32(0.3275911) * a)
    poly = t * (
        np.float32(0.254829592)
        + t
        * (
            np.float32(-0.284496736)
            + t
            * (
                np.float32(1.421413741)
                + t * (np.float32(-1.453152027) + t * np.float32(1.061405429))
            )
        )
    )
    return s * (1.0 - poly * np.exp(-a * a))


def gelu(h: np.ndarray, work: list[np.ndarray] | None = None) -> np.ndarray:
    """GELU, ``0.5 h (1 + erf(h / sqrt 2))`` with :func:`erf`, computed in ``h``'s place
    (returned), ``GELU_ROWS`` rows at a time in ``work`` (four arrays of that many rows and
    ``h``'s columns, else made here).

    The very operations of :func:`erf` and the formula, in the same order, element by
    element, so the result is bit for bit theirs (``tests/test_bert_numpy.py`` checks it).
    Its twenty-odd passes over the array were a quarter of a batch's encoding time (a batch
    of words is ~200 tokens by 1,536: 1.3 MB an array, six of them, past the core's cache,
    and fresh pages for every temporary); over a few rows in kept buffers they stay in the
    cache."""
    rows, cols = h.shape
    if work is None:
        work = [np.empty((min(rows, GELU_ROWS), cols), np.float32) for _ in range(4)]
    for i in range(0, rows, GELU_ROWS):
        part = h[i : i + GELU_ROWS]
        n = part.shape[0]
        x, a, t, p = (w[:n] for w in work)
        np.multiply(part, np.float32(1 / np.sqrt(2)), out=x)  # erf's argument
        np.abs(x, out=a)
        s = np.sign(x, out=x)
        np.multiply(a, np.float32(0.3275911), out=t)
        t += 1.0
        np.divide(1.0, t, out=t)
        np.multiply(t, np.float32(1.061405429), out=p)
        for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
            p += np.float32(c)
            p *= t
        # exp(-a * a), in t's place
        np.negative(a, out=t)
        t *= a
        np.exp(t, out=t)
        p *= t
        np.subtract(1.0, p, out=p)
        p *= s  # erf
        p += 1.0
        part *= np.float32(0.5)
        part *= p
    return h


def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: np.float32) -> np.ndarray:
    """Layer norm of the rows of ``x`` (which it may overwrite): the operations of
    ``(x - mean) / sqrt(var + eps) * w + b`` in that order, in place after the first."""
    x = x - x.mean(-1, keepdims=True)
    x /= np.sqrt((x * x).mean(-1, keepdims=True) + eps)
    x *= w
    x += b
    return x


def attention_bias(mask: np.ndarray) -> np.ndarray:
    """What the attention scores of texts of attention mask ``mask`` ``(texts, length)``
    (float32) add: 0 at a real token, -1e30 at padding (its softmax weight 0), shaped
    ``(texts, 1, 1, length)`` to broadcast over heads and query positions. NumPy's layers and
    ONNX Runtime's (:mod:`kgchat.index.bert_onnx`) add the same.

    >>> bias = attention_bias(np.array([[1, 1, 0]], np.float32))
    >>> bias.shape, (bias < -1e29).tolist()
    ((1, 1, 1, 3), [[[[False, False, True]]]])
    """
    return ((1.0 - mask) * np.float32(-1e30))[:, None, None, :]
