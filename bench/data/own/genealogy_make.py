# ruff: noqa: E501  (one record a line)
"""Write ``genealogy.rdf``: a family-history society's members' database of one Welsh-borders
family and their neighbours, as the society's website exports it (RDF/XML, one file).

The shape follows what such an export holds:

* the published vocabularies a genealogy export uses: the **BIO vocabulary** (``bio:Birth``,
  ``bio:Baptism``, ``bio:Marriage``, ``bio:Death``, ``bio:Burial`` events with ``bio:date``,
  ``bio:place``, ``bio:principal`` / ``bio:partner``; a person's ``bio:event`` on some, the
  shortcut ``bio:birth`` / ``bio:death`` on others, the event's ``bio:principal`` alone on the
  rest, declared ``owl:inverseOf`` ``bio:event``; ``bio:father`` / ``bio:mother`` on some
  children), the **RELATIONSHIP vocabulary** (``rel:childOf`` on some children, ``rel:parentOf``
  on some parents, declared inverses; ``rel:spouseOf``, symmetric, on some couples only), FOAF
  names (``foaf:name`` on most; ``foaf:givenName`` + ``foaf:familyName`` only on some; a
  catalogue ``rdfs:label`` "Pryce, Thomas (c.1791-1859)" on the core family), **GEDCOM-X**
  terms (top-level ``gx:Relationship`` ParentChild / Couple records with ``gx:person1`` /
  ``gx:person2``; blank ``gx:Name`` nodes typed ``gx:BirthName`` / ``gx:MarriedName`` with
  ``gx:fullText``; blank occupation ``gx:Fact``\\s with a value and a date), schema.org places
  (``schema:containedInPlace`` church -> parish -> county -> country; Welsh names, Chapman
  county codes as ``skos:notation``), **dcterms and PROV sources** (parish registers, census
  piece numbers, a will, a gravestone transcription; events cite them by ``dcterms:source``,
  ``prov:wasDerivedFrom`` or a blank ``fhs:Citation`` with a page);
* the mess of real data: dates as ``xsd:date``, ``xsd:gYear``, GEDCOM phrases ("abt 1791",
  "bef 1851", "bet 1820 and 1825"); several marriages, a widow remarried under her first
  husband's name, maiden names by ``fhs:maidenName`` or a BirthName record; name variants as
  ``skos:altLabel`` (Welsh ``@cy``, a register's Latin ``@la``); census residences as blank
  ``fhs:CensusEntry`` records (census, residence, address, age, occupation, relation to head);
  an unnamed infant, a place with no label; a small class hierarchy (``fhs:Parish`` under
  ``schema:AdministrativeArea`` under ``schema:Place``, events under ``bio:IndividualEvent``
  / ``bio:GroupEvent``) and ``rdfs:comment`` descriptions on the society's own properties.

Seeded, no network; stdlib only (rdflib checks the output). Run from the repository root:
``python bench/data/own/genealogy_make.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _rdfxml import Body, RdfXmlDoc

HERE = Path(__file__).parent
BASE = "https://records.borderfhs.example.org.uk/"
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "bio": "http://purl.org/vocab/bio/0.1/",
    "rel": "http://purl.org/vocab/relationship/",
    "schema": "http://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "gx": "http://gedcomx.org/",
    "fhs": BASE + "ns#",
}
XSD = NS["xsd"]
DATE, YEAR, INT = XSD + "date", XSD + "gYear", XSD + "integer"


def person(pid: str) -> str:
    return f"{BASE}person/{pid}"


def place(code: str) -> str:
    return f"{BASE}place/{code}"


def source(code: str) -> str:
    return f"{BASE}source/{code}"


def full(prefix_local: str) -> str:
    pre, _, local = prefix_local.partition(":")
    return NS[pre] + local


# ------------------------------------------------------------------ places
# code -> (class, English name, Welsh name, notation, contained in)
PLACES: dict[str, tuple[str, str, str, str, str]] = {
    "WLS": ("fhs:Country", "Wales", "Cymru", "", ""),
    "ENG": ("fhs:Country", "England", "", "", ""),
    "CMN": ("fhs:County", "Carmarthenshire", "Sir Gaerfyrddin", "CMN", "WLS"),
    "BRE": ("fhs:County", "Brecknockshire", "Sir Frycheiniog", "BRE", "WLS"),
    "HEF": ("fhs:County", "Herefordshire", "", "HEF", "ENG"),
    "SAL": ("fhs:County", "Shropshire", "", "SAL", "ENG"),
    "LLGT": ("fhs:Parish", "Llangathen", "Llangathen", "", "CMN"),
    "LLDF": ("fhs:Parish", "Llandeilo Fawr", "Llandeilo Fawr", "", "CMN"),
    "LLFY": ("fhs:Parish", "Llanfynydd", "", "", "CMN"),
    "TALY": ("fhs:Parish", "Talley", "Talyllychau", "", "CMN"),
    "CMNT": ("fhs:Town", "Carmarthen", "Caerfyrddin", "", "CMN"),
    "HAY": ("fhs:Parish", "Hay", "Y Gelli Gandryll", "", "BRE"),
    "KING": ("fhs:Parish", "Kington", "Ceintun", "", "HEF"),
    "HUNT": ("fhs:Parish", "Huntington", "", "", "HEF"),
    "LEOM": ("fhs:Parish", "Leominster", "Llanllieni", "", "HEF"),
    "CLUN": ("fhs:Parish", "Clun", "Colunwy", "", "SAL"),
    "BCAS": ("fhs:Parish", "Bishop's Castle", "Trefesgob", "", "SAL"),
    "STCA": ("fhs:Church", "St Cathen's Church, Llangathen", "", "", "LLGT"),
    "STTE": ("fhs:Church", "St Teilo's Church, Llandeilo", "Eglwys Sant Teilo", "", "LLDF"),
    "STMK": ("fhs:Church", "St Mary's Church, Kington", "", "", "KING"),
    "STGC": ("fhs:Church", "St George's Church, Clun", "", "", "CLUN"),
    "PANT": ("fhs:Farm", "Pant-y-ffynnon", "", "", "LLGT"),
    "CWMH": ("fhs:Farm", "", "", "", "LLFY"),  # a farm the export never names
}
REG_DISTRICT = {"LLGT": "Llandilofawr", "LLDF": "Llandilofawr", "KING": "Kington", "CLUN": "Clun"}

# ------------------------------------------------------------------ sources
# code -> (type concept, title, identifier, record office, date)
SOURCES: dict[str, tuple[str, str, str, str, str]] = {
    "S01": (
        "parish-register",
        "Llangathen parish register, baptisms 1783-1812",
        "CPR/41/3",
        "ca",
        "",
    ),
    "S02": (
        "parish-register",
        "Llandeilo Fawr parish register, burials 1813-1870",
        "CPR/38/12",
        "ca",
        "",
    ),
    "S03": (
        "parish-register",
        "Llangathen parish register, marriages 1754-1837",
        "CPR/41/7",
        "ca",
        "",
    ),
    "S04": ("parish-register", "Kington parish register, baptisms 1813-1860", "AA64/2", "ha", ""),
    "S05": ("census", "1841 census, Kington", "HO107/418/7", "tna", "1841"),
    "S06": ("census", "1851 census, Kington", "HO107/1975", "tna", "1851"),
    "S07": ("census", "1861 census, Kington", "RG9/1813", "tna", "1861"),
    "S08": ("census", "1881 census, Clun", "RG11/2631", "tna", "1881"),
    "S09": ("census", "1851 census, Llandeilo Fawr", "HO107/2469", "tna", "1851"),
    "S10": ("will", "Will of William Pryce of Llandeilo, 1880", "PR/CMN/1880/114", "nlw", "1880"),
    "S11": ("parish-register", "Kington parish register, marriages 1837-1870", "AA64/9", "ha", ""),
    "S12": (
        "civil-index",
        "GRO death index, Kington district, 1872 June quarter",
        "6a 312",
        "gro",
        "1872",
    ),
    "S13": ("parish-register", "Clun parish register, marriages 1837-1880", "P71/A/4", "sa", ""),
    "S14": (
        "parish-register",
        "Llandeilo Fawr parish register, marriages 1813-1837",
        "CPR/38/5",
        "ca",
        "",
    ),
    "S15": (
        "monumental-inscription",
        "Monumental inscriptions of St Teilo's churchyard",
        "MI/LLDF/1",
        "fhs",
        "1987",
    ),
    "S16": ("census", "1871 census, Clun", "RG10/2740", "tna", "1871"),
    "S17": (
        "parish-register",
        "Llandeilo Fawr parish register, baptisms 1813-1850",
        "CPR/38/2",
        "ca",
        "",
    ),
    "S18": ("parish-register", "Kington parish register, burials 1813-1900", "AA64/14", "ha", ""),
}
SOURCE_TYPES = {
    "parish-register": ("Parish register", "Cofrestr plwyf"),
    "census": ("Census return", ""),
    "will": ("Will", "Ewyllys"),
    "civil-index": ("Civil registration index", ""),
    "monumental-inscription": ("Monumental inscription", ""),
}
OFFICES = {
    "ca": "Carmarthenshire Archives",
    "ha": "Herefordshire Archive and Records Centre",
    "tna": "The National Archives",
    "nlw": "National Library of Wales",
    "gro": "General Register Office",
    "sa": "Shropshire Archives",
    "fhs": "Border Counties Family History Society",
}

# ------------------------------------------------------------------ the core family
# id -> (given, family, sex, naming style, maiden name (style), altLabels, catalogue label)
# naming style: "name" foaf:name; "parts" givenName + familyName only; "both" all three
PEOPLE: dict[str, tuple[str, str, str, str, str, list[tuple[str, str]], str]] = {
    "I0001": (
        "Thomas",
        "Pryce",
        "M",
        "both",
        "",
        [("Thomas Price", ""), ("Tomos Prys", "cy"), ("Thomas Rice", "")],
        "Pryce, Thomas (c.1791-1859)",
    ),
    "I0002": ("Margaret", "Pryce", "F", "name", "Jones:prop", [], "Pryce, Margaret (1793-1828)"),
    "I0003": (
        "Ann",
        "Pryce",
        "F",
        "name",
        "Lloyd:gx",
        [("Ann Hughes", ""), ("Nansi Prys", "cy")],
        "Pryce, Ann (1797-1866)",
    ),
    "I0004": ("David", "Hughes", "M", "name", "", [], ""),
    "I0005": (
        "John",
        "Pryce",
        "M",
        "both",
        "",
        [("John Price", ""), ("Johannes Price", "la")],
        "Pryce, John (1816-1872)",
    ),
    "I0006": (
        "Mary",
        "Morgan",
        "F",
        "name",
        "Pryce:prop",
        [("Mary Pryce", "")],
        "Morgan, Mary (1819-1888)",
    ),
    "I0007": ("Elizabeth", "Pryce", "F", "parts", "", [("Elisabetha Price", "la")], ""),
    "I0008": (
        "William",
        "Pryce",
        "M",
        "both",
        "",
        [("Wm. Pryce", "")],
        "Pryce, William (1825-1880)",
    ),
    "I0009": (
        "Rhys",
        "Pryce",
        "M",
        "both",
        "",
        [("Rees Price", ""), ("Rice Pryce", "")],
        "Pryce, Rhys (1831-1899)",
    ),
    "I0010": (
        "Catherine",
        "Baskerville",
        "F",
        "name",
        "Pryce:gx",
        [("Catherine Lloyd", ""), ("Catrin Prys", "cy"), ("Kitty Pryce", "")],
        "Baskerville, Catherine (1834-1904)",
    ),
    "I0011": ("Evan", "Hughes", "M", "name", "", [("Ifan Hughes", "cy")], ""),
    "I0012": ("Hannah", "Pryce", "F", "name", "Whitfield:gx", [], "Pryce, Hannah (1818-1890)"),
    "I0013": ("George", "Whitfield", "M", "name", "", [], ""),
    "I0014": ("Sarah", "Whitfield", "F", "name", "Bevan:prop", [], ""),
    "I0015": ("Evan", "Morgan", "M", "parts", "", [("Ifan Morgan", "cy")], ""),
    "I0016": ("Jane", "Pryce", "F", "name", "Baskerville:prop", [("Jenny Pryce", "")], ""),
    "I0017": ("Richard", "Lloyd", "M", "name", "", [], ""),
    "I0018": ("Henry", "Baskerville", "M", "name", "", [("Harry Baskerville", "")], ""),
    "I0019": (
        "Thomas George",
        "Pryce",
        "M",
        "both",
        "",
        [("T. G. Pryce", "")],
        "Pryce, Thomas George (1841-1911)",
    ),
    "I0020": ("Sarah Ann", "Hamer", "F", "name", "Pryce:gx", [("Sarah Ann Pryce", "")], ""),
    "I0021": ("George", "Pryce", "M", "name", "", [], ""),
    "I0022": ("David", "Morgan", "M", "parts", "", [("Dafydd Morgan", "cy")], ""),
    "I0023": ("Margaret", "Morgan", "F", "parts", "", [("Peggy Morgan", "")], ""),
    "I0024": ("Edith", "Whitfield", "F", "name", "Pryce:prop", [], ""),
    "I0025": ("Arthur", "Pryce", "M", "name", "", [], ""),
    "I0026": ("Emily", "Lloyd", "F", "name", "", [], ""),
    "I0027": ("Walter", "Baskerville", "M", "name", "", [], ""),
    "I0028": ("Alice", "Pryce", "F", "name", "Bevan:prop", [], ""),
    "I0029": ("Joseph", "Hamer", "M", "name", "", [("Jos. Hamer", "")], ""),
    "I0030": ("Samuel", "Whitfield", "M", "name", "", [], ""),
    "I0031": ("John Henry", "Pryce", "M", "name", "", [], ""),
    "I0032": ("Florence", "Pryce", "F", "parts", "", [("Florrie Pryce", "")], ""),
    "I0033": ("", "", "M", "none", "", [], ""),  # an infant son, unnamed
    "I0034": ("Isaac", "Bevan", "M", "name", "", [], ""),
}

# (child, father, mother, style): rel (child rel:childOf), relinv (parent rel:parentOf),
# bio (bio:father / bio:mother), gx (ParentChild records)
PARENTS = [
    ("I0005", "I0001", "I0002", "rel"),
    ("I0006", "I0001", "I0002", "bio"),
    ("I0007", "I0001", "I0002", "gx"),
    ("I0008", "I0001", "I0002", "relinv"),
    ("I0009", "I0001", "I0003", "rel"),
    ("I0010", "I0001", "I0003", "gx"),
    ("I0011", "I0004", "I0003", "bio"),
    ("I0012", "I0013", "I0014", "relinv"),
    ("I0019", "I0005", "I0012", "rel"),
    ("I0020", "I0005", "I0012", "gx"),
    ("I0021", "I0005", "I0012", "bio"),
    ("I0033", "I0005", "I0012", "relinv"),
    ("I0022", "I0015", "I0006", "relinv"),
    ("I0023", "I0015", "I0006", "rel"),
    ("I0024", "I0009", "I0016", "bio"),
    ("I0025", "I0009", "I0016", "gx"),
    ("I0026", "I0017", "I0010", "rel"),
    ("I0027", "I0018", "I0010", "relinv"),
    ("I0028", "I0034", "", "bio"),
    ("I0031", "I0019", "I0028", "rel"),
    ("I0032", "I0019", "I0028", "gx"),
]

# (id, husband, wife, date, date kind, place, source, witnesses, spouseOf stated)
MARRIAGES = [
    ("M01", "I0001", "I0002", "1815-05-20", "date", "STCA", "S03", ["I0004"], True),
    ("M02", "I0004", "I0003", "1819", "year", "LLDF", "S14", [], False),
    ("M03", "I0001", "I0003", "1830-02-14", "date", "STTE", "S14", ["I0005", "I0015"], False),
    ("M04", "I0005", "I0012", "1840-10-08", "date", "STMK", "S11", ["I0013"], True),
    ("M05", "I0015", "I0006", "1842", "year", "LLDF", "", [], False),
    ("M06", "I0009", "I0016", "1855-06-02", "date", "STGC", "S13", ["I0018"], True),
    ("M07", "I0017", "I0010", "1856-04-21", "date", "LLDF", "", ["I0009"], False),
    ("M08", "I0018", "I0010", "1865-09-30", "date", "STGC", "S13", [], True),
    ("M09", "I0019", "I0028", "1868-07-11", "date", "STMK", "S11", ["I0029"], False),
    ("M10", "I0029", "I0020", "1866", "year", "KING", "S11", [], True),
    ("M11", "I0030", "I0024", "1880-08-05", "date", "STGC", "S13", ["I0025"], False),
]

# (person, event, date, datatype or "", place, source, how: event|short|principal, cite: src|prov|blank)
EVENTS = [
    ("I0001", "Birth", "abt 1791", "", "PANT", "", "short", "src"),
    ("I0001", "Baptism", "1791-03-06", DATE, "STCA", "S01", "event", "blank"),
    ("I0001", "Death", "1859-11-02", DATE, "LLDF", "", "short", "src"),
    ("I0001", "Burial", "1859-11-06", DATE, "STTE", "S02", "principal", "src"),
    ("I0002", "Birth", "1793", YEAR, "LLFY", "", "event", "src"),
    ("I0002", "Death", "1828-01-17", DATE, "LLGT", "", "short", "src"),
    ("I0002", "Burial", "1828-01-21", DATE, "STCA", "S15", "principal", "prov"),
    ("I0003", "Birth", "bet 1796 and 1798", "", "TALY", "", "event", "src"),
    ("I0003", "Death", "1866-03-09", DATE, "LLDF", "", "principal", "src"),
    ("I0003", "Burial", "1866-03-14", DATE, "STTE", "S02", "event", "blank"),
    ("I0004", "Death", "1827", YEAR, "LLDF", "S02", "principal", "src"),
    ("I0005", "Birth", "1816-02-11", DATE, "LLGT", "", "short", "src"),
    ("I0005", "Baptism", "1816-02-25", DATE, "STCA", "S01", "event", "src"),
    ("I0005", "Death", "1872-05-03", DATE, "KING", "S12", "short", "prov"),
    ("I0005", "Burial", "1872-05-08", DATE, "STMK", "S18", "principal", "src"),
    ("I0006", "Birth", "1819", YEAR, "LLGT", "", "event", "src"),
    ("I0006", "Death", "1888", YEAR, "LLDF", "", "event", "src"),
    ("I0007", "Baptism", "1822-07-14", DATE, "STCA", "S01", "principal", "blank"),
    ("I0007", "Burial", "1823-01-02", DATE, "STCA", "", "principal", "src"),
    ("I0008", "Birth", "1825-09-30", DATE, "LLGT", "", "short", "src"),
    ("I0008", "Death", "1880-06-12", DATE, "LLDF", "", "short", "src"),
    ("I0008", "Burial", "1880-06-16", DATE, "STTE", "S02", "event", "prov"),
    ("I0009", "Birth", "1831-04-03", DATE, "LLDF", "", "short", "src"),
    ("I0009", "Baptism", "1831-04-24", DATE, "STTE", "S17", "event", "src"),
    ("I0009", "Death", "1899-12-01", DATE, "CLUN", "", "short", "src"),
    ("I0010", "Birth", "1834", YEAR, "LLDF", "", "event", "src"),
    ("I0010", "Baptism", "1834-08-10", DATE, "STTE", "S17", "principal", "blank"),
    ("I0010", "Death", "1904", YEAR, "CLUN", "", "event", "src"),
    ("I0011", "Birth", "1825", YEAR, "LLDF", "", "principal", "src"),
    ("I0011", "Death", "1851", YEAR, "", "", "event", "src"),
    ("I0012", "Birth", "1818-06-22", DATE, "KING", "", "short", "src"),
    ("I0012", "Death", "1890-01-30", DATE, "KING", "", "short", "src"),
    ("I0012", "Burial", "1890-02-04", DATE, "STMK", "S18", "principal", "src"),
    ("I0013", "Death", "bef 1851", "", "KING", "", "event", "src"),
    ("I0015", "Birth", "abt 1815", "", "LLDF", "", "event", "src"),
    ("I0016", "Birth", "1833-10-19", DATE, "CLUN", "", "short", "src"),
    ("I0017", "Death", "1862-12-24", DATE, "LLDF", "", "short", "src"),
    ("I0017", "Burial", "1862-12-29", DATE, "STTE", "S15", "principal", "prov"),
    ("I0018", "Birth", "1829", YEAR, "BCAS", "", "event", "src"),
    ("I0019", "Birth", "1841-03-15", DATE, "KING", "", "short", "src"),
    ("I0019", "Baptism", "1841-04-04", DATE, "STMK", "S04", "event", "blank"),
    ("I0019", "Death", "1911", YEAR, "LEOM", "", "short", "src"),
    ("I0020", "Birth", "1844-11-02", DATE, "KING", "", "event", "src"),
    ("I0020", "Baptism", "1844-12-01", DATE, "STMK", "S04", "principal", "src"),
    ("I0021", "Birth", "1847", YEAR, "KING", "", "principal", "src"),
    ("I0022", "Birth", "1843", YEAR, "LLDF", "", "event", "src"),
    ("I0023", "Birth", "1846-05-05", DATE, "LLDF", "", "short", "src"),
    ("I0024", "Birth", "1857-02-14", DATE, "CLUN", "", "short", "src"),
    ("I0025", "Birth", "1860", YEAR, "CLUN", "", "event", "src"),
    ("I0026", "Birth", "1858", YEAR, "LLDF", "", "principal", "src"),
    ("I0027", "Birth", "1866-07-07", DATE, "CLUN", "", "short", "src"),
    ("I0028", "Birth", "1846", YEAR, "HUNT", "", "event", "src"),
    ("I0031", "Birth", "1870-01-19", DATE, "KING", "", "short", "src"),
    ("I0032", "Birth", "1873", YEAR, "KING", "", "event", "src"),
    ("I0033", "Burial", "1849-03-03", DATE, "STMK", "S18", "principal", "src"),
    ("I0034", "Birth", "abt 1812", "", "HUNT", "", "event", "src"),
]

# occupations as gx:Fact (value, date) or schema:jobTitle (value, "")
OCCUPATIONS = [
    ("I0001", "agricultural labourer", "1841"),
    ("I0001", "farmer", "1851"),
    ("I0004", "tanner", ""),
    ("I0005", "blacksmith", "1841"),
    ("I0005", "master blacksmith", "1861"),
    ("I0008", "carpenter", ""),
    ("I0009", "schoolmaster", "1855"),
    ("I0011", "mariner", ""),
    ("I0013", "wheelwright", ""),
    ("I0015", "shoemaker", "1842"),
    ("I0017", "drover", ""),
    ("I0018", "maltster", "1865"),
    ("I0019", "saddler", "1871"),
    ("I0020", "dressmaker", ""),
    ("I0024", "schoolmistress", ""),
    ("I0029", "grocer", "1866"),
    ("I0030", "railway porter", "1881"),
]

# (person, census, residence, address, age, occupation, relation to head)
CENSUS = [
    ("I0005", "S05", "KING", "Duke Street", 25, "blacksmith", "head"),
    ("I0012", "S05", "KING", "Duke Street", 20, "", "wife"),
    ("I0005", "S06", "KING", "Duke Street", 35, "blacksmith", "head"),
    ("I0012", "S06", "KING", "Duke Street", 32, "", "wife"),
    ("I0019", "S06", "KING", "Duke Street", 10, "scholar", "son"),
    ("I0020", "S06", "KING", "Duke Street", 6, "scholar", "daughter"),
    ("I0005", "S07", "KING", "Bridge Street", 45, "master blacksmith employing 2 men", "head"),
    ("I0001", "S09", "LLDF", "Pant-y-ffynnon", 60, "farmer of 40 acres", "head"),
    ("I0003", "S09", "LLDF", "Pant-y-ffynnon", 54, "", "wife"),
    ("I0008", "S09", "LLDF", "Pant-y-ffynnon", 25, "carpenter", "son"),
    ("I0009", "S16", "CLUN", "School House", 40, "schoolmaster", "head"),
    ("I0009", "S08", "CLUN", "School House", 50, "schoolmaster", "head"),
    ("I0016", "S08", "CLUN", "School House", 47, "", "wife"),
    ("I0025", "S08", "CLUN", "School House", 21, "pupil teacher", "son"),
    ("I0010", "S08", "CLUN", "The Maltings", 46, "", "wife"),
    ("I0018", "S08", "CLUN", "The Maltings", 52, "maltster", "head"),
]

OWN_PROPS = [
    # (local name, label, comment, range)
    (
        "maidenName",
        "maiden name",
        "The surname a married woman was born with, as the society's transcribers recorded it.",
        "",
    ),
    (
        "enumerated",
        "enumerated in",
        "A census entry in which the person was enumerated.",
        "fhs:CensusEntry",
    ),
    ("census", "census", "The census return (a source) an entry was transcribed from.", ""),
    ("residence", "residence", "The parish or town the person was living in at the census.", ""),
    ("address", "address", "The street or house named in the census schedule.", ""),
    ("age", "age", "The age as stated to the enumerator (often rounded down in 1841).", ""),
    ("occupation", "occupation", "The occupation as written in the census schedule.", ""),
    ("relationToHead", "relation to head", "The relationship to the head of the household.", ""),
    ("witness", "witness", "A witness who signed or made a mark in the marriage register.", ""),
    ("condition", "marital condition", "Bachelor, spinster, widower or widow at the marriage.", ""),
    ("citation", "citation", "A citation of a source, with the page or entry.", "fhs:Citation"),
    ("page", "page", "", ""),
    ("executor", "executor", "An executor named in a will.", ""),
    ("beneficiary", "beneficiary", "A person left something in a will.", ""),
    ("provedOn", "proved on", "The date probate was granted.", ""),
    (
        "registrationDistrict",
        "registration district",
        "The civil registration district of a parish.",
        "",
    ),
    ("memberNumber", "", "", ""),
]


def vocabulary(d: RdfXmlDoc) -> None:
    """Classes (a small hierarchy), the society's own properties, declared inverses."""
    classes = [
        ("bio:Event", "", "Event"),
        ("bio:IndividualEvent", "bio:Event", "Individual event"),
        ("bio:GroupEvent", "bio:Event", "Group event"),
        ("bio:Birth", "bio:IndividualEvent", "Birth"),
        ("bio:Baptism", "bio:IndividualEvent", "Baptism"),
        ("bio:Death", "bio:IndividualEvent", "Death"),
        ("bio:Burial", "bio:IndividualEvent", "Burial"),
        ("bio:Marriage", "bio:GroupEvent", "Marriage"),
        ("schema:AdministrativeArea", "schema:Place", "Administrative area"),
        ("fhs:Country", "schema:AdministrativeArea", "Country"),
        ("fhs:County", "schema:AdministrativeArea", "County"),
        ("fhs:Parish", "schema:AdministrativeArea", "Parish"),
        ("fhs:Town", "schema:Place", "Town"),
        ("fhs:Church", "schema:Place", "Church"),
        ("fhs:Farm", "schema:Place", ""),
        ("fhs:CensusEntry", "", "Census entry"),
        ("fhs:Citation", "", "Citation"),
    ]
    for c, sup, label in classes:
        d.typ(full(c), "owl:Class")
        if sup:
            d.iri(full(c), "rdfs:subClassOf", full(sup))
        if label:
            d.lit(full(c), "rdfs:label", label, lang="en")
    for local, label, comment, rng in OWN_PROPS:
        p = NS["fhs"] + local
        d.typ(
            p,
            "owl:ObjectProperty"
            if rng or local in {"census", "residence", "witness", "executor", "beneficiary"}
            else "owl:DatatypeProperty",
        )
        if label:
            d.lit(p, "rdfs:label", label, lang="en")
        if comment:
            d.lit(p, "rdfs:comment", comment, lang="en")
        if rng:
            d.iri(p, "rdfs:range", full(rng))
    # the published vocabularies' declarations the export repeats
    for p, label, inverse in (
        ("rel:childOf", "child of", "rel:parentOf"),
        ("rel:parentOf", "parent of", ""),
        ("bio:principal", "principal", "bio:event"),
        ("bio:father", "father", ""),
        ("bio:mother", "mother", ""),
    ):
        d.typ(full(p), "owl:ObjectProperty")
        d.lit(full(p), "rdfs:label", label, lang="en")
        if inverse:
            d.iri(full(p), "owl:inverseOf", full(inverse))
    d.typ(full("rel:spouseOf"), "owl:SymmetricProperty")
    d.lit(full("rel:spouseOf"), "rdfs:label", "spouse of", lang="en")
    d.lit(
        full("rel:spouseOf"),
        "rdfs:comment",
        "A property representing a person who is married to this person.",
        lang="en",
    )
    d.lit(
        full("bio:partner"),
        "rdfs:comment",
        "A person who is a partner in a group event such as a marriage.",
        lang="en",
    )


