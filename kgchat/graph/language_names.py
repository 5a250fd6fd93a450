"""A thing's names by language: ``"manioc"@fr`` is cassava's French name.

A thesaurus, a taxonomy or a statistical code list names each thing in several languages
(AGROVOC's preferred labels in English, French, Spanish, Chinese; a species' vernacular names; a
painting's title in Dutch). The graph reads one label per thing, in its own ``language``, and
the others as aliases, so that a question in another language still links; an alias keeps no
language, so "What is the French term for cassava?" had nothing to answer with.

These names are no facts: a fact is walked by every question, and a name in another language
answers only a question that asks for that language (:mod:`kgchat.retrieval.language_asked`).
They are read from the same name triples the labels are chosen from
(:func:`kgchat.graph.labels.choose_names`), by this one function, for a graph in memory
(:mod:`kgchat.graph.compile`) and for a SPARQL endpoint's names of a batch of nodes
(:func:`kgchat.graph.endpoint_rows.read_names`), so both stores give the same names.

Of a thing, each language-tagged literal of a label, alias or name-like property is a name in
that language (its primary subtag: ``pt-BR`` is ``pt``); a language's names go best first:
labels, then aliases, then name-like values, each by the label predicates' priority, then by
predicate and text (a full key: nothing hangs on the order of the triples in a file).

>>> import numpy as np
>>> keys = ["c", "http://www.w3.org/2004/02/skos/core#prefLabel", '"cassava"@en',
...         '"manioc"@fr', "http://www.w3.org/2004/02/skos/core#altLabel", '"yuca"@es-CO']
>>> s, p, o = np.array([0, 0, 0, 0]), np.array([1, 1, 4, 1]), np.array([2, 3, 5, 3])
>>> role = np.array([0, 1, 0, 0, 2, 0], np.int8)  # (Role.LABEL, Role.ALIAS)
>>> is_lit = np.array([k.startswith('"') for k in keys])
>>> names = language_names(keys, s, p, o, role[p], is_lit)
>>> names.of(0)
{'en': ('cassava',), 'es': ('yuca',), 'fr': ('manioc',)}
>>> names.of(1), len(names)  # (the French label stated twice, named once)
({}, 4)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.literal_terms import parse_literal, primary_subtag
from kgchat.graph.vocab import Role

__all__ = ["LanguageNames", "language_names"]


@dataclass(frozen=True)
class LanguageNames:
    """Names by language of a graph's things, as arrays sorted by subject (then best first):
    ``subjects`` (term ids), ``codes`` (primary language subtags) and ``texts``."""

    subjects: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    codes: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.codes)

    def of(self, subject: int) -> dict[str, tuple[str, ...]]:
        """A subject's names by language code (codes sorted; each language's best first)."""
        lo, hi = np.searchsorted(self.subjects, [subject, subject + 1]).tolist()
        out: dict[str, list[str]] = {}
        for k in range(lo, hi):
            names = out.setdefault(self.codes[k], [])
            if self.texts[k] not in names:
                names.append(self.texts[k])
        return {c: tuple(out[c]) for c in sorted(out)}

    def adding(self, names: dict[int, tuple[str, str]], labels: dict[int, str]) -> LanguageNames:
        """These names and ``names`` (subject -> ``(language, text)``: a name read another way,
        a written form's, :mod:`kgchat.graph.written_forms`), each after a subject's own;
        only those that are still their subject's label in ``labels`` (not since renamed: a
        form that names its owner is a junction).

        >>> base = LanguageNames(np.array([3]), ("en",), ("cassava",))
        >>> found = {3: ("fr", "manioc"), 1: ("de", "Maniok"), 2: ("de", "Form")}
        >>> more = base.adding(found, {3: "manioc", 1: "Maniok", 2: "(anonymous form)"})
        >>> more.of(3), more.of(1), more.of(2)
        ({'en': ('cassava',), 'fr': ('manioc',)}, {'de': ('Maniok',)}, {})
        """
        order = sorted(i for i, (_, text) in names.items() if labels.get(i) == text)
        if not order:
            return self
        subjects = np.concatenate([self.subjects, np.array(order, np.int64)])
        codes = self.codes + tuple(names[k][0] for k in order)
        texts = self.texts + tuple(names[k][1] for k in order)
        keep = np.argsort(subjects, kind="stable").tolist()
        return LanguageNames(
            subjects[keep], tuple(codes[k] for k in keep), tuple(texts[k] for k in keep)
        )


def language_names(keys, s, p, o, rp, is_lit, name_like=()) -> LanguageNames:
    """The language-tagged names of the subjects of the triples ``(s, p, o)`` (term ids into
    ``keys``; ``rp``: each triple's predicate role, ``is_lit``: a term is a literal;
    ``name_like``: the ids of name-like properties, whose values are aliases too), as
    :func:`kgchat.graph.labels.choose_names` reads the same triples; see the module docstring."""
    rp = np.asarray(rp)
    lit = np.asarray(is_lit, bool)[o]
    rank = np.full(len(s), -1, np.int64)
    rank[lit & np.isin(p, list(name_like))] = 2
    rank[lit & (rp == Role.ALIAS)] = 1
    rank[lit & (rp == Role.LABEL)] = 0
    rows = np.flatnonzero(rank >= 0)
    if not len(rows):
        return LanguageNames()
    lits = np.unique(o[rows]).tolist()
    read: dict[int, tuple[str, str]] = {}
    for t in lits:
        key = keys[t]
        if '"@' not in key:  # untagged (or typed): no language to name
            continue
        lex, lang, _ = parse_literal(key)
        text = " ".join(lex.split())
        if lang and text:
            read[t] = (primary_subtag(lang), text)
    nprio = len(vocab.LABEL_PRIORITY)
    entries = []
    for r in rows.tolist():
        found = read.get(int(o[r]))
        if found is None:
            continue
        pred = keys[int(p[r])]
        prio = vocab.LABEL_PRIORITY.get(pred, nprio)
        entries.append((int(s[r]), int(rank[r]), prio, pred, found[1], found[0]))
    entries.sort()
    return LanguageNames(
        np.array([e[0] for e in entries], np.int64),
        tuple(e[5] for e in entries),
        tuple(e[4] for e in entries),
    )
