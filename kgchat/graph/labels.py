"""Names of entities and properties: one label each, chosen by language and predicate, the rest
aliases; descriptions; and labels written as identifiers (``worksFor``) read as words. Which
identifiers stand where a name should be (a coded IRI, a label citing its own id) is
:mod:`kgchat.graph.coded_iris`'s, whose functions are re-exported here (their old home).

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

from collections import Counter
from itertools import chain, compress, count
from operator import not_

import numpy as np

from kgchat.graph import name_properties, vocab

# identifiers where a name should be, kept in their own module and re-exported here (their old home)
from kgchat.graph.coded_iris import (
    _CITED_ID,  # noqa: F401 (labels._CITED_ID)
    _OPAQUE,
    _cite_own_ids,
    _name_coded,
    abbreviates,
    coded_iri,  # noqa: F401 (labels.coded_iri)
    numbered_once,
    reads_as_words,
    slug_of,
    spells,
    strip_own_id,
)
from kgchat.graph.literals import read_literals
from kgchat.graph.name_parts import part_predicates
from kgchat.graph.names import humanize_id, humanize_relation, local_name, property_step, read_label
from kgchat.graph.vocab import Role

__all__ = ["choose_names", "read_labels", "strip_own_id"]


def read_labels(labels: dict[int, str], aliases: dict[int, list[str]], is_prop) -> None:
    """Labels written as one identifier (``worksFor``) read as words; the written form stays an
    alias, so a question that quotes it still links."""
    for sid, text in [(sid, text) for sid, text in labels.items() if " " not in text]:
        read = read_label(text, relation=bool(is_prop[sid]))  # (most have a space: as written)
        if read != text:
            labels[sid] = read
            names = aliases.setdefault(sid, [])
            if text not in names:
                names.insert(0, text)


def choose_names(keys, s, p, o, rp, is_lit, pref, name_like=(), numbered=None):
    """Choose one label per entity by language, then predicate priority; the rest are aliases.

    Values of name-like properties are aliases; those of a property that is just "name" are
    also the label of a subject with no label of its own. ``numbered``: the things numbered
    after their class (:func:`~kgchat.graph.coded_iris.numbered_once`), where the caller has them.

    The choice reads as a walk over the name triples in order (labels, aliases, descriptions,
    name-like values): a label better than the subject's best so far (language rank, then
    predicate priority; the first wins a tie) takes its place and the one it displaces becomes
    an alias; any other name is an alias, kept in the order met. It is computed with array
    operations per kind of name, and each distinct literal is read once, since a load spends
    most of its naming time here (tests/test_graph_fast_paths.py checks it against the walk).
    """
    nprio = len(vocab.LABEL_PRIORITY)
    name_like = np.asarray(list(name_like), np.int64)
    lit_rows = np.flatnonzero(is_lit[o])  # the triples with a literal value
    role = rp[lit_rows]
    kinds = [
        lit_rows[role == Role.LABEL],
        lit_rows[role == Role.ALIAS],
        lit_rows[role == Role.DESCRIPTION],
        lit_rows[np.isin(p[lit_rows], name_like)],
    ]
    kind = np.repeat(np.arange(4), [len(k) for k in kinds])
    rows = np.concatenate(kinds)
    lits, inv = _distinct(o[rows], len(keys))
    texts, ranks = read_literals(list(map(keys.__getitem__, lits.tolist())), pref)
    ev = np.nonzero(np.fromiter(map(bool, texts), bool, len(texts))[inv])[0]  # empty: skipped
    # events in the order the walk meets them; ``ev`` indexes ``rows``/``kind``/``inv``
    sid, pid, rank = s[rows[ev]], p[rows[ev]], ranks[inv[ev]]
    kind, text_of = kind[ev], inv[ev]  # text of event j: texts[text_of[j]]
    cites = _cite_own_ids(keys, sid, texts, text_of)
    alias_t: list[np.ndarray] = []  # when each alias is added (an event), and whose text
    alias_e: list[np.ndarray] = []

    # labels: the running best per subject
    lab = np.nonzero(kind == 0)[0]
    order = lab[np.argsort(sid[lab], kind="stable")]
    g = sid[order]
    start = np.ones(len(order), bool)
    start[1:] = g[1:] != g[:-1]
    group = np.cumsum(start) - 1
    upids = _distinct(pid[order], len(keys))[0]
    prio = np.zeros(int(upids.max()) + 1 if len(upids) else 0, np.int64)
    for q in upids.tolist():
        prio[q] = vocab.LABEL_PRIORITY.get(keys[q], nprio)
    span = 4 * (nprio + 1)  # above any rank * (nprio + 1) + priority
    # later subjects get lower offsets, so a running minimum starts again at each subject
    v = (int(group[-1]) - group if len(group) else group) * span
    # a label that cites its subject's own id is machine-made: any plain label of the same
    # language is the name (Bio2RDF's ``dct:title`` beside its decorated ``rdfs:label``)
    v += rank[order].astype(np.int64) * (nprio + 1) + np.where(
        cites[order], nprio, prio[pid[order]]
    )
    better = start.copy()
    if len(v):
        better[1:] |= v[1:] < np.minimum.accumulate(v)[:-1]
    pos = np.arange(len(order))
    cur = np.maximum.accumulate(np.where(better, pos, 0))  # the best so far, as a position
    later = pos[~start]
    alias_t.append(order[later])
    alias_e.append(np.where(better[later], order[cur[later - 1]], order[later]))
    end = np.ones(len(order), bool)
    end[:-1] = start[1:]
    best = order[cur[end]]  # per subject (by id) ...
    best = best[np.argsort(order[start], kind="stable")]  # ... in order of its first label

    # aliases, then name-like values (aliases too), in the order met
    for k in (1, 3):
        idx = np.nonzero(kind == k)[0]
        alias_t.append(idx)
        alias_e.append(idx)
    # descriptions, and the fallback labels of plain "name" properties: the best rank, first wins
    desc = _first_best(sid, rank, np.nonzero(kind == 2)[0])
    plain = [
        q
        for q in name_like.tolist()
        if name_properties.plain_name(humanize_relation(property_step(keys[q])))
    ]
    fallback = _first_best(sid, rank, np.nonzero((kind == 3) & np.isin(pid, plain))[0])
    # a thing whose IRI is a code ("SUP-00417") with no plain name is named by a property whose
    # head word is "name" ("legal name", "display name": by its local name or declared label)
    headed = name_properties.headed_names(keys, s, p, o, rp, is_lit, name_like.tolist())
    more = np.nonzero((kind == 3) & np.isin(pid, headed) & ~np.isin(sid, sid[fallback]))[0]
    if len(more):
        opaque = np.fromiter(
            (bool(_OPAQUE.fullmatch(local_name(keys[i]))) for i in sid[more].tolist()), bool
        )
        # so is a thing whose class the property is named after ("organisation name" of an
        # Organisation), whatever its IRI: the publisher's name for it, not its slug ("rdvp")
        opaque |= name_properties.named_after_class(keys, s, o, rp, is_lit, sid[more], pid[more])
        # and a thing numbered after its class ("Protein12"): an exporter's counter
        if numbered is None:  # (compiling finds them once, for the roles too)
            numbered = numbered_once(keys, s, o, np.flatnonzero(rp == Role.TYPE))
        opaque |= np.isin(sid[more], list(numbered()))
        # and a thing whose IRI is a slug of that very name ("yard-meyerturku" of "Meyer
        # Turku Oy"): the same words, written as the publisher writes them; a part of a
        # person's name (a given name alone) names no one
        parts = [*chain(*part_predicates(keys, np.asarray(headed, dtype=np.int64)))]
        opaque |= ~np.isin(pid[more], parts) & np.fromiter(
            map(
                slug_of,
                (local_name(keys[i]) for i in sid[more].tolist()),
                (texts[t] for t in text_of[more].tolist()),
            ),
            bool,
        )
        fallback = np.concatenate([fallback, _first_best(sid, rank, more[opaque])])

    ci, cr, ct = sid[best], rank[best], text_of[best]  # chosen: subject, rank, text
    # a thing with no label is named by its plain name rather than by its IRI: the publisher
    # wrote the name ("FullProfessor3"); the IRI's local name is an identifier, read as words
    fb = fallback[~np.isin(sid[fallback], ci)]
    if len(fb):
        ci, cr, ct = (np.concatenate([a, b[fb]]) for a, b in ((ci, sid), (cr, rank), (ct, text_of)))
    chosen = ci.tolist()
    labels = dict(zip(chosen, map(texts.__getitem__, ct.tolist()), strict=True))
    plain_named = set(sid[fb].tolist())
    _name_coded(
        keys, sid, pid, rank, texts, text_of, np.flatnonzero(kind == 3), labels, plain_named
    )
    demoted: list[tuple[int, str]] = []
    foreign = list(map(chosen.__getitem__, np.flatnonzero(cr >= 3).tolist()))
    local = [local_name(keys[i]) for i in foreign]
    shared = {n for n, c in Counter(local).items() if c > 1}
    named = _other_names(sid, kind, texts, text_of, foreign)
    for i, name in zip(foreign, local, strict=True):
        if (
            not any(c.isdigit() for c in name)
            and reads_as_words(name)
            and not (
                name in shared
                or any(
                    abbreviates(name, t) or spells(name, t) for t in (labels[i], *named.get(i, ()))
                )
            )
        ):
            # Only other-language names: the readable local name reads better in the preferred
            # language (Pizza's "CoberturaDeCarne"@pt vs "MeatTopping"); the foreign name stays
            # as an alias so questions in that language still link. A local name that only
            # abbreviates it (``sal`` for "Société des Artistes Lyonnais"@fr) says less, and so
            # does one with a digit: an identifier in any language ("Q42", "SUP-00417", and the
            # keys aggregators mint, Europeana's ``_SK_A_2344`` or a digest ``_4f3a9c1b2d`` for
            # a painting only titled "Portret van een man"@nl), not the words of a name; nor
            # does a slug of the name's own words (``saimaan-puu`` of "Saimaan Puu ja
            # Sahatavara Oy"@fi), or of another of its names (``fog`` of a French title beside
            # the original "Fog over Ardenne"@en): that is a name, not a translation; nor one
            # that several such things share (the segment every language version's IRI ends
            # with, ``.../kho/2015/3/swe`` titled "KHO:2015:3"@sv): it tells none apart; nor
            # one with no word of the language at all (``rdv`` of "Radiodiffusion Valmont"@fr,
            # initials cut from within a word): a code, whatever its letters.
            demoted.append((i, labels.pop(i)))
    aliases = _alias_lists(
        keys, labels, sid, texts, text_of, np.concatenate(alias_t), np.concatenate(alias_e), demoted
    )
    described = zip(sid[desc].tolist(), text_of[desc].tolist(), strict=True)
    return labels, aliases, {i: texts[t] for i, t in described}


def _other_names(sid, kind, texts, text_of, subjects: list[int]) -> dict[int, list[str]]:
    """The names (labels, aliases, name-like values: not descriptions) of each of
    ``subjects`` among the naming events (``sid``, ``kind``, ``text_of`` into ``texts``)."""
    out: dict[int, list[str]] = {}
    if not subjects:
        return out
    rows = np.flatnonzero(np.isin(sid, subjects) & (kind != 2))
    for a, t in zip(sid[rows].tolist(), text_of[rows].tolist(), strict=True):
        out.setdefault(a, []).append(texts[t])
    return out


def _distinct(ids: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(ids, return_inverse=True)`` of term ids below ``n``, by a scatter rather than
    a sort (~3 vs ~20 ms on a million triples' 236,000 names).

    >>> [a.tolist() for a in _distinct(np.array([5, 2, 5, 0]), 6)]
    [[0, 2, 5], [2, 1, 2, 0]]
    """
    seen = np.zeros(n, bool)
    seen[ids] = True
    values = np.flatnonzero(seen)
    at = np.zeros(n, np.int64)
    at[values] = np.arange(len(values))
    return values, at[ids]


