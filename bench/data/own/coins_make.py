"""Write ``coins.nt``: a university coin cabinet's collection as the cabinet publishes its
nightly dump for the Nomisma.org linked-data network (N-Triples: one ``.nt`` file, full IRIs,
no prefixes).

The shape follows what such a dump holds (the Nomisma ontology ``nmo:``
``http://nomisma.org/ontology#``, nomisma.org concepts ``http://nomisma.org/id/``, OCRE / CRRO /
PELLA type IRIs, SKOS, dcterms, FOAF, the W3C ``geo`` and ``org`` vocabularies, and the
cabinet's own ``cab:`` terms):

* nomisma concepts (denominations, materials, mints, regions, deities, reference works,
  roles, dynasties) with ``skos:prefLabel`` in English, German, French, Italian or Latin (a
  few only German or only ``rdfs:label``), ``skos:altLabel``\\s and ``skos:notation`` codes
  ("AR", "AV"); mints with coordinates on a blank ``geo:location`` point (two direct
  ``geo:lat`` / ``geo:long``) and their region by ``nmo:hasRegion`` or ``skos:broader``;
* rulers (``foaf:Person``) with Latin and Greek names, ``org:memberOf`` a dynasty and their
  office as a blank ``org:Membership`` (``org:role``, ``org:organization``,
  ``nmo:hasStartDate`` / ``nmo:hasEndDate`` as ``xsd:gYear``, negative for BC);
* coin types (``nmo:TypeSeriesItem``, imperial ones ``cab:ImperialType`` under it) at their
  OCRE / CRRO / PELLA IRIs: ``nmo:hasDenomination``, ``nmo:hasMaterial``, ``nmo:hasMint`` (one
  military mint missing), ``nmo:hasAuthority``, ``nmo:hasIssuer`` (republican moneyers),
  ``nmo:hasStartDate`` / ``nmo:hasEndDate``, ``dcterms:source`` the reference work and
  ``skos:notation`` the reference number, blank ``nmo:hasObverse`` / ``nmo:hasReverse`` sides
  with ``nmo:hasLegend`` (Latin, or Greek ``@grc``), ``dcterms:description`` and
  ``nmo:hasPortrait``;
* the cabinet's physical coins (``nmo:NumismaticObject``, half typed ``cab:CabinetCoin`` under
  it) at opaque IRIs with ``dcterms:identifier`` accession numbers ("1987.112"), a title on
  most, ``nmo:hasTypeSeriesItem`` (three carry only a ``dcterms:bibliographicCitation``),
  ``nmo:hasWeight`` / ``nmo:hasDiameter`` (``xsd:decimal``), ``nmo:hasAxis``
  (``xsd:integer``), acquisitions as blank ``cab:Acquisition`` records (``cab:acquiredFrom`` a
  dealer or donor, ``cab:acquisitionMethod`` a SKOS concept, ``dcterms:date``) or only a
  free-text ``dcterms:provenance``; single finds by ``nmo:hasFindspot`` a GeoNames place;
* hoards (``nmo:Hoard``, some ``cab:CoinHoard`` under it) with a blank findspot (``foaf:name``,
  ``geo:lat`` / ``geo:long``, ``dcterms:isPartOf`` a country), ``nmo:hasClosingDate`` (the
  burial), ``cab:discoveryYear``, ``cab:totalCoins``; the cabinet's coins from a hoard by the
  hoard's ``dcterms:hasPart`` or the coin's ``dcterms:isPartOf`` (declared inverses);
* the ontology terms used, some with ``rdfs:label``, ``rdfs:comment``, domains and ranges.

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/coins_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
NMO = Namespace("http://nomisma.org/ontology#")
NM = Namespace("http://nomisma.org/id/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
ORG = Namespace("http://www.w3.org/ns/org#")
RDAC = Namespace("http://www.rdaregistry.info/Elements/c/")
CAB = Namespace("https://muenzkabinett.example.edu/ns#")
OBJ = Namespace("https://muenzkabinett.example.edu/object/")
AGENT = Namespace("https://muenzkabinett.example.edu/agent/")
HOARD = Namespace("https://muenzkabinett.example.edu/hoard/")
GN = "https://sws.geonames.org/"

# id: labels by language ("alt" for skos:altLabel, "notation"), a few with only rdfs:label
DENOMINATIONS = {
    "denarius": {
        "en": "Denarius",
        "de": "Denar",
        "fr": "Denier",
        "it": "Denario",
        "alt": ["denarii"],
    },
    "aureus": {"en": "Aureus", "de": "Aureus", "fr": "Aureus"},
    "sestertius": {"en": "Sestertius", "de": "Sesterz", "fr": "Sesterce", "alt": ["Sesterce"]},
    "antoninianus": {"en": "Antoninianus", "de": "Antoninian", "alt": ["double denarius"]},
    "quinarius": {"en": "Quinarius", "de": "Quinar"},
    "solidus": {"en": "Solidus", "de": "Solidus", "it": "Soldo"},
    "follis": {"en": "Follis", "alt": ["nummus"]},
    "tetradrachm": {"en": "Tetradrachm", "de": "Tetradrachme", "grc": "τετράδραχμον"},
    "drachm": {"en": "Drachm", "de": "Drachme", "alt": ["drachma"]},
    "stater": {"en": "Stater", "de": "Stater"},
    "decadrachm": {"en": "Decadrachm", "de": "Dekadrachme"},
}
MATERIALS = {
    "ar": {"en": "Silver", "de": "Silber", "fr": "Argent", "la": "Argentum", "notation": "AR"},
    "av": {"en": "Gold", "de": "Gold", "fr": "Or", "la": "Aurum", "notation": "AV"},
    "ae": {"en": "Bronze", "de": "Bronze", "alt": ["copper alloy"], "notation": "AE"},
    "billon": {"en": "Billon", "de": "Billon"},
}
REGIONS = {
    "italy": {"en": "Italy", "it": "Italia", "la": "Italia"},
    "gaul": {"en": "Gaul", "fr": "Gaule", "la": "Gallia"},
    "syria": {"en": "Syria", "la": "Syria"},
    "egypt": {"en": "Egypt", "la": "Aegyptus"},
    "attica": {"en": "Attica", "grc": "Ἀττική"},
    "macedonia": {"en": "Macedonia", "la": "Macedonia"},
    "sicily": {"en": "Sicily", "it": "Sicilia", "la": "Sicilia"},
    "pannonia": {"en": "Pannonia", "la": "Pannonia"},
    "thrace": {"en": "Thrace", "la": "Thracia"},
    "achaea": {"en": "Achaea", "la": "Achaia"},
    "mysia": {"en": "Mysia"},
}
# id: labels, region, (lat, long), how the region is said
MINTS = {
    "rome": (
        {"en": "Rome", "it": "Roma", "de": "Rom", "la": "Roma"},
        "italy",
        (41.8919, 12.5113),
        "region",
    ),
    "lugdunum": (
        {"en": "Lugdunum", "fr": "Lyon", "alt": ["Lyon"]},
        "gaul",
        (45.7597, 4.8422),
        "region",
    ),
    "treveri": (
        {"de": "Trier", "la": "Treveri", "alt": ["Augusta Treverorum"]},
        "gaul",
        (49.7567, 6.6414),
        "broader",
    ),
    "antioch": (
        {"en": "Antioch", "la": "Antiochia", "alt": ["Antakya"]},
        "syria",
        (36.2021, 36.1601),
        "region",
    ),
    "alexandria": (
        {"en": "Alexandria", "grc": "Ἀλεξάνδρεια"},
        "egypt",
        (31.2001, 29.9187),
        "region",
    ),
    "athens": (
        {"en": "Athens", "grc": "Ἀθῆναι", "de": "Athen"},
        "attica",
        (37.9755, 23.7348),
        "region",
    ),
    "amphipolis": ({"en": "Amphipolis"}, "macedonia", (40.8183, 23.8469), "broader"),
    "syracuse": (
        {"en": "Syracuse", "it": "Siracusa", "grc": "Συράκουσαι"},
        "sicily",
        (37.0755, 15.2866),
        "region",
    ),
    "siscia": ({"en": "Siscia", "alt": ["Sisak"]}, "pannonia", (45.4872, 16.3761), "region"),
    "constantinople": (
        {"en": "Constantinople", "la": "Constantinopolis"},
        "thrace",
        (41.0122, 28.976),
        "direct",
    ),
    "lampsacus": ({"en": "Lampsacus"}, "mysia", (40.3475, 26.6853), "region"),
    "patrae": ({"en": "Patrae", "alt": ["Patras"]}, "achaea", (38.2466, 21.7346), "direct"),
}
DEITIES = {
    "jupiter": {"en": "Jupiter", "la": "Iuppiter"},
    "minerva": {"en": "Minerva"},
    "victoria": {"en": "Victoria", "alt": ["Victory"]},
    "zeus": {"en": "Zeus", "grc": "Ζεύς"},
    "athena": {"en": "Athena", "grc": "Ἀθηνᾶ"},
    "herakles": {"en": "Herakles", "alt": ["Hercules"]},
    "nike": {"en": "Nike"},
    "sol": {"en": "Sol", "alt": ["Sol Invictus"]},
    "venus": {"en": "Venus"},
    "roma": {"en": "Roma"},
    "arethusa": {"en": "Arethusa"},
    "dioscuri": {"en": "Dioscuri", "alt": ["Castor and Pollux"]},
    "genius": {"en": "Genius"},
}
DYNASTIES = {
    "julio-claudian_dynasty": "Julio-Claudian dynasty",
    "flavian_dynasty": "Flavian dynasty",
    "nerva-antonine_dynasty": "Nerva-Antonine dynasty",
    "severan_dynasty": "Severan dynasty",
    "constantinian_dynasty": "Constantinian dynasty",
    "argead_dynasty": "Argead dynasty",
    "ptolemaic_dynasty": "Ptolemaic dynasty",
}
ROLES = {
    "roman_emperor": "Roman Emperor",
    "king": "King",
    "moneyer": "Moneyer",
    "dictator": "Dictator",
    "imperator": "Imperator",
    "tyrant": "Tyrant",
}
STATES = {
    "roman_empire": "Roman Empire",
    "roman_republic": "Roman Republic",
    "macedonian_kingdom": "Kingdom of Macedon",
    "thracian_kingdom": "Kingdom of Thrace",
    "ptolemaic_kingdom": "Ptolemaic Kingdom",
    "syracuse_state": "Syracuse",
    "athens_state": "Athens",
}
# id: labels, dynasty, role, state, start, end (a ruler, a moneyer, a portrait or a polis)
PEOPLE = {
    "augustus": (
        {"en": "Augustus", "la": "Imperator Caesar Divi filius Augustus", "alt": ["Octavian"]},
        "julio-claudian_dynasty",
        "roman_emperor",
        "roman_empire",
        -27,
        14,
    ),
    "tiberius": (
        {"en": "Tiberius", "la": "Tiberius Caesar Augustus"},
        "julio-claudian_dynasty",
        "roman_emperor",
        "roman_empire",
        14,
        37,
    ),
    "livia": (
        {"en": "Livia", "la": "Livia Drusilla"},
        "julio-claudian_dynasty",
        None,
        None,
        None,
        None,
    ),
    "nero": (
        {"en": "Nero", "la": "Nero Claudius Caesar Augustus Germanicus"},
        "julio-claudian_dynasty",
        "roman_emperor",
        "roman_empire",
        54,
        68,
    ),
    "vespasian": (
        {"en": "Vespasian", "la": "Vespasianus", "de": "Vespasian"},
        "flavian_dynasty",
        "roman_emperor",
        "roman_empire",
        69,
        79,
    ),
    "domitian": (
        {"en": "Domitian", "la": "Domitianus"},
        "flavian_dynasty",
        "roman_emperor",
        "roman_empire",
        81,
        96,
    ),
    "trajan": (
        {"en": "Trajan", "la": "Traianus", "it": "Traiano", "alt": ["Marcus Ulpius Traianus"]},
        "nerva-antonine_dynasty",
        "roman_emperor",
        "roman_empire",
        98,
        117,
    ),
    "hadrian": (
        {"en": "Hadrian", "la": "Hadrianus", "it": "Adriano"},
        "nerva-antonine_dynasty",
        "roman_emperor",
        "roman_empire",
        117,
        138,
    ),
    "marcus_aurelius": (
        {"en": "Marcus Aurelius", "la": "Marcus Aurelius Antoninus"},
        "nerva-antonine_dynasty",
        "roman_emperor",
        "roman_empire",
        161,
        180,
    ),
    "septimius_severus": (
        {"en": "Septimius Severus", "la": "Lucius Septimius Severus"},
        "severan_dynasty",
        "roman_emperor",
        "roman_empire",
        193,
        211,
    ),
    "julia_domna": (
        {"en": "Julia Domna", "la": "Iulia Domna"},
        "severan_dynasty",
        None,
        None,
        None,
        None,
    ),
    "caracalla": (
        {"en": "Caracalla", "alt": ["Marcus Aurelius Antoninus Caracalla"]},
        "severan_dynasty",
        "roman_emperor",
        "roman_empire",
        198,
        217,
    ),
    "gallienus": (
        {"en": "Gallienus", "la": "Publius Licinius Egnatius Gallienus"},
        None,
        "roman_emperor",
        "roman_empire",
        253,
        268,
    ),
    "diocletian": (
        {"en": "Diocletian", "la": "Diocletianus"},
        None,
        "roman_emperor",
        "roman_empire",
        284,
        305,
    ),
    "constantine_i": (
        {"en": "Constantine I", "la": "Constantinus", "alt": ["Constantine the Great"]},
        "constantinian_dynasty",
        "roman_emperor",
        "roman_empire",
        306,
        337,
    ),
    "julius_caesar": (
        {"en": "Julius Caesar", "la": "Gaius Iulius Caesar"},
        None,
        "dictator",
        "roman_republic",
        -49,
        -44,
    ),
    "brutus": (
        {"en": "Marcus Junius Brutus", "alt": ["Brutus"]},
        None,
        "imperator",
        "roman_republic",
        -43,
        -42,
    ),
    "mark_antony": (
        {"en": "Mark Antony", "la": "Marcus Antonius"},
        None,
        "imperator",
        "roman_republic",
        -43,
        -30,
    ),
    "c_calp_piso_frugi": (
        {"en": "C. Calpurnius Piso L.f. Frugi"},
        None,
        "moneyer",
        "roman_republic",
        -67,
        -67,
    ),
    "m_mettius": ({"en": "M. Mettius"}, None, "moneyer", "roman_republic", -44, -44),
    "l_plaetorius_cestianus": (
        {"en": "L. Plaetorius Cestianus"},
        None,
        "moneyer",
        "roman_republic",
        -43,
        -42,
    ),
    "alexander_iii": (
        {"en": "Alexander III of Macedon", "grc": "Ἀλέξανδρος", "alt": ["Alexander the Great"]},
        "argead_dynasty",
        "king",
        "macedonian_kingdom",
        -336,
        -323,
    ),
    "lysimachus": (
        {"en": "Lysimachus", "grc": "Λυσίμαχος"},
        None,
        "king",
        "thracian_kingdom",
        -306,
        -281,
    ),
    "ptolemy_i": (
        {"en": "Ptolemy I Soter", "grc": "Πτολεμαῖος Σωτήρ"},
        "ptolemaic_dynasty",
        "king",
        "ptolemaic_kingdom",
        -305,
        -283,
    ),
    "agathocles": (
        {"en": "Agathocles", "grc": "Ἀγαθοκλῆς"},
        None,
        "tyrant",
        "syracuse_state",
        -317,
        -289,
    ),
}
REFERENCES = {
    "ric": ({"en": "Roman Imperial Coinage", "alt": ["RIC"]}, "Harold Mattingly"),
    "rrc": ({"en": "Roman Republican Coinage", "alt": ["RRC", "Crawford"]}, "Michael H. Crawford"),
    "price1991": (
        {
            "en": "The Coinage in the Name of Alexander the Great and Philip Arrhidaeus",
            "alt": ["Price"],
        },
        "Martin Jessop Price",
    ),
    "svoronos": (
        {"en": "Ta Nomismata tou Kratous ton Ptolemaion", "alt": ["Svoronos"]},
        "Ioannis Svoronos",
    ),
    "hgc": ({"en": "Historia Numorum", "alt": ["HN"]}, "Barclay V. Head"),
}
OCRE = "http://numismatics.org/ocre/id/"
CRRO = "http://numismatics.org/crro/id/"
PELLA = "http://numismatics.org/pella/id/"
CAT = "https://muenzkabinett.example.edu/type/"
# iri, label, alt, denomination, material, mint, authority, issuer, start, end, ref, number,
# (obverse legend, obverse description, obverse portrait), (reverse legend, description, portrait)
TYPES = [
    (
        OCRE + "ric.1(2).aug.207",
        "RIC I (second edition) Augustus 207",
        None,
        "denarius",
        "ar",
        "lugdunum",
        "augustus",
        None,
        -2,
        4,
        "ric",
        "Augustus 207",
        ("CAESAR AVGVSTVS DIVI F PATER PATRIAE", "Laureate head of Augustus right", "augustus"),
        (
            "C L CAESARES AVGVSTI F COS DESIG PRINC IVVENT",
            "Gaius and Lucius Caesar standing facing, shields and spears between them",
            None,
        ),
    ),
    (
        OCRE + "ric.1(2).aug.206",
        "RIC I (second edition) Augustus 206",
        None,
        "aureus",
        "av",
        "lugdunum",
        "augustus",
        None,
        -2,
        4,
        "ric",
        "Augustus 206",
        ("CAESAR AVGVSTVS DIVI F PATER PATRIAE", "Laureate head of Augustus right", "augustus"),
        (
            "C L CAESARES AVGVSTI F COS DESIG PRINC IVVENT",
            "Gaius and Lucius Caesar standing facing",
            None,
        ),
    ),
    (
        OCRE + "ric.1(2).tib.30",
        "RIC I (second edition) Tiberius 30",
        "Tribute Penny",
        "denarius",
        "ar",
        "lugdunum",
        "tiberius",
        None,
        14,
        37,
        "ric",
        "Tiberius 30",
        ("TI CAESAR DIVI AVG F AVGVSTVS", "Laureate head of Tiberius right", "tiberius"),
        ("PONTIF MAXIM", "Livia seated right as Pax, holding sceptre and olive branch", "livia"),
    ),
    (
        OCRE + "ric.1(2).ner.52",
        "RIC I (second edition) Nero 52",
        None,
        "aureus",
        "av",
        "rome",
        "nero",
        None,
        64,
        65,
        "ric",
        "Nero 52",
        ("NERO CAESAR AVGVSTVS", "Laureate head of Nero right", "nero"),
        ("IVPPITER CVSTOS", "Jupiter seated left, holding thunderbolt and sceptre", "jupiter"),
    ),
    (
        OCRE + "ric.1(2).ner.586",
        "RIC I (second edition) Nero 586",
        None,
        "sestertius",
        "ae",
        "lugdunum",
        "nero",
        None,
        65,
        65,
        "ric",
        "Nero 586",
        ("NERO CLAVD CAESAR AVG GER P M TR P IMP P P", "Laureate head of Nero left", "nero"),
        ("AVGVSTI POR OST S C", "The harbour of Ostia with ships", None),
    ),
    (
        OCRE + "ric.2_1(2).ves.2",
        "RIC II, Part 1 (second edition) Vespasian 2",
        "Judaea Capta denarius",
        "denarius",
        "ar",
        "rome",
        "vespasian",
        None,
        69,
        70,
        "ric",
        "Vespasian 2",
        ("IMP CAESAR VESPASIANVS AVG", "Laureate head of Vespasian right", "vespasian"),
        ("IVDAEA", "Jewess seated right in mourning, trophy behind", None),
    ),
    (
        OCRE + "ric.2_1(2).ves.167",
        "RIC II, Part 1 (second edition) Vespasian 167",
        None,
        "sestertius",
        "ae",
        "rome",
        "vespasian",
        None,
        71,
        71,
        "ric",
        "Vespasian 167",
        (
            "IMP CAES VESPASIAN AVG P M TR P P P COS III",
            "Laureate head of Vespasian right",
            "vespasian",
        ),
        ("IVDAEA CAPTA S C", "Palm tree, Jewess seated right, captive standing left", None),
    ),
    (
        OCRE + "ric.2_1(2).dom.691",
        "RIC II, Part 1 (second edition) Domitian 691",
        None,
        "denarius",
        "ar",
        "rome",
        "domitian",
        None,
        88,
        89,
        "ric",
        "Domitian 691",
        ("IMP CAES DOMIT AVG GERM P M TR P VIII", "Laureate head of Domitian right", "domitian"),
        (
            "IMP XIIII COS XIIII CENS P P P",
            "Minerva standing right on capital of rostral column",
            "minerva",
        ),
    ),
    (
        OCRE + "ric.2.tr.49",
        "RIC II Trajan 49",
        None,
        "denarius",
        "ar",
        "rome",
        "trajan",
        None,
        101,
        102,
        "ric",
        "Trajan 49",
        ("IMP CAES NERVA TRAIAN AVG GERM", "Laureate head of Trajan right", "trajan"),
        (
            "P M TR P COS IIII P P",
            "Victory standing left on shield, holding wreath and palm",
            "victoria",
        ),
    ),
    (
        OCRE + "ric.2.tr.219",
        "RIC II Trajan 219",
        "Dacia capta denarius",
        "denarius",
        "ar",
        "rome",
        "trajan",
        None,
        103,
        111,
        "ric",
        "Trajan 219",
        ("IMP TRAIANO AVG GER DAC P M TR P", "Laureate bust of Trajan right", "trajan"),
        (
            "COS V P P SPQR OPTIMO PRINC DAC CAP",
            "Dacian captive seated right on shield in mourning",
            None,
        ),
    ),
    (
        OCRE + "ric.2.tr.601",
        "RIC II Trajan 601",
        "Trajan's Column sestertius",
        "sestertius",
        "ae",
        "rome",
        "trajan",
        None,
        112,
        114,
        "ric",
        "Trajan 601",
        (
            "IMP CAES NERVAE TRAIANO AVG GER DAC P M TR P COS VI P P",
            "Laureate bust of Trajan right",
            "trajan",
        ),
        ("SPQR OPTIMO PRINCIPI S C", "Column of Trajan surmounted by statue of the emperor", None),
    ),
    (
        OCRE + "ric.2.tr.255",
        "RIC II Trajan 255",
        None,
        "aureus",
        "av",
        "rome",
        "trajan",
        None,
        112,
        114,
        "ric",
        "Trajan 255",
        ("IMP TRAIANO AVG GER DAC P M TR P COS VI P P", "Laureate bust of Trajan right", "trajan"),
        ("FORVM TRAIAN", "Facade of the Basilica Ulpia", None),
    ),
    (
        OCRE + "ric.2.hdn.297",
        "RIC II Hadrian 297",
        None,
        "denarius",
        "ar",
        "rome",
        "hadrian",
        None,
        134,
        138,
        "ric",
        "Hadrian 297",
        ("HADRIANVS AVG COS III P P", "Bare head of Hadrian right", "hadrian"),
        ("AEGYPTOS", "Egypt reclining left, holding sistrum, ibis at her feet", None),
    ),
    (
        OCRE + "ric.2.hdn.71",
        "RIC II Hadrian 71",
        None,
        "aureus",
        "av",
        "rome",
        "hadrian",
        None,
        119,
        122,
        "ric",
        "Hadrian 71",
        ("IMP CAESAR TRAIAN HADRIANVS AVG", "Laureate bust of Hadrian right", "hadrian"),
        ("P M TR P COS III", "Roma seated left on cuirass, holding Victory and spear", "roma"),
    ),
    (
        OCRE + "ric.2.hdn.845",
        "RIC II Hadrian 845",
        "Britannia sestertius",
        "sestertius",
        "ae",
        "rome",
        "hadrian",
        None,
        136,
        136,
        "ric",
        "Hadrian 845",
        ("HADRIANVS AVG COS III P P", "Bare head of Hadrian right", "hadrian"),
        ("BRITANNIA S C", "Britannia seated facing, foot on rock, holding spear", None),
    ),
    (
        OCRE + "ric.3.m_aur.277",
        "RIC III Marcus Aurelius 277",
        None,
        "denarius",
        "ar",
        "rome",
        "marcus_aurelius",
        None,
        172,
        173,
        "ric",
        "Marcus Aurelius 277",
        ("M ANTONINVS AVG TR P XXVII", "Laureate head of Marcus Aurelius right", "marcus_aurelius"),
        (
            "IMP VI COS III GERMANIA SVBACTA",
            "Germania seated left in mourning at base of trophy",
            None,
        ),
    ),
    (
        OCRE + "ric.4.ss.142",
        "RIC IV Septimius Severus 142",
        None,
        "denarius",
        "ar",
        "rome",
        "septimius_severus",
        None,
        200,
        201,
        "ric",
        "Septimius Severus 142",
        ("SEVERVS AVG PART MAX", "Laureate head of Septimius Severus right", "septimius_severus"),
        ("VICT PARTHICAE", "Victory advancing left, captive at her feet", "victoria"),
    ),
    (
        OCRE + "ric.4.ss.536",
        "RIC IV Septimius Severus 536",
        None,
        "denarius",
        "ar",
        "rome",
        "septimius_severus",
        None,
        196,
        211,
        "ric",
        "Septimius Severus 536",
        ("IVLIA AVGVSTA", "Draped bust of Julia Domna right", "julia_domna"),
        ("VENERI VICTR", "Venus standing right, seen from behind, holding apple and palm", "venus"),
    ),
    (
        OCRE + "ric.4.crl.311",
        "RIC IV Caracalla 311",
        None,
        "antoninianus",
        "billon",
        "rome",
        "caracalla",
        None,
        215,
        215,
        "ric",
        "Caracalla 311",
        ("ANTONINVS PIVS AVG GERM", "Radiate and draped bust of Caracalla right", "caracalla"),
        ("VENVS VICTRIX", "Venus standing left, holding Victory and spear", "venus"),
    ),
    (
        OCRE + "ric.5.gall(1).283",
        "RIC V Gallienus (joint reign) 283",
        "zoo antoninianus",
        "antoninianus",
        "billon",
        "rome",
        "gallienus",
        None,
        267,
        268,
        "ric",
        "Gallienus 283",
        ("GALLIENVS AVG", "Radiate head of Gallienus right", "gallienus"),
        ("SOLI CONS AVG", "Pegasus springing right", None),
    ),
    (
        OCRE + "ric.5.gall(1).572",
        "RIC V Gallienus (joint reign) 572",
        None,
        "antoninianus",
        "billon",
        "siscia",
        "gallienus",
        None,
        264,
        266,
        "ric",
        "Gallienus 572",
        ("GALLIENVS AVG", "Radiate head of Gallienus right", "gallienus"),
        ("FORTVNA REDVX", "Fortuna standing left", None),
    ),
    (
        OCRE + "ric.6.tri.170a",
        "RIC VI Treveri 170a",
        None,
        "follis",
        "ae",
        "treveri",
        "diocletian",
        None,
        296,
        297,
        "ric",
        "Treveri 170a",
        (
            "IMP DIOCLETIANVS P F AVG",
            "Laureate and cuirassed bust of Diocletian right",
            "diocletian",
        ),
        ("GENIO POPVLI ROMANI", "Genius standing left, holding patera and cornucopiae", "genius"),
    ),
    (
        OCRE + "ric.6.alex.32a",
        "RIC VI Alexandria 32a",
        None,
        "follis",
        "ae",
        "alexandria",
        "diocletian",
        None,
        300,
        301,
        "ric",
        "Alexandria 32a",
        ("IMP C DIOCLETIANVS P F AVG", "Laureate head of Diocletian right", "diocletian"),
        ("GENIO POPVLI ROMANI", "Genius standing left", "genius"),
    ),
    (
        OCRE + "ric.7.tri.36",
        "RIC VII Treveri 36",
        None,
        "solidus",
        "av",
        "treveri",
        "constantine_i",
        None,
        315,
        315,
        "ric",
        "Treveri 36",
        ("CONSTANTINVS P F AVG", "Laureate head of Constantine right", "constantine_i"),
        (
            "VICTORIA CONSTANTINI AVG",
            "Victory seated right, inscribing shield held by Genius",
            "victoria",
        ),
    ),
    (
        OCRE + "ric.7.sis.48",
        "RIC VII Siscia 48",
        None,
        "follis",
        "ae",
        "siscia",
        "constantine_i",
        None,
        318,
        319,
        "ric",
        "Siscia 48",
        (
            "IMP CONSTANTINVS AVG",
            "Laureate and cuirassed bust of Constantine right",
            "constantine_i",
        ),
        ("SOLI INVICTO COMITI", "Sol standing left, raising right hand, holding globe", "sol"),
    ),
    (
        OCRE + "ric.7.cnp.105",
        "RIC VII Constantinople 105",
        None,
        "solidus",
        "av",
        "constantinople",
        "constantine_i",
        None,
        335,
        336,
        "ric",
        "Constantinople 105",
        (
            "CONSTANTINVS MAX AVG",
            "Diademed head of Constantine right, looking upward",
            "constantine_i",
        ),
        ("VICTORIA CONSTANTINI AVG", "Victory advancing left, holding trophy and palm", "victoria"),
    ),
    (
        OCRE + "ric.7.anch.86",
        "RIC VII Antioch 86",
        None,
        "follis",
        "ae",
        "antioch",
        "constantine_i",
        None,
        330,
        335,
        "ric",
        "Antioch 86",
        ("CONSTANTINVS MAX AVG", "Rosette-diademed bust of Constantine right", "constantine_i"),
        ("GLORIA EXERCITVS", "Two soldiers standing, two standards between them", None),
    ),
    (
        CRRO + "rrc-44.5",
        "RRC 44/5",
        "anonymous Dioscuri denarius",
        "denarius",
        "ar",
        "rome",
        "roman_republic",
        None,
        -211,
        -208,
        "rrc",
        "44/5",
        (None, "Helmeted head of Roma right, X behind", "roma"),
        ("ROMA", "The Dioscuri riding right", "dioscuri"),
    ),
    (
        CRRO + "rrc-408.1a",
        "RRC 408/1a",
        None,
        "denarius",
        "ar",
        "rome",
        "roman_republic",
        "c_calp_piso_frugi",
        -67,
        -67,
        "rrc",
        "408/1a",
        (None, "Head of Apollo right", None),
        ("C PISO L F FRV", "Horseman galloping right, holding palm", None),
    ),
    (
        CRRO + "rrc-443.1",
        "RRC 443/1",
        "Caesar elephant denarius",
        "denarius",
        "ar",
        None,
        "julius_caesar",
        None,
        -49,
        -48,
        "rrc",
        "443/1",
        ("CAESAR", "Elephant right, trampling serpent", None),
        (None, "Priestly implements: culullus, aspergillum, axe and apex", None),
    ),
    (
        CRRO + "rrc-480.3",
        "RRC 480/3",
        None,
        "denarius",
        "ar",
        "rome",
        "julius_caesar",
        "m_mettius",
        -44,
        -44,
        "rrc",
        "480/3",
        ("CAESAR DICT QVART", "Wreathed head of Caesar right", "julius_caesar"),
        ("M METTIVS", "Juno Sospita in biga right", None),
    ),
    (
        CRRO + "rrc-508.3",
        "RRC 508/3",
        "Ides of March denarius",
        "denarius",
        "ar",
        None,
        "brutus",
        "l_plaetorius_cestianus",
        -43,
        -42,
        "rrc",
        "508/3",
        ("BRVT IMP L PLAET CEST", "Bare head of Brutus right", "brutus"),
        ("EID MAR", "Pileus between two daggers", None),
    ),
    (
        CRRO + "rrc-544.19",
        "RRC 544/19",
        "legionary denarius of Mark Antony",
        "denarius",
        "ar",
        "patrae",
        "mark_antony",
        None,
        -32,
        -31,
        "rrc",
        "544/19",
        ("ANT AVG III VIR R P C", "Galley right", None),
        ("LEG VI", "Aquila between two standards", None),
    ),
    (
        PELLA + "price.3",
        "Price 3",
        None,
        "tetradrachm",
        "ar",
        "amphipolis",
        "alexander_iii",
        None,
        -336,
        -323,
        "price1991",
        "3",
        (None, "Head of Herakles right, wearing lion skin headdress", "herakles"),
        ("ΑΛΕΞΑΝΔΡΟΥ", "Zeus seated left on throne, holding eagle and sceptre", "zeus"),
    ),
    (
        PELLA + "price.172",
        "Price 172",
        None,
        "stater",
        "av",
        "amphipolis",
        "alexander_iii",
        None,
        -330,
        -320,
        "price1991",
        "172",
        (None, "Head of Athena right in crested Corinthian helmet", "athena"),
        ("ΑΛΕΞΑΝΔΡΟΥ", "Nike standing left, holding wreath and stylis", "nike"),
    ),
    (
        PELLA + "price.2595",
        "Price 2595",
        None,
        "drachm",
        "ar",
        "lampsacus",
        "alexander_iii",
        None,
        -323,
        -317,
        "price1991",
        "2595",
        (None, "Head of Herakles right in lion skin", "herakles"),
        ("ΑΛΕΞΑΝΔΡΟΥ", "Zeus seated left holding eagle", "zeus"),
    ),
    (
        PELLA + "lysimachus.1",
        "Thompson (Lysimachus) 45",
        None,
        "tetradrachm",
        "ar",
        "lampsacus",
        "lysimachus",
        None,
        -297,
        -281,
        "hgc",
        "Thompson 45",
        (None, "Diademed head of the deified Alexander right with horn of Ammon", "alexander_iii"),
        ("ΒΑΣΙΛΕΩΣ ΛΥΣΙΜΑΧΟΥ", "Athena seated left, holding Nike", "athena"),
    ),
    (
        CAT + "att-owl-1",
        "Athens tetradrachm, classical owl",
        "Athenian owl",
        "tetradrachm",
        "ar",
        "athens",
        "athens_state",
        None,
        -454,
        -404,
        "hgc",
        "HN 373",
        (None, "Head of Athena right in crested Attic helmet", "athena"),
        ("ΑΘΕ", "Owl standing right, head facing; olive sprig and crescent behind", None),
    ),
    (
        CAT + "att-owl-2",
        "Athens drachm, classical owl",
        None,
        "drachm",
        "ar",
        "athens",
        "athens_state",
        None,
        -454,
        -404,
        "hgc",
        "HN 374",
        (None, "Head of Athena right", "athena"),
        ("ΑΘΕ", "Owl standing right, head facing", None),
    ),
    (
        CAT + "syr-deka-1",
        "Syracuse decadrachm signed by Euainetos",
        None,
        "decadrachm",
        "ar",
        "syracuse",
        "syracuse_state",
        None,
        -405,
        -400,
        "hgc",
        "HN 182",
        (None, "Racing quadriga left, Nike above crowning the charioteer", "nike"),
        ("ΣΥΡΑΚΟΣΙΩΝ", "Head of Arethusa left, surrounded by four dolphins", "arethusa"),
    ),
    (
        CAT + "syr-aga-1",
        "Syracuse tetradrachm of Agathocles",
        None,
        "tetradrachm",
        "ar",
        "syracuse",
        "agathocles",
        None,
        -310,
        -305,
        "hgc",
        "HN 185",
        (None, "Head of Arethusa left wearing grain wreath, dolphins around", "arethusa"),
        ("ΑΓΑΘΟΚΛΕΙΟΣ", "Quadriga driven left, triskeles below", None),
    ),
    (
        CAT + "ptol-1",
        "Svoronos 255",
        None,
        "tetradrachm",
        "ar",
        "alexandria",
        "ptolemy_i",
        None,
        -305,
        -283,
        "svoronos",
        "255",
        (None, "Diademed head of Ptolemy I right, wearing aegis", "ptolemy_i"),
        ("ΠΤΟΛΕΜΑΙΟΥ ΒΑΣΙΛΕΩΣ", "Eagle standing left on thunderbolt", None),
    ),
]
# (agent id, name, kind, city): the cabinet's dealers, donors and previous owners
AGENTS = [
    ("mm-basel", "Münzen und Medaillen AG", "org", "Basel"),
    ("spink", "Spink & Son", "org", "London"),
    ("hess", "Adolph Hess Nachfolger", "org", "Frankfurt am Main"),
    ("leu", "Leu Numismatik", "org", "Zürich"),
    ("imhoof", "Friedrich Imhoof-Blumer", "person", "Winterthur"),
    ("varga", "Helena Varga", "person", "Vienna"),
    ("kessler", "Dr. Otto Kessler", "person", "Tübingen"),
    ("landesamt", "Landesamt für Denkmalpflege", "org", "Esslingen"),
]
METHODS = {
    "purchase": "Purchase",
    "donation": "Donation",
    "bequest": "Bequest",
    "exchange": "Exchange",
    "transfer": "Transfer from excavation",
}
# method: who may stand behind it
BY_METHOD = {
    "purchase": ["mm-basel", "spink", "hess", "leu"],
    "donation": ["varga", "kessler"],
    "bequest": ["imhoof"],
    "exchange": ["leu", "spink"],
    "transfer": ["landesamt"],
}
COUNTRIES = {
    "2921044": "Germany",
    "3175395": "Italy",
    "390903": "Greece",
    "2635167": "United Kingdom",
    "3017382": "France",
}
# id, labels, findspot name, country geonames id, (lat, long), closing year, discovery year,
# total coins, type indices drawn on, cabinet coins, how membership is said, class
HOARDS = [
    (
        "reichenbach",
        {"en": "Reichenbach Hoard", "de": "Schatzfund von Reichenbach"},
        "Reichenbach an der Fils",
        "2921044",
        (48.711, 9.385),
        238,
        1962,
        1418,
        [15, 16, 17, 18],
        6,
        "hasPart",
        "cab",
    ),
    (
        "mesagne",
        {"en": "Mesagne Hoard", "it": "Ripostiglio di Mesagne"},
        "Mesagne",
        "3175395",
        (40.558, 17.81),
        -42,
        1938,
        2207,
        [27, 28, 29, 30, 31],
        7,
        "isPartOf",
        "nmo",
    ),
    (
        "thasos",
        {"en": "Thasos Hoard"},
        "Limenas, Thasos",
        "390903",
        (40.779, 24.709),
        -290,
        1971,
        312,
        [33, 35, 36],
        4,
        "hasPart",
        "nmo",
    ),
    (
        "weissenburg",
        {"de": "Münzschatz von Weißenburg", "en": "Weissenburg Hoard"},
        "Weißenburg in Bayern",
        "2921044",
        (49.03, 10.972),
        270,
        1979,
        4512,
        [19, 20],
        5,
        "isPartOf",
        "cab",
    ),
    (
        "beaurains",
        {"en": "Beaurains Hoard", "fr": "Trésor de Beaurains", "alt": ["Arras Hoard"]},
        "Beaurains",
        "3017382",
        (50.266, 2.794),
        315,
        1922,
        473,
        [21, 22, 23, 24],
        5,
        "hasPart",
        "nmo",
    ),
    (
        "cuddington",
        {"en": "Cuddington Hoard"},
        "Cuddington, Cheshire",
        "2635167",
        (53.24, -2.61),
        118,
        1987,
        96,
        [8, 9, 12],
        3,
        "isPartOf",
        "cab",
    ),
    (
        "selinunte",
        {"en": "Selinunte Hoard", "it": "Tesoretto di Selinunte"},
        "Selinunte",
        "3175395",
        (37.585, 12.826),
        -300,
        1956,
        188,
        [38, 39],
        3,
        "hasPart",
        "nmo",
    ),
]
# single finds: geonames id, name, (lat, long)
FINDSPOTS = [
    ("2820860", "Tübingen", (48.5216, 9.0576)),
    ("2892518", "Kempten", (47.7267, 10.3139)),
    ("2643743", "London", (51.5085, -0.1257)),
    ("3169070", "Rimini", (44.0575, 12.5653)),
    ("2944388", "Bregenz", (47.5031, 9.7471)),
]
# (nominal weight g, diameter mm) by denomination
METROLOGY = {
    "denarius": (3.6, 18.5),
    "aureus": (7.6, 19.5),
    "sestertius": (26.0, 34.0),
    "antoninianus": (4.5, 22.0),
    "quinarius": (1.7, 14.5),
    "solidus": (4.45, 20.5),
    "follis": (9.5, 27.0),
    "tetradrachm": (17.1, 26.5),
    "drachm": (4.2, 17.5),
    "stater": (8.6, 18.5),
    "decadrachm": (43.0, 35.0),
}


_BLANKS = iter(range(1, 100000))


def bnode() -> BNode:
    """A blank node with a stable id (``_:b17``), so that the dump is the same on each run."""
    return BNode(f"b{next(_BLANKS)}")


def labels(g: Graph, node: URIRef, names: dict, predicate: URIRef = SKOS.prefLabel) -> None:
    """``node``'s names: ``predicate`` in each language, ``skos:altLabel``\\s, a notation."""
    for lang, text in names.items():
        if lang == "alt":
            for alt in text:
                g.add((node, SKOS.altLabel, Literal(alt, lang="en")))
        elif lang == "notation":
            g.add((node, SKOS.notation, Literal(text)))
        else:
            g.add((node, predicate, Literal(text, lang=lang)))


