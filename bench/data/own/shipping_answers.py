# ruff: noqa: E501  (one question a line)
"""Gold answers of ``shipping.jsonl`` and of the shipping turns of
``conversations_blind43.jsonl``, computed with SPARQL 1.2 over ``shipping.ttl`` (never with kgchat).

rdflib (7.x) reads no RDF 1.2 Turtle (the port calls' annotations ``{| ... |}`` are a syntax
error there), so the queries run on pyoxigraph's store, as ``elections_answers.py``'s do: a
port call's arrival is ``?r rdf:reifies <<( ?v shp:calledAt ?p )>> ; shp:arrival ?x``. A
literal answers with its lexical form ("220940", "2024-02-25T03:38:00Z"); an entity with every
name it carries (``rdfs:label``, ``schema:name``, ``schema:legalName``,
``schema:alternateName``, ``skos:prefLabel``, ``skos:altLabel``, ``gn:name``,
``gn:officialName``, ``gn:alternateName``, any language) and its codes (``shp:unlocode``,
``skos:notation``, ``shp:imoNumber``, ``shp:companyImoNumber``, ``gn:countryCode``): some
ports, berths, companies and vessels carry nothing else. In a query ``{Name}`` stands for the
one node carrying ``Name`` as one of those, ``{Name|shp:Port}`` for the one of that class
("Singapore" is a port and a country). Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/shipping_answers.py``
(writes ``shipping.jsonl`` and prints the conversations' lines).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
PRE = """PREFIX shp: <https://data.maritime.example.net/def/shipping#>
PREFIX schema: <https://schema.org/>
PREFIX gn: <https://www.geonames.org/ontology#>
PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
NAMES = "rdfs:label|schema:name|schema:legalName|schema:alternateName|skos:prefLabel|skos:altLabel|gn:name|gn:officialName|gn:alternateName"
CODES = "shp:unlocode|skos:notation|shp:imoNumber|shp:companyImoNumber|gn:countryCode"


