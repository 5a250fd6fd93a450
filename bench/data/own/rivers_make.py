# ruff: noqa: E501  (one record a line)
"""Write ``rivers.ttl``: a national water agency's hydrography and monitoring data as Linked Data
(Turtle; a small local ontology ``hy:`` modelled on INSPIRE Hydrography, beside INSPIRE
Geographical Names ``gn:``, GeoSPARQL, SOSA/SSN, QUDT, UCUM-typed literals ``cdt:ucum``, SKOS,
the W3C Organization ontology and Dublin Core).

The shape (what such agency portals publish):

* ``hy:Watercourse`` rivers with one ``rdfs:label`` in French (the agency's language); their
  other names (German, Luxembourgish, Dutch, English exonyms, historic names) only as INSPIRE
  ``hy:geographicalName`` blank ``gn:GeographicalName`` nodes (``gn:spelling`` a plain
  literal, ``gn:language`` an ISO 639-3 code, ``gn:nameStatus`` a code-list IRI); some small
  streams are known only by their national code (``dcterms:identifier`` "FR-H3020", no label);
  every watercourse has its SANDRE-style code ``hy:nationalCode``; ``hy:flowsInto`` the
  watercourse, lake or sea it drains into (the ontology declares ``hy:hasTributary`` its
  ``owl:inverseOf``; the data states only ``flowsInto``), ``hy:flowsThrough`` lakes,
  ``hy:drainsBasin`` its (sub-)basin, ``hy:crossesUnit`` the administrative units it crosses;
  its length either as a blank ``qudt:QuantityValue`` (``unit:KiloM``) or as a UCUM literal
  ``"544 km"^^cdt:ucum`` (two harvests, two habits); its source and mouth as blank
  ``hy:Source`` / ``hy:Mouth`` points (``geo:hasGeometry`` a blank geometry with a
  ``geo:wktLiteral``; a source's altitude a UCUM literal, sometimes a label); its Water
  Framework Directive assessment as a blank ``hy:StatusAssessment`` (``hy:ecologicalStatus`` a
  concept of a SKOS scheme with ``skos:notation`` "1".."5", ``hy:assessmentYear`` ``xsd:gYear``);
* ``hy:Confluence`` IRI points naming the tributary (``hy:tributary``) and the main stem
  (``hy:mainStem``) with a WKT point and the nearest place as a plain literal;
* ``hy:StandingWater`` lakes and ``hy:Reservoir`` reservoirs (labels in French, other names as
  ``skos:altLabel`` with languages), surface area as a QUDT value in ``unit:KiloM2``;
* ``hy:Dam`` dams: ``hy:operator`` an organisation, ``hy:damHeight`` a QUDT value in metres,
  ``hy:forms`` the reservoir, ``hy:onWatercourse``, ``hy:completed`` ``xsd:gYear``, storage as a
  UCUM literal in ``hm3``;
* ``hy:GaugingStation`` (a ``sosa:Platform``) on a watercourse (``hy:onWatercourse``), a
  station code, the operating body, ``sosa:hosts`` a blank-free sensor IRI; ``sosa:Observation``
  IRIs without labels: ``sosa:madeBySensor``, ``sosa:observedProperty`` (discharge or water
  level), ``sosa:hasFeatureOfInterest`` the watercourse, ``sosa:resultTime`` ``xsd:dateTime``,
  the result as a blank ``qudt:QuantityValue`` (``unit:M3-PER-SEC`` / ``unit:M``) or as
  ``sosa:hasSimpleResult`` with a UCUM literal ``"312 m3/s"^^cdt:ucum``;
* ``hy:RiverBasin`` districts and sub-basins (``hy:subBasinOf``), their area as a QUDT value in
  ``unit:KiloM2``, ``hy:managedBy`` agencies (``org:Organization`` named by ``skos:prefLabel``
  in French/German/Dutch and ``skos:altLabel`` acronyms);
* administrative units (``hy:AdministrativeUnit``: French regions, German Länder, Swiss cantons,
  Belgian regions, Dutch provinces, Luxembourg) with ``hy:inCountry`` a country.

Names and figures follow the public record where they are known (lengths, heights, years);
codes, stations and observations are invented in the real formats. Deterministic (a seeded
generator for the observations), stdlib only. Run from the repository root:
``python bench/data/own/rivers_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent
ID = "https://data.eau.example.fr/id/"

PREFIXES = """@prefix hy: <https://data.eau.example.fr/def/hydro#> .
@prefix gn: <http://inspire.ec.europa.eu/schemas/gn/4.0/> .
@prefix gnst: <http://inspire.ec.europa.eu/codelist/NameStatusValue/> .
@prefix geo: <http://www.opengis.net/ont/geosparql#> .
@prefix sosa: <http://www.w3.org/ns/sosa/> .
@prefix ssn: <http://www.w3.org/ns/ssn/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix cdt: <https://w3id.org/cdt/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wc: <https://data.eau.example.fr/id/watercourse/> .
@prefix sw: <https://data.eau.example.fr/id/standingwater/> .
@prefix dam: <https://data.eau.example.fr/id/dam/> .
@prefix st: <https://data.eau.example.fr/id/station/> .
@prefix bas: <https://data.eau.example.fr/id/basin/> .
@prefix au: <https://data.eau.example.fr/id/unit/> .
@prefix ag: <https://data.eau.example.fr/id/org/> .
@prefix ecol: <https://data.eau.example.fr/def/ecological-status/> .
@prefix prop: <https://data.eau.example.fr/def/property/> .
"""

ONTOLOGY = """
<https://data.eau.example.fr/def/hydro> a owl:Ontology ;
    rdfs:label "Hydrographie et surveillance des eaux"@fr, "Hydrography and water monitoring"@en .

hy:HydroObject a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "objet hydrographique"@fr, "hydro object"@en .
hy:Watercourse a owl:Class ; rdfs:subClassOf hy:HydroObject ; rdfs:label "cours d'eau"@fr, "watercourse"@en .
hy:StandingWater a owl:Class ; rdfs:subClassOf hy:HydroObject ; rdfs:label "plan d'eau"@fr, "standing water"@en .
hy:Reservoir a owl:Class ; rdfs:subClassOf hy:StandingWater ; rdfs:label "retenue"@fr, "reservoir"@en .
hy:Sea a owl:Class ; rdfs:subClassOf hy:HydroObject ; rdfs:label "mer"@fr, "sea"@en .
hy:RiverBasin a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "bassin hydrographique"@fr, "river basin"@en .
hy:Dam a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "barrage"@fr, "dam"@en .
hy:Confluence a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "confluence"@fr, "confluence"@en .
hy:Source a owl:Class ; rdfs:label "source"@fr, "source"@en .
hy:Mouth a owl:Class ; rdfs:label "embouchure"@fr, "mouth"@en .
hy:GaugingStation a owl:Class ; rdfs:subClassOf sosa:Platform ; rdfs:label "station hydrométrique"@fr, "gauging station"@en .
hy:StatusAssessment a owl:Class ; rdfs:label "évaluation de l'état"@fr, "status assessment"@en .
hy:AdministrativeUnit a owl:Class ; rdfs:label "unité administrative"@fr, "administrative unit"@en .
hy:Country a owl:Class ; rdfs:label "pays"@fr, "country"@en .
gn:GeographicalName a owl:Class ; rdfs:label "geographical name"@en .

