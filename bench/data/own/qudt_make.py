# ruff: noqa: E501  (one record a line)
"""Write ``qudt/``: units, quantity kinds and dimension vectors as QUDT publishes its vocabularies.

The shape follows the QUDT 2.1 / 3.0 release (https://qudt.org, the ``VOCAB_QUDT-*.ttl`` files
TopBraid writes, one Turtle file a vocabulary, each an ``owl:Ontology`` importing the others):

* ``VOCAB_QUDT-UNITS-ALL.ttl``: ``unit:KiloM`` etc., typed ``qudt:Unit`` (and ``qudt:DerivedUnit``,
  ``qudt:ContextualUnit`` ...), several labels (``"Kilometre"@en``, ``"Kilometer"@en-us``, other
  languages for the SI base units), ``qudt:symbol`` / ``qudt:ucumCode`` (typed ``qudt:UCUMcs``) /
  ``qudt:uneceCommonCode`` / ``qudt:iec61360Code`` / ``qudt:latexSymbol``, the conversion to the SI
  base as ``qudt:conversionMultiplier`` (``xsd:decimal``), ``qudt:conversionMultiplierSN``
  (``xsd:double``) and ``qudt:conversionOffset``, ``qudt:hasQuantityKind`` (often several),
  ``qudt:hasDimensionVector``, ``qudt:applicableSystem``, prefixed units' ``qudt:prefix`` and
  ``qudt:scalingOf``, derived units' ``qudt:hasFactorUnit`` blank nodes (``qudt:exponent``,
  ``qudt:hasUnit``), ``qudt:deprecated`` units with ``dcterms:isReplacedBy``,
  ``qudt:informativeReference`` / ``qudt:dbpediaMatch`` (``xsd:anyURI``), ``qudt:exactMatch``;
* ``VOCAB_QUDT-QUANTITY-KINDS-ALL.ttl``: ``quantitykind:Velocity`` etc. (``qudt:QuantityKind``),
  labels in several languages, ``qudt:symbol``, ``skos:broader``, ``qudt:hasDimensionVector``,
  ``qudt:applicableUnit`` (listed for some kinds only, the inverse of ``qudt:hasQuantityKind``
  that the schema does not declare), ``qudt:wikidataMatch``, ``qudt:plainTextDescription``;
* ``VOCAB_QUDT-DIMENSION-VECTORS.ttl``: ``qkdv:A0E0L1I0M0H0T-1D0`` nodes named only by their
  code, one ``qudt:dimensionExponentFor*`` a base dimension (``xsd:int``),
  ``qudt:hasReferenceQuantityKind``;
* ``VOCAB_QUDT-PREFIXES.ttl``: ``prefix:Kilo`` (``qudt:DecimalPrefix`` / ``qudt:BinaryPrefix``),
  ``qudt:prefixMultiplier``, ``qudt:symbol``, ``qudt:ucumCode``;
* ``VOCAB_QUDT-SYSTEM-OF-UNITS-ALL.ttl``: ``sou:SI`` etc., ``qudt:abbreviation``,
  ``qudt:hasBaseUnit``;
* ``VOCAB_QUDT-CONSTANTS.ttl``: ``constant:SpeedOfLight_Vacuum`` (``qudt:PhysicalConstant``),
  ``qudt:hasQuantityKind``, ``qudt:quantityValue`` to a separate ``constant:Value_*`` node
  (``qudt:ConstantValue``: ``qudt:value``, ``qudt:hasUnit``, ``qudt:standardUncertainty``).

Values are the public QUDT/SI ones (rounded where long). Deterministic, no network, stdlib only.
Run from the repository root: ``python bench/data/own/qudt_make.py``.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).parent / "qudt"
V = "http://qudt.org/3.0.0/vocab/"
PREFIXES = """@prefix constant: <http://qudt.org/vocab/constant/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prefix: <http://qudt.org/vocab/prefix/> .
@prefix qkdv: <http://qudt.org/vocab/dimensionvector/> .
@prefix quantitykind: <http://qudt.org/vocab/quantitykind/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix sou: <http://qudt.org/vocab/sou/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix vaem: <http://www.linkedmodel.org/schema/vaem#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
BASES = ("A", "E", "L", "I", "M", "H", "T", "D")
BASE_NAMES = {
    "A": "AmountOfSubstance",
    "E": "ElectricCurrent",
    "L": "Length",
    "I": "LuminousIntensity",
    "M": "Mass",
    "H": "ThermodynamicTemperature",
    "T": "Time",
    "D": "Dimensionless",
}


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dv(spec: str) -> str:
    """``"L1T-1"`` -> ``A0E0L1I0M0H0T-1D0``; ``""`` -> the dimensionless vector."""
    exps = dict.fromkeys(BASES, 0)
    i = 0
    while i < len(spec):
        b = spec[i]
        j = i + 1
        while j < len(spec) and (spec[j] == "-" or spec[j].isdigit()):
            j += 1
        exps[b] = int(spec[i + 1 : j])
        i = j
    if not any(exps.values()):
        exps["D"] = 1
    return "".join(f"{b}{exps[b]}" for b in BASES)


