# ruff: noqa: E501  (one record a line)
"""Write ``taxa.nt.gz``: a natural-history museum's and a citizen-science portal's biodiversity
records in Darwin Core RDF, as gzipped N-Triples.

The shape is what a collection publishes through a Darwin Core RDF export (the TDWG Darwin Core
RDF guide, https://dwc.tdwg.org/rdf/, with Darwin-SW, http://purl.org/dsw/, for the joins between
the classes), merged with a regional checklist:

* a checklist of ``dwc:Taxon`` records, kingdom -> phylum -> class -> order -> family -> genus ->
  species, with ``dwc:taxonID``, ``dwc:scientificName`` (a species' with its authorship, as GBIF
  writes it), ``dwc:scientificNameAuthorship``, ``dwc:taxonRank``, ``dwc:taxonomicStatus``,
  ``dwc:genus`` / ``dwc:specificEpithet``, ``dwc:vernacularName`` with language tags (en, de,
  fr, nl, es; not every language for every taxon) and ``dwc:parentNameUsage`` (the parent's name).
  The zoological part links a parent by IRI (``dwc:parentNameUsageID`` holding the parent's IRI);
  the herbarium's part, as exported from its database, by the parent's ``dwc:taxonID`` string;
* synonyms: ``dwc:Taxon`` records with ``dwc:taxonomicStatus "synonym"``, ``dwc:acceptedNameUsage``
  (the accepted name as a string) and ``dwc:acceptedNameUsageID`` (the accepted record's id string);
* preserved specimens of the museum (``dwc:Occurrence``, ``dwc:PreservedSpecimen``): ``dwc:catalogNumber``
  (``MNH-00421``, ``BGH-013377``), ``dwc:institutionCode`` and ``dwc:institutionID`` (the
  institution's IRI), ``dwc:collectionCode``, ``dwc:recordedBy`` (the collector as written on the
  label) and ``dwciri:recordedBy`` (a ``foaf:Person`` with ``foaf:name``), ``dwc:preparations``, ``dwc:sex``;
* citizen-science observations (``dwc:Occurrence``, ``dwc:HumanObservation``): ``dwc:occurrenceID``
  (the portal's observation URL), ``dwc:recordedBy``, ``dwc:individualCount`` (``xsd:integer``);
* every occurrence ``dsw:atEvent`` a ``dwc:Event`` (``dwc:eventID``, ``dwc:eventDate`` an
  ``xsd:date``, ``dwc:samplingProtocol``, ``dwc:habitat``), the event ``dsw:locatedAt`` a
  ``dcterms:Location`` blank node (``dwc:locality``, ``dwc:country``, ``dwc:countryCode``,
  ``dwc:decimalLatitude`` / ``dwc:decimalLongitude`` as ``xsd:decimal``, ``dwciri:inDescribedPlace``
  a gazetteer place with ``rdfs:label``s);
* the identification of each occurrence a ``dwc:Identification`` blank node that ``dsw:identifies``
  it, with ``dwciri:toTaxon`` the taxon, ``dwc:identifiedBy`` and (mostly) ``dwc:dateIdentified``;
* tissue samples (``dwc:MaterialSample``, ``dwc:materialSampleID``) ``dsw:derivedFrom`` a specimen.

Species, observers and places are invented (plausible Latin binomials under real higher taxa).
Seeded; stdlib + rdflib. Run from the repository root: ``python bench/data/own/taxa_make.py``.
"""

from __future__ import annotations

import gzip
import random
from datetime import date, timedelta
from pathlib import Path

from rdflib import XSD, Graph, Literal, Namespace, URIRef
from rdflib import BNode as _BNode
from rdflib.namespace import FOAF, RDF, RDFS, SKOS

DWC = Namespace("http://rs.tdwg.org/dwc/terms/")
DWCIRI = Namespace("http://rs.tdwg.org/dwc/iri/")
DSW = Namespace("http://purl.org/dsw/")
DCT = Namespace("http://purl.org/dc/terms/")
BASE = Namespace("https://data.bergstadt-museum.example.org/")
OBS = "https://natobs.example.org/observation/"
HERE = Path(__file__).parent

rng = random.Random(2027)
g = Graph()
_bnodes = iter(range(1, 1_000_000))


