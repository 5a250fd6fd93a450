"""One reading of dates and years (:mod:`kgchat.graph.dates`), shared by what a value is
(retrieval/values.py), the dates a year names (linking_values.py) and the span a statement
held (retrieval/in_year.py): a form one of them reads as a date, each does."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.graph.dates import date_year, may_be_year, time_year
from kgchat.linking import EntityLinker
from kgchat.retrieval.in_year import span_of
from kgchat.retrieval.values import literal_kind, named_time

# xsd:date with a time zone, a dateTime with fractions, a gYearMonth, a date before the era
FORMS = ["2001-10-26+02:00", "2001-10-26Z", "2001-10-26T10:00:00.5Z", "2001-10", "-0044-03-15"]


@pytest.mark.parametrize("lex", FORMS)
def test_every_reader_takes_a_date_alike(lex: str) -> None:
    year = date_year(lex)
    assert year is not None
    assert literal_kind(f'"{lex}"') == ("date",)  # values.py had no time zone without a time
    assert named_time(lex) == ("date",)
    kg = KnowledgeGraph.from_triples([("s", "start time", f'"{lex}"')])
    steps = [(e.predicate, e.neighbor, e.forward) for e in kg.neighbors("s")]
    assert span_of(kg, steps) == (year, 9999)  # in_year.py had no time zone without a time


def test_the_dates_a_year_names_are_read_as_values_read_them() -> None:
    kg = KnowledgeGraph.from_triples(
        [("Film", "released", '"2014-03-07+01:00"'), ("Film", "name", '"Film"')]
    )
    linker = EntityLinker(kg, None)
    assert linker._in_year("2014") == ['"2014-03-07+01:00"']


def test_a_year_alone_and_a_number_that_reads_as_one() -> None:
    assert date_year("2016") is None and time_year("2016") == 2016
    assert may_be_year("1879") and may_be_year("2099")
    assert not may_be_year("2100") and not may_be_year("999") and not may_be_year("12345")
    # values.py had read any four digits from 1000 to 2999 as a year, in_year.py 1000-2099
    assert literal_kind('"2500"') == ("number",) and named_time("2500") == ()
