"""Of a year and a full date that the same node holds, the date answers a bare "when": DBpedia
gives every person ``dbo:birthYear "1963"`` beside ``dbo:birthDate "1963-08-24"`` (and death
years beside death dates, founding years beside founding dates), and Wikidata-derived graphs
repeat a date at year precision the same way. "When was X born?" asks for the day when the
graph knows it; the year is the same fact said with less.

The untrained scorer cannot tell the two apart: "when" asks a date, a time, a year or a day,
and "born" is said by "birth year" as well as by "birth date", so the two walks score within a
hair of each other and the word *year* took the first place about as often as *date* did. This
reorders only that near tie: the best candidate a bare year, another one a date within that
year, each reached from the same node by one hop, its score no more than :data:`MARGIN` below.
A question that names its type ("in what *year*", "which date") is left as the walk ranked it.

The same near tie, of a figure and a time (:func:`declared_time_first`): a whole number of
four digits is a year by its form (:func:`~kgchat.retrieval.values.literal_kind`), so a
school's ``capacity "1050"^^xsd:integer`` or a protected area's ``wdpaId "1101"`` met "when"
as well as its ``foundingDate "2015-09-01"^^xsd:date`` did, and the first by IRI answered.
What the graph declares tells them apart: a date by its datatype or its ISO form, or a figure
whose relation's head noun WordNet files as a time, an act or an event (``founding *year*``,
``founding``, ``inception``) is a time; a figure whose relation's head is another noun
(``capacity``, ``id``) is a year only by its form; a head that is no noun (``built``) says
neither. Where such a figure ranked first and a declared time of the same node scores no more
than :data:`MARGIN` below it, the time comes first.

See ``tests/test_date_precision.py`` and ``tests/test_declared_time.py`` for the walks on small
graphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kgchat.retrieval.answer_type import WH_TYPES
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.time_nodes import NOUN_TIME
from kgchat.retrieval.values import POINT_KINDS, asks_time_only, literal_kind

__all__ = ["MARGIN", "declared_time_first", "fullest_date_first", "times_first"]

# How far below the year the date may score and still be the same fact: less than the cost of
# one hop the question does not say (the scorer's ``length`` weight, 0.2), so a date reached by
# a relation the question says less well than the year's stays behind it.
MARGIN = 0.1
_YEAR = re.compile(r"-?\d{4}")
# WordNet's lexicographer files of nouns whose figure may be a year: noun.time (``founding
# *year*``) and the acts and events that happen at one (noun.act ``founding``, ``completion``;
# noun.event ``inception``, ``start``): a four-digit figure of such a relation is no year by its
# form only
_NOUN_ACT, _NOUN_EVENT = 4, 11  # WordNet's lexicographer files noun.act and noun.event
_TIMED_FILES = frozenset({NOUN_TIME, _NOUN_ACT, _NOUN_EVENT})


def _one_hop_start(c: Candidate) -> str | None:
    """The node ``c``'s best walk starts at, where that walk is of one hop."""
    if not c.paths or len(c.paths[0].pattern) != 1:
        return None
    return c.paths[0].start


