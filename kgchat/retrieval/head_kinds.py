"""A last hop whose name's head names a kind the question does not ask: "Who *signed* X?"
walked over ``place of signing``.

A relation named by a noun phrase says what its object is by its head (``place`` of signing:
a place) and what that thing is about by its modifiers ("signing"). A question word that
meets only the modifiers ("signed") says the event the relation is about, not the thing it
reaches; the encoder, reading the whole name, finds "signed" nearer ``place of signing``
than ``signatory`` and the walk to the place scores first. Where the head is one of the
generic kinds a wh-word asks for (a place, a time, a person: one of the words of
:data:`~kgchat.retrieval.answer_type.WH_TYPES`) and the question asks another of them
("who": a person) or none ("What was X *identified* as?" over ``date identified``), the
answer such a hop reaches is of a kind not asked, and the best sibling walk (the same start
and hops but the last, whose relation the question says by more than its modifiers) is put
first (:func:`head_kind_unasked`). A question asking a kind of its own ("In which
*hospital* was X born?", over ``place of birth``; "the time *exponent*") is left alone: what
it asks may well be a place.

Read after :func:`~kgchat.retrieval.relation_heads.said_of_start`, as :func:`heads_read`.
See ``tests/test_head_kinds.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.answer_type import WH_TYPES
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.relation_heads import (
    ReadsRelationNames,
    head_and_modifiers,
    said_by_modifiers,
    said_of_start,
)
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.wh_detours import hop_support
from kgchat.text import WH_WORDS, stem

__all__ = ["head_kind_unasked", "heads_read", "wh_kinds"]

# the wh-words that ask a kind of thing ("why" asks a reason, no kind)
_KIND_WH = tuple(t for t in WH_TYPES if t not in ("why", "whom"))


def wh_kinds(words: Iterable[str]) -> frozenset[str]:
    """The wh-words whose kind one of ``words`` names by one of the kind's own words (by
    stem: "places", "dates"). WordNet's filing is not read: the commonest meaning it files
    "direction" under is a location and "exponent" under a person, and a relation's head or
    a question's type read so had moved right answers.

    >>> sorted(wh_kinds(["place"])), sorted(wh_kinds(["dates"])), sorted(wh_kinds(["rock"]))
    (['where'], ['when'], [])
    >>> sorted(wh_kinds(["direction", "exponent"]))
    []
    """
    found: set[str] = set()
    for w in words:
        s = stem(w)
        found.update(t for t in _KIND_WH if s in {stem(k) for k in WH_TYPES[t]})
    return frozenset(found)


def head_kind_unasked(
    reading: ReadsRelationNames, q: QuestionInfo, candidates: list[Candidate]
) -> list[Candidate]:
    """``candidates`` with the first sibling of the best walk put first (just above the
    best's score), where the best walk's last hop is walked forwards over a relation the
    question says only by its modifiers (:func:`~kgchat.retrieval.relation_heads.
    said_by_modifiers`) whose head names a wh-word's kind (:func:`wh_kinds`) that the
    question does not ask: it asks another such kind, or no type at all. The sibling starts
    where the best walk does and takes the same hops but the last, over another relation
    that the question says (some support) by more than its modifiers and whose head names
    no such unasked kind. Unchanged otherwise."""
    if len(candidates) < 2 or not q.words or not candidates[0].paths:
        return candidates
    top = candidates[0]
    walk = top.paths[0]
    rel, forward = walk.pattern[-1]
    if not forward or rel in NO_RELATION:
        return candidates
    asked = wh_kinds(q.answer_type)
    if q.answer_type and not asked:
        return candidates  # "which *hospital*": a kind of the question's own
    if not q.answer_type and not any(
        t in WH_WORDS for i, t in enumerate(q.tokens) if i not in q.in_mentions
    ):
        return candidates  # "contact at X": no wh-word, so no kind left unasked
    modifiers_only = said_by_modifiers(reading, q)

    def unasked(relation: str) -> bool:
        head = head_and_modifiers(reading, relation)[0]
        kinds = wh_kinds((head,)) if head else frozenset()
        return bool(kinds) and kinds.isdisjoint(asked)

    if not (unasked(rel) and modifiers_only(rel)):
        return candidates
    support: Callable[[str, bool], float] = hop_support(reading.judge, reading.query, q)
    before = walk.pattern[:-1]
    for k, c in enumerate(candidates[1:], start=1):
        for p in c.paths:
            if p.start != walk.start or len(p.pattern) != len(walk.pattern):
                continue
            other, way = p.pattern[-1]
            if p.pattern[:-1] != before or other == rel or other in NO_RELATION:
                continue
            if modifiers_only(other) or unasked(other) or support(other, way) <= 0.0:
                continue
            moved = replace(c, score=top.score + 1e-3)
            return [moved, *candidates[:k], *candidates[k + 1 :]]
    return candidates


def heads_read(
    reading: ReadsRelationNames,
    q: QuestionInfo,
    candidates: list[Candidate],
    classes: Callable[[str], Any],
) -> list[Candidate]:
    """The two readings of a relation's head on ``candidates``:
    :func:`~kgchat.retrieval.relation_heads.said_of_start` ("When was X *decided*?"), then
    :func:`head_kind_unasked` ("Who *signed* X?" over ``place of signing``)."""
    return head_kind_unasked(reading, q, said_of_start(reading, q, candidates, classes))
