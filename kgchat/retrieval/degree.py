"""A quality asked by naming a value of it: "How *sweet* is the Selaks Ice Wine?", "How
*full*-bodied is X?", "Is X *dry* or *sweet*?". English asks the degree of a quality with *how*
and an adjective, and offers values of it around *or*; where such a word names a node of the
graph that is a value of a relation (``Sweet``, a value of ``hasSugar``), the question asks
for the entity's value of that relation: a named value the entity holds, else whichever it
holds (``OffDry``: neither offered). Without this the named value was a second topic, and the
answers were the things that share it with the entity ("Barolo", also full-bodied). A value
named after *how* that no named entity holds by any relation is no topic at all
(:func:`unheld_qualities`): "How *high* is the dam?" asks a height, not of a status class
named "high".

>>> from kgchat import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> kg = KnowledgeGraph.from_triples([("Selaks", "sugar", "Sweet"),
...     ("Corbans", "sugar", "Dry"), ("Port", "sugar", "Sweet"), ("Port", "body", "Full")])
>>> Retriever(kg).retrieve("How sweet is Corbans?").candidates[0].label
'Dry'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kgchat.function_words import ARTICLES
from kgchat.linking import Mention
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, Path

__all__ = ["asked_degree", "unheld_qualities"]


def asked_degree(
    q: QuestionInfo,
    mentions: list[Mention],
    candidates: list[Candidate],
    edges: Callable[[str], Iterable[Any]],
    label: Callable[[str], str],
    is_value: Callable[[str], bool],
) -> list[Candidate]:
    """``candidates`` with, first, each value another mentioned entity holds by a relation
    that a mention right after *how*, or offered beside *or*, is a value of (``is_value``: a
    node that is no literal and no class); of those, the named ones where the entity holds
    one. Unchanged where no mention is so placed, or no entity holds such a value."""
    toks = q.tokens
    asked = [m for m in mentions if _quality_at(toks, m.start, m.end) and is_value(m.node)]
    if not asked:
        return candidates
    relations = {e.predicate for a in asked for e in edges(a.node) if not e.forward}
    spans = {(a.start, a.end) for a in asked}
    named = {a.node for a in asked}
    found: dict[str, list[Path]] = {}
    for x in dict.fromkeys(m.node for m in mentions if (m.start, m.end) not in spans):
        if x in named:
            continue
        for e in edges(x):
            if e.forward and e.predicate in relations:
                path = Path(x, ((e.predicate, True),), (x, e.neighbor), (e.fact,), 0.0)
                found.setdefault(e.neighbor, []).append(path)
    if not found:
        return candidates
    held = named & found.keys()
    if held:  # a value named that the entity holds (of "A or B", the one it is)
        found = {n: found[n] for n in held}
    top = candidates[0].score if candidates else 0.0
    first = [Candidate(n, label(n), top + 1.0, ps) for n, ps in sorted(found.items())]
    return [*first, *(c for c in candidates if c.node not in found)]


def unheld_qualities(
    toks: list[str],
    mentions: list[Mention],
    edges: Callable[[str], Iterable[Any]],
    is_value: Callable[[str], bool],
    through: Callable[[str], bool] = lambda node: False,
) -> list[Mention]:
    """The mentions right after *how* that name a value (``is_value``) of relations which no
    other entity the question names holds, itself or by an unnamed node of its own
    (``through``: an n-ary record's blank node): the word asks a degree ("How *high* is the
    dam?": its height), not the value that shares its name (a status class "high" of a
    river's ecological status, which no dam has). Such a mention is no topic: walked from, it
    answered the status's notation, and its word, taken from the question, no longer asked
    for a height. A value another named entity holds by one of its relations is the quality
    asked (:func:`asked_degree`: "How *sweet* is Corbans?") and is kept; so is a mention
    that is all the question names.

    >>> from kgchat import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Dam", "height", "153"), ("Doubs", "status", "high")])
    >>> ms = [Mention("high", 1, 2, "high", 1.0, "exact")]
    >>> ms.append(Mention("dam", 3, 4, "Dam", 1.0, "exact"))
    >>> toks = ["how", "high", "is", "dam"]
    >>> [m.node for m in unheld_qualities(toks, ms, kg.neighbors, lambda n: True)]
    ['high']
    >>> ms[1] = Mention("doubs", 3, 4, "Doubs", 1.0, "exact")
    >>> unheld_qualities(toks, ms, kg.neighbors, lambda n: True)
    []
    """
    asked = [m for m in mentions if m.start > 0 and toks[m.start - 1] == "how" and is_value(m.node)]
    if not asked:
        return []
    spans = {(m.start, m.end) for m in asked}
    others = {m.node for m in mentions if (m.start, m.end) not in spans}
    if not others:
        return []
    held: set[str] = set()
    for x in others:
        out = [e for e in edges(x) if e.forward]
        out += [f for e in out if through(e.neighbor) for f in edges(e.neighbor) if f.forward]
        held.update(e.predicate for e in out)
    return [
        m for m in asked if not any(not e.forward and e.predicate in held for e in edges(m.node))
    ]


def _quality_at(toks: list[str], start: int, end: int) -> bool:
    """Whether the words at ``start:end`` follow *how* ("how *sweet*") or are an alternative
    of *or* (before it, or after it and its article: "a red or *a white*")."""
    before = toks[start - 1] if start > 0 else ""
    if before == "how" or (end < len(toks) and toks[end] == "or") or before == "or":
        return True
    return start > 1 and before in ARTICLES and toks[start - 2] == "or"
