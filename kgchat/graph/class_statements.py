"""A graph's class statements read as RDF's (a step of
:func:`~kgchat.graph.compile.compile_graph`): Wikidata's ``wdt:P31`` / ``wdt:P279`` as
``rdf:type`` / ``rdfs:subClassOf`` (``vocab.CLASS_PREDICATES``), and the predicates whose
values are codes of a scheme (:func:`~kgchat.graph.codes.coded_types`) as ``rdf:type``, each
such fact kept as well under its own predicate (:func:`coded_facts`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kgchat.graph import vocab

__all__ = ["as_hierarchy", "coded_facts"]


def as_hierarchy(
    keys: list[str], p: np.ndarray, names: dict[str, int], coded: Sequence[int] = ()
) -> np.ndarray:
    """The facts' predicates with Wikidata's class statements as the RDF class hierarchy's
    (``wdt:P31`` -> ``rdf:type``, ``wdt:P279`` -> ``rdfs:subClassOf``: vocab.CLASS_PREDICATES)
    and the ``coded`` classifying predicates as ``rdf:type`` (kgchat.graph.codes), where the
    graph uses them; ``p`` itself where it uses none (no search, no copy)."""
    pairs = []
    classing = [*vocab.CLASS_PREDICATES.items(), *((keys[pid], vocab.RDF_TYPE) for pid in coded)]
    for alias, target in classing:
        if alias in names:
            # the RDF term is used as a predicate in most graphs; else it is found, or added
            # as the last term (the interner's list: KnowledgeGraph.compile gives it a kind)
            tid = names.get(target)
            if tid is None:
                tid = keys.index(target) if target in keys else len(keys)
                if tid == len(keys):
                    keys.append(target)
            pairs.append((names[alias], tid))
    if not pairs:
        return p
    out = p.copy()
    for a, b in pairs:
        out[p == a] = b
    return out


def coded_facts(
    s: np.ndarray, p: np.ndarray, o: np.ndarray, src: np.ndarray, coded: Sequence[int]
) -> tuple[np.ndarray, ...]:
    """The facts ``s -p-> o`` (from sources ``src``) whose predicate is one of the ``coded``
    classifying predicates, as an edge part of their own predicate (kind, rank: 0) beside the
    ``rdf:type`` edge :func:`as_hierarchy` makes of each: a classification by code is also a
    relation asked by its own name. A vessel register's ``fish:gearType`` into the ISSCFG
    scheme reads as the vessel's class, so "which vessels are midwater trawlers?" meets the
    code as a type; read as a type only, "What gear does the Havbris use?" found no relation
    saying gear (probe62a: the gear left the walk, the gross tonnage answered).

    >>> s, p, o = np.array([0, 1, 2]), np.array([5, 6, 5]), np.array([7, 8, 9])
    >>> [a.tolist() for a in coded_facts(s, p, o, np.zeros(3, np.int32), [5])]
    [[0, 2], [5, 5], [7, 9], [0, 0], [0, 0], [0, 0]]
    """
    rows = np.isin(p, list(coded))
    n = int(rows.sum())
    return (s[rows], p[rows], o[rows], src[rows], np.zeros(n, np.int8), np.zeros(n, np.int32))
