# ruff: noqa: E501  (one question a line)
"""Gold answers of ``grid.jsonl``, computed with rdflib SPARQL over ``grid.xml`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the CIM/XML file holds it (``380.0``, ``true``); an object with its
``cim:IdentifiedObject.name``; an enumeration IRI (``cim:FuelType.hardCoal``, which the file
gives no name) with its last segment and the value after the enumeration's dot
(``FuelType.hardCoal``, ``hardCoal``) and that value read as words (``hard coal``). A yes/no
question on a boolean answers "yes" or "no" (as ``uniprot_answers.py`` does). ``{Class:Name}`` in a query stands for the one object of
that class named ``Name``. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/grid_answers.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from _answers_common import named_iris, write_answers
from rdflib import Graph, Literal, URIRef

HERE = Path(__file__).parent
CIM = "http://iec.ch/TC57/2013/CIM-schema-cim16#"
PRE = f"""PREFIX cim: <{CIM}>
PREFIX entsoe: <http://entsoe.eu/CIM/SchemaExtension/3/1#>
"""
NAME = URIRef(CIM + "IdentifiedObject.name")
# a substation's equipment at the end of its node-breaker topology: substation <- voltage level
# <- connectivity node <- terminal -> equipment
AT = "^cim:VoltageLevel.Substation/^cim:ConnectivityNode.ConnectivityNodeContainer/^cim:Terminal.ConnectivityNode/cim:Terminal.ConductingEquipment"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Which region is the Kesselfeld substation in?",
        "1hop",
        "SELECT ?x WHERE { {Substation:Kesselfeld} cim:Substation.Region ?x }",
    ),
    (
        "Which generating unit does BRENNING G1 belong to?",
        "1hop",
        "SELECT ?x WHERE { {SynchronousMachine:BRENNING G1} cim:RotatingMachine.GeneratingUnit ?x }",
    ),
    (
        "Which substation is voltage level OSTWALD 220 kV in?",
        "1hop",
        "SELECT ?x WHERE { {VoltageLevel:OSTWALD 220 kV} cim:VoltageLevel.Substation ?x }",
    ),
    (
        "Where is the nuclear plant Steinach Kernkraftwerk?",
        "1hop",
        "SELECT ?x WHERE { {NuclearGeneratingUnit:Steinach Kernkraftwerk} cim:Equipment.EquipmentContainer ?x }",
    ),
    (
        "Which control area is the South region part of?",
        "1hop",
        "SELECT ?x WHERE { {SubGeographicalRegion:South} cim:SubGeographicalRegion.Region ?x }",
    ),
    # literals
    (
        "How long is line L-214?",
        "literal",
        "SELECT ?x WHERE { {ACLineSegment:L-214} cim:Conductor.length ?x }",
    ),
    (
        "What's the maximum output of Dornhagen Kraftwerk 1?",
        "literal",
        "SELECT ?x WHERE { {ThermalGeneratingUnit:Dornhagen Kraftwerk 1} cim:GeneratingUnit.maxOperatingP ?x }",
    ),
    (
        "Is breaker BIRKENFELS 110 CB L-112 normally open?",
        "literal",
        'SELECT ?x WHERE { {Breaker:BIRKENFELS 110 CB L-112} cim:Switch.normalOpen ?v BIND(IF(?v = "true", "yes", "no") AS ?x) }',
    ),
    (
        "Is KESSELFELD 380 CB L-301 normally open?",
        "literal",
        'SELECT ?x WHERE { {Breaker:KESSELFELD 380 CB L-301} cim:Switch.normalOpen ?v BIND(IF(?v = "true", "yes", "no") AS ?x) }',
    ),
    (
        "What is the mRID of the Ostwald substation?",
        "literal",
        "SELECT ?x WHERE { {Substation:Ostwald} cim:IdentifiedObject.mRID ?x }",
    ),
    (
        "What is the resistance of L-305?",
        "literal",
        "SELECT ?x WHERE { {ACLineSegment:L-305} cim:ACLineSegment.r ?x }",
    ),
    (
        "What is the reactance of line L-118?",
        "literal",
        "SELECT ?x WHERE { {ACLineSegment:L-118} cim:ACLineSegment.x ?x }",
    ),
    (
        "What is the EIC code of Hollstedt?",
        "literal",
        "SELECT ?x WHERE { {Substation:Hollstedt} entsoe:IdentifiedObject.energyIdentCodeEic ?x }",
    ),
    (
        "What is the upper voltage limit of WOLKENSTEIN 380 kV?",
        "literal",
        "SELECT ?x WHERE { {VoltageLevel:WOLKENSTEIN 380 kV} cim:VoltageLevel.highVoltageLimit ?x }",
    ),
    # inverse
    (
        "Which substations are in the North region?",
        "inverse",
        "SELECT ?x WHERE { ?x cim:Substation.Region {SubGeographicalRegion:North} }",
    ),
    (
        "Which voltage levels does Ostwald have?",
        "inverse",
        "SELECT ?x WHERE { ?x cim:VoltageLevel.Substation {Substation:Ostwald} }",
    ),
    (
        "Which transformers are at Brenning?",
        "inverse",
        "SELECT ?x WHERE { ?x a cim:PowerTransformer ; cim:Equipment.EquipmentContainer {Substation:Brenning} }",
    ),
    (
        "Which segments make up line L-310?",
        "inverse",
        "SELECT ?x WHERE { ?x cim:Equipment.EquipmentContainer {Line:L-310} }",
    ),
    (
        "Which lines are in the East region?",
        "inverse",
        "SELECT ?x WHERE { ?x cim:Line.Region {SubGeographicalRegion:East} }",
    ),
    (
        "Which generator belongs to Kupferberg GuD?",
        "inverse",
        "SELECT ?x WHERE { ?x cim:RotatingMachine.GeneratingUnit {ThermalGeneratingUnit:Kupferberg GuD} }",
    ),
    # two hops
    (
        "What is the nominal voltage of voltage level HOLLSTEDT 220 kV?",
        "2hop",
        "SELECT ?x WHERE { {VoltageLevel:HOLLSTEDT 220 kV} cim:VoltageLevel.BaseVoltage/cim:BaseVoltage.nominalVoltage ?x }",
    ),
    (
        "Which generators burn gas?",
        "2hop",
        f"SELECT ?x WHERE {{ ?f cim:FossilFuel.fossilFuelType <{CIM}FuelType.gas> ; cim:FossilFuel.ThermalGeneratingUnit ?x }}",
    ),
    (
        "Which substation is the load ZOLLBRÜCK LOAD 1 in?",
        "2hop",
        "SELECT ?x WHERE { {EnergyConsumer:ZOLLBRÜCK LOAD 1} cim:Equipment.EquipmentContainer/cim:VoltageLevel.Substation ?x }",
    ),
    (
        "What are the rated voltages of the windings of OSTWALD TR 1?",
        "2hop",
        "SELECT ?x WHERE { ?e cim:PowerTransformerEnd.PowerTransformer {PowerTransformer:OSTWALD TR 1} ; cim:PowerTransformerEnd.ratedU ?x }",
    ),
    (
        "How long are the segments of line L-310?",
        "2hop",
        "SELECT ?x WHERE { ?s cim:Equipment.EquipmentContainer {Line:L-310} ; cim:Conductor.length ?x }",
    ),
    (
        "In which region is Mühlental Pumpspeicher?",
        "2hop",
        "SELECT ?x WHERE { {HydroGeneratingUnit:Mühlental Pumpspeicher} cim:Equipment.EquipmentContainer/cim:Substation.Region ?x }",
    ),
    (
        "What fuel does Rabenhorst Steinkohle burn?",
        "2hop",
        "SELECT ?x WHERE { ?f cim:FossilFuel.ThermalGeneratingUnit {ThermalGeneratingUnit:Rabenhorst Steinkohle} ; cim:FossilFuel.fossilFuelType ?x }",
    ),
    # three hops
    (
        "What is the nominal voltage of the busbar at Kesselfeld?",
        "3hop",
        "SELECT ?x WHERE { ?b a cim:BusbarSection ; cim:Equipment.EquipmentContainer/cim:VoltageLevel.Substation {Substation:Kesselfeld} ; cim:Equipment.EquipmentContainer/cim:VoltageLevel.BaseVoltage/cim:BaseVoltage.nominalVoltage ?x }",
    ),
    (
        "What's the rated power of the transformer at Hollstedt?",
        "3hop",
        "SELECT ?x WHERE { ?t a cim:PowerTransformer ; cim:Equipment.EquipmentContainer {Substation:Hollstedt} . ?e cim:PowerTransformerEnd.PowerTransformer ?t ; cim:PowerTransformerEnd.ratedS ?x }",
    ),
    (
        "Which region is the generator DORNHAGEN G1 in?",
        "3hop",
        "SELECT ?x WHERE { {SynchronousMachine:DORNHAGEN G1} cim:Equipment.EquipmentContainer/cim:VoltageLevel.Substation/cim:Substation.Region ?x }",
    ),
    (
        "At what voltage is TIEFENBRUNN LOAD 1 connected?",
        "3hop",
        "SELECT ?x WHERE { {EnergyConsumer:TIEFENBRUNN LOAD 1} cim:Equipment.EquipmentContainer/cim:VoltageLevel.BaseVoltage/cim:BaseVoltage.nominalVoltage ?x }",
    ),
    # conjunctions
    (
        "Which gas-fired units are on AGC?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?f cim:FossilFuel.fossilFuelType <{CIM}FuelType.gas> ; cim:FossilFuel.ThermalGeneratingUnit ?x . ?x cim:GeneratingUnit.genControlSource <{CIM}GeneratorControlSource.onAGC> }}",
    ),
    (
        "Which substations in the South region have a 380 kV level?",
        "conjunction",
        "SELECT ?x WHERE { ?x cim:Substation.Region {SubGeographicalRegion:South} . ?v cim:VoltageLevel.Substation ?x ; cim:VoltageLevel.BaseVoltage {BaseVoltage:380 kV} }",
    ),
    (
        "Which line connects Ostwald and Brenning?",
        "conjunction",
        f"SELECT ?x WHERE {{ {{Substation:Ostwald}} {AT} ?s . {{Substation:Brenning}} {AT} ?s . ?s a cim:ACLineSegment ; cim:Equipment.EquipmentContainer? ?x }}",
    ),
    # synonyms
    (
        "How much power can Steinach Kernkraftwerk produce at most?",
        "synonym",
        "SELECT ?x WHERE { {NuclearGeneratingUnit:Steinach Kernkraftwerk} cim:GeneratingUnit.maxOperatingP ?x }",
    ),
    (
        "What's the minimum stable generation of Falkenried Laufwasser?",
        "synonym",
        "SELECT ?x WHERE { {HydroGeneratingUnit:Falkenried Laufwasser} cim:GeneratingUnit.minOperatingP ?x }",
    ),
    ("Which plants are hydro?", "synonym", "SELECT ?x WHERE { ?x a cim:HydroGeneratingUnit }"),
    (
        "What's the length of circuit L-305?",
        "synonym",
        "SELECT ?x WHERE { {ACLineSegment:L-305} cim:Conductor.length ?x }",
    ),
    ("Which wind farms are there?", "synonym", "SELECT ?x WHERE { ?x a cim:WindGeneratingUnit }"),
    (
        "How big is the transformer at Ostwald?",
        "synonym",
        "SELECT ?x WHERE { ?t a cim:PowerTransformer ; cim:Equipment.EquipmentContainer {Substation:Ostwald} . ?e cim:PowerTransformerEnd.PowerTransformer ?t ; cim:PowerTransformerEnd.ratedS ?x }",
    ),
    # aliases (ENTSO-E short names, a line's description)
    (
        "Which region is KSF in?",
        "alias",
        "SELECT ?x WHERE { {Substation:Kesselfeld} cim:Substation.Region ?x }",
    ),
    (
        "Which voltage levels does substation BRN have?",
        "alias",
        "SELECT ?x WHERE { ?x cim:VoltageLevel.Substation {Substation:Brenning} }",
    ),
    (
        "How long is the Ostwald - Brenning line?",
        "alias",
        "SELECT ?x WHERE { {ACLineSegment:L-214} cim:Conductor.length ?x }",
    ),
    # misspelt names
    (
        "Which region is Kesselfled in?",
        "typo",
        "SELECT ?x WHERE { {Substation:Kesselfeld} cim:Substation.Region ?x }",
    ),
    (
        "What is the maximum output of Brening Block B?",
        "typo",
        "SELECT ?x WHERE { {ThermalGeneratingUnit:Brenning Block B} cim:GeneratingUnit.maxOperatingP ?x }",
    ),
    (
        "Which transformers are at Hollsted?",
        "typo",
        "SELECT ?x WHERE { ?x a cim:PowerTransformer ; cim:Equipment.EquipmentContainer {Substation:Hollstedt} }",
    ),
    # not in the graph (some a near relation)
    ("Who owns the Kesselfeld substation?", "unanswerable", None),
    ("When was line L-214 commissioned?", "unanswerable", None),
    ("What is the thermal current limit of line L-305?", "unanswerable", None),
    ("What is the CO2 emission factor of Brenning Block A?", "unanswerable", None),
    ("What is the tap position of BRENNING TR 1?", "unanswerable", None),
]


def labels(g: Graph, x: object) -> list[str]:
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    names = [str(n) for n in g.objects(x, NAME)]
    if names:
        return names
    last = re.split(r"[/#]", str(x))[-1]
    value = last.rsplit(".", 1)[-1]
    return [last, value, re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value).lower()]


def by_name(g: Graph, sparql: str) -> str:
    """``{Class:Name}`` -> the IRI of the one object of ``Class`` named ``Name``."""
    return named_iris(
        sparql,
        lambda m: [
            s for s in g.subjects(NAME, Literal(m[2])) if (s, None, URIRef(CIM + m[1])) in g
        ],
        r"\{(\w+):([^{}?]+)\}",
    )


def main() -> None:
    g = Graph().parse(HERE / "grid.xml", format="xml")
    write_answers(
        HERE / "grid.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + by_name(g, sparql)) for a in labels(g, r[0])},
    )


if __name__ == "__main__":
    main()
