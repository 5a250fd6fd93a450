"""Value records of an unnamed node's owner (:func:`value_records`): an unnamed node that one
fact leads to and that states values only, CIDOC CRM's time-span of a birth, named by the day
it spans or walked through as ``(anonymous ...)``. Read by
:func:`kgchat.graph.junctions.anonymous_junctions` (moved out of that module, unchanged).
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph.record_ids import _name, _shared_names

__all__ = ["value_records"]


def value_records(
    keys, labels, unnamed, inward, outward, to_value, s, o, kind_coded=None
) -> list[int]:
    """Name each unnamed node that one fact leads to and that states values only, where its
    identifier is one other such nodes share: a value record of its owner, CIDOC CRM's
    time-span (``<death/p7/timespan>`` with its begin and end dates). A shared identifier
    names none of them. A record whose values are dates of one day (the begin and the end of
    a day's span) is named by that day, what else one calls it, and answers "when"; any other
    is ``(anonymous <local name>)``, walked through to its values (``labels`` in place).
    Returns the anonymous ones.

    >>> D = "^^<http://www.w3.org/2001/XMLSchema#dateTime>"
    >>> keys = ["http://e/d1/timespan", "http://e/d2/timespan", '"1658-05-06T00:00:00"' + D,
    ...         '"1658-05-06T23:59:59"' + D, '"1660"', "http://e/p"]
    >>> s, o = np.array([0, 0, 1]), np.array([2, 3, 4])
    >>> one, labels = np.array([1, 1, 0, 0, 0, 1]), {}
    >>> out = np.array([2, 1, 0, 0, 0, 0])
    >>> unnamed = np.array([True, True, False, False, False, True])
    >>> value_records(keys, labels, unnamed, one, out, out, s, o), labels
    ([1], {0: '1658-05-06', 1: '(anonymous timespan)'})
    """
    from kgchat.graph.junctions import anonymous_label  # (junctions imports this module)

    held = unnamed & (inward == 1) & (outward >= 1) & (outward == to_value)
    shared = _shared_names(keys, np.flatnonzero(held).tolist())
    if kind_coded is not None:
        shared = sorted(set(shared) | set(np.flatnonzero(held & kind_coded).tolist()))
    if not shared:
        return []
    rows = np.flatnonzero(np.isin(s, shared))
    days: dict[int, set[str | None]] = {}
    for i, v in zip(s[rows].tolist(), o[rows].tolist(), strict=True):
        m = _DATED.fullmatch(keys[v])
        days.setdefault(i, set()).add(m[1] if m else None)
    found = []
    for i in shared:
        day = days.get(i, {None})
        if len(day) == 1 and None not in day:
            labels[i] = day.pop()
        else:
            labels[i] = anonymous_label(_name(keys[i]))
            found.append(i)
    return found


# a date or date-time literal: its day
_DATED = re.compile(
    r'"(\d{4}-\d{2}-\d{2})(?:T[^"]*)?"\^\^<http://www\.w3\.org/2001/XMLSchema#date(?:Time)?>'
)
