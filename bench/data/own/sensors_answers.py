# ruff: noqa: E501  (one question a line)
"""Gold answers of ``sensors.jsonl``, computed with rdflib SPARQL over ``sensors.ttl`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it (``51.5587``, ``2026-11-30T04:00:00Z``); a node with its
``rdfs:label``, ``schema:name`` or ``dcterms:title``; an IRI the file gives no name (a QUDT unit
or quantity kind) with its last segment (``M3-PER-SEC``) and, where that is camel case, its
words (``MassConcentration``, ``mass concentration``), as ``grid_answers.py`` reads enumerations. ``{st:Name}`` in a query stands for
the station named ``Name``; ``HOSTS`` is hosting stated from either side (the air exporter's
``sosa:hosts``, the hydrology exporter's ``sosa:isHostedBy``). A reading is the
``qudt:numericValue`` of an observation's result; "latest" is the one of the greatest
``sosa:resultTime``. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/sensors_answers.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from _answers_common import write_answers
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS

HERE = Path(__file__).parent
PRE = """PREFIX sosa: <http://www.w3.org/ns/sosa/>
PREFIX ssn: <http://www.w3.org/ns/ssn/>
PREFIX ssn-system: <http://www.w3.org/ns/ssn/systems/>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX schema: <http://schema.org/>
PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
BASE = "https://environment.eastbridge.example/id/"
SCHEMA_NAME = URIRef("http://schema.org/name")
HOSTS = "(sosa:hosts|^sosa:isHostedBy)"


def reading(station: str, prop: str, time: str) -> str:
    """The reading of property ``prop`` (its label) at ``station`` at ``time`` (``xsd:dateTime``)."""
    return (
        f"SELECT ?x WHERE {{ {{st:{station}}} {HOSTS} ?s . ?o sosa:madeBySensor ?s ; "
        f"sosa:observedProperty/rdfs:label '{prop}'@en ; sosa:resultTime ?t ; "
        f"sosa:hasResult/qudt:numericValue ?x FILTER(?t = '{time}'^^xsd:dateTime) }}"
    )


