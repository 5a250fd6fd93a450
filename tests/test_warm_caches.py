"""What a warm chatbot keeps instead of reading again, each the same as read afresh.

- A record's figure as the part asked (:func:`kgchat.retrieval.record_figures.unasked_values`),
  read once per record and candidate of a question, against a reading of every pair afresh on
  the filings graph of ``tests/test_record_figures.py``.
- The encoder's cosines between unrelated words (the floor of every
  :class:`~kgchat.retrieval.similarity.TextSimilarity`), one pass per encoder: a second
  similarity on the same encoder (the chatbot's description request beside the scorer's) makes
  no pass of its own, and its floor is the one a pass of its own gives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from kgchat import KnowledgeGraph
from kgchat.graph.value_vocab import is_principal_value
from kgchat.index.encoders import HashingEncoder
from kgchat.pipeline import make_retriever
from kgchat.retrieval.record_figures import unasked_values
from kgchat.retrieval.similarity import TextSimilarity, unrelated_cosines
from kgchat.text import UNRELATED_WORDS, normalize
from tests.test_record_figures import _filings


def _afresh(kg: Any, edges: Any, record: tuple[str, ...], spans: Any, node: str) -> bool:
    """value_unasked's meaning, read pair by pair: the record holds a principal value no span
    names, and ``node`` is another of its parts."""
    held = {
        e.neighbor
        for j in record
        for e in edges(j)
        if e.forward and is_principal_value(e.predicate)
    }
    if not held or node in held:
        return False
    named = {n for ns, _ in spans.values() for n in ns}
    texts = {t for _, ts in spans.values() for t in ts}
    return all(v not in named and normalize(kg.label(v)) not in texts for v in held)


def test_the_kept_figure_readings_are_those_read_afresh(tmp_path: Path) -> None:
    kg = KnowledgeGraph.load(_filings(tmp_path))
    r = make_retriever(kg)
    (company,) = [n for n in kg.entities() if kg.label(n) == "Nordvik Energi"]
    (revenue,) = [n for n in kg.entities() if kg.label(n) == "Revenue"]
    records = [n for n in kg.entities() if r.anonymous(n)]
    parts = sorted({e.neighbor for j in records for e in r.edges(j)})
    assert len(records) > 5 and len(parts) > 20
    for spans in (
        {(0, 2): ({company}, {"nordvik energi"}), (3, 4): ({revenue}, {"revenue"})},
        {(0, 2): ({company}, {"nordvik energi"}), (3, 4): (set(), {"48213000000"})},
    ):
        unasked = unasked_values(kg, r.edges, spans)
        for record in records:
            for node in parts:
                want = _afresh(kg, r.edges, (record,), spans, node)
                assert unasked((record,), node) == want, (record, node)
                assert unasked((record,), node) == want  # (kept: the same again)
    # the figure is what "Nordvik Energi's revenue" asks of a fact: its report is another part
    spans = {(0, 2): ({company}, {"nordvik energi"}), (3, 4): ({revenue}, {"revenue"})}
    unasked = unasked_values(kg, r.edges, spans)
    assert any(unasked((j,), p) for j in records for p in parts)


class _Counted(HashingEncoder):
    """The hashing encoder, counting its batches of more than one text."""

    def __init__(self) -> None:
        super().__init__(dim=64)
        self.batches = 0

    def encode(self, texts: Any, **kw: Any) -> np.ndarray:
        self.batches += len(texts) > 1
        return super().encode(texts, **kw)


def test_one_pass_gives_every_similarity_its_floor() -> None:
    enc = _Counted()
    scorer, chat = TextSimilarity(enc, 0.35), TextSimilarity(enc, 0.2)
    scorer.floor()
    assert enc.batches == 1
    chat.floor()
    assert enc.batches == 1  # the start made a second pass here
    # each floor is the one its own pass gives
    vecs = np.asarray(HashingEncoder(dim=64).encode(list(UNRELATED_WORDS)), np.float32)
    cos = vecs @ vecs.T
    off = cos[~np.eye(len(UNRELATED_WORDS), dtype=bool)]
    assert unrelated_cosines(enc) == (float(off.mean()), float(np.percentile(off, 90)))
    for sim in (scorer, chat):
        assert sim.floor() == (
            1.0 if off.mean() > 0.6 else max(sim.soft_floor, float(np.percentile(off, 90)))
        )