def year(n: int) -> Literal:
    """A gYear as Nomisma writes it: four digits, a minus before a BC year ("-0044")."""
    return Literal(f"-{-n:04d}" if n < 0 else f"{n:04d}", datatype=XSD.gYear)


def concept(
    g: Graph, nid: str, names: dict, cls: URIRef, predicate: URIRef = SKOS.prefLabel
) -> URIRef:
    """A nomisma.org concept of class ``cls`` named by :func:`labels`."""
    node = NM[nid]
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, RDF.type, cls))
    labels(g, node, names, predicate)
    return node


def ontology(g: Graph) -> None:
    """The terms used, as the cabinet's dump declares them (some described, some not)."""
    described = {
        NMO.hasWeight: ("weight", "The weight of a physical object, in grams."),
        NMO.hasDiameter: ("diameter", "The diameter of a physical object, in millimetres."),
        NMO.hasAxis: (
            "die axis",
            "The orientation of the reverse die relative to the obverse, in clock hours.",
        ),
        NMO.hasClosingDate: (
            "closing date",
            "The date of the latest coin in a hoard, taken as the date of its burial.",
        ),
        NMO.hasMint: ("mint", None),
        NMO.hasAuthority: ("authority", "The ruler or state in whose name a coin was struck."),
        NMO.hasIssuer: ("issuer", "The official, such as a moneyer, who issued a coin."),
        NMO.hasFindspot: ("findspot", None),
        NMO.hasTypeSeriesItem: (
            "coin type",
            "The type in a reference work to which a physical coin belongs.",
        ),
        NMO.hasPortrait: ("portrait", None),
        CAB.acquiredFrom: (
            "acquired from",
            "The dealer, donor or previous owner from whom the cabinet acquired a coin.",
        ),
        CAB.acquisitionMethod: ("method of acquisition", None),
        CAB.discoveryYear: ("year of discovery", None),
        CAB.totalCoins: ("number of coins", "The number of coins the hoard held when found."),
    }
    for prop, (label, comment) in described.items():
        g.add(
            (
                prop,
                RDF.type,
                OWL.ObjectProperty
                if prop
                in {
                    NMO.hasMint,
                    NMO.hasAuthority,
                    NMO.hasIssuer,
                    NMO.hasFindspot,
                    NMO.hasTypeSeriesItem,
                    NMO.hasPortrait,
                    CAB.acquiredFrom,
                    CAB.acquisitionMethod,
                }
                else OWL.DatatypeProperty,
            )
        )
        g.add((prop, RDFS.label, Literal(label, lang="en")))
        if comment:
            g.add((prop, RDFS.comment, Literal(comment, lang="en")))
    g.add((NMO.hasWeight, RDFS.domain, NMO.NumismaticObject))
    g.add((NMO.hasMint, RDFS.range, NMO.Mint))
    g.add((NMO.hasAuthority, RDFS.domain, NMO.TypeSeriesItem))
    g.add((DCTERMS.hasPart, OWL.inverseOf, DCTERMS.isPartOf))
    for cls, sup, label in [
        (CAB.CabinetCoin, NMO.NumismaticObject, "coin in the cabinet"),
        (CAB.ImperialType, NMO.TypeSeriesItem, "Roman imperial coin type"),
        (CAB.CoinHoard, NMO.Hoard, "coin hoard"),
        (NMO.NumismaticObject, None, "numismatic object"),
        (NMO.TypeSeriesItem, None, "coin type"),
        (NMO.Hoard, None, "hoard"),
        (NMO.Mint, None, "mint"),
        (NMO.Denomination, None, "denomination"),
        (NMO.Material, None, "material"),
        (NMO.Region, None, "region"),
    ]:
        g.add((cls, RDF.type, OWL.Class))
        g.add((cls, RDFS.label, Literal(label, lang="en")))
        if sup is not None:
            g.add((cls, RDFS.subClassOf, sup))


