# ruff: noqa: E501  (one record a line)
"""Write ``schools.rdf``: a country's register of schools and its inspectorate's judgements as
the education department's open-data portal publishes them (RDF/XML, the W3C Organization
Ontology, schema.org over ``http://schema.org/``, SKOS code lists, the RDF Data Cube, W3C Time,
vCard, FOAF, Dublin Core and Ordnance-Survey-like admin geography, with the register's own
``sr:`` vocabulary).

The shape follows what such a register's dump holds:

* local authorities (``sr:LocalAuthority`` under ``org:FormalOrganization``) at
  ``/id/local-authority/<LA code>`` with ``rdfs:label`` (English and Welsh), ``skos:altLabel``
  short names, a GSS code as ``admingeo:gssCode``, the old three-digit code as
  ``skos:notation`` typed ``sr:LACode`` and the region a SKOS concept (one region with only a
  notation);
* academy trusts (``sr:MultiAcademyTrust`` under ``sr:AcademyTrust``) at ``/id/trust/TR<n>``
  with ``rdfs:label``, the registered ``schema:legalName``, a Companies House number,
  ``schema:foundingDate``, a chief executive by ``org:Membership``; a school says its trust by
  ``org:subOrganizationOf`` (two trusts), the trust lists its schools by
  ``org:hasSubOrganization`` (one; declared ``owl:inverseOf``), or the school carries a blank
  ``sr:TrustJoining`` record (``sr:trust``, ``sr:joinedOn``) (the fourth);
* schools (``schema:School``; primaries also ``schema:ElementarySchool``, secondaries
  ``schema:HighSchool``, declared subclasses) at ``/id/school/<URN>`` with ``schema:name``
  (Welsh-medium schools named in Welsh with an English ``schema:alternateName``), the URN as
  ``skos:notation`` typed ``sr:URN``, ``sr:phase`` / ``sr:establishmentType`` /
  ``sr:religiousCharacter`` / ``sr:gender`` / ``sr:admissionsPolicy`` SKOS concepts (types
  with ``skos:broader`` groups), statutory ages and capacity as ``xsd:integer``\\s, opening and
  closing dates, the local authority by ``sr:localAuthority`` or ``dcterms:spatial``, the
  address on an ``org:hasSite`` site's blank vCard address or a blank ``schema:address``;
  a converted school's ``sr:predecessor`` (``sr:successor`` declared inverse, unused);
* headteachers as ``org:Membership`` nodes (``org:member``, ``org:organization``, ``org:role``,
  ``org:memberDuring`` a blank ``time:Interval`` with blank ``time:Instant`` beginnings and ends)
  on most schools, or a plain ``org:headOf`` from the person; governors and trustees likewise
  by memberships with SKOS/``org:Role`` roles (chair, parent, staff, foundation governors);
  people as ``foaf:Person`` with ``foaf:name`` and sometimes ``foaf:title``;
* pupils on roll and free-school-meal percentages as ``qb:Observation``\\s of one census
  ``qb:DataSet`` by school and academic year (``sr:refPeriod`` a ``time:Interval``);
* inspections (``sr:Inspection``) at ``/id/inspection/<n>`` pointing to their school by
  ``sr:inspectedSchool`` or listed by the school's ``sr:hasInspection`` (declared inverse),
  dated by ``sr:inspectionDate`` or (older ones) ``dcterms:date``, with a type concept, the
  overall effectiveness grade and, under the current framework, blank ``sr:Judgement``\\s
  (``sr:area`` a judgement area, ``sr:grade`` a grade); the lead inspector; the report page;
  Welsh schools' inspections by the second inspectorate carry no grade, only a summary.

Seeded, no network; stdlib + rdflib-free. Run from the repository root:
``python bench/data/own/schools_make.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _rdfxml import Body, RdfXmlDoc

HERE = Path(__file__).parent
BASE = "https://register.education.example.gov.uk/"
ID = BASE + "id/"
DEF = BASE + "def/"
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "http://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "qb": "http://purl.org/linked-data/cube#",
    "time": "http://www.w3.org/2006/time#",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "admingeo": "http://data.ordnancesurvey.co.uk/ontology/admingeo/",
    "sr": DEF + "school#",
}
XSD = NS["xsd"]
SR = NS["sr"]
INT, DATE, DEC = XSD + "integer", XSD + "date", XSD + "decimal"

# concept schemes: scheme slug -> (scheme label, {code: (prefLabel, notation, Welsh label, altLabels, broader)})
SCHEMES: dict[str, tuple[str, dict[str, tuple[str, str, str, list[str], str]]]] = {
    "phase": (
        "Phase of education",
        {
            "nursery": ("Nursery", "0", "Meithrin", [], ""),
            "primary": ("Primary", "2", "Cynradd", [], ""),
            "middle": ("Middle deemed secondary", "3", "", [], ""),
            "secondary": ("Secondary", "4", "Uwchradd", [], ""),
            "all-through": ("All-through", "7", "", ["Through school"], ""),
            "16-plus": ("16 plus", "5", "", ["Post-16", "Sixth form"], ""),
        },
    ),
    "establishment-type": (
        "Type of establishment",
        {
            "la-maintained": ("Local authority maintained schools", "4", "", [], ""),
            "academies": ("Academies", "10", "", [], ""),
            "free-schools": ("Free schools group", "11", "", [], ""),
            "welsh": ("Welsh schools", "9", "", [], ""),
            "community": ("Community school", "01", "", [], "la-maintained"),
            "voluntary-aided": ("Voluntary aided school", "02", "", ["VA school"], "la-maintained"),
            "voluntary-controlled": (
                "Voluntary controlled school",
                "03",
                "",
                ["VC school"],
                "la-maintained",
            ),
            "foundation": ("Foundation school", "05", "", [], "la-maintained"),
            "la-nursery": ("Local authority nursery school", "15", "", [], "la-maintained"),
            "community-special": ("Community special school", "07", "", [], "la-maintained"),
            "academy-converter": ("Academy converter", "28", "", [], "academies"),
            "academy-sponsor-led": (
                "Academy sponsor led",
                "34",
                "",
                ["Sponsored academy"],
                "academies",
            ),
            "free-school": ("Free schools", "35", "", ["Free school"], "free-schools"),
            "welsh-establishment": ("Welsh establishment", "30", "Sefydliad Cymreig", [], "welsh"),
        },
    ),
    "religious-character": (
        "Religious character",
        {
            "none": ("Does not apply", "0", "", ["None"], ""),
            "ce": ("Church of England", "2", "Eglwys Loegr", ["C of E", "Anglican"], ""),
            "rc": ("Roman Catholic", "3", "Catholig", ["Catholic"], ""),
        },
    ),
    "gender": (
        "Gender of entry",
        {
            "mixed": ("Mixed", "3", "Cymysg", ["Co-educational"], ""),
            "girls": ("Girls", "2", "Merched", [], ""),
            "boys": ("Boys", "1", "Bechgyn", [], ""),
        },
    ),
    "admissions-policy": (
        "Admissions policy",
        {
            "selective": ("Selective", "2", "", ["Grammar"], ""),
            "non-selective": ("Non-selective", "1", "", ["Comprehensive"], ""),
        },
    ),
    "grade": (
        "Inspection grade",
        {
            "1": ("Outstanding", "1", "", [], ""),
            "2": ("Good", "2", "", [], ""),
            "3": ("Requires improvement", "3", "", ["RI", "Satisfactory"], ""),
            "4": ("Inadequate", "4", "", ["Special measures", "Failing"], ""),
        },
    ),
    "judgement-area": (
        "Judgement area",
        {
            "qoe": ("Quality of education", "QE", "", ["Teaching"], ""),
            "behaviour": ("Behaviour and attitudes", "BA", "", ["Behaviour"], ""),
            "personal": ("Personal development", "PD", "", [], ""),
            "leadership": ("Leadership and management", "LM", "", ["Leadership"], ""),
            "early-years": ("Early years provision", "EY", "", ["EYFS", "Reception"], ""),
            "sixth-form": ("Sixth form provision", "SF", "", ["Post-16 provision"], ""),
        },
    ),
    "inspection-type": (
        "Inspection type",
        {
            "s5": ("Section 5 inspection", "S5", "", ["Full inspection", "Graded inspection"], ""),
            "s8": (
                "Section 8 inspection",
                "S8",
                "",
                ["Ungraded inspection", "Short inspection"],
                "",
            ),
            "estyn": ("Core inspection", "CI", "Arolygiad craidd", [], ""),
        },
    ),
}

# slug: (LA code, GSS code, labels [(text, lang)], altLabels, region slug)
LAS = {
    "harrowfield": (391, "E08000931", [("Harrowfield City Council", "en")], ["Harrowfield"], "nw"),
    "blackmoor": (872, "E06000071", [("Blackmoor Council", "en")], ["Blackmoor"], "se"),
    "kestrel": (940, "E10000045", [("Kestrel Vale County Council", "en")], ["Kestrel Vale"], "se"),
    "northam": (318, "E09000034", [("London Borough of Northam", "en")], ["Northam"], "london"),
    "glanafon": (
        677,
        "W06000024",
        [("Glanafon County Borough Council", "en"), ("Cyngor Bwrdeistref Sirol Glanafon", "cy")],
        ["Glanafon"],
        "wales",
    ),
    "penrhos": (
        681,
        "W06000025",
        [("Penrhos County Council", "en"), ("Cyngor Sir Penrhos", "cy")],
        ["Penrhos"],
        "wales",
    ),
}
REGIONS = {
    "nw": ("North West", "E12000002"),
    "se": ("South East", "E12000008"),
    "london": ("London", "E12000007"),
    "wales": ("", "W92000004"),  # published with its code only
}

# slug: (TR number, label, legal name, Companies House number, founded, how schools say it)
TRUSTS = {
    "riverside": (
        2817,
        "Riverside Learning Trust",
        "Riverside Learning Trust Limited",
        "08123456",
        "2012-04-01",
        "sub",
    ),
    "staidan": (
        1422,
        "St Aidan's Catholic Academy Trust",
        "The St Aidan Catholic Multi Academy Trust",
        "10455213",
        "2016-09-01",
        "sub",
    ),
    "northstar": (
        3301,
        "Northstar Academies",
        "Northstar Academies Trust",
        "09876543",
        "2014-01-15",
        "has",
    ),
    "kestrelsp": (
        4155,
        "Kestrel Schools Partnership",
        "Kestrel Schools Partnership Trust",
        "11620047",
        "2018-11-01",
        "joining",
    ),
}

# URN: (name [(text, lang)], phase, type, LA, trust (or ""), religion, gender, low age, high age, capacity, opened, (closed or ""), trust joined)
SCHOOLS: dict[int, tuple] = {
    142311: (
        [("Harrowfield Park Primary School", "")],
        "primary",
        "academy-converter",
        "harrowfield",
        "riverside",
        "none",
        "mixed",
        3,
        11,
        420,
        "2015-09-01",
        "",
        "",
    ),
    105872: (
        [("Harrowfield Park Community Primary School", "")],
        "primary",
        "community",
        "harrowfield",
        "",
        "none",
        "mixed",
        3,
        11,
        420,
        "1974-09-01",
        "2015-08-31",
        "",
    ),
    137654: (
        [("Riverside Academy", "")],
        "secondary",
        "academy-sponsor-led",
        "harrowfield",
        "riverside",
        "none",
        "mixed",
        11,
        18,
        1350,
        "2012-09-01",
        "",
        "",
    ),
    139980: (
        [("Millbrook Primary Academy", "")],
        "primary",
        "academy-sponsor-led",
        "harrowfield",
        "riverside",
        "none",
        "mixed",
        4,
        11,
        315,
        "2013-09-01",
        "",
        "",
    ),
    140215: (
        [("Canal Street Primary School", "")],
        "primary",
        "academy-converter",
        "harrowfield",
        "riverside",
        "ce",
        "mixed",
        4,
        11,
        210,
        "2014-01-01",
        "",
        "",
    ),
    148900: (
        [("St Bede's Catholic Primary School", "")],
        "primary",
        "academy-converter",
        "kestrel",
        "staidan",
        "rc",
        "mixed",
        4,
        11,
        210,
        "2017-04-01",
        "",
        "",
    ),
    148901: (
        [("St Aidan's Catholic High School", "")],
        "secondary",
        "academy-converter",
        "kestrel",
        "staidan",
        "rc",
        "mixed",
        11,
        16,
        900,
        "2017-04-01",
        "",
        "",
    ),
    148902: (
        [("Our Lady of Lourdes Catholic Primary School", "")],
        "primary",
        "academy-converter",
        "blackmoor",
        "staidan",
        "rc",
        "mixed",
        3,
        11,
        240,
        "2018-09-01",
        "",
        "",
    ),
    143002: (
        [("Northstar Free School", "")],
        "secondary",
        "free-school",
        "northam",
        "northstar",
        "none",
        "mixed",
        11,
        19,
        1050,
        "2015-09-01",
        "",
        "",
    ),
    144517: (
        [("Northam Green Primary School", "")],
        "primary",
        "academy-sponsor-led",
        "northam",
        "northstar",
        "none",
        "mixed",
        3,
        11,
        630,
        "2016-09-01",
        "",
        "",
    ),
    141777: (
        [("Elmstead All-Through School", "")],
        "all-through",
        "free-school",
        "northam",
        "northstar",
        "none",
        "mixed",
        4,
        18,
        1680,
        "2014-09-01",
        "",
        "",
    ),
    145210: (
        [("Wrenfield Primary School", "")],
        "primary",
        "academy-converter",
        "kestrel",
        "kestrelsp",
        "none",
        "mixed",
        4,
        11,
        315,
        "2019-04-01",
        "",
        "2019-04-01",
    ),
    145888: (
        [("Hollins Brook Primary School", "")],
        "primary",
        "academy-converter",
        "kestrel",
        "kestrelsp",
        "ce",
        "mixed",
        4,
        11,
        210,
        "2021-09-01",
        "",
        "2021-09-01",
    ),
    146001: (
        [("Kestrel Vale Middle School", "")],
        "middle",
        "academy-converter",
        "kestrel",
        "kestrelsp",
        "none",
        "mixed",
        9,
        13,
        540,
        "2020-01-01",
        "",
        "2020-01-01",
    ),
    136220: (
        [("Blackmoor Girls' Grammar School", "")],
        "secondary",
        "academy-converter",
        "blackmoor",
        "",
        "none",
        "girls",
        11,
        18,
        1100,
        "2011-08-01",
        "",
        "",
    ),
    136221: (
        [("Blackmoor Boys' Grammar School", "")],
        "secondary",
        "foundation",
        "blackmoor",
        "",
        "none",
        "boys",
        11,
        18,
        1050,
        "1961-09-01",
        "",
        "",
    ),
    117320: (
        [("Kestrel Vale Community School", "")],
        "secondary",
        "community",
        "kestrel",
        "",
        "none",
        "mixed",
        11,
        16,
        1200,
        "1972-09-01",
        "",
        "",
    ),
    121040: (
        [("Blackmoor St Mary's Church of England Primary School", "")],
        "primary",
        "voluntary-aided",
        "blackmoor",
        "",
        "ce",
        "mixed",
        4,
        11,
        210,
        "1951-09-01",
        "",
        "",
    ),
    121077: (
        [("Saxonbury CE Primary School", "")],
        "primary",
        "voluntary-controlled",
        "blackmoor",
        "",
        "ce",
        "mixed",
        4,
        11,
        105,
        "1949-09-01",
        "",
        "",
    ),
    100412: (
        [("Oakfield Nursery School", "")],
        "nursery",
        "la-nursery",
        "northam",
        "",
        "none",
        "mixed",
        2,
        5,
        96,
        "1948-01-01",
        "",
        "",
    ),
    120901: (
        [("Meadowbrook School", "")],
        "all-through",
        "community-special",
        "blackmoor",
        "",
        "none",
        "mixed",
        2,
        19,
        120,
        "1978-09-01",
        "",
        "",
    ),
    130455: (
        [("Harrowfield Sixth Form College", "")],
        "16-plus",
        "foundation",
        "harrowfield",
        "",
        "none",
        "mixed",
        16,
        19,
        1400,
        "1982-09-01",
        "",
        "",
    ),
    102960: (
        [("Northam Park School", "")],
        "secondary",
        "community",
        "northam",
        "",
        "none",
        "mixed",
        11,
        16,
        1150,
        "1969-09-01",
        "2019-08-31",
        "",
    ),
    6772045: (
        [("Ysgol Gymraeg Glanafon", "cy"), ("Glanafon Welsh-medium Primary School", "en")],
        "primary",
        "welsh-establishment",
        "glanafon",
        "",
        "none",
        "mixed",
        3,
        11,
        360,
        "1986-09-01",
        "",
        "",
    ),
    6774012: (
        [("Ysgol Gynradd Nant y Coed", "cy"), ("Nant y Coed Primary School", "en")],
        "primary",
        "welsh-establishment",
        "glanafon",
        "",
        "none",
        "mixed",
        3,
        11,
        180,
        "1993-09-01",
        "",
        "",
    ),
    6814021: (
        [("Ysgol Uwchradd Penrhos", "cy"), ("Penrhos High School", "en")],
        "secondary",
        "welsh-establishment",
        "penrhos",
        "",
        "none",
        "mixed",
        11,
        18,
        1100,
        "1977-09-01",
        "",
        "",
    ),
    6814033: (
        [("Ysgol Bro Penrhos", "cy")],
        "all-through",
        "welsh-establishment",
        "penrhos",
        "",
        "none",
        "mixed",
        3,
        16,
        850,
        "2018-09-01",
        "",
        "",
    ),
}
PREDECESSOR = {142311: 105872, 143002: 102960}
SELECTIVE = {
    136220: "selective",
    136221: "selective",
    117320: "non-selective",
    137654: "non-selective",
}
# filler schools: (name stem, LA)
FILLER = [
    ("Ashby Lane", "harrowfield"),
    ("Beech Hill", "harrowfield"),
    ("Cotton Mill", "harrowfield"),
    ("Dunmore", "blackmoor"),
    ("Foxcote", "blackmoor"),
    ("Greystone", "kestrel"),
    ("Hazelwood", "kestrel"),
    ("Linton Road", "northam"),
    ("Marsh Lane", "northam"),
    ("Queensway", "northam"),
]

# people: slug -> (foaf:name, foaf:title or "")
PEOPLE = {
    "whitcombe": ("Joanna Whitcombe", "Mrs"),
    "achterberg": ("Daniel Achterberg", "Mr"),
    "nkemelu": ("Chioma Nkemelu", "Dr"),
    "farrant": ("Peter Farrant", "Mr"),
    "osei": ("Abena Osei", "Ms"),
    "liddell": ("Graham Liddell", "Mr"),
    "rahman": ("Farida Rahman", "Mrs"),
    "quayle": ("Helen Quayle", "Mrs"),
    "doyle": ("Siobhan Doyle", "Miss"),
    "bainbridge": ("Robert Bainbridge", "Mr"),
    "ellery": ("Catherine Ellery", "Dr"),
    "pryce": ("Rhian Pryce", ""),
    "lloyd": ("Gareth Lloyd", ""),
    "hughes": ("Eleri Hughes", ""),
    "okoro": ("Martin Okoro", "HMI"),
    "tranter": ("Susan Tranter", "HMI"),
    "vasquez": ("Lucia Vasquez", "OI"),
    "hale": ("Jonathan Hale", "HMI"),
    "abbott": ("Margaret Abbott", ""),
    "singh": ("Harjit Singh", ""),
    "mcneil": ("Fiona McNeil", ""),
    "brennan": ("Father Thomas Brennan", ""),
    "kowalski": ("Anna Kowalski", ""),
    "fenwick": ("Ian Fenwick", ""),
    "adeyemi": ("Tunde Adeyemi", ""),
    "marsh": ("Clare Marsh", ""),
    "hartley": ("Simon Hartley", ""),
    "webb": ("Deborah Webb", ""),
    "griffiths": ("Owen Griffiths", ""),
    "carver": ("Julian Carver", ""),
    "pemberton": ("Alison Pemberton", "Dame"),
}
# headteachers: URN -> (person, start, end or "", by membership (True) or org:headOf)
HEADS = [
    (142311, "whitcombe", "2018-01-08", "", True),
    (105872, "farrant", "2004-09-01", "2015-08-31", True),
    (137654, "achterberg", "2019-09-01", "", False),
    (137654, "liddell", "2012-09-01", "2019-08-31", True),
    (148900, "doyle", "2020-09-01", "", True),
    (148901, "nkemelu", "2017-04-01", "", True),
    (143002, "osei", "2015-09-01", "", False),
    (141777, "rahman", "2021-01-04", "", True),
    (136220, "ellery", "2016-09-01", "", True),
    (117320, "bainbridge", "2010-04-19", "", False),
    (6772045, "pryce", "2013-09-01", "", True),
    (6814021, "lloyd", "2019-01-07", "", True),
    (120901, "quayle", "2008-09-01", "", True),
    (145210, "hughes", "2022-09-01", "", True),
]
# governors and trustees: (organisation (URN or trust slug), person, role, start, end or "")
GOVERNORS = [
    (142311, "abbott", "chair", "2019-09-01", ""),
    (142311, "singh", "parent-governor", "2021-10-12", ""),
    (142311, "kowalski", "staff-governor", "2022-01-10", ""),
    (137654, "fenwick", "chair", "2020-07-01", ""),
    (137654, "adeyemi", "parent-governor", "2022-10-03", ""),
    (137654, "abbott", "co-opted-governor", "2018-03-01", "2022-02-28"),
    (148900, "brennan", "foundation-governor", "2017-04-01", ""),
    (148901, "brennan", "chair", "2017-04-01", ""),
    (148901, "mcneil", "parent-governor", "2020-11-16", ""),
    (136220, "marsh", "chair", "2015-09-01", ""),
    (136220, "webb", "vice-chair", "2019-09-01", ""),
    (117320, "hartley", "la-governor", "2016-01-20", ""),
    (117320, "webb", "parent-governor", "2014-09-01", "2018-08-31"),
    (6772045, "griffiths", "chair", "2018-09-01", ""),
    ("riverside", "carver", "ceo", "2012-04-01", ""),
    ("riverside", "pemberton", "chair-of-trustees", "2019-12-01", ""),
    ("staidan", "mcneil", "trustee", "2021-03-01", ""),
    ("staidan", "liddell", "ceo", "2019-09-01", ""),
    ("northstar", "hale", "trustee", "2020-01-01", "2023-07-31"),
    ("northstar", "marsh", "ceo", "2014-01-15", ""),
    ("kestrelsp", "fenwick", "trustee", "2018-11-01", ""),
]
ROLES = {
    "headteacher": ("Headteacher", ["Head teacher", "Principal", "Pennaeth"]),
    "chair": ("Chair of governors", ["Chair of the governing body"]),
    "vice-chair": ("Vice-chair of governors", []),
    "parent-governor": ("Parent governor", []),
    "staff-governor": ("Staff governor", []),
    "la-governor": ("Local authority governor", []),
    "foundation-governor": ("Foundation governor", []),
    "co-opted-governor": ("Co-opted governor", []),
    "ceo": ("Chief executive officer", ["CEO", "Chief executive"]),
    "chair-of-trustees": ("Chair of trustees", []),
    "trustee": ("Trustee", ["Director"]),
}
AREAS_PRIMARY = ["qoe", "behaviour", "personal", "leadership", "early-years"]
AREAS_SECONDARY = ["qoe", "behaviour", "personal", "leadership"]
# inspections: (number, URN, date, type, overall grade or "", {area: grade} or None (old style), lead, how linked)
INSPECTIONS = [
    (
        10234567,
        142311,
        "2023-03-14",
        "s5",
        "2",
        {"qoe": "2", "behaviour": "1", "personal": "2", "leadership": "2", "early-years": "2"},
        "okoro",
        "school",
    ),
    (10045118, 142311, "2018-06-20", "s8", "", None, "tranter", "school"),
    (
        10251902,
        137654,
        "2022-11-09",
        "s5",
        "3",
        {"qoe": "3", "behaviour": "3", "personal": "2", "leadership": "2", "sixth-form": "2"},
        "hale",
        "inspection",
    ),
    (10040022, 137654, "2018-05-16", "s5", "4", None, "tranter", "inspection"),
    (
        10298044,
        148900,
        "2024-01-24",
        "s5",
        "1",
        {"qoe": "1", "behaviour": "1", "personal": "1", "leadership": "1", "early-years": "2"},
        "vasquez",
        "school",
    ),
    (
        10277310,
        148901,
        "2023-06-07",
        "s5",
        "2",
        {"qoe": "2", "behaviour": "2", "personal": "1", "leadership": "2"},
        "okoro",
        "school",
    ),
    (
        10263388,
        143002,
        "2023-01-25",
        "s5",
        "1",
        {"qoe": "1", "behaviour": "1", "personal": "1", "leadership": "1", "sixth-form": "1"},
        "hale",
        "inspection",
    ),
    (
        10270055,
        144517,
        "2023-05-03",
        "s5",
        "3",
        {"qoe": "3", "behaviour": "2", "personal": "2", "leadership": "3", "early-years": "2"},
        "vasquez",
        "inspection",
    ),
    (
        10288120,
        141777,
        "2023-10-11",
        "s5",
        "2",
        {
            "qoe": "2",
            "behaviour": "2",
            "personal": "2",
            "leadership": "2",
            "early-years": "1",
            "sixth-form": "3",
        },
        "okoro",
        "inspection",
    ),
    (
        10230001,
        136220,
        "2022-12-06",
        "s5",
        "1",
        {"qoe": "1", "behaviour": "1", "personal": "1", "leadership": "1", "sixth-form": "1"},
        "tranter",
        "school",
    ),
    (10031187, 136221, "2017-11-29", "s5", "2", None, "hale", "school"),
    (
        10279930,
        117320,
        "2023-07-05",
        "s5",
        "4",
        {"qoe": "4", "behaviour": "3", "personal": "3", "leadership": "4"},
        "tranter",
        "school",
    ),
    (10266001, 121040, "2023-02-01", "s8", "", None, "vasquez", "school"),
    (10038650, 121040, "2018-02-07", "s5", "2", None, "okoro", "school"),
    (
        10294410,
        120901,
        "2023-11-15",
        "s5",
        "1",
        {
            "qoe": "1",
            "behaviour": "1",
            "personal": "1",
            "leadership": "1",
            "early-years": "1",
            "sixth-form": "1",
        },
        "hale",
        "school",
    ),
    (
        10301122,
        145210,
        "2024-03-13",
        "s5",
        "2",
        {"qoe": "2", "behaviour": "2", "personal": "2", "leadership": "2", "early-years": "3"},
        "okoro",
        "school",
    ),
    (
        10243876,
        100412,
        "2022-09-28",
        "s5",
        "1",
        {"qoe": "1", "behaviour": "1", "personal": "1", "leadership": "1", "early-years": "1"},
        "vasquez",
        "school",
    ),
    (
        10212345,
        130455,
        "2022-03-02",
        "s5",
        "3",
        {"qoe": "3", "behaviour": "2", "personal": "2", "leadership": "3", "sixth-form": "3"},
        "tranter",
        "school",
    ),
    (20190311, 6772045, "2019-03-11", "estyn", "", None, "", "school"),
    (20230502, 6814021, "2023-05-02", "estyn", "", None, "", "school"),
]
SUMMARIES = {
    20190311: "Pupils make strong progress in Welsh and English; leaders have a clear vision for the school.",
    20230502: "Many pupils make sound progress; the school should improve attendance and the consistency of teaching.",
}
# pupils on roll: URN -> (2022/23, 2023/24); free-school-meal percentage for 2023/24
YEARS = ["2022-23", "2023-24"]


def concept(scheme: str, code: str) -> str:
    """The IRI of a code-list concept."""
    return f"{DEF}{scheme}/{code}"


def school_iri(urn: int) -> str:
    return f"{ID}school/{urn}"


def interval(start: str, end: str) -> Body:
    """A blank ``time:Interval``'s body: blank ``time:Instant`` beginning (and end)."""
    body: Body = [
        ("time:hasBeginning", "blank", [("time:inXSDDate", "typed", start, DATE)], "time:Instant")
    ]
    if end:
        body.append(
            ("time:hasEnd", "blank", [("time:inXSDDate", "typed", end, DATE)], "time:Instant")
        )
    return body


