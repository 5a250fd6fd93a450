# ruff: noqa: E501  (one record a line)
"""Write ``brick.ttl``: a campus's building digital twin in the Brick Schema 1.3, as Turtle.

The shape is what a facility manager publishes from a BMS integration (a BuildingMOTIF /
brickify export of the BACnet points list, hand-completed), https://brickschema.org/:

* one model file, no Brick ontology in it: every entity ``a brick:<Class>`` (``brick:Air_Handling_Unit``,
  ``brick:Zone_Air_Temperature_Sensor``...) with an ``rdfs:label``; IRIs in the campus namespace
  built from BMS tags (``bldg:AHU_1``, ``bldg:VAV_2_14.ZNT``);
* space: ``brick:Site`` -> ``brick:Building`` -> ``brick:Floor`` -> ``brick:Room``, ``brick:HVAC_Zone``
  holding rooms, mechanical rooms, a roof. Science Hall's export states ``brick:hasPart`` from the
  whole, the library's (a second integrator) ``brick:isPartOf`` from the part;
* equipment: AHUs with parts (fans, coils, dampers), VAV boxes, chillers, pumps, a boiler,
  meters, connected by ``brick:feeds`` (Science Hall) or ``brick:isFedBy`` (the library);
  ``brick:hasLocation`` to rooms; ``brick:meters`` from meters;
* points: ``brick:hasPoint`` (Science Hall) / ``brick:isPointOf`` (library), each with
  ``brick:hasUnit`` a QUDT unit IRI (``unit:DEG_C``; no unit labels in the file, as published),
  and ``ref:hasExternalReference`` blank nodes: a ``ref:TimeseriesReference`` (``ref:hasTimeseriesId``
  a UUID, ``ref:storedAt`` the historian) and, for BACnet points, a ``ref:BACnetReference``
  (``bacnet:object-identifier``, ``bacnet:object-name`` the BMS point name, ``brick:BACnetURI``);
* entity properties as Brick 1.3 writes them, blank nodes with ``brick:value`` (and
  ``brick:hasUnit``): ``brick:area``, ``brick:coolingCapacity``, ``brick:yearBuilt``,
  ``brick:buildingPrimaryFunction``, ``brick:coordinates`` (``brick:latitude`` / ``brick:longitude``);
* a few SOSA observations of sensors (``sosa:madeBySensor``, ``sosa:hasSimpleResult``,
  ``sosa:resultTime`` an ``xsd:dateTime``).

Seeded; stdlib + rdflib. Run from the repository root: ``python bench/data/own/brick_make.py``.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

from rdflib import XSD, Graph, Literal, Namespace, URIRef
from rdflib import BNode as _BNode
from rdflib.namespace import RDF, RDFS

BRICK = Namespace("https://brickschema.org/schema/Brick#")
REF = Namespace("https://brickschema.org/schema/Brick/ref#")
BACNET = Namespace("http://data.ashrae.org/bacnet/2020#")
UNIT = Namespace("http://qudt.org/vocab/unit/")
SOSA = Namespace("http://www.w3.org/ns/sosa/")
BLDG = Namespace("urn:northcampus-twin#")
HERE = Path(__file__).parent

rng = random.Random(2026)
g = Graph()
for p, ns in (
    ("brick", BRICK),
    ("ref", REF),
    ("bacnet", BACNET),
    ("unit", UNIT),
    ("sosa", SOSA),
    ("bldg", BLDG),
):
    g.bind(p, ns)
g.bind("rdfs", RDFS)
g.bind("xsd", XSD)

_object_no: dict[str, int] = {}
_bnodes = iter(range(1, 1_000_000))


def BNode() -> _BNode:  # stable blank node ids, so the file is the same each run
    return _BNode(f"b{next(_bnodes)}")


def node(iri: str, cls: str, label: str) -> URIRef:
    n = BLDG[iri]
    g.add((n, RDF.type, BRICK[cls]))
    g.add((n, RDFS.label, Literal(label)))
    return n


def quantity(
    subject: URIRef, prop: str, value: object, unit: str | None = None, dtype: URIRef | None = None
) -> None:
    b = BNode()
    g.add((subject, BRICK[prop], b))
    g.add((b, BRICK.value, Literal(value, datatype=dtype)))
    if unit:
        g.add((b, BRICK.hasUnit, UNIT[unit]))


def uid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def point(
    owner: URIRef,
    tag: str,
    cls: str,
    label: str,
    unit: str | None,
    *,
    inverse: bool,
    device: int | None,
    location: URIRef | None = None,
) -> URIRef:
    """A point of ``owner`` (its BMS tag after a dot), with its timeseries and BACnet references."""
    p = node(f"{str(owner).split('#')[1]}.{tag}", cls, label)
    if inverse:
        g.add((p, BRICK.isPointOf, owner))
    else:
        g.add((owner, BRICK.hasPoint, p))
    if unit:
        g.add((p, BRICK.hasUnit, UNIT[unit]))
    if location is not None:
        g.add((p, BRICK.hasLocation, location))
    ts = BNode()
    g.add((p, REF.hasExternalReference, ts))
    g.add((ts, RDF.type, REF.TimeseriesReference))
    g.add((ts, REF.hasTimeseriesId, Literal(uid())))
    g.add((ts, REF.storedAt, HISTORIAN))
    if device is not None:
        kind = (
            "binary-value"
            if unit is None
            else (
                "analog-output"
                if "Command" in cls
                else ("analog-value" if "Setpoint" in cls else "analog-input")
            )
        )
        _object_no[kind] = n = _object_no.get(kind, 0) + 1
        bn = BNode()
        g.add((p, REF.hasExternalReference, bn))
        g.add((bn, RDF.type, REF.BACnetReference))
        g.add((bn, BACNET["object-identifier"], Literal(f"{kind},{n}")))
        g.add((bn, BACNET["object-name"], Literal(str(p).split("#")[1].replace("_", "-"))))
        g.add((bn, BRICK.BACnetURI, Literal(f"bacnet://{device}/{kind},{n}/present-value")))
        g.add((bn, BACNET.objectOf, BLDG[f"bacnet-device-{device}"]))
    return p


# ---------------------------------------------------------------- site, buildings, historian
HISTORIAN = node("historian", "Database", "North Campus Timescale historian")
site = node("NorthCampus", "Site", "North Campus")
coords = BNode()
g.add((site, BRICK.coordinates, coords))
g.add((coords, BRICK.latitude, Literal("52.2043", datatype=XSD.decimal)))
g.add((coords, BRICK.longitude, Literal("0.1149", datatype=XSD.decimal)))
for dev, label in (
    (1201, "SH BACnet controller 1201"),
    (1202, "SH BACnet controller 1202"),
    (3301, "Library BACnet controller 3301"),
):
    n = BLDG[f"bacnet-device-{dev}"]
    g.add((n, RDF.type, BACNET.BACnetDevice))
    g.add((n, RDFS.label, Literal(label)))
    g.add((n, BACNET["device-instance"], Literal(dev)))

sh = node("ScienceHall", "Building", "Science Hall")
lib = node("Library", "Building", "Library")
g.add((site, BRICK.hasPart, sh))
g.add((lib, BRICK.isPartOf, site))
quantity(sh, "area", "6480", "M2", XSD.decimal)
quantity(lib, "area", "3150", "M2", XSD.decimal)
quantity(sh, "yearBuilt", 1968, dtype=XSD.integer)
quantity(lib, "yearBuilt", 2004, dtype=XSD.integer)
quantity(sh, "buildingPrimaryFunction", "College/University")
quantity(lib, "buildingPrimaryFunction", "Library")


def room_area() -> str:
    return f"{rng.uniform(12, 60):.1f}"


# ---------------------------------------------------------------- Science Hall (hasPart, feeds, hasPoint)
sh_floors = {}
basement = node("SH_Floor_B", "Floor", "Science Hall Basement")
g.add((sh, BRICK.hasPart, basement))
plant_rooms = {}
for code, cls, label in (
    ("B01", "Mechanical_Room", "Mechanical Room B01"),
    ("B02", "Mechanical_Room", "Chiller Plant Room B02"),
    ("B03", "Mechanical_Room", "Boiler Room B03"),
):
    plant_rooms[code] = r = node(f"SH_Room_{code}", cls, label)
    g.add((basement, BRICK.hasPart, r))

sh_rooms: dict[str, URIRef] = {}
sh_vavs: dict[int, list[URIRef]] = {}
for f in range(1, 5):
    fl = sh_floors[f] = node(f"SH_Floor_{f}", "Floor", f"Floor {f}")
    g.add((sh, BRICK.hasPart, fl))
    numbers = [n for n in range(1, 17) if n in (5, 14, 15, 16) or rng.random() > 0.2]
    sh_vavs[f] = []
    for n in numbers:
        code = f"{f}.{n:02d}"
        cls = (
            rng.choice(
                ["Office", "Office", "Laboratory", "Laboratory", "Conference_Room", "Office"]
            )
            if n < 15
            else "Classroom"
            if n == 15
            else "Storage_Room"
        )
        room = sh_rooms[code] = node(
            f"SH_Room_{f}_{n:02d}", cls if cls != "Laboratory" else "Laboratory", f"Room {code}"
        )
        g.add((fl, BRICK.hasPart, room))
        quantity(room, "area", room_area(), "M2", XSD.decimal)
    # one zone and one VAV box a room; rooms x.15 and x.16 share theirs
    for n in numbers:
        if n == 16:
            continue
        code = f"{f}.{n:02d}"
        rooms = [sh_rooms[code]] + ([sh_rooms[f"{f}.16"]] if n == 15 else [])
        zlabel = f"HVAC Zone {code}" + ("/16" if n == 15 else "")
        zone = node(f"SH_Zone_{f}_{n:02d}", "HVAC_Zone", zlabel)
        for r in rooms:
            g.add((zone, BRICK.hasPart, r))
        vav = node(f"VAV_{f}_{n:02d}", "VAV", f"VAV-{f}-{n:02d}")
        g.add((vav, BRICK.feeds, zone))
        g.add((vav, BRICK.hasLocation, rooms[0]))
        sh_vavs[f].append(vav)
        dev = 1201 if f <= 2 else 1202
        tag = f"VAV-{f}-{n:02d}"
        point(
            vav,
            "ZNT",
            "Zone_Air_Temperature_Sensor",
            f"{tag} Zone Air Temperature",
            "DEG_C",
            inverse=False,
            device=dev,
            location=rooms[0],
        )
        point(
            vav,
            "ZNT-SP",
            "Zone_Air_Temperature_Setpoint",
            f"{tag} Zone Air Temperature Setpoint",
            "DEG_C",
            inverse=False,
            device=dev,
        )
        point(
            vav,
            "SA-F",
            "Supply_Air_Flow_Sensor",
            f"{tag} Supply Air Flow",
            "L-PER-SEC",
            inverse=False,
            device=dev,
        )
        point(
            vav,
            "DPR-O",
            "Damper_Position_Command",
            f"{tag} Damper Position Command",
            "PERCENT",
            inverse=False,
            device=dev,
        )
        if rng.random() < 0.3 or code in ("2.14", "3.05"):
            point(
                vav,
                "ZN-CO2",
                "CO2_Level_Sensor",
                f"{tag} Zone CO2 Level",
                "PPM",
                inverse=False,
                device=dev,
                location=rooms[0],
            )
            point(
                vav,
                "OCC",
                "Occupancy_Sensor",
                f"{tag} Occupancy",
                None,
                inverse=False,
                device=dev,
                location=rooms[0],
            )


def ahu(tag: str, label: str, *, inverse: bool, device: int, location: URIRef) -> URIRef:
    a = node(tag, "Air_Handling_Unit", label)
    g.add((a, BRICK.hasLocation, location))
    for ptag, cls, plabel, unit in (
        ("SAT", "Supply_Air_Temperature_Sensor", "Supply Air Temperature", "DEG_C"),
        ("SAT-SP", "Supply_Air_Temperature_Setpoint", "Supply Air Temperature Setpoint", "DEG_C"),
        ("RAT", "Return_Air_Temperature_Sensor", "Return Air Temperature", "DEG_C"),
        ("MAT", "Mixed_Air_Temperature_Sensor", "Mixed Air Temperature", "DEG_C"),
        ("SA-SP", "Supply_Air_Static_Pressure_Sensor", "Supply Air Static Pressure", "PA"),
        (
            "SA-SP-SP",
            "Supply_Air_Static_Pressure_Setpoint",
            "Supply Air Static Pressure Setpoint",
            "PA",
        ),
    ):
        point(a, ptag, cls, f"{label} {plabel}", unit, inverse=inverse, device=device)
    for ptag, cls, plabel in (
        ("SF", "Supply_Fan", "Supply Fan"),
        ("RF", "Return_Fan", "Return Fan"),
        ("CC", "Chilled_Water_Coil", "Cooling Coil"),
        ("HC", "Hot_Water_Coil", "Heating Coil"),
        ("OAD", "Outside_Damper", "Outside Air Damper"),
    ):
        part = node(f"{tag}_{ptag}", cls, f"{label} {plabel}")
        if inverse:
            g.add((part, BRICK.isPartOf, a))
        else:
            g.add((a, BRICK.hasPart, part))
        if ptag in ("SF", "RF"):
            point(
                part,
                "VFD-F",
                "Frequency_Command",
                f"{label} {plabel} Speed Command",
                "HZ",
                inverse=inverse,
                device=device,
            )
            point(
                part,
                "STS",
                "Fan_Status",
                f"{label} {plabel} Status",
                None,
                inverse=inverse,
                device=device,
            )
        if ptag in ("CC", "HC"):
            point(
                part,
                "VLV-O",
                "Valve_Position_Command",
                f"{label} {plabel} Valve Command",
                "PERCENT",
                inverse=inverse,
                device=device,
            )
        if ptag == "OAD":
            point(
                part,
                "DPR-O",
                "Damper_Position_Command",
                f"{label} {plabel} Position Command",
                "PERCENT",
                inverse=inverse,
                device=device,
            )
    return a


ahu1 = ahu("AHU_1", "AHU-1", inverse=False, device=1201, location=plant_rooms["B01"])
ahu2 = ahu("AHU_2", "AHU-2", inverse=False, device=1202, location=plant_rooms["B01"])
for v in sh_vavs[1] + sh_vavs[2]:
    g.add((ahu1, BRICK.feeds, v))
for v in sh_vavs[3] + sh_vavs[4]:
    g.add((ahu2, BRICK.feeds, v))
oat = point(
    site,
    "OAT",
    "Outside_Air_Temperature_Sensor",
    "Campus Outside Air Temperature",
    "DEG_C",
    inverse=False,
    device=1201,
)
oah = point(
    site,
    "OAH",
    "Outside_Air_Humidity_Sensor",
    "Campus Outside Air Humidity",
    "PERCENT_RH",
    inverse=False,
    device=1201,
)


# ---------------------------------------------------------------- plant: chillers, pumps, boiler
def equip(
    tag: str, cls: str, label: str, location: URIRef, points: list[tuple[str, str, str, str | None]]
) -> URIRef:
    e = node(tag, cls, label)
    g.add((e, BRICK.hasLocation, location))
    for ptag, pcls, plabel, unit in points:
        point(e, ptag, pcls, f"{label} {plabel}", unit, inverse=False, device=1201)
    return e


CH_POINTS = [
    (
        "CHWST",
        "Chilled_Water_Supply_Temperature_Sensor",
        "Chilled Water Supply Temperature",
        "DEG_C",
    ),
    (
        "CHWRT",
        "Chilled_Water_Return_Temperature_Sensor",
        "Chilled Water Return Temperature",
        "DEG_C",
    ),
    (
        "CHWST-SP",
        "Chilled_Water_Supply_Temperature_Setpoint",
        "Chilled Water Supply Temperature Setpoint",
        "DEG_C",
    ),
    ("STS", "Run_Status", "Run Status", None),
    ("KW", "Electric_Power_Sensor", "Power", "KiloW"),
]
ch1 = equip("CH_1", "Centrifugal_Chiller", "Chiller 1", plant_rooms["B02"], CH_POINTS)
ch2 = equip("CH_2", "Absorption_Chiller", "Chiller 2", plant_rooms["B02"], CH_POINTS[:4])
quantity(ch1, "coolingCapacity", "350", "TON_FG", XSD.decimal)
quantity(ch2, "coolingCapacity", "200", "TON_FG", XSD.decimal)
PUMP_POINTS = [
    ("VFD-F", "Frequency_Command", "Speed Command", "HZ"),
    ("STS", "Run_Status", "Run Status", None),
    ("DP", "Differential_Pressure_Sensor", "Differential Pressure", "KiloPA"),
]
chwp1 = equip("CHWP_1", "Chilled_Water_Pump", "CHWP-1", plant_rooms["B02"], PUMP_POINTS)
chwp2 = equip("CHWP_2", "Chilled_Water_Pump", "CHWP-2", plant_rooms["B02"], PUMP_POINTS)
hwp1 = equip("HWP_1", "Hot_Water_Pump", "HWP-1", plant_rooms["B03"], PUMP_POINTS)
hwp2 = equip("HWP_2", "Hot_Water_Pump", "HWP-2", plant_rooms["B03"], PUMP_POINTS)
boiler = equip(
    "BLR_1",
    "Natural_Gas_Boiler",
    "Boiler 1",
    plant_rooms["B03"],
    [
        ("HWST", "Hot_Water_Supply_Temperature_Sensor", "Hot Water Supply Temperature", "DEG_C"),
        ("HWRT", "Return_Water_Temperature_Sensor", "Hot Water Return Temperature", "DEG_C"),
        ("STS", "Run_Status", "Run Status", None),
    ],
)
ct = equip(
    "CT_1",
    "Cooling_Tower",
    "Cooling Tower 1",
    node("SH_Roof", "Roof", "Science Hall Roof"),
    [
        (
            "CWST",
            "Condenser_Water_Supply_Temperature_Sensor",
            "Condenser Water Supply Temperature",
            "DEG_C",
        ),
        ("FAN-F", "Frequency_Command", "Fan Speed Command", "HZ"),
    ],
)
g.add((sh, BRICK.hasPart, BLDG.SH_Roof))
for a, b in (
    (chwp1, ch1),
    (chwp2, ch2),
    (ch1, ahu1),
    (ch2, ahu2),
    (boiler, hwp1),
    (boiler, hwp2),
    (hwp1, ahu1),
    (hwp1, ahu2),
    (ch1, ct),
    (ch2, ct),
):
    g.add((a, BRICK.feeds, b))

# ---------------------------------------------------------------- meters (brick:meters)
for tag, cls, label, what, pts in (
    (
        "MTR_SH_MAIN",
        "Building_Electrical_Meter",
        "SH Main Electric Meter",
        sh,
        [
            ("KWH", "Active_Energy_Sensor", "Energy", "KiloW-HR"),
            ("KW", "Active_Power_Sensor", "Demand", "KiloW"),
        ],
    ),
    (
        "MTR_CH_1",
        "Electrical_Meter",
        "Chiller 1 Electric Meter",
        ch1,
        [("KWH", "Active_Energy_Sensor", "Energy", "KiloW-HR")],
    ),
    (
        "MTR_LIB",
        "Building_Electrical_Meter",
        "Library Electric Meter",
        lib,
        [
            ("KWH", "Active_Energy_Sensor", "Energy", "KiloW-HR"),
            ("KW", "Active_Power_Sensor", "Demand", "KiloW"),
        ],
    ),
    (
        "MTR_GAS",
        "Gas_Meter",
        "SH Gas Meter",
        boiler,
        [("VOL", "Natural_Gas_Flow_Sensor", "Gas Flow", "M3-PER-HR")],
    ),
    (
        "MTR_WATER",
        "Building_Water_Meter",
        "SH Domestic Water Meter",
        sh,
        [("VOL", "Water_Flow_Sensor", "Water Flow", "L-PER-MIN")],
    ),
):
    m = node(tag, cls, label)
    g.add((m, BRICK.meters, what))
    g.add((m, BRICK.hasLocation, plant_rooms["B01"] if what is not lib else BLDG.LIB_Room_G07))
    for ptag, pcls, plabel, unit in pts:
        point(
            m,
            ptag,
            pcls,
            f"{label} {plabel}",
            unit,
            inverse=False,
            device=1201 if what is not lib else 3301,
        )

# ---------------------------------------------------------------- Library (isPartOf, isFedBy, isPointOf)
LIB_ROOMS = {
    "G": [
        ("G01", "Study_Room", "Main Reading Room"),
        ("G02", "Reception", "Circulation Desk"),
        ("G04", "Study_Room", "Group Study Room G04"),
        ("G05", "Study_Room", "Group Study Room G05"),
        ("G06", "Break_Room", "Library Café"),
        ("G07", "Electrical_Room", "Library Electrical Room"),
        ("G08", "Storage_Room", "Archive Store"),
    ],
    "1": [
        ("101", "Study_Room", "Quiet Study Room"),
        ("102", "Room", "Special Collections"),
        ("110", "Office", "Staff Office 1.10"),
        ("112", "Conference_Room", "Seminar Room 1.12"),
        ("114", "Computer_Room", "Library IT Lab"),
    ],
}
lib_floors = {
    "G": node("LIB_Floor_G", "Floor", "Library Ground Floor"),
    "1": node("LIB_Floor_1", "Floor", "Library First Floor"),
}
roof = node("LIB_Roof", "Roof", "Library Roof")
g.add((roof, BRICK.isPartOf, lib))
ahu3 = ahu("AHU_3", "AHU-3", inverse=True, device=3301, location=roof)
g.add((ahu3, BRICK.isFedBy, ch1))
g.add((ahu3, BRICK.isFedBy, hwp2))
for fl_code, fl in lib_floors.items():
    g.add((fl, BRICK.isPartOf, lib))
    for code, cls, label in LIB_ROOMS[fl_code]:
        room = node(f"LIB_Room_{code}", cls, label)
        g.add((room, BRICK.isPartOf, fl))
        quantity(room, "area", room_area() if code != "G01" else "412.0", "M2", XSD.decimal)
        if cls == "Electrical_Room":
            continue
        zone = node(f"LIB_Zone_{code}", "HVAC_Zone", f"Library Zone {code}")
        g.add((room, BRICK.isPartOf, zone))
        vav = node(f"VAV_L_{code}", "VAV", f"VAV-L-{code}")
        g.add((vav, BRICK.isFedBy, ahu3))
        g.add((zone, BRICK.isFedBy, vav))
        g.add((vav, BRICK.hasLocation, room))
        tag = f"VAV-L-{code}"
        point(
            vav,
            "ZNT",
            "Zone_Air_Temperature_Sensor",
            f"{tag} Zone Air Temperature",
            "DEG_F",
            inverse=True,
            device=3301,
            location=room,
        )
        point(
            vav,
            "ZNT-SP",
            "Zone_Air_Temperature_Setpoint",
            f"{tag} Zone Air Temperature Setpoint",
            "DEG_F",
            inverse=True,
            device=3301,
        )
        point(
            vav,
            "SA-F",
            "Supply_Air_Flow_Sensor",
            f"{tag} Supply Air Flow",
            "FT3-PER-MIN",
            inverse=True,
            device=3301,
        )
        if code in ("G01", "G04", "101"):
            point(
                vav,
                "ZN-CO2",
                "CO2_Level_Sensor",
                f"{tag} Zone CO2 Level",
                "PPM",
                inverse=True,
                device=3301,
                location=room,
            )
            point(
                vav,
                "ZN-RH",
                "Relative_Humidity_Sensor",
                f"{tag} Zone Humidity",
                "PERCENT_RH",
                inverse=True,
                device=3301,
                location=room,
            )

# ---------------------------------------------------------------- SOSA observations (a morning's snapshot)
sensors = sorted(s for s in g.subjects(RDF.type, BRICK.Zone_Air_Temperature_Sensor))
observed = [
    BLDG["VAV_2_14.ZNT"],
    BLDG["VAV_3_05.ZNT"],
    BLDG["VAV_L_G01.ZNT"],
    *rng.sample(sensors, 5),
]
for i, s in enumerate(dict.fromkeys(observed), 1):
    o = BLDG[f"obs-20261130-{i:03d}"]
    g.add((o, RDF.type, SOSA.Observation))
    g.add((o, SOSA.madeBySensor, s))
    f_unit = "°F" if "VAV_L_" in str(s) else "°C"
    val = rng.uniform(68, 75) if f_unit == "°F" else rng.uniform(19.5, 24.5)
    g.add((o, SOSA.hasSimpleResult, Literal(f"{val:.1f} {f_unit}")))
    g.add((o, SOSA.resultTime, Literal(f"2026-11-30T09:{i * 5:02d}:00Z", datatype=XSD.dateTime)))

if __name__ == "__main__":
    out = HERE / "brick.ttl"
    g.serialize(out, format="turtle")
    print(out, len(g), "triples")
