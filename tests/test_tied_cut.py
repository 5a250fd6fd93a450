"""Which of many equally scored candidates are handed back on (:func:`kgchat.retrieval.results.
tied_through`): a tiny W3C Data Cube where one area's population figures, of every year, sex
and age, all tie by the area's walk, more of them than the retriever keeps; the year the
question names is held by the figure's own record, which the steps after the cut read. Real
parsing, the bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

HEAD = """\
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix dim: <http://purl.org/linked-data/sdmx/2009/dimension#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://stats.example/> .

ex:population rdfs:label "population"@en .
ex:rate rdfs:label "unemployment rate"@en .
ex:age rdfs:label "age"@en .
dim:refArea rdfs:label "reference area"@en .
dim:refPeriod rdfs:label "reference period"@en .
dim:sex rdfs:label "sex"@en .
ex:GA a skos:Concept ; skos:prefLabel "Galicia"@en .
ex:AR a skos:Concept ; skos:prefLabel "Aragon"@en .
ex:F a skos:Concept ; skos:prefLabel "Female"@en .
ex:M a skos:Concept ; skos:prefLabel "Male"@en .
ex:T a skos:Concept ; skos:prefLabel "Total"@en .
ex:ALL a skos:Concept ; skos:prefLabel "all ages"@en .
ex:Y65 a skos:Concept ; skos:prefLabel "65 or over"@en .
"""
YEARS = range(2014, 2024)


def _cube() -> str:
    """Population figures dated by a year literal; unemployment rates by a year IRI (as
    Eurostat's two datasets are): "2021" names the IRI, which no population record holds."""
    lines = [HEAD]
    for y in YEARS:
        lines.append(f'<http://reference.data.gov.uk/id/year/{y}> rdfs:label "{y}" .')
    for area in ("GA", "AR"):
        for y in YEARS:
            for k, sex in enumerate(("F", "M", "T")):
                for j, age in enumerate(("ALL", "Y65")):
                    # the asked total of 2021 last by name among the tied figures
                    lead = 9 if (y, sex, age) == (2021, "T", "ALL") else 1 + (y + k + j) % 7
                    figure = f"{lead}{y % 100:02d}{k}{j}{len(area)}"
                    lines.append(
                        f"<http://stats.example/pop/{y}/{area}/{sex}/{age}> a qb:Observation ; "
                        f'dim:refArea ex:{area} ; dim:refPeriod "{y}"^^xsd:gYear ; '
                        f"dim:sex ex:{sex} ; ex:age ex:{age} ; ex:population {figure} ."
                    )
                lines.append(
                    f"<http://stats.example/rate/{y}/{area}/{sex}> a qb:Observation ; "
                    f"dim:refArea ex:{area} ; "
                    f"dim:refPeriod <http://reference.data.gov.uk/id/year/{y}> ; "
                    f"dim:sex ex:{sex} ; ex:rate {10 + (y + k) % 9}.{k} ."
                )
    return "\n".join(lines) + "\n"


def test_the_figure_tied_past_the_cut_is_read_for_its_year(tmp_path: Path) -> None:
    """ "How many people lived in Galicia in 2021?": Galicia's sixty population figures tie
    by its walk (the year's walk reaches the rate records only), more than the ranking keeps
    (``max(max_candidates, max_facts)``). Cut there by their names, the total of 2021 was not
    among those handed back, and the year, which its record holds, was read of the others."""
    path = tmp_path / "cube.ttl"
    path.write_text(_cube(), encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path))
    ranked = r.retrieve("How many people lived in Galicia in 2021?").candidates
    first = [c.label for c in ranked if round(c.score, 3) == round(ranked[0].score, 3)]
    assert "921202" in first  # (of the year's figures, which the question asks is a later step)
    assert all(label[1:3] == "21" for label in first)
