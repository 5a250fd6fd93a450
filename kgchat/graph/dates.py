"""Dates and years as a graph writes them: the one reading of their lexical forms, which
the graph layer (:mod:`kgchat.graph.roles`: a value's shape), linking (the dates a year names)
and retrieval (what a value is; the span a statement held) share.

A date is ISO 8601's calendar date as XML Schema writes it (``xsd:date``, ``xsd:dateTime``,
``xsd:gYearMonth``, or an untyped ISO date): a year of four digits (a minus before it: before
the common era), a month, maybe a day, a time and a time zone. A year alone
(``xsd:gYear``) is four digits; a number *reads as* a year where it could name one in running
text: four digits from 1000 to 2099 (:func:`may_be_year`).

Examples
--------
>>> date_year("1868-05-01"), date_year("2008-05-04T00:00:00Z"), date_year("1977-02")
(1868, 2008, 1977)
>>> date_year("2001-10-26+02:00"), date_year("-0044-03-15"), date_year("2016")
(2001, -44, None)
>>> time_year("2016"), time_year("0800"), time_year("Delft")
(2016, 800, None)
>>> may_be_year("1879"), may_be_year("2500"), may_be_year("42")
(True, False, False)
"""

from __future__ import annotations

import re

__all__ = ["DATE", "date_year", "may_be_year", "time_year"]

_ZONE = r"(?:Z|[+-]\d{2}:\d{2})"
#: a date's lexical form; group 1 is its year
DATE = re.compile(rf"(-?\d{{4}})-\d{{2}}(?:-\d{{2}})?(?:T[\d:.]+)?{_ZONE}?")
_GYEAR = re.compile(rf"(-?\d{{4}}){_ZONE}?")  # xsd:gYear's form
_YEAR = re.compile(r"1\d{3}|20\d{2}")  # a number that reads as a year


def date_year(lex: str) -> int | None:
    """The year of a date's lexical form (see the module docstring); None for any other
    text, a year alone included."""
    m = DATE.fullmatch(lex)
    return int(m.group(1)) if m else None


def time_year(lex: str) -> int | None:
    """The year of a date or of a year alone (``xsd:gYear``: "2016", "0800"): the time a
    value relation that says a date gives; None for any other text."""
    m = DATE.fullmatch(lex) or _GYEAR.fullmatch(lex)
    return int(m.group(1)) if m else None


def may_be_year(text: str) -> bool:
    """Whether a number reads as a year: four digits from 1000 to 2099 ("1879", "2016"), as a
    year is written in running text and in a value without a datatype; not "2500", "42"."""
    return bool(_YEAR.fullmatch(text))
