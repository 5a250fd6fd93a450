"""The of-complement of an asked type: "Which provisions *of law* does X refer to?".

A wh-phrase names its answer's type by a head noun (:func:`~kgchat.retrieval.answer_type.
answer_type_words`: ``provisions``), and a bare noun after that head's "of" is still part of
the type ("provisions of *law*", "members of *staff*", "units of *volume*"): a kind of
provision, not a thing the answer is walked to. It names no hop of a walk (:mod:`kgchat.
retrieval.said_hops`), as the head names none. Grammar alone reads it: the complement has
no article or other determiner ("the population of *the* capital of X" names a walk's hop,
"capital"), it is no entity mention ("which volume of *Scientometrics*"), and the phrase is
the wh-word's own, the wh-word its only determiner ("what *is the* N of M", "what's *the* N of
M" ask a relation's noun of M, not a type). One word is read, the noun right after "of": a
second may be the question's verb ("what colour of wine *goes* with ...").

Examples
--------
>>> from kgchat.text import tokens
>>> type_complement(tokens("Which provisions of law does KKO refer to?"), {5}, ["provisions"])
['law']
>>> type_complement(tokens("Which volume of Scientometrics has X?"), {3, 5}, ["volume"])
[]
>>> type_complement(tokens("What is the mechanism of action of X?"), {7}, ["mechanism"])
[]
>>> type_complement(tokens("What's the mass of menthol?"), set(), ["mass"])
[]
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from kgchat.text import AUXILIARIES, COPULAS, DETERMINERS, PREPOSITIONS, STOPWORDS

__all__ = ["type_complement"]


def type_complement(
    toks: Sequence[str], inside: Collection[int], asked: Sequence[str]
) -> list[str]:
    """The bare word after "of" right after the asked type's head, where "which"/"what"
    heads that phrase with no verb or other determiner between; empty where there is none.

    Parameters
    ----------
    toks : sequence of str
        The question's tokens.
    inside : collection of int
        The places of the tokens inside entity mentions.
    asked : sequence of str
        The answer's type words (:attr:`~kgchat.retrieval.question.QuestionInfo.answer_type`).
    """
    if not asked:
        return []
    wh = next((i for i, t in enumerate(toks) if t in ("which", "what") and i not in inside), -1)
    if wh < 0:
        return []
    head = next((k for k in range(wh + 1, len(toks)) if toks[k] == asked[-1]), -1)
    between = toks[wh + 1 : head]
    if head < 0 or any(t in COPULAS or t in AUXILIARIES or t in DETERMINERS for t in between):
        return []
    at = head + 2
    if toks[head + 1 : at] != ["of"] or at >= len(toks) or at in inside:
        return []
    return [] if toks[at] in STOPWORDS or toks[at] in PREPOSITIONS else [toks[at]]
