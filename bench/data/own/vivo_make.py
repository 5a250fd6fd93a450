# ruff: noqa: E501  (one record a line)
"""Write ``vivo.nt``: a university's research profiles as a VIVO instance exports them (VIVO 1.x
ontology with FOAF, BIBO, vCard 4 and the OBO relations), as an N-Triples dump.

The shape follows what a VIVO 1.10+ triple store holds (individuals at opaque numeric IRIs
``https://vivo.example.edu/individual/n1234``, inverse properties materialised both ways as VIVO's
editor writes them):

* ``foaf:Person`` / ``vivo:FacultyMember`` with ``rdfs:label`` "Family, Given" (some ``@en-US``),
  ``vitro:mostSpecificType``, ``vivo:overview``, ``vivo:orcidId`` (an ORCID IRI),
  ``vivo:hasResearchArea`` (``skos:Concept`` research areas, ``vivo:researchAreaOf`` back);
* contact data only on a vCard: ``obo:ARG_2000028`` (has contact info) -> ``vcard:Individual``
  (``obo:ARG_2000029`` back) -> ``vcard:hasName`` -> ``vcard:Name`` (``vcard:givenName``,
  ``vcard:familyName``), ``vcard:hasEmail`` -> ``vcard:Email`` (``vcard:email``),
  ``vcard:hasTitle`` -> ``vcard:Title`` (``vcard:title``), ``vcard:hasTelephone`` ->
  ``vcard:Telephone`` (``vcard:telephone``);
* positions as n-ary ``vivo:FacultyPosition`` / ``vivo:NonFacultyAcademicPosition`` nodes labelled
  by the title held, ``vivo:relates`` the person and the department (``vivo:relatedBy`` back from
  both), ``vivo:dateTimeInterval`` -> ``vivo:DateTimeInterval`` -> ``vivo:start`` / ``vivo:end``
  -> ``vivo:DateTimeValue`` (``vivo:dateTime`` ``xsd:dateTime``, ``vivo:dateTimePrecision``);
  promoted people hold two positions, one ended;
* organisations: the ``vivo:University``, its ``vivo:College`` s and ``vivo:AcademicDepartment`` s
  by ``obo:BFO_0000050`` (part of) and ``obo:BFO_0000051`` (has part), funders as
  ``vivo:FundingOrganization``, journals as ``bibo:Journal`` (``bibo:issn``);
* articles as ``bibo:AcademicArticle`` (``rdfs:label`` the title, ``bibo:doi``, ``bibo:volume``,
  ``bibo:pageStart``, ``vivo:dateTimeValue`` -> ``vivo:DateTimeValue`` with year precision,
  ``vivo:hasPublicationVenue`` / ``vivo:publicationVenueFor``, ``vivo:hasSubjectArea``); authorship
  as n-ary ``vivo:Authorship`` nodes with ``vivo:rank`` (``xsd:int``) relating a person, or an
  external author who is only a ``vcard:Individual`` with a ``vcard:Name``, and the article;
* grants as ``vivo:Grant`` (``vivo:sponsorAwardId``, ``vivo:totalAwardAmount``,
  ``vivo:assignedBy`` the funder, ``vivo:dateTimeInterval``) with ``vivo:PrincipalInvestigatorRole``
  / ``vivo:CoPrincipalInvestigatorRole`` nodes: ``obo:RO_0000053`` (bearer of) from the person,
  ``obo:RO_0000052`` (inheres in) back, ``vivo:relatedBy`` the grant, the grant ``vivo:relates``
  both the role and the person;
* degrees as ``vivo:AwardedDegree`` nodes relating the person and a ``vivo:AcademicDegree``
  (``vivo:abbreviation``), ``vivo:assignedBy`` the awarding university;
* the VIVO classes used, each with an ``rdfs:label``.

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/vivo_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
IND = "https://vivo.example.edu/individual/"
VIVO = Namespace("http://vivoweb.org/ontology/core#")
VITRO = Namespace("http://vitro.mannlib.cornell.edu/ns/vitro/0.7#")
BIBO = Namespace("http://purl.org/ontology/bibo/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
OBO = Namespace("http://purl.obolibrary.org/obo/")

UNIVERSITY = "Northfield State University"
COLLEGES = {
    "College of Engineering": [
        "Department of Computer Science",
        "Department of Electrical Engineering",
    ],
    "College of Arts and Sciences": [
        "Department of Biology",
        "Department of Chemistry",
        "Department of History",
        "Department of Economics",
        "Department of Physics",
    ],
}
AREAS = [
    "Machine Learning", "Computer Vision", "Natural Language Processing", "Power Systems",
    "Signal Processing", "Microbial Ecology", "Genomics", "Organic Synthesis", "Catalysis",
    "Medieval History", "Labor Economics", "Econometrics", "Condensed Matter Physics",
    "Quantum Computing", "Climate Change", "Public Health",
]  # fmt: skip
DEPT_AREAS = {
    "Department of Computer Science": [
        "Machine Learning",
        "Computer Vision",
        "Natural Language Processing",
        "Quantum Computing",
    ],
    "Department of Electrical Engineering": [
        "Power Systems",
        "Signal Processing",
        "Quantum Computing",
    ],
    "Department of Biology": ["Microbial Ecology", "Genomics", "Climate Change", "Public Health"],
    "Department of Chemistry": ["Organic Synthesis", "Catalysis", "Climate Change"],
    "Department of History": ["Medieval History", "Public Health"],
    "Department of Economics": [
        "Labor Economics",
        "Econometrics",
        "Public Health",
        "Climate Change",
    ],
    "Department of Physics": ["Condensed Matter Physics", "Quantum Computing", "Climate Change"],
}
# family, given, department, current title, start year of current title, earlier title + start
PEOPLE = [
    (
        "Okafor",
        "Chidinma",
        "Department of Computer Science",
        "Professor",
        2016,
        ("Associate Professor", 2009),
    ),
    (
        "Lindqvist",
        "Erik",
        "Department of Computer Science",
        "Associate Professor",
        2019,
        ("Assistant Professor", 2013),
    ),
    ("Ramírez", "Lucía", "Department of Computer Science", "Assistant Professor", 2021, None),
    ("Chen", "Wei", "Department of Computer Science", "Professor", 2011, None),
    ("Haddad", "Yasmin", "Department of Computer Science", "Research Scientist", 2020, None),
    (
        "Novak",
        "Tomas",
        "Department of Electrical Engineering",
        "Professor",
        2014,
        ("Associate Professor", 2007),
    ),
    (
        "Adeyemi",
        "Funmilayo",
        "Department of Electrical Engineering",
        "Associate Professor",
        2018,
        None,
    ),
    ("Sato", "Haruki", "Department of Electrical Engineering", "Assistant Professor", 2022, None),
    ("Whitaker", "Margaret", "Department of Biology", "Professor", 2005, None),
    (
        "Kowalski",
        "Piotr",
        "Department of Biology",
        "Associate Professor",
        2017,
        ("Assistant Professor", 2011),
    ),
    ("Mensah", "Akosua", "Department of Biology", "Assistant Professor", 2020, None),
    ("Fitzgerald", "Declan", "Department of Biology", "Lecturer", 2015, None),
    (
        "Ivanova",
        "Daria",
        "Department of Chemistry",
        "Professor",
        2012,
        ("Associate Professor", 2006),
    ),
    ("Brennan", "Siobhan", "Department of Chemistry", "Assistant Professor", 2023, None),
    ("Gupta", "Arjun", "Department of Chemistry", "Associate Professor", 2016, None),
    ("Moreau", "Élise", "Department of History", "Professor", 2008, None),
    (
        "Abernathy",
        "Colin",
        "Department of History",
        "Associate Professor",
        2015,
        ("Assistant Professor", 2010),
    ),
    ("Nakamura", "Aiko", "Department of History", "Assistant Professor", 2021, None),
    ("Oyelaran", "Tunde", "Department of Economics", "Professor", 2013, None),
    (
        "Schultz",
        "Hannah",
        "Department of Economics",
        "Associate Professor",
        2020,
        ("Assistant Professor", 2014),
    ),
    ("Delgado", "Mateo", "Department of Economics", "Assistant Professor", 2019, None),
    ("Petrov", "Nikolai", "Department of Physics", "Professor", 2010, None),
    (
        "Yilmaz",
        "Zeynep",
        "Department of Physics",
        "Associate Professor",
        2021,
        ("Assistant Professor", 2015),
    ),
    ("O'Connell", "Aoife", "Department of Physics", "Postdoctoral Researcher", 2023, None),
]
# Chen Wei also holds a courtesy appointment in Electrical Engineering.
JOINT = [("Chen", "Department of Electrical Engineering", "Courtesy Professor", 2018)]
EXTERNAL = [
    "Johansson, Karin",
    "Mbeki, Sipho",
    "Rossi, Giulia",
    "Kim, Min-jun",
    "Taylor, Owen",
    "Dubois, Camille",
]
JOURNALS = [
    ("Journal of Machine Learning Research", "1532-4435"), ("IEEE Transactions on Power Systems", "0885-8950"),
    ("Environmental Microbiology", "1462-2912"), ("Journal of Organic Chemistry", "0022-3263"),
    ("Speculum", "0038-7134"), ("Journal of Labor Economics", "0734-306X"),
    ("Physical Review B", "2469-9950"), ("PLOS ONE", "1932-6203"),
]  # fmt: skip
DEPT_JOURNALS = {
    "Department of Computer Science": [0, 7],
    "Department of Electrical Engineering": [1, 0],
    "Department of Biology": [2, 7],
    "Department of Chemistry": [3, 7],
    "Department of History": [4],
    "Department of Economics": [5, 7],
    "Department of Physics": [6, 7],
}
TITLE_WORDS = {
    "Machine Learning": [
        "Sparse Attention for Long Documents",
        "Calibrated Uncertainty in Deep Ensembles",
        "Federated Learning under Label Shift",
    ],
    "Computer Vision": [
        "Self-Supervised Depth Estimation from Video",
        "Robust Object Detection in Fog",
    ],
    "Natural Language Processing": [
        "Cross-Lingual Transfer for Low-Resource Parsing",
        "Evaluating Factuality in Summaries",
    ],
    "Quantum Computing": [
        "Error Mitigation on Noisy Superconducting Qubits",
        "Variational Algorithms for Lattice Models",
    ],
    "Power Systems": [
        "Frequency Stability in Low-Inertia Grids",
        "Forecasting Rooftop Solar Injection",
    ],
    "Signal Processing": [
        "Compressed Sensing for Radar Imaging",
        "Adaptive Beamforming in Dense Arrays",
    ],
    "Microbial Ecology": [
        "Soil Microbiome Responses to Drought",
        "Nitrogen Cycling in Wetland Sediments",
    ],
    "Genomics": ["Population Genomics of Freshwater Snails", "Long-Read Assembly of a Fern Genome"],
    "Climate Change": [
        "Warming Shifts the Phenology of Alpine Plants",
        "Carbon Pricing and Regional Employment",
        "Photocatalytic CO2 Reduction with Copper Oxides",
    ],
    "Public Health": [
        "Plague Ordinances in Fourteenth-Century Towns",
        "Minimum Wages and Infant Health",
    ],
    "Organic Synthesis": [
        "Total Synthesis of a Marine Alkaloid",
        "Stereoselective Aldol Reactions in Water",
    ],
    "Catalysis": [
        "Single-Atom Palladium Catalysts for Cross-Coupling",
        "Zeolite Confinement Effects in Methanol Conversion",
    ],
    "Medieval History": [
        "Monastic Charters of the Welsh Marches",
        "Merchant Guilds and Urban Credit, 1200-1350",
    ],
    "Labor Economics": [
        "Remote Work and the Gender Wage Gap",
        "Apprenticeships and Youth Unemployment",
    ],
    "Econometrics": [
        "Inference with Staggered Adoption Designs",
        "Weak Instruments in Shift-Share Regressions",
    ],
    "Condensed Matter Physics": [
        "Charge Density Waves in Layered Tellurides",
        "Magnon Transport in Thin Ferromagnets",
    ],
}
FUNDERS = [
    "National Science Foundation",
    "National Institutes of Health",
    "Department of Energy",
    "Andrew W. Mellon Foundation",
]
GRANTS = [
    # title, PI family, co-PI families, funder, award id, amount, start, end
    (
        "Trustworthy Machine Learning for Scientific Discovery",
        "Okafor",
        ["Lindqvist"],
        0,
        "IIS-2145678",
        "1200000",
        2021,
        2025,
    ),
    (
        "Resilient Microgrids with High Solar Penetration",
        "Novak",
        ["Adeyemi", "Sato"],
        2,
        "DE-SC0023411",
        "850000",
        2022,
        2026,
    ),
    (
        "Drought Legacies in Grassland Soil Microbiomes",
        "Kowalski",
        ["Mensah"],
        0,
        "DEB-1938820",
        "640000",
        2019,
        2023,
    ),
    (
        "Antimicrobial Natural Products from Marine Sponges",
        "Ivanova",
        [],
        1,
        "R01GM134567",
        "1875000",
        2018,
        2023,
    ),
    (
        "Charters, Credit and Community in Medieval Wales",
        "Moreau",
        ["Abernathy"],
        3,
        "1905-06881",
        "250000",
        2020,
        2023,
    ),
    (
        "Labor Market Effects of Remote Work",
        "Schultz",
        ["Delgado"],
        0,
        "SES-2214455",
        "410000",
        2022,
        2025,
    ),
    (
        "Quantum Materials for Low-Power Electronics",
        "Petrov",
        ["Yilmaz", "Chen"],
        2,
        "DE-SC0021190",
        "2100000",
        2020,
        2025,
    ),
    (
        "Climate Adaptation in Alpine Plant Communities",
        "Whitaker",
        [],
        0,
        "DEB-2011234",
        "520000",
        2020,
        2024,
    ),
    (
        "Copper Photocatalysts for Carbon Dioxide Reduction",
        "Gupta",
        ["Ivanova"],
        2,
        "DE-SC0019876",
        "780000",
        2019,
        2022,
    ),
    (
        "Multilingual Fact Verification",
        "Ramírez",
        ["Haddad"],
        0,
        "IIS-2310045",
        "499000",
        2023,
        2026,
    ),
]
DEGREES = {
    "PhD": "Doctor of Philosophy",
    "MS": "Master of Science",
    "BS": "Bachelor of Science",
    "MA": "Master of Arts",
}
ALMA = [
    "University of Lagos",
    "KTH Royal Institute of Technology",
    "University of Oxford",
    "Tsinghua University",
    "Charles University",
    "University of Toronto",
]


class _Ids:
    """Opaque numeric VIVO individual IRIs, handed out in order (``n1001``, ``n1002``, ...)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._seen: set[int] = set()

    def __call__(self) -> URIRef:
        while True:
            n = self._rng.randint(1000, 99999)
            if n not in self._seen:
                self._seen.add(n)
                return URIRef(f"{IND}n{n}")


