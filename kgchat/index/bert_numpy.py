"""A BERT sentence encoder in NumPy: the bundled all-MiniLM-L6-v2 without torch.

``kgchat ask`` encodes a handful of short texts (the question's mentions and relation words)
against a cached index. Loading sentence-transformers for that imports torch and transformers:
16-25 s of a cold ``kgchat ask`` measured on these cores, for a 6-layer model whose forward pass
over one question is a few milliseconds of matrix products. :class:`NumpyBert` runs that pass
with NumPy on the model's own files (``model.safetensors``, ``tokenizer.json`` by the Rust
``tokenizers``), importing neither. Its vectors equal sentence-transformers' to float32
rounding (largest difference 2e-7, ``tests/test_bert_numpy.py``), so an index built by either
serves queries encoded by the other, and the encoder's ``model_id`` stays the same.

It takes a sentence-transformers folder of the plain shape only: a BERT transformer (absolute
positions, exact GELU), mean pooling, an optional Normalize and nothing else; :meth:`NumpyBert.load`
returns ``None`` for any other model, which sentence-transformers then loads as before.

Examples
--------
>>> from kgchat.models import sentence_model_path
>>> bert = NumpyBert.load(sentence_model_path())    # the bundled all-MiniLM-L6-v2
>>> X = bert.encode(["What does metformin treat?", "metformin"])
>>> X.shape, X.dtype
((2, 384), dtype('float32'))
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import numpy as np

from kgchat.index.bert_kernels import GELU_ROWS, attention_bias, gelu, layer_norm
from kgchat.index.blocked_product import BLOCK_INNER, column_blocks, product

__all__ = ["NumpyBert"]

_TRANSFORMER = "sentence_transformers.models.Transformer"
_POOLING = "sentence_transformers.models.Pooling"
_NORMALIZE = "sentence_transformers.models.Normalize"
# Most tokens a batch may hold before several BLAS threads pay for themselves: below it, one
# thread (a question is ~10 tokens; OpenBLAS threads on busy shared cores made one 8x slower).
_ONE_THREAD_TOKENS = 4096
# Most tokens a pass keeps its feed-forward product for (1,536 floats a token: 6 MB)
_KEPT_ROWS = 1024
# A question's own pass (its few texts, ~10-40 tokens) runs its layers in ONNX Runtime once
# prepared (kgchat.index.bert_onnx): a call of at most _ONNX_TEXTS texts and _ONNX_TOKENS
# real tokens. A graph's index is encoded in batches of 64 texts, in NumPy, as before.
_ONNX_TEXTS, _ONNX_TOKENS = 16, 256
_CONTROLLER: Any = None


def _blas() -> Any:
    """One ``threadpoolctl`` controller, made on first use: making one lists the process's
    libraries (~0.3 ms, as long as a short text's pass takes in one layer)."""
    global _CONTROLLER
    if _CONTROLLER is None:
        from threadpoolctl import ThreadpoolController

        _CONTROLLER = ThreadpoolController()
    return _CONTROLLER


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _padded(t: np.ndarray, real: np.ndarray, n: int, length: int) -> np.ndarray:
    """Packed rows ``t`` (those of the padded layout where ``real`` holds) laid out
    ``(n, length, columns)``, zeros at the padding."""
    out = np.zeros((n * length, t.shape[1]), np.float32)
    out[real] = t
    return out.reshape(n, length, t.shape[1])


def tokenized(tokenizer: Any, texts: list[str]) -> list[Any]:
    """``tokenizer.encode_batch(texts)``, the same encodings (ids, masks, type ids, the batch's
    padding), each text encoded in this thread where the texts are few (at most
    ``_ONNX_TEXTS``: a question's pass). The batch call hands its texts to the tokenizer's
    thread pool: on cores other work shares, waking a pool thread for a few short texts took
    ~5 ms of wall time a question at load 10 (0.3 ms of CPU). A large batch (an index's), or
    a tokenizer padding otherwise than to the batch's longest text, keeps the batch call.

    >>> from tokenizers import Tokenizer, models, pre_tokenizers
    >>> tok = Tokenizer(models.WordLevel({"[PAD]": 0, "a": 1, "b": 2}, unk_token="[PAD]"))
    >>> tok.pre_tokenizer = pre_tokenizers.Whitespace()
    >>> tok.enable_padding(pad_id=0)
    >>> [e.ids for e in tokenized(tok, ["a b a", "b"])]
    [[1, 2, 1], [2, 0, 0]]
    >>> [e.attention_mask for e in tok.encode_batch(["a b a", "b"])][1]
    [1, 0, 0]
    """
    pad = tokenizer.padding
    if len(texts) > _ONNX_TEXTS or (
        pad is not None and (pad.get("length") is not None or pad.get("pad_to_multiple_of"))
    ):
        return list(tokenizer.encode_batch(texts))
    enc = [tokenizer.encode(t) for t in texts]
    if pad is not None and len(enc) > 1:
        longest = max(len(e.ids) for e in enc)
        for e in enc:
            if len(e.ids) < longest:
                e.pad(
                    longest,
                    direction=pad["direction"],
                    pad_id=pad["pad_id"],
                    pad_type_id=pad["pad_type_id"],
                    pad_token=pad["pad_token"],
                )
    return enc


class NumpyBert:
    """A sentence-transformers BERT + mean pooling model, run with NumPy (see the module
    docstring). Build it with :meth:`load`.

    ``use_onnx`` (default True): whether, once :meth:`prepare` is called, a few texts' pass
    runs its layers in ONNX Runtime where ``onnxruntime`` is installed
    (:mod:`kgchat.index.bert_onnx`); False: every pass in NumPy."""

    use_onnx = True

    def __init__(self, weights: dict[str, np.ndarray], config: dict[str, Any], tokenizer: Any):
        self.w = weights
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.dim = int(config["hidden_size"])
        self.eps = np.float32(config.get("layer_norm_eps", 1e-12))
        self.tokenizer = tokenizer
        # the few-row products' weights, as contiguous column blocks (column_blocks: ~28 MB
        # more for MiniLM's, read faster than views of the weights)
        self.blocks = {
            name: found
            for name, v in weights.items()
            if name.startswith("encoder.")
            and v.ndim == 2
            and v.shape[0] <= BLOCK_INNER
            and (found := column_blocks(v)) is not None
        }
        self._kept = threading.local()  # each thread's feed-forward buffers (see _work)
        self._onnx: Any = None  # its layers in ONNX Runtime, once prepare() made them

    @classmethod
    def load(cls, folder: str | Path) -> NumpyBert | None:
        """The model in sentence-transformers folder ``folder``, or ``None`` when it is not a
        plain BERT with mean pooling (or lacks ``model.safetensors`` / ``tokenizer.json``)."""
        root = Path(folder)
        modules = _read(root / "modules.json")
        config = _read(root / "config.json")
        st = _read(root / "sentence_bert_config.json") or {}
        if not isinstance(modules, list) or not isinstance(config, dict):
            return None
        kinds = [m.get("type") for m in modules]
        if kinds not in ([_TRANSFORMER, _POOLING], [_TRANSFORMER, _POOLING, _NORMALIZE]):
            return None
        if any(m.get("type") == _TRANSFORMER and m.get("path") for m in modules):
            return None  # the transformer in a subfolder: a layout this reader does not know
        pool = _read(
            root / next(m["path"] for m in modules if m["type"] == _POOLING) / "config.json"
        )
        modes = {k for k, v in (pool or {}).items() if k.startswith("pooling_mode") and v}
        if modes != {"pooling_mode_mean_tokens"} or st.get("do_lower_case"):
            return None
        if (
            config.get("model_type") != "bert"
            or config.get("hidden_act") != "gelu"
            or config.get("position_embedding_type", "absolute") != "absolute"
            or not (root / "model.safetensors").is_file()
            or not (root / "tokenizer.json").is_file()
        ):
            return None
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        raw = load_file(str(root / "model.safetensors"))
        # linear weights transposed once, contiguous: x @ W is then one BLAS call
        weights = {
            k.removeprefix("bert."): np.ascontiguousarray(v.T, np.float32)
            if v.ndim == 2 and ".embeddings." not in f".{k}"
            else np.asarray(v, np.float32)
            for k, v in raw.items()
        }
        if "embeddings.word_embeddings.weight" not in weights:
            return None
        tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
        max_len = int(st.get("max_seq_length") or config.get("max_position_embeddings", 512))
        tokenizer.enable_truncation(min(max_len, int(config.get("max_position_embeddings", 512))))
        tokenizer.enable_padding(pad_id=int(config.get("pad_token_id") or 0))
        return cls(weights, config, tokenizer)

    def _work(self, rows: int) -> tuple[np.ndarray, list[np.ndarray]]:
        """The feed-forward block's arrays: its product ``(rows, intermediate size)`` and
        :func:`~kgchat.index.bert_kernels.gelu`'s four working rows, kept per thread from one
        pass to the next (no fresh pages a pass); a product of more than ``_KEPT_ROWS`` rows
        (a whole index's batch) is made afresh, its memory not held."""
        cols = self.w["encoder.layer.0.intermediate.dense.weight"].shape[1]
        kept: tuple[np.ndarray, list[np.ndarray]] | None = getattr(self._kept, "arrays", None)
        if kept is None:
            kept = self._kept.arrays = (
                np.empty((0, cols), np.float32),
                [np.empty((GELU_ROWS, cols), np.float32) for _ in range(4)],
            )
        product, work = kept
        if rows > _KEPT_ROWS:
            return np.empty((rows, cols), np.float32), work
        if product.shape[0] < rows:
            product = np.empty((rows, cols), np.float32)
            self._kept.arrays = (product, work)
        return product[:rows], work

    def prepare(self) -> None:
        """Make the layers' ONNX Runtime session (:func:`~kgchat.index.bert_onnx.onnx_layers`,
        0.3 s CPU once), so that a few texts' passes run there from now on; nothing where
        ``use_onnx`` is False or ``onnxruntime`` is not installed. Left to a process that
        answers many questions (:meth:`kgchat.retrieval.Retriever.prepare`): one question
        would spend more on the session than its pass saves."""
        if self.use_onnx and self._onnx is None:
            from kgchat.index.bert_onnx import onnx_layers

            self._onnx = onnx_layers(self)

    def encode(self, texts: list[str], threads: int | None = None) -> np.ndarray:
        """Mean-pooled last hidden states of ``texts``, float32 ``(len(texts), dim)``, not
        normalised (the encoder normalises). ``threads``: BLAS threads (default one for a
        small batch, the library's own setting for a large one)."""
        enc = tokenized(self.tokenizer, list(texts))
        ids = np.array([e.ids for e in enc], np.int64)
        if threads is None and ids.size > _ONE_THREAD_TOKENS:
            return self._forward(ids, enc)
        with _blas().limit(limits=threads or 1, user_api="blas"):
            return self._forward(ids, enc)

    def _forward(self, ids: np.ndarray, enc: list[Any]) -> np.ndarray:
        w, n, length, dim = self.w, ids.shape[0], ids.shape[1], self.dim
        mask = np.array([e.attention_mask for e in enc], np.float32)
        types = np.array([e.type_ids for e in enc], np.int64)
        # The linear layers, nearly all of the work, run on the real tokens only: a batch of
        # texts of mixed lengths is mostly padding (a question beside its one-word relation
        # words). Only attention, which mixes the tokens of one text, sees the padded layout.
        real = mask.reshape(-1) > 0
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][types]
        ).reshape(n * length, dim)[real]  # 2-D products: NumPy's stacked matmul skips BLAS
        x = layer_norm(
            x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps
        )
        onnx = self._onnx
        if onnx is not None and self.use_onnx and n <= _ONNX_TEXTS and x.shape[0] <= _ONNX_TOKENS:
            x = onnx.run(x, mask)
        else:
            x = self._layers(x, mask, real)
        pooled = (_padded(x, real, n, length) * mask[:, :, None]).sum(1) / np.maximum(
            mask.sum(1, keepdims=True), 1e-9
        )
        return np.asarray(pooled, np.float32)

    def _layers(self, x: np.ndarray, mask: np.ndarray, real: np.ndarray) -> np.ndarray:
        """The transformer layers over ``x``, the real tokens' rows (``real``: where they sit
        in the padded layout ``mask``), packed; returns the last layer's rows, packed."""
        w, blocks, dim = self.w, self.blocks, self.dim
        n, length = mask.shape
        heads, size = self.heads, dim // self.heads
        bias = attention_bias(mask)
        scale = np.float32(1.0 / np.sqrt(size))

        def heads_of(t: np.ndarray) -> np.ndarray:
            return np.ascontiguousarray(
                _padded(t, real, n, length).reshape(n, length, heads, size).transpose(0, 2, 1, 3)
            )

        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
                key = f"{p}{name}.weight"
                out = product(t, w[key], blocks=blocks.get(key))
                out += w[f"{p}{name}.bias"]  # in place: the same sum, one array fewer
                return out

            q = heads_of(lin(x, "attention.self.query") * scale)
            k = heads_of(lin(x, "attention.self.key"))
            v = heads_of(lin(x, "attention.self.value"))
            s = q @ k.transpose(0, 1, 3, 2) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(n * length, dim)[real]
            x = layer_norm(
                lin(ctx, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self.eps,
            )
            h, work = self._work(x.shape[0])
            key = p + "intermediate.dense.weight"
            product(x, w[key], out=h, blocks=blocks.get(key))
            h += w[p + "intermediate.dense.bias"]
            h = gelu(h, work)
            x = layer_norm(
                lin(h, "output.dense") + x,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self.eps,
            )
        return x
