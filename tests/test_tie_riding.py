"""A tie's alternative relation texts ride along with the encoder pass its first rating makes
(:mod:`kgchat.retrieval.tie_texts`, :meth:`TextSimilarity.riding`): fewer passes, never more,
and the same answers."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph, pipeline
from kgchat.retrieval.similarity import TextSimilarity


class _Counting:
    """An encoder that records each batch it is asked for (vectors: one-hot by length)."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def encode(self, texts):
        self.batches.append(list(texts))
        out = np.zeros((len(texts), 8), np.float32)
        out[np.arange(len(texts)), [len(t) % 8 for t in texts]] = 1.0
        return out


def test_riders_come_with_the_next_pass_and_make_none_alone():
    enc = _Counting()
    sim = TextSimilarity(enc)
    sim.prefetch(["capital"])
    sim.riding(["is successor of name currency", "capital"])
    assert len(enc.batches) == 1  # riding alone makes no pass
    sim.prefetch(["capital"])  # cached: still none
    assert len(enc.batches) == 1
    sim.prefetch(["currency"])
    assert enc.batches[-1] == ["currency", "is successor of name currency"]
    sim.prefetch(["is successor of name currency"])  # embedded already: no pass of its own
    assert len(enc.batches) == 2
    sim.riding(["has border with"])
    sim.riding([])  # dropped: the next pass does not carry it
    sim.prefetch(["nationality"])
    assert enc.batches[-1] == ["nationality"]


# Zaire was followed by the Democratic Republic of the Congo (said both ways); "zaire" is also
# a currency's name. What links Zaire to a currency is said by no relation the walk takes, so
# the Congo's franc is reached by ``is predecessor of> name currency>`` and ``is successor of<
# name currency>`` alike: a tie the confidence breaks, rating each
GRAPH = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:isSuccessorOf rdfs:label "is successor of" .
ex:isPredecessorOf rdfs:label "is predecessor of" .
ex:nameCurrency rdfs:label "name currency" .
ex:Zaire rdfs:label "Zaire" ; a ex:Country ; ex:isPredecessorOf ex:Congo ;
    ex:nameCurrency ex:Zaire_z .
ex:Congo rdfs:label "Democratic Republic of the Congo" ; a ex:Country ;
    ex:isSuccessorOf ex:Zaire ; ex:nameCurrency ex:Franc .
ex:Franc rdfs:label "Congolese franc" ; a ex:Currency .
ex:Zaire_z rdfs:label "zaire" ; a ex:Currency .
ex:Country rdfs:label "country" .
ex:Currency rdfs:label "currency" .
"""


def test_a_tie_rated_with_riders_answers_alike_in_no_more_passes(tmp_path, monkeypatch):
    path = tmp_path / "zaire.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    question = "Which currency is linked to Zaire?"
    rode: list[list[str]] = []
    riding = TextSimilarity.riding

    def watched(self, texts):
        rode.append(list(texts))
        riding(self, texts)

    got = {}
    for ride in (True, False):
        monkeypatch.setattr(TextSimilarity, "riding", watched if ride else lambda self, texts: None)
        r = pipeline.make_retriever(kg, progress=False)
        r.retrieve("Which country came after Zaire?")  # (the set-up's own passes)
        sim = r.judge.scorer.similarity
        batches: list[list[str]] = []
        encode = sim.encoder.encode

        def counted(texts, encode=encode, batches=batches):
            batches.append(list(texts))
            return encode(texts)

        monkeypatch.setattr(sim.encoder, "encode", counted)
        got[ride] = (r.retrieve(question), batches)
    (res, batches), (alone, alone_batches) = got[True], got[False]
    assert any("is successor of name currency" in b for b in rode)  # the tie's texts rode
    assert rode[-1] == []  # dropped after the tie-break: nothing rides on a later pass
    assert len(batches) <= len(alone_batches)  # riders make no pass of their own
    assert [c.node for c in res.candidates] == [c.node for c in alone.candidates]
    assert res.candidates[0].label == "Congolese franc"
    assert [p.pattern for p in res.candidates[0].paths] == [
        p.pattern for p in alone.candidates[0].paths
    ]
    assert res.confidence == pytest.approx(alone.confidence, abs=1e-5)
