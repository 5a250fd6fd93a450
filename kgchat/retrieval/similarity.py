"""Word and text similarity for the untrained scorer: exact stems, derived forms, and the
encoder's cosine rescaled above the cosine it gives words that have nothing in common.

Examples
--------
>>> sim = TextSimilarity()  # no encoder: stems and derived forms only
>>> sim.words(["players", "team"], ["player", "club"]).tolist()
[[1.0, 0.0], [0.0, 0.0]]
>>> round(float(sim.words(["direct"], ["director"])[0, 0]), 2), sim.floor()
(0.8, 1.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kgchat.text import UNRELATED_WORDS, stem

__all__ = ["TextSimilarity"]


class TextSimilarity:
    """Similarities of words and texts under one encoder (optional), with its vectors cached.

    Parameters
    ----------
    encoder : Encoder, optional
    soft_floor : float
        The least floor: cosines at or below it count as unrelated (0), whatever the encoder.
    """

    def __init__(self, encoder: Any = None, soft_floor: float = 0.35) -> None:
        self.encoder = encoder
        self.soft_floor = soft_floor
        self._vec: dict[str, np.ndarray] = {}
        self._floor: float | None = None

    def words(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        """Similarity matrix of word lists: 1 for equal stems, else the embedding cosine
        rescaled above ``soft_floor`` (0 without an encoder)."""
        out = np.zeros((len(a), len(b)), np.float32)
        if not a or not b:
            return out
        if self.encoder is not None:
            todo = [w for w in dict.fromkeys([*a, *b]) if w not in self._vec]
            if todo:
                for w, v in zip(todo, self.encoder.encode(todo), strict=True):
                    self._vec[w] = np.asarray(v, np.float32)
            A = np.stack([self._vec[w] for w in a])
            B = np.stack([self._vec[w] for w in b])
            floor = self._calibrated_floor()
            if floor < 1.0:
                out = np.clip((A @ B.T - floor) / (1 - floor), 0, 1).astype(np.float32)
        sb = [stem(w) for w in b]
        for i, x in enumerate(a):
            sx = stem(x)
            for j, y in enumerate(sb):
                if sx == y:
                    out[i, j] = 1.0
                elif min(len(sx), len(y)) >= 4 and (sx.startswith(y) or y.startswith(sx)):
                    # derived forms the stemmer keeps apart: play/player, direct/director
                    out[i, j] = max(out[i, j], 0.8)
        return out

    def floor(self) -> float:
        """The cosine at or below which the encoder finds two texts unrelated (1: no usable
        relatedness, or no encoder)."""
        return 1.0 if self.encoder is None else self._calibrated_floor()

    def _calibrated_floor(self) -> float:
        """The cosine below which two words count as unrelated, for this encoder.

        Some encoders (mean-pooled LLM hidden states) put every word at cosine ~0.9 to every
        other; a fixed floor would then match everything with everything. The floor is raised to
        the 90th percentile of the cosines between words that have nothing to do with each other,
        and soft matching is switched off (floor 1) when those average above 0.6.
        """
        if self._floor is None:
            vecs = np.asarray(self.encoder.encode(list(UNRELATED_WORDS)), np.float32)
            cos = vecs @ vecs.T
            off = cos[~np.eye(len(UNRELATED_WORDS), dtype=bool)]
            if float(off.mean()) > 0.6:
                # No usable notion of relatedness: unrelated words are nearly parallel. Soft
                # matching would match everything with everything; keep exact matching only.
                self._floor = 1.0
            else:
                self._floor = max(self.soft_floor, float(np.percentile(off, 90)))
        return self._floor

    def prefetch(self, texts: Sequence[str]) -> None:
        """Embed the texts not yet cached in one batch (one forward pass, not one each)."""
        if self.encoder is None:
            return
        todo = [t for t in dict.fromkeys(texts) if t not in self._vec]
        if todo:
            if len(self._vec) > 100_000:  # words and phrases recur, questions do not
                self._vec.clear()
            for t, v in zip(todo, self.encoder.encode(todo), strict=True):
                self._vec[t] = np.asarray(v, np.float32)

    def embed(self, text: str) -> np.ndarray:
        """The encoder's vector of a text (a word, a phrase, a question), cached."""
        v = self._vec.get(text)
        if v is None:
            if len(self._vec) > 100_000:  # words and phrases recur, questions do not
                self._vec.clear()
            v = self._vec[text] = np.asarray(self.encoder.encode([text])[0], np.float32)
        return v