def BNode() -> _BNode:  # stable blank node ids, so the file is the same each run
    return _BNode(f"b{next(_bnodes)}")


def add(s, p, o) -> None:  # type: ignore[no-untyped-def]
    g.add((s, p, o))


# ----------------------------------------------------------------------------- checklist
# (rank, name, authorship, parent name, English vernacular name or None)
HIGHER = [
    ("kingdom", "Animalia", "", None, "animals"),
    ("kingdom", "Plantae", "", None, "plants"),
    ("phylum", "Chordata", "", "Animalia", "chordates"),
    ("phylum", "Arthropoda", "", "Animalia", "arthropods"),
    ("phylum", "Tracheophyta", "", "Plantae", "vascular plants"),
    ("class", "Aves", "", "Chordata", "birds"),
    ("class", "Mammalia", "", "Chordata", "mammals"),
    ("class", "Amphibia", "", "Chordata", "amphibians"),
    ("class", "Insecta", "", "Arthropoda", "insects"),
    ("class", "Magnoliopsida", "", "Tracheophyta", "dicots"),
    ("class", "Liliopsida", "", "Tracheophyta", "monocots"),
    ("order", "Accipitriformes", "", "Aves", "birds of prey"),
    ("order", "Strigiformes", "", "Aves", "owls"),
    ("order", "Passeriformes", "", "Aves", "perching birds"),
    ("order", "Anseriformes", "", "Aves", "waterfowl"),
    ("order", "Carnivora", "", "Mammalia", "carnivorans"),
    ("order", "Chiroptera", "", "Mammalia", "bats"),
    ("order", "Anura", "", "Amphibia", "frogs and toads"),
    ("order", "Lepidoptera", "", "Insecta", "butterflies and moths"),
    ("order", "Odonata", "", "Insecta", "dragonflies and damselflies"),
    ("order", "Coleoptera", "", "Insecta", "beetles"),
    ("order", "Fagales", "", "Magnoliopsida", None),
    ("order", "Asterales", "", "Magnoliopsida", None),
    ("order", "Lamiales", "", "Magnoliopsida", None),
    ("order", "Rosales", "", "Magnoliopsida", None),
    ("order", "Asparagales", "", "Liliopsida", None),
    ("family", "Accipitridae", "Vieillot, 1816", "Accipitriformes", "hawks, eagles and kites"),
    ("family", "Tytonidae", "Ridgway, 1914", "Strigiformes", "barn owls"),
    ("family", "Strigidae", "Leach, 1820", "Strigiformes", "typical owls"),
    ("family", "Corvidae", "Leach, 1820", "Passeriformes", "crows and jays"),
    ("family", "Paridae", "Vigors, 1825", "Passeriformes", "tits and chickadees"),
    ("family", "Anatidae", "Leach, 1820", "Anseriformes", "ducks, geese and swans"),
    ("family", "Mustelidae", "Fischer, 1817", "Carnivora", "mustelids"),
    ("family", "Vespertilionidae", "Gray, 1821", "Chiroptera", "vesper bats"),
    ("family", "Ranidae", "Batsch, 1796", "Anura", "true frogs"),
    ("family", "Nymphalidae", "Rafinesque, 1815", "Lepidoptera", "brush-footed butterflies"),
    ("family", "Libellulidae", "Leach, 1815", "Odonata", "skimmers"),
    ("family", "Carabidae", "Latreille, 1802", "Coleoptera", "ground beetles"),
    ("family", "Fagaceae", "Dumort.", "Fagales", "beech family"),
    ("family", "Betulaceae", "Gray", "Fagales", "birch family"),
    ("family", "Asteraceae", "Bercht. & J.Presl", "Asterales", "daisy family"),
    ("family", "Lamiaceae", "Martinov", "Lamiales", "mint family"),
    ("family", "Rosaceae", "Juss.", "Rosales", "rose family"),
    ("family", "Orchidaceae", "Juss.", "Asparagales", "orchid family"),
]
PLANT_FAMILIES = {"Fagaceae", "Betulaceae", "Asteraceae", "Lamiaceae", "Rosaceae", "Orchidaceae"}

