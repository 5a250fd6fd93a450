"""A tiny randomly initialised chat model with the real tokenizer, for fast tests of model
mechanics (encoders, chat backends, tuning) on the CPU; :mod:`kgchat.models` re-exports it.
torch and transformers are imported inside the function.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = ["tiny_causal_lm"]


def tiny_causal_lm(
    seed: int = 0, vocab_from: str | os.PathLike[str] | None = None
) -> tuple[Any, Any]:
    """A tiny randomly initialised Llama with a real tokenizer, for fast tests of model mechanics.

    Parameters
    ----------
    seed : int, default 0
        Seeds the initial weights; the global torch RNG is left as it was.
    vocab_from : str, os.PathLike or None
        The chat model whose tokenizer (and so vocabulary and chat template) to use; ``None`` for
        :data:`kgchat.models.DEFAULT_CHAT_MODEL`.

    Returns
    -------
    model : transformers.LlamaForCausalLM
        Hidden size 32, 2 layers, 2 heads, intermediate size 64, tied embeddings; in eval mode.
    tokenizer : transformers.PreTrainedTokenizerBase
    """
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from kgchat.models import load_tokenizer  # (imported here: models re-exports this module)

    tokenizer = load_tokenizer(vocab_from)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        intermediate_size=64,
        max_position_embeddings=2048,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = LlamaForCausalLM(config)
    model.eval()
    return model, tokenizer
