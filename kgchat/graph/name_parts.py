"""A person's name from its parts: the predicates that hold given names and family names (the
standard ones and any vocabulary's whose local name says so), and the full name of a subject
that has no label of its own ("Alice Moreau" for ``foaf:givenName "Alice"`` and
``foaf:familyName "Moreau"``). Split from :mod:`kgchat.graph.labels`, which chooses the other
names.
"""

from __future__ import annotations

import numpy as np

from kgchat.graph import name_properties, vocab
from kgchat.graph.literals import read_literals
from kgchat.graph.names import humanize_relation, property_step

__all__ = ["name_from_parts", "part_predicates"]

_PART_KEYS = frozenset((*vocab.GIVEN_NAME_PREDICATES, *vocab.FAMILY_NAME_PREDICATES))


def part_predicates(keys, used_preds) -> tuple[list[int], list[int]]:
    """The ids of the predicates holding given names and family names: the standard ones
    (:data:`~kgchat.graph.vocab.GIVEN_NAME_PREDICATES`) in their order, then any other
    vocabulary's whose local name says so (``ebucore:givenName``, ``ex:lastName``).

    >>> keys = ["http://www.ebu.ch/metadata/ontologies/ebucore/ebucore#givenName",
    ...         "http://xmlns.com/foaf/0.1/familyName", "http://ex.org/surname", "ex:jobTitle"]
    >>> part_predicates(keys, np.arange(4))
    ([0], [1, 2])
    """
    ids = {keys[i]: i for i in used_preds.tolist() if keys[i] in _PART_KEYS}
    given = [ids[k] for k in vocab.GIVEN_NAME_PREDICATES if k in ids]
    family = [ids[k] for k in vocab.FAMILY_NAME_PREDICATES if k in ids]
    for i in used_preds.tolist():
        if keys[i] in _PART_KEYS or keys[i].startswith('"'):
            continue
        words = humanize_relation(property_step(keys[i]))
        if name_properties.GIVEN_NAME_LIKE.fullmatch(words):
            given.append(i)
        elif name_properties.FAMILY_NAME_LIKE.fullmatch(words):
            family.append(i)
    return given, family


def name_from_parts(keys, s, p, o, is_lit, pref, labels, used_preds, aliases=None) -> None:
    """Name each subject that has no label by its given and family names (FOAF, schema.org,
    vCard: :data:`~kgchat.graph.vocab.GIVEN_NAME_PREDICATES`; any vocabulary's property whose
    local name says "given name" or "family name", :func:`part_predicates`), "Alice Moreau" for a
    ``foaf:givenName "Alice"`` and ``foaf:familyName "Moreau"``, each part in the preferred
    language where it has several (several given names of that language all, in the order
    stated: FHIR's ``HumanName.given`` "Peter", "James"); ``labels`` is extended in place
    (``used_preds``: the ids of the predicates the triples use). A subject labelled by one part
    alone (a family name read as a name-like property's value, where it picks out its subject:
    OpenCitations' agents carry only ``foaf:givenName`` and ``foaf:familyName``) is named in
    full too, and that part becomes the first of its ``aliases`` (people cite "Haddad 2018").

    >>> keys = ["p", "foaf:givenName", "foaf:familyName", '"Ann"', '"Haddad"']
    >>> keys[1:3] = [vocab.FOAF + "givenName", vocab.FOAF + "familyName"]
    >>> labels, aliases = {0: "Haddad"}, {0: ["Ann"]}
    >>> arr = np.array
    >>> name_from_parts(keys, arr([0, 0]), arr([1, 2]), arr([3, 4]),
    ...                 arr([False, False, False, True, True]), "en", labels, arr([1, 2]), aliases)
    >>> labels, aliases
    ({0: 'Ann Haddad'}, {0: ['Haddad', 'Ann']})
    """
    given, family = part_predicates(keys, used_preds)
    if not given or not family:
        return
    parts: list[dict[int, tuple[int, list[str]]]] = []
    for preds in (given, family):
        rows = np.flatnonzero(np.isin(p, preds) & is_lit[o])
        texts, ranks = read_literals([keys[i] for i in o[rows].tolist()], pref)
        best: dict[int, tuple[int, list[str]]] = {}
        for subject, text, rank in zip(s[rows].tolist(), texts, ranks.tolist(), strict=True):
            if not text:
                continue
            if subject not in best or rank < best[subject][0]:
                best[subject] = (rank, [text])
            elif rank == best[subject][0] and text not in best[subject][1]:
                best[subject][1].append(text)  # several given names, in the order stated
        parts.append(best)
    for subject, (_, first) in parts[0].items():
        last = parts[1].get(subject)
        if last is None:
            continue
        had = labels.get(subject)
        if had is not None and had not in (*first, *last[1]):
            continue  # a label of its own; one part alone is named in full
        labels[subject] = f"{' '.join(first)} {last[1][0]}"
        if had is not None and aliases is not None:
            aliases[subject] = [had, *(a for a in aliases.get(subject, ()) if a != had)]
