"""Names of entities and properties: one label each, chosen by language and predicate, the rest
aliases; descriptions; and labels written as identifiers (``worksFor``) read as words.

Examples
--------
>>> import numpy as np
>>> keys = ["x", "http://www.w3.org/2000/01/rdf-schema#label", '"Rome"@en', '"Roma"@it']
>>> s, p, o = np.array([0, 0]), np.array([1, 1]), np.array([3, 2])
>>> is_lit = np.array([False, False, True, True])
>>> choose_names(keys, s, p, o, np.array([Role.LABEL, Role.LABEL]), is_lit, "en")
({0: 'Rome'}, {0: ['Roma']}, {})
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.names import humanize_id, humanize_relation, local_name, parse_literal, read_label
from kgchat.graph.vocab import Role

__all__ = ["choose_names", "read_labels"]

_OPAQUE = re.compile(r"[A-Za-z]{0,6}[_:]?\d+")
_PLAIN_NAME = re.compile(r"(has )?(name|label)", re.IGNORECASE)


def _lang_rank(lang: str | None, pref: str) -> int:
    if lang is None:
        return 1
    lang = lang.lower()
    if lang == pref:
        return 0
    if lang.split("-")[0] == pref.split("-")[0]:
        return 0 if "-" in pref else 1
    return 3


def read_labels(labels: dict[int, str], aliases: dict[int, list[str]], is_prop) -> None:
    """Labels written as one identifier (``worksFor``) read as words; the written form stays an
    alias, so a question that quotes it still links."""
    for sid, text in labels.items():
        if " " in text:
            continue
        read = read_label(text, relation=bool(is_prop[sid]))
        if read != text:
            labels[sid] = read
            names = aliases.setdefault(sid, [])
            if text not in names:
                names.insert(0, text)


def choose_names(keys, s, p, o, rp, is_lit, pref, name_like=()):
    """Choose one label per entity by language, then predicate priority; the rest are aliases.

    Values of name-like properties are aliases; those of a property that is just "name" are
    also the label of a subject with an opaque IRI (``Q42``) and no label of its own."""
    best: dict[int, tuple[tuple[int, int], str]] = {}
    alias_sets: dict[int, list[str]] = defaultdict(list)
    desc_best: dict[int, tuple[int, str]] = {}
    fallback: dict[int, tuple[int, str]] = {}
    # a property that is just "name" ("ex:name", "ex:hasName") names its subject outright
    plain_names = {pid for pid in name_like if _PLAIN_NAME.fullmatch(humanize_relation(keys[pid]))}
    ranks: dict[str | None, int] = {}  # language tag -> rank (a graph has few tags)
    nprio = len(vocab.LABEL_PRIORITY)
    for role_value in (Role.LABEL, Role.ALIAS, Role.DESCRIPTION, -1):
        mask = np.isin(p, name_like) if role_value == -1 else rp == role_value
        idx = np.nonzero(mask & is_lit[o])[0]
        ps = p[idx]
        prios = {pid: vocab.LABEL_PRIORITY.get(keys[pid], nprio) for pid in np.unique(ps).tolist()}
        # plain ints, tested once per role: comparing IntEnum members per row is slow
        kind = {Role.LABEL: 0, Role.ALIAS: 1, Role.DESCRIPTION: 2}.get(role_value, 3)
        for sid, pid, lid in zip(s[idx].tolist(), ps.tolist(), o[idx].tolist(), strict=True):
            text, lang, _ = parse_literal(keys[lid])
            text = " ".join(text.split())
            if not text:
                continue
            rank = ranks.get(lang)
            if rank is None:
                rank = ranks[lang] = _lang_rank(lang, pref)
            if kind == 0:
                cand = ((rank, prios[pid]), text)
                old = best.get(sid)
                if old is None:
                    best[sid] = cand
                elif cand[0] < old[0]:
                    alias_sets[sid].append(old[1])
                    best[sid] = cand
                else:
                    alias_sets[sid].append(text)
            elif kind == 1:
                alias_sets[sid].append(text)
            elif kind == 2:
                if sid not in desc_best or rank < desc_best[sid][0]:
                    desc_best[sid] = (rank, text)
            else:
                alias_sets[sid].append(text)
                if pid in plain_names and (sid not in fallback or rank < fallback[sid][0]):
                    fallback[sid] = (rank, text)
    labels: dict[int, str] = {}
    for sid, (rank, text) in fallback.items():
        if sid not in best and _OPAQUE.fullmatch(local_name(keys[sid])):
            best[sid] = ((rank, len(vocab.LABEL_PRIORITY)), text)
    for sid, ((rank, _), text) in best.items():
        if rank >= 3 and not _OPAQUE.fullmatch(local_name(keys[sid])):
            # Only other-language names: the readable local name reads better in the preferred
            # language (Pizza's "CoberturaDeCarne"@pt vs "MeatTopping"); the foreign name stays
            # as an alias so questions in that language still link.
            alias_sets[sid].append(text)
            continue
        labels[sid] = text
    aliases: dict[int, list[str]] = {}
    for sid, names in alias_sets.items():
        # without a label, the name shown is the IRI's local name: an alias equal to it adds nothing
        main = (labels.get(sid) or humanize_id(local_name(keys[sid]))).casefold()
        if len(names) == 1:  # the usual case, without a set
            if names[0].casefold() != main:
                aliases[sid] = names
            continue
        seen: set[str] = {main}
        out = []
        for a in names:
            if a.casefold() not in seen:
                seen.add(a.casefold())
                out.append(a)
        if out:
            aliases[sid] = out
    return labels, aliases, {sid: t for sid, (_, t) in desc_best.items()}
