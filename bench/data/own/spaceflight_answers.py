# ruff: noqa: E501  (one question a line)
"""Gold answers of ``spaceflight.jsonl`` (and of the spaceflight conversations of
``conversations_blind45.jsonl``), computed with rdflib SPARQL over ``spaceflight.jsonld`` (never
with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("42063", "2017-03-07T01:49:24Z"); an entity with every name it carries: its
``schema:name`` in both languages, ``schema:alternateName``, ``rdfs:label``, ``skos:prefLabel``,
a spacecraft its COSPAR designator and a launch its flight designation. In a query ``{Name}``
stands for the one node so named, ``{Name::kind}`` for the one
so named whose IRI has the path segment ``kind`` (a launch, its capsule and its mission share
a name). Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/spaceflight_answers.py`` (``--conversations``
prints the conversation lines instead).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, names_under, print_conversations, write_answers

HERE = Path(__file__).parent
SC = Namespace("https://data.orbitcat.example/def/space#")
SDO = Namespace("https://schema.org/")
NAME_PROPS = [
    SDO.name,
    SDO.alternateName,
    RDFS.label,
    SKOS.prefLabel,
    SC.cosparDesignator,
    SC.flightDesignation,
]
PRE = """PREFIX sc: <https://data.orbitcat.example/def/space#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
CODE = "https://data.orbitcat.example/id/codes/"


