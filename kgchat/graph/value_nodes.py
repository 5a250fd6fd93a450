"""Nodes that only wrap a value, or only point at another node, read as what they hold.

Some RDF forms give every value a node of its own. FHIR's RDF (https://hl7.org/fhir/R4/rdf.html)
writes a patient's gender as ``<Patient/1> fhir:Patient.gender [ fhir:value "male" ]``, each of
several given names as ``[ fhir:value "Peter" ; fhir:index 0 ]``, and a reference to another
resource as ``[ fhir:link <Practitioner/7> ; fhir:Reference.reference [ fhir:value
"Practitioner/7" ] ]``. Read as plain triples, every value is one hop further than it is meant to
be, behind a blank node named by nothing, and every link between two resources two hops.

A blank node that exactly one fact leads to, and that states nothing but its principal value
(:func:`~kgchat.graph.value_vocab.is_principal_value`: ``rdf:value``, schema.org's, FHIR's,
any vocabulary's ``value``) and its position in a list
(:data:`~kgchat.graph.value_vocab.POSITIONS`), *is*
that value: the fact leads to the value itself. A blank node that one fact leads to and that has
one link to another node (:data:`~kgchat.graph.value_vocab.REFERENCE_LINKS`: FHIR's ``fhir:link``)
stands for that node; what else it says (the reference written as a string, a display text)
restates the link. A node with more to say (a ``Quantity`` with its value and unit, a
``HumanName`` with its parts) stays a node; its wrapped values are read through. Positions are
not facts: they order the values of one property (the first given name before the second), and
are dropped. A SKOS note stated as a resource (:data:`~kgchat.graph.value_vocab.SKOS_NOTES`:
``ex:c skos:definition ex:d1 . ex:d1 rdf:value "..." ; dcterms:source "..."``), blank or
named, that one note fact leads to and that has one literal principal value *is* that text: the
note's own source and dates document the note, not the concept, and go.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> F = "http://hl7.org/fhir/"
>>> kg = KnowledgeGraph.from_triples([
...     ("p1", F + "Patient.gender", "_:g"), ("_:g", F + "value", '"male"'),
...     ("p1", F + "Patient.generalPractitioner", "_:r"), ("_:r", F + "link", "doc7"),
...     ("_:r", F + "Reference.reference", "_:s"), ("_:s", F + "value", '"Practitioner/doc7"')])
>>> sorted(f.text for f in kg.facts())
['p1 — patient gender → male', 'p1 — patient general practitioner → doc7']
>>> S = "http://www.w3.org/2004/02/skos/core#"
>>> R, D = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://purl.org/dc/terms/"
>>> kg = KnowledgeGraph.from_triples([("c1", S + "prefLabel", '"chlorosis"@en'),
...     ("c1", S + "definition", "d1"), ("d1", R + "value", '"Yellowing of leaves"@en'),
...     ("d1", D + "source", '"https://en.wikipedia.org/"')])
>>> kg.description("c1")
'Yellowing of leaves'
"""

from __future__ import annotations

import numpy as np

from kgchat.graph import value_vocab
from kgchat.graph.literal_terms import literal_text
from kgchat.graph.term_ids import BLANK, LITERAL

__all__ = ["fold_value_nodes"]


def _reified_notes(s, p, o, preds, is_value, kinds, into, n_value):
    """A mask of the nodes that are SKOS notes stated as resources: led to by one fact, a
    note property's, with one principal value, a literal."""
    n = len(into)
    notes = [preds[k] for k in value_vocab.SKOS_NOTES if k in preds]
    if not notes:
        return np.zeros(n, bool)
    noted = np.zeros(n, bool)
    noted[o[np.isin(p, notes)]] = True
    rows = np.flatnonzero(is_value)
    literal_value = np.zeros(n, bool)
    literal_value[s[rows][kinds[o[rows]] == LITERAL]] = True
    return noted & literal_value & (into == 1) & (n_value == 1) & (kinds[:n] != LITERAL)


def fold_value_nodes(keys, kinds, s, p, o, src, preds):
    """The triples with each value node read as its value and each reference node as the
    node it refers to: ``(s, p, o, src)``, the same arrays where the graph has none. The
    triples that lead to such a node lead to its value instead, ordered by the node's
    position where it has one; the node's own triples go. ``preds``: the used
    predicates' ids by key (:func:`~kgchat.graph.read_through.used_by_key`)."""
    values = [i for k, i in preds.items() if value_vocab.is_principal_value(k)]
    links = [preds[k] for k in value_vocab.REFERENCE_LINKS if k in preds]
    positions = [preds[k] for k in value_vocab.POSITIONS if k in preds]
    if not values and not links:
        return s, p, o, src
    n = len(kinds)
    is_value, is_link, is_position = (np.isin(p, ids) for ids in (values, links, positions))
    stated = np.bincount(s, minlength=n)
    into = np.bincount(o, minlength=n)
    n_value = np.bincount(s[is_value], minlength=n)
    n_position = np.bincount(s[is_position], minlength=n)
    n_link = np.bincount(s[is_link], minlength=n)
    one = (kinds[:n] == BLANK) & (into == 1)
    wraps = one & (n_value == 1) & (stated == n_value + n_position)
    refers = one & (n_link == 1) & ~wraps & (kinds[:n] != LITERAL)
    wraps |= _reified_notes(s, p, o, preds, is_value, kinds, into, n_value)
    if not wraps.any() and not refers.any():
        return s, p, o, src
    held = np.arange(n)
    rows = np.flatnonzero(is_value & wraps[s])
    held[s[rows]] = o[rows]
    rows = np.flatnonzero(is_link & refers[s])
    held[s[rows]] = o[rows]
    # a position (0, 1, ...) per node that states one; the facts leading to it sort by it
    place = np.zeros(n, np.int64)
    rows = np.flatnonzero(is_position)
    for node, term in zip(s[rows].tolist(), o[rows].tolist(), strict=True):
        text = literal_text(keys[term])
        place[node] = int(text) if text.lstrip("-").isdigit() else 0
    folded = wraps | refers
    keep = ~folded[s] & ~is_position
    order = np.flatnonzero(keep)
    order = order[np.argsort(place[o[order]], kind="stable")]
    return s[order], p[order], held[o[order]], src[order]
