# ruff: noqa: E501  (one record a line)
"""Write ``smartbuilding.owl``: a smart office building's energy monitoring as its building
management system (BMS) integrator exports it from Protégé (RDF/XML, one ``.owl`` file with the
ontology header, ``owl:imports`` of the vocabularies and the individuals).

The shape follows what such an export holds:

* the published vocabularies of the domain: **SAREF core** (``saref:Device`` and its
  ``Meter`` / ``Sensor`` / ``Actuator`` / ``Appliance`` kinds, ``saref:measuresProperty``,
  ``saref:controlsProperty``, ``saref:makesMeasurement`` on some devices and
  ``saref:measurementMadeBy`` on the rest's measurements, declared inverses;
  ``saref:Measurement`` records with ``saref:hasValue``, ``saref:hasTimestamp``
  (``xsd:dateTime``), ``saref:isMeasuredIn`` and ``saref:relatesToProperty``;
  ``saref:hasManufacturer`` / ``saref:hasModel`` literals, ``saref:hasFunction`` blank
  function nodes, ``saref:hasState`` state individuals; ``saref:Property`` subclasses),
  **SAREF4BLDG** (``s4bldg:Building``, ``s4bldg:BuildingSpace``, ``s4bldg:hasSpace`` on some
  spaces and ``s4bldg:isSpaceOf`` on others, undeclared as inverses; ``s4bldg:contains`` /
  ``s4bldg:isContainedIn`` for devices, declared inverses), **SAREF4ENER** (power profiles
  ``s4ener:PowerProfile`` -> ``s4ener:AlternativesGroup`` -> ``s4ener:PowerSequence`` ->
  blank ``s4ener:Slot`` nodes by ``s4ener:consistsOf``, earliest start and latest end times,
  slot durations and a nested blank maximum power), **OM 2** and **QUDT** units
  (``om:degreeCelsius``, ``om:kilowatt``, ``unit:KiloW-HR``, ``unit:PPM``) and **schema.org**
  organizations, people, the energy contract's supplier and its tariffs
  (``schema:UnitPriceSpecification``);
* the integrator's own ``bms:`` terms for what the vocabularies lack: storeys, zones and room
  kinds under ``s4bldg:BuildingSpace``; room areas as ``bms:floorArea`` decimals on most, as a
  blank ``om:Measure`` (value and unit) on the rest; capacities ``bms:maxOccupancy``; room
  codes ``skos:notation``; the zones an air handling unit serves; flexibility offers with their
  time windows, offered by a device to an aggregator; who operates or maintains what (plain
  ``bms:operatedBy`` / ``bms:maintainedBy``, or a blank ``bms:OperatorRole`` n-ary record
  with the agent, the role and a start date); ``rdfs:comment`` descriptions on some;
* the mess of real data: German labels beside English ones (some German only), a room and a
  thermostat with no label (a code, a serial), manufacturers as a ``saref:hasManufacturer``
  string on most devices but a ``schema:manufacturer`` organization on others, serial numbers
  as ``schema:serialNumber`` or the older ``bms:serial``, power in W on plugs but kW on meters,
  ``owl:NamedIndividual`` typing as Protégé writes it.

Seeded, no network; stdlib only (rdflib checks the output). Run from the repository root:
``python bench/data/own/smartbuilding_make.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _rdfxml import Body, RdfXmlDoc

HERE = Path(__file__).parent
ONT = "https://bms.nordlicht-fs.example.com/ontologies/harbourview"
BASE = ONT + "#"
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "saref": "https://saref.etsi.org/core/",
    "s4bldg": "https://saref.etsi.org/saref4bldg/",
    "s4ener": "https://saref.etsi.org/saref4ener/",
    "om": "http://www.ontology-of-units-of-measure.org/resource/om-2/",
    "unit": "http://qudt.org/vocab/unit/",
    "qudt": "http://qudt.org/schema/qudt/",
    "schema": "https://schema.org/",
    "bms": BASE,
}
XSD = NS["xsd"]
DEC, INT, DT, DATE, TIME, DUR, YEAR, BOOL, DBL = (
    XSD + t
    for t in (
        "decimal",
        "integer",
        "dateTime",
        "date",
        "time",
        "duration",
        "gYear",
        "boolean",
        "double",
    )
)


def full(prefix_local: str) -> str:
    """The IRI of ``prefix:local``."""
    pre, _, local = prefix_local.partition(":")
    return NS[pre] + local


def ind(d: RdfXmlDoc, iri: str, *classes: str) -> None:
    """An individual as Protégé writes it: ``owl:NamedIndividual`` and its classes."""
    d.typ(iri, "owl:NamedIndividual")
    for c in classes:
        d.iri(iri, "rdf:type", full(c))


def label(d: RdfXmlDoc, iri: str, en: str, de: str = "") -> None:
    if en:
        d.lit(iri, "rdfs:label", en, lang="en")
    if de:
        d.lit(iri, "rdfs:label", de, lang="de")


# ------------------------------------------------------------------ vocabulary
# class -> (superclass, label, comment)
CLASSES: dict[str, tuple[str, str, str]] = {
    "bms:Storey": ("s4bldg:BuildingSpace", "Storey", "A level of the building."),
    "bms:Zone": ("s4bldg:BuildingSpace", "Zone", "A wing of a storey served as one HVAC zone."),
    "bms:Room": ("s4bldg:BuildingSpace", "Room", ""),
    "bms:OfficeRoom": ("bms:Room", "Office", ""),
    "bms:MeetingRoom": ("bms:Room", "Meeting room", ""),
    "bms:TechnicalRoom": ("bms:Room", "Technical room", "Plant, riser or server room."),
    "bms:CommonArea": ("bms:Room", "Common area", ""),
    "bms:ParkingArea": ("bms:Room", "Parking area", ""),
    "bms:ElectricityMeter": ("saref:Meter", "Electricity meter", ""),
    "bms:HeatMeter": ("saref:Meter", "Heat meter", ""),
    "bms:MultiSensor": (
        "saref:Sensor",
        "Room multi-sensor",
        "Measures CO2, temperature and humidity.",
    ),
    "bms:Thermostat": ("saref:Device", "Room thermostat", ""),
    "bms:HVACUnit": ("saref:Appliance", "HVAC unit", "An air handling unit or a split unit."),
    "bms:LightingController": ("saref:Actuator", "Lighting controller", ""),
    "bms:SmartPlug": ("saref:Actuator", "Smart plug", ""),
    "bms:PVInverter": ("saref:Device", "PV inverter", "Converts the roof array's DC output to AC."),
    "bms:Battery": ("saref:Device", "Battery storage system", ""),
    "bms:WashingMachine": ("saref:Appliance", "Washing machine", ""),
    "bms:EVCharger": ("saref:Device", "EV charging station", "A wallbox for electric vehicles."),
    "bms:CO2Concentration": ("saref:Property", "CO2 concentration", ""),
    "bms:StateOfCharge": ("saref:Property", "State of charge", ""),
    "bms:FlexibilityOffer": (
        "saref:Commodity",
        "Flexibility offer",
        "Energy a shiftable device offers to move in time.",
    ),
    "bms:EnergyContract": ("schema:Intangible", "Energy supply contract", ""),
    "bms:Tariff": ("schema:UnitPriceSpecification", "Tariff", ""),
    "bms:OperatorRole": ("schema:Role", "Operator role", ""),
}
# property -> (kind, label, comment, inverse)
PROPS: dict[str, tuple[str, str, str, str]] = {
    "s4bldg:contains": ("owl:ObjectProperty", "contains", "", "s4bldg:isContainedIn"),
    "saref:makesMeasurement": (
        "owl:ObjectProperty",
        "makes measurement",
        "",
        "saref:measurementMadeBy",
    ),
    "bms:floorArea": (
        "owl:DatatypeProperty",
        "floor area (m²)",
        "Net floor area of the space in square metres.",
        "",
    ),
    "bms:maxOccupancy": (
        "owl:DatatypeProperty",
        "maximum occupancy",
        "The number of people the space is designed to hold.",
        "",
    ),
    "bms:levelNumber": ("owl:DatatypeProperty", "level number", "", ""),
    "bms:servesZone": (
        "owl:ObjectProperty",
        "serves zone",
        "The zones whose supply air this unit conditions.",
        "",
    ),
    "bms:operatedBy": ("owl:ObjectProperty", "operated by", "", ""),
    "bms:maintainedBy": (
        "owl:ObjectProperty",
        "maintained by",
        "The contractor responsible for servicing the device.",
        "",
    ),
    "bms:offeredBy": (
        "owl:ObjectProperty",
        "offered by",
        "The device whose load the offer shifts.",
        "",
    ),
    "bms:windowStart": ("owl:DatatypeProperty", "flexibility window start", "", ""),
    "bms:windowEnd": ("owl:DatatypeProperty", "flexibility window end", "", ""),
    "bms:flexibleEnergy": ("owl:DatatypeProperty", "flexible energy (kWh)", "", ""),
    "bms:ratedPower": ("owl:DatatypeProperty", "rated power (kW)", "", ""),
    "bms:usableCapacity": ("owl:DatatypeProperty", "usable capacity (kWh)", "", ""),
    "bms:connectedTo": ("owl:ObjectProperty", "connected to", "", ""),
    "bms:parentMeter": (
        "owl:ObjectProperty",
        "parent meter",
        "The upstream meter this sub-meter is counted under.",
        "",
    ),
    "bms:hasTariff": ("owl:ObjectProperty", "has tariff", "", ""),
    "bms:supplies": (
        "owl:ObjectProperty",
        "supplies",
        "The building an energy contract supplies.",
        "",
    ),
    "bms:defaultUnit": ("owl:ObjectProperty", "default unit", "", ""),
    "bms:serial": ("owl:DatatypeProperty", "serial no. (legacy BMS)", "", ""),
    "bms:agent": ("owl:ObjectProperty", "agent", "", ""),
    "bms:roleName": ("owl:DatatypeProperty", "role", "", ""),
    "bms:since": ("owl:DatatypeProperty", "since", "", ""),
}


def vocabulary(d: RdfXmlDoc) -> None:
    d.typ(ONT, "owl:Ontology")
    for imp in ("saref", "s4bldg", "s4ener", "om"):
        d.iri(ONT, "owl:imports", NS[imp].rstrip("/"))
    d.lit(ONT, "owl:versionInfo", "2025-03-14 export, BMS release 4.2")
    d.lit(
        ONT,
        "rdfs:comment",
        "Harbourview Office Centre: spaces, devices and energy data as exported from the building management system.",
        lang="en",
    )
    for c, (sup, lab, comment) in CLASSES.items():
        d.typ(full(c), "owl:Class")
        d.iri(full(c), "rdfs:subClassOf", full(sup))
        d.lit(full(c), "rdfs:label", lab, lang="en")
        if comment:
            d.lit(full(c), "rdfs:comment", comment, lang="en")
    for p, (kind, lab, comment, inv) in PROPS.items():
        d.typ(full(p), kind)
        d.lit(full(p), "rdfs:label", lab, lang="en")
        if comment:
            d.lit(full(p), "rdfs:comment", comment, lang="en")
        if inv:
            d.iri(full(p), "owl:inverseOf", full(inv))


# ------------------------------------------------------------------ units and properties
UNITS = {
    "om:degreeCelsius": ("degree Celsius", "°C"),
    "om:kilowatt": ("kilowatt", "kW"),
    "om:watt": ("watt", "W"),
    "om:squareMetre": ("square metre", "m²"),
    "om:percent": ("percent", "%"),
    "om:lux": ("lux", "lx"),
    "unit:KiloW-HR": ("Kilowatt hour", "kWh"),
    "unit:MegaW-HR": ("Megawatt hour", "MWh"),
    "unit:PPM": ("Parts per million", "ppm"),
}
# key -> (class, English label, German label, default unit)
PROPERTIES = {
    "temp": (
        "saref:Temperature",
        "Indoor air temperature",
        "Raumlufttemperatur",
        "om:degreeCelsius",
    ),
    "hum": ("saref:Humidity", "Relative humidity", "Relative Luftfeuchte", "om:percent"),
    "co2": ("bms:CO2Concentration", "CO2 concentration", "CO2-Konzentration", "unit:PPM"),
    "power": ("saref:Power", "Active power", "Wirkleistung", "om:kilowatt"),
    "energy": ("saref:Energy", "Electrical energy", "", "unit:KiloW-HR"),
    "heat": ("saref:Energy", "Thermal energy", "Wärmemenge", "unit:MegaW-HR"),
    "supply": (
        "saref:Temperature",
        "Supply water temperature",
        "Vorlauftemperatur",
        "om:degreeCelsius",
    ),
    "soc": ("bms:StateOfCharge", "Battery state of charge", "", "om:percent"),
    "lux": ("saref:Light", "Illuminance", "Beleuchtungsstärke", "om:lux"),
}


def prop(key: str) -> str:
    return f"{BASE}property-{key}"


def units_and_properties(d: RdfXmlDoc) -> None:
    for u, (name, symbol) in UNITS.items():
        ind(d, full(u), "om:Unit" if u.startswith("om:") else "qudt:Unit")
        d.lit(full(u), "rdfs:label", name, lang="en")
        d.lit(full(u), "om:symbol" if u.startswith("om:") else "qudt:symbol", symbol)
    for key, (cls, en, de, unit) in PROPERTIES.items():
        ind(d, prop(key), cls)
        label(d, prop(key), en, de)
        d.iri(prop(key), "bms:defaultUnit", full(unit))
    for key, cls, en in (
        ("on", "saref:OnState", "On"),
        ("off", "saref:OffState", "Off"),
        ("standby", "saref:StartStopState", "Standby"),
    ):
        ind(d, f"{BASE}state-{key}", cls)
        d.lit(f"{BASE}state-{key}", "rdfs:label", en, lang="en")


# ------------------------------------------------------------------ organizations and people
# key -> (class, name, alternate name, extra (property, value))
AGENTS = {
    "owner": ("schema:Organization", "Harbourview Properties Ltd", "", []),
    "nfs": (
        "schema:Organization",
        "Nordlicht Facility Services GmbH",
        "NFS",
        [("schema:telephone", "+49 40 3344 7100")],
    ),
    "brandt": ("schema:Organization", "Kältetechnik Brandt KG", "Brandt Refrigeration", []),
    "helios": (
        "schema:Organization",
        "Helios Energie AG",
        "Helios",
        [
            ("schema:legalName", "Helios Energie Aktiengesellschaft"),
            ("schema:taxID", "DE281734906"),
        ],
    ),
    "gridflex": ("schema:Organization", "GridFlex Aggregation B.V.", "GridFlex", []),
    "voltpark": ("schema:Organization", "Voltpark Mobility GmbH", "", []),
    "siemens": ("schema:Organization", "Siemens Smart Infrastructure", "Siemens", []),
    "signify": ("schema:Organization", "Signify N.V.", "Philips Lighting", []),
    "halvorsen": (
        "schema:Person",
        "Ingrid Halvorsen",
        "",
        [("schema:jobTitle", "Facility manager")],
    ),
    "brandt_t": ("schema:Person", "Tobias Brandt", "", [("schema:jobTitle", "HVAC technician")]),
    "okafor": ("schema:Person", "Chidi Okafor", "", [("schema:jobTitle", "Energy manager")]),
}
WORKS_FOR = {"halvorsen": "nfs", "brandt_t": "brandt", "okafor": "owner"}


def agent(key: str) -> str:
    return f"{BASE}agent-{key}"


def agents(d: RdfXmlDoc) -> None:
    for key, (cls, name, alt, extra) in AGENTS.items():
        ind(d, agent(key), cls)
        d.lit(agent(key), "schema:name", name)
        if alt:
            d.lit(agent(key), "schema:alternateName", alt)
        for p, v in extra:
            d.lit(agent(key), p, v)
        if key in WORKS_FOR:
            d.iri(agent(key), "schema:worksFor", agent(WORKS_FOR[key]))


# ------------------------------------------------------------------ spaces
BUILDING = BASE + "HarbourviewOfficeCentre"
# storey key -> (English, German, level, linked from the building (hasSpace) or to it (isSpaceOf))
STOREYS = {
    "B1": ("Underground car park", "Tiefgarage", -1, "up"),
    "L0": ("Ground floor", "Erdgeschoss", 0, "down"),
    "L1": ("First floor", "1. Obergeschoss", 1, "down"),
    "L2": ("Second floor", "2. Obergeschoss", 2, "down"),
    "L3": ("Third floor", "", 3, "up"),
    "RF": ("Roof", "Dach", 4, "up"),
}
# zone -> (label, alt label, storey)
ZONES = {
    "ZP": ("Zone P", "parking zone", "B1"),
    "Z0": ("Zone 0", "lobby zone", "L0"),
    "Z1N": ("Zone 1N", "north wing, first floor", "L1"),
    "Z1S": ("Zone 1S", "south wing, first floor", "L1"),
    "Z2N": ("Zone 2N", "north wing, second floor", "L2"),
    "Z2S": ("Zone 2S", "south wing, second floor", "L2"),
    "Z3N": ("Zone 3N", "north wing, third floor", "L3"),
    "Z3S": ("Zone 3S", "south wing, third floor", "L3"),
    "ZR": ("Zone R", "roof plant zone", "RF"),
}
# room code -> (class, English, German, zone, area m², capacity or None, area as om:Measure)
ROOMS: dict[str, tuple[str, str, str, str, str, int | None, bool]] = {
    "-1.02": ("bms:ParkingArea", "EV charging bay", "E-Ladeplätze", "ZP", "420.0", None, False),
    "-1.08": ("bms:TechnicalRoom", "Plant room", "Technikraum", "ZP", "60.5", 2, False),
    "0.01": ("bms:CommonArea", "Reception", "Empfang", "Z0", "85.0", 12, False),
    "0.05": ("bms:CommonArea", "Staff kitchen", "Teeküche", "Z0", "32.5", 14, True),
    "0.07": ("bms:TechnicalRoom", "Laundry room", "Waschraum", "Z0", "18.0", 2, False),
    "1.04": (
        "bms:OfficeRoom",
        "Open-plan office 1 North",
        "Großraumbüro 1 Nord",
        "Z1N",
        "210.0",
        28,
        False,
    ),
    "1.11": (
        "bms:MeetingRoom",
        "Meeting room Elbe",
        "Besprechungsraum Elbe",
        "Z1S",
        "38.0",
        12,
        False,
    ),
    "1.12": ("bms:MeetingRoom", "", "Besprechungsraum Alster", "Z1S", "24.5", 8, True),
    "1.15": ("bms:TechnicalRoom", "Server room", "Serverraum", "Z1S", "22.0", 1, False),
    "1.20": ("bms:TechnicalRoom", "Electrical riser 1", "", "Z1N", "6.0", None, False),
    "2.03": ("bms:OfficeRoom", "Open-plan office 2 North", "", "Z2N", "195.0", 26, False),
    "2.14": (
        "bms:MeetingRoom",
        "Meeting room Speicherstadt",
        "Besprechungsraum Speicherstadt",
        "Z2S",
        "46.0",
        16,
        True,
    ),
    "2.16": ("bms:OfficeRoom", "", "", "Z2S", "9.5", 2, False),
    "2.20": (
        "bms:OfficeRoom",
        "Facility management office",
        "Büro Facility Management",
        "Z2S",
        "16.0",
        2,
        False,
    ),
    "2.22": ("bms:TechnicalRoom", "Electrical riser 2", "", "Z2N", "6.0", None, False),
    "3.01": ("bms:OfficeRoom", "Executive office", "Geschäftsführung", "Z3N", "28.0", 3, False),
    "3.05": ("bms:MeetingRoom", "Boardroom", "Vorstandszimmer", "Z3N", "64.0", 20, True),
    "3.09": (
        "bms:OfficeRoom",
        "Open-plan office 3 South",
        "Großraumbüro 3 Süd",
        "Z3S",
        "180.0",
        24,
        False,
    ),
    "3.18": ("bms:TechnicalRoom", "Electrical riser 3", "", "Z3S", "6.0", None, False),
    "R.01": (
        "bms:TechnicalRoom",
        "Roof plant area",
        "Dachtechnikfläche",
        "ZR",
        "300.0",
        None,
        False,
    ),
}
# rooms the zone lists by hasSpace; the rest name their zone by isSpaceOf
ROOMS_FROM_ZONE = {
    "-1.02",
    "0.01",
    "0.05",
    "1.04",
    "1.11",
    "1.15",
    "2.03",
    "2.14",
    "2.20",
    "3.05",
    "R.01",
}


def space(key: str) -> str:
    return f"{BASE}space-{key.replace('.', '_').replace('-', 'm')}"


def spaces(d: RdfXmlDoc) -> None:
    ind(d, BUILDING, "s4bldg:Building")
    label(d, BUILDING, "Harbourview Office Centre", "Bürohaus Hafenblick")
    d.blank(
        BUILDING,
        "schema:address",
        "schema:PostalAddress",
        [
            ("schema:streetAddress", "plain", "Am Sandtorkai 48", ""),
            ("schema:postalCode", "plain", "20457", ""),
            ("schema:addressLocality", "plain", "Hamburg", ""),
            ("schema:addressCountry", "plain", "DE", ""),
        ],
    )
    d.lit(BUILDING, "schema:yearBuilt", "2009", dtype=YEAR)
    d.iri(BUILDING, "schema:owner", agent("owner"))
    d.iri(BUILDING, "bms:operatedBy", agent("nfs"))
    d.blank(
        BUILDING,
        "bms:floorArea",
        "om:Measure",
        [
            ("om:hasNumericalValue", "typed", "6400", DEC),
            ("om:hasUnit", "iri", full("om:squareMetre"), ""),
        ],
    )
    for key, (en, de, level, way) in STOREYS.items():
        s = space(key)
        ind(d, s, "bms:Storey")
        label(d, s, en, de)
        d.lit(s, "bms:levelNumber", str(level), dtype=INT)
        if way == "down":
            d.iri(BUILDING, "s4bldg:hasSpace", s)
        else:
            d.iri(s, "s4bldg:isSpaceOf", BUILDING)
    for key, (lab, alt, storey) in ZONES.items():
        z = space(key)
        ind(d, z, "bms:Zone")
        d.lit(z, "rdfs:label", lab)
        d.lit(z, "skos:altLabel", alt, lang="en")
        d.iri(space(storey), "s4bldg:hasSpace", z)
    for code, (cls, en, de, zone, area, cap, measure) in ROOMS.items():
        r = space(code)
        ind(d, r, cls)
        label(d, r, en, de)
        d.lit(r, "skos:notation", code)
        if measure:
            d.blank(
                r,
                "bms:floorArea",
                "om:Measure",
                [
                    ("om:hasNumericalValue", "typed", area, DEC),
                    ("om:hasUnit", "iri", full("om:squareMetre"), ""),
                ],
            )
        else:
            d.lit(r, "bms:floorArea", area, dtype=DEC)
        if cap is not None:
            d.lit(r, "bms:maxOccupancy", str(cap), dtype=INT)
        if code in ROOMS_FROM_ZONE:
            d.iri(space(zone), "s4bldg:hasSpace", r)
        else:
            d.iri(r, "s4bldg:isSpaceOf", space(zone))


# ------------------------------------------------------------------ devices
# key -> (class, label, manufacturer (a name, or "@agent" for a schema:manufacturer node), model,
#         serial (legacy "!" prefix: bms:serial), room, measures, controls, state)
DEVICES: dict[str, tuple[str, str, str, str, str, str, str, str, str]] = {
    "EM-MAIN": (
        "bms:ElectricityMeter",
        "Main incomer meter",
        "Janitza",
        "UMG 604-PRO",
        "7731-0045",
        "-1.08",
        "power energy",
        "",
        "",
    ),
    "EM-L1": (
        "bms:ElectricityMeter",
        "Sub-meter first floor",
        "Schneider Electric",
        "PowerTag A9MEM1520",
        "PT-19-22871",
        "1.20",
        "power energy",
        "",
        "",
    ),
    "EM-L2": (
        "bms:ElectricityMeter",
        "Sub-meter second floor",
        "Schneider Electric",
        "PowerTag A9MEM1520",
        "PT-19-22872",
        "2.22",
        "power energy",
        "",
        "",
    ),
    "EM-L3": (
        "bms:ElectricityMeter",
        "Sub-meter third floor",
        "Schneider Electric",
        "PowerTag A9MEM1520",
        "!PT-17-10394",
        "3.18",
        "power energy",
        "",
        "",
    ),
    "EM-SRV": (
        "bms:ElectricityMeter",
        "Server room meter",
        "ABB",
        "B23 112-100",
        "1SAR-558812",
        "1.15",
        "power energy",
        "",
        "",
    ),
    "EM-EV": (
        "bms:ElectricityMeter",
        "EV charging meter",
        "Janitza",
        "UMG 96-PQ-L",
        "7731-0112",
        "-1.02",
        "power energy",
        "",
        "",
    ),
    "EM-PV": (
        "bms:ElectricityMeter",
        "PV generation meter",
        "SMA",
        "Energy Meter 2.0",
        "3010045671",
        "R.01",
        "energy",
        "",
        "",
    ),
    "HM-01": (
        "bms:HeatMeter",
        "District heating meter",
        "Kamstrup",
        "MULTICAL 603",
        "!6740021",
        "-1.08",
        "heat supply",
        "",
        "",
    ),
    "MS-104": (
        "bms:MultiSensor",
        "Air quality sensor 1.04",
        "Elsys",
        "ERS CO2",
        "A81758FFFE0311A2",
        "1.04",
        "co2 temp hum",
        "",
        "",
    ),
    "MS-111": (
        "bms:MultiSensor",
        "Air quality sensor Elbe",
        "Elsys",
        "ERS CO2",
        "A81758FFFE0311B7",
        "1.11",
        "co2 temp hum",
        "",
        "",
    ),
    "MS-214": (
        "bms:MultiSensor",
        "Air quality sensor 2.14",
        "Elsys",
        "ERS CO2 Lite",
        "A81758FFFE0420C1",
        "2.14",
        "co2 temp",
        "",
        "",
    ),
    "MS-305": (
        "bms:MultiSensor",
        "Boardroom air quality sensor",
        "Sensirion",
        "SCD41 Eval Kit",
        "SEN-0093381",
        "3.05",
        "co2 temp hum",
        "",
        "",
    ),
    "TS-115": (
        "saref:Sensor",
        "Server room climate sensor",
        "Honeywell",
        "T7460",
        "!HW-220918",
        "1.15",
        "temp hum",
        "",
        "",
    ),
    "TH-111": (
        "bms:Thermostat",
        "Thermostat Elbe",
        "@siemens",
        "RDG260KN",
        "S55770-T3114",
        "1.11",
        "temp",
        "temp",
        "on",
    ),
    "TH-112": (
        "bms:Thermostat",
        "Thermostat Alster",
        "@siemens",
        "RDG260KN",
        "S55770-T3157",
        "1.12",
        "temp",
        "temp",
        "on",
    ),
    "TH-214": (
        "bms:Thermostat",
        "Thermostat Speicherstadt",
        "Danfoss",
        "Ally Room Sensor",
        "014G2400-8812",
        "2.14",
        "temp",
        "temp",
        "standby",
    ),
    "TH-220": (
        "bms:Thermostat",
        "Thermostat FM office",
        "Danfoss",
        "Ally Room Sensor",
        "014G2400-8830",
        "2.20",
        "temp",
        "temp",
        "on",
    ),
    "TH-301": (
        "bms:Thermostat",
        "",
        "@siemens",
        "RDG160T",
        "S55770-T2290",
        "3.01",
        "temp",
        "temp",
        "off",
    ),
    "TH-305": (
        "bms:Thermostat",
        "Boardroom thermostat",
        "@siemens",
        "RDG260KN",
        "S55770-T3190",
        "3.05",
        "temp",
        "temp",
        "on",
    ),
    "AHU-1": (
        "bms:HVACUnit",
        "Air handling unit 1",
        "Daikin",
        "Modular L D-AHU",
        "J2210-0451",
        "R.01",
        "temp",
        "temp hum",
        "on",
    ),
    "AHU-2": (
        "bms:HVACUnit",
        "Air handling unit 2",
        "Daikin",
        "Modular L D-AHU",
        "J2210-0452",
        "R.01",
        "temp",
        "temp hum",
        "on",
    ),
    "SPLIT-SRV": (
        "bms:HVACUnit",
        "Server room split unit",
        "Mitsubishi Electric",
        "PKA-M60KA",
        "!ME-6612804",
        "1.15",
        "",
        "temp",
        "on",
    ),
    "LC-1": (
        "bms:LightingController",
        "Lighting controller floor 1",
        "@signify",
        "Interact Office Gateway",
        "IOG-4471-01",
        "1.20",
        "lux",
        "lux",
        "on",
    ),
    "LC-2": (
        "bms:LightingController",
        "Lighting controller floor 2",
        "@signify",
        "Interact Office Gateway",
        "IOG-4471-02",
        "2.22",
        "lux",
        "lux",
        "on",
    ),
    "LC-3": (
        "bms:LightingController",
        "Lighting controller floor 3",
        "Zumtobel",
        "LITECOM CCD",
        "ZT-90021887",
        "3.18",
        "",
        "lux",
        "standby",
    ),
    "PL-005": (
        "bms:SmartPlug",
        "Coffee machine plug",
        "Shelly",
        "Plus Plug S",
        "E8DB84D6A1F0",
        "0.05",
        "power energy",
        "",
        "on",
    ),
    "PL-104": (
        "bms:SmartPlug",
        "Printer plug 1.04",
        "Shelly",
        "Plus Plug S",
        "E8DB84D6A2C4",
        "1.04",
        "power energy",
        "",
        "standby",
    ),
    "PL-214": (
        "bms:SmartPlug",
        "Display plug Speicherstadt",
        "Shelly",
        "Plus Plug S",
        "E8DB84D6A3B9",
        "2.14",
        "power",
        "",
        "off",
    ),
    "PL-309": (
        "bms:SmartPlug",
        "Water dispenser plug",
        "TP-Link",
        "Tapo P110",
        "TPL-22B91C07",
        "3.09",
        "power energy",
        "",
        "on",
    ),
    "PV-E": (
        "bms:PVInverter",
        "PV inverter roof east",
        "SMA",
        "Sunny Tripower 25000TL",
        "3006218844",
        "R.01",
        "power",
        "",
        "on",
    ),
    "PV-W": (
        "bms:PVInverter",
        "PV inverter roof west",
        "SMA",
        "Sunny Tripower 20000TL",
        "3006218859",
        "R.01",
        "power",
        "",
        "on",
    ),
    "BAT-1": (
        "bms:Battery",
        "Battery storage",
        "BYD",
        "Battery-Box Premium HVM 22.1",
        "P03-2405-01187",
        "-1.08",
        "soc power",
        "",
        "on",
    ),
    "BINV-1": (
        "bms:PVInverter",
        "Battery inverter",
        "SMA",
        "Sunny Tripower Smart Energy 10.0",
        "3011094412",
        "-1.08",
        "power",
        "",
        "on",
    ),
    "WM-1": (
        "bms:WashingMachine",
        "Washing machine 1",
        "Miele",
        "PWM 507",
        "000172409833",
        "0.07",
        "",
        "",
        "standby",
    ),
    "WM-2": (
        "bms:WashingMachine",
        "Washing machine 2",
        "Miele",
        "PWM 507",
        "000172409847",
        "0.07",
        "",
        "",
        "off",
    ),
    "EVC-1": (
        "bms:EVCharger",
        "EV charger bay 1",
        "Wallbox",
        "Commander 2",
        "WB-C2-118204",
        "-1.02",
        "power energy",
        "",
        "on",
    ),
    "EVC-2": (
        "bms:EVCharger",
        "EV charger bay 2",
        "Wallbox",
        "Commander 2",
        "WB-C2-118219",
        "-1.02",
        "power energy",
        "",
        "on",
    ),
    "EVC-3": (
        "bms:EVCharger",
        "EV charger bay 3",
        "ABB",
        "Terra AC W22-T-R-0",
        "TACW22-7790312",
        "-1.02",
        "power",
        "",
        "off",
    ),
    "EVC-4": (
        "bms:EVCharger",
        "EV charger bay 4",
        "ABB",
        "Terra AC W22-T-R-0",
        "TACW22-7790340",
        "-1.02",
        "power",
        "",
        "on",
    ),
}
# rooms that list their devices by s4bldg:contains; other devices say s4bldg:isContainedIn
ROOM_LISTS = {"-1.08", "1.15", "2.14", "R.01", "0.07"}
PARENT_METER = {
    "EM-L1": "EM-MAIN",
    "EM-L2": "EM-MAIN",
    "EM-L3": "EM-MAIN",
    "EM-SRV": "EM-L1",
    "EM-EV": "EM-MAIN",
}
SERVES = {"AHU-1": ["Z0", "Z1N", "Z1S"], "AHU-2": ["Z2N", "Z2S", "Z3N", "Z3S"]}
CONNECTED = {"BAT-1": "BINV-1"}
MAINTAINED = {
    "AHU-1": "brandt",
    "AHU-2": "brandt",
    "SPLIT-SRV": "brandt",
    "HM-01": "nfs",
    "EM-MAIN": "nfs",
}
OPERATED = {
    "EVC-1": "voltpark",
    "EVC-2": "voltpark",
    "EVC-3": "voltpark",
    "EVC-4": "voltpark",
    "PV-E": "nfs",
    "PV-W": "nfs",
}
# device -> (agent, role, since): n-ary operator records
ROLES = {
    "BAT-1": [("gridflex", "dispatch", "2024-06-01"), ("nfs", "maintenance", "2023-11-15")],
    "BINV-1": [("gridflex", "dispatch", "2024-06-01")],
}
FUNCTIONS = {
    "bms:ElectricityMeter": "saref:MeteringFunction",
    "bms:HeatMeter": "saref:MeteringFunction",
    "bms:MultiSensor": "saref:SensingFunction",
    "saref:Sensor": "saref:SensingFunction",
    "bms:Thermostat": "saref:LevelControlFunction",
    "bms:LightingController": "saref:LevelControlFunction",
    "bms:SmartPlug": "saref:OnOffFunction",
}
# devices whose measurements they list (saref:makesMeasurement); others' measurements name them
LISTS_MEASUREMENTS = {"EM-MAIN", "EM-SRV", "MS-111", "MS-305", "PL-005", "BAT-1", "PV-E"}
# property key -> (unit, value range, decimals); plugs measure power in W
RANGES = {
    "temp": ("om:degreeCelsius", (19.0, 24.5), 1),
    "hum": ("om:percent", (30.0, 55.0), 1),
    "co2": ("unit:PPM", (420, 1350), 0),
    "power": ("om:kilowatt", (0.5, 140.0), 2),
    "energy": ("unit:KiloW-HR", (12000.0, 480000.0), 1),
    "heat": ("unit:MegaW-HR", (300.0, 900.0), 2),
    "supply": ("om:degreeCelsius", (55.0, 72.0), 1),
    "soc": ("om:percent", (15.0, 95.0), 0),
    "lux": ("om:lux", (250, 650), 0),
}
TIMES = ["2025-03-12T08:00:00Z", "2025-03-12T12:00:00Z", "2025-03-12T16:00:00Z"]


def device(key: str) -> str:
    return f"{BASE}device-{key}"


def devices(d: RdfXmlDoc, rnd: random.Random) -> None:
    for key, (cls, lab, maker, model, serial, room, measures, controls, state) in DEVICES.items():
        dv = device(key)
        ind(d, dv, cls)
        if lab:
            d.lit(dv, "rdfs:label", lab, lang="en")
        d.lit(dv, "skos:notation", key)
        if maker.startswith("@"):
            d.iri(dv, "schema:manufacturer", agent(maker[1:]))
        else:
            d.lit(dv, "saref:hasManufacturer", maker)
        d.lit(dv, "saref:hasModel", model)
        if serial.startswith("!"):
            d.lit(dv, "bms:serial", serial[1:])
        else:
            d.lit(dv, "schema:serialNumber", serial)
        if room in ROOM_LISTS:
            d.iri(space(room), "s4bldg:contains", dv)
        else:
            d.iri(dv, "s4bldg:isContainedIn", space(room))
        for m in measures.split():
            d.iri(dv, "saref:measuresProperty", prop(m))
        for c in controls.split():
            d.iri(dv, "saref:controlsProperty", prop(c))
        if state:
            d.iri(dv, "saref:hasState", f"{BASE}state-{state}")
        if cls in FUNCTIONS:
            d.blank(dv, "saref:hasFunction", FUNCTIONS[cls], [])
        if key in PARENT_METER:
            d.iri(dv, "bms:parentMeter", device(PARENT_METER[key]))
        for z in SERVES.get(key, []):
            d.iri(dv, "bms:servesZone", space(z))
        if key in CONNECTED:
            d.iri(dv, "bms:connectedTo", device(CONNECTED[key]))
        if key in MAINTAINED:
            d.iri(dv, "bms:maintainedBy", agent(MAINTAINED[key]))
        if key in OPERATED:
            d.iri(dv, "bms:operatedBy", agent(OPERATED[key]))
        for who, role, since in ROLES.get(key, []):
            d.blank(
                dv,
                "bms:operatorRole",
                "bms:OperatorRole",
                [
                    ("bms:agent", "iri", agent(who), ""),
                    ("bms:roleName", "plain", role, ""),
                    ("bms:since", "typed", since, DATE),
                ],
            )
        if cls == "bms:PVInverter" and key != "BINV-1":
            d.lit(dv, "bms:ratedPower", model.split()[-1][:2] + ".0", dtype=DEC)
        if key == "BINV-1":
            d.lit(dv, "bms:ratedPower", "10.0", dtype=DEC)
        if cls == "bms:Battery":
            d.lit(dv, "bms:usableCapacity", "22.08", dtype=DEC)
        if cls == "bms:EVCharger":
            d.lit(dv, "bms:ratedPower", "11.0" if key in {"EVC-1", "EVC-2"} else "22.0", dtype=DEC)
        measurements(d, rnd, key, cls, measures.split())


def measurements(d: RdfXmlDoc, rnd: random.Random, key: str, cls: str, props: list[str]) -> None:
    dv = device(key)
    for m in props:
        unit, (lo, hi), decimals = RANGES[m]
        if m == "power" and cls == "bms:SmartPlug":
            unit, (lo, hi), decimals = "om:watt", (2.0, 1450.0), 1
        value = rnd.uniform(lo, hi)
        for i, t in enumerate(TIMES):
            if m == "energy" or m == "heat":
                value += rnd.uniform(5.0, 60.0)  # a counter only grows
            elif i:
                value = min(hi, max(lo, value + rnd.uniform(-(hi - lo) / 8, (hi - lo) / 8)))
            mid = f"{BASE}measurement-{key}-{m}-{t[11:13]}{t[14:16]}"
            ind(d, mid, "saref:Measurement")
            text = f"{value:.{decimals}f}" if decimals else str(round(value))
            d.lit(mid, "saref:hasValue", text, dtype=DBL if decimals else INT)
            d.lit(mid, "saref:hasTimestamp", t, dtype=DT)
            d.iri(mid, "saref:isMeasuredIn", full(unit))
            d.iri(mid, "saref:relatesToProperty", prop(m))
            if key in LISTS_MEASUREMENTS:
                d.iri(dv, "saref:makesMeasurement", mid)
            else:
                d.iri(mid, "saref:measurementMadeBy", dv)


# ------------------------------------------------------------------ power profiles and flexibility
# device -> [(sequence label, earliest start, latest end, [(slot duration minutes, max power W)])]
PROFILES = {
    "WM-1": [
        (
            "Cottons 60 °C",
            "2025-03-12T09:00:00Z",
            "2025-03-12T17:00:00Z",
            [(15, 2100), (60, 350), (20, 600)],
        ),
        (
            "Eco 40-60",
            "2025-03-12T09:00:00Z",
            "2025-03-12T18:00:00Z",
            [(30, 900), (120, 180), (15, 500)],
        ),
    ],
    "WM-2": [
        (
            "Quick wash 30 °C",
            "2025-03-12T11:00:00Z",
            "2025-03-12T15:00:00Z",
            [(10, 1900), (25, 300)],
        )
    ],
    "EVC-1": [
        (
            "Overnight charge",
            "2025-03-12T18:00:00Z",
            "2025-03-13T06:30:00Z",
            [(120, 11000), (90, 7400)],
        )
    ],
    "EVC-2": [
        (
            "Workday top-up",
            "2025-03-12T08:30:00Z",
            "2025-03-12T17:30:00Z",
            [(60, 11000), (60, 3700)],
        )
    ],
}
# offer id -> (device, window start, window end, energy kWh, recipient)
OFFERS = {
    "FO-2025-0311": ("EVC-1", "2025-03-12T18:00:00Z", "2025-03-13T06:30:00Z", "18.5", "gridflex"),
    "FO-2025-0312": ("WM-1", "2025-03-12T09:00:00Z", "2025-03-12T17:00:00Z", "1.6", "gridflex"),
    "FO-2025-0313": ("BAT-1", "2025-03-12T16:00:00Z", "2025-03-12T20:00:00Z", "12.0", "gridflex"),
    "FO-2025-0314": ("BAT-1", "2025-03-13T00:00:00Z", "2025-03-13T05:00:00Z", "15.5", "helios"),
    "FO-2025-0315": ("EVC-2", "2025-03-12T09:00:00Z", "2025-03-12T16:00:00Z", "7.0", "gridflex"),
}


def profiles(d: RdfXmlDoc) -> None:
    for key, seqs in PROFILES.items():
        pp = f"{BASE}powerprofile-{key}"
        ind(d, pp, "s4ener:PowerProfile")
        d.lit(pp, "rdfs:label", f"Power profile of {DEVICES[key][1]}", lang="en")
        d.iri(device(key), "s4ener:hasPowerProfile", pp)
        d.lit(pp, "s4ener:nodeRemoteControllable", "true", dtype=BOOL)
        ag = f"{BASE}alternatives-{key}"
        ind(d, ag, "s4ener:AlternativesGroup")
        d.iri(pp, "s4ener:consistsOf", ag)
        for i, (name, start, end, slots) in enumerate(seqs, 1):
            ps = f"{BASE}sequence-{key}-{i}"
            ind(d, ps, "s4ener:PowerSequence")
            d.lit(ps, "rdfs:label", name, lang="en")
            d.iri(ag, "s4ener:consistsOf", ps)
            d.lit(ps, "s4ener:earliestStartTime", start, dtype=DT)
            d.lit(ps, "s4ener:latestEndTime", end, dtype=DT)
            d.lit(
                ps,
                "s4ener:isInterruptible",
                "true" if key.startswith("EVC") else "false",
                dtype=BOOL,
            )
            for n, (minutes, watts) in enumerate(slots, 1):
                body: Body = [
                    ("s4ener:slotNumber", "typed", str(n), INT),
                    ("s4ener:defaultDuration", "typed", f"PT{minutes}M", DUR),
                    (
                        "s4ener:maxPower",
                        "blank",
                        [
                            ("saref:hasValue", "typed", str(watts), INT),
                            ("saref:isMeasuredIn", "iri", full("om:watt"), ""),
                        ],
                        "saref:Power",
                    ),
                ]
                d.blank(ps, "s4ener:consistsOf", "s4ener:Slot", body)
    for oid, (dev, start, end, kwh, to) in OFFERS.items():
        o = f"{BASE}offer-{oid}"
        ind(d, o, "bms:FlexibilityOffer")
        d.lit(o, "schema:identifier", oid)
        d.iri(o, "bms:offeredBy", device(dev))
        d.lit(o, "bms:windowStart", start, dtype=DT)
        d.lit(o, "bms:windowEnd", end, dtype=DT)
        d.lit(o, "bms:flexibleEnergy", kwh, dtype=DEC)
        d.iri(o, "schema:recipient", agent(to))


# ------------------------------------------------------------------ contract and tariffs
# tariff key -> (English, German, price EUR/kWh, from, until)
TARIFFS = {
    "peak": ("Peak tariff", "Hochtarif", "0.3120", "07:00:00", "20:00:00"),
    "offpeak": ("Off-peak tariff", "Niedertarif", "0.2410", "20:00:00", "07:00:00"),
    "feedin": ("Feed-in tariff", "Einspeisevergütung", "0.0803", "", ""),
}


def contract(d: RdfXmlDoc) -> None:
    c = f"{BASE}contract-HEL-2024-0917"
    ind(d, c, "bms:EnergyContract")
    d.lit(c, "schema:name", "Electricity supply contract Harbourview 2024-2026")
    d.lit(c, "schema:identifier", "HEL-2024-0917")
    d.iri(c, "schema:provider", agent("helios"))
    d.iri(c, "schema:customer", agent("owner"))
    d.iri(c, "bms:supplies", BUILDING)
    d.lit(c, "schema:startDate", "2024-01-01", dtype=DATE)
    d.lit(c, "schema:endDate", "2026-12-31", dtype=DATE)
    d.iri(c, "schema:broker", agent("nfs"))
    for key, (en, de, price, start, end) in TARIFFS.items():
        t = f"{BASE}tariff-{key}"
        ind(d, t, "bms:Tariff")
        label(d, t, en, de)
        d.lit(t, "schema:price", price, dtype=DEC)
        d.lit(t, "schema:priceCurrency", "EUR")
        d.lit(t, "schema:unitCode", "KWH")
        if start:
            d.lit(t, "bms:validFromTime", start, dtype=TIME)
            d.lit(t, "bms:validUntilTime", end, dtype=TIME)
        d.iri(c, "bms:hasTariff", t)
    d.lit(agent("okafor"), "schema:email", "c.okafor@harbourview-properties.example.com")


def main() -> None:
    rnd = random.Random(56)
    d = RdfXmlDoc(NS)
    vocabulary(d)
    units_and_properties(d)
    agents(d)
    spaces(d)
    devices(d, rnd)
    profiles(d)
    contract(d)
    d.write(HERE / "smartbuilding.owl")
    print(d.count(), "triples")


if __name__ == "__main__":
    main()