def call(vessel: str, port: str, prop: str) -> str:
    """The ``prop`` annotation of ``vessel``'s calls at ``port``."""
    return f"SELECT ?x WHERE {{ ?r rdf:reifies <<( {vessel} shp:calledAt {port} )>> ; {prop} ?x }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop out of a vessel, a port or a company: literals
    (
        "What is the IMO number of the Ever Given?",
        "literal",
        "SELECT ?x WHERE { {EVER GIVEN} shp:imoNumber ?x }",
    ),
    ("MMSI of MSC Gülsün?", "literal", "SELECT ?x WHERE { {MSC GÜLSÜN} shp:mmsi ?x }"),
    (
        "whats the call sign of the emma maersk",
        "literal",
        "SELECT ?x WHERE { {EMMA MAERSK} shp:callSign ?x }",
    ),
    (
        "When was the HMM Algeciras built?",
        "literal",
        "SELECT ?x WHERE { {HMM ALGECIRAS} shp:yearOfBuild ?x }",
    ),
    (
        "What's the UN/LOCODE for Kaohsiung?",
        "literal",
        "SELECT ?x WHERE { {Kaohsiung} shp:unlocode ?x }",
    ),
    (
        "What is the latitude of the port of Busan?",
        "literal",
        "SELECT ?x WHERE { {Busan} wgs84:lat ?x }",
    ),
    # a value on a blank node: tonnages, former names' dates
    (
        "What is the gross tonnage of the Ever Given?",
        "literal",
        "SELECT ?x WHERE { {EVER GIVEN} shp:grossTonnage/schema:value ?x }",
    ),
    (
        "How much deadweight does Front Altair have?",
        "literal",
        "SELECT ?x WHERE { {FRONT ALTAIR} shp:deadweight/schema:value ?x }",
    ),
    (
        "When did the Maersk Halifax stop being called Maersk Honam?",
        "literal",
        "SELECT ?x WHERE { {MAERSK HALIFAX} shp:formerName ?n . ?n schema:name 'MAERSK HONAM' ; shp:validUntil ?x }",
    ),
    # a port call's qualifiers (the RDF-star annotations)
    (
        "When did the Ever Given arrive in Shanghai?",
        "literal",
        call("{EVER GIVEN}", "{Shanghai|shp:Port}", "shp:arrival"),
    ),
    (
        "When did the Emma Maersk leave Santos?",
        "literal",
        call("{EMMA MAERSK}", "{Santos|shp:Port}", "shp:departure"),
    ),
    (
        "Which berth did Icon of the Seas use in Bremerhaven?",
        "1hop",
        call("{ICON OF THE SEAS}", "{Bremerhaven}", "shp:berth"),
    ),
    (
        "what time did the Golden Opus get to Gdansk",
        "literal",
        call("{GOLDEN OPUS}", "{Gdańsk|shp:Port}", "shp:arrival"),
    ),
    # one hop to an entity
    (
        "Which flag does the Ever Given sail under?",
        "1hop",
        "SELECT ?x WHERE { {EVER GIVEN} shp:flag ?x }",
    ),
    (
        "Who is the registered owner of the Ever Given?",
        "1hop",
        "SELECT ?x WHERE { {EVER GIVEN} shp:registeredOwner ?x }",
    ),
    ("who manages MSC Gulsun", "1hop", "SELECT ?x WHERE { {MSC GÜLSÜN} shp:shipManager ?x }"),
    ("Who operates the Ever Given?", "1hop", "SELECT ?x WHERE { {EVER GIVEN} shp:operator ?x }"),
    (
        "Which shipyard built the Icon of the Seas?",
        "1hop",
        "SELECT ?x WHERE { {ICON OF THE SEAS} shp:builtBy ?x }",
    ),
    (
        "What type of ship is the Golden Opus?",
        "1hop",
        "SELECT ?x WHERE { {GOLDEN OPUS} shp:shipType ?x }",
    ),
    (
        "Which country is Port Klang in?",
        "1hop",
        "SELECT ?x WHERE { {Port Klang} gn:parentCountry ?x }",
    ),
    (
        "What is the parent company of Wilhelmsen Ship Management?",
        "1hop",
        "SELECT ?x WHERE { {WSM} org:subOrganizationOf ?x }",
    ),
    (
        "Where is Höegh Autoliners based?",
        "1hop",
        "SELECT ?x WHERE { {Höegh Autoliners AS} schema:addressCountry ?x }",
    ),
    ("Which country is port MAPTM in?", "1hop", "SELECT ?x WHERE { {MAPTM} gn:parentCountry ?x }"),
    # the other way round
    (
        "Which ships did Meyer Turku build?",
        "inverse",
        "SELECT ?x WHERE { ?x shp:builtBy {Meyer Turku} }",
    ),
    (
        "Which vessels are managed by Thome?",
        "inverse",
        "SELECT ?x WHERE { ?x shp:shipManager {Thome} }",
    ),
    (
        "What ships called at Gdańsk?",
        "inverse",
        "SELECT ?x WHERE { ?x shp:calledAt {Gdańsk|shp:Port} }",
    ),
    ("Which vessels fly the Belgian flag?", "inverse", "SELECT ?x WHERE { ?x shp:flag {Belgium} }"),
    (
        "Which companies are part of the Schulte Group?",
        "inverse",
        "SELECT ?x WHERE { ?x org:subOrganizationOf {Schulte Group} }",
    ),
    ("What vessels visited ESALG?", "inverse", "SELECT ?x WHERE { ?x shp:calledAt {ESALG} }"),
    # two hops
    (
        "In which country is the shipyard that built the Emma Maersk?",
        "2hop",
        "SELECT ?x WHERE { {EMMA MAERSK} shp:builtBy/schema:addressCountry ?x }",
    ),
    (
        "What country is the registered owner of the Ever Given from?",
        "2hop",
        "SELECT ?x WHERE { {EVER GIVEN} shp:registeredOwner/schema:addressCountry ?x }",
    ),
    (
        "Who is the parent company of the Ever Given's manager?",
        "2hop",
        "SELECT ?x WHERE { {EVER GIVEN} shp:shipManager/org:subOrganizationOf ?x }",
    ),
    (
        "Who owns the ships managed by Synergy Marine?",
        "2hop",
        "SELECT ?x WHERE { ?v shp:shipManager {Synergy Marine Pte Ltd} ; shp:registeredOwner ?x }",
    ),
    (
        "Which ports did ships flagged in the Bahamas call at?",
        "2hop",
        "SELECT ?x WHERE { ?v shp:flag {Bahamas} ; shp:calledAt ?x }",
    ),
    (
        "Which flags do Stolt Tankers' ships fly?",
        "2hop",
        "SELECT ?x WHERE { ?v shp:registeredOwner {Stolt Tankers} ; shp:flag ?x }",
    ),
    # three hops
    (
        "What country is the parent company of MSC Gülsün's manager based in?",
        "3hop",
        "SELECT ?x WHERE { {MSC GÜLSÜN} shp:shipManager/org:subOrganizationOf/schema:addressCountry ?x }",
    ),
    (
        "Where is the parent company of the Ever Given's ship manager headquartered?",
        "3hop",
        "SELECT ?x WHERE { {EVER GIVEN} shp:shipManager/org:subOrganizationOf/schema:addressCountry ?x }",
    ),
    (
        "In which countries are the ports that Höegh Autoliners' ships called at?",
        "3hop",
        "SELECT ?x WHERE { ?v shp:operator {Höegh Autoliners AS} ; shp:calledAt/gn:parentCountry ?x }",
    ),
    # two conditions
    (
        "Which Frontline ships are registered in the Marshall Islands?",
        "conjunction",
        "SELECT ?x WHERE { ?x shp:registeredOwner {Frontline plc} ; shp:flag {Marshall Islands} }",
    ),
    (
        "Which vessels called at both Rotterdam and Antwerp?",
        "conjunction",
        "SELECT ?x WHERE { ?x shp:calledAt {Rotterdam|shp:Port}, {Antwerp} }",
    ),
    (
        "Which Star Bulk ships are managed by Columbia Shipmanagement?",
        "conjunction",
        "SELECT ?x WHERE { ?x shp:registeredOwner {Star Bulk} ; shp:shipManager {Columbia Shipmanagement Ltd} }",
    ),
    (
        "Which Norwegian-flagged ships were built in 2019?",
        "conjunction",
        "SELECT ?x WHERE { ?x shp:flag {Norway} ; shp:yearOfBuild ?y FILTER(STR(?y) = '2019') }",
    ),
    # other words for the relation
    (
        "Who's the technical manager of the Stolt Innovation?",
        "synonym",
        "SELECT ?x WHERE { {STOLT INNOVATION} shp:shipManager ?x }",
    ),
    (
        "Under what nation's flag is the Dia registered?",
        "synonym",
        "SELECT ?x WHERE { {DIA} shp:flag ?x }",
    ),
    (
        "Which yard constructed the Hamburg Express?",
        "synonym",
        "SELECT ?x WHERE { {HAMBURG EXPRESS} shp:builtBy ?x }",
    ),
    (
        "Which firm runs the Höegh Target commercially?",
        "synonym",
        "SELECT ?x WHERE { {HÖEGH TARGET} shp:operator ?x }",
    ),
    (
        "How big is the Oasis of the Seas in gross tons?",
        "synonym",
        "SELECT ?x WHERE { {OASIS OF THE SEAS} shp:grossTonnage/schema:value ?x }",
    ),
    (
        "What year was the Star Marianne delivered?",
        "synonym",
        "SELECT ?x WHERE { {STAR MARIANNE} shp:yearOfBuild ?x }",
    ),
    # another name of the thing asked about
    (
        "Who owns the ship that used to be called Maersk Honam?",
        "alias",
        "SELECT ?x WHERE { ?v shp:formerName/schema:name 'MAERSK HONAM' ; shp:registeredOwner ?x }",
    ),
    (
        "What flag does the former Diamond Sea fly?",
        "alias",
        "SELECT ?x WHERE { ?v shp:formerName/schema:name 'DIAMOND SEA' ; shp:flag ?x }",
    ),
    (
        "Which ships does Hyundai Merchant Marine own?",
        "alias",
        "SELECT ?x WHERE { ?x shp:registeredOwner {Hyundai Merchant Marine} }",
    ),
    (
        "Which vessels were built by Hanwha Ocean?",
        "alias",
        "SELECT ?x WHERE { ?x shp:builtBy {Hanwha Ocean} }",
    ),
    ("Which ships called at Anvers?", "alias", "SELECT ?x WHERE { ?x shp:calledAt {Anvers} }"),
    ("LOCODE of Göteborg?", "alias", "SELECT ?x WHERE { {Göteborg} shp:unlocode ?x }"),
    # misspelt
    ("who owns the Emma Mersk", "typo", "SELECT ?x WHERE { {EMMA MAERSK} shp:registeredOwner ?x }"),
    (
        "flag of the Oasis of teh Seas",
        "typo",
        "SELECT ?x WHERE { {OASIS OF THE SEAS} shp:flag ?x }",
    ),
    (
        "which shipyard built the Hamburg Expres",
        "typo",
        "SELECT ?x WHERE { {HAMBURG EXPRESS} shp:builtBy ?x }",
    ),
    (
        "what country is Rotterdm in",
        "typo",
        "SELECT ?x WHERE { {Rotterdam|shp:Port} gn:parentCountry ?x }",
    ),
    # several answers
    (
        "What were the former names of DIA?",
        "list",
        "SELECT ?x WHERE { {DIA} shp:formerName/schema:name ?x }",
    ),
    ("List the kinds of tanker.", "list", "SELECT ?x WHERE { ?x skos:broader {Tanker} }"),
    (
        "Which berths are there in Rotterdam?",
        "list",
        "SELECT ?x WHERE { ?x shp:atPort {Rotterdam|shp:Port} }",
    ),
    (
        "Which ports did the Oasis of the Seas call at?",
        "list",
        "SELECT ?x WHERE { {OASIS OF THE SEAS} shp:calledAt ?x }",
    ),
    # what the graph does not say
    ("Who is the captain of the Ever Given?", "unanswerable", None),
    ("How many crew are on board Icon of the Seas?", "unanswerable", None),
    ("What cargo did Emma Maersk unload in Ningbo?", "unanswerable", None),
    ("What is the draught of the MSC Gülsün?", "unanswerable", None),
    ("Which classification society is the Golden Opus classed with?", "unanswerable", None),
    ("What's the top speed of HMM Algeciras?", "unanswerable", None),
    ("How much did the Oasis of the Seas cost to build?", "unanswerable", None),
]

