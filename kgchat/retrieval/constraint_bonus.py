"""What a joint answer earns for the constraints it meets, by how well each mention's walk
meets its own.

A node several mentions reach (a question with several constraints) is scored on the joint
query of one walk per mention (its best combination) and raised by ``CONSTRAINT_BONUS`` per
mention beyond the first (:meth:`~kgchat.retrieval.combine.CandidateRanking._combine`).
Reaching a node is not yet meeting the constraint: every node near two or three named things
is reached by each, most by walks that say nothing the question asks of it ("Who directed
the 1998 Hedda Gabler at the Nationaltheatret?": a translator of a 1998 book, born in the
city the theatre stands in and the director was born in, reached from all three mentions;
"Which articles by A mention B?": a piece about the paper A works for). Such a node, paid the
whole bonus per mention, came before the answer the mentions reach by the walks the question
asks (the director, from two of them).

So each mention's part counts by how near the walk of the best combination comes to that
mention's best walk in any joint answer's best combination (the walks in competition, not
every node one mention reaches: a single walk scored on the whole question is often best
where it says the *other* mention's relation too). A walk one whole bonus or more below that
best meets nothing the question asks of it: its part is 0; the best walk earns the whole
bonus. The unit is the bonus itself, no new constant: a walk a bonus worse than the best is
no better evidence than a constraint not met. The parts are summed less the largest (the first
mention's, as ``n_reached - 1`` counted), so that a node every mention reaches by its best
walk keeps the bonus it had.

>>> met_constraints([2.0, 1.5], [2.0, 1.5], 1.0)
1.0
>>> met_constraints([1.0, 0.4], [2.0, 1.5], 1.0)
0.0
>>> round(met_constraints([2.0, 1.2], [2.0, 1.5], 1.0), 2)
0.7
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["constraints_met", "met_constraints"]

Joint = tuple[str, float, tuple[Any, ...]]  # (node, score, its best combination)


def met_constraints(scores: Sequence[float], bests: Sequence[float], unit: float) -> float:
    """How many constraints beyond the first a joint answer meets: per mention, its walk's
    score (``scores``) against the mention's best (``bests``, in the same order),
    ``1 - gap / unit`` clipped to ``[0, 1]`` (``unit``: the bonus a constraint met earns);
    summed, less the largest."""
    if unit <= 0:
        return float(len(scores) - 1)
    parts = [min(1.0, max(0.0, 1.0 - (b - s) / unit)) for s, b in zip(scores, bests, strict=True)]
    return sum(parts) - max(parts, default=0.0)


def constraints_met(joint: list[Joint], parts: list[dict[int, float]], unit: float) -> list[Joint]:
    """``joint`` answers, each score raised by ``unit`` per further constraint it meets
    (:func:`met_constraints`), from ``parts``: per answer, each span's walk score in its best
    combination (empty where its mentions meet no constraint of their own).

    >>> joint = [("a", 2.0, ()), ("b", 2.5, ())]
    >>> constraints_met(joint, [{0: 1.5, 1: 2.6}, {0: 0.5, 1: 2.6}], 1.0)
    [('a', 3.0, ()), ('b', 2.5, ())]
    """
    best: dict[int, float] = {}
    for part in parts:
        for i, s in part.items():
            best[i] = max(s, best.get(i, s))
    return [
        (node, score + unit * met_constraints([*p.values()], [best[i] for i in p], unit), c)
        for (node, score, c), p in zip(joint, parts, strict=True)
    ]
