# ruff: noqa: E501  (one question a line)
"""Gold answers of ``powerplants.jsonl`` (and, with ``--conversations``, the powerplants lines of
``conversations_blind47.jsonl``), computed with rdflib SPARQL over ``powerplants.ttl`` (never
with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("2580.0", "1995", "GBR0000174"); an entity with every name it carries: its
``rdfs:label`` (any language), ``skos:prefLabel`` / ``skos:altLabel``, ``schema:name`` /
``schema:legalName`` / ``schema:alternateName``, a data set its ``dcterms:title``, and a plant
the registry knows only by identifier its ``dcterms:identifier``. In a query ``{Name}`` stands for
the one node so named. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/powerplants_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import DCTERMS, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, names_under, print_conversations, write_answers

HERE = Path(__file__).parent
SCHEMA = Namespace("https://schema.org/")
PRE = """PREFIX ppd: <https://data.powerplants.example.eu/def/ppd#>
PREFIX fuel: <https://data.powerplants.example.eu/id/fuel/>
PREFIX tech: <https://data.powerplants.example.eu/id/technology/>
PREFIX status: <https://data.powerplants.example.eu/id/status/>
PREFIX place: <https://data.powerplants.example.eu/id/place/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
OWNERS = "ppd:ownership/ppd:owner"
UNIT_CAP = "?u dcterms:isPartOf ?p ; ppd:netCapacity/qudt:numericValue ?x"


