"""A year inside the name of an entity the question names ("the *Expo 2000*") is that entity's,
not a time the question asks of what it holds: one reader of the question's year
(:func:`~kgchat.retrieval.in_year.year_said_apart`) serves the confidence's year checks
(:mod:`~kgchat.retrieval.dated_walk`), the statements held then and the junctions alike (review56).
On a tiny graph with the real bundled encoder."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
ROWS = [
    ("Hanover_Fair", T, "World_Fair"),
    ("Hanover_Fair", LABEL, '"Hanover World Fair"'),
    ("Hanover_Fair", ALT, '"Expo 2000"'),
    ("Hanover_Fair", "attendance", '"18100000"'),
    ("Hanover_Fair", "host city", "Hanover"),
    ("Seville_Fair", T, "World_Fair"),
    ("Seville_Fair", LABEL, '"Seville World Fair"'),
    ("Seville_Fair", ALT, '"Expo 92"'),
    ("Seville_Fair", "attendance", '"41800000"'),
    ("Seville_Fair", "host city", "Seville"),
    ("Hanover", T, "City"),
    ("Seville", T, "City"),
]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(ROWS))


def test_a_year_inside_a_name_is_no_year_asked(retriever):
    """ "Expo 2000" names the Hanover fair (its alias): its attendance is answered, not
    abstained on as a figure of the year 2000 that nothing on the walk dates (START did)."""
    res = retriever.retrieve("What was the attendance of the Expo 2000?")
    assert res.answer == "18100000" and not res.abstained


def test_a_year_apart_from_the_names_is_still_asked(retriever):
    """The same figure asked of a year outside any name is still a year nothing dates."""
    res = retriever.retrieve("What was the attendance of the Hanover World Fair in 1995?")
    assert res.abstained
