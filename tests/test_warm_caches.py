"""What a warm chatbot keeps instead of reading again, each the same as read afresh.

- A record's figure as the part asked (:func:`kgchat.retrieval.record_figures.unasked_values`),
  read once per record and candidate of a question, against a reading of every pair afresh on
  the filings graph of ``tests/test_record_figures.py``.
- The records around a question's candidates
  (:class:`~kgchat.retrieval.junction_reading.RecordReading`): a shape's records gathered once
  per value into a table, a record's neighbours read once, against scanning and reading them
  afresh each time, as the junction constraints did candidate by candidate.
- The encoder's cosines between unrelated words (the floor of every
  :class:`~kgchat.retrieval.similarity.TextSimilarity`), one pass per encoder: a second
  similarity on the same encoder (the chatbot's description request beside the scorer's) makes
  no pass of its own, and its floor is the one a pass of its own gives.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from kgchat import KnowledgeGraph
from kgchat.graph.dates import date_year, may_be_year
from kgchat.graph.value_vocab import is_principal_value
from kgchat.index.encoders import HashingEncoder
from kgchat.pipeline import make_retriever
from kgchat.retrieval.junction_reading import RecordReading, name_years
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


def _scanned(edges: Any, record_of: Any, path: Any, node: str) -> list[str]:
    """The junctions of ``path``'s shape before ``node``, by scanning the node before it."""
    (into, into_forward), (out, out_forward) = path.pattern[-2], path.pattern[-1]
    found = [path.nodes[-2]]
    for e in edges(path.nodes[-3]):
        j = e.neighbor
        if e.predicate != into or e.forward != into_forward or j == found[0] or not record_of(j):
            continue
        if any(
            f.neighbor == node and f.predicate == out and f.forward == out_forward for f in edges(j)
        ):
            found.append(j)
    return found


def _met_afresh(kg: Any, edges: Any, record: tuple[str, ...], spans: Any, own: Any) -> int:
    """How many spans a record meets, its neighbours read afresh."""
    around, values, named, dated = set(), set(), set(), []
    for e in (e for j in record for e in edges(j)):
        if kg.is_literal(e.neighbor):
            lex = kg.label(e.neighbor)
            values.add(normalize(lex))
            if (year := date_year(lex.strip())) is not None:
                dated.append(year)
        else:
            around.add(e.neighbor)
            named.update(name_years(kg.label(e.neighbor)))
    held = {str(y) for y in range(min(dated), max(dated) + 1)} if dated else set()
    n = 0
    for span, (nodes, texts) in spans.items():
        if nodes & around or texts & values:
            n += 1
        elif held and all(may_be_year(t) for t in texts):
            n += bool(texts & held)
        else:
            n += span == own or bool(texts & named)
    return n


def test_the_records_read_once_are_those_read_afresh(tmp_path: Path) -> None:
    kg = KnowledgeGraph.load(_filings(tmp_path))
    r = make_retriever(kg)
    edges, record_of = r.edges, r.anonymous
    reading = RecordReading(kg, edges, record_of)
    shapes = 0
    for hub in kg.entities():
        for e in edges(hub):
            if not record_of(e.neighbor):
                continue
            for f in edges(e.neighbor):
                path = SimpleNamespace(
                    pattern=((e.predicate, e.forward), (f.predicate, f.forward)),
                    nodes=(hub, e.neighbor, f.neighbor),
                )
                want = _scanned(edges, record_of, path, f.neighbor)
                assert reading.records(path, f.neighbor) == want
                shapes += len(want) > 1
    assert shapes > 20  # (records of one shape beside the walk's own: a company's facts)
    (company,) = [n for n in kg.entities() if kg.label(n) == "Nordvik Energi"]
    records = [n for n in kg.entities() if record_of(n)]
    for spans in (
        {(0, 2): ({company}, {"nordvik energi"}), (3, 4): (set(), {"2024"})},
        {(0, 2): (set(), {"revenue"}), (3, 4): (set(), {"2023"}), (5, 6): (set(), {"x"})},
    ):
        for j in records:
            for own in (None, (0, 2), (5, 6)):
                record = reading.joined(j)
                assert reading.met(record, spans, own) == _met_afresh(kg, edges, record, spans, own)


def test_the_qualifiers_said_once_a_question_are_those_read_afresh(tmp_path: Path) -> None:
    from kgchat.retrieval.question import analyze

    r = make_retriever(KnowledgeGraph.load(_filings(tmp_path)))
    question = "What was Nordvik Energi's offshore wind revenue in 2024?"
    paths = [p for c in r.retrieve(question).candidates for p in c.paths]
    q = analyze(question, [])
    kept: dict[tuple[str, bool], bool] = {}
    said = [r.said_qualifiers(q, p, None, kept) for p in paths]
    assert said == [r.said_qualifiers(q, p) for p in paths]
    assert len(kept) > 3 and any(said)  # (words shared by several paths' records)
