# ruff: noqa: E501  (one record a line)
"""Write ``comics.ttl``: a comic-book database's catalogue as a fan-run index (in the manner of
the Grand Comics Database) exports it as linked data (Turtle, schema.org over
``https://schema.org/`` mixed with the site's own ``pb:`` vocabulary, FOAF, SKOS and RDFS).

The shape follows what such an index's dump holds:

* publishers (``pb:Publisher`` and ``schema:Organization``) at numeric IRIs
  (``/publisher/<n>``) with ``schema:name`` (language-tagged for the French and Japanese
  houses, with a romanised ``@ja-Latn`` form), ``schema:foundingDate`` as ``xsd:gYear``,
  ``schema:location`` a city node; imprints (``pb:Imprint``) with ``pb:imprintOf`` their
  parent; one publisher bought by another as a blank ``pb:Acquisition`` event
  (``pb:acquirer``, ``schema:startDate``), another with plain ``pb:acquiredBy`` and
  ``pb:acquisitionDate`` on the bought house;
* series (``schema:ComicSeries``) with ``schema:name`` (two series share the name "The
  Vigilant": the 1987 and the 2011 volumes), ``pb:yearBegan`` / ``pb:yearEnded``
  (``xsd:gYear``), ``pb:volume``, ``schema:publisher`` (a publisher or an imprint),
  ``schema:contentRating`` on the mature line, French and Japanese titles with English
  ``schema:alternateName``\\s;
* issues (``schema:ComicIssue``) at opaque numeric IRIs (``/issue/<7 digits>``) with
  ``schema:issueNumber`` as a string ("5", "8.1", "Annual 1", "0"), ``schema:name`` ("The
  Vigilant #5"), ``schema:isPartOf`` the series, ``pb:coverDate`` (``xsd:gYearMonth``),
  ``pb:onSaleDate`` (``xsd:date``), ``schema:numberOfPages``, one or two blank
  ``schema:Offer`` prices (``schema:price`` ``xsd:decimal``, ``schema:priceCurrency``),
  ``schema:character`` appearances and ``schema:hasPart`` the stories
  (``schema:ComicStory``, ``schema:name``, ``pb:reprintOf`` the story a reprint reprints);
  an album (a French tome, a Japanese volume) also carries its title as ``pb:title``;
* credits, as each line of the index was entered: blank ``pb:Credit`` nodes (``pb:creator``,
  ``pb:role`` a SKOS role concept "Script" / "Pencils" / "Inks" / "Colors" / "Letters" /
  "Cover") on the big publisher's books; schema.org's own ``author`` / ``penciler`` /
  ``inker`` / ``colorist`` / ``letterer`` / ``artist`` / ``illustrator`` properties on the
  others; an older line with only ``schema:author``, ``schema:artist`` and a free-text
  ``pb:creditsText`` note;
* creators (``schema:Person``) with ``schema:name``, pen names as ``schema:alternateName``,
  ``schema:birthDate``, ``schema:nationality`` a country node;
* characters (``pb:Character``) named by ``rdfs:label`` (a codename, or a plain name), aliases
  as ``skos:altLabel``, the secret identity as ``pb:alterEgo`` a ``foaf:Person``
  (``foaf:name``), ``pb:firstAppearance`` an issue, ``pb:createdBy`` creators; some carry a
  codename only;
* teams (``pb:Team``, ``rdfs:label``) with blank ``pb:Membership`` nodes (``pb:member``,
  ``pb:joined`` / ``pb:left`` as ``xsd:gYear``);
* story arcs (``pb:StoryArc``): issues point to theirs by ``pb:storyArc``, or a crossover
  lists its parts as blank ``pb:ArcPart`` nodes (``pb:issue``, ``pb:readingOrder``);
* variant covers (``pb:VariantCover``, ``pb:variantOf``, ``pb:ratio`` "1:25",
  ``pb:coverArtist``);
* collected editions (``schema:Book`` and ``pb:CollectedEdition``) with ``schema:isbn``,
  ``schema:bookFormat``, ``schema:numberOfPages``, ``schema:datePublished`` and
  ``pb:collects`` issues.

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/comics_make.py``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://panelbase.example.org/"
S = Namespace("https://schema.org/")
PB = Namespace(BASE + "ns#")
ROLE = Namespace(BASE + "role/")
PLACE = Namespace(BASE + "place/")

ROLES = {
    "script": "Script",
    "pencils": "Pencils",
    "inks": "Inks",
    "colors": "Colors",
    "letters": "Letters",
    "cover": "Cover",
}

# city slug: (name, country name)
CITIES = {
    "nyc": ("New York City", "United States"),
    "pittsburgh": ("Pittsburgh", "United States"),
    "portland": ("Portland, Oregon", "United States"),
    "brussels": ("Brussels", "Belgium"),
    "paris": ("Paris", "France"),
    "tokyo": ("Tokyo", "Japan"),
}
COUNTRIES = [
    "United States",
    "Canada",
    "France",
    "Belgium",
    "Japan",
    "Philippines",
    "Sweden",
    "Nigeria",
    "Poland",
    "Serbia",
    "Italy",
    "Brazil",
    "United Kingdom",
]

# key: (id, names [(text, lang)], kind, founded, city)
PUBLISHERS = {
    "halcyon": (1021, [("Halcyon Comics", None)], "publisher", "1939", "nyc"),
    "nocturne": (1187, [("Nocturne", None)], "imprint", "1993", "nyc"),
    "ironclad": (1342, [("Ironclad Press", None)], "publisher", "1988", "pittsburgh"),
    "starfall": (1410, [("Starfall Comics", None)], "publisher", "1996", "portland"),
    "lodestar": (2290, [("Lodestar", None)], "imprint", "2017", "portland"),
    "lumiere": (3015, [("Éditions Lumière", "fr")], "publisher", "1972", "brussels"),
    "marceau": (3016, [("Groupe Marceau", "fr")], "publisher", "1948", "paris"),
    "kaminari": (
        4402,
        [("雷書房", "ja"), ("Kaminari Shobō", "ja-Latn")],
        "publisher",
        "1961",
        "tokyo",
    ),
}
IMPRINT_OF = {"nocturne": "halcyon", "lodestar": "starfall"}

# key: (name, pen names, birth date or None, nationality)
CREATORS = {
    "castellanos": ("Dara Castellanos", [], "1979-04-22", "United States"),
    "achterberg": ("Owen Achterberg", ["O.A."], "1971-11-03", "Canada"),
    "vollmer": ("Rhea Vollmer", [], None, "United States"),
    "batista": ("Sol Batista", [], "1983-06-30", "Brazil"),
    "robichaux": ("Clem Robichaux", [], None, "United States"),
    "ilic": ("Teodora Ilić", [], "1988-02-14", "Serbia"),
    "ferris": ("Malcolm Ferris", [], "1968-09-09", "United Kingdom"),
    "arashiro": ("Keiko Arashiro", [], "1985-01-17", "Canada"),
    "oduya": ("Bram Oduya", [], None, "Nigeria"),
    "corrigan": ("Niall Corrigan", ["N. K. Corrigan"], "1962-03-05", "United Kingdom"),
    "lindqvist": ("Vera Lindqvist", [], "1966-12-01", "Sweden"),
    "wierzbicki": ("Tomasz Wierzbicki", [], None, "Poland"),
    "renfield": ("Tobias Renfield", [], "1974-07-19", "United States"),
    "ocampo": ("Luis Ocampo", [], "1977-10-08", "Philippines"),
    "sorrel": ("Mina Sorrel", [], None, "United States"),
    "bloom": ("Hattie Bloom", [], "1970-05-25", "United States"),
    "okonkwo": ("Sam Okonkwo", [], None, "United States"),
    "kline": ("Ezra Kline", [], "1958-08-12", "United States"),
    "marchetti": ("Isabeau Marchetti", [], "1990-03-28", "Italy"),
    "darrieux": ("Hélène Darrieux", [], "1964-01-11", "France"),
    "moreau": ("Gilles Moreau-Abadie", [], "1969-06-02", "Belgium"),
    "vermeersch": ("Anouk Vermeersch", [], None, "Belgium"),
    "aoki": ("青木蓮", ["Aoki Ren", "Ren Aoki"], "1981-09-15", "Japan"),
    "greaves": ("Harold Greaves", [], "1941-02-27", "United States"),
    "mazur": ("Jack Mazur", [], "1945-10-30", "United States"),
}

# key: (series id, names [(text, lang)], publisher, began, ended, volume, issue numbers,
#       first cover month "YYYY-MM", prices [(price, currency)], credit style)
SERIES = {
    "vig87": (
        11873,
        [("The Vigilant", None)],
        "halcyon",
        "1987",
        "1990",
        1,
        ["1", "2", "3", "4"],
        "1987-06",
        [("1.00", "USD"), ("1.25", "CAD")],
        "node",
    ),
    "vig11": (
        48211,
        [("The Vigilant", None)],
        "halcyon",
        "2011",
        None,
        2,
        ["1", "2", "3", "4", "5", "6", "7", "8", "8.1", "Annual 1"],
        "2011-09",
        [("3.99", "USD")],
        "node",
    ),
    "sky": (
        61540,
        [("Skyguard Legion", None)],
        "halcyon",
        "2014",
        "2016",
        1,
        ["1", "2", "3", "4", "5", "6"],
        "2014-05",
        [("3.99", "USD")],
        "node",
    ),
    "hollow": (
        20977,
        [("Hollow Saints", None)],
        "nocturne",
        "1995",
        "1997",
        1,
        ["1", "2", "3", "4", "5", "6"],
        "1995-10",
        [("2.50", "USD"), ("3.50", "CAD")],
        "schema",
    ),
    "rust": (
        33105,
        [("Rust Knights", None)],
        "ironclad",
        "2005",
        "2006",
        1,
        ["0", "1", "2", "3", "4", "5", "6"],
        "2005-09",
        [("2.99", "USD")],
        "text",
    ),
    "orbit": (
        24460,
        [("Orbit City Tales", None)],
        "starfall",
        "1998",
        "1999",
        1,
        ["1", "2", "3", "4", "5"],
        "1998-03",
        [("2.95", "USD")],
        "story",
    ),
    "moth": (
        70812,
        [("Moth & Lantern", None)],
        "lodestar",
        "2019",
        "2020",
        1,
        ["1", "2", "3", "4", "5"],
        "2019-10",
        [("3.99", "USD")],
        "schema",
    ),
    "vauban": (
        39550,
        [("Les Chroniques de Vauban", "fr"), ("The Vauban Chronicles", "en")],
        "lumiere",
        "2008",
        "2016",
        1,
        ["1", "2", "3", "4"],
        "2008-11",
        [("14.95", "EUR")],
        "album",
    ),
    "hoshi": (
        58003,
        [("星の剣士", "ja"), ("Hoshi no Kenshi", "ja-Latn"), ("Star Swordsman", "en")],
        "kaminari",
        "2012",
        "2014",
        1,
        ["1", "2", "3", "4"],
        "2012-04",
        [("528", "JPY")],
        "album",
    ),
    "classics": (
        80114,
        [("Halcyon Classics", None)],
        "halcyon",
        "2020",
        "2020",
        1,
        ["1", "2", "3"],
        "2020-02",
        [("5.99", "USD")],
        "node",
    ),
}
SERIES_EXTRA = {"hollow": {S.contentRating: "Mature Readers"}, "moth": {S.contentRating: "Teen+"}}

# credits per series: role -> creator key, or (key for issues before index i, key from i on)
CREDITS = {
    "vig87": {
        "script": "greaves",
        "pencils": "mazur",
        "inks": "mazur",
        "letters": "robichaux",
        "cover": "mazur",
    },
    "vig11": {
        "script": "castellanos",
        "pencils": ("achterberg", 5, "arashiro"),
        "inks": "vollmer",
        "colors": "batista",
        "letters": "robichaux",
        "cover": ("achterberg", 5, "ilic"),
    },
    "sky": {
        "script": "ferris",
        "pencils": "arashiro",
        "inks": "oduya",
        "colors": "batista",
        "letters": "robichaux",
        "cover": "arashiro",
    },
    "classics": {"cover": "ilic"},
    "hollow": {
        "author": "corrigan",
        "penciler": "lindqvist",
        "inker": "lindqvist",
        "colorist": "batista",
        "letterer": "wierzbicki",
    },
    "moth": {"author": "marchetti", "artist": "marchetti", "letterer": "robichaux"},
    "rust": {"author": "renfield", "artist": "ocampo"},
    "vauban": {"author": "darrieux", "illustrator": "moreau", "colorist": "vermeersch"},
    "hoshi": {"author": "aoki", "illustrator": "aoki"},
}
ANNUAL_CREDITS = {
    "script": "ferris",
    "pencils": "oduya",
    "inks": "oduya",
    "colors": "batista",
    "letters": "robichaux",
    "cover": "arashiro",
}

# (series, issue number): (story title(s) [(text, lang)], story credits for anthologies)
STORIES = {
    ("vig87", "1"): [("Enter the Vigilant", None)],
    ("vig11", "1"): [("Second Watch", None)],
    ("vig11", "2"): [("Birds of the Night Shift", None)],
    ("vig11", "3"): [("Night of Glass, Part One: Splinters", None)],
    ("vig11", "4"): [("Night of Glass, Part Two: Shards", None)],
    ("vig11", "5"): [("Night of Glass, Part Three: Mirror Dark", None)],
    ("vig11", "7"): [("The Long Eclipse, Chapter One", None)],
    ("vig11", "8"): [("The Long Eclipse, Chapter Two", None)],
    ("sky", "1"): [("Assemble the Sky", None)],
    ("sky", "3"): [("High Tide", None)],
    ("sky", "5"): [("The Long Eclipse, Chapter Three", None)],
    ("sky", "6"): [("The Long Eclipse, Conclusion", None)],
    ("hollow", "1"): [("Ashes to Ashes", None)],
    ("rust", "0"): [("Forged", None)],
    ("rust", "2"): [("Crown of Rust, Part 1", None)],
    ("rust", "3"): [("Crown of Rust, Part 2", None)],
    ("rust", "4"): [("Crown of Rust, Part 3", None)],
    ("moth", "1"): [("Wick", None)],
    ("vauban", "1"): [("La Citadelle de sel", "fr"), ("The Salt Citadel", "en")],
    ("vauban", "2"): [("Les Fantômes de Namur", "fr"), ("The Ghosts of Namur", "en")],
    ("vauban", "3"): [("L'Hiver des sapeurs", "fr")],
    ("vauban", "4"): [("Le Dernier Bastion", "fr")],
    ("hoshi", "1"): [("旅立ちの刃", "ja")],
    ("hoshi", "2"): [("月下の決闘", "ja")],
    ("hoshi", "3"): [("砂の城", "ja")],
    ("hoshi", "4"): [("星降る夜", "ja")],
}
# anthology stories: (issue number, title, writer, artist)
ORBIT_STORIES = [
    ("1", "Welcome to Orbit City", "bloom", "kline"),
    ("1", "The Last Tram", "okonkwo", "kline"),
    ("2", "The Clockwork Saint", "bloom", "kline"),
    ("2", "Neon Alley", "okonkwo", "arashiro"),
    ("3", "Gravity Wells", "bloom", "ocampo"),
    ("3", "Night Market", "okonkwo", "kline"),
    ("4", "Skyline Requiem", "bloom", "kline"),
    ("5", "Last Stop, Orbit City", "okonkwo", "kline"),
]
# reprints: Halcyon Classics issue -> (series, issue, story title) it reprints
REPRINTS = {
    "1": ("orbit", "2", "The Clockwork Saint"),
    "2": ("vig87", "1", "Enter the Vigilant"),
    "3": ("hollow", "1", "Ashes to Ashes"),
}

# key: (id, label, aliases, alter ego or None, first appearance (series, no), creators, appears in)
CHARACTERS = {
    "vigilant": (
        501,
        "The Vigilant",
        ["Vig", "The Watchman of Orbit Bay"],
        "Marcus Hale",
        ("vig87", "1"),
        ["greaves", "mazur"],
        ["vig87", "vig11", "sky"],
    ),
    "nightjar": (
        502,
        "Nightjar",
        [],
        "Dana Okafor",
        ("vig11", "2"),
        ["castellanos", "achterberg"],
        ["vig11", "sky"],
    ),
    "graywake": (
        503,
        "Graywake",
        ["The Gray Man"],
        None,
        ("vig11", "3"),
        ["castellanos", "achterberg"],
        ["vig11"],
    ),
    "halo": (
        504,
        "Halo Spark",
        ["Halo"],
        "Priya Raman",
        ("sky", "1"),
        ["ferris", "arashiro"],
        ["sky"],
    ),
    "ironbark": (505, "Ironbark", [], None, ("sky", "1"), ["ferris", "arashiro"], ["sky"]),
    "tidecaller": (
        506,
        "Tidecaller",
        [],
        "Mateo Ruiz",
        ("sky", "3"),
        ["ferris", "arashiro"],
        ["sky"],
    ),
    "ash": (
        507,
        "Sister Ash",
        ["The Ash Nun"],
        "Agnes Whitlow",
        ("hollow", "1"),
        ["corrigan", "lindqvist"],
        ["hollow"],
    ),
    "rustblade": (
        508,
        "Rustblade",
        [],
        "Corwin Vale",
        ("rust", "0"),
        ["renfield", "ocampo"],
        ["rust"],
    ),
    "ferrule": (
        509,
        "Ferrule",
        ["Lady Ferrule"],
        "Imogen Sall",
        ("rust", "1"),
        ["renfield", "ocampo"],
        ["rust"],
    ),
    "tinker": (510, "The Tinker", [], None, ("rust", "2"), ["renfield", "ocampo"], ["rust"]),
    "moth": (511, "The Moth", [], "Wren Abernathy", ("moth", "1"), ["marchetti"], ["moth"]),
    "lantern": (512, "Lantern", [], None, ("moth", "1"), ["marchetti"], ["moth"]),
    "leonie": (513, "Léonie Vauban", [], None, ("vauban", "1"), ["darrieux", "moreau"], ["vauban"]),
    "kaito": (514, "カイト", ["Kaito"], None, ("hoshi", "1"), ["aoki"], ["hoshi"]),
}
# team key: (id, label, founded, first appearance, [(member, joined, left or None)])
TEAMS = {
    "skyguard": (
        901,
        "Skyguard Legion",
        "2014",
        ("sky", "1"),
        [
            ("vigilant", "2014", None),
            ("nightjar", "2014", "2016"),
            ("halo", "2014", None),
            ("ironbark", "2014", "2015"),
            ("tidecaller", "2016", None),
        ],
    ),
    "rivet": (
        902,
        "Order of the Rivet",
        "2005",
        ("rust", "0"),
        [("rustblade", "2005", None), ("ferrule", "2005", None), ("tinker", "2006", None)],
    ),
}
# arcs: key: (id, name, issues, style)
ARCS = {
    "glass": (7001, "Night of Glass", [("vig11", "3"), ("vig11", "4"), ("vig11", "5")], "pointer"),
    "eclipse": (
        7002,
        "The Long Eclipse",
        [("vig11", "7"), ("vig11", "8"), ("sky", "5"), ("sky", "6")],
        "parts",
    ),
    "crown": (7003, "Crown of Rust", [("rust", "2"), ("rust", "3"), ("rust", "4")], "pointer"),
}
# variants: (series, issue, letter, ratio, artist)
VARIANTS = [
    ("vig11", "1", "B", "1:25", "ilic"),
    ("vig11", "1", "C", "1:50", "arashiro"),
    ("sky", "1", "B", "1:10", "marchetti"),
    ("sky", "4", "B", "1:25", "ilic"),
    ("moth", "1", "B", "1:10", "achterberg"),
]
# collected editions: (id, name, isbn, format, pages, published, publisher, issues)
COLLECTIONS = [
    (
        9101,
        "The Vigilant Vol. 1: Night of Glass",
        "978-1-63215-402-7",
        "Paperback",
        144,
        "2012-08-15",
        "halcyon",
        [("vig11", n) for n in ["1", "2", "3", "4", "5"]],
    ),
    (
        9102,
        "Skyguard Legion: The Long Eclipse",
        "978-1-63215-511-6",
        "Hardcover",
        112,
        "2016-11-02",
        "halcyon",
        [("vig11", "7"), ("vig11", "8"), ("sky", "5"), ("sky", "6")],
    ),
    (
        9103,
        "Hollow Saints Omnibus",
        "978-1-4012-2295-0",
        "Hardcover",
        168,
        "2009-03-18",
        "nocturne",
        [("hollow", n) for n in ["1", "2", "3", "4", "5", "6"]],
    ),
    (
        9104,
        "Orbit City Tales: The Complete Collection",
        "978-1-58240-310-2",
        "Paperback",
        136,
        "2004-06-09",
        "starfall",
        [("orbit", n) for n in ["1", "2", "3", "4", "5"]],
    ),
    (
        9105,
        "Les Chroniques de Vauban – Intégrale",
        "978-2-8036-1187-4",
        "Hardcover",
        224,
        "2017-10-20",
        "lumiere",
        [("vauban", n) for n in ["1", "2", "3", "4"]],
    ),
]

FILLER_A = [
    "Broken",
    "Silent",
    "Burning",
    "Hollow",
    "Iron",
    "Crimson",
    "Last",
    "Falling",
    "Sleeping",
    "Distant",
    "Shattered",
    "Restless",
]
FILLER_B = [
    "Harbor",
    "Signal",
    "Skies",
    "Oath",
    "Engines",
    "Lanterns",
    "Streets",
    "Choir",
    "Frontier",
    "Vows",
    "Rooftops",
    "Tides",
]


_BLANKS = iter(range(1, 10**6))


def _blank() -> BNode:
    """A blank node with a counted id, so that the file comes out the same on every run."""
    return BNode(f"b{next(_BLANKS)}")


def _add_offer(g: Graph, node: URIRef, price: str, currency: str) -> None:
    o = _blank()
    g.add((node, S.offers, o))
    g.add((o, RDF.type, S.Offer))
    g.add((o, S.price, Literal(price, datatype=XSD.decimal, normalize=False)))
    g.add((o, S.priceCurrency, Literal(currency)))


def build() -> Graph:
    rng = random.Random(5007)
    g = Graph()
    g.bind("schema", S)
    g.bind("pb", PB)
    g.bind("foaf", FOAF)
    g.bind("skos", SKOS)

    country = {}
    for name in COUNTRIES:
        c = PLACE[name.lower().replace(" ", "-")]
        country[name] = c
        g.add((c, RDF.type, S.Country))
        g.add((c, S.name, Literal(name)))
    for slug, (name, cname) in CITIES.items():
        c = PLACE[slug]
        g.add((c, RDF.type, S.City))
        g.add((c, S.name, Literal(name)))
        g.add((c, S.containedInPlace, country[cname]))

    for key, label in ROLES.items():
        r = ROLE[key]
        g.add((r, RDF.type, SKOS.Concept))
        g.add((r, SKOS.prefLabel, Literal(label, lang="en")))
        g.add((r, SKOS.inScheme, URIRef(BASE + "role")))

    pub = {}
    for key, (pid, names, kind, founded, city) in PUBLISHERS.items():
        p = URIRef(f"{BASE}publisher/{pid}")
        pub[key] = p
        g.add((p, RDF.type, PB.Imprint if kind == "imprint" else PB.Publisher))
        g.add((p, RDF.type, S.Organization))
        for text, lang in names:
            g.add((p, S.name, Literal(text, lang=lang)))
        g.add((p, S.foundingDate, Literal(founded, datatype=XSD.gYear)))
        g.add((p, S.location, PLACE[city]))
        g.add((p, S.url, URIRef(f"https://www.{key}.example.com/")))
    for imp, parent in IMPRINT_OF.items():
        g.add((pub[imp], PB.imprintOf, pub[parent]))
    acq = _blank()
    g.add((pub["ironclad"], PB.acquisition, acq))
    g.add((acq, RDF.type, PB.Acquisition))
    g.add((acq, PB.acquirer, pub["halcyon"]))
    g.add((acq, S.startDate, Literal("2009-08-31", datatype=XSD.date)))
    g.add(
        (
            acq,
            S.description,
            Literal("Ironclad Press catalogue and staff absorbed by Halcyon Comics."),
        )
    )
    g.add((pub["lumiere"], PB.acquiredBy, pub["marceau"]))
    g.add((pub["lumiere"], PB.acquisitionDate, Literal("2015-03-02", datatype=XSD.date)))

    person = {}
    for n, (key, (name, pens, born, nat)) in enumerate(CREATORS.items()):
        p = URIRef(f"{BASE}creator/{3100 + 7 * n}")
        person[key] = p
        g.add((p, RDF.type, S.Person))
        g.add((p, S.name, Literal(name, lang="ja") if key == "aoki" else Literal(name)))
        for pen in pens:
            g.add(
                (
                    p,
                    S.alternateName,
                    Literal(pen, lang="ja-Latn") if key == "aoki" else Literal(pen),
                )
            )
        if born:
            g.add((p, S.birthDate, Literal(born, datatype=XSD.date)))
        g.add((p, S.nationality, country[nat]))

    series = {}
    issue = {}
    story_of: dict[tuple[str, str, str], URIRef] = {}
    next_issue = 1843000
    for key, (
        sid,
        names,
        publisher,
        began,
        ended,
        vol,
        numbers,
        first,
        prices,
        style,
    ) in SERIES.items():
        s = URIRef(f"{BASE}series/{sid}")
        series[key] = s
        g.add((s, RDF.type, S.ComicSeries))
        for i, (text, lang) in enumerate(names):
            g.add((s, S.name if i == 0 else S.alternateName, Literal(text, lang=lang)))
        g.add((s, S.publisher, pub[publisher]))
        g.add((s, PB.yearBegan, Literal(began, datatype=XSD.gYear)))
        if ended:
            g.add((s, PB.yearEnded, Literal(ended, datatype=XSD.gYear)))
        g.add((s, PB.volume, Literal(vol)))
        for p, v in SERIES_EXTRA.get(key, {}).items():
            g.add((s, p, Literal(v)))
        year, month = (int(x) for x in first.split("-"))
        for idx, number in enumerate(numbers):
            next_issue += rng.randint(3, 400)
            i = URIRef(f"{BASE}issue/{next_issue}")
            issue[(key, number)] = i
            g.add((i, RDF.type, S.ComicIssue))
            title = names[0][0]
            label = f"{title} #{number}" if not number.startswith("Annual") else f"{title} {number}"
            if style == "album":
                label = f"{title} tome {number}" if key == "vauban" else f"{title} 第{number}巻"
            g.add((i, S.name, Literal(label, lang=names[0][1])))
            g.add((i, S.issueNumber, Literal(number)))
            g.add((i, S.isPartOf, s))
            step = 12 if style == "album" else 1
            m0 = (year * 12 + month - 1) + idx * step
            if number == "Annual 1":
                m0 = year * 12 + month - 1 + 10
            cover_ym = f"{m0 // 12:04d}-{m0 % 12 + 1:02d}"
            g.add((i, PB.coverDate, Literal(cover_ym, datatype=XSD.gYearMonth)))
            cover_first = date(m0 // 12, m0 % 12 + 1, 1)
            on_sale = cover_first - timedelta(
                days=rng.choice([54, 61, 68]) if style != "album" else 0
            )
            on_sale -= timedelta(days=(on_sale.weekday() - 2) % 7)  # new comics day: Wednesday
            g.add((i, PB.onSaleDate, Literal(on_sale.isoformat(), datatype=XSD.date)))
            pages = (
                48
                if style == "album" and key == "vauban"
                else 192
                if key == "hoshi"
                else 48
                if number.startswith("Annual")
                else rng.choice([28, 32, 32, 36])
            )
            g.add((i, S.numberOfPages, Literal(pages)))
            for price, currency in prices:
                if number.startswith("Annual"):
                    price = "4.99"
                _add_offer(g, i, price, currency)
            # stories
            titles = STORIES.get((key, number))
            if key == "orbit":
                for n, title_, writer, artist in ORBIT_STORIES:
                    if n != number:
                        continue
                    st = URIRef(f"{i}/story/{len(list(g.objects(i, S.hasPart))) + 1}")
                    g.add((i, S.hasPart, st))
                    g.add((st, RDF.type, S.ComicStory))
                    g.add((st, S.name, Literal(title_)))
                    g.add((st, S.author, person[writer]))
                    g.add((st, S.artist, person[artist]))
                    story_of[(key, number, title_)] = st
            elif key == "classics":
                src = REPRINTS[number]
                st = URIRef(f"{i}/story/1")
                g.add((i, S.hasPart, st))
                g.add((st, RDF.type, S.ComicStory))
                g.add((st, S.name, Literal(src[2])))
                g.add((st, PB.reprintOf, story_of[src]))
            else:
                if not titles:
                    titles = [(f"{rng.choice(FILLER_A)} {rng.choice(FILLER_B)}", None)]
                st = URIRef(f"{i}/story/1")
                g.add((i, S.hasPart, st))
                g.add((st, RDF.type, S.ComicStory))
                for text, lang in titles:
                    g.add((st, S.name, Literal(text, lang=lang)))
                    if style == "album":  # an album's own title, as the index's issue page shows it
                        g.add((i, PB.title, Literal(text, lang=lang)))
                story_of[(key, number, titles[0][0])] = st
            # credits
            credits = ANNUAL_CREDITS if number.startswith("Annual") else CREDITS.get(key, {})
            for role, who in credits.items():
                if isinstance(who, tuple):
                    who = who[0] if idx < who[1] else who[2]
                if style == "node" or key == "classics":
                    c = _blank()
                    g.add((i, PB.credit, c))
                    g.add((c, RDF.type, PB.Credit))
                    g.add((c, PB.creator, person[who]))
                    g.add((c, PB.role, ROLE[role]))
                else:
                    g.add((i, S[role], person[who]))
            if style == "text":
                g.add(
                    (
                        i,
                        PB.creditsText,
                        Literal(
                            "Tobias Renfield (script); Luis Ocampo (art); Mina Sorrel (letters)"
                        ),
                    )
                )

    for key, (cid, label, aliases, ego, first, creators, appears) in CHARACTERS.items():
        c = URIRef(f"{BASE}character/{cid}")
        g.add((c, RDF.type, PB.Character))
        g.add((c, RDFS.label, Literal(label, lang="ja") if key == "kaito" else Literal(label)))
        for a in aliases:
            g.add((c, SKOS.altLabel, Literal(a, lang="ja-Latn") if key == "kaito" else Literal(a)))
        if ego:
            e = URIRef(f"{BASE}identity/{cid}")
            g.add((c, PB.alterEgo, e))
            g.add((e, RDF.type, FOAF.Person))
            g.add((e, FOAF.name, Literal(ego)))
        g.add((c, PB.firstAppearance, issue[first]))
        for who in creators:
            g.add((c, PB.createdBy, person[who]))
        for ser in appears:
            numbers = SERIES[ser][6]
            for number in numbers:
                if ser == "sky" and key == "tidecaller" and number in ("1", "2"):
                    continue
                if ser == "sky" and key == "nightjar" and number in ("5", "6"):
                    continue
                if ser == "vig11" and key == "nightjar" and number == "1":
                    continue
                if ser == "vig11" and key == "graywake" and number in ("1", "2"):
                    continue
                if ser == "rust" and key == "ferrule" and number == "0":
                    continue
                if ser == "rust" and key == "tinker" and number in ("0", "1"):
                    continue
                g.add((issue[(ser, number)], S.character, c))
        for number, (src, _, _) in REPRINTS.items():
            if src in appears:
                g.add((issue[("classics", number)], S.character, c))

    for tid, label, founded, first, members in TEAMS.values():
        t = URIRef(f"{BASE}team/{tid}")
        g.add((t, RDF.type, PB.Team))
        g.add((t, RDFS.label, Literal(label)))
        g.add((t, PB.formed, Literal(founded, datatype=XSD.gYear)))
        g.add((t, PB.firstAppearance, issue[first]))
        for who, joined, left in members:
            m = _blank()
            g.add((t, PB.membership, m))
            g.add((m, RDF.type, PB.Membership))
            g.add((m, PB.member, URIRef(f"{BASE}character/{CHARACTERS[who][0]}")))
            g.add((m, PB.joined, Literal(joined, datatype=XSD.gYear)))
            if left:
                g.add((m, PB.left, Literal(left, datatype=XSD.gYear)))

    for aid, name, parts, style in ARCS.values():
        a = URIRef(f"{BASE}arc/{aid}")
        g.add((a, RDF.type, PB.StoryArc))
        g.add((a, RDFS.label, Literal(name)))
        for order, part in enumerate(parts, 1):
            if style == "pointer":
                g.add((issue[part], PB.storyArc, a))
            else:
                p = _blank()
                g.add((a, PB.part, p))
                g.add((p, RDF.type, PB.ArcPart))
                g.add((p, PB.issue, issue[part]))
                g.add((p, PB.readingOrder, Literal(order)))

    for ser, number, letter, ratio, artist in VARIANTS:
        base = issue[(ser, number)]
        v = URIRef(f"{base}/cover/{letter.lower()}")
        g.add((v, RDF.type, PB.VariantCover))
        g.add((v, PB.variantOf, base))
        g.add(
            (
                v,
                S.name,
                Literal(
                    f"{SERIES[ser][1][0][0]} #{number} Cover {letter} ({ratio} {CREATORS[artist][0]} Variant)"
                ),
            )
        )
        g.add((v, PB.ratio, Literal(ratio)))
        g.add((v, PB.coverArtist, person[artist]))

    for cid, name, isbn, fmt, pages, published, publisher, parts in COLLECTIONS:
        b = URIRef(f"{BASE}collection/{cid}")
        g.add((b, RDF.type, S.Book))
        g.add((b, RDF.type, PB.CollectedEdition))
        g.add((b, S.name, Literal(name, lang="fr") if publisher == "lumiere" else Literal(name)))
        g.add((b, S.isbn, Literal(isbn)))
        g.add((b, S.bookFormat, S[fmt]))
        g.add((b, S.numberOfPages, Literal(pages)))
        g.add((b, S.datePublished, Literal(published, datatype=XSD.date)))
        g.add((b, S.publisher, pub[publisher]))
        for part in parts:
            g.add((b, PB.collects, issue[part]))
    return g


def main() -> None:
    g = build()
    out = HERE / "comics.ttl"
    g.serialize(out, format="turtle")
    print(out, len(g), "triples")


if __name__ == "__main__":
    main()
