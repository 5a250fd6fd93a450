# ruff: noqa: E501  (one record a line)
"""Write ``biodiversity.ttl``: a regional observation network's and two museums' occurrence data
as the network's Darwin Core RDF endpoint serves it (Turtle; ``dwc:`` / ``dwciri:`` terms with
``dcterms:``, FOAF and OWL; Darwin-SW ``dsw:`` for the joins between records).

The shape (what a collection-management system's Darwin Core RDF export merged with an
observation portal looks like, https://dwc.tdwg.org/rdf/):

* occurrences (``dwc:Occurrence``) at opaque IRIs, named by nothing but a ``dwc:occurrenceID``
  URN literal; ``dwc:basisOfRecord`` a literal ("PreservedSpecimen", "HumanObservation",
  "MachineObservation"), ``dwc:eventDate`` flattened onto the occurrence as an untyped ISO string
  (a day, a month "1932-07", or an interval "2019-05-02/2019-05-04"; the portal's records as
  ``xsd:date``), ``dwc:individualCount`` (``xsd:integer``), ``dwc:lifeStage``, ``dwc:sex``,
  ``dwc:recordedBy`` the recorders as written ("Anna Berg | Lars Holm", pipe-separated) and
  ``dwciri:recordedBy`` each recorder that has an ORCID IRI (some recorders exist only in the
  literal), ``dwc:occurrenceRemarks`` in English or German;
* the place as a blank ``dcterms:Location`` (``dcterms:spatial``): ``dwc:locality`` text,
  ``dwc:municipality``, ``dwc:countryCode`` (ISO 3166 alpha-2, no country name),
  ``dwc:decimalLatitude`` / ``dwc:decimalLongitude`` (``xsd:decimal``),
  ``dwc:coordinateUncertaintyInMeters`` (``xsd:integer``), sometimes ``dwciri:inDescribedPlace``
  a GeoNames IRI that nothing names;
* identifications as separate ``dwc:Identification`` records that ``dsw:identifies`` the
  occurrence (only that direction): ``dwciri:toTaxon`` the taxon, ``dwc:identifiedBy`` (a literal
  name) and ``dwciri:identifiedBy`` (the person's IRI where known), ``dwc:dateIdentified``,
  ``dwc:identificationQualifier`` "cf." on uncertain ones; some occurrences re-identified, the
  older identification kept;
* specimens (``dwc:PreservedSpecimen``) that ``dsw:evidenceFor`` an occurrence, named by
  ``dwc:catalogNumber`` ("ZMB Mam 12345"), ``dwc:institutionCode``, ``dwc:collectionCode``,
  ``dwc:preparations`` ("skin | skull"), ``dwc:recordNumber`` (the collector's field number),
  ``dwciri:inCollection`` a collection (``rdfs:label``, ``dwc:collectionCode``,
  ``dcterms:isPartOf`` its institution, a ``foaf:Organization`` with ``foaf:name`` and an
  ``owl:sameAs`` ROR IRI);
* taxa (``dwc:Taxon``, no ``rdfs:label``): ``dwc:scientificName`` with authorship ("Lutra lutra
  (Linnaeus, 1758)"), ``dwc:scientificNameAuthorship``, ``dwc:taxonRank``, ``dwc:kingdom``
  (flattened), ``dwc:vernacularName`` in several languages, ``dwc:parentNameUsageID`` the parent
  taxon's IRI (species -> genus -> family -> order -> class), ``dwc:taxonomicStatus``; synonyms
  with ``dwc:acceptedNameUsageID`` the accepted taxon's IRI; ``owl:sameAs`` GBIF IRIs;
* people (``foaf:Person`` at ORCID IRIs) with ``foaf:name``, some ``owl:sameAs`` a Wikidata IRI.

Species, higher taxa and authorships are real; people, places, numbers and records invented.
Deterministic (seeded), stdlib + rdflib. Run from the repository root:
``python bench/data/own/biodiversity_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, XSD

HERE = Path(__file__).parent
DWC = Namespace("http://rs.tdwg.org/dwc/terms/")
DWCIRI = Namespace("http://rs.tdwg.org/dwc/iri/")
DSW = Namespace("http://purl.org/dsw/")
BASE = "https://data.naturnetz.example.org/"
TAXON = Namespace(BASE + "taxon/")
OCC = Namespace(BASE + "occurrence/")
IDN = Namespace(BASE + "identification/")
SPEC = Namespace(BASE + "specimen/")
COLL = Namespace(BASE + "collection/")

# higher taxa: key -> (name, rank, parent key, kingdom, {lang: vernacular})
HIGHER = {
    "mammalia": ("Mammalia", "class", None, "Animalia", {"en": "mammals", "de": "Säugetiere"}),
    "aves": ("Aves", "class", None, "Animalia", {"en": "birds", "de": "Vögel"}),
    "insecta": ("Insecta", "class", None, "Animalia", {"en": "insects", "de": "Insekten"}),
    "amphibia": ("Amphibia", "class", None, "Animalia", {"en": "amphibians", "de": "Lurche"}),
    "liliopsida": ("Liliopsida", "class", None, "Plantae", {"en": "monocots"}),
    "magnoliopsida": ("Magnoliopsida", "class", None, "Plantae", {"en": "dicots"}),
    "carnivora": (
        "Carnivora",
        "order",
        "mammalia",
        "Animalia",
        {"en": "carnivorans", "de": "Raubtiere"},
    ),
    "rodentia": ("Rodentia", "order", "mammalia", "Animalia", {"en": "rodents", "de": "Nagetiere"}),
    "coraciiformes": ("Coraciiformes", "order", "aves", "Animalia", {"de": "Rackenvögel"}),
    "ciconiiformes": ("Ciconiiformes", "order", "aves", "Animalia", {"de": "Schreitvögel"}),
    "accipitriformes": (
        "Accipitriformes",
        "order",
        "aves",
        "Animalia",
        {"en": "birds of prey", "de": "Greifvögel"},
    ),
    "strigiformes": ("Strigiformes", "order", "aves", "Animalia", {"en": "owls", "de": "Eulen"}),
    "coleoptera": (
        "Coleoptera",
        "order",
        "insecta",
        "Animalia",
        {"en": "beetles", "de": "Käfer", "sv": "skalbaggar"},
    ),
    "lepidoptera": (
        "Lepidoptera",
        "order",
        "insecta",
        "Animalia",
        {"en": "butterflies and moths", "de": "Schmetterlinge"},
    ),
    "anura": (
        "Anura",
        "order",
        "amphibia",
        "Animalia",
        {"en": "frogs and toads", "de": "Froschlurche"},
    ),
    "caudata": (
        "Caudata",
        "order",
        "amphibia",
        "Animalia",
        {"en": "salamanders and newts", "de": "Schwanzlurche"},
    ),
    "asparagales": ("Asparagales", "order", "liliopsida", "Plantae", {}),
    "caryophyllales": ("Caryophyllales", "order", "magnoliopsida", "Plantae", {}),
    "ranunculales": ("Ranunculales", "order", "magnoliopsida", "Plantae", {}),
    "mustelidae": (
        "Mustelidae",
        "family",
        "carnivora",
        "Animalia",
        {"en": "mustelids", "de": "Marder"},
    ),
    "castoridae": (
        "Castoridae",
        "family",
        "rodentia",
        "Animalia",
        {"en": "beavers", "de": "Biber"},
    ),
    "sciuridae": (
        "Sciuridae",
        "family",
        "rodentia",
        "Animalia",
        {"en": "squirrels", "de": "Hörnchen"},
    ),
    "alcedinidae": (
        "Alcedinidae",
        "family",
        "coraciiformes",
        "Animalia",
        {"en": "kingfishers", "de": "Eisvögel"},
    ),
    "ciconiidae": (
        "Ciconiidae",
        "family",
        "ciconiiformes",
        "Animalia",
        {"en": "storks", "de": "Störche"},
    ),
    "accipitridae": (
        "Accipitridae",
        "family",
        "accipitriformes",
        "Animalia",
        {"en": "hawks and eagles", "de": "Habichtartige"},
    ),
    "strigidae": (
        "Strigidae",
        "family",
        "strigiformes",
        "Animalia",
        {"en": "true owls", "de": "Eigentliche Eulen"},
    ),
    "lucanidae": (
        "Lucanidae",
        "family",
        "coleoptera",
        "Animalia",
        {"en": "stag beetles", "de": "Schröter"},
    ),
    "carabidae": (
        "Carabidae",
        "family",
        "coleoptera",
        "Animalia",
        {"en": "ground beetles", "de": "Laufkäfer"},
    ),
    "coccinellidae": (
        "Coccinellidae",
        "family",
        "coleoptera",
        "Animalia",
        {"en": "ladybirds", "de": "Marienkäfer"},
    ),
    "cerambycidae": (
        "Cerambycidae",
        "family",
        "coleoptera",
        "Animalia",
        {"en": "longhorn beetles", "de": "Bockkäfer"},
    ),
    "scarabaeidae": (
        "Scarabaeidae",
        "family",
        "coleoptera",
        "Animalia",
        {"en": "scarab beetles", "de": "Blatthornkäfer"},
    ),
    "papilionidae": (
        "Papilionidae",
        "family",
        "lepidoptera",
        "Animalia",
        {"en": "swallowtails", "de": "Ritterfalter"},
    ),
    "nymphalidae": (
        "Nymphalidae",
        "family",
        "lepidoptera",
        "Animalia",
        {"en": "brush-footed butterflies", "de": "Edelfalter"},
    ),
    "bufonidae": ("Bufonidae", "family", "anura", "Animalia", {"en": "true toads", "de": "Kröten"}),
    "salamandridae": (
        "Salamandridae",
        "family",
        "caudata",
        "Animalia",
        {"de": "Echte Salamander und Molche"},
    ),
    "orchidaceae": (
        "Orchidaceae",
        "family",
        "asparagales",
        "Plantae",
        {"en": "orchids", "de": "Orchideen"},
    ),
    "droseraceae": (
        "Droseraceae",
        "family",
        "caryophyllales",
        "Plantae",
        {"en": "sundews", "de": "Sonnentaugewächse"},
    ),
    "ranunculaceae": (
        "Ranunculaceae",
        "family",
        "ranunculales",
        "Plantae",
        {"en": "buttercup family", "de": "Hahnenfußgewächse"},
    ),
}
# genera: key -> (name, authorship, family key)
GENERA = {
    "lutra": ("Lutra", "Brisson, 1762", "mustelidae"),
    "meles": ("Meles", "Brisson, 1762", "mustelidae"),
    "martes": ("Martes", "Pinel, 1792", "mustelidae"),
    "castor": ("Castor", "Linnaeus, 1758", "castoridae"),
    "sciurus": ("Sciurus", "Linnaeus, 1758", "sciuridae"),
    "alcedo": ("Alcedo", "Linnaeus, 1758", "alcedinidae"),
    "ciconia": ("Ciconia", "Brisson, 1760", "ciconiidae"),
    "haliaeetus": ("Haliaeetus", "Savigny, 1809", "accipitridae"),
    "bubo": ("Bubo", "Duméril, 1805", "strigidae"),
    "lucanus": ("Lucanus", "Scopoli, 1763", "lucanidae"),
    "dorcus": ("Dorcus", "MacLeay, 1819", "lucanidae"),
    "carabus": ("Carabus", "Linnaeus, 1758", "carabidae"),
    "coccinella": ("Coccinella", "Linnaeus, 1758", "coccinellidae"),
    "cerambyx": ("Cerambyx", "Linnaeus, 1758", "cerambycidae"),
    "osmoderma": ("Osmoderma", "Le Peletier & Audinet-Serville, 1828", "scarabaeidae"),
    "parnassius": ("Parnassius", "Latreille, 1804", "papilionidae"),
    "papilio": ("Papilio", "Linnaeus, 1758", "papilionidae"),
    "nymphalis": ("Nymphalis", "Kluk, 1780", "nymphalidae"),
    "bufo": ("Bufo", "Garsault, 1764", "bufonidae"),
    "triturus": ("Triturus", "Rafinesque, 1815", "salamandridae"),
    "orchis": ("Orchis", "L.", "orchidaceae"),
    "cypripedium": ("Cypripedium", "L.", "orchidaceae"),
    "drosera": ("Drosera", "L.", "droseraceae"),
    "pulsatilla": ("Pulsatilla", "Mill.", "ranunculaceae"),
}
# species: key -> (binomial, authorship, genus key, {lang: [vernaculars]}, GBIF key or None)
SPECIES = {
    "lutra": (
        "Lutra lutra",
        "(Linnaeus, 1758)",
        "lutra",
        {
            "en": ["Eurasian otter", "European otter"],
            "de": ["Fischotter"],
            "sv": ["utter"],
            "fr": ["loutre d'Europe"],
        },
        5219107,
    ),
    "meles": (
        "Meles meles",
        "(Linnaeus, 1758)",
        "meles",
        {"en": ["European badger"], "de": ["Dachs"], "sv": ["grävling"]},
        2433875,
    ),
    "martes": (
        "Martes martes",
        "(Linnaeus, 1758)",
        "martes",
        {"en": ["pine marten"], "de": ["Baummarder"], "sv": ["mård"]},
        2433841,
    ),
    "castor": (
        "Castor fiber",
        "Linnaeus, 1758",
        "castor",
        {"en": ["Eurasian beaver"], "de": ["Europäischer Biber", "Biber"], "sv": ["bäver"]},
        2439834,
    ),
    "sciurus": (
        "Sciurus vulgaris",
        "Linnaeus, 1758",
        "sciurus",
        {"en": ["red squirrel"], "de": ["Eichhörnchen"], "sv": ["ekorre"]},
        8211070,
    ),
    "alcedo": (
        "Alcedo atthis",
        "(Linnaeus, 1758)",
        "alcedo",
        {"en": ["common kingfisher"], "de": ["Eisvogel"], "sv": ["kungsfiskare"]},
        2475532,
    ),
    "ciconia": (
        "Ciconia ciconia",
        "(Linnaeus, 1758)",
        "ciconia",
        {"en": ["white stork"], "de": ["Weißstorch"], "sv": ["vit stork"], "pl": ["bocian biały"]},
        2481912,
    ),
    "haliaeetus": (
        "Haliaeetus albicilla",
        "(Linnaeus, 1758)",
        "haliaeetus",
        {"en": ["white-tailed eagle", "sea eagle"], "de": ["Seeadler"], "sv": ["havsörn"]},
        2480446,
    ),
    "bubo": (
        "Bubo bubo",
        "(Linnaeus, 1758)",
        "bubo",
        {"en": ["Eurasian eagle-owl"], "de": ["Uhu"], "sv": ["berguv"]},
        5959240,
    ),
    "lucanus": (
        "Lucanus cervus",
        "(Linnaeus, 1758)",
        "lucanus",
        {"en": ["stag beetle"], "de": ["Hirschkäfer"], "sv": ["ekoxe"]},
        1070891,
    ),
    "dorcus": (
        "Dorcus parallelipipedus",
        "(Linnaeus, 1758)",
        "dorcus",
        {"en": ["lesser stag beetle"], "de": ["Balkenschröter"]},
        1070938,
    ),
    "carabus_a": (
        "Carabus auratus",
        "Linnaeus, 1761",
        "carabus",
        {"en": ["golden ground beetle"], "de": ["Goldlaufkäfer"]},
        4470487,
    ),
    "carabus_c": (
        "Carabus coriaceus",
        "Linnaeus, 1758",
        "carabus",
        {"en": ["leather beetle"], "de": ["Lederlaufkäfer"], "sv": ["läderlöpare"]},
        4470521,
    ),
    "coccinella": (
        "Coccinella septempunctata",
        "Linnaeus, 1758",
        "coccinella",
        {
            "en": ["seven-spot ladybird", "sevenspotted lady beetle"],
            "de": ["Siebenpunkt-Marienkäfer"],
            "sv": ["sjuprickig nyckelpiga"],
        },
        4989904,
    ),
    "cerambyx": (
        "Cerambyx cerdo",
        "Linnaeus, 1758",
        "cerambyx",
        {
            "en": ["great capricorn beetle"],
            "de": ["Heldbock", "Großer Eichenbock"],
            "sv": ["större ekbock"],
        },
        1138298,
    ),
    "osmoderma": (
        "Osmoderma eremita",
        "(Scopoli, 1763)",
        "osmoderma",
        {"en": ["hermit beetle"], "de": ["Eremit", "Juchtenkäfer"], "sv": ["läderbagge"]},
        4990402,
    ),
    "parnassius": (
        "Parnassius apollo",
        "(Linnaeus, 1758)",
        "parnassius",
        {"en": ["Apollo"], "de": ["Apollofalter", "Roter Apollo"], "sv": ["apollofjäril"]},
        1938125,
    ),
    "papilio": (
        "Papilio machaon",
        "Linnaeus, 1758",
        "papilio",
        {"en": ["Old World swallowtail"], "de": ["Schwalbenschwanz"], "sv": ["makaonfjäril"]},
        1938069,
    ),
    "nymphalis": (
        "Nymphalis antiopa",
        "(Linnaeus, 1758)",
        "nymphalis",
        {
            "en": ["Camberwell beauty", "mourning cloak"],
            "de": ["Trauermantel"],
            "sv": ["sorgmantel"],
        },
        1898206,
    ),
    "bufo": (
        "Bufo bufo",
        "(Linnaeus, 1758)",
        "bufo",
        {"en": ["common toad"], "de": ["Erdkröte"], "sv": ["vanlig padda"]},
        2422433,
    ),
    "triturus": (
        "Triturus cristatus",
        "(Laurenti, 1768)",
        "triturus",
        {
            "en": ["great crested newt"],
            "de": ["Nördlicher Kammmolch", "Kammmolch"],
            "sv": ["större vattensalamander"],
        },
        2431885,
    ),
    "orchis": (
        "Orchis militaris",
        "L.",
        "orchis",
        {"en": ["military orchid"], "de": ["Helm-Knabenkraut"], "sv": ["johannesnycklar"]},
        2802838,
    ),
    "cypripedium": (
        "Cypripedium calceolus",
        "L.",
        "cypripedium",
        {"en": ["lady's-slipper orchid"], "de": ["Gelber Frauenschuh"], "sv": ["guckusko"]},
        2797955,
    ),
    "drosera": (
        "Drosera rotundifolia",
        "L.",
        "drosera",
        {"en": ["round-leaved sundew"], "de": ["Rundblättriger Sonnentau"], "sv": ["rundsileshår"]},
        3042652,
    ),
    "pulsatilla": (
        "Pulsatilla vulgaris",
        "Mill.",
        "pulsatilla",
        {"en": ["pasqueflower"], "de": ["Gewöhnliche Kuhschelle"], "sv": ["backsippa"]},
        3033209,
    ),
}
# synonyms: key -> (binomial, authorship, accepted species key)
SYNONYMS = {
    "lutra_vulgaris": ("Lutra vulgaris", "Erxleben, 1777", "lutra"),
    "ursus_meles": ("Ursus meles", "Linnaeus, 1758", "meles"),
    "falco_albicilla": ("Falco albicilla", "Linnaeus, 1758", "haliaeetus"),
    "strix_bubo": ("Strix bubo", "Linnaeus, 1758", "bubo"),
    "cerambyx_heros": ("Cerambyx heros", "Scopoli, 1763", "cerambyx"),
    "molge_cristata": ("Molge cristata", "(Laurenti, 1768)", "triturus"),
    "anemone_pulsatilla": ("Anemone pulsatilla", "L.", "pulsatilla"),
    "scarabaeus_eremita": ("Scarabaeus eremita", "Scopoli, 1763", "osmoderma"),
}

# people with ORCID IRIs: key -> (name, ORCID, Wikidata id or None)
PEOPLE = {
    "berg": ("Anna Berg", "0000-0002-4417-3308", None),
    "holm": ("Lars Holm", "0000-0001-9264-1175", "Q98231744"),
    "krause": ("Dieter Krause", "0000-0003-0815-2290", "Q61744903"),
    "nowak": ("Katarzyna Nowak", "0000-0002-7733-0146", None),
    "lindqvist": ("Erik Lindqvist", "0000-0001-5502-8861", None),
    "vogel": ("Sabine Vogel", "0000-0002-1378-9024", None),
    "jansson": ("Maja Jansson", "0000-0003-2267-4410", None),
    "hofmann": ("Thomas Hofmann", "0000-0001-8142-6637", "Q56412290"),
    "kowalczyk": ("Piotr Kowalczyk", "0000-0002-9905-3321", None),
    "schulz": ("Ingrid Schulz", "0000-0003-4471-0182", None),
    "ekman": ("Sofia Ekman", "0000-0002-3058-7716", None),
    "brandt": ("Martin Brandt", "0000-0001-6634-2095", None),
}
# recorders named only by a literal
LITERAL_ONLY = [
    "Hans-Peter Vogt",
    "K. Lindström",
    "BUND Ortsgruppe Teltow",
    "Gerda Möller",
    "J. Wiśniewski",
    "F. Adler",
]


# how a person's name is written in dwc:recordedBy / dwc:identifiedBy ("Berg, A." style for some)
def _as_written(name: str, rng: random.Random) -> str:
    if " " in name and rng.random() < 0.35:
        given, family = name.split(" ", 1)
        return f"{family}, {given[0]}."
    return name


# places: key -> (locality, municipality, country code, lat, lon, GeoNames id or None)
PLACES = {
    "spreewald": (
        "Spreewald, Lehde, Erlenbruch am Hauptfließ",
        "Lübbenau/Spreewald",
        "DE",
        51.8657,
        13.9712,
        2875343,
    ),
    "peene": (
        "Peenetal bei Anklam, unterhalb der Stadtbrücke",
        "Anklam",
        "DE",
        53.8581,
        13.6947,
        2955770,
    ),
    "mueritz": (
        "Müritz-Nationalpark, Ostufer Specker See",
        "Kratzeburg",
        "DE",
        53.4372,
        12.9886,
        None,
    ),
    "grunewald": ("Grunewald, Teufelsfenn", "Berlin", "DE", 52.4802, 13.2496, 2950159),
    "schorfheide": (
        "Schorfheide, Eichenhutewald bei Groß Schönebeck",
        "Schorfheide",
        "DE",
        52.9068,
        13.5311,
        None,
    ),
    "oderbruch": (
        "Oderbruch, Deichvorland bei Küstrin-Kietz",
        "Küstriner Vorland",
        "DE",
        52.5741,
        14.6253,
        None,
    ),
    "hagadalen": ("Hågadalen, ekhagen vid Hågaby", "Uppsala", "SE", 59.8336, 17.5761, 2666199),
    "alvaret": (
        "Stora Alvaret, norr om Gräsgårds kyrka",
        "Mörbylånga",
        "SE",
        56.3844,
        16.5592,
        None,
    ),
    "tyresta": ("Tyresta nationalpark, Årsjön", "Haninge", "SE", 59.1788, 18.2891, None),
    "bialowieza": ("Białowieża Forest, oddział 256", "Białowieża", "PL", 52.7031, 23.8539, 776069),
    "biebrza": ("Biebrza marshes, Grzędy", "Goniądz", "PL", 53.6497, 22.6123, None),
    "wachau": ("Wachau, Trockenrasen am Setzberg", "Spitz", "AT", 48.3661, 15.4119, None),
    "sumava": ("Šumava, Vltavský luh u Volar", "Volary", "CZ", 48.9087, 13.8866, None),
    "mols": ("Mols Bjerge, Trehøje", "Syddjurs", "DK", 56.2286, 10.5781, None),
}
INSTITUTIONS = {
    "ZMB": ("Museum für Naturkunde Berlin", "00bv4cx53"),
    "NRM": ("Naturhistoriska riksmuseet", "05k323c76"),
    "B": ("Botanischer Garten und Botanisches Museum Berlin", "05fvkrz95"),
}
# collections: code -> (label, institution code, catalogue prefix)
COLLECTIONS = {
    "ZMB-Mam": ("Mammal Collection", "ZMB", "ZMB Mam"),
    "ZMB-Aves": ("Ornithological Collection", "ZMB", "ZMB Aves"),
    "ZMB-Col": ("Coleoptera Collection", "ZMB", "ZMB Col"),
    "NRM-Ent": ("Entomology Collection", "NRM", "NRM-ENT"),
    "NRM-Herp": ("Herpetology Collection", "NRM", "NRM-HERP"),
    "B-Herb": ("Herbarium Berolinense", "B", "B 10"),
}
GROUP_COLL = {
    "mammalia": "ZMB-Mam",
    "aves": "ZMB-Aves",
    "insecta": "ZMB-Col",
    "amphibia": "NRM-Herp",
    "liliopsida": "B-Herb",
    "magnoliopsida": "B-Herb",
}
PREPARATIONS = {
    "mammalia": ["skin | skull", "skull", "skeleton", "alcohol"],
    "aves": ["skin", "skin | skeleton", "egg"],
    "insecta": ["pinned", "pinned", "ethanol 70%"],
    "amphibia": ["ethanol 70%", "formalin"],
    "liliopsida": ["herbarium sheet"],
    "magnoliopsida": ["herbarium sheet"],
}
LIFE_STAGES = {
    "mammalia": ["adult", "juvenile"],
    "aves": ["adult", "juvenile", "nestling", "egg"],
    "insecta": ["adult", "adult", "larva", "pupa"],
    "amphibia": ["adult", "larva", "juvenile"],
    "liliopsida": ["flowering"],
    "magnoliopsida": ["flowering", "fruiting"],
}
REMARKS = [
    ("found dead on road", "en"),
    ("camera trap, night", "en"),
    ("tracks and spraint only", "en"),
    ("Totfund am Straßenrand", "de"),
    ("Brutnachweis", "de"),
    ("in Eichenmulm", "de"),
    ("on flowering hawthorn", "en"),
]

# hand-placed records: (key, species, date, place, recorders, identifier, date identified,
#                        qualifier, catalogue number or None, basis, count, life stage, sex)
ANCHORS = [
    (
        "a01",
        "lutra",
        "1987-03-14",
        "spreewald",
        ["krause", "Hans-Peter Vogt"],
        "krause",
        "1987-04-02",
        None,
        "ZMB Mam 12345",
        "PreservedSpecimen",
        1,
        "adult",
        "male",
    ),
    (
        "a02",
        "lutra",
        "2024-08-30",
        "peene",
        ["vogel"],
        "vogel",
        "2024-08-30",
        None,
        None,
        "HumanObservation",
        2,
        "adult",
        None,
    ),
    (
        "a03",
        "lutra",
        "2022-11-03",
        "oderbruch",
        ["BUND Ortsgruppe Teltow"],
        "brandt",
        "2022-11-20",
        None,
        None,
        "MachineObservation",
        1,
        None,
        None,
    ),
    (
        "a04",
        "lucanus",
        "2019-06-21",
        "schorfheide",
        ["berg", "holm"],
        "berg",
        "2019-07-01",
        None,
        "ZMB Col 0442",
        "PreservedSpecimen",
        1,
        "adult",
        "male",
    ),
    (
        "a05",
        "osmoderma",
        "2019-05-02/2019-05-04",
        "hagadalen",
        ["berg"],
        "berg",
        "2019-05-20",
        "cf.",
        "NRM-ENT 004512",
        "PreservedSpecimen",
        1,
        "adult",
        None,
    ),
    (
        "a06",
        "cerambyx",
        "2020-07-09",
        "bialowieza",
        ["kowalczyk", "nowak"],
        "berg",
        "2021-01-15",
        None,
        "NRM-ENT 004877",
        "PreservedSpecimen",
        2,
        "adult",
        None,
    ),
    (
        "a07",
        "parnassius",
        "1932-07",
        "alvaret",
        ["K. Lindström"],
        "jansson",
        "1998-10-12",
        None,
        "NRM-ENT 000931",
        "PreservedSpecimen",
        1,
        "adult",
        "female",
    ),
    (
        "a08",
        "cypripedium",
        "2016-05-28",
        "wachau",
        ["schulz"],
        "schulz",
        "2016-05-28",
        None,
        "B 10 0298844",
        "PreservedSpecimen",
        None,
        "flowering",
        None,
    ),
    (
        "a09",
        "haliaeetus",
        "2023-02-11",
        "mueritz",
        ["hofmann", "Gerda Möller"],
        "hofmann",
        "2023-02-11",
        None,
        None,
        "HumanObservation",
        3,
        "adult",
        None,
    ),
    (
        "a10",
        "triturus",
        "2021-04-17/2021-04-18",
        "mols",
        ["ekman"],
        "ekman",
        "2021-05-02",
        "cf.",
        "NRM-HERP 2210",
        "PreservedSpecimen",
        4,
        "larva",
        None,
    ),
    (
        "a11",
        "castor",
        "2018-10-05",
        "biebrza",
        ["nowak"],
        "kowalczyk",
        "2018-10-06",
        None,
        None,
        "HumanObservation",
        1,
        "adult",
        None,
    ),
    (
        "a12",
        "bubo",
        "1978-04-22",
        "sumava",
        ["F. Adler"],
        "krause",
        "1979-01-10",
        None,
        "ZMB Aves 40917",
        "PreservedSpecimen",
        1,
        "nestling",
        None,
    ),
]
# re-identifications: anchor key -> (older species, older identifier, older date)
REIDENTIFIED = {
    "a05": ("cerambyx", "lindqvist", "2019-05-04"),
    "a04": ("dorcus", "holm", "2019-06-22"),
}


def _class_of(species: str) -> str:
    fam = GENERA[SPECIES[species][2]][2]
    order = HIGHER[fam][2]
    return HIGHER[order][2]  # type: ignore[index]


def build() -> Graph:
    rng = random.Random(4545)
    g = Graph()
    g.bind("dwc", DWC)
    g.bind("dwciri", DWCIRI)
    g.bind("dsw", DSW)
    g.bind("dcterms", DCTERMS)
    g.bind("foaf", FOAF)
    g.bind("owl", OWL)
    g.bind("tx", TAXON)
    taxa: dict[str, URIRef] = {}
    ids = iter(rng.sample(range(10000, 99999), 200))
    # higher taxa
    for key, (name, rank, parent, kingdom, vern) in HIGHER.items():
        t = taxa[key] = TAXON[str(next(ids))]
        g.add((t, RDF.type, DWC.Taxon))
        g.add((t, DWC.scientificName, Literal(name)))
        g.add((t, DWC.taxonRank, Literal(rank)))
        g.add((t, DWC.kingdom, Literal(kingdom)))
        g.add((t, DWC.taxonomicStatus, Literal("accepted")))
        for lang, v in vern.items():
            g.add((t, DWC.vernacularName, Literal(v, lang=lang)))
        if parent:
            g.add((t, DWC.parentNameUsageID, taxa[parent]))
    for key, (name, auth, fam) in GENERA.items():
        t = taxa["g:" + key] = TAXON[str(next(ids))]
        g.add((t, RDF.type, DWC.Taxon))
        g.add((t, DWC.scientificName, Literal(f"{name} {auth}")))
        g.add((t, DWC.scientificNameAuthorship, Literal(auth)))
        g.add((t, DWC.taxonRank, Literal("genus")))
        g.add((t, DWC.kingdom, Literal(HIGHER[fam][3])))
        g.add((t, DWC.taxonomicStatus, Literal("accepted")))
        g.add((t, DWC.parentNameUsageID, taxa[fam]))
    for key, (name, auth, genus, vern, gbif) in SPECIES.items():
        t = taxa[key] = TAXON[str(next(ids))]
        g.add((t, RDF.type, DWC.Taxon))
        g.add((t, DWC.scientificName, Literal(f"{name} {auth}")))
        g.add((t, DWC.scientificNameAuthorship, Literal(auth)))
        g.add((t, DWC.taxonRank, Literal("species")))
        g.add((t, DWC.kingdom, Literal(HIGHER[GENERA[genus][2]][3])))
        g.add((t, DWC.taxonomicStatus, Literal("accepted")))
        g.add((t, DWC.parentNameUsageID, taxa["g:" + genus]))
        for lang, names in vern.items():
            for v in names:
                g.add((t, DWC.vernacularName, Literal(v, lang=lang)))
        if gbif:
            g.add((t, OWL.sameAs, URIRef(f"https://www.gbif.org/species/{gbif}")))
    for key, (name, auth, acc) in SYNONYMS.items():
        t = taxa[key] = TAXON[str(next(ids))]
        g.add((t, RDF.type, DWC.Taxon))
        g.add((t, DWC.scientificName, Literal(f"{name} {auth}")))
        g.add((t, DWC.scientificNameAuthorship, Literal(auth)))
        g.add((t, DWC.taxonRank, Literal("species")))
        g.add((t, DWC.taxonomicStatus, Literal("synonym")))
        g.add((t, DWC.acceptedNameUsageID, taxa[acc]))
    # people
    people: dict[str, URIRef] = {}
    for key, (name, orcid, wd) in PEOPLE.items():
        p = people[key] = URIRef("https://orcid.org/" + orcid)
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, Literal(name)))
        if wd:
            g.add((p, OWL.sameAs, URIRef("http://www.wikidata.org/entity/" + wd)))
    # institutions and collections
    inst: dict[str, URIRef] = {}
    for code, (name, ror) in INSTITUTIONS.items():
        i = inst[code] = URIRef(f"{BASE}institution/{code}")
        g.add((i, RDF.type, FOAF.Organization))
        g.add((i, FOAF.name, Literal(name)))
        g.add((i, DWC.institutionCode, Literal(code)))
        g.add((i, OWL.sameAs, URIRef("https://ror.org/" + ror)))
    colls: dict[str, URIRef] = {}
    for code, (label, icode, _) in COLLECTIONS.items():
        c = colls[code] = COLL[code]
        g.add((c, RDF.type, URIRef("http://rs.tdwg.org/ac/terms/Collection")))
        g.add((c, RDFS.label, Literal(label, lang="en")))
        g.add((c, DWC.collectionCode, Literal(code.split("-", 1)[1])))
        g.add((c, DCTERMS.isPartOf, inst[icode]))

    def written(who: str) -> str:
        return _as_written(PEOPLE[who][0], rng) if who in PEOPLE else who

    occ_ids = iter(rng.sample(range(100000, 999999), 400))
    id_ids = iter(rng.sample(range(1000, 9999), 400))

    def record(rec: tuple, remark: tuple[str, str] | None) -> None:  # type: ignore[type-arg]
        key, sp, when, place, recorders, ident, dident, qual, catno, basis, count, stage, sex = rec
        o = OCC[str(next(occ_ids))]
        g.add((o, RDF.type, DWC.Occurrence))
        g.add((o, DWC.occurrenceID, Literal(f"urn:uuid:{rng.getrandbits(128):032x}"[:45])))
        g.add((o, DWC.basisOfRecord, Literal(basis)))
        typed = basis == "HumanObservation" and len(when) == 10 and rng.random() < 0.5
        g.add((o, DWC.eventDate, Literal(when, datatype=XSD.date) if typed else Literal(when)))
        if count is not None:
            g.add((o, DWC.individualCount, Literal(count, datatype=XSD.integer)))
        if stage:
            g.add((o, DWC.lifeStage, Literal(stage)))
        if sex:
            g.add((o, DWC.sex, Literal(sex)))
        g.add((o, DWC.recordedBy, Literal(" | ".join(written(r) for r in recorders))))
        for r in recorders:
            if r in PEOPLE:
                g.add((o, DWCIRI.recordedBy, people[r]))
        if remark:
            g.add((o, DWC.occurrenceRemarks, Literal(remark[0], lang=remark[1])))
        loc = BNode()
        locality, muni, cc, lat, lon, geonames = PLACES[place]
        g.add((o, DCTERMS.spatial, loc))
        g.add((loc, RDF.type, DCTERMS.Location))
        g.add((loc, DWC.locality, Literal(locality)))
        g.add((loc, DWC.municipality, Literal(muni)))
        g.add((loc, DWC.countryCode, Literal(cc)))
        jitter = lambda: round(rng.uniform(-0.01, 0.01), 4)  # noqa: E731
        g.add((loc, DWC.decimalLatitude, Literal(f"{lat + jitter():.4f}", datatype=XSD.decimal)))
        g.add((loc, DWC.decimalLongitude, Literal(f"{lon + jitter():.4f}", datatype=XSD.decimal)))
        g.add(
            (
                loc,
                DWC.coordinateUncertaintyInMeters,
                Literal(rng.choice([10, 30, 100, 250, 1000]), datatype=XSD.integer),
            )
        )
        if geonames:
            g.add((loc, DWCIRI.inDescribedPlace, URIRef(f"http://sws.geonames.org/{geonames}/")))
        idents = [(sp, ident, dident, qual)]
        if key in REIDENTIFIED:
            idents.append((*REIDENTIFIED[key], None))
        for tsp, who, day, q in idents:
            i = IDN[str(next(id_ids))]
            g.add((i, RDF.type, DWC.Identification))
            g.add((i, DSW.identifies, o))
            g.add((i, DWCIRI.toTaxon, taxa[tsp]))
            g.add((i, DWC.identifiedBy, Literal(written(who))))
            if who in PEOPLE:
                g.add((i, DWCIRI.identifiedBy, people[who]))
            g.add((i, DWC.dateIdentified, Literal(day)))
            if q:
                g.add((i, DWC.identificationQualifier, Literal(q)))
        if catno:
            cls = _class_of(sp)
            s = SPEC[catno.replace(" ", "-")]
            coll = GROUP_COLL[cls]
            g.add((s, RDF.type, DWC.PreservedSpecimen))
            g.add((s, DSW.evidenceFor, o))
            g.add((s, DWC.catalogNumber, Literal(catno)))
            g.add((s, DWC.institutionCode, Literal(COLLECTIONS[coll][1])))
            g.add((s, DWC.collectionCode, Literal(coll.split("-", 1)[1])))
            g.add((s, DWCIRI.inCollection, colls[coll]))
            g.add((s, DWC.preparations, Literal(rng.choice(PREPARATIONS[cls]))))
            first = recorders[0]
            initials = "".join(
                w[0]
                for w in (PEOPLE[first][0] if first in PEOPLE else first).replace(".", "").split()
            )
            g.add(
                (s, DWC.recordNumber, Literal(f"{initials}-{when[:4]}-{rng.randint(1, 199):03d}"))
            )

    for rec in ANCHORS:
        record(rec, None)
    # filler records
    person_keys = list(PEOPLE)
    used_cat: set[str] = {a[8] for a in ANCHORS if a[8]}
    for n in range(104):
        sp = rng.choice(list(SPECIES))
        cls = _class_of(sp)
        place = rng.choice(list(PLACES))
        year = rng.randint(1955, 2023) if rng.random() < 0.3 else rng.randint(2005, 2023)
        day = f"{year}-{rng.randint(3, 10):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.1:
            end = int(day[-2:]) + rng.randint(1, 3)
            day = f"{day}/{day[:8]}{end:02d}"
        recs = rng.sample(person_keys, rng.choice([1, 1, 1, 2]))
        if rng.random() < 0.2:
            recs = [rng.choice(LITERAL_ONLY), *recs[:1]]
        specimen = rng.random() < 0.4
        catno = None
        if specimen:
            prefix = COLLECTIONS[GROUP_COLL[cls]][2]
            while catno is None or catno in used_cat:
                num = rng.randint(100, 99999)
                catno = f"{prefix} {num:05d}" if prefix.startswith("NRM") else f"{prefix} {num}"
            used_cat.add(catno)
        basis = (
            "PreservedSpecimen"
            if specimen
            else rng.choice(["HumanObservation"] * 4 + ["MachineObservation"])
        )
        ident = rng.choice(recs if rng.random() < 0.5 else person_keys)
        dident = (
            day[:10]
            if rng.random() < 0.6
            else f"{min(int(day[:4]) + rng.randint(0, 3), 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        )
        qual = "cf." if rng.random() < 0.08 else None
        count = rng.choice([1, 1, 1, 2, 3, 5, 12]) if rng.random() < 0.8 else None
        stage = rng.choice(LIFE_STAGES[cls]) if rng.random() < 0.7 else None
        sex = (
            rng.choice(["male", "female"])
            if cls in ("mammalia", "aves", "insecta") and rng.random() < 0.3
            else None
        )
        remark = rng.choice(REMARKS) if rng.random() < 0.15 else None
        record(
            (f"f{n}", sp, day, place, recs, ident, dident, qual, catno, basis, count, stage, sex),
            remark,
        )
    return g


def main() -> None:
    g = build()
    text = g.serialize(format="turtle")
    (HERE / "biodiversity.ttl").write_text(text, encoding="utf-8")
    print(len(g), "triples")


if __name__ == "__main__":
    main()