def places(d: RdfXmlDoc) -> None:
    for code, (cls, en, cy, notation, within) in PLACES.items():
        p = place(code)
        d.typ(p, cls)
        if en:
            d.lit(p, "schema:name", en, lang="en")
        if cy and cy != en:
            d.lit(p, "schema:name", cy, lang="cy")
        if notation:
            d.lit(p, "skos:notation", notation, dtype=NS["fhs"] + "ChapmanCode")
        if within:
            d.iri(p, "schema:containedInPlace", place(within))
        if code in REG_DISTRICT:
            d.lit(p, "fhs:registrationDistrict", REG_DISTRICT[code])


def sources(d: RdfXmlDoc) -> None:
    for code, (label, cy) in SOURCE_TYPES.items():
        c = f"{BASE}source-type/{code}"
        d.typ(c, "skos:Concept")
        d.lit(c, "skos:prefLabel", label, lang="en")
        if cy:
            d.lit(c, "skos:prefLabel", cy, lang="cy")
    for code, name in OFFICES.items():
        o = f"{BASE}repository/{code}"
        d.typ(o, "foaf:Organization")
        d.lit(o, "foaf:name", name)
    for code, (kind, title, ident, office, date) in SOURCES.items():
        s = source(code)
        d.typ(s, "prov:Entity")
        d.lit(s, "dcterms:title", title, lang="en")
        d.iri(s, "dcterms:type", f"{BASE}source-type/{kind}")
        d.lit(s, "dcterms:identifier", ident)
        d.iri(
            s,
            "prov:wasAttributedTo" if code in {"S05", "S06", "S08", "S12"} else "dcterms:publisher",
            f"{BASE}repository/{office}",
        )
        if date:
            d.lit(s, "dcterms:date", date, dtype=YEAR)
    will = source("S10")
    d.iri(will, "dcterms:creator", person("I0008"))
    d.iri(will, "fhs:executor", person("I0009"))
    d.iri(will, "fhs:beneficiary", person("I0024"))
    d.iri(will, "fhs:beneficiary", person("I0026"))
    d.lit(will, "fhs:provedOn", "1880-09-14", dtype=DATE)
    d.lit(
        will,
        "dcterms:description",
        "Leaves his tools to his nephew David Morgan's son and £20 to each niece named.",
        lang="en",
    )


