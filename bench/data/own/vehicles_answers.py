# ruff: noqa: E501  (one question a line)
"""Gold answers of ``vehicles.jsonl`` (and, with ``--conversations``, the vehicles lines of
``conversations_blind48.jsonl``), computed with rdflib SPARQL over ``vehicles.jsonld`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("2022-06-10", "480", "7-speed DSG"); an entity with every name it carries: its
``schema:name`` in any language, ``alternateName``, ``legalName``, ``identifier``, a vehicle's
VIN and registration mark, a concept's ``skos:prefLabel`` / ``altLabel`` / ``notation``. In a
query ``{Name}`` stands for the one node so named and ``{Name|s:Class}`` for the one of that
schema.org class (a model line and its generation may share a name); ``veh:Class`` names a local
class. Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/vehicles_answers.py`` (``--conversations`` prints the conversations).
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDFS, Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("https://schema.org/")
VEH = Namespace("https://data.autoreg.example.eu/def/vehicle#")
PRE = """PREFIX s: <https://schema.org/>
PREFIX veh: <https://data.autoreg.example.eu/def/vehicle#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
GEN = "s:ProductModel"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Who makes the Tesla Model Y?",
        "1hop",
        f"SELECT ?x WHERE {{ {{Tesla Model Y|{GEN}}} s:manufacturer ?x }}",
    ),
    (
        "Which platform is the Škoda Octavia Mk4 built on?",
        "1hop",
        "SELECT ?x WHERE { {Škoda Octavia (Mk4)} veh:platform ?x }",
    ),
    (
        "where is the ID.3 made",
        "1hop",
        f"SELECT ?x WHERE {{ {{Volkswagen ID.3|{GEN}}} veh:builtAt ?x }}",
    ),
    (
        "What body style is the BMW i4 M50?",
        "1hop",
        "SELECT ?x WHERE { {BMW i4 M50} s:bodyType ?x }",
    ),
    (
        "What fuel does the Honda CR-V e:PHEV Advance use?",
        "1hop",
        "SELECT ?x WHERE { {Honda CR-V 2.0 e:PHEV Advance} s:fuelType ?x }",
    ),
    (
        "Which brands does Stellantis own?",
        "1hop",
        "SELECT ?x WHERE { {Stellantis N.V.} s:brand ?x }",
    ),
    ("Who issued recall 24V051000?", "1hop", "SELECT ?x WHERE { {24V051000} veh:issuedBy ?x }"),
    (
        "who operates the Mladá Boleslav plant",
        "1hop",
        "SELECT ?x WHERE { {Škoda Mladá Boleslav Plant} veh:operator ?x }",
    ),
    (
        "Who is the registered keeper of WAUZ345K7MN174072?",
        "1hop",
        "SELECT ?x WHERE { {WAUZ345K7MN174072} veh:registeredKeeper ?x }",
    ),
    (
        "What replaced the Prius XW50?",
        "1hop",
        "SELECT ?x WHERE { {Toyota Prius (XW50)} s:predecessorOf ?x }",
    ),
    # the other way
    (
        "Which models are built at the Tesla Fremont Factory?",
        "inverse",
        "SELECT ?x WHERE { ?x veh:builtAt {Tesla Fremont Factory} }",
    ),
    (
        "Which recalls affected the Tesla Model 3?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x veh:affectedModel {{Tesla Model 3|{GEN}}} }}",
    ),
    (
        "What cars are built on the MEB platform?",
        "inverse",
        "SELECT ?x WHERE { ?x veh:platform {MEB} }",
    ),
    (
        "Which vehicles does Greenline Carsharing have registered?",
        "inverse",
        "SELECT ?x WHERE { ?x veh:registeredKeeper {Greenline Carsharing GmbH} }",
    ),
    (
        "Which companies belong to the Hyundai Motor Group?",
        "inverse",
        "SELECT ?x WHERE { { ?x s:parentOrganization {Hyundai Motor Group} } UNION { {Hyundai Motor Group} s:subOrganization ?x } }",
    ),
    (
        "what versions of the Golf 8 are there",
        "inverse",
        "SELECT ?x WHERE { ?x s:model {Volkswagen Golf (Mk8)} }",
    ),
    (
        "What came before the Toyota Prius XW60?",
        "inverse",
        "SELECT ?x WHERE { ?x s:predecessorOf {Toyota Prius (XW60)} }",
    ),
    (
        "Who is the parent company of Audi AG?",
        "inverse",
        "SELECT ?x WHERE { { ?x s:subOrganization {Audi AG} } UNION { {Audi AG} s:parentOrganization ?x } }",
    ),
    # two and three hops
    (
        "In which city is the MINI Hatch F56 built?",
        "2hop",
        "SELECT ?x WHERE { {MINI Hatch (F56)} veh:builtAt/s:containedInPlace ?x }",
    ),
    (
        "What is the parent company of the maker of the Skoda Octavia Mk4?",
        "2hop",
        "SELECT ?x WHERE { {Škoda Octavia (Mk4)} s:manufacturer/s:parentOrganization ?x }",
    ),
    (
        "Which platform is the Toyota Corolla Hatchback 1.8 Hybrid Icon based on?",
        "2hop",
        "SELECT ?x WHERE { {Toyota Corolla Hatchback 1.8 Hybrid Icon} s:model/veh:platform ?x }",
    ),
    (
        "What trims does Nordic Taxi run?",
        "2hop",
        "SELECT ?x WHERE { ?v veh:registeredKeeper {Nordic Taxi AB} ; s:isVariantOf ?x }",
    ),
    (
        "Which recalls affect models built at the Zwickau plant?",
        "2hop",
        "SELECT ?x WHERE { ?x veh:affectedModel/veh:builtAt {Volkswagen Zwickau Plant} }",
    ),
    (
        "What component was recalled on the Volkswagen ID.4?",
        "2hop",
        f"SELECT ?x WHERE {{ ?r veh:affectedModel {{Volkswagen ID.4|{GEN}}} ; veh:component ?x }}",
    ),
    (
        "Who is the parent of the company that runs the Fahrzeugwerk Zwickau?",
        "2hop",
        "SELECT ?x WHERE { {Fahrzeugwerk Zwickau} veh:operator/s:parentOrganization ?x }",
    ),
    (
        "In which country is the Hyundai Ioniq 5 built?",
        "3hop",
        "SELECT ?x WHERE { {Hyundai Ioniq 5|s:ProductModel} veh:builtAt/s:containedInPlace/s:containedInPlace ?x }",
    ),
    (
        "In which countries is the Tesla Model Y produced?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Tesla Model Y|{GEN}}} veh:builtAt/s:containedInPlace/s:containedInPlace ?x }}",
    ),
    (
        "What fuel types do the City of Lyon's cars use?",
        "3hop",
        "SELECT ?x WHERE { ?v veh:registeredKeeper {City of Lyon} ; s:isVariantOf/s:fuelType ?x }",
    ),
    (
        "Which plant builds the car registered as LD23 BNE?",
        "3hop",
        "SELECT ?x WHERE { {LD23 BNE} s:isVariantOf/s:model/veh:builtAt ?x }",
    ),
    # conjunctions
    (
        "Which battery electric cars does Stadtwerke München have?",
        "conjunction",
        "SELECT ?x WHERE { ?x veh:registeredKeeper {Stadtwerke München GmbH} ; s:isVariantOf/s:fuelType {Battery electric} }",
    ),
    (
        "Which Tesla recalls were issued in 2023?",
        "conjunction",
        "SELECT ?x WHERE { ?x s:manufacturer {Tesla, Inc.} ; veh:recallDate ?d FILTER(YEAR(?d) = 2023) }",
    ),
    (
        "Which plug-in hybrids are built in Japan?",
        "conjunction",
        "SELECT DISTINCT ?x WHERE { ?x s:fuelType {Plug-in hybrid} ; s:model/veh:builtAt/s:containedInPlace/s:containedInPlace {Japan} }",
    ),
    (
        "Which NHTSA recalls concern the high-voltage battery?",
        "conjunction",
        "SELECT ?x WHERE { ?x veh:issuedBy {NHTSA} ; veh:component {High-voltage battery} }",
    ),
    (
        "Which cars made in the UK got five Euro NCAP stars?",
        "conjunction",
        "SELECT DISTINCT ?x WHERE { ?x veh:builtAt/s:containedInPlace/s:containedInPlace {United Kingdom} ; veh:ncapRating/veh:stars 5 }",
    ),
    # synonyms
    (
        "How many horsepower does the Ford Mustang Mach-E GT have?",
        "synonym",
        "SELECT ?x WHERE { {Ford Mustang Mach-E GT} s:vehicleEngine/s:enginePower ?p . ?p s:unitCode 'BHP' ; s:value ?x }",
    ),
    (
        "What's the top speed of the BMW i4 M50?",
        "synonym",
        "SELECT ?x WHERE { {BMW i4 M50} s:speed/s:value ?x }",
    ),
    (
        "How heavy is the F-150 Lightning Lariat?",
        "synonym",
        "SELECT ?x WHERE { {Ford F-150 Lightning Lariat} s:weightTotal/s:value ?x }",
    ),
    (
        "How far can the Ioniq 5 Long Range go on one charge?",
        "synonym",
        "SELECT ?x WHERE { {Hyundai Ioniq 5 77.4 kWh Long Range RWD} veh:electricRange/s:value ?x }",
    ),
    (
        "How quick is the Civic Type R from 0 to 100?",
        "synonym",
        "SELECT ?x WHERE { {Honda Civic Type R} s:accelerationTime/s:value ?x }",
    ),
    (
        "What's the sticker price of the Fiat 500e Icon?",
        "synonym",
        "SELECT ?x WHERE { {Fiat 500e Icon 42 kWh} s:offers/s:price ?x }",
    ),
    (
        "Which automaker owns Lexus?",
        "synonym",
        "SELECT ?x WHERE { ?x s:legalName ?legal ; s:brand {Lexus} }",
    ),
    # other names
    ("Where is the Golf VIII built?", "alias", "SELECT ?x WHERE { {Golf VIII} veh:builtAt ?x }"),
    ("What platform does the W206 use?", "alias", "SELECT ?x WHERE { {W206} veh:platform ?x }"),
    ("Who makes the Nuova 500?", "alias", "SELECT ?x WHERE { {Nuova 500} s:manufacturer ?x }"),
    (
        "When was Bayerische Motoren Werke founded?",
        "alias",
        "SELECT ?x WHERE { {BMW AG} s:foundingDate ?x }",
    ),
    (
        "Which brands belong to トヨタ自動車株式会社?",
        "alias",
        "SELECT ?x WHERE { {トヨタ自動車株式会社} s:brand ?x }",
    ),
    (
        "Who runs the Volkswagen Werk Wolfsburg?",
        "alias",
        "SELECT ?x WHERE { {Volkswagen Werk Wolfsburg} veh:operator ?x }",
    ),
    (
        "Which recalls did the Kraftfahrt-Bundesamt issue?",
        "alias",
        "SELECT ?x WHERE { ?x veh:issuedBy {Kraftfahrt-Bundesamt} }",
    ),
    # misspelt
    (
        "how much torqe does the golf gti have",
        "typo",
        "SELECT ?x WHERE { {Volkswagen Golf GTI} s:vehicleEngine/s:torque/s:value ?x }",
    ),
    (
        "where is the Hyundia Ioniq 5 made",
        "typo",
        "SELECT ?x WHERE { {Hyundai Ioniq 5|s:ProductModel} veh:builtAt ?x }",
    ),
    (
        "who manufactures the Mercedez-Benz EQA",
        "typo",
        "SELECT ?x WHERE { {Mercedes-Benz EQA (H243)} s:manufacturer ?x }",
    ),
    (
        "what plattform is the Volkswagon ID.4 on",
        "typo",
        f"SELECT ?x WHERE {{ {{Volkswagen ID.4|{GEN}}} veh:platform ?x }}",
    ),
    # literals
    (
        "What is the battery capacity of the Nissan Leaf e+ Tekna?",
        "literal",
        "SELECT ?x WHERE { {Nissan Leaf e+ Tekna} veh:batteryCapacity/s:value ?x }",
    ),
    (
        "What are the CO2 emissions of the BMW 320d Limousine?",
        "literal",
        "SELECT ?x WHERE { {BMW 320d Limousine} s:emissionsCO2 ?x }",
    ),
    (
        "When was recall 22V408000 issued?",
        "literal",
        "SELECT ?x WHERE { {22V408000} veh:recallDate ?x }",
    ),
    (
        "How many vehicles are affected by the Autosteer recall?",
        "literal",
        "SELECT ?x WHERE { {Autosteer controls may be insufficient to prevent misuse} veh:unitsAffected ?x }",
    ),
    (
        "When was M-SW-4812E first registered?",
        "literal",
        "SELECT ?x WHERE { {M-SW-4812E} s:dateVehicleFirstRegistered ?x }",
    ),
    (
        "What colour is the car with plate GC-498-FM?",
        "literal",
        "SELECT ?x WHERE { {GC-498-FM} s:color ?x }",
    ),
    (
        "How many Euro NCAP stars did the Dacia Sandero III get?",
        "literal",
        "SELECT ?x WHERE { {Dacia Sandero III} veh:ncapRating/veh:stars ?x }",
    ),
    (
        "When did production of the Renault Zoe end?",
        "literal",
        f"SELECT ?x WHERE {{ {{Renault Zoe|{GEN}}} veh:productionEnd ?x }}",
    ),
    # lists
    (
        "List the plants where Tesla Model Y cars are assembled",
        "list",
        f"SELECT ?x WHERE {{ {{Tesla Model Y|{GEN}}} veh:builtAt ?x }}",
    ),
    (
        "list all fuel types",
        "list",
        "SELECT ?x WHERE { ?x skos:inScheme/skos:prefLabel 'AutoReg fuel and energy types' }",
    ),
    # unanswerable: a near relation exists or the graph lacks it
    ("What is the towing capacity of the Ford F-150 Lightning Lariat?", "unanswerable", None),
    ("How many airbags does the Volkswagen Golf GTI have?", "unanswerable", None),
    ("Who designed the Tesla Model 3?", "unanswerable", None),
    ("What is the boot volume of the Škoda Octavia RS iV?", "unanswerable", None),
    ("How many employees does Kia Corporation have?", "unanswerable", None),
    ("When did the Hyundai Ulsan Plant close?", "unanswerable", None),
    ("What insurance group is the MINI Cooper SE in?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "vehicles-b48-01",
        [
            (
                "Who makes the Kia Niro (SG2)?",
                "start",
                "SELECT ?x WHERE { {Kia Niro (SG2)} s:manufacturer ?x }",
            ),
            (
                "When was it founded?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Kia Corporation} s:foundingDate ?x }",
            ),
            (
                "And Hyundai Motor Company?",
                "and_x",
                "SELECT ?x WHERE { {Hyundai Motor Company} s:foundingDate ?x }",
            ),
        ],
    ),
    (
        "vehicles-b48-02",
        [
            (
                "How much torque does the BMW i4 M50 have?",
                "start",
                "SELECT ?x WHERE { {BMW i4 M50} s:vehicleEngine/s:torque/s:value ?x }",
            ),
            (
                "How much does it cost?",
                "pronoun_topic",
                "SELECT ?x WHERE { {BMW i4 M50} s:offers/s:price ?x }",
            ),
            (
                "What about the Tesla Model 3 RWD?",
                "what_about",
                "SELECT ?x WHERE { {Tesla Model 3 RWD} s:offers/s:price ?x }",
            ),
        ],
    ),
    (
        "vehicles-b48-03",
        [
            (
                "Which platform is the Audi A4 (B9) built on?",
                "start",
                "SELECT ?x WHERE { {Audi A4 (B9)} veh:platform ?x }",
            ),
            (
                "Which plant builds it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Audi A4 (B9)} veh:builtAt ?x }",
            ),
            (
                "And the Mercedes-Benz EQA (H243)?",
                "and_x",
                "SELECT ?x WHERE { {Mercedes-Benz EQA (H243)} veh:builtAt ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (
    S.name,
    S.alternateName,
    S.legalName,
    S.identifier,
    S.vehicleIdentificationNumber,
    VEH.registrationMark,
    SKOS.prefLabel,
    SKOS.altLabel,
    SKOS.notation,
    RDFS.label,
)


def main() -> None:
    g = Graph()
    g.parse(HERE / "vehicles.jsonld", format="json-ld")

    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("vehicles", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "vehicles.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
