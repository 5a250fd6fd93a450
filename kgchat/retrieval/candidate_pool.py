"""Which of a question's scored nodes may be among the first of its candidates, before any
:class:`~kgchat.retrieval.results.Candidate` is built: the nodes reached from one mention
(scored by their best walk, thousands on a big graph) and the joint answers, cut together at
the candidate pool (:meth:`~kgchat.retrieval.combine.CandidateRanking._combine`'s).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["within_pool"]


def within_pool(single: np.ndarray, joint: Sequence[float], pool: int) -> tuple[Any, Any]:
    """The positions of the ``single`` and of the ``joint`` scores that may be among the first
    ``pool`` of them all by :meth:`Candidate.rank_key`; no other needs a :class:`Candidate`
    built (nor sorted). Thousands may tie (nodes reached alike): only those within
    ``rank_key``'s rounding (1e-6) of the ``pool``-th best can be among the first ``pool``
    (the kind bonus after only raises scores, of those).

    >>> within_pool(np.array([0.5, 0.9, 0.1, 0.9]), [0.3, 0.95], 2)
    ([1, 3], [1])
    """
    n = len(single) + len(joint)
    if n <= pool:
        return range(len(single)), range(len(joint))
    chosen = np.arange(len(single))
    if len(single) > pool:
        cut = np.partition(single, len(single) - pool)[len(single) - pool]
        # ties kept, and those a rounding below (the code before dropped them: a score
        # 4e-7 under the cut ties it in rank_key, and its node may come first)
        chosen = np.flatnonzero(single >= cut - 2e-6)
    values = np.concatenate([single[chosen], np.asarray(joint, float)])
    least = np.partition(values, len(values) - pool)[len(values) - pool] - 2e-6
    return chosen[single[chosen] >= least].tolist(), [i for i, s in enumerate(joint) if s >= least]
