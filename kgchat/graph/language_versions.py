"""A thing named only through its language versions: the names of the versions name it.

Publishers that model a work apart from its versions (FRBR's work and expressions; the
European Legislation Identifier's ``eli:LegalResource`` realized by one ``eli:LegalExpression``
per language, each with its ``eli:title``) put no name on the work itself: the act
``<.../dir/2000/60/oj>`` holds its dates, its authors and its links to other acts, and its
titles are on ``<.../oj/eng>``, ``<.../oj/fra>``, ``<.../oj/deu>``. Unnamed, the act is shown
by its IRI's last segment ("oj", shared by every act), so it can be neither linked from its
title nor given as an answer.

The shape that says "these are its versions": an unnamed node joined by one property (either
way round) to two named nodes or more, each joined so to this node alone, each named in one
language only, no two in the same language. Language versions of one thing is what such
nodes are; the nodes around an ordinary thing (its address, its members, its parts) are
named in no language, in the same one, or in several each. The thing then takes their
names: its label the name of the version in the preferred language, its aliases every other
name of every version.

>>> import numpy as np
>>> keys = ["act", "realizes", "en", "fr", '"Water Act"@en', '"Loi sur l\\'eau"@fr', "title"]
>>> s, p, o = np.array([2, 3, 2, 3]), np.array([1, 1, 6, 6]), np.array([0, 0, 4, 5])
>>> is_lit = np.array([False] * 4 + [True, True, False])
>>> labels, aliases = {2: "Water Act", 3: "Loi sur l'eau"}, {}
>>> borrow_version_names(keys, s, p, o, is_lit, np.array([6]), labels, aliases, "en")
[0]
>>> labels[0], aliases[0]
('Water Act', ["Loi sur l'eau"])
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from kgchat.graph.literal_terms import parse_literal
from kgchat.graph.literals import read_literals

__all__ = ["borrow_version_names"]


def borrow_version_names(
    keys: list[str],
    s: np.ndarray,
    p: np.ndarray,
    o: np.ndarray,
    is_lit: np.ndarray,
    name_rows: np.ndarray,
    labels: dict[int, str],
    aliases: dict[int, list[str]],
    pref: str,
) -> list[int]:
    """Name each unnamed node whose language versions are named (module docstring), in place
    in ``labels`` and ``aliases``; return the nodes named. ``name_rows``: the predicates (term
    ids) whose literal values name their subject (labels, aliases, name-like properties)."""
    n = len(keys)
    named = np.zeros(n, bool)
    if labels:
        named[np.fromiter(labels, np.int64, len(labels))] = True
    with_alias = [k for k, v in aliases.items() if v]
    named[with_alias] = True
    node = ~is_lit[o] & ~is_lit[s]
    ahead = node & named[s] & ~named[o]  # a named version -> the thing
    back = node & ~named[s] & named[o]  # the thing -> a named version
    if not ahead.any() and not back.any():
        return []
    versions = np.unique(np.concatenate([s[ahead], o[back]]))
    langs = _languages(keys, s, p, o, is_lit, name_rows, versions)
    # per (property, direction): thing -> its versions; a version joined to two things by it
    # is no version of either
    groups: dict[tuple[int, bool], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for mask, forward in ((ahead, True), (back, False)):
        rows = np.flatnonzero(mask)
        ver_ids, thing_ids = (s[rows], o[rows]) if forward else (o[rows], s[rows])
        for pid, v, t in zip(p[rows].tolist(), ver_ids.tolist(), thing_ids.tolist(), strict=True):
            groups[(pid, forward)][t].append(v)
    found: dict[int, list[int]] = {}
    for by_thing in groups.values():
        seen: dict[int, int] = defaultdict(int)
        for vs in by_thing.values():
            for v in vs:
                seen[v] += 1
        for thing, vs in by_thing.items():
            if thing in found or len(vs) < 2 or any(seen[v] > 1 for v in vs):
                continue
            tags = [langs.get(v) for v in vs]
            if all(tags) and len(set(tags)) == len(tags):
                found[thing] = vs
    if not found:
        return []
    ranks = _ranks(pref, {t for vs in found.values() for v in vs if (t := langs.get(v))})
    for thing, vs in found.items():
        vs = sorted(vs, key=lambda v: ranks[langs[v]])
        names: list[str] = []
        for v in vs:
            for name in ([labels[v]] if v in labels else []) + aliases.get(v, []):
                if name not in names:
                    names.append(name)
        labels[thing] = names[0]
        if len(names) > 1:
            aliases[thing] = names[1:]
    return list(found)


def _languages(keys, s, p, o, is_lit, name_rows, versions) -> dict[int, str]:
    """Per node of ``versions``: the one language all its names are in (absent where they
    are in none or in several)."""
    rows = np.flatnonzero(np.isin(s, versions) & np.isin(p, name_rows) & is_lit[o])
    tags: dict[int, set[str]] = defaultdict(set)
    for subject, lit in zip(s[rows].tolist(), o[rows].tolist(), strict=True):
        tags[subject].add((parse_literal(keys[lit])[1] or "").lower())
    return {v: next(iter(t)) for v, t in tags.items() if len(t) == 1 and "" not in t}


def _ranks(pref: str, tags: set[str]) -> dict[str, int]:
    """Each language tag's rank for ``pref`` (as the label choice ranks names)."""
    order = sorted(tags)
    _, rank = read_literals([f'"x"@{t}' for t in order], pref)
    return dict(zip(order, rank.tolist(), strict=True))