def vocabulary(d: RdfXmlDoc) -> None:
    """Classes, properties (labels, comments, inverses) and the SKOS code lists."""
    classes = [
        ("sr:LocalAuthority", "org:FormalOrganization", "Local authority"),
        ("sr:AcademyTrust", "org:FormalOrganization", "Academy trust"),
        ("sr:MultiAcademyTrust", "sr:AcademyTrust", "Multi-academy trust"),
        ("sr:Inspection", "", "Inspection"),
        ("sr:Judgement", "", "Judgement"),
        ("sr:TrustJoining", "", "Joining of a trust"),
        ("schema:School", "schema:EducationalOrganization", ""),
        ("schema:ElementarySchool", "schema:School", ""),
        ("schema:HighSchool", "schema:School", ""),
        ("schema:MiddleSchool", "schema:School", ""),
        ("schema:EducationalOrganization", "org:Organization", ""),
        ("org:FormalOrganization", "org:Organization", ""),
    ]
    for c, sup, label in classes:
        iri = NS[c.split(":")[0]] + c.split(":")[1]
        d.typ(iri, "owl:Class")
        if sup:
            d.iri(iri, "rdfs:subClassOf", NS[sup.split(":")[0]] + sup.split(":")[1])
        if label:
            d.lit(iri, "rdfs:label", label, lang="en")
    props = [
        ("sr:phase", "phase of education", "The phase of education the school provides.", ""),
        ("sr:establishmentType", "type of establishment", "", ""),
        (
            "sr:religiousCharacter",
            "religious character",
            "The religious denomination of the school, if any.",
            "",
        ),
        ("sr:gender", "gender of entry", "", ""),
        ("sr:admissionsPolicy", "admissions policy", "", ""),
        (
            "sr:statutoryLowAge",
            "statutory lowest age",
            "The youngest age of pupils the school admits.",
            "",
        ),
        (
            "sr:statutoryHighAge",
            "statutory highest age",
            "The oldest age of pupils the school teaches.",
            "",
        ),
        (
            "sr:schoolCapacity",
            "school capacity",
            "The number of pupil places the school is funded for.",
            "",
        ),
        ("sr:localAuthority", "local authority", "The local authority the school is in.", ""),
        (
            "sr:predecessor",
            "predecessor",
            "The establishment this school replaced.",
            "sr:successor",
        ),
        ("sr:successor", "successor", "", "sr:predecessor"),
        ("sr:inspectedSchool", "inspected school", "", "sr:hasInspection"),
        ("sr:hasInspection", "inspection", "", "sr:inspectedSchool"),
        (
            "sr:overallEffectiveness",
            "overall effectiveness",
            "The overall grade the inspection gave the school.",
            "",
        ),
        ("sr:judgement", "judgement", "A graded judgement on one area of the school's work.", ""),
        ("sr:area", "area", "", ""),
        ("sr:grade", "grade", "", ""),
        ("sr:leadInspector", "lead inspector", "", ""),
        ("sr:inspectionDate", "inspection date", "", ""),
        ("sr:inspectionType", "inspection type", "", ""),
        ("sr:trust", "trust", "", ""),
        ("sr:joinedOn", "joined on", "The date the school joined the trust.", ""),
        ("sr:companiesHouseNumber", "companies house number", "", ""),
        ("sr:pupilsOnRoll", "number of pupils", "Pupils on roll on census day.", ""),
        (
            "sr:percentFreeSchoolMeals",
            "percentage of pupils eligible for free school meals",
            "",
            "",
        ),
        ("sr:refSchool", "school", "", ""),
        ("sr:refPeriod", "academic year", "", ""),
        ("sr:closeDate", "close date", "", ""),
        ("org:subOrganizationOf", "subOrganization of", "", "org:hasSubOrganization"),
        ("org:hasSubOrganization", "has subOrganization", "", "org:subOrganizationOf"),
    ]
    for p, label, comment, inverse in props:
        iri = NS[p.split(":")[0]] + p.split(":")[1]
        kind = (
            "qb:DimensionProperty"
            if p in ("sr:refSchool", "sr:refPeriod")
            else (
                "qb:MeasureProperty"
                if p in ("sr:pupilsOnRoll", "sr:percentFreeSchoolMeals")
                else "rdf:Property"
            )
        )
        d.typ(iri, kind)
        d.lit(iri, "rdfs:label", label, lang="en")
        if comment:
            d.lit(iri, "rdfs:comment", comment, lang="en")
        if inverse and p in ("sr:hasInspection", "org:hasSubOrganization", "sr:successor"):
            d.iri(iri, "owl:inverseOf", NS[inverse.split(":")[0]] + inverse.split(":")[1])
    for scheme, (label, codes) in SCHEMES.items():
        s = f"{DEF}{scheme}"
        d.typ(s, "skos:ConceptScheme")
        d.lit(s, "rdfs:label", label, lang="en")
        for code, (pref, notation, welsh, alts, broader) in codes.items():
            c = concept(scheme, code)
            d.typ(c, "skos:Concept")
            d.lit(c, "skos:prefLabel", pref, lang="en")
            if welsh:
                d.lit(c, "skos:prefLabel", welsh, lang="cy")
            for a in alts:
                d.lit(c, "skos:altLabel", a, lang="en")
            d.lit(c, "skos:notation", notation)
            d.iri(c, "skos:inScheme", s)
            if broader:
                d.iri(c, "skos:broader", concept(scheme, broader))
    for code, (pref, alts) in ROLES.items():
        r = f"{DEF}role/{code}"
        d.typ(r, "org:Role")
        d.iri(r, "rdf:type", NS["skos"] + "Concept")
        d.lit(r, "skos:prefLabel", pref, lang="en")
        for a in alts:
            d.lit(r, "skos:altLabel", a, lang="cy" if a == "Pennaeth" else "en")


