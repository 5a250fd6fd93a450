"""A relation the graph also names otherwise (``skos:altLabel`` of its property, its declared
inverse's label) is said by those names' meaning as well as by its own label's: the judge of
the retriever's confidence (:meth:`kgchat.retrieval.relation_match.RelationMatch._judged`)
reads the encoder's cosine of the question to the walk said with each hop's other names
(:meth:`kgchat.retrieval.path_query.PathQuery.said_otherwise`), on a tiny graph with the real
encoder."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.path_query import PathQuery

_TTL = """
@prefix : <http://example.org/town#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
:pop rdfs:label "pop" ; skos:altLabel "number of inhabitants" .
:area rdfs:label "area" .
:mayor rdfs:label "mayor" .
:Tarn a :Town ; rdfs:label "Tarnby" ; :pop "5000" ; :area "12" ; :mayor :Ann .
:Holm a :Town ; rdfs:label "Holmvik" ; :pop "700" ; :area "3" ; :mayor :Bo .
:Ann rdfs:label "Ann Berg" .
:Bo rdfs:label "Bo Lind" .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("town") / "town.ttl"
    path.write_text(_TTL)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


def test_a_walk_is_said_otherwise_by_each_hops_other_names():
    path = PathQuery(
        (("a", True), ("b", False)),
        ("lives in", "has author"),
        inverses=("", "wrote"),
        synonyms=(("resides in",), ()),
    )
    assert path.said_otherwise() == ["resides in has author", "lives in wrote"]
    assert PathQuery((("a", True),), ("mayor",)).said_otherwise() == []


def test_a_relation_said_by_its_other_name_is_answered(retriever):
    """``pop`` says nothing of "crowded" to the encoder; its other name, "number of
    inhabitants", does: on the start tree the answer was abstained on (0.12)."""
    res = retriever.retrieve("How crowded is Tarnby?")
    assert res.candidates and retriever.kg.label(res.candidates[0].node) == "5000"
    assert not res.abstained


def test_a_relation_no_name_says_is_still_abstained_on(retriever):
    """No name of ``mayor`` says a spouse: the other names raise no unrelated question."""
    res = retriever.retrieve("Who is Tarnby's spouse?")
    assert res.abstained
