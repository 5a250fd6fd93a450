"""What the retriever keeps per graph instead of reading it again gives what reading it again
gives: whether a node has no name at all (:meth:`UnnamedNodes.nameless`, kept per node and
renewed when the graph changes) and the joint ranking's queries
(:meth:`GraphReading.joint_query`, kept per graph as the walk's are): the same query as made
afresh, and the same retrieval from a retriever that kept them as from a fresh one."""

from __future__ import annotations

from typing import Any

from kgchat import KnowledgeGraph
from kgchat.graph.compile import ANONYMOUS
from kgchat.pipeline import make_retriever

_TRIPLES = [
    ("Ann", "rdf:type", "Person"),
    ("Bob", "rdf:type", "Person"),
    ("Cid", "rdf:type", "Person"),
    ("Dee", "rdf:type", "Person"),
    ("Lyon", "rdf:type", "City"),
    ("Oslo", "rdf:type", "City"),
    ("Ann", "knows", "Bob"),
    ("Cid", "knows", "Bob"),
    ("Dee", "knows", "Ann"),
    ("Ann", "lives_in", "Lyon"),
    ("Cid", "lives_in", "Oslo"),
    ("Dee", "lives_in", "Lyon"),
    # blank addresses: one held by three people (a shared value), one by one
    ("Ann", "address", "_:home"),
    ("Bob", "address", "_:home"),
    ("Cid", "address", "_:home"),
    ("_:home", "street", "Rue Neuve"),
    ("Dee", "address", "_:flat"),
    ("_:flat", "street", "Storgata"),
]


def _retriever() -> tuple[KnowledgeGraph, Any]:
    kg = KnowledgeGraph.from_triples(_TRIPLES)
    return kg, make_retriever(kg, index_dir=None, scorer=None, progress=False)


def test_nameless_kept_per_node_and_renewed_when_the_graph_changes() -> None:
    kg, r = _retriever()
    nodes = ["Ann", "_:home", "_:flat", "Lyon", "Rue Neuve"]
    read = {n: kg.label(n).startswith(ANONYMOUS) for n in nodes}
    assert read == {n: n.startswith("_:") for n in nodes}  # (the case this test needs)
    assert {n: r.nameless(n) for n in nodes} == read
    assert {n: r._nameless[n] for n in nodes} == read  # kept
    assert {n: r.nameless(n) for n in nodes} == read  # and read back the same
    # named now: a graph that changed is read afresh (the retriever renews its caches)
    kg.add("_:home", "rdfs:label", "Rue Neuve 4", lang="en")
    r.retrieve("Who knows Bob?")
    assert not r.nameless("_:home") and r.nameless("_:flat")


def _outcome(res: Any) -> tuple[Any, ...]:
    return (
        res.answer,
        res.confidence,
        [(c.node, c.score, [(p.pattern, p.score) for p in c.paths]) for c in res.candidates],
    )


def test_joint_queries_kept_are_those_made_afresh() -> None:
    r = _retriever()[1]
    question = "Which person knows Bob and lives in Lyon?"
    first = _outcome(r.retrieve(question))
    assert r._joint, "the question is answered jointly: its queries are kept"
    for (patterns, types, middle, free), kept in list(r._joint.items()):
        pattern = tuple(h for p in patterns for h in p)
        parts = tuple(len(p) for p in patterns)
        assert kept == r.query(pattern, types, parts, middle, False, free)
        assert r.joint_query(patterns, types, middle, free) is kept
    # asked again (its joint queries read from what was kept) and by a fresh retriever
    assert _outcome(r.retrieve(question)) == first
    assert _outcome(_retriever()[1].retrieve(question)) == first
