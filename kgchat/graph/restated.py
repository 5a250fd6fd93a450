"""Literal properties that restate a subject's entity facts as text.

A DBpedia extract states many facts twice: once by the mapped ontology property, to a resource
(``dbo:birthPlace dbr:Schorndorf``, ``dbo:keyPerson dbr:Roland_Busch``), and once by the raw
infobox property, as the page wrote it (``dbp:birthPlace "Schorndorf, Kingdom of
Württemberg"@en``, ``dbp:keyPeople "Roland Busch (President & CEO), Jim Hagemann Snabe
(Chairman)"@en``). Kept as facts, the string competes with the resources as the answer to "Where
was Gottlieb Daimler born?" and wins as often as it loses (the two relations read alike), though
it names the same place with words around it.

A literal-valued property is read as a *restatement* when, for most of its subjects that have
one, its value begins with a name of an object the subject has over some other property whose
name shares a word with its own (``birth place``, ``key people`` / ``key person``: a text
``notes`` that begins with the artist's name says something else), and names every object the
subject has over that property: the text lists those entities, in the
page's words. A value that begins with a name of its own subject names the subject (a legal name
"Cascada Gear S.L." of the maker "Cascada Gear" of the brand "Cascada"), whatever it mentions.
Its literal triples leave the facts (the entity facts say what they said); a
property whose values only sometimes do so (``dbp:children`` as a count for most people and a
name for a few) stays. Prose never qualifies (it begins with no object's name), and neither does
a relation to many objects mentioned in passing (a wiki link to each page an infobox names).

Examples
--------
>>> import numpy as np
>>> from kgchat.graph.vocab import Role
>>> keys = ["p:born", "p:bornText", "a", "b", "Ulm", "Bonn", '"Ulm, Germany"', '"Bonn, Germany"']
>>> s, p = np.array([2, 2, 3, 3]), np.array([0, 1, 0, 1])
>>> o = np.array([4, 6, 5, 7])
>>> is_lit = np.array([k.startswith('"') for k in keys])
>>> rp = np.full(4, Role.FACT, np.int8)
>>> restating_properties(keys, s, p, o, rp, is_lit, {4: "Ulm", 5: "Bonn"}, {}, least=2)
[1]
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np

from kgchat.graph.literal_terms import literal_text
from kgchat.graph.names import humanize_relation, local_name
from kgchat.graph.vocab import Role
from kgchat.text import content_stems

__all__ = ["restating_properties"]

_SAMPLE = 200  # literal triples read per property
_SHARE = 0.6  # of them that must restate one other property's objects
_LEAST = 3  # and at least this many
_MAX_OBJECTS = 8  # a relation to more objects than this is mentioned in passing, not restated


def _names(node: int, labels: dict[int, str], aliases: dict[int, list[str]]) -> list[str]:
    found = [labels[node]] if node in labels else []
    return [n.lower() for n in [*found, *aliases.get(node, [])] if len(n) > 1]


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _begins(text: str, names: list[str]) -> bool:
    return any(text.startswith(n) and not text[len(n) : len(n) + 1].isalnum() for n in names)


def _restates(text: str, objects: list[list[str]]) -> bool:
    """Whether ``text`` begins with a name of one of ``objects`` and names every one."""
    first = any(_begins(text, ns) for ns in objects)
    return first and all(any(_mentions(text, n) for n in ns) for ns in objects)


def restating_properties(
    keys: list[str],
    s: np.ndarray,
    p: np.ndarray,
    o: np.ndarray,
    rp: np.ndarray,
    is_lit: np.ndarray,
    labels: dict[int, str],
    aliases: dict[int, list[str]],
    *,
    least: int = _LEAST,
) -> list[int]:
    """The ids of the fact properties whose literal values restate another property's entity
    objects of the same subject (see the module docstring); ``rp`` is each triple's role,
    ``labels`` and ``aliases`` the names chosen, by term id."""
    fact = rp == Role.FACT
    lit_rows = np.flatnonzero(fact & is_lit[o])
    if not len(lit_rows):
        return []
    by_pred: dict[int, list[int]] = defaultdict(list)
    for row in lit_rows.tolist():
        rows = by_pred[int(p[row])]
        if len(rows) < _SAMPLE:
            rows.append(row)
    sampled = [r for rows in by_pred.values() if len(rows) >= least for r in rows]
    if not sampled:
        return []
    subjects = np.unique(s[sampled])
    ent_rows = np.flatnonzero(fact & ~is_lit[o] & np.isin(s, subjects))
    objects: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for subj, pred, obj in zip(
        s[ent_rows].tolist(), p[ent_rows].tolist(), o[ent_rows].tolist(), strict=True
    ):
        objects[subj][pred].append(obj)
    out = []
    words: dict[int, set[str]] = {}

    def said(pred: int) -> set[str]:
        if pred not in words:
            words[pred] = set(content_stems(humanize_relation(local_name(keys[pred]))))
        return words[pred]

    for pid, rows in by_pred.items():
        if len(rows) < least:
            continue
        hits: dict[int, int] = defaultdict(int)
        for row in rows:
            subj = int(s[row])
            text = literal_text(keys[int(o[row])]).lower().strip()
            if _begins(text, _names(subj, labels, aliases)):
                continue  # a name of the subject itself ("Cascada Gear S.L."), whatever follows
            for other, objs in objects.get(subj, {}).items():
                if other == pid or len(objs) > _MAX_OBJECTS or not said(pid) & said(other):
                    continue  # (a restatement says its relation too: birth place, key people)
                names = [_names(x, labels, aliases) for x in objs]
                if all(names) and _restates(text, names):
                    hits[other] += 1
        best = max(hits.values(), default=0)
        if best >= least and best >= _SHARE * len(rows):
            out.append(pid)
    return sorted(out)
