"""A relation walked out and back (``X -r-> H <-r- Y``: X's peers) is said once by the
question, and its word order judged once, on the walk out: the walk back "agrees" with the
order only because it turns round, and its vote must not cancel the one against the walk
out, or a peer escapes the price the one-hop answer over the same relation pays."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_GRAPH = """\
Paper A|cites|Paper B
Paper C|cites|Paper B
Paper D|cites|Paper B
Paper B|cites|Paper E
"""

_ORDER = 5  # the word-order column of HeuristicPathScorer.components


def _order(r, question: str, pattern: tuple[tuple[str, bool], ...]) -> float:
    q = r.retrieve(question).reading
    return float(r.scorer.components(q, [r.query(pattern, ())])[0, _ORDER])


def test_the_walk_back_casts_no_vote_of_its_own(tmp_path):
    path = tmp_path / "cites.txt"
    path.write_text(_GRAPH)
    kg = KnowledgeGraph.load(path)
    r = make_retriever(kg, encoder="hashing", index_dir=None)
    cites = next(p for p in kg.relations() if kg.relation_label(p) == "cites")
    question = "Which papers cite Paper A?"  # the verb before the entity: walked backwards
    one = _order(r, question, ((cites, True),))
    peers = _order(r, question, ((cites, True), (cites, False)))
    assert one == -1.0  # walked forwards, against the word order
    assert peers == one  # out and back: no better than the walk out
    # agreeing, the walk out keeps its vote; the hop back against it stays priced
    assert _order(r, question, ((cites, False),)) == 1.0
