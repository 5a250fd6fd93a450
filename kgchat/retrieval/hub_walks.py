"""Walks that reach an answer through a value many things share.

``X -r-> H <-r- Y`` relates Y to X only by H, and where H is held by many (a coded status, a
level of a classification, a genre) Y is any of them: a peer of X, never X's own value.
"What is the top-level family of Afrikaans?" walked up to Afrikaans's parent, out to its
level ``family`` and back to any other family; "Who composed the music for X?" out to X's
genre, back to another game of it (over the relation's copy of the same name) and on to that
game's composer. The confidence judges an answer that only such walks reach 0
(:class:`~kgchat.retrieval.confidence.AnswerConfidence`): a value shared by few (a director,
a club) still ties its holders, as the middle hops' support judges
(:class:`~kgchat.retrieval.middle_hops.MiddleHops`), and so does the walk out from X and
back and no further, X's own peers ("Who works at the same organization as X?"), which
naming X says. So does a walk whose way back the question says as well as its way out
(:func:`way_back_said`): "What do the drugs that *treat* the diseases *treated* by X
target?" asks for the drugs that share a disease with X.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval.results import Path
>>> kg = KnowledgeGraph.from_triples(
...     [(f"g{i}", "genre", "Action") for i in range(8)] + [("g1", "composer", "Kondo")])
>>> walk = Path("g0", (("genre", True), ("genre", False), ("composer", True)),
...             ("g0", "Action", "g1", "Kondo"), (0, 1, 8), 1.0)
>>> through_hub(kg, walk)
True
>>> through_hub(kg, walk, most=8)
False
>>> through_hub(kg, walk, said=lambda out, back: True)  # the question says the way back
False
>>> through_hub(kg, Path("g0", walk.pattern[:2], walk.nodes[:3], (0, 1), 1.0))  # X's peers
False
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

import numpy as np

from kgchat.linking_config import LinkerConfig
from kgchat.retrieval.hop_support import NAMED
from kgchat.retrieval.walk import turns_back

__all__ = ["HUB_HOLDERS", "Hop", "through_hub", "way_back_said"]

# more holders than the linker keeps readings of one name: a value so shared names none of them
HUB_HOLDERS = LinkerConfig.max_candidates

Hop = tuple[str, bool]  # one step of a walk: its relation, and whether walked forwards


def _way_back_unsaid(out: Hop, back: Hop) -> bool:
    """:func:`through_hub`'s default: no question to say a walk's way back."""
    return False


def through_hub(
    kg: Any,
    path: Any,
    most: int = HUB_HOLDERS,
    said: Callable[[Hop, Hop], bool] = _way_back_unsaid,
) -> bool:
    """Whether ``path`` (a :class:`~kgchat.retrieval.results.Path`) walks out over a relation
    to a node and straight back over it, or over a relation of the same name (a copy of it,
    ``dbo:genre`` and ``dbp:genre``), where more than ``most`` things hold that node by the
    relation walked back: what it reaches shares a common value with what it left. A walk that
    is that out and back and no more, from its start, reaches the start's own peers, which a
    question asks by naming the start ("the other films of X's director"): not counted; nor
    is a turn whose way back the question says (``said(out, back)`` of its two hops: see
    :func:`way_back_said`)."""
    hops = path.pattern
    for i, ((rel, fwd), (nxt, nfwd)) in enumerate(pairwise(hops)):
        if fwd == nfwd or not fwd or (i == 0 and i + 2 == len(hops)):
            # (out from X and back, the walk's whole: X's own peers, which naming X says,
            # "the other films of X's director", "who works at the same organization as X")
            continue
        copy = kg.relation_label(rel) == kg.relation_label(nxt)  # (dbo:genre, dbp:genre)
        if not (turns_back((rel, fwd), (nxt, nfwd)) or copy):
            continue
        hub = path.nodes[i + 1]
        holders = {
            e.neighbor for e in kg.neighbors(hub, direction="in", limit=256) if e.predicate == nxt
        }
        if len(holders) > most and not said((rel, fwd), (nxt, nfwd)):
            return True
    return False


def way_back_said(out: np.ndarray | None, back: np.ndarray | None, counts: list[int]) -> bool:
    """Whether the question names a hub walk's way back as well as its way out: ``out`` and
    ``back`` are the best match of each hop's relation words to each question word (the
    scorer's ``word_cover``), ``counts`` how often each word is said (empty: once each). The
    way out takes the word that says it best, as one word names one hop
    (:func:`~kgchat.retrieval.hop_support.spent_once`); the way back is said where a word
    names it (:data:`~kgchat.retrieval.hop_support.NAMED` or more) that the way out left, or
    that word said twice: "the drugs that *treat* the diseases *treated* by X", "the
    entities *given* by the *route* of X", not "the top-level family of X" (its ``level``
    once, walked out to a level and back to any family).

    >>> way_back_said(np.array([1.0, 0.2]), np.array([1.0, 0.2]), [2, 1])  # "treat" twice
    True
    >>> way_back_said(np.array([1.0, 0.2]), np.array([1.0, 0.2]), [])
    False
    >>> way_back_said(np.array([1.0, 0.9]), np.array([1.0, 0.9]), [])  # "given ... route"
    True
    """
    if out is None or back is None or not len(out) or float(out.max()) < NAMED:
        return False  # (the way out not named: the hub is no value the question says)
    spent = int(out.argmax())
    return any(
        float(b) >= NAMED and (k != spent or (counts[k] if counts else 1) > 1)
        for k, b in enumerate(back)
    )