def names(d: RdfXmlDoc) -> None:
    for pid, (given, family, sex, style, maiden, alts, label) in PEOPLE.items():
        p = person(pid)
        d.typ(p, "foaf:Person")
        d.lit(p, "foaf:gender", "male" if sex == "M" else "female")
        if style in {"name", "both"}:
            d.lit(p, "foaf:name", f"{given} {family}")
        if style in {"parts", "both"}:
            d.lit(p, "foaf:givenName", given)
            d.lit(p, "foaf:familyName", family)
        if label:
            d.lit(p, "rdfs:label", label)
        for alt, lang in alts:
            d.lit(p, "skos:altLabel", alt, lang=lang)
        if maiden:
            surname, _, how = maiden.partition(":")
            if how == "prop":
                d.lit(p, "fhs:maidenName", surname)
            else:
                d.blank(
                    p,
                    "gx:name",
                    "gx:Name",
                    [
                        ("gx:type", "iri", NS["gx"] + "BirthName", ""),
                        ("gx:fullText", "plain", f"{given} {surname}", ""),
                    ],
                )
                d.blank(
                    p,
                    "gx:name",
                    "gx:Name",
                    [
                        ("gx:type", "iri", NS["gx"] + "MarriedName", ""),
                        ("gx:fullText", "plain", f"{given} {family}", ""),
                    ],
                )
        d.lit(p, "fhs:memberNumber", f"BCFHS-{int(pid[1:]) * 37 % 1000:03d}")


