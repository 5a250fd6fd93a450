"""Features of relation paths for the learned path scorer (:mod:`kgchat.retrieval.learned`):
the text a path is read as, and the hidden states of a frozen transformer over texts, cached.

torch is imported here; the retriever imports this module only when a learned scorer is used or
trained (``kgchat tune --strategy feature``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from kgchat.errors import ConfigError
from kgchat.graph.vocab import HIERARCHY
from kgchat.retrieval.scoring import PathQuery

if TYPE_CHECKING:
    from kgchat.tuning.feature_config import FeatureTuningConfig

__all__ = ["FeatureExtractor", "hop_texts", "make_extractor", "path_text", "walks_down"]


def path_text(path: PathQuery) -> str:
    """The text a path is embedded as: its relation phrases, each read backwards marked
    ``(inverse)`` (the way :meth:`~kgchat.graph.KnowledgeGraph.relation_label` names an
    undeclared inverse), then its answer type words.

    >>> path_text(PathQuery((("treats", False),), ("treats",), ("drug",)))
    'treats (inverse) [SEP] drug'
    """
    return " ; ".join(hop_texts(path)) + " [SEP] " + " ".join(path.answer_types)


def walks_down(path: PathQuery) -> bool:
    """Whether a path only walks down the class hierarchy (``rdf:type`` / ``rdfs:subClassOf``
    backwards, from a class to its instances)."""
    return bool(path.pattern) and all(p in HIERARCHY and not forward for p, forward in path.pattern)


def hop_texts(path: PathQuery) -> list[str]:
    """Each hop's phrase, a backward one marked ``(inverse)`` (as in :func:`path_text`)."""
    return [
        phrase if forward else f"{phrase} (inverse)"
        for phrase, (_, forward) in zip(path.phrases, path.pattern, strict=False)
    ]


class FeatureExtractor:
    """Hidden states of a frozen transformer (a causal LM or a text encoder), cached by text.

    Parameters
    ----------
    model, tokenizer
        The frozen model.
    layer : int
        Which hidden state to pool.
    max_length : int
        Tokens kept of a text.
    batch_size : int
        Texts per forward pass.
    special_tokens : bool
        Let the tokenizer add its special tokens (an encoder's ``[CLS] ... [SEP]``, which it
        was trained to see); they are pooled with the rest but are not question tokens of
        :meth:`embed_tokens`. A causal LM's text is read without them.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        layer: int,
        max_length: int,
        batch_size: int,
        special_tokens: bool = False,
    ) -> None:
        self.model = model.eval().requires_grad_(False)
        self.tokenizer = tokenizer
        self.layer = layer
        self.max_length = max_length
        self.batch_size = batch_size
        self.special_tokens = special_tokens
        self.cache: dict[str, np.ndarray] = {}
        self.token_cache: dict[str, np.ndarray] = {}
        self.device = next(model.parameters()).device
        n_states = int(model.config.num_hidden_layers) + 1
        if not -n_states <= layer < n_states:
            raise ConfigError(
                f"layer={layer} is out of range for a model with {n_states - 1} layers"
            )

    @property
    def dim(self) -> int:
        """Size of one embedding."""
        return int(self.model.config.hidden_size)

    def _tokenize(self, text: str) -> tuple[list[int], list[bool]]:
        """A text's token ids (at most ``max_length``) and which are the text's own (not
        special)."""
        pad = self.tokenizer.pad_token_id or 0
        if not self.special_tokens:
            ids = self.tokenizer(text, add_special_tokens=False)["input_ids"][: self.max_length]
            return (ids, [True] * len(ids)) if ids else ([pad], [True])
        enc = self.tokenizer(
            text, truncation=True, max_length=self.max_length, return_special_tokens_mask=True
        )
        own = [m == 0 for m in enc["special_tokens_mask"]]
        return enc["input_ids"], own if any(own) else [True] * len(own)

    def _forward(self, rows: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        """Hidden states at ``layer`` (b, t, d) of right-padded rows, and their mask (b, t)."""
        pad = self.tokenizer.pad_token_id or 0
        width = max(len(r) for r in rows)
        ids = torch.full((len(rows), width), pad, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for k, r in enumerate(rows):  # right padding: a causal LM's tokens never see it
            ids[k, : len(r)] = torch.tensor(r)
            mask[k, : len(r)] = 1
        ids, mask = ids.to(self.device), mask.to(self.device)
        out = self.model(input_ids=ids, attention_mask=mask, output_hidden_states=True)
        return out.hidden_states[self.layer].float(), mask

    @torch.no_grad()
    def embed_tokens(self, text: str) -> np.ndarray:
        """The text's token states at ``layer``, one L2-normalised row per token (cached)."""
        hit = self.token_cache.get(text)
        if hit is not None:
            return hit
        self.prefetch_tokens([text])
        return self.token_cache[text]

    @torch.no_grad()
    def prefetch_tokens(self, texts: Sequence[str]) -> None:
        """Fill the :meth:`embed_tokens` cache for ``texts``, ``batch_size`` texts a forward
        pass (texts of similar length together, so little is padding)."""
        todo = sorted(set(t for t in texts if t not in self.token_cache), key=len)
        if len(self.token_cache) + len(todo) > 50_000:
            self.token_cache.clear()
        for i in range(0, len(todo), self.batch_size):
            chunk = todo[i : i + self.batch_size]
            tokenized = [self._tokenize(t) for t in chunk]
            h, _ = self._forward([ids for ids, _ in tokenized])
            states = torch.nn.functional.normalize(h, dim=-1).cpu().numpy()
            for k, (t, (ids, own)) in enumerate(zip(chunk, tokenized, strict=True)):
                self.token_cache[t] = states[k, : len(ids)][np.asarray(own)]

    @torch.no_grad()
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text (float32): the mean of its token states."""
        todo = list(dict.fromkeys(t for t in texts if t not in self.cache))
        for i in range(0, len(todo), self.batch_size):
            chunk = todo[i : i + self.batch_size]
            h, mask = self._forward([self._tokenize(t)[0] for t in chunk])
            m = mask.unsqueeze(-1).to(h.dtype)
            pooled = torch.nn.functional.normalize((h * m).sum(1) / m.sum(1), dim=-1)
            for t, v in zip(chunk, pooled.cpu().numpy(), strict=True):
                self.cache[t] = v
        if len(self.cache) > 200_000:  # bound memory on long-running servers
            keep = {t: self.cache[t] for t in texts}
            self.cache = keep
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([self.cache[t] for t in texts]).astype(np.float32)


def make_extractor(cfg: FeatureTuningConfig, model: Any, tokenizer: Any) -> FeatureExtractor:
    """The :class:`FeatureExtractor` of ``cfg``'s backbone over a loaded model: an encoder
    reads its texts with its special tokens, a causal LM without."""
    return FeatureExtractor(
        model,
        tokenizer,
        cfg.layer,
        cfg.max_length,
        cfg.embed_batch_size,
        special_tokens=cfg.backbone == "encoder",
    )
