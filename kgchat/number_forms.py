"""The readings of "a number written in text", in one place.

A value is read as a number in four settings, and each needs its own reading; they are
named here together so that a new caller picks one rather than writing a fifth, and so that
the differences below are deliberate:

* :data:`XSD_INTEGER` / :data:`XSD_NUMBER`: a literal's lexical form as XML Schema writes
  a number (``xsd:integer``; any of ``xsd:integer``, ``xsd:decimal``, ``xsd:double``: a
  sign, a trailing or leading dot, E-notation). Read of a graph's values, which a file
  writes in that form (a delimited file's cell, an untyped literal's kind).
* :data:`PLAIN_DECIMAL`: a number as a person writes it in a question (a minus, digits, at
  most one decimal fraction; no ``+``, no exponent): the values a question may name. Its
  caller writes E-notation out first (:func:`~kgchat.text.plain_number`), so a value links
  by the figures a person would type.
* :data:`GROUPED_NUMBER`: a number as a label shows it, digits in groups ("1,234,567",
  "3.5"), with a minus: the values a comparison orders.
* :data:`NUMBER_IN_TEXT`: the same digit groups found inside running text (an answer's
  claim), not touching a word or a dot, and with any sign a text may write (``+``, ``-``,
  the typographic minus ``−``) since the claim is matched against the words, never parsed
  into a float.

>>> bool(XSD_NUMBER.fullmatch("1.5e3")), bool(PLAIN_DECIMAL.fullmatch("1.5e3"))
(True, False)
>>> bool(GROUPED_NUMBER.fullmatch("1,234,567")), bool(XSD_INTEGER.fullmatch("+7"))
(True, True)
>>> [m.group(0) for m in NUMBER_IN_TEXT.finditer("about 1,200 or −3, not v2")]
['1,200', '−3']
"""

from __future__ import annotations

import re

__all__ = ["GROUPED_NUMBER", "NUMBER_IN_TEXT", "PLAIN_DECIMAL", "XSD_INTEGER", "XSD_NUMBER"]

XSD_INTEGER = re.compile(r"[+-]?\d+")
XSD_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
PLAIN_DECIMAL = re.compile(r"-?\d+(\.\d+)?")
# digits in groups: "1,234,567" (thousands), "3.5" / "3,5" (a decimal comma)
_GROUPED = r"\d+(?:[.,]\d+)*"
GROUPED_NUMBER = re.compile(r"-?" + _GROUPED)
NUMBER_IN_TEXT = re.compile(r"(?<![\w.])[-+−]?" + _GROUPED + r"(?!\w)")