# genus: (family, authorship, (en, de, fr, nl, es) base nouns of its species' common names)
GENERA = {
    "Milvarion": ("Accipitridae", "Brehmer, 1828", ("kite", "milan", "Milan", "wouw", "milano")),
    "Aquilastra": (
        "Accipitridae",
        "Ostrowski, 1852",
        ("eagle", "adler", "Aigle", "arend", "águila"),
    ),
    "Tytonella": (
        "Tytonidae",
        "Haldane, 1861",
        ("barn owl", "schleiereule", "Effraie", "kerkuil", "lechuza"),
    ),
    "Noctuavis": ("Strigidae", "Brehmer, 1830", ("owl", "kauz", "Chouette", "uil", "mochuelo")),
    "Garrulina": ("Corvidae", "Vasquez, 1874", ("jay", "häher", "Geai", "gaai", "arrendajo")),
    "Parulus": ("Paridae", "Lindqvist, 1849", ("tit", "meise", "Mésange", "mees", "carbonero")),
    "Anasella": ("Anatidae", "Ostrowski, 1858", ("duck", "ente", "Canard", "eend", "pato")),
    "Martella": ("Mustelidae", "Kessler, 1866", ("marten", "marder", "Martre", "marter", "marta")),
    "Myotella": (
        "Vespertilionidae",
        "Haldane, 1872",
        ("bat", "fledermaus", "Murin", "vleermuis", "murciélago"),
    ),
    "Ranula": ("Ranidae", "Vasquez, 1881", ("frog", "frosch", "Grenouille", "kikker", "rana")),
    "Vanessula": (
        "Nymphalidae",
        "Lindqvist, 1840",
        ("admiral", "falter", "Vanesse", "vlinder", "vanesa"),
    ),
    "Libellina": (
        "Libellulidae",
        "Kessler, 1877",
        ("darter", "heidelibelle", "Sympétrum", "heidelibel", "libélula"),
    ),
    "Carabella": (
        "Carabidae",
        "Moreau, 1859",
        ("ground beetle", "laufkäfer", "Carabe", "loopkever", "carábido"),
    ),
    "Quercella": ("Fagaceae", "Moreau", ("oak", "eiche", "Chêne", "eik", "roble")),
    "Betulina": ("Betulaceae", "Ostrowski", ("birch", "birke", "Bouleau", "berk", "abedul")),
    "Arnicella": ("Asteraceae", "Lindqvist", ("arnica", "arnika", "Arnica", "valkruid", "árnica")),
    "Salviola": ("Lamiaceae", "Vasquez", ("sage", "salbei", "Sauge", "salie", "salvia")),
    "Crataegella": (
        "Rosaceae",
        "Haldane",
        ("hawthorn", "weißdorn", "Aubépine", "meidoorn", "espino"),
    ),
    "Orchidella": (
        "Orchidaceae",
        "Kessler",
        ("orchid", "knabenkraut", "Orchis", "orchis", "orquídea"),
    ),
}
# epithet: (en, de prefix, fr after, nl before ("-": one word with the noun), es after)
EPITHETS = {
    "rubescens": ("Red", "Rot", "rouge", "Rode", "rojo"),
    "nigrescens": ("Black", "Schwarz", "noir", "Zwarte", "negro"),
    "flavescens": ("Yellow", "Gelb", "jaune", "Gele", "amarillo"),
    "virescens": ("Green", "Grün", "vert", "Groene", "verde"),
    "cinerascens": ("Grey", "Grau", "gris", "Grauwe", "gris"),
    "caerulescens": ("Blue", "Blau", "bleu", "Blauwe", "azul"),
    "albescens": ("White", "Weiß", "blanc", "Witte", "blanco"),
    "borealis": ("Northern", "Nord", "boréal", "Noordse", "boreal"),
    "australis": ("Southern", "Süd", "austral", "Zuidelijke", "austral"),
    "alpestris": ("Alpine", "Alpen", "alpin", "Alpen-", "alpino"),
    "palustris": ("Marsh", "Sumpf", "des marais", "Moeras-", "palustre"),
    "sylvestris": ("Wood", "Wald", "des bois", "Bos-", "silvestre"),
    "campestris": ("Field", "Feld", "des champs", "Veld-", "campestre"),
    "littoralis": ("Shore", "Ufer", "du rivage", "Oever-", "costero"),
    "orientalis": ("Eastern", "Ost", "oriental", "Oostelijke", "oriental"),
    "occidentalis": ("Western", "West", "occidental", "Westelijke", "occidental"),
    "elegans": ("Elegant", "Zier", "élégant", "Sierlijke", "elegante"),
    "gracilis": ("Slender", "Schlank", "grêle", "Slanke", "grácil"),
}
AUTHORS = [
    "Brehmer",
    "Ostrowski",
    "Haldane",
    "Lindqvist",
    "Vasquez",
    "Kessler",
    "Moreau",
    "Tanaka",
    "Okafor",
]
# Species whose common name is the bare noun (the genus's type species), and second English names.
BARE = {("Tytonella", "albescens")}
KEPT = {("Milvarion", "rubescens"), ("Salviola", "alpestris")}  # species the records below name
EXTRA_EN = {
    ("Tytonella", "albescens"): ["Ghost owl"],
    ("Quercella", "sylvestris"): ["Pedunculate oak"],
    ("Anasella", "flavescens"): ["Yellowbill"],
}

