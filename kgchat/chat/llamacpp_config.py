"""How :class:`~kgchat.chat.llamacpp.LlamaCppBackend` runs its model: :class:`LlamaCppConfig`
(a frozen config that validates and round-trips JSON). Moved out of
:mod:`kgchat.chat.llamacpp`, which re-exports it, to keep that module small; importing it
needs no llama.cpp.

Examples
--------
>>> LlamaCppConfig(n_ctx=2048).threads_used() >= 1
True
>>> LlamaCppConfig.from_json(LlamaCppConfig(threads=2).to_json()).threads
2
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from kgchat.chat.llamacpp_load import REQUANTIZE
from kgchat.config import Config, check

__all__ = ["LlamaCppConfig"]


@dataclass(frozen=True)
class LlamaCppConfig(Config):
    """How :class:`~kgchat.chat.llamacpp.LlamaCppBackend` runs its model.

    Attributes
    ----------
    n_ctx : int
        Tokens of context (prompt and reply), at least 256 (llama.cpp's least); 0 for the
        model's own training context.
    threads : int
        CPU threads; 0 for half the cores this process may run on (``os.sched_getaffinity``),
        at least 1: llama.cpp's threads spin while they wait for each other, so on busy cores
        more threads are slower (2 shared, loaded cores: a token took 50 ms on 1 thread and
        635 ms on 2), and the other half is left to retrieval and the server.
    n_batch : int
        Prompt tokens evaluated per batch.
    flash_attn : bool
        llama.cpp's fused attention (off: with it, a prompt's reply changed with what the cache
        held before, as a prompt evaluated in one batch and one re-used but for its last token
        gave slightly different logits).
    requantize : str
        ``bundled`` (default): run the bundled Q4_1 model as a Q4_0 copy made once in kgchat's
        cache (:func:`kgchat.chat.llamacpp_load.q4_0_copy`; faster on x86); ``all``: any GGUF
        file likewise (the file itself is never changed); ``off``: every file as it is.
    repetition_penalty : float
        Divides the logits of tokens already in the prompt or reply (1.0: off), as transformers'
        ``repetition_penalty``; :meth:`~kgchat.chat.llamacpp.LlamaCppBackend.generate` can override
        it per call.
    no_repeat_ngram_size : int
        Bans any token that would repeat an n-gram of this size (0: off), as transformers'.
    """

    n_ctx: int = 4096
    threads: int = 0
    n_batch: int = 512
    flash_attn: bool = False
    requantize: str = "bundled"
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0

    def __post_init__(self) -> None:
        check(self.n_ctx == 0 or self.n_ctx >= 256, "n_ctx", self.n_ctx, "0 or an integer >= 256")
        check(self.threads >= 0, "threads", self.threads, "an integer >= 0")
        check(self.n_batch >= 1, "n_batch", self.n_batch, "an integer >= 1")
        check(self.requantize in REQUANTIZE, "requantize", self.requantize, " or ".join(REQUANTIZE))
        check(
            self.repetition_penalty >= 1.0,
            "repetition_penalty",
            self.repetition_penalty,
            "a float >= 1",
        )
        check(self.no_repeat_ngram_size >= 0, "no_repeat_ngram_size", 0, "an integer >= 0")

    def threads_used(self) -> int:
        """The thread count: ``threads``, or half the cores this process may run on."""
        if self.threads:
            return self.threads
        try:
            cores = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            cores = os.cpu_count() or 1
        return max(1, cores // 2)
