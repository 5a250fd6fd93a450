"""One object described in several files by the same relative UUID reference.

A file without ``@base`` / ``xml:base`` reads its relative IRIs against a base that names the
file (:func:`~kgchat.graph.names.file_base_iri`): ``rdf:ID="_x"`` in ``a.xml`` is
``urn:kgchat:file/a.xml/#_x``, and ``rdf:about="#_x"`` in ``b.xml`` another IRI. That keeps
two files' ``<#me>`` apart, as RFC 3986 reads them. But a model exchanged as several files
without a base describes its objects across them by their identifiers: an ENTSO-E CGMES model's
Steady State Hypothesis and Topology files state ``<cim:SynchronousMachine rdf:about="#_<uuid>">``
with the day's values of the machine the Equipment file declares by ``rdf:ID="_<uuid>"``, and
every CIM tool reads the two as one object. A UUID is unique by construction (RFC 9562): the
same UUID in a same-document reference of two files loaded together names the same thing,
wherever the files lie. :func:`shared_relative_ids` maps each such reference onto the first
loaded one (the lowest term id), so the facts of every file meet on one node; a fragment with
no UUID (``#me``) stays one file's own.

>>> keys = ["urn:kgchat:file/EQ.xml/#_0c5b1d9e-52a4-4a8e-9a44-0f3b6c2d7e11", "http://e/p",
...         "urn:kgchat:file/SSH.xml/#_0c5b1d9e-52a4-4a8e-9a44-0f3b6c2d7e11",
...         "urn:kgchat:file/a.ttl/#me", "urn:kgchat:file/b.ttl/#me"]
>>> shared_relative_ids(keys).tolist()
[0, 1, 0, 3, 4]
>>> shared_relative_ids(["http://e/a"]) is None
True
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph.names import FILE_BASE

__all__ = ["shared_relative_ids"]

# a file's base, then a same-document reference (a fragment) that holds a UUID
_SHARED = re.compile(
    re.escape(FILE_BASE)
    + r"[^/]+/(#.*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*)",
    re.IGNORECASE,
)


def shared_relative_ids(keys: list[str]) -> np.ndarray | None:
    """Each term id mapped to the id of the term it names: the first loaded of the relative
    references of several files with one UUID fragment (see the module); ``None`` when no
    reference is shared (the common case: nothing to map).

    >>> shared_relative_ids(["urn:kgchat:file/a.xml/#_1", "urn:kgchat:file/b.xml/#_1"]) is None
    True
    """
    first: dict[str, int] = {}
    joined: list[tuple[int, int]] = []
    for i, key in enumerate(keys):
        if not key.startswith(FILE_BASE):
            continue
        m = _SHARED.fullmatch(key)
        if m is None:
            continue
        fragment = m[1].lower()
        if fragment in first:
            joined.append((i, first[fragment]))
        else:
            first[fragment] = i
    if not joined:
        return None
    target = np.arange(len(keys), dtype=np.int64)
    for i, j in joined:
        target[i] = j
    return target
