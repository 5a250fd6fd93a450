# ruff: noqa: E501  (one question a line)
"""Gold answers of ``rivers.jsonl``, computed with rdflib SPARQL over ``rivers.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("925", "544 km", "1960", "2280 m3/s"); an entity (an IRI or a blank node) with
every name it carries: its ``rdfs:label``, ``skos:prefLabel`` and ``skos:altLabel`` in any
language, the ``gn:spelling`` of each INSPIRE ``hy:geographicalName`` it has, its
``dcterms:identifier`` (a stream known only by its code, a country's ISO code) and a gauging
station's ``hy:stationCode``. In a query ``{Name}`` stands for the one node so named and
``{Name|Class}`` for the one of class ``hy:Class`` ("Marne" names a river and a sub-basin).
Unanswerable questions carry no query and ``answers: []``. With ``--conversations`` it prints
the three blind conversations of ``conversations_blind50.jsonl`` instead. Run from the
repository root: ``python bench/data/own/rivers_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
HY = Namespace("https://data.eau.example.fr/def/hydro#")
GN = Namespace("http://inspire.ec.europa.eu/schemas/gn/4.0/")
PRE = """PREFIX hy: <https://data.eau.example.fr/def/hydro#>
PREFIX gn: <http://inspire.ec.europa.eu/schemas/gn/4.0/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX sosa: <http://www.w3.org/ns/sosa/>
PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prop: <https://data.eau.example.fr/def/property/>
PREFIX ecol: <https://data.eau.example.fr/def/ecological-status/>
"""
# a length, an area, a height: a QUDT value's number or a UCUM literal
LEN = "hy:length/qudt:numericValue|hy:length"
STATUS = "hy:statusAssessment/hy:ecologicalStatus"
OBS = "?o sosa:madeBySensor/sosa:isHostedBy {S} ; sosa:observedProperty prop:P ; sosa:resultTime ?t ; sosa:hasResult/qudt:numericValue|sosa:hasSimpleResult ?x"


def obs(station: str, prop: str) -> str:
    """The observation pattern of a station's property (``?x`` its value, ``?t`` its time)."""
    return OBS.replace("{S}", "{" + station + "}").replace("prop:P", f"prop:{prop}")


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("What does the Moselle flow into?", "1hop", "SELECT ?x WHERE { {Moselle} hy:flowsInto ?x }"),
    ("where does the Saône end up", "1hop", "SELECT ?x WHERE { {Saône} hy:flowsInto ?x }"),
    (
        "Who operates the Vouglans dam?",
        "1hop",
        "SELECT ?x WHERE { {Barrage de Vouglans} hy:operator ?x }",
    ),
    (
        "How high is the Barrage de Monteynard?",
        "literal",
        "SELECT ?x WHERE { {Barrage de Monteynard} hy:damHeight/qudt:numericValue ?x }",
    ),
    (
        "Which reservoir does the Génissiat dam create?",
        "1hop",
        "SELECT ?x WHERE { {Barrage de Génissiat} hy:forms ?x }",
    ),
    (
        "Which river is the Esch-sur-Sûre dam on?",
        "1hop",
        "SELECT ?x WHERE { {Barrage d'Esch-sur-Sûre} hy:onWatercourse ?x }",
    ),
    (
        "Who manages the Moselle-Sarre basin?",
        "1hop",
        "SELECT ?x WHERE { {Moselle-Sarre} hy:managedBy ?x }",
    ),
    (
        "which river basin does the Doubs drain",
        "1hop",
        "SELECT ?x WHERE { {Doubs} hy:drainsBasin ?x }",
    ),
    (
        "Which regions does the Doubs flow through?",
        "list",
        "SELECT ?x WHERE { {Doubs} hy:crossesUnit ?x }",
    ),
    (
        "Who runs the gauging station on the Doubs at Besançon?",
        "1hop",
        "SELECT ?x WHERE { {Le Doubs à Besançon} hy:operatedBy ?x }",
    ),
    (
        "What river is Pegel Cochem on?",
        "1hop",
        "SELECT ?x WHERE { {Pegel Cochem} hy:onWatercourse ?x }",
    ),
    (
        "Where is the source of the Seine?",
        "1hop",
        "SELECT ?x WHERE { {Seine|Watercourse} hy:source ?x }",
    ),
    (
        "How long is the Meuse?",
        "literal",
        f"SELECT ?x WHERE {{ {{Meuse}} {LEN} ?x FILTER(isLiteral(?x)) }}",
    ),
    (
        "how long is the moselle river",
        "literal",
        f"SELECT ?x WHERE {{ {{Moselle}} {LEN} ?x FILTER(isLiteral(?x)) }}",
    ),
    (
        "When was the Serre-Ponçon dam completed?",
        "literal",
        "SELECT ?x WHERE { {Barrage de Serre-Ponçon} hy:completed ?x }",
    ),
    # the other way
    (
        "Which rivers flow into the Moselle?",
        "inverse",
        "SELECT ?x WHERE { ?x hy:flowsInto {Moselle} }",
    ),
    ("tributaries of the Meurthe", "inverse", "SELECT ?x WHERE { ?x hy:flowsInto {Meurthe} }"),
    ("Which dams does EDF operate?", "inverse", "SELECT ?x WHERE { ?x hy:operator {EDF} }"),
    (
        "Which gauging stations are on the Meuse?",
        "inverse",
        "SELECT ?x WHERE { ?x a hy:GaugingStation ; hy:onWatercourse {Meuse} }",
    ),
    (
        "What rivers cross the Saarland?",
        "inverse",
        "SELECT ?x WHERE { ?x hy:crossesUnit {Saarland} }",
    ),
    (
        "Which river flows through Lake Constance?",
        "inverse",
        "SELECT ?x WHERE { ?x hy:flowsThrough {Lac de Constance} }",
    ),
    (
        "Which basins does the Agence de l'eau Seine-Normandie look after?",
        "inverse",
        "SELECT ?x WHERE { ?x hy:managedBy {Agence de l'eau Seine-Normandie} }",
    ),
    (
        "Which gauges does the WSA Mosel-Saar-Lahn operate?",
        "inverse",
        "SELECT ?x WHERE { ?x hy:operatedBy {Wasserstraßen- und Schifffahrtsamt Mosel-Saar-Lahn} }",
    ),
    (
        "What are the sub-basins of Rhône-Méditerranée?",
        "inverse",
        "SELECT ?x WHERE { ?x hy:subBasinOf {Rhône-Méditerranée} }",
    ),
    # two and three hops
    (
        "Who operates the dam on the Drac?",
        "2hop",
        "SELECT ?x WHERE { ?d hy:onWatercourse {Drac} ; hy:operator ?x }",
    ),
    (
        "In which country is the agency that runs the Diekirch gauge based?",
        "2hop",
        "SELECT ?x WHERE { {DIEK} hy:operatedBy/hy:seatCountry ?x }",
    ),
    (
        "What does the river that flows through Lac de Vouglans flow into?",
        "2hop",
        "SELECT ?x WHERE { ?r hy:flowsThrough {Lac de Vouglans} ; hy:flowsInto ?x }",
    ),
    (
        "Which countries does the Our flow through?",
        "2hop",
        "SELECT ?x WHERE { {Our} hy:crossesUnit/hy:inCountry ?x }",
    ),
    (
        "Which dams are on tributaries of the Rhône?",
        "2hop",
        "SELECT ?x WHERE { ?r hy:flowsInto {Rhône} . ?x a hy:Dam ; hy:onWatercourse ?r }",
    ),
    (
        "What is the ecological status of the Sarre?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Sarre}} {STATUS} ?x }}",
    ),
    (
        "At what altitude does the Doubs rise?",
        "2hop",
        "SELECT ?x WHERE { {Doubs} hy:source/hy:altitude ?x }",
    ),
    (
        "What's the storage capacity of the Vouglans reservoir?",
        "2hop",
        "SELECT ?x WHERE { ?d hy:forms {Lac de Vouglans} ; hy:storageCapacity ?x }",
    ),
    (
        "What is the ecological status of the river the Fremersdorf gauge is on?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Pegel Fremersdorf}} hy:onWatercourse/{STATUS} ?x }}",
    ),
    (
        "Who manages the basin of the river that flows through Lac de Kruth-Wildenstein?",
        "3hop",
        "SELECT ?x WHERE { ?r hy:flowsThrough {Lac de Kruth-Wildenstein} ; hy:drainsBasin/hy:managedBy ?x }",
    ),
    (
        "In which country is the company that operates the dam on the Our based?",
        "3hop",
        "SELECT ?x WHERE { ?d hy:onWatercourse {Our} ; hy:operator/hy:seatCountry ?x }",
    ),
    (
        "Which organisations manage the basin drained by the river Pegel Cochem is on?",
        "3hop",
        "SELECT ?x WHERE { {Pegel Cochem} hy:onWatercourse/hy:drainsBasin/hy:managedBy ?x }",
    ),
    # conjunctions
    (
        "Which tributaries of the Rhine also flow through Rheinland-Pfalz?",
        "conjunction",
        "SELECT ?x WHERE { ?x hy:flowsInto {Rhin} ; hy:crossesUnit {Rheinland-Pfalz} }",
    ),
    (
        "Which EDF dams were completed before 1965?",
        "conjunction",
        "SELECT ?x WHERE { ?x hy:operator {EDF} ; hy:completed ?y FILTER(xsd:integer(str(?y)) < 1965) }",
    ),
    (
        "Which rivers cross both Luxembourg and Wallonia?",
        "conjunction",
        "SELECT ?x WHERE { ?x hy:crossesUnit {Grand-Duché de Luxembourg}, {Wallonie} }",
    ),
    (
        "Which stations on the Moselle does DREAL Grand Est run?",
        "conjunction",
        "SELECT ?x WHERE { ?x hy:onWatercourse {Moselle} ; hy:operatedBy {DREAL Grand Est} }",
    ),
    (
        "Which rivers in the Moselle-Sarre basin are in poor ecological condition?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x hy:drainsBasin {{Moselle-Sarre}} ; {STATUS} ecol:poor }}",
    ),
    (
        "Where do the Moselle and the Rhine meet?",
        "conjunction",
        "SELECT ?x WHERE { ?c hy:tributary {Moselle} ; hy:mainStem {Rhin} ; hy:nearPlace|rdfs:label|geo:hasGeometry/geo:asWKT ?x }",
    ),
    # synonyms and other names
    (
        "Which river does the Mosel empty into?",
        "alias",
        "SELECT ?x WHERE { {Mosel} hy:flowsInto ?x }",
    ),
    (
        "How long is the Maas?",
        "alias",
        f"SELECT ?x WHERE {{ {{Maas}} {LEN} ?x FILTER(isLiteral(?x)) }}",
    ),
    (
        "What is the surface area of the Bodensee?",
        "alias",
        "SELECT ?x WHERE { {Bodensee} hy:surfaceArea/qudt:numericValue ?x }",
    ),
    ("Where does the Korn river flow to?", "alias", "SELECT ?x WHERE { {Korn} hy:flowsInto ?x }"),
    (
        "Who runs the dam of the Obersauer-Stausee?",
        "alias",
        "SELECT ?x WHERE { ?d hy:forms {Obersauer-Stausee} ; hy:operator ?x }",
    ),
    (
        "Who is in charge of the Rhine river district?",
        "synonym",
        "SELECT ?x WHERE { {District du Rhin} hy:managedBy ?x }",
    ),
    (
        "Which power company runs the Génissiat barrage?",
        "synonym",
        "SELECT ?x WHERE { {Barrage de Génissiat} hy:operator ?x }",
    ),
    (
        "what body of water does the Seine empty into",
        "synonym",
        "SELECT ?x WHERE { {Seine|Watercourse} hy:flowsInto ?x }",
    ),
    ("which streams feed the Ill", "synonym", "SELECT ?x WHERE { ?x hy:flowsInto {Ill} }"),
    (
        "What is the catchment area of the Meuse district?",
        "synonym",
        "SELECT ?x WHERE { {District de la Meuse} hy:basinArea/qudt:numericValue ?x }",
    ),
    # streams known only by a code
    (
        "What is the ecological status of FR-H3020?",
        "2hop",
        f"SELECT ?x WHERE {{ {{FR-H3020}} {STATUS} ?x }}",
    ),
    ("where does FR-V1460 flow into", "1hop", "SELECT ?x WHERE { {FR-V1460} hy:flowsInto ?x }"),
    (
        "how long is FR-A9530",
        "literal",
        f"SELECT ?x WHERE {{ {{FR-A9530}} {LEN} ?x FILTER(isLiteral(?x)) }}",
    ),
    # misspelt
    (
        "how long is the rhone",
        "typo",
        f"SELECT ?x WHERE {{ {{Rhône}} {LEN} ?x FILTER(isLiteral(?x)) }}",
    ),
    (
        "who operates the vouglan dam",
        "typo",
        "SELECT ?x WHERE { {Barrage de Vouglans} hy:operator ?x }",
    ),
    ("what does the Meurte flow into", "typo", "SELECT ?x WHERE { {Meurthe} hy:flowsInto ?x }"),
    (
        "how high is the serre poncon dam",
        "typo",
        "SELECT ?x WHERE { {Barrage de Serre-Ponçon} hy:damHeight/qudt:numericValue ?x }",
    ),
    # literals
    (
        "What is the national code of the Moselle?",
        "literal",
        "SELECT ?x WHERE { {Moselle} hy:nationalCode ?x }",
    ),
    (
        "What is the maximum depth of Lake Geneva?",
        "literal",
        "SELECT ?x WHERE { {Lake Geneva} hy:maxDepth ?x }",
    ),
    (
        "What was the discharge of the Seine at Paris-Austerlitz on 3 June 2016?",
        "literal",
        f"SELECT ?x WHERE {{ {obs('La Seine à Paris-Austerlitz', 'discharge')} FILTER(STRSTARTS(STR(?t), '2016-06-03')) }}",
    ),
    (
        "What water level was recorded at Diekirch on 30 November 2026?",
        "literal",
        f"SELECT ?x WHERE {{ {obs('DIEK', 'waterLevel')} FILTER(STRSTARTS(STR(?t), '2026-11-30')) }}",
    ),
    # unanswerable: a near relation exists
    ("What is the average depth of Lake Constance?", "unanswerable", None),
    ("What is the water temperature of the Doubs at Besançon?", "unanswerable", None),
    ("When was the Barrage de Génissiat decommissioned?", "unanswerable", None),
    ("How many megawatts does the Vouglans dam generate?", "unanswerable", None),
    ("What is the chemical status of the Moselle?", "unanswerable", None),
    ("What is the pH of the Seille?", "unanswerable", None),
    ("Which gauging station measures the Blies?", "unanswerable", None),
]

