"""Question readings trimmed for what a path must say: the words saying *when* the answer
holds (:func:`timeless`), the "of" attaching a type to its entity (:func:`type_attached`),
the prepositions joining two mentions a joint answer is reached from (:func:`mentions_joined`),
prepositions that are the only relation words a question has (:func:`prepositions_said`),
and, put back, the words of a mention the answer is not reached from (:func:`mentions_unreached`).
Each takes a :class:`~kgchat.retrieval.question.QuestionInfo` and returns one, itself where
nothing is trimmed."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import replace

from kgchat.function_words import NOW_WORDS, PREPOSITIONS
from kgchat.graph.dates import may_be_year
from kgchat.retrieval.question import QuestionInfo, content_word
from kgchat.text import stem

__all__ = [
    "mentions_joined",
    "mentions_unreached",
    "prepositions_said",
    "timeless",
    "type_attached",
]


def timeless(q: QuestionInfo) -> QuestionInfo:
    """``q`` without the words that say *when* the answer holds ("the *current* mayor of X",
    "who leads X *now*": :data:`~kgchat.function_words.NOW_WORDS`), which the retriever reads
    as the year asked (:func:`~kgchat.retrieval.in_year.year_named`, the statements held
    then), not as a relation a path must say; a word of them followed by a preposition is a
    verb ("which diseases *present with* X") and stays.

    >>> from kgchat.retrieval.question import analyze
    >>> timeless(analyze("who is the current mayor of madrid", [(4, 7)])).words
    []
    >>> timeless(analyze("which diseases present with headache", [(4, 5)])).words
    ['diseases', 'present']
    >>> timeless(analyze("what were X's offshore revenues in 2024", [(2, 3), (7, 8)])).prepositions
    []
    """
    toks = [t.lower() for t in q.tokens]
    verbs = {t for t, n in itertools.pairwise(toks) if n in PREPOSITIONS}
    keep = [i for i, w in enumerate(q.words) if w.lower() not in NOW_WORDS - verbs]
    # a preposition that only ever heads a year ("X's revenues *in* 2024") says when, as the
    # year does, not a relation a path must say
    heads = {t: [n for a, n in itertools.pairwise(toks) if a == t] for t in q.prepositions}
    preps = [p for p in q.prepositions if not all(map(may_be_year, heads[p] or ["of"]))]
    if len(keep) == len(q.words) and len(preps) == len(q.prepositions):
        return q
    counts = [q.counts[i] for i in keep] if q.counts else []
    return replace(q, words=[q.words[i] for i in keep], counts=counts, prepositions=preps)


def type_attached(q: QuestionInfo, typed: Sequence[tuple[int, int]]) -> QuestionInfo:
    """``q`` without the "of" right after a mention that stands where the type it asks is
    said (``typed``: spans of such mentions the answer is reached from): "What is the *past
    participle of* eat?", a tense and a mood of the graph linked as the type, attaches the
    type to the entity by the genitive "of", which asks no relation of its own (as in "What
    is the capital of X?"), unlike "What is *in* X?" or "which doctors work *at* X" (the
    other prepositions stay: they say a relation).

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("what is the plural of goose", [(3, 4), (5, 6)])
    >>> type_attached(q, [(3, 4)]).prepositions
    []
    >>> type_attached(analyze("what is in goose", [(3, 4)]), []).prepositions
    ['in']
    >>> q = analyze("which doctors work at lakeside", [(1, 2), (4, 5)])
    >>> type_attached(q, [(1, 2)]).prepositions
    ['at']
    """
    toks = [t.lower() for t in q.tokens]
    after = [toks[b] for _, b in typed if b < len(toks) and toks[b] == "of"]
    preps = list(q.prepositions)
    for t in after:
        if t in preps:
            preps.remove(t)
    return q if len(preps) == len(q.prepositions) else replace(q, prepositions=preps)


def mentions_joined(q: QuestionInfo, reached: Collection[tuple[int, int]]) -> QuestionInfo:
    """``q`` without the prepositions that join two mentions an answer is reached from
    (``reached``: their spans, two or more of them for a joint answer), nothing of the
    question's own words between either of them and the preposition: "Which paintings *by*
    Rembrandt are *at* the Mauritshuis?", "What species are *in* the genus Quercella?". The
    preposition says how the two things it joins are related, and the answer reached from
    both says it already, whatever its walks' relations are called; a preposition with one
    mention ("What is *in* X?") or a word of the question's own beside it ("which doctors
    *work at* X") still asks a relation the path must say.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("which paintings by rembrandt are at the mauritshuis", [(1, 2), (3, 4), (7, 8)])
    >>> mentions_joined(q, [(1, 2), (3, 4), (7, 8)]).prepositions
    []
    >>> mentions_joined(q, [(1, 2), (7, 8)]).prepositions  # Rembrandt not reached
    ['by', 'at']
    >>> q = analyze("which doctors work at lakeside", [(1, 2), (4, 5)])
    >>> mentions_joined(q, [(1, 2), (4, 5)]).prepositions
    ['at']
    """
    spans = set(reached)
    if len(spans) < 2 or not q.prepositions:
        return q
    toks = [t.lower() for t in q.tokens]
    own = set(q.words)
    mentions = sorted(q.spans)

    def joined(i: int) -> bool:
        """Whether the nearest mention on each side of token ``i`` is reached, with none of
        the question's own words between it and ``i``."""
        left = [m for m in mentions if m[1] <= i]
        right = [m for m in mentions if m[0] > i]
        if not left or not right:
            return False
        a, b = left[-1], right[0]
        return (
            a in spans
            and b in spans
            and a != b
            and not own.intersection(toks[a[1] : i])
            and not own.intersection(toks[i + 1 : b[0]])
        )

    inside = {i for a, b in mentions for i in range(a, b)}
    # a preposition word is dropped only where every place it stands outside the mentions
    # joins two
    joins: dict[str, bool] = {}
    for i, t in enumerate(toks):
        if t in q.prepositions and i not in inside:
            joins[t] = joins.get(t, True) and joined(i)
    preps = [p for p in q.prepositions if not joins.get(p, False)]
    return q if len(preps) == len(q.prepositions) else replace(q, prepositions=preps)


