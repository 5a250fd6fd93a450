# ruff: noqa: E501  (one question a line)
"""Gold answers of ``cgmes.jsonl``, computed with rdflib SPARQL over the four profile files of
``cgmes/`` (never with kgchat), parsed into one graph against one base, as every CGMES tool
joins a model's profiles: an SSH or TP file's ``rdf:about="#_<uuid>"`` is the EQ file's
``rdf:ID="_<uuid>"``.

Each question is paired with the query whose ``?x`` is its answer; answers are read as
``grid_answers.py`` reads them: a literal its lexical form (``400.0``, ``-1120.0``), an object its
``cim:IdentifiedObject.name``, an enumeration IRI its last segment, the value after the dot and
that value as words (``FuelType.hardCoal``, ``hardCoal``, ``hard coal``); a yes/no question on a
boolean "yes" or "no". ``{Class:Name}`` stands for the one object of that class named ``Name``.
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/cgmes_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

from _answers_common import write_answers
from grid_answers import PRE, by_name, labels
from rdflib import Graph

HERE = Path(__file__).parent
# equipment at a substation through its node-breaker topology: substation <- voltage level <-
# connectivity node <- terminal -> equipment
AT = "^cim:VoltageLevel.Substation/^cim:ConnectivityNode.ConnectivityNodeContainer/^cim:Terminal.ConnectivityNode/cim:Terminal.ConductingEquipment"
# a substation's nominal voltages: the base voltage objects and their values
VOLTS = "{ ?v cim:VoltageLevel.Substation ?s ; cim:VoltageLevel.BaseVoltage ?x } UNION { ?v cim:VoltageLevel.Substation ?s ; cim:VoltageLevel.BaseVoltage/cim:BaseVoltage.nominalVoltage ?x }"
UNIT = "cim:Equipment.EquipmentContainer"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Which region is the Fallowmoor substation in?",
        "1hop",
        "SELECT ?x WHERE { {Substation:Fallowmoor} cim:Substation.Region ?x }",
    ),
    (
        "what region is kilnsey in",
        "1hop",
        "SELECT ?x WHERE { {Substation:Kilnsey} cim:Substation.Region ?x }",
    ),
    (
        "Which substation is voltage level GAR_220 in?",
        "1hop",
        "SELECT ?x WHERE { {VoltageLevel:GAR_220} cim:VoltageLevel.Substation ?x }",
    ),
    (
        "Which generating unit does the machine LAR_G1 belong to?",
        "1hop",
        "SELECT ?x WHERE { {SynchronousMachine:LAR_G1} cim:RotatingMachine.GeneratingUnit ?x }",
    ),
    (
        "Which control area does the Marches region belong to?",
        "1hop",
        "SELECT ?x WHERE { {SubGeographicalRegion:Marches} cim:SubGeographicalRegion.Region ?x }",
    ),
    (
        "Which line is segment IVE-JOR 2 part of?",
        "1hop",
        f"SELECT ?x WHERE {{ {{ACLineSegment:IVE-JOR 2}} {UNIT} ?x }}",
    ),
    (
        "Where is the Kilnsey Hydro plant?",
        "1hop",
        f"SELECT ?x WHERE {{ {{HydroGeneratingUnit:Kilnsey Hydro}} {UNIT} ?x }}",
    ),
    (
        "Which topological node is busbar COR_110_BB1 part of?",
        "1hop",
        "SELECT ?x WHERE { {ConnectivityNode:COR_110_BB1} cim:ConnectivityNode.TopologicalNode ?x }",
    ),
    # literals
    (
        "How long is ARL-COR 1?",
        "literal",
        "SELECT ?x WHERE { {ACLineSegment:ARL-COR 1} cim:Conductor.length ?x }",
    ),
    (
        "What's the reactance of line FAL-IVE 1?",
        "literal",
        "SELECT ?x WHERE { {ACLineSegment:FAL-IVE 1} cim:ACLineSegment.x ?x }",
    ),
    (
        "What is the resistance of BEC-GAR 1?",
        "literal",
        "SELECT ?x WHERE { {ACLineSegment:BEC-GAR 1} cim:ACLineSegment.r ?x }",
    ),
    (
        "What is the maximum output of Corvel CCGT?",
        "literal",
        "SELECT ?x WHERE { {ThermalGeneratingUnit:Corvel CCGT} cim:GeneratingUnit.maxOperatingP ?x }",
    ),
    (
        "What is the EIC code of Esk Ridge?",
        "literal",
        "SELECT ?x WHERE { {Substation:Esk Ridge} entsoe:IdentifiedObject.energyIdentCodeEic ?x }",
    ),
    (
        "What is the upper voltage limit of NOR_400?",
        "literal",
        "SELECT ?x WHERE { {VoltageLevel:NOR_400} cim:VoltageLevel.highVoltageLimit ?x }",
    ),
    (
        "what is the mrid of substation ivel",
        "literal",
        "SELECT ?x WHERE { {Substation:Ivel} cim:IdentifiedObject.mRID ?x }",
    ),
    (
        "What's the rated apparent power of generator ESK_G2?",
        "literal",
        "SELECT ?x WHERE { {SynchronousMachine:ESK_G2} cim:RotatingMachine.ratedS ?x }",
    ),
    (
        "What is the short name of Holm Cross?",
        "literal",
        "SELECT ?x WHERE { {Substation:Holm Cross} entsoe:IdentifiedObject.shortName ?x }",
    ),
    # the day's values in the SSH, TP and SV files, about the EQ file's objects
    (
        "What is the active power of ESK_G1 in this case?",
        "literal",
        "SELECT ?x WHERE { {SynchronousMachine:ESK_G1} cim:RotatingMachine.p ?x }",
    ),
    (
        "How much power does the Holm Cross smelter draw?",
        "literal",
        "SELECT ?x WHERE { {EnergyConsumer:Holm Cross smelter} cim:EnergyConsumer.p ?x }",
    ),
    (
        "What is the reactive power of Beckford DSO?",
        "literal",
        "SELECT ?x WHERE { {EnergyConsumer:Beckford DSO} cim:EnergyConsumer.q ?x }",
    ),
    (
        "What is the tap step of ARL_TR1_RTC?",
        "literal",
        "SELECT ?x WHERE { {RatioTapChanger:ARL_TR1_RTC} cim:TapChanger.step ?x }",
    ),
    (
        "What is the tap position of transformer IVE_TR1?",
        "2hop",
        "SELECT ?x WHERE { ?e cim:PowerTransformerEnd.PowerTransformer {PowerTransformer:IVE_TR1} . ?c cim:RatioTapChanger.TransformerEnd ?e ; cim:TapChanger.step ?x }",
    ),
    (
        "Is line JOR-LAR 1 connected?",
        "2hop",
        'SELECT ?x WHERE { ?t cim:Terminal.ConductingEquipment {ACLineSegment:JOR-LAR 1} ; cim:ACDCTerminal.connected ?v BIND(IF(?v = "true", "yes", "no") AS ?x) }',
    ),
    (
        "What is the voltage at node BEC_220_TN1?",
        "inverse",
        "SELECT ?x WHERE { ?s cim:SvVoltage.TopologicalNode {TopologicalNode:BEC_220_TN1} ; cim:SvVoltage.v ?x }",
    ),
    # inverse
    (
        "Which substations are in the Upper Vale region?",
        "inverse",
        "SELECT ?x WHERE { ?x cim:Substation.Region {SubGeographicalRegion:Upper Vale} }",
    ),
    (
        "Which voltage levels does Beckford have?",
        "inverse",
        "SELECT ?x WHERE { ?x cim:VoltageLevel.Substation {Substation:Beckford} }",
    ),
    (
        "Which segments make up the Arlen - Beckford line?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {UNIT} {{Line:Arlen - Beckford}} }}",
    ),
    (
        "Which transformers are at Beckford?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x a cim:PowerTransformer ; {UNIT} {{Substation:Beckford}} }}",
    ),
    (
        "Which sub-regions does Transvalia have?",
        "inverse",
        "SELECT ?x WHERE { ?x cim:SubGeographicalRegion.Region {GeographicalRegion:Transvalia} }",
    ),
    (
        "What generator belongs to Morden Fen Wind Park?",
        "inverse",
        "SELECT ?x WHERE { ?x cim:RotatingMachine.GeneratingUnit {WindGeneratingUnit:Morden Fen Wind Park} }",
    ),
    (
        "Which loads are connected at voltage level JOR_110?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x a cim:EnergyConsumer ; {UNIT} {{VoltageLevel:JOR_110}} }}",
    ),
    # two hops
    (
        "Which region is the Corvel CCGT in?",
        "2hop",
        f"SELECT ?x WHERE {{ {{ThermalGeneratingUnit:Corvel CCGT}} {UNIT}/cim:Substation.Region ?x }}",
    ),
    (
        "What is the maximum output of the unit of generator KIL_G1?",
        "2hop",
        "SELECT ?x WHERE { {SynchronousMachine:KIL_G1} cim:RotatingMachine.GeneratingUnit/cim:GeneratingUnit.maxOperatingP ?x }",
    ),
    (
        "What fuel does Fallowmoor Coal burn?",
        "2hop",
        "SELECT ?x WHERE { ?f cim:FossilFuel.ThermalGeneratingUnit {ThermalGeneratingUnit:Fallowmoor Coal} ; cim:FossilFuel.fossilFuelType ?x }",
    ),
    (
        "What is the nominal voltage of IVE_220?",
        "2hop",
        "SELECT ?x WHERE { { {VoltageLevel:IVE_220} cim:VoltageLevel.BaseVoltage ?x } UNION { {VoltageLevel:IVE_220} cim:VoltageLevel.BaseVoltage/cim:BaseVoltage.nominalVoltage ?x } }",
    ),
    (
        "Which substation is the generator JOR_G1 at?",
        "2hop",
        f"SELECT ?x WHERE {{ {{SynchronousMachine:JOR_G1}} {UNIT}/cim:VoltageLevel.Substation ?x }}",
    ),
    (
        "What are the rated voltages of transformer FAL_TR1?",
        "2hop",
        "SELECT ?x WHERE { ?e cim:PowerTransformerEnd.PowerTransformer {PowerTransformer:FAL_TR1} ; cim:PowerTransformerEnd.ratedU ?x }",
    ),
    (
        "Which power plants are in the Marches region?",
        "2hop",
        f"SELECT ?x WHERE {{ ?x a ?c ; {UNIT}/cim:Substation.Region {{SubGeographicalRegion:Marches}} . FILTER(?c IN (cim:ThermalGeneratingUnit, cim:HydroGeneratingUnit, cim:WindGeneratingUnit, cim:NuclearGeneratingUnit)) }}",
    ),
    (
        "What's the rated power of the transformer at Garwick?",
        "2hop",
        f"SELECT ?x WHERE {{ ?t a cim:PowerTransformer ; {UNIT} {{Substation:Garwick}} . ?e cim:PowerTransformerEnd.PowerTransformer ?t ; cim:PowerTransformerEnd.ratedS ?x }}",
    ),
    # three hops and more
    (
        "What voltage is the Dunmere substation?",
        "3hop",
        f"SELECT ?x WHERE {{ BIND({{Substation:Dunmere}} AS ?s) {VOLTS} }}",
    ),
    (
        "Which region is the generator MOR_G1 in?",
        "3hop",
        f"SELECT ?x WHERE {{ {{SynchronousMachine:MOR_G1}} {UNIT}/cim:VoltageLevel.Substation/cim:Substation.Region ?x }}",
    ),
    (
        "At what voltage is the Holm Cross smelter connected?",
        "3hop",
        f"SELECT ?x WHERE {{ {{ {{EnergyConsumer:Holm Cross smelter}} {UNIT}/cim:VoltageLevel.BaseVoltage ?x }} UNION {{ {{EnergyConsumer:Holm Cross smelter}} {UNIT}/cim:VoltageLevel.BaseVoltage/cim:BaseVoltage.nominalVoltage ?x }} }}",
    ),
    (
        "Which lines leave Esk Ridge?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Substation:Esk Ridge}} {AT} ?s . ?s a cim:ACLineSegment ; {UNIT}? ?x }}",
    ),
    (
        "Which substations does line JOR-KIL 1 connect?",
        "3hop",
        "SELECT ?x WHERE { ?t cim:Terminal.ConductingEquipment {ACLineSegment:JOR-KIL 1} ; cim:Terminal.ConnectivityNode/cim:ConnectivityNode.ConnectivityNodeContainer/cim:VoltageLevel.Substation ?x }",
    ),
    (
        "What is the current limit of line BEC-ESK 1?",
        "3hop",
        "SELECT ?x WHERE { ?t cim:Terminal.ConductingEquipment {ACLineSegment:BEC-ESK 1} . ?set cim:OperationalLimitSet.Terminal ?t . ?l cim:OperationalLimit.OperationalLimitSet ?set ; cim:CurrentLimit.value ?x }",
    ),
    # conjunctions
    (
        "Which lines connect Arlen and Beckford?",
        "conjunction",
        f"SELECT ?x WHERE {{ {{Substation:Arlen}} {AT} ?s . {{Substation:Beckford}} {AT} ?s . ?s a cim:ACLineSegment ; {UNIT}? ?x }}",
    ),
    (
        "Which line runs between Kilnsey and Morden Fen?",
        "conjunction",
        f"SELECT ?x WHERE {{ {{Substation:Kilnsey}} {AT} ?x . {{Substation:Morden Fen}} {AT} ?x . ?x a cim:ACLineSegment }}",
    ),
    (
        "Which gas-fired units are in the Upper Vale?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?f cim:FossilFuel.fossilFuelType cim:FuelType.gas ; cim:FossilFuel.ThermalGeneratingUnit ?x . ?x {UNIT}/cim:Substation.Region {{SubGeographicalRegion:Upper Vale}} }}",
    ),
    (
        "Which substations in the Lower Vale have a 400 kV level?",
        "conjunction",
        "SELECT ?x WHERE { ?x cim:Substation.Region {SubGeographicalRegion:Lower Vale} . ?v cim:VoltageLevel.Substation ?x ; cim:VoltageLevel.BaseVoltage {BaseVoltage:400 kV} }",
    ),
    (
        "how long is the line from arlen to corvel",
        "conjunction",
        f"SELECT ?x WHERE {{ {{Substation:Arlen}} {AT} ?s . {{Substation:Corvel}} {AT} ?s . ?s a cim:ACLineSegment ; cim:Conductor.length ?x }}",
    ),
    # synonyms
    (
        "How much can Larch Hill Lignite generate at most?",
        "synonym",
        "SELECT ?x WHERE { {ThermalGeneratingUnit:Larch Hill Lignite} cim:GeneratingUnit.maxOperatingP ?x }",
    ),
    (
        "What's the minimum stable output of Jorvale CHP?",
        "synonym",
        "SELECT ?x WHERE { {ThermalGeneratingUnit:Jorvale CHP} cim:GeneratingUnit.minOperatingP ?x }",
    ),
    (
        "Which hydro power stations are in the model?",
        "synonym",
        "SELECT ?x WHERE { ?x a cim:HydroGeneratingUnit }",
    ),
    (
        "What is the length of circuit NOR-DUN 1?",
        "synonym",
        "SELECT ?x WHERE { {ACLineSegment:NOR-DUN 1} cim:Conductor.length ?x }",
    ),
    (
        "How big is the transformer at Northam?",
        "synonym",
        f"SELECT ?x WHERE {{ ?t a cim:PowerTransformer ; {UNIT} {{Substation:Northam}} . ?e cim:PowerTransformerEnd.PowerTransformer ?t ; cim:PowerTransformerEnd.ratedS ?x }}",
    ),
    (
        "Which power stations burn lignite?",
        "synonym",
        "SELECT ?x WHERE { ?f cim:FossilFuel.fossilFuelType cim:FuelType.lignite ; cim:FossilFuel.ThermalGeneratingUnit ?x }",
    ),
    (
        "How much is the Morden Fen village load consuming?",
        "synonym",
        "SELECT ?x WHERE { {EnergyConsumer:Morden Fen village} cim:EnergyConsumer.p ?x }",
    ),
    # aliases (ENTSO-E short names and EIC codes, a line's description)
    (
        "Which region is LAR in?",
        "alias",
        "SELECT ?x WHERE { {Substation:Larch Hill} cim:Substation.Region ?x }",
    ),
    (
        "How long is the Fallowmoor - Ivel line?",
        "alias",
        "SELECT ?x WHERE { {ACLineSegment:FAL-IVE 1} cim:Conductor.length ?x }",
    ),
    (
        "What is the maximum output of unit ESK-U2?",
        "alias",
        "SELECT ?x WHERE { {NuclearGeneratingUnit:Esk Ridge Nuclear 2} cim:GeneratingUnit.maxOperatingP ?x }",
    ),
    (
        "Which region is substation 10YGAR-0006----G in?",
        "alias",
        "SELECT ?x WHERE { {Substation:Garwick} cim:Substation.Region ?x }",
    ),
    # misspelt names
    (
        "which region is fallowmor in",
        "typo",
        "SELECT ?x WHERE { {Substation:Fallowmoor} cim:Substation.Region ?x }",
    ),
    (
        "max output of Kilnsy Hydro",
        "typo",
        "SELECT ?x WHERE { {HydroGeneratingUnit:Kilnsey Hydro} cim:GeneratingUnit.maxOperatingP ?x }",
    ),
    (
        "transformers at Jorvalle",
        "typo",
        f"SELECT ?x WHERE {{ ?x a cim:PowerTransformer ; {UNIT} {{Substation:Jorvale}} }}",
    ),
    (
        "what region is the Larch Hil lignite plant in",
        "typo",
        f"SELECT ?x WHERE {{ {{ThermalGeneratingUnit:Larch Hill Lignite}} {UNIT}/cim:Substation.Region ?x }}",
    ),
    # not in the model (most a near relation)
    ("Who owns the Garwick substation?", "unanswerable", None),
    ("When was line IVE-NOR 1 commissioned?", "unanswerable", None),
    ("What are the CO2 emissions of Fallowmoor Coal?", "unanswerable", None),
    ("What is the temporary current limit (TATL) of ARL-BEC 1?", "unanswerable", None),
    ("What is the short-circuit power at Beckford?", "unanswerable", None),
    ("What is the phase shift angle of transformer IVE_TR1?", "unanswerable", None),
]


def main() -> None:
    g = Graph()
    for f in sorted((HERE / "cgmes").glob("*.xml")):
        g.parse(f, format="xml", publicID="urn:cgmes:transvalia/")
    write_answers(
        HERE / "cgmes.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + by_name(g, sparql)) for a in labels(g, r[0])},
    )


if __name__ == "__main__":
    main()
