"""MongoDB Extended JSON (v2) values inside plain JSON records.

``mongoexport`` (and ``bsondump``, Compass, the drivers' ``dumps``) write BSON types JSON has
not as one-key objects whose key starts with ``$``: ``{"$oid": "5f0a..."}`` (an ObjectId,
the usual ``_id`` and what a reference to another document holds), ``{"$date": "2021-03-04T
00:00:00Z"}`` (relaxed mode) or ``{"$date": {"$numberLong": "1614816000000"}}`` (canonical),
``{"$numberDecimal": "85.00"}``, ``{"$numberLong": ...}``, ``{"$numberInt": ...}``,
``{"$numberDouble": ...}``, ``{"$uuid": ...}``, and a DBRef ``{"$ref": "shelters", "$id":
{"$oid": ...}}``. Such an object is a value, not a record: an ObjectId, a UUID or a DBRef is
the id of the document it names (the same key as that document's ``_id``, so references join
across the files of an export); a date, a number or a symbol a typed literal. A date at UTC
midnight is a calendar date (BSON has no date-only type, so applications store dates as
midnight timestamps); any other instant an ``xsd:dateTime``. Types with no readable value
(``$binary``, ``$timestamp``, ``$regularExpression``, ``$code``, ``$minKey``, ``$maxKey``)
state nothing.

Examples
--------
>>> reference({"$oid": "5f0a1b2c3d4e5f6a7b8c9d0e"})
'5f0a1b2c3d4e5f6a7b8c9d0e'
>>> reference({"$ref": "shelters", "$id": {"$oid": "5f0a"}})
'5f0a'
>>> literal({"$date": "2021-03-04T00:00:00Z"})
'"2021-03-04"^^<http://www.w3.org/2001/XMLSchema#date>'
>>> literal({"$date": {"$numberLong": "1614854400000"}})
'"2021-03-04T10:40:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>'
>>> literal({"$numberDecimal": "85.00"})
'"85.00"^^<http://www.w3.org/2001/XMLSchema#decimal>'
>>> is_value({"$binary": {"base64": "AA==", "subType": "00"}}), literal({"$timestamp": {}})
(True, None)
>>> is_value({"street": "1 Main St"})
False
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from kgchat.graph.literal_terms import XSD, literal_term

__all__ = ["is_value", "literal", "reference"]

_IDS = ("$oid", "$uuid")
_NUMBERS = {
    "$numberDecimal": "decimal",
    "$numberLong": "integer",
    "$numberInt": "integer",
    "$numberDouble": "double",
}
_SILENT = ("$binary", "$timestamp", "$regularExpression", "$code", "$minKey", "$maxKey")
_KEYS = frozenset((*_IDS, *_NUMBERS, *_SILENT, "$date", "$symbol", "$ref"))
# a UTC-midnight instant (or a bare day): the day
_MIDNIGHT = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?(?:Z|\+00:?00)?)?")
_DOUBLES = {"Infinity": "INF", "-Infinity": "-INF", "NaN": "NaN"}


def is_value(value: Any) -> bool:
    """Whether ``value`` is an Extended JSON value (an object keyed by a ``$`` type key such
    as ``$oid`` or ``$date``) rather than a record."""
    return isinstance(value, dict) and bool(value) and next(iter(value)) in _KEYS


def reference(value: Any) -> str | None:
    """The id an ObjectId, UUID or DBRef names (None for any other value)."""
    if not is_value(value):
        return None
    if "$ref" in value:
        target = value.get("$id")
        return reference(target) if is_value(target) else _text(target)
    for key in _IDS:
        if key in value:
            return _text(value[key])
    return None


def literal(value: Any) -> str | None:
    """The typed-literal key of a date, number or symbol (None for a reference or a type
    with no readable value)."""
    if not is_value(value):
        return None
    if "$date" in value:
        return _date(value["$date"])
    for key, datatype in _NUMBERS.items():
        if key in value and (text := _text(value[key])) is not None:
            if datatype == "double":
                text = _DOUBLES.get(text, text)
            return literal_term(text, datatype=XSD + datatype)
    if "$symbol" in value and _text(value["$symbol"]):
        return literal_term(str(value["$symbol"]))
    return None


def _date(value: Any) -> str | None:
    """A ``$date``'s literal: relaxed ISO-8601 text or canonical epoch milliseconds."""
    if isinstance(value, dict):  # canonical: {"$numberLong": "<ms since the epoch>"}
        try:
            ms = int(value.get("$numberLong", ""))
        except ValueError:
            return None
        instant = datetime.fromtimestamp(ms / 1000, UTC)
        text = instant.isoformat().replace("+00:00", "Z")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        return _date({"$numberLong": str(int(value))})
    else:
        text = str(value).strip()
    if not text:
        return None
    midnight = _MIDNIGHT.fullmatch(text)
    if midnight:
        return literal_term(midnight[1], datatype=XSD + "date")
    return literal_term(text, datatype=XSD + "dateTime")


def _text(value: Any) -> str | None:
    """A scalar's text (None for null, an empty string or a structure)."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None
