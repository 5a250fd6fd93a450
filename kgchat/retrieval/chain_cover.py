"""How a walk's hops say a chain of relations a question's word is defined as
(:func:`~kgchat.retrieval.chained_words.chained`: "grandmother", ``mother`` of ``father`` or
``mother``), for the untrained path scorer
(:class:`~kgchat.retrieval.scoring.HeuristicPathScorer`) and the relation judge: each hop read
by the phrases that name the node it reaches (:func:`directed_hops`), the chain's links said
by consecutive hops in the chain's order (:func:`chain_said`), and whether every link is
walked (:func:`chain_walked`).
"""

from __future__ import annotations

import numpy as np

from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.per_question import PerQuestion
from kgchat.retrieval.phrases import phrase_parts

__all__ = ["chain_said", "chain_walked", "directed_hops"]


def _names_subject(phrase: str) -> bool:
    """Whether a relation phrase names its subject ("X *child of* Y": X is the child), as a
    phrase ending in "of" does, rather than its object ("X *has mother* Y", "X *mother* Y":
    Y is the mother)."""
    return phrase.split()[-1:] == ["of"]


def directed_hops(c: PerQuestion, path: PathQuery) -> np.ndarray:
    """Per hop, the best match of its words to each question word, each hop read by the
    phrases that name the node it reaches from the node it leaves (:func:`_names_subject`):
    walked forwards, its own phrase where that names the object ("X *has mother* Y": Y is
    X's mother) and its declared inverse where that names the subject (``child of`` walked
    forwards reaches a parent, its inverse ``parent of``); walked backwards, the other way
    round. A hop with no such phrase says nothing of the answer's end: Y walked back over
    ``has parent`` to X is X's child, not X's parent."""
    zero = np.zeros(len(c.question.words), np.float32)
    rows = []
    for k, (_, forward) in enumerate(path.pattern):
        inverse = path.inverses[k] if path.inverses else ""
        own = (path.phrases[k], *(path.synonyms[k] if path.synonyms else ()))
        texts = [t for t in own if _names_subject(t) != forward]
        if inverse and _names_subject(inverse) == forward:
            texts.append(inverse)
        vecs = [c.to_words[w] for t in texts for w in phrase_parts(t)[0]]
        rows.append(np.max(np.stack(vecs), axis=0) if vecs else zero)
    return np.stack(rows)


def chain_said(hops: np.ndarray | None, chain: tuple[tuple[int, ...], ...]) -> float:
    """The most that consecutive hops (``hops``' rows: per hop, its match to each question
    word) say of a chain (``chain``: per link, the answer's end first, the places of the
    question words any of which says it: "the *father* of your *father* or *mother*"), the
    first hop walked saying the chain's last link and each next hop the link before it; a
    walk shorter than the chain says a part of it, and a hop says one link of it, not two.

    >>> hops = np.array([[0.0, 1.0], [1.0, 0.0]])  # a hop saying "mother", then "father"
    >>> chain = ((0,), (1,))  # father of mother
    >>> chain_said(hops, chain), chain_said(hops[::-1], chain), chain_said(hops[:1], chain)
    (2.0, 1.0, 1.0)
    """
    if hops is None or not chain:
        return 0.0
    said = _links_said(hops, chain)
    best = 0.0
    for start in range(len(hops)):
        for first in range(len(chain)):
            n = min(len(hops) - start, len(chain) - first)
            best = max(best, float(sum(said[start + k, first + k] for k in range(n))))
    return best


def chain_walked(hops: np.ndarray, chain: tuple[tuple[int, ...], ...], floor: float) -> bool:
    """Whether consecutive hops say every link of ``chain`` (:func:`chain_said`'s reading),
    each at ``floor`` or more: a walk of one hop is no grandmother, however well it says
    "mother".

    >>> hops = np.array([[0.0, 1.0], [1.0, 0.0]])
    >>> chain_walked(hops, ((0,), (1,)), 0.5), chain_walked(hops[:1], ((0,), (1,)), 0.5)
    (True, False)
    """
    said = _links_said(hops, chain)
    n = len(chain)
    return any(
        all(said[start + k, k] >= floor for k in range(n)) for start in range(len(hops) - n + 1)
    )


def _links_said(hops: np.ndarray, chain: tuple[tuple[int, ...], ...]) -> np.ndarray:
    """Per hop (rows) and link (columns, the topic's end first, as the walk goes), how well
    the hop says the link: its best match to any of the link's words."""
    return np.stack([hops[:, list(link)].max(axis=1) for link in chain[::-1]], axis=1)
