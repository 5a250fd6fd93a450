"""The graph's learned relation matcher as support of a hop: a relation said in words its label
does not hold, near in no WordNet meaning and under the encoder's unrelated floor ("sell ...
as" for ``brand``), is found by the matcher trained on the graph's own relations said
otherwise, in the scorer's hop support as in the confidence; with ``learned=0`` the hop is
read by its words and cosines alone, as before."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.config import ScorerConfig
from kgchat.retrieval.relation_learned import RelationMatcher

RX = """@prefix : <http://example.org/rx#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:brand rdfs:label "brand" . :halfLife rdfs:label "half-life" .
:casNumber rdfs:label "cas number" . :target rdfs:label "target" .
:category rdfs:label "category" .
:zorbex rdfs:label "Zorbex" ; :brand :Calmora ; :halfLife "4 to 6 hours" ;
    :casNumber "12345-67-8" ; :target :SerT ; :category :SSRI .
:mentarol rdfs:label "Mentarol" ; :brand :Quietex ; :halfLife "2 days" ;
    :casNumber "98765-43-2" ; :target :NET ; :category :SNRI .
:Calmora rdfs:label "Calmora" . :Quietex rdfs:label "Quietex" .
:SerT rdfs:label "serotonin transporter" . :NET rdfs:label "norepinephrine transporter" .
:SSRI rdfs:label "selective serotonin reuptake inhibitors" .
:SNRI rdfs:label "serotonin norepinephrine reuptake inhibitors" .
"""


def test_a_hop_is_supported_by_the_learned_matcher(tmp_path):
    """No word of "What do pharmacies sell Mentarol as?" is ``brand``'s, WordNet relates
    none of them, and the encoder puts the question under its unrelated floor from every
    label: unread, the matcher leaves a CAS number first and nothing trusted. Read, the
    brand is the answer, trusted."""
    path = tmp_path / "rx.ttl"
    path.write_text(RX, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    if getattr(r.scorer, "matchers", None) is None or not r._judge.learned():
        pytest.skip("no encoder to train the graph's relation matcher on")
    question = "What do pharmacies sell Mentarol as?"
    r.scorer.config = ScorerConfig(learned=0.0)  # (read on each question)
    res = r.retrieve(question)
    assert res.answer != "Quietex" or res.confidence < r.config.min_confidence
    r.scorer.config = ScorerConfig()
    res = r.retrieve(question)
    assert res.answer == "Quietex"
    assert res.confidence >= r.config.min_confidence


def test_a_phrase_reads_alike_in_any_batch():
    """The hop support reads a batch of phrases at once: each row's reading is the one it
    has alone, to the last bit, and the confidence's single reading."""
    rng = np.random.default_rng(0)
    m = RelationMatcher(
        rng.normal(size=2 * 8 + 1).astype(np.float32), 0.1, np.zeros(17), np.ones(17)
    )
    q = rng.normal(size=8).astype(np.float32)
    p = rng.normal(size=(5, 8)).astype(np.float32)
    batch = m.readings(q, p)
    assert [float(m.readings(q, row)[0]) for row in p] == batch.tolist()
    assert np.allclose(batch, [m.reading(q, row) for row in p], atol=1e-6)


def test_learned_support_is_a_checked_weight():
    with pytest.raises(Exception, match="learned"):
        ScorerConfig(learned=1.5)
