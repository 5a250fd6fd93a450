"""A year the question names, read of the answers the ranking ties (dated_walk.dated_first)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_VOLCANOES = """\
@prefix : <http://example.org/v#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Volcano rdfs:label "volcano" .
:Eruption rdfs:label "eruption" .
:locatedIn rdfs:label "located in" .
:eruptionOf rdfs:label "eruption of" .
:reportedBy rdfs:label "reported by" .
:country rdfs:label "country" .
:is rdfs:label "Iceland" .
:it rdfs:label "Italy" .
:q1 rdfs:label "Tohoku earthquake" ; :origin "2011-03-11"^^xsd:date .
:q2 rdfs:label "Christchurch earthquake" ; :origin "2011-02-22"^^xsd:date .
:imo rdfs:label "Icelandic Weather Office" ; :country :is .
:fa a :Volcano ; rdfs:label "Fagradalsfjall" ; :locatedIn :is .
:ey a :Volcano ; rdfs:label "Eyjafjallajokull" ; :locatedIn :is .
:gr a :Volcano ; rdfs:label "Grimsvotn" ; :locatedIn :is .
:st a :Volcano ; rdfs:label "Stromboli" ; :locatedIn :it .
:e1 a :Eruption ; rdfs:label "2021 Geldingadalir eruption" ; :eruptionOf :fa ;
    :reportedBy :imo ; :period [ :beginning [ :inDate "2021-03-19"^^xsd:date ] ] .
:e2 a :Eruption ; rdfs:label "2010 eruption of Eyjafjallajokull" ; :eruptionOf :ey ;
    :reportedBy :imo ; :period [ :beginning [ :inDate "2010-03-20"^^xsd:date ] ] .
:e3 a :Eruption ; rdfs:label "2011 eruption of Grimsvotn" ; :eruptionOf :gr ;
    :reportedBy :imo ; :period [ :beginning [ :inDate "2011-05-21"^^xsd:date ] ] .
:e4 a :Eruption ; rdfs:label "2019 eruption of Stromboli" ; :eruptionOf :st ;
    :period [ :beginning [ :inDate "2019-07-03"^^xsd:date ] ] .
"""


@pytest.fixture(scope="module")
def volcanoes(tmp_path_factory):
    path = tmp_path_factory.mktemp("volcanoes") / "volcanoes.ttl"
    path.write_text(_VOLCANOES)
    return Retriever(KnowledgeGraph.load(path))


def test_the_tied_answer_whose_walk_meets_the_year_comes_first(volcanoes):
    """ "Which volcano in Iceland erupted in 2011?": Iceland's three volcanoes are each
    ``located in`` it, tied; the one whose walk passes its 2011 eruption is the answer (on
    START the first of the tie by name, Eyjafjallajokull, whose confidence the year's veto
    zeroed: abstained)."""
    res = volcanoes.retrieve("Which volcano in Iceland erupted in 2011?")
    assert res.answer == "Grimsvotn" and not res.abstained


def test_a_year_no_tied_answer_meets_leaves_the_ranking(volcanoes):
    """A year none of the tied answers' walks meets moves none: the ranking stands."""
    res = volcanoes.retrieve("Which volcano in Iceland erupted in 1996?")
    assert res.answer != "Grimsvotn" or res.abstained