taxa: dict[str, URIRef] = {}  # name -> IRI
taxon_id: dict[str, str] = {}
species: list[tuple[str, str, URIRef]] = []  # (genus, epithet, IRI)
basionyms: list[tuple[str, str, str]] = []  # (genus, epithet, original authorship)
_tid = iter(range(1, 10_000))


def taxon(
    rank: str, name: str, full: str, authorship: str, parent: str | None, plant: bool
) -> URIRef:
    tid = f"{'BGH' if plant else 'MNH'}-T{next(_tid):04d}"
    t = BASE[f"taxon/{tid}"]
    taxa[name] = t
    taxon_id[name] = tid
    add(t, RDF.type, DWC.Taxon)
    add(t, DWC.taxonID, Literal(tid))
    add(t, DWC.scientificName, Literal(full))
    if authorship:
        add(t, DWC.scientificNameAuthorship, Literal(authorship))
    add(t, DWC.taxonRank, Literal(rank))
    add(t, DWC.taxonomicStatus, Literal("accepted"))
    add(t, DWC.nomenclaturalCode, Literal("ICN" if plant else "ICZN"))
    if parent is not None:
        add(t, DWC.parentNameUsage, Literal(parent))
        if plant:  # the herbarium's database export: the parent's id string
            add(t, DWC.parentNameUsageID, Literal(taxon_id[parent]))
        else:
            add(t, DWC.parentNameUsageID, taxa[parent])
    return t


def is_plant_name(name: str) -> bool:
    if name in PLANT_FAMILIES or name in {"Plantae", "Tracheophyta", "Magnoliopsida", "Liliopsida"}:
        return True
    if name in GENERA:
        return GENERA[name][0] in PLANT_FAMILIES
    return name in {"Fagales", "Asterales", "Lamiales", "Rosales", "Asparagales"}


for rank, name, auth, parent, en in HIGHER:
    t = taxon(rank, name, name, auth, parent, is_plant_name(name))
    if en:
        add(t, DWC.vernacularName, Literal(en, lang="en"))

