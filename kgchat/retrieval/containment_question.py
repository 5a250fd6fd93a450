"""Which way a question asks containment, read of its grammar (moved out of
:mod:`~kgchat.retrieval.containment`, which reads the walk's structure and re-exports
:func:`containment_asked` and :func:`cue_stems`).

"What genus is X *in*?", "Which family does X *belong to*?" ask the whole X is in (``'up'``);
"Which generators *belong to* X?" asks X's parts (``'down'``). English says containment with a
few function words (:data:`~kgchat.function_words.CONTAINMENT_PREPOSITIONS`,
:data:`~kgchat.function_words.CONTAINMENT_PHRASES`); where they stand against the wh-phrase,
the mentions and the copula says which way.

>>> from kgchat.retrieval.question import analyze
>>> containment_asked(analyze("What genus is the Yellowbill in?", [(4, 5)]))
'up'
>>> containment_asked(analyze("Which generators belong to Kupferberg?", [(4, 5)]))
'down'
>>> containment_asked(analyze("What was the rate in Bavaria in 2019?", [(5, 6)])) is None
True
"""

from __future__ import annotations

from kgchat.function_words import (
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    CONTAINMENT_PHRASES,
    CONTAINMENT_PREPOSITIONS,
    WH_WORDS,
)
from kgchat.retrieval.question import QuestionInfo
from kgchat.text import stem

__all__ = ["containment_asked", "cue_stems"]


def _cues(toks: list[str]) -> list[tuple[int, int]]:
    """(first, last) token places of each containment cue: a preposition of containment,
    or a phrase of them ("belong to", "part of"; by stem: "belongs to")."""
    out = [(i, i) for i, t in enumerate(toks) if t in CONTAINMENT_PREPOSITIONS]
    for head, prep in CONTAINMENT_PHRASES:
        for i, t in enumerate(toks[:-1]):
            if stem(t) == stem(head) and toks[i + 1] == prep:
                out.append((i, i + 1))
    return out


def cue_stems() -> frozenset[str]:
    """The stems of the content words of the containment phrases ("belong", "part").

    >>> sorted(cue_stems())
    ['belong', 'member', 'part']
    """
    return frozenset(stem(h) for h, _ in CONTAINMENT_PHRASES)


def containment_asked(q: QuestionInfo) -> str | None:
    """``'up'`` where the question asks the whole its entity is in (the entity is the
    subject: "What genus is X in?", "Which family does X belong to?", "In which country is
    X?"), ``'down'`` where it asks the parts of its entity (the wh-phrase is the subject:
    "Which regions are part of X?", "Which generators belong to X?"), None where it says no
    containment of the thing asked (an "in" inside the question, "the rate in Bavaria in
    2019", places something else)."""
    toks = [t.lower() for t in q.tokens]
    wh = next((i for i, t in enumerate(toks) if t in WH_WORDS), None)
    if wh is None or not q.spans:
        return None
    inside = q.in_mentions
    for first, last in _cues(toks):
        if last == wh - 1 and toks[first] in CONTAINMENT_PREPOSITIONS:
            # "In which country is X?"; not "In which films did X act?" (a verb of its own)
            aux = next((i for i in range(wh + 1, len(toks)) if toks[i] in AUXILIARIES), None)
            if aux is not None and toks[aux] in BE_FORMS and _only_mentions(toks, inside, aux):
                return "up"
            continue
        if first <= wh:
            continue
        rest = [i for i in range(last + 1, len(toks)) if i not in inside]
        if last == len(toks) - 1 or (not rest and last + 1 < len(toks)):
            # the cue ends the question (stranded: "is X in", "does X belong to") or only
            # the mentions follow it ("belong to X")
            between = range(wh + 1, first)
            if any(i in inside for i in between) and last == len(toks) - 1:
                # a mention between the wh-phrase and a stranded cue is its subject: "What
                # genus is *X* in?" (a type word linked as a mention stands in the
                # wh-phrase itself: "Which *family* does X belong to?" has X after it)
                subject = [i for i in between if i in inside and toks[i - 1] not in WH_WORDS]
                verb = toks[first] not in CONTAINMENT_PREPOSITIONS or (
                    # a stranded preposition says containment after a copula and its subject
                    # ("is X in"), not after a verb of another meaning ("did X act in")
                    first - 1 in inside and any(toks[i] in BE_FORMS for i in between)
                )
                if subject and verb:
                    return "up"
            if (
                not rest
                and _subject_asked(toks, inside, wh, first)
                and (toks[first] not in CONTAINMENT_PREPOSITIONS or toks[first - 1] in BE_FORMS)
            ):
                # a preposition of containment after a copula ("Which regions *are in* X"),
                # not after a verb of another meaning ("Who *acted in* X")
                return "down"
    return None


def _only_mentions(toks: list[str], inside: frozenset[int], after: int) -> bool:
    """Whether the tokens after ``after`` are mentions and articles only."""
    return all(i in inside or toks[i] in ARTICLES for i in range(after + 1, len(toks)))


def _subject_asked(toks: list[str], inside: frozenset[int], wh: int, cue: int) -> bool:
    """Whether the wh-phrase is the subject the cue at ``cue`` follows: its words (the
    type's, a type word linked as a mention among them) up to the cue or an auxiliary, then
    nothing but auxiliaries ("Which gas generators belong to X", "Which regions are part
    of X"), and no mention of the graph's things in between ("Which country is X part
    of": X is)."""
    i = wh + 1
    while i < cue and toks[i] not in AUXILIARIES and (i not in inside or i == wh + 1):
        i += 1
    return all(toks[k] in AUXILIARIES for k in range(i, cue))
