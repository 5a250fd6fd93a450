"""The model-backed encoders: any sentence-transformers model, and the chat LLM's hidden states.

Both load their model on first use (reading ``dim`` counts as use), run under
``torch.inference_mode()`` and leave ``torch.set_num_threads`` alone unless given ``threads=``.
Pick them by name with :func:`kgchat.index.get_encoder`: ``"sentence-transformers"`` or ``"llm"``.
With the bundled models (a second or two to load)::

    get_encoder("sentence-transformers").dim    # 384, all-MiniLM-L6-v2
    get_encoder("llm", layer=-4).dim            # 576, SmolLM2-135M-Instruct

Examples
--------
A tiny random model shows the mechanics in a blink:

>>> from kgchat.models import tiny_causal_lm
>>> enc = LLMEncoder(loaded=tiny_causal_lm(), layer=-1)
>>> X = enc.encode(["aspirin", "Alan PULIDO plays in club Tigres UANL"])
>>> X.shape, bool(abs((X * X).sum(axis=1) - 1).max() < 1e-5)
((2, 32), True)
"""

from __future__ import annotations

import contextlib
import inspect
import os
from collections.abc import Iterator
from typing import Any

import numpy as np

from kgchat.errors import ConfigError
from kgchat.index.bert_numpy import NumpyBert
from kgchat.index.encoders import BaseEncoder

__all__ = ["LLMEncoder", "SentenceTransformerEncoder"]


@contextlib.contextmanager
def _torch_threads(threads: int | None) -> Iterator[None]:
    """Run with ``threads`` torch threads when asked, restoring the caller's setting after."""
    import torch

    if threads is None:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(before)


# ---------------------------------------------------------------------- sentence-transformers
class SentenceTransformerEncoder(BaseEncoder):
    """Any sentence-transformers model, loaded on first use.

    Parameters
    ----------
    model : str, optional
        A name or folder for :func:`kgchat.models.sentence_model_path`; ``None`` for the bundled
        all-MiniLM-L6-v2 (dim 384).
    device : str, default "cpu"
        Where to run the model.
    batch_size, threads, cache_size
        Texts per model call (default 64); torch threads while encoding (default: leave as set);
        size of the single-text cache.
    """

    name = "sentence-transformers"

    def __init__(
        self,
        model: str | None = None,
        *,
        device: str = "cpu",
        batch_size: int = 64,
        threads: int | None = None,
        cache_size: int = 1024,
    ) -> None:
        from kgchat.models import DEFAULT_SENTENCE_MODEL, sentence_model_path

        super().__init__(batch_size=batch_size, threads=threads, cache_size=cache_size)
        self.model = model
        self.device = device
        default = model is None or model in (
            DEFAULT_SENTENCE_MODEL,
            f"sentence-transformers/{DEFAULT_SENTENCE_MODEL}",
        )
        self.model_id = DEFAULT_SENTENCE_MODEL if default else sentence_model_path(model)
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            from kgchat.models import load_sentence_model, sentence_model_path

            # A plain BERT with mean pooling (the bundled default) runs in NumPy, the same
            # vectors without importing torch: most of a cold `kgchat ask` was that import.
            if self.device == "cpu":
                self._model = NumpyBert.load(sentence_model_path(self.model))
            if self._model is None:
                self._model = load_sentence_model(self.model, device=self.device)
        return self._model

    def _dim(self) -> int:
        model = self._load()
        if isinstance(model, NumpyBert):
            return model.dim
        # Renamed in sentence-transformers 5; the old name still works there, with a warning.
        get = (
            getattr(model, "get_embedding_dimension", None)
            or model.get_sentence_embedding_dimension
        )
        return int(get())

    def prepare(self) -> None:
        model = self._load()
        if isinstance(model, NumpyBert):
            model.prepare()

    def _threads(self) -> contextlib.AbstractContextManager[None]:
        if isinstance(self._load(), NumpyBert):
            return contextlib.nullcontext()  # its encode() limits the BLAS threads itself
        return _torch_threads(self.threads)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        if isinstance(self._model, NumpyBert):
            return self._model.encode(texts, threads=self.threads)
        vectors = self._load().encode(
            texts, batch_size=len(texts), convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vectors, np.float32)