# quantity kinds: id, labels [(text, lang)], symbol, dimension, broader, wikidata, description
QK = [
    (
        "Length",
        [("Length", "en"), ("Länge", "de"), ("longueur", "fr")],
        "l",
        "L1",
        None,
        "Q36253",
        "Length is the measure of one dimension of an object, the extent of something along its greatest dimension.",
    ),
    (
        "Distance",
        [("Distance", "en"), ("Abstand", "de")],
        "d",
        "L1",
        "Length",
        "Q126017",
        "Distance is a numerical description of how far apart objects are.",
    ),
    ("Height", [("Height", "en"), ("Höhe", "de")], "h", "L1", "Length", "Q208826", None),
    (
        "Wavelength",
        [("Wavelength", "en"), ("longueur d'onde", "fr")],
        "λ",
        "L1",
        "Length",
        "Q41364",
        "The distance over which a wave's shape repeats.",
    ),
    ("Radius", [("Radius", "en")], "r", "L1", "Length", "Q173817", None),
    (
        "Mass",
        [("Mass", "en"), ("Masse", "de"), ("masse", "fr"), ("massa", "it")],
        "m",
        "M1",
        None,
        "Q11423",
        "Mass is the amount of matter in a body, the property that resists acceleration.",
    ),
    (
        "Time",
        [("Time", "en"), ("Zeit", "de"), ("temps", "fr")],
        "t",
        "T1",
        None,
        "Q11471",
        "Time is a basic component of the measuring system used to sequence events.",
    ),
    (
        "Period",
        [("Period", "en")],
        "T",
        "T1",
        "Time",
        "Q2642727",
        "Duration of one cycle of a periodic phenomenon.",
    ),
    (
        "ThermodynamicTemperature",
        [("Thermodynamic Temperature", "en"), ("thermodynamische Temperatur", "de")],
        "T",
        "H1",
        "Temperature",
        "Q264647",
        "The absolute measure of temperature, zero at absolute zero.",
    ),
    (
        "Temperature",
        [("Temperature", "en"), ("Temperatur", "de"), ("température", "fr")],
        "T",
        "H1",
        None,
        "Q11466",
        "Temperature is a physical property expressing hot and cold.",
    ),
    (
        "ElectricCurrent",
        [
            ("Electric Current", "en"),
            ("elektrische Stromstärke", "de"),
            ("courant électrique", "fr"),
        ],
        "I",
        "E1",
        None,
        "Q29996",
        "The rate of flow of electric charge.",
    ),
    (
        "AmountOfSubstance",
        [("Amount of Substance", "en"), ("Stoffmenge", "de")],
        "n",
        "A1",
        None,
        "Q104946",
        "The number of elementary entities in a sample, counted in moles.",
    ),
    (
        "LuminousIntensity",
        [("Luminous Intensity", "en"), ("Lichtstärke", "de")],
        "J",
        "I1",
        None,
        "Q221656",
        None,
    ),
    (
        "Area",
        [("Area", "en"), ("Fläche", "de"), ("superficie", "fr")],
        "A",
        "L2",
        None,
        "Q11500",
        "The extent of a two-dimensional surface.",
    ),
    (
        "Volume",
        [("Volume", "en"), ("Volumen", "de")],
        "V",
        "L3",
        None,
        "Q39297",
        "The quantity of three-dimensional space enclosed by a boundary.",
    ),
    (
        "LiquidVolume",
        [("Liquid volume", "en")],
        None,
        "L3",
        "Volume",
        None,
        "Volume of a liquid, as measured in litres or gallons.",
    ),
    (
        "Velocity",
        [("Velocity", "en"), ("Geschwindigkeit", "de"), ("vitesse", "fr")],
        "v",
        "L1T-1",
        None,
        "Q11465",
        "The rate of change of position of an object, with a direction.",
    ),
    ("Speed", [("Speed", "en")], "v", "L1T-1", None, "Q3711325", "The magnitude of velocity."),
    (
        "Acceleration",
        [("Acceleration", "en"), ("Beschleunigung", "de")],
        "a",
        "L1T-2",
        None,
        "Q11376",
        "The rate of change of velocity.",
    ),
    (
        "Force",
        [("Force", "en"), ("Kraft", "de"), ("force", "fr")],
        "F",
        "L1M1T-2",
        None,
        "Q11402",
        "An influence that changes the motion of a body.",
    ),
    (
        "Weight",
        [("Weight", "en"), ("Gewichtskraft", "de")],
        "W",
        "L1M1T-2",
        "Force",
        "Q25288",
        "The force on an object due to gravity.",
    ),
    (
        "Energy",
        [("Energy", "en"), ("Energie", "de"), ("énergie", "fr")],
        "E",
        "L2M1T-2",
        None,
        "Q11379",
        "The capacity of a physical system to do work.",
    ),
    ("Work", [("Work", "en"), ("Arbeit", "de")], "W", "L2M1T-2", "Energy", "Q42213", None),
    (
        "Torque",
        [("Torque", "en"), ("Drehmoment", "de")],
        "τ",
        "L2M1T-2",
        None,
        "Q48103",
        "The rotational equivalent of force, a moment of force.",
    ),
    (
        "Power",
        [("Power", "en"), ("Leistung", "de"), ("puissance", "fr")],
        "P",
        "L2M1T-3",
        None,
        "Q25342",
        "The rate at which energy is transferred.",
    ),
    (
        "Pressure",
        [("Pressure", "en"), ("Druck", "de"), ("pression", "fr")],
        "p",
        "L-1M1T-2",
        None,
        "Q39552",
        "Force applied perpendicular to a surface per unit area.",
    ),
    (
        "Frequency",
        [("Frequency", "en"), ("Frequenz", "de")],
        "f",
        "T-1",
        None,
        "Q11652",
        "The number of occurrences of a repeating event per unit of time.",
    ),
    ("AngularVelocity", [("Angular Velocity", "en")], "ω", "T-1", None, "Q161635", None),
    (
        "ElectricCharge",
        [("Electric Charge", "en"), ("elektrische Ladung", "de")],
        "Q",
        "E1T1",
        None,
        "Q1111",
        "The physical property of matter that causes it to experience a force in an electromagnetic field.",
    ),
    (
        "Voltage",
        [("Voltage", "en"), ("Spannung", "de")],
        "U",
        "E-1L2M1T-3",
        None,
        "Q25428",
        "The difference in electric potential between two points.",
    ),
    ("ElectricPotential", [("Electric Potential", "en")], "V", "E-1L2M1T-3", None, "Q55451", None),
    (
        "Resistance",
        [("Resistance", "en"), ("elektrischer Widerstand", "de")],
        "R",
        "E-2L2M1T-3",
        None,
        "Q25358",
        "Opposition to the passage of an electric current.",
    ),
    (
        "Capacitance",
        [("Capacitance", "en"), ("Kapazität", "de")],
        "C",
        "E2L-2M-1T4",
        None,
        "Q164399",
        None,
    ),
    ("Inductance", [("Inductance", "en")], "L", "E-2L2M1T-2", None, "Q177897", None),
    (
        "MagneticFluxDensity",
        [("Magnetic Flux Density", "en"), ("magnetische Flussdichte", "de")],
        "B",
        "E-1M1T-2",
        None,
        "Q30204",
        None,
    ),
    ("MagneticFlux", [("Magnetic Flux", "en")], "Φ", "E-1L2M1T-2", None, "Q177831", None),
    (
        "Density",
        [("Density", "en"), ("Dichte", "de"), ("masse volumique", "fr")],
        "ρ",
        "L-3M1",
        None,
        "Q29539",
        "Mass per unit volume of a substance.",
    ),
    (
        "Illuminance",
        [("Illuminance", "en"), ("Beleuchtungsstärke", "de")],
        "E_v",
        "L-2I1",
        None,
        "Q194411",
        None,
    ),
    ("LuminousFlux", [("Luminous Flux", "en")], "Φ_v", "I1", None, "Q107780", None),
    (
        "PlaneAngle",
        [("Plane Angle", "en"), ("ebener Winkel", "de"), ("angle plan", "fr")],
        "θ",
        "",
        None,
        "Q11352",
        "The figure formed by two rays sharing an endpoint.",
    ),
    ("SolidAngle", [("Solid Angle", "en"), ("Raumwinkel", "de")], "Ω", "", None, "Q208476", None),
    (
        "Activity",
        [("Activity", "en"), ("Aktivität", "de")],
        "A",
        "T-1",
        None,
        "Q317949",
        "The number of radioactive decays per unit time.",
    ),
    (
        "AbsorbedDose",
        [("Absorbed Dose", "en"), ("Energiedosis", "de")],
        "D",
        "L2T-2",
        None,
        "Q215313",
        None,
    ),
    (
        "DoseEquivalent",
        [("Dose Equivalent", "en"), ("Äquivalentdosis", "de")],
        "H",
        "L2T-2",
        None,
        "Q2089468",
        None,
    ),
    (
        "DynamicViscosity",
        [("Dynamic Viscosity", "en")],
        "η",
        "L-1M1T-1",
        "Viscosity",
        "Q15152757",
        None,
    ),
    (
        "Viscosity",
        [("Viscosity", "en"), ("Viskosität", "de")],
        "μ",
        "L-1M1T-1",
        None,
        "Q128709",
        "A fluid's resistance to deformation at a given rate.",
    ),
    (
        "KinematicViscosity",
        [("Kinematic Viscosity", "en")],
        "ν",
        "L2T-1",
        "Viscosity",
        "Q15106259",
        None,
    ),
    (
        "VolumeFlowRate",
        [("Volume Flow Rate", "en"), ("Volumenstrom", "de")],
        "q_V",
        "L3T-1",
        None,
        "Q1134348",
        None,
    ),
    (
        "CatalyticActivity",
        [("Catalytic Activity", "en"), ("katalytische Aktivität", "de")],
        "z",
        "A1T-1",
        None,
        "Q3117424",
        None,
    ),
    ("DimensionlessRatio", [("Dimensionless Ratio", "en")], None, "", "Dimensionless", None, None),
    (
        "Dimensionless",
        [("Dimensionless", "en")],
        None,
        "",
        None,
        None,
        "A quantity with no physical dimension.",
    ),
    (
        "InformationEntropy",
        [("Information Entropy", "en")],
        "H",
        "",
        "Dimensionless",
        "Q204570",
        "The average amount of information conveyed by a message.",
    ),
    (
        "FuelEconomy",
        [("Fuel Economy", "en"), ("Kraftstoffverbrauch", "de")],
        None,
        "L-2",
        None,
        "Q931507",
        "Distance travelled per unit volume of fuel.",
    ),
]
QK_DIM = {k: dv(d) for k, _, _, d, *_ in QK}

