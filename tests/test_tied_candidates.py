"""Of the candidates tied for the best score, the one whose walk the confidence rates highest
comes first where the first would be abstained on (:mod:`kgchat.retrieval.tied_candidates`),
not the first by node: equal scores say nothing of which answer the question asks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.tied_candidates import MOST_TRIED, rated_first

FACTS = [
    ("Ann Lind", "member of", "Green Party"),
    ("Ann Lind", "votes", "20625"),
    ("Bo Berg", "member of", "Red Party"),
    ("Bo Berg", "votes", "1200"),
]
QUESTION = "How many votes did Ann Lind get?"


@pytest.fixture(scope="module")
def asked():
    r = Retriever(KnowledgeGraph.from_triples(FACTS))
    res = r.retrieve(QUESTION)
    by_label = {c.label: c for c in res.candidates}
    assert res.candidates[0].label == "20625" and not res.abstained

    def rate(ranked):
        return r._confidence(res.reading, ranked)

    return by_label, rate


def test_the_tied_answer_the_confidence_rates_highest_comes_first(asked):
    by_label, rate = asked
    votes, party = by_label["20625"], by_label["Green Party"]
    tie = votes.score
    # the party, tied with the count and first (as a node's name would put it), answers
    # nothing the question says: the confidence rates its walk below the count's
    ranked = [replace(party, score=tie), votes]
    assert rate(ranked) < rate([votes, ranked[0]])
    out, rated = rated_first(ranked, rate, below=0.2)
    assert [c.label for c in out] == ["20625", "Green Party"]
    assert rated == pytest.approx(rate(out)) and rated >= 0.2


def test_a_first_answer_rated_credible_stays_first(asked):
    by_label, rate = asked
    votes, party = by_label["20625"], by_label["Green Party"]
    ranked = [replace(party, score=votes.score), votes]
    first = rate(ranked)
    # at or above the threshold the first is kept, however a tied one is rated
    out, rated = rated_first(ranked, rate, below=first)
    assert out == ranked and rated == pytest.approx(first)


def test_a_candidate_below_the_best_is_not_tried(asked):
    by_label, rate = asked
    votes, party = by_label["20625"], by_label["Green Party"]
    ranked = [replace(party, score=votes.score + 0.5), votes]
    out, rated = rated_first(ranked, rate)
    assert out == ranked and rated == pytest.approx(rate(ranked))


def test_answers_tied_by_one_walk_are_rated_once(asked):
    by_label, _ = asked
    votes = by_label["20625"]
    calls = []

    def rate(ranked):
        calls.append(ranked[0].node)
        return 0.1

    # a list's answers, every one reached by the same walk: one reading, rated once
    same = [replace(votes, node=f"n{i}", label=f"n{i}") for i in range(MOST_TRIED + 3)]
    out, rated = rated_first(same, rate)
    assert out == same and rated == 0.1 and calls == ["n0"]


def test_a_tie_of_walks_that_say_nothing_is_left_as_it_is(asked):
    by_label, rate = asked
    votes, party = by_label["20625"], by_label["Green Party"]
    # at a score of 0 no walk says a word of the question ("Describe Bob."): no reading to
    # choose between, however the confidence rates one
    ranked = [replace(party, score=0.0), replace(votes, score=0.0)]
    out, _ = rated_first(ranked, rate, below=1.0)
    assert out == ranked
