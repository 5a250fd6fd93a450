"""Typed links stated as elements of their own, read as the facts they state.

SPDX 3 writes every link of a software bill of materials as an element beside the things it
links, naming its two ends and its kind::

    <#SPDXRef-Relationship-7> a spdx:Relationship ;
        spdx:from <#SPDXRef-Package-flask> ;
        spdx:to <#SPDXRef-Package-werkzeug>, <#SPDXRef-Package-jinja> ;
        spdx:relationshipType spdx:RelationshipType/dependsOn .

Read as plain triples, "what does Flask depend on?" walks ``from`` and ``to``, words that say
nothing of depending: the link's kind is a *value* on the element. (SPDX 2.x hangs the same
link as a blank node on its source: :mod:`kgchat.graph.typed_links`.) Each such element
becomes also the direct facts ``flask -depends on-> werkzeug`` and ``flask -depends on->
jinja``, by a relation keyed by the kind property with the kind's local name as fragment
(``spdx:relationshipType#dependsOn``) and named as :func:`kgchat.graph.typed_links.kind_name`
names it. The element and its triples stay.

By the shape of the graph alone, a node is such a link element where:

- it has a class, and no literal of its own (no name, no date: a thing described has some);
- it has exactly one value of a *kind property*: a property, RDF's own excepted, whose values
  are all IRIs of its own vocabulary (under the namespace of the property: SPDX's
  ``Core/RelationshipType/dependsOn`` of ``Core/relationshipType``), functional, and few (at
  most a quarter as many distinct values as uses). Of several such on one node (SPDX's
  ``completeness`` beside ``relationshipType``) the one used most in the graph is its kind;
- over the nodes of one kind property, its two *ends* are the two properties to nodes, not
  few themselves, used on more than half of them: one functional (each link has one source),
  the other not (some link has several targets: a link to many things is stated once, as
  SPDX's ``to`` is). The functional one is the source. Where neither end ever holds several
  values, nothing tells the source from the target, and nothing is read;
- the node has exactly one source and at least one target;
- its kind is said by a verb, as a relation is (WordNet reads the first word of its name as
  one: "*depends* on", "*has* declared license", "*affects*"): a kind of thing
  (``ex:gender ex:female`` on an unnamed person of a bare triple file, with a birthplace and
  children as its "ends") is no link, nor is anything where WordNet is not there to tell.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> S = "https://spdx.org/rdf/3.0.1/terms/Core/"
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> rows = []
>>> for i, (a, bs) in enumerate([("flask", ["werkzeug", "jinja"]), ("jinja", ["markup"]),
...                              ("werkzeug", ["markup"]), ("click", ["colorama"])]):
...     r = f"http://ex.org/rel{i}"
...     rows += [(r, T, S + "Relationship"), (r, S + "from", "http://ex.org/" + a),
...              (r, S + "relationshipType", S + "RelationshipType/dependsOn")]
...     rows += [(r, S + "to", "http://ex.org/" + b) for b in bs]
>>> kg = KnowledgeGraph.from_triples(rows)
>>> facts = sorted(f.text for f in kg.facts() if "— depends on →" in f.text)
>>> facts  # doctest: +NORMALIZE_WHITESPACE
['click — depends on → colorama', 'flask — depends on → jinja',
 'flask — depends on → werkzeug', 'jinja — depends on → markup',
 'werkzeug — depends on → markup']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from urllib.parse import quote

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.names import local_name
from kgchat.graph.term_ids import LITERAL
from kgchat.graph.typed_links import (
    FEW,
    first_labels,
    kind_name,
    minted_relation,
    with_minted,
)
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.graph.core import KnowledgeGraph

__all__ = ["link_element_triples", "said_by_verb", "says_a_relation", "vocabulary_term"]

_MODEL = (vocab.RDF, vocab.RDFS, vocab.OWL)


def vocabulary_term(value: str, prop: str) -> bool:
    """Whether the IRI ``value`` is a term of the vocabulary that defines ``prop``: under the
    namespace of ``prop`` (SPDX 3's ``Core/RelationshipType/dependsOn`` of
    ``Core/relationshipType``).

    >>> S = "https://spdx.org/rdf/3.0.1/terms/Core/"
    >>> vocabulary_term(S + "RelationshipType/dependsOn", S + "relationshipType")
    True
    >>> vocabulary_term("http://id.loc.gov/vocabulary/relators/aut",
    ...                 "http://id.loc.gov/ontologies/bibframe/role")
    False
    """
    name = local_name(prop)
    space = prop[: len(prop) - len(name)] if name and prop.endswith(name) else ""
    return bool(space) and "://" in value and value.startswith(space) and value != prop


def said_by_verb(name: str) -> bool:
    """Whether WordNet reads the first word of ``name`` as a verb (in any form); False without
    WordNet.

    >>> said_by_verb("depends on"), said_by_verb("has declared license"), said_by_verb("female")
    (True, True, False)
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    words = name.split()
    if lexicon is None or not words:
        return False
    return any(pos == "v" for _, pos in lexicon.base_forms(words[0]))