def _dtv(
    g: Graph, new: _Ids, year: int, month: int = 1, precision: str = "yearPrecision"
) -> URIRef:
    """A ``vivo:DateTimeValue`` node for ``year``-``month``-01."""
    v = new()
    g.add((v, RDF.type, VIVO.DateTimeValue))
    g.add((v, VIVO.dateTime, Literal(f"{year}-{month:02d}-01T00:00:00", datatype=XSD.dateTime)))
    g.add((v, VIVO.dateTimePrecision, VIVO[precision]))
    return v


def _interval(g: Graph, new: _Ids, start: int, end: int | None, month: int = 7) -> URIRef:
    """A ``vivo:DateTimeInterval`` from ``start`` (to ``end`` when given), month precision."""
    i = new()
    g.add((i, RDF.type, VIVO.DateTimeInterval))
    g.add((i, VIVO.start, _dtv(g, new, start, month, "yearMonthPrecision")))
    if end is not None:
        g.add((i, VIVO.end, _dtv(g, new, end, 6 if month == 7 else month, "yearMonthPrecision")))
    return i


def _relate(g: Graph, node: URIRef, *others: URIRef) -> None:
    for o in others:
        g.add((node, VIVO.relates, o))
        g.add((o, VIVO.relatedBy, node))


def build() -> Graph:
    """The whole dump."""
    rng = random.Random(4202)
    new = _Ids(rng)
    g = Graph()
    label_classes = {
        FOAF.Person: "Person", VIVO.FacultyMember: "Faculty Member", VIVO.NonAcademic: "Non-Academic",
        VIVO.Position: "Position", VIVO.FacultyPosition: "Faculty Position",
        VIVO.NonFacultyAcademicPosition: "Non-Faculty Academic Position", VIVO.Authorship: "Authorship",
        BIBO.AcademicArticle: "Academic Article", BIBO.Journal: "Journal", VIVO.Grant: "Grant",
        VIVO.PrincipalInvestigatorRole: "Principal Investigator Role",
        VIVO.CoPrincipalInvestigatorRole: "Co-Principal Investigator Role",
        VIVO.University: "University", VIVO.College: "College", VIVO.AcademicDepartment: "Academic Department",
        VIVO.FundingOrganization: "Funding Organization", VIVO.AwardedDegree: "Awarded Degree",
        VIVO.AcademicDegree: "Academic Degree", VIVO.DateTimeValue: "Date Time Value",
        VIVO.DateTimeInterval: "Date Time Interval", VCARD.Individual: "Individual", SKOS.Concept: "Concept",
    }  # fmt: skip
    for c, name in label_classes.items():
        g.add((c, RDF.type, OWL.Class))
        g.add((c, RDFS.label, Literal(name, lang="en-US")))
    for p, name, inv in [
        (VIVO.relates, "relates", VIVO.relatedBy), (OBO.BFO_0000050, "part of", OBO.BFO_0000051),
        (OBO.RO_0000053, "bearer of", OBO.RO_0000052), (OBO.ARG_2000028, "contact information", OBO.ARG_2000029),
        (VIVO.hasResearchArea, "has research area", VIVO.researchAreaOf),
        (VIVO.hasPublicationVenue, "published in", VIVO.publicationVenueFor),
    ]:  # fmt: skip
        g.add((p, RDF.type, OWL.ObjectProperty))
        g.add((p, RDFS.label, Literal(name, lang="en")))
        g.add((p, OWL.inverseOf, inv))

    def org(name: str, *types: URIRef, lang: bool = True) -> URIRef:
        o = new()
        for t in (FOAF.Organization, *types):
            g.add((o, RDF.type, t))
        g.add((o, VITRO.mostSpecificType, types[-1]))
        g.add((o, RDFS.label, Literal(name, lang="en-US") if lang else Literal(name)))
        return o

    uni = org(UNIVERSITY, VIVO.University)
    g.add((uni, VIVO.abbreviation, Literal("NSU")))
    depts: dict[str, URIRef] = {}
    for college, names in COLLEGES.items():
        c = org(college, VIVO.College)
        g.add((c, OBO.BFO_0000050, uni))
        g.add((uni, OBO.BFO_0000051, c))
        for name in names:
            d = depts[name] = org(name, VIVO.AcademicDepartment, lang=len(name) % 2 == 0)
            g.add((d, OBO.BFO_0000050, c))
            g.add((c, OBO.BFO_0000051, d))
    funders = [org(f, VIVO.FundingOrganization, lang=False) for f in FUNDERS]
    g.add((funders[0], VIVO.abbreviation, Literal("NSF")))
    g.add((funders[1], VIVO.abbreviation, Literal("NIH")))
    g.add((funders[2], VIVO.abbreviation, Literal("DOE")))
    alma = {a: org(a, VIVO.University, lang=False) for a in ALMA}
    areas: dict[str, URIRef] = {}
    for a in AREAS:
        c = areas[a] = new()
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDFS.label, Literal(a, lang="en")))
    journals = []
    for name, issn in JOURNALS:
        j = new()
        g.add((j, RDF.type, BIBO.Journal))
        g.add((j, RDFS.label, Literal(name)))
        g.add((j, BIBO.issn, Literal(issn)))
        journals.append(j)
    degrees = {}
    for abbr, name in DEGREES.items():
        d = degrees[abbr] = new()
        g.add((d, RDF.type, VIVO.AcademicDegree))
        g.add((d, RDFS.label, Literal(name)))
        g.add((d, VIVO.abbreviation, Literal(abbr)))

    people: dict[str, URIRef] = {}
    dept_of: dict[str, str] = {}
    for i, (family, given, dept, title, start, earlier) in enumerate(PEOPLE):
        p = people[family] = new()
        dept_of[family] = dept
        faculty = "Professor" in title or title == "Lecturer"
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, RDF.type, VIVO.FacultyMember if faculty else VIVO.NonAcademic))
        g.add((p, VITRO.mostSpecificType, VIVO.FacultyMember if faculty else VIVO.NonAcademic))
        label = f"{family}, {given}"
        g.add((p, RDFS.label, Literal(label, lang="en-US") if i % 3 == 0 else Literal(label)))
        g.add(
            (
                p,
                VIVO.orcidId,
                URIRef(
                    f"https://orcid.org/0000-000{i % 10}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
                ),
            )
        )
        mine = rng.sample(DEPT_AREAS[dept], 2)
        for a in mine:
            g.add((p, VIVO.hasResearchArea, areas[a]))
            g.add((areas[a], VIVO.researchAreaOf, p))
        g.add(
            (
                p,
                VIVO.overview,
                Literal(
                    f"{given} {family} is {'an' if title[0] in 'AEIOU' else 'a'} {title} in the {dept} at {UNIVERSITY}, working on {mine[0].lower()} and {mine[1].lower()}."
                ),
            )
        )
        # vCard
        v = new()
        g.add((v, RDF.type, VCARD.Individual))
        g.add((p, OBO.ARG_2000028, v))
        g.add((v, OBO.ARG_2000029, p))
        n = new()
        g.add((n, RDF.type, VCARD.Name))
        g.add((n, VCARD.givenName, Literal(given)))
        g.add((n, VCARD.familyName, Literal(family)))
        g.add((v, VCARD.hasName, n))
        e = new()
        g.add((e, RDF.type, VCARD.Email))
        g.add((e, RDF.type, VCARD.Work))
        local = (
            (given[0] + family)
            .lower()
            .replace("'", "")
            .replace("í", "i")
            .replace("é", "e")
            .replace("é", "e")
        )
        g.add((e, VCARD.email, Literal(f"{local}@northfield.edu")))
        g.add((v, VCARD.hasEmail, e))
        t = new()
        g.add((t, RDF.type, VCARD.Title))
        g.add((t, VCARD.title, Literal(title)))
        g.add((v, VCARD.hasTitle, t))
        if i % 4 != 3:
            ph = new()
            g.add((ph, RDF.type, VCARD.Telephone))
            g.add((ph, VCARD.telephone, Literal(f"(555) 41{i % 10}-{rng.randint(1000, 9999)}")))
            g.add((v, VCARD.hasTelephone, ph))
        # positions
        held = [(title, start, None)]
        if earlier:
            held.append((earlier[0], earlier[1], start))
        held += [(t2, s2, None) for f2, d2, t2, s2 in JOINT if f2 == family]
        for t2, s2, e2 in held:
            pos = new()
            where = depts[
                next(
                    (d2 for f2, d2, _, _ in JOINT if f2 == family and t2 == "Courtesy Professor"),
                    dept,
                )
            ]
            g.add((pos, RDF.type, VIVO.Position))
            g.add(
                (
                    pos,
                    RDF.type,
                    VIVO.FacultyPosition if faculty else VIVO.NonFacultyAcademicPosition,
                )
            )
            g.add((pos, RDFS.label, Literal(t2)))
            _relate(g, pos, p, where)
            g.add((pos, VIVO.dateTimeInterval, _interval(g, new, s2, e2)))
        # degree
        if i % 2 == 0:
            ad = new()
            g.add((ad, RDF.type, VIVO.AwardedDegree))
            g.add((ad, RDFS.label, Literal(f"{label}: PhD")))
            _relate(g, ad, p, degrees["PhD"])
            g.add((ad, VIVO.assignedBy, alma[ALMA[i % len(ALMA)]]))
    # external co-authors: vCards only
    externals = []
    for name in EXTERNAL:
        family, given = name.split(", ")
        v = new()
        g.add((v, RDF.type, VCARD.Individual))
        g.add((v, RDFS.label, Literal(name)))
        n = new()
        g.add((n, RDF.type, VCARD.Name))
        g.add((n, VCARD.givenName, Literal(given)))
        g.add((n, VCARD.familyName, Literal(family)))
        g.add((v, VCARD.hasName, n))
        externals.append(v)
    # articles
    k = 0
    for area, titles in TITLE_WORDS.items():
        owners = [f for f, _, d, *_ in PEOPLE if area in DEPT_AREAS[d]]
        for title in titles:
            k += 1
            a = new()
            g.add((a, RDF.type, BIBO.AcademicArticle))
            g.add((a, RDF.type, BIBO.Document))
            g.add((a, VITRO.mostSpecificType, BIBO.AcademicArticle))
            g.add((a, RDFS.label, Literal(title)))
            year = 2014 + rng.randint(0, 10)
            g.add((a, VIVO.dateTimeValue, _dtv(g, new, year)))
            g.add(
                (
                    a,
                    BIBO.doi,
                    Literal(f"10.{rng.choice([1016, 1038, 1103, 1371])}/nsu.{year}.{k:04d}"),
                )
            )
            g.add((a, BIBO.volume, Literal(str(rng.randint(5, 120)))))
            g.add((a, BIBO.pageStart, Literal(str(rng.randint(1, 900)))))
            g.add((a, VIVO.hasSubjectArea, areas[area]))
            first = rng.choice(owners)
            j = journals[rng.choice(DEPT_JOURNALS[dept_of[first]])]
            g.add((a, VIVO.hasPublicationVenue, j))
            g.add((j, VIVO.publicationVenueFor, a))
            authors: list[URIRef] = [people[first]]
            others = [f for f in owners if f != first]
            for f in rng.sample(others, min(len(others), rng.randint(0, 2))):
                authors.append(people[f])
            if rng.random() < 0.4:
                authors.insert(rng.randint(0, len(authors)), rng.choice(externals))
            for rank, who in enumerate(authors, 1):
                au = new()
                g.add((au, RDF.type, VIVO.Authorship))
                g.add((au, VIVO.rank, Literal(rank, datatype=XSD.int)))
                _relate(g, au, who, a)
    # grants
    for title, pi, copis, funder, award, amount, s, e in GRANTS:
        gr = new()
        g.add((gr, RDF.type, VIVO.Grant))
        g.add((gr, RDFS.label, Literal(title, lang="en-US")))
        g.add((gr, VIVO.sponsorAwardId, Literal(award)))
        g.add((gr, VIVO.totalAwardAmount, Literal(amount)))
        g.add((gr, VIVO.assignedBy, funders[funder]))
        g.add((funders[funder], VIVO.assigns, gr))
        g.add((gr, VIVO.dateTimeInterval, _interval(g, new, s, e, month=9)))
        for who, role_class in [(pi, VIVO.PrincipalInvestigatorRole)] + [
            (c, VIVO.CoPrincipalInvestigatorRole) for c in copis
        ]:
            r = new()
            g.add((r, RDF.type, role_class))
            g.add((r, RDF.type, OBO.BFO_0000023))
            g.add((r, OBO.RO_0000052, people[who]))
            g.add((people[who], OBO.RO_0000053, r))
            _relate(g, gr, r, people[who])
    return g


def main() -> None:
    """Write ``vivo.nt`` sorted, so that the dump is byte-for-byte deterministic."""
    g = build()
    lines = sorted(line for line in g.serialize(format="nt").splitlines() if line.strip())
    (HERE / "vivo.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "triples")


if __name__ == "__main__":
    main()
