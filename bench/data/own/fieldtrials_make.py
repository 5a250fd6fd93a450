# ruff: noqa: E501  (one record a line)
"""Write ``fieldtrials.nt``: a plant breeding programme's multi-location wheat and maize field
trials (phenotyping data) as its breeding database exports them for a MIAPPE-compliant
repository (N-Triples: one ``.nt`` file, full IRIs, no prefixes, IRIs minted by the database
with numeric ids, labels on most things).

The shape follows what such an export holds:

* **MIAPPE's PPEO ontology** (``http://purl.org/ppeo/PPEO.owl#``): investigations and studies
  (``ppeo:investigation``, ``ppeo:study``, yield trials and a disease nursery as subclasses
  of it) joined by ``ppeo:has_part`` from the investigation or ``ppeo:part_of`` from the
  study (declared inverses); ``ppeo:hasLocation``; a blank ``ppeo:experimental_design``
  record (RCBD or alpha-lattice, replicates, blocks per replicate); ``ppeo:factor`` treatments
  (nitrogen rate, irrigation regime, water regime) with ``ppeo:factor_value`` levels (Spanish
  labels on some); ``ppeo:observation_unit`` plots (plots, blocks, replicates as subclasses)
  with plot numbers, rows and columns (one study only a MIAPPE "spatial distribution" string),
  ``ppeo:part_of`` their block or replicate, the germplasm and the factor value;
* **Crop Ontology** trait dictionaries (``https://cropontology.org/rdf/CO_321:`` wheat,
  ``CO_322:`` maize): observed variables as trait + method + scale (plant height in cm,
  days to heading, grain yield in t/ha, thousand kernel weight, yellow rust and turcicum
  leaf blight scores on a 1-9 scale, anthesis-silking interval), trait classes, synonyms,
  method descriptions, scale units as **QUDT** units and scale limits;
* **SOSA** observations of the plots (``sosa:hasFeatureOfInterest``, or the plot's
  ``sosa:isFeatureOfInterestOf``: declared inverses), ``sosa:observedProperty`` the variable,
  ``sosa:hasSimpleResult`` an ``xsd:decimal`` and ``sosa:resultTime`` an ``xsd:date``;
* germplasm (``ppeo:biological_material``: wheat and maize varieties, breeding lines, inbred
  lines, hybrids in a class hierarchy) with the **Multi-Crop Passport Descriptors** as
  properties (``ACCENUMB`` accession numbers, ``ACCENAME``, ``INSTCODE`` / ``BREDCODE``
  institute codes, ``ANCEST`` pedigrees "JULIUS/BORLAUG 100", ``SAMPSTAT`` codes,
  ``ORIGCTY``, ``ACQDATE`` as "YYYYMMDD"), the parents of some crosses as links
  (``hasFemaleParent`` / ``hasMaleParent``), synonyms as ``skos:altLabel``, the breeder as an
  organization node on some, a line with no label (its accession number only);
* locations with **W3C geo** lat / long / alt on some and **GeoSPARQL** WKT geometries on
  others, altitudes, WRB soil types, the country (German, Spanish, French labels), the
  institute that runs them; weather stations (``sosa:Platform``) linked from the location or
  naming it (no declared inverse) with blank seasonal records (season, precipitation, mean
  temperature, frost days);
* people (**FOAF**: name, e-mail, affiliation; one catalogue-style label only) and
  institutes (**schema.org** names in several languages, acronyms, FAO WIEWS codes); who ran
  a study as a plain ``principalInvestigator`` / ``dataCurator`` link or as a blank contact
  record (person, role);
* the ontology terms used, some with labels, comments, domains and ranges.

Seeded, no network; rdflib. Run from the repository root:
``python bench/data/own/fieldtrials_make.py``.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
PPEO = Namespace("http://purl.org/ppeo/PPEO.owl#")
CO = "https://cropontology.org/rdf/"
SOSA = Namespace("http://www.w3.org/ns/sosa/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
GSP = Namespace("http://www.opengis.net/ont/geosparql#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
SCHEMA = Namespace("https://schema.org/")
MCPD = Namespace("https://purl.org/germplasm/mcpd#")
DB = "https://breedbase.lindenhof-pb.example.org/"
FT = Namespace(DB + "ontology#")
GN = "https://sws.geonames.org/"

_BLANKS = iter(range(1, 100000))


def bnode() -> BNode:
    """A blank node with a stable id, so that the dump is the same on each run."""
    return BNode(f"b{next(_BLANKS)}")


def node(kind: str, nid: object) -> URIRef:
    """An IRI the database mints: ``<DB>/<kind>/<id>``."""
    return URIRef(f"{DB}{kind}/{nid}")


def co(term: str) -> URIRef:
    return URIRef(CO + term)


def dec(x: float | str) -> Literal:
    return Literal(str(x), datatype=XSD.decimal)


def date(s: str) -> Literal:
    return Literal(s, datatype=XSD.date)


def integer(n: int) -> Literal:
    return Literal(str(n), datatype=XSD.integer)


# ------------------------------------------------------------------ vocabulary
# class -> (superclass, label, comment)
CLASSES = {
    FT.YieldTrial: (
        PPEO.study,
        "Yield trial",
        "A replicated trial comparing the yield of entries.",
    ),
    FT.DiseaseNursery: (PPEO.study, "Disease screening nursery", ""),
    FT.Plot: (PPEO.observation_unit, "Plot", ""),
    FT.Block: (PPEO.observation_unit, "Incomplete block", ""),
    FT.Replicate: (PPEO.observation_unit, "Replicate", ""),
    FT.Variety: (PPEO.biological_material, "Variety", "A released cultivar."),
    FT.WheatVariety: (FT.Variety, "Wheat variety", ""),
    FT.MaizeHybrid: (FT.Variety, "Maize hybrid", "A single-cross hybrid of two inbred lines."),
    FT.BreedingLine: (
        PPEO.biological_material,
        "Breeding line",
        "An advanced line not yet released.",
    ),
    FT.InbredLine: (FT.BreedingLine, "Inbred line", ""),
    FT.WeatherStation: (SOSA.Platform, "Weather station", ""),
    FT.Season: (None, "Season", "A growing season of the programme."),
    FT.StudyContact: (None, "", ""),
}
# property -> (label, comment, domain, range)
PROPS = {
    PPEO.has_part: ("has part", "", None, None),
    PPEO.part_of: ("part of", "", None, None),
    PPEO.hasLocation: ("has location", "The site where the study was conducted.", PPEO.study, None),
    PPEO.hasBiologicalMaterial: (
        "has biological material",
        "",
        PPEO.observation_unit,
        PPEO.biological_material,
    ),
    PPEO.hasFactorValue: (
        "has factor value",
        "The treatment level the unit received.",
        None,
        PPEO.factor_value,
    ),
    PPEO.hasTrait: ("has trait", "", PPEO.observed_variable, PPEO.trait),
    PPEO.hasMethod: ("has method", "", PPEO.observed_variable, PPEO.method),
    PPEO.hasScale: ("has scale", "", PPEO.observed_variable, PPEO.scale),
    MCPD.ACCENUMB: (
        "accession number",
        "The unique identifier of the accession in the genebank or breeding database.",
        None,
        None,
    ),
    MCPD.ACCENAME: (
        "accession name",
        "The registered or other formal designation of the accession.",
        None,
        None,
    ),
    MCPD.ANCEST: (
        "ancestral data",
        "Pedigree or other description of ancestral information, e.g. parents of a cross.",
        None,
        None,
    ),
    MCPD.BREDCODE: (
        "breeding institute code",
        "FAO WIEWS code of the institute that bred the material.",
        None,
        None,
    ),
    MCPD.INSTCODE: ("", "", None, None),
    MCPD.SAMPSTAT: ("biological status of accession", "", None, None),
    MCPD.ORIGCTY: ("country of origin", "", None, None),
    FT.hasFemaleParent: (
        "female parent",
        "The seed parent of a cross.",
        PPEO.biological_material,
        PPEO.biological_material,
    ),
    FT.hasMaleParent: (
        "male parent",
        "The pollen parent of a cross.",
        PPEO.biological_material,
        PPEO.biological_material,
    ),
    FT.bredBy: ("bred by", "", PPEO.biological_material, SCHEMA.Organization),
    FT.releaseYear: ("year of release", "", None, None),
    FT.soilType: ("soil type", "WRB reference soil group of the site.", None, None),
    FT.operatedBy: ("operated by", "", None, None),
    FT.hasWeatherStation: ("weather station", "", None, FT.WeatherStation),
    FT.stationFor: ("", "", FT.WeatherStation, None),
    FT.season: ("season", "", None, FT.Season),
    FT.totalPrecipitation: (
        "total precipitation (mm)",
        "Precipitation summed over the season.",
        None,
        None,
    ),
    FT.meanTemperature: ("mean air temperature (°C)", "", None, None),
    FT.frostDays: ("frost days", "", None, None),
    FT.principalInvestigator: ("principal investigator", "", PPEO.study, FOAF.Person),
    FT.dataCurator: ("data curator", "", None, FOAF.Person),
    FT.plotNumber: ("plot number", "", FT.Plot, None),
    FT.row: ("row", "", None, None),
    FT.column: ("column", "", None, None),
    FT.numberOfReplicates: ("number of replicates", "", None, None),
    FT.blocksPerReplicate: ("blocks per replicate", "", None, None),
    FT.plotArea: ("harvested plot area (m²)", "", None, None),
    FT.sowingDate: ("sowing date", "", None, None),
    FT.traitClass: ("trait class", "", PPEO.trait, None),
    FT.nitrogenRate: ("nitrogen rate (kg N/ha)", "", PPEO.factor_value, None),
}


def ontology(g: Graph) -> None:
    for c, (sup, lab, com) in CLASSES.items():
        g.add((c, RDF.type, OWL.Class))
        if sup is not None:
            g.add((c, RDFS.subClassOf, sup))
        if lab:
            g.add((c, RDFS.label, Literal(lab, lang="en")))
        if com:
            g.add((c, RDFS.comment, Literal(com, lang="en")))
    for c, lab in (
        (PPEO.investigation, "investigation"),
        (PPEO.study, "study"),
        (PPEO.observation_unit, "observation unit"),
        (PPEO.observed_variable, "observed variable"),
        (PPEO.trait, "trait"),
        (PPEO.method, "method"),
        (PPEO.scale, "scale"),
        (PPEO.biological_material, "biological material"),
        (PPEO.experimental_design, "experimental design"),
        (PPEO.factor, "experimental factor"),
        (PPEO.factor_value, "factor value"),
    ):
        g.add((c, RDF.type, OWL.Class))
        g.add((c, RDFS.label, Literal(lab, lang="en")))
    for p, (lab, com, dom, rng) in PROPS.items():
        g.add(
            (
                p,
                RDF.type,
                OWL.ObjectProperty
                if rng is not None or p in (PPEO.has_part, PPEO.part_of)
                else OWL.DatatypeProperty,
            )
        )
        if lab:
            g.add((p, RDFS.label, Literal(lab, lang="en")))
        if com:
            g.add((p, RDFS.comment, Literal(com, lang="en")))
        if dom is not None:
            g.add((p, RDFS.domain, dom))
        if rng is not None:
            g.add((p, RDFS.range, rng))
    g.add((PPEO.part_of, OWL.inverseOf, PPEO.has_part))
    g.add((SOSA.isFeatureOfInterestOf, OWL.inverseOf, SOSA.hasFeatureOfInterest))
    g.add((SOSA.hasFeatureOfInterest, RDFS.label, Literal("has feature of interest", lang="en")))
    g.add((SOSA.observedProperty, RDFS.label, Literal("observed property", lang="en")))
    g.add((SOSA.hasSimpleResult, RDFS.label, Literal("has simple result", lang="en")))
    g.add((SOSA.resultTime, RDFS.label, Literal("result time", lang="en")))


# ------------------------------------------------------------------ data
# key -> (id, names, acronym, WIEWS code, city)
ORGS = {
    "LIN": (
        101,
        {
            "en": "Lindenhof Institute of Plant Breeding",
            "de": "Institut für Pflanzenzüchtung Lindenhof",
        },
        "IPZL",
        "DEU271",
        "Braunschweig",
    ),
    "CIM": (
        102,
        {
            "en": "International Maize and Wheat Improvement Center",
            "es": "Centro Internacional de Mejoramiento de Maíz y Trigo",
        },
        "CIMMYT",
        "MEX002",
        "Texcoco",
    ),
    "KAL": (
        103,
        {"en": "Kenya Agricultural and Livestock Research Organization"},
        "KALRO",
        "KEN212",
        "Nairobi",
    ),
    "INR": (
        104,
        {
            "fr": "Institut national de recherche pour l'agriculture, l'alimentation et l'environnement"
        },
        "INRAE",
        "FRA179",
        "Paris",
    ),
    "KWS": (105, {"en": "KWS SAAT SE & Co. KGaA"}, "KWS", "DEU419", "Einbeck"),
    "DSV": (106, {"de": "Deutsche Saatveredelung AG"}, "DSV", "DEU436", "Lippstadt"),
    "RAG": (107, {"fr": "RAGT 2n"}, "RAGT", "FRA215", "Rodez"),
    "SEC": (108, {"en": "Seed Co Limited"}, "Seed Co", "ZWE033", "Harare"),
}
# key -> (geonames id, names, ISO code)
COUNTRIES = {
    "DE": (2921044, {"en": "Germany", "de": "Deutschland"}),
    "FR": (3017382, {"en": "France", "fr": "France"}),
    "MX": (3996063, {"en": "Mexico", "es": "México"}),
    "KE": (192950, {"en": "Kenya"}),
}
# key -> (id, english label, other label, country, lat, long, alt, soil, geometry style, operator, station)
LOCATIONS = {
    "LIN": (
        7,
        "Lindenhof experimental field",
        ("Versuchsfeld Lindenhof", "de"),
        "DE",
        "52.3121",
        "10.4417",
        112,
        "Haplic Luvisol",
        "wgs",
        "LIN",
        ("Lindenhof weather station", "Wetterstation Lindenhof"),
    ),
    "HOH": (
        8,
        "Hohenthurm field station",
        ("Feldstation Hohenthurm", "de"),
        "DE",
        "51.5519",
        "12.0847",
        98,
        "Haplic Chernozem",
        "wkt",
        "LIN",
        ("Hohenthurm weather station", ""),
    ),
    "MON": (
        11,
        "",
        ("Station expérimentale de Mons-en-Chaussée", "fr"),
        "FR",
        "49.8753",
        "3.0284",
        88,
        "Luvisol",
        "wkt",
        "INR",
        ("", "Station météo Mons"),
    ),
    "BAT": (
        21,
        "El Batán experiment station",
        ("Campo Experimental El Batán", "es"),
        "MX",
        "19.5312",
        "-98.8464",
        2249,
        "Phaeozem",
        "wgs",
        "CIM",
        ("El Batán weather station", ""),
    ),
    "OBR": (
        22,
        "Norman E. Borlaug Experiment Station",
        ("Campo Experimental Norman E. Borlaug", "es"),
        "MX",
        "27.3697",
        "-109.9289",
        38,
        "Vertisol",
        "wkt",
        "CIM",
        ("CENEB weather station", ""),
    ),
    "KIB": (
        31,
        "Kiboko Research Station",
        None,
        "KE",
        "-2.2167",
        "37.7167",
        975,
        "Lixisol",
        "wgs",
        "KAL",
        ("Kiboko weather station", ""),
    ),
    "TLA": (
        23,
        "Tlaltizapán experiment station",
        ("Campo Experimental Tlaltizapán", "es"),
        "MX",
        "18.6833",
        "-99.1333",
        940,
        "Vertisol",
        "wgs",
        "CIM",
        None,
    ),
}
LOCATION_ALIASES = {"OBR": "CENEB", "BAT": "CIMMYT El Batán"}
# key -> (id, label, start, end)
SEASONS = {
    "W2324": (1, "2023/24 winter wheat season", "2023-09-15", "2024-08-15"),
    "W2425": (2, "2024/25 winter wheat season", "2024-09-15", "2025-08-15"),
    "Y2324": (3, "Y23-24 Obregón cycle", "2023-11-15", "2024-05-15"),
    "S2024": (4, "2024 summer rainy season", "2024-05-15", "2024-11-30"),
    "LR2024": (5, "2024 long rains", "2024-03-01", "2024-08-31"),
}
# station location -> [(season, precipitation mm, mean temperature, frost days)]
WEATHER = {
    "LIN": [("W2324", "612.4", "10.2", 48), ("W2425", "498.7", "10.9", 39)],
    "HOH": [("W2324", "431.9", "10.6", 52)],
    "MON": [("W2324", "705.3", "11.1", 31)],
    "BAT": [("S2024", "584.0", "15.8", 4)],
    "OBR": [("Y2324", "38.5", "19.7", 0)],
    "KIB": [("LR2024", "287.6", "23.4", 0)],
}

# key -> (id, name (empty: a catalogue label only), e-mail, affiliation, title)
PEOPLE = {
    "vogt": (14, "Katharina Vogt", "k.vogt@ipz-lindenhof.example.org", "LIN", "Dr."),
    "albrecht": (15, "Jonas Albrecht", "j.albrecht@ipz-lindenhof.example.org", "LIN", ""),
    "herrera": (21, "Miguel Ángel Herrera Ortiz", "m.herrera@cimmyt.example.org", "CIM", "Dr."),
    "fernandez": (22, "", "l.fernandez@cimmyt.example.org", "CIM", ""),
    "mwangi": (31, "Aisha Wanjiru Mwangi", "a.mwangi@kalro.example.org", "KAL", "Dr."),
    "lemaire": (41, "Pierre-Yves Lemaire", "pierre-yves.lemaire@inrae.example.org", "INR", ""),
}
PERSON_LABEL = {"fernandez": "Fernández, Lucía"}

# key -> (gid, class, label, accession, ACCENAME, pedigree, female, male, BREDCODE, bredBy, SAMPSTAT, ORIGCTY, release year, synonyms, ACQDATE)
GERMPLASM = {
    "julius": (
        10211,
        FT.WheatVariety,
        "Julius",
        "LH-W-0011",
        "JULIUS",
        "",
        "",
        "",
        "DEU419",
        "KWS",
        "500",
        "DEU",
        2008,
        (),
        "20090312",
    ),
    "patras": (
        10212,
        FT.WheatVariety,
        "Patras",
        "LH-W-0012",
        "PATRAS",
        "",
        "",
        "",
        "DEU436",
        "DSV",
        "500",
        "DEU",
        2012,
        (),
        "",
    ),
    "tobak": (
        10213,
        FT.WheatVariety,
        "Tobak",
        "LH-W-0013",
        "TOBAK",
        "",
        "",
        "",
        "DEU436",
        "",
        "500",
        "DEU",
        2011,
        (),
        "",
    ),
    "reform": (
        10214,
        FT.WheatVariety,
        "RGT Reform",
        "LH-W-0014",
        "RGT REFORM",
        "",
        "",
        "",
        "FRA215",
        "RAG",
        "500",
        "FRA",
        2014,
        ("Reform",),
        "",
    ),
    "apache": (
        10215,
        FT.WheatVariety,
        "Apache",
        "LH-W-0015",
        "APACHE",
        "",
        "",
        "",
        "FRA215",
        "",
        "500",
        "FRA",
        1998,
        (),
        "",
    ),
    "borlaug": (
        10221,
        FT.WheatVariety,
        "Borlaug 100",
        "CWI 1001",
        "BORLAUG100 F2014",
        "SOKOLL//PUBW65/2*TACUPETO F2001",
        "",
        "",
        "MEX002",
        "CIM",
        "500",
        "MEX",
        2014,
        ("Borlaug100",),
        "20170905",
    ),
    "kachu": (
        10222,
        FT.WheatVariety,
        "Kachu",
        "CWI 1002",
        "KACHU #1",
        "KIRITATI//PBW65/2*SERI.1B",
        "",
        "",
        "MEX002",
        "CIM",
        "500",
        "MEX",
        2010,
        ("Kachu #1", "Kachu-1"),
        "",
    ),
    "reedling": (
        10223,
        FT.WheatVariety,
        "Reedling",
        "CWI 1003",
        "REEDLING #1",
        "",
        "",
        "",
        "MEX002",
        "",
        "500",
        "MEX",
        2012,
        ("Reedling #1",),
        "",
    ),
    "lh0412": (
        10301,
        FT.BreedingLine,
        "LH-19-0412",
        "LH-W-0301",
        "",
        "JULIUS/BORLAUG 100",
        "julius",
        "borlaug",
        "DEU271",
        "LIN",
        "400",
        "DEU",
        0,
        (),
        "20190820",
    ),
    "lh0577": (
        10302,
        FT.BreedingLine,
        "LH-19-0577",
        "LH-W-0302",
        "",
        "PATRAS/KACHU",
        "patras",
        "kachu",
        "DEU271",
        "LIN",
        "400",
        "DEU",
        0,
        (),
        "",
    ),
    "lh0133": (
        10303,
        FT.BreedingLine,
        "LH-20-0133",
        "LH-W-0303",
        "",
        "LH-19-0412/TOBAK",
        "lh0412",
        "tobak",
        "DEU271",
        "LIN",
        "400",
        "DEU",
        0,
        ("Lindenhof 133",),
        "",
    ),
    "lh0208": (
        10304,
        FT.BreedingLine,
        "LH-20-0208",
        "LH-W-0304",
        "",
        "RGT REFORM/KACHU",
        "",
        "",
        "DEU271",
        "",
        "400",
        "DEU",
        0,
        (),
        "",
    ),
    "lh0219": (
        10305,
        FT.BreedingLine,
        "",
        "LH-W-0305",
        "",
        "APACHE/REEDLING",
        "apache",
        "reedling",
        "DEU271",
        "",
        "400",
        "DEU",
        0,
        (),
        "",
    ),
    "cml442": (
        20101,
        FT.InbredLine,
        "CML442",
        "CMZ 0442",
        "CML442",
        "",
        "",
        "",
        "MEX002",
        "CIM",
        "400",
        "MEX",
        0,
        (),
        "",
    ),
    "cml444": (
        20102,
        FT.InbredLine,
        "CML444",
        "CMZ 0444",
        "CML444",
        "",
        "",
        "",
        "MEX002",
        "CIM",
        "400",
        "MEX",
        0,
        (),
        "",
    ),
    "cml312": (
        20103,
        FT.InbredLine,
        "CML312",
        "CMZ 0312",
        "CML312",
        "",
        "",
        "",
        "MEX002",
        "CIM",
        "400",
        "MEX",
        0,
        (),
        "",
    ),
    "cml395": (
        20104,
        FT.InbredLine,
        "CML395",
        "CMZ 0395",
        "CML395",
        "",
        "",
        "",
        "MEX002",
        "",
        "400",
        "MEX",
        0,
        (),
        "",
    ),
    "we1101": (
        20201,
        FT.MaizeHybrid,
        "WE1101",
        "KMZ 1101",
        "WE1101",
        "CML442/CML444",
        "cml442",
        "cml444",
        "MEX002",
        "CIM",
        "500",
        "KEN",
        2013,
        ("DroughtTEGO WE1101",),
        "",
    ),
    "h614d": (
        20202,
        FT.MaizeHybrid,
        "H614D",
        "KMZ 0614",
        "H614D",
        "",
        "",
        "",
        "KEN212",
        "KAL",
        "500",
        "KEN",
        1986,
        ("H614",),
        "",
    ),
    "duma43": (
        20203,
        FT.MaizeHybrid,
        "SC Duma 43",
        "KMZ 0043",
        "SC DUMA 43",
        "",
        "",
        "",
        "ZWE033",
        "SEC",
        "500",
        "ZWE",
        2009,
        ("Duma 43",),
        "",
    ),
    "ckh21": (
        20204,
        FT.MaizeHybrid,
        "CKH21-0087",
        "KMZ 2187",
        "",
        "CML312/CML395",
        "cml312",
        "cml395",
        "MEX002",
        "CIM",
        "400",
        "MEX",
        0,
        (),
        "",
    ),
}
WHEAT = (
    "julius",
    "patras",
    "tobak",
    "reform",
    "apache",
    "borlaug",
    "kachu",
    "reedling",
    "lh0412",
    "lh0577",
    "lh0133",
    "lh0208",
    "lh0219",
)
SPECIES = {"wheat": ("Triticum", "aestivum"), "maize": ("Zea", "mays")}

# variable key -> (ontology, variable id, name, trait (id, label, synonyms, class, description),
#                  method (id, label or "", description), scale (id, label, unit, min, max), lo, hi, digits)
VARIABLES = {
    "PH": (
        "CO_321",
        "0000502",
        "PH_M_cm",
        (
            "0000020",
            "Plant height",
            ("PH",),
            "Morphological",
            "Height of the plant canopy at maturity.",
        ),
        (
            "0001020",
            "Plant height measurement",
            "Measured from the soil surface to the tip of the spike, awns excluded.",
        ),
        ("0002020", "cm", UNIT.CentiM, 30, 200),
        72,
        108,
        0,
    ),
    "DH": (
        "CO_321",
        "0000503",
        "DH_Cnt_d",
        (
            "0000021",
            "Days to heading",
            ("Heading date", "DTH"),
            "Phenological",
            "Days from sowing until half of the spikes have emerged.",
        ),
        (
            "0001021",
            "",
            "Count days from sowing until 50% of spikes are fully emerged from the flag leaf.",
        ),
        ("0002021", "day", UNIT.DAY, 40, 260),
        72,
        94,
        0,
    ),
    "GY": (
        "CO_321",
        "0000504",
        "GY_Calc_tha",
        (
            "0000013",
            "Grain yield",
            ("Yield",),
            "Agronomic",
            "Grain weight harvested per unit area.",
        ),
        (
            "0001013",
            "Grain yield computation",
            "Plot grain weight adjusted to 12% moisture and converted to tonnes per hectare.",
        ),
        ("0002013", "t/ha", UNIT["TONNE-PER-HA"], 0, 15),
        5.2,
        10.4,
        2,
    ),
    "TKW": (
        "CO_321",
        "0000505",
        "TKW_M_g",
        ("0000016", "Thousand kernel weight", ("TKW", "Thousand grain weight"), "Agronomic", ""),
        (
            "0001016",
            "Thousand kernel weight measurement",
            "Weigh 1000 kernels counted by a seed counter.",
        ),
        ("0002016", "g", UNIT.GM, 20, 70),
        36,
        52,
        1,
    ),
    "YR": (
        "CO_321",
        "0000506",
        "YR_Sev_1to9",
        (
            "0000310",
            "Yellow rust severity",
            ("Stripe rust", "Gelbrost"),
            "Biotic stress",
            "Severity of Puccinia striiformis infection on the flag leaf.",
        ),
        (
            "0001310",
            "Yellow rust visual scoring",
            "Visual assessment of the flag leaf at early dough stage.",
        ),
        ("0002310", "1-9 disease score", UNIT.UNITLESS, 1, 9),
        1,
        9,
        -1,
    ),
    "MGY": (
        "CO_322",
        "0000401",
        "GYM_Calc_tha",
        ("0000014", "Grain yield", ("Maize grain yield",), "Agronomic", ""),
        (
            "0001014",
            "Shelled grain yield computation",
            "Shelled grain weight at 15% moisture, converted to tonnes per hectare.",
        ),
        ("0002014", "t/ha", UNIT["TONNE-PER-HA"], 0, 18),
        2.1,
        8.9,
        2,
    ),
    "ASI": (
        "CO_322",
        "0000402",
        "ASI_Calc_d",
        (
            "0000028",
            "Anthesis-silking interval",
            ("ASI",),
            "Phenological",
            "Days between anthesis and silking; a longer interval indicates drought stress.",
        ),
        ("0001028", "ASI calculation", "Days to silking minus days to anthesis."),
        ("0002028", "day", UNIT.DAY, -5, 20),
        1,
        9,
        0,
    ),
    "TLB": (
        "CO_322",
        "0000403",
        "TLB_Sev_1to9",
        (
            "0000045",
            "Turcicum leaf blight severity",
            ("Northern corn leaf blight", "NCLB"),
            "Biotic stress",
            "",
        ),
        (
            "0001045",
            "Turcicum leaf blight visual scoring",
            "Visual score of the ear leaf three weeks after flowering.",
        ),
        ("0002045", "1-9 disease score", UNIT.UNITLESS, 1, 9),
        1,
        8,
        -1,
    ),
}

# study key -> (id, class, label, investigation, link (has_part/part_of), location, season,
#   design (type, description, reps, blocks per rep), entries, variables, factor (name, [(value label, es label, N rate)]),
#   PI (person, plain/contact), curator, start, end, sowing, plot area, crop, spatial style)
STUDIES = {
    "WYT-LIN-2324": (
        1042,
        FT.YieldTrial,
        "Wheat yield trial Lindenhof 2023/24",
        "INV1",
        "has_part",
        "LIN",
        "W2324",
        ("RCBD", "randomized complete block design", 3, 0),
        ("julius", "patras", "lh0412", "lh0577"),
        ("PH", "GY"),
        None,
        ("vogt", "plain"),
        "albrecht",
        "2023-10-05",
        "2024-08-02",
        "2023-10-05",
        "7.5",
        "winter wheat",
        "rc",
    ),
    "WYT-HOH-2324": (
        1043,
        FT.YieldTrial,
        "Wheat yield trial Hohenthurm 2023/24",
        "INV1",
        "has_part",
        "HOH",
        "W2324",
        ("RCBD", "randomized complete block design", 3, 0),
        ("julius", "tobak", "lh0412", "lh0208"),
        ("PH", "GY"),
        None,
        ("vogt", "contact"),
        "albrecht",
        "2023-10-09",
        "2024-07-30",
        "2023-10-09",
        "7.5",
        "winter wheat",
        "rc",
    ),
    "WYT-MON-2324": (
        1044,
        FT.YieldTrial,
        "Essai rendement blé Mons 2023/24",
        "INV1",
        "has_part",
        "MON",
        "W2324",
        ("alpha-lattice", "alpha-lattice design with incomplete blocks", 2, 3),
        ("apache", "reform", "lh0412", "lh0577", "lh0219", "patras"),
        ("GY", "TKW"),
        None,
        ("lemaire", "contact"),
        "",
        "2023-10-12",
        "2024-07-25",
        "2023-10-12",
        "10.0",
        "winter wheat",
        "spatial",
    ),
    "WYT-LIN-2425": (
        1051,
        FT.YieldTrial,
        "Nitrogen response trial Lindenhof 2024/25",
        "INV1",
        "part_of",
        "LIN",
        "W2425",
        ("RCBD", "split-plot in randomized complete blocks, nitrogen on main plots", 2, 0),
        ("julius", "lh0133", "lh0577"),
        ("GY", "PH"),
        ("Nitrogen rate", [("N0 (no nitrogen)", "", "0"), ("N160 (160 kg N/ha)", "", "160")]),
        ("vogt", "plain"),
        "albrecht",
        "2024-10-02",
        "2025-08-04",
        "2024-10-02",
        "7.5",
        "winter wheat",
        "rc",
    ),
    "ESWYT-OBR-2324": (
        1061,
        FT.YieldTrial,
        "Elite spring wheat yield trial Obregón Y23-24",
        "INV1",
        "part_of",
        "OBR",
        "Y2324",
        ("alpha-lattice", "alpha-lattice design with incomplete blocks", 2, 2),
        ("borlaug", "kachu", "reedling"),
        ("GY", "DH"),
        (
            "Irrigation regime",
            [
                ("full irrigation", "riego completo", ""),
                ("reduced irrigation", "riego reducido", ""),
            ],
        ),
        ("herrera", "plain"),
        "fernandez",
        "2023-11-28",
        "2024-04-30",
        "2023-11-28",
        "6.0",
        "spring wheat",
        "rc",
    ),
    "YR-BAT-2024": (
        1062,
        FT.DiseaseNursery,
        "Yellow rust screening nursery El Batán 2024",
        "INV3",
        "has_part",
        "BAT",
        "S2024",
        ("RCBD", "randomized complete block design", 2, 0),
        ("borlaug", "kachu", "reedling", "lh0412", "lh0577", "apache"),
        ("YR", "DH"),
        None,
        ("herrera", "contact"),
        "fernandez",
        "2024-06-03",
        "2024-10-18",
        "2024-06-03",
        "1.5",
        "bread wheat",
        "rc",
    ),
    "MDT-KIB-2024": (
        1071,
        FT.YieldTrial,
        "Managed drought trial Kiboko 2024",
        "INV2",
        "has_part",
        "KIB",
        "LR2024",
        ("alpha-lattice", "alpha-lattice design with incomplete blocks", 2, 2),
        ("we1101", "h614d", "duma43"),
        ("MGY", "ASI"),
        ("Water regime", [("well-watered", "", ""), ("managed drought stress", "", "")]),
        ("mwangi", "plain"),
        "",
        "2024-03-18",
        "2024-08-20",
        "2024-03-18",
        "11.25",
        "maize",
        "rc",
    ),
    "MDT-TLA-2024": (
        1072,
        FT.YieldTrial,
        "Maize hybrid trial Tlaltizapán 2024",
        "INV2",
        "part_of",
        "TLA",
        "S2024",
        ("RCBD", "randomized complete block design", 3, 0),
        ("we1101", "ckh21", "cml442", "duma43"),
        ("MGY", "TLB"),
        None,
        ("herrera", "contact"),
        "fernandez",
        "2024-06-10",
        "2024-11-22",
        "2024-06-10",
        "11.25",
        "maize",
        "rc",
    ),
}
# key -> (id, label, other label, description, PI, start, end)
INVESTIGATIONS = {
    "INV1": (
        3,
        "Wheat Yield Trial Network 2023-2025",
        ("Weizen-Leistungsprüfungsnetz 2023-2025", "de"),
        "Multi-location evaluation of winter and spring wheat lines for yield and nitrogen response.",
        "vogt",
        "2023-09-01",
        "2025-12-31",
    ),
    "INV2": (
        4,
        "Maize Drought Tolerance Evaluation 2024",
        ("Evaluación de tolerancia a sequía en maíz 2024", "es"),
        "Evaluation of drought-tolerant maize hybrids under managed stress in Kenya and Mexico.",
        "mwangi",
        "2024-01-15",
        "2024-12-31",
    ),
    "INV3": (
        5,
        "Yellow Rust Resistance Screening 2024",
        None,
        "",
        "herrera",
        "2024-05-01",
        "2024-12-15",
    ),
}


def build() -> Graph:
    rnd = random.Random(57)
    g = Graph()
    ontology(g)

    orgs = {}
    for k, (oid, names, acro, code, city) in ORGS.items():
        o = node("institute", oid)
        orgs[k] = o
        g.add((o, RDF.type, SCHEMA.Organization))
        g.add((o, RDF.type, FOAF.Organization))
        for lang, text in names.items():
            g.add((o, SCHEMA.name, Literal(text, lang=lang)))
        g.add((o, SCHEMA.alternateName, Literal(acro)))
        g.add((o, MCPD.INSTCODE, Literal(code)))
        addr = bnode()
        g.add((o, SCHEMA.address, addr))
        g.add((addr, RDF.type, SCHEMA.PostalAddress))
        g.add((addr, SCHEMA.addressLocality, Literal(city)))

    countries = {}
    for k, (gid, names) in COUNTRIES.items():
        c = URIRef(f"{GN}{gid}/")
        countries[k] = c
        g.add((c, RDF.type, SCHEMA.Country))
        for lang, text in names.items():
            g.add((c, RDFS.label, Literal(text, lang=lang)))
        g.add((c, SCHEMA.identifier, Literal(k)))

    people = {}
    for k, (pid, name, mail, aff, title) in PEOPLE.items():
        p = node("person", pid)
        people[k] = p
        g.add((p, RDF.type, FOAF.Person))
        if name:
            g.add((p, FOAF.name, Literal(name)))
        else:
            g.add((p, RDFS.label, Literal(PERSON_LABEL[k])))
        g.add((p, FOAF.mbox, URIRef("mailto:" + mail)))
        if title:
            g.add((p, FOAF.title, Literal(title)))
        g.add((p, SCHEMA.affiliation, orgs[aff]))

    seasons = {}
    for k, (sid, lab, start, end) in SEASONS.items():
        s = node("season", sid)
        seasons[k] = s
        g.add((s, RDF.type, FT.Season))
        g.add((s, RDFS.label, Literal(lab, lang="en")))
        g.add((s, SCHEMA.startDate, date(start)))
        g.add((s, SCHEMA.endDate, date(end)))

    locs = {}
    for i, (k, (lid, en, other, cc, lat, lon, alt, soil, geom, op, station)) in enumerate(
        LOCATIONS.items()
    ):
        loc = node("location", lid)
        locs[k] = loc
        g.add((loc, RDF.type, SCHEMA.Place))
        g.add((loc, RDF.type, GSP.Feature))
        if en:
            g.add((loc, RDFS.label, Literal(en, lang="en")))
        if other:
            g.add((loc, RDFS.label, Literal(other[0], lang=other[1])))
        if k in LOCATION_ALIASES:
            g.add((loc, SKOS.altLabel, Literal(LOCATION_ALIASES[k])))
        g.add((loc, SCHEMA.containedInPlace, countries[cc]))
        if geom == "wgs":
            g.add((loc, GEO.lat, dec(lat)))
            g.add((loc, GEO.long, dec(lon)))
            g.add((loc, GEO.alt, dec(f"{alt}.0")))
        else:
            gm = bnode()
            g.add((loc, GSP.hasGeometry, gm))
            g.add((gm, RDF.type, GSP.Geometry))
            g.add((gm, GSP.asWKT, Literal(f"POINT({lon} {lat})", datatype=GSP.wktLiteral)))
            g.add((loc, SCHEMA.elevation, integer(alt)))
        g.add((loc, FT.soilType, Literal(soil, lang="en")))
        g.add((loc, FT.operatedBy, orgs[op]))
        if station is None:
            continue
        st = node("station", 900 + lid)
        g.add((st, RDF.type, FT.WeatherStation))
        if station[0]:
            g.add((st, RDFS.label, Literal(station[0], lang="en")))
        if station[1]:
            g.add((st, RDFS.label, Literal(station[1], lang="fr" if k == "MON" else "de")))
        g.add((st, SKOS.notation, Literal(f"WS-{lid:03d}")))
        if i % 2 == 0:
            g.add((loc, FT.hasWeatherStation, st))
        else:
            g.add((st, FT.stationFor, loc))
        for season, rain, temp, frost in WEATHER.get(k, []):
            rec = bnode()
            g.add((st, FT.seasonalSummary, rec))
            g.add((rec, FT.season, seasons[season]))
            g.add((rec, FT.totalPrecipitation, dec(rain)))
            g.add((rec, FT.meanTemperature, dec(temp)))
            g.add((rec, FT.frostDays, integer(frost)))

    germ = {}
    for k, row in GERMPLASM.items():
        germ[k] = node("germplasm", row[0])
    for k, (
        _gid,
        cls,
        lab,
        acc,
        accname,
        ped,
        fem,
        mal,
        bred,
        bredby,
        status,
        origin,
        year,
        syns,
        acq,
    ) in GERMPLASM.items():
        gm = germ[k]
        g.add((gm, RDF.type, cls))
        if lab:
            g.add((gm, RDFS.label, Literal(lab)))
        g.add((gm, MCPD.ACCENUMB, Literal(acc)))
        if accname:
            g.add((gm, MCPD.ACCENAME, Literal(accname)))
        if ped:
            g.add((gm, MCPD.ANCEST, Literal(ped)))
        if fem:
            g.add((gm, FT.hasFemaleParent, germ[fem]))
            g.add((gm, FT.hasMaleParent, germ[mal]))
        g.add((gm, MCPD.BREDCODE, Literal(bred)))
        g.add((gm, MCPD.INSTCODE, Literal("DEU271" if k in WHEAT else "MEX002")))
        if bredby:
            g.add((gm, FT.bredBy, orgs[bredby]))
        g.add((gm, MCPD.SAMPSTAT, Literal(status)))
        g.add((gm, MCPD.ORIGCTY, Literal(origin)))
        genus, species = SPECIES["wheat" if k in WHEAT else "maize"]
        g.add((gm, MCPD.GENUS, Literal(genus)))
        g.add((gm, MCPD.SPECIES, Literal(species)))
        if year:
            g.add((gm, FT.releaseYear, Literal(str(year), datatype=XSD.gYear)))
        for s in syns:
            g.add((gm, SKOS.altLabel, Literal(s)))
        if acq:
            g.add((gm, MCPD.ACQDATE, Literal(acq)))

    variables = {}
    for k, (ont, vid, name, trait, method, scale, _lo, _hi, _d) in VARIABLES.items():
        v = co(f"{ont}:{vid}")
        variables[k] = v
        g.add((v, RDF.type, PPEO.observed_variable))
        g.add((v, RDFS.label, Literal(name)))
        tid, tlab, tsyn, tclass, tdesc = trait
        t = co(f"{ont}:{tid}")
        g.add((v, PPEO.hasTrait, t))
        g.add((t, RDF.type, PPEO.trait))
        g.add((t, RDFS.label, Literal(tlab, lang="en")))
        for s in tsyn:
            g.add((t, SKOS.altLabel, Literal(s, lang="de" if s == "Gelbrost" else "en")))
        g.add((t, FT.traitClass, Literal(tclass)))
        if tdesc:
            g.add((t, RDFS.comment, Literal(tdesc, lang="en")))
        mid, mlab, mdesc = method
        m = co(f"{ont}:{mid}")
        g.add((v, PPEO.hasMethod, m))
        g.add((m, RDF.type, PPEO.method))
        if mlab:
            g.add((m, RDFS.label, Literal(mlab, lang="en")))
        g.add((m, RDFS.comment, Literal(mdesc, lang="en")))
        sid, slab, unit, smin, smax = scale
        s_ = co(f"{ont}:{sid}")
        g.add((v, PPEO.hasScale, s_))
        g.add((s_, RDF.type, PPEO.scale))
        g.add((s_, RDFS.label, Literal(slab)))
        g.add((s_, QUDT.unit, unit))
        g.add((s_, FT.minimumValue, integer(smin)))
        g.add((s_, FT.maximumValue, integer(smax)))
    for u, lab in (
        (UNIT.CentiM, "centimetre"),
        (UNIT.DAY, "day"),
        (UNIT["TONNE-PER-HA"], "tonne per hectare"),
        (UNIT.GM, "gram"),
        (UNIT.UNITLESS, "unitless"),
        (UNIT["KiloGM-PER-HA"], "kilogram per hectare"),
    ):
        g.add((u, RDF.type, QUDT.Unit))
        g.add((u, RDFS.label, Literal(lab, lang="en")))

    invs = {}
    for k, (iid, lab, other, desc, pi, start, end) in INVESTIGATIONS.items():
        inv = node("investigation", iid)
        invs[k] = inv
        g.add((inv, RDF.type, PPEO.investigation))
        g.add((inv, DCTERMS.title, Literal(lab, lang="en")))
        if other:
            g.add((inv, DCTERMS.title, Literal(other[0], lang=other[1])))
        if desc:
            g.add((inv, DCTERMS.description, Literal(desc, lang="en")))
        g.add((inv, DCTERMS.creator, people[pi]))
        g.add((inv, SCHEMA.startDate, date(start)))
        g.add((inv, SCHEMA.endDate, date(end)))

    obs_id = iter(range(500001, 600000))
    unit_id = iter(range(88001, 99999))
    for code, (
        sid,
        cls,
        lab,
        inv,
        link,
        loc,
        season,
        design,
        entries,
        var_keys,
        factor,
        pi,
        curator,
        start,
        end,
        sowing,
        area,
        crop,
        spatial,
    ) in STUDIES.items():
        st = node("study", sid)
        g.add((st, RDF.type, cls))
        g.add((st, RDFS.label, Literal(lab, lang="fr" if loc == "MON" else "en")))
        g.add((st, SKOS.notation, Literal(code)))
        if link == "has_part":
            g.add((invs[inv], PPEO.has_part, st))
        else:
            g.add((st, PPEO.part_of, invs[inv]))
        g.add((st, PPEO.hasLocation, locs[loc]))
        g.add((st, FT.season, seasons[season]))
        g.add((st, SCHEMA.startDate, date(start)))
        g.add((st, SCHEMA.endDate, date(end)))
        g.add((st, FT.sowingDate, date(sowing)))
        g.add((st, FT.plotArea, dec(area)))
        g.add((st, FT.crop, Literal(crop, lang="en")))
        dtype, ddesc, reps, bpr = design
        d = bnode()
        g.add((st, PPEO.hasExperimentalDesign, d))
        g.add((d, RDF.type, PPEO.experimental_design))
        g.add((d, FT.designType, Literal(dtype)))
        g.add((d, DCTERMS.description, Literal(ddesc, lang="en")))
        g.add((d, FT.numberOfReplicates, integer(reps)))
        if bpr:
            g.add((d, FT.blocksPerReplicate, integer(bpr)))
        for vk in var_keys:
            g.add((st, PPEO.hasObservedVariable, variables[vk]))
        who, style = pi
        if style == "plain":
            g.add((st, FT.principalInvestigator, people[who]))
        else:
            c = bnode()
            g.add((st, PPEO.hasContact, c))
            g.add((c, RDF.type, FT.StudyContact))
            g.add((c, FT.person, people[who]))
            g.add((c, FT.role, Literal("principal investigator")))
        if curator:
            if style == "plain":
                g.add((st, FT.dataCurator, people[curator]))
            else:
                c = bnode()
                g.add((st, PPEO.hasContact, c))
                g.add((c, RDF.type, FT.StudyContact))
                g.add((c, FT.person, people[curator]))
                g.add((c, FT.role, Literal("data curator")))
        levels: list[URIRef | None] = [None]
        if factor is not None:
            fname, values = factor
            f = node("factor", sid)
            g.add((st, PPEO.hasFactor, f))
            g.add((f, RDF.type, PPEO.factor))
            g.add((f, RDFS.label, Literal(fname, lang="en")))
            levels = []
            for j, (vlab, es, rate) in enumerate(values):
                fv = node("factorvalue", sid * 10 + j + 1)
                levels.append(fv)
                g.add((f, PPEO.hasFactorValue, fv))
                g.add((fv, RDF.type, PPEO.factor_value))
                g.add((fv, RDFS.label, Literal(vlab, lang="en")))
                if es:
                    g.add((fv, RDFS.label, Literal(es, lang="es")))
                if rate:
                    g.add((fv, FT.nitrogenRate, dec(rate)))
                    g.add((fv, QUDT.unit, UNIT["KiloGM-PER-HA"]))
        # observation units: replicate -> (block) -> plot
        plot_no = 100
        for r in range(1, design[2] + 1):
            rep = node("obsunit", next(unit_id))
            g.add((rep, RDF.type, FT.Replicate))
            g.add((rep, RDFS.label, Literal(f"{code} rep {r}")))
            g.add((rep, PPEO.part_of, st))
            blocks = []
            for b in range(1, bpr + 1):
                blk = node("obsunit", next(unit_id))
                blocks.append(blk)
                g.add((blk, RDF.type, FT.Block))
                g.add((blk, RDFS.label, Literal(f"{code} rep {r} block {b}")))
                g.add((blk, PPEO.part_of, rep))
            treatments = [(e, lv) for lv in levels for e in entries]
            order = list(treatments)
            rnd.shuffle(order)
            plot_no = r * 100
            for n, (e, lv) in enumerate(order):
                plot_no += 1
                p = node("obsunit", next(unit_id))
                g.add((p, RDF.type, FT.Plot))
                if not (code == "WYT-HOH-2324" and plot_no == 105):
                    g.add((p, RDFS.label, Literal(f"{code}-P{plot_no}")))
                g.add((p, FT.plotNumber, integer(plot_no)))
                row, col = r, n + 1
                if spatial == "rc":
                    g.add((p, FT.row, integer(row)))
                    g.add((p, FT.column, integer(col)))
                else:
                    g.add((p, PPEO.spatialDistribution, Literal(f"row:{row};column:{col}")))
                parent = blocks[n * len(blocks) // len(order)] if blocks else rep
                g.add((p, PPEO.part_of, parent))
                g.add((p, PPEO.hasBiologicalMaterial, germ[e]))
                if lv is not None:
                    g.add((p, PPEO.hasFactorValue, lv))
                for vk in var_keys:
                    _ont, _vid, _name, _t, _m, _s, lo, hi, digits = VARIABLES[vk]
                    o = node("observation", next(obs_id))
                    g.add((o, RDF.type, SOSA.Observation))
                    if rnd.random() < 0.3:
                        g.add((p, SOSA.isFeatureOfInterestOf, o))
                    else:
                        g.add((o, SOSA.hasFeatureOfInterest, p))
                    g.add((o, SOSA.observedProperty, variables[vk]))
                    x = rnd.uniform(lo, hi)
                    if (
                        lv is not None
                        and levels.index(lv) == 0
                        and factor is not None
                        and vk in ("GY", "MGY")
                    ):
                        x *= 0.62 if factor[0] != "Irrigation regime" else 1.0
                    if (
                        lv is not None
                        and levels.index(lv) == 1
                        and factor is not None
                        and factor[0] == "Irrigation regime"
                        and vk == "GY"
                    ):
                        x *= 0.55
                    if (
                        lv is not None
                        and levels.index(lv) == 1
                        and factor is not None
                        and factor[0] == "Water regime"
                    ):
                        x = x * 0.45 if vk == "MGY" else x + 3
                    value = str(round(x)) if digits <= 0 else f"{x:.{digits}f}"
                    g.add((o, SOSA.hasSimpleResult, dec(value)))
                    # harvest traits on the harvest date, the rest scored in the field weeks before
                    when = (
                        end
                        if vk in ("GY", "MGY", "TKW")
                        else str(dt.date.fromisoformat(end) - dt.timedelta(days=45))
                    )
                    g.add((o, SOSA.resultTime, date(when)))
    return g


def main() -> None:
    g = build()
    lines = sorted(set(g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()))
    (HERE / "fieldtrials.nt").write_text("\n".join(x for x in lines if x) + "\n", encoding="utf-8")
    print(len(g), "triples")


if __name__ == "__main__":
    main()