def fullest_date_first(q: QuestionInfo, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with a full date put before the bare year that ranked first, where the
    question asks only what a bare "when" asks and both are one-hop values of the same node
    (see the module docstring). The date moved up takes the best score (just above it), so the
    order and the scores agree.

    >>> from kgchat.retrieval.results import Path
    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("When was Ada born?", [(2, 3)])
    >>> def value(v, rel, score):
    ...     return Candidate(v, v, score, [Path("ada", ((rel, True),), ("ada", v), (1,), score)])
    >>> ranked = [value("1815", "birthYear", 2.06), value("1815-12-10", "birthDate", 2.05)]
    >>> [c.label for c in fullest_date_first(q, ranked)]
    ['1815-12-10', '1815']
    >>> q = analyze("In what year was Ada born?", [(4, 5)])
    >>> [c.label for c in fullest_date_first(q, ranked)]
    ['1815', '1815-12-10']
    """
    if len(candidates) < 2 or list(q.answer_type) != WH_TYPES["when"] or q.named_type:
        return candidates
    top = candidates[0]
    start = _one_hop_start(top)
    if start is None or not _YEAR.fullmatch(top.label.strip()):
        return candidates
    day = re.compile(rf"{re.escape(top.label.strip())}-\d\d(-\d\d)?([T ].*)?")
    for k, c in enumerate(candidates[1:], start=1):
        if c.score < top.score - MARGIN:
            break
        if day.fullmatch(c.label.strip()) and _one_hop_start(c) == start:
            moved = replace(c, score=top.score + 1e-3)
            return [moved, *candidates[:k], *candidates[k + 1 :]]
    return candidates


def _time_said(c: Candidate, head: Callable[[Candidate], str]) -> bool | None:
    """Whether the literal ``c`` is a time by more than its form: True for a date or a time
    its datatype or ISO form says, or a four-digit figure whose relation's head noun
    (``head``) WordNet files as a time, an act or an event (:data:`_TIMED_FILES`); False for
    such a figure whose head is another noun (``capacity``, ``id``); None for any other
    value (a name, a code, another number), a head that is no noun (``built``) or without
    WordNet."""
    from kgchat.wordnet import wordnet

    kinds = literal_kind(c.node)
    if "number" not in kinds:
        return True if POINT_KINDS.intersection(kinds) else None
    lexicon, word = wordnet(), head(c)
    if kinds != ("number", "year") or lexicon is None or not word:
        return None
    found = lexicon.noun_file(word)
    return None if found is None else found in _TIMED_FILES


def declared_time_first(
    q: QuestionInfo,
    candidates: list[Candidate],
    is_literal: Callable[[str], bool],
    head: Callable[[Candidate], str],
) -> list[Candidate]:
    """``candidates`` with a value the graph declares a time put before a figure that is a
    year only by its form, where the question asks only a time and names no type, both are
    values of the node their best walks start from, and the time scores at most
    :data:`MARGIN` below the figure (see the module docstring). ``head`` is the head noun of
    a candidate's last relation (lower case; empty where none is read). The time moved up
    takes the best score (just above it).

    >>> from kgchat.retrieval.results import Path
    >>> from kgchat.retrieval.question import analyze
    >>> from kgchat.wordnet import wordnet
    >>> q = analyze("When did Northstar open?", [(2, 3)])
    >>> def value(v, rel, score):
    ...     return Candidate(v, v, score, [Path("n", ((rel, True),), ("n", v), (1,), score)])
    >>> xsd = "^^<http://www.w3.org/2001/XMLSchema#"
    >>> ranked = [value(f'"1050"{xsd}integer>', "capacity", 1.0),
    ...           value(f'"2015-09-01"{xsd}date>', "date", 1.0)]
    >>> head = lambda c: c.paths[0].pattern[-1][0]
    >>> moved = declared_time_first(q, ranked, lambda n: True, head)
    >>> wordnet() is None or [c.label[1:5] for c in moved] == ["2015", "1050"]
    True
    """
    if len(candidates) < 2 or not asks_time_only(q.answer_type) or q.named_type:
        return candidates
    top = candidates[0]
    if not top.paths or not is_literal(top.node) or _time_said(top, head) is not False:
        return candidates
    start = top.paths[0].start
    for k, c in enumerate(candidates[1:], start=1):
        if c.score < top.score - MARGIN:
            break
        mine = c.paths and c.paths[0].start == start and is_literal(c.node)
        if mine and _time_said(c, head):
            moved = replace(c, score=top.score + 1e-3)
            return [moved, *candidates[:k], *candidates[k + 1 :]]
    return candidates


def times_first(
    q: QuestionInfo, candidates: list[Candidate], is_literal: Callable[[str], bool], query: Any
) -> list[Candidate]:
    """:func:`declared_time_first`, then :func:`fullest_date_first`: of a "when"'s near tie,
    the declared time before a figure, then the full date before its year. ``query`` is the
    retriever's phrases of a relation path (its last phrase's last word is the head read)."""

    def head(c: Candidate) -> str:
        phrases = query(c.paths[0].pattern, ()).phrases if c.paths else ()
        words = re.findall(r"[^\W\d_]+", phrases[-1].lower()) if phrases else []
        return words[-1] if words else ""

    return fullest_date_first(q, declared_time_first(q, candidates, is_literal, head))
