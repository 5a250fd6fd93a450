# ruff: noqa: E501  (one record a line)
"""Write ``newsroom.ttl``: a regional newspaper's archive (the fictional *Harbour Gazette* of
Port Calder) as its content API exports it as linked data (Turtle): schema.org over
``http://schema.org/`` for current items, the IPTC's older rNews vocabulary for the 2011-2012
items, IPTC Media Topics as SKOS concepts, Dublin Core terms, PROV and the archive's own
``nr:`` vocabulary.

The shape follows what such an archive holds:

* the paper and its partners (``schema:NewsMediaOrganization``; the paper with
  ``schema:alternateName``\\s, ``schema:foundingDate`` as ``xsd:gYear``,
  ``schema:parentOrganization`` its group, which lists only one of its papers back by
  ``schema:subOrganization``, declared ``schema:inverseOf``; ``nr:editorInChief``), a wire
  agency (``nr:NewsAgency``, a subclass), companies, a council, a club and a university the
  articles cover, one company's chief executive as a blank ``schema:OrganizationRole``
  (``schema:employee``, ``schema:roleName``, ``schema:startDate``), another's by the person's
  ``schema:jobTitle`` and ``schema:worksFor``;
* people: staff (``schema:Person``, some also ``nr:Columnist``) with ``schema:jobTitle``,
  ``schema:worksFor``, ``schema:workLocation``; a freelance with ``nr:contractType`` only; a
  Tokyo correspondent named in Japanese with an English ``schema:alternateName``; people in
  the news with ``owl:sameAs`` Wikidata-like IRIs, ``schema:memberOf`` a party or (as a blank
  ``schema:Role`` with ``schema:roleName``) a club, birth and death dates; one name spelt
  without its umlaut as an ``alternateName``;
* places (``schema:City`` / ``schema:AdministrativeArea`` / ``schema:Country``) named in
  several languages, ``schema:containedInPlace`` chains, ``owl:sameAs`` Wikidata IRIs;
* IPTC Media Topics (``skos:Concept`` at ``http://cv.iptc.org/newscodes/mediatopic/<code>``)
  with ``skos:prefLabel`` in English, French and German, ``skos:altLabel``, ``skos:broader``,
  ``skos:notation`` and ``skos:definition`` on some;
* sections (``nr:Section``, ``rdfs:label``, ``nr:sectionEditor``, ``schema:isPartOf`` a parent
  section) that newer articles point to by ``nr:section``, while others only carry the
  ``schema:articleSection`` text;
* articles: ``schema:NewsArticle`` and its real subtypes (``OpinionNewsArticle``,
  ``AnalysisNewsArticle``, ``ReviewNewsArticle``; the archive's ``nr:Obituary``), declared
  ``rdfs:subClassOf`` ``schema:NewsArticle``, with ``schema:headline``,
  ``schema:datePublished`` (``xsd:dateTime``), ``schema:author`` (a person, or a blank
  ``schema:Role`` for "additional reporting"), ``schema:editor``, ``schema:about`` (topics and
  things), ``schema:mentions``, ``schema:dateline``, ``schema:contentLocation``,
  ``schema:wordCount``, ``schema:inLanguage``, ``dct:identifier``; a print appearance as
  ``schema:isPartOf`` a ``schema:PublicationIssue`` (``schema:issueNumber``,
  ``schema:datePublished``, no name) with ``schema:pageStart``; wire copy with
  ``schema:sourceOrganization``; a Japanese edition by ``schema:workTranslation``;
  corrections as ``schema:correction`` ``schema:CorrectionComment`` (``schema:text``,
  ``schema:datePublished``) or, on older items, a plain ``nr:correctionNote``; an updated
  article ``prov:wasRevisionOf`` its first version (an IRI of its own with its old headline and
  ``prov:generatedAtTime``), and that version ``dct:isReplacedBy`` it;
* rNews items (2011-2012, ``rnews:Article``): ``rnews:headline``, ``rnews:creator``,
  ``rnews:datePublished``, ``rnews:dateline``, ``rnews:about``; topics by ``dct:subject``;
* syndication as a blank ``nr:Syndication`` (``nr:licensee``, ``nr:licenceDate``,
  ``nr:territory``) on newer items, by ``nr:syndicatedTo`` (declared ``owl:inverseOf``
  ``nr:syndicatedFrom``) on older ones;
* ``rdfs:label`` and ``rdfs:comment`` on the archive's own properties.

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/newsroom_make.py``.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import rdflib
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://archive.harbourgazette.example/"
S = Namespace("http://schema.org/")
NR = Namespace(BASE + "ns#")
RN = Namespace("http://iptc.org/std/rNews/2011-10-07#")
MT = Namespace("http://cv.iptc.org/newscodes/mediatopic/")
WD = Namespace("http://www.wikidata.org/entity/")
ART = Namespace(BASE + "article/")
PER = Namespace(BASE + "person/")
ORG = Namespace(BASE + "org/")
PLACE = Namespace(BASE + "place/")
SEC = Namespace(BASE + "section/")

# slug: (names [(text, lang)], type, inside, wikidata)
PLACES = {
    "uk": ([("United Kingdom", "en"), ("Royaume-Uni", "fr")], "Country", None, "Q145"),
    "germany": (
        [("Germany", "en"), ("Deutschland", "de"), ("Allemagne", "fr")],
        "Country",
        None,
        "Q183",
    ),
    "belgium": ([("Belgium", "en"), ("Belgique", "fr"), ("België", "nl")], "Country", None, "Q31"),
    "france": ([("France", "en")], "Country", None, "Q142"),
    "denmark": ([("Denmark", "en"), ("Danmark", "da")], "Country", None, "Q35"),
    "latvia": ([("Latvia", "en"), ("Latvija", "lv")], "Country", None, "Q211"),
    "japan": ([("Japan", "en"), ("日本", "ja")], "Country", None, "Q17"),
    "netherlands": ([("Netherlands", "en"), ("Nederland", "nl")], "Country", None, "Q55"),
    "caldershire": ([("Caldershire", "en")], "AdministrativeArea", "uk", None),
    "portcalder": ([("Port Calder", "en")], "City", "caldershire", None),
    "ashford": ([("Ashford", "en")], "City", "uk", "Q666006"),
    "brussels": (
        [("Brussels", "en"), ("Bruxelles", "fr"), ("Brussel", "nl")],
        "City",
        "belgium",
        "Q239",
    ),
    "hamburg": ([("Hamburg", "en"), ("Hambourg", "fr")], "City", "germany", "Q1055"),
    "marseille": ([("Marseille", "fr"), ("Marseilles", "en")], "City", "france", "Q23482"),
    "copenhagen": ([("Copenhagen", "en"), ("København", "da")], "City", "denmark", "Q1748"),
    "esbjerg": ([("Esbjerg", "da")], "City", "denmark", "Q188909"),
    "riga": ([("Riga", "en"), ("Rīga", "lv")], "City", "latvia", "Q1773"),
    "tokyo": ([("Tokyo", "en"), ("東京", "ja")], "City", "japan", "Q1490"),
    "rotterdam": ([("Rotterdam", "nl")], "City", "netherlands", "Q34370"),
}

# code: (labels {lang: text}, broader code or None, alt labels, definition)
TOPICS = {
    "04000000": (
        {
            "en": "economy, business and finance",
            "fr": "économie, économie d'entreprise et finance",
            "de": "Wirtschaft, Unternehmen und Finanzen",
        },
        None,
        [],
        "All matters concerning the planning, production and exchange of wealth.",
    ),
    "20000344": (
        {"en": "maritime transport", "fr": "transport maritime", "de": "Seeverkehr"},
        "04000000",
        ["shipping"],
        "Transport of goods and people by sea.",
    ),
    "20000256": (
        {"en": "energy industry", "fr": "industrie de l'énergie", "de": "Energiewirtschaft"},
        "04000000",
        [],
        None,
    ),
    "11000000": (
        {"en": "politics", "fr": "politique", "de": "Politik"},
        None,
        [],
        "Local, regional, national and international exercise of power.",
    ),
    "20000621": (
        {"en": "elections", "fr": "élections", "de": "Wahlen"},
        "11000000",
        ["polls"],
        None,
    ),
    "20000638": (
        {"en": "local government", "fr": "collectivités locales", "de": "Kommunalverwaltung"},
        "11000000",
        ["councils"],
        None,
    ),
    "15000000": ({"en": "sport", "fr": "sport", "de": "Sport"}, None, ["sports"], None),
    "15054000": (
        {"en": "football", "fr": "football", "de": "Fußball"},
        "15000000",
        ["soccer", "association football"],
        "A game played by two teams of eleven with a round ball.",
    ),
    "06000000": ({"en": "environment", "fr": "environnement", "de": "Umwelt"}, None, [], None),
    "20000418": (
        {"en": "climate change", "fr": "changement climatique", "de": "Klimawandel"},
        "06000000",
        ["global warming"],
        None,
    ),
    "20000420": (
        {"en": "renewable energy", "fr": "énergies renouvelables", "de": "erneuerbare Energie"},
        "06000000",
        [],
        None,
    ),
    "20000424": (
        {"en": "marine pollution", "fr": "pollution marine", "de": "Meeresverschmutzung"},
        "06000000",
        [],
        None,
    ),
    "13000000": (
        {
            "en": "science and technology",
            "fr": "science et technologie",
            "de": "Wissenschaft und Technologie",
        },
        None,
        [],
        None,
    ),
    "01000000": (
        {
            "en": "arts, culture, entertainment and media",
            "fr": "arts, culture, divertissement et médias",
            "de": "Kunst, Kultur, Unterhaltung und Medien",
        },
        None,
        [],
        None,
    ),
    "20000038": (
        {"en": "literature", "fr": "littérature", "de": "Literatur"},
        "01000000",
        [],
        None,
    ),
    "20000029": (
        {"en": "theatre", "fr": "théâtre", "de": "Theater"},
        "01000000",
        ["theater"],
        None,
    ),
    "07000000": ({"en": "health", "fr": "santé", "de": "Gesundheit"}, None, [], None),
}

# slug: (label, editor or None, parent or None)
SECTIONS = {
    "news": ("News", "pell", None),
    "local": ("Local", "aldridge", "news"),
    "politics": ("Politics", "raman", "news"),
    "world": ("World", "pell", "news"),
    "business": ("Business", "okafor", None),
    "markets": ("Markets", "okafor", "business"),
    "energy": ("Energy", "nowicki", "business"),
    "sport": ("Sport", "ofaolain", None),
    "culture": ("Culture", "greig", None),
    "science": ("Science", "lindgren", None),
    "opinion": ("Opinion", "greig", None),
    "obituaries": ("Obituaries", "webb", None),
}

# slug: (names [(text, lang)], job title or None, employer or None, work city or None, extra)
PEOPLE = {
    "achebe": (
        [("Miriam Achebe-Holt", None)],
        "Transport Correspondent",
        "gazette",
        "portcalder",
        {},
    ),
    "nowicki": ([("Aleksander Nowicki", None)], "Energy Editor", "gazette", "portcalder", {}),
    "raman": ([("Priya Raman", None)], "Political Editor", "gazette", "portcalder", {}),
    "aldridge": (
        [("Tom Aldridge", None)],
        "Local Government Reporter",
        "gazette",
        "portcalder",
        {},
    ),
    "ofaolain": (
        [("Oisín Ó Faoláin", "ga"), ("Oisin O'Faolain", None)],
        "Sports Reporter",
        "gazette",
        "portcalder",
        {},
    ),
    "lindgren": ([("Hannah Lindgren", None)], "Science Writer", "gazette", "portcalder", {}),
    "okafor": ([("Daniel Okafor", None)], "Business Editor", "gazette", "portcalder", {}),
    "dubois": (
        [("Claire Dubois-Marchand", None)],
        "Brussels Correspondent",
        "gazette",
        "brussels",
        {},
    ),
    "pell": ([("Geoffrey Pell", None)], "Night Editor", "gazette", "portcalder", {}),
    "abernethy": ([("Ruth Abernethy", None)], "Editor", "gazette", "portcalder", {}),
    "sato": (
        [("佐藤健二", "ja"), ("Kenji Sato", None)],
        "Tokyo Correspondent",
        "gazette",
        "tokyo",
        {},
    ),
    "greig": ([("Fiona Greig", None)], "Columnist", "gazette", "portcalder", {"columnist": True}),
    "webb": ([("Marcus Webb", None)], "Obituaries Editor", "gazette", "portcalder", {}),
    "wren": ([("Tobias Wren", None)], "Theatre Critic", "gazette", "portcalder", {}),
    "vogt": ([("Lena Vogt", None)], None, None, "hamburg", {"contract": "freelance"}),
    "quayle": ([("Bernard Quayle", None)], None, None, None, {}),
    "haugen": ([("Sigrid Haugen", None)], "EU Correspondent", "northline", "brussels", {}),
    "brandt": ([("Mads Brandt", None)], "Reporter", "northline", "copenhagen", {}),
    # in the news
    "voss": (
        [("Eleanor Voss", None)],
        "Mayor of Port Calder",
        None,
        None,
        {"party": "alliance", "wd": "Q98765401", "born": "1971-05-09"},
    ),
    "falkenrath": (
        [("Jürgen Falkenrath", "de"), ("Juergen Falkenrath", None)],
        "Federal Minister for Digital and Transport",
        None,
        None,
        {"wd": "Q98765402", "born": "1966-02-17"},
    ),
    "kjeldsen": ([("Anders Kjeldsen", None)], None, None, None, {"wd": "Q98765403"}),
    "monteiro": (
        [("Rafael Monteiro", None)],
        "Chief Executive Officer",
        "meridian",
        "rotterdam",
        {},
    ),
    "demir": (
        [("Yusuf Demir", None)],
        None,
        None,
        None,
        {"club": ("rovers", "striker", "2022-07-01")},
    ),
    "pritchard": (
        [("Dame Agnes Pritchard", None), ("Agnes Pritchard", None)],
        "Novelist",
        None,
        None,
        {"wd": "Q98765404", "born": "1932-08-30", "died": "2023-10-29"},
    ),
    "vandenberghe": (
        [("Ilse Van den Berghe", None)],
        "European Commissioner for Transport",
        None,
        "brussels",
        {"wd": "Q98765405"},
    ),
    "mori": ([("森遥", "ja"), ("Haruka Mori", None)], "President", "moriship", "tokyo", {}),
    "farouk": (
        [("Nadia Farouk", None), ("Professor Farouk", None)],
        "Professor of Marine Chemistry",
        "university",
        "portcalder",
        {},
    ),
    "hale": ([("Gregor Hale", None)], "Manager", "rovers", "portcalder", {}),
}

# slug: (names, classes, location, extra)
ORGS = {
    "gazette": (
        [
            ("The Harbour Gazette", None),
            ("Harbour Gazette", None),
            ("THG", None),
            ("the Gazette", None),
        ],
        ["NewsMediaOrganization"],
        "portcalder",
        {"founded": "1871", "parent": "calder", "eic": "abernethy"},
    ),
    "post": (
        [("Caldershire Evening Post", None)],
        ["NewsMediaOrganization"],
        "portcalder",
        {"founded": "1902", "parent": "calder"},
    ),
    "calder": ([("Calder Media Group", None)], ["Corporation"], "portcalder", {"founded": "1962"}),
    "northline": ([("Northline Wire", None)], ["NewsAgency"], "copenhagen", {"founded": "1994"}),
    "courrier": ([("Le Courrier du Port", "fr")], ["NewsMediaOrganization"], "marseille", {}),
    "baltic": ([("Baltic Daily Herald", None)], ["NewsMediaOrganization"], "riga", {}),
    "nordhafen": ([("Nordhafen Rundschau", "de")], ["NewsMediaOrganization"], "hamburg", {}),
    "meridian": (
        [("Meridian Shipping Lines", None), ("Meridian", None)],
        ["Corporation"],
        "rotterdam",
        {},
    ),
    "vesterhavn": (
        [("Vesterhavn Energy", None), ("Vesterhavn Energi A/S", "da")],
        ["Corporation"],
        "copenhagen",
        {"ceo": ("kjeldsen", "2019-03-01")},
    ),
    "moriship": ([("森造船", "ja"), ("Mori Shipbuilding", None)], ["Corporation"], "tokyo", {}),
    "authority": (
        [("Port Calder Harbour Authority", None)],
        ["GovernmentOrganization"],
        "portcalder",
        {},
    ),
    "council": ([("Calder City Council", None)], ["GovernmentOrganization"], "portcalder", {}),
    "rovers": (
        [("Calder Rovers FC", None), ("Calder Rovers", None)],
        ["SportsTeam"],
        "portcalder",
        {},
    ),
    "ashfordtown": ([("Ashford Town FC", None)], ["SportsTeam"], "ashford", {}),
    "university": (
        [("University of Port Calder", None)],
        ["CollegeOrUniversity"],
        "portcalder",
        {},
    ),
    "alliance": ([("Harbour Alliance", None)], ["PoliticalParty"], "portcalder", {}),
    "quayside": ([("Quayside Theatre", None)], ["PerformingArtsTheater"], "portcalder", {}),
}

# the hand-written articles: id -> dict
ARTICLES: dict[str, dict[str, object]] = {
    "2024/03/14/harbour-dredging-plan-approved": {
        "headline": "Harbour dredging plan approved after six-hour council meeting",
        "first": "Harbour dredging plan approved after eight-hour council meeting",
        "type": "NewsArticle",
        "authors": ["achebe"],
        "editor": "pell",
        "about": ["authority", "T20000344"],
        "mentions": ["voss", "council"],
        "dateline": "PORT CALDER",
        "where": "portcalder",
        "published": "2024-03-14T06:00:00Z",
        "modified": "2024-03-15T09:30:00Z",
        "section": ("node", "local"),
        "words": 812,
        "correction": (
            "An earlier version of this article said the council meeting lasted eight hours. It lasted six.",
            "2024-03-15",
        ),
        "print": ("48211", "2024-03-14", "3"),
        "syndication": [("courrier", "2024-03-16", "france")],
    },
    "2024/05/02/falkenrath-backs-ferry-corridor": {
        "headline": "Falkenrath backs North Sea ferry corridor",
        "type": "NewsArticle",
        "authors": ["vogt"],
        "additional": ["dubois"],
        "editor": "pell",
        "about": ["falkenrath", "T20000344"],
        "mentions": ["portcalder", "vandenberghe"],
        "dateline": "HAMBURG",
        "where": "hamburg",
        "published": "2024-05-02T11:20:00Z",
        "section": ("node", "world"),
        "words": 640,
        "syndication": [("nordhafen", "2024-05-03", "germany"), ("baltic", "2024-05-04", "latvia")],
    },
    "2024/06/11/vesterhavn-wind-farm-esbjerg": {
        "headline": "Vesterhavn Energy to build 40-turbine wind farm off Esbjerg",
        "type": "NewsArticle",
        "authors": ["nowicki"],
        "editor": "okafor",
        "about": ["vesterhavn", "T20000420"],
        "mentions": ["kjeldsen", "esbjerg"],
        "dateline": "COPENHAGEN",
        "where": "esbjerg",
        "published": "2024-06-11T07:45:00Z",
        "section": ("node", "energy"),
        "words": 905,
        "print": ("48290", "2024-06-12", "31"),
    },
    "2023/11/02/obituary-agnes-pritchard": {
        "headline": "Dame Agnes Pritchard, novelist of the docks, dies at 91",
        "type": "Obituary",
        "authors": ["webb"],
        "editor": "abernethy",
        "about": ["pritchard", "T20000038"],
        "mentions": ["portcalder"],
        "dateline": "PORT CALDER",
        "published": "2023-11-02T05:00:00Z",
        "section": ("node", "obituaries"),
        "words": 1450,
    },
    "2024/09/21/rovers-sink-ashford": {
        "headline": "Rovers sink Ashford 3-1 as Demir scores twice",
        "type": "NewsArticle",
        "authors": ["ofaolain"],
        "editor": "pell",
        "about": ["rovers", "T15054000"],
        "mentions": ["demir", "ashfordtown", "hale"],
        "published": "2024-09-21T17:10:00Z",
        "section": ("text", "Sport"),
        "words": 560,
        "print": ("48377", "2024-09-23", "52"),
    },
    "2024/03/18/harbour-deserves-better": {
        "headline": "The harbour deserves better than a dredging compromise",
        "type": "OpinionNewsArticle",
        "authors": ["greig"],
        "editor": "abernethy",
        "about": ["authority"],
        "mentions": ["voss"],
        "published": "2024-03-18T08:00:00Z",
        "section": ("node", "opinion"),
        "words": 980,
    },
    "2024/05/06/what-ferry-corridor-means": {
        "headline": "What the ferry corridor means for Port Calder",
        "type": "AnalysisNewsArticle",
        "authors": ["achebe", "okafor"],
        "editor": "pell",
        "about": ["portcalder", "T20000344"],
        "mentions": ["falkenrath", "voss", "meridian"],
        "published": "2024-05-06T06:30:00Z",
        "section": ("node", "business"),
        "words": 1320,
    },
    "2024/07/09/eu-shipping-emissions-rules": {
        "headline": "EU proposes tougher emissions rules for shipping",
        "type": "NewsArticle",
        "authors": ["haugen"],
        "source": "northline",
        "about": ["vandenberghe", "T20000418"],
        "mentions": ["meridian"],
        "dateline": "BRUSSELS",
        "where": "brussels",
        "published": "2024-07-09T10:05:00Z",
        "section": ("text", "World"),
        "words": 520,
    },
    "2024/08/27/mori-shipbuilding-hydrogen-ferries": {
        "headline": "Mori Shipbuilding wins order for six hydrogen ferries",
        "type": "NewsArticle",
        "authors": ["sato"],
        "editor": "okafor",
        "about": ["moriship", "T20000344"],
        "mentions": ["meridian", "mori", "monteiro"],
        "dateline": "TOKYO",
        "where": "tokyo",
        "published": "2024-08-27T02:00:00Z",
        "section": ("node", "business"),
        "words": 710,
        "translation": ("森造船、水素フェリー6隻を受注", "ja"),
        "syndication": [("baltic", "2024-08-28", "latvia")],
    },
    "2012/06/18/gazette-moves-quayside": {
        "rnews": True,
        "headline": "Gazette moves to new Quayside offices",
        "authors": ["quayle"],
        "about": ["gazette"],
        "dateline": "PORT CALDER",
        "published": "2012-06-18",
        "subject": ["T01000000"],
    },
    "2011/10/04/fishgate-market-closure": {
        "rnews": True,
        "headline": "Council votes to close Fishgate market",
        "authors": ["quayle"],
        "about": ["council"],
        "dateline": "PORT CALDER",
        "published": "2011-10-04",
        "subject": ["T20000638"],
        "note": "This article originally gave the vote as 9-4. It was 8-5.",
        "syndicated_to": ["post"],
    },
    "2012/02/13/rovers-new-stand": {
        "rnews": True,
        "headline": "Rovers unveil plans for new Harbour End stand",
        "authors": ["quayle"],
        "about": ["rovers"],
        "dateline": "PORT CALDER",
        "published": "2012-02-13",
        "subject": ["T15054000"],
    },
    "2024/04/22/seabed-microplastics-map": {
        "headline": "University of Port Calder team maps seabed microplastics",
        "type": "NewsArticle",
        "authors": ["lindgren"],
        "editor": "pell",
        "about": ["university", "T20000424"],
        "mentions": ["farouk"],
        "published": "2024-04-22T09:00:00Z",
        "section": ("node", "science"),
        "words": 770,
    },
    "2024/10/03/lindgren-north-sea-warming": {
        "headline": "North Sea warming faster than forecast, study finds",
        "type": "NewsArticle",
        "authors": ["lindgren"],
        "editor": "pell",
        "about": ["T20000418", "T13000000"],
        "mentions": ["farouk", "university"],
        "published": "2024-10-03T09:00:00Z",
        "section": ("node", "science"),
        "words": 690,
    },
    "2024/07/15/van-den-berghe-interview": {
        "headline": "Van den Berghe: ports must cut emissions by 2030",
        "type": "NewsArticle",
        "authors": ["dubois"],
        "editor": "pell",
        "about": ["vandenberghe", "T20000418"],
        "mentions": ["portcalder"],
        "dateline": "BRUSSELS",
        "where": "brussels",
        "published": "2024-07-15T12:00:00Z",
        "section": ("node", "world"),
        "words": 1100,
        "syndication": [("courrier", "2024-07-16", "france")],
    },
    "2024/10/14/voss-second-term": {
        "headline": "Voss announces bid for second term",
        "type": "NewsArticle",
        "authors": ["aldridge"],
        "editor": "raman",
        "about": ["voss", "T20000621"],
        "mentions": ["alliance"],
        "published": "2024-10-14T18:40:00Z",
        "section": ("node", "politics"),
        "words": 610,
        "correction": (
            "This article misnamed Eleanor Voss's party. She leads the Harbour Alliance.",
            "2024-10-15",
        ),
    },
    "2024/02/08/meridian-profits-fall": {
        "headline": "Meridian Shipping profits fall 18% on weak freight rates",
        "type": "NewsArticle",
        "authors": ["okafor"],
        "editor": "pell",
        "about": ["meridian"],
        "mentions": ["monteiro"],
        "dateline": "ROTTERDAM",
        "where": "rotterdam",
        "published": "2024-02-08T07:00:00Z",
        "section": ("node", "markets"),
        "words": 590,
    },
    "2024/11/29/review-salt-and-iron": {
        "headline": "Review: Salt and Iron at the Quayside Theatre",
        "type": "ReviewNewsArticle",
        "authors": ["wren"],
        "editor": "greig",
        "about": ["play", "T20000029"],
        "mentions": ["pritchard", "quayside"],
        "published": "2024-11-29T22:15:00Z",
        "section": ("node", "culture"),
        "words": 650,
    },
    "2024/10/22/rovers-demir-contract": {
        "headline": "Demir signs contract extension with Rovers",
        "type": "NewsArticle",
        "authors": ["ofaolain"],
        "editor": "pell",
        "about": ["demir"],
        "mentions": ["rovers", "hale"],
        "published": "2024-10-22T15:00:00Z",
        "section": ("text", "Sport"),
        "words": 430,
    },
    "2024/09/02/greig-ferry-fares": {
        "headline": "Ferry fares are a tax on island families",
        "type": "OpinionNewsArticle",
        "authors": ["greig"],
        "editor": "abernethy",
        "about": ["T20000344"],
        "mentions": ["meridian"],
        "published": "2024-09-02T08:00:00Z",
        "section": ("node", "opinion"),
        "words": 870,
    },
    "2024/06/20/greig-wind-farm-view": {
        "headline": "Wind farms need local owners, not just local jobs",
        "type": "OpinionNewsArticle",
        "authors": ["greig"],
        "editor": "abernethy",
        "about": ["T20000420"],
        "mentions": ["vesterhavn"],
        "published": "2024-06-20T08:00:00Z",
        "section": ("node", "opinion"),
        "words": 910,
    },
    "2024/11/05/wire-rotterdam-strike": {
        "headline": "Rotterdam dockers strike over automation",
        "type": "NewsArticle",
        "authors": ["brandt"],
        "source": "northline",
        "about": ["T20000344"],
        "mentions": ["meridian"],
        "dateline": "ROTTERDAM",
        "where": "rotterdam",
        "published": "2024-11-05T13:30:00Z",
        "section": ("text", "World"),
        "words": 480,
    },
}

# filler: (subject slugs, topic, section, headline templates)
FILLER_SUBJECTS = [
    (
        ["council"],
        "T20000638",
        "local",
        [
            "Council delays decision on {x}",
            "{X} budget under review",
            "Residents object to {x} plans",
        ],
    ),
    (
        ["authority"],
        "T20000344",
        "local",
        [
            "Harbour Authority reports busier {x}",
            "New pilot boats for {x}",
            "Harbour Authority seeks views on {x}",
        ],
    ),
    (
        ["rovers"],
        "T15054000",
        "sport",
        [
            "Rovers draw at {x}",
            "Late goal at {x} sinks Rovers",
            "Rovers youth side reach {x} final",
        ],
    ),
    (
        ["meridian"],
        "T20000344",
        "markets",
        ["Meridian adds {x} route", "Meridian orders new {x}", "Meridian shares slip on {x} fears"],
    ),
    (
        ["university"],
        "T13000000",
        "science",
        [
            "Port Calder scientists study {x}",
            "University opens {x} laboratory",
            "Study links {x} to warmer water",
        ],
    ),
    (
        ["T07000000"],
        "T07000000",
        "local",
        [
            "Hospital waiting times for {x} rise",
            "New {x} clinic opens in Port Calder",
            "Health board warns on {x}",
        ],
    ),
    (
        ["T20000418"],
        "T20000418",
        "world",
        [
            "Flood defences at {x} fall short",
            "Storm season tests {x}",
            "Sea level rise threatens {x}",
        ],
    ),
]
FILLER_WORDS = [
    "the quay",
    "the ferry terminal",
    "Fishgate",
    "the north pier",
    "container traffic",
    "the marina",
    "Eastbank",
    "cruise calls",
    "the lock gates",
    "the fish market",
    "dredging",
    "the old docks",
    "Saltmarsh Lane",
    "winter storms",
    "tidal power",
    "eelgrass",
    "seal colonies",
    "the lighthouse",
]
FILLER_AUTHORS = {
    "local": ["aldridge", "achebe"],
    "sport": ["ofaolain"],
    "markets": ["okafor"],
    "science": ["lindgren"],
    "world": ["pell", "dubois"],
}


def _names(
    g: Graph, node: URIRef, names: list[tuple[str, str | None]], prop: URIRef = S.name
) -> None:
    """Add the first name by ``prop`` and the others as ``schema:alternateName``."""
    for n, (text, lang) in enumerate(names):
        g.add((node, prop if n == 0 else S.alternateName, Literal(text, lang=lang)))


def _thing(key: str) -> URIRef:
    """The node a short key in ``ARTICLES`` names: ``T<code>`` a topic, else a place, a
    person, an organisation or the reviewed play."""
    if key.startswith("T"):
        return MT[key[1:]]
    if key in PLACES:
        return PLACE[key]
    if key in PEOPLE:
        return PER[key]
    if key == "play":
        return URIRef(BASE + "work/salt-and-iron")
    return ORG[key]


def vocabulary(g: Graph) -> None:
    """The class hierarchy, the declared inverses and the archive's own property
    descriptions."""
    for sub in ("OpinionNewsArticle", "AnalysisNewsArticle", "ReviewNewsArticle"):
        g.add((S[sub], RDFS.subClassOf, S.NewsArticle))
    g.add((NR.Obituary, RDFS.subClassOf, S.NewsArticle))
    g.add((NR.Obituary, RDFS.label, Literal("obituary", lang="en")))
    g.add((S.NewsArticle, RDFS.subClassOf, S.Article))
    g.add((RN.Article, RDFS.subClassOf, RN.NewsItem))
    g.add((NR.NewsAgency, RDFS.subClassOf, S.NewsMediaOrganization))
    g.add((NR.NewsAgency, RDFS.label, Literal("news agency", lang="en")))
    g.add((NR.Columnist, RDFS.subClassOf, S.Person))
    g.add((NR.Section, RDFS.label, Literal("section", lang="en")))
    g.add((S.parentOrganization, S.inverseOf, S.subOrganization))
    g.add((NR.syndicatedTo, OWL.inverseOf, NR.syndicatedFrom))
    props = {
        NR.section: ("section", "The section of the paper an item ran in."),
        NR.sectionEditor: ("section editor", "The editor in charge of a section."),
        NR.editorInChief: ("editor-in-chief", "The editor in overall charge of a publication."),
        NR.syndication: ("syndication", "A licence under which a partner republished an item."),
        NR.licensee: ("licensee", "The partner publication licensed to republish the item."),
        NR.licenceDate: ("licence date", None),
        NR.territory: ("territory", "Where the licensee may republish the item."),
        NR.syndicatedTo: ("syndicated to", "A publication that republished the item."),
        NR.syndicatedFrom: ("syndicated from", None),
        NR.correctionNote: ("correction note", "A correction appended to an item before 2015."),
        NR.contractType: ("contract type", None),
    }
    for p, (label, comment) in props.items():
        g.add((p, RDF.type, RDF.Property))
        g.add((p, RDFS.label, Literal(label, lang="en")))
        if comment:
            g.add((p, RDFS.comment, Literal(comment, lang="en")))


def entities(g: Graph) -> None:
    """Places, topics, sections, organisations and people."""
    for slug, (names, kind, inside, wd) in PLACES.items():
        p = PLACE[slug]
        g.add((p, RDF.type, S[kind]))
        _names(g, p, names)
        if inside:
            g.add((p, S.containedInPlace, PLACE[inside]))
        if wd:
            g.add((p, OWL.sameAs, WD[wd]))
    scheme = URIRef("http://cv.iptc.org/newscodes/mediatopic/")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("IPTC Media Topics", lang="en")))
    for code, (labels, broader, alts, definition) in TOPICS.items():
        t = MT[code]
        g.add((t, RDF.type, SKOS.Concept))
        g.add((t, SKOS.inScheme, scheme))
        g.add((t, SKOS.notation, Literal(f"medtop:{code}")))
        for lang, text in labels.items():
            g.add((t, SKOS.prefLabel, Literal(text, lang=lang)))
        for a in alts:
            g.add((t, SKOS.altLabel, Literal(a, lang="en")))
        if broader:
            g.add((t, SKOS.broader, MT[broader]))
        if definition:
            g.add((t, SKOS.definition, Literal(definition, lang="en")))
    for slug, (label, editor, parent) in SECTIONS.items():
        s = SEC[slug]
        g.add((s, RDF.type, NR.Section))
        g.add((s, RDFS.label, Literal(label)))
        if editor:
            g.add((s, NR.sectionEditor, PER[editor]))
        if parent:
            g.add((s, S.isPartOf, SEC[parent]))
    for slug, (names, classes, where, extra) in ORGS.items():
        o = ORG[slug]
        for c in classes:
            g.add((o, RDF.type, NR[c] if c == "NewsAgency" else S[c]))
        g.add((o, RDF.type, S.Organization))
        _names(g, o, names)
        g.add((o, S.location, PLACE[where]))
        if "founded" in extra:
            g.add((o, S.foundingDate, Literal(extra["founded"], datatype=XSD.gYear)))
        if "parent" in extra:
            g.add((o, S.parentOrganization, ORG[str(extra["parent"])]))
        if "eic" in extra:
            g.add((o, NR.editorInChief, PER[str(extra["eic"])]))
        if "ceo" in extra:
            who, since = extra["ceo"]  # type: ignore[misc]
            r = BNode()
            g.add((o, S.employee, r))
            g.add((r, RDF.type, S.OrganizationRole))
            g.add((r, S.employee, PER[who]))
            g.add((r, S.roleName, Literal("Chief Executive Officer")))
            g.add((r, S.startDate, Literal(since, datatype=XSD.date)))
    g.add((ORG.calder, S.subOrganization, ORG.post))  # the group lists one paper back
    play = URIRef(BASE + "work/salt-and-iron")
    g.add((play, RDF.type, S.CreativeWork))
    g.add((play, S.name, Literal("Salt and Iron")))
    g.add((play, S.isBasedOn, PER.pritchard))
    for slug, (names, job, employer, city, extra) in PEOPLE.items():
        p = PER[slug]
        g.add((p, RDF.type, S.Person))
        if extra.get("columnist"):
            g.add((p, RDF.type, NR.Columnist))
        _names(g, p, names)
        if job:
            g.add((p, S.jobTitle, Literal(job, lang="en")))
        if employer:
            g.add((p, S.worksFor, ORG[employer]))
        if city:
            g.add((p, S.workLocation, PLACE[city]))
        if "contract" in extra:
            g.add((p, NR.contractType, Literal(extra["contract"])))
        if "party" in extra:
            g.add((p, S.memberOf, ORG[str(extra["party"])]))
        if "club" in extra:
            club, role, since = extra["club"]  # type: ignore[misc]
            r = BNode()
            g.add((p, S.memberOf, r))
            g.add((r, RDF.type, S.Role))
            g.add((r, S.memberOf, ORG[club]))
            g.add((r, S.roleName, Literal(role)))
            g.add((r, S.startDate, Literal(since, datatype=XSD.date)))
        if "wd" in extra:
            g.add((p, OWL.sameAs, WD[str(extra["wd"])]))
        if "born" in extra:
            g.add((p, S.birthDate, Literal(extra["born"], datatype=XSD.date)))
        if "died" in extra:
            g.add((p, S.deathDate, Literal(extra["died"], datatype=XSD.date)))
    # only some things list what is about them (schema:subjectOf, inverse of schema:about)
    g.add((S.about, S.inverseOf, S.subjectOf))


def _print_issue(g: Graph, number: str, day: str) -> URIRef:
    """The print edition ``number`` (no name of its own)."""
    issue = URIRef(f"{BASE}edition/{number}")
    g.add((issue, RDF.type, S.PublicationIssue))
    g.add((issue, S.issueNumber, Literal(number)))
    g.add((issue, S.datePublished, Literal(day, datatype=XSD.date)))
    g.add((issue, S.isPartOf, ORG.gazette))
    return issue


def article(g: Graph, aid: str, a: dict[str, object], n: int) -> URIRef:
    """Add one article of ``ARTICLES``' shape and return its IRI."""
    x = ART[aid]
    if a.get("rnews"):
        g.add((x, RDF.type, RN.Article))
        g.add((x, RN.headline, Literal(a["headline"], lang="en")))
        for who in a["authors"]:  # type: ignore[attr-defined]
            g.add((x, RN.creator, PER[who]))
        g.add((x, RN.datePublished, Literal(a["published"], datatype=XSD.date)))
        g.add((x, RN.dateline, Literal(a["dateline"])))
        for t in a.get("about", []):  # type: ignore[attr-defined]
            g.add((x, RN.about, _thing(t)))
        for t in a.get("subject", []):  # type: ignore[attr-defined]
            g.add((x, DCTERMS.subject, _thing(t)))
        if "note" in a:
            g.add((x, NR.correctionNote, Literal(a["note"], lang="en")))
        for to in a.get("syndicated_to", []):  # type: ignore[attr-defined]
            g.add((x, NR.syndicatedTo, ORG[to]))
        g.add((x, DCTERMS.identifier, Literal(f"THG-{n:06d}")))
        return x
    g.add((x, RDF.type, NR[a["type"]] if a["type"] == "Obituary" else S[a["type"]]))  # type: ignore[index]
    g.add((x, S.headline, Literal(a["headline"], lang="en")))
    g.add((x, S.inLanguage, Literal("en-GB")))
    g.add((x, DCTERMS.identifier, Literal(f"THG-{n:06d}")))
    for who in a["authors"]:  # type: ignore[attr-defined]
        g.add((x, S.author, PER[who]))
    for who in a.get("additional", []):  # type: ignore[attr-defined]
        r = BNode()
        g.add((x, S.author, r))
        g.add((r, RDF.type, S.Role))
        g.add((r, S.author, PER[who]))
        g.add((r, S.roleName, Literal("additional reporting")))
    if "editor" in a:
        g.add((x, S.editor, PER[a["editor"]]))  # type: ignore[index]
    for t in a.get("about", []):  # type: ignore[attr-defined]
        g.add((x, S.about, _thing(t)))
    for t in a.get("mentions", []):  # type: ignore[attr-defined]
        g.add((x, S.mentions, _thing(t)))
    if "dateline" in a:
        g.add((x, S.dateline, Literal(a["dateline"])))
    if "where" in a:
        g.add((x, S.contentLocation, PLACE[a["where"]]))  # type: ignore[index]
    g.add((x, S.datePublished, Literal(a["published"], datatype=XSD.dateTime)))
    if "modified" in a:
        g.add((x, S.dateModified, Literal(a["modified"], datatype=XSD.dateTime)))
    how, sec = a["section"]  # type: ignore[misc]
    if how == "node":
        g.add((x, NR.section, SEC[sec]))
    else:
        g.add((x, S.articleSection, Literal(sec)))
    g.add((x, S.wordCount, Literal(a["words"], datatype=XSD.integer)))
    if "source" in a:
        g.add((x, S.sourceOrganization, ORG[a["source"]]))  # type: ignore[index]
    else:
        g.add((x, S.publisher, ORG.gazette))
    if "correction" in a:
        text, day = a["correction"]  # type: ignore[misc]
        c = BNode()
        g.add((x, S.correction, c))
        g.add((c, RDF.type, S.CorrectionComment))
        g.add((c, S.text, Literal(text, lang="en")))
        g.add((c, S.datePublished, Literal(day, datatype=XSD.date)))
    if "first" in a:
        v1 = URIRef(f"{x}/v1")
        g.add((v1, RDF.type, S.NewsArticle))
        g.add((v1, S.headline, Literal(a["first"], lang="en")))
        g.add((v1, PROV.generatedAtTime, Literal(a["published"], datatype=XSD.dateTime)))
        g.add((x, PROV.wasRevisionOf, v1))
        g.add((v1, DCTERMS.isReplacedBy, x))
    if "print" in a:
        number, day, page = a["print"]  # type: ignore[misc]
        g.add((x, S.isPartOf, _print_issue(g, number, day)))
        g.add((x, S.pageStart, Literal(page)))
    if "translation" in a:
        text, lang = a["translation"]  # type: ignore[misc]
        t = URIRef(f"{x}/{lang}")
        g.add((t, RDF.type, S.NewsArticle))
        g.add((t, S.headline, Literal(text, lang=lang)))
        g.add((t, S.inLanguage, Literal(lang)))
        g.add((x, S.workTranslation, t))
    for partner, day, territory in a.get("syndication", []):  # type: ignore[attr-defined]
        s = BNode()
        g.add((x, NR.syndication, s))
        g.add((s, RDF.type, NR.Syndication))
        g.add((s, NR.licensee, ORG[partner]))
        g.add((s, NR.licenceDate, Literal(day, datatype=XSD.date)))
        g.add((s, NR.territory, PLACE[territory]))
    return x


