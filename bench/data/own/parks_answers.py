# ruff: noqa: E501  (one question a line)
"""Gold answers of ``parks.jsonl``, computed with rdflib SPARQL over ``parks.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as written ("3027.0 km2", "1885-11-25", "53.5", "Mo-Su 10:00-17:00"); an entity
with every name it carries: its ``rdfs:label``, ``skos:prefLabel``, ``skos:altLabel``,
``schema:name``, ``dwc:scientificName`` and ``dwc:vernacularName`` in any language, and its
``skos:notation`` (a country "Czechia", "Česko" and "CZE"; an IUCN category "National Park",
"Parc national", "Parque nacional", "Category II" and "II"). Queries name nodes by their IRIs
relative to the registry's base (``<wdpa/1001>``). Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/parks_answers.py``
(``--conversations`` prints the three blind conversations of ``conversations_blind49.jsonl``
instead).
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import RDFS, Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
SCHEMA = Namespace("http://schema.org/")
DWC = Namespace("http://rs.tdwg.org/dwc/terms/")
PRE = """BASE <https://data.protectedplanet.example.org/id/>
PREFIX pa: <https://data.protectedplanet.example.org/def/pa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX dwc: <http://rs.tdwg.org/dwc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
SUB = "(org:subOrganizationOf|^org:hasSubOrganization)"


