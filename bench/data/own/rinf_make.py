# ruff: noqa: E501  (one record a line)
"""Write ``rinf.ttl``: an invented railway network as the European Union Agency for Railways
publishes its Register of Infrastructure (RINF) in the ERA knowledge graph (Turtle).

The ERA vocabulary (``http://data.europa.eu/949/``) as the ERA KG uses it: ``era:OperationalPoint``
named by ``era:opName`` (no ``rdfs:label``; Belgian and Swiss ones also by ``rdfs:label`` in two
languages) and identified by ``era:uopid`` ("DE00BFH"), typed by ``era:opType`` (a RINF
``op-types`` SKOS concept), in a country by ``era:inCountry`` (an EU authority-table IRI,
``http://publications.europa.eu/resource/authority/country/DEU``; the slice of that table loaded
beside it gives ``skos:prefLabel`` in three languages and ``skos:notation``), placed on national
lines by ``era:lineReference`` nodes (``era:lineNationalId``, ``era:kilometer``), located by
``geo:hasGeometry`` / ``geo:asWKT`` (GeoSPARQL WKT literals); ``era:SectionOfLine`` between two
points (``era:opStart``, ``era:opEnd``), labelled by the two points' OP IDs, with ``era:length``
(metres, ``xsd:double``), ``era:lineNationalId``, ``era:infrastructureManager`` and its tracks
(``era:track``); ``era:Track`` with ``era:trackId``, ``era:maximumPermittedSpeed``,
``era:wheelSetGauge`` (a ``nominal-track-gauges`` concept), ``era:contactLineSystem`` (a node with
``era:contactLineSystemType`` and ``era:energySupplySystem`` concepts) and ``era:loadCapability``
(a node with a ``load-capability-line-categories`` concept and a speed); ``era:NationalRailwayLine``
labelled by its number ("4010") with its country and manager; infrastructure managers as
``era:Body`` with ``skos:prefLabel``, an abbreviation (``skos:altLabel``) and ``era:imCode``.
Code lists are SKOS concept schemes with ``skos:prefLabel`` in English, German and French.

Run from the repository root: ``python bench/data/own/rinf_make.py``. Deterministic (seeded).
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

HERE = Path(__file__).parent
ERA = Namespace("http://data.europa.eu/949/")
CON = "http://data.europa.eu/949/concepts/"
FI = "http://data.europa.eu/949/functionalInfrastructure/"
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
AUTH = "http://publications.europa.eu/resource/authority/country/"
ORG = Namespace("http://www.w3.org/ns/org#")

COUNTRIES = {
    # code: (two-letter, en, de, fr, infrastructure managers (name, abbreviation, IM code))
    "DEU": (
        "DE",
        "Germany",
        "Deutschland",
        "Allemagne",
        [("Nordbahn Netz AG", "NBN", "0080"), ("Mittelgebirgsbahn GmbH", "MGB", "0084")],
    ),
    "FRA": ("FR", "France", "Frankreich", "France", [("Réseau Ferré de l'Ouest", "RFO", "0087")]),
    "BEL": ("BE", "Belgium", "Belgien", "Belgique", [("Infrabel Nova", "IBN", "0088")]),
    "AUT": (
        "AT",
        "Austria",
        "Österreich",
        "Autriche",
        [("Alpenschiene Infrastruktur AG", "ASI", "0081")],
    ),
    "CHE": ("CH", "Switzerland", "Schweiz", "Suisse", [("Helvetrail Netz", "HRN", "0085")]),
}
# RINF code lists (concept scheme, notation: (en, de, fr))
OP_TYPES = {
    "10": ("station", "Bahnhof", "gare"),
    "20": ("small station", "kleiner Bahnhof", "petite gare"),
    "40": ("freight terminal", "Güterterminal", "terminal de fret"),
    "70": ("passenger stop", "Haltepunkt", "point d'arrêt"),
    "80": ("junction", "Abzweigstelle", "bifurcation"),
    "90": ("border point", "Grenzpunkt", "point frontière"),
}
GAUGES = {
    "30": ("1435", "Regelspur", "voie normale", "standard gauge"),
    "10": ("1000", "Meterspur", "voie métrique", "metre gauge"),
}
CONTACT = {
    "10": ("overhead contact line (OCL)", "Oberleitung", "ligne aérienne de contact"),
    "20": ("third rail", "Stromschiene", "troisième rail"),
    "30": ("not electrified", "nicht elektrifiziert", "non électrifié"),
}
ENERGY = {
    "10": ("AC 15kV-16.7Hz",) * 3,
    "20": ("AC 25kV-50Hz",) * 3,
    "30": ("DC 3kV",) * 3,
    "40": ("DC 1.5kV",) * 3,
}
LOAD = {c: (c,) * 3 for c in ("A", "B1", "C2", "C4", "D2", "D4", "E4", "E5")}
COUNTRY_ENERGY = {"DEU": "10", "AUT": "10", "CHE": "10", "FRA": "20", "BEL": "30"}

SYL1 = [
    "Berg",
    "Wald",
    "Oster",
    "Lind",
    "Hohen",
    "Kalt",
    "Roth",
    "Eich",
    "Sonn",
    "Tann",
    "Brun",
    "Falk",
    "Hasel",
    "Mühl",
    "Stein",
    "Wolf",
    "Ahl",
    "Grün",
    "Birk",
    "Lauter",
]
SYL2 = [
    "feld",
    "bach",
    "hausen",
    "dorf",
    "au",
    "heim",
    "stadt",
    "burg",
    "brück",
    "tal",
    "ingen",
    "hof",
    "rode",
    "see",
]
FR1 = [
    "Saint-Aubrac",
    "Vermeuil",
    "Castelnoux",
    "Rivecourt",
    "Montbrel",
    "Lauzerac",
    "Bellefonde",
    "Pradines",
    "Chaumerac",
    "Vaudreuil",
    "Roquemont",
    "Aiguevive",
    "Sarlonne",
    "Marvejac",
    "Fontclair",
    "Estavel",
]
BE = [
    ("Brugeval", "Brugdal"),
    ("Namoire", "Namoren"),
    ("Ottignac", "Otteghem"),
    ("Liersart", "Lierzate"),
    ("Hasbaye", "Haspegem"),
    ("Wavrelle", "Waverle"),
    ("Tourmont", "Doornberg"),
    ("Gembrai", "Gembraken"),
    ("Spaloux", "Spalem"),
    ("Herbelle", "Herbeek"),
    ("Ciney-Vallon", "Cinedal"),
    ("Florennes-Bas", "Florenbeek"),
    ("Marchelune", "Maanmark"),
    ("Aubeloup", "Wolfsdaal"),
    ("Rixelles", "Riksel"),
]
CH = [
    ("Chavornay-les-Bois", "Schafernach"),
    ("Val-Morel", "Morelthal"),
    ("Sionnet", "Sitten-Nord"),
    ("Bellavaux", "Schönthal"),
    ("Rochefleur", "Blumenfels"),
    ("Lac-Verdon", "Grünsee"),
    ("Brigue-Haut", "Oberbrig"),
    ("Montagnier", "Bergli"),
    ("Pontrelle", "Brüggli"),
    ("Vaulion-Gare", "Wallingen"),
    ("Crestaval", "Kammtal"),
    ("Orsières-Haut", "Ursern"),
    ("Glacier-Blanc", "Weissfirn"),
    ("Mont-Sorel", "Sorelberg"),
    ("Combe-Noire", "Schwarztal"),
    ("Sapinière", "Tannegg"),
    ("Fontanelle", "Brunnmatt"),
    ("Les Aulnes", "Erlenbach"),
]
FR_A = [
    "Aur",
    "Bell",
    "Cast",
    "Riv",
    "Mont",
    "Lauz",
    "Prad",
    "Chaum",
    "Vaud",
    "Roq",
    "Sarl",
    "Marv",
    "Font",
    "Est",
    "Vern",
    "Cor",
    "Sauv",
    "Mir",
]
FR_B = ["ac", "euil", "ignac", "ille", "ozès", "ières", "onne", "ay", "ens"]


def main() -> None:
    rng = random.Random(3501)
    g = Graph()
    for p, ns in [
        ("era", ERA),
        ("geo", GEO),
        ("skos", SKOS),
        ("org", ORG),
        ("country", AUTH),
        ("xsd", XSD),
    ]:
        g.bind(p, ns)

    def scheme(name: str, items: dict, alt: int | None = None) -> dict[str, URIRef]:
        s = URIRef(f"{CON}{name}/{name.title().replace('-', '')}")
        g.add((s, RDF.type, SKOS.ConceptScheme))
        g.add((s, SKOS.prefLabel, Literal(name.replace("-", " "), lang="en")))
        out = {}
        for code, names in items.items():
            c = URIRef(f"{CON}{name}/rinf/{code}")
            g.add((c, RDF.type, SKOS.Concept))
            g.add((c, SKOS.inScheme, s))
            g.add((c, SKOS.notation, Literal(code)))
            for lang, n in zip(("en", "de", "fr"), names[:3], strict=True):
                g.add((c, SKOS.prefLabel, Literal(n, lang=lang)))
            if alt is not None and len(names) > 3:
                g.add((c, SKOS.altLabel, Literal(names[3], lang="en")))
            out[code] = c
        return out

    op_types = scheme("op-types", OP_TYPES)
    gauges = scheme("nominal-track-gauges", GAUGES, alt=3)
    contact = scheme("contact-line-systems", CONTACT)
    energy = scheme("energy-supply-systems", ENERGY)
    load = scheme("load-capability-line-categories", LOAD)

    ims: dict[str, list[URIRef]] = {}
    for code, (_two, en, de, fr, managers) in COUNTRIES.items():
        c = URIRef(AUTH + code)
        g.add((c, RDF.type, SKOS.Concept))
        g.add(
            (c, SKOS.inScheme, URIRef("http://publications.europa.eu/resource/authority/country"))
        )
        g.add((c, SKOS.notation, Literal(code)))
        for lang, n in (("en", en), ("de", de), ("fr", fr)):
            g.add((c, SKOS.prefLabel, Literal(n, lang=lang)))
        ims[code] = []
        for name, abbr, imc in managers:
            b = URIRef(f"http://data.europa.eu/949/organisations/{imc}_{abbr}")
            g.add((b, RDF.type, ERA.Body))
            g.add((b, RDF.type, ORG.Organization))
            g.add((b, SKOS.prefLabel, Literal(name)))
            g.add((b, SKOS.altLabel, Literal(abbr)))
            g.add((b, ERA.imCode, Literal(imc)))
            g.add((b, ERA.inCountry, c))
            ims[code].append(b)

    used_names: set[str] = set()
    used_ids: set[str] = set()
    ops: dict[str, list[URIRef]] = {k: [] for k in COUNTRIES}
    be_pool, ch_pool, fr_pool = list(BE), list(CH), list(FR1)
    lon_lat = {
        "DEU": (9.5, 50.5),
        "FRA": (3.0, 47.0),
        "BEL": (4.5, 50.6),
        "AUT": (14.0, 47.5),
        "CHE": (7.8, 46.8),
    }

    def new_op(country: str, kind: str) -> URIRef:
        two = COUNTRIES[country][0]
        labels: list[Literal] = []
        if country == "DEU" or country == "AUT":
            while True:
                base = rng.choice(SYL1) + rng.choice(SYL2)
                suf = {"40": "Gbf", "80": "Abzw"}.get(
                    kind,
                    rng.choice(["Hbf", "", "", "Süd", "Nord", "Ost", "West"])
                    if kind == "10"
                    else "",
                )
                name = f"{base} {suf}".strip()
                if name not in used_names:
                    break
        elif country == "FRA":
            while True:
                base = fr_pool.pop(0) if fr_pool else rng.choice(FR_A) + rng.choice(FR_B)
                name = base if kind != "40" else f"{base}-Triage"
                if name not in used_names:
                    break
        elif country == "BEL":
            fr, nl = be_pool.pop(0)
            name = f"{fr} / {nl}"
            labels = [Literal(fr, lang="fr"), Literal(nl, lang="nl")]
        else:
            fr, de = ch_pool.pop(0)
            name = fr
            labels = [Literal(fr, lang="fr"), Literal(de, lang="de")]
        used_names.add(name)
        letters = "".join(ch for ch in name.upper() if "A" <= ch <= "Z")
        while True:
            code = f"{two}{rng.randint(0, 99):02d}{letters[0]}{rng.choice(letters[1:] or 'X')}{rng.choice('ABCDEFGHKLMNPRSTUVWZ')}"
            if code not in used_ids:
                break
        used_ids.add(code)
        op = URIRef(f"{FI}operationalPoints/{code}")
        g.add((op, RDF.type, ERA.OperationalPoint))
        g.add((op, ERA.opName, Literal(name)))
        for lab in labels:
            g.add((op, RDFS.label, lab))
        g.add((op, ERA.uopid, Literal(code)))
        g.add((op, ERA.tafTAPCode, Literal(f"{two}{rng.randint(10000, 99999)}")))
        g.add((op, ERA.opType, op_types[kind]))
        g.add((op, ERA.inCountry, URIRef(AUTH + country)))
        g.add(
            (
                op,
                ERA.validityStartDate,
                Literal(f"20{rng.randint(14, 23)}-{rng.randint(1, 12):02d}-01", datatype=XSD.date),
            )
        )
        geo = URIRef(f"{FI}operationalPoints/{code}/geometry")
        lon0, lat0 = lon_lat[country]
        g.add((op, GEO.hasGeometry, geo))
        g.add((geo, RDF.type, GEO.Geometry))
        wkt = f"POINT({lon0 + rng.uniform(-1.5, 1.5):.5f} {lat0 + rng.uniform(-1.0, 1.0):.5f})"
        g.add((geo, GEO.asWKT, Literal(wkt, datatype=GEO.wktLiteral)))
        ops[country].append(op)
        return op

    sol_n = 0

    def section(
        a: URIRef,
        b: URIRef,
        line: URIRef,
        country: str,
        im: URIRef,
        length_m: int,
        electrified: bool,
        gauge: str,
    ) -> None:
        nonlocal sol_n
        sol_n += 1
        ida, idb = str(g.value(a, ERA.uopid)), str(g.value(b, ERA.uopid))
        sol = URIRef(f"{FI}sectionsOfLine/{COUNTRIES[country][0]}{ida}{idb}")
        g.add((sol, RDF.type, ERA.SectionOfLine))
        g.add((sol, RDFS.label, Literal(f"{ida}-{idb}")))
        g.add((sol, ERA.opStart, a))
        g.add((sol, ERA.opEnd, b))
        g.add((sol, ERA.length, Literal(f"{length_m}.0", datatype=XSD.double)))
        g.add((sol, ERA.lineNationalId, line))
        g.add((sol, ERA.infrastructureManager, im))
        g.add((sol, ERA.inCountry, URIRef(AUTH + country)))
        g.add((sol, ERA.solNature, URIRef(CON + "sol-natures/Regular_SoL")))
        ntracks = rng.choice([1, 2, 2])
        speed = (
            rng.choice([80, 100, 120, 140, 160, 200]) if gauge == "30" else rng.choice([50, 60, 70])
        )
        cat = (
            rng.choice(["C2", "C4", "D2", "D4", "E4", "E5"])
            if gauge == "30"
            else rng.choice(["A", "B1"])
        )
        for t in range(1, ntracks + 1):
            tr = URIRef(f"{sol}/track/{t}")
            g.add((sol, ERA.track, tr))
            g.add((tr, RDF.type, ERA.Track))
            g.add((tr, RDFS.label, Literal(str(t))))
            g.add((tr, ERA.trackId, Literal(str(t))))
            g.add(
                (
                    tr,
                    ERA.trackDirection,
                    URIRef(
                        CON
                        + (
                            "track-running-directions/rinf/10"
                            if t == 1
                            else "track-running-directions/rinf/20"
                        )
                    ),
                )
            )
            g.add((tr, ERA.maximumPermittedSpeed, Literal(speed, datatype=XSD.integer)))
            g.add((tr, ERA.wheelSetGauge, gauges[gauge]))
            cls = URIRef(f"{tr}/contactLineSystem")
            g.add((tr, ERA.contactLineSystem, cls))
            g.add((cls, RDF.type, ERA.ContactLineSystem))
            if electrified:
                g.add((cls, ERA.contactLineSystemType, contact["10"]))
                g.add(
                    (
                        cls,
                        ERA.energySupplySystem,
                        energy[COUNTRY_ENERGY[country] if gauge == "30" else "40"],
                    )
                )
            else:
                g.add((cls, ERA.contactLineSystemType, contact["30"]))
            lc = BNode(f"lc{sol_n}t{t}")
            g.add((tr, ERA.loadCapability, lc))
            g.add((lc, RDF.type, ERA.LoadCapability))
            g.add((lc, ERA.loadCapabilityLineCategory, load[cat]))
            g.add(
                (
                    lc,
                    ERA.loadCapabilitySpeed,
                    Literal(speed if speed <= 120 else 120, datatype=XSD.integer),
                )
            )

    line_no = {"DEU": 1700, "FRA": 570000, "BEL": 34, "AUT": 101, "CHE": 250}
    line_count = {"DEU": 6, "FRA": 4, "BEL": 2, "AUT": 3, "CHE": 3}
    first_line: dict[str, tuple[URIRef, str, list[URIRef]]] = {}
    for country, nlines in line_count.items():
        numbers = [line_no[country]]
        for _ in range(nlines - 1):
            numbers.append(
                numbers[-1] + rng.choice([10, 20, 30]) + (1000 if country == "FRA" else 0)
            )
        for li in range(nlines):
            number = str(numbers[li])
            line = URIRef(f"{FI}nationalLines/{COUNTRIES[country][0]}/{number}")
            g.add((line, RDF.type, ERA.NationalRailwayLine))
            g.add((line, RDFS.label, Literal(number)))
            g.add((line, ERA.inCountry, URIRef(AUTH + country)))
            im = ims[country][li % len(ims[country])]
            g.add((line, ERA.infrastructureManager, im))
            n = rng.randint(6, 10) if country in ("DEU", "FRA") else rng.randint(4, 5)
            gauge = "10" if (country == "CHE" and li == 2) else "30"
            electrified = not (country == "DEU" and li in (3, 5)) and not (
                country == "FRA" and li == 3
            )
            chain: list[URIRef] = []
            if li > 0 and ops[country]:
                chain.append(
                    rng.choice(
                        [o for o in ops[country] if (o, ERA.opType, op_types["10"]) in g]
                        or ops[country]
                    )
                )
            while len(chain) < n:
                kind = "10" if not chain else rng.choice(["10", "10", "20", "70", "70", "80", "40"])
                if len(chain) == n - 1:
                    kind = "10"
                chain.append(new_op(country, kind))
            if li == 0:
                first_line[country] = (line, number, chain)
            km = 0.0
            for i, op in enumerate(chain):
                ref = URIRef(f"{op}/lineReference/{number}")
                g.add((op, ERA.lineReference, ref))
                g.add((ref, RDF.type, ERA.LineReference))
                g.add((ref, ERA.lineNationalId, line))
                g.add((ref, ERA.kilometer, Literal(round(km, 3), datatype=XSD.double)))
                if i + 1 < len(chain):
                    length = rng.randint(2500, 24000)
                    km += length / 1000
                    section(op, chain[i + 1], line, country, im, length, electrified, gauge)
    # cross-border sections between two border points (one on each side)
    for a, b in [("DEU", "AUT"), ("DEU", "BEL"), ("FRA", "BEL"), ("FRA", "CHE"), ("AUT", "CHE")]:
        pa, pb = new_op(a, "90"), new_op(b, "90")
        for p, c in ((pa, a), (pb, b)):
            line, number, chain = first_line[c]
            ref = URIRef(f"{p}/lineReference/{number}")
            g.add((p, ERA.lineReference, ref))
            g.add((ref, RDF.type, ERA.LineReference))
            g.add((ref, ERA.lineNationalId, line))
            g.add((ref, ERA.kilometer, Literal(float(rng.randint(1, 40)), datatype=XSD.double)))
            station = rng.choice([o for o in chain if (o, ERA.opType, op_types["10"]) in g])
            section(station, p, line, c, ims[c][0], rng.randint(3000, 15000), True, "30")
        section(pa, pb, first_line[a][0], a, ims[a][0], rng.randint(800, 3000), True, "30")
    out = HERE / "rinf.ttl"
    g.serialize(out, format="turtle")
    print(out, len(g), "triples")


if __name__ == "__main__":
    main()