def fillers(rng: random.Random) -> dict[str, dict[str, object]]:
    """Ordinary articles around the hand-written ones, so that each relation has many
    subjects."""
    out: dict[str, dict[str, object]] = {}
    start = datetime(2023, 1, 9, 7, 0)
    for n in range(150):
        about, topic, section, templates = FILLER_SUBJECTS[n % len(FILLER_SUBJECTS)]
        word = rng.choice(FILLER_WORDS)
        headline = rng.choice(templates).format(x=word, X=word[0].upper() + word[1:])
        day = start + timedelta(days=n * 7 + rng.randrange(6), minutes=rng.randrange(600))
        slug = "-".join(headline.lower().replace("'", "").split())[:48]
        aid = f"{day:%Y/%m/%d}/{slug}"
        if aid in out or any(x.get("headline") == headline for x in out.values()):
            continue
        if day.year < 2024 and n % 5 == 0:  # a few older items kept in rNews
            out[aid] = {
                "rnews": True,
                "headline": headline,
                "authors": ["quayle" if n % 2 else "aldridge"],
                "about": [k for k in about if not k.startswith("T")],
                "dateline": "PORT CALDER",
                "published": day.date().isoformat(),
                "subject": [topic],
            }
            continue
        authors = [rng.choice(FILLER_AUTHORS[section])]
        a: dict[str, object] = {
            "headline": headline,
            "type": "NewsArticle",
            "authors": authors,
            "editor": rng.choice(["pell", "pell", "raman", "okafor"]),
            "about": list(dict.fromkeys([*about, topic])),
            "published": day.strftime("%Y-%m-%dT%H:%M:00Z"),
            "section": ("node", section) if n % 3 else ("text", SECTIONS[section][0]),
            "words": rng.randrange(320, 1200, 10),
        }
        if section == "sport" and n % 2:
            a["mentions"] = ["demir"]
        if section == "local" and n % 4 == 1:
            a["mentions"] = ["voss"]
        if section == "world" and n % 2:
            a["source"] = "northline"
            a["authors"] = ["brandt"]
            a.pop("editor")
        out[aid] = a
    return out


