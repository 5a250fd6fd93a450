"""A day a question writes out names the graph's dates on that day ("on 13 June 2022",
"June 13th, 2022", "2022-06-13"), not only the year they fall in (blind probe tennis, round
46: "Who was world number 1 on 13 June 2022?" had linked "13" to a rank and "2022" to a season;
a day names no month: "in May 2021" stays the year's)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_BORN = """\
@prefix : <http://example.org/p#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:a rdfs:label "Ann Berg" ; :birthDate "2003-04-29"^^xsd:date .
:b rdfs:label "Cleo Dunn" ; :birthDate "2003-05-05"^^xsd:date .
:c rdfs:label "Eva Fox" ; :birthDate "1999-05-05"^^xsd:date .
"""


def test_the_days_a_question_writes():
    from kgchat.graph.dates import said_date
    from kgchat.text import tokens

    assert said_date(tokens("13 June 2022")) == "2022-06-13"
    assert said_date(tokens("June 13th, 2022")) == "2022-06-13"
    assert said_date(tokens("2022-06-13")) == "2022-06-13"
    assert said_date(tokens("may 2021")) is None  # a month names no day
    assert said_date(tokens("32 june 2022")) is None  # no such day


@pytest.fixture(scope="module")
def born(tmp_path_factory):
    path = tmp_path_factory.mktemp("born") / "born.ttl"
    path.write_text(_BORN)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@pytest.mark.parametrize("day", ["5 May 2003", "May 5, 2003", "2003-05-05"])
def test_who_was_born_on_a_day(born, day):
    assert born.retrieve(f"Who was born on {day}?").answer == "Cleo Dunn"
