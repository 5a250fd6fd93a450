"""RDF reification: an ``rdf:Statement`` node read as the fact it states.

A graph that keeps facts with their qualifiers (when, in what role, on whose authority) often
writes them as reified statements rather than plain triples::

    ex:e1 a rdf:Statement ; rdf:subject ex:mette ; rdf:predicate schema:worksFor ;
        rdf:object ex:vestkyst ; schema:startDate "2011-02-01" .

Read as plain triples, the fact is nowhere: "Who worked for Vestkyst Power?" finds only the
node ``e1`` ("emp-1 — object → Vestkyst Power A/S"), and the predicate ``schema:worksFor``
becomes a thing ("emp-1 — predicate → works for"). Each statement's triple becomes the direct
fact ``subject -predicate-> object`` (as :mod:`kgchat.graph.wikibase` does for Wikidata's
statement nodes); the statement node stays, with its qualifiers and its ``rdf:subject`` /
``rdf:object`` links (so "When did Mette start at Vestkyst?" walks through it), unnamed where it
has no label of its own, so it is walked through but never given as an answer. The
``rdf:predicate`` link itself is no fact: it names a relation, not a thing.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
>>> kg = KnowledgeGraph.from_triples([
...     ("s1", RDF + "subject", "Mette"), ("s1", RDF + "predicate", "worksFor"),
...     ("s1", RDF + "object", "Vestkyst")])
>>> sorted(f.text for f in kg.facts())[-1]
'Mette — works for → Vestkyst'
"""

from __future__ import annotations

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.wikibase import name_statements

__all__ = ["OBJECT", "PREDICATE", "SUBJECT", "reified_edges", "single_values"]

SUBJECT, PREDICATE, OBJECT = (vocab.RDF + x for x in ("subject", "predicate", "object"))


def single_values(s: np.ndarray, o: np.ndarray, mask: np.ndarray) -> dict[int, int]:
    """Node -> its one value under ``mask`` (the triples' subjects ``s`` and objects ``o``;
    nodes with several values are left out), keyed in the order the triples first give them."""
    out: dict[int, int] = {}
    many: set[int] = set()
    for a, b in zip(s[mask].tolist(), o[mask].tolist(), strict=True):
        if a in out and out[a] != b:
            many.add(a)
        out[a] = b
    for a in many:
        del out[a]
    return out


def reified_edges(keys, s, p, o, src, names, labels, is_lit):
    """The direct facts of the graph's reified statements, as edge columns ``(s, p, o, src,
    kind)``, and the predicates they use (relations, not things). Statement nodes without a
    label are named ``(anonymous statement <id>)`` in ``labels`` (in place). ``names``: the ids
    of the predicates used, by key; ``is_lit``: which terms are literals."""
    empty = np.zeros(0, np.int64)
    ids = [names.get(k) for k in (SUBJECT, PREDICATE, OBJECT)]
    if any(i is None for i in ids):
        return empty, empty, empty, empty, np.zeros(0, np.int8), empty
    subj, pred, obj = (single_values(s, o, p == i) for i in ids)
    where: dict[int, int] = {}
    for a, row in zip(s[p == ids[0]].tolist(), src[p == ids[0]].tolist(), strict=True):
        where.setdefault(a, row)
    complete = [st for st in subj if st in pred and st in obj]
    rows = [
        (subj[st], pred[st], obj[st], where[st])
        for st in complete
        if not is_lit[subj[st]] and not is_lit[pred[st]]
    ]
    if not rows:
        return empty, empty, empty, empty, np.zeros(0, np.int8), empty
    ds, dp, do, dsrc = (np.asarray(col, np.int64) for col in zip(*rows, strict=True))
    name_statements(keys, complete, labels)
    kinds = np.zeros(len(ds), np.int8)
    return ds, dp, do, dsrc.astype(src.dtype), kinds, np.unique(dp)
