"""Keys: literal properties whose values identify their subjects (a DOI, an ISBN, an accession
number, a course's "CS340"), as :func:`kgchat.graph.roles.infer_roles` tells them from the
other literal properties: most of a property's values are identifiers (:func:`identifiers`),
some keys are machine-made bookkeeping no one reads (:func:`machine_made`), and a key whose
values are shorter than their subjects' names stands for those names (:func:`shorthand`).

A value written as a number but as a plain string ("1995.79", "00417") is an identifier too
where the graph writes its numbers with a numeric datatype elsewhere (:func:`numbers_typed`):
its publisher typed the weights ``"3.13"^^xsd:decimal`` and left the accession number a
string, a code that only looks like a number. A year so written ("1879") is left a date.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np

from kgchat.graph.dates import may_be_year
from kgchat.graph.literal_terms import parse_literal
from kgchat.graph.value_shapes import is_digest, value_shape
from kgchat.graph.vocab import NUMERIC_TYPES, XSD

__all__ = ["ID_SHARE", "SAMPLE", "identifiers", "machine_made", "numbers_typed", "shorthand"]

SAMPLE = 512  # values looked at per property
ID_SHARE = 0.8  # share of a property's values that must be identifiers


def identifiers(
    keys, values: np.ndarray, annotation: bool, typed: Callable[[], bool] | None = None
) -> bool:
    """True when most of a property's (sampled) values are identifiers; with ``typed``
    (:func:`numbers_typed`), a number written as a plain string is one where it says true."""
    uniq = np.unique(values)
    sample = uniq[:: max(1, len(uniq) // SAMPLE)][:SAMPLE].tolist()
    rows = [parse_literal(keys[v]) for v in sample]
    shapes = [value_shape(*row) for row in rows]
    ids = ("code", "digits", "number") if annotation else ("code",)
    need = ID_SHARE * len(shapes)
    if sum(x in ids for x in shapes) >= need:
        return bool(shapes)
    plain = sum(x in ids or _number_string(row, x) for row, x in zip(rows, shapes, strict=True))
    return typed is not None and plain >= need and typed()


def _number_string(row: tuple[str, str | None, str | None], shape: str) -> bool:
    """Whether a literal (``row``: its :func:`parse_literal` parts, ``shape`` its
    :func:`value_shape`) is a number written as a plain string, not a year.

    >>> _number_string(("1995.79", None, None), "number")
    True
    >>> _number_string(("1879", None, None), "digits")
    False
    >>> _number_string(("3.13", None, XSD + "decimal"), "number")
    False
    """
    lex, lang, datatype = row
    return (
        shape in ("digits", "number")
        and not lang
        and datatype in (None, XSD + "string")
        and not may_be_year(lex)
    )


def numbers_typed(keys, o: np.ndarray, is_lit: np.ndarray) -> Callable[[], bool]:
    """A function telling, once asked, whether the graph writes some number with a numeric
    datatype (an object of ``o`` that is a literal of :data:`~kgchat.graph.vocab.NUMERIC_TYPES`).
    """

    @functools.cache
    def typed() -> bool:
        found = (
            parse_literal(keys[v])[2] in NUMERIC_TYPES for v in np.unique(o[is_lit[o]]).tolist()
        )
        return any(found)

    return typed


def machine_made(keys, values: np.ndarray, annotation: bool) -> bool:
    """Whether a key's (sampled) values are mostly machine-made: digests (``is_digest``)
    or a declared annotation property's bare numbers (``annotation``). Other keys (a DOI, an
    ISBN, an accession number, a code the subject's IRI was minted from: ``"GBR"`` of
    ``team/GBR``, which the reader never sees in the IRI) are what people ask for by name:
    facts."""
    rows = values[:SAMPLE].tolist()
    made = 0
    for value in rows:
        lex, lang, datatype = parse_literal(keys[value])
        made += is_digest(lex) or (
            annotation and value_shape(lex, lang, datatype) in ("digits", "number")
        )
    return bool(rows) and made >= ID_SHARE * len(rows)


def shorthand(keys, s, p, o, named: np.ndarray, pid: int) -> bool:
    """Whether a key's values (``pid``'s) are mostly shorter than a name of their subject
    (``named``: the triples that name things): codes that stand for a name, which people say
    in its place ("CS340" for a course, an accession number for a painting); not digests or
    serial numbers longer than any name."""
    idx = np.flatnonzero(p == pid)[:SAMPLE]
    longest: dict[int, int] = {}
    for i in np.flatnonzero(named & np.isin(s, s[idx])).tolist():
        size = len(parse_literal(keys[o[i]])[0])
        longest[int(s[i])] = max(longest.get(int(s[i]), 0), size)
    short = [len(parse_literal(keys[o[i]])[0]) < longest.get(int(s[i]), 0) for i in idx.tolist()]
    return bool(short) and sum(short) >= ID_SHARE * len(short)
