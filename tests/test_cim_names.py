"""Graphs shaped like an IEC CIM / ENTSO-E CGMES grid model (found by a blind probe,
bench/data/own/grid): RDF/XML with ``rdf:ID="_uuid"``, properties named after the class that
declares them (``cim:Conductor.length``, ``cim:ACLineSegment.r``), and enumeration values as
IRIs of the schema's namespace that the file gives no name (``cim:FuelType.gas``)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

CIM = "http://iec.ch/TC57/2013/CIM-schema-cim16#"
HEAD = f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cim="{CIM}">
"""


def obj(cls: str, rid: str, name: str, *props: str) -> str:
    inner = "".join(f"\n    {p}" for p in props)
    return (
        f'  <cim:{cls} rdf:ID="_{rid}">\n'
        f"    <cim:IdentifiedObject.name>{name}</cim:IdentifiedObject.name>{inner}\n"
        f"  </cim:{cls}>\n"
    )


@pytest.fixture(scope="module")
def grid(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    base = obj(
        "BaseVoltage",
        "bv1",
        "220 kV",
        "<cim:BaseVoltage.nominalVoltage>220.0</cim:BaseVoltage.nominalVoltage>",
    )
    level = obj(
        "VoltageLevel",
        "vl1",
        "KESSELFELD 220 kV",
        '<cim:VoltageLevel.BaseVoltage rdf:resource="#_bv1"/>',
        "<cim:VoltageLevel.highVoltageLimit>245.0</cim:VoltageLevel.highVoltageLimit>",
        "<cim:VoltageLevel.lowVoltageLimit>198.0</cim:VoltageLevel.lowVoltageLimit>",
    ) + obj(
        "BusbarSection",
        "bb1",
        "KESSELFELD 220 SS1",
        '<cim:Equipment.EquipmentContainer rdf:resource="#_vl1"/>',
    )
    body = (
        base
        + level
        + "".join(
            [
                obj(
                    "ACLineSegment",
                    f"s{i}",
                    f"L-{i}",
                    f"<cim:Conductor.length>{length}</cim:Conductor.length>",
                    f"<cim:ACLineSegment.r>{r}</cim:ACLineSegment.r>",
                    f"<cim:ACLineSegment.x>{x}</cim:ACLineSegment.x>",
                    '<cim:ConductingEquipment.BaseVoltage rdf:resource="#_bv1"/>',
                )
                for i, length, r, x in (
                    (214, 42.7, 2.562, 13.2),
                    (305, 36.1, 1.083, 9.4),
                    (118, 12.6, 1.5, 4.9),
                )
            ]
            + [
                obj(
                    "ThermalGeneratingUnit",
                    f"u{i}",
                    name,
                    f'<cim:GeneratingUnit.genControlSource rdf:resource="{CIM}'
                    f'GeneratorControlSource.{agc}"/>',
                )
                + obj(
                    "FossilFuel",
                    f"f{i}",
                    f"{name} fuel",
                    f'<cim:FossilFuel.fossilFuelType rdf:resource="{CIM}FuelType.{fuel}"/>',
                    f'<cim:FossilFuel.ThermalGeneratingUnit rdf:resource="#_u{i}"/>',
                )
                for i, name, fuel, agc in (
                    (1, "Brenning Block A", "gas", "onAGC"),
                    (2, "Dornhagen Kraftwerk", "hardCoal", "offAGC"),
                    (3, "Kupferberg GuD", "gas", "offAGC"),
                )
            ]
        )
    )
    path = tmp_path_factory.mktemp("cim") / "eq.xml"
    path.write_text(HEAD + body + "</rdf:RDF>\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_an_enumeration_value_is_named_by_its_value(grid):
    # no name in the file: the value after the enumeration's dot, read as words
    assert grid.label(CIM + "FuelType.hardCoal") == "hard coal"
    assert grid.label(CIM + "FuelType.gas") == "gas"
    assert grid.label(CIM + "GeneratorControlSource.onAGC") == "on AGC"


def test_a_class_property_is_said_by_its_own_name(grid):
    # ``BaseVoltage.nominalVoltage`` read whole is "base voltage nominal" (the repeated word
    # dropped); its own name "nominal voltage" is what the question says
    r = make_retriever(grid)
    top = r.retrieve("What is the nominal voltage of the busbar KESSELFELD 220 SS1?").candidates[0]
    assert grid.label(top.node) == "220.0"


def test_units_are_found_by_their_enumerated_fuel(grid):
    r = make_retriever(grid)
    found = {grid.label(c.node) for c in r.retrieve("Which units burn gas?").candidates[:2]}
    assert found == {"Brenning Block A", "Kupferberg GuD"}


def test_a_kind_said_before_a_code_without_an_article_is_the_entitys_word(grid):
    # "line L-214": the segment's own kind, as "the line L-214" would be; not a word that
    # says the AC line segment's resistance or reactance ("AC line segment r")
    r = make_retriever(grid)
    top = r.retrieve("How long is line L-214?").candidates[0]
    assert grid.label(top.node) == "42.7"
    # and a class so named is no type asked of the answer: the level's voltage, not the
    # other voltage levels of its base voltage
    top = r.retrieve("What is the nominal voltage of voltage level KESSELFELD 220 kV?").candidates[
        0
    ]
    assert grid.label(top.node) == "220.0"
