# ruff: noqa: E501  (one question a line)
"""Gold answers of ``cube.jsonl``, computed with rdflib SPARQL over ``cube.ttl`` (never with kgchat).

Each question is paired with the query whose result is its answer list. A figure asked without
a sex or an age is the published headline: both sexes (``sdmx-code:sex-T``), ages 15-74 for the
unemployment rate, all ages (``TOTAL``) for the population. Areas, units and codes answer by
their English ``skos:prefLabel`` (the national one where there is no English). Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/cube_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

from _answers_common import write_answers
from rdflib import Graph

HERE = Path(__file__).parent
PRE = """PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
PREFIX sdmx-code: <http://purl.org/linked-data/sdmx/2009/code#>
PREFIX property: <http://eurostat.linked-statistics.org/property#>
PREFIX age: <http://eurostat.linked-statistics.org/dic/age#>
PREFIX data: <http://eurostat.linked-statistics.org/data/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX sr: <http://data.ordnancesurvey.co.uk/ontology/spatialrelations/>
"""


def area(name: str) -> str:
    """?a: the area with ``name`` as its English prefLabel, finest level first (NUTS 2 over 1)."""
    return f'?a skos:prefLabel "{name}"@en ; skos:notation ?code . FILTER(STRLEN(?code) != 3)'


def en(var: str) -> str:
    return f'?{var} skos:prefLabel ?v . FILTER(LANG(?v) = "en")'


def rate(name: str, year: int, sex: str = "T", age: str = "Y15-74") -> str:
    return (
        f"SELECT ?v WHERE {{ {area(name)} ?o qb:dataSet data:lfst_r_lfu3rt ; sdmx-dimension:refArea ?a ; "
        f"sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/year/{year}> ; "
        f"sdmx-dimension:sex sdmx-code:sex-{sex} ; property:age age:{age} ; property:unemploymentRate ?v }}"
    )


def pop(name: str, year: int, sex: str = "T", age: str = "TOTAL") -> str:
    return (
        f"SELECT ?v WHERE {{ {area(name)} ?o qb:dataSet data:demo_r_pjangroup ; sdmx-dimension:refArea ?a ; "
        f'sdmx-dimension:refPeriod "{year}"^^xsd:gYear ; '
        f"sdmx-dimension:sex sdmx-code:sex-{sex} ; property:age age:{age} ; property:population ?v }}"
    )


def status(name: str, year: int, measure: str, ds: str, sex: str, age: str) -> str:
    period = (
        f"<http://reference.data.gov.uk/id/year/{year}>"
        if ds == "lfst_r_lfu3rt"
        else f'"{year}"^^xsd:gYear'
    )
    return (
        f"SELECT ?v WHERE {{ {area(name)} ?o qb:dataSet data:{ds} ; sdmx-dimension:refArea ?a ; "
        f"sdmx-dimension:refPeriod {period} ; sdmx-dimension:sex sdmx-code:sex-{sex} ; "
        f"property:age age:{age} ; sdmx-attribute:obsStatus ?s . {en('s')} }}"
    )


def members(name: str) -> str:
    return f'SELECT ?v WHERE {{ ?p skos:prefLabel ?n . FILTER(STR(?n) = "{name}") ?r skos:broader ?p . {en("r")} }}'


def broader(name: str) -> str:
    return f"SELECT ?v WHERE {{ {area(name)} ?a skos:broader ?p . {en('p')} }}"


def country(name: str) -> str:
    return f"SELECT ?v WHERE {{ {area(name)} ?a sr:within ?c . {en('c')} }}"


def dataset_of(measure: str) -> str:
    return (
        f"SELECT ?v WHERE {{ ?d qb:structure ?s . ?s qb:component ?c . ?c qb:measure property:{measure} . "
        f'?d dct:title ?v . FILTER(LANG(?v) = "en") }}'
    )


UNIT_OF_DATASET = (
    "SELECT ?v WHERE { data:lfst_r_lfu3rt sdmx-attribute:unitMeasure ?u . ?u skos:prefLabel ?v . "
    'FILTER(LANG(?v) = "en") }'
)
UNIT_OF_POPULATION = (
    "SELECT DISTINCT ?v WHERE { ?o qb:dataSet data:demo_r_pjangroup ; sdmx-attribute:unitMeasure ?u . "
    '?u skos:prefLabel ?v . FILTER(LANG(?v) = "en") }'
)
DIMENSIONS = (
    "SELECT ?v WHERE { data:lfst_r_lfu3rt qb:structure ?s . ?s qb:component ?c . ?c qb:dimension ?d . "
    "?d rdfs:label ?v }"
)
QUESTIONS: list[tuple[str, str, str | None]] = [
    (
        "What was the unemployment rate in Andalusia in 2019?",
        "conjunction",
        rate("Andalusia", 2019),
    ),
    ("unemployment rate Catalonia 2021", "conjunction", rate("Catalonia", 2021)),
    (
        "What was the female unemployment rate in the Basque Country in 2020?",
        "conjunction",
        rate("Basque Country", 2020, "F"),
    ),
    (
        "How high was youth unemployment in Extremadura in 2022?",
        "synonym",
        rate("Extremadura", 2022, "T", "Y15-24"),
    ),
    (
        "What was the jobless rate in the Canary Islands in 2018?",
        "synonym",
        rate("Canary Islands", 2018),
    ),
    ("How many people lived in Galicia in 2021?", "synonym", pop("Galicia", 2021)),
    (
        "What was the population of the Community of Madrid in 2020?",
        "conjunction",
        pop("Community of Madrid", 2020),
    ),
    ("population of Spain in 2022", "conjunction", pop("Spain", 2022)),
    ("How many women lived in Aragon in 2019?", "conjunction", pop("Aragon", 2019, "F")),
    (
        "How many people aged 65 or over lived in Asturias in 2023?",
        "conjunction",
        pop("Asturias", 2023, "T", "Y_GE65"),
    ),
    (
        "How many children under 15 were there in Ceuta in 2020?",
        "synonym",
        pop("Ceuta", 2020, "T", "Y_LT15"),
    ),
    ("What was Portugal's unemployment rate in 2020?", "conjunction", rate("Portugal", 2020)),
    (
        "male unemployment rate in the Lisbon Metropolitan Area in 2017",
        "conjunction",
        rate("Lisbon Metropolitan Area", 2017, "M"),
    ),
    ("What was the unemployment rate in Andalucía in 2016?", "alias", rate("Andalusia", 2016)),
    ("unemployment rate in Catalunya 2022", "alias", rate("Catalonia", 2022)),
    ("population of Euskadi in 2023", "alias", pop("Basque Country", 2023)),
    ("How many inhabitants did the Açores have in 2021?", "alias", pop("Azores", 2021)),
    ("What was the unemployment rate in Extremedura in 2020?", "typo", rate("Extremadura", 2020)),
    ("What was the population of Cantabira in 2022?", "typo", pop("Cantabria", 2022)),
    ("unemployment in Castila-La Mancha in 2019", "typo", rate("Castilla-La Mancha", 2019)),
    (
        "How many people lived in the Balearic Isles in 2019?",
        "alias",
        pop("Balearic Islands", 2019),
    ),
    ("Which regions belong to Noreste?", "inverse", members("Noreste")),
    ("Which NUTS 2 regions make up the South of Spain (Sur)?", "inverse", members("Sur")),
    ("Which regions are part of Mainland Portugal?", "inverse", members("Mainland Portugal")),
    ("Which NUTS 1 region is the Region of Murcia in?", "1hop", broader("Region of Murcia")),
    ("What is the broader region of Galicia?", "1hop", broader("Galicia")),
    ("What country is the Algarve in?", "1hop", country("Algarve")),
    ("Which country does Melilla belong to?", "1hop", country("Melilla")),
    ("Which country is Castile and León part of?", "1hop", country("Castile and León")),
    (
        "What is the NUTS code of Andalusia?",
        "literal",
        'SELECT ?v WHERE { ?a skos:prefLabel "Andalusia"@en ; skos:notation ?v }',
    ),
    (
        "Which region has the NUTS code ES24?",
        "inverse",
        'SELECT ?v WHERE { ?a skos:notation "ES24" . ' + en("a") + " }",
    ),
    (
        "What is the Basque name of the Basque Country?",
        "literal",
        'SELECT ?v WHERE { ?a skos:prefLabel "Basque Country"@en ; skos:prefLabel ?v . FILTER(LANG(?v) = "eu") }',
    ),
    (
        "What is Comunidad Foral de Navarra called in English?",
        "alias",
        'SELECT ?v WHERE { ?a skos:prefLabel "Comunidad Foral de Navarra"@es . ' + en("a") + " }",
    ),
    ("What unit is the population measured in?", "2hop", UNIT_OF_POPULATION),
    ("In what unit is the unemployment rate given?", "2hop", UNIT_OF_DATASET),
    (
        "Who publishes the regional unemployment statistics?",
        "1hop",
        "SELECT ?v WHERE { data:lfst_r_lfu3rt dct:publisher ?p . " + en("p") + " }",
    ),
    (
        "When was the population dataset last updated?",
        "literal",
        "SELECT ?v WHERE { data:demo_r_pjangroup dct:modified ?v }",
    ),
    ("What are the dimensions of the unemployment dataset?", "3hop", DIMENSIONS),
    (
        "What is the code for female in the sex code list?",
        "literal",
        'SELECT ?v WHERE { ?c skos:prefLabel "Female"@en ; skos:notation ?v }',
    ),
    (
        "What is the observation status of Ceuta's female unemployment rate in 2021?",
        "conjunction",
        status("Ceuta", 2021, "unemploymentRate", "lfst_r_lfu3rt", "F", "Y15-74"),
    ),
    (
        "Is the 2023 population figure for Andalusia provisional or final?",
        "conjunction",
        status("Andalusia", 2023, "population", "demo_r_pjangroup", "T", "TOTAL"),
    ),
    (
        "Which code list does the age dimension use?",
        "1hop",
        "SELECT ?v WHERE { property:age qb:codeList ?l . " + en("l") + " }",
    ),
    (
        "What is the German label of the age group 65 years or over?",
        "literal",
        'SELECT ?v WHERE { ?c skos:prefLabel "65 years or over"@en ; skos:prefLabel ?v . FILTER(LANG(?v) = "de") }',
    ),
    ("Which dataset has the population figures?", "inverse", dataset_of("population")),
    (
        "What is the identifier of the unemployment rates dataset?",
        "literal",
        "SELECT ?v WHERE { ?d qb:structure ?s ; dct:identifier ?v . ?s qb:component ?c . ?c qb:measure property:unemploymentRate }",
    ),
    ("What was the unemployment rate in Andalusia in 2010?", "unanswerable", None),
    ("What was the GDP of the Community of Madrid in 2019?", "unanswerable", None),
    ("What was the employment rate in Galicia in 2020?", "unanswerable", None),
    ("What was the unemployment rate in Bavaria in 2019?", "unanswerable", None),
    ("How many people lived in Catalonia in 2015?", "unanswerable", None),
    ("What was the average age of the population of Aragon in 2021?", "unanswerable", None),
]


def main() -> None:
    g = Graph().parse(HERE / "cube.ttl")
    write_answers(
        HERE / "cube.jsonl", QUESTIONS, lambda sparql: {str(r[0]) for r in g.query(PRE + sparql)}
    )


if __name__ == "__main__":
    main()
