"""A "when" of the past answered by a value that states no date (kgchat.retrieval.past_time).

A track's ``opening hours`` answer "When is the track open?", a time that recurs; asked
"When was the track opened?", a past event, the schedule (the stem of "opened" said by the
relation) states no date: the retriever abstains, and answers the date where the graph holds
one. Fails on START: the hours were answered to the past question."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

DATE = "^^<http://www.w3.org/2001/XMLSchema#date>"


def _triples():
    return [
        ("Milford Track", "type", "Trail"),
        ("Milford Track", "opening hours", '"Mo-Su 08:30-16:30"'),
        ("Milford Track", "length", '"53.5 km"'),
        ("Kepler Track", "type", "Trail"),
        ("Kepler Track", "opening hours", '"Mo-Fr 09:00-17:00"'),
        ("Kepler Track", "opened", f'"1988-02-01"{DATE}'),
    ]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(_triples()))


def test_a_schedule_answers_a_present_when(retriever):
    res = retriever.retrieve("When is the Milford Track open?")
    assert res.answer == "Mo-Su 08:30-16:30" and not res.abstained


def test_a_schedule_answers_no_past_when(retriever):
    assert retriever.retrieve("When was the Milford Track opened?").abstained


def test_a_date_answers_a_past_when(retriever):
    res = retriever.retrieve("When was the Kepler Track opened?")
    assert res.answer == "1988-02-01" and not res.abstained
