# ruff: noqa: E501  (one record a line)
"""Write ``wine/wine.rdf`` and ``wine/food.rdf``: the W3C OWL Guide's wine and food ontologies, extended.

The shape is the OWL Guide's own (https://www.w3.org/TR/2003/PR-owl-guide-20031209/, its
``wine.rdf`` and ``food.rdf``), as a wine club would publish its cellar list on top of it:
RDF/XML with XML entities for the namespaces, ``xml:base`` and ``rdf:ID`` names, each file an
``owl:Ontology`` that imports the other.

* the wine vocabulary: ``Wine`` (``rdfs:label`` "wine"@en, "vin"@fr), ``Winery``, ``Region``,
  ``WineGrape``, ``Vintage``, ``VintageYear``; the descriptors as ``owl:oneOf`` enumerations
  (``WineColor`` = {Red, White, Rose}, ``WineBody``, ``WineFlavor``, ``WineSugar``);
  ``hasColor`` / ``hasBody`` / ``hasFlavor`` / ``hasSugar`` functional sub-properties of
  ``hasWineDescriptor``; ``locatedIn`` transitive, ``adjacentRegion`` symmetric;
  ``hasMaker`` functional with ``producesWine`` its ``owl:inverseOf``; ``madeFromGrape`` with
  ``madeIntoWine`` its inverse; ``hasVintageYear`` and ``yearValue`` (``xsd:positiveInteger``);
* regions nested through ``locatedIn`` (``MargauxRegion`` in ``MedocRegion`` in
  ``BordeauxRegion`` in ``FrenchRegion``), unlabelled as in the Guide, except the regions a
  club names in English beside the local name (``ToscanaRegion`` "Tuscany"@en, "Toscana"@it);
* wine classes whose facts live only in restrictions, as in the Guide: ``Chardonnay`` is
  ``Wine`` and ``madeFromGrape hasValue ChardonnayGrape`` (an ``owl:intersectionOf``), and a
  subclass of ``hasColor hasValue White``; region wines (``Margaux`` is ``Medoc`` and
  ``locatedIn hasValue MargauxRegion``); ``Bordeaux`` with ``madeFromGrape allValuesFrom`` a
  ``oneOf`` of grapes; ``WhiteWine`` / ``RedWine`` / ``RoseWine`` / ``DryWine`` / ``SweetWine``
  defined classes;
* wine individuals typed by those classes: ``hasMaker`` a winery, ``locatedIn`` a region,
  ``hasSugar`` / ``hasFlavor`` / ``hasBody`` stated on the individual (the colour and the grape
  only through the class, as the Guide leaves them), ``madeFromGrape`` stated on blends; the
  Guide's wines and wineries plus generated ones; vintages (a wine individual also typed
  ``Vintage``) with ``hasVintageYear`` a ``VintageYear`` (``yearValue`` 1998);
* the food vocabulary (``food.rdf``): ``MealCourse`` with ``hasFood`` / ``hasDrink``, course
  classes whose pairing is stated by restrictions on the drink (``SeafoodCourse`` has
  ``hasDrink allValuesFrom [hasColor hasValue White]``), food classes (``Fish``, ``Shellfish``,
  ``RedMeat``, ``Pasta``...), and a club's tasting dinners: ``Meal`` individuals with
  ``hasCourse`` courses, each ``hasFood`` a dish (``rdfs:label``) and ``hasDrink`` a wine.

Seeded; stdlib only. Run from the repository root: ``python bench/data/own/wine_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent / "wine"
RNG = random.Random(3030)
BASE = "http://www.w3.org/TR/2003/PR-owl-guide-20031209/"
VIN, FOOD = BASE + "wine", BASE + "food"

HEAD = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
  <!ENTITY vin  "{VIN}#" >
  <!ENTITY food "{FOOD}#" >
  <!ENTITY owl  "http://www.w3.org/2002/07/owl#" >
  <!ENTITY xsd  "http://www.w3.org/2001/XMLSchema#" >
]>
<rdf:RDF
  xmlns     = "{SELF}#"
  xmlns:vin = "{VIN}#"
  xml:base  = "{SELF}"
  xmlns:food= "{FOOD}#"
  xmlns:owl = "http://www.w3.org/2002/07/owl#"
  xmlns:rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns:rdfs= "http://www.w3.org/2000/01/rdf-schema#"
  xmlns:xsd = "http://www.w3.org/2001/XMLSchema#">
"""

