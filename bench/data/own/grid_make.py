# ruff: noqa: E501  (one record a line)
"""Write ``grid.xml``: a transmission operator's grid model as an ENTSO-E CGMES 2.4.15 EQ file.

The shape is what a TSO exchanges with its neighbours and the regional coordinator: the
Equipment (EQ) profile of IEC 61970-552 CIM/XML, http://iec.ch/TC57/2013/CIM-schema-cim16#:

* RDF/XML, one ``md:FullModel`` header, every object ``rdf:ID="_<uuid>"`` and every reference
  ``rdf:resource="#_<uuid>"``; all values plain (untyped) literals, as CIM/XML writes them;
* properties named ``Class.property`` after the class that declares them
  (``cim:IdentifiedObject.name``, ``cim:VoltageLevel.Substation``, ``cim:Switch.normalOpen``),
  ``cim:IdentifiedObject.mRID`` the bare UUID, ENTSO-E's ``entsoe:IdentifiedObject.shortName``
  and ``entsoe:IdentifiedObject.energyIdentCodeEic`` beside it;
* containment: ``cim:GeographicalRegion`` <- ``cim:SubGeographicalRegion`` (``.Region``) <-
  ``cim:Substation`` (``Substation.Region``) <- ``cim:VoltageLevel`` (``VoltageLevel.Substation``,
  ``VoltageLevel.BaseVoltage`` -> ``cim:BaseVoltage.nominalVoltage`` in kV);
* node-breaker topology: each piece of conducting equipment has ``cim:Terminal`` objects
  (``Terminal.ConductingEquipment``, ``Terminal.ConnectivityNode``, ``ACDCTerminal.sequenceNumber``)
  on ``cim:ConnectivityNode`` objects held by a voltage level; a ``cim:Breaker`` sits between the
  busbar's node and each bay's node. A line's two substations are reached only through its
  terminals' nodes;
* ``cim:Line`` containers of ``cim:ACLineSegment`` (``Equipment.EquipmentContainer``,
  ``Conductor.length`` in km, ``ACLineSegment.r`` / ``.x`` in ohm, ``ConductingEquipment.BaseVoltage``);
* ``cim:PowerTransformer`` in a substation with two ``cim:PowerTransformerEnd`` (``ratedU`` kV,
  ``ratedS`` MVA, ``TransformerEnd.endNumber``, ``TransformerEnd.Terminal``);
* ``cim:ThermalGeneratingUnit`` / ``HydroGeneratingUnit`` / ``WindGeneratingUnit`` /
  ``NuclearGeneratingUnit`` (``GeneratingUnit.maxOperatingP``, ``.minOperatingP``,
  ``.genControlSource`` an enumeration IRI), a ``cim:FossilFuel`` per thermal unit
  (``FossilFuel.fossilFuelType`` an enumeration IRI such as ``cim:FuelType.gas``, no label in the
  file), ``cim:SynchronousMachine`` (``RotatingMachine.GeneratingUnit``, ``.ratedS``);
* ``cim:EnergyConsumer`` loads and ``cim:Breaker`` (``Switch.normalOpen`` "true"/"false").

Seeded; stdlib only. Run from the repository root: ``python bench/data/own/grid_make.py``.
"""

from __future__ import annotations

import itertools
import random
import uuid
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
CIM = "http://iec.ch/TC57/2013/CIM-schema-cim16#"
RNG = random.Random(27)
_UUIDS = random.Random(2027)

