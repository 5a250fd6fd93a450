"""The edges and facts of a compiled graph read off its arrays: what
:meth:`kgchat.graph.core.KnowledgeGraph.neighbors`, :meth:`~kgchat.graph.core.KnowledgeGraph.fact`
and :meth:`~kgchat.graph.core.KnowledgeGraph.degree` hand out.

A compiled graph (:class:`kgchat.graph.compile.Compiled`) keeps its edges sorted by subject, a
term id each of subject, predicate and object, with CSR adjacency both ways (``out_ptr``;
``in_ptr`` over ``in_order``). An edge's handle is its place in those arrays; a fact's id is a
digest of its three term keys, the same in every graph that holds the triple. The facts read
(:func:`kept_fact`) are kept in the graph's cache, which a change empties.

Examples
--------
>>> from types import SimpleNamespace
>>> import numpy as np
>>> from kgchat.graph import KnowledgeGraph
>>> g = SimpleNamespace(es=np.array([0]), ep=np.array([1]), eo=np.array([2]))
>>> fact_id(g, ["A", "r", "B"], 0) == KnowledgeGraph.from_triples([("A", "r", "B")]).fact(0).id
True
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from kgchat.errors import KGChatError
from kgchat.graph import compile as comp
from kgchat.graph.view import Edge, Fact

if TYPE_CHECKING:
    import numpy as np

    from kgchat.graph.core import KnowledgeGraph
    from kgchat.graph.terms import SourceInfo

__all__ = ["degree_at", "edges_at", "fact_at", "fact_id", "kept_fact"]

FACTS_KEPT = 100_000  # facts read kept (KnowledgeGraph.fact), ~0.5 KB each


def edges_at(
    g: comp.Compiled, keys: list[str], i: int, direction: str, limit: int | None
) -> list[Edge]:
    """The edges at term ``i``: its out-edges (``direction`` "out" or "both"), then its
    in-edges ("in" or "both"), at most ``limit`` a direction."""
    out: list[Edge] = []
    if direction in ("out", "both"):
        a, b = int(g.out_ptr[i]), int(g.out_ptr[i + 1])
        if limit is not None:
            b = min(b, a + limit)
        out.extend(
            Edge(j, keys[o], keys[p], True)
            for j, p, o in zip(range(a, b), g.ep[a:b].tolist(), g.eo[a:b].tolist(), strict=True)
        )
    if direction in ("in", "both"):
        a, b = int(g.in_ptr[i]), int(g.in_ptr[i + 1])
        if limit is not None:
            b = min(b, a + limit)
        idx = g.in_order[a:b]
        out.extend(
            Edge(j, keys[s], keys[p], False)
            for j, p, s in zip(idx.tolist(), g.ep[idx].tolist(), g.es[idx].tolist(), strict=True)
        )
    return out


def degree_at(g: comp.Compiled, i: int) -> int:
    """The number of edges at term ``i``, both directions."""
    return int(g.out_ptr[i + 1] - g.out_ptr[i] + g.in_ptr[i + 1] - g.in_ptr[i])


def fact_at(
    g: comp.Compiled, keys: list[str], kinds: np.ndarray, sources: list[SourceInfo], j: int
) -> Fact:
    """The fact at edge handle ``j``: its terms, their names, its source and its kind."""
    labels = g.labels
    s, p, o = int(g.es[j]), int(g.ep[j]), int(g.eo[j])
    return Fact(
        id=fact_id(g, keys, j),
        subject=keys[s],
        predicate=keys[p],
        object=keys[o],
        subject_label=comp.entity_name(keys, kinds, labels, s),
        predicate_label=comp.relation_phrase(keys, labels, p),
        object_label=comp.entity_name(keys, kinds, labels, o),
        source=sources[int(g.esrc[j])].path if sources else "",
        kind=comp.EDGE_KINDS[int(g.ekind[j])],
    )


def fact_id(g: comp.Compiled, keys: list[str], j: int) -> str:
    """The id of the fact at edge handle ``j``: a digest of its subject, predicate and object."""
    raw = f"{keys[g.es[j]]}\x1f{keys[g.ep[j]]}\x1f{keys[g.eo[j]]}".encode()
    return "f" + hashlib.blake2b(raw, digest_size=6).hexdigest()


def kept_fact(kg: KnowledgeGraph, handle: int | str) -> Fact:
    """The fact of ``kg`` at an edge handle or with a fact id, read once and kept in the
    graph's cache until it changes: the id -> handle index is built on the first id asked,
    and at most ``FACTS_KEPT`` facts are kept (a question's facts are mostly those of the
    questions before, hubs' and answers' own).

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("A", "r", "B")])
    >>> kept_fact(kg, kept_fact(kg, 0).id) is kept_fact(kg, 0)
    True
    """
    if isinstance(handle, str):
        index = kg._cache.get("fact_index")
        if index is None:
            g, keys = kg._g, kg._terms.ordered
            index = {fact_id(g, keys, j): j for j in range(len(kg))}
            kg._cache["fact_index"] = index
        if handle not in index:
            raise KGChatError(f"unknown fact id {handle!r}")
        handle = index[handle]
    assert isinstance(handle, int)
    g = kg._g  # (compiled first: a change empties the cache)
    kept = kg._cache.get("facts")
    if kept is None or len(kept) >= FACTS_KEPT:
        kept = kg._cache["facts"] = {}
    found = kept.get(handle)
    if found is None:
        found = kept[handle] = fact_at(g, kg._terms.ordered, kg._kinds, kg.sources, handle)
    return found
