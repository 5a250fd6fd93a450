# ruff: noqa: E501  (one question a line)
"""Gold answers of ``smartbuilding.jsonl`` (and, with ``--conversations``, the smartbuilding
lines of ``conversations_blind56.jsonl``), computed with rdflib SPARQL over
``smartbuilding.owl`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("64.0", "2026-12-31", "20:00:00"); a node with every name
it carries: ``rdfs:label`` (English and German), ``skos:altLabel``, ``skos:notation`` (room
and device codes), ``schema:name``, ``schema:alternateName`` and ``schema:identifier``. In a
query ``{Name}`` stands for the one node carrying that name. A room's floor area is a
``bms:floorArea`` decimal or a blank ``om:Measure``'s value (``AREA``); a room's zone and a
zone's storey are linked by ``s4bldg:hasSpace`` one way or ``s4bldg:isSpaceOf`` the other
(``IN``); a device's room by ``s4bldg:contains`` or ``s4bldg:isContainedIn`` (``AT``).
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/smartbuilding_answers.py``.
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
S = Namespace("https://schema.org/")
PRE = """PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX saref: <https://saref.etsi.org/core/>
PREFIX s4bldg: <https://saref.etsi.org/saref4bldg/>
PREFIX s4ener: <https://saref.etsi.org/saref4ener/>
PREFIX om: <http://www.ontology-of-units-of-measure.org/resource/om-2/>
PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX bms: <https://bms.nordlicht-fs.example.com/ontologies/harbourview#>
"""


def IN(part: str, whole: str) -> str:
    """``part`` is a space of ``whole`` (either direction of the link)."""
    return f"{{ {whole} s4bldg:hasSpace {part} }} UNION {{ {part} s4bldg:isSpaceOf {whole} }}"


def AT(dev: str, room: str) -> str:
    """``dev`` is in ``room`` (either direction of the link)."""
    return f"{{ {room} s4bldg:contains {dev} }} UNION {{ {dev} s4bldg:isContainedIn {room} }}"


def AREA(room: str) -> str:
    """``?x`` is ``room``'s floor area, a decimal or a blank measure's value."""
    return f"{{ {room} bms:floorArea ?x FILTER isLiteral(?x) }} UNION {{ {room} bms:floorArea [ om:hasNumericalValue ?x ] }}"


def MAKER(dev: str) -> str:
    """``?x`` made ``dev``: a manufacturer string or a manufacturer node."""
    return f"{{ {dev} saref:hasManufacturer ?x }} UNION {{ {dev} schema:manufacturer ?x }}"


def SERIAL(dev: str) -> str:
    return f"{{ {dev} schema:serialNumber ?x }} UNION {{ {dev} bms:serial ?x }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # devices: makers, models, serials, rooms
    (
        "Who manufactured the main incomer meter?",
        "1hop",
        f"SELECT ?x WHERE {{ {MAKER('{Main incomer meter}')} }}",
    ),
    (
        "What is the serial number of the PV inverter roof east?",
        "1hop",
        f"SELECT ?x WHERE {{ {SERIAL('{PV inverter roof east}')} }}",
    ),
    (
        "Which room is the coffee machine plug in?",
        "1hop",
        f"SELECT ?x WHERE {{ {AT('{Coffee machine plug}', '?x')} }}",
    ),
    (
        "which devices are installed in the EV charging bay",
        "inverse",
        f"SELECT ?x WHERE {{ {AT('?x', '{EV charging bay}')} }}",
    ),
    (
        "What does the air quality sensor Elbe measure?",
        "1hop",
        "SELECT ?x WHERE { {Air quality sensor Elbe} saref:measuresProperty ?x }",
    ),
    (
        "Which properties does air handling unit 1 control?",
        "1hop",
        "SELECT ?x WHERE { {Air handling unit 1} saref:controlsProperty ?x }",
    ),
    (
        "Which zones does air handling unit 2 serve?",
        "1hop",
        "SELECT ?x WHERE { {Air handling unit 2} bms:servesZone ?x }",
    ),
    (
        "Who maintains the server room split unit?",
        "1hop",
        "SELECT ?x WHERE { {Server room split unit} bms:maintainedBy ?x }",
    ),
    (
        "What is the parent meter of the server room meter?",
        "1hop",
        "SELECT ?x WHERE { {Server room meter} bms:parentMeter ?x }",
    ),
    (
        "Which meters are sub-meters of the main incomer meter?",
        "inverse",
        "SELECT ?x WHERE { ?x bms:parentMeter {Main incomer meter} }",
    ),
    (
        "Which devices does Voltpark Mobility GmbH operate?",
        "inverse",
        "SELECT ?x WHERE { ?x bms:operatedBy {Voltpark Mobility GmbH} }",
    ),
    (
        "Which devices did Siemens make?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:manufacturer {Siemens} }",
    ),
    (
        "Which devices are made by SMA?",
        "literal",
        "SELECT ?x WHERE { ?x saref:hasManufacturer 'SMA' }",
    ),
    (
        "Who made the lighting controller floor 2?",
        "1hop",
        f"SELECT ?x WHERE {{ {MAKER('{Lighting controller floor 2}')} }}",
    ),
    (
        "What is the rated power of the PV inverter roof west?",
        "literal",
        "SELECT ?x WHERE { {PV inverter roof west} bms:ratedPower ?x }",
    ),
    (
        "How many EV chargers are there?",
        "literal",
        "SELECT (COUNT(?d) AS ?x) WHERE { ?d a bms:EVCharger }",
    ),
    # the building, storeys, zones, rooms
    (
        "Who owns the Harbourview Office Centre?",
        "1hop",
        "SELECT ?x WHERE { {Harbourview Office Centre} schema:owner ?x }",
    ),
    (
        "who runs the harbourview office centre",
        "synonym",
        "SELECT ?x WHERE { {Harbourview Office Centre} bms:operatedBy ?x }",
    ),
    (
        "What city is the Harbourview Office Centre in?",
        "2hop",
        "SELECT ?x WHERE { {Harbourview Office Centre} schema:address [ schema:addressLocality ?x ] }",
    ),
    ("Which floor is zone 2S on?", "inverse", f"SELECT ?x WHERE {{ {IN('{Zone 2S}', '?x')} }}"),
    (
        "Which zone is the server room in?",
        "inverse",
        f"SELECT ?x WHERE {{ {IN('{Server room}', '?x')} }}",
    ),
    ("What rooms are in zone 3N?", "1hop", f"SELECT ?x WHERE {{ {IN('?x', '{Zone 3N}')} }}"),
    (
        "What is the floor area of the boardroom?",
        "literal",
        f"SELECT ?x WHERE {{ {AREA('{Boardroom}')} }}",
    ),
    (
        "How many people can meeting room Elbe hold?",
        "synonym",
        "SELECT ?x WHERE { {Meeting room Elbe} bms:maxOccupancy ?x }",
    ),
    (
        "what is the occupancy limit of the reception",
        "synonym",
        "SELECT ?x WHERE { {Reception} bms:maxOccupancy ?x }",
    ),
    ("How large is room 2.16?", "literal", f"SELECT ?x WHERE {{ {AREA('{2.16}')} }}"),
    (
        "How many rooms does zone 2S have?",
        "literal",
        f"SELECT (COUNT(DISTINCT ?r) AS ?x) WHERE {{ {IN('?r', '{Zone 2S}')} }}",
    ),
    # units, people, companies
    (
        "What unit is CO2 concentration measured in?",
        "synonym",
        "SELECT ?x WHERE { bms:property-co2 bms:defaultUnit ?x }",
    ),
    (
        "What's the symbol of the unit of relative humidity?",
        "2hop",
        "SELECT ?x WHERE { {Relative humidity} bms:defaultUnit ?u . ?u om:symbol ?x }",
    ),
    (
        "Who is the facility manager?",
        "literal",
        "SELECT ?x WHERE { ?x schema:jobTitle 'Facility manager' }",
    ),
    (
        "Which company does Tobias Brandt work for?",
        "1hop",
        "SELECT ?x WHERE { {Tobias Brandt} schema:worksFor ?x }",
    ),
    # contract, tariffs, flexibility
    (
        "Who supplies electricity to the Harbourview Office Centre?",
        "2hop",
        "SELECT ?x WHERE { ?c bms:supplies {Harbourview Office Centre} ; schema:provider ?x }",
    ),
    (
        "When does the energy contract with Helios end?",
        "inverse",
        "SELECT ?x WHERE { ?c schema:provider {Helios} ; schema:endDate ?x }",
    ),
    (
        "What tariffs does contract HEL-2024-0917 have?",
        "1hop",
        "SELECT ?x WHERE { {HEL-2024-0917} bms:hasTariff ?x }",
    ),
    (
        "What is the price of the peak tariff?",
        "literal",
        "SELECT ?x WHERE { {Peak tariff} schema:price ?x }",
    ),
    (
        "When does the off-peak tariff start?",
        "literal",
        "SELECT ?x WHERE { {Off-peak tariff} bms:validFromTime ?x }",
    ),
    (
        "Which device made flexibility offer FO-2025-0313?",
        "1hop",
        "SELECT ?x WHERE { {FO-2025-0313} bms:offeredBy ?x }",
    ),
    (
        "How much energy does flexibility offer FO-2025-0311 shift?",
        "literal",
        "SELECT ?x WHERE { {FO-2025-0311} bms:flexibleEnergy ?x }",
    ),
    (
        "Which flexibility offers did the battery storage make?",
        "inverse",
        "SELECT ?x WHERE { ?x bms:offeredBy {Battery storage} }",
    ),
    (
        "Who received the flexibility offer of EV charger bay 1?",
        "2hop",
        "SELECT ?x WHERE { ?o bms:offeredBy {EV charger bay 1} ; schema:recipient ?x }",
    ),
    (
        "What is the earliest start time of the Overnight charge sequence?",
        "literal",
        "SELECT ?x WHERE { {Overnight charge} s4ener:earliestStartTime ?x }",
    ),
    (
        "What power sequences can washing machine 1 run?",
        "3hop",
        "SELECT ?x WHERE { {Washing machine 1} s4ener:hasPowerProfile/s4ener:consistsOf/s4ener:consistsOf ?x . ?x a s4ener:PowerSequence }",
    ),
    (
        "Who has the dispatch role for the battery storage?",
        "2hop",
        "SELECT ?x WHERE { {Battery storage} bms:operatorRole [ bms:agent ?x ; bms:roleName 'dispatch' ] }",
    ),
    # aliases (other-language names, alternate names, alt labels, codes)
    (
        "What did Philips Lighting make?",
        "alias",
        "SELECT ?x WHERE { ?x schema:manufacturer {Philips Lighting} }",
    ),
    ("Who does NFS employ?", "alias", "SELECT ?x WHERE { ?x schema:worksFor {NFS} }"),
    (
        "Which rooms are in the parking zone?",
        "alias",
        f"SELECT ?x WHERE {{ {IN('?x', '{parking zone}')} }}",
    ),
    (
        "How many people fit in the Vorstandszimmer?",
        "alias",
        "SELECT ?x WHERE { {Vorstandszimmer} bms:maxOccupancy ?x }",
    ),
    (
        "What is the floor area of Besprechungsraum Alster?",
        "alias",
        f"SELECT ?x WHERE {{ {AREA('{Besprechungsraum Alster}')} }}",
    ),
    (
        "Which room is the thermostat with serial number S55770-T2290 in?",
        "literal",
        f"SELECT ?x WHERE {{ ?d schema:serialNumber 'S55770-T2290' . {AT('?d', '?x')} }}",
    ),
    # typos
    (
        "who made the thermostat alstr",
        "typo",
        f"SELECT ?x WHERE {{ {MAKER('{Thermostat Alster}')} }}",
    ),
    (
        "whats the seriel number of the batery storage",
        "typo",
        f"SELECT ?x WHERE {{ {SERIAL('{Battery storage}')} }}",
    ),
    (
        "which zones does air handeling unit 1 serve",
        "typo",
        "SELECT ?x WHERE { {Air handling unit 1} bms:servesZone ?x }",
    ),
    (
        "waht model is washing machne 2",
        "typo",
        "SELECT ?x WHERE { {Washing machine 2} saref:hasModel ?x }",
    ),
    # two and three hops, conjunctions
    (
        "Who manufactured the devices in the server room?",
        "2hop",
        f"SELECT ?x WHERE {{ {AT('?d', '{Server room}')} {MAKER('?d')} }}",
    ),
    (
        "In which zone is the boardroom thermostat?",
        "2hop",
        f"SELECT ?x WHERE {{ {AT('{Boardroom thermostat}', '?r')} {IN('?r', '?x')} }}",
    ),
    (
        "What is the maximum occupancy of the room the display plug Speicherstadt is in?",
        "2hop",
        f"SELECT ?x WHERE {{ {AT('{Display plug Speicherstadt}', '?r')} ?r bms:maxOccupancy ?x }}",
    ),
    (
        "Which company maintains the unit that serves zone 1N?",
        "2hop",
        "SELECT ?x WHERE { ?u bms:servesZone {Zone 1N} ; bms:maintainedBy ?x }",
    ),
    (
        "Which floor is the air quality sensor Elbe on?",
        "3hop",
        f"SELECT ?x WHERE {{ {AT('{Air quality sensor Elbe}', '?r')} {IN('?r', '?z')} {IN('?z', '?x')} ?x a bms:Storey }}",
    ),
    (
        "Which devices are on the roof?",
        "3hop",
        f"SELECT ?x WHERE {{ {IN('?z', '{Roof}')} {IN('?r', '?z')} {AT('?x', '?r')} }}",
    ),
    (
        "Which thermostats are made by Danfoss and in standby?",
        "conjunction",
        "SELECT ?x WHERE { ?x a bms:Thermostat ; saref:hasManufacturer 'Danfoss' ; saref:hasState {Standby} }",
    ),
    (
        "Which EV chargers made by ABB does Voltpark operate?",
        "conjunction",
        "SELECT ?x WHERE { ?x a bms:EVCharger ; saref:hasManufacturer 'ABB' ; bms:operatedBy {Voltpark Mobility GmbH} }",
    ),
    (
        "Which smart plugs are made by Shelly and measure electrical energy?",
        "conjunction",
        "SELECT ?x WHERE { ?x a bms:SmartPlug ; saref:hasManufacturer 'Shelly' ; saref:measuresProperty {Electrical energy} }",
    ),
    (
        "Which devices in the plant room are made by SMA?",
        "conjunction",
        f"SELECT ?x WHERE {{ {AT('?x', '{Plant room}')} ?x saref:hasManufacturer 'SMA' }}",
    ),
    # unanswerable: the graph does not hold these (near relations)
    ("What is the phone number of Helios Energie AG?", "unanswerable", None),
    ("What is Ingrid Halvorsen's email address?", "unanswerable", None),
    ("When was the battery storage installed?", "unanswerable", None),
    ("How many people can the roof plant area hold?", "unanswerable", None),
    ("Who maintains the PV inverter roof east?", "unanswerable", None),
    ("What is the rated power of washing machine 1?", "unanswerable", None),
    ("When does the contract with GridFlex end?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "smartbuilding-b56-01",
        [
            (
                "Which room is the battery inverter in?",
                "start",
                f"SELECT ?x WHERE {{ {AT('{Battery inverter}', '?x')} }}",
            ),
            ("How big is it?", "pronoun_answer", f"SELECT ?x WHERE {{ {AREA('{Plant room}')} }}"),
            ("And the server room?", "and_x", f"SELECT ?x WHERE {{ {AREA('{Server room}')} }}"),
        ],
    ),
    (
        "smartbuilding-b56-02",
        [
            (
                "Who manufactured the district heating meter?",
                "start",
                f"SELECT ?x WHERE {{ {MAKER('{District heating meter}')} }}",
            ),
            (
                "What model is it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {District heating meter} saref:hasModel ?x }",
            ),
            (
                "What about the EV charging meter?",
                "what_about",
                "SELECT ?x WHERE { {EV charging meter} saref:hasModel ?x }",
            ),
        ],
    ),
    (
        "smartbuilding-b56-03",
        [
            (
                "Who maintains air handling unit 1?",
                "start",
                "SELECT ?x WHERE { {Air handling unit 1} bms:maintainedBy ?x }",
            ),
            (
                "Who works for that company?",
                "demonstrative",
                "SELECT ?x WHERE { ?x schema:worksFor {Kältetechnik Brandt KG} }",
            ),
            (
                "What is his job title?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Tobias Brandt} schema:jobTitle ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (
    RDFS.label,
    SKOS.altLabel,
    SKOS.notation,
    S.name,
    S.alternateName,
    S.identifier,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("64.0")
    g = Graph()
    g.parse(HERE / "smartbuilding.owl", format="xml")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("smartbuilding", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "smartbuilding.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
