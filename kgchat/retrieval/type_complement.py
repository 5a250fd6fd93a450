"""The of-complement of an asked type: "Which provisions *of law* does X refer to?".

A wh-phrase names its answer's type by a head noun (:func:`~kgchat.retrieval.answer_type.
answer_type_words`: ``provisions``), and a bare noun after that head's "of" is still part of
the type ("provisions of *law*", "members of *staff*", "units of *volume*"): a kind of
provision, not a thing the answer is walked to. It names no hop of a walk (:mod:`kgchat.
retrieval.said_hops`), as the head names none. Grammar alone reads it: the complement has
no article or other determiner ("the population of *the* capital of X" names a walk's hop,
"capital"), it is no entity mention ("which volume of *Scientometrics*"), and the phrase is
the wh-word's own ("what *is* the N of M" asks N of M, a relation's noun, not a type).

Examples
--------
>>> from kgchat.text import tokens
>>> type_complement(tokens("Which provisions of law does KKO refer to?"), {5}, ["provisions"])
['law']
>>> type_complement(tokens("Which volume of Scientometrics has X?"), {3, 5}, ["volume"])
[]
>>> type_complement(tokens("What is the mechanism of action of X?"), {7}, ["mechanism"])
[]
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from kgchat.text import AUXILIARIES, COPULAS, PREPOSITIONS, STOPWORDS, is_plural

__all__ = ["type_complement"]

# the most words a complement is read to: a compound ("provisions of *criminal law*")
LONGEST = 2


def type_complement(
    toks: Sequence[str], inside: Collection[int], asked: Sequence[str]
) -> list[str]:
    """The bare words after "of" right after the asked type's head, where "which"/"what"
    heads that phrase with no verb between; empty where there is none.

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
    if head < 0 or any(t in COPULAS or t in AUXILIARIES for t in toks[wh + 1 : head]):
        return []
    if toks[head + 1 : head + 2] != ["of"]:
        return []
    out: list[str] = []
    for k in range(head + 2, len(toks)):
        w = toks[k]
        if k in inside or w in STOPWORDS or w in PREPOSITIONS or len(out) == LONGEST:
            break
        out.append(w)
        if is_plural(w) and not (k + 1 < len(toks) and is_plural(toks[k + 1])):
            break  # a plural noun heads its compound and ends it ("units of *volume*")
    return out
