"""What a relation phrase says in words: its content words and prepositions, whether it reads
as a verb (and passive), and which way a question's word order walks such a verb.

Examples
--------
>>> phrase_parts("is contraindicated in")
(('contraindicated',), frozenset({'in'}))
>>> phrase_verb("treats"), phrase_verb("is metabolized by"), phrase_verb("member of class")
(('treat', False), ('metabol', True), None)
"""

from __future__ import annotations

from functools import lru_cache

from kgchat.retrieval.question import QuestionInfo
from kgchat.text import BE_FORMS, NOUN_MARKERS, PREPOSITIONS, STOPWORDS, stem, tokens

__all__ = ["expected_direction", "phrase_parts", "phrase_verb"]


@lru_cache(maxsize=65536)
def phrase_verb(phrase: str) -> tuple[str, bool] | None:
    """A relation phrase's verb stem and whether the phrase is passive ("is metabolized by"),
    when it is read as a verb: ``treats``, ``interacts with``, ``is contraindicated in``; None
    for noun phrases (``member of class``, ``has side effect``: their direction is not in word
    order)."""
    toks = tokens(phrase)
    if not toks:
        return None
    passive = toks[-1] == "by"
    if toks[0] in BE_FORMS and len(toks) > 1 and toks[1].endswith("ed"):
        return stem(toks[1]), passive
    w = toks[0]
    if w in STOPWORDS or len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return None
    return stem(w), passive


@lru_cache(maxsize=65536)
def phrase_parts(phrase: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A relation phrase's content words and prepositions."""
    toks = tokens(phrase)
    content = tuple(w for w in toks if w not in STOPWORDS and w not in PREPOSITIONS)
    return content, frozenset(w for w in toks if w in PREPOSITIONS)


def expected_direction(q: QuestionInfo, verb: str, passive: bool) -> bool | None:
    """Whether the question walks a verb relation forwards from its entity: the verb said
    after the entity (its subject), unless the question or the relation is passive ("... by");
    None when the verb is not said, or said on both readings."""
    (start, end) = q.spans[0]
    seen = set()
    for i, t in enumerate(q.tokens):
        if start <= i < end or stem(t) != verb:
            continue
        if i > 0 and q.tokens[i - 1] in NOUN_MARKERS:
            continue  # "the cites of X": the verb used as a noun says nothing of direction
        by = i + 1 < len(q.tokens) and q.tokens[i + 1] == "by"
        seen.add((i >= end) ^ by ^ passive)
    return seen.pop() if len(seen) == 1 else None