# (name, short name, sub-region, voltage levels in kV)
SUBSTATIONS = [
    ("Kesselfeld", "KSF", "North", (380,)),
    ("Ostwald", "OWD", "North", (380, 220)),
    ("Brenning", "BRN", "Central", (380, 220, 110)),
    ("Hollstedt", "HST", "South", (220, 110)),
    ("Alpha", "ALP", "North", (380, 110)),
    ("Marrenbach", "MRB", "North", (220, 110)),
    ("Seewinkel", "SWK", "North", (110,)),
    ("Dornhagen", "DHG", "North", (380, 220)),
    ("Grauweiler", "GRW", "Central", (220, 110)),
    ("Lindenau", "LDN", "Central", (380, 110)),
    ("Tiefenbrunn", "TFB", "Central", (110,)),
    ("Wehrstadt", "WST", "Central", (220, 110)),
    ("Rabenhorst", "RBH", "Central", (380, 220)),
    ("Sommerau", "SMA", "South", (380, 220, 110)),
    ("Falkenried", "FKR", "South", (110,)),
    ("Kupferberg", "KPB", "South", (220, 110)),
    ("Eichwalde", "EWD", "South", (380, 110)),
    ("Mühlental", "MTL", "South", (110,)),
    ("Steinach", "STN", "East", (380, 220)),
    ("Pfaffenreuth", "PFR", "East", (220, 110)),
    ("Birkenfels", "BKF", "East", (110,)),
    ("Wolkenstein", "WKS", "East", (380, 110)),
    ("Zollbrück", "ZLB", "East", (220, 110)),
    ("Heidegrund", "HDG", "East", (110,)),
]
# (line name, from, to, kV, segments: [(length km)], description)
LINES = [
    ("L-214", "Ostwald", "Brenning", 220, [42.7], "Ostwald - Brenning"),
    ("L-310", "Kesselfeld", "Alpha", 380, [18.4, 23.9], "Kesselfeld - Alpha"),
    ("L-305", "Brenning", "Lindenau", 380, [36.1], "Brenning - Lindenau"),
    ("L-118", "Hollstedt", "Falkenried", 110, [12.6], "Hollstedt - Falkenried"),
    ("L-301", "Kesselfeld", "Ostwald", 380, [27.3], "Kesselfeld - Ostwald"),
    ("L-302", "Ostwald", "Dornhagen", 380, [31.8], "Ostwald - Dornhagen"),
    ("L-303", "Alpha", "Brenning", 380, [55.2], "Alpha - Brenning"),
    ("L-304", "Dornhagen", "Rabenhorst", 380, [48.9], "Dornhagen - Rabenhorst"),
    ("L-306", "Rabenhorst", "Sommerau", 380, [61.4], "Rabenhorst - Sommerau"),
    ("L-307", "Lindenau", "Eichwalde", 380, [44.0], "Lindenau - Eichwalde"),
    ("L-308", "Sommerau", "Steinach", 380, [72.5], "Sommerau - Steinach"),
    ("L-309", "Steinach", "Wolkenstein", 380, [38.8], "Steinach - Wolkenstein"),
    ("L-311", "Eichwalde", "Sommerau", 380, [29.6], "Eichwalde - Sommerau"),
    ("L-201", "Ostwald", "Marrenbach", 220, [24.4], "Ostwald - Marrenbach"),
    ("L-202", "Dornhagen", "Marrenbach", 220, [19.7], "Dornhagen - Marrenbach"),
    ("L-203", "Brenning", "Grauweiler", 220, [22.3], "Brenning - Grauweiler"),
    ("L-204", "Grauweiler", "Wehrstadt", 220, [16.9], "Grauweiler - Wehrstadt"),
    ("L-205", "Rabenhorst", "Wehrstadt", 220, [27.5], "Rabenhorst - Wehrstadt"),
    ("L-206", "Sommerau", "Hollstedt", 220, [33.2], "Sommerau - Hollstedt"),
    ("L-207", "Hollstedt", "Kupferberg", 220, [21.1], "Hollstedt - Kupferberg"),
    ("L-208", "Steinach", "Pfaffenreuth", 220, [26.4], "Steinach - Pfaffenreuth"),
    ("L-209", "Pfaffenreuth", "Zollbrück", 220, [18.2], "Pfaffenreuth - Zollbrück"),
    ("L-210", "Kupferberg", "Sommerau", 220, [24.8], "Kupferberg - Sommerau"),
    ("L-101", "Alpha", "Seewinkel", 110, [9.8], "Alpha - Seewinkel"),
    ("L-102", "Marrenbach", "Seewinkel", 110, [14.1], "Marrenbach - Seewinkel"),
    ("L-103", "Brenning", "Tiefenbrunn", 110, [11.5], "Brenning - Tiefenbrunn"),
    ("L-104", "Lindenau", "Tiefenbrunn", 110, [8.7], "Lindenau - Tiefenbrunn"),
    ("L-105", "Grauweiler", "Wehrstadt", 110, [16.9], "Grauweiler - Wehrstadt 110"),
    ("L-106", "Sommerau", "Mühlental", 110, [13.3], "Sommerau - Mühlental"),
    ("L-107", "Eichwalde", "Mühlental", 110, [10.2], "Eichwalde - Mühlental"),
    ("L-108", "Kupferberg", "Falkenried", 110, [15.6], "Kupferberg - Falkenried"),
    ("L-109", "Wolkenstein", "Birkenfels", 110, [12.9], "Wolkenstein - Birkenfels"),
    ("L-110", "Pfaffenreuth", "Heidegrund", 110, [17.4], "Pfaffenreuth - Heidegrund"),
    ("L-111", "Zollbrück", "Heidegrund", 110, [9.1], "Zollbrück - Heidegrund"),
    ("L-112", "Birkenfels", "Zollbrück", 110, [20.6], "Birkenfels - Zollbrück"),
]
# (unit name, machine name, substation, kV, class, fuel or None, maxP MW, minP MW, control)
UNITS = [
    (
        "Brenning Block A",
        "BRENNING G1",
        "Brenning",
        380,
        "ThermalGeneratingUnit",
        "gas",
        420.0,
        150.0,
        "onAGC",
    ),
    (
        "Brenning Block B",
        "BRENNING G2",
        "Brenning",
        380,
        "ThermalGeneratingUnit",
        "gas",
        420.0,
        150.0,
        "offAGC",
    ),
    (
        "Dornhagen Kraftwerk 1",
        "DORNHAGEN G1",
        "Dornhagen",
        380,
        "ThermalGeneratingUnit",
        "lignite",
        800.0,
        350.0,
        "onAGC",
    ),
    (
        "Dornhagen Kraftwerk 2",
        "DORNHAGEN G2",
        "Dornhagen",
        380,
        "ThermalGeneratingUnit",
        "lignite",
        800.0,
        350.0,
        "onAGC",
    ),
    (
        "Rabenhorst Steinkohle",
        "RABENHORST G1",
        "Rabenhorst",
        220,
        "ThermalGeneratingUnit",
        "hardCoal",
        510.0,
        200.0,
        "offAGC",
    ),
    (
        "Kupferberg GuD",
        "KUPFERBERG G1",
        "Kupferberg",
        220,
        "ThermalGeneratingUnit",
        "gas",
        290.0,
        90.0,
        "onAGC",
    ),
    (
        "Wehrstadt Heizkraftwerk",
        "WEHRSTADT G1",
        "Wehrstadt",
        110,
        "ThermalGeneratingUnit",
        "gas",
        95.0,
        30.0,
        "offAGC",
    ),
    (
        "Zollbrück Reserve",
        "ZOLLBRUECK G1",
        "Zollbrück",
        110,
        "ThermalGeneratingUnit",
        "oil",
        60.0,
        10.0,
        "offAGC",
    ),
    (
        "Steinach Kernkraftwerk",
        "STEINACH G1",
        "Steinach",
        380,
        "NuclearGeneratingUnit",
        None,
        1350.0,
        700.0,
        "offAGC",
    ),
    (
        "Falkenried Laufwasser",
        "FALKENRIED G1",
        "Falkenried",
        110,
        "HydroGeneratingUnit",
        None,
        48.0,
        5.0,
        "offAGC",
    ),
    (
        "Mühlental Pumpspeicher",
        "MUEHLENTAL G1",
        "Mühlental",
        110,
        "HydroGeneratingUnit",
        None,
        160.0,
        0.0,
        "onAGC",
    ),
    (
        "Seewinkel Windpark",
        "SEEWINKEL WP",
        "Seewinkel",
        110,
        "WindGeneratingUnit",
        None,
        84.0,
        0.0,
        "offAGC",
    ),
    (
        "Heidegrund Windpark",
        "HEIDEGRUND WP",
        "Heidegrund",
        110,
        "WindGeneratingUnit",
        None,
        126.0,
        0.0,
        "offAGC",
    ),
    (
        "Marrenbach Windpark",
        "MARRENBACH WP",
        "Marrenbach",
        110,
        "WindGeneratingUnit",
        None,
        57.0,
        0.0,
        "offAGC",
    ),
]
# transformers whose values questions ask, the rest drawn (substation, number): (ratedS MVA)
FIXED_TR = {("Hollstedt", 1): 200.0, ("Ostwald", 1): 600.0}
# breakers left normally open (bay of this line, at this substation)
OPEN_BAYS = {("L-112", "Birkenfels"), ("L-105", "Wehrstadt")}


