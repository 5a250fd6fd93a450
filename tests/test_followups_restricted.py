"""A definite noun phrase that a clause restricts ("the nanopub describing TP53", "the film
starring Iris Lamb") picks out a new thing by that clause: it is no reference back to the
conversation's topic, even when the topic is of the noun's class (found by the nanopublication
blind probe, bench/data/own/conversations_blind41.jsonl: after a question about one nanopub,
"Who created the nanopub describing TP53?" was rewritten into a question about the first)."""

from __future__ import annotations

from tests.test_followups import talk
from tests.test_followups_reference import kg  # noqa: F401  (the tiny films graph)


def test_the_noun_restricted_by_a_clause_naming_a_thing_is_no_reference(kg):  # noqa: F811
    dist, director = talk(
        kg, "What is the distributor of Glass Harbor?", "Who directed the film starring Iris Lamb?"
    )
    assert dist.answer == "Northlight Pictures"
    assert "the film starring Iris Lamb" in director.resolved_question
    assert director.answer == "Maren Holt"


def test_the_noun_without_such_a_clause_still_points_back(kg):  # noqa: F811
    _, company = talk(
        kg, "What is the distributor of Glass Harbor?", "Where are the headquarters of the company?"
    )
    assert company.resolved_question == "Where are the headquarters of Northlight Pictures?"
