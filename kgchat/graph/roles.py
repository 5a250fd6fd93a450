"""Roles read from the data: a source's own properties that name things, or keep its books.

:func:`kgchat.graph.predicate_roles.fixed_role` knows the standard predicates. Published files
also bring their own: a thesaurus's ``Preferred_Name``, a gazetteer's ``nameShortEN``, an ontology's
``legacyId`` annotation. This module reads those roles from the properties' declarations, names
and values, with rules that hold of RDF in general rather than of one file:

- a declared annotation property whose label says "preferred name" or "synonym" is a name or an
  alias (not a fact);
- a literal-valued property whose own label or local name says name, alias, aka, nickname or
  synonym, and whose values each pick out one subject, is *name-like*: its values become aliases
  of their subject (and, for a property that is just "name", its label where it has none), while
  its triples stay facts. A property that is just "name" is name-like even where several
  subjects share a value, as long as each holds one: people and things share names;
- a literal-valued property whose values are prose (a median of 20 words or more: paragraphs,
  not names or titles) describes its subject: where no standard description predicate
  (``rdfs:comment``, ``schema:description``...) gives one, its value is the subject's description,
  while its triples stay facts (a source's own ``:description`` or ``dbo:abstract``);
- a definition (``skos:definition``, OBO's ``IAO_0000115``, a source's own property named
  "definition") describes its subject and stays a fact too, in the preferred language (or
  none): what a thesaurus is asked ("How is X defined?");
- a literal-valued property whose values are identifiers (codes of letters and digits without
  spaces, not dates or ISO 8601 durations such as ``PT117M``; for a declared
  ``owl:AnnotationProperty`` also bare numbers) that each pick out one subject is a key. A key
  stays a fact (a DOI, an ISBN, a gene's accession: what people ask for by name) unless its
  values are machine-made, read by no one: digests (hexadecimal runs of 16 digits or more, a
  ``sha1sum`` or a UUID) or a declared annotation property's bare numbers (legacy numbers,
  counters). Those are bookkeeping: their triples are dropped from the facts unless the config
  keeps them. A code that restates its subject's own IRI (``"GO:0008150"`` of
  ``obo:GO_0008150``, a team's ``"GBR"`` of ``team/GBR``) is no bookkeeping: the IRI is not
  what a reader sees, and the code is what they ask for ("What is the NOC code of Great
  Britain?"); it is an alias too (:mod:`kgchat.graph.own_codes`). Values that several
  subjects share are no key (a gene's chromosome, "4": what they have in common), and a
  property the ontology models as part of its domain (an
  ``owl:DatatypeProperty`` or one with a ``rdfs:domain``) is read as modelled, whatever its
  values;
- a key whose values are mostly shorter than a name of their subject (a course's "CS340", not
  a 40-digit digest) stands for that name, as people say it: its values become aliases.

The shapes of the values these rules read, and how values spread over subjects, are
:mod:`kgchat.graph.value_shapes`'s (re-exported here, their old home).
"""

from __future__ import annotations

import functools
import re

import numpy as np

from kgchat.graph import name_properties, record_names, vocab
from kgchat.graph.coded_iris import coded_iri, numbered_once
from kgchat.graph.key_values import SAMPLE as _SAMPLE
from kgchat.graph.key_values import identifiers, machine_made, shorthand
from kgchat.graph.literal_terms import parse_literal, primary_subtag
from kgchat.graph.names import humanize_relation, local_name, property_step
from kgchat.graph.predicate_roles import fixed_role

# the shapes and spread of values, kept in their own module and re-exported here (their old home)
from kgchat.graph.value_shapes import (
    _distinct_names,
    _names_one_subject,
    _one_each,
    is_digest,
    value_shape,
)
from kgchat.graph.vocab import Role

__all__ = [
    "definition_facts",
    "infer_roles",
    "is_digest",
    "literal_counts",
    "prose_properties",
    "value_shape",
]

_DOMAIN_PROPERTY_TYPES = frozenset({vocab.OWL + "DatatypeProperty", vocab.OWL + "ObjectProperty"})
_LITERAL_SHARE = 0.9  # share of a property's objects that must be literals
# a property that is just "name": its values name their subject even where several share one
_PLAIN_NAME = re.compile(r"(has )?name", re.IGNORECASE)
_PROSE_WORDS = 20  # median words of a property's values that makes them prose (a paragraph)