def places(d: RdfXmlDoc) -> None:
    for _slug, (name, gss) in REGIONS.items():
        r = f"{ID}region/{gss}"
        d.typ(r, "skos:Concept")
        if name:
            d.lit(r, "skos:prefLabel", name, lang="en")
        d.lit(r, "skos:notation", gss)
    for _slug, (code, gss, labels, alts, region) in LAS.items():
        la = f"{ID}local-authority/{code}"
        d.typ(la, "sr:LocalAuthority")
        for text, lang in labels:
            d.lit(la, "rdfs:label", text, lang=lang)
        for a in alts:
            d.lit(la, "skos:altLabel", a)
        d.lit(la, "skos:notation", str(code), dtype=SR + "LACode")
        d.lit(la, "admingeo:gssCode", gss)
        d.iri(la, "sr:region", f"{ID}region/{REGIONS[region][1]}")


def people(d: RdfXmlDoc) -> None:
    for slug, (name, title) in PEOPLE.items():
        p = f"{ID}person/{slug}"
        d.typ(p, "foaf:Person")
        d.lit(p, "foaf:name", name)
        if title:
            d.lit(p, "foaf:title", title)


def trusts(d: RdfXmlDoc) -> None:
    for _slug, (num, label, legal, ch, founded, _how) in TRUSTS.items():
        t = f"{ID}trust/TR{num:05d}"
        d.typ(t, "sr:MultiAcademyTrust")
        d.lit(t, "rdfs:label", label, lang="en")
        d.lit(t, "schema:legalName", legal)
        d.lit(t, "sr:companiesHouseNumber", ch)
        d.lit(t, "schema:foundingDate", founded, dtype=DATE)
        d.lit(t, "skos:notation", f"TR{num:05d}")


