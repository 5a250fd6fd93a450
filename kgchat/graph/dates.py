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
>>> date_day("2008-05-04T00:00:00Z"), date_day("1977-02")
('2008-05-04', None)
>>> said_date(["13", "june", "2022"]), said_date(["june", "13th", "2022"])
('2022-06-13', '2022-06-13')
>>> said_date(["2022", "06", "13"]), said_date(["may", "2021"]), said_date(["13", "june"])
('2022-06-13', None, None)
"""

from __future__ import annotations

import re

__all__ = ["DATE", "date_day", "date_year", "may_be_year", "said_date", "time_year"]

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


# the months by their English names and abbreviations ("sept" as well), January first
_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTHS = {
    name: k for k, month in enumerate(_MONTH_NAMES, 1) for name in (month, month[:3], month[:4])
}
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def date_day(lex: str) -> str | None:
    """The day (``YYYY-MM-DD``) of a date's lexical form that names one; None for a month, a
    year or any other text."""
    m = DATE.fullmatch(lex)
    return lex[: len(m.group(1)) + 6] if m and len(lex) >= len(m.group(1)) + 6 else None


def said_date(words: list[str]) -> str | None:
    """The day (``YYYY-MM-DD``) that a question's words (lower-case tokens) write: an ISO
    date split at its hyphens ("2022 06 13"), or a day and a month's name in either order
    before the year ("13 june 2022", "june 13th 2022"); None for any other words (a month
    and a year, "may 2021", names no day)."""
    if len(words) == 3 and all(w.isdigit() for w in words) and len(words[0]) == 4:
        year, month, day = (int(w) for w in words)
    elif len(words) == 3 and (m := _DAY.fullmatch(words[0]) or _DAY.fullmatch(words[1])):
        name = words[1] if m.string == words[0] else words[0]
        if name not in _MONTHS or not words[2].isdigit():
            return None
        year, month, day = int(words[2]), _MONTHS[name], int(m.group(1))
    else:
        return None
    if not (may_be_year(f"{year}") and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
