"""What a property's literal values look like, and how they spread over its subjects: the
evidence :func:`kgchat.graph.roles.infer_roles` reads roles from. A value's shape
(:func:`value_shape`: a code, a run of digits, a number, anything else) and whether it is a
digest (:func:`is_digest`) say whether a property's values are identifiers; how many subjects
hold each value (:func:`_names_one_subject`, :func:`_distinct_names`) and how many values each
subject holds (:func:`_one_each`) say whether they pick out their subjects, as names and keys do.
Whether one value may be an identifier by how it is written is one reading too
(:func:`code_form`), which retrieval asks of an answer when a question asks for a code; a
code written in parts joined by marks (:func:`is_code`) is one a question may quote with
other marks, which linking names by its words.

Examples
--------
>>> value_shape("GO:0008150", None, None), value_shape("276", None, None)
('code', 'digits')
>>> value_shape("2009-05-01", None, None), value_shape("1000 Ha", None, None)
('other', 'other')
>>> value_shape("PT117M", None, None), value_shape("P3Y6M", None, None)  # ISO 8601 durations
('other', 'other')
>>> value_shape("0.885", None, "http://www.w3.org/2001/XMLSchema#float")
'number'
>>> value_shape("LHR", None, None), value_shape("Heathrow", None, None)  # letters in capitals
('code', 'other')
>>> value_shape("412 AQ 14", None, None), value_shape("12 cm", None, None)  # a call number
('code', 'other')
>>> is_digest("5b52695450fc5a57e2a645c96904affa35aac214"), is_digest("0000-0002-1825-0097")
(True, False)
>>> _names_one_subject(np.array([0, 1, 2]), np.array([7, 8, 9]))
True
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.dates import date_year
from kgchat.graph.literal_terms import XSD, literal_term, parse_literal

__all__ = ["CLOCK", "XSD_KINDS", "code_form", "is_code", "is_digest", "value_shape"]

# a token of letters and digits, maybe joined by - _ : . # / (no spaces)
_TOKEN = re.compile(r"[^\W_]+(?:[-_:.#/][^\W_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
_TIME = re.compile(r"\d{1,2}:\d{2}(:\d{2})?")  # a time of day (a date: dates.date_year)
_DECIMAL = re.compile(r"\d+[.,]\d+([eE]\d+)?")
_DECIMAL_OR_DIGITS = re.compile(r"\d+([.,]\d+)?")
# an ISO 8601 duration, as schema.org writes a film's running time ("PT117M"): a value
_DURATION = re.compile(r"P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?([\d.]+S)?)?")
# a run of hexadecimal digits in one case, with a letter a-f and a digit, maybe grouped by
# hyphens (a UUID): what a hash function or an id generator writes
_HEX = re.compile(
    r"(?=.*[a-f])(?=.*\d)[\da-f]+(?:-[\da-f]+)*|(?=.*[A-F])(?=.*\d)[\dA-F]+(?:-[\dA-F]+)*"
)
_DIGEST_DIGITS = 16  # 64 bits: shorter hexadecimal runs may be a person's code ("1A2F")
_NAME_SHARE = 0.9  # share of a name-like property's values held by one subject only
_FIGURE = re.compile(r"\d")
#: a time of day or a duration as a clock writes it: "9:30", "6:12:16", "1:02:03.5"
CLOCK = re.compile(r"\d{1,2}(:\d{2}){1,2}(\.\d+)?")
#: XML Schema datatypes by what they say a value is (numbers: ``vocab.NUMERIC_TYPES``), in
#: the words :func:`kgchat.retrieval.values.literal_kind` gives them
XSD_KINDS = {
    **dict.fromkeys(("date", "dateTime", "dateTimeStamp", "gYearMonth"), ("date",)),
    "gYear": ("year", "date"),
    "time": ("time",),
    "duration": ("duration",),
}
# the XML Schema datatypes of values that are no codes (a code's own datatype, a string or a
# vocabulary's such as QUDT's ``UCUMcs``, says nothing against one)
_NOT_CODES = frozenset(
    (*(t.removeprefix(XSD) for t in vocab.NUMERIC_TYPES - {XSD + "integer"}), *XSD_KINDS)
) | {"boolean", "anyURI"}
# a code's parts and the marks between them ("10YGAR-0006----G", "ISO/IEC 27001:2013")
_PARTS = re.compile(r"[^\W_]+")
_MARK = re.compile(r"[^\w\s]|_")


def value_shape(lex: str, lang: str | None, datatype: str | None) -> str:
    """What a literal value looks like: ``code`` (letters and digits in one token, or capital
    letters only: "LHR"; or a few such parts spaced, a call number: :func:`_spaced_code`),
    ``digits``
    (a run of digits written as a string), ``number`` (a typed or decimal number), or ``other``
    (text, dates, anything else)."""
    if lang:
        return "other"
    if datatype in vocab.NUMERIC_TYPES:
        return "number"
    if (datatype and datatype != XSD + "string") or len(lex) > 64:
        return "other"
    if not _TOKEN.fullmatch(lex):
        return "code" if _spaced_code(lex) else "other"
    if lex.isdigit():
        return "digits"
    if date_year(lex) is not None or _TIME.fullmatch(lex) or _DURATION.fullmatch(lex):
        return "other"
    if _DECIMAL.fullmatch(lex):
        return "number"
    if _LETTER.search(lex) and any(c.isdigit() for c in lex):
        return "code"
    # capitals only, in one token of two letters or more: a code of letters (an airport's
    # "LHR", a country's "DE", a radio callsign), as no word of text is written
    if len(lex) >= 2 and lex.isupper():
        return "code"
    return "other"


def _spaced_code(lex: str) -> bool:
    """Whether a value is a code written in a few spaced parts, as archives and libraries write
    call numbers ("412 AQ 14", "3 E 56 4-8", "31 Fi 12", "MS 1234"): two to five tokens of
    letters and digits, at least one with a digit and one with a letter, every part with
    letters a capital run or a capitalised abbreviation of two letters at most (no word of
    text: "Room 12", "12 cm" and "12 March 1871" are no codes), and no quantity with its unit
    ("1000 Ha", "100 MB").

    >>> _spaced_code("412 AQ 14"), _spaced_code("H DEPOT 2 1"), _spaced_code("31 Fi 12")
    (True, True, True)
    >>> _spaced_code("Room 12"), _spaced_code("12 cm"), _spaced_code("12 March 1871")
    (False, False, False)
    >>> _spaced_code("1923 1927"), _spaced_code("AQ EF"), _spaced_code("100 MB")
    (False, False, False)
    """
    parts = lex.split(" ")
    if not 2 <= len(parts) <= 5 or len(lex) > 32 or not all(_TOKEN.fullmatch(t) for t in parts):
        return False
    lettered = [t for t in parts if _LETTER.search(t)]
    if not lettered or not any(c.isdigit() for c in lex):
        return False
    if len(parts) == 2 and _DECIMAL_OR_DIGITS.fullmatch(parts[0]) and parts[1].isalpha():
        return False  # a quantity and its unit: "1000 Ha", "100 MB"
    return all(
        any(c.isdigit() for c in t) or t.isupper() or (len(t) <= 2 and t[0].isupper())
        for t in lettered
    )


def is_digest(lex: str, digits: int = _DIGEST_DIGITS) -> bool:
    """Whether a literal's text is a digest: a run of ``digits`` (:data:`_DIGEST_DIGITS`) or
    more hexadecimal digits (a hash, a UUID), which no one reads or asks for. An ORCID
    (``0000-0002-1825-0097``) has no letter a-f: no digest. Fewer ``digits`` where more tells
    it is one (:func:`kgchat.graph.junctions.anonymous_junctions`: a record's identifier).

    >>> is_digest("0051298fef50"), is_digest("0051298fef50", 8), is_digest("20241130", 8)
    (False, True, False)
    """
    return sum(c.isalnum() for c in lex) >= digits and bool(_HEX.fullmatch(lex))


def _one_each(subjects: np.ndarray, values: np.ndarray) -> bool:
    """True when nearly every subject holds one value only: what a property that is just
    "name" gives each thing, though one name may be held by several (two "John Smith"s, a
    ``FullProfessor0`` in every department of a LUBM university)."""
    pairs = np.unique(np.stack([subjects, values], axis=1), axis=0)
    _, per_subject = np.unique(pairs[:, 0], return_counts=True)
    return bool(len(pairs)) and float((per_subject == 1).mean()) >= _NAME_SHARE


def _distinct_names(subjects: np.ndarray, values: np.ndarray) -> bool:
    """True when nearly every distinct value is held by one subject only, however many
    subjects a few generic values are held by: an official journal's ``eli:title`` names each
    act's expression ("Directive 2000/60/EC of ...") and, on its articles' expressions, repeats
    "Definitions" and "Scope" hundreds of times, so most *triples* hold a shared value while
    most *titles* pick out one thing. Honorifics ("Dr.", "Prof.") and a small company's job
    titles are a few values each held by many: no names.

    >>> s, o = np.arange(12), np.array([*range(10, 20), 9, 9])  # ten titles, one heading twice
    >>> _distinct_names(s, o), _distinct_names(np.array([0, 1, 2, 3]), np.array([9, 9, 8, 8]))
    (True, False)
    """
    pairs = np.unique(np.stack([values, subjects], axis=1), axis=0)
    _, holders = np.unique(pairs[:, 0], return_counts=True)
    return bool(len(holders)) and float((holders == 1).mean()) >= _NAME_SHARE


def _names_one_subject(subjects: np.ndarray, values: np.ndarray) -> bool:
    """True when nearly every value is held by one subject only (names pick out their subject)."""
    pairs = np.unique(np.stack([values, subjects], axis=1), axis=0)
    _, inverse, holders = np.unique(pairs[:, 0], return_inverse=True, return_counts=True)
    return bool(len(pairs)) and float((holders[inverse] == 1).mean()) >= _NAME_SHARE


def code_form(term: str) -> bool:
    """Whether a literal may be an identifier by how it is written: a code, one token ("KE",
    "mm", "[in_i]", "SK-A-2344", "101070192", a CURIE) or a few parts each with a figure or in
    capitals, one with a figure ("HRB 104233", "+49 30 698 098 0"); not a text in words or in
    a language (a code has none: "75 Years", "bronze"@en), not a number its datatype says is
    a count or a measure, not a date, a clock's time ("6:12:16") or a link's address.

    >>> code_form('"SK-A-2344"'), code_form('"HRB 104233"'), code_form('"KE"')
    (True, True, True)
    >>> code_form('"2023-07-02"'), code_form('"380 kV"'), code_form('"bronze"@en')
    (False, False, False)
    >>> code_form('"3541740.98"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    False
    >>> code_form('"6:12:16"'), code_form('"http://www.wikidata.org/entity/Q93619501"')
    (False, False)
    >>> code_form('"[in_i]"^^<http://qudt.org/schema/qudt/UCUMcs>')
    True
    """
    lex, lang, datatype = parse_literal(term)
    if lang is not None or (datatype or "").removeprefix(XSD) in _NOT_CODES:
        return False  # a text in a language; a number, a date, a link its datatype says
    if date_year(lex) is not None or "://" in lex or CLOCK.fullmatch(lex):
        return False  # a date, a link's address, a time of day or a duration
    parts = lex.split()
    if len(parts) == 1:
        return True
    return (
        0 < len(parts) <= 6
        and all(p.isupper() or _FIGURE.search(p) for p in parts)
        and bool(_FIGURE.search(lex))
    )


def is_code(lex: str) -> bool:
    """Whether a literal's text is a code (:func:`code_form`) written in parts: two to six
    joined by punctuation, with a figure and a letter or three groups of figures, a part
    without a figure a few capitals ("10YGAR-0006----G", "0000-6405-2732-810X", "ISO/IEC
    27001:2013"); or parted by spaces alone as a call number is (:func:`_spaced_code`), as
    licence plates and register numbers are written ("LD23 BNE", "NBN 695", "HRB 104233"); no
    digest or UUID. A question quotes it with whichever of its marks it keeps ("10YGAR-0006-G"), so
    it is named by its words alone (:class:`kgchat.linking_values.ValueNames`).

    >>> is_code("10YGAR-0006----G"), is_code("0000-6405-2732-810X"), is_code("ISO/IEC 27001:2013")
    (True, True, True)
    >>> is_code("LD23 BNE"), is_code("NBN 695"), is_code("HRB 104233")
    (True, True, True)
    >>> is_code("Room 101"), is_code("12-34"), is_code("M1V"), is_code("Lot 1: roof works")
    (False, False, False, False)
    >>> is_code("A 1"), is_code("12 345"), is_code("6:12:16"), is_code("2019-05-03")
    (False, False, False, False)
    >>> is_code("http://x.org/A-1")  # not code_form
    False
    """
    parts = _PARTS.findall(lex)
    return (
        2 <= len(parts) <= 6
        and len(lex) <= 40
        # spaced parts alone: a few letters and figures more than a sentence's "A 1" holds
        and (_MARK.search(lex) is not None or (_spaced_code(lex) and len(lex) >= 5))
        and any(c.isdigit() for c in lex)
        and (any(c.isalpha() for c in lex) or len(parts) >= 3)
        and all(any(c.isdigit() for c in p) or (p.isupper() and len(p) <= 6) for p in parts)
        and not is_digest(lex)
        and code_form(literal_term(lex))
    )