def build() -> Graph:
    """The whole archive as an rdflib graph."""
    rdflib.NORMALIZE_LITERALS = False  # dates as the archive writes them ("...T06:00:00Z")
    rng = random.Random(52)
    g = Graph(bind_namespaces="none")
    for prefix, ns in (
        ("schema", S),
        ("nr", NR),
        ("rnews", RN),
        ("medtop", MT),
        ("wd", WD),
        ("dct", DCTERMS),
        ("prov", PROV),
        ("skos", SKOS),
        ("owl", OWL),
        ("rdfs", RDFS),
        ("xsd", XSD),
    ):
        g.bind(prefix, ns)
    vocabulary(g)
    entities(g)
    everything = {**fillers(rng), **ARTICLES}
    for n, aid in enumerate(sorted(everything), 1):
        article(g, aid, everything[aid], n)
    # the people and the place that list their coverage back
    for aid, a in ARTICLES.items():
        if "voss" in a.get("about", []) or "falkenrath" in a.get("about", []):  # type: ignore[operator]
            for k in ("voss", "falkenrath"):
                if k in a.get("about", []):  # type: ignore[operator]
                    g.add((PER[k], S.subjectOf, ART[aid]))
    return g


def main() -> None:
    g = build()
    out = HERE / "newsroom.ttl"
    g.serialize(out, format="turtle")
    print(out, len(g), "triples")


if __name__ == "__main__":
    main()
