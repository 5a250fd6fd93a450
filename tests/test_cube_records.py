"""Statistical observations as n-ary records (:mod:`kgchat.graph.junctions`,
:mod:`kgchat.retrieval.junction_constraints`): a tiny W3C Data Cube whose ``qb:Observation`` s
outnumber the named areas and codes, each joining an area, a year and a sex to its figure.
Real parsing, the bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import RetrieverConfig

HEAD = """\
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix dim: <http://purl.org/linked-data/sdmx/2009/dimension#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://stats.example/> .

ex:rate rdfs:label "unemployment rate"@en .
dim:refArea rdfs:label "reference area"@en .
dim:refPeriod rdfs:label "reference period"@en .
dim:sex rdfs:label "sex"@en .
ex:AN a skos:Concept ; skos:prefLabel "Andalusia"@en .
ex:GA a skos:Concept ; skos:prefLabel "Galicia"@en .
ex:MU a skos:Concept ; skos:prefLabel "Murcia"@en .
ex:CA a skos:Concept ; skos:prefLabel "Cantabria"@en .
ex:AR a skos:Concept ; skos:prefLabel "Aragon"@en .
ex:F a skos:Concept ; skos:prefLabel "Female"@en .
ex:M a skos:Concept ; skos:prefLabel "Male"@en .
"""
# (area, year, sex, figure): the records outnumber the named things, a year has more of them
# than an area, and figures are shared between records, as published figures are
YEARS = range(2017, 2020)
NAMES = {"AN": "Andalusia", "GA": "Galicia", "MU": "Murcia", "CA": "Cantabria", "AR": "Aragon"}
RECORDS = [
    (area, year, sex, f"{10 + (3 * i + 7 * j + year) % 5}.{(year + i + j) % 2}")
    for i, area in enumerate(NAMES)
    for year in YEARS
    for j, sex in enumerate(("F", "M"))
]


def _cube(period: str) -> str:
    lines = [HEAD]
    for area, year, sex, figure in RECORDS:
        when = (
            f"<http://reference.data.gov.uk/id/year/{year}>"
            if period == "iri"
            else (f'"{year}"^^xsd:gYear')
        )
        lines.append(
            f"<http://stats.example/obs/{year}/{area}/{sex}> a qb:Observation ; "
            f"dim:refArea ex:{area} ; dim:refPeriod {when} ; dim:sex ex:{sex} ; "
            f"ex:rate {figure} ."
        )
    return "\n".join(lines) + "\n"


def _retriever(tmp_path: Path, period: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "cube.ttl"
    path.write_text(_cube(period), encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    # a year's records are cut from its walk, as a real cube's thousands are (max_fanout 300)
    config = RetrieverConfig(max_fanout=8)
    return kg, make_retriever(kg, index_dir=None, scorer=None, config=config)


def test_observations_are_unnamed_records(tmp_path: Path) -> None:
    """Observations outnumber the named things, none named: records walked through, not
    answers named by the last segment of their IRI ("F", "M"), as they had been."""
    kg, _ = _retriever(tmp_path, "iri")
    assert kg.label("http://stats.example/obs/2019/AN/F").startswith("(anonymous")
    assert kg.label("http://stats.example/AN") == "Andalusia"


def test_the_record_the_question_names(tmp_path: Path) -> None:
    """Area, year and sex named: the figure of the one record joined to all three, whether
    the year is a node (a reference.data.gov.uk interval) or a value (``xsd:gYear``). The
    walk from Andalusia reaches every figure of it alike, and a figure shared with another
    area's record of that year is reached jointly from the year through that record."""
    for period in ("iri", "gyear"):
        _, r = _retriever(tmp_path, period)
        for area, year, sex, figure in RECORDS:
            name = NAMES[area]
            said = {"F": "female", "M": "male"}[sex]
            q = f"What was the {said} unemployment rate in {name} in {year}?"
            assert r.retrieve(q).answer == figure, (period, q)


def test_no_figure_of_another_year(tmp_path: Path) -> None:
    """Asked of a year no record is of, a figure of another year is no answer."""
    _, r = _retriever(tmp_path, "iri")
    res = r.retrieve("What was the female unemployment rate in Andalusia in 2010?")
    assert res.answer is None or res.abstained
    assert not {c.label for c in res.candidates} & {figure for *_, figure in RECORDS}


def test_a_figure_said_without_a_breakdown_is_the_total(tmp_path: Path) -> None:
    """Records by sex, each area and year also of both sexes (SDMX's ``T``, "Total"): asked
    without a sex, the figures of one area and year meet the same spans and tie; the one at
    the sex code list's total is the headline figure asked, whatever its value sorts as."""
    lines = [HEAD, 'ex:T a skos:Concept ; skos:prefLabel "Total"@en ; skos:notation "T" .']
    figures = {}
    for i, area in enumerate(NAMES):
        for year in YEARS:
            for j, sex in enumerate(("F", "M", "T")):
                figure = f"{20 + 3 * i + year % 7 + (0, 4, 2)[j]}.{(7 * i + j + year) % 10}"
                figures[(area, year, sex)] = figure
                lines.append(
                    f"<http://stats.example/obs/{year}/{area}/{sex}> a qb:Observation ; "
                    f"dim:refArea ex:{area} ; "
                    f"dim:refPeriod <http://reference.data.gov.uk/id/year/{year}> ; "
                    f"dim:sex ex:{sex} ; ex:rate {figure} ."
                )
    path = tmp_path / "cube.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    # an area's nine records are walked, a year's fifteen cut
    config = RetrieverConfig(max_fanout=10)
    r = make_retriever(kg, index_dir=None, scorer=None, config=config)
    for area, name in NAMES.items():
        for year in YEARS:
            q = f"What was the unemployment rate in {name} in {year}?"
            assert r.retrieve(q).answer == figures[(area, year, "T")], q
        q = f"What was the female unemployment rate in {name} in 2019?"
        assert r.retrieve(q).answer == figures[(area, 2019, "F")], q
