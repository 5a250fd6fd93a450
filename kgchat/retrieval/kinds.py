"""Whether an answer is the kind of thing a question asks for, judged by meaning.

A question that names its answer's type ("which *countries*", "which *organisations*") is met
by a path whose end node's class words say so. Many graphs type their nodes sparsely: in a
conference graph the country a person is ``based near`` has no class at all, while the
people next to it are typed ``Person``, so "Which countries are the authors of X from?"
would end at the authors. The entity index already holds, for every entity, an embedding of
its name, aliases and classes; its cosine to the question's type words says how much the
entity *is* one ("United Kingdom" and "countries": 0.61 in MiniLM; "Gianluca Correndo": 0.16).
Rescaled above the cosine the encoder gives unrelated words, it stands in for a class match
where the node's own class words say less.

Examples
--------
>>> import numpy as np
>>> from kgchat.retrieval.kinds import rescale
>>> rescale(np.array([0.61, 0.16]), floor=0.35).round(2).tolist()
[0.4, 0.0]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["AnswerKind", "rescale"]


def rescale(cosines: np.ndarray, floor: float) -> np.ndarray:
    """Cosines rescaled to [0, 1] above ``floor`` (the encoder's unrelated-words cosine)."""
    if floor >= 1.0:
        return np.zeros_like(cosines)
    return np.clip((cosines - floor) / (1.0 - floor), 0.0, 1.0)


class AnswerKind:
    """Per entity, how well the entity index's embedding of it meets a question's type words.

    Parameters
    ----------
    index : EntityIndex
        Whose ``nodes``, ``vectors`` (normalised) and ``encoder`` are read.
    floor : float
        The cosine at or below which the encoder finds two texts unrelated (see
        :meth:`kgchat.retrieval.scoring.HeuristicPathScorer.calibrated_floor`).
    """

    def __init__(self, index: Any, floor: float) -> None:
        self.index = index
        self.floor = floor
        self._rows: dict[str, int] | None = None
        self._owner: Any = None
        self._words: dict[str, np.ndarray] = {}

    def _row_of(self) -> dict[str, int]:
        nodes = self.index.nodes
        if self._rows is None or self._owner is not nodes or len(self._rows) != len(nodes):
            self._rows, self._owner = {n: i for i, n in enumerate(nodes)}, nodes
        return self._rows

    def _vectors(self, words: Sequence[str]) -> np.ndarray:
        todo = [w for w in dict.fromkeys(words) if w not in self._words]
        if todo:
            for w, v in zip(todo, self.index.encoder.encode(todo), strict=True):
                self._words[w] = np.asarray(v, np.float32)
        return np.stack([self._words[w] for w in words])

    def match(self, type_words: Sequence[str], nodes: Sequence[str]) -> np.ndarray:
        """For each node, its best rescaled cosine to any of ``type_words`` (0 for a node the
        index does not hold: a literal, or an entity added since it was built)."""
        out = np.zeros(len(nodes), np.float32)
        if not type_words or not nodes or self.floor >= 1.0:
            return out
        rows = self._row_of()
        found = [(i, rows[n]) for i, n in enumerate(nodes) if n in rows]
        if not found:
            return out
        at, idx = zip(*found, strict=True)
        sims = self.index.vectors[list(idx)] @ self._vectors(type_words).T
        out[list(at)] = rescale(sims.max(axis=1), self.floor)
        return out