def _functional(s: np.ndarray, p: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per predicate id: its uses and the most values one subject holds (arrays of length
    ``n``)."""
    pair = s.astype(np.int64) * n + p
    uniq, count = np.unique(pair, return_counts=True)
    most = np.zeros(n, np.int64)
    np.maximum.at(most, uniq % n, count)
    return np.bincount(p, minlength=n), most


def link_element_triples(keys, kinds, s, p, o, src, preds):
    """The triples with the graph's link elements read as facts too: ``(kinds, s, p, o,
    src)``, the same arrays where the graph has none. New terms (the relations, their labels,
    ``rdfs:label``) are appended to ``keys`` (in place: the interner's list) and given their
    kinds. ``preds``: the used predicates' ids by key."""
    type_id = preds.get(vocab.RDF_TYPE, -1)
    if type_id < 0 or not len(s):
        return kinds, s, p, o, src
    n = len(kinds)
    is_lit = kinds == LITERAL
    model = np.zeros(n, bool)
    for k, i in preds.items():
        model[i] = k.startswith(_MODEL)
    typed = np.zeros(n, bool)
    typed[s[p == type_id]] = True
    own_lit = np.zeros(n, bool)
    own_lit[s[is_lit[o]]] = True
    cand = typed & ~own_lit  # classed nodes without a literal of their own
    rows = np.flatnonzero(cand[s] & ~is_lit[o] & ~model[p])
    if not len(rows):
        return kinds, s, p, o, src
    rs, rp, ro = s[rows], p[rows], o[rows]
    uses, most = _functional(rs, rp, n)
    # kind properties: functional, few values, every value a term of the property's vocabulary
    kind_props: list[int] = []
    for q in np.flatnonzero(uses).tolist():
        if most[q] != 1:
            continue
        values = np.unique(ro[rp == q])
        if len(values) > FEW * uses[q]:
            continue
        if all(vocabulary_term(keys[v], keys[q]) for v in values.tolist()):
            kind_props.append(q)
    if not kind_props:
        return kinds, s, p, o, src
    # each node's kind: its kind property used most in the graph
    kind_of: dict[int, tuple[int, int]] = {}  # node -> (kind property, kind)
    for q in sorted(kind_props, key=lambda q: (int(uses[q]), -q)):
        sel = rp == q
        for x, v in zip(rs[sel].tolist(), ro[sel].tolist(), strict=True):
            kind_of[x] = (q, v)
    new: list[tuple[int, tuple[int, int], int, int]] = []  # source, relation, target, row
    wanted: dict[tuple[int, int], tuple[str, str]] = {}  # (kind property, kind) -> key, label
    labels = first_labels(preds, s, p, o, is_lit)
    for q in kind_props:
        nodes = np.fromiter((x for x, (k, _) in kind_of.items() if k == q), np.int64)
        if not len(nodes):
            continue
        mine = np.isin(rs, nodes) & ~np.isin(rp, kind_props)
        ends = _ends(rs[mine], rp[mine], ro[mine], n, len(nodes))
        if ends is None:
            continue
        source, target = ends
        by_node: dict[int, tuple[list[int], list[int]]] = {}
        for row in rows[mine].tolist():
            pr = int(p[row])
            if pr in (source, target):
                by_node.setdefault(int(s[row]), ([], []))[pr == target].append(row)
        for x, (froms, tos) in by_node.items():
            if len(froms) != 1 or not tos:
                continue
            rel = kind_of[x]
            if rel not in wanted:
                kq, kv = rel
                name = kind_name(keys, kv, kq, labels)
                if not said_by_verb(name):
                    wanted[rel] = ("", "")
                    continue
                wanted[rel] = (minted_relation(keys, kq, kv), name)
            if not wanted[rel][0]:
                continue
            new += [(int(o[froms[0]]), rel, int(o[t]), int(src[t])) for t in tos]
    wanted = {rel: w for rel, w in wanted.items() if w[0]}
    return with_minted(keys, kinds, s, p, o, src, new, wanted)


def _ends(
    s: np.ndarray, p: np.ndarray, o: np.ndarray, n: int, n_nodes: int
) -> tuple[int, int] | None:
    """The source and target properties of one kind property's link nodes (their facts to
    nodes, the kind's excepted): the two that are not few and are used on more than half of
    them, one functional and one not; None where they are not so."""
    uses, most = _functional(s, p, n)
    ends = []
    for q in np.flatnonzero(uses).tolist():
        if len(np.unique(s[p == q])) * 2 <= n_nodes:
            continue
        if len(np.unique(o[p == q])) <= FEW * uses[q]:
            continue
        ends.append(q)
    if len(ends) != 2:
        return None
    a, b = ends
    if (most[a] == 1) == (most[b] == 1):
        return None
    return (a, b) if most[a] == 1 else (b, a)


def says_a_relation(
    kg: KnowledgeGraph, node: str, relations: Mapping[str, set[tuple[str, str]]]
) -> bool:
    """Whether ``node`` is a relation's kind written as a value, no thing to name: a term the
    graph's link elements are typed by, read as a relation of its name (SPDX 3's
    ``RelationshipType/dependsOn``, the value of ``relationshipType``, read as "depends on"
    by :mod:`kgchat.graph.link_elements`, keyed ``...relationshipType#dependsOn``), where it
    has no alias, no fact of its own and no instance. Its name in a question ("What does
    Flask *depend on*?") says that relation. (A kind read by
    :mod:`kgchat.graph.typed_links` is keyed by the holding property, and its term stays a
    name: schema.org's ``InStock`` of an offer.)"""
    read = relations.get(" ".join(tokens(kg.label(node))))
    if not read or kg.aliases(node) or kg.neighbors(node, direction="out", limit=1):
        return False
    fragment = quote(local_name(node), safe="")
    bases = {base for base, frag in read if frag == fragment}
    if not bases or kg.subjects_of_type(node):
        return False
    return any(e.predicate in bases for e in kg.neighbors(node, direction="in", limit=8))
