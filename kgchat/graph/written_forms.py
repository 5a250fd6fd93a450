"""Written forms: unnamed nodes named by the one short text each states, and their owners by them.

Some models write a thing's name on a node of its own that also carries facts, so neither the
thing nor that node has a label. A lexicon in OntoLex-Lemon (W3C) names an entry only by its
canonical form, and each form only by its written representation; the forms carry grammar::

    en:mouse-n ontolex:canonicalForm en:mouse-n-form ; ontolex:otherForm en:mouse-n-form-pl .
    en:mouse-n-form ontolex:writtenRep "mouse"@en .
    en:mouse-n-form-pl ontolex:writtenRep "mice"@en ; lexinfo:number lexinfo:plural .

Read by their IRIs, they are "mouse-n" and "mouse-n-form-pl", names nobody says. Two
structural readings, no vocabulary named:

* a *written form*: a fact property whose every value is a language-tagged text (text for
  people, so the language is stated), short (a word or a phrase, not a sentence), one per
  subject, on two subjects or more that have no name of any kind, and that mostly tells them
  apart; where the subjects are typed, most members of one of their classes state it (a
  name is what each of a kind has: a land registry's parcels, each with its reference, some
  with a place name ``cad:toponimo "Tapada do Ribeiro"@pt``, are not named by the place, which
  a fifth of them carry). Its value is the subject's label; the triple stays a fact.
* an *owner*: a fact property that links each of its subjects, all unnamed, to exactly one
  such written form that no other subject links to (one-to-one, as the canonical form is;
  the other forms, several to an entry, are not). The form's name becomes its owner's: the
  thing is what people call by it. The form node is then named as a junction is,
  ``(anonymous <local name>)`` (:mod:`kgchat.graph.junctions`): the walk passes through it (to
  its pronunciation), it is never an answer, and one name does not pick out two nodes.

The language of each name so given is its text's tag (the names are language-tagged by the first
reading): ``en:mouse-n`` is named "mouse" in English, ``fr:souris-n`` "souris" in French, so a
question asking for "the French word for mouse" can tell the French entries from the others
(:mod:`kgchat.graph.language_names`, :mod:`kgchat.retrieval.language_asked`).

Examples
--------
>>> import numpy as np
>>> keys = ["e", "canon", "f", "rep", '"mouse"@en', "other", "g", '"mice"@en', "e2", "f2",
...         '"goose"@en', "h", '"geese"@en', "ipa", '"/maʊs/"@en-fonipa']
>>> s = np.array([0, 2, 0, 6, 8, 9, 8, 11, 2])
>>> p = np.array([1, 3, 5, 3, 1, 3, 5, 3, 13])
>>> o = np.array([2, 4, 6, 7, 9, 10, 11, 12, 14])
>>> is_lit = np.array([k.startswith('"') for k in keys])
>>> labels = {}
>>> languages = name_written_forms(keys, s, p, o, is_lit, np.zeros(9, int), "en", labels)
>>> dict(sorted(labels.items()))
{0: 'mouse', 2: '(anonymous f)', 6: 'mice', 8: 'goose', 9: '(anonymous f2)', 11: 'geese'}
>>> languages[0], sorted(languages)  # (a form its owner's name is said again by: no name)
(('en', 'mouse'), [0, 6, 8, 11])
"""

from __future__ import annotations

import numpy as np

from kgchat.graph.junctions import anonymous_label
from kgchat.graph.literal_terms import parse_literal, primary_subtag
from kgchat.graph.literals import read_literals
from kgchat.graph.names import local_name
from kgchat.graph.vocab import Role

__all__ = ["name_written_forms"]

# a form is a word or a phrase ("kick the bucket"); a sentence (a usage example) is no name
_MAX_WORDS = 4
# a name mostly picks out its subject (a plural "sheep" may equal its singular)
_DISTINCT = 0.5
# a name is stated by most members of a class of its subjects (every form has its spelling)
_CARRIED = 0.5


