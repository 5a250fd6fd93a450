"""A code that a thing states of itself, and which its IRI was minted from, names it.

Registries mint an IRI from a record's code and state the code again as a literal:
``<.../cwe/CWE-79> cwe:id "CWE-79"``, ``<.../drug/DB00001> :identifier "DB00001"``. The
record's name may be a long title ("Improper Neutralization of Input During Web Page
Generation"), yet people name it by the code ("what attack patterns exploit CWE-79?"): the
code is an alias of it, and the label of a record with no other name. Only a code of letters
and digits both (``CWE-79``, ``DB00001``) counts: a value that is a word or a bare number
("DE", "2019") is said of many things, and a UUID or a digest is a key made to mean nothing.

>>> import numpy as np
>>> keys = ["http://r.org/cwe/CWE-79", "http://v.org/id", '"CWE-79"', "http://r.org/x/DE",
...         '"DE"']
>>> labels, aliases = {0: "Cross-site Scripting"}, {}
>>> own_code_names(keys, np.array([0, 3]), np.array([2, 4]), np.array([0, 0, 2, 0, 2]), labels,
...                aliases)
>>> labels, aliases
({0: 'Cross-site Scripting'}, {0: ['CWE-79']})
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph.literal_terms import literal_text
from kgchat.graph.names import local_name, normalize_text
from kgchat.graph.record_ids import RECORD_TAG, is_uuid_iri
from kgchat.graph.term_ids import IRI, LITERAL
from kgchat.graph.value_shapes import is_digest

__all__ = ["own_code_names"]

_SQUEEZE = re.compile(r"[\W_]+")  # what minting a code into an IRI drops or replaces
# a code: letters and digits both, in one run or parts joined by - _ . :
_CODE = re.compile(r"(?=[^\s]*[A-Za-z])(?=[^\s]*\d)[A-Za-z\d]+(?:[-_.:][A-Za-z\d]+)*")


def _minted_from(written: str, code: str) -> bool:
    """Whether an IRI's code (``F03D7-0224``) was minted from ``written`` ("F03D 7/0224") by
    dropping its spaces and replacing the characters an IRI path cannot hold (a slash, a
    space): the same letters and digits in the same order, case aside, in a short literal of
    a few parts (a classification's notation, an act's number "2000/60/EC"; not a title).

    >>> _minted_from("F03D 7/0224", "F03D7-0224"), _minted_from("H01M 10/0525", "H01M10-052")
    (True, False)
    """
    return (
        len(written) <= 2 * len(code) + 8
        and len(written.split()) <= 3
        and _SQUEEZE.sub("", written).lower() == _SQUEEZE.sub("", code).lower()
    )


def own_code_names(
    keys: list[str],
    s: np.ndarray,
    o: np.ndarray,
    kinds: np.ndarray,
    labels: dict[int, str],
    aliases: dict[int, list[str]],
) -> None:
    """Add to ``aliases`` (or ``labels``, where a subject has none) each code a subject of
    ``s -> o`` states as a literal (``kinds`` LITERAL) and its IRI (``kinds`` IRI) ends with."""
    rows = np.flatnonzero((kinds[o] == LITERAL) & (kinds[s] == IRI))
    if not len(rows):
        return
    _record_codes(keys, s[rows], o[rows], labels, aliases)
    codes: dict[int, str] = {}
    for i in np.unique(s[rows]).tolist():
        name = local_name(keys[i]) if "://" in keys[i] else ""
        # (a UUID or a digest is a key made to mean nothing: no one names a thing by it)
        if name and _CODE.fullmatch(name) and not is_uuid_iri(keys[i]) and not is_digest(name):
            codes[i] = name
    for a, b in zip(s[rows].tolist(), o[rows].tolist(), strict=True):
        code = codes.get(a)
        if code is None:
            continue
        written = literal_text(keys[b])  # (read once a row: most rows end at the next test)
        if written != code:
            # a thing with no name of its own is named by a code minted into its IRI after
            # its parent's (a port's berth ``NLRTM-RWG-1``, its ``skos:notation`` "RWG-1")
            if not _minted_from(written, code) and (
                a in labels or not _minted_after(written, code)
            ):
                continue
            code = written  # the code as the registry writes it, "F03D 7/0224"
        _named_by(labels, aliases, a, code)


def _minted_after(written: str, code: str) -> bool:
    """Whether an IRI's code (``NLRTM-APMT-MV2-4``) ends with one minted from ``written``
    ("APMT-MV2 4", :func:`_minted_from`) after a part of its own and a separator: a code
    within its parent's (a berth's within its port's UN/LOCODE). ``written`` holds letters and
    digits both, as a code does.

    >>> _minted_after("APMT-MV2 4", "NLRTM-APMT-MV2-4"), _minted_after("2", "NLRTM-2")
    (True, False)
    """
    squeezed = _SQUEEZE.sub("", written)
    if not (any(c.isdigit() for c in squeezed) and any(c.isalpha() for c in squeezed)):
        return False
    return any(
        code[k] in "-_." and _minted_from(written, code[k + 1 :]) for k in range(1, len(code) - 1)
    )


# a record's IRI: that of the thing it is about and a short tag (GLEIF's ``-LEI``)
_TAGGED = re.compile(r"(.+)" + RECORD_TAG.pattern)
# what the thing's IRI may put before the code it was minted from (GLEIF's ``L-``)
_PREFIX = re.compile(r"(?:[A-Za-z]{1,3}-)?")


def _record_codes(keys, s, o, labels, aliases) -> None:
    """Add to ``aliases`` (or ``labels``) of a thing each code that a record about it states,
    where the record's IRI is the thing's with a short tag added and the thing's IRI was minted
    from that code: GLEIF states an entity's LEI on its registration entry
    ``<.../L1/L-549300UTMGDNFNTAMM65-LEI> gleif-L1:LEI "549300UTMGDNFNTAMM65"``, which
    ``gleif-L1:identifiesAndRecords`` the entity ``<.../L1/L-549300UTMGDNFNTAMM65>``; people name
    the entity by it ("where is the entity with LEI 549300UTMGDNFNTAMM65 based?").

    >>> keys = ["http://g/L-5493001KJTIIGC8Y1R12-LEI", "http://g/L-5493001KJTIIGC8Y1R12",
    ...         '"5493001KJTIIGC8Y1R12"', "http://g/lei", "http://g/L-XYZ-LEI", '"2024-01-05"']
    >>> labels, aliases = {1: "Acme GmbH"}, {}
    >>> _record_codes(keys, np.array([0, 4]), np.array([2, 5]), labels, aliases)
    >>> aliases
    {1: ['5493001KJTIIGC8Y1R12']}
    """
    tagged: dict[int, str] = {}
    for a in np.unique(s).tolist():
        key = keys[a]
        # (a tag's separator among the last characters: most IRIs end otherwise, read no more)
        if any(c in key[-5:] for c in "-_.") and (m := _TAGGED.fullmatch(key)):
            tagged[a] = m[1]
    if not tagged:
        return
    wanted: dict[str, list[str]] = {}
    rows = np.flatnonzero(np.isin(s, np.fromiter(tagged, np.int64, len(tagged))))
    for a, b in zip(s[rows].tolist(), o[rows].tolist(), strict=True):
        code = literal_text(keys[b])
        thing = tagged[a]
        head = local_name(thing)
        if (
            _CODE.fullmatch(code)
            and head.endswith(code)
            and _PREFIX.fullmatch(head[: len(head) - len(code)])
        ):
            wanted.setdefault(thing, []).append(code)
    if not wanted:
        return
    for i, key in enumerate(keys):
        for code in wanted.get(key, ()):
            _named_by(labels, aliases, i, code)


def _named_by(labels: dict[int, str], aliases: dict[int, list[str]], i: int, code: str) -> None:
    """``code`` as ``i``'s label where it has none, else as an alias unless a name of it
    already reads so."""
    label = labels.get(i)
    if label is None:
        labels[i] = code
    elif normalize_text(code) not in {normalize_text(n) for n in (label, *aliases.get(i, ()))}:
        aliases.setdefault(i, []).append(code)