hy:geographicalName a owl:ObjectProperty ; rdfs:label "nom géographique"@fr, "geographical name"@en ; rdfs:range gn:GeographicalName .
gn:spelling a owl:DatatypeProperty ; rdfs:label "spelling"@en .
gn:language a owl:DatatypeProperty ; rdfs:label "language"@en .
gn:nameStatus a owl:ObjectProperty ; rdfs:label "name status"@en .
hy:nationalCode a owl:DatatypeProperty ; rdfs:label "code national"@fr, "national code"@en .
hy:flowsInto a owl:ObjectProperty ; rdfs:label "se jette dans"@fr, "flows into"@en ; rdfs:domain hy:Watercourse .
hy:hasTributary a owl:ObjectProperty ; rdfs:label "a pour affluent"@fr, "has tributary"@en ; owl:inverseOf hy:flowsInto .
hy:flowsThrough a owl:ObjectProperty ; rdfs:label "traverse"@fr, "flows through"@en ; rdfs:range hy:StandingWater .
hy:drainsBasin a owl:ObjectProperty ; rdfs:label "bassin versant"@fr, "drains basin"@en ; rdfs:range hy:RiverBasin .
hy:crossesUnit a owl:ObjectProperty ; rdfs:label "traverse l'unité administrative"@fr, "crosses administrative unit"@en ; rdfs:range hy:AdministrativeUnit .
hy:length a owl:ObjectProperty ; rdfs:label "longueur"@fr, "length"@en .
hy:source a owl:ObjectProperty ; rdfs:label "source"@fr, "source"@en ; rdfs:range hy:Source .
hy:mouth a owl:ObjectProperty ; rdfs:label "embouchure"@fr, "mouth"@en ; rdfs:range hy:Mouth .
hy:altitude a owl:DatatypeProperty ; rdfs:label "altitude"@fr, "altitude"@en .
hy:statusAssessment a owl:ObjectProperty ; rdfs:label "évaluation DCE"@fr, "WFD status assessment"@en ; rdfs:range hy:StatusAssessment .
hy:ecologicalStatus a owl:ObjectProperty ; rdfs:label "état écologique"@fr, "ecological status"@en .
hy:assessmentYear a owl:DatatypeProperty ; rdfs:label "année d'évaluation"@fr, "assessment year"@en .
hy:tributary a owl:ObjectProperty ; rdfs:label "affluent"@fr, "tributary"@en ; rdfs:domain hy:Confluence .
hy:mainStem a owl:ObjectProperty ; rdfs:label "cours principal"@fr, "main stem"@en ; rdfs:domain hy:Confluence .
hy:nearPlace a owl:DatatypeProperty ; rdfs:label "lieu-dit"@fr, "near place"@en .
hy:surfaceArea a owl:ObjectProperty ; rdfs:label "superficie"@fr, "surface area"@en .
hy:maxDepth a owl:DatatypeProperty ; rdfs:label "profondeur maximale"@fr, "maximum depth"@en .
hy:operator a owl:ObjectProperty ; rdfs:label "exploitant"@fr, "operator"@en ; rdfs:range org:Organization .
hy:damHeight a owl:ObjectProperty ; rdfs:label "hauteur"@fr, "height"@en .
hy:forms a owl:ObjectProperty ; rdfs:label "crée la retenue"@fr, "forms reservoir"@en ; rdfs:domain hy:Dam ; rdfs:range hy:Reservoir .
hy:onWatercourse a owl:ObjectProperty ; rdfs:label "sur le cours d'eau"@fr, "on watercourse"@en ; rdfs:range hy:Watercourse .
hy:completed a owl:DatatypeProperty ; rdfs:label "mise en service"@fr, "completed"@en ; rdfs:range xsd:gYear .
hy:storageCapacity a owl:DatatypeProperty ; rdfs:label "capacité"@fr, "storage capacity"@en .
hy:stationCode a owl:DatatypeProperty ; rdfs:label "code station"@fr, "station code"@en .
hy:operatedBy a owl:ObjectProperty ; rdfs:label "gestionnaire"@fr, "operated by"@en ; rdfs:range org:Organization .
hy:subBasinOf a owl:ObjectProperty ; rdfs:label "sous-bassin de"@fr, "sub-basin of"@en ; rdfs:domain hy:RiverBasin ; rdfs:range hy:RiverBasin .
hy:basinArea a owl:ObjectProperty ; rdfs:label "superficie du bassin"@fr, "basin area"@en .
hy:managedBy a owl:ObjectProperty ; rdfs:label "géré par"@fr, "managed by"@en ; rdfs:range org:Organization .
hy:inCountry a owl:ObjectProperty ; rdfs:label "pays"@fr, "country"@en ; rdfs:range hy:Country .
hy:seatCountry a owl:ObjectProperty ; rdfs:label "pays du siège"@fr, "seat country"@en ; rdfs:range hy:Country .

