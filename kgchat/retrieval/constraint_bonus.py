"""What a joint answer earns for the constraints it meets, by how well each mention's path
meets it.

A node several mentions reach (a question with several constraints) is raised by
``CONSTRAINT_BONUS`` per mention beyond the first
(:meth:`~kgchat.retrieval.combine.CandidateRanking._combine`). Reaching a node is not yet
meeting the constraint: every node near two named entities is reached by both, most of them by
paths that say nothing the question asks ("the articles by A that mention B": the paper A
works for, and on to what it is about; "the 1998 Hedda Gabler at the Nationaltheatret": a
person born in the city the theatre is in). Such a node, paid the whole bonus per mention,
came before the answer both mentions reach by the path the question asks.

So each mention's part counts by how near its path to the node comes to its best path to any
node the mentions reach together (the best of the nodes in competition, not of every node one
mention reaches: a joint answer is no worse for the mention's best walk leading elsewhere). A
path one whole bonus or more below that best meets nothing the question asks of it: its part
is 0; the mention's best path to the node earns the whole bonus. The unit is the bonus itself,
no new constant: a path a bonus worse than the best is no better evidence than a constraint
not met. The parts are summed less the best one (the first mention's, as
``n_reached - 1`` counts), so that a node every mention reaches by its best path keeps the
bonus it had.

>>> met_constraints([2.0, 1.5], [2.0, 1.5], 1.0)
1.0
>>> met_constraints([1.0, 0.9], [2.0, 1.5], 1.0)
0.0
>>> round(met_constraints([2.0, 1.2], [2.0, 1.5], 1.0), 2)
0.7
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["met_constraints"]


def met_constraints(scores: Sequence[float], bests: Sequence[float], unit: float) -> float:
    """How many constraints beyond the first a joint answer meets: per mention, its best path's
    score to the node (``scores``) against the mention's best to any node the mentions reach
    together (``bests``, in the same order), ``1 - gap / unit`` clipped to ``[0, 1]``
    (``unit``: the bonus a constraint met earns); summed, less the largest."""
    if unit <= 0:
        return float(len(scores) - 1)
    parts = [min(1.0, max(0.0, 1.0 - (b - s) / unit)) for s, b in zip(scores, bests, strict=True)]
    return sum(parts) - max(parts, default=0.0)
