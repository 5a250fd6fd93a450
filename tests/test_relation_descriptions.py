"""A relation's own description as evidence of its meaning: a property whose label does not say
the user's word (``rel one``) but whose ``rdfs:comment`` does ("the city where the company has
its head office") is found by that word, in the scorer's hop support and in the confidence; a
graph without property descriptions reads its labels alone, exactly as before."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.config import ScorerConfig

CO = "http://example.org/co#"
DESCRIBED = """@prefix : <http://example.org/co#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
:rel1 a owl:ObjectProperty ; rdfs:label "rel one" ;
    rdfs:comment "the city where the company has its head office" .
:rel2 a owl:ObjectProperty ; rdfs:label "rel two" ;
    skos:definition "the bank that lends money to the company" .
:Acme rdfs:label "Acme Tools" ; :rel1 :Springfield ; :rel2 :Globex .
:Initech rdfs:label "Initech" ; :rel1 :Shelbyville ; :rel2 :Globex .
:Springfield rdfs:label "Springfield" . :Shelbyville rdfs:label "Shelbyville" .
:Globex rdfs:label "Globex Bank" .
"""
# the same graph without its properties' descriptions
BARE = "\n".join(
    line[: -len(" ;")] + " ." if line.startswith(":rel") else line
    for line in DESCRIBED.splitlines()
    if "comment" not in line and "definition" not in line
)
QUESTIONS = {
    "Where is the head office of Acme Tools?": "Springfield",
    "Which bank lends money to Acme Tools?": "Globex Bank",
}


def _load(tmp_path, text: str) -> KnowledgeGraph:
    path = tmp_path / "co.ttl"
    path.write_text(text, encoding="utf-8")
    return KnowledgeGraph.load(path)


def _retriever(kg: KnowledgeGraph, described: float):
    r = make_retriever(kg, index_dir=None, scorer=None)
    r.scorer.config = ScorerConfig(described=described)  # (read on each question)
    return r


def test_a_propertys_description_is_its_relation_description(tmp_path):
    kg = _load(tmp_path, DESCRIBED)
    assert kg.relation_description(CO + "rel1") == "the city where the company has its head office"
    assert kg.relation_description(CO + "rel2") == "the bank that lends money to the company"
    assert kg.relation_description(CO + "nothing") is None
    assert _load(tmp_path, BARE).relation_description(CO + "rel1") is None


def test_a_relation_is_found_by_the_words_of_its_description(tmp_path):
    """Neither label says "head office" or "lends": the descriptions do. Read, they choose
    the answer and lift the confidence over the threshold; unread (``described=0``), the
    labels say nothing and the other relation's value wins, or nothing is trusted."""
    kg = _load(tmp_path, DESCRIBED)
    with_descriptions, without = _retriever(kg, 1.0), _retriever(kg, 0.0)
    floor = with_descriptions.config.min_confidence
    for question, answer in QUESTIONS.items():
        res = with_descriptions.retrieve(question)
        assert res.answer == answer, question
        assert res.confidence >= floor, question
        res = without.retrieve(question)
        assert res.answer != answer or res.confidence < floor, question


def test_a_hop_is_supported_by_its_description_by_meaning_only(tmp_path):
    """The description raises a hop's support (the encoder's whole-text reading), never its
    words' coverage of the question: a definition names the things it relates, which no
    question word should be met by."""
    kg = _load(tmp_path, DESCRIBED)
    r = _retriever(kg, 1.0)
    q = r.retrieve("Where is the head office of Acme Tools?").reading
    query = r.query(((CO + "rel1", True),), ())
    assert query.definitions == ("the city where the company has its head office",)
    described = r.scorer.components(q, [query])[0]
    r.scorer.config = ScorerConfig(described=0.0)
    r.scorer._q = None  # (the figures are kept per question)
    plain = r.scorer.components(q, [query])[0]
    assert described[1] > plain[1]  # support
    assert described[0] == pytest.approx(plain[0])  # coverage


def test_a_graph_without_descriptions_does_not_move(tmp_path):
    """No property description: no hop has a definition, and the weight changes nothing."""
    kg = _load(tmp_path, BARE)
    on, off = _retriever(kg, 1.0), _retriever(kg, 0.0)
    for question in QUESTIONS:
        a, b = on.retrieve(question), off.retrieve(question)
        assert (a.answer, a.confidence) == (b.answer, b.confidence)
        assert [c.node for c in a.candidates] == [c.node for c in b.candidates]
        assert np.allclose([c.score for c in a.candidates], [c.score for c in b.candidates])
        for c in a.candidates:
            for p in c.paths:
                assert on.query(p.pattern, ()).definitions == ()


def test_the_weight_is_checked():
    with pytest.raises(Exception, match="described"):
        ScorerConfig(described=1.5)


def test_an_endpoint_reads_the_same_descriptions_and_answers_alike(tmp_path, tmp_path_factory):
    """Over SPARQL the descriptions come with the triples about each property that the schema
    reads already (no request more), and answer as the local graph does."""
    from kgchat.graph import SparqlGraph
    from tests.test_endpoint import served_turtle

    kg = _load(tmp_path, DESCRIBED)
    with served_turtle(tmp_path_factory, "co", DESCRIBED) as url:
        g = SparqlGraph(url)
        try:
            for p in (CO + "rel1", CO + "rel2"):
                assert g.relation_description(p) == kg.relation_description(p)
            local, remote = _retriever(kg, 1.0), _retriever(g, 1.0)
            for question, answer in QUESTIONS.items():
                a, b = local.retrieve(question), remote.retrieve(question)
                assert a.answer == b.answer == answer
                assert b.confidence == pytest.approx(a.confidence)
        finally:
            g.close()
