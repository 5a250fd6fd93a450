"""A year the question names, read of the tied answers' own records (own_year.own_year_first)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_COUNTS = """\
@prefix : <http://example.org/c#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:identifies rdfs:label "identifies" .
:individualCount rdfs:label "individual count" .
:atEvent rdfs:label "at event" .
:eventDate rdfs:label "event date" .
:recordedBy rdfs:label "recorded by" .
:mallard rdfs:label "mallard" .
:heron rdfs:label "grey heron" .
:e1 rdfs:label "E0101" ; :eventDate "2022-05-01"^^xsd:date .
:e2 rdfs:label "E0102" ; :eventDate "2021-06-11"^^xsd:date .
:e3 rdfs:label "E0103" ; :eventDate "2020-04-21"^^xsd:date .
:e4 rdfs:label "E0104" ; :eventDate "2019-08-02"^^xsd:date .
:e5 rdfs:label "E0105" ; :eventDate "2020-05-14"^^xsd:date .
:e6 rdfs:label "E0106" ; :eventDate "2020-06-14"^^xsd:date .
:e7 rdfs:label "E0107" ; :eventDate "2020-07-14"^^xsd:date .
:e8 rdfs:label "E0108" ; :eventDate "2020-08-14"^^xsd:date .
:e9 rdfs:label "E0109" ; :eventDate "2020-09-14"^^xsd:date .
:e10 rdfs:label "E0110" ; :eventDate "2020-10-14"^^xsd:date .
:mallard :identifies
    [ :individualCount "20"^^xsd:integer ; :atEvent :e1 ; :recordedBy "Ann Berg" ] ,
    [ :individualCount "12"^^xsd:integer ; :atEvent :e2 ; :recordedBy "Ann Berg" ] ,
    [ :individualCount "5"^^xsd:integer ; :atEvent :e3 ; :recordedBy "Ola Lind" ] ,
    [ :individualCount "3"^^xsd:integer ; :atEvent :e4 ; :recordedBy "Ola Lind" ] .
:heron :identifies
    [ :individualCount "7"^^xsd:integer ; :atEvent :e5 ; :recordedBy "Ola Lind" ] ,
    [ :individualCount "8"^^xsd:integer ; :atEvent :e6 ; :recordedBy "Ola Lind" ] ,
    [ :individualCount "9"^^xsd:integer ; :atEvent :e7 ; :recordedBy "Ola Lind" ] ,
    [ :individualCount "10"^^xsd:integer ; :atEvent :e8 ; :recordedBy "Ola Lind" ] ,
    [ :individualCount "11"^^xsd:integer ; :atEvent :e9 ; :recordedBy "Ola Lind" ] ,
    [ :individualCount "12"^^xsd:integer ; :atEvent :e10 ; :recordedBy "Ola Lind" ] .
"""


@pytest.fixture(scope="module")
def counts(tmp_path_factory):
    path = tmp_path_factory.mktemp("counts") / "counts.ttl"
    path.write_text(_COUNTS)
    return Retriever(KnowledgeGraph.load(path))


def test_the_tied_count_whose_record_is_of_the_year_comes_first(counts):
    """ "How many mallards were counted in 2020?": the mallard's four counts are each its
    occurrence record's ``individual count``, tied; the year links nothing (more dates of
    2020 than linking names, as in a survey's events); the one whose record is held at an
    event dated in 2020 comes first (on START the first of the tie by node order, 20)."""
    res = counts.retrieve("How many mallards were counted in 2020?")
    assert res.candidates[0].label == "5"


def test_a_year_no_tied_record_states_leaves_the_ranking(counts):
    """A year none of the tied answers' records states moves none: the ranking stands."""
    res = counts.retrieve("How many mallards were counted in 1996?")
    assert res.candidates[0].label != "5" or res.abstained


def test_a_named_answer_is_read_by_its_own_dates_not_its_parts():
    """A company's officer record appointed in 2024 says nothing of the company's 2024: a
    named answer states a year by its own date values only; an unnamed record (an
    occurrence) states it through its parts too (its event)."""
    from types import SimpleNamespace

    from kgchat.retrieval.own_year import states_year
    from kgchat.retrieval.results import Candidate, Path

    d = "^^<http://www.w3.org/2001/XMLSchema#date>"
    kg = KnowledgeGraph.from_triples(
        [
            ("Aurland", "has officer", "r1"),
            ("r1", "appointed on", '"2024-02-01"' + d),
            ("duck", "identifies", "o1"),
            ("o1", "count", '"5"'),
            ("o1", "at event", "e1"),
            ("e1", "event date", '"2024-05-01"' + d),
        ]
    )
    reading = SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=lambda n: n in {"r1", "o1"})
    company = Candidate("Aurland", "Aurland", 1.0, [])
    walk = Path("duck", (("identifies", True), ("count", True)), ("duck", "o1", '"5"'), (), 1.0)
    count = Candidate('"5"', "5", 1.0, [walk])
    assert not states_year(reading, 2024, company)
    assert states_year(reading, 2024, count)
