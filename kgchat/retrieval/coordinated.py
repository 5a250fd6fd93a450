"""Entities a question joins by "and": one role, so their alike walks priced as one walk.

"Who sat on both the Health committee and the Education committee?", "Which battles did Ney
and Davout both fight in?": two entities coordinated by "and" share one predicate, so each
relates to the answer as the other does, and the joint answer's walks from them are alike
(one pattern) that the question says once. The joint query pays every hop of every path
(one given back a path beyond the first), so two walks of two hops paid three where each
alone paid one; through records of their own (a membership, a participation: an unnamed
junction each walk's own query entered free) the walks meet at the answer only, which
:func:`~kgchat.retrieval.shared_walks.met_in_junction` leaves paying every hop (two
statements' references, both "imported from" one source, meet so by chance). For
coordinated entities, alike walks are what the question asks: :func:`alike_hops` prices
their joint path as one of them alone. Without it the committees' parent assembly, one hop
from each, came before the member of both, two hops from each; the district both venues
lie in before the artist who played at both.

:func:`coordinated` reads the coordination off the question's words only (English grammar,
:mod:`kgchat.function_words`): between two mentions an "and", right before the second (but
for articles); before it, the head noun both mentions modify, said again after the second
("the *Health* committee and the *Education* committee"), or nothing: not a second clause
("who directed A and *starred in* B"), nor a verb of the first's ("did A *direct* and B
star in").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from kgchat.function_words import ARTICLES

__all__ = ["alike_hops", "coordinated"]


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
        # a word between is the head both modify, said again after the second ("the Health
        # *committee* and the Education *committee*"), not a verb of the first's own
        # ("did Ann *direct* and Bo star in")
        end = spans[b][1]
        if before and list(tokens[end : end + len(before)]) != before:
            continue
        out.update((a, b))
    return frozenset(out)


def alike_hops(
    node: str,
    combo: Sequence[tuple[float, Any, int]],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
    frees: Sequence[dict[Any, int]],
    alike: frozenset[int],
) -> int:
    """The hops a joint answer's path gives back to be priced as one of its walks alone, where
    two or more of its walks (``combo``: (score, pattern, walk) entries) start at coordinated
    entities (walk numbers ``alike``) and walk one pattern: the question says that walk's
    relations once, for both. The joint query pays every hop of every path but one a path
    beyond the first; one walk of ``n`` hops pays them less those into junctions its own query
    took free (``frees``, per walk and pattern): ``k`` alike walks give back
    ``(k - 1) * (n - 1)`` and the first's free hops. 0 otherwise, and where the alike walks
    walk every hop forwards (they may meet at a named node before the answer, and their
    shared hops are :func:`~kgchat.retrieval.shared_walks.met_before`'s to give back), or
    reach ``node`` from one node (their parent pointers, ``sources``): walks that meet before
    the answer ("the author of both", and on to another of his works) read a sibling of what
    they met at, not what both entities are related to alike.

    >>> hops = (("organization", False), ("member", True))
    >>> combo = [(0.7, hops, 0), (0.7, hops, 1)]
    >>> seat = {"Health": "_:s1", "Education": "_:s2"}
    >>> sources = [(c, {hops: {"Ann": (seat[c], 0)}}) for c in ("Health", "Education")]
    >>> alike_hops("Ann", combo, sources, [{hops: 1}, {hops: 1}], frozenset({0, 1}))
    2
    >>> alike_hops("Ann", combo, sources, [{}, {}], frozenset({0, 1}))
    1
    >>> alike_hops("Ann", combo, sources, [{hops: 1}, {hops: 1}], frozenset({0}))
    0
    """
    walks = [(pattern, wid) for _, pattern, wid in combo if wid in alike]
    if len(walks) < 2 or len({pattern for pattern, _ in walks}) > 1:
        return 0
    pattern, first = walks[0]
    if all(forward for _, forward in pattern):  # (they may meet: met_before's to read)
        return 0
    before = [sources[wid][1].get(pattern, {}).get(node, (None,))[0] for _, wid in walks]
    if None in before or len(set(before)) < len(before):
        return 0
    free = frees[first].get(pattern, 0) if first < len(frees) else 0
    return (len(walks) - 1) * (len(pattern) - 1) + free
