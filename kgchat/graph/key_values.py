"""Keys: literal properties whose values identify their subjects (a DOI, an ISBN, an accession
number, a course's "CS340"), as :func:`kgchat.graph.roles.infer_roles` tells them from the
other literal properties: most of a property's values are identifiers (:func:`identifiers`),
some keys are machine-made bookkeeping no one reads (:func:`machine_made`), and a key whose
values are shorter than their subjects' names stands for those names (:func:`shorthand`).
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph.literal_terms import parse_literal
from kgchat.graph.value_shapes import is_digest, value_shape

__all__ = ["ID_SHARE", "SAMPLE", "identifiers", "machine_made", "shorthand"]

SAMPLE = 512  # values looked at per property
ID_SHARE = 0.8  # share of a property's values that must be identifiers
# a number with a fraction or an exponent: a quantity, not an identifier
_MEASURED = re.compile(r"[.eE]")


def identifiers(keys, values: np.ndarray, annotation: bool) -> bool:
    """True when most of a property's (sampled) values are identifiers: codes, and for a
    declared annotation property (``annotation``) bare whole numbers too (a legacy number, a
    counter). A number written with a fraction or an exponent ("0.45", "14.0", "1.2e-3") is a
    quantity measured, not a number given out: an OBO ``property_value: heritability "0.45"
    xsd:decimal``, which the OBO mapping declares an annotation property, is a fact.

    >>> keys = ['"0.45"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"12"', '"0.82"']
    >>> identifiers(keys, np.array([0, 2]), True), identifiers(keys, np.array([1]), True)
    (False, True)
    """
    uniq = np.unique(values)
    sample = uniq[:: max(1, len(uniq) // SAMPLE)][:SAMPLE].tolist()
    ids = ("code", "digits", "number") if annotation else ("code",)
    found = 0
    for v in sample:
        lex, lang, datatype = parse_literal(keys[v])
        shape = value_shape(lex, lang, datatype)
        found += shape in ids and not (shape == "number" and _MEASURED.search(lex))
    return bool(sample) and found >= ID_SHARE * len(sample)


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