def parents(d: RdfXmlDoc, records: list[tuple[str, str, str]]) -> None:
    for child, father, mother, style in PARENTS:
        for parent, kind in ((father, "bio:father"), (mother, "bio:mother")):
            if not parent:
                continue
            if style == "rel":
                d.iri(person(child), "rel:childOf", person(parent))
            elif style == "relinv":
                d.iri(person(parent), "rel:parentOf", person(child))
            elif style == "bio":
                d.iri(person(child), kind, person(parent))
            else:
                records.append(("ParentChild", parent, child))


def relationships(d: RdfXmlDoc, records: list[tuple[str, str, str]]) -> None:
    for n, (kind, p1, p2) in enumerate(records, 1):
        r = f"{BASE}relationship/R{n:03d}"
        d.typ(r, "gx:Relationship")
        d.iri(r, "gx:type", NS["gx"] + kind)
        d.iri(r, "gx:person1", person(p1) if p1.startswith("I") else p1)
        d.iri(r, "gx:person2", person(p2) if p2.startswith("I") else p2)


def cite(d: RdfXmlDoc, e: str, src: str, how: str, page: str) -> None:
    if not src:
        return
    if how == "prov":
        d.iri(e, "prov:wasDerivedFrom", source(src))
    elif how == "blank":
        d.blank(
            e,
            "fhs:citation",
            "fhs:Citation",
            [("fhs:source", "iri", source(src), ""), ("fhs:page", "plain", page, "")],
        )
    else:
        d.iri(e, "dcterms:source", source(src))