def prepositions_said(q: QuestionInfo, relation_words: Collection[str]) -> QuestionInfo:
    """The question with its prepositions as its relation words where it has no other and
    a relation of the graph is named by one of them: "what's *near* Bregenz" says nothing of
    the relation but its preposition, and ``nearby`` is that preposition's own word.

    A relation's word names a preposition where it is the preposition, or the preposition
    compounded with another ("near" + "by": English builds its adverbs of place so,
    "within", "underneath"); "of", which joins two nouns and names no relation, never does.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What's near Bregenz?", [(2, 3)])
    >>> prepositions_said(q, {"nearby", "population"}).words
    ['near']
    >>> prepositions_said(q, {"population"}).words
    []
    """
    if q.words or not q.prepositions:
        return q

    def names(p: str, w: str) -> bool:
        return w == p or (
            (w.startswith(p) and w[len(p) :] in PREPOSITIONS)
            or (w.endswith(p) and w[: -len(p)] in PREPOSITIONS)
        )

    said = [p for p in q.prepositions if p != "of" and any(names(p, w) for w in relation_words)]
    return replace(q, words=said) if said else q


def mentions_unreached(q: QuestionInfo, unreached: Collection[tuple[int, int]]) -> QuestionInfo:
    """``q`` with the content words of the mentions in ``unreached`` (spans of walk starts
    that the answer is reached from by no walk, nor holds or passes) as words a path must
    say: "How many *airbags* does the Golf have?" with "airbags" linked to a component the
    answer (the Golf's CO2 emissions) has nothing to do with still asks of airbags, and a
    path from the Golf alone says nothing of them. Linked, the words had left the question,
    which then asked nothing a path could miss.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("how many airbags does the golf have", [(2, 3), (5, 6)])
    >>> q.words, mentions_unreached(q, [(2, 3)]).words
    ([], ['airbags'])
    """
    have = {stem(w) for w in q.words}
    toks = [t.lower() for t in q.tokens]
    added: list[str] = []
    for a, b in sorted(unreached):
        for t in toks[a:b]:
            if not content_word(t) or stem(t) in have:
                continue
            have.add(stem(t))
            added.append(t)
    if not added:
        return q
    counts = [*q.counts, *(1 for _ in added)] if q.counts else []
    return replace(q, words=[*q.words, *added], counts=counts)
