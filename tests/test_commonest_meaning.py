"""The relation judge reads a relation's word in its commonest meaning and the question's in
any of its own (:mod:`kgchat.retrieval.commonest_meaning`), on a tiny graph with the real
parsing, encoder and retriever: "Who released X?" of a graph whose one relation to an agent is
``publisher`` (the fifth sense of "release" is the publisher's "publish") was abstained on at
0.13 on the start tree; "edited" (no sense of it is a publisher's) is read as before."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_TTL = """
@prefix : <http://example.org/registers#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:publisher rdfs:label "publisher" .
:modified rdfs:label "modified" .
:Dataset rdfs:label "dataset" .
:Organization rdfs:label "organization" .
:turbines a :Dataset ; rdfs:label "Danish wind turbine register" ; :publisher :dea ;
    :modified "2024-02-01"^^xsd:date .
:stations a :Dataset ; rdfs:label "Charging station register" ; :publisher :ens ;
    :modified "2023-05-11"^^xsd:date .
:dea a :Organization ; rdfs:label "Danish Energy Agency" .
:ens a :Organization ; rdfs:label "Energistyrelsen North" .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("registers") / "registers.ttl"
    path.write_text(_TTL)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


def _answer(retriever, question):
    res = retriever.retrieve(question)
    top = retriever.kg.label(res.candidates[0].node) if res.candidates else None
    return top, res.abstained


def test_a_rarer_sense_of_the_question_word_meets_the_relations_commonest(retriever):
    assert _answer(retriever, "Who released the Danish wind turbine register?") == (
        "Danish Energy Agency",
        False,
    )


def test_a_word_with_no_sense_the_relation_says_is_read_as_before(retriever):
    """The reading adds nothing where no sense of the question's word is the relation's
    commonest ("edited" / ``publisher``): 0, the judge's other readings decide."""
    from kgchat.retrieval.commonest_meaning import said_commonly
    from kgchat.retrieval.path_query import PathQuery
    from kgchat.retrieval.question import analyze

    sim = retriever.judge.scorer.similarity
    path = PathQuery((("publisher", True),), ("publisher",), ("organization",))
    edited = analyze("Who edited the Danish wind turbine register?", [(3, 7)])
    released = analyze("Who released the Danish wind turbine register?", [(3, 7)])
    assert said_commonly(sim, edited, path) == 0.0
    assert said_commonly(sim, released, path) >= 0.2


def test_commonly_said_reads_senses_not_spellings():
    from kgchat.retrieval.commonest_meaning import commonly_said
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        pytest.skip("no WordNet")
    assert commonly_said(wn, "released", "publisher")
    assert commonly_said(wn, "released", "issued")
    assert not commonly_said(wn, "edited", "director")
    assert not commonly_said(wn, "named", "discoverer")