# region, where it lies (None: a country-level region), labels (lang, text) where a club names it
REGIONS = [
    ("USRegion", None, ()),
    ("CaliforniaRegion", "USRegion", ()),
    ("NapaRegion", "CaliforniaRegion", ()),
    ("SonomaRegion", "CaliforniaRegion", ()),
    ("MendocinoRegion", "CaliforniaRegion", ()),
    ("SantaCruzMountainsRegion", "CaliforniaRegion", ()),
    ("CentralCoastRegion", "CaliforniaRegion", ()),
    ("EdnaValleyRegion", "CentralCoastRegion", ()),
    ("ArroyoGrandeRegion", "CentralCoastRegion", ()),
    ("SantaBarbaraRegion", "CentralCoastRegion", ()),
    ("TexasRegion", "USRegion", ()),
    ("CentralTexasRegion", "TexasRegion", ()),
    ("NewZealandRegion", None, ()),
    ("MarlboroughRegion", "NewZealandRegion", ()),
    ("AustralianRegion", None, ()),
    ("SouthAustraliaRegion", "AustralianRegion", ()),
    ("BarossaValleyRegion", "SouthAustraliaRegion", ()),
    ("FrenchRegion", None, (("en", "France"),)),
    ("BordeauxRegion", "FrenchRegion", ()),
    ("MedocRegion", "BordeauxRegion", ()),
    ("MargauxRegion", "MedocRegion", ()),
    ("PauillacRegion", "MedocRegion", ()),
    ("SauterneRegion", "BordeauxRegion", ()),
    ("StEmilionRegion", "BordeauxRegion", ()),
    ("GravesRegion", "BordeauxRegion", ()),
    ("BourgogneRegion", "FrenchRegion", (("en", "Burgundy"), ("fr", "Bourgogne"))),
    ("CotesDOrRegion", "BourgogneRegion", (("fr", "Côte-d'Or"),)),
    ("MeursaultRegion", "CotesDOrRegion", ()),
    ("BeaujolaisRegion", "BourgogneRegion", ()),
    ("LoireRegion", "FrenchRegion", ()),
    ("AnjouRegion", "LoireRegion", ()),
    ("ToursRegion", "LoireRegion", ()),
    ("SancerreRegion", "LoireRegion", ()),
    ("MuscadetRegion", "LoireRegion", ()),
    ("AlsaceRegion", "FrenchRegion", ()),
    ("ItalianRegion", None, (("en", "Italy"), ("it", "Italia"))),
    ("ToscanaRegion", "ItalianRegion", (("en", "Tuscany"), ("it", "Toscana"))),
    ("ChiantiRegion", "ToscanaRegion", ()),
    ("PiemonteRegion", "ItalianRegion", (("en", "Piedmont"), ("it", "Piemonte"))),
    ("GermanyRegion", None, (("en", "Germany"), ("de", "Deutschland"))),
    ("MoselRegion", "GermanyRegion", ()),
    ("RheingauRegion", "GermanyRegion", ()),
    ("PortugalRegion", None, (("en", "Portugal"),)),
    ("DouroRegion", "PortugalRegion", ()),
    ("SpainRegion", None, (("en", "Spain"), ("es", "España"))),
    ("RiojaRegion", "SpainRegion", ()),
]
ADJACENT = [
    ("NapaRegion", "SonomaRegion"),
    ("SonomaRegion", "MendocinoRegion"),
    ("MargauxRegion", "PauillacRegion"),
    ("SauterneRegion", "GravesRegion"),
    ("AnjouRegion", "ToursRegion"),
]
GRAPES = [
    "CabernetSauvignonGrape",
    "CabernetFrancGrape",
    "MerlotGrape",
    "MalbecGrape",
    "PetitVerdotGrape",
    "PinotNoirGrape",
    "PinotBlancGrape",
    "ChardonnayGrape",
    "SauvignonBlancGrape",
    "SemillonGrape",
    "RieslingGrape",
    "CheninBlancGrape",
    "GamayGrape",
    "ZinfandelGrape",
    "PetiteSyrahGrape",
    "SangioveseGrape",
    "NebbioloGrape",
    "TempranilloGrape",
    "MuscadetGrape",
    "TourigaNacionalGrape",
]
# wine class: (superclass, grape hasValue, colour, sugar, body, flavor, region hasValue)
# as the Guide does: the grape in the class's intersection, the rest as subClassOf restrictions
VARIETALS = {
    "Chardonnay": ("Wine", "ChardonnayGrape", "White", None, None, None, None),
    "CabernetSauvignon": ("Wine", "CabernetSauvignonGrape", "Red", "Dry", None, None, None),
    "CabernetFranc": ("Wine", "CabernetFrancGrape", "Red", "Dry", "Medium", "Moderate", None),
    "Merlot": ("Wine", "MerlotGrape", "Red", "Dry", None, None, None),
    "PinotNoir": ("Wine", "PinotNoirGrape", "Red", None, None, None, None),
    "SauvignonBlanc": ("Wine", "SauvignonBlancGrape", "White", None, None, None, None),
    "Semillon": ("Wine", "SemillonGrape", "White", None, None, None, None),
    "Riesling": ("Wine", "RieslingGrape", "White", None, None, None, None),
    "CheninBlanc": ("Wine", "CheninBlancGrape", "White", None, None, None, None),  # dry or off-dry
    "Zinfandel": ("Wine", "ZinfandelGrape", "Red", "Dry", None, None, None),
    "PetiteSyrah": ("Wine", "PetiteSyrahGrape", "Red", "Dry", None, None, None),
    "Gamay": ("Wine", "GamayGrape", "Red", None, None, None, None),
    "Sangiovese": ("Wine", "SangioveseGrape", "Red", None, "Medium", "Moderate", None),
    "Tempranillo": ("Wine", "TempranilloGrape", "Red", "Dry", None, None, None),
}
# region wines: (superclass, grape hasValue or None, colour, sugar, body, flavor, region hasValue)
REGIONAL = {
    "FrenchWine": ("Wine", None, None, None, None, None, "FrenchRegion"),
    "ItalianWine": ("Wine", None, None, None, None, None, "ItalianRegion"),
    "GermanWine": ("Wine", None, None, None, None, None, "GermanyRegion"),
    "TexasWine": ("Wine", None, None, None, None, None, "TexasRegion"),
    "Bordeaux": ("Wine", None, None, None, None, None, "BordeauxRegion"),
    "Medoc": ("Bordeaux", None, "Red", "Dry", None, None, "MedocRegion"),
    "Margaux": ("Medoc", "MerlotGrape", None, None, None, "Delicate", "MargauxRegion"),
    "Pauillac": ("Medoc", "CabernetSauvignonGrape", None, None, "Full", "Strong", "PauillacRegion"),
    "StEmilion": (
        "Bordeaux",
        "CabernetSauvignonGrape",
        "Red",
        None,
        None,
        "Strong",
        "StEmilionRegion",
    ),
    "Graves": ("Bordeaux", None, "White", None, None, None, "GravesRegion"),
    "Sauternes": ("Bordeaux", None, "White", "Sweet", "Full", None, "SauterneRegion"),
    "Burgundy": ("Wine", None, None, "Dry", None, None, "BourgogneRegion"),
    "RedBurgundy": ("Burgundy", "PinotNoirGrape", "Red", None, None, None, None),
    "WhiteBurgundy": ("Burgundy", "ChardonnayGrape", "White", None, None, None, None),
    "Meursault": ("WhiteBurgundy", None, None, None, "Full", None, "MeursaultRegion"),
    "CotesDOr": ("RedBurgundy", None, None, None, None, "Moderate", "CotesDOrRegion"),
    "Beaujolais": ("Wine", "GamayGrape", "Red", "Dry", "Light", "Delicate", "BeaujolaisRegion"),
    "Loire": ("Wine", None, None, None, None, None, "LoireRegion"),
    "Anjou": ("Loire", None, "Rose", "OffDry", "Light", "Delicate", "AnjouRegion"),
    "Muscadet": ("Loire", "MuscadetGrape", "White", "Dry", "Light", "Delicate", "MuscadetRegion"),
    "Sancerre": (
        "Loire",
        "SauvignonBlancGrape",
        "White",
        None,
        "Medium",
        "Delicate",
        "SancerreRegion",
    ),
    "Chianti": (
        "ItalianWine",
        "SangioveseGrape",
        "Red",
        "Dry",
        "Medium",
        "Moderate",
        "ChiantiRegion",
    ),
    "Barolo": ("ItalianWine", "NebbioloGrape", "Red", "Dry", "Full", "Strong", "PiemonteRegion"),
    "Rioja": ("Wine", "TempranilloGrape", "Red", "Dry", "Medium", None, "RiojaRegion"),
    "Port": ("Wine", None, "Red", "Sweet", "Full", "Strong", "PortugalRegion"),
    "IceWine": ("Wine", None, "White", "Sweet", None, None, None),
    "Meritage": ("Wine", None, None, None, None, None, None),
}
BORDEAUX_GRAPES = [
    "CabernetSauvignonGrape",
    "CabernetFrancGrape",
    "MerlotGrape",
    "MalbecGrape",
    "PetitVerdotGrape",
]

