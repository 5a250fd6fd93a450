"""Elements that only hold a value, named by it.

SPDX 3 states a license as an element of its own that holds nothing but the expression::

    <#SPDXRef-LicenseExpression-3> a simplelicensing:LicenseExpression ;
        core:creationInfo _:ci ;
        simplelicensing:licenseExpression "MIT OR Apache-2.0" .

The graph names its packages (``core:name``) and never such an element, so it was shown as
``(anonymous SPDXRef-LicenseExpression-3)`` (:mod:`kgchat.graph.junctions`), and "What is
the declared license of zephyr-json?" answered with that. An element whose whole content is
one string is that string, as a code list's entry is its code: it is named by it.

A node is named so where, by the shape of the graph alone:

- it has no name, and an IRI (a blank node is left to the junctions);
- every class it has is one whose instances (two or more) are all unnamed and each state
  exactly one literal, by one and the same property: a kind of element that is its value;
  that literal is a short string of words or codes (at most :data:`MOST_WORDS` words), not a
  number, a date or a sentence: a value one names a thing by;
- or every class it has is one whose instances (two or more) are all unnamed and each state
  exactly one *code* (letters and digits both, as :mod:`kgchat.graph.own_codes` reads one:
  ``CVE-2026-22301``) by one and the same property, a different one each, beside values that
  are no code (a summary, a date): the code is what people call it. (SPDX 3 names a
  vulnerability only by its CVE identifier, read to a value by
  :mod:`kgchat.graph.kind_values`.) Where two properties give such codes, none is chosen.

Examples
--------
>>> keys = ["ex:LE1", "ex:LE2", "ex:LE3", "ex:LicenseExpression", "ex:expr", "rdf:type",
...         '"MIT"', '"MIT OR Apache-2.0"', '"Apache-2.0"', "ex:ci", "ex:creationInfo"]
>>> es = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2])
>>> ep = np.array([5, 5, 5, 4, 4, 4, 10, 10, 10])
>>> eo = np.array([3, 3, 3, 6, 7, 8, 9, 9, 9])
>>> is_lit = np.array([k.startswith('"') for k in keys])
>>> labels = {}
>>> value_element_names(keys, es, ep, eo, is_lit, labels, 5)
>>> labels
{0: 'MIT', 1: 'MIT OR Apache-2.0', 2: 'Apache-2.0'}
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph.literal_terms import parse_literal
from kgchat.graph.own_codes import CODE

__all__ = ["MOST_WORDS", "value_element_names"]

MOST_WORDS = 6
_XSD = "http://www.w3.org/2001/XMLSchema#"
_STRING = (None, _XSD + "string", _XSD + "normalizedString", _XSD + "token")
_NUMBER_OR_DATE = re.compile(r"[-+]?[\d.,:/ T-]+Z?")


def _nameable(term: str) -> str | None:
    """The text of a literal one may name a thing by, or None."""
    text, _, datatype = parse_literal(term)
    text = text.strip()
    if datatype not in _STRING or not text or _NUMBER_OR_DATE.fullmatch(text):
        return None
    if len(text.split()) > MOST_WORDS or text.endswith((".", "!", "?")):
        return None
    return text


def value_element_names(
    keys: list[str],
    es: np.ndarray,
    ep: np.ndarray,
    eo: np.ndarray,
    is_lit: np.ndarray,
    labels: dict[int, str],
    type_pid: int | None,
) -> None:
    """Name each element that only holds a value by that value, in ``labels`` (in place):
    see the module docstring. ``es``, ``ep``, ``eo``: the facts (term ids); ``is_lit``: per
    term, whether it is a literal; ``type_pid``: the term id of ``rdf:type``, if used."""
    if type_pid is None or not len(es):
        return
    typed = ep == type_pid
    classes: dict[int, list[int]] = {}
    for x, c in zip(es[typed].tolist(), eo[typed].tolist(), strict=True):
        classes.setdefault(x, []).append(c)
    lit_rows = np.flatnonzero(~typed & is_lit[eo])
    values: dict[int, list[int]] = {}
    for r in lit_rows.tolist():
        values.setdefault(int(es[r]), []).append(r)
    instances: dict[int, list[int]] = {}
    for x, cs in classes.items():
        for c in cs:
            instances.setdefault(c, []).append(x)
    named_by: dict[int, int | None] = {}  # class -> the property that names its instances
    for c, xs in instances.items():
        unnamed = len(xs) >= 2 and not any(x in labels or keys[x].startswith("_:") for x in xs)
        named_by[c] = _naming_property(keys, xs, values, ep, eo) if unnamed else None
    for x, cs in classes.items():
        props = {named_by.get(c) for c in cs}
        if x in labels or len(props) != 1 or None in props:
            continue
        row = next(r for r in values[x] if int(ep[r]) in props)
        text = _nameable(keys[int(eo[row])])
        if text is not None:
            labels[x] = text


def _code(term: str) -> bool:
    """Whether a literal is a code written as a string (a date's lexical form is none)."""
    text, _, datatype = parse_literal(term)
    return datatype in _STRING and CODE.fullmatch(text) is not None


def _naming_property(
    keys: list[str], xs: list[int], values: dict[int, list[int]], ep: np.ndarray, eo: np.ndarray
) -> int | None:
    """The property that names the instances ``xs`` of one class (module docstring): the one
    literal each holds, or the one code each holds, a different one each; None if none."""
    held = [[(int(ep[r]), keys[int(eo[r])]) for r in values.get(x, [])] for x in xs]
    if all(len(h) == 1 for h in held) and len({h[0][0] for h in held}) == 1:
        return held[0][0][0]
    coded: set[int] | None = None
    for h in held:
        codes = [q for q, v in h if _code(v)]
        mine = {q for q in codes if codes.count(q) == 1}
        coded = mine if coded is None else coded & mine
        if not coded:
            return None
    if coded is None or len(coded) != 1:
        return None
    q = next(iter(coded))
    written = [v for h in held for p, v in h if p == q]
    return q if len(set(written)) == len(written) else None