def side(
    g: Graph, t: URIRef, predicate: URIRef, legend: str | None, text: str, portrait: str | None
) -> None:
    """A blank obverse or reverse: its legend (Greek tagged ``grc``), description, portrait."""
    b = bnode()
    g.add((t, predicate, b))
    if legend:
        greek = any("\u0370" <= c <= "\u03ff" for c in legend)
        g.add((b, NMO.hasLegend, Literal(legend, lang="grc" if greek else "la")))
    g.add((b, DCTERMS.description, Literal(text, lang="en")))
    if portrait:
        g.add((b, NMO.hasPortrait, NM[portrait]))


def build() -> Graph:
    rnd = random.Random(5507)
    g = Graph()
    ontology(g)
    for nid, names in DENOMINATIONS.items():
        concept(g, nid, names, NMO.Denomination)
    for nid, names in MATERIALS.items():
        concept(g, nid, names, NMO.Material)
    for nid, names in REGIONS.items():
        concept(g, nid, names, NMO.Region)
    for nid, (names, region, (lat, lon), how) in MINTS.items():
        m = concept(g, nid, names, NMO.Mint)
        if how == "direct":
            g.add((m, GEO.lat, Literal(f"{lat}", datatype=XSD.decimal)))
            g.add((m, GEO.long, Literal(f"{lon}", datatype=XSD.decimal)))
        else:
            p = bnode()
            g.add((m, GEO.location, p))
            g.add((p, RDF.type, GEO.SpatialThing))
            g.add((p, GEO.lat, Literal(f"{lat}", datatype=XSD.decimal)))
            g.add((p, GEO.long, Literal(f"{lon}", datatype=XSD.decimal)))
        g.add((m, SKOS.broader if how == "broader" else NMO.hasRegion, NM[region]))
    for nid, names in DEITIES.items():
        concept(g, nid, names, NMO.Deity)
    for nid, label in DYNASTIES.items():
        concept(g, nid, {"en": label}, RDAC.Family)
    for nid, label in ROLES.items():
        concept(g, nid, {"en": label}, ORG.Role)
    for nid, label in STATES.items():
        node = concept(g, nid, {"en": label}, ORG.Organization)
        if nid == "syracuse_state":
            g.add((node, SKOS.altLabel, Literal("Syracusans", lang="en")))
    for nid, (names, dynasty, role, state, start, end) in PEOPLE.items():
        p = concept(g, nid, names, FOAF.Person)
        if dynasty:
            g.add((p, ORG.memberOf, NM[dynasty]))
        if role:
            ms = bnode()
            g.add((p, ORG.hasMembership, ms))
            g.add((ms, RDF.type, ORG.Membership))
            g.add((ms, ORG.role, NM[role]))
            g.add((ms, ORG.organization, NM[state]))
            g.add((ms, NMO.hasStartDate, year(start)))
            g.add((ms, NMO.hasEndDate, year(end)))
    for nid, (names, author) in REFERENCES.items():
        r = concept(g, nid, names, NMO.ReferenceWork)
        g.add((r, DCTERMS.creator, Literal(author)))
    types = []
    for iri, label, alt, denom, mat, mint, auth, issuer, start, end, ref, number, obv, rev in TYPES:
        t = URIRef(iri)
        types.append((t, denom, label))
        g.add((t, RDF.type, CAB.ImperialType if iri.startswith(OCRE) else NMO.TypeSeriesItem))
        g.add((t, SKOS.prefLabel, Literal(label, lang="en")))
        if alt:
            g.add((t, SKOS.altLabel, Literal(alt, lang="en")))
        g.add((t, NMO.hasDenomination, NM[denom]))
        g.add((t, NMO.hasMaterial, NM[mat]))
        if mint:
            g.add((t, NMO.hasMint, NM[mint]))
        g.add((t, NMO.hasAuthority, NM[auth]))
        if issuer:
            g.add((t, NMO.hasIssuer, NM[issuer]))
        g.add((t, NMO.hasStartDate, year(start)))
        g.add((t, NMO.hasEndDate, year(end)))
        g.add((t, DCTERMS.source, NM[ref]))
        g.add((t, SKOS.notation, Literal(number)))
        side(g, t, NMO.hasObverse, *obv)
        side(g, t, NMO.hasReverse, *rev)
    # the cabinet's coins: two or three of each type, hoard coins first
    g.add((CAB.collection, RDF.type, NMO.Collection))
    g.add((CAB.collection, SKOS.prefLabel, Literal("Münzkabinett der Universität", lang="de")))
    g.add((CAB.collection, SKOS.prefLabel, Literal("University Coin Cabinet", lang="en")))
    for aid, name, kind, city in AGENTS:
        a = AGENT[aid]
        g.add((a, RDF.type, FOAF.Organization if kind == "org" else FOAF.Person))
        g.add((a, FOAF.name, Literal(name)))
        g.add((a, CAB.basedIn, Literal(city)))
    for mid, label in METHODS.items():
        m = CAB["method-" + mid]
        g.add((m, RDF.type, SKOS.Concept))
        g.add((m, SKOS.prefLabel, Literal(label, lang="en")))
    for gid, name in COUNTRIES.items():
        c = URIRef(f"{GN}{gid}/")
        g.add((c, RDFS.label, Literal(name, lang="en")))
    for gid, name, (lat, lon) in FINDSPOTS:
        f = URIRef(f"{GN}{gid}/")
        g.add((f, RDFS.label, Literal(name, lang="en")))
        g.add((f, GEO.lat, Literal(f"{lat}", datatype=XSD.decimal)))
        g.add((f, GEO.long, Literal(f"{lon}", datatype=XSD.decimal)))
    serial = iter(rnd.sample(range(10000, 99999), 400))
    accessions: set[str] = set()

    def coin(t: URIRef, denom: str, label: str, cited: bool = False, after: int = 1880) -> URIRef:
        c = OBJ[str(next(serial))]
        g.add((c, RDF.type, CAB.CabinetCoin if rnd.random() < 0.5 else NMO.NumismaticObject))
        acc = f"{rnd.randint(after, 2019)}.{rnd.randint(1, 420)}"
        while acc in accessions:
            acc = f"{rnd.randint(after, 2019)}.{rnd.randint(1, 420)}"
        accessions.add(acc)
        g.add((c, DCTERMS.identifier, Literal(acc)))
        if rnd.random() < 0.8:
            g.add((c, DCTERMS.title, Literal(f"{DENOMINATIONS[denom]['en']}, {label}", lang="en")))
        if cited:
            g.add((c, DCTERMS.bibliographicCitation, Literal(label)))
        else:
            g.add((c, NMO.hasTypeSeriesItem, t))
        w, d = METROLOGY[denom]
        g.add(
            (c, NMO.hasWeight, Literal(f"{w * rnd.uniform(0.86, 1.02):.2f}", datatype=XSD.decimal))
        )
        g.add(
            (c, NMO.hasDiameter, Literal(f"{d + rnd.uniform(-1.5, 1.5):.1f}", datatype=XSD.decimal))
        )
        g.add(
            (c, NMO.hasAxis, Literal(rnd.choice([12, 6, 6, 12, 5, 7, 11, 1]), datatype=XSD.integer))
        )
        g.add((c, NMO.hasCollection, CAB.collection))
        if rnd.random() < 0.65:
            method = rnd.choice(list(BY_METHOD))
            a = bnode()
            g.add((c, CAB.acquisition, a))
            g.add((a, RDF.type, CAB.Acquisition))
            g.add((a, CAB.acquiredFrom, AGENT[rnd.choice(BY_METHOD[method])]))
            g.add((a, CAB.acquisitionMethod, CAB["method-" + method]))
            g.add(
                (
                    a,
                    DCTERMS.date,
                    Literal(
                        f"{acc.split('.')[0]}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                        datatype=XSD.date,
                    ),
                )
            )
        else:
            g.add(
                (
                    c,
                    DCTERMS.provenance,
                    Literal(
                        rnd.choice(
                            [
                                "Old cabinet stock, inventoried 1893.",
                                "Ex collection Prokesch-Osten; acquired with the collection.",
                                "Found in the cabinet without record, 1946.",
                            ]
                        ),
                        lang="en",
                    ),
                )
            )
        return c

    hoard_coins: set[int] = set()
    for hid, names, place, country, (lat, lon), closing, found, total, drawn, n, how, cls in HOARDS:
        h = HOARD[hid]
        g.add((h, RDF.type, CAB.CoinHoard if cls == "cab" else NMO.Hoard))
        labels(g, h, names)
        f = bnode()
        g.add((h, NMO.hasFindspot, f))
        g.add((f, RDF.type, GEO.SpatialThing))
        g.add((f, FOAF.name, Literal(place)))
        g.add((f, GEO.lat, Literal(f"{lat}", datatype=XSD.decimal)))
        g.add((f, GEO.long, Literal(f"{lon}", datatype=XSD.decimal)))
        g.add((f, DCTERMS.isPartOf, URIRef(f"{GN}{country}/")))
        g.add((h, NMO.hasClosingDate, year(closing)))
        g.add((h, CAB.discoveryYear, year(found)))
        g.add((h, CAB.totalCoins, Literal(total, datatype=XSD.integer)))
        for k in range(n):
            i = drawn[k % len(drawn)]
            hoard_coins.add(i)
            t, denom, label = types[i]
            c = coin(t, denom, label, after=found + 1)
            if how == "hasPart":
                g.add((h, DCTERMS.hasPart, c))
            else:
                g.add((c, DCTERMS.isPartOf, h))
    cited = {27, 29, 38}
    for i, (t, denom, label) in enumerate(types):
        for k in range(1 if i in hoard_coins else 2):
            c = coin(t, denom, label, cited=i in cited and k == 0)
            if rnd.random() < 0.12:
                gid = rnd.choice(FINDSPOTS)[0]
                g.add((c, NMO.hasFindspot, URIRef(f"{GN}{gid}/")))
    return g


def main() -> None:
    g = build()
    lines = sorted(set(g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()))
    (HERE / "coins.nt").write_text("\n".join(x for x in lines if x) + "\n", encoding="utf-8")
    print(len(g), "triples")


if __name__ == "__main__":
    main()