def new_id() -> str:
    return str(uuid.UUID(int=_UUIDS.getrandbits(128), version=4))


class Writer:
    """Collects CIM/XML objects: ``rdf:ID`` per object, properties as (name, value, is_ref)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def obj(self, cls: str, name: str | None, props: list[tuple[str, object]], **extra: str) -> str:
        mrid = new_id()
        lines = [f'  <cim:{cls} rdf:ID="_{mrid}">']
        if name is not None:
            lines.append(
                f"    <cim:IdentifiedObject.name>{escape(name)}</cim:IdentifiedObject.name>"
            )
        lines.append(f"    <cim:IdentifiedObject.mRID>{mrid}</cim:IdentifiedObject.mRID>")
        for key in ("description",):
            if key in extra:
                lines.append(
                    f"    <cim:IdentifiedObject.description>{escape(extra[key])}</cim:IdentifiedObject.description>"
                )
        if "short" in extra:
            lines.append(
                f"    <entsoe:IdentifiedObject.shortName>{escape(extra['short'])}</entsoe:IdentifiedObject.shortName>"
            )
        if "eic" in extra:
            lines.append(
                f"    <entsoe:IdentifiedObject.energyIdentCodeEic>{extra['eic']}</entsoe:IdentifiedObject.energyIdentCodeEic>"
            )
        for prop, value in props:
            if isinstance(value, Ref):
                lines.append(f'    <cim:{prop} rdf:resource="{value.iri}"/>')
            else:
                lines.append(f"    <cim:{prop}>{escape(fmt(value))}</cim:{prop}>")
        lines.append(f"  </cim:{cls}>")
        self.parts.append("\n".join(lines))
        return mrid


class Ref:
    def __init__(self, iri: str) -> None:
        self.iri = iri


def ref(mrid: str) -> Ref:
    return Ref(f"#_{mrid}")


def enum(value: str) -> Ref:
    return Ref(f"{CIM}{value}")


def fmt(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}" if value != int(value) else f"{value:.1f}"
    return str(value)


def eic(short: str, n: int) -> str:
    """A made-up EIC code in the 16-character shape (two-digit issuer, type letter, id, check)."""
    body = f"11Y{short}-{n:04d}"
    return (body + "-" * 15)[:15] + "ABCDEFGHJKLMNPQRSTUVWXYZ"[n % 24]


def main() -> None:
    w = Writer()
    region = w.obj("GeographicalRegion", "Vestria", [], description="Vestria control area")
    subregions = {
        n: w.obj(
            "SubGeographicalRegion",
            n,
            [("SubGeographicalRegion.Region", ref(region))],
            description=f"{n} grid region",
        )
        for n in ("North", "Central", "South", "East")
    }
    base = {
        kv: w.obj("BaseVoltage", f"{kv} kV", [("BaseVoltage.nominalVoltage", float(kv))])
        for kv in (380, 220, 110)
    }
    subs: dict[str, str] = {}
    vls: dict[tuple[str, int], str] = {}
    bus_cn: dict[tuple[str, int], str] = {}
    cn_count: dict[str, int] = {}

    def terminal(equipment: str, name: str, seq: int, cn: str) -> str:
        return w.obj(
            "Terminal",
            f"{name} T{seq}",
            [
                ("Terminal.ConductingEquipment", ref(equipment)),
                ("Terminal.ConnectivityNode", ref(cn)),
                ("ACDCTerminal.sequenceNumber", seq),
            ],
        )

    def cn(town: str, kv: int) -> str:
        vl_name = f"{town.upper()} {kv} kV"
        cn_count[vl_name] = cn_count.get(vl_name, 0) + 1
        return w.obj(
            "ConnectivityNode",
            f"{vl_name} N{cn_count[vl_name]}",
            [("ConnectivityNode.ConnectivityNodeContainer", ref(vls[(town, kv)]))],
        )

    def bay(town: str, kv: int, target: str) -> str:
        """A breaker from the busbar's node to a new bay node; returns the bay node."""
        node = cn(town, kv)
        name = f"{town.upper()} {kv} CB {target}"
        line_name = target.split()[0]
        breaker = w.obj(
            "Breaker",
            name,
            [
                ("Equipment.EquipmentContainer", ref(vls[(town, kv)])),
                ("Switch.normalOpen", (line_name, town) in OPEN_BAYS),
                ("Switch.retained", False),
            ],
        )
        terminal(breaker, name, 1, bus_cn[(town, kv)])
        terminal(breaker, name, 2, node)
        return node

    for n, (town, short, sub_region, levels) in enumerate(SUBSTATIONS, 1):
        subs[town] = w.obj(
            "Substation",
            town,
            [("Substation.Region", ref(subregions[sub_region]))],
            description=f"Umspannwerk {town}",
            short=short,
            eic=eic(short, n),
        )
        for kv in levels:
            vl_name = f"{town.upper()} {kv} kV"
            vls[(town, kv)] = w.obj(
                "VoltageLevel",
                vl_name,
                [
                    ("VoltageLevel.Substation", ref(subs[town])),
                    ("VoltageLevel.BaseVoltage", ref(base[kv])),
                    ("VoltageLevel.highVoltageLimit", round(kv * 1.1, 1)),
                    ("VoltageLevel.lowVoltageLimit", round(kv * 0.9, 1)),
                ],
            )
            bus_cn[(town, kv)] = cn(town, kv)
            bb_name = f"{town.upper()} {kv} SS1"
            bb = w.obj(
                "BusbarSection",
                bb_name,
                [
                    ("Equipment.EquipmentContainer", ref(vls[(town, kv)])),
                    ("ConductingEquipment.BaseVoltage", ref(base[kv])),
                    ("BusbarSection.ipMax", float(RNG.choice((40, 50, 63))) * 1000),
                ],
            )
            terminal(bb, bb_name, 1, bus_cn[(town, kv)])
        # transformers between neighbouring levels
        for hi, lo in itertools.pairwise(levels):
            number = levels.index(hi) + 1
            tr_name = f"{town.upper()} TR {number}"
            rated_s = FIXED_TR.get((town, number), float(RNG.choice((160, 250, 300, 400, 500))))
            tr = w.obj(
                "PowerTransformer",
                tr_name,
                [("Equipment.EquipmentContainer", ref(subs[town]))],
                description=f"{hi}/{lo} kV",
            )
            for end_no, kv in ((1, hi), (2, lo)):
                node = bay(town, kv, f"{tr_name}")
                term = terminal(tr, tr_name, end_no, node)
                w.obj(
                    "PowerTransformerEnd",
                    f"{tr_name} W{end_no}",
                    [
                        ("PowerTransformerEnd.PowerTransformer", ref(tr)),
                        ("PowerTransformerEnd.ratedU", float(kv)),
                        ("PowerTransformerEnd.ratedS", rated_s),
                        (
                            "PowerTransformerEnd.r",
                            round(RNG.uniform(0.1, 0.9), 3) if end_no == 1 else 0.0,
                        ),
                        (
                            "PowerTransformerEnd.x",
                            round(RNG.uniform(20, 60), 2) if end_no == 1 else 0.0,
                        ),
                        ("TransformerEnd.endNumber", end_no),
                        ("TransformerEnd.Terminal", ref(term)),
                        ("TransformerEnd.BaseVoltage", ref(base[kv])),
                    ],
                )
        # loads on the lowest level
        lo = levels[-1]
        if lo == 110:
            load_name = f"{town.upper()} LOAD 1"
            load = w.obj(
                "EnergyConsumer",
                load_name,
                [("Equipment.EquipmentContainer", ref(vls[(town, lo)]))],
            )
            terminal(load, load_name, 1, bay(town, lo, load_name))

    for name, a, b, kv, segments, desc in LINES:
        line = w.obj(
            "Line", name, [("Line.Region", ref(subregions[SUB_REGION[a]]))], description=desc
        )
        ends = [bay(a, kv, name), None]
        for i, length in enumerate(segments):
            seg_name = name if len(segments) == 1 else f"{name} {'AB'[i]}"
            r_km, x_km = {380: (0.03, 0.26), 220: (0.06, 0.31), 110: (0.12, 0.39)}[kv]
            seg = w.obj(
                "ACLineSegment",
                seg_name,
                [
                    ("Equipment.EquipmentContainer", ref(line)),
                    ("ConductingEquipment.BaseVoltage", ref(base[kv])),
                    ("Conductor.length", length),
                    ("ACLineSegment.r", round(r_km * length, 3)),
                    ("ACLineSegment.x", round(x_km * length, 3)),
                    ("ACLineSegment.bch", round(RNG.uniform(1e-6, 4e-6) * length, 7)),
                ],
                description=desc,
            )
            first = ends[0] if i == 0 else ends[1]
            if i < len(segments) - 1:
                # a junction node between segments, held by the line
                ends[1] = w.obj(
                    "ConnectivityNode",
                    f"{name} J{i + 1}",
                    [("ConnectivityNode.ConnectivityNodeContainer", ref(line))],
                )
                last = ends[1]
            else:
                last = bay(b, kv, name)
            assert first is not None
            terminal(seg, seg_name, 1, first)
            terminal(seg, seg_name, 2, last)

    for unit_name, machine, town, kv, cls, fuel, pmax, pmin, control in UNITS:
        unit = w.obj(
            cls,
            unit_name,
            [
                ("Equipment.EquipmentContainer", ref(subs[town])),
                ("GeneratingUnit.maxOperatingP", pmax),
                ("GeneratingUnit.minOperatingP", pmin),
                ("GeneratingUnit.nominalP", pmax),
                ("GeneratingUnit.genControlSource", enum(f"GeneratorControlSource.{control}")),
            ],
        )
        if fuel:
            w.obj(
                "FossilFuel",
                f"{unit_name} {fuel}",
                [
                    ("FossilFuel.fossilFuelType", enum(f"FuelType.{fuel}")),
                    ("FossilFuel.ThermalGeneratingUnit", ref(unit)),
                ],
            )
        sm = w.obj(
            "SynchronousMachine",
            machine,
            [
                ("Equipment.EquipmentContainer", ref(vls[(town, kv)])),
                ("RotatingMachine.GeneratingUnit", ref(unit)),
                ("RotatingMachine.ratedS", round(pmax / 0.85, 1)),
                ("RotatingMachine.ratedU", 21.0 if kv >= 220 else 10.5),
                ("SynchronousMachine.type", enum("SynchronousMachineKind.generator")),
            ],
        )
        terminal(sm, machine, 1, bay(town, kv, machine))

    head = f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cim="{CIM}" xmlns:entsoe="http://entsoe.eu/CIM/SchemaExtension/3/1#" xmlns:md="http://iec.ch/TC57/61970-552/ModelDescription/1#">
  <md:FullModel rdf:about="urn:uuid:{new_id()}">
    <md:Model.scenarioTime>2026-11-30T10:30:00Z</md:Model.scenarioTime>
    <md:Model.created>2026-11-29T18:02:11Z</md:Model.created>
    <md:Model.description>Vestria TSO common grid model, EQ</md:Model.description>
    <md:Model.version>3</md:Model.version>
    <md:Model.profile>http://entsoe.eu/CIM/EquipmentCore/3/1</md:Model.profile>
    <md:Model.profile>http://entsoe.eu/CIM/EquipmentOperation/3/1</md:Model.profile>
    <md:Model.modelingAuthoritySet>http://www.vestria-tso.example/OperationalPlanning</md:Model.modelingAuthoritySet>
  </md:FullModel>
"""
    (HERE / "grid.xml").write_text(head + "\n".join(w.parts) + "\n</rdf:RDF>\n", encoding="utf-8")


SUB_REGION = {town: region for town, _, region, _ in SUBSTATIONS}

if __name__ == "__main__":
    main()