def gen(plant: str, year: int, prop: str = "ppd:netGenerationGWh") -> str:
    return f'SELECT ?x WHERE {{ ?r ppd:ofPlant {{{plant}}} ; ppd:reportingYear "{year}"^^xsd:gYear ; {prop} ?x }}'


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop out of a plant
    ("who operates Drax?", "1hop", "SELECT ?x WHERE { {Drax Power Station} ppd:operator ?x }"),
    (
        "What fuel does Cordemais burn?",
        "1hop",
        "SELECT ?x WHERE { {Cordemais Power Station} ppd:primaryFuel|ppd:otherFuel ?x }",
    ),
    (
        "Which country is the Temelin nuclear plant in?",
        "1hop",
        "SELECT ?x WHERE { {Temelín Nuclear Power Station} ppd:country ?x }",
    ),
    (
        "When was Sizewell B commissioned?",
        "literal",
        "SELECT ?x WHERE { {Sizewell B nuclear power station} ppd:commissioningYear ?x }",
    ),
    (
        "What's the status of Ratcliffe-on-Soar power station?",
        "1hop",
        "SELECT ?x WHERE { {Ratcliffe-on-Soar Power Station} ppd:status ?x }",
    ),
    (
        "When did Fessenheim shut down?",
        "literal",
        "SELECT ?x WHERE { {Fessenheim Nuclear Power Plant} ppd:decommissioningYear ?x }",
    ),
    (
        "What are the coordinates of the Opole power station?",
        "literal",
        "SELECT ?x WHERE { {Opole Power Station} geo:lat|geo:long ?x }",
    ),
    (
        "What is the GPPD id of Gravelines?",
        "literal",
        "SELECT ?x WHERE { {Gravelines Nuclear Power Station} dcterms:identifier ?x }",
    ),
    (
        "which region is Bełchatów in",
        "1hop",
        "SELECT ?x WHERE { {Bełchatów Power Station} schema:containedInPlace ?x }",
    ),
    ("how big is Drax?", "literal", "SELECT ?x WHERE { {Drax Power Station} ppd:capacityMW ?x }"),
    (
        "How many MW is the Hornsea One wind farm?",
        "literal",
        "SELECT ?x WHERE { {Hornsea One} ppd:capacityMW ?x }",
    ),
    (
        "What's the capacity of Neurath block F?",
        "literal",
        "SELECT ?x WHERE { {Kraftwerk Neurath Block F} ppd:netCapacity/qudt:numericValue ?x }",
    ),
    # n-ary records
    (
        "Who is the transmission operator for Forsmark?",
        "2hop",
        "SELECT ?x WHERE { {Forsmark Nuclear Power Plant} ppd:gridConnection/ppd:transmissionOperator ?x }",
    ),
    (
        "What voltage is Pembroke connected to the grid at?",
        "literal",
        "SELECT ?x WHERE { {Pembroke Power Station} ppd:gridConnection/ppd:voltageKV ?x }",
    ),
    (
        "who owns the Belchatow plant?",
        "typo",
        f"SELECT ?x WHERE {{ {{Bełchatów Power Station}} {OWNERS} ?x }}",
    ),
    (
        "Who are the owners of Almaraz?",
        "list",
        f"SELECT ?x WHERE {{ {{Almaraz Nuclear Power Plant}} {OWNERS} ?x }}",
    ),
    (
        "What share of Hinkley Point C does CGN own?",
        "conjunction",
        "SELECT ?x WHERE { {Hinkley Point C nuclear power station} ppd:ownership ?s . ?s ppd:owner {China General Nuclear Power Group} ; ppd:sharePercent ?x }",
    ),
    (
        "Since when has Uniper held a stake in Forsmark?",
        "conjunction",
        "SELECT ?x WHERE { {Forsmark Nuclear Power Plant} ppd:ownership ?s . ?s ppd:owner {Uniper} ; ppd:since ?x }",
    ),
    (
        "How much electricity did Drax generate in 2019?",
        "conjunction",
        gen("Drax Power Station", 2019),
    ),
    (
        "How many tonnes of CO2 did Bełchatów emit in 2020?",
        "conjunction",
        gen("Bełchatów Power Station", 2020, "ppd:co2Tonnes"),
    ),
    (
        "Is Sizewell B's 2020 generation figure estimated or reported?",
        "conjunction",
        gen("Sizewell B nuclear power station", 2020, "ppd:dataQuality"),
    ),
    (
        "net generation of Temelín in 2021 in GWh",
        "conjunction",
        gen("Temelín Nuclear Power Station", 2021),
    ),
    # data sets and licences
    (
        "Which licence is the Global Power Plant Database published under?",
        "1hop",
        "SELECT ?x WHERE { {Global Power Plant Database v1.3.0} dcterms:license ?x }",
    ),
    (
        "Where does the data on Gravelines come from?",
        "1hop",
        "SELECT ?x WHERE { {Gravelines Nuclear Power Station} dcterms:source ?x }",
    ),
    (
        "Under what licence is the data about Neurath?",
        "2hop",
        "SELECT ?x WHERE { {Neurath Power Station} dcterms:source/dcterms:license ?x }",
    ),
    # inverse
    (
        "Which plants does ZE PAK operate?",
        "inverse",
        "SELECT ?x WHERE { ?x ppd:operator {ZE PAK} }",
    ),
    ("Which power stations does ČEZ own?", "inverse", f"SELECT ?x WHERE {{ ?x {OWNERS} {{ČEZ}} }}"),
    (
        "What plants are connected to Amprion's grid?",
        "inverse",
        "SELECT ?x WHERE { ?x ppd:gridConnection/ppd:transmissionOperator {Amprion} }",
    ),
    (
        "Which power plants are in Extremadura?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:containedInPlace {Extremadura} }",
    ),
    (
        "What units does Dukovany have?",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:isPartOf {Dukovany Nuclear Power Station} }",
    ),
    (
        "Which hydro plants are in the registry?",
        "list",
        "SELECT ?x WHERE { ?x ppd:primaryFuel/skos:broader* fuel:hydro }",
    ),
    # two and three hops
    (
        "Which company is the parent of the operator of Bełchatów?",
        "2hop",
        "SELECT ?x WHERE { {Bełchatów Power Station} ppd:operator/schema:parentOrganization ?x }",
    ),
    (
        "What country are the owners of Hornsea One based in?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Hornsea One}} {OWNERS}/schema:addressCountry ?x }}",
    ),
    (
        "What fuel do the plants operated by Vattenfall use?",
        "2hop",
        "SELECT ?x WHERE { ?p ppd:operator {Vattenfall} ; ppd:primaryFuel|ppd:otherFuel ?x }",
    ),
    (
        "What reactor types are used at Olkiluoto?",
        "2hop",
        "SELECT ?x WHERE { ?u dcterms:isPartOf {Olkiluoto Nuclear Power Plant} ; ppd:technology ?x }",
    ),
    (
        "How big is Neurath power station?",
        "2hop",
        "SELECT ?x WHERE { BIND({Neurath Power Station} AS ?p) " + UNIT_CAP + " }",
    ),
    (
        "Which country is the parent company of Dinorwig's operator from?",
        "3hop",
        "SELECT ?x WHERE { {Dinorwig Power Station} ppd:operator/schema:parentOrganization/schema:addressCountry ?x }",
    ),
    (
        "Who publishes the dataset that Bełchatów's emissions figures come from?",
        "3hop",
        "SELECT DISTINCT ?x WHERE { ?r ppd:ofPlant {Bełchatów Power Station} ; ppd:co2Tonnes ?t ; dcterms:source/dcterms:publisher ?x }",
    ),
    (
        "In which countries does RWE own power plants?",
        "3hop",
        f"SELECT DISTINCT ?x WHERE {{ ?p {OWNERS} {{RWE}} ; ppd:country ?x }}",
    ),
    # conjunctions
    (
        "which coal plants in Poland retired after 2015?",
        "conjunction",
        "SELECT ?x WHERE { ?x ppd:primaryFuel/skos:broader* fuel:coal ; ppd:country place:pl ; ppd:status status:retired ; ppd:decommissioningYear ?y FILTER(xsd:integer(STR(?y)) > 2015) }",
    ),
    (
        "Which German nuclear plants have been shut down?",
        "conjunction",
        "SELECT ?x WHERE { ?x ppd:primaryFuel fuel:nuclear ; ppd:country place:de ; ppd:status status:retired }",
    ),
    (
        "which company operates the most nuclear capacity?",
        "conjunction",
        "SELECT ?x WHERE { ?p ppd:primaryFuel fuel:nuclear ; ppd:status status:operating ; ppd:operator ?x ; ppd:capacityMW ?c } GROUP BY ?x ORDER BY DESC(SUM(?c)) LIMIT 1",
    ),
    (
        "Which plant did EDF and EnBW own together?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {OWNERS} {{EDF}}, {{EnBW}} }}",
    ),
    (
        "Which plants commissioned before 1970 are still running?",
        "conjunction",
        "SELECT ?x WHERE { ?x ppd:commissioningYear ?y ; ppd:status status:operating FILTER(xsd:integer(STR(?y)) < 1970) }",
    ),
    # other words for the relation or the value
    (
        "Which power stations run on brown coal?",
        "synonym",
        "SELECT ?x WHERE { ?x ppd:primaryFuel|ppd:otherFuel fuel:lignite }",
    ),
    (
        "Who runs Sizewell B?",
        "synonym",
        "SELECT ?x WHERE { {Sizewell B nuclear power station} ppd:operator ?x }",
    ),
    (
        "When did Moorburg go online?",
        "synonym",
        "SELECT ?x WHERE { {Moorburg Power Station} ppd:commissioningYear ?x }",
    ),
    (
        "How much power can Dinorwig produce?",
        "synonym",
        "SELECT ?x WHERE { {Dinorwig Power Station} ppd:capacityMW ?x }",
    ),
    (
        "Who has a stake in Borssele?",
        "synonym",
        f"SELECT ?x WHERE {{ {{Borssele Nuclear Power Station}} {OWNERS} ?x }}",
    ),
    # other names of the subject
    (
        "Who owns Electric Mountain?",
        "alias",
        f"SELECT ?x WHERE {{ {{Dinorwig Power Station}} {OWNERS} ?x }}",
    ),
    (
        "When was Solar Tres commissioned?",
        "alias",
        "SELECT ?x WHERE { {Gemasolar Thermosolar Plant} ppd:commissioningYear ?x }",
    ),
    (
        "What is the capacity of Elektrownia Kozienice?",
        "alias",
        "SELECT ?x WHERE { {Kozienice Power Station} ppd:capacityMW ?x }",
    ),
    (
        "In which German state is Kernkraftwerk Gundremmingen?",
        "alias",
        "SELECT ?x WHERE { {Gundremmingen Nuclear Power Plant} schema:containedInPlace ?x }",
    ),
    (
        "When was Isar 2 shut down?",
        "alias",
        "SELECT ?x WHERE { {Kernkraftwerk Isar Block 2} ppd:decommissioningYear ?x }",
    ),
    (
        "Who owns HPC?",
        "alias",
        f"SELECT ?x WHERE {{ {{Hinkley Point C nuclear power station}} {OWNERS} ?x }}",
    ),
    # misspelt
    (
        "what fuel does Gravlines use",
        "typo",
        "SELECT ?x WHERE { {Gravelines Nuclear Power Station} ppd:primaryFuel ?x }",
    ),
    (
        "who operates Kozeinice",
        "typo",
        "SELECT ?x WHERE { {Kozienice Power Station} ppd:operator ?x }",
    ),
    (
        "capacity of forsmak nuclear plant",
        "typo",
        "SELECT ?x WHERE { {Forsmark Nuclear Power Plant} ppd:capacityMW ?x }",
    ),
    (
        "which country is Hellisheidi in",
        "typo",
        "SELECT ?x WHERE { {Hellisheiði Power Station} ppd:country ?x }",
    ),
    (
        "Who owns Neurat power station",
        "typo",
        f"SELECT ?x WHERE {{ {{Neurath Power Station}} {OWNERS} ?x }}",
    ),
    # literals and plants known by identifier only
    (
        "What is the identifier of the Núñez de Balboa solar plant?",
        "literal",
        "SELECT ?x WHERE { {Núñez de Balboa Photovoltaic Plant} dcterms:identifier ?x }",
    ),
    (
        "What is the capacity of plant POL0001442?",
        "literal",
        "SELECT ?x WHERE { {POL0001442} ppd:capacityMW ?x }",
    ),
    (
        "What does the registry say about ESP0000391?",
        "literal",
        "SELECT ?x WHERE { {ESP0000391} rdfs:comment ?x }",
    ),
    # unanswerable: a near relation exists
    ("What were the CO2 emissions of Temelín in 2020?", "unanswerable", None),
    ("How much did Hinkley Point C cost to build?", "unanswerable", None),
    ("How many people work at the Bełchatów power station?", "unanswerable", None),
    ("When is Cordemais scheduled to close?", "unanswerable", None),
    ("What is the ramp rate of Pembroke's gas turbines?", "unanswerable", None),
    ("How much did Drax generate in 2023?", "unanswerable", None),
    ("What is the thermal efficiency of Kozienice unit 11?", "unanswerable", None),
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "powerplants-b47-01",
        [
            (
                "Who operates Temelín?",
                "start",
                "SELECT ?x WHERE { {Temelín Nuclear Power Station} ppd:operator ?x }",
            ),
            (
                "Which country is it headquartered in?",
                "pronoun_answer",
                "SELECT ?x WHERE { {ČEZ} schema:addressCountry ?x }",
            ),
            ("And Fortum?", "and_x", "SELECT ?x WHERE { {Fortum} schema:addressCountry ?x }"),
        ],
    ),
    (
        "powerplants-b47-02",
        [
            (
                "What is the capacity of Sizewell B?",
                "start",
                "SELECT ?x WHERE { {Sizewell B nuclear power station} ppd:capacityMW ?x }",
            ),
            (
                "When was it commissioned?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Sizewell B nuclear power station} ppd:commissioningYear ?x }",
            ),
            (
                "What about Hinkley Point B?",
                "what_about",
                "SELECT ?x WHERE { {Hinkley Point B nuclear power station} ppd:commissioningYear ?x }",
            ),
        ],
    ),
    (
        "powerplants-b47-03",
        [
            (
                "What fuel does Turów burn?",
                "start",
                "SELECT ?x WHERE { {Turów Power Station} ppd:primaryFuel ?x }",
            ),
            (
                "Who operates it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Turów Power Station} ppd:operator ?x }",
            ),
            ("And Adamów?", "and_x", "SELECT ?x WHERE { {Adamów Power Station} ppd:operator ?x }"),
        ],
    ),
]

NAME_PROPS = (
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    SCHEMA.name,
    SCHEMA.legalName,
    SCHEMA.alternateName,
    DCTERMS.title,
)


def main() -> None:
    g = Graph()
    g.parse(HERE / "powerplants.ttl", format="turtle")

    def find(m: re.Match[str]) -> set[object]:
        return {
            s
            for p in (*NAME_PROPS, DCTERMS.identifier)
            for s in g.subjects(p, None)
            if m[1] in {str(o) for o in g.objects(s, p)}
            and (p != DCTERMS.identifier or not any(g.objects(s, RDFS.label)))
        }

    def names(x: object) -> list[str]:
        if not isinstance(x, Literal) and not any(
            True for q in NAME_PROPS for _ in g.objects(x, q)
        ):
            return names_under(g, x, [DCTERMS.identifier])
        return names_under(g, x, NAME_PROPS)

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find, r"\{([^{}?\s][^{}?]*[^{}?\s])\}")):
            out |= set(names(row[0]))
        return out

    if "--conversations" in sys.argv:
        print_conversations("powerplants", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "powerplants.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
