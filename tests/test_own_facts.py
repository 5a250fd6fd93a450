"""The tie-break by the tied answers' own facts (:mod:`kgchat.retrieval.own_facts`), a job of
its own beside the ranking of the walks (:mod:`kgchat.retrieval.combine`); the retriever
takes both. "Who is the father of X?" over both parents: tests/test_chains.py."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.retrieval.combine import CandidateRanking
from kgchat.retrieval.own_facts import OwnFactTies, fact_words, relation_fact_words
from kgchat.retrieval.retriever import Retriever


def test_the_tie_break_is_its_own_mixin() -> None:
    assert issubclass(Retriever, OwnFactTies) and issubclass(Retriever, CandidateRanking)
    assert not hasattr(CandidateRanking, "_ties_by_own_facts")


def test_the_words_of_a_node_s_own_facts() -> None:
    kg = KnowledgeGraph.from_triples(
        [
            ("Henrik", "gender", "male"),
            ("Henrik", "born", '"1879"'),  # a number says no question word
            ("Henrik", "title", '"The Duke of Lund"'),  # up to three words, no stopwords
            ("Sofia", "parents", "Henrik"),  # not his own fact: into him
        ]
    )
    edges = kg.neighbors("Henrik")
    assert relation_fact_words(edges, kg.label) == (("gender", ("male",)), ("title", ("duke",)))
    assert fact_words(edges, kg.label) == ("male", "duke")
