"""Loading the model a strategy tunes and saving what it becomes; telling an out-of-memory error.

Shared by the LM strategies' loop (:mod:`kgchat.tuning.loop`), the whole-model strategies
(``freeze``, ``full``) and the feature head (its encoder backbone); ``kgchat.tuning.loop``
re-exports them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

__all__ = ["is_oom", "load_base_model", "plain_model", "save_full_model"]


def load_base_model(model: Any, backbone: str = "lm") -> tuple[Any, Any, str]:
    """``(model, tokenizer, base name)`` from a name or an already loaded pair.

    ``backbone="lm"``: a causal LM (see :func:`kgchat.models.load_causal_lm`; default the
    bundled SmolLM2). ``backbone="encoder"``: a text encoder's transformer (see
    :func:`kgchat.models.load_encoder_model`; default the bundled all-MiniLM-L6-v2).
    """
    if isinstance(model, tuple):
        m, tok = model
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token
        return m, tok, str(getattr(m, "name_or_path", "") or "")
    if backbone == "encoder":
        from kgchat.models import load_encoder_model

        m, tok = load_encoder_model(model)
        return m, tok, str(m.name_or_path)
    from kgchat.models import load_causal_lm, resolve_chat_model

    m, tok = load_causal_lm(model)
    return m, tok, resolve_chat_model(model).name


def is_oom(exc: BaseException) -> bool:
    """Whether an exception is an out-of-memory error (CUDA, MPS or the CPU allocator)."""
    return isinstance(exc, torch.OutOfMemoryError) or (
        isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()
    )


def plain_model(model: Any) -> Any:
    """A PEFT model (a tuned adapter used as the base) merged into plain weights; others as is."""
    if hasattr(model, "merge_and_unload") and hasattr(model, "peft_config"):
        return model.merge_and_unload()
    return model


def save_full_model(model: Any, tokenizer: Any, folder: Path) -> None:
    """Save a whole model folder (``config.json`` + safetensors) with its tokenizer."""
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
