# ruff: noqa: E501  (one record a line)
"""Write ``cgmes/``: one TSO's individual grid model (IGM) as an ENTSO-E CGMES 2.4.15 exchange,
four CIM/XML profile files of one model, as a TSO uploads them to the OPDE for a day-ahead
case (IEC 61970-552, http://iec.ch/TC57/2013/CIM-schema-cim16#):

* ``..._EQ_001.xml`` the Equipment profile: every object ``rdf:ID="_<uuid>"``, references
  ``rdf:resource="#_<uuid>"``; regions (``cim:GeographicalRegion`` <- ``cim:SubGeographicalRegion``
  ``.Region`` <- ``cim:Substation`` ``Substation.Region``), ``cim:VoltageLevel`` (``.Substation``,
  ``.BaseVoltage`` -> ``cim:BaseVoltage.nominalVoltage``, named by the TSO's code "ARL_400" and
  described "Arlen 400 kV"), busbar ``cim:ConnectivityNode`` objects
  (``ConnectivityNode.ConnectivityNodeContainer``), ``cim:Line`` containers and
  ``cim:ACLineSegment`` (``.r``, ``.x``, ``.bch``, ``Conductor.length``), every terminal named
  "T1"/"T2" (``Terminal.ConductingEquipment``, ``Terminal.ConnectivityNode``,
  ``ACDCTerminal.sequenceNumber``), ``cim:PowerTransformer`` with ``cim:PowerTransformerEnd``
  n-ary ends (``.ratedU``, ``.ratedS``, ``TransformerEnd.endNumber``, ``TransformerEnd.Terminal``),
  ``cim:RatioTapChanger`` on the high-voltage end (``RatioTapChanger.TransformerEnd``,
  ``TapChanger.lowStep`` / ``.highStep`` / ``.neutralStep``), generating units by kind
  (``GeneratingUnit.maxOperatingP``, ``.minOperatingP``, ``Equipment.EquipmentContainer`` the
  substation), ``cim:FossilFuel`` (``.fossilFuelType`` an enumeration IRI, ``.ThermalGeneratingUnit``
  pointing at the unit), ``cim:SynchronousMachine`` (``RotatingMachine.GeneratingUnit``,
  ``.ratedS``), ``cim:EnergyConsumer`` loads, ``cim:CurrentLimit`` under an
  ``cim:OperationalLimitSet`` on a line's terminal (``OperationalLimit.OperationalLimitType`` ->
  a "PATL" type); ``entsoe:IdentifiedObject.shortName`` and ``.energyIdentCodeEic`` beside names;
* ``..._TP_001.xml`` the Topology profile: ``cim:TopologicalNode`` objects of its own
  (``rdf:ID``) and, on the EQ file's objects, ``rdf:about="#_<uuid>"`` descriptions that add
  ``ConnectivityNode.TopologicalNode`` and ``Terminal.TopologicalNode``;
* ``..._SSH_001.xml`` the Steady State Hypothesis: ``rdf:about="#_<uuid>"`` descriptions of EQ
  objects with the day's values: ``RotatingMachine.p`` (negative: generation is a load of
  negative power in CGMES' sign convention) and ``.q``, ``EnergyConsumer.p`` / ``.q``,
  ``ACDCTerminal.connected``, ``TapChanger.step``, ``GeneratingUnit.normalPF``;
* ``..._SV_001.xml`` the State Variables: ``cim:SvVoltage`` (``.v`` kV, ``.angle``,
  ``SvVoltage.TopologicalNode``) and ``cim:SvPowerFlow`` (``.Terminal``, ``.p``, ``.q``) n-ary
  nodes of their own, unnamed.

Each file begins with an ``md:FullModel`` header (``md:Model.profile``, ``md:Model.DependentOn``
the EQ model). No file states an ``xml:base``: the ids are shared across the four files by their
UUIDs, as every CGMES tool reads them. Every value is a plain (untyped) literal. Every name is
invented. Seeded; stdlib only. Run from the repository root:
``python bench/data/own/cgmes_make.py``.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent / "cgmes"
CIM = "http://iec.ch/TC57/2013/CIM-schema-cim16#"
STAMP = "20261205T0930Z_1D_TRANSVALIA"
RNG = random.Random(37)
_UUIDS = random.Random(3703)

# (name, short code, sub-region, voltage levels in kV, description)
SUBSTATIONS = [
    ("Arlen", "ARL", "Upper Vale", (400, 220)),
    ("Beckford", "BEC", "Upper Vale", (400, 220, 110)),
    ("Corvel", "COR", "Upper Vale", (220, 110)),
    ("Dunmere", "DUN", "Upper Vale", (110,)),
    ("Esk Ridge", "ESK", "Lower Vale", (400,)),
    ("Fallowmoor", "FAL", "Lower Vale", (400, 110)),
    ("Garwick", "GAR", "Lower Vale", (220, 110)),
    ("Holm Cross", "HOL", "Lower Vale", (110,)),
    ("Ivel", "IVE", "Marches", (400, 220)),
    ("Jorvale", "JOR", "Marches", (220, 110)),
    ("Kilnsey", "KIL", "Marches", (110,)),
    ("Larch Hill", "LAR", "Marches", (220,)),
    ("Morden Fen", "MOR", "Marches", (110,)),
    ("Northam", "NOR", "Upper Vale", (400, 110)),
]
SUBREGIONS = {
    "Upper Vale": "North-west planning area of Transvalia",
    "Lower Vale": "South planning area of Transvalia",
    "Marches": "Eastern border planning area of Transvalia",
}
# (segment name, line container or None, from, to, kV, km, connected in SSH)
LINES = [
    ("ARL-BEC 1", "Arlen - Beckford", "Arlen", "Beckford", 400, 38.2, True),
    ("ARL-BEC 2", "Arlen - Beckford", "Arlen", "Beckford", 400, 38.4, False),
    ("BEC-ESK 1", "Beckford - Esk Ridge", "Beckford", "Esk Ridge", 400, 64.9, True),
    ("ESK-FAL 1", None, "Esk Ridge", "Fallowmoor", 400, 22.7, True),
    ("FAL-IVE 1", "Fallowmoor - Ivel", "Fallowmoor", "Ivel", 400, 81.3, True),
    ("IVE-NOR 1", None, "Ivel", "Northam", 400, 57.6, True),
    ("NOR-ARL 1", None, "Northam", "Arlen", 400, 29.1, True),
    ("ARL-COR 1", "Arlen - Corvel", "Arlen", "Corvel", 220, 24.5, True),
    ("BEC-GAR 1", None, "Beckford", "Garwick", 220, 47.0, True),
    ("COR-GAR 1", None, "Corvel", "Garwick", 220, 31.8, True),
    ("IVE-JOR 1", "Ivel - Jorvale", "Ivel", "Jorvale", 220, 19.4, True),
    ("IVE-JOR 2", "Ivel - Jorvale", "Ivel", "Jorvale", 220, 19.6, True),
    ("JOR-LAR 1", None, "Jorvale", "Larch Hill", 220, 26.3, False),
    ("GAR-LAR 1", None, "Garwick", "Larch Hill", 220, 52.8, True),
    ("BEC-DUN 1", None, "Beckford", "Dunmere", 110, 12.4, True),
    ("COR-DUN 1", None, "Corvel", "Dunmere", 110, 9.7, True),
    ("FAL-HOL 1", None, "Fallowmoor", "Holm Cross", 110, 14.2, True),
    ("GAR-HOL 1", None, "Garwick", "Holm Cross", 110, 11.1, True),
    ("JOR-KIL 1", None, "Jorvale", "Kilnsey", 110, 17.8, True),
    ("KIL-MOR 1", None, "Kilnsey", "Morden Fen", 110, 21.5, True),
    ("JOR-MOR 1", None, "Jorvale", "Morden Fen", 110, 23.9, True),
    ("NOR-DUN 1", None, "Northam", "Dunmere", 110, 33.0, True),
]
# (unit name, machine name, substation, kV, class, fuel or None, maxP, minP, ratedS, p in SSH)
UNITS = [
    (
        "Corvel CCGT",
        "COR_G1",
        "Corvel",
        220,
        "ThermalGeneratingUnit",
        "gas",
        430.0,
        160.0,
        510.0,
        385.0,
    ),
    (
        "Esk Ridge Nuclear 1",
        "ESK_G1",
        "Esk Ridge",
        400,
        "NuclearGeneratingUnit",
        None,
        1150.0,
        700.0,
        1300.0,
        1120.0,
    ),
    (
        "Esk Ridge Nuclear 2",
        "ESK_G2",
        "Esk Ridge",
        400,
        "NuclearGeneratingUnit",
        None,
        1150.0,
        700.0,
        1300.0,
        0.0,
    ),
    (
        "Fallowmoor Coal",
        "FAL_G1",
        "Fallowmoor",
        400,
        "ThermalGeneratingUnit",
        "hardCoal",
        620.0,
        250.0,
        730.0,
        410.0,
    ),
    (
        "Garwick Peaker",
        "GAR_G1",
        "Garwick",
        110,
        "ThermalGeneratingUnit",
        "oil",
        75.0,
        15.0,
        90.0,
        0.0,
    ),
    (
        "Kilnsey Hydro",
        "KIL_G1",
        "Kilnsey",
        110,
        "HydroGeneratingUnit",
        None,
        96.0,
        5.0,
        110.0,
        64.5,
    ),
    (
        "Morden Fen Wind Park",
        "MOR_G1",
        "Morden Fen",
        110,
        "WindGeneratingUnit",
        None,
        180.0,
        0.0,
        200.0,
        122.3,
    ),
    (
        "Larch Hill Lignite",
        "LAR_G1",
        "Larch Hill",
        220,
        "ThermalGeneratingUnit",
        "lignite",
        540.0,
        220.0,
        640.0,
        505.0,
    ),
    (
        "Jorvale CHP",
        "JOR_G1",
        "Jorvale",
        110,
        "ThermalGeneratingUnit",
        "gas",
        140.0,
        40.0,
        165.0,
        96.0,
    ),
]
# (substation, HV kV, LV kV, ratedS MVA, tap step in SSH)
TRANSFORMERS = [
    ("Arlen", 400, 220, 600.0, 14),
    ("Beckford", 400, 220, 800.0, 12),
    ("Beckford", 220, 110, 250.0, 9),
    ("Corvel", 220, 110, 200.0, 11),
    ("Fallowmoor", 400, 110, 350.0, 10),
    ("Garwick", 220, 110, 160.0, 8),
    ("Ivel", 400, 220, 500.0, 13),
    ("Jorvale", 220, 110, 250.0, 10),
    ("Northam", 400, 110, 300.0, 7),
]
# (consumer name, substation, kV, p MW, q Mvar)
LOADS = [
    ("Dunmere town", "Dunmere", 110, 84.2, 21.0),
    ("Holm Cross smelter", "Holm Cross", 110, 142.7, 48.3),
    ("Corvel city", "Corvel", 110, 118.0, 30.5),
    ("Beckford DSO", "Beckford", 110, 205.4, 52.1),
    ("Garwick DSO", "Garwick", 110, 96.3, 24.8),
    ("Jorvale DSO", "Jorvale", 110, 77.9, 19.6),
    ("Kilnsey rail traction", "Kilnsey", 110, 23.1, 6.2),
    ("Northam port", "Northam", 110, 61.5, 17.0),
    ("Fallowmoor steelworks", "Fallowmoor", 110, 188.6, 71.4),
    ("Morden Fen village", "Morden Fen", 110, 12.8, 3.1),
]
# permanently admissible current (A) of a line's first terminal, by kV
PATL = {400: 2520.0, 220: 1290.0, 110: 680.0}


def uid() -> str:
    return str(uuid.UUID(int=_UUIDS.getrandbits(128), version=4))


class Profile:
    """One CIM/XML file: its header and its objects, in the order written."""

    def __init__(self, profile: str, uri: str, depends: list[str]) -> None:
        self.model = "urn:uuid:" + uid()
        self.lines: list[str] = [
            f'  <md:FullModel rdf:about="{self.model}">',
            "    <md:Model.scenarioTime>2026-12-05T09:30:00Z</md:Model.scenarioTime>",
            "    <md:Model.created>2026-12-04T16:12:45Z</md:Model.created>",
            f"    <md:Model.description>Transvalia IGM day-ahead, {profile}</md:Model.description>",
            "    <md:Model.version>1</md:Model.version>",
            *[f'    <md:Model.DependentOn rdf:resource="{d}"/>' for d in depends],
            f"    <md:Model.profile>{uri}</md:Model.profile>",
            "    <md:Model.modelingAuthoritySet>http://transvalia-tso.example/CGMES/2.4.15</md:Model.modelingAuthoritySet>",
            "  </md:FullModel>",
        ]

    def obj(
        self, cls: str, ident: str, props: list[tuple[str, object]], about: bool = False
    ) -> None:
        attr = f'rdf:about="#_{ident}"' if about else f'rdf:ID="_{ident}"'
        self.lines.append(f"  <cim:{cls} {attr}>")
        for prop, value in props:
            tag = prop if ":" in prop else "cim:" + prop
            if isinstance(value, Ref):
                self.lines.append(f'    <{tag} rdf:resource="{value.iri}"/>')
            else:
                self.lines.append(f"    <{tag}>{escape(str(value))}</{tag}>")
        self.lines.append(f"  </cim:{cls}>")

    def write(self, path: Path) -> None:
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rdf:RDF xmlns:cim="http://iec.ch/TC57/2013/CIM-schema-cim16#"'
            ' xmlns:entsoe="http://entsoe.eu/CIM/SchemaExtension/3/1#"'
            ' xmlns:md="http://iec.ch/TC57/61970-552/ModelDescription/1#"'
            ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        )
        path.write_text(head + "\n".join(self.lines) + "\n</rdf:RDF>\n", encoding="utf-8")


class Ref:
    def __init__(self, ident: str, enum: bool = False) -> None:
        self.iri = CIM + ident if enum else "#_" + ident


def named(
    name: str, mrid: str, desc: str | None = None, short: str | None = None, eic: str | None = None
) -> list[tuple[str, object]]:
    props: list[tuple[str, object]] = [
        ("IdentifiedObject.mRID", mrid),
        ("IdentifiedObject.name", name),
    ]
    if desc:
        props.append(("IdentifiedObject.description", desc))
    if short:
        props.append(("entsoe:IdentifiedObject.shortName", short))
    if eic:
        props.append(("entsoe:IdentifiedObject.energyIdentCodeEic", eic))
    return props


def main() -> None:
    HERE.mkdir(exist_ok=True)
    eq = Profile("EQ", "http://entsoe.eu/CIM/EquipmentCore/3/1", [])
    tp = Profile("TP", "http://entsoe.eu/CIM/Topology/4/1", [eq.model])
    ssh = Profile("SSH", "http://entsoe.eu/CIM/SteadyStateHypothesis/1/1", [eq.model])
    sv = Profile("SV", "http://entsoe.eu/CIM/StateVariables/4/1", [tp.model, ssh.model])

    region = uid()
    eq.obj(
        "GeographicalRegion",
        region,
        named("Transvalia", region, "Control area of Transvalia TSO", eic="10YTV-TSO------7"),
    )
    subregions = {}
    for name, desc in SUBREGIONS.items():
        subregions[name] = uid()
        eq.obj(
            "SubGeographicalRegion",
            subregions[name],
            [*named(name, subregions[name], desc), ("SubGeographicalRegion.Region", Ref(region))],
        )
    base = {}
    for kv in (400, 220, 110):
        base[kv] = uid()
        eq.obj(
            "BaseVoltage",
            base[kv],
            [*named(f"{kv} kV", base[kv]), ("BaseVoltage.nominalVoltage", f"{kv:.1f}")],
        )
    patl_type = uid()
    eq.obj(
        "OperationalLimitType",
        patl_type,
        [
            *named("PATL", patl_type),
            ("OperationalLimitType.limitType", Ref("LimitTypeKind.patl", enum=True)),
            (
                "OperationalLimitType.direction",
                Ref("OperationalLimitDirectionKind.absoluteValue", enum=True),
            ),
        ],
    )

    subs: dict[str, str] = {}
    busbar: dict[tuple[str, int], str] = {}
    topo: dict[tuple[str, int], str] = {}
    code = {s[0]: s[1] for s in SUBSTATIONS}
    for i, (name, short, sub, kvs) in enumerate(SUBSTATIONS):
        subs[name] = uid()
        levels = "/".join(str(k) for k in kvs)
        eq.obj(
            "Substation",
            subs[name],
            [
                *named(
                    name,
                    subs[name],
                    f"{name} {levels} kV substation",
                    short,
                    f"10Y{short}-{i:04d}----{'ABCDEFGHJKLMNP'[i]}",
                ),
                ("Substation.Region", Ref(subregions[sub])),
            ],
        )
        for kv in kvs:
            vl = uid()
            eq.obj(
                "VoltageLevel",
                vl,
                [
                    *named(f"{short}_{kv}", vl, f"{name} {kv} kV"),
                    ("VoltageLevel.Substation", Ref(subs[name])),
                    ("VoltageLevel.BaseVoltage", Ref(base[kv])),
                    ("VoltageLevel.highVoltageLimit", f"{kv * 1.05:.1f}"),
                    ("VoltageLevel.lowVoltageLimit", f"{kv * 0.9:.1f}"),
                ],
            )
            cn = uid()
            busbar[(name, kv)] = cn
            eq.obj(
                "ConnectivityNode",
                cn,
                [
                    *named(f"{short}_{kv}_BB1", cn),
                    ("ConnectivityNode.ConnectivityNodeContainer", Ref(vl)),
                ],
            )
            tn = uid()
            topo[(name, kv)] = tn
            tp.obj(
                "TopologicalNode",
                tn,
                [
                    *named(f"{short}_{kv}_TN1", tn),
                    ("TopologicalNode.BaseVoltage", Ref(base[kv])),
                    ("TopologicalNode.ConnectivityNodeContainer", Ref(vl)),
                ],
            )
            tp.obj(
                "ConnectivityNode", cn, [("ConnectivityNode.TopologicalNode", Ref(tn))], about=True
            )
            v = kv * RNG.uniform(0.98, 1.04)
            sv_id = uid()
            sv.obj(
                "SvVoltage",
                sv_id,
                [
                    ("SvVoltage.v", f"{v:.2f}"),
                    ("SvVoltage.angle", f"{RNG.uniform(-12, 2):.3f}"),
                    ("SvVoltage.TopologicalNode", Ref(tn)),
                ],
            )

    def terminal(equipment: str, seq: int, sub: str, kv: int, connected: bool = True) -> str:
        t = uid()
        eq.obj(
            "Terminal",
            t,
            [
                *named(f"T{seq}", t),
                ("ACDCTerminal.sequenceNumber", seq),
                ("Terminal.ConductingEquipment", Ref(equipment)),
                ("Terminal.ConnectivityNode", Ref(busbar[(sub, kv)])),
            ],
        )
        tp.obj("Terminal", t, [("Terminal.TopologicalNode", Ref(topo[(sub, kv)]))], about=True)
        ssh.obj(
            "Terminal",
            t,
            [("ACDCTerminal.connected", "true" if connected else "false")],
            about=True,
        )
        return t

    containers: dict[str, str] = {}
    for seg, line, a, b, kv, km, on in LINES:
        if line and line not in containers:
            containers[line] = uid()
            eq.obj(
                "Line",
                containers[line],
                [
                    *named(line, containers[line], f"{line} {kv} kV double circuit"),
                    (
                        "Line.Region",
                        Ref(subregions[SUBSTATIONS[[s[0] for s in SUBSTATIONS].index(a)][2]]),
                    ),
                ],
            )
        s = uid()
        r = km * {400: 0.028, 220: 0.075, 110: 0.12}[kv] * RNG.uniform(0.9, 1.1)
        x = km * {400: 0.31, 220: 0.39, 110: 0.41}[kv] * RNG.uniform(0.9, 1.1)
        props = [
            *named(seg, s, f"{a} - {b} {kv} kV circuit {seg[-1]}"),
            ("ConductingEquipment.BaseVoltage", Ref(base[kv])),
            ("Conductor.length", f"{km:.1f}"),
            ("ACLineSegment.r", f"{r:.3f}"),
            ("ACLineSegment.x", f"{x:.3f}"),
            ("ACLineSegment.bch", f"{km * 3.6e-6:.3e}"),
        ]
        if line:
            props.append(("Equipment.EquipmentContainer", Ref(containers[line])))
        eq.obj("ACLineSegment", s, props)
        t1 = terminal(s, 1, a, kv, on)
        terminal(s, 2, b, kv, on)
        ols = uid()
        eq.obj(
            "OperationalLimitSet",
            ols,
            [*named(f"{seg} limits", ols), ("OperationalLimitSet.Terminal", Ref(t1))],
        )
        lim = uid()
        eq.obj(
            "CurrentLimit",
            lim,
            [
                *named("PATL", lim),
                ("CurrentLimit.value", f"{PATL[kv]:.1f}"),
                ("OperationalLimit.OperationalLimitSet", Ref(ols)),
                ("OperationalLimit.OperationalLimitType", Ref(patl_type)),
            ],
        )
        if on:
            flow = uid()
            sv.obj(
                "SvPowerFlow",
                flow,
                [
                    ("SvPowerFlow.p", f"{RNG.uniform(-400, 400) * kv / 400:.2f}"),
                    ("SvPowerFlow.q", f"{RNG.uniform(-60, 60) * kv / 400:.2f}"),
                    ("SvPowerFlow.Terminal", Ref(t1)),
                ],
            )

    seen: dict[str, int] = {}
    for sub, hv, lv, rated, step in TRANSFORMERS:
        seen[sub] = seen.get(sub, 0) + 1
        tr = uid()
        name = f"{code[sub]}_TR{seen[sub]}"
        eq.obj(
            "PowerTransformer",
            tr,
            [
                *named(name, tr, f"{sub} {hv}/{lv} kV transformer {seen[sub]}"),
                ("Equipment.EquipmentContainer", Ref(subs[sub])),
            ],
        )
        for n, kv in ((1, hv), (2, lv)):
            t = terminal(tr, n, sub, kv)
            end = uid()
            eq.obj(
                "PowerTransformerEnd",
                end,
                [
                    *named(f"{name}_W{n}", end),
                    ("PowerTransformerEnd.PowerTransformer", Ref(tr)),
                    ("TransformerEnd.endNumber", n),
                    ("TransformerEnd.Terminal", Ref(t)),
                    ("TransformerEnd.BaseVoltage", Ref(base[kv])),
                    ("PowerTransformerEnd.ratedU", f"{kv:.1f}"),
                    ("PowerTransformerEnd.ratedS", f"{rated:.1f}"),
                    ("PowerTransformerEnd.r", f"{RNG.uniform(0.1, 0.9):.4f}"),
                    ("PowerTransformerEnd.x", f"{RNG.uniform(20, 60):.3f}"),
                ],
            )
            if n == 1:
                tc = uid()
                eq.obj(
                    "RatioTapChanger",
                    tc,
                    [
                        *named(f"{name}_RTC", tc),
                        ("RatioTapChanger.TransformerEnd", Ref(end)),
                        ("TapChanger.lowStep", 1),
                        ("TapChanger.highStep", 21),
                        ("TapChanger.neutralStep", 11),
                        ("TapChanger.normalStep", 11),
                        ("RatioTapChanger.stepVoltageIncrement", "1.25"),
                    ],
                )
                ssh.obj(
                    "RatioTapChanger",
                    tc,
                    [("TapChanger.step", step), ("TapChanger.controlEnabled", "true")],
                    about=True,
                )

    for unit, machine, sub, kv, cls, fuel, pmax, pmin, rated, p in UNITS:
        gu = uid()
        props = [
            *named(unit, gu, short=machine.replace("_G", "-U")),
            ("GeneratingUnit.maxOperatingP", f"{pmax:.1f}"),
            ("GeneratingUnit.minOperatingP", f"{pmin:.1f}"),
            (
                "GeneratingUnit.genControlSource",
                Ref(
                    "GeneratorControlSource.onAGC" if p else "GeneratorControlSource.offAGC",
                    enum=True,
                ),
            ),
            ("Equipment.EquipmentContainer", Ref(subs[sub])),
        ]
        if cls == "HydroGeneratingUnit":
            props.append(
                (
                    "HydroGeneratingUnit.energyConversionCapability",
                    Ref("HydroEnergyConversionKind.generator", enum=True),
                )
            )
        if cls == "WindGeneratingUnit":
            props.append(
                ("WindGeneratingUnit.windGenUnitType", Ref("WindGenUnitKind.onshore", enum=True))
            )
        eq.obj(cls, gu, props)
        if fuel:
            ff = uid()
            eq.obj(
                "FossilFuel",
                ff,
                [
                    *named(f"{machine}_FUEL", ff),
                    ("FossilFuel.fossilFuelType", Ref(f"FuelType.{fuel}", enum=True)),
                    ("FossilFuel.ThermalGeneratingUnit", Ref(gu)),
                ],
            )
        sm = uid()
        vl_kind = "SynchronousMachineKind.generator"
        eq.obj(
            "SynchronousMachine",
            sm,
            [
                *named(machine, sm, f"{unit} generator"),
                ("RotatingMachine.GeneratingUnit", Ref(gu)),
                ("RotatingMachine.ratedS", f"{rated:.1f}"),
                ("RotatingMachine.ratedU", f"{kv * 0.2:.1f}"),
                ("SynchronousMachine.type", Ref(vl_kind, enum=True)),
                ("Equipment.EquipmentContainer", Ref(busbar_vl(eq, sub, kv))),
            ],
        )
        terminal(sm, 1, sub, kv, p > 0)
        ssh.obj(
            "SynchronousMachine",
            sm,
            [
                ("RotatingMachine.p", f"{-p:.1f}"),
                ("RotatingMachine.q", f"{-p * 0.12:.1f}"),
                (
                    "SynchronousMachine.operatingMode",
                    Ref("SynchronousMachineOperatingMode.generator", enum=True),
                ),
            ],
            about=True,
        )
        ssh.obj(cls, gu, [("GeneratingUnit.normalPF", f"{p / 1000:.4f}")], about=True)

    for name, sub, kv, p, q in LOADS:
        ec = uid()
        eq.obj(
            "EnergyConsumer",
            ec,
            [
                *named(name, ec, f"{name} load"),
                ("Equipment.EquipmentContainer", Ref(busbar_vl(eq, sub, kv))),
            ],
        )
        terminal(ec, 1, sub, kv)
        ssh.obj(
            "EnergyConsumer",
            ec,
            [("EnergyConsumer.p", f"{p:.1f}"), ("EnergyConsumer.q", f"{q:.1f}")],
            about=True,
        )

    for prof, p in (("EQ", eq), ("TP", tp), ("SSH", ssh), ("SV", sv)):
        p.write(HERE / f"{STAMP}_{prof}_001.xml")


def busbar_vl(eq: Profile, sub: str, kv: int) -> str:
    """The id of ``sub``'s voltage level at ``kv`` (read back from what was written)."""
    short = next(s[1] for s in SUBSTATIONS if s[0] == sub)
    want = f"<cim:IdentifiedObject.name>{short}_{kv}</cim:IdentifiedObject.name>"
    for i, line in enumerate(eq.lines):
        if line == "    " + want:
            return eq.lines[i - 2].split('"_')[1].split('"')[0]
    raise KeyError((sub, kv))


if __name__ == "__main__":
    main()
