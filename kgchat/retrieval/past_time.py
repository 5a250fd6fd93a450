"""Whether a "when" of the past is answered by a value that states no time of the calendar
(issue 11).

"When *was* the Milford Track opened?" asks when a past event happened: its answer is a point
of the calendar, a date or a year. Where the graph holds no such date, the best walk reaches
the track's ``opening hours`` ("Mo-Su 08:30-16:30": the stem of "opened" said at 1.0), a
weekly schedule that no past event is dated by. A present "when" ("When *is* the pharmacy
open?") asks a time that recurs, which a schedule answers; so the check reads the question's
tense (its first auxiliary: :data:`~kgchat.function_words.PAST_FORMS` against
:data:`~kgchat.function_words.PRESENT_FORMS`, grammar, not a domain).

What is a time is read from the value, generally: a literal whose datatype or form says a
date, a year, a time or a number (:func:`~kgchat.retrieval.values.literal_kind`: a number
may be a year or an age, which other checks read), or whose text holds a figure that reads
as a year ("c. 1850", "2024.04.22", "June 2021": :func:`~kgchat.graph.dates.may_be_year`).
An entity is judged by its kinds (the relation judge's value cap: a period a graph or
WordNet calls a time meets a "when"), not here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgchat.function_words import PAST_FORMS, PRESENT_FORMS
from kgchat.graph.dates import may_be_year
from kgchat.graph.literal_terms import parse_literal
from kgchat.retrieval.answer_type import WH_TYPES
from kgchat.retrieval.values import POINT_KINDS, TIMES, literal_kind

__all__ = ["asks_past_time", "states_no_date", "undated_past"]

FIGURES = re.compile(r"\d+")  # the runs of digits in a text, each read as a year or not
# the kinds a literal's datatype or form gives that may be a time (a number: a year, an age)
_TIMED = POINT_KINDS | {"number"}


def asks_past_time(tokens: Sequence[str], answer_type: Sequence[str]) -> bool:
    """Whether a question (its lower-case ``tokens``) asks a point of the calendar (its
    ``answer_type`` is what "when" asks, or a part of it that names a date or a year: not
    "what *time* did the match start", a time of day, nor "what *time control*", no time)
    and asks it in the past: its first auxiliary of a tense is a past one.

    >>> when = ["date", "time", "year", "day"]
    >>> asks_past_time("when was the track opened".split(), when)
    True
    >>> asks_past_time("when is the pharmacy open".split(), when)
    False
    >>> asks_past_time("how many visitors were counted".split(), ["number", "count"])
    False
    >>> asks_past_time("what time control was used".split(), ["time", "control"])
    False
    """
    asked = set(answer_type)
    if not asked & TIMES or not asked <= set(WH_TYPES["when"]):
        return False
    for t in tokens:
        if t in PAST_FORMS:
            return True
        if t in PRESENT_FORMS:
            return False
    return False


def states_no_date(term: str) -> bool:
    """Whether a literal ``term`` states no time of the calendar (module docstring).

    >>> states_no_date('"Mo-Su 08:30-16:30"'), states_no_date('"c. 1850"')
    (True, False)
    >>> states_no_date('"1952-02-20"^^<http://www.w3.org/2001/XMLSchema#date>')
    False
    >>> states_no_date('"66.0"'), states_no_date('"Sandoval, M."')
    (False, True)
    """
    if _TIMED.intersection(literal_kind(term)):
        return False
    lex = parse_literal(term)[0]
    return not any(may_be_year(f) for f in FIGURES.findall(lex))


def undated_past(
    tokens: Sequence[str], answer_type: Sequence[str], term: str, literal: bool
) -> bool:
    """Whether a "when" of the past (:func:`asks_past_time`) is answered by the literal
    ``term`` that states no date (:func:`states_no_date`); False for an entity
    (``literal`` False).

    >>> when = ["date", "time", "year", "day"]
    >>> undated_past("when was it opened".split(), when, '"Mo-Su 08:30-16:30"', True)
    True
    >>> undated_past("when is it open".split(), when, '"Mo-Su 08:30-16:30"', True)
    False
    """
    return literal and asks_past_time(tokens, answer_type) and states_no_date(term)
