"""Literal terms in N-Triples form: written (:func:`literal_term`), split into their lexical
form, language and datatype (:func:`parse_literal`), and shown (:func:`literal_text`); and a
language tag's primary subtag (:func:`primary_subtag`). Every reader of a literal's key goes
through these, so one escape rule holds for the whole graph layer.

Examples
--------
>>> parse_literal('"32"^^<http://www.w3.org/2001/XMLSchema#integer>')
('32', None, 'http://www.w3.org/2001/XMLSchema#integer')
>>> parse_literal('"Margherita"@pt')
('Margherita', 'pt', None)
>>> literal_term("a \\"quote\\"", lang="en")
'"a \\\\"quote\\\\""@en'
"""

from __future__ import annotations

import re

from kgchat.graph.vocab import NUMERIC_TYPES, XSD
from kgchat.text import midnight_date, plain_number

__all__ = ["XSD", "literal_term", "literal_text", "parse_literal", "primary_subtag"]

_ESC = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ESC_CHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(s: str) -> str:
    if "\\" not in s:
        return s

    def sub(m: re.Match[str]) -> str:
        code = m.group(1) or m.group(2)
        return chr(int(code, 16)) if code else _ESC_CHARS.get(m.group(3), m.group(3))

    return _ESC.sub(sub, s)


def primary_subtag(tag: str) -> str:
    """A BCP 47 language tag's primary subtag, lower case: the language whatever its region
    or script.

    >>> primary_subtag("pt-BR"), primary_subtag("EN"), primary_subtag("zh-Hant-TW")
    ('pt', 'en', 'zh')
    """
    return tag.lower().split("-")[0]


def parse_literal(term: str) -> tuple[str, str | None, str | None]:
    """Split a literal in N-Triples form into ``(lexical form, language, datatype IRI)``.

    A term that is not quoted is returned as its own lexical form.
    """
    if term[:1] != '"':
        return term, None, None
    end = term.rfind('"')
    lex = term[1:end]
    if "\\" in lex:
        lex = _unescape(lex)
    mark = term[end + 1 : end + 2]  # the hot path of naming: indexing, not startswith()
    if mark == "@":
        return lex, term[end + 2 :], None
    if mark == "^":
        return lex, None, term[end + 4 : -1]
    return lex, None, None


def literal_text(term: str) -> str:
    """A literal's display text: its lexical form, for an ``xsd:dateTime`` at midnight
    UTC its date alone (Wikidata writes every date so: ``1867-11-07T00:00:00Z``), and for a
    number its canonical form's sign (XSD's canonical numbers have no ``+``; Wikidata writes
    every quantity with one: ``"+1852478"^^xsd:decimal``) and its digits in plain decimals
    where it is written in E-notation (an ``xsd:double`` as rdflib writes Turtle,
    ``1.1005e+04``: 11005 to a reader; :func:`kgchat.text.plain_number`).

    >>> literal_text('"1867-11-07T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>')
    '1867-11-07'
    >>> literal_text('"2010-11-07T17:30:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>')
    '2010-11-07T17:30:00'
    >>> literal_text('"+1.87"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    '1.87'
    >>> literal_text('"1.1005e+04"^^<http://www.w3.org/2001/XMLSchema#double>')
    '11005'
    """
    lex, _, datatype = parse_literal(term)
    if datatype == XSD + "dateTime":
        return midnight_date(lex) or lex
    if datatype in NUMERIC_TYPES:
        return plain_number(lex[1:] if lex[:1] == "+" else lex)
    return lex


def literal_term(value: str, lang: str | None = None, datatype: str | None = None) -> str:
    """Write a literal in N-Triples form."""
    esc = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{esc}"@{lang}'
    if datatype and datatype != XSD + "string":
        return f'"{esc}"^^<{datatype}>'
    return f'"{esc}"'