def events(d: RdfXmlDoc, rnd: random.Random) -> None:
    for n, (pid, kind, date, dtype, where, src, how, how_cite) in enumerate(EVENTS, 1):
        e = f"{BASE}event/E{n:04d}"
        p = person(pid)
        d.typ(e, f"bio:{kind}")
        d.iri(e, "bio:principal", p)
        if how == "event":
            d.iri(p, "bio:event", e)
        elif how == "short":
            d.iri(
                p,
                "bio:birth" if kind == "Birth" else "bio:death" if kind == "Death" else "bio:event",
                e,
            )
        if dtype:
            d.lit(e, "bio:date", date, dtype=dtype)
        else:
            d.lit(e, "bio:date", date)
        if where:
            d.iri(e, "bio:place", place(where))
        cite(d, e, src, how_cite, f"entry {rnd.randint(20, 400)}")
    for mid, husband, wife, date, kind, where, src, witnesses, spouse_of in MARRIAGES:
        m = f"{BASE}event/{mid}"
        d.typ(m, "bio:Marriage")
        d.iri(m, "bio:partner", person(husband))
        d.iri(m, "bio:partner", person(wife))
        d.lit(m, "bio:date", date, dtype=DATE if kind == "date" else YEAR)
        d.iri(m, "bio:place", place(where))
        for w in witnesses:
            d.iri(m, "fhs:witness", person(w))
        if mid in {"M03", "M08"}:
            d.lit(m, "fhs:condition", "widower" if mid == "M03" else "widow", lang="en")
        if mid == "M07":
            d.lit(m, "fhs:condition", "spinster", lang="en")
        cite(d, m, src, "blank" if mid in {"M04", "M06"} else "src", f"p. {rnd.randint(2, 90)}")
        d.iri(person(husband), "bio:event", m)
        if spouse_of:
            d.iri(person(husband), "rel:spouseOf", person(wife))


