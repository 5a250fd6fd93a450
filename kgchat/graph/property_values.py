"""schema.org's name/value pairs read as the facts they state.

A shop's export gives a product's features it has no property for as ``schema:PropertyValue``
nodes, the feature's name in ``schema:name``::

    ex:pack schema:additionalProperty [ a schema:PropertyValue ; schema:name "Volume" ;
        schema:value 45 ; schema:unitCode "LTR" ] .

Read as plain triples, the pair's name names the node: "What is the volume of the pack?" links
"volume" to that node (a thing called Volume) and the fact is nowhere. Each pair becomes the
direct fact ``pack -Volume-> 45``, by a relation labelled with the pair's name (one per holding
relation and name, its key the holding relation's with the name as fragment:
``schema:additionalProperty#Volume``); the pair's node stays, with its value and unit, unnamed
(its ``schema:name`` is the relation's label, not the node's), so "What unit is the volume
in?" walks through it. A pair without a name, or without a value, is left as it is. Its subclass
``schema:LocationFeatureSpecification`` (a hotel's ``amenityFeature [ name "Free WiFi" ; value
false ]``) is read alike, ``hotel -Free WiFi-> false``: as a node named "Free WiFi" the hotel
had it whatever its value said.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> S, RDF = "https://schema.org/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
>>> kg = KnowledgeGraph.from_triples([
...     ("pack", S + "additionalProperty", "_:v"), ("_:v", RDF + "type", S + "PropertyValue"),
...     ("_:v", S + "name", '"Volume"'), ("_:v", S + "value", '"45"')])
>>> [f.text for f in kg.facts() if f.text.startswith("pack — Volume")]
['pack — Volume → 45']
"""

from __future__ import annotations

from urllib.parse import quote

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.literal_terms import literal_text
from kgchat.graph.reification import single_values
from kgchat.graph.term_ids import intern_terms

__all__ = ["property_value_triples"]

# schema.org's PropertyValue and its one subclass, LocationFeatureSpecification (a lodging's
# or a venue's amenities: ``amenityFeature [ name "Free WiFi" ; value true ]``)
_PAIR = frozenset(
    s + c for s in vocab.SCHEMA for c in ("PropertyValue", "LocationFeatureSpecification")
)
_NAME = frozenset(s + "name" for s in vocab.SCHEMA)
_VALUE = frozenset(s + "value" for s in vocab.SCHEMA)


def property_value_triples(keys, kinds, s, p, o, src, preds):
    """The triples with the graph's name/value pairs read as facts: ``(kinds, s, p, o, src)``,
    the same arrays where the graph has none. New terms (the relations, ``rdfs:label``) are
    appended to ``keys`` (in place: the interner's list) and given their kinds; each pair's
    ``schema:name`` triple becomes its relation's ``rdfs:label`` triple. ``preds``: the
    used predicates' ids by key (the graph's pairs are looked for only where it uses
    ``schema:name``, ``schema:value`` and ``rdf:type``)."""
    type_id = preds.get(vocab.RDF_TYPE)
    names = [preds[k] for k in _NAME if k in preds]
    values = [preds[k] for k in _VALUE if k in preds]
    if type_id is None or not names or not values:
        return kinds, s, p, o, src
    n = len(kinds)
    # (boolean masks over the terms, indexed by the triples' columns: no sort of a column)
    value_rows = np.flatnonzero(np.isin(p, values))
    has_value = np.zeros(n, bool)
    has_value[s[value_rows]] = True
    typed = np.flatnonzero(p == type_id)
    typed = typed[has_value[s[typed]]]  # the types of the nodes with a value, a few
    pair_class = np.zeros(n, bool)
    for c in np.unique(o[typed]).tolist():
        pair_class[c] = keys[c] in _PAIR
    if not pair_class.any():
        return kinds, s, p, o, src
    is_pair = np.zeros(n, bool)
    is_pair[s[typed[pair_class[o[typed]]]]] = True
    is_lit = kinds == 2  # compile.LITERAL
    naming = np.isin(p, names) & is_pair[s] & is_lit[o]
    named = single_values(s, o, naming)  # pair -> its name (a literal), where it has one
    is_named = np.zeros(n, bool)
    is_named[list(named)] = True
    name_rows = np.flatnonzero(naming & is_named[s])
    value_rows = value_rows[is_named[s[value_rows]]]
    holders: dict[int, list[tuple[int, int]]] = {}  # pair -> (holder, holding relation)
    for row in np.flatnonzero(is_named[o]).tolist():
        if not is_lit[s[row]] and p[row] != type_id:
            holders.setdefault(int(o[row]), []).append((int(s[row]), int(p[row])))
    wanted: dict[tuple[int, int], str] = {}  # (holding relation, name) -> the relation's key
    rows: list[tuple[int, tuple[int, int], int, int]] = []  # holder, relation, value, source
    for row in value_rows.tolist():
        pair, value = int(s[row]), int(o[row])
        for holder, via in holders.get(pair, ()):
            rel = (via, named[pair])
            if rel not in wanted:
                text = literal_text(keys[named[pair]])
                wanted[rel] = keys[via] + "#" + quote(text, safe="")
            rows.append((holder, rel, value, int(src[row])))
    if not rows:
        return kinds, s, p, o, src
    ids, kinds = intern_terms(keys, kinds, {*wanted.values(), vocab.RDFS_LABEL})
    label = ids[vocab.RDFS_LABEL]
    add_s = [h for h, _, _, _ in rows] + [ids[k] for k in wanted.values()]
    add_p = [ids[wanted[r]] for _, r, _, _ in rows] + [label] * len(wanted)
    add_o = [v for _, _, v, _ in rows] + [name for _, name in wanted]
    first = {r: w for w, (_, r, _, _) in reversed(list(enumerate(rows)))}
    add_src = [w for _, _, _, w in rows] + [rows[first[r]][3] for r in wanted]
    keep = np.ones(len(s), bool)
    keep[name_rows] = False  # the pair's name is its relation's, not the node's
    return (
        kinds,
        np.concatenate([s[keep], np.asarray(add_s, s.dtype)]),
        np.concatenate([p[keep], np.asarray(add_p, p.dtype)]),
        np.concatenate([o[keep], np.asarray(add_o, o.dtype)]),
        np.concatenate([src[keep], np.asarray(add_src, src.dtype)]),
    )
