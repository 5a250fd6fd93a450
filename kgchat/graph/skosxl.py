"""SKOS-XL labels read as the names they hold.

The SKOS eXtension for Labels (W3C, 2009) makes a name a resource of its own, so that the name
can carry facts (its gender form, its status, when it changed)::

    ex:baker skosxl:prefLabel ex:label1 .
    ex:label1 a skosxl:Label ; skosxl:literalForm "baker"@en .

Thesauri and classifications published so (ESCO, EuroVoc, AGROVOC, GEMET, the UNESCO thesaurus)
often state no plain ``skos:prefLabel`` beside it. Read as plain triples, such a concept has no
name (its IRI an opaque UUID), and its names are other entities one hop away. Each
``X skosxl:prefLabel L`` (``altLabel``, ``hiddenLabel``) whose ``L`` has a literal form ``f`` is
read as ``X skos:prefLabel f`` (``altLabel``, ``hiddenLabel``), and the label resources, names
and no things, leave the facts: their own triples (type, literal form, role, dates) and every
link to them are not compiled (the raw triples keep them; SPARQL sees them all).

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> XL, E = "http://www.w3.org/2008/05/skos-xl#", "http://ex.org/"
>>> kg = KnowledgeGraph.from_triples([
...     (E + "c1", XL + "prefLabel", E + "l1"), (E + "l1", XL + "literalForm", '"baker"@en'),
...     (E + "c1", XL + "altLabel", E + "l2"), (E + "l2", XL + "literalForm", '"Bäcker"@de'),
...     (E + "c1", E + "needs", E + "c2"), (E + "c2", XL + "prefLabel", E + "l3"),
...     (E + "l3", XL + "literalForm", '"knead dough"@en')])
>>> [f.text for f in kg.facts()]
['baker — needs → knead dough']
"""

from __future__ import annotations

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.term_ids import LITERAL, intern_terms

__all__ = ["xl_label_triples"]

LITERAL_FORM = vocab.SKOSXL + "literalForm"
_LINKS = ("prefLabel", "altLabel", "hiddenLabel")


def xl_label_triples(keys, kinds, s, p, o, src, preds):
    """The triples with SKOS-XL labels read as plain SKOS names: ``(kinds, s, p, o, src)``,
    the same arrays where the graph has none. The SKOS predicates are appended to ``keys`` (in
    place: the interner's list) where the graph does not use them; ``preds``: the used
    predicates' ids by key."""
    form = preds.get(LITERAL_FORM)
    XL = vocab.SKOSXL
    links = {preds[XL + k]: vocab.SKOS + k for k in _LINKS if XL + k in preds}
    if form is None or not links:
        return kinds, s, p, o, src
    n = len(kinds)
    form_rows = np.flatnonzero((p == form) & (kinds == LITERAL)[o])
    literal_form = np.full(n, -1, np.int64)
    literal_form[s[form_rows]] = o[form_rows]  # SKOS-XL: exactly one literal form a label
    is_link = np.isin(p, list(links))
    link_rows = np.flatnonzero(is_link & (literal_form[o] >= 0))
    if not len(link_rows):
        return kinds, s, p, o, src
    is_label = np.zeros(n, bool)
    is_label[o[link_rows]] = True
    # (a term not used as a predicate may still be one of the keys)
    ids, kinds = intern_terms(keys, kinds, links.values(), known=preds)
    as_skos = np.zeros(max(links) + 1, p.dtype)
    for xl, plain in links.items():
        as_skos[xl] = ids[plain]
    keep = ~is_label[s] & ~is_label[o]  # the label resources and the links to them
    return (
        kinds,
        np.concatenate([s[keep], s[link_rows]]),
        np.concatenate([p[keep], as_skos[p[link_rows]]]),
        np.concatenate([o[keep], literal_form[o[link_rows]].astype(o.dtype)]),
        np.concatenate([src[keep], src[link_rows]]),
    )