# units: id, labels [(text, lang)], symbol, ucum, unece, multiplier, quantity kinds, systems, extras
# extras: off (conversion offset), pre (prefix, scaling base), fac ([(unit, exponent)]), dep
# (replaced by), ref (informative reference), dbp (DBpedia page), desc, latex, iec, types, exact
SI, CGS, IMP, USC = "SI", "CGS", "IMPERIAL", "USCS"
U = [
    (
        "M",
        [("Metre", "en"), ("Meter", "en-us"), ("Meter", "de"), ("mètre", "fr"), ("metro", "it")],
        "m",
        "m",
        "MTR",
        "1.0",
        ["Length"],
        [SI, CGS],
        {
            "desc": "The metre is the SI base unit of length, defined by the speed of light.",
            "iec": "0112/2///62720#UAA726",
            "dbp": "Metre",
            "types": ["qudt:Unit"],
        },
    ),
    (
        "KiloM",
        [("Kilometre", "en"), ("Kilometer", "en-us")],
        "km",
        "km",
        "KMT",
        "1000.0",
        ["Length"],
        [SI],
        {"pre": ("Kilo", "M"), "iec": "0112/2///62720#UAA675"},
    ),
    (
        "CentiM",
        [("Centimetre", "en"), ("Centimeter", "en-us")],
        "cm",
        "cm",
        "CMT",
        "0.01",
        ["Length"],
        [SI, CGS],
        {"pre": ("Centi", "M")},
    ),
    (
        "MilliM",
        [("Millimetre", "en"), ("Millimeter", "en-us")],
        "mm",
        "mm",
        "MMT",
        "0.001",
        ["Length"],
        [SI],
        {"pre": ("Milli", "M")},
    ),
    (
        "MicroM",
        [("Micrometre", "en"), ("Micrometer", "en-us"), ("micron", "en")],
        "μm",
        "um",
        "4H",
        "0.000001",
        ["Length"],
        [SI],
        {"pre": ("Micro", "M")},
    ),
    (
        "NanoM",
        [("Nanometre", "en"), ("Nanometer", "en-us")],
        "nm",
        "nm",
        "C45",
        "0.000000001",
        ["Length", "Wavelength"],
        [SI],
        {"pre": ("Nano", "M")},
    ),
    (
        "FT",
        [("Foot", "en")],
        "ft",
        "[ft_i]",
        "FOT",
        "0.3048",
        ["Length"],
        [IMP, USC],
        {"desc": "A foot is a unit of length equal to exactly 12 inches.", "dbp": "Foot_(unit)"},
    ),
    (
        "IN",
        [("Inch", "en")],
        "in",
        "[in_i]",
        "INH",
        "0.0254",
        ["Length"],
        [IMP, USC],
        {"dbp": "Inch"},
    ),
    ("YD", [("Yard", "en")], "yd", "[yd_i]", "YRD", "0.9144", ["Length"], [IMP, USC], {}),
    (
        "MI",
        [("International Mile", "en"), ("Mile", "en")],
        "mi",
        "[mi_i]",
        "SMI",
        "1609.344",
        ["Length"],
        [IMP, USC],
        {"dbp": "Mile"},
    ),
    (
        "MI_US",
        [("Mile US Statute", "en")],
        "mi{US}",
        "[mi_us]",
        "M52",
        "1609.347",
        ["Length"],
        [USC],
        {"dep": "MI"},
    ),
    (
        "MI_N",
        [("Nautical Mile", "en")],
        "nmi",
        "[nmi_i]",
        "NMI",
        "1852.0",
        ["Length"],
        [],
        {
            "desc": "A nautical mile is a unit of distance used in air, marine and space navigation, exactly 1852 metres.",
            "types": ["qudt:Unit", "qudt:ContextualUnit"],
        },
    ),
    (
        "AU",
        [("Astronomical Unit", "en")],
        "AU",
        "AU",
        "A12",
        "149597870700.0",
        ["Length"],
        [],
        {"desc": "The astronomical unit is roughly the distance from Earth to the Sun."},
    ),
    (
        "LY",
        [("Light Year", "en")],
        "ly",
        "[ly]",
        "B57",
        "9460730472580800.0",
        ["Length"],
        [],
        {"desc": "The distance light travels in vacuum in one Julian year."},
    ),
    ("PARSEC", [("Parsec", "en")], "pc", "pc", "C63", "30856775814913673.0", ["Length"], [], {}),
    (
        "ANGSTROM",
        [("Angstrom", "en"), ("Ångström", "sv")],
        "Å",
        "Ao",
        "A11",
        "0.0000000001",
        ["Length", "Wavelength"],
        [],
        {"dep": None},
    ),
    (
        "KiloGM",
        [("Kilogram", "en"), ("Kilogramm", "de"), ("kilogramme", "fr"), ("chilogrammo", "it")],
        "kg",
        "kg",
        "KGM",
        "1.0",
        ["Mass"],
        [SI],
        {
            "pre": ("Kilo", "GM"),
            "desc": "The kilogram is the SI base unit of mass, defined by the Planck constant.",
            "iec": "0112/2///62720#UAA594",
        },
    ),
    ("GM", [("Gram", "en"), ("Gramme", "en")], "g", "g", "GRM", "0.001", ["Mass"], [SI, CGS], {}),
    (
        "MilliGM",
        [("Milligram", "en")],
        "mg",
        "mg",
        "MGM",
        "0.000001",
        ["Mass"],
        [SI],
        {"pre": ("Milli", "GM")},
    ),
    ("TONNE", [("Tonne", "en"), ("metric ton", "en")], "t", "t", "TNE", "1000.0", ["Mass"], [], {}),
    (
        "TON_SH",
        [("Short Ton", "en")],
        "ton{short}",
        "[ston_av]",
        "STN",
        "907.18474",
        ["Mass"],
        [USC],
        {},
    ),
    (
        "LB",
        [("Pound Mass", "en"), ("Pound", "en")],
        "lbm",
        "[lb_av]",
        "LBR",
        "0.45359237",
        ["Mass"],
        [IMP, USC],
        {"dbp": "Pound_(mass)"},
    ),
    (
        "OZ",
        [("Ounce Mass", "en"), ("Ounce", "en")],
        "oz",
        "[oz_av]",
        "ONZ",
        "0.028349523125",
        ["Mass"],
        [IMP, USC],
        {},
    ),
    ("SLUG", [("Slug", "en")], "slug", None, "F13", "14.593903", ["Mass"], [IMP], {}),
    (
        "DA",
        [("Dalton", "en"), ("unified atomic mass unit", "en")],
        "Da",
        "u",
        "D43",
        "0.00000000000000000000000000166053906660",
        ["Mass"],
        [],
        {},
    ),
    (
        "SEC",
        [("Second", "en"), ("Sekunde", "de"), ("seconde", "fr")],
        "s",
        "s",
        "SEC",
        "1.0",
        ["Time", "Period"],
        [SI, CGS],
        {
            "desc": "The second is the SI base unit of time, defined by the caesium frequency.",
            "iec": "0112/2///62720#UAA972",
        },
    ),
    ("MIN", [("Minute", "en")], "min", "min", "MIN", "60.0", ["Time"], [], {}),
    ("HR", [("Hour", "en"), ("Stunde", "de")], "h", "h", "HUR", "3600.0", ["Time"], [], {}),
    ("DAY", [("Day", "en")], "d", "d", "DAY", "86400.0", ["Time"], [], {}),
    ("WK", [("Week", "en")], "wk", "wk", "WEE", "604800.0", ["Time"], [], {}),
    (
        "YR",
        [("Year", "en")],
        "yr",
        "a",
        "ANN",
        "31557600.0",
        ["Time"],
        [],
        {"desc": "A Julian year of 365.25 days."},
    ),
    (
        "K",
        [("Kelvin", "en")],
        "K",
        "K",
        "KEL",
        "1.0",
        ["ThermodynamicTemperature", "Temperature"],
        [SI],
        {"desc": "The kelvin is the SI base unit of thermodynamic temperature."},
    ),
    (
        "DEG_C",
        [("Degree Celsius", "en"), ("Grad Celsius", "de")],
        "°C",
        "Cel",
        "CEL",
        "1.0",
        ["Temperature"],
        [SI],
        {"off": "273.15", "latex": "\\(^{\\circ}C\\)", "dbp": "Celsius"},
    ),
    (
        "DEG_F",
        [("Degree Fahrenheit", "en")],
        "°F",
        "[degF]",
        "FAH",
        "0.5555555555555556",
        ["Temperature"],
        [IMP, USC],
        {"off": "459.67"},
    ),
    (
        "DEG_R",
        [("Degree Rankine", "en")],
        "°R",
        "[degR]",
        "A48",
        "0.5555555555555556",
        ["ThermodynamicTemperature"],
        [IMP, USC],
        {},
    ),
    (
        "A",
        [("Ampere", "en"), ("Ampère", "fr")],
        "A",
        "A",
        "AMP",
        "1.0",
        ["ElectricCurrent"],
        [SI],
        {"desc": "The ampere is the SI base unit of electric current."},
    ),
    (
        "MilliA",
        [("Milliampere", "en")],
        "mA",
        "mA",
        "4K",
        "0.001",
        ["ElectricCurrent"],
        [SI],
        {"pre": ("Milli", "A")},
    ),
    (
        "MOL",
        [("Mole", "en"), ("Mol", "de")],
        "mol",
        "mol",
        "C34",
        "1.0",
        ["AmountOfSubstance"],
        [SI],
        {"desc": "The mole is the SI base unit of amount of substance."},
    ),
    ("CD", [("Candela", "en")], "cd", "cd", "CDL", "1.0", ["LuminousIntensity"], [SI], {}),
    (
        "M2",
        [("Square Metre", "en"), ("Square Meter", "en-us")],
        "m²",
        "m2",
        "MTK",
        "1.0",
        ["Area"],
        [SI],
        {"fac": [("M", 2)]},
    ),
    (
        "KiloM2",
        [("Square Kilometre", "en"), ("Square Kilometer", "en-us")],
        "km²",
        "km2",
        "KMK",
        "1000000.0",
        ["Area"],
        [SI],
        {"fac": [("KiloM", 2)]},
    ),
    ("HA", [("Hectare", "en")], "ha", "har", "HAR", "10000.0", ["Area"], [], {}),
    ("AC", [("Acre", "en")], "acre", "[acr_us]", "ACR", "4046.8564224", ["Area"], [IMP, USC], {}),
    (
        "FT2",
        [("Square Foot", "en")],
        "ft²",
        "[sft_i]",
        "FTK",
        "0.09290304",
        ["Area"],
        [IMP, USC],
        {"fac": [("FT", 2)]},
    ),
    (
        "M3",
        [("Cubic Metre", "en"), ("Cubic Meter", "en-us")],
        "m³",
        "m3",
        "MTQ",
        "1.0",
        ["Volume"],
        [SI],
        {"fac": [("M", 3)]},
    ),
    (
        "L",
        [("Litre", "en"), ("Liter", "en-us"), ("Liter", "de")],
        "L",
        "L",
        "LTR",
        "0.001",
        ["Volume", "LiquidVolume"],
        [],
        {},
    ),
    (
        "MilliL",
        [("Millilitre", "en"), ("Milliliter", "en-us")],
        "mL",
        "mL",
        "MLT",
        "0.000001",
        ["Volume", "LiquidVolume"],
        [],
        {"pre": ("Milli", "L")},
    ),
    (
        "GAL_US",
        [("US Gallon", "en")],
        "gal{US}",
        "[gal_us]",
        "GLL",
        "0.003785411784",
        ["Volume", "LiquidVolume"],
        [USC],
        {},
    ),
    (
        "GAL_UK",
        [("Imperial Gallon", "en")],
        "gal{UK}",
        "[gal_br]",
        "GLI",
        "0.00454609",
        ["Volume", "LiquidVolume"],
        [IMP],
        {},
    ),
    (
        "BBL_US",
        [("US Petroleum Barrel", "en"), ("Barrel (US)", "en")],
        "bbl{US petroleum}",
        "[bbl_us]",
        "BLL",
        "0.1589873",
        ["Volume"],
        [USC],
        {},
    ),
    (
        "FT3",
        [("Cubic Foot", "en")],
        "ft³",
        "[cft_i]",
        "FTQ",
        "0.028316846592",
        ["Volume"],
        [IMP, USC],
        {"fac": [("FT", 3)]},
    ),
    (
        "M-PER-SEC",
        [("Metre per Second", "en"), ("Meter per Second", "en-us")],
        "m/s",
        "m.s-1",
        "MTS",
        "1.0",
        ["Velocity", "Speed"],
        [SI],
        {"fac": [("M", 1), ("SEC", -1)]},
    ),
    (
        "KiloM-PER-HR",
        [("Kilometre per Hour", "en"), ("Kilometer per Hour", "en-us")],
        "km/h",
        "km.h-1",
        "KMH",
        "0.2777777777777778",
        ["Velocity", "Speed"],
        [],
        {"fac": [("KiloM", 1), ("HR", -1)]},
    ),
    (
        "MI-PER-HR",
        [("Mile per Hour", "en")],
        "mi/h",
        "[mi_i].h-1",
        "HM",
        "0.44704",
        ["Velocity", "Speed"],
        [IMP, USC],
        {"fac": [("MI", 1), ("HR", -1)]},
    ),
    (
        "KN",
        [("Knot", "en")],
        "kn",
        "[kn_i]",
        "KNT",
        "0.5144444444444445",
        ["Velocity", "Speed"],
        [],
        {"desc": "A knot is one nautical mile per hour."},
    ),
    (
        "FT-PER-SEC",
        [("Foot per Second", "en")],
        "ft/s",
        "[ft_i].s-1",
        "FS",
        "0.3048",
        ["Velocity", "Speed"],
        [IMP, USC],
        {"fac": [("FT", 1), ("SEC", -1)]},
    ),
    (
        "M-PER-SEC2",
        [("Metre per Square Second", "en"), ("Meter per Square Second", "en-us")],
        "m/s²",
        "m.s-2",
        "MSK",
        "1.0",
        ["Acceleration"],
        [SI],
        {"fac": [("M", 1), ("SEC", -2)]},
    ),
    (
        "G",
        [("Gravity", "en"), ("standard gravity", "en")],
        "G",
        "[g]",
        "K40",
        "9.80665",
        ["Acceleration"],
        [],
        {},
    ),
    (
        "GALILEO",
        [("Galileo", "en"), ("Gal", "en")],
        "Gal",
        "Gal",
        "A76",
        "0.01",
        ["Acceleration"],
        [CGS],
        {},
    ),
    (
        "N",
        [("Newton", "en")],
        "N",
        "N",
        "NEW",
        "1.0",
        ["Force", "Weight"],
        [SI],
        {
            "fac": [("KiloGM", 1), ("M", 1), ("SEC", -2)],
            "desc": "The newton is the SI unit of force: the force that accelerates one kilogram at one metre per second squared.",
        },
    ),
    (
        "KiloN",
        [("Kilonewton", "en")],
        "kN",
        "kN",
        "B47",
        "1000.0",
        ["Force"],
        [SI],
        {"pre": ("Kilo", "N")},
    ),
    ("DYN", [("Dyne", "en")], "dyn", "dyn", "DU", "0.00001", ["Force"], [CGS], {}),
    (
        "LB_F",
        [("Pound Force", "en")],
        "lbf",
        "[lbf_av]",
        "C78",
        "4.448222",
        ["Force", "Weight"],
        [IMP, USC],
        {},
    ),
    (
        "KiloGM_F",
        [("Kilogram Force", "en"), ("kilopond", "en")],
        "kgf",
        "kgf",
        "B37",
        "9.80665",
        ["Force"],
        [],
        {},
    ),
    (
        "J",
        [("Joule", "en")],
        "J",
        "J",
        "JOU",
        "1.0",
        ["Energy", "Work"],
        [SI],
        {
            "fac": [("N", 1), ("M", 1)],
            "desc": "The joule is the SI unit of energy, the work done by a force of one newton over one metre.",
        },
    ),
    (
        "KiloJ",
        [("Kilojoule", "en")],
        "kJ",
        "kJ",
        "KJO",
        "1000.0",
        ["Energy"],
        [SI],
        {"pre": ("Kilo", "J")},
    ),
    (
        "CAL_IT",
        [("International Table calorie", "en"), ("calorie", "en")],
        "cal{IT}",
        "cal_IT",
        "D70",
        "4.1868",
        ["Energy"],
        [],
        {},
    ),
    (
        "KiloCAL",
        [("Kilocalorie", "en"), ("Calorie (food)", "en")],
        "kcal",
        "kcal",
        "E14",
        "4184.0",
        ["Energy"],
        [],
        {"pre": ("Kilo", "CAL_IT")},
    ),
    (
        "W-HR",
        [("Watt Hour", "en")],
        "W⋅h",
        "W.h",
        "WHR",
        "3600.0",
        ["Energy"],
        [],
        {"fac": [("W", 1), ("HR", 1)]},
    ),
    (
        "KiloW-HR",
        [("Kilowatt Hour", "en")],
        "kW⋅h",
        "kW.h",
        "KWH",
        "3600000.0",
        ["Energy"],
        [],
        {
            "fac": [("KiloW", 1), ("HR", 1)],
            "desc": "The kilowatt hour is a unit of energy, typically used for billing electricity.",
        },
    ),
    (
        "EV",
        [("Electron Volt", "en")],
        "eV",
        "eV",
        "A53",
        "0.0000000000000000001602176634",
        ["Energy"],
        [],
        {},
    ),
    (
        "BTU_IT",
        [("British Thermal Unit (International Table)", "en")],
        "Btu{IT}",
        "[Btu_IT]",
        "BTU",
        "1055.05585262",
        ["Energy"],
        [IMP, USC],
        {},
    ),
    ("ERG", [("Erg", "en")], "erg", "erg", "A57", "0.0000001", ["Energy", "Work"], [CGS], {}),
    (
        "N-M",
        [("Newton Metre", "en"), ("Newton Meter", "en-us")],
        "N⋅m",
        "N.m",
        "NU",
        "1.0",
        ["Torque", "Energy"],
        [SI],
        {"fac": [("N", 1), ("M", 1)]},
    ),
    (
        "W",
        [("Watt", "en")],
        "W",
        "W",
        "WTT",
        "1.0",
        ["Power"],
        [SI],
        {
            "fac": [("J", 1), ("SEC", -1)],
            "desc": "The watt is the SI unit of power, one joule per second.",
        },
    ),
    (
        "KiloW",
        [("Kilowatt", "en")],
        "kW",
        "kW",
        "KWT",
        "1000.0",
        ["Power"],
        [SI],
        {"pre": ("Kilo", "W")},
    ),
    (
        "MegaW",
        [("Megawatt", "en")],
        "MW",
        "MW",
        "MAW",
        "1000000.0",
        ["Power"],
        [SI],
        {"pre": ("Mega", "W")},
    ),
    (
        "HP",
        [("Horsepower", "en")],
        "HP",
        "[HP]",
        "K43",
        "745.6999",
        ["Power"],
        [IMP, USC],
        {"desc": "Mechanical horsepower, 550 foot-pounds per second."},
    ),
    (
        "PA",
        [("Pascal", "en")],
        "Pa",
        "Pa",
        "PAL",
        "1.0",
        ["Pressure"],
        [SI],
        {"fac": [("N", 1), ("M", -2)]},
    ),
    (
        "KiloPA",
        [("Kilopascal", "en")],
        "kPa",
        "kPa",
        "KPA",
        "1000.0",
        ["Pressure"],
        [SI],
        {"pre": ("Kilo", "PA")},
    ),
    ("BAR", [("Bar", "en")], "bar", "bar", "BAR", "100000.0", ["Pressure"], [], {}),
    (
        "ATM",
        [("Standard Atmosphere", "en"), ("atmosphere", "en")],
        "atm",
        "atm",
        "ATM",
        "101325.0",
        ["Pressure"],
        [],
        {},
    ),
    (
        "PSI",
        [("PSI", "en"), ("Pound Force per Square Inch", "en")],
        "psi",
        "[psi]",
        "PS",
        "6894.757",
        ["Pressure"],
        [IMP, USC],
        {},
    ),
    (
        "MilliM_HG",
        [("Millimetre of Mercury", "en"), ("Millimeter of Mercury", "en-us")],
        "mmHg",
        "mm[Hg]",
        "HN",
        "133.322387415",
        ["Pressure"],
        [],
        {},
    ),
    ("TORR", [("Torr", "en")], "Torr", None, "UA", "133.3224", ["Pressure"], [], {}),
    (
        "HZ",
        [("Hertz", "en")],
        "Hz",
        "Hz",
        "HTZ",
        "1.0",
        ["Frequency"],
        [SI],
        {"fac": [("SEC", -1)]},
    ),
    (
        "KiloHZ",
        [("Kilohertz", "en")],
        "kHz",
        "kHz",
        "KHZ",
        "1000.0",
        ["Frequency"],
        [SI],
        {"pre": ("Kilo", "HZ")},
    ),
    (
        "MegaHZ",
        [("Megahertz", "en")],
        "MHz",
        "MHz",
        "MHZ",
        "1000000.0",
        ["Frequency"],
        [SI],
        {"pre": ("Mega", "HZ")},
    ),
    (
        "GigaHZ",
        [("Gigahertz", "en")],
        "GHz",
        "GHz",
        "A86",
        "1000000000.0",
        ["Frequency"],
        [SI],
        {"pre": ("Giga", "HZ")},
    ),
    (
        "REV-PER-MIN",
        [("Revolution per Minute", "en")],
        "rev/min",
        "{#}/min",
        "M46",
        "0.10471975511965977",
        ["AngularVelocity"],
        [],
        {},
    ),
    (
        "C",
        [("Coulomb", "en")],
        "C",
        "C",
        "COU",
        "1.0",
        ["ElectricCharge"],
        [SI],
        {"fac": [("A", 1), ("SEC", 1)]},
    ),
    (
        "A-HR",
        [("Ampere Hour", "en")],
        "A⋅h",
        "A.h",
        "AMH",
        "3600.0",
        ["ElectricCharge"],
        [],
        {"fac": [("A", 1), ("HR", 1)]},
    ),
    (
        "V",
        [("Volt", "en")],
        "V",
        "V",
        "VLT",
        "1.0",
        ["Voltage", "ElectricPotential"],
        [SI],
        {"desc": "The volt is the SI unit of electric potential difference."},
    ),
    (
        "KiloV",
        [("Kilovolt", "en")],
        "kV",
        "kV",
        "KVT",
        "1000.0",
        ["Voltage"],
        [SI],
        {"pre": ("Kilo", "V")},
    ),
    (
        "MilliV",
        [("Millivolt", "en")],
        "mV",
        "mV",
        "2Z",
        "0.001",
        ["Voltage"],
        [SI],
        {"pre": ("Milli", "V")},
    ),
    (
        "OHM",
        [("Ohm", "en")],
        "Ω",
        "Ohm",
        "OHM",
        "1.0",
        ["Resistance"],
        [SI],
        {"fac": [("V", 1), ("A", -1)]},
    ),
    ("FARAD", [("Farad", "en")], "F", "F", "FAR", "1.0", ["Capacitance"], [SI], {}),
    (
        "MicroFARAD",
        [("Microfarad", "en")],
        "μF",
        "uF",
        "4O",
        "0.000001",
        ["Capacitance"],
        [SI],
        {"pre": ("Micro", "FARAD")},
    ),
    ("H", [("Henry", "en")], "H", "H", "81", "1.0", ["Inductance"], [SI], {}),
    ("T", [("Tesla", "en")], "T", "T", "D33", "1.0", ["MagneticFluxDensity"], [SI], {}),
    ("GAUSS", [("Gauss", "en")], "Gs", "G", "76", "0.0001", ["MagneticFluxDensity"], [CGS], {}),
    ("WB", [("Weber", "en")], "Wb", "Wb", "WEB", "1.0", ["MagneticFlux"], [SI], {}),
    (
        "KiloGM-PER-M3",
        [("Kilogram per Cubic Metre", "en"), ("Kilogram per Cubic Meter", "en-us")],
        "kg/m³",
        "kg.m-3",
        "KMQ",
        "1.0",
        ["Density"],
        [SI],
        {"fac": [("KiloGM", 1), ("M", -3)]},
    ),
    (
        "GM-PER-CentiM3",
        [("Gram per Cubic Centimetre", "en")],
        "g/cm³",
        "g.cm-3",
        "23",
        "1000.0",
        ["Density"],
        [CGS],
        {"fac": [("GM", 1), ("CentiM", -3)]},
    ),
    ("LUX", [("Lux", "en")], "lx", "lx", "LUX", "1.0", ["Illuminance"], [SI], {}),
    ("LM", [("Lumen", "en")], "lm", "lm", "LUM", "1.0", ["LuminousFlux"], [SI], {}),
    ("RAD", [("Radian", "en")], "rad", "rad", "C81", "1.0", ["PlaneAngle"], [SI], {}),
    ("DEG", [("Degree", "en")], "°", "deg", "DD", "0.0174532925199433", ["PlaneAngle"], [], {}),
    (
        "ARCMIN",
        [("Arc Minute", "en"), ("minute of arc", "en")],
        "'",
        "'",
        "D61",
        "0.000290888208665722",
        ["PlaneAngle"],
        [],
        {},
    ),
    (
        "ARCSEC",
        [("Arc Second", "en")],
        '"',
        "''",
        "D62",
        "0.00000484813681109536",
        ["PlaneAngle"],
        [],
        {},
    ),
    (
        "GON",
        [("Gon", "en"), ("grad", "en")],
        "gon",
        "gon",
        "A91",
        "0.015707963267949",
        ["PlaneAngle"],
        [],
        {},
    ),
    ("SR", [("Steradian", "en")], "sr", "sr", "D27", "1.0", ["SolidAngle"], [SI], {}),
    ("BQ", [("Becquerel", "en")], "Bq", "Bq", "BQL", "1.0", ["Activity"], [SI], {}),
    ("CI", [("Curie", "en")], "Ci", "Ci", "CUR", "37000000000.0", ["Activity"], [], {}),
    ("GRAY", [("Gray", "en")], "Gy", "Gy", "A95", "1.0", ["AbsorbedDose"], [SI], {}),
    ("SV", [("Sievert", "en")], "Sv", "Sv", "D13", "1.0", ["DoseEquivalent"], [SI], {}),
    ("REM", [("Rem", "en")], "rem", "REM", "D91", "0.01", ["DoseEquivalent"], [], {}),
    (
        "PA-SEC",
        [("Pascal Second", "en")],
        "Pa⋅s",
        "Pa.s",
        "C65",
        "1.0",
        ["DynamicViscosity", "Viscosity"],
        [SI],
        {"fac": [("PA", 1), ("SEC", 1)]},
    ),
    ("POISE", [("Poise", "en")], "P", "P", "89", "0.1", ["DynamicViscosity"], [CGS], {}),
    (
        "CentiPOISE",
        [("Centipoise", "en")],
        "cP",
        "cP",
        "C7",
        "0.001",
        ["DynamicViscosity"],
        [CGS],
        {"pre": ("Centi", "POISE")},
    ),
    ("ST", [("Stokes", "en")], "St", "St", "91", "0.0001", ["KinematicViscosity"], [CGS], {}),
    (
        "M3-PER-SEC",
        [("Cubic Metre per Second", "en"), ("Cubic Meter per Second", "en-us")],
        "m³/s",
        "m3.s-1",
        "MQS",
        "1.0",
        ["VolumeFlowRate"],
        [SI],
        {"fac": [("M", 3), ("SEC", -1)]},
    ),
    (
        "L-PER-MIN",
        [("Litre per Minute", "en"), ("Liter per Minute", "en-us")],
        "L/min",
        "L.min-1",
        "L2",
        "0.00001666666666666667",
        ["VolumeFlowRate"],
        [],
        {"fac": [("L", 1), ("MIN", -1)]},
    ),
    ("KAT", [("Katal", "en")], "kat", "kat", "KAT", "1.0", ["CatalyticActivity"], [SI], {}),
    ("PERCENT", [("Percent", "en")], "%", "%", "P1", "0.01", ["DimensionlessRatio"], [], {}),
    (
        "PPM",
        [("Parts per Million", "en")],
        "PPM",
        "[ppm]",
        "59",
        "0.000001",
        ["DimensionlessRatio"],
        [],
        {},
    ),
    ("BIT", [("Bit", "en")], "b", "bit", "A99", "1.0", ["InformationEntropy"], [], {}),
    (
        "BYTE",
        [("Byte", "en"), ("octet", "en")],
        "B",
        "By",
        "AD",
        "8.0",
        ["InformationEntropy"],
        [],
        {},
    ),
    (
        "MI-PER-GAL",
        [("Mile per Gallon", "en")],
        "mpg",
        "[mi_i].[gal_us]-1",
        "M41",
        "425143.707",
        ["FuelEconomy"],
        [USC],
        {"fac": [("MI", 1), ("GAL_US", -1)]},
    ),
    (
        "KiloM-PER-L",
        [("Kilometre per Litre", "en")],
        "km/L",
        "km.L-1",
        None,
        "1000000.0",
        ["FuelEconomy"],
        [],
        {"fac": [("KiloM", 1), ("L", -1)]},
    ),
]
UNIT_IDS = {u[0] for u in U}

