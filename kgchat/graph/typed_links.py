"""Typed links stated as nodes, read as the facts they state.

A software bill of materials in SPDX 2.x RDF states a package's dependency as a node that
says what kind of link it is::

    pkg:flask spdx:relationship [
        spdx:relationshipType spdx:relationshipType_dependsOn ;
        spdx:relatedSpdxElement pkg:werkzeug ] .

Read as plain triples, "what does Flask depend on?" walks ``relationship`` and ``related
spdx element``, words that say nothing of depending: the link's kind is a *value* on the
node. BIBFRAME's contributions (``bf:role`` relators beside ``bf:agent``) and PROV's
qualified influences (``prov:hadRole``) have the same shape. Each such link becomes also
the direct fact ``flask -depends on-> werkzeug``, by a relation keyed by the holding
relation with the kind's local name as fragment
(``spdx:relationship#relationshipType_dependsOn``) and labelled with the kind's name: its
own label where the graph gives one, else its local name read as words, less the name of
the property that gives it (SPDX writes its enumerations' values
``<property>_<value>``). The node and its triples stay.

A node is such a link where, by the shape of the graph alone:

- it is a blank node held by exactly one fact, from a node (not a value);
- besides its classes it has exactly two facts, both to nodes: one by a *kind property*
  and one to the node linked;
- a kind property is one whose values, over all such nodes, are few: at most a quarter as
  many distinct values as uses, and fewer than the other property's (a vocabulary's handful
  of link kinds against the many things linked);
- the kind is a term of the vocabulary that gives it (an IRI in the kind property's own
  namespace): the vocabulary's own kinds of link are relations of its model. A role from
  another vocabulary (BIBFRAME's ``bf:role`` pointing at a MARC relator, "author",
  "illustrator") qualifies an n-ary relation, and stays the junction's qualifier
  (:meth:`kgchat.retrieval.junction_words.JunctionWords.said_qualifiers`): read as a direct
  "author" relation, "Who *published* X?" had found its author by word likeness alone;
- none of the three properties is RDF's, RDFS's or OWL's own (an ``owl:Restriction``'s
  ``onProperty`` / ``someValuesFrom`` pair is an axiom, read by
  :mod:`kgchat.graph.restrictions`).

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> S = "http://spdx.org/rdf/terms#"
>>> triples = []
>>> for i, (a, b) in enumerate([("flask", "werkzeug"), ("flask", "jinja"), ("jinja", "markup"),
...                             ("werkzeug", "markup")]):
...     triples += [(a, S + "relationship", f"_:r{i}"),
...                 (f"_:r{i}", S + "relationshipType", S + "relationshipType_dependsOn"),
...                 (f"_:r{i}", S + "relatedSpdxElement", b)]
>>> kg = KnowledgeGraph.from_triples(triples)
>>> sorted(f.text for f in kg.facts() if "depends on" in f.text)
['flask — depends on → jinja', 'flask — depends on → werkzeug', 'jinja — depends on → markup', \
'werkzeug — depends on → markup']
"""

from __future__ import annotations

from urllib.parse import quote

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.literal_terms import literal_term, parse_literal
from kgchat.graph.names import humanize_relation, local_name
from kgchat.graph.term_ids import BLANK, LITERAL, intern_terms

__all__ = [
    "FEW",
    "first_labels",
    "kind_name",
    "minted_relation",
    "typed_link_triples",
    "with_minted",
]

_MODEL = (vocab.RDF, vocab.RDFS, vocab.OWL)
# a kind property's distinct values, at most this share of its uses
FEW = 0.25


def _own_term(value: str, prop: str) -> bool:
    """Whether ``value`` is a term of the vocabulary that defines ``prop``: an IRI in the
    same namespace (SPDX's ``relationshipType_dependsOn`` of ``spdx:relationshipType``)."""
    name = local_name(value)
    space = value[: len(value) - len(name)] if value.endswith(name) else ""
    return bool(space) and prop.startswith(space) and "://" in value


def kind_name(keys: list[str], kind: int, via: int, labels: dict[int, int]) -> str:
    """The name of a link's kind: its label, else its local name less the name of the
    property ``via`` that gives it (``relationshipType_dependsOn`` by ``relationshipType``),
    read as words."""
    if kind in labels:
        return parse_literal(keys[labels[kind]])[0]
    name, prop = local_name(keys[kind]), local_name(keys[via])
    if name.lower().startswith(prop.lower()) and len(name) > len(prop) + 1:
        name = name[len(prop) :].lstrip("_-.:")
    return humanize_relation(name)