for genus, (family, gauth, nouns) in GENERA.items():
    plant = family in PLANT_FAMILIES
    taxon("genus", genus, genus, gauth, family, plant)
    epithets = rng.sample(sorted(EPITHETS), 4)
    for must in sorted({e for (gg, e) in (*BARE, *EXTRA_EN, *KEPT) if gg == genus}):
        if must not in epithets:
            epithets[
                next(
                    i
                    for i in range(4)
                    if epithets[i]
                    not in {m for (gg, m) in (*BARE, *EXTRA_EN, *KEPT) if gg == genus}
                )
            ] = must
    for ep in epithets:
        year = rng.randrange(1758, 1920)
        who = rng.choice(AUTHORS)
        # described in another genus (its basionym a synonym record below): authorship in
        # parentheses, a plant's followed by the author of the new combination
        moved = rng.random() < 0.35 or (genus, ep) in BARE
        if plant:
            sauth = f"({who}) {gauth}" if moved else who
        else:
            sauth = f"({who}, {year})" if moved else f"{who}, {year}"
        if moved:
            basionyms.append((genus, ep, f"{who}" if plant else f"{who}, {year}"))
        full = f"{genus} {ep} {sauth}"
        t = taxon("species", f"{genus} {ep}", full, sauth, genus, plant)
        add(t, DWC.genus, Literal(genus))
        add(t, DWC.specificEpithet, Literal(ep))
        species.append((genus, ep, t))
        adj = EPITHETS[ep]
        en_name = nouns[0].capitalize() if (genus, ep) in BARE else f"{adj[0]} {nouns[0]}"
        add(t, DWC.vernacularName, Literal(en_name, lang="en"))
        for extra in EXTRA_EN.get((genus, ep), []):
            if extra != en_name:
                add(t, DWC.vernacularName, Literal(extra, lang="en"))
        langs = [lang for lang in ("de", "fr", "nl", "es") if rng.random() < 0.7]
        if (genus, ep) in BARE:
            langs = ["de", "fr", "nl"]
        for lang in langs:
            if lang == "de":
                v = nouns[1].capitalize() if (genus, ep) in BARE else adj[1] + nouns[1]
            elif lang == "fr":
                v = nouns[2] if (genus, ep) in BARE else f"{nouns[2]} {adj[2]}"
            elif lang == "nl":
                v = (
                    nouns[3].capitalize()
                    if (genus, ep) in BARE
                    else f"{adj[3]} {nouns[3]}".replace("- ", "")
                )
            else:
                v = f"{nouns[4].capitalize()} {adj[4]}"
            add(t, DWC.vernacularName, Literal(v, lang=lang))

# synonyms: each moved species' basionym in its genus of the past, pointing at the accepted
# record by id string (as a checklist's taxon core does)
OLD_GENUS = {
    "Milvarion": "Milvus",
    "Aquilastra": "Aquila",
    "Tytonella": "Tyto",
    "Noctuavis": "Strix",
    "Garrulina": "Garrulus",
    "Parulus": "Parus",
    "Anasella": "Anas",
    "Martella": "Martes",
    "Myotella": "Myotis",
    "Ranula": "Rana",
    "Vanessula": "Vanessa",
    "Libellina": "Sympetrum",
    "Carabella": "Carabus",
    "Quercella": "Quercus",
    "Betulina": "Betula",
    "Arnicella": "Arnica",
    "Salviola": "Salvia",
    "Crataegella": "Crataegus",
    "Orchidella": "Orchis",
}
synonyms: list[tuple[str, str]] = []
for genus, ep, sauth in basionyms:
    accepted = f"{genus} {ep}"
    t = taxa[accepted]
    sid = f"{taxon_id[accepted]}-S"
    s = BASE[f"taxon/{sid}"]
    add(s, RDF.type, DWC.Taxon)
    add(s, DWC.taxonID, Literal(sid))
    add(s, DWC.scientificName, Literal(f"{OLD_GENUS[genus]} {ep} {sauth}"))
    add(s, DWC.scientificNameAuthorship, Literal(sauth))
    add(s, DWC.taxonRank, Literal("species"))
    add(s, DWC.taxonomicStatus, Literal("synonym"))
    add(s, DWC.acceptedNameUsage, Literal(str(g.value(t, DWC.scientificName))))
    add(s, DWC.acceptedNameUsageID, Literal(taxon_id[accepted]))
    synonyms.append((f"{OLD_GENUS[genus]} {ep}", accepted))