# ---------------------------------------------------------------------------------- llm
class LLMEncoder(BaseEncoder):
    """The chat LLM as a feature extractor: one layer's hidden states, mean-pooled, normalised.

    Pooling weighs each token by the attention mask, so padding never counts; batches are padded
    on the right, where a causal model's real tokens cannot see the padding.

    Parameters
    ----------
    model : str, optional
        A name for :func:`kgchat.models.load_causal_lm`; ``None`` for the bundled
        SmolLM2-135M-Instruct (dim 576).
    layer : int, default -1
        Which entry of ``hidden_states`` to pool: 0 is the embeddings, -1 the last layer.
    loaded : (model, tokenizer), optional
        An already loaded model (the chat model itself, or :func:`kgchat.models.tiny_causal_lm`
        in tests), so it is not loaded twice.
    device : str, optional
        Where to move the model when loading it; left on the CPU when ``None``.
    max_length : int, default 128
        Tokens kept of each text.
    batch_size, threads, cache_size
        As for :class:`SentenceTransformerEncoder` (default batch 32).
    """

    name = "llm"

    def __init__(
        self,
        model: str | None = None,
        *,
        layer: int = -1,
        loaded: tuple[Any, Any] | None = None,
        device: str | None = None,
        max_length: int = 128,
        batch_size: int = 32,
        threads: int | None = None,
        cache_size: int = 1024,
    ) -> None:
        from kgchat.models import DEFAULT_CHAT_MODEL

        if not isinstance(layer, int):
            raise ConfigError(f"layer={layer!r} is invalid: expected an integer")
        if max_length < 1:
            raise ConfigError(f"max_length={max_length!r} is invalid: expected an integer >= 1")
        super().__init__(batch_size=batch_size, threads=threads, cache_size=cache_size)
        self.layer = layer
        self.device = device
        self.max_length = max_length
        self.options = {"layer": layer, "max_length": max_length}
        self._pair = loaded
        if model is None and loaded is not None:
            # load_causal_lm records a name that loads the same model again (empty for a model
            # built in memory, which a saved index then cannot remake: pass it back).
            model = getattr(loaded[0], "name_or_path", None) or None
            base = model or "<model in memory>"
        else:
            base = os.fspath(model) if model is not None else DEFAULT_CHAT_MODEL
        self.model = model
        self.model_id = f"{base}@layer={layer},max_length={max_length}"
        self._keep_logits: bool | None = None

    def _load(self) -> tuple[Any, Any]:
        if self._pair is None:
            from kgchat.models import load_causal_lm

            self._pair = load_causal_lm(self.model, device=self.device)
        return self._pair

    def _dim(self) -> int:
        return int(self._load()[0].config.hidden_size)

    def _threads(self) -> contextlib.AbstractContextManager[None]:
        return _torch_threads(self.threads)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        import torch

        model, tokenizer = self._load()
        n_states = model.config.num_hidden_layers + 1
        if not -n_states <= self.layer < n_states:
            raise ConfigError(
                f"layer={self.layer} is invalid for {self.model_id.split('@')[0]}: its "
                f"hidden_states has {n_states} entries, so expected {-n_states}..{n_states - 1}"
            )
        batch = tokenizer(
            texts,
            padding=True,
            truncation=True,
            max_length=self.max_length,
            return_tensors="pt",
            padding_side="right",
        )
        if batch["input_ids"].shape[1] == 0:  # only empty texts (sorting groups them): zero rows
            return np.zeros((len(texts), model.config.hidden_size), np.float32)
        device = next(model.parameters()).device
        batch = {k: v.to(device) for k, v in batch.items()}
        if self._keep_logits is None:
            params = inspect.signature(model.forward).parameters
            self._keep_logits = "logits_to_keep" in params or any(
                p.kind is p.VAR_KEYWORD for p in params.values()
            )
        # Only the hidden states are wanted: logits for one position instead of every token
        # saves the (vocabulary x tokens) output projection.
        extra = {"logits_to_keep": 1} if self._keep_logits else {}
        with torch.inference_mode():
            try:
                out = model(**batch, output_hidden_states=True, **extra)
            except TypeError:
                if not extra:
                    raise
                self._keep_logits = False
                out = model(**batch, output_hidden_states=True)
            states = out.hidden_states[self.layer].float()
            mask = batch["attention_mask"].unsqueeze(-1).to(states.dtype)
            pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return pooled.cpu().numpy().astype(np.float32, copy=False)
