"""A graph's class statements read as RDF's (a step of
:func:`~kgchat.graph.compile.compile_graph`): Wikidata's ``wdt:P31`` / ``wdt:P279`` as
``rdf:type`` / ``rdfs:subClassOf`` (``vocab.CLASS_PREDICATES``), and the predicates whose
values are codes of a scheme (:func:`~kgchat.graph.codes.coded_types`) as ``rdf:type``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kgchat.graph import vocab

__all__ = ["as_hierarchy"]


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
