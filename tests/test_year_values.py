"""A year the graph writes as a value of its own names the dates within it too
(linking_values.ValueNames._value)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.retrieval import Retriever

_SEATS = """\
@prefix : <http://example.org/e#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:won rdfs:label "won" .
:seat rdfs:label "seat" .
:election rdfs:label "election" .
:since rdfs:label "since" .
:party rdfs:label "party" .
:nf rdfs:label "Northfield" .
:ga rdfs:label "Green Alliance" .
:ge15 rdfs:label "Thirty-First General Election" ; :date "2015-09-13"^^xsd:date .
:ge19 rdfs:label "Thirty-Second General Election" ; :date "2019-09-08"^^xsd:date .
:mara rdfs:label "Mara Lind" ; :memberOf [ :party :ga ; :since "1994"^^xsd:gYear ] .
:frida rdfs:label "Frida Wiik" ; :memberOf [ :party :ga ; :since "2016"^^xsd:gYear ] .
:anders rdfs:label "Anders Myhre" ; :memberOf [ :party :ga ; :since "2019"^^xsd:gYear ] .
:eirik rdfs:label "Eirik Holm" ; :memberOf [ :party :ga ; :since "2019"^^xsd:gYear ] .
[] :won :nf ; :winner :frida ; :election :ge15 .
[] :won :nf ; :winner :mara ; :election :ge19 .
"""


@pytest.fixture(scope="module")
def seats(tmp_path_factory):
    path = tmp_path_factory.mktemp("seats") / "seats.ttl"
    path.write_text(_SEATS)
    return KnowledgeGraph.load(path)


def test_a_year_written_as_a_value_names_its_dates_too(seats):
    """ "2019" is a value of its own (two members' ``since``) and the year of an election's
    date: it names both (on START the values alone)."""
    linked = {seats.label(m.node) for m in EntityLinker(seats).link("Who won Northfield in 2019?")}
    assert {"2019", "2019-09-08"} <= linked


def test_the_seat_won_in_a_year_is_found_through_the_election_dated_in_it(seats):
    """The winner of 2019 is reached through the election dated in it (on START the year named
    only the members' ``since`` values, which no walk joins to the seat)."""
    res = Retriever(seats).retrieve("Who won Northfield in 2019?")
    assert res.answer == "Mara Lind"
