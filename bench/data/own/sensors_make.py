# ruff: noqa: E501  (one record a line)
"""Write ``sensors.ttl``: a city's environmental monitoring network in W3C SOSA/SSN, as Turtle.

The shape is what an environment agency's open-data portal releases from its monitoring database
(the SOSA/SSN recommendation, https://www.w3.org/TR/vocab-ssn/, its SSN-System module for
capabilities, QUDT 2.1 for quantity values, as the UK EA / German LUBW / Dutch RIVM linked data
pilots publish observations):

* ``sosa:Platform`` stations (also ``schema:Place``), named by ``schema:name`` (the air-quality
  and weather stations, one exporter) or ``dcterms:title`` (the river gauges, the hydrology
  exporter), ``dcterms:identifier`` a station code, ``geo:lat`` / ``geo:long`` (W3C WGS84,
  ``xsd:decimal``), ``schema:containedInPlace`` a city district;
* ``sosa:Sensor`` devices with an ``rdfs:label`` that is their asset code (``AQ01-PM10``), hosted
  on a station: the air and weather exporter states ``sosa:hosts`` from the platform, the
  hydrology exporter ``sosa:isHostedBy`` from the sensor; ``sosa:observes`` a property,
  ``ssn:implements`` a ``sosa:Procedure`` (a measuring method, labelled), ``schema:model`` a
  literal, ``schema:manufacturer`` either a literal or a ``schema:Organization`` node;
  ``ssn-system:hasSystemCapability`` blank nodes holding a ``ssn-system:MeasurementRange``
  (``schema:minValue`` / ``schema:maxValue`` / ``schema:unitCode``) and, for some, an
  ``ssn-system:Accuracy`` (``schema:value``);
* ``sosa:ObservableProperty`` nodes (``rdfs:label``, some a ``skos:altLabel`` such as "NO2") with
  ``qudt:hasQuantityKind`` a QUDT quantity kind IRI (no label in the file, as published); two
  properties are declared that no sensor observes (soil moisture, noise level);
* ``sosa:FeatureOfInterest`` nodes: two rivers and four city districts (``rdfs:label``);
* ``sosa:Observation`` nodes at opaque IRIs (``obs/<hex>``, no label): ``sosa:madeBySensor``,
  ``sosa:observedProperty``, ``sosa:hasFeatureOfInterest`` (the district for air, the river for
  water), ``sosa:resultTime`` an ``xsd:dateTime``, ``sosa:hasResult`` a blank
  ``qudt:QuantityValue`` with ``qudt:numericValue`` (``xsd:decimal``) and ``qudt:unit`` a QUDT unit
  IRI (``unit:DEG_C``, ``unit:MicroGM-PER-M3``; no unit labels in the file);
  hourly for two days (29-30 November 2026), some sensors stopping early (an outage);
* a ``sosa:Actuator`` weir gate with ``sosa:Actuation`` nodes (``sosa:madeByActuator``,
  ``sosa:actsOnProperty``, ``sosa:hasResult`` a gate opening in per cent).

Seeded; stdlib + rdflib. Run from the repository root: ``python bench/data/own/sensors_make.py``.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from rdflib import XSD, BNode, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

SOSA = Namespace("http://www.w3.org/ns/sosa/")
SSN = Namespace("http://www.w3.org/ns/ssn/")
SSNS = Namespace("http://www.w3.org/ns/ssn/systems/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SCHEMA = Namespace("http://schema.org/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
QK = Namespace("http://qudt.org/vocab/quantitykind/")
D = Namespace("https://environment.eastbridge.example/id/")
HERE = Path(__file__).parent

rng = random.Random(2811)
g = Graph(bind_namespaces="none")
for p, ns in (
    ("sosa", SOSA),
    ("ssn", SSN),
    ("ssn-system", SSNS),
    ("geo", GEO),
    ("schema", SCHEMA),
    ("qudt", QUDT),
    ("unit", UNIT),
    ("quantitykind", QK),
    ("dcterms", DCTERMS),
    ("skos", SKOS),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("", D),
):
    g.bind(p, ns)

# features of interest: rivers and districts
RIVERS = {"wendle": "River Wendle", "colne": "Colne Brook"}
DISTRICTS = {
    "old-town": "Old Town",
    "northgate": "Northgate",
    "harbour": "Harbour Quarter",
    "millfield": "Millfield",
}
for key, name in RIVERS.items():
    r = D[f"feature/river-{key}"]
    g.add((r, RDF.type, SOSA.FeatureOfInterest))
    g.add((r, RDF.type, SCHEMA.RiverBodyOfWater))
    g.add((r, RDFS.label, Literal(name, lang="en")))
for key, name in DISTRICTS.items():
    d = D[f"feature/district-{key}"]
    g.add((d, RDF.type, SOSA.FeatureOfInterest))
    g.add((d, RDF.type, SCHEMA.AdministrativeArea))
    g.add((d, RDFS.label, Literal(name, lang="en")))

# observable properties: key -> (label, altLabel, quantity kind, unit, base, amplitude, decimals)
PROPS = {
    "air-temperature": ("air temperature", None, "Temperature", "DEG_C", 4.0, 3.0, 1),
    "relative-humidity": ("relative humidity", "RH", "RelativeHumidity", "PERCENT", 82.0, 9.0, 0),
    "air-pressure": ("atmospheric pressure", "air pressure", "Pressure", "HectoPA", 1012.0, 4.0, 1),
    "wind-speed": ("wind speed", None, "Speed", "M-PER-SEC", 4.5, 2.5, 1),
    "precipitation": ("precipitation amount", "rainfall", "Length", "MilliM", 0.3, 0.3, 1),
    "pm10": (
        "PM10 mass concentration",
        "PM10",
        "MassConcentration",
        "MicroGM-PER-M3",
        24.0,
        10.0,
        0,
    ),
    "pm25": (
        "PM2.5 mass concentration",
        "PM2.5",
        "MassConcentration",
        "MicroGM-PER-M3",
        14.0,
        6.0,
        0,
    ),
    "no2": (
        "nitrogen dioxide concentration",
        "NO2",
        "MassConcentration",
        "MicroGM-PER-M3",
        32.0,
        14.0,
        0,
    ),
    "o3": ("ozone concentration", "O3", "MassConcentration", "MicroGM-PER-M3", 38.0, 12.0, 0),
    "water-level": ("river water level", "stage", "Height", "M", 0.9, 0.25, 3),
    "discharge": ("river discharge", "flow", "VolumeFlowRate", "M3-PER-SEC", 6.5, 1.8, 2),
    "water-temperature": ("water temperature", None, "Temperature", "DEG_C", 7.0, 0.6, 1),
    "dissolved-oxygen": (
        "dissolved oxygen",
        "DO",
        "MassConcentration",
        "MilliGM-PER-L",
        10.5,
        0.8,
        1,
    ),
    # declared, never observed
    "soil-moisture": ("soil moisture", None, "VolumeFraction", "PERCENT", 0, 0, 0),
    "noise-level": ("noise level", None, "SoundPressureLevel", "DeciB", 0, 0, 0),
    # acted on
    "gate-opening": ("weir gate opening", None, "DimensionlessRatio", "PERCENT", 0, 0, 0),
}
for key, (label, alt, qk, *_rest) in PROPS.items():
    p = D[f"property/{key}"]
    g.add(
        (p, RDF.type, SOSA.ObservableProperty if key != "gate-opening" else SOSA.ActuatableProperty)
    )
    g.add((p, RDFS.label, Literal(label, lang="en")))
    if alt:
        g.add((p, SKOS.altLabel, Literal(alt, lang="en")))
    g.add((p, QUDT.hasQuantityKind, QK[qk]))

PROCEDURES = {
    "prt": "platinum resistance thermometry",
    "capacitive-rh": "capacitive humidity measurement",
    "barometer": "silicon capacitive barometry",
    "ultrasonic-wind": "ultrasonic anemometry",
    "tipping-bucket": "tipping bucket rain gauge",
    "beta-attenuation": "beta attenuation monitoring",
    "light-scattering": "optical light scattering",
    "chemiluminescence": "chemiluminescence (EN 14211)",
    "uv-photometry": "UV photometry (EN 14625)",
    "radar-level": "radar level measurement",
    "pressure-stage": "submersible pressure transducer",
    "velocity-area": "index velocity discharge rating",
    "optical-do": "optical luminescence oxygen sensing",
}
for key, label in PROCEDURES.items():
    pr = D[f"procedure/{key}"]
    g.add((pr, RDF.type, SOSA.Procedure))
    g.add((pr, RDFS.label, Literal(label, lang="en")))

# manufacturers: a node (schema:Organization) for some, a plain literal for others
ORGS = {"vaisala": "Vaisala", "ott": "OTT HydroMet", "gill": "Gill Instruments"}
for key, name in ORGS.items():
    o = D[f"org/{key}"]
    g.add((o, RDF.type, SCHEMA.Organization))
    g.add((o, SCHEMA.name, Literal(name)))
LITERAL_MAKERS = {
    "thermo": "Thermo Fisher Scientific",
    "teledyne": "Teledyne API",
    "metone": "Met One Instruments",
    "campbell": "Campbell Scientific",
    "xylem": "Xylem YSI",
}

# instrument types: key -> (property, procedure, maker key, model, range min, range max, accuracy)
KINDS = {
    "T": ("air-temperature", "prt", "vaisala", "HMP155", -80, 60, 0.2),
    "RH": ("relative-humidity", "capacitive-rh", "vaisala", "HMP155", 0, 100, 1.0),
    "P": ("air-pressure", "barometer", "vaisala", "PTB330", 500, 1100, 0.15),
    "WS": ("wind-speed", "ultrasonic-wind", "gill", "WindSonic 75", 0, 75, 0.3),
    "RR": ("precipitation", "tipping-bucket", "campbell", "TE525MM", 0, 50, None),
    "PM10": ("pm10", "beta-attenuation", "metone", "BAM-1020", 0, 1000, 2.0),
    "PM25": ("pm25", "light-scattering", "thermo", "5030i SHARP", 0, 1000, 2.0),
    "NO2": ("no2", "chemiluminescence", "teledyne", "T200", 0, 2000, 1.0),
    "O3": ("o3", "uv-photometry", "thermo", "49i", 0, 400, 1.0),
    "WL": ("water-level", "radar-level", "vaisala", "RLS 500", 0, 35, 0.003),
    "WLP": ("water-level", "pressure-stage", "ott", "PLS-C", 0, 20, 0.005),
    "Q": ("discharge", "velocity-area", "ott", "SLD", 0, 250, None),
    "WT": ("water-temperature", "prt", "ott", "PLS-C", -5, 40, 0.1),
    "DO": ("dissolved-oxygen", "optical-do", "xylem", "EXO2 ODO", 0, 50, 0.1),
}

# stations: key -> (name, code, district, lat, long, exporter, river or None, sensor kinds, hours dropped at the end)
STATIONS = {
    "aq01": (
        "Northgate Roadside",
        "EB-AQ-01",
        "northgate",
        "51.5342",
        "-0.4411",
        "air",
        None,
        ("PM10", "NO2", "PM25"),
        {"PM25": 7},
    ),
    "aq02": (
        "Old Town Market Square",
        "EB-AQ-02",
        "old-town",
        "51.5279",
        "-0.4486",
        "air",
        None,
        ("PM10", "NO2", "O3", "T"),
        {},
    ),
    "aq03": (
        "Harbour Quarter Background",
        "EB-AQ-03",
        "harbour",
        "51.5194",
        "-0.4302",
        "air",
        None,
        ("PM25", "NO2", "O3"),
        {"NO2": 19},
    ),
    "met01": (
        "Millfield Park",
        "EB-MET-01",
        "millfield",
        "51.5411",
        "-0.4620",
        "air",
        None,
        ("T", "RH", "P", "RR"),
        {},
    ),
    "met02": (
        "Kestrel Hill",
        "EB-MET-02",
        "millfield",
        "51.5587",
        "-0.4803",
        "air",
        None,
        ("T", "RH", "WS", "P", "RR"),
        {"RR": 30},
    ),
    "hy01": (
        "Wendle at Ashford Weir",
        "EB-HY-01",
        "millfield",
        "51.5460",
        "-0.4702",
        "water",
        "wendle",
        ("WL", "Q", "WT"),
        {},
    ),
    "hy02": (
        "Wendle at Eastbridge Bridge",
        "EB-HY-02",
        "old-town",
        "51.5262",
        "-0.4455",
        "water",
        "wendle",
        ("WLP", "WT", "DO"),
        {"DO": 11},
    ),
    "hy03": (
        "Wendle at Thornbury",
        "EB-HY-03",
        "harbour",
        "51.5158",
        "-0.4211",
        "water",
        "wendle",
        ("WL",),
        {},
    ),
    "hy04": (
        "Colne Brook at Millfield",
        "EB-HY-04",
        "millfield",
        "51.5399",
        "-0.4577",
        "water",
        "colne",
        ("WLP", "Q"),
        {},
    ),
    "hy05": (
        "Colne Brook at Sandy Lane",
        "EB-HY-05",
        "northgate",
        "51.5371",
        "-0.4365",
        "water",
        "colne",
        ("WL", "WT"),
        {"WT": 4},
    ),
}

HOURS = 48  # 2026-11-29T00:00Z .. 2026-11-30T23:00Z


def stamp(h: int) -> Literal:
    day = 29 + h // 24
    return Literal(f"2026-11-{day:02d}T{h % 24:02d}:00:00Z", datatype=XSD.dateTime, normalize=False)


def hexid() -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(12))


def value(prop: str, h: int, offset: float) -> Literal:
    _label, _alt, _qk, _unit, base, amp, dec = PROPS[prop]
    phase = math.sin((h % 24 - 9) / 24 * 2 * math.pi)
    if prop == "precipitation":
        v = max(0.0, rng.gauss(0.2, 0.4)) if 10 <= h <= 30 else 0.0
    elif prop in ("water-level", "discharge"):
        v = base + offset + amp * math.exp(-(((h - 26) / 9) ** 2)) + rng.gauss(0, amp / 40)
    else:
        v = base + offset + amp * phase + rng.gauss(0, amp / 6)
    v = round(v, dec)
    text = f"{v:.{dec}f}" if dec else f"{int(v)}.0"
    return Literal(text, datatype=XSD.decimal, normalize=False)


for _key, (name, code, district, lat, lon, exporter, river, kinds, dropped) in STATIONS.items():
    st = D[f"station/{code}"]
    g.add((st, RDF.type, SOSA.Platform))
    g.add((st, RDF.type, SCHEMA.Place))
    g.add((st, SCHEMA.name if exporter == "air" else DCTERMS.title, Literal(name, lang="en")))
    g.add((st, DCTERMS.identifier, Literal(code)))
    g.add((st, GEO.lat, Literal(lat, datatype=XSD.decimal)))
    g.add((st, GEO.long, Literal(lon, datatype=XSD.decimal)))
    g.add((st, SCHEMA.containedInPlace, D[f"feature/district-{district}"]))
    num = code.split("-")[-1]
    for kind in kinds:
        prop, proc, maker, model, lo, hi, acc = KINDS[kind]
        label = f"{code.split('-')[1]}{num}-{kind}"
        s = D[f"sensor/{label}"]
        g.add((s, RDF.type, SOSA.Sensor))
        g.add((s, RDFS.label, Literal(label)))
        if exporter == "air":
            g.add((st, SOSA.hosts, s))
        else:
            g.add((s, SOSA.isHostedBy, st))
        g.add((s, SOSA.observes, D[f"property/{prop}"]))
        g.add((s, SSN.implements, D[f"procedure/{proc}"]))
        g.add((s, SCHEMA.model, Literal(model)))
        g.add(
            (
                s,
                SCHEMA.manufacturer,
                D[f"org/{maker}"] if maker in ORGS else Literal(LITERAL_MAKERS[maker]),
            )
        )
        cap = BNode()
        g.add((s, SSNS.hasSystemCapability, cap))
        g.add((cap, RDF.type, SSNS.SystemCapability))
        rng_node = BNode()
        g.add((cap, SSNS.hasSystemProperty, rng_node))
        g.add((rng_node, RDF.type, SSNS.MeasurementRange))
        g.add((rng_node, SCHEMA.minValue, Literal(str(lo), datatype=XSD.decimal)))
        g.add((rng_node, SCHEMA.maxValue, Literal(str(hi), datatype=XSD.decimal)))
        g.add((rng_node, SCHEMA.unitCode, UNIT[PROPS[prop][3]]))
        if acc is not None:
            a = BNode()
            g.add((cap, SSNS.hasSystemProperty, a))
            g.add((a, RDF.type, SSNS.Accuracy))
            g.add((a, SCHEMA.value, Literal(str(acc), datatype=XSD.decimal)))
            g.add((a, SCHEMA.unitCode, UNIT[PROPS[prop][3]]))
        foi = D[f"feature/river-{river}"] if river else D[f"feature/district-{district}"]
        offset = rng.uniform(-1, 1) * PROPS[prop][5] / 3
        for h in range(HOURS - dropped.get(kind, 0)):
            o = D[f"obs/{hexid()}"]
            g.add((o, RDF.type, SOSA.Observation))
            g.add((o, SOSA.madeBySensor, s))
            g.add((o, SOSA.observedProperty, D[f"property/{prop}"]))
            g.add((o, SOSA.hasFeatureOfInterest, foi))
            g.add((o, SOSA.resultTime, stamp(h)))
            r = BNode()
            g.add((o, SOSA.hasResult, r))
            g.add((r, RDF.type, QUDT.QuantityValue))
            g.add((r, QUDT.numericValue, value(prop, h, offset)))
            g.add((r, QUDT.unit, UNIT[PROPS[prop][3]]))

# the weir gate at Ashford: an actuator and its actuations (opened as the flood wave came)
gate = D["actuator/EB-HY-01-GATE"]
g.add((gate, RDF.type, SOSA.Actuator))
g.add((gate, RDFS.label, Literal("Ashford weir gate", lang="en")))
g.add((gate, SOSA.isHostedBy, D["station/EB-HY-01"]))
g.add((gate, SCHEMA.manufacturer, Literal("Rodney Hunt")))
for h, pct in ((0, "20.0"), (18, "45.0"), (24, "70.0"), (33, "50.0"), (41, "30.0")):
    act = D[f"actuation/{hexid()}"]
    g.add((act, RDF.type, SOSA.Actuation))
    g.add((act, SOSA.madeByActuator, gate))
    g.add((act, SOSA.actsOnProperty, D["property/gate-opening"]))
    g.add((act, SOSA.hasFeatureOfInterest, D["feature/river-wendle"]))
    g.add((act, SOSA.resultTime, stamp(h)))
    r = BNode()
    g.add((act, SOSA.hasResult, r))
    g.add((r, RDF.type, QUDT.QuantityValue))
    g.add((r, QUDT.numericValue, Literal(pct, datatype=XSD.decimal, normalize=False)))
    g.add((r, QUDT.unit, UNIT.PERCENT))


def main() -> None:
    out = HERE / "sensors.ttl"
    g.serialize(out, format="turtle")
    print(f"{out}: {len(g)} triples")


if __name__ == "__main__":
    main()
