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

See ``tests/test_date_precision.py`` for the walk on a small graph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgchat.retrieval.answer_type import WH_TYPES
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate

__all__ = ["MARGIN", "fullest_date_first"]

# How far below the year the date may score and still be the same fact: less than the cost of
# one hop the question does not say (the scorer's ``length`` weight, 0.2), so a date reached by
# a relation the question says less well than the year's stays behind it.
MARGIN = 0.1
_YEAR = re.compile(r"-?\d{4}")


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
