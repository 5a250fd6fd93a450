"""Structures read through before the facts are derived (:func:`read_through`): nodes that only
wrap a value or point at another node (FHIR RDF's ``[ fhir:value "male" ]``,
:mod:`kgchat.graph.value_nodes`), schema.org's name/value pairs
(:mod:`kgchat.graph.property_values`), SKOS-XL's label resources
(:mod:`kgchat.graph.skosxl`), typed links stated as nodes (SPDX's relationships,
:mod:`kgchat.graph.typed_links` and :mod:`kgchat.graph.link_elements`), values that say
their kind (SPDX's identifiers and hashes, :mod:`kgchat.graph.kind_values`) and strings that
cite another record's key (:mod:`kgchat.graph.key_references`), each read as the plain
triples it stands for.

Each pass is a pure function of the triples and hands back the very arrays it was given where
the graph has none of its structure, so a graph without them pays one look at its predicates.

>>> import numpy as np
>>> keys = ["ex:a", "ex:knows", "ex:b"]
>>> kinds = np.zeros(3, np.int8)
>>> s, p, o, src = (np.array([v]) for v in (0, 1, 2, 0))
>>> counts = (np.zeros(3, np.int64), np.array([0, 1, 0]))
>>> out = read_through(keys, kinds, s, p, o, src, counts, np.array([1]), literal=2)
>>> out[1] is s, len(keys)
(True, 3)
"""

from __future__ import annotations

import numpy as np

from kgchat.graph.key_references import key_reference_objects
from kgchat.graph.kind_values import kind_value_triples
from kgchat.graph.link_elements import link_element_triples
from kgchat.graph.property_values import property_value_triples
from kgchat.graph.roles import literal_counts
from kgchat.graph.skosxl import xl_label_triples
from kgchat.graph.triple_terms import reifier_triples
from kgchat.graph.typed_links import typed_link_triples
from kgchat.graph.value_nodes import fold_value_nodes

__all__ = ["read_through", "used_by_key"]


def used_by_key(keys: list[str], used_preds: np.ndarray) -> dict[str, int]:
    """The used predicates' ids by key: the index each pass looks its vocabulary up in.

    >>> used_by_key(["ex:a", "ex:knows", "ex:b"], np.array([1]))
    {'ex:knows': 1}
    """
    return {keys[i]: i for i in used_preds.tolist()}


def read_through(keys, kinds, s, p, o, src, counts, used_preds, *, literal: int):
    """The triples with every structure above read through: ``(kinds, s, p, o, src, counts,
    used_preds)``. ``counts`` / ``used_preds``: :func:`~kgchat.graph.roles.literal_counts` of
    the triples given and the predicates it finds used, counted again where a pass changed the
    triples; ``literal``: the term kind of a literal. New relation terms may be appended to
    ``keys`` (and ``kinds``)."""
    n = len(keys)
    given = s
    s, p, o, src = fold_value_nodes(keys, kinds, s, p, o, src, used_by_key(keys, used_preds))
    if s is not given:
        counts = literal_counts(p, o, kinds == literal, n)
        used_preds = np.flatnonzero(counts[1])
    folded = s
    # one index of the used predicates for the three passes: each appends its new terms to
    # ``keys`` but leaves the used predicates' ids as they were, so the index stays true
    preds = used_by_key(keys, used_preds)
    kinds, s, p, o, src = property_value_triples(keys, kinds, s, p, o, src, preds)
    kinds, s, p, o, src = xl_label_triples(keys, kinds, s, p, o, src, preds)
    kinds, s, p, o, src = typed_link_triples(keys, kinds, s, p, o, src, preds)
    kinds, s, p, o, src = link_element_triples(keys, kinds, s, p, o, src, preds)
    kinds, s, p, o, src = kind_value_triples(keys, kinds, s, p, o, src, preds)
    kinds, s, p, o, src = reifier_triples(keys, kinds, s, p, o, src, preds)
    # a string that cites another record's key is a link to it (a foreign key, as exported)
    linked, o = key_reference_objects(keys, kinds, s, p, o, literal=literal)
    if s is not folded or linked:
        counts = literal_counts(p, o, kinds == literal, len(keys))
        used_preds = np.flatnonzero(counts[1])
    return kinds, s, p, o, src, counts, used_preds
