"""Literal values that cite another record's key, read as links to that record.

A table exported to RDF keeps its foreign keys as strings: a checklist's taxon states its
parent as ``dwc:parentNameUsageID "BGH-T0039"``, the ``dwc:taxonID`` of the family's own
record, and a synonym its accepted name as ``dwc:acceptedNameUsageID "MNH-T0056"``. Read as
written, "Which family is *Quercella* in?" ends at a string, and the walk never reaches the
family, whose name is on the record the string cites. Each such triple is read as the link
it stands for: its object becomes the record holding that key (the same predicate, as a
publisher that writes the parent's IRI has it).

By the shape of the data alone:

- a **key** is a property whose literal values each pick out one subject, one value a
  subject, and are identifiers (codes with digits, :func:`kgchat.graph.value_shapes.value_shape`);
- a **reference** is another property of literal values, 80% or more of whose triples hold a
  key's value that another subject than their own holds. A value its own subject holds as
  its key (a record restating its id) is no reference, and where two keys each cite the
  other (two ids of the same records), neither is read as a link.

The key triples stay as they are (:mod:`kgchat.graph.roles` decides whether a key is a fact
or bookkeeping); only the references' objects change.

>>> import numpy as np
>>> keys = ["ex:f", "ex:g", "ex:s", "ex:id", "ex:parentID", '"T-01"', '"T-02"', '"T-03"']
>>> kinds = np.array([0, 0, 0, 0, 0, 2, 2, 2], np.int8)
>>> s = np.array([0, 1, 2, 1, 2])
>>> p = np.array([3, 3, 3, 4, 4])
>>> o = np.array([5, 6, 7, 5, 6])
>>> _, o2 = key_reference_objects(keys, kinds, s, p, o, literal=2)
>>> [(keys[a], keys[b]) for a, b in zip(s[3:].tolist(), o2[3:].tolist())]
[('ex:g', 'ex:f'), ('ex:s', 'ex:g')]
"""

from __future__ import annotations

import numpy as np

from kgchat.graph.literal_terms import parse_literal
from kgchat.graph.value_shapes import value_shape

__all__ = ["key_reference_objects"]

_MIN_KEYS = 3  # values of a key: fewer say nothing of the property
_REF_SHARE = 0.8  # of a reference's triples, those that cite a key held by another subject
_SAMPLE = 50


def _is_key(keys, subjects: np.ndarray, values: np.ndarray) -> bool:
    """One value a subject, one subject a value, and identifiers (sampled)."""
    if len(values) < _MIN_KEYS:
        return False
    if len(np.unique(values)) != len(values) or len(np.unique(subjects)) != len(subjects):
        return False
    sample = values[:: max(1, len(values) // _SAMPLE)][:_SAMPLE].tolist()
    return all(value_shape(*parse_literal(keys[v])) == "code" for v in sample)


def key_reference_objects(keys, kinds, s, p, o, *, literal: int):
    """``(changed, o)``: whether any triple was read as a link, and the objects with each
    reference's literal replaced by the record holding that key (``o`` itself where none)."""
    lit = kinds[o] == literal
    preds = np.unique(p[lit])
    holder: dict[int, dict[int, int]] = {}  # key property -> value -> the subject holding it
    rows_of: dict[int, np.ndarray] = {}
    for q in preds.tolist():
        rows = np.flatnonzero((p == q) & lit)
        rows_of[q] = rows
        if _is_key(keys, s[rows], o[rows]):
            holder[q] = dict(zip(o[rows].tolist(), s[rows].tolist(), strict=True))
    if not holder:
        return False, o
    # A value held as its key by a node the subject links to restates that node's own value:
    # a DataCite identifier node read through as the fact ``work -doi-> "10.1371/..."``
    # (kgchat.graph.kind_values) cites no other record, its identifier node is its own
    n = len(kinds)
    linked: np.ndarray | None = None  # the node-to-node links (s * n + o), read once if asked
    cites: dict[int, int] = {}  # reference property -> the key it cites
    for q, rows in rows_of.items():
        for k, held in holder.items():
            if k == q:
                continue
            hits = [
                (a, held[v])
                for a, v in zip(s[rows].tolist(), o[rows].tolist(), strict=True)
                if held.get(v, a) != a
            ]
            if len(hits) < _REF_SHARE * len(rows):
                continue
            if linked is None:
                linked = np.unique(s[~lit].astype(np.int64) * n + o[~lit])
            pairs = np.array([a * n + b for a, b in hits], np.int64)
            hit = len(hits) - int(np.isin(pairs, linked).sum())
            if hit >= _REF_SHARE * len(rows):
                cites[q] = k
                break
    # two keys that cite each other are two ids of the same records: neither is a link
    cites = {q: k for q, k in cites.items() if cites.get(k) != q}
    if not cites:
        return False, o
    o = o.copy()
    for q, k in cites.items():
        held = holder[k]
        for r in rows_of[q].tolist():
            b = held.get(int(o[r]))
            if b is not None and b != int(s[r]):
                o[r] = b
    return True, o