# ----------------------------------------------------------------------------- places and people
PLACES = [
    (
        "lake-varnholm",
        "Lake Varnholm",
        "Varnholmsee",
        "Germany",
        "DE",
        54.121,
        10.482,
        "open water and reed beds",
    ),
    ("kessler-moor", "Kessler Moor", "Kesslermoor", "Germany", "DE", 53.402, 8.915, "raised bog"),
    (
        "oldenbrook-forest",
        "Oldenbrook Forest",
        "Oldenbrooker Wald",
        "Germany",
        "DE",
        51.774,
        9.330,
        "beech forest",
    ),
    (
        "hallern-heath",
        "Hallern Heath",
        "Hallerner Heide",
        "Germany",
        "DE",
        52.951,
        10.011,
        "dry heath",
    ),
    ("gravik-alp", "Gravik Alp", "Gravikalm", "Austria", "AT", 47.281, 11.402, "alpine meadow"),
    (
        "ostbury-marshes",
        "Ostbury Marshes",
        None,
        "United Kingdom",
        "GB",
        52.612,
        1.541,
        "coastal grazing marsh",
    ),
    (
        "wendel-dunes",
        "Wendel Dunes",
        "Wendelduinen",
        "Netherlands",
        "NL",
        52.551,
        4.631,
        "coastal dunes",
    ),
    (
        "brannock-valley",
        "Brannock Valley",
        None,
        "United Kingdom",
        "GB",
        54.401,
        -3.112,
        "upland oak wood",
    ),
    ("sorvik-bay", "Sorvik Bay", "Sörviksbukten", "Sweden", "SE", 59.212, 18.301, "sheltered bay"),
    (
        "la-garrigue-de-mornas",
        "Garrigue de Mornas",
        None,
        "France",
        "FR",
        44.201,
        4.731,
        "garrigue",
    ),
    (
        "river-tessel-floodplain",
        "Tessel Floodplain",
        "Tesselaue",
        "Germany",
        "DE",
        50.871,
        11.590,
        "floodplain meadow",
    ),
    ("pico-aldan", "Pico Aldán", None, "Spain", "ES", 42.912, -5.231, "montane scrub"),
]
PROTOCOLS = [
    "point count",
    "transect walk",
    "mist netting",
    "opportunistic observation",
    "light trap",
    "pitfall trap",
    "bat detector survey",
]
FIRST = [
    "Hanna",
    "Jonas",
    "Marta",
    "Pieter",
    "Ingrid",
    "Tomás",
    "Élodie",
    "Rafael",
    "Sanne",
    "Oskar",
    "Aino",
    "Grace",
    "Lukas",
    "Freya",
    "Mateo",
    "Yuki",
]
LAST = [
    "Müller",
    "de Vries",
    "Kowalczyk",
    "Lindgren",
    "Moreau",
    "Ferreira",
    "Hartmann",
    "Okafor",
    "Brennan",
    "Aalto",
    "Vogel",
    "Sandoval",
    "Whitcombe",
    "Jansen",
]
people = sorted({f"{first} {last}" for first in FIRST for last in LAST})
rng.shuffle(people)
collectors = people[:10]
observers = people[10:60]
determiners = people[60:70]


def label_form(name: str) -> str:  # "Hanna Müller" -> "Müller, H." as a specimen label has it
    first, last = name.split(" ", 1)
    return f"{last}, {first[0]}."


person_iri = {}
for i, p in enumerate(collectors, 1):
    n = BASE[f"person/{i:03d}"]
    person_iri[p] = n
    add(n, RDF.type, FOAF.Person)
    add(n, FOAF.name, Literal(p))

place_iri = {}
for slug, en, local, _country, code, *_ in PLACES:
    p = BASE[f"place/{slug}"]
    place_iri[slug] = p
    add(p, RDF.type, DCT.Location)
    add(p, RDFS.label, Literal(en, lang="en"))
    if local:
        add(
            p,
            SKOS.altLabel,
            Literal(local, lang={"DE": "de", "NL": "nl", "SE": "sv", "AT": "de"}[code]),
        )

INSTITUTIONS = {
    "MNH": ("Bergstadt Museum of Natural History", ["AVES", "MAMM", "HERP", "ENT"]),
    "BGH": ("Bergstadt Botanical Garden Herbarium", ["HERB"]),
}
for code, (name, _) in INSTITUTIONS.items():
    n = BASE[f"institution/{code}"]
    add(n, RDF.type, FOAF.Organization)
    add(n, FOAF.name, Literal(name))
    add(n, DWC.institutionCode, Literal(code))

# ----------------------------------------------------------------------------- events and records
_eid = iter(range(1, 100_000))
_cat = {"MNH": iter(range(101, 100_000)), "BGH": iter(range(13001, 100_000))}
_obs = iter(range(480_001, 10_000_000, 7))


