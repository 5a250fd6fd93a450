"""Reported facts as n-ary records that date themselves
(:mod:`kgchat.retrieval.junction_constraints`): a tiny XBRL-like filing graph whose facts join
a company, a concept and a figure, their period a blank node of start and end dates, the prior
year restated in the next year's report. Real parsing, the
bundled MiniLM."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from kgchat import KnowledgeGraph
from kgchat.graph import KnowledgeGraph as KG
from kgchat.mention import Mention
from kgchat.pipeline import make_retriever
from kgchat.retrieval.junction_constraints import met_at_junctions
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.results import Path as Walk

HEAD = """\
@prefix ex: <http://filings.example/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:NV rdfs:label "Nordvik Energi" .
ex:SK rdfs:label "Skarv Shipping" .
ex:Revenue rdfs:label "Revenue" .
ex:Profit rdfs:label "Profit (loss)" .
ex:NOK rdfs:label "Norwegian krone" .
"""
# (company, concept, start, end, figure, report year)
FACTS = [
    ("NV", "Revenue", "2024-01-01", "2024-12-31", 48213, 2024),
    ("NV", "Revenue", "2023-01-01", "2023-12-31", 48773, 2024),  # restated
    ("NV", "Revenue", "2023-01-01", "2023-12-31", 48773, 2023),
    ("NV", "Revenue", "2022-01-01", "2022-12-31", 46679, 2023),
    ("NV", "Revenue", "2024-01-01", "2024-03-31", 12207, 2024),
    ("NV", "Revenue", "2024-04-01", "2024-06-30", 12104, 2024),
    ("NV", "Revenue", "2024-07-01", "2024-09-30", 11939, 2024),
    ("NV", "Profit", "2024-01-01", "2024-12-31", 8753, 2024),
    ("NV", "Profit", "2023-01-01", "2023-12-31", 11185, 2024),
    ("SK", "Revenue", "2024-01-01", "2024-12-31", 1187, 2024),
    ("SK", "Revenue", "2023-01-01", "2023-12-31", 1102, 2024),
]


def filings_lines(head: str, facts: list[tuple[str, str, str, str, int, int]]) -> list[str]:
    """Turtle lines of a filings graph: ``head``, two companies' annual reports for 2023 and
    2024, and one blank XBRL-like fact a row of ``facts`` (company, concept, period start,
    period end, figure in millions, report year); also the graph of
    ``tests/test_record_figures.py``."""
    lines = [head]
    for co in ("NV", "SK"):
        for year in (2023, 2024):
            lines.append(
                f'ex:{co}-{year} rdfs:label "{co} Annual Report {year}" ; ex:filer ex:{co} ; '
                f'ex:fiscalYear "{year}"^^xsd:gYear .'
            )
    for co, concept, start, end, figure, report in facts:
        lines.append(
            f"[] a ex:Fact ; ex:entity ex:{co} ; "
            f"ex:concept ex:{concept} ; ex:value {figure}000000 ; ex:unit ex:NOK ; "
            f"ex:reportedIn ex:{co}-{report} ; "
            f'ex:period [ ex:startDate "{start}"^^xsd:date ; ex:endDate "{end}"^^xsd:date ] .'
        )
    return lines


def _filings(tmp_path: Path) -> Path:
    path = tmp_path / "filings.ttl"
    path.write_text("\n".join(filings_lines(HEAD, FACTS)) + "\n", encoding="utf-8")
    return path


def test_a_year_figure_is_the_record_dated_that_year_not_a_quarter_of_it(
    tmp_path: Path,
) -> None:
    """The 2024 revenue is the fact whose period is 2024, not the 2023 figure restated in the
    report named "... 2024", nor a quarter's figure of 2024."""
    kg = KnowledgeGraph.load(_filings(tmp_path))
    retriever = make_retriever(kg)
    for question in ("How much revenue did Nordvik Energi make in 2024?",):
        top = retriever.retrieve(question).candidates[0]
        assert top.label == "48213000000", (question, top.label)


def test_a_dated_record_meets_a_year_by_its_dates_not_by_a_neighbours_name() -> None:
    """A record that dates itself is of its dates' years: one restated in a report named by
    another year meets that year no more; the record of the year is raised alone."""
    kg = KG.from_triples(
        [
            ("f1", "entity", "NV"),
            ("f1", "period", "p1"),
            ("p1", "end", '"2024-12-31"'),
            ("f1", "reported in", "Report 2024"),
            ("f1", "value", '"100"'),
            ("f2", "entity", "NV"),
            ("f2", "period", "p2"),
            ("p2", "end", '"2023-12-31"'),
            ("f2", "reported in", "Report 2024"),
            ("f2", "value", '"90"'),
        ]
    )
    said = [Mention("Nordvik", 0, 1, "NV", 1.0), Mention("2024", 2, 3, "2024", 1.0)]

    def walk(fact: str, value: str) -> Walk:
        pattern = (("entity", False), ("value", True))
        return Walk("NV", pattern, ("NV", fact, value), (), 0.0)  # type: ignore[arg-type]

    figures = [
        Candidate('"90"', "90", 1.0, [walk("f2", '"90"')]),
        Candidate('"100"', "100", 1.0, [walk("f1", '"100"')]),
    ]
    ranked = met_at_junctions(
        SimpleNamespace(
            kg=kg, edges=kg.neighbors, anonymous=lambda n: n[0] in "fp" and n[1:].isdigit()
        ),
        figures,
        said,
        1.0,
    )
    assert [(c.label, round(c.score)) for c in ranked] == [("100", 3), ("90", 1)]