def trust_iri(slug: str) -> str:
    return f"{ID}trust/TR{TRUSTS[slug][0]:05d}"


def la_iri(slug: str) -> str:
    return f"{ID}local-authority/{LAS[slug][0]}"


STREETS = [
    "Park Road",
    "Church Lane",
    "Mill Street",
    "Station Road",
    "School Lane",
    "High Street",
    "Victoria Road",
    "Green Lane",
    "Ffordd yr Ysgol",
    "Heol y Parc",
]


def schools(d: RdfXmlDoc, rnd: random.Random, fill: dict[int, tuple]) -> None:
    every = {**SCHOOLS, **fill}
    for n, urn in enumerate(sorted(every)):
        names, phase, typ, la, trust, rel, gender, low, high, cap, opened, closed, joined = every[
            urn
        ]
        s = school_iri(urn)
        d.typ(s, "schema:School")
        if phase == "primary" and n % 3:
            d.iri(s, "rdf:type", NS["schema"] + "ElementarySchool")
        elif phase == "secondary" and n % 2:
            d.iri(s, "rdf:type", NS["schema"] + "HighSchool")
        elif phase == "middle":
            d.iri(s, "rdf:type", NS["schema"] + "MiddleSchool")
        (first, lang), *rest = names
        d.lit(s, "schema:name", first, lang=lang)
        for text, lang2 in rest:
            d.lit(s, "schema:alternateName", text, lang=lang2)
        d.lit(s, "skos:notation", str(urn), dtype=SR + "URN")
        d.iri(s, "sr:phase", concept("phase", phase))
        d.iri(s, "sr:establishmentType", concept("establishment-type", typ))
        if rel != "none" or n % 2:
            d.iri(s, "sr:religiousCharacter", concept("religious-character", rel))
        d.iri(s, "sr:gender", concept("gender", gender))
        if urn in SELECTIVE:
            d.iri(s, "sr:admissionsPolicy", concept("admissions-policy", SELECTIVE[urn]))
        d.lit(s, "sr:statutoryLowAge", str(low), dtype=INT)
        d.lit(s, "sr:statutoryHighAge", str(high), dtype=INT)
        d.lit(s, "sr:schoolCapacity", str(cap), dtype=INT)
        d.lit(s, "schema:foundingDate", opened, dtype=DATE)
        if closed:
            d.lit(s, "sr:closeDate", closed, dtype=DATE)
            d.iri(s, "sr:establishmentStatus", concept("status", "closed"))
        else:
            d.iri(s, "sr:establishmentStatus", concept("status", "open"))
        # the local authority: two ways, as merged from two older registers
        d.iri(s, "dcterms:spatial" if urn % 4 == 1 else "sr:localAuthority", la_iri(la))
        if trust:
            how = TRUSTS[trust][5]
            if how == "sub":
                d.iri(s, "org:subOrganizationOf", trust_iri(trust))
            elif how == "has":
                d.iri(trust_iri(trust), "org:hasSubOrganization", s)
            else:
                d.blank(
                    s,
                    "sr:trustJoining",
                    "sr:TrustJoining",
                    [
                        ("sr:trust", "iri", trust_iri(trust), ""),
                        ("sr:joinedOn", "typed", joined, DATE),
                    ],
                )
        if urn in PREDECESSOR:
            d.iri(s, "sr:predecessor", school_iri(PREDECESSOR[urn]))
        town = LAS[la][3][0]
        street = f"{rnd.randint(1, 120)} {rnd.choice(STREETS)}"
        post = f"{town[:2].upper()}{rnd.randint(1, 19)} {rnd.randint(1, 9)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if n % 3 == 0:
            d.blank(
                s,
                "schema:address",
                "schema:PostalAddress",
                [
                    ("schema:streetAddress", "plain", street, ""),
                    ("schema:addressLocality", "plain", town, ""),
                    ("schema:postalCode", "plain", post, ""),
                ],
            )
        else:
            site = f"{s}/site/1"
            d.iri(s, "org:hasSite", site)
            d.typ(site, "org:Site")
            if n % 5:
                d.lit(site, "rdfs:label", f"{first} main site", lang="en")
            d.blank(
                site,
                "org:siteAddress",
                "vcard:Address",
                [
                    ("vcard:street-address", "plain", street, ""),
                    ("vcard:locality", "plain", town, ""),
                    ("vcard:postal-code", "plain", post, ""),
                ],
            )


