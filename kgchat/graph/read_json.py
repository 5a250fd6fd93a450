"""Plain JSON records (no JSON-LD keyword): each object an entity, each key a relation.

Much data comes as JSON exports rather than RDF: an array of records, or JSON Lines (one
record a line). Read as JSON-LD, a document saying none of ``@context``, ``@id``, ``@graph``,
``@type``, ``@value`` states nothing (its keys are no IRIs), so such a file is read as a table
is (:mod:`kgchat.graph.read_delimited`):

- a record is about the value of its first key among ``@id``, ``id``, ``_id`` (MongoDB's,
  CouchDB's), ``name``, ``label``, ``title`` (case ignored), an id's name its label; a top-level
  record without one is an error naming its place;
- every other key is a relation, and each of its values (a list gives several) an object:
  numbers and dates typed as in delimited files, true/false as booleans, other strings
  entities (so "England" in two records is one node), ``null`` nothing; but the strings of a
  key that says it holds names are text: an alias (as in delimited files) or a part of a
  person's name (``firstName``, ``last_name``, ``surname``), which compile joins into the
  record's name ("Maya Lindqvist"), and two people named "Maya" share no node by it;
- a nested object is a record of its own, linked by its key ("author": {"name": ...}); one
  with no key naming it (an address, an embedded event) an unnamed record (a blank node), as
  an n-ary record is in RDF;
- MongoDB Extended JSON values (:mod:`kgchat.graph.extended_json`: ``{"$oid": ...}``,
  ``{"$date": ...}``, ``{"$numberDecimal": ...}``) are values: an ObjectId the document whose
  ``_id`` it is (references join across the files of an export), a date or number a typed
  literal.

A top-level object holding one list of records (``{"people": [...]}``) reads as that list.

Examples
--------
>>> import json, tempfile, pathlib
>>> f = pathlib.Path(tempfile.mkdtemp()) / "people.json"
>>> _ = f.write_text(json.dumps([{"name": "Ada Lovelace", "born": 1815, "country": "England"}]))
>>> for triple in read_records(f):
...     print(triple)
('Ada Lovelace', 'born', '"1815"^^<http://www.w3.org/2001/XMLSchema#integer>')
('Ada Lovelace', 'country', 'England')
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kgchat.errors import ParseError
from kgchat.graph import extended_json
from kgchat.graph.formats import Triple, read_text
from kgchat.graph.literal_terms import XSD, literal_term
from kgchat.graph.name_properties import (
    ALIAS_LIKE,
    FAMILY_NAME_LIKE,
    GIVEN_NAME_LIKE,
    RECORD_NAME_KEYS,
)
from kgchat.graph.names import humanize_relation
from kgchat.graph.read_delimited import literal_key
from kgchat.graph.vocab import RDFS_LABEL

__all__ = ["read_records"]

_KEYS = ("@id", "id", "_id", *RECORD_NAME_KEYS)
_IDS = ("@id", "id", "_id")
_DEPTH = 32  # nested records deeper than this are an error (a cycle cannot occur in JSON)


def read_records(path: Path, source_id: int = 0) -> Iterator[Triple]:
    """The triples of a file of plain JSON records (module docstring): a JSON document, or
    JSON Lines (``.jsonl``); ``source_id`` keeps the unnamed records of different files
    apart."""
    text = read_text(path)
    records: list[Any]
    try:
        doc = json.loads(text)
        records = doc if isinstance(doc, list) else _records_of(doc)
    except json.JSONDecodeError as exc:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if exc.msg != "Extra data" or not lines:
            raise ParseError(f"not JSON: {exc.msg}", path, exc.lineno, exc.colno) from None
        records = []
        for lineno, line in enumerate(text.splitlines(), 1):  # JSON Lines
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise ParseError(f"not JSON: {err.msg}", path, lineno, err.colno) from None
    file = _File(path, f"_:j{source_id}_")
    for at, record in enumerate(records):
        yield from _record(record, file, f"record {at + 1}", 0)


def _records_of(doc: Any) -> list[Any]:
    """A top-level object's records: the one list of objects it holds, else itself."""
    if isinstance(doc, dict):
        lists = [v for v in doc.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) == 1 and len(doc) <= 2:
            return lists[0]
    return [doc]