# three blind conversations: (id, [(question, kind, query)])
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "shipping-b43-01",
        [
            (
                "Who manages the Ever Given?",
                "start",
                "SELECT ?x WHERE { {EVER GIVEN} shp:shipManager ?x }",
            ),
            (
                "Which shipyard built it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {EVER GIVEN} shp:builtBy ?x }",
            ),
            (
                "What about the HMM Algeciras?",
                "what_about",
                "SELECT ?x WHERE { {HMM ALGECIRAS} shp:builtBy ?x }",
            ),
        ],
    ),
    (
        "shipping-b43-02",
        [
            (
                "Which country is the port of Piraeus in?",
                "start",
                "SELECT ?x WHERE { {Piraeus} gn:parentCountry ?x }",
            ),
            (
                "What's its UN/LOCODE?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Piraeus} shp:unlocode ?x }",
            ),
            ("And Genoa?", "and_x", "SELECT ?x WHERE { {Genoa} shp:unlocode ?x }"),
        ],
    ),
    (
        "shipping-b43-03",
        [
            (
                "Who owns the Golden Opus?",
                "start",
                "SELECT ?x WHERE { {GOLDEN OPUS} shp:registeredOwner ?x }",
            ),
            (
                "Who manages it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {GOLDEN OPUS} shp:shipManager ?x }",
            ),
            (
                "And the Star Marianne?",
                "and_x",
                "SELECT ?x WHERE { {STAR MARIANNE} shp:shipManager ?x }",
            ),
        ],
    ),
]