# prefixes: id, label, symbol, multiplier, binary?
PRE = [
    ("Giga", "Giga", "G", "1.0E9"),
    ("Mega", "Mega", "M", "1.0E6"),
    ("Kilo", "Kilo", "k", "1.0E3"),
    ("Hecto", "Hecto", "h", "1.0E2"),
    ("Deca", "Deca", "da", "1.0E1"),
    ("Deci", "Deci", "d", "1.0E-1"),
    ("Centi", "Centi", "c", "1.0E-2"),
    ("Milli", "Milli", "m", "1.0E-3"),
    ("Micro", "Micro", "μ", "1.0E-6"),
    ("Nano", "Nano", "n", "1.0E-9"),
    ("Pico", "Pico", "p", "1.0E-12"),
    ("Kibi", "Kibi", "Ki", "1024"),
    ("Mebi", "Mebi", "Mi", "1048576"),
]
# systems of units: id, labels, abbreviation, base units
SOU = [
    (
        "SI",
        [("International System of Units", "en"), ("Système international d'unités", "fr")],
        "SI",
        ["M", "KiloGM", "SEC", "A", "K", "MOL", "CD"],
    ),
    (
        "CGS",
        [("CGS System of Units", "en"), ("centimetre-gram-second system", "en")],
        "CGS",
        ["CentiM", "GM", "SEC"],
    ),
    (
        "IMPERIAL",
        [("Imperial System of Units", "en"), ("British imperial system", "en")],
        "Imperial",
        ["FT", "LB", "SEC"],
    ),
    (
        "USCS",
        [("US Customary Unit System", "en"), ("United States customary units", "en")],
        "US Customary",
        ["FT", "LB", "SEC"],
    ),
]
# constants: id, labels, quantity kind, value, unit, uncertainty, exact?
CONST = [
    (
        "SpeedOfLight_Vacuum",
        [("Speed of Light (vacuum)", "en"), ("speed of light in vacuum", "en")],
        "Speed",
        "299792458",
        "M-PER-SEC",
        None,
        "c",
    ),
    (
        "StandardAccelerationOfGravity",
        [("Standard Acceleration of Gravity", "en")],
        "Acceleration",
        "9.80665",
        "M-PER-SEC2",
        None,
        "g_n",
    ),
    (
        "ElementaryCharge",
        [("Elementary Charge", "en")],
        "ElectricCharge",
        "1.602176634E-19",
        "C",
        None,
        "e",
    ),
    (
        "AvogadroConstant",
        [("Avogadro Constant", "en"), ("Avogadro's number", "en")],
        "Dimensionless",
        "6.02214076E23",
        "MOL",
        None,
        "N_A",
    ),
    (
        "StandardAtmosphere",
        [("Standard Atmosphere", "en")],
        "Pressure",
        "101325",
        "PA",
        None,
        "atm",
    ),
    (
        "ElectronMass",
        [("Electron Mass", "en")],
        "Mass",
        "9.1093837015E-31",
        "KiloGM",
        "2.8E-40",
        "m_e",
    ),
    (
        "ProtonMass",
        [("Proton Mass", "en")],
        "Mass",
        "1.67262192369E-27",
        "KiloGM",
        "5.1E-37",
        "m_p",
    ),
    (
        "AstronomicalUnit",
        [("Astronomical Unit (constant)", "en")],
        "Length",
        "149597870700",
        "M",
        None,
        "au",
    ),
    (
        "WaterTriplePointTemperature",
        [("Triple Point of Water", "en")],
        "ThermodynamicTemperature",
        "273.16",
        "K",
        None,
        "T_tpw",
    ),
    (
        "MagneticConstant",
        [("Magnetic Constant", "en"), ("vacuum permeability", "en")],
        "Dimensionless",
        "1.25663706212E-6",
        "N",
        "1.9E-16",
        "μ_0",
    ),
]


