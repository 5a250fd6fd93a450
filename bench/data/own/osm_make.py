# ruff: noqa: E501  (one feature a line)
"""Write ``osm.ttl``: OpenStreetMap points of interest of a few Berlin districts as RDF.

The shape is what a user gets from the RDF exports of OpenStreetMap for one city: Sophox
(``osmnode:``/``osmway:``/``osmrel:`` subjects, every OSM tag a predicate ``osmt:<key>`` whose
name is the tag key, ``osmm:type "n"``, ``osmm:version``, ``osmm:timestamp``), osm2rdf
(``geo:hasGeometry`` nodes with ``geo:asWKT "POINT(lon lat)"`` literals, ``ogc:sfContains``
from administrative areas to the features inside them and ``ogc:sfWithin`` from an Ortsteil to
its Bezirk) and LinkedGeoData (``lgdo:Restaurant``, ``lgdo:Cafe``, ``lgdo:Pharmacy`` ...
classes beside the tags, with ``rdfs:label`` on the classes only).

OSM quirks kept: keys with colons (``osmt:addr:street``, ``osmt:addr:housenumber``,
``osmt:addr:postcode``, ``osmt:addr:city``, written as in the IRI), language-keyed names
percent-encoded by the exporter (``osmt:name%3Aen``, ``osmt:name%3Ade``), ';'-separated
multi-values (``osmt:cuisine "italian;pizza"``), ``opening_hours`` in OSM syntax, every value
a plain string (``admin_level "9"``, ``wheelchair "limited"``), brands with ``brand:wikidata``,
features without a name (benches, bicycle parking), a few shops mapped as ways.

Administrative areas: Berlin (admin_level 4), Bezirke (9), Ortsteile (10). About 250
features, ~3,000 triples. Names of anchor features are invented but Berlin-like; streets are
real. Seeded; stdlib + rdflib. Run from the repository root: ``python bench/data/own/osm_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

OSMT = Namespace("https://wiki.openstreetmap.org/wiki/Key:")
OSMM = Namespace("https://www.openstreetmap.org/meta/")
NODE = Namespace("https://www.openstreetmap.org/node/")
WAY = Namespace("https://www.openstreetmap.org/way/")
REL = Namespace("https://www.openstreetmap.org/relation/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
OGC = Namespace("http://www.opengis.net/rdf#")
GEOM = Namespace("https://osm2rdf.cs.uni-freiburg.de/rdf/geom#")
LGDO = Namespace("http://linkedgeodata.org/ontology/")

# (relation id, name, admin_level, parent, wikidata, name:en)
AREAS = [
    (62422, "Berlin", "4", None, "Q64", "Berlin"),
    (16347, "Mitte", "9", 62422, "Q2013767", None),
    (55764, "Friedrichshain-Kreuzberg", "9", 62422, "Q158059", None),
    (164723, "Pankow", "9", 62422, "Q257772", None),
    (9943, "Neukölln", "9", 62422, "Q158054", None),
    (55765, "Kreuzberg", "10", 55764, "Q308055", None),
    (407713, "Friedrichshain", "10", 55764, "Q317056", None),
    (407714, "Prenzlauer Berg", "10", 164723, "Q313007", None),
]
STREETS = {
    "Kreuzberg": (
        ["Oranienstraße", "Bergmannstraße", "Wiener Straße", "Graefestraße", "Skalitzer Straße"],
        "10997",
        13.42,
        52.499,
    ),
    "Friedrichshain": (
        ["Boxhagener Straße", "Simon-Dach-Straße", "Warschauer Straße", "Karl-Marx-Allee"],
        "10245",
        13.455,
        52.511,
    ),
    "Prenzlauer Berg": (
        ["Kastanienallee", "Schönhauser Allee", "Kollwitzstraße", "Stargarder Straße"],
        "10435",
        13.415,
        52.538,
    ),
    "Mitte": (
        ["Torstraße", "Rosenthaler Straße", "Friedrichstraße", "Invalidenstraße"],
        "10119",
        13.395,
        52.525,
    ),
    "Neukölln": (
        ["Weserstraße", "Sonnenallee", "Karl-Marx-Straße", "Pannierstraße"],
        "12047",
        13.435,
        52.482,
    ),
}
CLASS = {
    "restaurant": "Restaurant",
    "cafe": "Cafe",
    "pharmacy": "Pharmacy",
    "bar": "Bar",
    "fast_food": "FastFood",
    "supermarket": "Supermarket",
    "bench": "Bench",
    "bicycle_parking": "BicycleParking",
    "ice_cream": "IceCream",
}

# Anchor features (the questions ask about these): name, amenity/shop, area, street, number,
# extra tags.
ANCHORS = [
    (
        "Trattoria La Lanterna",
        "restaurant",
        "Kreuzberg",
        "Graefestraße",
        "12",
        {
            "cuisine": "italian;pizza",
            "opening_hours": "Mo-Fr 11:30-23:00; Sa,Su 12:00-23:00",
            "wheelchair": "yes",
            "phone": "+49 30 6951 2284",
            "website": "https://lanterna-kreuzberg.de",
        },
    ),
    (
        "Pizzeria Da Enzo",
        "restaurant",
        "Kreuzberg",
        "Bergmannstraße",
        "88",
        {"cuisine": "pizza", "opening_hours": "Tu-Su 12:00-22:30", "wheelchair": "no"},
    ),
    (
        "Osteria Bellavista",
        "restaurant",
        "Kreuzberg",
        "Wiener Straße",
        "34",
        {
            "cuisine": "italian",
            "opening_hours": "Mo-Sa 17:00-23:30",
            "wheelchair": "limited",
            "website": "https://osteria-bellavista.berlin",
        },
    ),
    (
        "Ristorante Il Gabbiano",
        "restaurant",
        "Mitte",
        "Torstraße",
        "140",
        {
            "cuisine": "italian",
            "opening_hours": "Mo-Su 12:00-24:00",
            "wheelchair": "yes",
            "name:en": "The Seagull",
        },
    ),
    (
        "Pho Saigon Kitchen",
        "restaurant",
        "Friedrichshain",
        "Boxhagener Straße",
        "41",
        {
            "cuisine": "vietnamese",
            "opening_hours": "Mo-Su 11:00-22:00",
            "wheelchair": "no",
            "phone": "+49 30 2936 7710",
        },
    ),
    (
        "Hasir Ocakbaşı",
        "restaurant",
        "Kreuzberg",
        "Skalitzer Straße",
        "6",
        {
            "cuisine": "turkish;kebab",
            "opening_hours": "24/7",
            "wheelchair": "yes",
            "name:de": "Hasir Ocakbasi",
        },
    ),
    (
        "Zum Schusterjungen",
        "restaurant",
        "Prenzlauer Berg",
        "Stargarder Straße",
        "19",
        {
            "cuisine": "german;regional",
            "opening_hours": "Mo-Fr 16:00-24:00; Sa,Su 12:00-24:00",
            "wheelchair": "limited",
            "website": "https://zumschusterjungen.de",
            "name:en": "The Cobbler's Boy",
        },
    ),
    (
        "Sushi Kaito",
        "restaurant",
        "Mitte",
        "Rosenthaler Straße",
        "52",
        {"cuisine": "japanese;sushi", "opening_hours": "Mo-Sa 12:00-22:00", "wheelchair": "yes"},
    ),
    (
        "Chutnify Indian Street Food",
        "restaurant",
        "Prenzlauer Berg",
        "Kastanienallee",
        "9",
        {"cuisine": "indian", "opening_hours": "Tu-Su 12:00-22:00", "wheelchair": "no"},
    ),
    (
        "Taverna Olympia",
        "restaurant",
        "Neukölln",
        "Weserstraße",
        "207",
        {
            "cuisine": "greek",
            "opening_hours": "Mo-Su 17:00-24:00",
            "wheelchair": "yes",
            "phone": "+49 30 6808 4412",
        },
    ),
    (
        "Café Kranzler Eck",
        "cafe",
        "Mitte",
        "Friedrichstraße",
        "101",
        {"opening_hours": "Mo-Su 08:00-20:00", "wheelchair": "yes", "outdoor_seating": "yes"},
    ),
    (
        "Bonanza Coffee Roasters",
        "cafe",
        "Prenzlauer Berg",
        "Schönhauser Allee",
        "36",
        {
            "opening_hours": "Mo-Fr 08:30-18:00; Sa,Su 10:00-18:00",
            "wheelchair": "no",
            "website": "https://bonanzacoffee.de",
        },
    ),
    (
        "Café Schönbrunn",
        "cafe",
        "Friedrichshain",
        "Karl-Marx-Allee",
        "70",
        {"opening_hours": "Mo-Su 10:00-24:00", "wheelchair": "limited", "outdoor_seating": "yes"},
    ),
    (
        "Kaffeebar Weserstrand",
        "cafe",
        "Neukölln",
        "Weserstraße",
        "58",
        {"opening_hours": "Mo-Su 09:00-19:00", "wheelchair": "no"},
    ),
    (
        "Apotheke am Moritzplatz",
        "pharmacy",
        "Kreuzberg",
        "Oranienstraße",
        "57",
        {
            "opening_hours": "Mo-Fr 08:00-19:00; Sa 09:00-14:00",
            "wheelchair": "yes",
            "dispensing": "yes",
            "phone": "+49 30 614 2333",
        },
    ),
    (
        "Rosenthaler Apotheke",
        "pharmacy",
        "Mitte",
        "Rosenthaler Straße",
        "2",
        {
            "opening_hours": "Mo-Fr 08:30-18:30; Sa 09:00-13:00",
            "wheelchair": "no",
            "dispensing": "yes",
        },
    ),
    (
        "Invaliden-Apotheke",
        "pharmacy",
        "Mitte",
        "Invalidenstraße",
        "115",
        {"opening_hours": "Mo-Fr 08:00-20:00", "wheelchair": "yes", "dispensing": "yes"},
    ),
    (
        "Sonnen-Apotheke Neukölln",
        "pharmacy",
        "Neukölln",
        "Sonnenallee",
        "98",
        {
            "opening_hours": "Mo-Fr 08:00-18:30; Sa 09:00-13:00",
            "wheelchair": "limited",
            "dispensing": "yes",
        },
    ),
    (
        "Würgeengel",
        "bar",
        "Kreuzberg",
        "Oranienstraße",
        "212",
        {"opening_hours": "Mo-Su 19:00-03:00", "wheelchair": "no"},
    ),
    (
        "Mustafas Gemüse Kebap",
        "fast_food",
        "Kreuzberg",
        "Bergmannstraße",
        "2",
        {"cuisine": "kebab", "opening_hours": "Mo-Su 10:00-02:00", "wheelchair": "no"},
    ),
    (
        "Curry 36",
        "fast_food",
        "Kreuzberg",
        "Bergmannstraße",
        "36",
        {
            "cuisine": "german;sausage",
            "opening_hours": "Mo-Fr 09:00-05:00; Sa,Su 10:00-05:00",
            "wheelchair": "yes",
        },
    ),
    (
        "Eismanufaktur Kollwitz",
        "ice_cream",
        "Prenzlauer Berg",
        "Kollwitzstraße",
        "44",
        {"opening_hours": "Apr-Oct Mo-Su 12:00-21:00", "wheelchair": "yes"},
    ),
]
# Chains: brand, wikidata, operator
BRANDS = [
    ("REWE", "Q16968817", "REWE Markt GmbH"),
    ("EDEKA", "Q701755", "EDEKA Minden-Hannover"),
    ("Lidl", "Q151954", "Lidl Vertriebs-GmbH & Co. KG"),
    ("ALDI Nord", "Q41171373", "ALDI Nord"),
]
FILLER_WORDS = {
    "restaurant": (
        ["Trattoria", "Ristorante", "Restaurant", "Gasthaus", "Bistro", "Lokal"],
        [
            "Sole",
            "Toscana",
            "Am Markt",
            "Linde",
            "Mondo",
            "Anatolia",
            "Hanoi",
            "Lotus",
            "Spree",
            "Kiez",
            "Oliva",
            "Mykonos",
            "Kyoto",
            "Bombay",
            "Krone",
            "Adler",
        ],
    ),
    "cafe": (
        ["Café", "Kaffeehaus", "Coffee"],
        [
            "Ufer",
            "Milchbart",
            "Kiezkind",
            "Sonnenschein",
            "Tante Emma",
            "Nordlicht",
            "Laube",
            "Zuckerfee",
        ],
    ),
    "bar": (
        ["Bar", "Kneipe", "Eckkneipe"],
        ["Zum Anker", "Blaue Stunde", "Feuermelder", "Kater", "Hafen", "Rakete"],
    ),
    "fast_food": (
        ["Imbiss", "Döner", "Burger"],
        ["Ali", "Express", "Ecke", "König", "Bude", "Haus"],
    ),
}
CUISINES = [
    "italian",
    "pizza",
    "vietnamese",
    "turkish",
    "german",
    "indian",
    "thai",
    "greek",
    "japanese;sushi",
    "burger",
    "kebab",
    "italian;pizza",
    "chinese",
]


def main() -> None:
    rng = random.Random(24031)
    g = Graph()
    for p, ns in [
        ("osmt", OSMT),
        ("osmm", OSMM),
        ("osmnode", NODE),
        ("osmway", WAY),
        ("osmrel", REL),
        ("geo", GEO),
        ("ogc", OGC),
        ("osm2rdfgeom", GEOM),
        ("lgdo", LGDO),
    ]:
        g.bind(p, ns)
    for cls in CLASS.values():
        g.add((LGDO[cls], RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")))
        g.add((LGDO[cls], RDFS.label, Literal(" ".join(w for w in _split_camel(cls)), lang="en")))
    area_iri = {}
    for rid, name, level, parent, qid, en in AREAS:
        s = REL[str(rid)]
        area_iri[name] = s
        g.add((s, OSMM.type, Literal("r")))
        for k, v in [
            ("boundary", "administrative"),
            ("admin_level", level),
            ("name", name),
            ("type", "boundary"),
            ("wikidata", qid),
        ]:
            g.add((s, OSMT[k], Literal(v)))
        if en:
            g.add((s, OSMT["name%3Aen"], Literal(en)))
        if parent:
            g.add((s, OGC.sfWithin, REL[str(parent)]))
            g.add((REL[str(parent)], OGC.sfContains, s))
    used = {a[0] for a in ANCHORS}
    next_id = [240109189]

    def feature(name, kind, area, street, number, tags, way=False):
        next_id[0] += rng.randint(7, 90000)
        s = (WAY if way else NODE)[str(next_id[0])]
        _, postcode, lon, lat = STREETS[area]
        g.add((s, OSMM.type, Literal("w" if way else "n")))
        g.add((s, OSMM.version, Literal(rng.randint(1, 14), datatype=XSD.integer)))
        g.add(
            (
                s,
                OSMM.timestamp,
                Literal(
                    f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
                    datatype=XSD.dateTime,
                ),
            )
        )
        key = "shop" if kind == "supermarket" else "amenity"
        g.add((s, OSMT[key], Literal(kind)))
        g.add((s, RDF.type, LGDO[CLASS[kind]]))
        if name:
            g.add((s, OSMT.name, Literal(name)))
        if street:
            g.add((s, OSMT["addr:street"], Literal(street)))
            g.add((s, OSMT["addr:housenumber"], Literal(number)))
            g.add((s, OSMT["addr:postcode"], Literal(postcode)))
            g.add((s, OSMT["addr:city"], Literal("Berlin")))
        for k, v in tags.items():
            g.add((s, OSMT[k.replace("name:", "name%3A")], Literal(v)))
        geom = GEOM[f"osm_{'way' if way else 'node'}_{next_id[0]}"]
        g.add((s, GEO.hasGeometry, geom))
        x, y = lon + rng.uniform(-0.012, 0.012), lat + rng.uniform(-0.006, 0.006)
        g.add((geom, GEO.asWKT, Literal(f"POINT({x:.7f} {y:.7f})", datatype=GEO.wktLiteral)))
        g.add((area_iri[area], OGC.sfContains, s))
        return s

    for a in ANCHORS:
        feature(*a)
    for area, (streets, *_rest) in STREETS.items():
        for kind, (heads, tails) in FILLER_WORDS.items():
            for _ in range({"restaurant": 8, "cafe": 4, "bar": 3, "fast_food": 3}[kind]):
                for _try in range(50):
                    name = f"{rng.choice(heads)} {rng.choice(tails)}"
                    if name not in used:
                        break
                used.add(name)
                tags = {
                    "opening_hours": rng.choice(
                        [
                            "Mo-Su 11:00-22:00",
                            "Mo-Fr 12:00-23:00",
                            "Tu-Su 17:00-24:00",
                            "Mo-Sa 10:00-20:00",
                        ]
                    )
                }
                if kind in ("restaurant", "fast_food"):
                    tags["cuisine"] = (
                        rng.choice(CUISINES)
                        if kind == "restaurant"
                        else rng.choice(["kebab", "burger", "sausage"])
                    )
                if rng.random() < 0.6:
                    tags["wheelchair"] = rng.choice(["yes", "no", "limited"])
                street = rng.choice(streets) if rng.random() < 0.9 else None
                feature(name, kind, area, street, str(rng.randint(1, 180)), tags)
        for brand, qid, operator in rng.sample(BRANDS, 2):
            feature(
                brand,
                "supermarket",
                area,
                rng.choice(streets),
                str(rng.randint(1, 180)),
                {
                    "brand": brand,
                    "brand:wikidata": qid,
                    "operator": operator,
                    "opening_hours": "Mo-Sa 07:00-22:00",
                },
                way=rng.random() < 0.5,
            )
        for kind in ["bench"] * 3 + ["bicycle_parking"] * 2:
            extra = (
                {"backrest": "yes"} if kind == "bench" else {"capacity": str(rng.randint(4, 20))}
            )
            feature(None, kind, area, None, None, extra)
    out = Path(__file__).with_name("osm.ttl")
    g.serialize(out, format="turtle")
    print(f"{out}: {len(g)} triples")


def _split_camel(s: str) -> list[str]:
    out, cur = [], ""
    for ch in s:
        if ch.isupper() and cur:
            out.append(cur)
            cur = ""
        cur += ch
    return [*out, cur]


if __name__ == "__main__":
    main()