def occupations(d: RdfXmlDoc) -> None:
    for pid, value, date in OCCUPATIONS:
        if date or pid in {"I0004", "I0013"}:
            body: Body = [
                ("gx:type", "iri", NS["gx"] + "Occupation", ""),
                ("gx:value", "plain", value, ""),
            ]
            if date:
                body.append(("gx:date", "typed", date, YEAR))
            d.blank(person(pid), "gx:fact", "gx:Fact", body)
        else:
            d.lit(person(pid), "schema:jobTitle", value, lang="en")
    for pid, census, where, address, age, occ, rel in CENSUS:
        body = [
            ("fhs:census", "iri", source(census), ""),
            ("fhs:residence", "iri", place(where), ""),
            ("fhs:address", "plain", address, ""),
            ("fhs:age", "typed", str(age), INT),
            ("fhs:relationToHead", "plain", rel, ""),
        ]
        if occ:
            body.append(("fhs:occupation", "plain", occ, ""))
        d.blank(person(pid), "fhs:enumerated", "fhs:CensusEntry", body)


# ------------------------------------------------------------------ neighbours (filler)
GIVEN_M = [
    "David",
    "Evan",
    "John",
    "William",
    "Thomas",
    "James",
    "Daniel",
    "Morgan",
    "Griffith",
    "Lewis",
    "Edward",
    "Benjamin",
]
GIVEN_F = [
    "Mary",
    "Ann",
    "Elizabeth",
    "Margaret",
    "Jane",
    "Sarah",
    "Gwenllian",
    "Rachel",
    "Eleanor",
    "Martha",
    "Hester",
    "Bridget",
]
SURNAMES = [
    "Davies",
    "Evans",
    "Powell",
    "Bowen",
    "Griffiths",
    "Parry",
    "Thomas",
    "Watkins",
    "Gwynne",
    "Prosser",
    "Vaughan",
    "Meredith",
]
PARISHES = ["LLGT", "LLDF", "LLFY", "TALY", "HAY", "HUNT", "LEOM", "BCAS", "CWMH"]
FILL_OCC = [
    "farmer",
    "labourer",
    "weaver",
    "miller",
    "servant",
    "collier",
    "innkeeper",
    "butcher",
    "mason",
    "tailor",
]