def typed_link_triples(keys, kinds, s, p, o, src, preds):
    """The triples with the graph's typed link nodes read as facts too: ``(kinds, s, p, o,
    src)``, the same arrays where the graph has none. New terms (the relations, their labels,
    ``rdfs:label``) are appended to ``keys`` (in place: the interner's list) and given their
    kinds. ``preds``: the used predicates' ids by key."""
    is_blank = kinds == BLANK
    if not is_blank.any():
        return kinds, s, p, o, src
    type_id = preds.get(vocab.RDF_TYPE, -1)
    model = np.zeros(len(kinds), bool)
    for k, i in preds.items():
        model[i] = k.startswith(_MODEL) and i != type_id
    is_lit = kinds == LITERAL
    # blank nodes held by one fact, from a node, by a property not of RDF's model
    held = is_blank[o] & (p != type_id)
    holds = np.bincount(o[held], minlength=len(kinds))
    holder_ok = held & ~is_lit[s] & ~model[p]
    single = (holds == 1) & np.isin(np.arange(len(kinds)), o[holder_ok])
    # ... with two facts besides their classes, both to nodes, by properties not RDF's
    out = is_blank[s] & (p != type_id)
    outs = np.bincount(s[out], minlength=len(kinds))
    bad = np.zeros(len(kinds), bool)
    bad[s[out & (is_lit[o] | model[p])]] = True
    link = single & (outs == 2) & ~bad
    if not link.any():
        return kinds, s, p, o, src
    rows = np.flatnonzero(out & link[s])
    pair: dict[int, list[int]] = {}
    for row in rows.tolist():
        pair.setdefault(int(s[row]), []).append(row)
    uses: dict[int, int] = {}
    values: dict[int, set[int]] = {}
    for row in rows.tolist():
        uses[int(p[row])] = uses.get(int(p[row]), 0) + 1
        values.setdefault(int(p[row]), set()).add(int(o[row]))
    few = {q for q, n in uses.items() if len(values[q]) <= FEW * n}
    if not few:
        return kinds, s, p, o, src
    hold_rows = np.flatnonzero(holder_ok & link[o])
    holder = {int(o[r]): (int(s[r]), int(p[r])) for r in hold_rows.tolist()}
    labels = first_labels(preds, s, p, o, is_lit)
    wanted: dict[tuple[int, int], tuple[str, str]] = {}  # (holding, kind) -> (key, label)
    new: list[tuple[int, tuple[int, int], int, int]] = []  # holder, relation, linked, source
    for j, (a, b) in pair.items():
        if j not in holder or len(pair[j]) != 2:
            continue
        qa, qb = int(p[a]), int(p[b])
        if qa == qb:
            continue
        kind_row, other = (a, b) if qa in few else (b, a) if qb in few else (None, None)
        if kind_row is None or other is None:
            continue
        q, r = int(p[kind_row]), int(p[other])
        if r in few and len(values[r]) <= len(values[q]):
            continue  # both say a kind, or the other says fewer: no telling which links
        if not _own_term(keys[int(o[kind_row])], keys[q]):
            continue  # a role from another vocabulary qualifies the link (see the docstring)
        x, via = holder[j]
        rel = (via, int(o[kind_row]))
        if rel not in wanted:
            kind = int(o[kind_row])
            wanted[rel] = (minted_relation(keys, via, kind), kind_name(keys, kind, q, labels))
        new.append((x, rel, int(o[other]), int(src[other])))
    return with_minted(keys, kinds, s, p, o, src, new, wanted)


def first_labels(preds, s, p, o, is_lit) -> dict[int, int]:
    """Each subject's first label literal (by the label predicates used, ``preds``: the used
    predicates' ids by key), as term ids: subject -> literal."""
    label_ids = [preds[k] for k in vocab.LABEL_PREDICATES if k in preds]
    labels: dict[int, int] = {}
    for r in np.flatnonzero(np.isin(p, label_ids) & is_lit[o]).tolist():
        labels.setdefault(int(s[r]), int(o[r]))
    return labels


def minted_relation(keys: list[str], via: int, kind: int) -> str:
    """The key of the relation a link's kind is read as: the relation ``via`` that holds or
    gives the kind, with the kind's local name as fragment
    (``spdx:relationship#relationshipType_dependsOn``)."""
    return keys[via] + "#" + quote(local_name(keys[kind]), safe="")


def with_minted(keys, kinds, s, p, o, src, new, wanted):
    """``(kinds, s, p, o, src)`` with the facts ``new`` appended (``(subject, relation, object,
    source)`` rows, a relation keyed as in ``wanted``) and each relation of ``wanted``
    (relation -> ``(key, label)``) labelled, its label's source the first new fact stating it;
    the same arrays where ``new`` is empty. New terms are interned into ``keys`` in place."""
    if not new:
        return kinds, s, p, o, src
    new_keys = {k for k, _ in wanted.values()}
    new_keys |= {literal_term(t) for _, t in wanted.values()} | {vocab.RDFS_LABEL}
    ids, kinds = intern_terms(keys, kinds, new_keys)
    label = ids[vocab.RDFS_LABEL]
    first = {rel: w for _, rel, _, w in reversed(new)}
    add_s = [x for x, _, _, _ in new] + [ids[k] for k, _ in wanted.values()]
    add_p = [ids[wanted[rel][0]] for _, rel, _, _ in new] + [label] * len(wanted)
    add_o = [y for _, _, y, _ in new] + [ids[literal_term(t)] for _, t in wanted.values()]
    add_src = [w for _, _, _, w in new] + [first[rel] for rel in wanted]
    return (
        kinds,
        np.concatenate([s, np.asarray(add_s, s.dtype)]),
        np.concatenate([p, np.asarray(add_p, p.dtype)]),
        np.concatenate([o, np.asarray(add_o, o.dtype)]),
        np.concatenate([src, np.asarray(add_src, src.dtype)]),
    )
