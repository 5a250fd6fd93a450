# ruff: noqa: E501  (one question a line)
"""Gold answers of ``gtfs.jsonl`` (and, with ``--conversations``, the gtfs lines of
``conversations_blind54.jsonl``), computed with rdflib SPARQL over ``gtfs.trig`` (the union
of its named graphs; never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("3.20", "07:38:00", "2027-06-13"); a node with every name
it carries: ``foaf:name``, ``rdfs:label``, ``skos:prefLabel``, ``skos:altLabel``,
``schema:name``, ``schema:alternateName``, ``dcterms:title``, ``vcard:fn`` and a route's
``gtfs:shortName`` and ``gtfs:longName``, in every language. In a query ``{Name}`` stands for
the one node carrying that name (``{Name|prefix:Class}`` for the one of that class: a station
shares its name with its platforms). Count questions answer the number a ``COUNT`` finds.
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/gtfs_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import FOAF, RDFS, Dataset, Namespace
from rdflib.namespace import DCTERMS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
GTFS = Namespace("http://vocab.gtfs.org/terms#")
SCHEMA = Namespace("http://schema.org/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
PRE = """PREFIX gtfs: <http://vocab.gtfs.org/terms#>
PREFIX tp: <https://data.pohjasatama.example/ns/transit#>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX zone: <https://data.pohjasatama.example/gtfs/zone/>
PREFIX cause: <https://data.pohjasatama.example/vocab/cause/>
"""
# the station side of a platform, said either way
PARENT = "(gtfs:parentStation|^tp:hasPlatform)"
# the route an alert concerns, said directly or on a blank informed entity
AFFECTS_ROUTE = "(tp:affectsRoute|tp:informedEntity/tp:route)"
AFFECTS_STOP = "(tp:affectsStop|tp:informedEntity/tp:stop)"
# a route's stops through the stop-time sample
ROUTE_STOP = "^gtfs:route/^gtfs:trip/gtfs:stop"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # agencies and operators
    ("Which agency runs tram 4?", "1hop", "SELECT ?x WHERE { {4} gtfs:agency ?x }"),
    ("Who operates bus 55?", "1hop", "SELECT ?x WHERE { {55} tp:operator ?x }"),
    ("Who operates tram 9?", "1hop", "SELECT ?x WHERE { {9} tp:operator ?x }"),
    ("who operats bus 102", "typo", "SELECT ?x WHERE { {102} tp:operator ?x }"),
    (
        "Which contractor runs the trams?",
        "synonym",
        "SELECT ?x WHERE { ?r gtfs:routeType gtfs:Tram ; tp:operator ?x }",
    ),
    (
        "What's the phone number of Saaristolautat Oy?",
        "literal",
        "SELECT ?x WHERE { {Saaristolautat Oy} foaf:phone ?x }",
    ),
    (
        "What time zone does the agency running metro M1 use?",
        "2hop",
        "SELECT ?x WHERE { {M1} gtfs:agency/gtfs:timeZone ?x }",
    ),
    (
        "Which routes does Saaristolautat run?",
        "inverse",
        "SELECT ?x WHERE { ?x gtfs:agency {Saaristolautat Oy} }",
    ),
    (
        "Which routes does Archipelago Ferries run?",
        "alias",
        "SELECT ?x WHERE { ?x gtfs:agency {Archipelago Ferries} }",
    ),
    (
        "Which routes does Kivikko Liikenne operate?",
        "inverse",
        "SELECT ?x WHERE { ?x tp:operator {Kivikko Liikenne Oy} }",
    ),
    (
        "Which bus routes does Nordbuss run?",
        "conjunction",
        "SELECT ?x WHERE { ?x tp:operator {Nordbuss Ab} ; gtfs:routeType gtfs:Bus }",
    ),
    (
        "What colour are the routes Kivikko Liikenne operates?",
        "2hop",
        "SELECT ?x WHERE { ?r tp:operator {Kivikko Liikenne Oy} ; gtfs:color ?x }",
    ),
    # routes
    ("What colour is metro line M2?", "literal", "SELECT ?x WHERE { {M2} gtfs:color ?x }"),
    ("what colur is tram 9", "typo", "SELECT ?x WHERE { {9} gtfs:color ?x }"),
    ("What is the long name of bus 550?", "literal", "SELECT ?x WHERE { {550} gtfs:longName ?x }"),
    ("What was the long name of bus 41?", "literal", "SELECT ?x WHERE { {41} gtfs:longName ?x }"),
    ("What type of route is 550?", "1hop", "SELECT ?x WHERE { {550} gtfs:routeType ?x }"),
    ("What kind of vehicle is the N55?", "synonym", "SELECT ?x WHERE { {N55} gtfs:routeType ?x }"),
    ("Which routes are ferries?", "inverse", "SELECT ?x WHERE { ?x gtfs:routeType gtfs:Ferry }"),
    (
        "How many tram routes are there?",
        "inverse",
        "SELECT (COUNT(DISTINCT ?r) AS ?x) WHERE { ?r gtfs:routeType gtfs:Tram }",
    ),
    (
        "What headsigns does bus 23 show?",
        "2hop",
        "SELECT ?x WHERE { ?t gtfs:route {23} ; gtfs:headsign ?x }",
    ),
    ("Which stops does tram 2 serve?", "3hop", f"SELECT ?x WHERE {{ {{2}} {ROUTE_STOP} ?x }}"),
    (
        "What routes stop at Myllypuro?",
        "3hop",
        "SELECT ?x WHERE { ?st gtfs:stop {Myllypuro} ; gtfs:trip/gtfs:route ?x }",
    ),
    (
        "Which tram routes stop at Kallio?",
        "conjunction",
        "SELECT ?x WHERE { ?st gtfs:stop {Kallio} ; gtfs:trip/gtfs:route ?x . ?x gtfs:routeType gtfs:Tram }",
    ),
    (
        "Which boat goes to Linnasaari?",
        "synonym",
        "SELECT ?x WHERE { ?st gtfs:stop {Linnasaari} ; gtfs:trip/gtfs:route ?x . ?x gtfs:routeType gtfs:Ferry }",
    ),
    (
        "wich agency runs the ferry to linnasari",
        "typo",
        "SELECT ?x WHERE { ?st gtfs:stop {Linnasaari} ; gtfs:trip/gtfs:route/gtfs:agency ?x }",
    ),
    (
        "Which routes leave from Harbour Square?",
        "alias",
        f"SELECT ?x WHERE {{ ?p {PARENT} {{Harbour Square}} . ?st gtfs:stop ?p ; gtfs:trip/gtfs:route ?x }}",
    ),
    (
        "What time does the 07:10 weekday bus 55 get to Lentoasema?",
        "conjunction",
        "SELECT ?x WHERE { ?t gtfs:route {55} ; gtfs:service/rdfs:label 'Weekdays'@en . ?a gtfs:trip ?t ; gtfs:stopSequence 1 ; gtfs:departureTime '07:10:00' . ?b gtfs:trip ?t ; gtfs:stop/foaf:name 'Lentoasema'@fi ; gtfs:arrivalTime ?x }",
    ),
    # stops and stations
    ("What zone is Tammela in?", "1hop", "SELECT ?x WHERE { {Tammela} gtfs:zone ?x }"),
    ("what zone is keskusairala in", "typo", "SELECT ?x WHERE { {Keskussairaala} gtfs:zone ?x }"),
    ("What zone is Flygplatsen in?", "alias", "SELECT ?x WHERE { {Flygplatsen} gtfs:zone ?x }"),
    ("Which zone is the airport in?", "alias", "SELECT ?x WHERE { {Airport} gtfs:zone ?x }"),
    (
        "Which stops are in zone C?",
        "inverse",
        "SELECT ?x WHERE { ?x gtfs:zone zone:C FILTER NOT EXISTS { ?x gtfs:fareClass ?f } }",
    ),
    (
        "What's the stop code for Keskussairaala?",
        "literal",
        "SELECT ?x WHERE { {Keskussairaala} gtfs:code ?x }",
    ),
    (
        "What's the latitude of Keskussairaala?",
        "literal",
        "SELECT ?x WHERE { {Keskussairaala} wgs:lat ?x }",
    ),
    (
        "What's the Finnish name of Järnvägsstationen?",
        "alias",
        "SELECT ?x WHERE { {Järnvägsstationen} foaf:name ?x FILTER(lang(?x) = 'fi') }",
    ),
    (
        "Which station does the stop H1042 belong to?",
        "1hop",
        f"SELECT ?x WHERE {{ ?p gtfs:code 'H1042' ; {PARENT} ?x }}",
    ),
    (
        "What are the platform codes at Itäkeskus?",
        "2hop",
        f"SELECT ?x WHERE {{ ?p {PARENT} {{Itäkeskus|tp:MetroStation}} ; gtfs:platformCode ?x }}",
    ),
    (
        "platfrom codes at kalasatma",
        "typo",
        f"SELECT ?x WHERE {{ ?p {PARENT} {{Kalasatama|tp:MetroStation}} ; gtfs:platformCode ?x }}",
    ),
    (
        "How many platforms does Itäkeskus have?",
        "inverse",
        f"SELECT (COUNT(DISTINCT ?p) AS ?x) WHERE {{ ?p {PARENT} {{Itäkeskus|tp:MetroStation}} }}",
    ),
    (
        "Which metro stations are not wheelchair accessible?",
        "conjunction",
        "SELECT ?x WHERE { ?x a tp:MetroStation ; gtfs:wheelchairAccessible gtfs:NotWheelchairAccessible }",
    ),
    (
        "Which zone B stops aren't wheelchair accessible?",
        "conjunction",
        "SELECT ?x WHERE { ?x gtfs:zone zone:B ; gtfs:wheelchairAccessible gtfs:NotWheelchairAccessible }",
    ),
    # transfers
    (
        "What's the minimum transfer time at Kalasatama?",
        "2hop",
        f"SELECT ?x WHERE {{ ?t gtfs:originStop/{PARENT} {{Kalasatama|tp:MetroStation}} ; gtfs:minimumTransferTime ?x }}",
    ),
    (
        "How many seconds do you need to change from the metro to the bus at Itäkeskus?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?t gtfs:originStop/{PARENT} {{Itäkeskus|tp:MetroStation}} ; gtfs:minimumTransferTime ?x }}",
    ),
    # calendars
    (
        "When does the weekday timetable end?",
        "literal",
        "SELECT ?x WHERE { {Weekdays} gtfs:serviceRule/gtfs:endDate ?x }",
    ),
    (
        "On which extra dates does the Sunday service run?",
        "conjunction",
        "SELECT ?x WHERE { {Sundays and public holidays} gtfs:serviceRule [ gtfs:date ?x ; gtfs:dateAddition true ] }",
    ),
    # fares
    (
        "How much is a single ticket AB?",
        "literal",
        "SELECT ?x WHERE { {Single ticket AB} gtfs:price ?x }",
    ),
    ("hw much is a day tiket", "typo", "SELECT ?x WHERE { {Day ticket AB} gtfs:price ?x }"),
    (
        "How long can I keep changing on a single ABC ticket?",
        "synonym",
        "SELECT ?x WHERE { {Single ticket ABC} gtfs:transferExpiryTime ?x }",
    ),
    (
        "Which zones does the ABCD ticket cover?",
        "2hop",
        "SELECT ?x WHERE { ?r gtfs:fareClass {Single ticket ABCD} ; gtfs:zone ?x }",
    ),
    (
        "Which tickets cover zone D?",
        "inverse",
        "SELECT ?x WHERE { ?r gtfs:zone zone:D ; gtfs:fareClass ?x }",
    ),
    (
        "Which tickets can be bought on board?",
        "inverse",
        "SELECT ?x WHERE { ?x gtfs:paymentMethod gtfs:OnBoard }",
    ),
    (
        "How much does it cost to take ferry 20?",
        "3hop",
        "SELECT ?x WHERE { ?r gtfs:route {20} ; gtfs:fareClass/gtfs:price ?x }",
    ),
    # alerts
    (
        "What's the cause of the alert about tram 4?",
        "2hop",
        f"SELECT ?x WHERE {{ ?a {AFFECTS_ROUTE} {{4}} ; tp:cause ?x }}",
    ),
    (
        "Why is the Tervasaari ferry cancelled?",
        "synonym",
        f"SELECT ?x WHERE {{ ?a {AFFECTS_ROUTE} {{20}} ; tp:cause ?x }}",
    ),
    (
        "Which alerts concern metro M2?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {AFFECTS_ROUTE} {{M2}} }}",
    ),
    (
        "When does the tram 4 diversion end?",
        "3hop",
        f"SELECT ?x WHERE {{ ?a {AFFECTS_ROUTE} {{4}} ; tp:activePeriod/tp:end ?x }}",
    ),
    (
        "Which routes are hit by the strike?",
        "3hop",
        f"SELECT ?x WHERE {{ ?a tp:cause cause:strike ; {AFFECTS_ROUTE} ?x }}",
    ),
    (
        "Which station has a broken lift?",
        "synonym",
        f"SELECT ?x WHERE {{ ?a tp:effect ?e ; {AFFECTS_STOP} ?x . ?e skos:prefLabel 'Accessibility issue'@en }}",
    ),
    # the catalogue
    (
        "Who publishes the PSL public transport timetables?",
        "1hop",
        "SELECT ?x WHERE { {PSL public transport timetables (GTFS)} dcterms:publisher ?x }",
    ),
    (
        "What licence is the PSL timetable data under?",
        "1hop",
        "SELECT ?x WHERE { {PSL public transport timetables (GTFS)} dcterms:license ?x }",
    ),
    (
        "Which feed version came before 2026.11.02?",
        "1hop",
        "SELECT ?x WHERE { ?f dcat:version '2026.11.02' ; dcat:previousVersion ?x }",
    ),
    (
        "When was feed version 2026.11.02 issued?",
        "literal",
        "SELECT ?x WHERE { ?f dcat:version '2026.11.02' ; dcterms:issued ?x }",
    ),
    # unanswerable: the feed holds none of these
    ("How often does tram 4 run on Sundays?", "unanswerable", None),
    ("Are bikes allowed on bus 55?", "unanswerable", None),
    ("How much is a monthly pass?", "unanswerable", None),
    ("How late is metro M1 running right now?", "unanswerable", None),
    ("Who is the CEO of Nordbuss?", "unanswerable", None),
    ("Which platform does tram 9 use at Pajamäki?", "unanswerable", None),
    ("When did Koivuranta station open?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "gtfs-b54-01",
        [
            ("Which agency runs metro M1?", "start", "SELECT ?x WHERE { {M1} gtfs:agency ?x }"),
            (
                "What's its phone number?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Pohjasataman Metro Oy} foaf:phone ?x }",
            ),
            (
                "And Saaristolautat Oy?",
                "and_x",
                "SELECT ?x WHERE { {Saaristolautat Oy} foaf:phone ?x }",
            ),
        ],
    ),
    (
        "gtfs-b54-02",
        [
            (
                "What's the stop code of Tammela?",
                "start",
                "SELECT ?x WHERE { {Tammela} gtfs:code ?x }",
            ),
            ("Which zone is it in?", "pronoun_topic", "SELECT ?x WHERE { {Tammela} gtfs:zone ?x }"),
            ("What about Harjula?", "what_about", "SELECT ?x WHERE { {Harjula} gtfs:zone ?x }"),
        ],
    ),
    (
        "gtfs-b54-03",
        [
            ("Who operates tram 4?", "start", "SELECT ?x WHERE { {4} tp:operator ?x }"),
            (
                "Which routes does it operate?",
                "pronoun_answer",
                "SELECT ?x WHERE { ?x tp:operator {Raitio Oy} }",
            ),
            ("And Nordbuss Ab?", "and_x", "SELECT ?x WHERE { ?x tp:operator {Nordbuss Ab} }"),
        ],
    ),
]

NAME_PROPS = (
    FOAF.name,
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    SCHEMA.name,
    SCHEMA.alternateName,
    DCTERMS.title,
    VCARD.fn,
    GTFS.shortName,
    GTFS.longName,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("3.20")
    g = Dataset(default_union=True)
    g.parse(HERE / "gtfs.trig", format="trig")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("gtfs", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "gtfs.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