def event(day: date, slug: str, protocol: str, jitter: float = 0.01) -> URIRef:
    e = BASE[f"event/E{next(_eid):05d}"]
    add(e, RDF.type, DWC.Event)
    add(e, DWC.eventID, Literal(str(e).rsplit("/", 1)[1]))
    add(e, DWC.eventDate, Literal(day.isoformat(), datatype=XSD.date))
    add(e, DWC.samplingProtocol, Literal(protocol))
    place = next(p for p in PLACES if p[0] == slug)
    add(e, DWC.habitat, Literal(place[7]))
    loc = BNode()
    add(e, DSW.locatedAt, loc)
    add(loc, RDF.type, DCT.Location)
    add(
        loc,
        DWC.locality,
        Literal(
            f"{place[1]}, {rng.choice(['north shore', 'south side', 'near the car park', 'east transect', 'centre', 'western edge'])}"
        ),
    )
    add(loc, DWC.country, Literal(place[3]))
    add(loc, DWC.countryCode, Literal(place[4]))
    add(
        loc,
        DWC.decimalLatitude,
        Literal(f"{place[5] + rng.uniform(-jitter, jitter):.4f}", datatype=XSD.decimal),
    )
    add(
        loc,
        DWC.decimalLongitude,
        Literal(f"{place[6] + rng.uniform(-jitter, jitter):.4f}", datatype=XSD.decimal),
    )
    add(loc, DWCIRI.inDescribedPlace, place_iri[place[0]])
    return e


def identify(occ: URIRef, t: URIRef, who: str, when: date | None) -> None:
    ident = BNode()
    add(ident, RDF.type, DWC.Identification)
    add(ident, DSW.identifies, occ)
    add(ident, DWCIRI.toTaxon, t)
    add(ident, DWC.identifiedBy, Literal(who))
    if when is not None:
        add(ident, DWC.dateIdentified, Literal(when.isoformat(), datatype=XSD.date))


def random_day(y0: int, y1: int) -> date:
    return date(y0, 1, 1) + timedelta(days=rng.randrange((date(y1, 12, 31) - date(y0, 1, 1)).days))


def specimen(
    sp: tuple[str, str, URIRef], collector: str, day: date, slug: str, dated: bool = True
) -> URIRef:
    genus, _, t = sp
    plant = GENERA[genus][0] in PLANT_FAMILIES
    inst = "BGH" if plant else "MNH"
    num = next(_cat[inst])
    cat = f"{inst}-{num:06d}" if plant else f"{inst}-{num:05d}"
    occ = BASE[f"occurrence/{cat}"]
    add(occ, RDF.type, DWC.Occurrence)
    add(occ, RDF.type, DWC.PreservedSpecimen)
    add(occ, DWC.occurrenceID, Literal(f"urn:catalog:{inst}:{cat}"))
    add(occ, DWC.catalogNumber, Literal(cat))
    add(occ, DWC.basisOfRecord, Literal("PreservedSpecimen"))
    add(occ, DWC.institutionCode, Literal(inst))
    add(occ, DWC.institutionID, BASE[f"institution/{inst}"])
    cls = GENERA[genus][0]
    coll = (
        "HERB"
        if plant
        else (
            "AVES"
            if cls in {"Accipitridae", "Tytonidae", "Strigidae", "Corvidae", "Paridae", "Anatidae"}
            else "MAMM"
            if cls in {"Mustelidae", "Vespertilionidae"}
            else "HERP"
            if cls == "Ranidae"
            else "ENT"
        )
    )
    add(occ, DWC.collectionCode, Literal(coll))
    add(occ, DWC.recordedBy, Literal(label_form(collector)))
    add(occ, DWCIRI.recordedBy, person_iri[collector])
    prep = (
        "herbarium sheet"
        if plant
        else {
            "AVES": rng.choice(["study skin", "skeleton", "mounted"]),
            "MAMM": rng.choice(["study skin", "skull", "fluid-preserved"]),
            "HERP": "fluid-preserved",
            "ENT": "pinned",
        }[coll]
    )
    add(occ, DWC.preparations, Literal(prep))
    if not plant and coll != "ENT":
        add(occ, DWC.sex, Literal(rng.choice(["male", "female", "undetermined"])))
    add(occ, DWC.individualCount, Literal(1, datatype=XSD.integer))
    add(occ, DSW.atEvent, event(day, slug, "specimen collection"))
    ident_day = day + timedelta(days=rng.randrange(10, 900)) if dated else None
    identify(occ, t, label_form(rng.choice(determiners)), ident_day)
    return occ