def _most_of_a_class(subjects: np.ndarray, ts: np.ndarray, to: np.ndarray) -> bool:
    """Whether most members of some class of ``subjects`` (by the typing rows ``ts -> to``)
    are among them, or none of them is typed.

    >>> ts, to = np.array([0, 1, 2, 3]), np.array([9, 9, 9, 9])
    >>> _most_of_a_class(np.array([0, 1, 2]), ts, to), _most_of_a_class(np.array([0]), ts, to)
    (True, False)
    """
    members = np.isin(ts, subjects)
    classes = np.unique(to[members])
    if not len(classes):
        return True  # (an untyped node has no kind to compare with)
    return any(members[to == c].mean() >= _CARRIED for c in classes.tolist())


def name_written_forms(keys, s, p, o, is_lit, rp, pref, labels) -> dict[int, tuple[str, str]]:
    """Label unnamed subjects by their written forms, and those forms' owners by them (see the
    module docstring); ``labels`` is extended in place. ``rp``: each triple's predicate role.
    Returns each node so named -> ``(language, name)``: its name's language (primary subtag)."""
    n = len(keys)
    named = np.zeros(n, bool)
    named[np.fromiter(labels, np.int64, len(labels))] = True
    fact = rp == Role.FACT
    typed = rp == Role.TYPE
    ts, to = s[typed], o[typed]  # (the typing rows, read once for every property below)
    lit_rows = np.flatnonzero(fact & is_lit[o])
    found: list[tuple[int, list[int], list[str], list[str]]] = []
    for q in np.unique(p[lit_rows]).tolist():
        rows = lit_rows[p[lit_rows] == q]
        subjects = s[rows]
        if len(rows) < 2 or named[subjects].any() or len(np.unique(subjects)) < len(rows):
            continue  # (one subject's value, an ontology's version info, is no kind of name)
        values = [keys[i] for i in o[rows].tolist()]
        tags = [parse_literal(v)[1] for v in values]
        if any(t is None for t in tags):
            continue
        texts, _ = read_literals(values, pref)
        if not all(texts) or np.median([len(t.split()) for t in texts]) > _MAX_WORDS:
            continue
        if len(set(texts)) < _DISTINCT * len(texts):
            continue
        if not _most_of_a_class(subjects, ts, to):
            continue
        found.append((len(rows), subjects.tolist(), texts, [primary_subtag(t or "") for t in tags]))
    # a subject with two such texts (a form's spelling on every form, its transcription on a
    # few) is named by the property that names the most subjects: the one the model writes
    formed: dict[int, str] = {}
    language: dict[int, tuple[str, str]] = {}
    for _, subjects, texts, codes in sorted(found, key=lambda x: -x[0]):
        for who, text, code in zip(subjects, texts, codes, strict=True):
            if who not in formed:
                formed[who], language[who] = text, (code, text)
    if not formed:
        return {}
    labels.update(formed)
    is_form = np.zeros(n, bool)
    is_form[list(formed)] = True
    link_rows = np.flatnonzero(fact & ~is_lit[o])
    owners: list[tuple[int, np.ndarray, np.ndarray]] = []
    for q in np.unique(p[link_rows[is_form[o[link_rows]]]]).tolist():
        rows = link_rows[p[link_rows] == q]
        subjects, objects = s[rows], o[rows]
        one_to_one = len(np.unique(subjects)) == len(rows) == len(np.unique(objects))
        if one_to_one and not named[subjects].any() and is_form[objects].all():
            owners.append((len(rows), subjects, objects))
    # the link that names most owners first; an owner takes one name
    for _, subjects, objects in sorted(owners, key=lambda x: -x[0]):
        for owner, form in zip(subjects.tolist(), objects.tolist(), strict=True):
            if owner not in formed and form in labels and not named[owner]:
                labels[owner] = labels[form]
                said = language.pop(form, None)
                if said is not None:
                    language[owner] = said
                # the form is its owner's name, said again: walked through, no answer
                labels[form] = anonymous_label(local_name(keys[form]))
                named[owner] = True
    return language
