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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kgchat.retrieval.similarity import TextSimilarity, rescale

__all__ = ["AnswerKind"]


class AnswerKind:
    """Per entity, how well the entity index's embedding of it meets a question's type words.

    Parameters
    ----------
    index : EntityIndex
        Whose ``nodes`` and ``vectors`` (normalised) are read.
    similarity : TextSimilarity
        Over the index's encoder: embeds the type words and says how far above unrelated a
        cosine is.
    """

    def __init__(self, index: Any, similarity: TextSimilarity) -> None:
        self.index = index
        self.similarity = similarity
        self._rows: dict[str, int] | None = None
        self._owner: Any = None

    def _row_of(self) -> dict[str, int]:
        nodes = self.index.nodes
        if self._rows is None or self._owner is not nodes or len(self._rows) != len(nodes):
            self._rows, self._owner = {n: i for i, n in enumerate(nodes)}, nodes
        return self._rows

    def match(self, type_words: Sequence[str], nodes: Sequence[str]) -> np.ndarray:
        """For each node, its best rescaled cosine to any of ``type_words`` (0 for a node the
        index does not hold: a literal, or an entity added since it was built)."""
        out = np.zeros(len(nodes), np.float32)
        floor = self.similarity.floor()
        if not type_words or not nodes or floor >= 1.0:
            return out
        rows = self._row_of()
        found = [(i, rows[n]) for i, n in enumerate(nodes) if n in rows]
        if not found:
            return out
        at, idx = zip(*found, strict=True)
        self.similarity.prefetch(type_words)
        words = np.stack([self.similarity.embed(w) for w in type_words])
        sims = self.index.vectors[list(idx)] @ words.T
        out[list(at)] = rescale(sims.max(axis=1), floor)
        return out
