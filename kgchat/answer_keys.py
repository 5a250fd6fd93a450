"""The form answers are compared in (:func:`answer_key`): a date-time at midnight UTC read as
its date (:func:`midnight_date`), a number in plain decimals (:func:`plain_number`), a boolean
as the yes or no it answers. Moved out of :mod:`kgchat.text`, which names all three too.

Examples
--------
>>> answer_key("Alan_PULIDO ")
'alan pulido'
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["answer_key", "midnight_date", "plain_number"]


_MIDNIGHT_UTC = re.compile(r"(\d{4,}-\d{2}-\d{2})[tT]00:00:00(?:\.0+)?(?:[zZ]|[+-]00:00)?")


def midnight_date(text: str) -> str | None:
    """The date of a date-time at midnight UTC (``1867-11-07T00:00:00Z`` -> ``1867-11-07``,
    as Wikidata writes every date); None for any other text.

    >>> midnight_date("1867-11-07T00:00:00Z"), midnight_date("2010-11-07T17:30:00")
    ('1867-11-07', None)
    """
    m = _MIDNIGHT_UTC.fullmatch(text)
    return m.group(1) if m else None


# a number in E-notation, as XML Schema writes a double or a float ("1.1005e+04", "4.2E0")
_E_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d+")
# a whole number written with a zero fraction ("11005.0", a double's usual lexical form)
_ZERO_FRACTION = re.compile(r"([-+]?\d+)\.0+")
# an xsd:boolean's lexical forms, as the answers to a yes/no question they are ("Is X
# explicit?" is answered "Yes" where the graph says ``:explicit true``)
_TRUTHS = {"true": "yes", "false": "no"}


def plain_number(text: str) -> str:
    """``text`` as a person reads a number: E-notation written out in plain decimals, the
    same value digit for digit (no float rounding), without the zeros a mantissa ends in
    (XSD's canonical double is ``5.0E-1``: 0.5), where the value lies between 1e-7 and 1e21
    (beyond, a plain form is no easier to read: JavaScript's rule); any other text as it is.

    >>> plain_number("1.1005e+04"), plain_number("4.2E0"), plain_number("5.0E-1")
    ('11005', '4.2', '0.5')
    >>> plain_number("1.0E21"), plain_number("11005.0"), plain_number("INF")
    ('1.0E21', '11005.0', 'INF')
    """
    if not _E_NUMBER.fullmatch(text):
        return text
    value = Decimal(text)
    if value and not -7 <= value.adjusted() < 21:
        return text
    plain = format(value, "f")
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


def answer_key(text: str) -> str:
    """The form answers are compared in: case, underscores and runs of spaces normalised, a
    date-time at midnight UTC read as its date (``1867-11-07T00:00:00Z`` is ``1867-11-07``,
    as Wikidata writes dates), and a number read in plain decimals (:func:`plain_number`), a
    whole one without a zero fraction (``1.1005e+04``, ``11005.0`` and ``11005`` are one value,
    as a double's lexical forms and a person write it), and a boolean's ``true`` and ``false``
    as the ``yes`` and ``no`` that answer a yes/no question by them.

    >>> answer_key("Rio_de  Janeiro"), answer_key("1867-11-07T00:00:00Z")
    ('rio de janeiro', '1867-11-07')
    >>> answer_key("1.1005E+04"), answer_key("11005.0"), answer_key("2.10")
    ('11005', '11005', '2.10')
    >>> answer_key("true") == answer_key("Yes"), answer_key("False")
    (True, 'no')
    """
    key = plain_number(" ".join(text.replace("_", " ").lower().split()))
    whole = _ZERO_FRACTION.fullmatch(key)
    return whole.group(1) if whole else midnight_date(key) or _TRUTHS.get(key, key)