def filler(rnd: random.Random) -> dict[int, tuple]:
    out: dict[int, tuple] = {}
    for i, (stem, la) in enumerate(FILLER):
        urn = 150100 + i * 37
        kind = "primary" if i % 3 else "secondary"
        typ = rnd.choice(
            ["community", "academy-converter", "voluntary-controlled"]
            if kind == "primary"
            else ["community", "academy-converter", "foundation"]
        )
        name = f"{stem} {'Primary School' if kind == 'primary' else 'Academy' if typ == 'academy-converter' else 'School'}"
        low, high = (4, 11) if kind == "primary" else (11, 16)
        cap = rnd.choice([210, 315, 420]) if kind == "primary" else rnd.choice([750, 900, 1200])
        rel = "ce" if typ == "voluntary-controlled" else "none"
        out[urn] = (
            [(name, "")],
            kind,
            typ,
            la,
            "",
            rel,
            "mixed",
            low,
            high,
            cap,
            f"{rnd.randint(1950, 2015)}-09-01",
            "",
            "",
        )
    return out


def memberships(d: RdfXmlDoc) -> None:
    n = 0
    for urn, person, start, end, as_membership in HEADS:
        p = f"{ID}person/{person}"
        if as_membership:
            n += 1
            m = f"{ID}appointment/{n:04d}"
            d.typ(m, "org:Membership")
            d.iri(m, "org:member", p)
            d.iri(m, "org:organization", school_iri(urn))
            d.iri(m, "org:role", f"{DEF}role/headteacher")
            d.blank(m, "org:memberDuring", "time:Interval", interval(start, end))
        else:
            d.iri(p, "org:headOf", school_iri(urn))
    for org, person, role, start, end in GOVERNORS:
        n += 1
        m = f"{ID}appointment/{n:04d}"
        d.typ(m, "org:Membership")
        d.iri(m, "org:member", f"{ID}person/{person}")
        d.iri(m, "org:organization", school_iri(org) if isinstance(org, int) else trust_iri(org))
        d.iri(m, "org:role", f"{DEF}role/{role}")
        d.blank(m, "org:memberDuring", "time:Interval", interval(start, end))