def count(park: str, taxon: str, year: int | None = None) -> str:
    """The counts of ``taxon`` in ``park`` (in ``year`` where given)."""
    y = f' ; pa:surveyYear "{year}"^^xsd:gYear' if year else ""
    return f"SELECT ?x WHERE {{ ?r pa:countedIn <wdpa/{park}> ; pa:taxon <taxon/{taxon}>{y} ; dwc:individualCount ?x }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop out of an area, a trail, a centre, an authority
    ("Who manages Yellowstone?", "1hop", "SELECT ?x WHERE { <wdpa/1001> pa:managedBy ?x }"),
    (
        "what iucn category is the swiss national park",
        "1hop",
        "SELECT ?x WHERE { <wdpa/1406> pa:iucnCategory ?x }",
    ),
    (
        "Which agency runs Kruger National Park?",
        "1hop",
        "SELECT ?x WHERE { <wdpa/1301> pa:managedBy ?x }",
    ),
    (
        "What province is Jasper National Park in?",
        "1hop",
        "SELECT ?x WHERE { <wdpa/1102> pa:locatedIn ?x }",
    ),
    (
        "What's the highest point in Denali National Park?",
        "1hop",
        "SELECT ?x WHERE { <wdpa/1004> pa:highestPoint ?x }",
    ),
    (
        "Which park is the Hooker Valley Track in?",
        "1hop",
        "SELECT ?x WHERE { <trail/hooker> schema:containedInPlace ?x }",
    ),
    (
        "where does the Kepler Track start",
        "1hop",
        "SELECT ?x WHERE { <trail/kepler> pa:trailhead ?x }",
    ),
    (
        "What department is Parks Canada part of?",
        "1hop",
        f"SELECT ?x WHERE {{ <org/pc> {SUB} ?x }}",
    ),
    (
        "How hard is the Tongariro Alpine Crossing?",
        "1hop",
        "SELECT ?x WHERE { <trail/alpine-crossing> pa:difficulty ?x }",
    ),
    (
        "What kind of designation does Ngorongoro have?",
        "1hop",
        "SELECT ?x WHERE { <wdpa/1303> pa:designation ?x }",
    ),
    # literals
    (
        "When was Banff made a national park?",
        "literal",
        "SELECT ?x WHERE { <wdpa/1101> pa:designationDate ?x }",
    ),
    ("How big is Yosemite?", "literal", "SELECT ?x WHERE { <wdpa/1002> pa:reportedArea ?x }"),
    (
        "what is the area of everglades national park in hectares",
        "literal",
        "SELECT ?x WHERE { <wdpa/1006> pa:reportedArea/schema:value ?x }",
    ),
    (
        "lowest elevation in death valley national park",
        "literal",
        "SELECT ?x WHERE { <wdpa/1005> pa:minElevation ?x }",
    ),
    (
        "Where is the centroid of Kakadu National Park?",
        "literal",
        "SELECT ?x WHERE { <wdpa/1502> geo:hasCentroid/geo:asWKT ?x }",
    ),
    (
        "How long is the Milford Track?",
        "literal",
        "SELECT ?x WHERE { <trail/milford> pa:length/schema:value ?x }",
    ),
    (
        "how difficult is angels landing",
        "literal",
        "SELECT ?x WHERE { <trail/angels-landing> pa:difficulty ?x }",
    ),
    (
        "What are the opening hours of the Old Faithful Visitor Education Center?",
        "literal",
        "SELECT ?x WHERE { <centre/oldfaithful> schema:openingHours ?x }",
    ),
    (
        "What time does the Bowali Visitor Centre open?",
        "literal",
        "SELECT ?x WHERE { <centre/bowali> schema:openingHoursSpecification/schema:opens ?x }",
    ),
    (
        "How much elevation do you gain on the Half Dome Trail?",
        "literal",
        "SELECT ?x WHERE { <trail/half-dome> pa:elevationGain ?x }",
    ),
    (
        "What's the WDPA ID of Doñana National Park?",
        "literal",
        "SELECT ?x WHERE { <wdpa/1409> pa:wdpaId ?x }",
    ),
    (
        "What was Denali National Park called before?",
        "literal",
        "SELECT ?x WHERE { <wdpa/1004> pa:nameChange/pa:previousName ?x }",
    ),
    (
        "former name of Eryri National Park",
        "literal",
        "SELECT ?x WHERE { <wdpa/1412> pa:formerName ?x }",
    ),
    (
        "What's the ISO code of Graubünden?",
        "literal",
        "SELECT ?x WHERE { <region/CH-GR> skos:notation ?x }",
    ),
    # the other way: what points at a thing
    (
        "Which parks does the National Park Service manage?",
        "inverse",
        "SELECT ?x WHERE { ?x pa:managedBy <org/nps> }",
    ),
    (
        "What national parks are there in Alberta?",
        "inverse",
        "SELECT ?x WHERE { ?x pa:locatedIn <region/CA-AB> }",
    ),
    (
        "Which protected areas are in the Northern Territory?",
        "inverse",
        "SELECT ?x WHERE { ?x pa:locatedIn <region/AU-NT> }",
    ),
    (
        "which visitor centres does Great Smoky Mountains National Park have",
        "inverse",
        "SELECT ?x WHERE { ?x a schema:TouristInformationCenter ; schema:containedInPlace <wdpa/1003> }",
    ),
    (
        "Which agencies come under the Department of the Interior?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {SUB} <org/doi> }}",
    ),
    (
        "What protected areas does the Department of Conservation look after?",
        "inverse",
        "SELECT ?x WHERE { ?x pa:managedBy <org/doc> }",
    ),
    (
        "Which areas are strict nature reserves?",
        "inverse",
        "SELECT ?x WHERE { ?x pa:iucnCategory <iucn/Ia> }",
    ),
    # two hops
    (
        "How high is the highest peak in Gran Paradiso National Park?",
        "2hop",
        "SELECT ?x WHERE { <wdpa/1408> pa:highestPoint/pa:elevation ?x }",
    ),
    (
        "Which ministry is the body that runs Torres del Paine under?",
        "2hop",
        f"SELECT ?x WHERE {{ <wdpa/1201> pa:managedBy/{SUB} ?x }}",
    ),
    (
        "In which country is Šumava National Park?",
        "2hop",
        "SELECT ?x WHERE { <wdpa/1405> pa:locatedIn/pa:partOfCountry ?x }",
    ),
    (
        "What's the IUCN category of the park the Pyg Track is in?",
        "2hop",
        "SELECT ?x WHERE { <trail/pyg> schema:containedInPlace/pa:iucnCategory ?x }",
    ),
    (
        "Which authority manages the park where the Everest Base Camp Trek is?",
        "2hop",
        "SELECT ?x WHERE { <trail/ebc> schema:containedInPlace/pa:managedBy ?x }",
    ),
    (
        "what parks are in tanzania",
        "2hop",
        "SELECT ?x WHERE { ?x pa:locatedIn/pa:partOfCountry <country/TZA> }",
    ),
    # three hops
    (
        "What country is the Watkin Path in?",
        "3hop",
        "SELECT ?x WHERE { <trail/watkin> schema:containedInPlace/pa:locatedIn/pa:partOfCountry ?x }",
    ),
    (
        "Which government body is above the authority managing the park the Lairig Ghru crosses?",
        "3hop",
        f"SELECT ?x WHERE {{ <trail/lairig-ghru> schema:containedInPlace/pa:managedBy/{SUB} ?x }}",
    ),
    (
        "How high is the top of the park where the Mist Trail is?",
        "3hop",
        "SELECT ?x WHERE { <trail/mist> schema:containedInPlace/pa:highestPoint/pa:elevation ?x }",
    ),
    # conjunctions
    (
        "Which parks run by the National Park Service are in California?",
        "conjunction",
        "SELECT ?x WHERE { ?x pa:managedBy <org/nps> ; pa:locatedIn <region/US-CA> }",
    ),
    (
        "Which category II parks does Parks Australia manage?",
        "conjunction",
        "SELECT ?x WHERE { ?x pa:managedBy <org/parksau> ; pa:iucnCategory <iucn/II> }",
    ),
    (
        "How many wolves were counted in Yellowstone in 2023?",
        "conjunction",
        count(1001, 5219173, 2023),
    ),
    (
        "How many Alpine ibex were counted in Gran Paradiso in 2013?",
        "conjunction",
        count(1408, 2441047, 2013),
    ),
    (
        "When was Kakadu inscribed as a World Heritage Site?",
        "conjunction",
        "SELECT ?x WHERE { <wdpa/1502> pa:internationalDesignation [ pa:designationType <designation/whs> ; pa:inscribed ?x ] }",
    ),
    # other words for the relation
    (
        "Who's in charge of Plitvice Lakes?",
        "synonym",
        "SELECT ?x WHERE { <wdpa/1401> pa:managedBy ?x }",
    ),
    (
        "How large is the Serengeti?",
        "synonym",
        "SELECT ?x WHERE { <wdpa/1302> pa:reportedArea ?x }",
    ),
    (
        "when was Triglav NP established",
        "synonym",
        "SELECT ?x WHERE { <wdpa/1402> pa:designationDate ?x }",
    ),
    (
        "what's the top elevation in zion",
        "synonym",
        "SELECT ?x WHERE { <wdpa/1007> pa:maxElevation ?x }",
    ),
    (
        "What's the distance of the West Coast Trail?",
        "synonym",
        "SELECT ?x WHERE { <trail/west-coast-trail> pa:length/schema:value ?x }",
    ),
    # other names of the subject
    ("Who manages Snowdonia?", "alias", "SELECT ?x WHERE { <wdpa/1412> pa:managedBy ?x }"),
    ("How high is Snowdon?", "alias", "SELECT ?x WHERE { <feature/wyddfa> pa:elevation ?x }"),
    (
        "What IUCN category is Parc national de la Vanoise?",
        "alias",
        "SELECT ?x WHERE { <wdpa/1407> pa:iucnCategory ?x }",
    ),
    (
        "Which animals were counted in the Nationalpark Bayerischer Wald?",
        "alias",
        "SELECT ?x WHERE { ?r pa:countedIn <wdpa/1404> ; pa:taxon ?x }",
    ),
    (
        "When was Mount McKinley National Park established?",
        "alias",
        "SELECT ?x WHERE { <wdpa/1004> pa:designationDate ?x }",
    ),
    ("How many żubr were counted in Białowieża?", "alias", count(1410, 2441070)),
    # misspelled
    (
        "who manges yelowstone national park",
        "typo",
        "SELECT ?x WHERE { <wdpa/1001> pa:managedBy ?x }",
    ),
    (
        "how long is the kepler trak",
        "typo",
        "SELECT ?x WHERE { <trail/kepler> pa:length/schema:value ?x }",
    ),
    (
        "what category is the ngorongoro conservaton area",
        "typo",
        "SELECT ?x WHERE { <wdpa/1303> pa:iucnCategory ?x }",
    ),
    (
        "opening hours brockhole vistor centre",
        "typo",
        "SELECT ?x WHERE { <centre/brockhole> schema:openingHours ?x }",
    ),
    # lists
    (
        "List the trails in Fiordland",
        "list",
        "SELECT ?x WHERE { ?x a pa:Trail ; schema:containedInPlace <wdpa/1504> }",
    ),
    (
        "What species have been counted in Kruger National Park?",
        "list",
        "SELECT ?x WHERE { ?r pa:countedIn <wdpa/1301> ; pa:taxon ?x }",
    ),
    (
        "Which regions does the Cairngorms National Park cover?",
        "list",
        "SELECT ?x WHERE { <wdpa/1413> pa:locatedIn ?x }",
    ),
    # unanswerable: a near relation exists
    ("How many visitors does Yellowstone get each year?", "unanswerable", None),
    ("What is the entrance fee for Banff National Park?", "unanswerable", None),
    ("When was the Milford Track opened?", "unanswerable", None),
    ("What is the phone number of the Sugarlands Visitor Center?", "unanswerable", None),
    ("How many wolves were counted in Yosemite?", "unanswerable", None),
    ("Who is the director of the Swiss National Park?", "unanswerable", None),
    ("What is the annual budget of Parks Canada?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "parks-b49-01",
        [
            (
                "Who manages Kakadu National Park?",
                "start",
                "SELECT ?x WHERE { <wdpa/1502> pa:managedBy ?x }",
            ),
            (
                "Which department is it part of?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ <org/parksau> {SUB} ?x }}",
            ),
            (
                "And Tanzania National Parks?",
                "and_x",
                f"SELECT ?x WHERE {{ <org/tanapa> {SUB} ?x }}",
            ),
        ],
    ),
    (
        "parks-b49-02",
        [
            (
                "How long is the Pyg Track?",
                "start",
                "SELECT ?x WHERE { <trail/pyg> pa:length/schema:value ?x }",
            ),
            (
                "How hard is it?",
                "pronoun_topic",
                "SELECT ?x WHERE { <trail/pyg> pa:difficulty ?x }",
            ),
            (
                "What about the Llanberis Path?",
                "what_about",
                "SELECT ?x WHERE { <trail/llanberis> pa:difficulty ?x }",
            ),
        ],
    ),
    (
        "parks-b49-03",
        [
            (
                "When was Jasper National Park established?",
                "start",
                "SELECT ?x WHERE { <wdpa/1102> pa:designationDate ?x }",
            ),
            (
                "Which IUCN category is it in?",
                "pronoun_topic",
                "SELECT ?x WHERE { <wdpa/1102> pa:iucnCategory ?x }",
            ),
            (
                "And the Ngorongoro Conservation Area?",
                "and_x",
                "SELECT ?x WHERE { <wdpa/1303> pa:iucnCategory ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    SKOS.notation,
    SCHEMA.name,
    DWC.scientificName,
    DWC.vernacularName,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False
    g = Graph()
    g.parse(HERE / "parks.ttl", format="turtle")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("parks", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "parks.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
