"""A year the question names, and the records a walk passes (kgchat.retrieval.dated_walk).

A plant's generation records are dated by their ``reporting year``; asked of a year the graph
holds no record for, the best walk still reaches a record of another year, and its figure
answers another question: the retriever abstains. Asked of a year a record is of, it answers
that record's figure."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.dated_walk import record_years
from tests.conftest import prepared_retriever

GYEAR = "^^<http://www.w3.org/2001/XMLSchema#gYear>"
DECIMAL = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
FIGURES = {
    "Drax": (("2019", "13123.5"), ("2020", "11890.2"), ("2021", "10658.4")),
    "Ratcliffe": (("2020", "4210.7"), ("2021", "3980.1")),
}


def _triples():
    out = []
    for plant, figures in FIGURES.items():
        out += [(plant, "country", "United Kingdom"), (plant, "capacity", '"3906"')]
        for year, value in figures:
            record = f"_:{plant}{year}"
            out += [
                (record, "of plant", plant),
                (record, "reporting year", f'"{year}"{GYEAR}'),
                (record, "net generation", f'"{value}"{DECIMAL}'),
            ]
    return out


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(_triples()))


def test_a_record_of_the_year_asked_is_answered(retriever):
    res = retriever.retrieve("What was the net generation of Drax in 2019?")
    assert res.answer == "13123.5" and not res.abstained
    res = retriever.retrieve("How much did Drax generate in 2021?")
    assert res.answer == "10658.4" and not res.abstained


def test_a_record_of_another_year_abstains(retriever):
    """Ratcliffe has no 2019 record: the walk reaches the 2021 one (answered at 1.0 before)."""
    res = retriever.retrieve("What was the net generation of Ratcliffe in 2019?")
    assert res.abstained


def test_a_year_figure_of_another_relation_dates_nothing():
    kg = KnowledgeGraph.from_triples(
        [("r", "reporting year", f'"2021"{GYEAR}'), ("r", "employees", '"1200"')]
    )
    assert record_years(kg, kg.neighbors("r")) == {2021}