def literal_counts(p, o, is_lit, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per term id (``n`` of them): the triples it is the predicate of with a literal object, and
    all those it is the predicate of (what :func:`infer_roles` and :func:`prose_properties` read).

    >>> p, o, is_lit = np.array([1, 1]), np.array([0, 2]), np.array([0, 0, 1], bool)
    >>> [c.tolist() for c in literal_counts(p, o, is_lit, 3)]
    [[0, 1, 0], [0, 2, 0]]
    """
    return np.bincount(p[is_lit[o]], minlength=n), np.bincount(p, minlength=n)


def infer_roles(
    keys,
    role,
    used_preds,
    s,
    p,
    o,
    is_lit,
    *,
    bookkeeping: bool = False,
    counts=None,
    numbered=None,
) -> list[int]:
    """Set the roles read from the data into ``role`` (per term id, in place); return the ids of
    the name-like properties (facts whose values also name their subject) and of the keys whose
    values are shorter than their subjects' names (codes said in their place: aliases).

    With ``bookkeeping`` true, identifier properties stay facts. ``counts``: the
    :func:`literal_counts` of these triples, ``numbered``: the things numbered after their
    class (:func:`~kgchat.graph.coded_iris.numbered_once`), where the caller has them.
    """
    n = len(keys)
    texts = _property_texts(keys, role, used_preds, s, p, o, is_lit)
    lit_count, count = literal_counts(p, o, is_lit, n) if counts is None else counts
    annotation, modelled = _declared_kinds(keys, used_preds, s, p, o)
    _declared_names(keys, role, texts, lit_count, count, modelled - annotation)
    name_like: list[int] = []
    labelled = _named_subjects(role, s, p, o, is_lit)
    keyed: list[int] = []  # identifier properties whose values each pick out one subject
    minted = _minted_iris(keys, numbered or numbered_once(keys, s, o, _typed(role, p)))
    for pid in used_preds.tolist():
        if role[pid] != Role.FACT or fixed_role(keys[pid]) is not None:
            continue
        if lit_count[pid] < _LITERAL_SHARE * count[pid]:
            continue
        idx = np.nonzero(p == pid)[0]
        words = " ".join([humanize_relation(local_name(keys[pid])), *texts.get(pid, [])])
        step = humanize_relation(property_step(keys[pid]))
        if (name_properties.NAME_LIKE.search(words) or name_properties.title_kind(step)) and (
            _names_one_subject(s[idx], o[idx])
            or (
                (_PLAIN_NAME.fullmatch(step) or _distinct_names(s[idx], o[idx]))
                and _one_each(s[idx], o[idx])
            )
            or record_names.shared_by_records(keys, s[idx], o[idx])
            or (
                name_properties.HEADED_NAME.search(step)
                and name_properties.minted_names(keys, labelled(), s[idx], o[idx], minted)
            )
        ):
            name_like.append(pid)
        elif pid in modelled and pid not in annotation:
            continue
        elif identifiers(keys, o[idx], pid in annotation) and _names_one_subject(s[idx], o[idx]):
            # a key: each value picks out its subject; values that several subjects share
            # say what those subjects have in common (a gene's chromosome, "4"): facts
            keyed.append(pid)
            if not bookkeeping and machine_made(keys, o[idx], pid in annotation):
                role[pid] = Role.BOOKKEEPING
    name_like = _names_of_others(role, s, p, o, is_lit, name_like)
    if keyed:
        named = (np.isin(role[p], (Role.LABEL, Role.ALIAS)) | np.isin(p, name_like)) & is_lit[o]
        name_like += [pid for pid in keyed if shorthand(keys, s, p, o, named, pid)]
    return name_like


def _typed(role, p) -> np.ndarray:
    """The rows whose predicate is a type (``rdf:type``), what a class numbers its things in."""
    return np.flatnonzero(role[p] == Role.TYPE)


def _minted_iris(keys, numbered):
    """A function telling whether a term is a minted IRI: a code (:func:`coded_iri`) or its
    class's name and a number (``numbered``: :func:`~kgchat.graph.coded_iris.numbered_once`),
    the latter found once asked."""

    @functools.cache
    def minted() -> frozenset[str]:
        return frozenset(keys[i] for i in numbered())

    return lambda key: coded_iri(key) or key in minted()


def _named_subjects(role, s, p, o, is_lit):
    """A function giving, once asked, the set of subjects with a label or alias literal."""

    @functools.cache
    def named() -> set[int]:
        rows = np.isin(role[p], (Role.LABEL, Role.ALIAS)) & is_lit[o]
        return set(s[rows].tolist())

    return named


def _names_of_others(role, s, p, o, is_lit, name_like: list[int]) -> list[int]:
    """``name_like`` less the properties whose values are, for 80% or more of their triples,
    a name another subject holds by another property (a label, an alias or another name-like
    property), on a subject named otherwise too: they cite that other thing by its name, and
    name no subject of their own. A checklist's synonym states its accepted taxon as
    ``dwc:acceptedNameUsage "Tytonella albescens (Okafor, 1853)"``, the accepted record's own
    ``dwc:scientificName``; read as a name, the synonym was a second Tytonella albescens.

    >>> s, p, o = np.array([0, 1, 1]), np.array([5, 5, 6]), np.array([7, 8, 7])
    >>> is_lit = np.zeros(9, bool); is_lit[7:] = True
    >>> _names_of_others(np.zeros(9, np.int8), s, p, o, is_lit, [5, 6])
    [5]
    >>> _names_of_others(np.zeros(9, np.int8), s[[0, 2]], p[[0, 2]], o[[0, 2]], is_lit, [5, 6])
    [5, 6]
    """
    if len(name_like) < 2 and not np.isin(role[p], (Role.LABEL, Role.ALIAS)).any():
        return name_like
    named = (np.isin(role[p], (Role.LABEL, Role.ALIAS)) | np.isin(p, name_like)) & is_lit[o]
    holders: dict[int, set[tuple[int, int]]] = {}  # value -> (subject, property) naming by it
    for a, q, v in zip(s[named].tolist(), p[named].tolist(), o[named].tolist(), strict=True):
        holders.setdefault(v, set()).add((a, q))
    out = []
    for pid in name_like:
        rows = np.flatnonzero(p == pid)
        # a subject named by this property alone keeps it (one thing stated twice, in two
        # sources, each copy named so, is still named)
        also = set(s[named & (p != pid)].tolist())
        # by another property: a value that several subjects share by this one (a journal's
        # name on its articles) says what they have in common, as before
        others = sum(
            a in also and any(b != a and q != pid for b, q in holders.get(v, ()))
            for a, v in zip(s[rows].tolist(), o[rows].tolist(), strict=True)
        )
        if others < _OTHERS_SHARE * len(rows):
            out.append(pid)
    return out


_OTHERS_SHARE = 0.8  # a name-like property's triples naming another subject: it cites them


def _property_texts(keys, role, used_preds, s, p, o, is_lit) -> dict[int, list[str]]:
    """The labels that properties (terms used as predicates) carry, by property id."""
    is_pred = np.zeros(len(keys), bool)
    is_pred[used_preds] = True
    label_pids = [pid for pid in used_preds.tolist() if role[pid] == Role.LABEL]
    idx = np.nonzero(np.isin(p, label_pids) & is_pred[s] & is_lit[o])[0]
    out: dict[int, list[str]] = {}
    for i in idx.tolist():
        out.setdefault(int(s[i]), []).append(parse_literal(keys[o[i]])[0])
    return out


def _declared_names(keys, role, texts, lit_count, count, modelled=frozenset()) -> None:
    """Annotation properties whose own label says 'preferred name' or 'synonym' act as names
    (``lit_count``, ``count``: :func:`literal_counts`). A property the graph models as part of
    its domain (``modelled``: an ``owl:DatatypeProperty``, one with a domain or range) whose
    label says 'aliases' (STIX's ``aliases`` of an intrusion set) stays a fact: its values
    name their subject as a name-like property's do (:func:`infer_roles`), and are asked
    for ("What other names does X go by?") and said ("Which group is also known as Y?")."""
    for pid, labels in texts.items():
        if fixed_role(keys[pid]) is not None:
            continue
        if count[pid] == 0 or lit_count[pid] / count[pid] < _LITERAL_SHARE:
            continue
        for text in labels:
            if name_properties.LABEL_LIKE.search(text):
                role[pid] = Role.LABEL
            elif name_properties.ALIAS_LIKE.search(text):
                if pid in modelled:
                    break
                role[pid] = Role.ALIAS
            elif name_properties.DESCRIPTION_LIKE.search(text):
                role[pid] = Role.DESCRIPTION
            else:
                continue
            break


def _declared_kinds(keys, used_preds, s, p, o) -> tuple[set[int], set[int]]:
    """Ids of the properties declared ``owl:AnnotationProperty``, and of those modelled as part
    of the domain (``owl:DatatypeProperty``/``ObjectProperty``, or given a domain or range)."""
    ids = {keys[i]: i for i in used_preds.tolist()}
    annotation: set[int] = set()
    modelled: set[int] = set()
    type_pid = ids.get(vocab.RDF_TYPE)
    if type_pid is not None:
        mask = p == type_pid
        for t in np.unique(o[mask]).tolist():
            if keys[t] == vocab.OWL_ANNOTATION_PROPERTY:
                annotation.update(s[mask & (o == t)].tolist())
            elif keys[t] in _DOMAIN_PROPERTY_TYPES:
                modelled.update(s[mask & (o == t)].tolist())
    for name in (vocab.RDFS_DOMAIN, vocab.RDFS_RANGE):
        if name in ids:
            modelled.update(s[p == ids[name]].tolist())
    return annotation, modelled


def prose_properties(keys, role, used_preds, p, o, is_lit, counts=None) -> list[int]:
    """Ids of the literal-valued fact properties whose values are prose: a median of
    :data:`_PROSE_WORDS` words or more over a sample of their values (module docstring);
    ``counts`` as for :func:`infer_roles`."""
    lit, total = literal_counts(p, o, is_lit, len(keys)) if counts is None else counts
    out = []
    for pid in used_preds.tolist():
        if role[pid] != Role.FACT or lit[pid] == 0 or lit[pid] < _LITERAL_SHARE * total[pid]:
            continue
        objs = o[np.flatnonzero(p == pid)[:_SAMPLE]]
        sample = [keys[x] for x in objs[is_lit[objs]].tolist()]
        # spaces bound the words from above: most properties are settled without parsing
        if sorted(k.count(" ") + 1 for k in sample)[len(sample) // 2] < _PROSE_WORDS:
            continue
        words = sorted(len(parse_literal(k)[0].split()) for k in sample)
        if words[len(words) // 2] >= _PROSE_WORDS:
            out.append(pid)
    return out


def definition_facts(keys, role, used_preds, p, o, is_lit, language: str) -> np.ndarray:
    """A mask of the triples that give a definition (a description-role property of
    :data:`vocab.DEFINITION_PREDICATES`, or one whose local name says "definition") as a
    literal in the ``language`` (BCP 47; its primary subtag is compared) or in none: facts
    besides descriptions. Another language's definition stays a description only, as other
    languages' labels are aliases only.

    >>> keys = ["http://www.w3.org/2004/02/skos/core#definition", '"spread of towns"@en',
    ...         '"Ausbreitung"@de', "http://e/x"]
    >>> role = np.array([Role.DESCRIPTION, 0, 0, 0], np.int8)
    >>> is_lit = np.array([False, True, True, False])
    >>> definition_facts(keys, role, np.array([0]), np.array([0, 0]), np.array([1, 2]),
    ...                  is_lit, "en").tolist()
    [True, False]
    """
    pref = primary_subtag(language)
    defining = [
        pid
        for pid in used_preds.tolist()
        if role[pid] == Role.DESCRIPTION
        and (
            keys[pid] in vocab.DEFINITION_PREDICATES
            or name_properties.DESCRIPTION_LIKE.search(local_name(keys[pid]))
        )
    ]
    mask = np.zeros(len(p), bool)
    if not defining:
        return mask
    rows = np.flatnonzero(np.isin(p, defining) & is_lit[o])
    lits, inverse = np.unique(o[rows], return_inverse=True)
    langs = (parse_literal(keys[lit])[1] for lit in lits.tolist())
    ok = np.fromiter((not lang or primary_subtag(lang) == pref for lang in langs), bool, len(lits))
    mask[rows[ok[inverse]]] = True
    return mask
