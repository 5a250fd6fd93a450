"""Whole-graph views of a :class:`~kgchat.graph.KnowledgeGraph`: its counts, its fingerprint, and
its facts as a networkx ``MultiDiGraph`` (built on demand, never at load time).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("A", "knows", "B"), ("B", "age", "41")])
>>> graph_stats(kg)["facts"], graph_stats(kg)["literals"]
(2, 1)
>>> G = to_networkx(kg)
>>> sorted(G["A"]["B"]), [(d["label"], d["literal"]) for _, d in G.nodes(data=True)]
(['knows'], [('A', False), ('B', False), ('41', True)])
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.graph import compile as comp

if TYPE_CHECKING:
    import networkx as nx

    from kgchat.graph.core import KnowledgeGraph

__all__ = ["graph_fingerprint", "graph_stats", "to_networkx"]


def graph_stats(kg: KnowledgeGraph) -> dict[str, Any]:
    """The counts of :meth:`KnowledgeGraph.stats`."""
    g = kg._g
    lit = np.zeros(len(kg._kinds), bool)
    lit[g.eo] = True
    lit &= kg._kinds == comp.LITERAL
    return {
        "triples": len(kg._s),
        "facts": len(g.es),
        "entities": int(g.is_entity.sum()),
        "relations": len(np.unique(g.ep)),
        "literals": int(lit.sum()),
        "sources": [s.path for s in kg.sources],
        "labels": len(g.labels),
        "restriction_edges": int((g.ekind > 0).sum()),
        "dropped_annotations": g.dropped,
        "dropped_other_languages": g.other_languages,
        "imported": [s.path for s in kg.sources if "imported_by" in s.extra],
        "unresolved_imports": [
            iri for s in kg.sources for iri in s.extra.get("unresolved_imports", [])
        ],
        "relative_iris_base": {
            s.path: s.extra["relative_iris_base"]
            for s in kg.sources
            if "relative_iris_base" in s.extra
        },
    }


def graph_fingerprint(kg: KnowledgeGraph) -> str:
    """A digest of the raw triples, the config and the compiler's version."""
    h = hashlib.blake2b(digest_size=16)
    h.update(kg.config.to_json().encode())
    h.update(f"compile {comp.VERSION}\n".encode())
    # Only terms in use count, renumbered densely: a triple added then removed leaves
    # its terms interned but must leave the fingerprint as it was.
    keys = kg._terms.ordered
    used = np.zeros(len(keys), bool)
    for arr in (kg._s, kg._p, kg._o):
        used[arr] = True
    if used.all():  # the usual case: no renumbering needed
        h.update("\n".join(keys).encode())
        for arr in (kg._s, kg._p, kg._o):
            h.update(arr.astype(np.int64).tobytes())
    else:
        renumber = np.cumsum(used) - 1
        h.update("\n".join(keys[i] for i in np.nonzero(used)[0].tolist()).encode())
        for arr in (kg._s, kg._p, kg._o):
            h.update(renumber[arr].astype(np.int64).tobytes())
    return h.hexdigest()


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """The facts as a networkx ``MultiDiGraph``; see :meth:`KnowledgeGraph.to_networkx`."""
    import networkx as nx

    g, keys, kinds = kg._g, kg._terms.ordered, kg._kinds
    G = nx.MultiDiGraph()
    nodes = np.unique(np.concatenate([g.es, g.eo]))
    G.add_nodes_from(
        (
            keys[i],
            {
                "label": comp.entity_name(keys, kinds, g.labels, i),
                "literal": bool(kinds[i] == comp.LITERAL),
            },
        )
        for i in nodes.tolist()
    )
    phrases = {p: comp.relation_phrase(keys, g.labels, p) for p in np.unique(g.ep).tolist()}
    G.add_edges_from(
        (keys[s], keys[o], keys[p], {"label": phrases[p], "fact": j})
        for j, (s, p, o) in enumerate(zip(g.es.tolist(), g.ep.tolist(), g.eo.tolist(), strict=True))
    )
    return G
