"""What an acronym says: the words whose initials it spells, either way round (a relation
phrase's ``HDI`` and the question's "human development index", or the question's "GDP" and
a phrase's "gross domestic product").

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> q = analyze("What is Norway's human development index?", [(2, 3)])
>>> acronym_words(q, "HDI total")
{'hdi': {0, 1, 2}}
>>> acronym_words(analyze("What is the GDP of Norway?", [(5, 6)]), "gross domestic product")
{'gross': {0}, 'domestic': {0}, 'product': {0}}
>>> q = analyze("Which countries are in the Food and Agriculture Organization?", [])
>>> acronym_words(q, "member of FAO")
{'fao': {1, 2, 3}}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from kgchat.name_keys import written_acronyms
from kgchat.retrieval.question import QuestionInfo
from kgchat.text import PREPOSITIONS, STOPWORDS, tokens

__all__ = ["acronym_words", "spelled_out"]


def _spelled(toks: list[str], acronym: str, skip: AbstractSet[int]) -> list[tuple[int, int]]:
    """Runs of adjacent tokens (none in ``skip``) whose initials spell ``acronym``: every
    word's ("human development index"), or the content words' alone, the small words between
    them passed over ("Food and Agriculture Organization" for FAO)."""
    n, out = len(acronym), []
    for i, first in enumerate(toks):
        if i in skip or first[0] != acronym[0]:
            continue
        run = toks[i : i + n]
        if skip.isdisjoint(range(i, i + n)) and "".join(t[0] for t in run) == acronym:
            out.append((i, i + n))
            continue
        k, j = 1, i + 1  # letters matched, next token
        while k < n and j < len(toks) and j not in skip:
            t = toks[j]
            if t in STOPWORDS or t in PREPOSITIONS:
                j += 1
                continue
            if t[0] != acronym[k]:
                break
            k, j = k + 1, j + 1
        if k == n and j - i > n:
            out.append((i, j))
    return out


def acronym_words(q: QuestionInfo, phrase: str) -> dict[str, set[int]]:
    """Words of a relation phrase that an acronym meets, each with the indexes of the
    question's words (``q.words``) it meets: a phrase word written as an acronym whose
    initials the question spells out in adjacent words ("HDI total" and "human development
    index"), or the phrase's adjacent words spelling an acronym the question writes ("GDP" and
    "gross domestic product"). Empty when neither (most phrases: no capitals)."""
    out: dict[str, set[int]] = {}
    said = written_acronyms(phrase)
    asked = written_acronyms(q.text)
    if not said and not asked:
        return out
    where = {w: j for j, w in enumerate(q.words)}
    inside = q.in_mentions
    for _, acronym in said:
        for a, b in _spelled(q.tokens, acronym, inside):
            hits = {where[t] for t in q.tokens[a:b] if t in where}
            if hits:
                out.setdefault(acronym, set()).update(hits)
    toks = tokens(phrase) if asked else []
    for pos, acronym in asked:
        if pos in inside or q.tokens[pos : pos + 1] != [acronym] or acronym not in where:
            continue
        for a, b in _spelled(toks, acronym, set()):
            for t in toks[a:b]:
                if t not in STOPWORDS and t not in PREPOSITIONS:
                    out.setdefault(t, set()).add(where[acronym])
    return out


def spelled_out(
    question: str,
    mentions: Sequence[Any],
    label: Callable[[str], str],
    relation_words: Callable[[], AbstractSet[str]] = frozenset,
) -> str:
    """``question`` with each word written as an acronym that named a class by its initials
    (a mention of ``method`` "acronym") replaced by the class's name: "What is the *LEI* of
    X?" asks for a "legal entity identifier", and is read, scored and judged in those words,
    which the class's members and the walk's type words say, where "LEI" itself is no word of
    the graph. Where it is a word of a relation's name ("LEI", the property that holds the
    code: ``relation_words``, the words of the graph's relation phrases, read only where an
    acronym named a class), it stays as written: the relation is what the question asks, in
    the graph's own word. An entity named by its initials ("COPD") stays as written too: its
    mention is the topic, not a word the answer's path must say.

    >>> from kgchat.mention import Mention
    >>> m = Mention("lei", 3, 4, "ex:LegalEntityIdentifier", 0.7, "acronym", True)
    >>> spelled_out("What is the LEI of X?", [m], lambda n: "legal entity identifier")
    'What is the legal entity identifier of X?'
    >>> spelled_out("What is the LEI of X?", [m], lambda n: "legal entity identifier",
    ...             lambda: {"lei", "legal", "name"})
    'What is the LEI of X?'
    """
    for m in mentions:
        if m.is_class and m.method == "acronym":
            if m.text in relation_words():
                continue
            question = re.sub(
                rf"\b{re.escape(m.text)}\b", label(m.node), question, count=1, flags=re.IGNORECASE
            )
    return question