ecol:scheme a skos:ConceptScheme ; skos:prefLabel "État écologique des eaux de surface (DCE)"@fr, "Ecological status of surface waters (WFD)"@en .
prop:discharge a sosa:ObservableProperty ; rdfs:label "débit"@fr, "discharge"@en ; skos:notation "Q" .
prop:waterLevel a sosa:ObservableProperty ; rdfs:label "hauteur d'eau"@fr, "water level"@en ; skos:notation "H" .
"""

# ecological status classes: key -> (notation, French, English)
STATUS = {
    "high": ("1", "très bon", "high"),
    "good": ("2", "bon", "good"),
    "moderate": ("3", "moyen", "moderate"),
    "poor": ("4", "médiocre", "poor"),
    "bad": ("5", "mauvais", "bad"),
}

# countries: key -> (French label, other (name, lang))
COUNTRIES = {
    "fr": ("France", [("France", "en")]),
    "de": ("Allemagne", [("Deutschland", "de"), ("Germany", "en")]),
    "lu": ("Luxembourg", [("Lëtzebuerg", "lb"), ("Luxemburg", "de")]),
    "be": ("Belgique", [("België", "nl"), ("Belgium", "en")]),
    "ch": ("Suisse", [("Schweiz", "de"), ("Switzerland", "en")]),
    "nl": ("Pays-Bas", [("Nederland", "nl"), ("Netherlands", "en")]),
}

# administrative units: key -> (label, lang, country, alt names)
UNITS = {
    "grand-est": ("Grand Est", "fr", "fr", []),
    "bfc": ("Bourgogne-Franche-Comté", "fr", "fr", []),
    "ara": ("Auvergne-Rhône-Alpes", "fr", "fr", []),
    "paca": ("Provence-Alpes-Côte d'Azur", "fr", "fr", ["PACA"]),
    "occitanie": ("Occitanie", "fr", "fr", []),
    "idf": ("Île-de-France", "fr", "fr", []),
    "normandie": ("Normandie", "fr", "fr", []),
    "hdf": ("Hauts-de-France", "fr", "fr", []),
    "saarland": ("Saarland", "de", "de", ["Sarre (Land)"]),
    "rlp": ("Rheinland-Pfalz", "de", "de", ["Rhénanie-Palatinat"]),
    "bw": ("Baden-Württemberg", "de", "de", ["Bade-Wurtemberg"]),
    "nrw": ("Nordrhein-Westfalen", "de", "de", ["Rhénanie-du-Nord-Westphalie"]),
    "hessen": ("Hessen", "de", "de", ["Hesse"]),
    "bayern": ("Bayern", "de", "de", ["Bavière"]),
    "lux": ("Grand-Duché de Luxembourg", "fr", "lu", []),
    "wallonie": ("Wallonie", "fr", "be", ["Région wallonne", "Wallonië"]),
    "valais": ("Valais", "fr", "ch", ["Wallis"]),
    "vaud": ("Vaud", "fr", "ch", ["Waadt"]),
    "geneve": ("Genève", "fr", "ch", ["Genf", "Geneva"]),
    "jura-ch": ("Jura", "fr", "ch", []),
    "neuchatel": ("Neuchâtel", "fr", "ch", []),
    "graubuenden": ("Graubünden", "de", "ch", ["Grisons"]),
    "limburg": ("Limburg", "nl", "nl", ["Limbourg"]),
    "gelderland": ("Gelderland", "nl", "nl", ["Gueldre"]),
    "zuid-holland": ("Zuid-Holland", "nl", "nl", ["Hollande-Méridionale"]),
    "noord-brabant": ("Noord-Brabant", "nl", "nl", ["Brabant-Septentrional"]),
}

# organisations: key -> (prefLabel, lang, acronyms, other (name, lang), seat country)
ORGS = {
    "aerm": ("Agence de l'eau Rhin-Meuse", "fr", ["AERM"], [], "fr"),
    "aermc": ("Agence de l'eau Rhône Méditerranée Corse", "fr", ["AERMC"], [], "fr"),
    "aesn": ("Agence de l'eau Seine-Normandie", "fr", ["AESN"], [], "fr"),
    "iksr": (
        "Commission Internationale pour la Protection du Rhin",
        "fr",
        ["CIPR", "IKSR", "ICPR"],
        [
            ("Internationale Kommission zum Schutz des Rheins", "de"),
            ("International Commission for the Protection of the Rhine", "en"),
        ],
        "de",
    ),
    "iksms": (
        "Commissions Internationales pour la Protection de la Moselle et de la Sarre",
        "fr",
        ["CIPMS", "IKSMS"],
        [("Internationale Kommissionen zum Schutze der Mosel und der Saar", "de")],
        "de",
    ),
    "cim": (
        "Commission Internationale de la Meuse",
        "fr",
        ["CIM", "IMC"],
        [("Internationale Maascommissie", "nl"), ("International Meuse Commission", "en")],
        "be",
    ),
    "eptb-sd": (
        "EPTB Saône et Doubs",
        "fr",
        [],
        [("Établissement public territorial du bassin Saône et Doubs", "fr")],
        "fr",
    ),
    "sgl": ("EPTB Seine Grands Lacs", "fr", [], [("Seine Grands Lacs", "fr")], "fr"),
    "edf": ("Électricité de France", "fr", ["EDF"], [], "fr"),
    "cnr": ("Compagnie Nationale du Rhône", "fr", ["CNR"], [], "fr"),
    "vnf": ("Voies navigables de France", "fr", ["VNF"], [], "fr"),
    "seo": ("Société Électrique de l'Our", "fr", ["SEO"], [], "lu"),
    "sebes": ("Syndicat des Eaux du Barrage d'Esch-sur-Sûre", "fr", ["SEBES"], [], "lu"),
    "cea": (
        "Collectivité européenne d'Alsace",
        "fr",
        ["CeA"],
        [("Europäische Gebietskörperschaft Elsass", "de")],
        "fr",
    ),
    "dreal-ge": (
        "DREAL Grand Est",
        "fr",
        [],
        [
            (
                "Direction régionale de l'environnement, de l'aménagement et du logement Grand Est",
                "fr",
            )
        ],
        "fr",
    ),
    "dreal-ara": ("DREAL Auvergne-Rhône-Alpes", "fr", [], [], "fr"),
    "dreal-bfc": ("DREAL Bourgogne-Franche-Comté", "fr", [], [], "fr"),
    "driee": ("DRIEAT Île-de-France", "fr", [], [], "fr"),
    "wsa": ("Wasserstraßen- und Schifffahrtsamt Mosel-Saar-Lahn", "de", ["WSA MSL"], [], "de"),
    "age": (
        "Administration de la gestion de l'eau",
        "fr",
        ["AGE"],
        [("Waasserwirtschaftsverwaltung", "lb")],
        "lu",
    ),
    "lfu-rlp": ("Landesamt für Umwelt Rheinland-Pfalz", "de", ["LfU RLP"], [], "de"),
    "spw": ("Service public de Wallonie", "fr", ["SPW"], [], "be"),
}

# basins: key -> (label, parent, area km2, managers)
BASINS = {
    "rhin": ("District du Rhin", None, "185000", ["iksr", "aerm"]),
    "rhin-sup": ("Rhin supérieur", "rhin", "12300", ["aerm"]),
    "moselle-sarre": ("Moselle-Sarre", "rhin", "28286", ["iksms", "aerm"]),
    "meuse": ("District de la Meuse", None, "34548", ["cim", "aerm"]),
    "rmc": ("Rhône-Méditerranée", None, "127000", ["aermc"]),
    "saone-doubs": ("Saône-Doubs", "rmc", "30000", ["eptb-sd", "aermc"]),
    "haut-rhone": ("Haut-Rhône", "rmc", "22300", ["aermc"]),
    "isere-drome": ("Isère-Drôme", "rmc", "11800", ["aermc"]),
    "seine-normandie": ("Seine-Normandie", None, "95300", ["aesn"]),
    "seine-amont": ("Seine amont", "seine-normandie", "12800", ["aesn", "sgl"]),
    "marne": ("Marne", "seine-normandie", "12700", ["aesn", "sgl"]),
}

# seas: key -> (French label, other names)
SEAS = {
    "mer-du-nord": ("Mer du Nord", [("North Sea", "en"), ("Nordsee", "de"), ("Noordzee", "nl")]),
    "mediterranee": ("Mer Méditerranée", [("Mediterranean Sea", "en")]),
    "manche": ("Manche", [("English Channel", "en")]),
}

# standing waters: key -> (label, reservoir?, area km2, max depth m or None, alt names)
WATERS = {
    "leman": (
        "Lac Léman",
        False,
        "580.1",
        "309.7",
        [("Lake Geneva", "en"), ("Genfersee", "de"), ("Lac de Genève", "fr")],
    ),
    "constance": (
        "Lac de Constance",
        False,
        "536",
        "251",
        [("Bodensee", "de"), ("Lake Constance", "en")],
    ),
    "pierre-percee": ("Lac de Pierre-Percée", True, "3.04", "70", []),
    "haute-sure": (
        "Lac de la Haute-Sûre",
        True,
        "3.8",
        "50",
        [("Stauséi Uewersauer", "lb"), ("Obersauer-Stausee", "de")],
    ),
    "vianden": ("Bassin inférieur de Vianden", True, "0.95", None, [("Unterbecken Vianden", "de")]),
    "der": ("Lac du Der-Chantecoq", True, "48", "20", [("Lac du Der", "fr")]),
    "orient": ("Lac d'Orient", True, "23", None, [("Lac de la Forêt d'Orient", "fr")]),
    "vouglans": ("Lac de Vouglans", True, "16", "100", []),
    "genissiat": ("Retenue de Génissiat", True, "3.5", None, []),
    "monteynard": (
        "Lac de Monteynard-Avignonet",
        True,
        "6.6",
        "130",
        [("Lac de Monteynard", "fr")],
    ),
    "kruth": ("Lac de Kruth-Wildenstein", True, "0.81", None, []),
    "serre-poncon": ("Lac de Serre-Ponçon", True, "28.2", "120", []),
}

# watercourses: key -> dict
#   fr: French label (None: known only by its code), names: other [(spelling, iso639-3, status)],
#   code, into, through, basin, units, km, len_ucum (True: UCUM literal), src (label, alt m, lat, lon),
#   mouth (lat, lon), status (class, year)
W = {}


def wc(
    key: str,
    fr: str | None,
    code: str,
    into: str,
    basin: str,
    units: list[str],
    km: str,
    **kw: object,
) -> None:
    W[key] = {"fr": fr, "code": code, "into": into, "basin": basin, "units": units, "km": km, **kw}


wc(
    "rhin",
    "Rhin",
    "A---0000",
    "mer-du-nord",
    "rhin",
    ["graubuenden", "bw", "grand-est", "rlp", "hessen", "nrw", "gelderland", "zuid-holland"],
    "1233",
    names=[
        ("Rhein", "deu", "official"),
        ("Rijn", "nld", "official"),
        ("Rhine", "eng", "standardised"),
        ("Rhenus", "lat", "historical"),
    ],
    through=["constance"],
    src=("Lac de Toma", "2345", 46.633, 8.672),
    mouth=(51.98, 4.08),
    status=("moderate", "2022"),
)
wc(
    "moselle",
    "Moselle",
    "A---0060",
    "rhin",
    "moselle-sarre",
    ["grand-est", "lux", "saarland", "rlp"],
    "544",
    names=[
        ("Mosel", "deu", "official"),
        ("Musel", "ltz", "official"),
        ("Mosella", "lat", "historical"),
    ],
    src=("Source de la Moselle", "735", 47.899, 6.893),
    mouth=(50.365, 7.606),
    status=("moderate", "2022"),
    len_ucum=True,
)
wc(
    "sarre",
    "Sarre",
    "A9--0200",
    "moselle",
    "moselle-sarre",
    ["grand-est", "saarland", "rlp"],
    "227",
    names=[("Saar", "deu", "official"), ("Saravus", "lat", "historical")],
    src=("Sources de la Sarre au Donon", "850", 48.53, 7.15),
    mouth=(49.70, 6.57),
    status=("poor", "2022"),
)
wc(
    "sure",
    "Sûre",
    "A9--1000",
    "moselle",
    "moselle-sarre",
    ["wallonie", "lux", "rlp"],
    "173",
    names=[("Sauer", "deu", "official"), ("Sauer", "ltz", "official"), ("Sûre", "fra", "official")],
    src=("Source de la Sûre à Vaux-sur-Sûre", "515", 49.93, 5.57),
    mouth=(49.71, 6.50),
    status=("good", "2021"),
)
wc(
    "our",
    "Our",
    "A9--1100",
    "sure",
    "moselle-sarre",
    ["wallonie", "lux", "rlp"],
    "78",
    names=[("Our", "deu", "official"), ("Our", "ltz", "official")],
    src=("Source de l'Our près de Manderfeld", "630", 50.33, 6.33),
    mouth=(49.88, 6.36),
    status=("good", "2021"),
)
wc(
    "meurthe",
    "Meurthe",
    "A6--0200",
    "moselle",
    "moselle-sarre",
    ["grand-est"],
    "161",
    names=[("Mörthe", "deu", "historical")],
    src=("Source de la Meurthe au Collet", "1200", 48.06, 7.01),
    mouth=(48.77, 6.14),
    status=("moderate", "2022"),
    len_ucum=True,
)
wc(
    "madon",
    "Madon",
    "A5--0300",
    "moselle",
    "moselle-sarre",
    ["grand-est"],
    "96",
    src=("Source du Madon", "410", 48.11, 6.03),
    status=("moderate", "2022"),
)
wc(
    "orne-l",
    "Orne",
    "A8--0300",
    "moselle",
    "moselle-sarre",
    ["grand-est"],
    "86",
    names=[("Orne lorraine", "fra", "other")],
    status=("bad", "2022"),
    len_ucum=True,
)
wc(
    "seille",
    "Seille",
    "A7--0300",
    "moselle",
    "moselle-sarre",
    ["grand-est"],
    "138",
    src=("Étang de Lindre", "220", 48.80, 6.76),
    status=("poor", "2022"),
)
wc(
    "vezouze",
    "Vezouze",
    "A6--0300",
    "meurthe",
    "moselle-sarre",
    ["grand-est"],
    "75",
    names=[("Vesouze", "fra", "other")],
    status=("moderate", "2021"),
)
wc(
    "plaine",
    "Plaine",
    "A6--0250",
    "meurthe",
    "moselle-sarre",
    ["grand-est"],
    "34",
    through=["pierre-percee"],
    status=("good", "2021"),
    len_ucum=True,
)
wc(
    "nied",
    "Nied",
    "A9--0400",
    "sarre",
    "moselle-sarre",
    ["grand-est", "saarland"],
    "114",
    names=[("Nied réunie", "fra", "other"), ("Nied", "deu", "official")],
    status=("poor", "2021"),
)
wc(
    "blies",
    "Blies",
    "A9--0500",
    "sarre",
    "moselle-sarre",
    ["grand-est", "saarland"],
    "99",
    names=[("Blies", "deu", "official")],
    src=("Source de la Blies à Selbach", "430", 49.57, 7.09),
    mouth=(49.11, 7.07),
    status=("moderate", "2022"),
)
wc(
    "lauter",
    "Lauter",
    "A3--0300",
    "rhin",
    "rhin-sup",
    ["rlp", "grand-est"],
    "82",
    names=[("Lauter", "deu", "official"), ("Wieslauter", "deu", "other")],
    src=("Source de la Wieslauter", "340", 49.31, 7.76),
    mouth=(48.97, 8.19),
    status=("good", "2022"),
)
wc(
    "ill",
    "Ill",
    "A2--0200",
    "rhin",
    "rhin-sup",
    ["grand-est"],
    "217",
    names=[("Ell", "gsw", "other"), ("Ill", "deu", "official")],
    src=("Source de l'Ill à Winkel", "590", 47.43, 7.25),
    mouth=(48.63, 7.79),
    status=("moderate", "2022"),
    len_ucum=True,
)
wc(
    "bruche",
    "Bruche",
    "A2--0500",
    "ill",
    "rhin-sup",
    ["grand-est"],
    "77",
    names=[("Breusch", "deu", "other")],
    status=("good", "2022"),
)
wc(
    "thur",
    "Thur",
    "A2--0300",
    "ill",
    "rhin-sup",
    ["grand-est"],
    "56",
    through=["kruth"],
    status=("good", "2021"),
)
wc(
    "moder",
    "Moder",
    "A3--0100",
    "rhin",
    "rhin-sup",
    ["grand-est"],
    "93",
    names=[("Mutter", "deu", "historical")],
    status=("moderate", "2022"),
    len_ucum=True,
)
wc(
    "sauer-als",
    "Sauer",
    "A3--0200",
    "rhin",
    "rhin-sup",
    ["grand-est", "rlp"],
    "70",
    names=[("Sauerbach", "deu", "other")],
    status=("good", "2021"),
)
wc(
    "meuse",
    "Meuse",
    "B---0000",
    "mer-du-nord",
    "meuse",
    ["grand-est", "hdf", "wallonie", "limburg", "gelderland", "noord-brabant", "zuid-holland"],
    "925",
    names=[("Maas", "nld", "official"), ("Maas", "deu", "official"), ("Mosa", "lat", "historical")],
    src=("Source de la Meuse au Châtelet-sur-Meuse", "409", 47.98, 5.60),
    mouth=(51.71, 4.60),
    status=("moderate", "2022"),
)
wc(
    "chiers",
    "Chiers",
    "B4--0200",
    "meuse",
    "meuse",
    ["lux", "grand-est", "wallonie"],
    "112",
    names=[("Korn", "ltz", "official"), ("Korn", "deu", "other")],
    src=("Source de la Chiers à Differdange", "340", 49.52, 5.88),
    status=("poor", "2021"),
)
wc(
    "semois",
    "Semois",
    "B5--0100",
    "meuse",
    "meuse",
    ["wallonie", "grand-est"],
    "210",
    names=[("Semoy", "fra", "other"), ("Semoy", "eng", "other")],
    status=("good", "2022"),
    len_ucum=True,
)
wc(
    "rhone",
    "Rhône",
    "V---0000",
    "mediterranee",
    "rmc",
    ["valais", "vaud", "geneve", "ara", "paca", "occitanie"],
    "812",
    names=[
        ("Rhone", "deu", "official"),
        ("Rotten", "deu", "other"),
        ("Rôno", "frp", "other"),
        ("Rhodanus", "lat", "historical"),
    ],
    through=["leman", "genissiat"],
    src=("Glacier du Rhône", "2208", 46.58, 8.38),
    mouth=(43.33, 4.84),
    status=("moderate", "2022"),
)
wc(
    "arve",
    "Arve",
    "V0--0200",
    "rhone",
    "haut-rhone",
    ["ara", "geneve"],
    "107",
    src=("Col de Balme", "2200", 46.03, 6.97),
    status=("moderate", "2021"),
)
wc(
    "ain",
    "Ain",
    "V2--0200",
    "rhone",
    "haut-rhone",
    ["bfc", "ara"],
    "190",
    through=["vouglans"],
    src=("Source de l'Ain à Conte", "670", 46.76, 5.99),
    status=("good", "2022"),
    len_ucum=True,
)
wc(
    "saone",
    "Saône",
    "U---0000",
    "rhone",
    "saone-doubs",
    ["grand-est", "bfc", "ara"],
    "473",
    names=[("Arar", "lat", "historical")],
    src=("Source de la Saône à Vioménil", "392", 48.09, 6.17),
    mouth=(45.73, 4.82),
    status=("poor", "2022"),
)
wc(
    "doubs",
    "Doubs",
    "U2--0200",
    "saone",
    "saone-doubs",
    ["bfc", "jura-ch", "neuchatel"],
    "453",
    names=[("Dub", "deu", "historical"), ("Le Doubs", "fra", "other")],
    src=("Source du Doubs à Mouthe", "937", 46.71, 6.19),
    mouth=(46.90, 5.03),
    status=("poor", "2022"),
)
wc(
    "isere",
    "Isère",
    "W---0000",
    "rhone",
    "isere-drome",
    ["ara"],
    "286",
    src=("Glacier des Sources de l'Isère", "2400", 45.45, 7.07),
    status=("moderate", "2022"),
)
wc(
    "drac",
    "Drac",
    "W2--0200",
    "isere",
    "isere-drome",
    ["paca", "ara"],
    "130",
    through=["monteynard"],
    status=("moderate", "2021"),
    len_ucum=True,
)
wc(
    "durance",
    "Durance",
    "X---0000",
    "rhone",
    "rmc",
    ["paca"],
    "323",
    through=["serre-poncon"],
    src=("Sources de la Durance au Montgenèvre", "2390", 44.93, 6.73),
    status=("moderate", "2022"),
)
wc(
    "seine",
    "Seine",
    "H---0000",
    "manche",
    "seine-normandie",
    ["bfc", "grand-est", "idf", "normandie"],
    "777",
    names=[("Sequana", "lat", "historical")],
    through=["orient"],
    src=("Sources de la Seine à Source-Seine", "446", 47.48, 4.72),
    mouth=(49.43, 0.12),
    status=("moderate", "2022"),
)
wc(
    "aube",
    "Aube",
    "H1--0200",
    "seine",
    "seine-amont",
    ["bfc", "grand-est"],
    "249",
    src=("Source de l'Aube à Praslay", "380", 47.74, 5.10),
    status=("good", "2021"),
    len_ucum=True,
)
wc(
    "marne",
    "Marne",
    "H5--0200",
    "seine",
    "marne",
    ["grand-est", "hdf", "idf"],
    "514",
    names=[("Matrona", "lat", "historical")],
    through=["der"],
    src=("Source de la Marne à Balesmes-sur-Marne", "381", 47.83, 5.33),
    mouth=(48.82, 2.42),
    status=("moderate", "2022"),
)
wc(
    "h3020",
    None,
    "FR-H3020",
    "seine",
    "seine-amont",
    ["grand-est"],
    "12.4",
    status=("poor", "2021"),
)
wc(
    "a6210",
    None,
    "FR-A6210",
    "meurthe",
    "moselle-sarre",
    ["grand-est"],
    "8.7",
    status=("moderate", "2022"),
    len_ucum=True,
)
wc(
    "a9530",
    None,
    "FR-A9530",
    "blies",
    "moselle-sarre",
    ["grand-est", "saarland"],
    "15.1",
    status=("bad", "2021"),
)
wc("u2640", None, "FR-U2640", "doubs", "saone-doubs", ["bfc"], "6.3", status=("good", "2022"))
wc(
    "v1460",
    None,
    "FR-V1460",
    "ain",
    "haut-rhone",
    ["bfc"],
    "9.8",
    status=("high", "2022"),
    len_ucum=True,
)

# confluences: key -> (label, tributary, main stem, place, lat, lon)
CONFLUENCES = {
    "deutsches-eck": ("Confluence Moselle-Rhin", "moselle", "rhin", "Koblenz", 50.364, 7.606),
    "konz": ("Confluence Sarre-Moselle", "sarre", "moselle", "Konz", 49.70, 6.57),
    "wasserbillig": ("Confluence Sûre-Moselle", "sure", "moselle", "Wasserbillig", 49.713, 6.499),
    "wallendorf": ("Confluence Our-Sûre", "our", "sure", "Wallendorf", 49.875, 6.361),
    "pompey": ("Confluence Meurthe-Moselle", "meurthe", "moselle", "Pompey", 48.77, 6.14),
    "sarreguemines": ("Confluence Blies-Sarre", "blies", "sarre", "Sarreguemines", 49.11, 7.07),
    "lyon": ("Confluent Saône-Rhône", "saone", "rhone", "Lyon", 45.73, 4.82),
    "verdun-doubs": (
        "Confluence Doubs-Saône",
        "doubs",
        "saone",
        "Verdun-sur-le-Doubs",
        46.90,
        5.03,
    ),
    "conflans": ("Confluence Marne-Seine", "marne", "seine", "Charenton-le-Pont", 48.82, 2.42),
    "geneve": ("Jonction Arve-Rhône", "arve", "rhone", "Genève", 46.20, 6.13),
}

# dams: key -> (label, watercourse, reservoir, operator, height m, completed, storage hm3, alt)
DAMS = {
    "pierre-percee": (
        "Barrage de Pierre-Percée",
        "plaine",
        "pierre-percee",
        "edf",
        "72",
        "1986",
        "60",
        [],
    ),
    "esch": (
        "Barrage d'Esch-sur-Sûre",
        "sure",
        "haute-sure",
        "sebes",
        "47",
        "1959",
        "60",
        [("Staumauer Esch-Sauer", "de")],
    ),
    "vianden": ("Barrage de Stolzembourg", "our", "vianden", "seo", "24", "1964", "10", []),
    "der": ("Digue de Giffaumont", "marne", "der", "sgl", "20", "1974", "350", []),
    "orient": ("Barrage-réservoir Seine", "seine", "orient", "sgl", "21", "1966", "205", []),
    "vouglans": ("Barrage de Vouglans", "ain", "vouglans", "edf", "103", "1968", "605", []),
    "genissiat": ("Barrage de Génissiat", "rhone", "genissiat", "cnr", "104", "1948", "53", []),
    "monteynard": ("Barrage de Monteynard", "drac", "monteynard", "edf", "153", "1962", "275", []),
    "kruth": ("Barrage de Kruth-Wildenstein", "thur", "kruth", "cea", "39", "1964", "12", []),
    "serre-poncon": (
        "Barrage de Serre-Ponçon",
        "durance",
        "serre-poncon",
        "edf",
        "124",
        "1960",
        "1270",
        [],
    ),
}

# gauging stations: key -> (label, code, watercourse, operator, lat, lon, discharge m3/s, level m, simple?)
STATIONS = {
    "hauconcourt": (
        "La Moselle à Hauconcourt",
        "A7010610",
        "moselle",
        "dreal-ge",
        49.21,
        6.18,
        "142",
        "2.31",
        False,
    ),
    "uckange": (
        "La Moselle à Uckange",
        "A8500010",
        "moselle",
        "dreal-ge",
        49.30,
        6.15,
        "155",
        "3.02",
        True,
    ),
    "cochem": ("Pegel Cochem", "2660060", "moselle", "wsa", 50.14, 7.17, "318", "2.96", False),
    "fremersdorf": (
        "Pegel Fremersdorf",
        "2640130",
        "sarre",
        "wsa",
        49.41,
        6.64,
        "84.5",
        "1.88",
        True,
    ),
    "sarreguemines": (
        "La Sarre à Sarreguemines",
        "A9301010",
        "sarre",
        "dreal-ge",
        49.11,
        7.07,
        "31.2",
        "1.12",
        False,
    ),
    "diekirch": ("Diekirch (Sauer)", "DIEK", "sure", "age", 49.87, 6.16, "22.7", "1.45", False),
    "gemund": ("Gemünd (Our)", "GEMU", "our", "lfu-rlp", 49.96, 6.17, "9.6", "0.84", True),
    "malzeville": (
        "La Meurthe à Malzéville",
        "A6761010",
        "meurthe",
        "dreal-ge",
        48.71,
        6.19,
        "48.3",
        "1.67",
        False,
    ),
    "strasbourg-ill": (
        "L'Ill à Strasbourg",
        "A2860110",
        "ill",
        "dreal-ge",
        48.58,
        7.75,
        "52.9",
        "1.54",
        True,
    ),
    "stenay": (
        "La Meuse à Stenay",
        "B3150020",
        "meuse",
        "dreal-ge",
        49.49,
        5.19,
        "96.1",
        "2.08",
        False,
    ),
    "chooz": (
        "La Meuse à Chooz",
        "B7200000",
        "meuse",
        "dreal-ge",
        50.10,
        4.79,
        "211",
        "3.44",
        True,
    ),
    "besancon": (
        "Le Doubs à Besançon",
        "U2542010",
        "doubs",
        "dreal-bfc",
        47.24,
        6.02,
        "87.4",
        "1.93",
        False,
    ),
    "beaucaire": (
        "Le Rhône à Beaucaire",
        "V7200015",
        "rhone",
        "cnr",
        43.81,
        4.65,
        "1560",
        "4.12",
        False,
    ),
    "austerlitz": (
        "La Seine à Paris-Austerlitz",
        "H5920010",
        "seine",
        "driee",
        48.84,
        2.37,
        "412",
        "2.85",
        True,
    ),
    "gournay": (
        "La Marne à Gournay-sur-Marne",
        "H5841010",
        "marne",
        "driee",
        48.86,
        2.57,
        "96.3",
        "1.76",
        False,
    ),
    "couzon": (
        "La Saône à Couzon-au-Mont-d'Or",
        "U4710010",
        "saone",
        "dreal-ara",
        45.84,
        4.83,
        "402",
        "2.64",
        False,
    ),
}
# flood peaks: (station, discharge m3/s, level m, dateTime)
PEAKS = [
    ("hauconcourt", "1060", "6.91", "1983-05-27T18:00:00+02:00"),
    ("austerlitz", "2280", "6.10", "2016-06-03T20:00:00+02:00"),
    ("besancon", "1380", "6.45", "1990-02-15T12:00:00+01:00"),
]
SNAPSHOT = "2026-11-30T06:00:00+01:00"


def lit(text: str, lang: str | None = None, dt: str | None = None) -> str:
    """A Turtle literal."""
    s = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s + (f"@{lang}" if lang else "") + (f"^^{dt}" if dt else "")


def wkt_point(lat: float, lon: float) -> str:
    """A blank GeoSPARQL geometry holding a CRS84 point."""
    return f'[ a geo:Geometry ; geo:asWKT "POINT({lon:.4f} {lat:.4f})"^^geo:wktLiteral ]'


def qty(value: str, unit: str) -> str:
    """A blank QUDT quantity value."""
    return f"[ a qudt:QuantityValue ; qudt:numericValue {lit(value, dt='xsd:decimal')} ; qudt:unit unit:{unit} ]"


def gname(spelling: str, lang3: str, status: str) -> str:
    """An INSPIRE geographical name as a blank node."""
    return f"[ a gn:GeographicalName ; gn:spelling {lit(spelling)} ; gn:language {lit(lang3)} ; gn:nameStatus gnst:{status} ]"


def where(k: str) -> str:
    """The IRI of a watercourse, standing water or sea key."""
    if k in W:
        return f"wc:{W[k]['code'] if W[k]['fr'] is None else k}"
    return f"sw:{k}"


def block(subject: str, lines: list[str]) -> str:
    """A Turtle subject with its predicate-object lines."""
    return subject + "\n    " + " ;\n    ".join(lines) + " .\n"


def main() -> None:
    out = [PREFIXES, ONTOLOGY]
    for k, (notation, fr, en) in STATUS.items():
        out.append(
            block(
                f"ecol:{k}",
                [
                    "a skos:Concept",
                    "skos:inScheme ecol:scheme",
                    f"skos:notation {lit(notation)}",
                    f"skos:prefLabel {lit(fr, 'fr')}, {lit(en, 'en')}",
                ],
            )
        )
    for k, (fr, others) in COUNTRIES.items():
        names = ", ".join(lit(n, lang) for n, lang in others)
        out.append(
            block(
                f"au:country-{k}",
                [
                    "a hy:Country",
                    f"rdfs:label {lit(fr, 'fr')}",
                    f"skos:altLabel {names}",
                    f"dcterms:identifier {lit(k.upper())}",
                ],
            )
        )
    for k, (label, lang, country, alts) in UNITS.items():
        lines = [
            "a hy:AdministrativeUnit",
            f"rdfs:label {lit(label, lang)}",
            f"hy:inCountry au:country-{country}",
        ]
        lines += [f"skos:altLabel {lit(a)}" for a in alts]
        out.append(block(f"au:{k}", lines))
    for k, (label, lang, acr, others, seat) in ORGS.items():
        lines = [
            "a org:Organization",
            f"skos:prefLabel {lit(label, lang)}",
            f"hy:seatCountry au:country-{seat}",
        ]
        lines += [f"skos:altLabel {lit(a)}" for a in acr]
        lines += [f"skos:altLabel {lit(n, nl)}" for n, nl in others]
        out.append(block(f"ag:{k}", lines))
    for k, (label, parent, area, managers) in BASINS.items():
        lines = [
            "a hy:RiverBasin",
            f"rdfs:label {lit(label, 'fr')}",
            f"hy:basinArea {qty(area, 'KiloM2')}",
        ]
        lines += [f"hy:subBasinOf bas:{parent}"] if parent else []
        lines += [f"hy:managedBy ag:{m}" for m in managers]
        out.append(block(f"bas:{k}", lines))
    for k, (fr, others) in SEAS.items():
        lines = ["a hy:Sea", f"rdfs:label {lit(fr, 'fr')}"] + [
            f"skos:altLabel {lit(n, lang)}" for n, lang in others
        ]
        out.append(block(f"sw:{k}", lines))
    for k, (label, res, area, depth, alts) in WATERS.items():
        lines = [
            f"a hy:{'Reservoir' if res else 'StandingWater'}",
            f"rdfs:label {lit(label, 'fr')}",
            f"hy:surfaceArea {qty(area, 'KiloM2')}",
        ]
        lines += [f"hy:maxDepth {lit(depth + ' m', dt='cdt:ucum')}"] if depth else []
        lines += [f"skos:altLabel {lit(n, lang)}" for n, lang in alts]
        out.append(block(f"sw:{k}", lines))
    for k, w in W.items():
        lines = ["a hy:Watercourse", f"hy:nationalCode {lit(str(w['code']))}"]
        if w["fr"] is None:
            lines.append(f"dcterms:identifier {lit(str(w['code']))}")
        else:
            lines.append(f"rdfs:label {lit(str(w['fr']), 'fr')}")
        lines += [f"hy:geographicalName {gname(*n)}" for n in w.get("names", [])]  # type: ignore[attr-defined]
        lines.append(f"hy:flowsInto {where(str(w['into']))}")
        lines += [f"hy:flowsThrough sw:{t}" for t in w.get("through", [])]  # type: ignore[attr-defined]
        lines.append(f"hy:drainsBasin bas:{w['basin']}")
        lines += [f"hy:crossesUnit au:{u}" for u in w["units"]]  # type: ignore[attr-defined]
        if w.get("len_ucum"):
            lines.append(f"hy:length {lit(str(w['km']) + ' km', dt='cdt:ucum')}")
        else:
            lines.append(f"hy:length {qty(str(w['km']), 'KiloM')}")
        if "src" in w:
            label, alt, lat, lon = w["src"]  # type: ignore[misc]
            lines.append(
                f"hy:source [ a hy:Source ; rdfs:label {lit(label, 'fr')} ; hy:altitude {lit(alt + ' m', dt='cdt:ucum')} ; geo:hasGeometry {wkt_point(lat, lon)} ]"
            )
        if "mouth" in w:
            lat, lon = w["mouth"]  # type: ignore[misc]
            lines.append(f"hy:mouth [ a hy:Mouth ; geo:hasGeometry {wkt_point(lat, lon)} ]")
        cls, year = w["status"]  # type: ignore[misc]
        lines.append(
            f"hy:statusAssessment [ a hy:StatusAssessment ; hy:ecologicalStatus ecol:{cls} ; hy:assessmentYear {lit(year, dt='xsd:gYear')} ]"
        )
        out.append(block(where(k), lines))
    for k, (label, trib, main_, place, lat, lon) in CONFLUENCES.items():
        out.append(
            block(
                f"<{ID}confluence/{k}>",
                [
                    "a hy:Confluence",
                    f"rdfs:label {lit(label, 'fr')}",
                    f"hy:tributary {where(trib)}",
                    f"hy:mainStem {where(main_)}",
                    f"hy:nearPlace {lit(place)}",
                    f"geo:hasGeometry {wkt_point(lat, lon)}",
                ],
            )
        )
    for k, (label, river, res, op, height, year, storage, alts) in DAMS.items():
        lines = [
            "a hy:Dam",
            f"rdfs:label {lit(label, 'fr')}",
            f"hy:onWatercourse {where(river)}",
            f"hy:forms sw:{res}",
            f"hy:operator ag:{op}",
            f"hy:damHeight {qty(height, 'M')}",
            f"hy:completed {lit(year, dt='xsd:gYear')}",
            f"hy:storageCapacity {lit(storage + ' hm3', dt='cdt:ucum')}",
        ]
        lines += [f"skos:altLabel {lit(n, lang)}" for n, lang in alts]
        out.append(block(f"dam:{k}", lines))
    rng = random.Random(50)
    n_obs = 0

    def observation(
        station: str, river: str, prop: str, value: str, when: str, simple: bool
    ) -> None:
        nonlocal n_obs
        n_obs += 1
        unit, ucum = ("M3-PER-SEC", "m3/s") if prop == "discharge" else ("M", "m")
        result = (
            f"sosa:hasSimpleResult {lit(value + ' ' + ucum, dt='cdt:ucum')}"
            if simple
            else f"sosa:hasResult {qty(value, unit)}"
        )
        out.append(
            block(
                f"<{ID}observation/{station}-{prop}-{n_obs:04d}>",
                [
                    "a sosa:Observation",
                    f"sosa:madeBySensor <{ID}sensor/{station}-{'q' if prop == 'discharge' else 'h'}>",
                    f"sosa:observedProperty prop:{prop}",
                    f"sosa:hasFeatureOfInterest {where(river)}",
                    result,
                    f"sosa:resultTime {lit(when, dt='xsd:dateTime')}",
                ],
            )
        )

    for k, (label, code, river, op, lat, lon, q, h, simple) in STATIONS.items():
        lang = "fr" if label.split()[0] in ("La", "Le") or label.startswith("L'") else "de"
        out.append(
            block(
                f"st:{k}",
                [
                    "a hy:GaugingStation",
                    f"rdfs:label {lit(label, lang)}",
                    f"hy:stationCode {lit(code)}",
                    f"hy:onWatercourse {where(river)}",
                    f"hy:operatedBy ag:{op}",
                    f"geo:hasGeometry {wkt_point(lat, lon)}",
                    f"sosa:hosts <{ID}sensor/{k}-q>, <{ID}sensor/{k}-h>",
                ],
            )
        )
        for s, prop in (("q", "discharge"), ("h", "waterLevel")):
            out.append(
                block(
                    f"<{ID}sensor/{k}-{s}>",
                    ["a sosa:Sensor", f"sosa:observes prop:{prop}", f"sosa:isHostedBy st:{k}"],
                )
            )
        # three earlier readings (noise), then the latest snapshot
        for day in (27, 28, 29):
            fq = float(q) * rng.uniform(0.8, 1.2)
            fh = float(h) * rng.uniform(0.9, 1.1)
            when = f"2026-11-{day}T06:00:00+01:00"
            observation(k, river, "discharge", f"{fq:.1f}", when, simple)
            observation(k, river, "waterLevel", f"{fh:.2f}", when, simple)
        observation(k, river, "discharge", q, SNAPSHOT, simple)
        observation(k, river, "waterLevel", h, SNAPSHOT, simple)
    for k, q, h, when in PEAKS:
        river, simple = STATIONS[k][2], STATIONS[k][8]
        observation(k, river, "discharge", q, when, simple)
        observation(k, river, "waterLevel", h, when, simple)
    (HERE / "rivers.ttl").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
