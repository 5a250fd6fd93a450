# ruff: noqa: E501  (one question a line)
"""Gold answers of ``qudt.jsonl``, computed with rdflib SPARQL over ``qudt/*.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("1852.0", "km"); a node with every ``rdfs:label`` it carries, in every language
(a dimension vector's label is its code, "A0E0L1I0M0H0T-1D0"). Unanswerable questions carry no
query and ``answers: []``. Run from the repository root: ``python bench/data/own/qudt_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import RDFS, Graph

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, write_answers

HERE = Path(__file__).parent
PRE = """PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX unit: <http://qudt.org/vocab/unit/>
PREFIX quantitykind: <http://qudt.org/vocab/quantitykind/>
PREFIX qkdv: <http://qudt.org/vocab/dimensionvector/>
PREFIX prefix: <http://qudt.org/vocab/prefix/>
PREFIX sou: <http://qudt.org/vocab/sou/>
PREFIX constant: <http://qudt.org/vocab/constant/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
QK = "qudt:hasQuantityKind"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "What quantity kind does the newton measure?",
        "1hop",
        f"SELECT ?x WHERE {{ unit:N {QK} ?x }}",
    ),
    (
        "What is the symbol of the kilowatt hour?",
        "1hop",
        "SELECT ?x WHERE { unit:KiloW-HR qudt:symbol ?x }",
    ),
    ("What is the UCUM code for the inch?", "1hop", "SELECT ?x WHERE { unit:IN qudt:ucumCode ?x }"),
    (
        "What's the conversion multiplier of the nautical mile?",
        "1hop",
        "SELECT ?x WHERE { unit:MI_N qudt:conversionMultiplier ?x }",
    ),
    (
        "which prefix does the kilopascal use",
        "1hop",
        "SELECT ?x WHERE { unit:KiloPA qudt:prefix ?x }",
    ),
    (
        "What is the millivolt a scaling of?",
        "1hop",
        "SELECT ?x WHERE { unit:MilliV qudt:scalingOf ?x }",
    ),
    (
        "What is the dimension vector of velocity?",
        "1hop",
        "SELECT ?x WHERE { quantitykind:Velocity qudt:hasDimensionVector ?x }",
    ),
    (
        "What is the broader quantity kind of Wavelength?",
        "1hop",
        "SELECT ?x WHERE { quantitykind:Wavelength skos:broader ?x }",
    ),
    (
        "What is the UNECE common code for the litre?",
        "1hop",
        "SELECT ?x WHERE { unit:L qudt:uneceCommonCode ?x }",
    ),
    (
        "What is the conversion offset of degree Fahrenheit?",
        "1hop",
        "SELECT ?x WHERE { unit:DEG_F qudt:conversionOffset ?x }",
    ),
    (
        "What is the abbreviation of the International System of Units?",
        "1hop",
        "SELECT ?x WHERE { sou:SI qudt:abbreviation ?x }",
    ),
    (
        "Which unit replaced the US statute mile?",
        "1hop",
        "SELECT ?x WHERE { unit:MI_US dcterms:isReplacedBy ?x }",
    ),
    (
        "What is the symbol of the quantity kind torque?",
        "1hop",
        "SELECT ?x WHERE { quantitykind:Torque qudt:symbol ?x }",
    ),
    (
        "What systems of units is the foot part of?",
        "1hop",
        "SELECT ?x WHERE { unit:FT qudt:applicableSystem ?x }",
    ),
    (
        "Which base units does the CGS system have?",
        "1hop",
        "SELECT ?x WHERE { sou:CGS qudt:hasBaseUnit ?x }",
    ),
    (
        "What is the prefix multiplier of Mebi?",
        "1hop",
        "SELECT ?x WHERE { prefix:Mebi qudt:prefixMultiplier ?x }",
    ),
    ("what does a tesla measure", "1hop", f"SELECT ?x WHERE {{ unit:T {QK} ?x }}"),
    # inverse
    (
        "Which units measure pressure?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {QK} quantitykind:Pressure }}",
    ),
    (
        "What units use the kilo prefix?",
        "inverse",
        "SELECT ?x WHERE { ?x qudt:prefix prefix:Kilo }",
    ),
    (
        "Which quantity kinds are narrower than Length?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:broader quantitykind:Length }",
    ),
    (
        "Which unit has the UCUM code [lb_av]?",
        "inverse",
        "SELECT ?x WHERE { ?x qudt:ucumCode ?c FILTER(STR(?c) = '[lb_av]') }",
    ),
    ("Which unit has the symbol kn?", "inverse", "SELECT ?x WHERE { ?x qudt:symbol 'kn' }"),
    (
        "Which units are scalings of the watt?",
        "inverse",
        "SELECT ?x WHERE { ?x qudt:scalingOf unit:W }",
    ),
    (
        "what unit has the unece code HUR",
        "inverse",
        "SELECT ?x WHERE { ?x qudt:uneceCommonCode 'HUR' }",
    ),
    (
        "Which units belong to the CGS system?",
        "inverse",
        "SELECT ?x WHERE { ?x qudt:applicableSystem sou:CGS }",
    ),
    ("Which units are deprecated?", "inverse", "SELECT ?x WHERE { ?x qudt:deprecated true }"),
    (
        "What units is magnetic flux density measured in?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {QK} quantitykind:MagneticFluxDensity }}",
    ),
    # two hops and more
    (
        "What unit is the elementary charge given in?",
        "2hop",
        "SELECT ?x WHERE { constant:ElementaryCharge qudt:quantityValue ?v . ?v qudt:hasUnit ?x }",
    ),
    (
        "What is the value of the speed of light in vacuum?",
        "2hop",
        "SELECT ?x WHERE { constant:SpeedOfLight_Vacuum qudt:quantityValue ?v . ?v qudt:value ?x }",
    ),
    (
        "Which quantity kinds does the knot's dimension vector refer to?",
        "2hop",
        "SELECT ?x WHERE { unit:KN qudt:hasDimensionVector ?d . ?d qudt:hasReferenceQuantityKind ?x }",
    ),
    (
        "What is the symbol of the prefix of the megahertz?",
        "2hop",
        "SELECT ?x WHERE { unit:MegaHZ qudt:prefix ?p . ?p qudt:symbol ?x }",
    ),
    (
        "What is the conversion multiplier of the unit that replaced the US statute mile?",
        "2hop",
        "SELECT ?x WHERE { unit:MI_US dcterms:isReplacedBy ?u . ?u qudt:conversionMultiplier ?x }",
    ),
    (
        "Which units are built from the hour?",
        "2hop",
        "SELECT ?x WHERE { ?x qudt:hasFactorUnit ?f . ?f qudt:hasUnit unit:HR }",
    ),
    (
        "What units is the joule made of?",
        "2hop",
        "SELECT ?x WHERE { unit:J qudt:hasFactorUnit ?f . ?f qudt:hasUnit ?x }",
    ),
    (
        "Which constants are given in kilograms?",
        "2hop",
        "SELECT ?x WHERE { ?x qudt:quantityValue ?v . ?v qudt:hasUnit unit:KiloGM }",
    ),
    (
        "what is the standard uncertainty of the electron mass",
        "2hop",
        "SELECT ?x WHERE { constant:ElectronMass qudt:quantityValue ?v . ?v qudt:standardUncertainty ?x }",
    ),
    (
        "What is the time exponent of the dimension vector of acceleration?",
        "2hop",
        "SELECT ?x WHERE { quantitykind:Acceleration qudt:hasDimensionVector ?d . ?d qudt:dimensionExponentForTime ?x }",
    ),
    (
        "What quantity kind does the unit of the standard atmosphere constant measure?",
        "3hop",
        f"SELECT ?x WHERE {{ constant:StandardAtmosphere qudt:quantityValue ?v . ?v qudt:hasUnit ?u . ?u {QK} ?x }}",
    ),
    (
        "What's the symbol of the unit the Avogadro constant is given in?",
        "3hop",
        "SELECT ?x WHERE { constant:AvogadroConstant qudt:quantityValue ?v . ?v qudt:hasUnit ?u . ?u qudt:symbol ?x }",
    ),
    (
        "What is the dimension vector of the unit of the speed of light?",
        "3hop",
        "SELECT ?x WHERE { constant:SpeedOfLight_Vacuum qudt:quantityValue ?v . ?v qudt:hasUnit ?u . ?u qudt:hasDimensionVector ?x }",
    ),
    # conjunction
    (
        "Which units measure energy and belong to the CGS system?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {QK} quantitykind:Energy ; qudt:applicableSystem sou:CGS }}",
    ),
    (
        "Which pressure units are part of the imperial system?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {QK} quantitykind:Pressure ; qudt:applicableSystem sou:IMPERIAL }}",
    ),
    (
        "Which SI units measure frequency?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {QK} quantitykind:Frequency ; qudt:applicableSystem sou:SI }}",
    ),
    (
        "Which units measure both torque and energy?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {QK} quantitykind:Torque, quantitykind:Energy }}",
    ),
    (
        "What is the base unit of mass in the British imperial system?",
        "conjunction",
        f"SELECT ?x WHERE {{ sou:IMPERIAL qudt:hasBaseUnit ?x . ?x {QK} quantitykind:Mass }}",
    ),
    (
        "Which units of volume with the milli prefix are there?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x {QK} quantitykind:Volume ; qudt:prefix prefix:Milli }}",
    ),
    # synonym: the relation in other words
    (
        "How many metres are in a light year?",
        "synonym",
        "SELECT ?x WHERE { unit:LY qudt:conversionMultiplier ?x }",
    ),
    (
        "What physical quantity is the farad a unit of?",
        "synonym",
        f"SELECT ?x WHERE {{ unit:FARAD {QK} ?x }}",
    ),
    ("How is the hectare abbreviated?", "synonym", "SELECT ?x WHERE { unit:HA qudt:symbol ?x }"),
    (
        "how many watts is one horsepower",
        "synonym",
        "SELECT ?x WHERE { unit:HP qudt:conversionMultiplier ?x }",
    ),
    ("What is a becquerel used to measure?", "synonym", f"SELECT ?x WHERE {{ unit:BQ {QK} ?x }}"),
    (
        "What is the parent quantity of dynamic viscosity?",
        "synonym",
        "SELECT ?x WHERE { quantitykind:DynamicViscosity skos:broader ?x }",
    ),
    # alias: a thing by another of its names
    ("What does the kilopond measure?", "alias", f"SELECT ?x WHERE {{ unit:KiloGM_F {QK} ?x }}"),
    ("What is the symbol for a micron?", "alias", "SELECT ?x WHERE { unit:MicroM qudt:symbol ?x }"),
    (
        "what is the ucum code of the metric ton",
        "alias",
        "SELECT ?x WHERE { unit:TONNE qudt:ucumCode ?x }",
    ),
    (
        "What unit is Avogadro's number given in?",
        "alias",
        "SELECT ?x WHERE { constant:AvogadroConstant qudt:quantityValue ?v . ?v qudt:hasUnit ?x }",
    ),
    (
        "What is the conversion multiplier of the Calorie (food)?",
        "alias",
        "SELECT ?x WHERE { unit:KiloCAL qudt:conversionMultiplier ?x }",
    ),
    (
        "What is the symbol of Geschwindigkeit?",
        "alias",
        "SELECT ?x WHERE { quantitykind:Velocity qudt:symbol ?x }",
    ),
    (
        "Which units measure Drehmoment?",
        "alias",
        f"SELECT ?x WHERE {{ ?x {QK} quantitykind:Torque }}",
    ),
    # typo
    (
        "what quantity kind does the kilowat measure",
        "typo",
        f"SELECT ?x WHERE {{ unit:KiloW {QK} ?x }}",
    ),
    ("symbol of the farenheit degree", "typo", "SELECT ?x WHERE { unit:DEG_F qudt:symbol ?x }"),
    ("UCUM code of the milimetre", "typo", "SELECT ?x WHERE { unit:MilliM qudt:ucumCode ?x }"),
    (
        "wich units measure viscocity",
        "typo",
        f"SELECT ?x WHERE {{ ?x {QK} quantitykind:Viscosity }}",
    ),
    ("what is the symbol of the steradien", "typo", "SELECT ?x WHERE { unit:SR qudt:symbol ?x }"),
    # literal
    (
        "What is the UNECE code of the kilowatt hour?",
        "literal",
        "SELECT ?x WHERE { unit:KiloW-HR qudt:uneceCommonCode ?x }",
    ),
    (
        "What is the IEC 61360 code of the kilogram?",
        "literal",
        "SELECT ?x WHERE { unit:KiloGM qudt:iec61360Code ?x }",
    ),
    (
        "What is the latex symbol of the magnetic constant?",
        "literal",
        "SELECT ?x WHERE { constant:MagneticConstant qudt:latexSymbol ?x }",
    ),
    (
        "What is the conversion offset of the degree Celsius?",
        "literal",
        "SELECT ?x WHERE { unit:DEG_C qudt:conversionOffset ?x }",
    ),
    # unanswerable: a near relation exists, not this one
    ("What is the conversion offset of the kelvin?", "unanswerable", None),
    ("What is the UCUM code of the slug?", "unanswerable", None),
    ("What is the standard uncertainty of the speed of light?", "unanswerable", None),
    ("Which quantity kind is broader than Length?", "unanswerable", None),
    ("What is the IEC 61360 code of the nautical mile?", "unanswerable", None),
    ("What is the UNECE code of the kilometre per litre?", "unanswerable", None),
    ("Who introduced the tesla?", "unanswerable", None),
]


def main() -> None:
    # the lexical forms as published ("299792458", "2.8E-40"), not rdflib's canonical ones
    rdflib.NORMALIZE_LITERALS = False
    g = Graph()
    for f in sorted((HERE / "qudt").glob("*.ttl")):
        g.parse(f, format="turtle")
    write_answers(HERE / "qudt.jsonl", QUESTIONS, named_answers(g, PRE, [RDFS.label]))


if __name__ == "__main__":
    main()