def latest(station: str, prop: str) -> str:
    """The latest reading of property ``prop`` at ``station``."""
    return (
        f"SELECT ?x WHERE {{ {{st:{station}}} {HOSTS} ?s . ?o sosa:madeBySensor ?s ; "
        f"sosa:observedProperty/rdfs:label '{prop}'@en ; sosa:resultTime ?t ; "
        "sosa:hasResult/qudt:numericValue ?x } ORDER BY DESC(?t) LIMIT 1"
    )


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Which station hosts sensor AQ02-NO2?",
        "1hop",
        f"SELECT ?x WHERE {{ ?x {HOSTS} d:sensor/AQ02-NO2 }}",
    ),
    (
        "What does sensor HY05-WL measure?",
        "1hop",
        "SELECT ?x WHERE { d:sensor/HY05-WL sosa:observes ?x }",
    ),
    (
        "Which part of town is Kestrel Hill in?",
        "1hop",
        "SELECT ?x WHERE { {st:Kestrel Hill} schema:containedInPlace ?x }",
    ),
    (
        "What measuring method does sensor AQ01-PM10 use?",
        "1hop",
        "SELECT ?x WHERE { d:sensor/AQ01-PM10 ssn:implements ?x }",
    ),
    (
        "Who makes sensor HY02-DO?",
        "1hop",
        "SELECT ?x WHERE { d:sensor/HY02-DO schema:manufacturer ?x }",
    ),
    # literals
    (
        "What model is sensor MET02-WS?",
        "literal",
        "SELECT ?x WHERE { d:sensor/MET02-WS schema:model ?x }",
    ),
    (
        "What is the latitude of Kestrel Hill?",
        "literal",
        "SELECT ?x WHERE { {st:Kestrel Hill} geo:lat ?x }",
    ),
    (
        "What's the station code of Millfield Park?",
        "literal",
        "SELECT ?x WHERE { {st:Millfield Park} dcterms:identifier ?x }",
    ),
    (
        "What is the upper limit of the measuring range of sensor HY01-Q?",
        "literal",
        "SELECT ?x WHERE { d:sensor/HY01-Q ssn-system:hasSystemCapability/ssn-system:hasSystemProperty ?r . ?r a ssn-system:MeasurementRange ; schema:maxValue ?x }",
    ),
    (
        "How accurate is sensor MET01-P?",
        "literal",
        "SELECT ?x WHERE { d:sensor/MET01-P ssn-system:hasSystemCapability/ssn-system:hasSystemProperty ?r . ?r a ssn-system:Accuracy ; schema:value ?x }",
    ),
    (
        "What are the coordinates of Wendle at Thornbury?",
        "literal",
        "SELECT ?x WHERE { {st:Wendle at Thornbury} geo:lat|geo:long ?x }",
    ),
    # inverse
    (
        "Which sensors measure PM10?",
        "inverse",
        "SELECT ?x WHERE { ?x sosa:observes d:property/pm10 }",
    ),
    (
        "Which stations are in Millfield?",
        "inverse",
        "SELECT ?x WHERE { ?x a sosa:Platform ; schema:containedInPlace d:feature/district-millfield }",
    ),
    (
        "Which sensors are made by OTT HydroMet?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:manufacturer d:org/ott }",
    ),
    (
        "Which sensors use chemiluminescence?",
        "inverse",
        "SELECT ?x WHERE { ?x ssn:implements d:procedure/chemiluminescence }",
    ),
    (
        "Which station has the code EB-HY-04?",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:identifier 'EB-HY-04' }",
    ),
    # two hops
    (
        "Who manufactures the PM10 sensor at Northgate Roadside?",
        "2hop",
        f"SELECT ?x WHERE {{ {{st:Northgate Roadside}} {HOSTS} ?s . ?s sosa:observes d:property/pm10 ; schema:manufacturer ?x }}",
    ),
    (
        "What does the Kestrel Hill station measure?",
        "2hop",
        f"SELECT ?x WHERE {{ {{st:Kestrel Hill}} {HOSTS}/sosa:observes ?x }}",
    ),
    (
        "Which stations measure ozone?",
        "2hop",
        f"SELECT ?x WHERE {{ ?x {HOSTS}/sosa:observes d:property/o3 }}",
    ),
    (
        "Which district is sensor AQ03-NO2 in?",
        "2hop",
        f"SELECT ?x WHERE {{ ?st {HOSTS} d:sensor/AQ03-NO2 ; schema:containedInPlace ?x }}",
    ),
    (
        "What quantity kind does sensor AQ01-PM10 observe?",
        "2hop",
        "SELECT ?x WHERE { d:sensor/AQ01-PM10 sosa:observes/qudt:hasQuantityKind ?x }",
    ),
    (
        "Which sensor models are installed at Wendle at Ashford Weir?",
        "2hop",
        f"SELECT ?x WHERE {{ {{st:Wendle at Ashford Weir}} {HOSTS} ?s . ?s a sosa:Sensor ; schema:model ?x }}",
    ),
    (
        "Which river does the Ashford weir gate act on?",
        "2hop",
        "SELECT ?x WHERE { ?a sosa:madeByActuator d:actuator/EB-HY-01-GATE ; sosa:hasFeatureOfInterest ?x }",
    ),
    # three hops (through observations)
    (
        "Which stations are on the Colne Brook?",
        "3hop",
        f"SELECT ?x WHERE {{ ?x {HOSTS} ?s . ?o sosa:madeBySensor ?s ; sosa:hasFeatureOfInterest d:feature/river-colne }}",
    ),
    (
        "Which river do the sensors at EB-HY-05 observe?",
        "3hop",
        f"SELECT ?x WHERE {{ ?st dcterms:identifier 'EB-HY-05' ; {HOSTS} ?s . ?o sosa:madeBySensor ?s ; sosa:hasFeatureOfInterest ?x }}",
    ),
    (
        "What's the latest PM10 reading at Northgate Roadside?",
        "3hop",
        latest("Northgate Roadside", "PM10 mass concentration"),
    ),
    (
        "When did sensor AQ03-NO2 last report?",
        "3hop",
        "SELECT ?x WHERE { ?o sosa:madeBySensor d:sensor/AQ03-NO2 ; sosa:resultTime ?x } ORDER BY DESC(?x) LIMIT 1",
    ),
    (
        "What unit is the discharge at Colne Brook at Millfield measured in?",
        "3hop",
        f"SELECT DISTINCT ?x WHERE {{ {{st:Colne Brook at Millfield}} {HOSTS} ?s . ?o sosa:madeBySensor ?s ; sosa:observedProperty d:property/discharge ; sosa:hasResult/qudt:unit ?x }}",
    ),
    # conjunction (an observation by its station, property and time; two conditions on one thing)
    (
        "What was the air temperature at Kestrel Hill at 09:00 on 30 November 2026?",
        "conjunction",
        reading("Kestrel Hill", "air temperature", "2026-11-30T09:00:00Z"),
    ),
    (
        "What was the water level at Wendle at Ashford Weir at 2026-11-30T02:00Z?",
        "conjunction",
        reading("Wendle at Ashford Weir", "river water level", "2026-11-30T02:00:00Z"),
    ),
    (
        "How far open was the Ashford weir gate at midnight on 30 November?",
        "conjunction",
        "SELECT ?x WHERE { ?a sosa:madeByActuator d:actuator/EB-HY-01-GATE ; sosa:resultTime ?t ; sosa:hasResult/qudt:numericValue ?x FILTER(?t = '2026-11-30T00:00:00Z'^^xsd:dateTime) }",
    ),
    (
        "Which stations measure both NO2 and PM10?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {HOSTS}/sosa:observes d:property/no2 . ?x {HOSTS}/sosa:observes d:property/pm10 }}",
    ),
    (
        "Which Vaisala sensors are at Millfield Park?",
        "conjunction",
        f"SELECT ?x WHERE {{ {{st:Millfield Park}} {HOSTS} ?x . ?x schema:manufacturer d:org/vaisala }}",
    ),
    # synonyms (the relation or the class said in other words)
    (
        "Which monitoring site is probe HY02-WT installed at?",
        "synonym",
        f"SELECT ?x WHERE {{ ?x {HOSTS} d:sensor/HY02-WT }}",
    ),
    (
        "What does the gauge at Colne Brook at Sandy Lane record?",
        "synonym",
        f"SELECT ?x WHERE {{ {{st:Colne Brook at Sandy Lane}} {HOSTS}/sosa:observes ?x }}",
    ),
    (
        "Who is the maker of the anemometer at Kestrel Hill?",
        "synonym",
        f"SELECT ?x WHERE {{ {{st:Kestrel Hill}} {HOSTS} ?s . ?s sosa:observes d:property/wind-speed ; schema:manufacturer ?x }}",
    ),
    (
        "Which instruments are deployed at Harbour Quarter Background?",
        "synonym",
        f"SELECT ?x WHERE {{ {{st:Harbour Quarter Background}} {HOSTS} ?x }}",
    ),
    (
        "What's the measuring principle of sensor AQ02-O3?",
        "synonym",
        "SELECT ?x WHERE { d:sensor/AQ02-O3 ssn:implements ?x }",
    ),
    # aliases (a thing named otherwise than its label: an altLabel, a part of its name, its code)
    ("Which sensors measure NO2?", "alias", "SELECT ?x WHERE { ?x sosa:observes d:property/no2 }"),
    (
        "What does the Market Square station measure?",
        "alias",
        f"SELECT ?x WHERE {{ {{st:Old Town Market Square}} {HOSTS}/sosa:observes ?x }}",
    ),
    (
        "Who built the sensors at Ashford Weir?",
        "alias",
        f"SELECT ?x WHERE {{ {{st:Wendle at Ashford Weir}} {HOSTS} ?s . ?s a sosa:Sensor ; schema:manufacturer ?x }}",
    ),
    (
        "Which stations measure rainfall?",
        "alias",
        f"SELECT ?x WHERE {{ ?x {HOSTS}/sosa:observes d:property/precipitation }}",
    ),
    (
        "What's the latitude of station EB-MET-02?",
        "alias",
        "SELECT ?x WHERE { ?st dcterms:identifier 'EB-MET-02' ; geo:lat ?x }",
    ),
    # typos
    (
        "wich station hosts sensor AQ01-PM10",
        "typo",
        f"SELECT ?x WHERE {{ ?x {HOSTS} d:sensor/AQ01-PM10 }}",
    ),
    (
        "who made the sensers at Kestral Hill",
        "typo",
        f"SELECT ?x WHERE {{ {{st:Kestrel Hill}} {HOSTS}/schema:manufacturer ?x }}",
    ),
    (
        "what does the Colne Brok gauge at Sandy Lane measure",
        "typo",
        f"SELECT ?x WHERE {{ {{st:Colne Brook at Sandy Lane}} {HOSTS}/sosa:observes ?x }}",
    ),
    ("latitude of Millfeld Park", "typo", "SELECT ?x WHERE { {st:Millfield Park} geo:lat ?x }"),
    # unanswerable (a property declared and never observed, a date not held, facts the file lacks)
    ("What is the soil moisture at Millfield Park?", "unanswerable", None),
    ("What was the PM10 reading at Northgate Roadside on 3 January 2025?", "unanswerable", None),
    ("When was the Kestrel Hill station installed?", "unanswerable", None),
    ("When was sensor AQ01-PM10 last calibrated?", "unanswerable", None),
    ("What's the noise level in the Harbour Quarter?", "unanswerable", None),
]


