"""The edges and facts of a compiled graph read off its arrays: what
:meth:`kgchat.graph.core.KnowledgeGraph.neighbors`, :meth:`~kgchat.graph.core.KnowledgeGraph.fact`
and :meth:`~kgchat.graph.core.KnowledgeGraph.degree` hand out.

A compiled graph (:class:`kgchat.graph.compile.Compiled`) keeps its edges sorted by subject, a
term id each of subject, predicate and object, with CSR adjacency both ways (``out_ptr``;
``in_ptr`` over ``in_order``). An edge's handle is its place in those arrays; a fact's id is a
digest of its three term keys, the same in every graph that holds the triple. The facts read
are kept (:class:`KeptFacts`) until the graph changes.

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

    from kgchat.graph.terms import SourceInfo

__all__ = ["KeptFacts", "degree_at", "edges_at", "fact_at", "fact_id"]

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


class KeptFacts:
    """The facts of one compiled graph, by edge handle or fact id, each read once and kept:
    the id -> handle index is built on the first id asked, and at most ``FACTS_KEPT``
    facts are kept (a question's facts are mostly those of the questions before, hubs' and
    answers' own). :meth:`KnowledgeGraph.fact <kgchat.graph.core.KnowledgeGraph.fact>`
    keeps one per compiled graph, made anew when the graph changes.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("A", "r", "B")])
    >>> kg.fact(kg.fact(0).id) is kg.fact(0), kg.fact(0).text
    (True, 'A — r → B')
    """

    def __init__(
        self, g: comp.Compiled, keys: list[str], kinds: np.ndarray, sources: list[SourceInfo]
    ) -> None:
        self.g, self.keys, self.kinds, self.sources = g, keys, kinds, sources
        self._kept: dict[int, Fact] = {}
        self._index: dict[str, int] | None = None

    def __call__(self, handle: int | str) -> Fact:
        """The fact at an edge handle or with a fact id (:class:`KGChatError` for an id the
        graph has no fact with)."""
        if isinstance(handle, str):
            if self._index is None:
                g, keys = self.g, self.keys
                self._index = {fact_id(g, keys, j): j for j in range(len(g.es))}
            if handle not in self._index:
                raise KGChatError(f"unknown fact id {handle!r}")
            handle = self._index[handle]
        if len(self._kept) >= FACTS_KEPT:
            self._kept = {}
        found = self._kept.get(handle)
        if found is None:
            found = fact_at(self.g, self.keys, self.kinds, self.sources, handle)
            self._kept[handle] = found
        return found
