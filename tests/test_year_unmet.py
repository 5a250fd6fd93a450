"""A question that names a year the answer's walk nowhere meets (no node named by it, no
value beside the walk that says it, no span that covers it) is abstained on: the graph's
figure may be any year's (issue 11, fix51c; :func:`~kgchat.retrieval.dated_walk.year_unmet`),
on a tiny graph with the real bundled encoder."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ROWS = [
    ("Nokia", T, "Company"),
    ("Nokia", "revenue", '"22300000000"'),
    ("Nokia", "founding year", '"1865"'),
    ("Nokia", "headquarters", "Espoo"),
    ("Ericsson", T, "Company"),
    ("Ericsson", "revenue", '"31000000000"'),
    ("Ericsson", "founding year", '"1876"'),
    ("Ericsson", "headquarters", "Stockholm"),
    ("Espoo", T, "City"),
    ("Stockholm", T, "City"),
    ("term1", "mayor", "Jukka Mäkelä"),
    ("term1", "city", "Espoo"),
    ("term1", "start date", '"1990-01-01"'),
    ("term1", "end date", '"1999-12-31"'),
    ("term2", "mayor", "Anna Berg"),
    ("term2", "city", "Stockholm"),
    ("term2", "start date", '"1994-01-01"'),
    ("term2", "end date", '"2002-12-31"'),
    ("Jukka Mäkelä", T, "Person"),
    ("Anna Berg", T, "Person"),
]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(ROWS))


def test_a_year_no_walk_meets_abstains(retriever):
    """Nokia's one revenue is dated by nothing: "in 1995" asks what the graph cannot say."""
    res = retriever.retrieve("What was Nokia's revenue in 1995?")
    assert res.abstained


def test_the_year_met_or_not_asked_is_answered(retriever):
    res = retriever.retrieve("What is Nokia's revenue?")
    assert not res.abstained and res.answer == "22300000000"
    res = retriever.retrieve("When was Nokia founded?")
    assert not res.abstained and res.answer == "1865"
    # the term's span covers the year asked
    res = retriever.retrieve("Who was the mayor of Espoo in 1995?")
    assert not res.abstained and res.answer == "Jukka Mäkelä"