def census(d: RdfXmlDoc, rnd: random.Random, fill: dict[int, tuple]) -> None:
    ds = f"{ID}dataset/school-census"
    d.typ(ds, "qb:DataSet")
    d.lit(ds, "rdfs:label", "School census: pupils on roll", lang="en")
    d.lit(ds, "dcterms:publisher", "Department for Education statistics")
    for y in YEARS:
        t = f"{ID}academic-year/{y}"
        d.typ(t, "time:Interval")
        d.lit(t, "rdfs:label", y.replace("-", "/"))
        d.blank(
            t,
            "time:hasBeginning",
            "time:Instant",
            [("time:inXSDDate", "typed", f"{y[:4]}-09-01", DATE)],
        )
    every = {**SCHOOLS, **fill}
    for urn in sorted(every):
        cap, closed = every[urn][9], every[urn][11]
        if closed or urn % 5 == 3:
            continue
        roll = int(cap * rnd.uniform(0.78, 1.06))
        for y in YEARS:
            o = f"{ID}observation/census-{y}-{urn}"
            d.typ(o, "qb:Observation")
            d.iri(o, "qb:dataSet", ds)
            d.iri(o, "sr:refSchool", school_iri(urn))
            d.iri(o, "sr:refPeriod", f"{ID}academic-year/{y}")
            d.lit(o, "sr:pupilsOnRoll", str(roll), dtype=INT)
            if y == YEARS[-1]:
                d.lit(o, "sr:percentFreeSchoolMeals", f"{rnd.uniform(4, 48):.1f}", dtype=DEC)
            roll += rnd.randint(-25, 30)


