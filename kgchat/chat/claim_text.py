"""A reply's text as the claim check reads it: its clauses with their citations
(:func:`split_claims`) and entity names as the stems of their words (:func:`name_key`,
:func:`graph_names`). Re-exported by :mod:`kgchat.chat.claims`, which checks the claims.

>>> split_claims("Oslo: Ben was born in Oslo [2].")
[('Oslo', ()), ('Ben was born in Oslo', (2,))]
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from kgchat.chat.guard import CITATION, GENERIC
from kgchat.text import STOPWORDS, stem, tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["Key", "graph_names", "name_key", "nameable", "split_claims"]

Key = tuple[str, ...]  # an entity name as the stems of its words

_SENTENCE_END = re.compile(r"[.!?;:](?=\s|$)")
_SHORT_WORD = re.compile(r"(?:^|\s)(?:[A-Z][a-z]?|\d{1,2})$")  # "J. R. R.", "Dr.", "1. FC"
_GROUP = re.compile(r"(?:\s*\[\d+\])+")
_PUNCTUATION = re.compile(r"[.!?;:]")


def split_claims(text: str, keep: Iterable[str] = ()) -> list[tuple[str, tuple[int, ...]]]:
    """The clauses of a reply with the citations after each; the names in ``keep`` are never
    split, whatever punctuation they hold ("Session: Linked Data", "OWL vs. RIF").

    >>> split_claims("Headache: Aspirin treats it [1][2], sometimes. [3] Fine.")
    [('Headache', ()), ('Aspirin treats it, sometimes', (1, 2, 3)), ('Fine', ())]
    >>> split_claims("Track: Linked Data [1]. Fine.", keep=["Track: Linked Data"])
    [('Track: Linked Data', (1,)), ('Fine', ())]
    >>> split_claims("4: Pierre Curie's share is 4 [2].")
    [('4', ()), ("Pierre Curie's share is 4", (2,))]
    >>> split_claims("Porto, where does she live? [1].")
    [('Porto, where does she live?', (1,))]
    """
    masked: dict[str, str] = {}
    for name in sorted(set(keep), key=len, reverse=True):
        if name and _PUNCTUATION.search(name) and name in text:
            mark = f"kgchatname{len(masked)}x"
            masked[mark] = name
            text = text.replace(name, mark)
    if masked:
        restore = re.compile("|".join(masked))
        return [
            (restore.sub(lambda m: masked[m.group(0)], words), cites)
            for words, cites in split_claims(text)
        ]
    sentences, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        # an abbreviation ends with a period ("J. R. R.", "1. FC"), never with a colon: "4: ..."
        # and "Ridgeback 2: ..." are an answer and its evidence
        if m.group(0) == ":" or not _SHORT_WORD.search(text[start : m.start()]):
            # a question keeps its mark: it asks, and states nothing (claims.check_claims)
            sentences.append(text[start : m.start()] + ("?" if m.group(0) == "?" else ""))
            start = m.end()
    sentences.append(text[start:])
    out: list[tuple[str, tuple[int, ...]]] = []
    for sentence in sentences:
        parts: list[tuple[str, tuple[int, ...]]] = []
        last = 0
        for g in _GROUP.finditer(sentence):
            cites = tuple(int(n) for n in CITATION.findall(g.group(0)))
            parts.append((sentence[last : g.start()], cites))
            last = g.end()
        if parts and not tokens(parts[0][0]) and out:  # "... [2]. [3] Next.": [3] is before
            out[-1] = (out[-1][0], out[-1][1] + parts.pop(0)[1])
        tail = sentence[last:]
        if parts and tokens(tail):  # words after the last citation belong to its claim
            parts[-1] = (parts[-1][0] + tail, parts[-1][1])
        elif tokens(tail):
            parts.append((tail, ()))
        for words, cites in parts:
            if tokens(words):
                out.append((" ".join(words.split()).strip(" ,"), cites))
            elif out:
                out[-1] = (out[-1][0], out[-1][1] + cites)
    return out


def name_key(label: str) -> Key:
    """An entity name as the check compares names: the stems of its words.

    >>> name_key("The Beatles")
    ('the', 'beatl')
    """
    return tuple(stem(w) for w in tokens(label))


def nameable(words: Sequence[str]) -> bool:
    """A name a sentence can be said to use: not only stopwords or generic words."""
    return any(w not in STOPWORDS and stem(w) not in GENERIC and len(w) > 1 for w in words)


_NAMES: list[tuple[weakref.ref[Any], int, frozenset[Key]]] = []


def graph_names(kg: KnowledgeGraph) -> frozenset[Key]:
    """Every entity label of ``kg`` as word stems (built once per graph and version)."""
    if _NAMES and _NAMES[0][0]() is kg and _NAMES[0][1] == kg.version:
        return _NAMES[0][2]
    names = frozenset(
        name_key(label) for label in (kg.label(n) for n in kg.entities()) if nameable(tokens(label))
    )
    _NAMES[:] = [(weakref.ref(kg), kg.version, names)]  # one graph at a time, as evaluated
    return names
