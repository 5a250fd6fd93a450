"""A question naming a thing by a code it holds asks which thing that is: "Which station has
the code EB-HY-04?" is answered by the station itself.

On bench/data/own/sensors the code linked the station (its ``dcterms:identifier``, another
name of it), and the walks from it answered its area, Millfield; on rinf, "which operational
point has the ID DE84SHZ?" answered a neighbouring point.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.holder_asked import naming_noun
from kgchat.retrieval.question import analyze

_STATIONS = """\
@prefix : <http://example.org/st#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
:Platform a rdfs:Class ; rdfs:label "Platform" .
:Area a rdfs:Class ; rdfs:label "Administrative area" .
:colne a :Platform ; rdfs:label "Colne Brook at Millfield" ; dcterms:identifier "EB-HY-04" ;
    :containedInPlace :millfield ; :openedIn "1998" .
:kestrel a :Platform ; rdfs:label "Kestrel Hill" ; dcterms:identifier "EB-AQ-07" ;
    :containedInPlace :millfield ; :openedIn "2004" .
:millfield a :Area ; rdfs:label "Millfield" .
:s1 rdfs:label "HY04-Q" ; :isHostedBy :colne .
:s2 rdfs:label "AQ07-NO2" ; :isHostedBy :kestrel .
"""


@pytest.fixture(scope="module")
def stations(tmp_path_factory):
    path = tmp_path_factory.mktemp("stations") / "stations.ttl"
    path.write_text(_STATIONS)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which station has the code EB-HY-04?", "Colne Brook at Millfield"),
        ("Which station has the identifier EB-AQ-07?", "Kestrel Hill"),
    ],
)
def test_the_holder_of_a_code_is_the_answer(stations, question, answer):
    res = stations.retrieve(question)
    assert res.answer == answer
    assert not res.abstained


def test_a_fact_asked_of_the_holder_is_no_holder_question(stations):
    # "opened" is no word of the code's: the question asks a fact of the station
    res = stations.retrieve("When was the station with code EB-HY-04 opened?")
    assert res.answer != "Colne Brook at Millfield"


def test_the_naming_noun_is_the_one_before_a_final_value():
    q = analyze("which station has the inventory number x42", [(6, 7)])
    assert naming_noun(q, 6, frozenset()) == ["inventory", "number"]
    # the value is not last: no naming noun
    q = analyze("which station has the code x42 in it", [(5, 6)])
    assert naming_noun(q, 5, frozenset()) == []
    # no "has" or "is" before the noun: something else is asked
    q = analyze("which station reports the code x42", [(5, 6)])
    assert naming_noun(q, 5, frozenset()) == []
    # a preposition is no noun: "What weakness is behind Log4Shell?" asks a relation
    q = analyze("what weakness is behind log4shell", [(4, 5)])
    assert naming_noun(q, 4, frozenset()) == []
