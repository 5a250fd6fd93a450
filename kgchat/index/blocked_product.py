"""A matrix product of few rows over column blocks of its weights: ``x @ w`` bit for bit,
faster where OpenBLAS would otherwise copy ("pack") the whole weight on every call.
:class:`kgchat.index.bert_numpy.NumpyBert` runs a question's own pass through it.

>>> w = np.arange(384 * 256, dtype=np.float32).reshape(384, 256) / 1e4
>>> x = np.ones((3, 384), np.float32)
>>> bool((product(x, w) == x @ w).all())
True
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["BLOCK_INNER", "column_blocks", "product"]

# A product over an inner size of at most BLOCK_INNER (the hidden size, 384: the attention's
# four and the feed-forward input) for at most _BLOCK_ROWS rows (a question's own pass: ~5-25
# tokens) runs over column blocks of _BLOCK columns, views of the weights (no copy). OpenBLAS
# takes its small-matrix kernel for such a block, which reads the weights where they are;
# over the whole width it first copies ("packs") them, every call, most of a few rows'
# product (the feed-forward input, 384 x 1,536: 0.37 -> 0.14 ms for 3 rows, 0.48 -> 0.31 for
# 15, warm, on one loaded core; a pass of 3-20 tokens 7-11% less CPU with its caches
# disturbed between passes as a walk does). Each output is the same one chain of
# multiply-adds over the inputs either way (the packed kernel splits an inner size only past
# its own block, which 384 is not), so the vectors are the same bit for bit
# (``tests/test_bert_numpy.py``: every row count up to 80, and whole passes). Past ~30 rows
# the whole width is as fast or faster. The output product (inner size 1,536) stays whole:
# over blocks its sums are split otherwise, and its last bits change. Which kernel OpenBLAS
# takes, and how it splits a sum, depends on the CPU (an AVX2-only EPYC splits what an
# AVX-512 core does not: last bits differ there), so the blocks are used for a weight's shape
# only after this machine's BLAS gave the whole product's bits over them for every row count
# (:func:`_blocks_exact`, once a shape and process), else the product stays whole.
_BLOCK, _BLOCK_ROWS, BLOCK_INNER = 128, 24, 512
_EXACT: dict[tuple[int, ...], bool] = {}


def product(
    x: np.ndarray,
    w: np.ndarray,
    out: np.ndarray | None = None,
    blocks: np.ndarray | None = None,
) -> np.ndarray:
    """``x @ w`` (into ``out`` when given), over column blocks of ``w`` where the rows are
    few and the inner size small (see ``_BLOCK``): the same values bit for bit, faster.
    ``blocks``: ``w``'s :func:`column_blocks` (else views of ``w`` are used)."""
    rows, (inner, cols) = x.shape[0], w.shape
    if rows > _BLOCK_ROWS or inner > BLOCK_INNER or cols <= _BLOCK:
        return np.matmul(x, w, out=out)
    if not _blocks_exact(w, blocks):
        return np.matmul(x, w, out=out)
    return _blocked(x, _views(w) if blocks is None else blocks, out)


def _views(w: np.ndarray) -> list[np.ndarray]:
    """``w``'s column blocks of ``_BLOCK`` columns, as views of ``w`` (no copy)."""
    return [w[:, i : i + _BLOCK] for i in range(0, w.shape[1], _BLOCK)]


def column_blocks(w: np.ndarray) -> np.ndarray | None:
    """``w``'s column blocks of ``_BLOCK`` columns, each a contiguous copy, as one array of
    shape ``(blocks, inner, _BLOCK)``; ``None`` where ``w``'s columns are no whole number of
    blocks or too few to split (its products then stay as they were).

    Why a copy: a view's rows lie the whole width apart, and a few rows' product reads its
    weights once, from memory (a pass over six layers reads ~28 MB of them, past any cache):
    a contiguous block is read as one run. A 384 x 1,536 product of 6 rows, cycling over 24
    weights as a pass does: 0.38-0.48 -> 0.22-0.27 ms CPU on a loaded core. The same
    multiply-adds in the same order, so the same bits (:func:`_blocks_exact` checks these
    very blocks before they are used).

    >>> w = np.arange(3 * 2 * _BLOCK, dtype=np.float32).reshape(3, 2 * _BLOCK)
    >>> b = column_blocks(w)
    >>> b.shape, b.flags["C_CONTIGUOUS"], bool((b[1] == w[:, _BLOCK:]).all())
    ((2, 3, 128), True, True)
    >>> column_blocks(w[:, :200]) is None
    True
    """
    rows, cols = w.shape
    if cols <= _BLOCK or cols % _BLOCK:
        return None
    return np.ascontiguousarray(w.reshape(rows, cols // _BLOCK, _BLOCK).transpose(1, 0, 2))


def _blocked(x: np.ndarray, blocks: Any, out: np.ndarray | None = None) -> np.ndarray:
    """``x @ w`` over ``w``'s column blocks ``blocks`` (:func:`_views` or
    :func:`column_blocks`), ``_BLOCK`` columns each."""
    rows, cols = x.shape[0], sum(b.shape[1] for b in blocks)
    if out is None:
        out = np.empty((rows, cols), np.float32)
    for k, block in enumerate(blocks):
        i = k * _BLOCK
        np.matmul(x, block, out=out[:, i : i + block.shape[1]])
    return out


def _blocks_exact(w: np.ndarray, blocks: np.ndarray | None = None) -> bool:
    """Whether this machine's BLAS gives ``x @ w`` bit for bit over column blocks (``blocks``,
    contiguous copies; else views of ``w``), for a weight of ``w``'s shape and layout and
    every row count up to ``_BLOCK_ROWS`` (seeded random rows against ``w`` itself; a few ms
    once a shape, layout and process, kept in ``_EXACT``)."""
    key = (*w.shape, *w.strides, _BLOCK_ROWS, blocks is not None)
    if key not in _EXACT:
        rng = np.random.default_rng(0)
        x = rng.standard_normal((_BLOCK_ROWS, w.shape[0])).astype(np.float32)
        parts = _views(w) if blocks is None else blocks
        _EXACT[key] = all(
            np.array_equal(_blocked(x[:n], parts).view(np.uint32), (x[:n] @ w).view(np.uint32))
            for n in range(1, _BLOCK_ROWS + 1)
        )
    return _EXACT[key]