def labels(pairs: list[tuple[str, str]]) -> str:
    return " ,\n    ".join(f"{q(t)}@{lang}" for t, lang in pairs)


def header(name: str, title: str, imports: list[str]) -> str:
    imp = "".join(f"  owl:imports <{V}{i}> ;\n" for i in imports)
    return (
        PREFIXES
        + f"\n<{V}{name}>\n  a owl:Ontology ;\n{imp}  rdfs:label {q(title)} ;\n"
        + '  owl:versionInfo "3.0.0" ;\n  vaem:namespace "http://qudt.org/vocab/" ;\n.\n'
    )


def unit_block(row: tuple) -> str:
    uid, labs, sym, ucum, unece, mult, qks, sous, ex = row
    types = ex.get("types") or (["qudt:DerivedUnit", "qudt:Unit"] if "fac" in ex else ["qudt:Unit"])
    lines = [f"unit:{uid}", "  a " + ", ".join(types) + " ;"]
    if ex.get("desc"):
        lines.append(f"  dcterms:description {q(ex['desc'])}^^qudt:LatexString ;")
        lines.append(f"  qudt:plainTextDescription {q(ex['desc'])} ;")
    if sous:
        lines.append("  qudt:applicableSystem " + ", ".join(f"sou:{s}" for s in sous) + " ;")
    lines.append(f'  qudt:conversionMultiplier "{mult}"^^xsd:decimal ;')
    lines.append(f'  qudt:conversionMultiplierSN "{float(mult):.6E}"^^xsd:double ;')
    if "off" in ex:
        lines.append(f'  qudt:conversionOffset "{ex["off"]}"^^xsd:decimal ;')
    if ex.get("dbp"):
        lines.append(f'  qudt:dbpediaMatch "http://dbpedia.org/resource/{ex["dbp"]}"^^xsd:anyURI ;')
    if "dep" in ex:
        lines.append('  qudt:deprecated "true"^^xsd:boolean ;')
        if ex["dep"]:
            lines.append(f"  dcterms:isReplacedBy unit:{ex['dep']} ;")
    lines.append(f"  qudt:hasDimensionVector qkdv:{QK_DIM[qks[0]]} ;")
    for f_unit, exp in ex.get("fac", []):
        lines.append(
            f'  qudt:hasFactorUnit [ a qudt:FactorUnit ; qudt:exponent "{exp}"^^xsd:int ; qudt:hasUnit unit:{f_unit} ] ;'
        )
    lines.append("  qudt:hasQuantityKind " + ", ".join(f"quantitykind:{k}" for k in qks) + " ;")
    if ex.get("iec"):
        lines.append(f"  qudt:iec61360Code {q(ex['iec'])} ;")
    lines.append(
        f'  qudt:informativeReference "http://en.wikipedia.org/wiki/{labs[0][0].replace(" ", "_")}"^^xsd:anyURI ;'
    )
    if ex.get("latex"):
        lines.append(f"  qudt:latexSymbol {q(ex['latex'])}^^qudt:LatexString ;")
    if "pre" in ex:
        lines.append(f"  qudt:prefix prefix:{ex['pre'][0]} ;")
        lines.append(f"  qudt:scalingOf unit:{ex['pre'][1]} ;")
    lines.append(f"  qudt:symbol {q(sym)} ;")
    if ucum:
        lines.append(f"  qudt:ucumCode {q(ucum)}^^qudt:UCUMcs ;")
    if unece:
        lines.append(f"  qudt:uneceCommonCode {q(unece)} ;")
    for s in sous:
        if s == "SI" and ("pre" not in ex or ex["pre"][1] in ("GM",)):
            lines.append("  qudt:definedUnitOfSystem sou:SI ;")
            break
    lines.append(f"  rdfs:isDefinedBy <{V}unit> ;")
    lines.append("  rdfs:label " + labels(labs) + " ;")
    return "\n".join(lines) + "\n.\n"