class _File:
    """One file being read: its path (for errors) and the blank-node keys of the nested
    records no key names, one file's apart."""

    def __init__(self, path: Path, prefix: str) -> None:
        self.path, self.prefix, self.count = path, prefix, 0

    def next(self) -> str:
        self.count += 1
        return f"{self.prefix}{self.count}"


def _subject(record: dict[str, Any]) -> tuple[str, str] | None:
    """The key naming what the record is about, and its value (an id's text, or what an
    Extended JSON ObjectId names)."""
    keys = {k.lower(): k for k in record}
    for name in _KEYS:
        key = keys.get(name)
        if key is None:
            continue
        value = record[key]
        if isinstance(value, (str, int)) and str(value).strip():
            return key, str(value).strip()
        found = extended_json.reference(value)
        if found is not None:
            return key, found
    return None


def _record(
    record: Any, file: _File, where: str, depth: int, subject: str | None = None
) -> Iterator[Triple]:
    """A record's triples; ``subject`` is a nested unnamed record's blank node."""
    path = file.path
    if not isinstance(record, dict):
        raise ParseError(f'{where} is no JSON object (a record is {{"name": ..., ...}})', path)
    if depth > _DEPTH:
        raise ParseError(f"{where}: records nested more than {_DEPTH} deep", path)
    found = _subject(record) if subject is None else ("", subject)
    if found is None:
        raise ParseError(
            f"{where} has no key naming what it is about (one of {', '.join(_KEYS)}): "
            f"{json.dumps(record)[:80]}",
            path,
        )
    key, subject = found
    named = key
    if key.lower() in _IDS:  # an id: its name, where it has one, is its label
        keys = {k.lower(): k for k in record}
        for name in RECORD_NAME_KEYS:
            if name in keys and isinstance(record[keys[name]], str) and record[keys[name]]:
                named = keys[name]
                yield subject, RDFS_LABEL, literal_term(record[named].strip())
                break
    for relation, value in record.items():
        if relation in (key, named) or relation.startswith("@"):
            continue
        names = _holds_names(relation)
        for v in value if isinstance(value, list) else [value]:
            nested = isinstance(v, dict) and not extended_json.is_value(v)
            blank = file.next() if nested and _subject(v) is None else None
            obj = blank or _object(v, names)
            if obj is not None:
                yield subject, relation, obj
            if nested:
                yield from _record(v, file, f"{where}, {relation}", depth + 1, blank)


@functools.lru_cache(maxsize=4096)
def _holds_names(relation: str) -> bool:
    """Whether a key says its values are names, text rather than things: an alias, or a
    part of a person's name (:data:`~kgchat.graph.name_properties.GIVEN_NAME_LIKE`); once a
    key, as every record of an export repeats its keys."""
    words = humanize_relation(relation)
    return bool(
        ALIAS_LIKE.search(words)
        or GIVEN_NAME_LIKE.fullmatch(words)
        or FAMILY_NAME_LIKE.fullmatch(words)
    )


def _object(value: Any, names: bool = False) -> str | None:
    """A value's term key (None for null, an empty string or a value with no text); a
    string of a key holding ``names`` is a plain literal."""
    if value is None:
        return None
    if isinstance(value, bool):
        return literal_term(str(value).lower(), datatype=XSD + "boolean")
    if isinstance(value, (int, float)):
        return literal_key(str(value)) or literal_term(str(value), datatype=XSD + "double")
    if isinstance(value, dict):
        if extended_json.is_value(value):
            return extended_json.reference(value) or extended_json.literal(value)
        found = _subject(value)
        return None if found is None else found[1]
    text = str(value).strip()
    if not text:
        return None
    return literal_key(text) or (literal_term(text) if names else text)
