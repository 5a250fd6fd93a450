"""Logit processing for :class:`kgchat.chat.llamacpp.LlamaCppBackend`'s own decoding loop, as
transformers defines it: a log-softmax, the repetition penalty and the no-repeat n-gram ban.

>>> import numpy as np
>>> logits = np.array([2.0, -1.0, 0.5])
>>> penalise(logits, [0, 1], 2.0); logits.tolist()
[1.0, -2.0, 0.5]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["ban_ngrams", "log_softmax", "penalise"]


def log_softmax(logits: Any) -> Any:
    import numpy as np

    shifted = logits - logits.max()
    return shifted - np.log(np.exp(shifted).sum())


def penalise(logits: Any, seq: Sequence[int], penalty: float) -> None:
    """transformers' ``repetition_penalty``: every token already seen is made less likely."""
    import numpy as np

    seen = np.fromiter(set(seq), dtype=np.int64)
    vals = logits[seen]
    logits[seen] = np.where(vals > 0, vals / penalty, vals * penalty)


def ban_ngrams(logits: Any, seq: Sequence[int], n: int) -> None:
    """transformers' ``no_repeat_ngram_size``: no n-gram of the sequence occurs twice."""
    if len(seq) < n - 1 or n < 1:
        return
    if n == 1:
        logits[list(set(seq))] = float("-inf")
        return
    tail = tuple(seq[len(seq) - n + 1 :])
    for i in range(len(seq) - n + 1):
        if tuple(seq[i : i + n - 1]) == tail:
            logits[seq[i + n - 1]] = float("-inf")
