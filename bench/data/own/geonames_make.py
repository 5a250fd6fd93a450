"""Write ``geonames.rdf`` and ``geonames_codes.rdf``: a small gazetteer as GeoNames publishes it.

``geonames.rdf`` holds features in the shape of GeoNames' ``about.rdf`` documents, gathered into
one RDF/XML file: ``gn:Feature`` nodes at numeric IRIs (``https://sws.geonames.org/2761369/``)
named by ``gn:name``, with ``gn:alternateName``/``gn:officialName`` in several languages
(endonyms such as "Wien"), ``gn:featureClass``/``gn:featureCode`` pointing at code IRIs
(``gn:P.PPLC``), ``gn:parentFeature``/``gn:parentCountry``/``gn:parentADM1``, ``gn:population``,
``wgs84_pos:lat``/``long``, ``gn:countryCode``, ``gn:postalCode``, ``gn:neighbour`` between
countries, ``gn:nearby``, ``gn:wikipediaArticle`` and the boilerplate every document carries
(``rdfs:isDefinedBy``, ``gn:locationMap``, ``gn:nearbyFeatures``, the document node's licence
and dates).

``geonames_codes.rdf`` holds what a user who wants the codes in words loads beside it: the
``gn:Code`` and ``gn:Class`` individuals of the GeoNames ontology for the codes the features
use, as the ontology file writes them (``skos:notation``, ``skos:prefLabel`` and
``skos:definition`` in English, ``skos:inScheme``). The feature documents never say what
``P.PPLC`` means; every code IRI dereferences to that ontology, so a chatbot builder adds it.

Names are real places; populations, postal codes and coordinates are approximate and only
need to agree within the graph. Ids of well-known places are GeoNames' own, the rest seeded.
Run from the repository root: ``python bench/data/own/geonames_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
GN = "https://www.geonames.org/ontology#"
SWS = "https://sws.geonames.org/"

# (code, English label, definition) as the ontology labels them.
CODES = {
    "A": ("country, state, region,...", None),
    "P": ("city, village,...", None),
    "H": ("stream, lake, ...", None),
    "T": ("mountain,hill,rock,... ", None),
    "L": ("parks,area, ...", None),
    "A.PCLI": ("independent political entity", None),
    "A.ADM1": (
        "first-order administrative division",
        "a primary administrative division of a country, such as a state in the United States",
    ),
    "P.PPLC": ("capital of a political entity", None),
    "P.PPLA": (
        "seat of a first-order administrative division",
        "seat of a first-order administrative division (PPLC takes precedence over PPLA)",
    ),
    "P.PPL": (
        "populated place",
        "a city, town, village, or other agglomeration of buildings where people live and work",
    ),
    "H.LK": ("lake", "a large inland body of standing water"),
    "T.MT": (
        "mountain",
        "an elevation standing high above the surrounding area with small "
        "summit area, steep slopes and local relief of 300m or more",
    ),
    "L.CONT": (
        "continent",
        "continent: Europe, Africa, Asia, North America, South America, Oceania, Antarctica",
    ),
}

# key: (id or None, name, code, country key, adm1 key, population, lat, long,
#       {lang: alternate names}, {lang: official name}, postal code, wikipedia title)
Row = tuple

CONTINENT = (
    "EU",
    6255148,
    "Europe",
    "L.CONT",
    741000000,
    48.69,
    9.14,
    {"de": ["Europa"], "fr": ["Europe"], "it": ["Europa"]},
    {},
    None,
    "Europe",
)

COUNTRIES = [
    # key, id, name, cc, population, lat, long, alt, official, wiki
    (
        "AT",
        2782113,
        "Austria",
        8847037,
        47.33,
        13.33,
        {"de": ["Österreich"], "fr": ["Autriche"], "it": ["Austria"], "sl": ["Avstrija"]},
        {"en": "Republic of Austria", "de": "Republik Österreich"},
        "Austria",
    ),
    (
        "DE",
        2921044,
        "Germany",
        82927922,
        51.50,
        10.50,
        {"de": ["Deutschland"], "fr": ["Allemagne"], "it": ["Germania"], "cs": ["Německo"]},
        {"en": "Federal Republic of Germany", "de": "Bundesrepublik Deutschland"},
        "Germany",
    ),
    (
        "CH",
        2658434,
        "Switzerland",
        8516543,
        47.00,
        8.01,
        {"de": ["Schweiz"], "fr": ["Suisse"], "it": ["Svizzera"], "rm": ["Svizra"]},
        {"en": "Swiss Confederation", "de": "Schweizerische Eidgenossenschaft"},
        "Switzerland",
    ),
    (
        "LI",
        3042058,
        "Liechtenstein",
        37910,
        47.17,
        9.53,
        {"de": ["Liechtenstein"], "fr": ["Liechtenstein"]},
        {"en": "Principality of Liechtenstein", "de": "Fürstentum Liechtenstein"},
        "Liechtenstein",
    ),
    (
        "SI",
        3190538,
        "Slovenia",
        2067372,
        46.08,
        15.00,
        {"sl": ["Slovenija"], "de": ["Slowenien"], "fr": ["Slovénie"]},
        {"en": "Republic of Slovenia", "sl": "Republika Slovenija"},
        "Slovenia",
    ),
    (
        "CZ",
        3077311,
        "Czechia",
        10625695,
        49.75,
        15.00,
        {"cs": ["Česko"], "de": ["Tschechien"], "en": ["Czech Republic"]},
        {"en": "Czech Republic", "cs": "Česká republika"},
        "Czech_Republic",
    ),
]

NEIGHBOURS = [
    ("AT", "DE"),
    ("AT", "CH"),
    ("AT", "LI"),
    ("AT", "SI"),
    ("AT", "CZ"),
    ("DE", "CH"),
    ("DE", "CZ"),
    ("CH", "LI"),
]

ADM1 = [
    # key, country, name, population, lat, long, alt
    ("AT-9", "AT", "Vienna", 1897491, 48.21, 16.37, {"de": ["Wien"], "fr": ["Vienne"]}),
    ("AT-3", "AT", "Lower Austria", 1684287, 48.25, 15.75, {"de": ["Niederösterreich"]}),
    ("AT-4", "AT", "Upper Austria", 1490279, 48.17, 14.00, {"de": ["Oberösterreich"]}),
    ("AT-6", "AT", "Styria", 1246395, 47.25, 15.17, {"de": ["Steiermark"], "sl": ["Štajerska"]}),
    ("AT-7", "AT", "Tyrol", 757634, 47.25, 11.33, {"de": ["Tirol"], "it": ["Tirolo"]}),
    ("AT-2", "AT", "Carinthia", 561293, 46.75, 13.83, {"de": ["Kärnten"], "sl": ["Koroška"]}),
    ("AT-5", "AT", "Salzburg", 558410, 47.42, 13.25, {"de": ["Land Salzburg"]}),
    ("AT-8", "AT", "Vorarlberg", 397139, 47.25, 9.92, {}),
    ("AT-1", "AT", "Burgenland", 294436, 47.50, 16.42, {"hu": ["Őrvidék"]}),
    ("DE-BY", "DE", "Bavaria", 13124737, 48.79, 11.50, {"de": ["Bayern"], "fr": ["Bavière"]}),
    ("DE-BW", "DE", "Baden-Württemberg", 11100394, 48.50, 9.00, {}),
    ("DE-BE", "DE", "Land Berlin", 3644826, 52.50, 13.42, {"de": ["Berlin"]}),
    ("DE-SN", "DE", "Saxony", 4077937, 51.00, 13.25, {"de": ["Sachsen"], "cs": ["Sasko"]}),
    ("DE-HE", "DE", "Hesse", 6265809, 50.50, 9.00, {"de": ["Hessen"]}),
    ("CH-ZH", "CH", "Canton of Zurich", 1520968, 47.42, 8.67, {"de": ["Kanton Zürich"]}),
    ("CH-BE", "CH", "Canton of Bern", 1034977, 46.83, 7.67, {"fr": ["Canton de Berne"]}),
    ("CH-GE", "CH", "Canton of Geneva", 499480, 46.20, 6.15, {"fr": ["Canton de Genève"]}),
    ("CH-TI", "CH", "Ticino", 353343, 46.33, 8.83, {"de": ["Tessin"], "it": ["Cantone Ticino"]}),
    ("CH-BS", "CH", "Basel-City", 194766, 47.57, 7.60, {"de": ["Basel-Stadt"]}),
    ("LI-11", "LI", "Vaduz Municipality", 5696, 47.13, 9.52, {"de": ["Gemeinde Vaduz"]}),
    ("LI-07", "LI", "Schaan Municipality", 6039, 47.17, 9.51, {"de": ["Gemeinde Schaan"]}),
    (
        "SI-LJ",
        "SI",
        "Ljubljana Urban Municipality",
        295504,
        46.05,
        14.51,
        {"sl": ["Mestna občina Ljubljana"]},
    ),
    (
        "SI-MB",
        "SI",
        "Maribor Urban Municipality",
        112325,
        46.55,
        15.65,
        {"sl": ["Mestna občina Maribor"]},
    ),
    ("CZ-PR", "CZ", "Prague Region", 1324277, 50.08, 14.47, {"cs": ["Hlavní město Praha"]}),
    ("CZ-JM", "CZ", "South Moravian Region", 1191989, 49.08, 16.58, {"cs": ["Jihomoravský kraj"]}),
]

CITIES = [
    # id, name, code, adm1, population, lat, long, alt, postal, wiki
    (
        2761369,
        "Vienna",
        "P.PPLC",
        "AT-9",
        1691468,
        48.20849,
        16.37208,
        {"de": ["Wien"], "fr": ["Vienne"], "it": ["Vienna"], "cs": ["Vídeň"], "hu": ["Bécs"]},
        "1010",
        "Vienna",
    ),
    (
        2778067,
        "Graz",
        "P.PPLA",
        "AT-6",
        222326,
        47.06667,
        15.45,
        {"sl": ["Gradec"]},
        "8010",
        "Graz",
    ),
    (
        2772400,
        "Linz",
        "P.PPLA",
        "AT-4",
        181162,
        48.30639,
        14.28611,
        {"cs": ["Linec"]},
        "4020",
        "Linz",
    ),
    (2766824, "Salzburg", "P.PPLA", "AT-5", 145871, 47.79941, 13.04399, {}, "5020", "Salzburg"),
    (
        2775220,
        "Innsbruck",
        "P.PPLA",
        "AT-7",
        112467,
        47.26266,
        11.39454,
        {"it": ["Innsbruck"], "la": ["Oenipons"]},
        "6020",
        "Innsbruck",
    ),
    (
        2774326,
        "Klagenfurt",
        "P.PPLA",
        "AT-2",
        90141,
        46.62472,
        14.30528,
        {"de": ["Klagenfurt am Wörthersee"], "sl": ["Celovec"]},
        "9020",
        "Klagenfurt",
    ),
    (
        None,
        "Sankt Pölten",
        "P.PPLA",
        "AT-3",
        51955,
        48.2,
        15.63333,
        {"en": ["St. Pölten"], "de": ["St. Pölten"]},
        "3100",
        "St._Pölten",
    ),
    (None, "Bregenz", "P.PPLA", "AT-8", 27833, 47.50311, 9.7471, {}, "6900", "Bregenz"),
    (
        None,
        "Eisenstadt",
        "P.PPLA",
        "AT-1",
        13165,
        47.84565,
        16.52327,
        {"hu": ["Kismarton"]},
        "7000",
        "Eisenstadt",
    ),
    (
        None,
        "Villach",
        "P.PPL",
        "AT-2",
        59324,
        46.61028,
        13.85583,
        {"sl": ["Beljak"]},
        "9500",
        "Villach",
    ),
    (None, "Wels", "P.PPL", "AT-4", 60478, 48.16667, 14.03333, {}, "4600", "Wels"),
    (None, "Leoben", "P.PPL", "AT-6", 24645, 47.38333, 15.1, {}, "8700", "Leoben"),
    (None, "Dornbirn", "P.PPL", "AT-8", 46883, 47.41427, 9.74195, {}, "6850", "Dornbirn"),
    (None, "Kufstein", "P.PPL", "AT-7", 18958, 47.58333, 12.16667, {}, "6330", "Kufstein"),
    (
        None,
        "Baden",
        "P.PPL",
        "AT-3",
        25284,
        48.00543,
        16.23264,
        {"de": ["Baden bei Wien"]},
        "2500",
        "Baden_bei_Wien",
    ),
    (
        2950159,
        "Berlin",
        "P.PPLC",
        "DE-BE",
        3426354,
        52.52437,
        13.41053,
        {"fr": ["Berlin"], "cs": ["Berlín"], "it": ["Berlino"]},
        "10178",
        "Berlin",
    ),
    (
        2867714,
        "Munich",
        "P.PPLA",
        "DE-BY",
        1260391,
        48.13743,
        11.57549,
        {"de": ["München"], "it": ["Monaco di Baviera"], "cs": ["Mnichov"]},
        "80331",
        "Munich",
    ),
    (
        2861650,
        "Nuremberg",
        "P.PPL",
        "DE-BY",
        499237,
        49.45421,
        11.07752,
        {"de": ["Nürnberg"], "fr": ["Nuremberg"]},
        "90402",
        "Nuremberg",
    ),
    (2954172, "Augsburg", "P.PPL", "DE-BY", 259196, 48.37154, 10.89851, {}, "86150", "Augsburg"),
    (2825297, "Stuttgart", "P.PPLA", "DE-BW", 589793, 48.78232, 9.17702, {}, "70173", "Stuttgart"),
    (
        2925177,
        "Freiburg",
        "P.PPL",
        "DE-BW",
        215966,
        47.9959,
        7.85222,
        {"de": ["Freiburg im Breisgau"], "fr": ["Fribourg-en-Brisgau"]},
        "79098",
        "Freiburg_im_Breisgau",
    ),
    (
        2935022,
        "Dresden",
        "P.PPLA",
        "DE-SN",
        486854,
        51.05089,
        13.73832,
        {"cs": ["Drážďany"]},
        "01067",
        "Dresden",
    ),
    (
        2879139,
        "Leipzig",
        "P.PPL",
        "DE-SN",
        504971,
        51.33962,
        12.37129,
        {"cs": ["Lipsko"]},
        "04109",
        "Leipzig",
    ),
    (2809346, "Wiesbaden", "P.PPLA", "DE-HE", 272432, 50.08258, 8.24932, {}, "65183", "Wiesbaden"),
    (
        2925533,
        "Frankfurt am Main",
        "P.PPL",
        "DE-HE",
        650000,
        50.11552,
        8.68417,
        {"en": ["Frankfurt"], "fr": ["Francfort-sur-le-Main"]},
        "60311",
        "Frankfurt",
    ),
    (
        2661552,
        "Bern",
        "P.PPLC",
        "CH-BE",
        121631,
        46.94809,
        7.44744,
        {"fr": ["Berne"], "it": ["Berna"]},
        "3011",
        "Bern",
    ),
    (
        2657896,
        "Zurich",
        "P.PPLA",
        "CH-ZH",
        341730,
        47.36667,
        8.55,
        {"de": ["Zürich"], "fr": ["Zurich"], "it": ["Zurigo"]},
        "8001",
        "Zürich",
    ),
    (2657970, "Winterthur", "P.PPL", "CH-ZH", 91908, 47.50564, 8.72413, {}, "8400", "Winterthur"),
    (
        2660646,
        "Geneva",
        "P.PPLA",
        "CH-GE",
        183981,
        46.20222,
        6.14569,
        {"fr": ["Genève"], "de": ["Genf"], "it": ["Ginevra"]},
        "1201",
        "Geneva",
    ),
    (
        2661604,
        "Basel",
        "P.PPLA",
        "CH-BS",
        164488,
        47.55839,
        7.57327,
        {"fr": ["Bâle"], "it": ["Basilea"]},
        "4001",
        "Basel",
    ),
    (2661881, "Bellinzona", "P.PPLA", "CH-TI", 18045, 46.19278, 9.01703, {}, "6500", "Bellinzona"),
    (
        2659836,
        "Lugano",
        "P.PPL",
        "CH-TI",
        63185,
        46.01008,
        8.96004,
        {"de": ["Lauis"]},
        "6900",
        "Lugano",
    ),
    (3042030, "Vaduz", "P.PPLC", "LI-11", 5197, 47.14151, 9.52154, {}, "9490", "Vaduz"),
    (3042037, "Schaan", "P.PPLA", "LI-07", 5748, 47.16498, 9.50867, {}, "9494", "Schaan"),
    (
        3196359,
        "Ljubljana",
        "P.PPLC",
        "SI-LJ",
        255115,
        46.05108,
        14.50513,
        {"de": ["Laibach"], "it": ["Lubiana"], "sl": ["Ljubljana"]},
        "1000",
        "Ljubljana",
    ),
    (
        3195506,
        "Maribor",
        "P.PPLA",
        "SI-MB",
        111730,
        46.55472,
        15.64667,
        {"de": ["Marburg an der Drau"]},
        "2000",
        "Maribor",
    ),
    (
        3067696,
        "Prague",
        "P.PPLC",
        "CZ-PR",
        1165581,
        50.08804,
        14.42076,
        {"cs": ["Praha"], "de": ["Prag"], "fr": ["Prague"]},
        "11000",
        "Prague",
    ),
    (
        3078610,
        "Brno",
        "P.PPLA",
        "CZ-JM",
        369559,
        49.19522,
        16.60796,
        {"de": ["Brünn"]},
        "60200",
        "Brno",
    ),
]

OTHER = [
    # id, name, code, countries, adm1 or None, lat, long, alt, wiki
    (
        None,
        "Grossglockner",
        "T.MT",
        ["AT"],
        "AT-2",
        47.07455,
        12.69388,
        {"de": ["Großglockner"]},
        "Grossglockner",
    ),
    (
        None,
        "Lake Constance",
        "H.LK",
        ["AT", "DE", "CH"],
        None,
        47.63333,
        9.36667,
        {"de": ["Bodensee"], "fr": ["Lac de Constance"]},
        "Lake_Constance",
    ),
    (
        None,
        "Wörthersee",
        "H.LK",
        ["AT"],
        "AT-2",
        46.62,
        14.15,
        {"en": ["Lake Wörth"]},
        "Wörthersee",
    ),
]

NEARBY = [
    ("Graz", "Leoben"),
    ("Linz", "Wels"),
    ("Klagenfurt", "Villach"),
    ("Klagenfurt", "Wörthersee"),
    ("Bregenz", "Dornbirn"),
    ("Bregenz", "Lake Constance"),
    ("Vienna", "Baden"),
    ("Zurich", "Winterthur"),
    ("Vaduz", "Schaan"),
    ("Munich", "Augsburg"),
    ("Innsbruck", "Kufstein"),
    ("Bellinzona", "Lugano"),
    ("Dresden", "Leipzig"),
    ("Wiesbaden", "Frankfurt am Main"),
]


def main() -> None:
    rng = random.Random(28)
    used: set[int] = set()

    def new_id() -> int:
        while True:
            n = rng.randrange(2_700_000, 3_300_000)
            if n not in used:
                used.add(n)
                return n

    for row in COUNTRIES:
        used.add(row[1])
    for row in CITIES:
        if row[0]:
            used.add(row[0])
    iri: dict[str, str] = {}  # key -> IRI
    cc_of: dict[str, str] = {}
    feats: list[dict] = []

    def feature(
        key,
        fid,
        name,
        code,
        cc,
        pop,
        lat,
        lon,
        alt,
        official,
        postal,
        wiki,
        parent=None,
        country=None,
        adm1=None,
        extra_countries=(),
    ):
        iri[key] = f"{SWS}{fid}/"
        feats.append(
            dict(
                key=key,
                id=fid,
                name=name,
                code=code,
                cc=cc,
                pop=pop,
                lat=lat,
                lon=lon,
                alt=alt,
                official=official,
                postal=postal,
                wiki=wiki,
                parent=parent,
                country=country,
                adm1=adm1,
                extra_countries=extra_countries,
                neighbours=[],
                nearby=[],
            )
        )

    k, fid, name, code, pop, lat, lon, alt, off, postal, wiki = CONTINENT
    feature(k, fid, name, code, None, pop, lat, lon, alt, off, postal, wiki)
    for cc, fid, name, pop, lat, lon, alt, off, wiki in COUNTRIES:
        feature(cc, fid, name, "A.PCLI", cc, pop, lat, lon, alt, off, None, wiki, parent="EU")
        cc_of[cc] = cc
    for key, cc, name, pop, lat, lon, alt in ADM1:
        wiki = name.replace(" ", "_")
        feature(
            key,
            new_id(),
            name,
            "A.ADM1",
            cc,
            pop,
            lat,
            lon,
            alt,
            {},
            None,
            wiki,
            parent=cc,
            country=cc,
        )
        cc_of[key] = cc
    for fid, name, code, adm1, pop, lat, lon, alt, postal, wiki in CITIES:
        cc = cc_of[adm1]
        feature(
            name,
            fid or new_id(),
            name,
            code,
            cc,
            pop,
            lat,
            lon,
            alt,
            {},
            postal,
            wiki,
            parent=adm1,
            country=cc,
            adm1=adm1,
        )
    for fid, name, code, ccs, adm1, lat, lon, alt, wiki in OTHER:
        feature(
            name,
            fid or new_id(),
            name,
            code,
            ccs[0],
            None,
            lat,
            lon,
            alt,
            {},
            None,
            wiki,
            parent=adm1 or ccs[0],
            country=ccs[0],
            adm1=adm1,
            extra_countries=tuple(ccs[1:]),
        )
    by_key = {f["key"]: f for f in feats}
    for a, b in NEIGHBOURS:
        by_key[a]["neighbours"].append(b)
        by_key[b]["neighbours"].append(a)
    for a, b in NEARBY:
        by_key[a]["nearby"].append(b)
        by_key[b]["nearby"].append(a)

    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<rdf:RDF xmlns:cc="http://creativecommons.org/ns#"'
        ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/"'
        f' xmlns:gn="{GN}" xmlns:owl="http://www.w3.org/2002/07/owl#"'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"'
        ' xmlns:wgs84_pos="http://www.w3.org/2003/01/geo/wgs84_pos#">',
    ]
    for day, f in enumerate(feats, start=1):
        u = iri[f["key"]]
        out.append(f'<gn:Feature rdf:about="{u}">')
        out.append(f'  <rdfs:isDefinedBy rdf:resource="{u}about.rdf"/>')
        out.append(f"  <gn:name>{escape(f['name'])}</gn:name>")
        for lang, names in f["alt"].items():
            for n in names:
                out.append(f'  <gn:alternateName xml:lang="{lang}">{escape(n)}</gn:alternateName>')
        for lang, n in f["official"].items():
            out.append(f'  <gn:officialName xml:lang="{lang}">{escape(n)}</gn:officialName>')
        cls = f["code"].split(".")[0]
        out.append(f'  <gn:featureClass rdf:resource="{GN}{cls}"/>')
        out.append(f'  <gn:featureCode rdf:resource="{GN}{f["code"]}"/>')
        if f["cc"]:
            out.append(f"  <gn:countryCode>{f['cc']}</gn:countryCode>")
        if f["pop"] is not None:
            out.append(
                '  <gn:population rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">'
                f"{f['pop']}</gn:population>"
            )
        if f["postal"]:
            out.append(f"  <gn:postalCode>{f['postal']}</gn:postalCode>")
        out.append(f"  <wgs84_pos:lat>{f['lat']}</wgs84_pos:lat>")
        out.append(f"  <wgs84_pos:long>{f['lon']}</wgs84_pos:long>")
        if f["parent"]:
            out.append(f'  <gn:parentFeature rdf:resource="{iri[f["parent"]]}"/>')
        for c in [f["country"], *f["extra_countries"]]:
            if c:
                out.append(f'  <gn:parentCountry rdf:resource="{iri[c]}"/>')
        if f["adm1"]:
            out.append(f'  <gn:parentADM1 rdf:resource="{iri[f["adm1"]]}"/>')
        for n in f["neighbours"]:
            out.append(f'  <gn:neighbour rdf:resource="{iri[n]}"/>')
        for n in f["nearby"]:
            out.append(f'  <gn:nearby rdf:resource="{iri[n]}"/>')
        if f["code"].startswith("A."):
            out.append(f'  <gn:childrenFeatures rdf:resource="{u}contains.rdf"/>')
        if f["code"] == "A.PCLI":
            out.append(f'  <gn:neighbouringFeatures rdf:resource="{u}neighbours.rdf"/>')
        out.append(f'  <gn:nearbyFeatures rdf:resource="{u}nearby.rdf"/>')
        slug = f["name"].lower().replace(" ", "-")
        out.append(
            f'  <gn:locationMap rdf:resource="https://www.geonames.org/{f["id"]}/{escape(slug)}.html"/>'
        )
        if f["wiki"]:
            out.append(
                f'  <gn:wikipediaArticle rdf:resource="https://en.wikipedia.org/wiki/{escape(f["wiki"])}"/>'
            )
        out.append("</gn:Feature>")
        out.append(f'<foaf:Document rdf:about="{u}about.rdf">')
        out.append(f'  <foaf:primaryTopic rdf:resource="{u}"/>')
        out.append('  <cc:license rdf:resource="https://creativecommons.org/licenses/by/4.0/"/>')
        out.append('  <cc:attributionURL rdf:resource="https://www.geonames.org"/>')
        out.append(
            '  <cc:attributionName rdf:datatype="http://www.w3.org/2001/XMLSchema#string">'
            "GeoNames</cc:attributionName>"
        )
        out.append(
            '  <dcterms:created rdf:datatype="http://www.w3.org/2001/XMLSchema#date">'
            f"2006-01-{(day % 28) + 1:02d}</dcterms:created>"
        )
        out.append(
            '  <dcterms:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#date">'
            f"2023-{(day % 12) + 1:02d}-{(day * 7 % 28) + 1:02d}</dcterms:modified>"
        )
        out.append("</foaf:Document>")
    out.append("</rdf:RDF>")
    (HERE / "geonames.rdf").write_text("\n".join(out) + "\n", encoding="utf-8")

    codes = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rdf:RDF xmlns="https://www.geonames.org/ontology#"'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"'
        ' xmlns:skos="http://www.w3.org/2004/02/skos/core#"'
        ' xml:base="https://www.geonames.org/ontology">',
    ]
    for code, (label, definition) in CODES.items():
        if "." not in code:
            codes.append(f'<Class rdf:about="#{code}">')
            codes.append(f"  <skos:notation>{code}</skos:notation>")
            codes.append(f'  <rdfs:comment xml:lang="en">{escape(label)}</rdfs:comment>')
            codes.append("</Class>")
            continue
        cls, note = code.split(".")
        codes.append(f'<Code rdf:about="#{code}">')
        codes.append(f"  <skos:notation>{note}</skos:notation>")
        codes.append(f'  <skos:prefLabel xml:lang="en">{escape(label)}</skos:prefLabel>')
        if definition:
            codes.append(f'  <skos:definition xml:lang="en">{escape(definition)}</skos:definition>')
        codes.append(f'  <skos:inScheme rdf:resource="#{cls}"/>')
        codes.append("</Code>")
    codes.append("</rdf:RDF>")
    (HERE / "geonames_codes.rdf").write_text("\n".join(codes) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