# The Guide's wineries and wines, and ones the club added: (wine, class, winery, region,
# sugar, body, flavor, blend grapes)
WINES = [
    ("BancroftChardonnay", "Chardonnay", "Bancroft", "NapaRegion", "Dry", "Medium", "Moderate", ()),
    (
        "ChateauChevalBlancStEmilion",
        "StEmilion",
        "ChateauChevalBlanc",
        "StEmilionRegion",
        "Dry",
        "Full",
        "Strong",
        (),
    ),
    (
        "ChateauDYchemSauterne",
        "Sauternes",
        "ChateauDYchem",
        "SauterneRegion",
        "Sweet",
        "Full",
        "Moderate",
        (),
    ),
    (
        "ChateauDeMeursaultMeursault",
        "Meursault",
        "ChateauDeMeursault",
        "MeursaultRegion",
        "Dry",
        "Full",
        "Moderate",
        (),
    ),
    (
        "ChateauLafiteRothschildPauillac",
        "Pauillac",
        "ChateauLafiteRothschild",
        "PauillacRegion",
        "Dry",
        "Full",
        "Strong",
        (),
    ),
    (
        "ChateauMargaux",
        "Margaux",
        "ChateauMargauxWinery",
        "MargauxRegion",
        "Dry",
        "Medium",
        "Delicate",
        (),
    ),
    (
        "ChateauMorgonBeaujolais",
        "Beaujolais",
        "ChateauMorgon",
        "BeaujolaisRegion",
        "Dry",
        "Light",
        "Delicate",
        (),
    ),
    (
        "ClosDeLaPoussieSancerre",
        "Sancerre",
        "ClosDeLaPoussie",
        "SancerreRegion",
        "Dry",
        "Medium",
        "Delicate",
        (),
    ),
    (
        "ClosDeVougeotCotesDOr",
        "CotesDOr",
        "ClosDeVougeot",
        "CotesDOrRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "CongressSpringsSemillon",
        "Semillon",
        "CongressSprings",
        "SantaCruzMountainsRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "CorbansDryWhiteRiesling",
        "Riesling",
        "Corbans",
        "NewZealandRegion",
        "OffDry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "CorbansPrivateBinSauvignonBlanc",
        "SauvignonBlanc",
        "Corbans",
        "NewZealandRegion",
        "Dry",
        "Full",
        "Strong",
        (),
    ),
    (
        "CorbansSauvignonBlanc",
        "SauvignonBlanc",
        "Corbans",
        "NewZealandRegion",
        "Dry",
        "Medium",
        "Strong",
        (),
    ),
    (
        "CortonMontrachetWhiteBurgundy",
        "WhiteBurgundy",
        "CortonMontrachet",
        "CotesDOrRegion",
        "Dry",
        "Full",
        "Strong",
        (),
    ),
    ("CotturiZinfandel", "Zinfandel", "Cotturi", "SonomaRegion", "Dry", "Full", "Strong", ()),
    ("DAnjou", "Anjou", "McGuinnesso", "AnjouRegion", "OffDry", "Light", "Delicate", ()),
    ("ElyseZinfandel", "Zinfandel", "Elyse", "NapaRegion", "Dry", "Full", "Moderate", ()),
    (
        "FormanCabernetSauvignon",
        "CabernetSauvignon",
        "Forman",
        "NapaRegion",
        "Dry",
        "Medium",
        "Strong",
        (),
    ),
    ("FormanChardonnay", "Chardonnay", "Forman", "NapaRegion", "Dry", "Full", "Moderate", ()),
    (
        "FoxenCheninBlanc",
        "CheninBlanc",
        "Foxen",
        "SantaBarbaraRegion",
        "Dry",
        "Full",
        "Moderate",
        (),
    ),
    ("GaryFarrellMerlot", "Merlot", "GaryFarrell", "SonomaRegion", "Dry", "Medium", "Moderate", ()),
    (
        "KathrynKennedyLateral",
        "Meritage",
        "KathrynKennedy",
        "SantaCruzMountainsRegion",
        "Dry",
        "Medium",
        "Delicate",
        ("CabernetFrancGrape", "MerlotGrape"),
    ),
    (
        "LaneTannerPinotNoir",
        "PinotNoir",
        "LaneTanner",
        "SantaBarbaraRegion",
        "Dry",
        "Light",
        "Delicate",
        (),
    ),
    ("LongridgeMerlot", "Merlot", "Longridge", "NewZealandRegion", "Dry", "Light", "Moderate", ()),
    (
        "MariettaCabernetSauvignon",
        "CabernetSauvignon",
        "Marietta",
        "SonomaRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "MariettaOldVinesRed",
        "Wine",
        "Marietta",
        "SonomaRegion",
        "Dry",
        "Medium",
        "Moderate",
        ("ZinfandelGrape", "PetiteSyrahGrape"),
    ),
    (
        "MariettaPetiteSyrah",
        "PetiteSyrah",
        "Marietta",
        "SonomaRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    ("MariettaZinfandel", "Zinfandel", "Marietta", "SonomaRegion", "Dry", "Medium", "Moderate", ()),
    (
        "MountEdenVineyardEdnaValleyChardonnay",
        "Chardonnay",
        "MountEdenVineyard",
        "EdnaValleyRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "MountEdenVineyardEstatePinotNoir",
        "PinotNoir",
        "MountEdenVineyard",
        "EdnaValleyRegion",
        "Dry",
        "Full",
        "Strong",
        (),
    ),
    (
        "MountadamChardonnay",
        "Chardonnay",
        "Mountadam",
        "SouthAustraliaRegion",
        "Dry",
        "Full",
        "Strong",
        (),
    ),
    (
        "MountadamPinotNoir",
        "PinotNoir",
        "Mountadam",
        "SouthAustraliaRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "MountadamRiesling",
        "Riesling",
        "Mountadam",
        "SouthAustraliaRegion",
        "Dry",
        "Medium",
        "Delicate",
        (),
    ),
    (
        "PageMillWineryCabernetSauvignon",
        "CabernetSauvignon",
        "PageMillWinery",
        "NapaRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "PeterMccoyChardonnay",
        "Chardonnay",
        "PeterMccoy",
        "SonomaRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "PulignyMontrachetWhiteBurgundy",
        "WhiteBurgundy",
        "PulignyMontrachet",
        "CotesDOrRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "SaucelitoCanyonZinfandel",
        "Zinfandel",
        "SaucelitoCanyon",
        "ArroyoGrandeRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "SchlossRothermelTrochenbierenausleseRiesling",
        "Riesling",
        "SchlossRothermel",
        "MoselRegion",
        "Sweet",
        "Full",
        "Strong",
        (),
    ),
    (
        "SchlossVolradTrochenbierenausleseRiesling",
        "Riesling",
        "SchlossVolrad",
        "RheingauRegion",
        "Sweet",
        "Full",
        "Moderate",
        (),
    ),
    (
        "SeanThackreySiriusPetiteSyrah",
        "PetiteSyrah",
        "SeanThackrey",
        "NapaRegion",
        "Dry",
        "Full",
        "Strong",
        (),
    ),
    ("SelaksIceWine", "IceWine", "Selaks", "NewZealandRegion", "Sweet", "Medium", "Moderate", ()),
    (
        "SelaksSauvignonBlanc",
        "SauvignonBlanc",
        "Selaks",
        "NewZealandRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "SevreEtMaineMuscadet",
        "Muscadet",
        "SevreEtMaine",
        "MuscadetRegion",
        "Dry",
        "Light",
        "Delicate",
        (),
    ),
    (
        "StGenevieveTexasWhite",
        "TexasWine",
        "StGenevieve",
        "CentralTexasRegion",
        "Dry",
        "Medium",
        "Moderate",
        ("ChardonnayGrape", "CheninBlancGrape", "RieslingGrape"),
    ),
    (
        "StonleighSauvignonBlanc",
        "SauvignonBlanc",
        "Stonleigh",
        "MarlboroughRegion",
        "Dry",
        "Medium",
        "Delicate",
        (),
    ),
    ("TaylorPort", "Port", "Taylor", "DouroRegion", "Sweet", "Full", "Strong", ()),
    (
        "VentanaCheninBlanc",
        "CheninBlanc",
        "Ventana",
        "CentralCoastRegion",
        "OffDry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "WhitehallLaneCabernetFranc",
        "CabernetFranc",
        "WhitehallLane",
        "NapaRegion",
        "Dry",
        "Medium",
        "Moderate",
        (),
    ),
    (
        "WhitehallLanePrimavera",
        "Wine",
        "WhitehallLane",
        "NapaRegion",
        "Sweet",
        "Light",
        "Delicate",
        ("SauvignonBlancGrape", "SemillonGrape"),
    ),
]
# wineries a club names properly beside the Guide's rdf:ID
WINERY_LABELS = {
    "ChateauDYchem": (("fr", "Château d'Yquem"),),
    "ChateauLafiteRothschild": (("fr", "Château Lafite Rothschild"),),
    "ChateauChevalBlanc": (("fr", "Château Cheval Blanc"),),
}
VINTAGES = [
    (
        "SaucelitoCanyonZinfandel1998",
        "Zinfandel",
        "SaucelitoCanyon",
        "ArroyoGrandeRegion",
        "Year1998",
    )
]

# generated wineries: name parts, and what each region grows (wine class)
FIRST = [
    "Harrow",
    "Ash",
    "Bell",
    "Copper",
    "Crane",
    "Elder",
    "Fern",
    "Gold",
    "Hollow",
    "Iron",
    "Juniper",
    "Kestrel",
    "Lark",
    "Maple",
    "North",
    "Oak",
    "Pine",
    "Quarry",
    "Raven",
    "Silver",
    "Stone",
    "Thorn",
    "Willow",
    "Wren",
    "Black",
    "Cedar",
    "Red",
    "High",
    "Long",
    "West",
]
SECOND = ["gate", "ridge", "field", "brook", "hill", "wood", "crest", "vale", "stone", "ford"]
KINDS = ["Cellars", "Vineyards", "Estate", "Winery", "Wines"]
FR_HOUSES = [
    "Beaulieu",
    "Montrose",
    "Lagrange",
    "Belair",
    "Fontenil",
    "Grandval",
    "Laroque",
    "Pichon",
    "Rochemont",
    "Valrose",
    "Marsac",
    "Clairac",
]
GROWS = {
    "NapaRegion": ["CabernetSauvignon", "Chardonnay", "Merlot", "Zinfandel", "SauvignonBlanc"],
    "SonomaRegion": ["PinotNoir", "Chardonnay", "Zinfandel", "Merlot"],
    "MendocinoRegion": ["Zinfandel", "PetiteSyrah", "Chardonnay"],
    "SantaBarbaraRegion": ["PinotNoir", "Chardonnay", "CheninBlanc"],
    "EdnaValleyRegion": ["Chardonnay", "PinotNoir"],
    "CentralTexasRegion": ["CabernetSauvignon", "CheninBlanc"],
    "MarlboroughRegion": ["SauvignonBlanc", "PinotNoir", "Riesling"],
    "BarossaValleyRegion": ["CabernetSauvignon", "Semillon", "Riesling"],
    "ChiantiRegion": ["Chianti"],
    "PiemonteRegion": ["Barolo"],
    "RiojaRegion": ["Rioja"],
    "MoselRegion": ["Riesling"],
}
FR_GROWS = {
    "MargauxRegion": "Margaux",
    "PauillacRegion": "Pauillac",
    "StEmilionRegion": "StEmilion",
    "GravesRegion": "Graves",
    "SauterneRegion": "Sauternes",
    "MeursaultRegion": "Meursault",
    "BeaujolaisRegion": "Beaujolais",
    "SancerreRegion": "Sancerre",
    "AnjouRegion": "Anjou",
}
SUGARS, BODIES, FLAVORS = (
    ["Dry", "Dry", "Dry", "OffDry"],
    ["Light", "Medium", "Medium", "Full"],
    ["Delicate", "Moderate", "Strong"],
)

# food.rdf: food classes (class, superclass), course classes (class, food class, drink restrictions)
FOOD_CLASSES = [
    ("PotableLiquid", "ConsumableThing"),
    ("EdibleThing", "ConsumableThing"),
    ("Seafood", "EdibleThing"),
    ("Fish", "Seafood"),
    ("Shellfish", "Seafood"),
    ("OtherShellfish", "Shellfish"),
    ("OysterShellfish", "Shellfish"),
    ("Meat", "EdibleThing"),
    ("RedMeat", "Meat"),
    ("NonRedMeat", "Meat"),
    ("Fowl", "EdibleThing"),
    ("LightMeatFowl", "Fowl"),
    ("DarkMeatFowl", "Fowl"),
    ("Pasta", "EdibleThing"),
    ("PastaWithRedSauce", "Pasta"),
    ("PastaWithWhiteSauce", "Pasta"),
    ("Dessert", "EdibleThing"),
    ("SweetDessert", "Dessert"),
    ("CheeseNutsDessert", "Dessert"),
    ("Fruit", "EdibleThing"),
    ("Grape", "Fruit"),
]
COURSES = [
    ("SeafoodCourse", "Seafood", [("hasColor", "White")]),
    ("FishCourse", "Fish", [("hasBody", "Medium"), ("hasFlavor", "Moderate"), ("hasSugar", "Dry")]),
    ("ShellfishCourse", "Shellfish", [("hasBody", "Full"), ("hasFlavor", "Moderate")]),
    ("OysterShellfishCourse", "OysterShellfish", [("hasSugar", "Sweet")]),
    ("RedMeatCourse", "RedMeat", [("hasColor", "Red")]),
    ("NonRedMeatCourse", "NonRedMeat", [("hasColor", "White"), ("hasSugar", "Dry")]),
    ("LightMeatFowlCourse", "LightMeatFowl", [("hasColor", "White"), ("hasBody", "Medium")]),
    ("DarkMeatFowlCourse", "DarkMeatFowl", [("hasColor", "Red"), ("hasFlavor", "Delicate")]),
    ("PastaWithRedSauceCourse", "PastaWithRedSauce", [("hasColor", "Red"), ("hasBody", "Full")]),
    (
        "PastaWithWhiteSauceCourse",
        "PastaWithWhiteSauce",
        [("hasColor", "White"), ("hasBody", "Medium")],
    ),
    ("SweetDessertCourse", "SweetDessert", [("hasSugar", "Sweet"), ("hasColor", "White")]),
    ("CheeseNutsDessertCourse", "CheeseNutsDessert", [("hasColor", "Red")]),
]
# the club's dishes: id, label, food class, the wine poured with it
DISHES = [
    ("GrilledHalibut", "grilled halibut", "Fish", "StonleighSauvignonBlanc"),
    ("SoleMeuniere", "sole meunière", "Fish", "ChateauDeMeursaultMeursault"),
    (
        "OystersOnTheHalfShell",
        "oysters on the half shell",
        "OysterShellfish",
        "SevreEtMaineMuscadet",
    ),
    ("LobsterThermidor", "lobster thermidor", "OtherShellfish", "CortonMontrachetWhiteBurgundy"),
    ("SteakAuPoivre", "steak au poivre", "RedMeat", "ChateauLafiteRothschildPauillac"),
    ("RackOfLamb", "rack of lamb", "RedMeat", "ChateauMargaux"),
    ("RoastPorkLoin", "roast pork loin", "NonRedMeat", "FormanChardonnay"),
    ("RoastChicken", "roast chicken", "LightMeatFowl", "BancroftChardonnay"),
    ("DuckConfit", "duck confit", "DarkMeatFowl", "ChateauMorgonBeaujolais"),
    ("SpaghettiBolognese", "spaghetti bolognese", "PastaWithRedSauce", "CotturiZinfandel"),
    (
        "FettuccineAlfredo",
        "fettuccine alfredo",
        "PastaWithWhiteSauce",
        "MountEdenVineyardEdnaValleyChardonnay",
    ),
    ("CremeBrulee", "crème brûlée", "SweetDessert", "ChateauDYchemSauterne"),
    ("BlueCheeseAndWalnuts", "blue cheese and walnuts", "CheeseNutsDessert", "TaylorPort"),
]
DINNERS = [
    (
        "AutumnTastingDinner",
        "Autumn tasting dinner",
        ["OystersOnTheHalfShell", "DuckConfit", "CremeBrulee"],
    ),
    (
        "SpringTastingDinner",
        "Spring tasting dinner",
        ["GrilledHalibut", "RackOfLamb", "BlueCheeseAndWalnuts"],
    ),
    ("HarvestSupper", "Harvest supper", ["FettuccineAlfredo", "SteakAuPoivre"]),
    ("BistroNight", "Bistro night", ["SoleMeuniere", "RoastChicken", "SpaghettiBolognese"]),
]


def fixed(cls: str) -> dict[str, str]:
    """What a wine class (and the classes above it) fixes by ``hasValue``: its sugar, body and
    flavour (an individual of it must agree: the properties are functional)."""
    out: dict[str, str] = {}
    while cls in VARIETALS or cls in REGIONAL:
        sup, _, _, sugar, body, flavor, _ = (VARIETALS | REGIONAL)[cls]
        for prop, value in (("hasSugar", sugar), ("hasBody", body), ("hasFlavor", flavor)):
            if value:
                out.setdefault(prop, value)
        cls = sup
    return out


def res(prop: str, ref: str) -> str:
    return f'<{prop} rdf:resource="{ref}"/>'


def restriction(prop: str, kind: str, value: str, indent: str = "      ") -> str:
    return (
        f'{indent}<owl:Restriction>\n{indent}  <owl:onProperty rdf:resource="{prop}"/>\n'
        f'{indent}  <owl:{kind} rdf:resource="{value}"/>\n{indent}</owl:Restriction>'
    )


def card(prop: str, kind: str, n: int, indent: str = "      ") -> str:
    return (
        f'{indent}<owl:Restriction>\n{indent}  <owl:onProperty rdf:resource="{prop}"/>\n'
        f'{indent}  <owl:{kind} rdf:datatype="&xsd;nonNegativeInteger">{n}</owl:{kind}>\n'
        f"{indent}</owl:Restriction>"
    )


def sub(inner: str) -> str:
    return f"  <rdfs:subClassOf>\n{inner}\n  </rdfs:subClassOf>"


def wine_class(name: str, spec: tuple) -> str:
    sup, grape, color, sugar, body, flavor, region = spec
    parts = [f'<owl:Class rdf:ID="{name}">']
    defining = []
    if region:
        defining.append(restriction("#locatedIn", "hasValue", f"#{region}"))
    if grape:
        defining.append(restriction("#madeFromGrape", "hasValue", f"#{grape}"))
    if defining:
        members = "\n".join([f'      <owl:Class rdf:about="#{sup}"/>', *defining])
        parts.append(
            f'  <owl:intersectionOf rdf:parseType="Collection">\n{members}\n  </owl:intersectionOf>'
        )
    else:
        parts.append(f'  <rdfs:subClassOf rdf:resource="#{sup}"/>')
    if grape and sup == "Wine":
        parts.append(sub(card("#madeFromGrape", "maxCardinality", 1)))
    for prop, value in (
        ("hasColor", color),
        ("hasSugar", sugar),
        ("hasBody", body),
        ("hasFlavor", flavor),
    ):
        if value:
            parts.append(sub(restriction(f"#{prop}", "hasValue", f"#{value}")))
    if name in ("Bordeaux", "Medoc"):
        members = "\n".join(f'          <WineGrape rdf:about="#{g}"/>' for g in BORDEAUX_GRAPES)
        parts.append(
            sub(
                '    <owl:Restriction>\n      <owl:onProperty rdf:resource="#madeFromGrape"/>\n'
                "      <owl:allValuesFrom>\n        <owl:Class>\n"
                f'          <owl:oneOf rdf:parseType="Collection">\n{members}\n          </owl:oneOf>\n'
                "        </owl:Class>\n      </owl:allValuesFrom>\n    </owl:Restriction>"
            )
        )
    parts.append("</owl:Class>")
    return "\n".join(parts)


def wine_individual(
    w: str,
    cls: str,
    maker: str,
    region: str,
    sugar: str,
    body: str,
    flavor: str,
    blend: tuple[str, ...] = (),
    extra: str = "",
) -> str:
    # what the class fixes wins over a drawn value (functional properties: one value)
    sugar, body, flavor = (
        fixed(cls).get(p, v)
        for p, v in (("hasSugar", sugar), ("hasBody", body), ("hasFlavor", flavor))
    )
    lines = [f'<{cls} rdf:ID="{w}">', *extra.splitlines()]
    lines += [f"  {res('hasMaker', '#' + maker)}", f"  {res('locatedIn', '#' + region)}"]
    lines += [
        f"  {res('hasSugar', '#' + sugar)}",
        f"  {res('hasBody', '#' + body)}",
        f"  {res('hasFlavor', '#' + flavor)}",
    ]
    lines += [f"  {res('madeFromGrape', '#' + g)}" for g in blend]
    return "\n".join([*lines, f"</{cls}>"])


def generated() -> tuple[list[str], list[tuple]]:
    """Generated wineries (names) and their wines, seeded."""
    wineries, wines, used = [], [], set()
    regions = sorted(GROWS)
    for i in range(90):
        region = regions[i % len(regions)]
        while True:
            name = RNG.choice(FIRST) + RNG.choice(SECOND)
            name = name[0].upper() + name[1:] + RNG.choice(KINDS)
            if name not in used:
                break
        used.add(name)
        wineries.append(name)
        for cls in RNG.sample(GROWS[region], min(len(GROWS[region]), RNG.randint(2, 4))):
            wines.append(
                (
                    f"{name}{cls}",
                    cls,
                    name,
                    region,
                    RNG.choice(SUGARS),
                    RNG.choice(BODIES),
                    RNG.choice(FLAVORS),
                    (),
                )
            )
    for house in FR_HOUSES:
        region = sorted(FR_GROWS)[len(wineries) % len(FR_GROWS)]
        name = f"Chateau{house}"
        wineries.append(name)
        cls = FR_GROWS[region]
        sugar = "Sweet" if cls == "Sauternes" else "OffDry" if cls == "Anjou" else "Dry"
        wines.append(
            (f"{name}{cls}", cls, name, region, sugar, RNG.choice(BODIES), RNG.choice(FLAVORS), ())
        )
        if RNG.random() < 0.5:  # a second wine, a blend stated on the individual
            blend = tuple(sorted(RNG.sample(BORDEAUX_GRAPES, 2)))
            wines.append(
                (f"{name}Reserve", "Meritage", name, region, "Dry", "Full", "Strong", blend)
            )
    return wineries, wines


def wine_rdf() -> str:
    out = [HEAD.format(VIN=VIN, FOOD=FOOD, SELF=VIN)]
    out.append(
        '<owl:Ontology rdf:about="">\n  <rdfs:comment>An example OWL ontology</rdfs:comment>\n'
        '  <owl:priorVersion rdf:resource="http://www.w3.org/TR/2003/CR-owl-guide-20030818/wine"/>\n'
        '  <owl:imports rdf:resource="http://www.w3.org/TR/2003/PR-owl-guide-20031209/food"/>\n'
        "  <rdfs:comment>Derived from the DAML Wine ontology at http://ontolingua.stanford.edu/doc/chimaera/ontologies/wines.daml; "
        "extended with a wine club's cellar list</rdfs:comment>\n"
        "  <rdfs:label>Wine Ontology</rdfs:label>\n</owl:Ontology>"
    )
    out.append(
        '<owl:Class rdf:ID="Wine">\n  <rdfs:subClassOf rdf:resource="&food;PotableLiquid"/>\n'
        + "\n".join(
            [
                sub(card("#hasMaker", "cardinality", 1)),
                sub(restriction("#hasMaker", "allValuesFrom", "#Winery")),
                sub(card("#madeFromGrape", "minCardinality", 1)),
                sub(card("#hasSugar", "cardinality", 1)),
                sub(card("#hasFlavor", "cardinality", 1)),
                sub(card("#hasBody", "cardinality", 1)),
                sub(card("#hasColor", "cardinality", 1)),
                sub(restriction("#locatedIn", "someValuesFrom", "#Region")),
            ]
        )
        + '\n  <rdfs:label xml:lang="en">wine</rdfs:label>\n  <rdfs:label xml:lang="fr">vin</rdfs:label>\n</owl:Class>'
    )
    out.append(
        '<owl:Class rdf:ID="Vintage">\n'
        + sub(card("#hasVintageYear", "cardinality", 1))
        + "\n</owl:Class>"
    )
    out.append('<owl:Class rdf:ID="VintageYear"/>')
    out.append('<owl:Class rdf:ID="Winery"/>')
    out.append('<owl:Class rdf:ID="Region"/>')
    out.append(
        '<owl:Class rdf:ID="WineGrape">\n  <rdfs:subClassOf rdf:resource="&food;Grape"/>\n</owl:Class>'
    )
    out.append(
        '<owl:Class rdf:ID="WineDescriptor">\n  <rdfs:comment>Made WineDescriptor unionType of tastes and color</rdfs:comment>\n</owl:Class>'
    )
    out.append(
        '<owl:Class rdf:ID="WineTaste">\n  <rdfs:subClassOf rdf:resource="#WineDescriptor"/>\n</owl:Class>'
    )
    for cls, sup, members in (
        ("WineColor", "WineDescriptor", ("White", "Rose", "Red")),
        ("WineBody", "WineTaste", ("Light", "Medium", "Full")),
        ("WineFlavor", "WineTaste", ("Delicate", "Moderate", "Strong")),
        ("WineSugar", "WineTaste", ("Sweet", "OffDry", "Dry")),
    ):
        listed = "\n".join(f'    <{cls} rdf:about="#{m}"/>' for m in members)
        out.append(
            f'<owl:Class rdf:ID="{cls}">\n  <rdfs:subClassOf rdf:resource="#{sup}"/>\n'
            f'  <owl:oneOf rdf:parseType="Collection">\n{listed}\n  </owl:oneOf>\n</owl:Class>'
        )
        out.extend(f'<{cls} rdf:ID="{m}"/>' for m in members)
    # properties
    out.append(
        '<owl:ObjectProperty rdf:ID="hasWineDescriptor">\n  <rdfs:domain rdf:resource="#Wine"/>\n  <rdfs:range rdf:resource="#WineDescriptor"/>\n</owl:ObjectProperty>'
    )
    for prop, rng, sup in (
        ("hasColor", "WineColor", "hasWineDescriptor"),
        ("hasFlavor", "WineFlavor", "hasWineDescriptor"),
        ("hasSugar", "WineSugar", "hasWineDescriptor"),
        ("hasBody", "WineBody", "hasWineDescriptor"),
    ):
        out.append(
            f'<owl:ObjectProperty rdf:ID="{prop}">\n  <rdf:type rdf:resource="&owl;FunctionalProperty"/>\n'
            f'  <rdfs:subPropertyOf rdf:resource="#{sup}"/>\n  <rdfs:range rdf:resource="#{rng}"/>\n</owl:ObjectProperty>'
        )
    out.append(
        '<owl:ObjectProperty rdf:ID="madeFromGrape">\n  <rdfs:subPropertyOf rdf:resource="&food;madeFromFruit"/>\n'
        '  <rdfs:domain rdf:resource="#Wine"/>\n  <rdfs:range rdf:resource="#WineGrape"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="madeIntoWine">\n  <owl:inverseOf rdf:resource="#madeFromGrape"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="hasMaker">\n  <rdf:type rdf:resource="&owl;FunctionalProperty"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="producesWine">\n  <owl:inverseOf rdf:resource="#hasMaker"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="locatedIn">\n  <rdf:type rdf:resource="&owl;TransitiveProperty"/>\n'
        '  <rdfs:domain rdf:resource="http://www.w3.org/2002/07/owl#Thing"/>\n  <rdfs:range rdf:resource="#Region"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="adjacentRegion">\n  <rdf:type rdf:resource="&owl;SymmetricProperty"/>\n'
        '  <rdfs:domain rdf:resource="#Region"/>\n  <rdfs:range rdf:resource="#Region"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="hasVintageYear">\n  <rdf:type rdf:resource="&owl;FunctionalProperty"/>\n'
        '  <rdfs:domain rdf:resource="#Vintage"/>\n  <rdfs:range rdf:resource="#VintageYear"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:DatatypeProperty rdf:ID="yearValue">\n  <rdfs:domain rdf:resource="#VintageYear"/>\n'
        '  <rdfs:range rdf:resource="&xsd;positiveInteger"/>\n</owl:DatatypeProperty>'
    )
    # regions
    for region, up, labels in REGIONS:
        lines = [f'<Region rdf:ID="{region}">']
        if up:
            lines.append(f"  {res('locatedIn', '#' + up)}")
        lines += [
            f'  <rdfs:label xml:lang="{lang}">{escape(text)}</rdfs:label>' for lang, text in labels
        ]
        lines += [f"  {res('adjacentRegion', '#' + b)}" for a, b in ADJACENT if a == region]
        out.append("\n".join([*lines, "</Region>"]))
    out.extend(f'<WineGrape rdf:ID="{g}"/>' for g in GRAPES)
    # wine classes
    for name, spec in VARIETALS.items():
        out.append(wine_class(name, spec))
    for name, spec in REGIONAL.items():
        out.append(wine_class(name, spec))
    for color in ("White", "Red", "Rose"):
        name = {"Rose": "Rose"}.get(color, color) + "Wine"
        out.append(
            f'<owl:Class rdf:ID="{name}">\n  <owl:intersectionOf rdf:parseType="Collection">\n'
            f'      <owl:Class rdf:about="#Wine"/>\n{restriction("#hasColor", "hasValue", "#" + color)}\n'
            "  </owl:intersectionOf>\n</owl:Class>"
        )
    for sugar, name in (("Dry", "DryWine"), ("Sweet", "SweetWine")):
        out.append(
            f'<owl:Class rdf:ID="{name}">\n  <owl:intersectionOf rdf:parseType="Collection">\n'
            f'      <owl:Class rdf:about="#Wine"/>\n{restriction("#hasSugar", "hasValue", "#" + sugar)}\n'
            "  </owl:intersectionOf>\n</owl:Class>"
        )
    # wineries and wines
    gen_wineries, gen_wines = generated()
    makers = sorted({w[2] for w in WINES} | {v[2] for v in VINTAGES} | set(gen_wineries))
    for m in makers:
        labels = WINERY_LABELS.get(m, ())
        if labels:
            inner = "\n".join(
                f'  <rdfs:label xml:lang="{lang}">{escape(t)}</rdfs:label>' for lang, t in labels
            )
            out.append(f'<Winery rdf:ID="{m}">\n{inner}\n</Winery>')
        else:
            out.append(f'<Winery rdf:ID="{m}"/>')
    for w in [*WINES, *gen_wines]:
        out.append(wine_individual(*w))
    out.append(
        '<VintageYear rdf:ID="Year1998">\n  <yearValue rdf:datatype="&xsd;positiveInteger">1998</yearValue>\n</VintageYear>'
    )
    out.append(
        '<VintageYear rdf:ID="Year2001">\n  <yearValue rdf:datatype="&xsd;positiveInteger">2001</yearValue>\n</VintageYear>'
    )
    for w, cls, maker, region, year in VINTAGES:
        out.append(
            wine_individual(
                w,
                cls,
                maker,
                region,
                "Dry",
                "Full",
                "Strong",
                extra='  <rdf:type rdf:resource="#Vintage"/>\n  '
                + res("hasVintageYear", "#" + year),
            )
        )
    # two of the generated wines also as vintages of 2001
    for w in sorted(x[0] for x in gen_wines if x[1] == "Pauillac")[:2]:
        out.append(
            f'<rdf:Description rdf:about="#{w}">\n  <rdf:type rdf:resource="#Vintage"/>\n  {res("hasVintageYear", "#Year2001")}\n</rdf:Description>'
        )
    return "\n\n".join(out) + "\n\n</rdf:RDF>\n"


def food_rdf() -> str:
    out = [HEAD.format(VIN=VIN, FOOD=FOOD, SELF=FOOD)]
    out.append(
        '<owl:Ontology rdf:about="">\n  <rdfs:comment>Derived from the DAML Wine ontology at http://ontolingua.stanford.edu/doc/chimaera/ontologies/wines.daml</rdfs:comment>\n'
        '  <owl:imports rdf:resource="http://www.w3.org/TR/2003/PR-owl-guide-20031209/wine"/>\n'
        "  <rdfs:label>Food Ontology</rdfs:label>\n</owl:Ontology>"
    )
    out.append('<owl:Class rdf:ID="ConsumableThing"/>')
    for cls, sup in FOOD_CLASSES:
        out.append(
            f'<owl:Class rdf:ID="{cls}">'
            + (f'\n  <rdfs:subClassOf rdf:resource="#{sup}"/>\n' if sup else "\n")
            + "</owl:Class>"
        )
    out.append(
        '<owl:Class rdf:ID="Meal">\n  <rdfs:subClassOf rdf:resource="#ConsumableThing"/>\n'
        + sub(restriction("#hasCourse", "allValuesFrom", "#MealCourse"))
        + "\n"
        + sub(card("#hasCourse", "minCardinality", 1))
        + "\n</owl:Class>"
    )
    out.append(
        '<owl:Class rdf:ID="MealCourse">\n  <rdfs:subClassOf rdf:resource="#ConsumableThing"/>\n'
        + sub(card("#hasFood", "minCardinality", 1))
        + "\n"
        + sub(restriction("#hasFood", "allValuesFrom", "#EdibleThing"))
        + "\n"
        + sub(card("#hasDrink", "minCardinality", 1))
        + "\n"
        + sub(restriction("#hasDrink", "allValuesFrom", "#PotableLiquid"))
        + "\n</owl:Class>"
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="hasCourse">\n  <rdfs:domain rdf:resource="#Meal"/>\n  <rdfs:range rdf:resource="#MealCourse"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="course">\n  <owl:inverseOf rdf:resource="#hasCourse"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="hasFood">\n  <rdfs:domain rdf:resource="#MealCourse"/>\n  <rdfs:range rdf:resource="#EdibleThing"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="hasDrink">\n  <rdfs:domain rdf:resource="#MealCourse"/>\n  <rdfs:range rdf:resource="#PotableLiquid"/>\n</owl:ObjectProperty>'
    )
    out.append(
        '<owl:ObjectProperty rdf:ID="madeFromFruit">\n  <rdfs:domain rdf:resource="#ConsumableThing"/>\n  <rdfs:range rdf:resource="#Fruit"/>\n</owl:ObjectProperty>'
    )
    for course, food, drink in COURSES:
        members = "\n".join(
            [
                '      <owl:Class rdf:about="#MealCourse"/>',
                restriction("#hasFood", "allValuesFrom", f"#{food}"),
            ]
        )
        parts = [
            f'<owl:Class rdf:ID="{course}">',
            f'  <owl:intersectionOf rdf:parseType="Collection">\n{members}\n  </owl:intersectionOf>',
        ]
        for prop, value in drink:
            parts.append(
                sub(
                    '    <owl:Restriction>\n      <owl:onProperty rdf:resource="#hasDrink"/>\n      <owl:allValuesFrom>\n'
                    + restriction(f"&vin;{prop}", "hasValue", f"&vin;{value}", "        ")
                    + "\n      </owl:allValuesFrom>\n    </owl:Restriction>"
                )
            )
        out.append("\n".join([*parts, "</owl:Class>"]))
    out.append(
        '<owl:Class rdf:about="&vin;Wine">\n  <rdfs:subClassOf rdf:resource="#PotableLiquid"/>\n</owl:Class>'
    )
    for dish, label, cls, _ in DISHES:
        out.append(
            f'<{cls} rdf:ID="{dish}">\n  <rdfs:label xml:lang="en">{escape(label)}</rdfs:label>\n</{cls}>'
        )
    for dinner, label, dishes in DINNERS:
        courses = []
        for dish in dishes:
            wine = dict((d[0], d[3]) for d in DISHES)[dish]
            courses.append(
                f'  <hasCourse>\n    <MealCourse rdf:ID="{dinner}{dish}Course">\n'
                f"      {res('hasFood', '#' + dish)}\n      {res('hasDrink', '&vin;' + wine)}\n"
                "    </MealCourse>\n  </hasCourse>"
            )
        out.append(
            f'<Meal rdf:ID="{dinner}">\n  <rdfs:label xml:lang="en">{escape(label)}</rdfs:label>\n'
            + "\n".join(courses)
            + "\n</Meal>"
        )
    return "\n\n".join(out) + "\n\n</rdf:RDF>\n"


def main() -> None:
    HERE.mkdir(exist_ok=True)
    (HERE / "wine.rdf").write_text(wine_rdf(), encoding="utf-8")
    (HERE / "food.rdf").write_text(food_rdf(), encoding="utf-8")


if __name__ == "__main__":
    main()
