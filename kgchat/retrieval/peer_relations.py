"""The words of the relations a node's peers (the other members of its classes) are stated
with: what a question about a thing of that kind may ask of it
(:meth:`~kgchat.retrieval.relation_match.RelationMatch.said_elsewhere`).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> kg = KnowledgeGraph.from_triples([
...     ("ann", T, "Person"), ("ann", "location", "Oslo"), ("ann", "death date", '"1901"'),
...     ("bo", T, "Person"), ("bo", "location", "Lund"),
...     ("Oslo", "population", '"700000"')])
>>> sorted(peer_relation_words(Retriever(kg), "bo"))
['date', 'death', 'location']
>>> sorted(peer_relation_words(Retriever(kg), "Oslo"))
[]
"""

from __future__ import annotations

from typing import Any

from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.phrases import phrase_parts

__all__ = ["PEERS", "peer_relation_words"]

PEERS = 64  # members read of each class (a sample says what things of a kind are stated with)


def peer_relation_words(reading: Any, node: str, most: int = PEERS) -> frozenset[str]:
    """The content words of the phrases (and declared inverses' phrases) of the relations
    stated of up to ``most`` members of each of ``node``'s classes, ``node`` among them.
    Empty for a node without a class: what its kind is stated with is not known. Kept per
    node (of ``most`` = :data:`PEERS`) in ``reading``'s ``_peer_words`` where it has one (a
    per-node cache renewed with the graph's version: the confidence asks it of each walk's
    start, question after question)."""
    kept = getattr(reading, "_peer_words", None) if most == PEERS else None
    found = None if kept is None else kept.get(node)
    if found is None:
        found = _peer_relation_words(reading, node, most)
        if kept is not None:
            kept[node] = found
    return found


def _peer_relation_words(reading: Any, node: str, most: int) -> frozenset[str]:
    """:func:`peer_relation_words`, read afresh."""
    kg = reading.kg
    peers: set[str] = set()
    for c in kg.types(node):
        edges = kg.neighbors(c, direction="in", limit=most * 4)
        members = [e.neighbor for e in edges if e.predicate == RDF_TYPE]
        peers.update(members[:most])
    if not peers:
        return frozenset()
    peers.add(node)
    predicates = {
        e.predicate
        for p in sorted(peers)
        for e in kg.neighbors(p, direction="out", limit=256)
        if e.predicate != RDF_TYPE
    }
    return frozenset(
        w
        for p in predicates
        for phrase in (reading._phrase(p), reading._inverse_phrase(p))
        for w in phrase_parts(phrase)[0]
        if w.isalpha()
    )
