"""A figure asked by the concept its record states, on a tiny XBRL-like graph.

A regulator's open data states each reported figure as an unnamed fact record: the concept
(a taxonomy term, "Revenue"), the company, the filing it was reported in and the value. The
filings are named things the company and the fiscal year both reach in one hop.

- "revenue of Borealis Group in 2024" names the concept where the question says what it asks:
  such a value is walked one hop only (it says what the answer is), but its hop into the fact
  record is no hop of the relation asked: the record is a junction, and the value one hop
  past it is reached from the concept too, so the figure is reached from all three names, and
  its walk from the concept says what it is (the start abstained on it; in the filings graph,
  with more records, it had ranked the year's filings first, the only joint answers left).
- "What was Acme Corp's operating profit for 2024?" names no concept: the record whose
  concept's name says both words ("Profit (loss) from *operating* activities") is read as the
  question's, not the one saying "profit" alone ("Profit (loss)"): the ranking reads a
  qualifier by the words of its name, as the confidence does.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

FILINGS = """
@prefix f: <http://filings.example/def/> .
@prefix c: <http://filings.example/concept/> .
@prefix id: <http://filings.example/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
f:Company rdfs:label "Company"@en .
f:Filing rdfs:label "Filing"@en .
f:Fact rdfs:label "Fact"@en .
f:Concept rdfs:label "Concept"@en .
c:Revenue a f:Concept ; rdfs:label "Revenue"@en .
c:Assets a f:Concept ; rdfs:label "Assets"@en .
c:ProfitLoss a f:Concept ; rdfs:label "Profit (loss)"@en .
c:OperatingProfit a f:Concept ; rdfs:label "Profit (loss) from operating activities"@en .
id:acme a f:Company ; rdfs:label "Acme Corp" .
id:borealis a f:Company ; rdfs:label "Borealis Group" .
"""

FIGURES = {  # company: {year: {concept: value}}
    "acme": {
        2023: {"Revenue": 910, "Assets": 5100, "ProfitLoss": 71, "OperatingProfit": 93},
        2024: {"Revenue": 990, "Assets": 5300, "ProfitLoss": 77, "OperatingProfit": 98},
    },
    "borealis": {
        2023: {"Revenue": 2410, "Assets": 8800, "ProfitLoss": 131, "OperatingProfit": 167},
        2024: {"Revenue": 2520, "Assets": 9100, "ProfitLoss": 142, "OperatingProfit": 181},
    },
}


def _turtle() -> str:
    rows = [FILINGS]
    for company, years in FIGURES.items():
        for year, figures in years.items():
            filing = f"id:{company}-{year}"
            title = f"{company.title()} annual report {year}"
            rows.append(
                f'{filing} a f:Filing ; rdfs:label "{title}" ; f:filer id:{company} ; '
                f'f:fiscalYear "{year}"^^xsd:gYear .'
            )
            for concept, value in figures.items():
                rows.append(
                    f"[] a f:Fact ; f:concept c:{concept} ; f:entity id:{company} ; "
                    f'f:reportedIn {filing} ; f:value "{value}"^^xsd:decimal .'
                )
    return "\n".join(rows)


def _retriever(tmp_path):
    path = tmp_path / "filings.ttl"
    path.write_text(_turtle(), encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path))


def test_a_concept_said_as_the_type_reaches_the_figure_past_its_record(tmp_path):
    got = _retriever(tmp_path).retrieve("revenue of Borealis Group in 2024")
    assert got.candidates[0].label == "2520"
    assert not got.abstained  # (its walk from the concept says what it is)


def test_a_record_is_read_by_the_words_of_its_concepts_name(tmp_path):
    got = _retriever(tmp_path).retrieve("What was Acme Corp's operating profit for 2024?")
    assert got.candidates[0].label == "98"


SEGMENTS = """
@prefix f: <http://figures.example/def/> .
@prefix c: <http://figures.example/concept/> .
@prefix id: <http://figures.example/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
c:Revenue rdfs:label "Revenue"@en .
c:Assets rdfs:label "Assets"@en .
id:acme rdfs:label "Acme Corp" .
id:wind rdfs:label "Offshore wind" .
id:hydro rdfs:label "Hydropower" .
[] f:concept c:Revenue ; f:entity id:acme ; f:period "2023"^^xsd:gYear ; f:value 910 .
[] f:concept c:Revenue ; f:entity id:acme ; f:period "2024"^^xsd:gYear ; f:value 990 .
[] f:concept c:Revenue ; f:entity id:acme ; f:period "2024"^^xsd:gYear ; f:value 410 ;
  f:dimension [ f:member id:wind ] .
[] f:concept c:Revenue ; f:entity id:acme ; f:period "2024"^^xsd:gYear ; f:value 580 ;
  f:dimension [ f:member id:hydro ] .
[] f:concept c:Revenue ; f:entity id:acme ; f:period "2023"^^xsd:gYear ; f:value 390 ;
  f:dimension [ f:member id:wind ] .
[] f:concept c:Assets ; f:entity id:acme ; f:period "2024"^^xsd:gYear ; f:value 5300 .
"""


def test_a_preposition_heading_the_year_asks_no_relation(tmp_path):
    """ "Acme Corp offshore wind revenue in 2024": every word but "in" names the company, the
    segment, the concept and the year, whose walks meet at the segment's figure; the "in" heads
    the year, says when as the year does, and no walk's relation need say it (none does here:
    ``period``, ``value``). The start judged the figure by the "in" alone and abstained."""
    path = tmp_path / "segments.ttl"
    path.write_text(SEGMENTS, encoding="utf-8")
    got = make_retriever(KnowledgeGraph.load(path)).retrieve(
        "Acme Corp offshore wind revenue in 2024"
    )
    assert got.candidates[0].label == "410"
    assert not got.abstained