def observation(
    sp: tuple[str, str, URIRef],
    observer: str,
    day: date,
    slug: str,
    count: int,
    protocol: str | None = None,
) -> URIRef:
    t = sp[2]
    num = next(_obs)
    occ = URIRef(f"{OBS}{num}")
    add(occ, RDF.type, DWC.Occurrence)
    add(occ, RDF.type, DWC.HumanObservation)
    add(occ, DWC.occurrenceID, Literal(f"{OBS}{num}"))
    add(occ, DWC.basisOfRecord, Literal("HumanObservation"))
    add(occ, DWC.recordedBy, Literal(observer))
    add(occ, DWC.individualCount, Literal(count, datatype=XSD.integer))
    add(occ, DSW.atEvent, event(day, slug, protocol or rng.choice(PROTOCOLS), 0.02))
    identify(occ, t, observer, day)
    return occ


def sp(name: str) -> tuple[str, str, URIRef]:
    genus, ep = name.split()
    return next(s for s in species if s[0] == genus and s[1] == ep)


animals = [s for s in species if GENERA[s[0]][0] not in PLANT_FAMILIES]
plants = [s for s in species if GENERA[s[0]][0] in PLANT_FAMILIES]
busy_places = [p[0] for p in PLACES]

# a few records the questions ask about by name, then the bulk
specimen(sp("Milvarion rubescens"), collectors[0], date(1931, 5, 14), "kessler-moor")
for _ in range(2, 200):
    s = rng.choice(species)
    specimen(
        s,
        rng.choice(collectors[:9]),
        random_day(1890, 2015),
        rng.choice(busy_places),
        dated=rng.random() < 0.85,
    )
# the tenth collector: a student's three specimens
for name in ("Quercella sylvestris", "Salviola alpestris", "Quercella sylvestris"):
    specimen(sp(name), collectors[9], random_day(1990, 1992), "gravik-alp")
for _ in range(720):
    s = rng.choice(animals if rng.random() < 0.75 else plants)
    day = random_day(2012, 2024)
    if s[0] == "Milvarion" and s[1] == "rubescens" and day.year == 2019:
        continue  # the red kite's 2019 record is the one below
    observation(
        s,
        rng.choice(observers[:40]),
        day,
        rng.choice(busy_places),
        rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 7, 12, 20]),
    )
observation(
    sp("Milvarion rubescens"),
    observers[40],
    date(2019, 4, 23),
    "brannock-valley",
    2,
    "transect walk",
)
# the last observers each with few records
for i, obs_name in enumerate(observers[41:50]):
    for _ in range(1 + i % 3):
        s = rng.choice(animals)
        observation(
            s, obs_name, random_day(2020, 2024), rng.choice(busy_places), rng.randrange(1, 9)
        )

# tissue samples taken from bird and mammal specimens
vertebrate_specimens = sorted(
    o
    for o in g.subjects(DWC.collectionCode, None)
    if str(g.value(o, DWC.collectionCode)) in {"AVES", "MAMM"}
)
for i, occ in enumerate(rng.sample(vertebrate_specimens, 30), 1):
    m = BASE[f"sample/TS-{i:04d}"]
    add(m, RDF.type, DWC.MaterialSample)
    add(m, DWC.materialSampleID, Literal(f"TS-{i:04d}"))
    add(
        m,
        DWC.preparations,
        Literal(rng.choice(["tissue in ethanol", "frozen tissue", "blood in buffer"])),
    )
    add(m, DWC.disposition, Literal(rng.choice(["in collection", "consumed"])))
    add(m, DSW.derivedFrom, occ)


def main() -> None:
    lines = sorted(g.serialize(format="nt").splitlines())
    text = "\n".join(line for line in lines if line.strip()) + "\n"
    out = HERE / "taxa.nt.gz"
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
    print(f"{out}: {len(lines)} triples")


if __name__ == "__main__":
    main()