def _role(r: str) -> str:
    return f"<{CODE}crew-role/{r}>"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # literals
    (
        "what's the NORAD number of Sentinel-2B?",
        "literal",
        "SELECT ?x WHERE { {Sentinel-2B} sc:noradCatalogNumber ?x }",
    ),
    ("COSPAR ID for Metop-C", "literal", "SELECT ?x WHERE { {Metop-C} sc:cosparDesignator ?x }"),
    (
        "How heavy was GOES-16 at launch?",
        "literal",
        "SELECT ?x WHERE { {GOES-16} sc:launchMassKg ?x }",
    ),
    (
        "What's the inclination of Jason-3's orbit?",
        "literal",
        "SELECT ?x WHERE { {Jason-3} sc:orbit/sc:inclinationDeg ?x }",
    ),
    (
        "apogee of himawari 8 in km",
        "literal",
        "SELECT ?x WHERE { {Himawari-8} sc:orbit/sc:apogeeKm ?x }",
    ),
    ("When did Metop-A decay?", "literal", "SELECT ?x WHERE { {Metop-A} sc:decayDate ?x }"),
    (
        "When was EUMETSAT founded?",
        "literal",
        "SELECT ?x WHERE { {EUMETSAT} schema:foundingDate ?x }",
    ),
    (
        "Thomas Pesquet's date of birth",
        "literal",
        "SELECT ?x WHERE { {Thomas Pesquet} schema:birthDate ?x }",
    ),
    (
        "How many stages does Vega C have?",
        "literal",
        "SELECT ?x WHERE { {Vega C} sc:numberOfStages ?x }",
    ),
    (
        "What time did the Soyuz-2.1a | Metop-B launch lift off?",
        "literal",
        "SELECT ?x WHERE { {Soyuz-2.1a | Metop-B} sc:launchDateTime ?x }",
    ),
    (
        "latitude of the Guiana Space Centre",
        "literal",
        "SELECT ?x WHERE { {Guiana Space Centre} schema:geo/schema:latitude ?x }",
    ),
    # one hop
    ("Who operates Metop-C?", "1hop", "SELECT ?x WHERE { {Metop-C} sc:operator ?x }"),
    (
        "Who manufactured Sentinel-1A?",
        "1hop",
        "SELECT ?x WHERE { {Sentinel-1A} schema:manufacturer ?x }",
    ),
    (
        "Which country is the Baikonur Cosmodrome in?",
        "1hop",
        "SELECT ?x WHERE { {Baikonur Cosmodrome} sc:country ?x }",
    ),
    ("who makes the Vega C rocket", "1hop", "SELECT ?x WHERE { {Vega C} schema:manufacturer ?x }"),
    ("is GOES-17 still working?", "1hop", "SELECT ?x WHERE { {GOES-17} sc:status ?x }"),
    (
        "What was the outcome of Vega flight VV15?",
        "1hop",
        "SELECT ?x WHERE { {Vega VV15} sc:outcome ?x }",
    ),
    (
        "which pad did Ariane 6 VA262 lift off from?",
        "1hop",
        "SELECT ?x WHERE { {Ariane 6 VA262} sc:launchPad ?x }",
    ),
    (
        "Who does Christina Koch work for?",
        "1hop",
        "SELECT ?x WHERE { {Christina Koch} schema:affiliation ?x }",
    ),
    (
        "What nationality is Hazza Al Mansouri?",
        "1hop",
        "SELECT ?x WHERE { {Hazza Al Mansouri} schema:nationality ?x }",
    ),
    # inverse
    (
        "What satellites has OHB built?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:manufacturer {OHB System AG} }",
    ),
    (
        "Which launches used the Rokot?",
        "inverse",
        "SELECT ?x WHERE { ?x sc:launchVehicle {Rokot/Briz-KM} }",
    ),
    (
        "What does Nordlys Romfart operate?",
        "inverse",
        "SELECT ?x WHERE { ?x sc:operator {Nordlys Romfart AS} }",
    ),
    (
        "Which rockets does SpaceX make?",
        "inverse",
        "SELECT ?x WHERE { ?x a sc:LaunchVehicle ; schema:manufacturer {SpaceX} }",
    ),
    ("What flew on Vega VV24?", "inverse", "SELECT ?x WHERE { ?x sc:launch {Vega VV24} }"),
    ("what was on board Soyuz VS14", "list", "SELECT ?x WHERE { ?x sc:launch {Soyuz VS14} }"),
    # two and three hops
    (
        "what rocket launched Sentinel-2B?",
        "2hop",
        "SELECT ?x WHERE { {Sentinel-2B} sc:launch/sc:launchVehicle ?x }",
    ),
    (
        "When did Sentinel-2B launch?",
        "2hop",
        "SELECT ?x WHERE { {Sentinel-2B} sc:launch/sc:launchDateTime ?x }",
    ),
    (
        "What was the flight number of the launch that carried Sentinel-1A?",
        "2hop",
        "SELECT ?x WHERE { {Sentinel-1A} sc:launch/sc:flightDesignation ?x }",
    ),
    (
        "What orbit is Arabsat-6A in?",
        "2hop",
        "SELECT ?x WHERE { {Arabsat-6A} sc:orbit/sc:orbitClass ?x }",
    ),
    (
        "Which launch vehicle did Soyuz MS-17 fly on?",
        "2hop",
        "SELECT ?x WHERE { ?l sc:mission {Soyuz MS-17::mission} ; sc:launchVehicle ?x }",
    ),
    (
        "What country is the operator of Himawari-8 from?",
        "2hop",
        "SELECT ?x WHERE { {Himawari-8} sc:operator/sc:country ?x }",
    ),
    (
        "Who commanded Soyuz MS-13?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Soyuz MS-13::mission}} sc:crewAssignment [ sc:crewMember ?x ; sc:crewRole {_role('commander')} ] }}",
    ),
    (
        "who was the pilot on Crew-1",
        "2hop",
        f"SELECT ?x WHERE {{ {{SpaceX Crew-1}} sc:crewAssignment [ sc:crewMember ?x ; sc:crewRole {_role('pilot')} ] }}",
    ),
    (
        "Who flew on SpaceX Crew-2?",
        "list",
        "SELECT ?x WHERE { {SpaceX Crew-2} sc:crewAssignment/sc:crewMember ?x }",
    ),
    (
        "From which launch site did Sentinel-6 go up?",
        "3hop",
        "SELECT ?x WHERE { {Sentinel-6 Michael Freilich} sc:launch/sc:launchPad/schema:containedInPlace ?x }",
    ),
    (
        "Which country built the rocket that launched Himawari-9?",
        "3hop",
        "SELECT ?x WHERE { {Himawari-9} sc:launch/sc:launchVehicle/sc:country ?x }",
    ),
    (
        "who built the rocket that carried Sentinel-3B",
        "3hop",
        "SELECT ?x WHERE { {Sentinel-3B} sc:launch/sc:launchVehicle/schema:manufacturer ?x }",
    ),
    (
        "when did ISS Expedition 60's commander launch?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Expedition 60}} sc:crewAssignment [ sc:crewMember ?p ; sc:crewRole {_role('commander')} ] . ?m sc:crewAssignment/sc:crewMember ?p . ?l sc:mission ?m ; sc:launchDateTime ?x }}",
    ),
    (
        "Which agency does the commander of Expedition 65 belong to?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Expedition 65}} sc:crewAssignment [ sc:crewMember ?p ; sc:crewRole {_role('commander')} ] . ?p schema:affiliation ?x }}",
    ),
    (
        "List all the satellites launched from Plesetsk",
        "3hop",
        "SELECT ?x WHERE { ?x sc:launch/sc:launchPad/schema:containedInPlace {Plesetsk Cosmodrome} }",
    ),
    # conjunctions
    (
        "which satellites does Eumetsat operate in GEO?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x sc:operator {{EUMETSAT}} ; sc:orbit/sc:orbitClass <{CODE}orbit-class/geo> }}",
    ),
    (
        "Which ESA satellites in sun-synchronous orbit are still active?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x sc:operator {{ESA}} ; sc:orbit/sc:orbitClass <{CODE}orbit-class/sso> ; sc:status <{CODE}object-status/active> }}",
    ),
    (
        "Which launches of the Vega family ended in failure?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x sc:launchVehicle/sc:vehicleFamily {{Vega::vehicle-family}} ; sc:outcome <{CODE}launch-outcome/failure> }}",
    ),
    (
        "Which Airbus-built satellites were lost at launch?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x schema:manufacturer {{Airbus Defence and Space}} ; sc:status <{CODE}object-status/lost> }}",
    ),
    # synonyms (another word for the relation)
    (
        "Who's the maker of the Atlas V 541?",
        "synonym",
        "SELECT ?x WHERE { {Atlas V 541} schema:manufacturer ?x }",
    ),
    (
        "Which company put Arabsat-6A together?",
        "synonym",
        "SELECT ?x WHERE { {Arabsat-6A} schema:manufacturer ?x }",
    ),
    (
        "When did Starlink-3338 burn up in the atmosphere?",
        "synonym",
        "SELECT ?x WHERE { {Starlink-3338} sc:decayDate ?x }",
    ),
    (
        "What's the liftoff weight of EarthCARE?",
        "synonym",
        "SELECT ?x WHERE { {EarthCARE} sc:launchMassKg ?x }",
    ),
    (
        "Who runs the Tanegashima spaceport?",
        "synonym",
        "SELECT ?x WHERE { {Tanegashima Space Center} sc:operator ?x }",
    ),
    # aliases (another name for the entity)
    (
        "what's the NORAD number of MSG-4",
        "alias",
        "SELECT ?x WHERE { {Meteosat-11} sc:noradCatalogNumber ?x }",
    ),
    (
        "Who manufactured Doresa?",
        "alias",
        "SELECT ?x WHERE { {Galileo FOC FM1} schema:manufacturer ?x }",
    ),
    (
        "Which rocket carried Ibuki-2 to orbit?",
        "alias",
        "SELECT ?x WHERE { {GOSAT-2} sc:launch/sc:launchVehicle ?x }",
    ),
    (
        "When was JAXA set up?",
        "alias",
        "SELECT ?x WHERE { {Japan Aerospace Exploration Agency} schema:foundingDate ?x }",
    ),
    (
        "Which country is SHAR in?",
        "alias",
        "SELECT ?x WHERE { {Satish Dhawan Space Centre} sc:country ?x }",
    ),
    (
        "which orbit class is GOES-East in",
        "alias",
        "SELECT ?x WHERE { {GOES-16} sc:orbit/sc:orbitClass ?x }",
    ),
    # typos
    ("who built sentinal 2a", "typo", "SELECT ?x WHERE { {Sentinel-2A} schema:manufacturer ?x }"),
    ("norad id of Himawri-9", "typo", "SELECT ?x WHERE { {Himawari-9} sc:noradCatalogNumber ?x }"),
    (
        "whats the inclination of Metopp-B",
        "typo",
        "SELECT ?x WHERE { {Metop-B} sc:orbit/sc:inclinationDeg ?x }",
    ),
    (
        "what rocket launched Pleides Neo 6",
        "typo",
        "SELECT ?x WHERE { {Pléiades Neo 6} sc:launch/sc:launchVehicle ?x }",
    ),
    ("Who operates Fengyn-4A?", "typo", "SELECT ?x WHERE { {Fengyun-4A} sc:operator ?x }"),
    # unanswerable: plausible, but the catalogue does not say
    ("How much did the launch of Sentinel-2B cost?", "unanswerable", None),
    ("How many transponders does SES-14 carry?", "unanswerable", None),
    ("Who was the flight director of Soyuz MS-12?", "unanswerable", None),
    ("What was the weather at Kourou during VV09?", "unanswerable", None),
    ("What instruments does Metop-C carry?", "unanswerable", None),
    ("Where did Soyuz MS-15 land?", "unanswerable", None),
    ("What is the thrust of the Electron's first stage?", "unanswerable", None),
]