def qk_block(row: tuple, applicable: dict[str, list[str]]) -> str:
    kid, labs, sym, _dim, broader, wd, desc = row
    lines = [f"quantitykind:{kid}", "  a qudt:QuantityKind ;"]
    if desc:
        lines.append(f"  dcterms:description {q(desc)}^^qudt:LatexString ;")
        lines.append(f"  qudt:plainTextDescription {q(desc)} ;")
    # applicableUnit is listed on every other kind only, as the release's partial inverse
    if applicable.get(kid) and sum(map(ord, kid)) % 2 == 0:
        lines.append(
            "  qudt:applicableUnit " + ", ".join(f"unit:{u}" for u in applicable[kid]) + " ;"
        )
    lines.append(f"  qudt:hasDimensionVector qkdv:{QK_DIM[kid]} ;")
    if sym:
        lines.append(f"  qudt:symbol {q(sym)} ;")
    if wd:
        lines.append(f'  qudt:wikidataMatch "http://www.wikidata.org/entity/{wd}"^^xsd:anyURI ;')
    lines.append(f"  rdfs:isDefinedBy <{V}quantitykind> ;")
    lines.append("  rdfs:label " + labels(labs) + " ;")
    if broader:
        lines.append(f"  skos:broader quantitykind:{broader} ;")
    return "\n".join(lines) + "\n.\n"


