"""The joint ranking reads whether the question says a joint answer's shared last hop once a
hop (``shared_walks.said_once_a_hop``), not once an answer: the same candidates, scores and
paths as reading it for every answer, on a real graph and the bundled scorer."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import combine as combine_module
from kgchat.retrieval.combine import CandidateRanking

# sections between named points, each with a length and a ledger entry: every section joins
# two points, so a question naming two points has joint answers one hop past their meeting
_HEAD = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:opStart rdfs:label "op start" .
ex:opEnd rdfs:label "op end" .
ex:length rdfs:label "length" .
ex:ledger rdfs:label "ledger entry" .
"""
_POINTS = ["Alderwick", "Birchmoor", "Cedarholt", "Dunmere", "Elmstead"]


def _graph() -> str:
    lines = [_HEAD]
    for p in _POINTS:
        lines.append(f'ex:{p} rdfs:label "{p}" .')
    k = 0
    for i, a in enumerate(_POINTS):
        for b in _POINTS[i + 1 :]:
            for _ in range(2):  # two sections a pair: answers that share their last hops
                k += 1
                lines.append(
                    f'ex:s{k} rdfs:label "S-{k}" ; ex:opStart ex:{a} ; ex:opEnd ex:{b} ; '
                    f'ex:length "{1000 + 37 * k}.0"^^xsd:double ; ex:ledger ex:k{k} .\n'
                    f'ex:k{k} rdfs:label "K-{4400 + k}" .'
                )
    return "\n".join(lines) + "\n"


def _plain(said, q):
    return lambda pattern: said(q, pattern)


@pytest.mark.parametrize(
    "question",
    [
        "How long is the section from Alderwick to Birchmoor?",
        "Which ledger entry has the section between Cedarholt and Elmstead?",
        "Which section joins Dunmere and Alderwick?",
    ],
)
def test_reading_a_last_hop_once_ranks_as_reading_it_for_every_answer(
    tmp_path, monkeypatch, question
):
    path = tmp_path / "line.ttl"
    path.write_text(_graph())
    kg = KnowledgeGraph.load(str(path))
    calls: list[int] = []
    said = CandidateRanking._ending_said

    def counted(self, q, pattern):
        calls.append(1)
        return said(self, q, pattern)

    monkeypatch.setattr(CandidateRanking, "_ending_said", counted)

    def run():
        calls.clear()
        r = make_retriever(kg, index_dir=None, scorer=None)
        res = r.retrieve(question)
        ranked = [(c.node, c.score, [p.pattern for p in c.paths]) for c in res.candidates]
        return ranked, res.confidence, len(calls)

    fast, fast_confidence, fast_calls = run()
    monkeypatch.setattr(combine_module, "said_once_a_hop", _plain)
    plain, plain_confidence, plain_calls = run()
    assert fast == plain and fast_confidence == plain_confidence
    assert plain_calls > fast_calls  # (the case is met: answers that share a last hop)
