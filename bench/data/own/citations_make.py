# ruff: noqa: E501  (one record a line)
"""Write ``citations.nq``: a slice of a scholarly citation network shaped as OpenCitations
publishes it (the OpenCitations Data Model, OCDM 2.x: OpenCitations Meta for the bibliographic
metadata, the OpenCitations Index for the citations), as N-Quads.

Why N-Quads: OpenCitations keeps each kind of entity in its own named graph (Meta's
``https://w3id.org/oc/meta/br/``, ``.../ra/``, ``.../ar/``, ``.../id/``, ``.../re/``; the Index's
citations apart) and its RDF dumps are line-based statements per graph; N-Quads keeps that
partition, which a client reading the dump meets as it is.

The shape follows OCDM (opaque OMID IRIs, no ``rdfs:label`` anywhere, no ontology in the dump):

* bibliographic resources ``https://w3id.org/oc/meta/br/0610...``: every one a
  ``fabio:Expression`` and its kind (``fabio:JournalArticle``, ``fabio:JournalIssue``,
  ``fabio:JournalVolume``, ``fabio:Journal``, ``fabio:Book``, ``fabio:BookChapter``,
  ``fabio:ProceedingsPaper``, ``fabio:AcademicProceedings``), ``dcterms:title`` (plain
  literal), ``prism:publicationDate`` at the precision known (``xsd:date``, ``xsd:gYearMonth``
  or ``xsd:gYear``), ``fabio:hasSequenceIdentifier`` for issues and volumes ("3", "12"),
  ``frbr:partOf`` chains article -> issue -> volume -> journal (chapter -> book, paper ->
  proceedings), ``datacite:hasIdentifier`` (DOIs, ISSNs, ISBNs, a few PMIDs),
  ``frbr:embodiment`` a ``fabio:Manifestation`` with ``prism:startingPage`` /
  ``prism:endingPage``;
* roles in time ``https://w3id.org/oc/meta/ar/0610...``: ``pro:RoleInTime`` with
  ``pro:withRole`` (``pro:author``, ``pro:editor``, ``pro:publisher``), ``pro:isHeldBy`` the
  agent and ``oco:hasNext`` the next role of the same list; the resource points at them with
  ``pro:isDocumentContextFor``;
* responsible agents ``https://w3id.org/oc/meta/ra/0610...``: ``foaf:Agent``; persons only
  ``foaf:givenName`` and ``foaf:familyName`` (no full name), publishers ``foaf:name``; ORCIDs
  and Crossref member ids as identifiers;
* identifiers ``https://w3id.org/oc/meta/id/0610...``: ``datacite:Identifier`` with
  ``datacite:usesIdentifierScheme`` (``datacite:doi``, ``datacite:issn``, ``datacite:isbn``,
  ``datacite:orcid``, ``datacite:crossref``, ``datacite:pmid``) and
  ``literal:hasLiteralValue``;
* citations ``https://w3id.org/oc/index/ci/<citing>-<cited>``: ``cito:Citation`` (plus
  ``cito:JournalSelfCitation`` / ``cito:AuthorSelfCitation`` where they are),
  ``cito:hasCitingEntity``, ``cito:hasCitedEntity``, ``cito:hasCitationCreationDate`` (the
  citing work's date, its precision) and ``cito:hasCitationTimeSpan`` (``xsd:duration``
  "P2Y3M"); no direct ``cito:cites`` triple.

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/citations_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, RDF, XSD

HERE = Path(__file__).parent
META = "https://w3id.org/oc/meta/"
INDEX = "https://w3id.org/oc/index/"
FABIO = Namespace("http://purl.org/spar/fabio/")
FRBR = Namespace("http://purl.org/vocab/frbr/core#")
PRO = Namespace("http://purl.org/spar/pro/")
OCO = Namespace("https://w3id.org/oc/ontology/")
CITO = Namespace("http://purl.org/spar/cito/")
DATACITE = Namespace("http://purl.org/spar/datacite/")
LIT = Namespace("http://www.essepuntato.it/2010/06/literalreification/")
PRISM = Namespace("http://prismstandard.org/namespaces/basic/2.0/")
DCT = Namespace("http://purl.org/dc/terms/")

# journal title, ISSN(s), publisher index, DOI prefix
JOURNALS = [
    ("Scientometrics", ["0138-9130", "1588-2861"], 0, "10.1007/s11192"),
    ("Journal of Informetrics", ["1751-1577"], 1, "10.1016/j.joi"),
    ("Quantitative Science Studies", ["2641-3337"], 2, "10.1162/qss_a"),
    (
        "Journal of the Association for Information Science and Technology",
        ["2330-1635", "2330-1643"],
        3,
        "10.1002/asi",
    ),
    ("Journal of Documentation", ["0022-0418"], 4, "10.1108/jd"),
    ("Semantic Web", ["1570-0844", "2210-4968"], 5, "10.3233/sw"),
    ("PLOS ONE", ["1932-6203"], 6, "10.1371/journal.pone"),
]
PUBLISHERS = [
    ("Springer Science and Business Media LLC", "297"),
    ("Elsevier BV", "78"),
    ("MIT Press", "281"),
    ("Wiley", "311"),
    ("Emerald", "140"),
    ("IOS Press", "7437"),
    ("Public Library of Science (PLoS)", "340"),
    ("Association for Computing Machinery (ACM)", "320"),
]
GIVEN = [
    "Silvio",
    "Ivan",
    "Arcangelo",
    "Marilena",
    "Chiara",
    "Giovanni",
    "Ludo",
    "Vincent",
    "Anne",
    "Mike",
    "Cassidy",
    "Jason",
    "Dorte",
    "Rodrigo",
    "Zhesi",
    "Yuki",
    "Kayvan",
    "Stefanie",
    "Nees Jan",
    "Elena",
    "Lutz",
    "Caroline",
    "Pieter",
    "Ana",
    "Björn",
    "Agnieszka",
    "Tomás",
    "Nadia",
    "Hiroshi",
    "Olga",
    "Liam",
    "Fatima",
    "Jonas",
    "Mei",
    "Sophie",
    "Rafael",
]
FAMILY = [
    "Peroni",
    "Heibi",
    "Massari",
    "Daquino",
    "Di Iorio",
    "Colavizza",
    "Waltman",
    "Larivière",
    "Smith",
    "Thelwall",
    "Sugimoto",
    "Priem",
    "Schultz",
    "Costas",
    "Shi",
    "Tanaka",
    "Kousha",
    "Haustein",
    "van Eck",
    "Rossi",
    "Bornmann",
    "Wagner",
    "Hendriks",
    "Oliveira",
    "Hjørland",
    "Nowak",
    "García",
    "Haddad",
    "Sato",
    "Ivanova",
    "O'Brien",
    "Rahman",
    "Berg",
    "Chen",
    "Dubois",
    "Moreno",
    "Smith",
    "Chen",
    "Müller",
    "Kowalski",
]

ARTICLES = [
    # title, journal index (None: see CHAPTERS/PAPERS), year
    "Citation cascades in open bibliometric infrastructures",
    "The open citation advantage revisited",
    "Measuring self-citation at scale",
    "A field-normalised indicator for book chapters",
    "Retractions and their afterlife in the citation record",
    "Who cites preprints? Evidence from bioRxiv",
    "Coverage of Crossref metadata across disciplines",
    "Time to first citation in the social sciences",
    "Sleeping beauties in mathematics",
    "Delayed recognition and the half-life of citations",
    "Citation intent classification with transformers",
    "Reference list completeness in publisher deposits",
    "Disambiguating author names with ORCID",
    "The long tail of uncited papers",
    "Open access and citation impact in Latin America",
    "Gender differences in citation practices",
    "Mapping research fronts with bibliographic coupling",
    "Co-citation networks of information science",
    "Linked open data for scholarly communication",
    "An ontology for describing citations as first-class entities",
    "Provenance of bibliographic metadata in triplestores",
    "Identifier schemes in scholarly knowledge graphs",
    "Altmetrics and citations: a meta-analysis",
    "Twitter mentions do not predict citations",
    "Journal self-citation and impact factor inflation",
    "Citation windows for research evaluation",
    "Normalising citation counts by field and year",
    "Percentile indicators and their pitfalls",
    "The Matthew effect in citation networks",
    "Predicting citation counts from abstracts",
    "Library catalogues as linked data",
    "Information behaviour of doctoral students",
    "Classification schemes and knowledge organisation",
    "Citation context analysis of software mentions",
    "Dataset citation in the life sciences",
    "The decline of disruptive science",
    "Citation counts and peer review scores",
    "Funding acknowledgements in citation indexes",
    "Temporal patterns of reference ageing",
    "Semantic publishing and the future of the article",
    "Crowdsourcing reference extraction",
    "Negative citations in biomedicine",
    "Interdisciplinarity measured through references",
    "Open citations for research assessment",
    "Bibliographic references in the humanities",
]
# journal index and year for each article, in order
PLACES = [
    (5, 2019),
    (0, 2018),
    (1, 2020),
    (0, 2017),
    (2, 2021),
    (6, 2020),
    (2, 2020),
    (3, 2016),
    (0, 2015),
    (1, 2016),
    (2, 2022),
    (1, 2019),
    (3, 2018),
    (0, 2014),
    (6, 2019),
    (3, 2019),
    (1, 2013),
    (4, 2012),
    (5, 2016),
    (5, 2018),
    (5, 2021),
    (5, 2022),
    (1, 2015),
    (3, 2017),
    (0, 2019),
    (1, 2014),
    (1, 2018),
    (0, 2020),
    (6, 2017),
    (2, 2023),
    (4, 2015),
    (4, 2018),
    (4, 2014),
    (3, 2022),
    (6, 2021),
    (0, 2023),
    (2, 2021),
    (1, 2021),
    (0, 2016),
    (5, 2014),
    (3, 2020),
    (6, 2018),
    (1, 2022),
    (2, 2023),
    (4, 2020),
]
BOOKS = [
    (
        "Springer Handbook of Science and Technology Indicators",
        2019,
        0,
        "978-3-030-02510-6",
        [
            "Indicators of open access publishing",
            "Citation analysis of scholarly books",
            "Measuring research collaboration",
        ],
    ),
    (
        "Beyond Bibliometrics: Harnessing Multidimensional Indicators of Scholarly Impact",
        2014,
        2,
        "978-0-262-02679-6",
        ["The history of the Science Citation Index", "Altmetrics as a discovery tool"],
    ),
]
PROCEEDINGS = [
    (
        "Proceedings of the 17th International Conference on Scientometrics and Informetrics",
        2019,
        7,
        [
            "OpenCitations in the wild: a usage study",
            "Extracting references from PDF with deep learning",
        ],
    ),
]


class Minter:
    """Sequential OMIDs per entity type (br, ar, ra, id, re), as Meta mints them."""

    def __init__(self) -> None:
        self.n = {"br": 1, "ar": 1, "ra": 1, "id": 1, "re": 1}

    def __call__(self, kind: str) -> URIRef:
        self.n[kind] += 1
        return URIRef(f"{META}{kind}/0610{1000 + self.n[kind] * 7}")


def date_literal(rng: random.Random, year: int) -> tuple[Literal, tuple[int, int, int]]:
    """A publication date at the precision Crossref gave: mostly a day, some a month, a few a year."""
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    roll = rng.random()
    if roll < 0.65:
        return Literal(f"{year}-{m:02d}-{d:02d}", datatype=XSD.date), (year, m, d)
    if roll < 0.9:
        return Literal(f"{year}-{m:02d}", datatype=XSD.gYearMonth), (year, m, 1)
    return Literal(str(year), datatype=XSD.gYear), (year, 1, 1)


def span(a: tuple[int, int, int], b: tuple[int, int, int]) -> str:
    """The xsd:duration from ``b`` to ``a`` (years, months, days) as OpenCitations writes it."""
    y, m, d = a[0] - b[0], a[1] - b[1], a[2] - b[2]
    if d < 0:
        m, d = m - 1, d + 30
    if m < 0:
        y, m = y - 1, m + 12
    out = "P" + (f"{y}Y" if y else "") + (f"{m}M" if m else "") + (f"{d}D" if d else "")
    return out if out != "P" else "P0D"


def main() -> None:
    rng = random.Random(3701)
    ds = Dataset()
    gs = {k: ds.graph(URIRef(f"{META}{k}/")) for k in ("br", "ar", "ra", "id", "re")}
    gci = ds.graph(URIRef(f"{INDEX}ci/"))
    mint = Minter()

    def ident(owner: URIRef, graph: str, scheme: str, value: str) -> None:
        i = mint("id")
        gs["id"].add((i, RDF.type, DATACITE.Identifier))
        gs["id"].add((i, DATACITE.usesIdentifierScheme, DATACITE[scheme]))
        gs["id"].add((i, LIT.hasLiteralValue, Literal(value)))
        gs[graph].add((owner, DATACITE.hasIdentifier, i))

    def br(kinds: list[URIRef], title: str | None = None) -> URIRef:
        b = mint("br")
        gs["br"].add((b, RDF.type, FABIO.Expression))
        for k in kinds:
            gs["br"].add((b, RDF.type, k))
        if title:
            gs["br"].add((b, DCT.title, Literal(title)))
        return b

    def roles(b: URIRef, role: URIRef, agents: list[URIRef]) -> None:
        prev = None
        for a in agents:
            r = mint("ar")
            gs["ar"].add((r, RDF.type, PRO.RoleInTime))
            gs["ar"].add((r, PRO.withRole, role))
            gs["ar"].add((r, PRO.isHeldBy, a))
            gs["br"].add((b, PRO.isDocumentContextFor, r))
            if prev is not None:
                gs["ar"].add((prev, OCO.hasNext, r))
            prev = r

    def pages(b: URIRef, start: int, length: int) -> None:
        e = mint("re")
        gs["re"].add((e, RDF.type, FABIO.Manifestation))
        gs["re"].add((e, PRISM.startingPage, Literal(str(start))))
        gs["re"].add((e, PRISM.endingPage, Literal(str(start + length))))
        gs["br"].add((b, FRBR.embodiment, e))

    publishers = []
    for name, member in PUBLISHERS:
        a = mint("ra")
        gs["ra"].add((a, RDF.type, FOAF.Agent))
        gs["ra"].add((a, FOAF.name, Literal(name)))
        ident(a, "ra", "crossref", member)
        publishers.append(a)

    persons = []
    seen: set[tuple[str, str]] = set()
    for i in range(60):
        given, family = GIVEN[i % len(GIVEN)], FAMILY[(i * 7) % len(FAMILY)]
        if (given, family) in seen:
            family = FAMILY[(i * 7 + 1) % len(FAMILY)]
        seen.add((given, family))
        a = mint("ra")
        gs["ra"].add((a, RDF.type, FOAF.Agent))
        gs["ra"].add((a, FOAF.givenName, Literal(given)))
        gs["ra"].add((a, FOAF.familyName, Literal(family)))
        if rng.random() < 0.6:
            digits = "".join(str(rng.randint(0, 9)) for _ in range(15))
            ident(a, "ra", "orcid", f"0000-{digits[4:8]}-{digits[8:12]}-{digits[12:15]}X"[:19])
        persons.append(a)

    journals = []
    for title, issns, _pub, _ in JOURNALS:
        j = br([FABIO.Journal], title)
        for s in issns:
            ident(j, "br", "issn", s)
        journals.append(j)
    volumes: dict[tuple[int, int], URIRef] = {}
    issues: dict[tuple[int, int, int], URIRef] = {}

    works = []  # (br, date tuple, journal index or None, author list)
    for n, (title, (ji, year)) in enumerate(zip(ARTICLES, PLACES, strict=True)):
        vol_no = year - (
            1978
            if ji == 0
            else 2006
            if ji in (1, 5)
            else 2019
            if ji == 2
            else 1949
            if ji == 3
            else 1944
            if ji == 4
            else 2005
        )
        issue_no = rng.randint(1, 6)
        if (ji, year) not in volumes:
            v = br([FABIO.JournalVolume])
            gs["br"].add((v, FABIO.hasSequenceIdentifier, Literal(str(vol_no))))
            gs["br"].add((v, FRBR.partOf, journals[ji]))
            volumes[ji, year] = v
        if (ji, year, issue_no) not in issues:
            s = br([FABIO.JournalIssue])
            gs["br"].add((s, FABIO.hasSequenceIdentifier, Literal(str(issue_no))))
            gs["br"].add((s, FRBR.partOf, volumes[ji, year]))
            issues[ji, year, issue_no] = s
        b = br([FABIO.JournalArticle], title)
        gs["br"].add((b, FRBR.partOf, issues[ji, year, issue_no]))
        lit, when = date_literal(rng, year)
        gs["br"].add((b, PRISM.publicationDate, lit))
        ident(b, "br", "doi", f"{JOURNALS[ji][3]}.{year}.{1000 + n * 37:05d}")
        if ji == 6 and rng.random() < 0.7:
            ident(b, "br", "pmid", str(30000000 + n * 104729 % 9000000))
        authors = rng.sample(persons, rng.randint(1, 4))
        roles(b, PRO.author, authors)
        roles(b, PRO.publisher, [publishers[JOURNALS[ji][2]]])
        pages(b, rng.randint(1, 2400), rng.randint(8, 30))
        works.append((b, when, ji, authors))

    for title, year, pub, isbn, chapters in BOOKS:
        book = br([FABIO.Book], title)
        gs["br"].add((book, PRISM.publicationDate, Literal(str(year), datatype=XSD.gYear)))
        ident(book, "br", "isbn", isbn)
        roles(book, PRO.editor, rng.sample(persons, 2))
        roles(book, PRO.publisher, [publishers[pub]])
        start = 1
        for n, ch in enumerate(chapters):
            c = br([FABIO.BookChapter], ch)
            gs["br"].add((c, FRBR.partOf, book))
            gs["br"].add((c, PRISM.publicationDate, Literal(str(year), datatype=XSD.gYear)))
            ident(c, "br", "doi", f"10.1007/978-{isbn[4:5]}-{year}-{n + 1}_{n + 3}")
            authors = rng.sample(persons, rng.randint(1, 3))
            roles(c, PRO.author, authors)
            roles(c, PRO.publisher, [publishers[pub]])
            pages(c, start, 20 + n)
            start += 25 + n
            works.append((c, (year, 1, 1), None, authors))
    for title, year, pub, papers in PROCEEDINGS:
        proc = br([FABIO.AcademicProceedings], title)
        gs["br"].add((proc, PRISM.publicationDate, Literal(f"{year}-09", datatype=XSD.gYearMonth)))
        ident(proc, "br", "isbn", "978-84-09-12031-4")
        for n, p in enumerate(papers):
            c = br([FABIO.ProceedingsPaper], p)
            gs["br"].add((c, FRBR.partOf, proc))
            gs["br"].add((c, PRISM.publicationDate, Literal(f"{year}-09", datatype=XSD.gYearMonth)))
            authors = rng.sample(persons, rng.randint(2, 3))
            roles(c, PRO.author, authors)
            roles(c, PRO.publisher, [publishers[pub]])
            pages(c, 100 + n * 12, 11)
            works.append((c, (year, 9, 1), None, authors))

    # citations: each work cites 2-7 earlier ones; the Index's IRI joins the two OMIDs
    dates = {b: when for b, when, _, _ in works}
    for b, when, ji, authors in works:
        earlier = [w for w in works if w[1] < when]
        if not earlier:
            continue
        for cb, cwhen, cji, cauthors in rng.sample(earlier, min(len(earlier), rng.randint(2, 7))):
            ci = URIRef(f"{INDEX}ci/{b.rsplit('/', 1)[1]}-{cb.rsplit('/', 1)[1]}")
            gci.add((ci, RDF.type, CITO.Citation))
            if ji is not None and ji == cji:
                gci.add((ci, RDF.type, CITO.JournalSelfCitation))
            if set(authors) & set(cauthors):
                gci.add((ci, RDF.type, CITO.AuthorSelfCitation))
            gci.add((ci, CITO.hasCitingEntity, b))
            gci.add((ci, CITO.hasCitedEntity, cb))
            created = next(o for o in gs["br"].objects(b, PRISM.publicationDate))
            gci.add((ci, CITO.hasCitationCreationDate, created))
            gci.add(
                (
                    ci,
                    CITO.hasCitationTimeSpan,
                    Literal(span(dates[b], cwhen), datatype=XSD.duration),
                )
            )

    out = HERE / "citations.nq"
    lines = sorted(ds.serialize(format="nquads").splitlines())
    out.write_text("\n".join(line for line in lines if line.strip()) + "\n", encoding="utf-8")
    print(out, len(lines), "quads")


if __name__ == "__main__":
    main()
