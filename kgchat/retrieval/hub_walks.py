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

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

import numpy as np

from kgchat.linking_config import LinkerConfig
from kgchat.retrieval.hop_support import NAMED
from kgchat.retrieval.walk import turns_back
from kgchat.text import STOPWORDS, content_stems, stem, tokens

__all__ = [
    "HUB_HOLDERS",
    "Hop",
    "held_by_many",
    "last_hop_words",
    "met_at_held_value",
    "through_hub",
    "way_back_said",
]

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
        if len(_holders(kg, hub, nxt)) > most and not said((rel, fwd), (nxt, nfwd)):
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


def _holders(kg: Any, node: str, relation: str) -> set[str]:
    """The things that hold ``node`` by ``relation`` (the first 256 of its edges read)."""
    return {
        e.neighbor for e in kg.neighbors(node, direction="in", limit=256) if e.predicate == relation
    }


def _holders_reached(kg: Any, path: Any, holders: set[str]) -> set[str]:
    """Which of ``holders`` the hop before ``path``'s last could have reached: the holders
    its node before them has by that hop (the start itself, for a path of one hop)."""
    if len(path.pattern) < 2:
        return {path.nodes[0]} & holders
    rel, fwd = path.pattern[-2]
    before = path.nodes[-3]
    return {
        e.neighbor
        for e in kg.neighbors(before, direction="out" if fwd else "in", limit=256)
        if e.predicate == rel and e.neighbor in holders
    }


def met_at_held_value(kg: Any, paths: Any, most: int = HUB_HOLDERS) -> bool:
    """Whether the paths of a joint answer (:class:`~kgchat.retrieval.results.Path` objects
    from two mentions or more) meet at their common end only: each enters it forwards over
    one relation, more than ``most`` things hold it by that relation, and no holder of it is
    one that every path's hop before could have reached (the mentions' common record). A
    value so shared (a coded status, a currency, a namespace) is met by any two of its
    holders, so meeting it says nothing of how the mentions relate.

    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.retrieval.results import Path
    >>> kg = KnowledgeGraph.from_triples([(f"r{i}", "status", '"active"') for i in range(8)])
    >>> a = Path("r0", (("status", True),), ("r0", '"active"'), (0,), 1.0)
    >>> b = Path("r1", (("status", True),), ("r1", '"active"'), (1,), 1.0)
    >>> met_at_held_value(kg, [a, b]), met_at_held_value(kg, [a, b], most=8)
    (True, False)
    >>> met_at_held_value(kg, [a, a])  # one holder reached twice: its own value
    False
    """
    if len(paths) < 2:
        return False
    ends = {p.pattern[-1] for p in paths if p.pattern}
    if len(ends) != 1:
        return False
    relation, forward = ends.pop()
    if not forward or not all(p.pattern for p in paths):
        return False
    holders = _holders(kg, paths[0].nodes[-1], relation)
    if len(holders) <= most:
        return False
    common = _holders_reached(kg, paths[0], holders)
    for p in paths[1:]:
        common &= _holders_reached(kg, p, holders)
    return not common


def held_by_many(kg: Any, node: str, hop: Hop, most: int = HUB_HOLDERS) -> bool:
    """Whether ``node``, reached over ``hop`` forwards, is held by that relation by more than
    ``most`` things (a value they share; False for a hop walked backwards)."""
    relation, forward = hop
    return forward and len(_holders(kg, node, relation)) > most


def last_hop_words(last: Sequence[str], before: Sequence[str]) -> list[str]:
    """The content words of a walk's last hop's phrases (``last``) that the phrases of the
    hops before it (``before``) do not say, by stem: what the last relation says of its own.

    >>> last_hop_words(["medication request status"], ["medication request subject"])
    ['status']
    >>> last_hop_words(["identified by"], ["identifies"])
    []
    """
    said = {w for ph in before for w in content_stems(ph)}
    return [w for ph in last for w in tokens(ph) if w not in STOPWORDS and stem(w) not in said]
