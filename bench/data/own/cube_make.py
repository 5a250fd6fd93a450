"""Write ``cube.ttl``: regional labour-market and population statistics in the W3C RDF Data Cube
vocabulary, as Eurostat's linked statistics and national statistics offices publish them.

Two ``qb:DataSet`` s of Eurostat's regional tables for Spain and Portugal:

- ``lfst_r_lfu3rt`` (unemployment rates by sex, age and NUTS 2 region, 2016-2022): one
  ``qb:Observation`` per area, year, sex and age class, the year as a reference.data.gov.uk
  interval IRI (``<http://reference.data.gov.uk/id/year/2019>``, unlabelled, as cubes cite them),
  the measure ``property#unemploymentRate`` (``xsd:decimal``), the unit
  (``sdmx-attribute:unitMeasure``) attached to the data set, an ``sdmx-attribute:obsStatus`` on
  some observations (the 2021 break in the labour force survey, low reliability for small
  samples), and time-series ``qb:Slice`` s with their ``qb:SliceKey``.
- ``demo_r_pjangroup`` (population on 1 January by age group, sex and NUTS 2 region, 2019-2023):
  the year an ``xsd:gYear`` literal, the measure ``property#population`` (``xsd:integer``), the
  unit attached to every observation, provisional (``p``) and break (``b``) flags.

Each data set has a ``qb:DataStructureDefinition`` with blank-node ``qb:ComponentSpecification`` s
(``qb:order``, ``qb:componentAttachment``); dimensions ``sdmx-dimension:refArea``, ``refPeriod``,
``sex`` (SDMX's cross-domain ``sdmx-code:sex-*`` codes) and Eurostat's ``property#age``; code
lists as ``skos:ConceptScheme`` s (Eurostat's dictionaries with English, German and French
``skos:prefLabel`` s, ``skos:notation`` codes). Areas are NUTS 2021 codes of the EU Publications
Office (``http://data.europa.eu/nuts/code/ES61``) with their national-language names, English
and co-official ones (``"Euskadi"@eu``, ``"Catalunya"@ca``) as ``skos:prefLabel``/``altLabel``,
``skos:broader`` from region to NUTS 1 group to country, and the publisher's own
``spatialrelations:within`` from each region to its country. Namesakes kept as NUTS has them
(the NUTS 1 and NUTS 2 "Comunidad de Madrid", "Canarias"). Country totals beside the regions.

Figures are near the published ones but not them. About 24,000 triples. Seeded; stdlib + rdflib.
Run from the repository root: ``python bench/data/own/cube_make.py``.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from rdflib import XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

QB = Namespace("http://purl.org/linked-data/cube#")
SDMXD = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMXM = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMXA = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
SDMXC = Namespace("http://purl.org/linked-data/sdmx/2009/code#")
SDMXCON = Namespace("http://purl.org/linked-data/sdmx/2009/concept#")
ESTAT = "http://eurostat.linked-statistics.org/"
PROP = Namespace(ESTAT + "property#")
DATA = Namespace(ESTAT + "data/")
DSD = Namespace(ESTAT + "dsd/")
AGE = Namespace(ESTAT + "dic/age#")
UNIT = Namespace(ESTAT + "dic/unit#")
STATUS = Namespace(ESTAT + "dic/obs_status#")
NUTS = Namespace("http://data.europa.eu/nuts/code/")
YEAR = Namespace("http://reference.data.gov.uk/id/year/")
SR = Namespace("http://data.ordnancesurvey.co.uk/ontology/spatialrelations/")
CORP = URIRef("http://publications.europa.eu/resource/authority/corporate-body/ESTAT")
DCAT = Namespace("http://www.w3.org/ns/dcat#")

# code, parent, {lang: prefLabel}, [altLabels]
COUNTRIES = [
    ("ES", None, {"es": "España", "en": "Spain"}, []),
    ("PT", None, {"pt": "Portugal", "en": "Portugal"}, []),
]
GROUPS = [
    ("ES1", "ES", {"es": "Noroeste", "en": "North-West"}, []),
    ("ES2", "ES", {"es": "Noreste", "en": "North-East"}, []),
    ("ES3", "ES", {"es": "Comunidad de Madrid", "en": "Community of Madrid"}, []),
    ("ES4", "ES", {"es": "Centro (ES)", "en": "Centre (ES)"}, []),
    ("ES5", "ES", {"es": "Este", "en": "East"}, []),
    ("ES6", "ES", {"es": "Sur", "en": "South"}, []),
    ("ES7", "ES", {"es": "Canarias", "en": "Canary Islands"}, []),
    ("PT1", "PT", {"pt": "Continente", "en": "Mainland Portugal"}, []),
    (
        "PT2",
        "PT",
        {"pt": "Região Autónoma dos Açores", "en": "Autonomous Region of the Azores"},
        [],
    ),
    ("PT3", "PT", {"pt": "Região Autónoma da Madeira", "en": "Autonomous Region of Madeira"}, []),
]
# code, parent, labels, altLabels, population 2019, unemployment rate 2019 (15-74, total)
REGIONS = [
    ("ES11", "ES1", {"es": "Galicia", "gl": "Galicia", "en": "Galicia"}, [], 2699499, 11.8),
    ("ES12", "ES1", {"es": "Principado de Asturias", "en": "Asturias"}, [], 1022800, 14.2),
    ("ES13", "ES1", {"es": "Cantabria", "en": "Cantabria"}, [], 581078, 10.3),
    (
        "ES21",
        "ES2",
        {"es": "País Vasco", "eu": "Euskadi", "en": "Basque Country"},
        ["Euskadi"],
        2207776,
        9.1,
    ),
    (
        "ES22",
        "ES2",
        {"es": "Comunidad Foral de Navarra", "eu": "Nafarroa", "en": "Navarre"},
        ["Navarra"],
        654214,
        8.2,
    ),
    ("ES23", "ES2", {"es": "La Rioja", "en": "La Rioja"}, [], 316798, 10.0),
    ("ES24", "ES2", {"es": "Aragón", "en": "Aragon"}, [], 1319291, 10.0),
    ("ES30", "ES3", {"es": "Comunidad de Madrid", "en": "Community of Madrid"}, [], 6663394, 10.0),
    ("ES41", "ES4", {"es": "Castilla y León", "en": "Castile and León"}, [], 2399548, 11.6),
    ("ES42", "ES4", {"es": "Castilla-La Mancha", "en": "Castilla-La Mancha"}, [], 2032863, 16.2),
    ("ES43", "ES4", {"es": "Extremadura", "en": "Extremadura"}, [], 1067710, 21.5),
    (
        "ES51",
        "ES5",
        {"es": "Cataluña", "ca": "Catalunya", "en": "Catalonia"},
        ["Catalunya"],
        7675217,
        10.9,
    ),
    (
        "ES52",
        "ES5",
        {"es": "Comunitat Valenciana", "ca": "Comunitat Valenciana", "en": "Valencian Community"},
        ["Comunidad Valenciana"],
        5003769,
        14.1,
    ),
    (
        "ES53",
        "ES5",
        {"es": "Illes Balears", "ca": "Illes Balears", "en": "Balearic Islands"},
        ["Islas Baleares"],
        1149460,
        11.8,
    ),
    ("ES61", "ES6", {"es": "Andalucía", "en": "Andalusia"}, [], 8414240, 21.2),
    ("ES62", "ES6", {"es": "Región de Murcia", "en": "Region of Murcia"}, [], 1493898, 14.7),
    ("ES63", "ES6", {"es": "Ciudad de Ceuta", "en": "Ceuta"}, [], 84777, 26.6),
    ("ES64", "ES6", {"es": "Ciudad de Melilla", "en": "Melilla"}, [], 86487, 26.8),
    ("ES70", "ES7", {"es": "Canarias", "en": "Canary Islands"}, [], 2153389, 20.5),
    ("PT11", "PT1", {"pt": "Norte", "en": "Norte"}, [], 3575338, 6.9),
    ("PT15", "PT1", {"pt": "Algarve", "en": "Algarve"}, [], 438406, 7.2),
    ("PT16", "PT1", {"pt": "Centro (PT)", "en": "Centro (PT)"}, [], 2217285, 5.5),
    (
        "PT17",
        "PT1",
        {"pt": "Área Metropolitana de Lisboa", "en": "Lisbon Metropolitan Area"},
        [],
        2863272,
        7.1,
    ),
    ("PT18", "PT1", {"pt": "Alentejo", "en": "Alentejo"}, [], 704558, 7.3),
    ("PT20", "PT2", {"pt": "Região Autónoma dos Açores", "en": "Azores"}, ["Açores"], 242796, 7.9),
    ("PT30", "PT3", {"pt": "Região Autónoma da Madeira", "en": "Madeira"}, [], 254254, 7.8),
]
UNEMP_YEARS = {2016: 1.35, 2017: 1.22, 2018: 1.10, 2019: 1.0, 2020: 1.12, 2021: 1.08, 2022: 0.93}
POP_YEARS = (2019, 2020, 2021, 2022, 2023)
SEXES = {"T": "Total", "M": "Male", "F": "Female"}
AGES = {  # Eurostat's age dictionary: en, de, fr
    "TOTAL": ("Total", "Insgesamt", "Total"),
    "Y_LT15": ("Less than 15 years", "Weniger als 15 Jahre", "Moins de 15 ans"),
    "Y15-64": ("From 15 to 64 years", "15 bis 64 Jahre", "De 15 à 64 ans"),
    "Y_GE65": ("65 years or over", "65 Jahre oder mehr", "65 ans ou plus"),
    "Y15-74": ("From 15 to 74 years", "15 bis 74 Jahre", "De 15 à 74 ans"),
    "Y15-24": ("From 15 to 24 years", "15 bis 24 Jahre", "De 15 à 24 ans"),
}
UNITS = {
    "PC_ACT": (
        "Percentage of population in the labour force",
        "Prozent der Erwerbspersonen",
        "Pourcentage de la population active",
    ),
    "NR": ("Number", "Anzahl", "Nombre"),
}
STATUSES = {
    "p": ("provisional", "vorläufig", "provisoire"),
    "u": ("low reliability", "geringe Zuverlässigkeit", "faible fiabilité"),
    "b": ("break in time series", "Zeitreihenbruch", "rupture de série"),
}


def labels3(g: Graph, node: URIRef, texts: tuple[str, str, str]) -> None:
    for text, lang in zip(texts, ("en", "de", "fr"), strict=True):
        g.add((node, SKOS.prefLabel, Literal(text, lang=lang)))


def scheme(g: Graph, node: URIRef, names: tuple[str, str, str], notation: str) -> None:
    g.add((node, RDF.type, SKOS.ConceptScheme))
    labels3(g, node, names)
    g.add((node, SKOS.notation, Literal(notation)))


def code_lists(g: Graph) -> None:
    age = URIRef(ESTAT + "dic/age")
    scheme(g, age, ("Age class", "Altersklasse", "Classe d'âge"), "age")
    for code, texts in AGES.items():
        g.add((AGE[code], RDF.type, SKOS.Concept))
        g.add((AGE[code], SKOS.inScheme, age))
        g.add((AGE[code], SKOS.notation, Literal(code)))
        labels3(g, AGE[code], texts)
    unit = URIRef(ESTAT + "dic/unit")
    scheme(g, unit, ("Unit of measure", "Maßeinheit", "Unité de mesure"), "unit")
    for code, texts in UNITS.items():
        g.add((UNIT[code], RDF.type, SKOS.Concept))
        g.add((UNIT[code], SKOS.inScheme, unit))
        g.add((UNIT[code], SKOS.notation, Literal(code)))
        labels3(g, UNIT[code], texts)
    status = URIRef(ESTAT + "dic/obs_status")
    scheme(
        g,
        status,
        ("Observation status", "Beobachtungsstatus", "Statut d'observation"),
        "obs_status",
    )
    for code, texts in STATUSES.items():
        g.add((STATUS[code], RDF.type, SKOS.Concept))
        g.add((STATUS[code], SKOS.inScheme, status))
        g.add((STATUS[code], SKOS.notation, Literal(code)))
        labels3(g, STATUS[code], texts)
    # SDMX's cross-domain code list (sdmx-code.ttl): English labels only
    g.add((SDMXC.sex, RDF.type, SKOS.ConceptScheme))
    g.add((SDMXC.sex, SKOS.prefLabel, Literal("Code list for Sex (SEX)", lang="en")))
    g.add((SDMXC.sex, SKOS.notation, Literal("CL_SEX")))
    g.add((SDMXC.Sex, RDF.type, RDFS.Class))
    g.add((SDMXC.Sex, RDFS.label, Literal("Sex", lang="en")))
    g.add((SDMXC.Sex, RDFS.seeAlso, SDMXC.sex))
    for code, label in SEXES.items():
        c = SDMXC["sex-" + code]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, SDMXC.Sex))
        g.add((c, SKOS.inScheme, SDMXC.sex))
        g.add((c, SKOS.topConceptOf, SDMXC.sex))
        g.add((c, SKOS.prefLabel, Literal(label, lang="en")))
        g.add((c, SKOS.notation, Literal(code)))


def areas(g: Graph) -> None:
    nuts = URIRef("http://data.europa.eu/nuts")
    g.add((nuts, RDF.type, SKOS.ConceptScheme))
    g.add((nuts, SKOS.prefLabel, Literal("NUTS 2021", lang="en")))
    country_of = {}
    for code, parent, names, alts, *_ in COUNTRIES + GROUPS + REGIONS:
        node = NUTS[code]
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, nuts))
        g.add((node, SKOS.notation, Literal(code)))
        for lang, text in names.items():
            g.add((node, SKOS.prefLabel, Literal(text, lang=lang)))
        for text in alts:
            g.add((node, SKOS.altLabel, Literal(text)))
        if parent is None:
            g.add((node, SKOS.topConceptOf, nuts))
            country_of[code] = code
        else:
            g.add((node, SKOS.broader, NUTS[parent]))
            country_of[code] = country_of[parent]
            if len(code) == 4:  # the publisher's shortcut: a region within its country
                g.add((node, SR.within, NUTS[country_of[code]]))
    g.add((SR.within, RDFS.label, Literal("within", lang="en")))


def component(
    g: Graph,
    dsd: URIRef,
    kind: URIRef,
    prop: URIRef,
    order: int | None,
    attach: URIRef | None = None,
) -> None:
    spec = BNode(f"{str(dsd).rsplit('/', 1)[1]}-{prop.split('#')[-1]}")  # stable ids: stable output
    g.add((dsd, QB.component, spec))
    g.add((spec, RDF.type, QB.ComponentSpecification))
    g.add((spec, kind, prop))
    if order is not None:
        g.add((spec, QB.order, Literal(order)))
    if attach is not None:
        g.add((spec, QB.componentAttachment, attach))


def properties(g: Graph) -> None:
    for prop, label, concept, codes in [
        (SDMXD.refArea, "Reference Area", SDMXCON.refArea, URIRef("http://data.europa.eu/nuts")),
        (SDMXD.refPeriod, "Reference Period", SDMXCON.refPeriod, None),
        (SDMXD.sex, "Sex", SDMXCON.sex, SDMXC.sex),
        (PROP.age, "age class", None, URIRef(ESTAT + "dic/age")),
    ]:
        g.add((prop, RDF.type, QB.DimensionProperty))
        g.add((prop, RDFS.label, Literal(label, lang="en")))
        if concept is not None:
            g.add((prop, QB.concept, concept))
        if codes is not None:
            g.add((prop, RDF.type, QB.CodedProperty))
            g.add((prop, QB.codeList, codes))
    for prop, label in [
        (SDMXA.unitMeasure, "Unit of Measure"),
        (SDMXA.obsStatus, "Observation Status"),
    ]:
        g.add((prop, RDF.type, QB.AttributeProperty))
        g.add((prop, RDFS.label, Literal(label, lang="en")))
    for prop, texts, dtype in [
        (
            PROP.unemploymentRate,
            ("unemployment rate", "Arbeitslosenquote", "taux de chômage"),
            XSD.decimal,
        ),
        (PROP.population, ("population", "Bevölkerung", "population"), XSD.integer),
    ]:
        g.add((prop, RDF.type, QB.MeasureProperty))
        for text, lang in zip(texts, ("en", "de", "fr"), strict=True):
            g.add((prop, RDFS.label, Literal(text, lang=lang)))
        g.add((prop, RDFS.subPropertyOf, SDMXM.obsValue))
        g.add((prop, RDFS.range, dtype))
    g.add((CORP, RDF.type, URIRef("http://xmlns.com/foaf/0.1/Organization")))
    g.add((CORP, SKOS.prefLabel, Literal("Eurostat", lang="en")))
    g.add((CORP, SKOS.altLabel, Literal("Statistical Office of the European Union", lang="en")))


def dataset(
    g: Graph,
    code: str,
    titles: tuple[str, str, str],
    measure: URIRef,
    unit_on_dataset: bool,
    issued: str,
    modified: str,
) -> URIRef:
    ds, dsd = DATA[code], DSD[code]
    g.add((ds, RDF.type, QB.DataSet))
    g.add((ds, RDF.type, DCAT.Dataset))
    for text, lang in zip(titles, ("en", "de", "fr"), strict=True):
        g.add((ds, DCTERMS.title, Literal(text, lang=lang)))
    g.add((ds, RDFS.label, Literal(titles[0], lang="en")))
    g.add((ds, DCTERMS.identifier, Literal(code)))
    g.add((ds, DCTERMS.publisher, CORP))
    g.add((ds, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    g.add((ds, DCTERMS.modified, Literal(modified, datatype=XSD.date)))
    g.add((ds, DCTERMS.license, URIRef("http://creativecommons.org/licenses/by/4.0/")))
    g.add((ds, QB.structure, dsd))
    g.add((dsd, RDF.type, QB.DataStructureDefinition))
    g.add((dsd, RDFS.label, Literal(f"Data structure definition of {code}", lang="en")))
    for order, prop in enumerate((SDMXD.refArea, SDMXD.refPeriod, SDMXD.sex, PROP.age), 1):
        component(g, dsd, QB.dimension, prop, order)
    component(g, dsd, QB.measure, measure, None)
    component(
        g,
        dsd,
        QB.attribute,
        SDMXA.unitMeasure,
        None,
        QB.DataSet if unit_on_dataset else QB.Observation,
    )
    component(g, dsd, QB.attribute, SDMXA.obsStatus, None, QB.Observation)
    return ds


def rate_of(base: float, year: int, sex: str, age: str, rnd: random.Random) -> Decimal:
    value = base * UNEMP_YEARS[year] * (1 + rnd.uniform(-0.04, 0.04))
    value *= {"T": 1.0, "M": 0.87, "F": 1.15}[sex] * (2.3 if age == "Y15-24" else 1.0)
    return Decimal(f"{value:.1f}")


def observations(g: Graph, rnd: random.Random) -> None:
    un = dataset(
        g,
        "lfst_r_lfu3rt",
        (
            "Unemployment rates by sex, age and NUTS 2 regions (%)",
            "Arbeitslosenquoten nach Geschlecht, Alter und NUTS-2-Regionen (%)",
            "Taux de chômage par sexe, âge et région NUTS 2 (%)",
        ),
        PROP.unemploymentRate,
        True,
        "2017-04-27",
        "2023-04-26",
    )
    g.add((un, SDMXA.unitMeasure, UNIT.PC_ACT))
    pop = dataset(
        g,
        "demo_r_pjangroup",
        (
            "Population on 1 January by age group, sex and NUTS 2 region",
            "Bevölkerung am 1. Januar nach Altersgruppe, Geschlecht und NUTS-2-Region",
            "Population au 1er janvier par groupe d'âges, sexe et région NUTS 2",
        ),
        PROP.population,
        False,
        "2014-03-21",
        "2024-03-15",
    )
    key = DSD["lfst_r_lfu3rt/sliceKey/time-series"]
    g.add((key, RDF.type, QB.SliceKey))
    g.add((key, RDFS.label, Literal("time series", lang="en")))
    for prop in (SDMXD.refArea, SDMXD.sex, PROP.age):
        g.add((key, QB.componentProperty, prop))
    g.add((DSD.lfst_r_lfu3rt, QB.sliceKey, key))

    cells = [(c, None, base_pop, rate) for c, _, _, _, base_pop, rate in REGIONS]
    for country in ("ES", "PT"):
        members = [r for r in REGIONS if r[0].startswith(country)]
        total = sum(r[4] for r in members)
        cells.append((country, None, total, round(sum(r[4] * r[5] for r in members) / total, 1)))

    for code, _, base_pop, base_rate in cells:
        area = NUTS[code]
        slice_ = DATA[f"lfst_r_lfu3rt/slice/{code}/T/Y15-74"]
        g.add((slice_, RDF.type, QB.Slice))
        g.add((slice_, QB.sliceStructure, key))
        g.add((slice_, SDMXD.refArea, area))
        g.add((slice_, SDMXD.sex, SDMXC["sex-T"]))
        g.add((slice_, PROP.age, AGE["Y15-74"]))
        g.add((un, QB.slice, slice_))
        for year in UNEMP_YEARS:
            for sex in SEXES:
                for age in ("Y15-74", "Y15-24"):
                    obs = DATA[f"lfst_r_lfu3rt/{year}/{code}/{sex}/{age}"]
                    g.add((obs, RDF.type, QB.Observation))
                    g.add((obs, QB.dataSet, un))
                    g.add((obs, SDMXD.refArea, area))
                    g.add((obs, SDMXD.refPeriod, YEAR[str(year)]))
                    g.add((obs, SDMXD.sex, SDMXC["sex-" + sex]))
                    g.add((obs, PROP.age, AGE[age]))
                    g.add(
                        (
                            obs,
                            PROP.unemploymentRate,
                            Literal(rate_of(base_rate, year, sex, age, rnd)),
                        )
                    )
                    if code in ("ES63", "ES64") and (sex != "T" or age == "Y15-24"):
                        g.add((obs, SDMXA.obsStatus, STATUS.u))
                    elif year == 2021 and code.startswith("ES"):
                        g.add((obs, SDMXA.obsStatus, STATUS.b))
                    if sex == "T" and age == "Y15-74":
                        g.add((slice_, QB.observation, obs))

        size = base_pop
        shares = (rnd.uniform(0.11, 0.16), rnd.uniform(0.62, 0.67))
        for year in POP_YEARS:
            if year > 2019:
                size = round(size * (1 + rnd.uniform(-0.006, 0.012)))
            young = round(size * shares[0])
            middle = round(size * shares[1])
            by_age = {
                "TOTAL": size,
                "Y_LT15": young,
                "Y15-64": middle,
                "Y_GE65": size - young - middle,
            }
            for age, n in by_age.items():
                female = round(n * rnd.uniform(0.505, 0.52))
                for sex, value in (("T", n), ("F", female), ("M", n - female)):
                    obs = DATA[f"demo_r_pjangroup/{year}/{code}/{sex}/{age}"]
                    g.add((obs, RDF.type, QB.Observation))
                    g.add((obs, QB.dataSet, pop))
                    g.add((obs, SDMXD.refArea, area))
                    g.add((obs, SDMXD.refPeriod, Literal(str(year), datatype=XSD.gYear)))
                    g.add((obs, SDMXD.sex, SDMXC["sex-" + sex]))
                    g.add((obs, PROP.age, AGE[age]))
                    g.add((obs, PROP.population, Literal(value)))
                    g.add((obs, SDMXA.unitMeasure, UNIT.NR))
                    if year == 2023 and code.startswith("ES"):
                        g.add((obs, SDMXA.obsStatus, STATUS.p))
                    elif year == 2021 and code.startswith("PT"):
                        g.add((obs, SDMXA.obsStatus, STATUS.b))


def main() -> None:
    rnd = random.Random(26)
    g = Graph()
    for prefix, ns in [
        ("qb", QB),
        ("sdmx-dimension", SDMXD),
        ("sdmx-measure", SDMXM),
        ("sdmx-attribute", SDMXA),
        ("sdmx-code", SDMXC),
        ("sdmx-concept", SDMXCON),
        ("property", PROP),
        ("age", AGE),
        ("unit", UNIT),
        ("obs-status", STATUS),
        ("nuts", NUTS),
        ("year", YEAR),
        ("sr", SR),
        ("skos", SKOS),
        ("dct", DCTERMS),
        ("dcat", DCAT),
        ("data", DATA),
        ("dsd", DSD),
    ]:
        g.bind(prefix, ns)
    code_lists(g)
    areas(g)
    properties(g)
    observations(g, rnd)
    out = Path(__file__).parent / "cube.ttl"
    out.write_text(g.serialize(format="turtle"))
    print(out, len(g), "triples")


if __name__ == "__main__":
    main()
