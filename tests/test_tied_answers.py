"""A list question's answers tie, and every one of them is handed back (up to ``max_nodes``),
not the first ``max_candidates`` by name: "Which films did X direct?" of a director of 14."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever, RetrieverConfig
from kgchat.retrieval.results import Candidate, handed_back

_FILMS = [(f"Film {n:02d}", "directed_by", "Ana Brel") for n in range(14)] + [
    ("Film 00", "written_by", "Ida Rook"),
    ("Other Film", "directed_by", "Tom Vey"),
]


def test_every_tied_answer_is_handed_back():
    r = Retriever(KnowledgeGraph.from_triples(_FILMS))
    res = r.retrieve("Which films were directed by Ana Brel?")
    assert {c.label for c in res.candidates} >= {f"Film {n:02d}" for n in range(14)}
    assert r.config.max_candidates < 14


def test_ties_stop_at_max_nodes_and_the_rest_at_max_candidates():
    r = Retriever(
        KnowledgeGraph.from_triples(_FILMS), config=RetrieverConfig(max_candidates=3, max_nodes=12)
    )
    res = r.retrieve("Which films were directed by Ana Brel?")
    assert len(res.candidates) == 12
    ranked = [Candidate("a", "a", 1.0), Candidate("b", "b", 0.9), Candidate("c", "c", 0.8)]
    assert handed_back(ranked, 2, 12) == 2