def dv_block(code: str, refs: list[str]) -> str:
    exps = {}
    i = 0
    while i < len(code):
        j = i + 1
        while j < len(code) and (code[j] == "-" or code[j].isdigit()):
            j += 1
        exps[code[i]] = int(code[i + 1 : j])
        i = j
    lines = [
        f"qkdv:{code}",
        "  a qudt:QuantityKindDimensionVector, qudt:QuantityKindDimensionVector_SI ;",
    ]
    for b in BASES:
        lines.append(f'  qudt:dimensionExponentFor{BASE_NAMES[b]} "{exps[b]}"^^xsd:int ;')
    if code.endswith("D1") and not any(exps[b] for b in BASES[:-1]):
        lines.append('  qudt:dimensionlessExponent "1"^^xsd:int ;')
    for r in refs:
        lines.append(f"  qudt:hasReferenceQuantityKind quantitykind:{r} ;")
    lines.append(f"  rdfs:isDefinedBy <{V}dimensionvector> ;")
    lines.append(f"  rdfs:label {q(code)} ;")
    return "\n".join(lines) + "\n.\n"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    applicable: dict[str, list[str]] = {}
    for row in U:
        for k in row[6]:
            applicable.setdefault(k, []).append(row[0])
        for f_unit, _ in row[8].get("fac", []):
            assert f_unit in UNIT_IDS, f_unit
    units = header("unit", "QUDT Units Vocabulary", ["qudt", "quantitykind", "prefix", "sou"])
    units += "\n" + "\n".join(unit_block(r) for r in sorted(U))
    kinds = header("quantitykind", "QUDT Quantity Kind Vocabulary", ["qudt", "dimensionvector"])
    kinds += "\n" + "\n".join(qk_block(r, applicable) for r in sorted(QK))
    refs: dict[str, list[str]] = {}
    for kid, _, _, _dim, broader, *_ in QK:
        if broader is None:
            refs.setdefault(QK_DIM[kid], []).append(kid)
        else:
            refs.setdefault(QK_DIM[kid], [])
    vectors = header("dimensionvector", "QUDT Dimension Vector Vocabulary", ["qudt"])
    vectors += "\n" + "\n".join(dv_block(c, refs[c]) for c in sorted(refs))
    prefixes = header("prefix", "QUDT Prefix Vocabulary", ["qudt"])
    for pid, lab, sym, mult in PRE:
        kind = "qudt:BinaryPrefix" if pid.endswith("bi") else "qudt:DecimalPrefix"
        prefixes += (
            f"\nprefix:{pid}\n  a {kind}, qudt:Prefix ;\n"
            f'  qudt:prefixMultiplier "{mult}"^^xsd:double ;\n  qudt:symbol {q(sym)} ;\n'
            f"  qudt:ucumCode {q(sym if sym != 'μ' else 'u')}^^qudt:UCUMcs ;\n"
            f"  rdfs:isDefinedBy <{V}prefix> ;\n  rdfs:label {q(lab)}@en ;\n.\n"
        )
    sous = header("sou", "QUDT System of Units Vocabulary", ["qudt", "unit"])
    for sid, labs, abbr, base in SOU:
        sous += (
            f"\nsou:{sid}\n  a qudt:SystemOfUnits ;\n  qudt:abbreviation {q(abbr)} ;\n"
            + "".join(f"  qudt:hasBaseUnit unit:{b} ;\n" for b in base)
            + f"  rdfs:isDefinedBy <{V}sou> ;\n  rdfs:label {labels(labs)} ;\n.\n"
        )
    consts = header("constant", "QUDT Constants Vocabulary", ["qudt", "unit", "quantitykind"])
    for cid, labs, kind, val, unit, unc, sym in CONST:
        consts += (
            f"\nconstant:{cid}\n  a qudt:PhysicalConstant ;\n  qudt:hasQuantityKind quantitykind:{kind} ;\n"
            + ('  qudt:isExact "true"^^xsd:boolean ;\n' if unc is None else "")
            + f"  qudt:latexSymbol {q(sym)}^^qudt:LatexString ;\n"
            + f"  qudt:quantityValue constant:Value_{cid} ;\n"
            + f"  rdfs:isDefinedBy <{V}constant> ;\n  rdfs:label {labels(labs)} ;\n.\n"
            + f"\nconstant:Value_{cid}\n  a qudt:ConstantValue ;\n  qudt:hasUnit unit:{unit} ;\n"
            + (f'  qudt:standardUncertainty "{unc}"^^xsd:double ;\n' if unc else "")
            + f'  qudt:value "{val}"^^xsd:double ;\n'
            + f"  rdfs:label {q(labs[0][0] + ' (value)')}@en ;\n.\n"
        )
    files = {
        "VOCAB_QUDT-UNITS-ALL.ttl": units,
        "VOCAB_QUDT-QUANTITY-KINDS-ALL.ttl": kinds,
        "VOCAB_QUDT-DIMENSION-VECTORS.ttl": vectors,
        "VOCAB_QUDT-PREFIXES.ttl": prefixes,
        "VOCAB_QUDT-SYSTEM-OF-UNITS-ALL.ttl": sous,
        "VOCAB_QUDT-CONSTANTS.ttl": consts,
    }
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