def names(g: Graph, x: object) -> list[str]:
    """A literal's lexical form (a dateTime as the file writes it, in UTC with ``Z``); a node's
    label, schema:name or dcterms:title; else the IRI's last segment."""
    if isinstance(x, Literal):
        if x.datatype == XSD.dateTime:
            return [str(x).replace("+00:00", "Z")]
        return [str(x)]
    assert isinstance(x, URIRef), x
    named = [str(n) for p in (RDFS.label, SCHEMA_NAME, DCTERMS.title) for n in g.objects(x, p)]
    last = re.split(r"[/#]", str(x))[-1]
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", last)
    return named or sorted({last, words.lower()} if words != last else {last})


def expand(sparql: str) -> str:
    """``d:sensor/X`` -> the full IRI (a SPARQL prefixed name holds no ``/``); ``{st:Name} p ?o``
    -> ``?_st p ?o`` with ``?_st`` the station of that name."""
    sparql = re.sub(r"\bd:([\w/.-]*\w)", rf"<{BASE}\1>", sparql)
    m = re.search(r"\{st:([^}]+)\}", sparql)
    if not m:
        return sparql
    where = sparql.index("{") + 1
    body = sparql[:where] + f" ?_st schema:name|dcterms:title '{m.group(1)}'@en . " + sparql[where:]
    return body.replace(m.group(0), "?_st")


def main() -> None:
    g = Graph().parse(HERE / "sensors.ttl")
    write_answers(
        HERE / "sensors.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + expand(sparql)) for a in names(g, r[0])},
    )


if __name__ == "__main__":
    main()
