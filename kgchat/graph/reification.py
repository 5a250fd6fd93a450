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

Other vocabularies reify the same way with their own three properties: BioLink's association
nodes (``biolink:subject`` / ``biolink:predicate`` / ``biolink:object``, with the evidence and
publications beside them), and any namespace that has a ``subject``, a ``predicate`` and an
``object`` property of its own (:func:`reifying_properties`): each such triple of properties is
read as RDF's is.

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

__all__ = [
    "OBJECT",
    "PREDICATE",
    "SUBJECT",
    "predicate_links",
    "reified_edges",
    "reifying_properties",
    "single_values",
]

_PARTS = ("subject", "predicate", "object")
SUBJECT, PREDICATE, OBJECT = (vocab.RDF + x for x in _PARTS)


def reifying_properties(names: dict[str, int]) -> list[tuple[int, int, int]]:
    """The ids of each namespace's ``subject``, ``predicate`` and ``object`` properties where
    a graph uses all three (``names``: the ids of the predicates used, by key): RDF's own, and
    any other vocabulary's that reifies a statement so (BioLink's association nodes).

    >>> reifying_properties({"http://x.org/v#subject": 1, "http://x.org/v#predicate": 2,
    ...                      "http://x.org/v#object": 3, "http://purl.org/dc/terms/subject": 4})
    [(1, 2, 3)]
    """
    found = []
    for key, pid in names.items():
        for cut in "#/":
            base, sep, local = key.rpartition(cut)
            if sep and local == _PARTS[0]:
                pred, obj = (names.get(base + sep + part) for part in _PARTS[1:])
                if pred is not None and obj is not None:
                    found.append((pid, pred, obj))
                break
    return sorted(found)


def predicate_links(names: dict[str, int]) -> list[int]:
    """The ids of the reifying ``predicate`` properties (:func:`reifying_properties`): links
    that name a relation, no facts."""
    return [ids[1] for ids in reifying_properties(names)]


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
    rows = []
    for ids in reifying_properties(names):
        subj, pred, obj = (single_values(s, o, p == i) for i in ids)
        where: dict[int, int] = {}
        for a, row in zip(s[p == ids[0]].tolist(), src[p == ids[0]].tolist(), strict=True):
            where.setdefault(a, row)
        complete = [st for st in subj if st in pred and st in obj]
        rows += [
            (subj[st], pred[st], obj[st], where[st])
            for st in complete
            if not is_lit[subj[st]] and not is_lit[pred[st]]
        ]
        name_statements(keys, complete, labels)
    if not rows:
        return empty, empty, empty, empty, np.zeros(0, np.int8), empty
    ds, dp, do, dsrc = (np.asarray(col, np.int64) for col in zip(*rows, strict=True))
    kinds = np.zeros(len(ds), np.int8)
    return ds, dp, do, dsrc.astype(src.dtype), kinds, np.unique(dp)
