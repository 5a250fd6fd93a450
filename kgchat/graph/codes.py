"""Properties that classify by code: read as ``rdf:type``.

A gazetteer or catalogue often says what a thing is not with ``rdf:type`` but with a code
from a classification: GeoNames' ``gn:featureCode gn:P.PPLC`` (whose ontology labels the code
"capital of a political entity"), a register's ``dct:type`` into a SKOS vocabulary. Such a
property is known by its values and its use, whatever it is called: every value is a code of
a scheme (it has a ``skos:notation``), every subject has exactly one value, and the values are
few beside the subjects (a classification, not a key or a tag list). Its facts are read as
type facts, so "What kind of place is Lugano?" and "Which mountain is in Carinthia?" meet the
code's label as the type. A multi-valued tagging (``dcat:theme``) is not one, nor is a
property whose name says something other than a kind: a record's status or country drawn from
a code list (``ex:orderStatus ex:released``, ``ex:country ex:DE`` with ``skos:notation "DE"``)
is a fact asked by its name ("What is the status of PO 123?"), so the name must say it
classifies (type, kind, class, category, code: ``featureCode``, ``dct:type``). Nor is a
property whose values are things with relations of their own, in the source's own terms (most
of them linked to something that is no code by a predicate outside RDF, RDFS, OWL and SKOS):
a coin's ``nmo:hasTypeSeriesItem`` leads to a type with its mint, denomination and authority,
which a question walks through ("Which mint struck coin 1995.79?"), where a class ends a walk.

>>> import numpy as np
>>> # a, b, c, d -code-> X or Y; X and Y -notation-> "X", "Y"
>>> s, p = np.array([0, 1, 2, 3, 5, 6]), np.array([4, 4, 4, 4, 7, 7])
>>> o = np.array([5, 5, 6, 6, 8, 9])
>>> coded_types(s, p, o, np.arange(10) >= 8, 7)
[4]
>>> keys = ["a", "b", "c", "d", "ex:orderStatus", "X", "Y", "notation", '"X"', '"Y"']
>>> coded_types(s, p, o, np.arange(10) >= 8, 7, keys)
[]
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.names import humanize_relation, local_name

__all__ = ["CLASSIFYING", "KIND_WORD", "coded_types", "named_kinds"]

_FEW = 2  # at least this many subjects a value on average: a classification
_OWN_FACTS = 0.5  # share of the values with relations of their own: things, not a classification
# the vocabularies a code list is written with: its values' links in them are no facts of theirs
_SCHEME_SPACES = (vocab.RDF, vocab.RDFS, vocab.OWL, vocab.SKOS, vocab.SKOSXL)
# the words that name a sort of things ("type", "category"): a kind's name (no "code")
_KIND = r"types?|kinds?|class(es)?|categor(y|ies)|classification"
KIND_WORD = re.compile(_KIND)  # (one word, read by fullmatch)
# the words a property that classifies is named with ("feature code", "type", "category")
CLASSIFYING = _CLASSIFYING = re.compile(rf"\b({_KIND}|codes?)\b")


# the words a property whose plain-text values name kinds is named with: a code written as text
# ("DE", "A12") identifies, a kind's name ("party", "committee") says what the subject is
_KIND_NAMED = re.compile(rf"\b({_KIND})$")
# a kind's name: words of letters (a number, a date or a code with digits names no kind)
_WORDS = re.compile(r'^"[^\W\d_]+(?:[ -][^\W\d_]+)*"(?:@[A-Za-z-]+)?$')


def coded_types(
    s: np.ndarray,
    p: np.ndarray,
    o: np.ndarray,
    is_lit: np.ndarray,
    notation: int | None,
    keys: list[str] | None = None,
) -> list[int]:
    """The ids of the predicates among ``s -p-> o`` that classify by code (module docstring);
    ``notation`` is ``skos:notation``'s id (None: the graph has no codes, so none); with
    ``keys``, only those whose name says they classify."""
    if notation is None:
        return []
    coded = np.zeros(len(is_lit), bool)
    coded[s[p == notation]] = True
    out = []
    for pid in np.unique(p[coded[o]]).tolist():
        if pid == notation:
            continue
        idx = p == pid
        subj, vals = s[idx], o[idx]
        if is_lit[vals].any() or not coded[vals].all():
            continue
        if len(np.unique(subj)) != len(subj):  # a subject with two values: tags, not a kind
            continue
        if len(np.unique(vals)) * _FEW > len(subj) or coded[subj].any():
            continue
        name = humanize_relation(local_name(keys[pid])).lower() if keys else "code"
        if not _CLASSIFYING.search(name):
            continue
        if keys and _with_own_facts(s, p, o, is_lit, coded, np.unique(vals), keys):
            continue
        out.append(int(pid))
    return out


def _with_own_facts(
    s: np.ndarray,
    p: np.ndarray,
    o: np.ndarray,
    is_lit: np.ndarray,
    coded: np.ndarray,
    values: np.ndarray,
    keys: list[str],
) -> bool:
    """Whether :data:`_OWN_FACTS` of ``values`` or more are linked to a thing that is no code
    (not ``coded``, no literal) by a predicate outside the vocabularies a code list is written
    with (:data:`_SCHEME_SPACES`): things described in the source's own terms (a coin type's
    mint), not a classification's codes (a feature code's scheme, its broader code).

    >>> keys = ["c1", "c2", "T", "hasType", "mint", "Rome", "skos:broader", "G"]
    >>> s, p, o = np.array([0, 1, 2]), np.array([3, 3, 4]), np.array([2, 2, 5])
    >>> coded = np.zeros(8, bool); coded[2] = True
    >>> _with_own_facts(s, p, o, np.zeros(8, bool), coded, np.array([2]), keys)
    True
    >>> keys[4] = vocab.SKOS + "broader"
    >>> _with_own_facts(s, p, o, np.zeros(8, bool), coded, np.array([2]), keys)
    False
    """
    rows = np.isin(s, values) & ~is_lit[o] & ~coded[o]
    own = {
        int(a)
        for a, q in zip(s[rows].tolist(), p[rows].tolist(), strict=True)
        if not keys[q].startswith(_SCHEME_SPACES)
    }
    return len(own) >= _OWN_FACTS * len(values)


def named_kinds(s: np.ndarray, p: np.ndarray, o: np.ndarray, keys: list[str]) -> list[int]:
    """The ids of the predicates among ``s -p-> o`` that classify by a kind's name written as
    text: Popolo's ``org:classification "committee"`` (an organization is a party, a
    committee or the chamber; an area a region or a constituency), an export's ``type``
    column. Such a property is read as ``rdf:type``, its text as the class, so "Which
    *committees* ..." meets it as the type asked, as a code's label is met
    (:func:`coded_types`). One is known by its values and its use: the property's name ends
    with a word that classifies (``classification``, ``type``, ``category``; not ``code``: a
    code written as text identifies, "DE"), every value is a plain text of words (no digit),
    every subject has exactly one, and the values are few beside the subjects.

    >>> s, p, o = np.array([0, 1, 2, 3]), np.array([4, 4, 4, 4]), np.array([5, 5, 6, 6])
    >>> keys = ["a", "b", "c", "d", "ex:classification", '"party"', '"committee"']
    >>> named_kinds(s, p, o, keys)
    [4]
    >>> named_kinds(s, p, o, keys[:4] + ["ex:status"] + keys[5:])
    []
    """
    out = []
    for pid in np.unique(p).tolist():
        if not _KIND_NAMED.search(humanize_relation(local_name(keys[pid])).lower()):
            continue
        idx = p == pid
        subj, vals = s[idx], o[idx]
        if len(np.unique(subj)) != len(subj) or len(np.unique(vals)) * _FEW > len(subj):
            continue
        if all(_WORDS.match(keys[v]) for v in np.unique(vals).tolist()):
            out.append(int(pid))
    return out