def labels(store: ox.Store, term: object) -> set[str]:
    """A literal's lexical form; a node's names and codes (see the module docstring)."""
    if isinstance(term, ox.Literal):
        return {term.value}
    found = {
        r["n"].value for r in store.query(PRE + f"SELECT ?n WHERE {{ {term} {NAMES}|{CODES} ?n }}")
    }
    assert found, term
    return found


def by_name(store: ox.Store, sparql: str) -> str:
    """``{Name}`` / ``{Name|prefix:Class}`` -> the IRI of the one node so named (of that class)."""

    def find(m: re.Match[str]) -> set[str]:
        name, _, cls = m[1].partition("|")
        typed = f"?s a {cls} ." if cls else ""
        query = f"SELECT DISTINCT ?s WHERE {{ {typed} ?s {NAMES}|{CODES} ?n FILTER(STR(?n) = {json.dumps(name)}) }}"
        return {r["s"].value for r in store.query(PRE + query)}

    return named_iris(sparql, find, r"\{([A-Za-z0-9À-ɏ][^{}?]*)\}")


def main() -> None:
    store = ox.Store()
    store.load(path=str(HERE / "shipping.ttl"), format=ox.RdfFormat.TURTLE)

    def answers(sparql: str) -> set[str]:
        return {a for r in store.query(PRE + by_name(store, sparql)) for a in labels(store, r["x"])}

    write_answers(HERE / "shipping.jsonl", QUESTIONS, answers)
    # (on standard error: standard output shows the questions' answers)
    print_conversations("shipping", CONVERSATIONS, answers, sys.stderr)


if __name__ == "__main__":
    main()
