"""Entities a question joins by "and": one role, so alike walks through records of their own.

"Who sat on both the Health committee and the Education committee?", "Which battles did Ney
and Davout both fight in?": two entities coordinated by "and" share one predicate, so each
relates to the answer as the other does, and the joint answer's walks from them are alike
(one pattern). Where each such walk passes a record of its own (a membership, a
participation: an unnamed junction its own query entered free), the walks meet at the
answer only, which :func:`~kgchat.retrieval.shared_walks.met_in_junction` leaves paying every
hop (two statements' references, both "imported from" one source, meet so by chance): for
coordinated entities that meeting is what the question asks, and :func:`alike_hops` gives
the joint path the hops into junctions each walk took free alone. Without it the committees'
parent assembly, one hop from each, came before the member of both, two hops from each.

:func:`coordinated` reads the coordination off the question's words only (English grammar,
:mod:`kgchat.function_words`): between two mentions an "and", right before the second (but
for articles), with nothing before it that a preposition or another "and" opens: a noun both
mentions modify may stand there ("the *Health* committee and the *Education* committee"), a
second clause may not ("who directed A and *starred in* B").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from kgchat.function_words import ARTICLES, PREPOSITIONS

__all__ = ["MOST_BETWEEN", "alike_hops", "coordinated"]

#: the most words between a coordinated mention and the "and" after it (a noun the mentions
#: modify, "committee"; its own modifier)
MOST_BETWEEN = 2


def coordinated(tokens: Sequence[str], spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The positions in ``spans`` (mentions' ``(start, end)`` token spans) of the mentions
    coordinated with another by "and" (module docstring).

    >>> toks = "which battles did ney and davout both fight in".split()
    >>> sorted(coordinated(toks, [(3, 4), (5, 6)]))
    [0, 1]
    >>> sorted(coordinated("who was born in ann and died in bo".split(), [(4, 5), (8, 9)]))
    []
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    out: set[int] = set()
    for a, b in itertools.pairwise(order):
        between = list(tokens[spans[a][1] : spans[b][0]])
        while between and between[-1] in ARTICLES:
            between.pop()
        if not between or between[-1] != "and":
            continue
        before = between[:-1]
        if len(before) > MOST_BETWEEN or any(w in PREPOSITIONS or w == "and" for w in before):
            continue
        out.update((a, b))
    return frozenset(out)


def alike_hops(
    combo: Sequence[tuple[float, Any, int]],
    frees: Sequence[dict[Any, int]],
    alike: frozenset[int],
) -> int:
    """The hops into junctions a joint answer's walks (``combo``: (score, pattern, walk)
    entries) took free alone (``frees``, per walk and pattern), where two or more of them
    start at coordinated entities (walk numbers ``alike``), walk one pattern, and each
    entered a junction free; 0 otherwise.

    >>> hops = (("organization", False), ("member", True))
    >>> combo = [(0.7, hops, 0), (0.7, hops, 1)]
    >>> alike_hops(combo, [{hops: 1}, {hops: 1}], frozenset({0, 1}))
    2
    >>> alike_hops(combo, [{hops: 1}, {hops: 1}], frozenset({0}))
    0
    """
    walks = [(pattern, wid) for _, pattern, wid in combo if wid in alike]
    if len(walks) < 2 or len({pattern for pattern, _ in walks}) > 1:
        return 0
    freed = [frees[wid].get(pattern, 0) if wid < len(frees) else 0 for pattern, wid in walks]
    return sum(freed) if all(freed) else 0