def neighbours(d: RdfXmlDoc, rnd: random.Random, records: list[tuple[str, str, str]]) -> None:
    """Households of the parishes around: couples and their children, with events and facts."""
    n_person, n_event = 100, 500
    used: set[str] = set()
    for _family in range(22):
        surname = rnd.choice(SURNAMES)
        home = rnd.choice(PARISHES)
        year = rnd.randint(1780, 1840)
        couple = []
        for sex in ("M", "F"):
            given = rnd.choice(GIVEN_M if sex == "M" else GIVEN_F)
            family = surname if sex == "M" else rnd.choice(SURNAMES)
            while f"{given} {family}" in used:
                given = rnd.choice(GIVEN_M if sex == "M" else GIVEN_F)
            used.add(f"{given} {family}")
            n_person += 1
            pid = f"I{n_person:04d}"
            couple.append(pid)
            p = person(pid)
            d.typ(p, "foaf:Person")
            if sex == "F":
                d.lit(p, "fhs:maidenName", family)
                d.lit(p, "foaf:name", f"{given} {surname}")
            elif n_person % 3:
                d.lit(p, "foaf:name", f"{given} {family}")
            else:
                d.lit(p, "foaf:givenName", given)
                d.lit(p, "foaf:familyName", family)
            n_event += 1
            e = f"{BASE}event/E{n_event:04d}"
            d.typ(e, "bio:Birth")
            d.iri(e, "bio:principal", p)
            d.lit(e, "bio:date", str(year + rnd.randint(-3, 3)), dtype=YEAR)
            d.iri(e, "bio:place", place(rnd.choice(PARISHES)))
            if rnd.random() < 0.6:
                n_event += 1
                e = f"{BASE}event/E{n_event:04d}"
                d.typ(e, "bio:Death")
                d.iri(p, "bio:death", e)
                d.iri(e, "bio:principal", p)
                d.lit(e, "bio:date", str(year + rnd.randint(40, 80)), dtype=YEAR)
                d.iri(e, "bio:place", place(home))
            if sex == "M":
                d.blank(
                    p,
                    "gx:fact",
                    "gx:Fact",
                    [
                        ("gx:type", "iri", NS["gx"] + "Occupation", ""),
                        ("gx:value", "plain", rnd.choice(FILL_OCC), ""),
                        ("gx:date", "typed", str(year + 30), YEAR),
                    ],
                )
        n_event += 1
        m = f"{BASE}event/E{n_event:04d}"
        d.typ(m, "bio:Marriage")
        d.iri(m, "bio:partner", person(couple[0]))
        d.iri(m, "bio:partner", person(couple[1]))
        d.lit(m, "bio:date", str(year + rnd.randint(20, 30)), dtype=YEAR)
        d.iri(m, "bio:place", place(home))
        if rnd.random() < 0.5:
            records.append(("Couple", couple[0], couple[1]))
        for _child in range(rnd.randint(1, 3)):
            sex = rnd.choice("MF")
            given = rnd.choice(GIVEN_M if sex == "M" else GIVEN_F)
            n_person += 1
            pid = f"I{n_person:04d}"
            p = person(pid)
            d.typ(p, "foaf:Person")
            d.lit(p, "foaf:name", f"{given} {surname}")
            born = year + rnd.randint(22, 40)
            n_event += 1
            e = f"{BASE}event/E{n_event:04d}"
            d.typ(e, "bio:Baptism")
            d.iri(p, "bio:event", e)
            d.iri(e, "bio:principal", p)
            d.lit(
                e,
                "bio:date",
                f"{born}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                dtype=DATE,
            )
            d.iri(e, "bio:place", place(home))
            style = rnd.choice(["rel", "bio", "gx"])
            for parent, kind in zip(couple, ("bio:father", "bio:mother"), strict=True):
                if style == "rel":
                    d.iri(p, "rel:childOf", person(parent))
                elif style == "bio":
                    d.iri(p, kind, person(parent))
                else:
                    records.append(("ParentChild", parent, pid))


def main() -> None:
    rnd = random.Random(54)
    d = RdfXmlDoc(NS)
    vocabulary(d)
    places(d)
    sources(d)
    names(d)
    records: list[tuple[str, str, str]] = []
    parents(d, records)
    records += [("Couple", "I0019", "I0028"), ("Couple", "I0017", "I0010")]
    events(d, rnd)
    occupations(d)
    neighbours(d, rnd, records)
    relationships(d, records)
    d.write(HERE / "genealogy.rdf")
    print(d.count(), "triples")


if __name__ == "__main__":
    main()
