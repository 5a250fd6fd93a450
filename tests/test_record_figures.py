"""A record's figure as the part a question asks (:mod:`kgchat.retrieval.record_figures`): a
tiny XBRL-like filings graph whose facts join a company, a concept, a dated period and the
report they were filed in to a figure (``ex:value``) and its unit. The report, reached from
the company, the concept and the year in one hop each, is no answer to "What was X's revenue
in 2024?"; the figure is. Real parsing, the bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from tests.test_dated_records import filings_lines

HEAD = """\
@prefix ex: <http://filings.example/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:NV rdfs:label "Nordvik Energi" .
ex:SK rdfs:label "Skarv Shipping" .
ex:Revenue rdfs:label "Revenue" .
ex:Profit rdfs:label "Profit (loss)" .
ex:NOK rdfs:label "Norwegian krone" .
ex:Segments rdfs:label "Segments [axis]" .
"""
# (company, concept, period start, period end, figure in millions, report year)
FACTS = [
    ("NV", "Revenue", "2024-01-01", "2024-12-31", 48213, 2024),
    ("NV", "Revenue", "2023-01-01", "2023-12-31", 48773, 2024),  # restated
    ("NV", "Revenue", "2023-01-01", "2023-12-31", 48773, 2023),
    ("NV", "Profit", "2024-01-01", "2024-12-31", 8753, 2024),
    ("NV", "Profit", "2023-01-01", "2023-12-31", 11185, 2023),
    ("SK", "Revenue", "2024-01-01", "2024-12-31", 1187, 2024),
    ("SK", "Revenue", "2023-01-01", "2023-12-31", 1102, 2023),
]


def _filings(tmp_path: Path) -> Path:
    lines = filings_lines(HEAD, FACTS)
    # a segment's revenue: the fact qualified by a dimension node naming its axis and member
    for member, name, figure in (("Offshore", "Offshore wind", 14946), ("Hydro", "Hydro", 22178)):
        lines.append(
            f'ex:{member} rdfs:label "{name} [member]" . '
            "[] a ex:Fact ; ex:entity ex:NV ; ex:concept ex:Revenue ; "
            f"ex:value {figure}000000 ; ex:unit ex:NOK ; ex:reportedIn ex:NV-2024 ; "
            f"ex:dimension [ ex:axis ex:Segments ; ex:member ex:{member} ] ; "
            'ex:period [ ex:startDate "2024-01-01"^^xsd:date ; '
            'ex:endDate "2024-12-31"^^xsd:date ] .'
        )
    path = tmp_path / "filings.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_record_named_by_its_parts_answers_with_its_figure_not_its_report(
    tmp_path: Path,
) -> None:
    """The company, the concept and the year name one fact: its figure is asked, not the
    annual report each of them reaches in one hop (the start's answer), nor its unit, nor a
    segment's figure of the same year (a breakdown the question does not name)."""
    retriever = make_retriever(KnowledgeGraph.load(_filings(tmp_path)))
    for question, figure in (
        ("What was Nordvik Energi's revenue in 2024?", "48213000000"),
        ("Nordvik Energi revenue in 2023", "48773000000"),
    ):
        top = retriever.retrieve(question).candidates[0]
        assert top.label == figure, (question, top.label)


def test_a_question_naming_the_type_it_asks_still_gets_the_report(tmp_path: Path) -> None:
    """ "*Which report* ..." names the type it asks: the report that states the figure."""
    retriever = make_retriever(KnowledgeGraph.load(_filings(tmp_path)))
    top = retriever.retrieve("Which report states Nordvik Energi's 2024 profit?").candidates[0]
    assert top.label == "NV Annual Report 2024"
