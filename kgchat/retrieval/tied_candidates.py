"""Which of the answers tied for the best score comes first, where the first is no credible one.

Candidates whose scores are equal (:meth:`~kgchat.retrieval.results.Candidate.rank_key`'s
rounding) are ordered by node, an order of IRIs and literals that says nothing of the question.
Yet the confidence and the answer read the first: "How many votes did X get in 2019?" reached
X's party (``memberOf``, whose membership began in 2019) and X's vote count (``votes``) at one
score, and the party, first by IRI, was abstained on (confidence 0). :func:`rated_first` puts
first, of the best candidates tied with each other and reached by another walk than the
first's, the one the confidence rates highest, where the first is rated under the threshold
the retriever abstains below: a reading the question does not say, where a tied one may. Only
then: a credible first answer stays, as the confidence prefers the shorter of two readings that
score alike (a list of countries bordering the state X succeeded, tied with the state X itself
borders), and a tie is no ground to trade a credible answer for another. Nor where the tie is
at a score of 0 or less: walks that say nothing of the question ("Describe Bob.", each of Bob's
facts at 0) are no readings to choose between (the chat describes the entity instead). A list
of answers tied by one walk (every film a director made) is one reading, rated once.
"""

from __future__ import annotations

from collections.abc import Callable

from kgchat.retrieval.results import Candidate

__all__ = ["MOST_TRIED", "rated_first"]

MOST_TRIED = 4  # the most other readings of a tie rated (each is one confidence's cost)
# a rating above another by no more is the same: the encoder's batches move the last bits
_SAME = 1e-6


def _reading(c: Candidate) -> tuple[object, ...]:
    """What the confidence reads of a candidate's walk: its paths' starts and patterns (the
    first three, a joint answer's)."""
    return tuple((p.start, p.pattern) for p in c.paths[:3])


def rated_first(
    candidates: list[Candidate],
    rate: Callable[[list[Candidate]], float],
    rated: float | None = None,
    below: float = 1.0,
) -> tuple[list[Candidate], float]:
    """``candidates`` (ranked) with the one tied for the best score whose walk the
    confidence (``rate``, of a ranking) rates highest put first, and its rating, where the
    first is rated under ``below`` (the retriever's ``min_confidence``) and scored above 0;
    as given otherwise.

    ``rated``: ``rate(candidates)`` where the caller has it (None: rated here). Only
    candidates tied with the first and reached by a walk none before them was (another
    pattern or start: :func:`_reading`) are tried, at most :data:`MOST_TRIED`, and one is
    put first only if rated above the first by more than the encoder's noise. The others
    keep their order.

    >>> from kgchat.retrieval.results import Path
    >>> def walk(rel, node):
    ...     path = Path("X", ((rel, True),), ("X", node), (0,), 2.0)
    ...     return Candidate(node, node.strip('"'), 2.0, [path])
    >>> a, b = walk("memberOf", "Party"), walk("votes", '"9"')
    >>> says = lambda ranked: 0.9 if ranked[0].node == '"9"' else 0.1
    >>> ranked, r = rated_first([a, b], says, below=0.2)
    >>> [c.label for c in ranked], r
    (['9', 'Party'], 0.9)
    >>> [c.label for c in rated_first([a, b], says, below=0.1)[0]]  # the first is credible
    ['Party', '9']
    """
    if rated is None:
        rated = rate(candidates) if candidates else 0.0
    if len(candidates) < 2 or rated >= below or not candidates[0].paths:
        return candidates, rated
    if candidates[0].score <= 0.0:  # no walk says a word of the question
        return candidates, rated
    best = candidates[0].rank_key()[0]
    seen = {_reading(candidates[0])}
    chosen = 0
    for i, c in enumerate(candidates[1:], 1):
        if c.rank_key()[0] != best or len(seen) > MOST_TRIED:
            break
        reading = _reading(c)
        if not c.paths or reading in seen:
            continue
        seen.add(reading)
        r = rate([c, *candidates[:i], *candidates[i + 1 :]])
        if r > rated + _SAME:
            rated, chosen = r, i
    if not chosen:
        return candidates, rated
    c = candidates[chosen]
    return [c, *candidates[:chosen], *candidates[chosen + 1 :]], rated
