"""A bare "when" is answered by a value the graph declares a time (a date by its datatype or
form, a year its relation names so), not by a four-digit figure of the same node whose relation
names no time (a school's capacity of 1050, a protected area's registry id 1101): such a figure
is a year only by its form."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_SCHOOLS = """\
@prefix : <http://example.org/s#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:schoolCapacity rdfs:label "school capacity" .
:foundingDate rdfs:label "founding date" .
:foundingYear rdfs:label "founding year" .
:pupils rdfs:label "number of pupils" .
:northstar rdfs:label "Northstar Free School" ; :schoolCapacity "1050"^^xsd:integer ;
    :foundingDate "2015-09-01"^^xsd:date ; :pupils "812"^^xsd:integer .
:ashgrove rdfs:label "Ashgrove Academy" ; :schoolCapacity "1200"^^xsd:integer ;
    :foundingYear "1969"^^xsd:integer ; :foundingDate "2016-04-01"^^xsd:date .
:hillcrest rdfs:label "Hillcrest School" ; :schoolCapacity "1400"^^xsd:integer .
"""


@pytest.fixture(scope="module")
def schools(tmp_path_factory):
    path = tmp_path_factory.mktemp("schools") / "schools.ttl"
    path.write_text(_SCHOOLS)
    return Retriever(KnowledgeGraph.load(path))


def test_when_takes_the_declared_date(schools):
    """Capacity and founding date tie on the question's words: the date is the time."""
    res = schools.retrieve("When did Northstar Free School open?")
    assert res.answer == "2015-09-01"


def test_a_year_its_relation_names_stays(schools):
    """``founding year`` names a time: its figure is no year by form only, and stays."""
    res = schools.retrieve("When was Ashgrove Academy founded?")
    assert res.answer in {"1969", "2016-04-01"}
    assert res.candidates[0].label != "1200"


def test_how_many_keeps_the_figure(schools):
    """A "how many" asks a number: the capacity is not moved for a date."""
    res = schools.retrieve("How many pupils can Northstar Free School hold?")
    assert res.candidates[0].label != "2015-09-01"