# three blind conversations (conversations_blind50.jsonl): (id, [(question, kind, query)])
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "rivers-b50-01",
        [
            (
                "What does the Doubs flow into?",
                "start",
                "SELECT ?x WHERE { {Doubs} hy:flowsInto ?x }",
            ),
            (
                "How long is it?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {{Saône}} {LEN} ?x FILTER(isLiteral(?x)) }}",
            ),
            (
                "And the Arve?",
                "and_x",
                f"SELECT ?x WHERE {{ {{Arve}} {LEN} ?x FILTER(isLiteral(?x)) }}",
            ),
        ],
    ),
    (
        "rivers-b50-02",
        [
            (
                "Who operates the Vouglans dam?",
                "start",
                "SELECT ?x WHERE { {Barrage de Vouglans} hy:operator ?x }",
            ),
            (
                "Which dams does it run?",
                "pronoun_answer",
                "SELECT ?x WHERE { ?x hy:operator {EDF} }",
            ),
            (
                "What about the Compagnie Nationale du Rhône?",
                "what_about",
                "SELECT ?x WHERE { ?x hy:operator {CNR} }",
            ),
        ],
    ),
    (
        "rivers-b50-03",
        [
            (
                "Which river is the Cochem gauge on?",
                "start",
                "SELECT ?x WHERE { {Pegel Cochem} hy:onWatercourse ?x }",
            ),
            (
                "What is its ecological status?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {{Moselle}} {STATUS} ?x }}",
            ),
            ("And the Seille?", "and_x", f"SELECT ?x WHERE {{ {{Seille}} {STATUS} ?x }}"),
        ],
    ),
]


def main() -> None:
    g = Graph()
    g.parse(HERE / "rivers.ttl", format="turtle")
    direct = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, DCTERMS.identifier, HY.stationCode)

    def names(x: object) -> set[str]:
        out = {str(n) for p in direct for n in g.objects(x, p)}  # type: ignore[arg-type]
        out |= {
            str(n) for b in g.objects(x, HY.geographicalName) for n in g.objects(b, GN.spelling)
        }  # type: ignore[arg-type]
        return out

    def find(m: re.Match[str]) -> set[object]:
        name, _, cls = m[1].partition("|")
        return {
            s
            for s in set(g.subjects())
            if name in names(s) and (not cls or (s, RDF.type, HY[cls]) in g)
        }

    def answers_of(query: str) -> list[str]:
        out: list[str] = []
        for row in g.query(PRE + named_iris(query, find, r"\{([^\s{}?][^{}?]*)\}")):
            x = row[0]
            found = {str(x)} if isinstance(x, Literal) else names(x)
            assert found, x
            out.extend(found)
        return out

    if "--conversations" in sys.argv:
        print_conversations("rivers", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "rivers.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
