# ruff: noqa: E501  (one question a line)
"""Gold answers of ``brick.jsonl``, computed with rdflib SPARQL over ``brick.ttl`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form; an entity with its ``rdfs:label``, or with its IRI's last segment where it has none
(the QUDT units: ``DEG_C``, as the model file holds no unit labels). ``{Name}`` in a query
stands for the entity labelled ``Name``. Both directions a publisher may state a Brick relation
in are asked with ``|`` (``brick:feeds|^brick:isFedBy``), as Brick defines them as inverses.
Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/brick_answers.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from _answers_common import named_iris, write_answers
from rdflib import Graph, Literal, URIRef

HERE = Path(__file__).parent
PRE = """PREFIX brick: <https://brickschema.org/schema/Brick#>
PREFIX ref: <https://brickschema.org/schema/Brick/ref#>
PREFIX bacnet: <http://data.ashrae.org/bacnet/2020#>
PREFIX sosa: <http://www.w3.org/ns/sosa/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
FEEDS = "(brick:feeds|^brick:isFedBy)"
PART = "(brick:hasPart|^brick:isPartOf)"  # whole -> part
POINT = "(brick:hasPoint|^brick:isPointOf)"
LOC = "(brick:hasLocation|^brick:isLocationOf)"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("Which AHU feeds VAV-2-14?", "1hop", f"SELECT ?x WHERE {{ ?x {FEEDS} {{VAV-2-14}} }}"),
    ("Where is AHU-3 located?", "1hop", f"SELECT ?x WHERE {{ {{AHU-3}} {LOC} ?x }}"),
    ("What points does Chiller 1 have?", "1hop", f"SELECT ?x WHERE {{ {{Chiller 1}} {POINT} ?x }}"),
    ("what does CHWP-2 feed", "1hop", f"SELECT ?x WHERE {{ {{CHWP-2}} {FEEDS} ?x }}"),
    ("Which zone does VAV-L-G04 serve?", "1hop", f"SELECT ?x WHERE {{ {{VAV-L-G04}} {FEEDS} ?x }}"),
    (
        "what unit is the AHU-1 supply air temperature measured in",
        "1hop",
        "SELECT ?x WHERE { {AHU-1 Supply Air Temperature} brick:hasUnit ?x }",
    ),
    # literals (Brick 1.3 value nodes, timeseries and BACnet references, SOSA results)
    (
        "What is the cooling capacity of Chiller 1?",
        "literal",
        "SELECT ?x WHERE { {Chiller 1} brick:coolingCapacity/brick:value ?x }",
    ),
    (
        "How big is Room 3.05?",
        "literal",
        "SELECT ?x WHERE { {Room 3.05} brick:area/brick:value ?x }",
    ),
    (
        "When was Science Hall built?",
        "literal",
        "SELECT ?x WHERE { {Science Hall} brick:yearBuilt/brick:value ?x }",
    ),
    (
        "What is the timeseries ID of the AHU-2 Supply Air Temperature point?",
        "literal",
        "SELECT ?x WHERE { {AHU-2 Supply Air Temperature} ref:hasExternalReference/ref:hasTimeseriesId ?x }",
    ),
    (
        "What's the BACnet object name of Chiller 2 Run Status?",
        "literal",
        "SELECT ?x WHERE { {Chiller 2 Run Status} ref:hasExternalReference/bacnet:object-name ?x }",
    ),
    (
        "What did the VAV-3-05 zone air temperature sensor read?",
        "literal",
        "SELECT ?x WHERE { ?o sosa:madeBySensor {VAV-3-05 Zone Air Temperature} ; sosa:hasSimpleResult ?x }",
    ),
    (
        "what is the latitude of North Campus",
        "literal",
        "SELECT ?x WHERE { {North Campus} brick:coordinates/brick:latitude ?x }",
    ),
    (
        "What is the primary function of Science Hall?",
        "literal",
        "SELECT ?x WHERE { {Science Hall} brick:buildingPrimaryFunction/brick:value ?x }",
    ),
    # inverse
    (
        "Which equipment is in the Chiller Plant Room B02?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {LOC} {{Chiller Plant Room B02}} }}",
    ),
    ("Which rooms are on Floor 3?", "inverse", f"SELECT ?x WHERE {{ {{Floor 3}} {PART} ?x }}"),
    (
        "Which meter measures Chiller 1?",
        "inverse",
        "SELECT ?x WHERE { ?x brick:meters {Chiller 1} }",
    ),
    (
        "Which HVAC zone is Room 2.15 in?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x a brick:HVAC_Zone ; {PART} {{Room 2.15}} }}",
    ),
    ("What feeds AHU-1?", "inverse", f"SELECT ?x WHERE {{ ?x {FEEDS} {{AHU-1}} }}"),
    ("Which VAV boxes does AHU-3 feed?", "inverse", f"SELECT ?x WHERE {{ {{AHU-3}} {FEEDS} ?x }}"),
    (
        "What is located on the Science Hall Roof?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {LOC} {{Science Hall Roof}} }}",
    ),
    # two hops
    (
        "On which floor is the zone temperature sensor of room 305?",
        "2hop",
        f"SELECT ?x WHERE {{ ?s a brick:Zone_Air_Temperature_Sensor ; {LOC} {{Room 3.05}} . ?x a brick:Floor ; {PART} {{Room 3.05}} }}",
    ),
    (
        "Which chiller supplies the AHU that feeds VAV-4-12?",
        "2hop",
        f"SELECT ?x WHERE {{ ?a {FEEDS} {{VAV-4-12}} . ?x a ?t ;  {FEEDS} ?a FILTER(?t IN (brick:Centrifugal_Chiller, brick:Absorption_Chiller)) }}",
    ),
    (
        "Which building is Room 4.07 in?",
        "2hop",
        f"SELECT ?x WHERE {{ ?x a brick:Building ; {PART}/{PART} {{Room 4.07}} }}",
    ),
    (
        "In which building is the Main Reading Room?",
        "2hop",
        f"SELECT ?x WHERE {{ ?x a brick:Building ; {PART}/{PART} {{Main Reading Room}} }}",
    ),
    (
        "What unit does the zone temperature in the Main Reading Room report in?",
        "2hop",
        f"SELECT ?x WHERE {{ ?s a brick:Zone_Air_Temperature_Sensor ; {LOC} {{Main Reading Room}} ; brick:hasUnit ?x }}",
    ),
    (
        "What points does the supply fan of AHU-1 have?",
        "2hop",
        f"SELECT ?x WHERE {{ {{AHU-1}} {PART} ?f . ?f a brick:Supply_Fan ; {POINT} ?x }}",
    ),
    (
        "Which zones are served by AHU-3?",
        "2hop",
        f"SELECT ?x WHERE {{ {{AHU-3}} {FEEDS}/{FEEDS} ?x }}",
    ),
    (
        "Which floor is VAV-L-112 on?",
        "2hop",
        f"SELECT ?x WHERE {{ {{VAV-L-112}} {LOC} ?r . ?x a brick:Floor ; {PART} ?r }}",
    ),
    (
        "Where is the boiler's gas meter?",
        "2hop",
        f"SELECT ?x WHERE {{ ?m brick:meters {{Boiler 1}} ; {LOC} ?x }}",
    ),
    (
        "Which chilled water pump feeds the chiller that supplies AHU-2?",
        "2hop",
        f"SELECT ?x WHERE {{ ?c {FEEDS} {{AHU-2}} . ?x a brick:Chilled_Water_Pump ; {FEEDS} ?c }}",
    ),
    (
        "what is the area of the room VAV-2-14 is in",
        "2hop",
        f"SELECT ?x WHERE {{ {{VAV-2-14}} {LOC} ?r . ?r brick:area/brick:value ?x }}",
    ),
    # three hops
    (
        "Which rooms are served by AHU-3?",
        "3hop",
        f"SELECT ?x WHERE {{ {{AHU-3}} {FEEDS}/{FEEDS}/{PART} ?x }}",
    ),
    (
        "Which building is AHU-1's mechanical room in?",
        "3hop",
        f"SELECT ?x WHERE {{ {{AHU-1}} {LOC} ?r . ?x a brick:Building ; {PART}/{PART} ?r }}",
    ),
    # conjunction
    (
        "Which AHUs are fed by both Chiller 1 and HWP-1?",
        "conjunction",
        f"SELECT ?x WHERE {{ {{Chiller 1}} {FEEDS} ?x . {{HWP-1}} {FEEDS} ?x }}",
    ),
    (
        "Which equipment in Boiler Room B03 is fed by Boiler 1?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {LOC} {{Boiler Room B03}} . {{Boiler 1}} {FEEDS} ?x }}",
    ),
    (
        "Which labs are on Floor 2?",
        "conjunction",
        f"SELECT ?x WHERE {{ {{Floor 2}} {PART} ?x . ?x a brick:Laboratory }}",
    ),
    # synonyms
    (
        "Which air handler supplies VAV-3-07?",
        "synonym",
        f"SELECT ?x WHERE {{ ?x {FEEDS} {{VAV-3-07}} }}",
    ),
    (
        "What serves HVAC Zone 1.13?",
        "synonym",
        f"SELECT ?x WHERE {{ ?x {FEEDS} {{HVAC Zone 1.13}} }}",
    ),
    (
        "What does the SH Main Electric Meter measure?",
        "synonym",
        "SELECT ?x WHERE { {SH Main Electric Meter} brick:meters ?x }",
    ),
    (
        "Which AHUs does Chiller 1 serve?",
        "synonym",
        f"SELECT ?x WHERE {{ {{Chiller 1}} {FEEDS} ?x . ?x a brick:Air_Handling_Unit }}",
    ),
    (
        "what sensors does VAV-1-04 have",
        "synonym",
        f"SELECT ?x WHERE {{ {{VAV-1-04}} {POINT} ?x . ?x a ?c FILTER(STRENDS(STR(?c), '_Sensor')) }}",
    ),
    # aliases (a name the graph does not spell that way, a BMS point name)
    (
        "Which AHU feeds the VAV of room 2.14?",
        "alias",
        f"SELECT ?x WHERE {{ ?v a brick:VAV ; {LOC} {{Room 2.14}} . ?x {FEEDS} ?v }}",
    ),
    ("Where is air handling unit 1?", "alias", f"SELECT ?x WHERE {{ {{AHU-1}} {LOC} ?x }}"),
    (
        "What unit is CH-1.CHWST in?",
        "alias",
        "SELECT ?x WHERE { ?p ref:hasExternalReference/bacnet:object-name 'CH-1.CHWST' ; brick:hasUnit ?x }",
    ),
    ("Where is the cooling tower?", "alias", f"SELECT ?x WHERE {{ {{Cooling Tower 1}} {LOC} ?x }}"),
    # typos
    ("wich AHU feeds VAV-3-11", "typo", f"SELECT ?x WHERE {{ ?x {FEEDS} {{VAV-3-11}} }}"),
    ("what points does chiler 2 have", "typo", f"SELECT ?x WHERE {{ {{Chiller 2}} {POINT} ?x }}"),
    ("where is the boilor located", "typo", f"SELECT ?x WHERE {{ {{Boiler 1}} {LOC} ?x }}"),
    (
        "cooling capasity of Chiller 2",
        "typo",
        "SELECT ?x WHERE { {Chiller 2} brick:coolingCapacity/brick:value ?x }",
    ),
    # unanswerable (a manufacturer, dates, a serial number, a rating, a contractor the model does not hold)
    ("Who manufactured Chiller 1?", "unanswerable", None),
    ("When was AHU-2 installed?", "unanswerable", None),
    ("What is the serial number of CHWP-1?", "unanswerable", None),
    ("What is the rated power of HWP-2?", "unanswerable", None),
    ("When was the Library last renovated?", "unanswerable", None),
]


def labels(g: Graph, x: object) -> list[str]:
    """A literal's lexical form; an entity's label, or its IRI's last segment."""
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    names = [str(n) for n in g.objects(x, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))]
    return names or [re.split(r"[/#]", str(x))[-1]]


def by_label(g: Graph, sparql: str) -> str:
    """``{Name}`` -> the IRI of the one entity labelled ``Name``."""
    return named_iris(
        sparql,
        lambda m: g.subjects(URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(m[1])),
        r"\{([^{}?]+)\}",
    )


def main() -> None:
    g = Graph().parse(HERE / "brick.ttl")
    write_answers(
        HERE / "brick.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + by_label(g, sparql)) for a in labels(g, r[0])},
    )


if __name__ == "__main__":
    main()