def inspections(d: RdfXmlDoc) -> None:
    nsi = f"{ID}organisation/national-schools-inspectorate"
    d.typ(nsi, "org:FormalOrganization")
    d.lit(nsi, "rdfs:label", "National Schools Inspectorate", lang="en")
    d.lit(nsi, "skos:altLabel", "NSI")
    wsi = f"{ID}organisation/arolygiaeth"
    d.typ(wsi, "org:FormalOrganization")
    d.lit(wsi, "rdfs:label", "Arolygiaeth Ysgolion Cymru", lang="cy")
    d.lit(wsi, "rdfs:label", "Schools Inspectorate for Wales", lang="en")
    for num, urn, date, kind, overall, areas, lead, how in INSPECTIONS:
        i = f"{ID}inspection/{num}"
        d.typ(i, "sr:Inspection")
        if how == "inspection":
            d.iri(i, "sr:inspectedSchool", school_iri(urn))
        else:
            d.iri(school_iri(urn), "sr:hasInspection", i)
        if areas is None and kind != "estyn":
            d.lit(i, "dcterms:date", date, dtype=DATE)
        else:
            d.lit(i, "sr:inspectionDate", date, dtype=DATE)
        d.iri(i, "sr:inspectionType", concept("inspection-type", kind))
        d.iri(i, "dcterms:creator", wsi if kind == "estyn" else nsi)
        if overall:
            d.iri(i, "sr:overallEffectiveness", concept("grade", overall))
        for area, grade in (areas or {}).items():
            d.blank(
                i,
                "sr:judgement",
                "sr:Judgement",
                [
                    ("sr:area", "iri", concept("judgement-area", area), ""),
                    ("sr:grade", "iri", concept("grade", grade), ""),
                ],
            )
        if lead:
            d.iri(i, "sr:leadInspector", f"{ID}person/{lead}")
        if num in SUMMARIES:
            d.lit(i, "dcterms:description", SUMMARIES[num], lang="en")
        d.iri(
            i, "foaf:page", f"https://reports.inspectorate.example.gov.uk/provider/{urn}/{num}.pdf"
        )


def main() -> None:
    rnd = random.Random(52)
    d = RdfXmlDoc(NS)
    vocabulary(d)
    for code, label in (("open", "Open"), ("closed", "Closed")):
        c = concept("status", code)
        d.typ(c, "skos:Concept")
        d.lit(c, "skos:prefLabel", label, lang="en")
    places(d)
    people(d)
    trusts(d)
    fill = filler(rnd)
    schools(d, rnd, fill)
    memberships(d)
    census(d, rnd, fill)
    inspections(d)
    d.write(HERE / "schools.rdf")
    print(d.count(), "triples")


if __name__ == "__main__":
    main()
