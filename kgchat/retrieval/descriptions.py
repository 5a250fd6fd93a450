"""A relation's description (its property's ``rdfs:comment``, ``skos:definition``: read by
:meth:`~kgchat.graph.KnowledgeGraph.relation_description`) as the scorer's hop support and the
confidence's judge read it: by the encoder's meaning, whole and clause by clause.

A description's clauses say different things, and the cosine of the whole dilutes the one that
says the question: ``closing date``'s "The date of the latest coin in a hoard, taken as the date
of its burial." says "When was X buried?" by its second clause (0.44 above the encoder's
unrelated floor), not whole (0.19).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["description_parts", "description_said"]

# a clause of a description is a run of at least this many words between its punctuation
_PART_WORDS = 3


def description_parts(text: str) -> list[str]:
    """The sentences and clauses of a relation's description (split at the punctuation that
    ends or sets off one: ``.;:,`` and parentheses), each of :data:`_PART_WORDS` words or
    more, where there are several (none for a description of one clause).

    >>> description_parts("The date of the last coin in a hoard, taken as the date of its burial.")
    ['The date of the last coin in a hoard', 'taken as the date of its burial']
    >>> description_parts("The ruler or state in whose name a coin was struck.")
    []
    """
    parts = [p.strip() for p in re.split(r"[.;:,()](?:\s|$)|[()]", text)]
    kept = [p for p in parts if len(p.split()) >= _PART_WORDS]
    return kept if len(kept) > 1 else []


def description_said(similarity: Any, asked: str, text: str) -> float:
    """How well ``asked`` (a question, its entities left out) is said by a description: the
    best of ``similarity.related`` (the encoder's rescaled cosine, a
    :class:`~kgchat.retrieval.similarity.TextSimilarity`) over the whole and its
    :func:`description_parts`, embedded in one pass.

    >>> from kgchat.retrieval.similarity import TextSimilarity
    >>> description_said(TextSimilarity(), "when was buried", "A date, as taken of its burial.")
    0.0
    """
    texts = [text, *description_parts(text)]
    similarity.prefetch([asked, *texts])
    return max(similarity.related(asked, t) for t in texts)