def describe_by(keys, s, p, o, is_lit, pids, pref, descriptions) -> None:
    """Give a subject without a description the value of a prose property (``pids``): the
    preferred language's first, as :func:`choose_names` chooses descriptions (in place)."""
    idx = np.nonzero(np.isin(p, np.asarray(list(pids), np.int64)) & is_lit[o])[0]
    idx = idx[~np.isin(s[idx], np.fromiter(descriptions, np.int64, len(descriptions)))]
    if not len(idx):
        return
    texts, rank = read_literals([keys[x] for x in o[idx].tolist()], pref)
    for j in _first_best(s[idx], rank, np.arange(len(idx))).tolist():
        if texts[j]:
            descriptions[int(s[idx[j]])] = texts[j]


def _first_best(sid: np.ndarray, rank: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Per subject among events ``idx``: the first with the lowest rank; in order of each
    subject's first event."""
    by = idx[np.lexsort((idx, rank[idx], sid[idx]))]
    first = np.ones(len(by), bool)
    first[1:] = sid[by][1:] != sid[by][:-1]
    seen = idx[np.lexsort((idx, sid[idx]))]
    keep = np.ones(len(seen), bool)
    keep[1:] = sid[seen][1:] != sid[seen][:-1]
    # subjects in order of their first event; the chosen event of each
    return by[first][np.argsort(seen[keep], kind="stable")]


def _alias_lists(keys, labels, sid, texts, text_of, when, event, demoted) -> dict[int, list[str]]:
    """Alias texts per subject, in the order added (subjects in order of their first alias),
    without repeats and without the name shown (compared case-folded)."""
    who = sid[when]
    tid = text_of[event]  # each alias's text, as an index into ``texts``
    end = len(sid)
    if demoted:
        who = np.concatenate([who, np.array([i for i, _ in demoted], who.dtype)])
        when = np.concatenate([when, np.arange(end, end + len(demoted))])
        tid = np.concatenate([tid, np.arange(len(texts), len(texts) + len(demoted))])
        texts = texts + [t for _, t in demoted]
    if not len(who):
        return {}
    first = np.full(int(who.max()) + 1, len(when) + end, np.int64)
    np.minimum.at(first, who, when)
    order = np.lexsort((when, first[who]))
    w = who[order]
    bounds = np.flatnonzero(np.r_[True, w[1:] != w[:-1], True]).tolist()
    texts_sorted = list(map(texts.__getitem__, tid[order].tolist()))
    starts, ends = bounds[:-1], bounds[1:]
    subjects = w[starts].tolist()
    # without a label, the name shown is the IRI's local name: an alias equal to it adds nothing
    mains = list(map(labels.get, subjects))
    for j in compress(count(), map(not_, mains)):
        mains[j] = humanize_id(local_name(keys[subjects[j]]))
    mains = list(map(str.casefold, mains))
    groups = list(map(texts_sorted.__getitem__, map(slice, starts, ends)))
    # one name (the usual case): kept where it differs from the name shown
    keep = list(map(str.__ne__, map(str.casefold, map(texts_sorted.__getitem__, starts)), mains))
    for j in np.flatnonzero(np.diff(bounds) > 1).tolist():  # several: without repeats
        seen: set[str] = {mains[j]}
        out = []
        for name in groups[j]:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                out.append(name)
        groups[j], keep[j] = out, bool(out)
    aliases = dict(compress(zip(subjects, groups, strict=True), keep))
    return aliases
