"""Values stated as nodes that say their kind, read as the facts they state.

SPDX 3 gives a package's identifiers and checksums as blank nodes that name the kind of value
they hold beside the value::

    <#pkg-heron> spdx:externalIdentifier [ a spdx:ExternalIdentifier ;
            spdx:externalIdentifierType spdx:ExternalIdentifierType/cpe23 ;
            spdx:identifier "cpe:2.3:a:heron:mqtt_heron:2.0.18:*:*:*:*:*:*:*" ] ;
        spdx:verifiedUsing [ a spdx:Hash ; spdx:algorithm spdx:HashAlgorithm/sha256 ;
            spdx:hashValue "b119fa..." ] .

Read as plain triples, "What is the CPE of mqtt-heron?" walks ``external identifier`` and
``identifier``, and "Which vulnerability is CVE-2026-22301?" finds a nameless node: the kind
of the value is itself a value on the node. Each such node becomes also the direct fact
``mqtt-heron -cpe23-> "cpe:2.3:..."``, by a relation keyed by the kind property with the
kind's local name as fragment (``spdx:externalIdentifierType#cpe23``) and named as
:func:`kgchat.graph.typed_links.kind_name` names it. The node and its triples stay. (A kind
and a *node* linked: :mod:`kgchat.graph.typed_links`.)

By the shape of the graph alone, a node is such a value where:

- it is a blank node held by exactly one fact, from a node, by a property not RDF's own;
- it has exactly one fact to a node besides its classes, by a *kind property*: one named as
  a property that classifies is (:data:`kgchat.graph.codes.CLASSIFYING`: SPDX's
  ``externalIdentifierType``; a schema.org offer's ``availability`` ``InStock`` beside its
  price says no kind of the price, and a hash's ``algorithm`` is not read either), whose
  values are all IRIs of its own vocabulary (under the property's namespace,
  :func:`kgchat.graph.link_elements.vocabulary_term`) and few (at most a quarter as many
  distinct values as uses);
- of its literals, one property gives the value: over all the nodes of that kind property,
  the one literal property each holds exactly once (an identifier's ``identifierLocator``,
  held by some only, is the node's own, and stays there). Where two such properties are held
  by every node, nothing tells which is the value, and nothing is read.

The W3C ML Schema states a run's metrics and settings, and a dataset's characteristics, the same
way with a kind drawn from the publisher's own terms, by a property that names no classifying::

    run:7f3a mls:hasOutput [ a mls:ModelEvaluation ; mls:specifiedBy measure:roc-auc ;
            mls:hasValue 0.8965 ] .

Such a node is read too (``7f3a -ROC AUC-> 0.8965``) where its value property says it is the
node's *value* (:func:`~kgchat.graph.value_vocab.is_principal_value`, or one named "has
value": ML Schema's ``hasValue``, CIDOC CRM's ``P90_has_value``): a node that holds one value
and one other node is that value *of* that node, whatever the kind property is called; unless
the kind property gives the value's unit (a Brick ``[ brick:value 350 ; brick:hasUnit
unit:TON_FG ]`` is a capacity in tons, not a ton), or its kinds are as many as its uses. An
offer's price beside its availability is not named a value, and stays unread.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> S = "https://spdx.org/rdf/3.0.1/terms/Core/"
>>> rows = []
>>> for i, (pkg, kind, value) in enumerate([("heron", "cpe23", "cpe:2.3:a:heron"),
...         ("kestrel", "cpe23", "cpe:2.3:a:kestrel"), ("glint", "purl", "pkg:npm/glint"),
...         ("wisp", "purl", "pkg:npm/wisp"), ("ulog", "cpe23", "cpe:2.3:a:ulog"),
...         ("lark", "purl", "pkg:npm/lark"), ("numbat", "purl", "pkg:npm/numbat"),
...         ("tern", "purl", "pkg:cargo/tern")]):
...     rows += [("http://ex.org/" + pkg, S + "externalIdentifier", f"_:e{i}"),
...              (f"_:e{i}", S + "externalIdentifierType", S + "ExternalIdentifierType/" + kind),
...              (f"_:e{i}", S + "identifier", f'"{value}"')]
>>> kg = KnowledgeGraph.from_triples(rows)
>>> [f.text for f in kg.facts() if f.text.startswith("heron — cpe")]
['heron — cpe23 → cpe:2.3:a:heron']
>>> M, E = "http://www.w3.org/ns/mls#", "http://ex.org/"
>>> rows = [(E + "auc", "http://www.w3.org/2000/01/rdf-schema#label", '"ROC AUC"')]
>>> for i in range(8):  # runs r0..r3, each with its ROC AUC and its F1
...     run, kind = f"r{i // 2}", ("auc", "f1")[i % 2]
...     rows += [(E + run, M + "hasOutput", f"_:v{i}"), (f"_:v{i}", M + "specifiedBy", E + kind),
...              (f"_:v{i}", M + "hasValue", f'"0.{80 + i}"')]
>>> kg = KnowledgeGraph.from_triples(rows)
>>> sorted(f.text for f in kg.facts() if f.text.startswith("r1 — "))
['r1 — ROC AUC → 0.82', 'r1 — f1 → 0.83', 'r1 — has output → (anonymous v2)', \
'r1 — has output → (anonymous v3)']
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.coded_iris import coded_iri
from kgchat.graph.codes import CLASSIFYING
from kgchat.graph.link_elements import vocabulary_term
from kgchat.graph.names import humanize_relation, local_name
from kgchat.graph.term_ids import BLANK, IRI, LITERAL
from kgchat.graph.typed_links import (
    FEW,
    first_labels,
    kind_name,
    minted_relation,
    with_minted,
)
from kgchat.graph.value_vocab import is_principal_value

__all__ = ["kind_value_triples"]

_MODEL = (vocab.RDF, vocab.RDFS, vocab.OWL)
# a kind property's words: one that classifies (:data:`kgchat.graph.codes.CLASSIFYING`), or
# one that names the scheme its value is drawn from (DataCite's ``usesIdentifierScheme``)
_KIND_WORDS = re.compile(rf"{CLASSIFYING.pattern}|\bschemes?$")
# a node's link that gives its value's unit, not its kind
_UNIT_WORDS = re.compile(r"\bunits?\b")


def _states_value(key: str) -> bool:
    """Whether the property ``key`` gives the value of the node it hangs on: a principal value
    (``rdf:value``, any vocabulary's ``value``) or one named "has value"."""
    return is_principal_value(key) or _words(key) == "has value"


def _words(key: str) -> str:
    return humanize_relation(local_name(key)).lower()


def _coded_leaves(keys, kinds, p, o, type_id, n) -> np.ndarray:
    """A mask of the IRIs whose local name is a code (:func:`~kgchat.graph.coded_iris.coded_iri`)
    that one fact leads to, besides their classes: records a publisher mints for each value
    (OpenCitations' identifiers ``id/06101301``), unnamed as a blank node is."""
    holds = np.bincount(o[p != type_id], minlength=n)
    out = np.zeros(n, bool)
    for i in np.flatnonzero((holds == 1) & (kinds == IRI)).tolist():
        out[i] = coded_iri(keys[i])
    return out


def kind_value_triples(keys, kinds, s, p, o, src, preds):
    """The triples with the graph's kind-and-value nodes read as facts too: ``(kinds, s, p,
    o, src)``, the same arrays where the graph has none. New terms (the relations, their
    labels, ``rdfs:label``) are appended to ``keys`` (in place: the interner's list) and given
    their kinds. ``preds``: the used predicates' ids by key."""
    if not len(s) or not any(_KIND_WORDS.search(_words(k)) or _states_value(k) for k in preds):
        return kinds, s, p, o, src
    is_blank = kinds == BLANK
    n = len(kinds)
    type_id = preds.get(vocab.RDF_TYPE, -1)
    model = np.zeros(n, bool)
    for k, i in preds.items():
        model[i] = k.startswith(_MODEL)
    is_lit = kinds == LITERAL
    # nodes with no name of their own (blank, or an IRI whose local name is a code: OCDM's
    # ``id/0610...``) held by one fact, from an IRI, by a property not of RDF's model
    anon = is_blank | _coded_leaves(keys, kinds, p, o, type_id, n)
    held = anon[o] & (p != type_id)
    holds = np.bincount(o[held], minlength=n)
    holder_ok = held & ~is_lit[s] & ~is_blank[s] & ~model[p]
    single = (holds == 1) & np.isin(np.arange(n), o[holder_ok])
    # ... with exactly one fact to a node besides their classes, by a property not RDF's
    out = anon[s] & (p != type_id)
    to_node = out & ~is_lit[o]
    n_nodes = np.bincount(s[to_node], minlength=n)
    bad = np.zeros(n, bool)
    bad[s[out & model[p]]] = True
    cand = single & (n_nodes == 1) & ~bad
    if not cand.any():
        return kinds, s, p, o, src
    kind_rows = np.flatnonzero(to_node & cand[s])
    by_prop: dict[int, list[int]] = {}
    for row in kind_rows.tolist():
        by_prop.setdefault(int(p[row]), []).append(row)
    lit_rows = np.flatnonzero(out & is_lit[o] & cand[s])
    lits: dict[int, list[int]] = {}
    for row in lit_rows.tolist():
        lits.setdefault(int(s[row]), []).append(row)
    hold_rows = np.flatnonzero(holder_ok & cand[o])
    holder = {int(o[r]): int(s[r]) for r in hold_rows.tolist()}
    labels = first_labels(preds, s, p, o, is_lit)
    wanted: dict[tuple[int, int], tuple[str, str]] = {}  # (kind property, kind) -> key, label
    new: list[tuple[int, tuple[int, int], int, int]] = []  # holder, relation, value, source
    for q, rows in by_prop.items():
        values = {int(o[r]) for r in rows}
        if len(values) > FEW * len(rows):
            continue
        # kinds drawn from the property's own vocabulary by a property that classifies; else
        # (ML Schema's publisher-drawn measures) only a node whose value property says so
        classified = all(vocabulary_term(keys[v], keys[q]) for v in values)
        classified = classified and bool(_KIND_WORDS.search(_words(keys[q])))
        if not classified and (_UNIT_WORDS.search(_words(keys[q])) or len(values) < 2):
            # a unit, or one kind every node shares (the currency all of a graph's amounts
            # are in): it tells the values apart by nothing, so it names none of them
            continue
        nodes = [int(s[r]) for r in rows]
        value_prop = _value_property(nodes, lits, p)
        if value_prop is None or not (classified or _states_value(keys[value_prop])):
            continue
        for r, x in zip(rows, nodes, strict=True):
            if x not in holder:
                continue
            rel = (q, int(o[r]))
            if rel not in wanted:
                wanted[rel] = (minted_relation(keys, q, rel[1]), kind_name(keys, rel[1], q, labels))
            row = next(t for t in lits[x] if int(p[t]) == value_prop)
            new.append((holder[x], rel, int(o[row]), int(src[row])))
    return with_minted(keys, kinds, s, p, o, src, new, wanted)


def _value_property(nodes: list[int], lits: dict[int, list[int]], p: np.ndarray) -> int | None:
    """The one literal property every node of ``nodes`` holds exactly once (``lits``: each
    node's literal rows), or None where none or several do."""
    common: set[int] | None = None
    for x in nodes:
        props = [int(p[r]) for r in lits.get(x, ())]
        once = {q for q in props if props.count(q) == 1}
        common = once if common is None else common & once
        if not common:
            return None
    return next(iter(common)) if common and len(common) == 1 else None
