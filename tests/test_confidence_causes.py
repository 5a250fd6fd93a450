"""``bench/confidence_causes.py`` names the check that set a confidence and changes no result:
on a tiny graph of bare triples with the real encoder, a question its relation says is
credited to the relation judge's reading, no question to a later override, and every traced
retrieval's confidence and answer are the untraced one's."""

from __future__ import annotations

import sys
from pathlib import Path

from kgchat import KnowledgeGraph

BENCH = Path(__file__).resolve().parents[1] / "bench"

FILMS = [
    ("Glass Harbor", "director", "Maren Holt"),
    ("Winter Orchard", "director", "Maren Holt"),
    ("Maren Holt", "birth place", "Bergen"),
    ("Glass Harbor", "composer", "Pavel Kros"),
    ("Pavel Kros", "birth place", "Oslo"),
]
QUESTIONS = [
    "Who directed Glass Harbor?",
    "Where was the composer of Glass Harbor born?",
    "Where was Glass Harbor born?",
]


def test_causes_are_named_and_results_unchanged():
    from kgchat.pipeline import make_retriever

    sys.path.insert(0, str(BENCH))
    try:
        import confidence_causes as cc
    finally:
        sys.path.remove(str(BENCH))
    r = make_retriever(KnowledgeGraph.from_triples(FILMS), index_dir=None)
    plain = [(x.confidence, x.candidates[0].node) for x in map(r.retrieve, QUESTIONS)]
    cc.install()
    causes = []
    for q, (confidence, node) in zip(QUESTIONS, plain, strict=True):
        with cc.traced():
            res = r.retrieve(q)
            causes.append(cc.cause_of(res)[0])
        assert (res.confidence, res.candidates[0].node) == (confidence, node)
    assert causes[0] == "judge"
    assert all(c and not c.startswith("override") for c in causes)