# (id, [(question, kind, query)]) -- a start question, a pronoun follow-up, a "what about / and X"
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "spaceflight-b45-01",
        [
            (
                "Who commanded Soyuz MS-13?",
                "start",
                f"SELECT ?x WHERE {{ {{Soyuz MS-13::mission}} sc:crewAssignment [ sc:crewMember ?x ; sc:crewRole {_role('commander')} ] }}",
            ),
            (
                "When was he born?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Aleksandr Skvortsov} schema:birthDate ?x }",
            ),
            (
                "What about Luca Parmitano?",
                "what_about",
                "SELECT ?x WHERE { {Luca Parmitano} schema:birthDate ?x }",
            ),
        ],
    ),
    (
        "spaceflight-b45-02",
        [
            (
                "Which launch carried Sentinel-3B into orbit?",
                "start",
                "SELECT ?x WHERE { {Sentinel-3B} sc:launch ?x }",
            ),
            (
                "Which pad did it lift off from?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Rokot | Sentinel-3B} sc:launchPad ?x }",
            ),
            ("And Vega VV09?", "and_x", "SELECT ?x WHERE { {Vega VV09} sc:launchPad ?x }"),
        ],
    ),
    (
        "spaceflight-b45-03",
        [
            (
                "Who operates Himawari-9?",
                "start",
                "SELECT ?x WHERE { {Himawari-9} sc:operator ?x }",
            ),
            (
                "When was it founded?",
                "pronoun_answer",
                "SELECT ?x WHERE { {JMA} schema:foundingDate ?x }",
            ),
            (
                "What about EUMETSAT?",
                "what_about",
                "SELECT ?x WHERE { {EUMETSAT} schema:foundingDate ?x }",
            ),
        ],
    ),
]


def main() -> None:
    g = Graph()
    g.parse(HERE / "spaceflight.jsonld", format="json-ld")

    def find(m: re.Match[str]) -> set[object]:
        name, _, cls = m[1].partition("::")
        return {
            s
            for p in NAME_PROPS
            for s in g.subjects(p, None)
            if name in {str(o) for o in g.objects(s, p)} and (not cls or f"/{cls}/" in str(s))
        }

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find, r"\{([^{}?]*[^{}?\s])\}")):
            x = row[0]
            out |= {str(x)} if isinstance(x, Literal) else set(names_under(g, x, NAME_PROPS))
            if isinstance(x, Literal) and str(x).endswith("+00:00"):
                out.add(str(x)[:-6] + "Z")  # the document's own lexical form (rdflib writes +00:00)
        return out

    if "--conversations" in sys.argv:
        print_conversations("spaceflight", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "spaceflight.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
