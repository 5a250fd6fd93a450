"""What a node's identifier (its IRI's local name) says of it, for
:func:`kgchat.graph.junctions.anonymous_junctions`: a UUID (:func:`is_uuid_iri`) or a digest
(:func:`_digests`), keys made to mean nothing; a serial number (:func:`_serial`); a key made of
the words of what the node joins (:func:`_made_of`, :func:`_joined_words`) or of the thing it
is about (:func:`_keyed_by_subject`); an identifier other nodes share (:func:`_shared_names`);
a code rather than words (:func:`coded_id`).

Examples
--------
>>> is_uuid_iri("urn:uuid:1AFDD705-DF33-4E44-9C45-2046A793B57C"), _serial("http://x/own/0001")
(True, True)
>>> _made_of("http://openflights.org/data/route/BA/LHR-JFK", {"lhr", "jfk"})
True
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from kgchat.graph.names import local_name
from kgchat.graph.value_shapes import is_digest

__all__ = ["RECORD_DIGEST_DIGITS", "RECORD_TAG", "coded_id", "is_uuid_iri"]

#: hexadecimal digits that make a record's identifier a digest (``obs/0051298fef50``); fewer
#: than a literal needs (:func:`is_digest`): the record's kind, never named
#: and joining named things, already says it is no thing people name
RECORD_DIGEST_DIGITS = 8


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def is_uuid_iri(key: str) -> bool:
    """Whether an IRI's local name is a UUID.

    >>> is_uuid_iri("https://fhir.example/Patient/1afdd705-df33-4e44-9c45-2046a793b57c")
    True
    >>> is_uuid_iri("urn:uuid:1AFDD705-DF33-4E44-9C45-2046A793B57C"), is_uuid_iri("ex:perf7")
    (True, False)
    """
    return bool(_UUID.fullmatch(local_name(key)))


def _name(key: str) -> str:
    return local_name(key) if "://" in key or key.startswith("urn:") else key


def _shared_names(keys: list[str], ids: list[int]) -> list[int]:
    """Those of ``ids`` whose identifier (:func:`_name`) another of them has too.

    >>> keys = [f"http://ex.org/{k}" for k in ("obs/1/T", "obs/2/T", "PO-7", "PO-8")]
    >>> _shared_names(keys, [0, 1, 2, 3])
    [0, 1]
    """
    count = Counter(_name(keys[i]) for i in ids)
    return [i for i in ids if count[_name(keys[i])] > 1]


# letters then figures: a catalogue's number ("BE0000017", DrugBank's), not a digest, whose
# letters fall anywhere
_CATALOGUED = re.compile(r"[A-Za-z]+\d+")


def _digests(keys: list[str], ids: list[int]) -> list[int]:
    """Those of ``ids`` whose identifier is a digest (:func:`is_digest`, of
    :data:`RECORD_DIGEST_DIGITS`); where most of them are, also those of the same length in
    figures alone (a random key that drew no letter).

    >>> keys = [f"http://ex.org/obs/{k}" for k in ("0051298fef50", "7e9cd82a2116", "331333592978")]
    >>> _digests(keys, [0, 1, 2]), _digests(keys, [2])
    ([0, 1, 2], [])
    >>> _digests(["http://ex.org/target/BE0000017", "http://ex.org/target/BE0000048"], [0, 1])
    []
    """
    names = {i: _name(keys[i]) for i in ids}
    found = [
        i
        for i in ids
        if is_digest(names[i], RECORD_DIGEST_DIGITS) and not _CATALOGUED.fullmatch(names[i])
    ]
    if 2 * len(found) <= len(ids):
        return found
    sizes, chosen = {len(names[i]) for i in found}, set(found)
    return [i for i in ids if i in chosen or (len(names[i]) in sizes and names[i].isdigit())]


def _keyed_by_subject(
    keys: list[str], s: np.ndarray, o: np.ndarray, named: np.ndarray, ids: list[int]
) -> list[int]:
    """Those of ``ids`` whose identifier (:func:`_name`) is that of a named node one of their
    facts (``s`` -> ``o``) leads to: a record keyed by what it is about; or that identifier
    followed by a short tag of letters, as GLEIF keys an entity's LEI registration entry
    (``L-549300...-LEI`` for the entity ``L-549300...``) and a relationship's record
    (``R-...-D-REC`` for ``R-...-D``).

    >>> keys = ["http://e.eu/aggregation/p/9/_SK_1", "http://e.eu/item/9/_SK_1", "Rijks"]
    >>> keys += ["http://e.eu/aggregation/p/9/_SK_2", "http://e.eu/item/9/_SK_3"]
    >>> s, o = np.array([0, 0, 3, 3]), np.array([1, 2, 4, 2])
    >>> _keyed_by_subject(keys, s, o, np.array([False, True, True, False, True]), [0, 3])
    [0]
    >>> keys = ["http://g/L1/L-5493001KJTIIGC8Y1R12-LEI", "http://g/L1/L-5493001KJTIIGC8Y1R12"]
    >>> keys += ["http://g/L1/L-5493001KJTIIGC8Y1R12-Acme", "http://g/L1/L-5493001KJTIIGC8Y1R1"]
    >>> s, o = np.array([0, 2, 3]), np.array([1, 1, 1])
    >>> _keyed_by_subject(keys, s, o, np.ones(4, bool), [0, 2, 3])
    [0]
    """
    if not ids:
        return []
    facts = np.flatnonzero(np.isin(s, ids) & named[o] & (s != o)).tolist()
    found = {int(s[f]) for f in facts if _keyed_by(_name(keys[s[f]]), _name(keys[o[f]]))}
    return sorted(found)


# what a record's identifier may add to that of the thing it is about: a separator and a short
# tag of letters (GLEIF's ``-LEI``, ``-REC``), no word of a name ("-Acme") nor more of the code
RECORD_TAG = re.compile(r"[-_.][A-Z]{1,4}")


def _keyed_by(record: str, thing: str) -> bool:
    """Whether ``record`` is ``thing``'s identifier, or it followed by a tag
    (:data:`RECORD_TAG`)."""
    return record == thing or (
        record.startswith(thing) and bool(RECORD_TAG.fullmatch(record[len(thing) :]))
    )


def coded_id(key: str) -> bool:
    """Whether an IRI's identifier holds a digit (a code, a digest), not only words: what
    junctions and minted name records (:mod:`kgchat.graph.name_records`) both ask of a key.

    >>> coded_id("http://x/PO-7"), coded_id("http://x/Stadtpark"), coded_id("_:b12")
    (True, False, False)
    """
    return not key.startswith(("_:", '"')) and any(c.isdigit() for c in _name(key))


def _joined_words(
    keys: list[str],
    s: np.ndarray,
    o: np.ndarray,
    is_lit: np.ndarray,
    labels: dict[int, str],
    nodes: list[int],
) -> dict[int, set[str]]:
    """Per node of ``nodes``: the words (lower case) of the names and literal values of the
    nodes its facts (``s`` -> ``o``) lead to, and of their identifiers where those are codes: a
    row keyed by the keys of what it joins, as a relational table's composite key of foreign
    keys (OpenCitations' citation ``ci/06101077-06101266`` joins the works ``br/06101077`` and
    ``br/06101266``).

    >>> keys = ["http://x/ci/0610-0722", "http://x/br/0610", "http://x/br/0722", "cites", "by"]
    >>> sorted(_joined_words(keys, np.array([0, 0]), np.array([1, 2]), np.zeros(5, bool),
    ...                      {1: "Open data", 2: "Sleeping beauties"}, [0])[0])
    ['0610', '0722', 'beauties', 'data', 'open', 'sleeping']
    >>> keys = ["http://x/PO-7", "http://x/PO-7-10", "line"]
    >>> _joined_words(keys, np.array([0]), np.array([1]), np.zeros(3, bool), {}, [0])[0]
    set()
    """
    if not nodes:
        return {}
    mine = np.isin(s, nodes)
    ahead = np.unique(o[mine & ~is_lit[o]])
    own: dict[int, set[str]] = {int(x): set(_words(labels.get(int(x), ""))) for x in ahead}
    coded = {int(x): _name(keys[x]) for x in ahead if coded_id(keys[x])}
    for i in np.flatnonzero(np.isin(s, ahead) & is_lit[o]).tolist():
        own[int(s[i])].update(_words(keys[o[i]]))
    out: dict[int, set[str]] = {i: set() for i in nodes}
    for i in np.flatnonzero(mine).tolist():
        node, x = int(s[i]), int(o[i])
        out[node] |= own.get(x, set())
        code = coded.get(x)
        if code is not None and not code.startswith(_name(keys[node])):
            # (a part minted under the node's own key, a purchase order's line
            # ``PO-2024-000369-00010``, repeats that key: it joins nothing to it)
            out[node].update(_words(code))
    return out


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", text.lower()) if w]


def _serial(key: str) -> bool:
    """Whether an IRI's identifier is a number alone, or numbers joined by punctuation: a row's
    serial (``ownership/0001``, a FIBO ``fibo-fnd-oac-own:Ownership`` joining an owner, a
    company and its share; ``membership/59-013``, a legislature's term and a running number),
    which no one says. A record people ask about by its key carries its kind's letters
    (``SHP-7781600``, ``PO-2024-000229``).

    >>> _serial("https://kyc.example/id/ownership/0001"), _serial("http://x/shipment/SHP-77")
    (True, False)
    >>> _serial("http://x/membership/59-013"), _serial("http://x/m/-"), _serial("http://x/2.1")
    (True, False, True)
    """
    name = _name(key)
    return any(c.isdigit() for c in name) and not any(c.isalpha() for c in name)


def _made_of(key: str, words: set[str]) -> bool:
    """Whether an IRI's identifier is made of ``words`` only, every word of it (two or more)
    a name or value of a node it leads to, or a running number: a key composed of the row's
    columns (``route/BA/LHR-JFK``), or of a column and a serial (a party membership
    ``membership/party-014`` joining a person and the Green *Party*), one word of it at least
    a column's.

    >>> _made_of("http://openflights.org/data/route/BA/LHR-JFK", {"lhr", "jfk", "london"})
    True
    >>> _made_of("http://dbpedia.org/resource/Heathrow_Express", {"heathrow", "london"})
    False
    >>> _made_of("http://x/membership/party-014", {"green", "party", "ann"})
    True
    >>> _made_of("http://x/shipment/SHP-7781600", {"acme", "rotterdam"})
    False
    >>> _made_of("http://x/ci/0610-0722", {"0610", "0722"}), _made_of("http://x/ci/1-2", set())
    (True, False)
    """
    own = _words(_name(key))
    said = [w for w in own if not w.isdigit()]
    return len(own) >= 2 and (words.issuperset(own) or (bool(said) and words.issuperset(said)))
