"""A path's relation described in prose is judged by that description alone too
(:meth:`~kgchat.retrieval.relation_match.RelationMatch._defined`): the other hops' labels
joined to the sentence dilute what it says, and what they add is the middle-hop ceiling's to
judge. Real components: the bundled MiniLM encoder, real question analysis."""

from __future__ import annotations

import pytest

from kgchat.retrieval.question import analyze
from kgchat.retrieval.relation_match import RelationMatch
from kgchat.retrieval.scoring import HeuristicPathScorer, PathQuery

WON = "A person won the constituency's seat in an election."


@pytest.fixture(scope="module")
def judge() -> RelationMatch:
    from kgchat.index import get_encoder

    return RelationMatch(scorer=HeuristicPathScorer(get_encoder("sentence-transformers")))


def _path(definitions: tuple[str, ...]) -> PathQuery:
    pattern = (("electedIn", True), ("since", True), ("memberOf", True))
    return PathQuery(
        pattern, ("elected in", "since", "member of"), ("person",), definitions=definitions
    )


def test_one_hops_description_is_read_alone(judge: RelationMatch) -> None:
    q = analyze("Who won the Stonebridge seat in 2011?", [(3, 4)])
    alone = judge._defined(q, _path((WON, "", "")))
    joined_text = " ".join([WON, "since", "member of"])
    sim = judge.scorer.similarity
    sim.prefetch([q.asked, joined_text])
    assert alone > sim.related(q.asked, joined_text)  # the sentence alone says it better
    assert alone == pytest.approx(sim.related(q.asked, WON))


def test_a_description_that_says_nothing_of_the_question_raises_nothing(
    judge: RelationMatch,
) -> None:
    q = analyze("What is the population of Stonebridge?", [(5, 6)])
    assert judge._defined(q, _path((WON, "", ""))) < 0.1


def test_no_description_no_reading(judge: RelationMatch) -> None:
    q = analyze("Who won the Stonebridge seat in 2011?", [(3, 4)])
    assert judge._defined(q, _path(())) == 0.0
