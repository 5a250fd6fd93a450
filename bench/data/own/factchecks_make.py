# ruff: noqa: E501  (one record a line)
"""Write ``factchecks.jsonld``: an invented fact-check hub's ClaimReview feed (in the manner of
the aggregated ClaimReview feeds that search engines and Data Commons collect from
fact-checkers' pages) as its open-data export serves it: JSON-LD, one ``@graph`` with an inline
``@context`` whose ``@vocab`` is schema.org over ``http://schema.org/``.

The shape follows what such a feed holds:

* ``schema:ClaimReview`` nodes at the fact-checker's page URL, as each publisher's page
  embeds them: ``claimReviewed`` (the claim's text, in English, Spanish or German),
  ``datePublished`` (``xsd:date``), ``inLanguage`` codes, ``url``; a blank ``reviewRating``
  (``schema:Rating``) with each publisher's own scale: numbers with ``bestRating`` /
  ``worstRating`` and a word (``alternateName``) at some, the word alone at others, in the
  publisher's language ("Engañoso", "Fehlender Kontext"); ``itemReviewed`` a ``schema:Claim``
  (an IRI when the hub matched the claim, with ``text``; blank otherwise) with its ``author``
  (a ``schema:Person`` or an organisation, or none for a viral post), ``datePublished`` and
  ``appearance`` / ``firstAppearance`` (a ``VideoObject``, ``SocialMediaPosting``,
  ``NewsArticle`` or plain ``CreativeWork``: some named, some only a URL, with a
  ``publisher``); ``author`` either the fact-checking organisation, or a staff member with the
  organisation as ``publisher``;
* the hub's additions: ``fc:normalizedVerdict`` a SKOS concept of its verdict scale
  (``skos:prefLabel``, ``skos:altLabel``, ``skos:notation``); topics as ``schema:about`` at
  some publishers and ``dct:subject`` at others, SKOS concepts with ``skos:broader`` and labels
  in English, Spanish and German; sources as ``prov:wasDerivedFrom`` or ``schema:citation``
  (``prov:Entity`` datasets titled by ``dct:title``, with ``dct:publisher`` or
  ``prov:wasAttributedTo`` an agency and ``dct:issued``); a correction as a blank
  ``schema:CorrectionComment``; a re-rated review ``prov:wasRevisionOf`` its first version;
* fact-check articles (``schema:NewsArticle``, ``headline``) holding reviews by
  ``schema:hasPart``, or pointed to by a review's ``schema:isPartOf``;
* fact-checking organisations (``fc:FactCheckingOrganization``, a subclass of
  ``schema:NewsMediaOrganization``) with ``foundingDate`` (``xsd:gYear``), ``founder``,
  ``legalName``, ``parentOrganization`` (a newspaper or broadcaster), a blank
  ``PostalAddress`` with ISO country codes or ``areaServed`` a country, IFCN accreditation as
  blank ``fc:Accreditation`` records (``fc:network``, ``schema:startDate``,
  ``dct:identifier``), or plain ``memberOf`` a network; staff (``schema:Person`` named by
  ``name`` or only ``foaf:name``) ``worksFor`` them;
* claimants: politicians with ``jobTitle`` (language-tagged), ``affiliation`` a party or a
  blank ``schema:OrganizationRole`` under ``memberOf`` (``roleName``, ``startDate``),
  ``birthDate``, nicknames as ``alternateName``, a name in Devanagari; a lobby group;
* a small vocabulary: the class hierarchy, ``schema:inverseOf`` (as schema.org publishes it)
  on two relations and ``owl:inverseOf`` on one, ``rdfs:comment`` on some properties.

Seeded (``random.Random(51)``), no network; stdlib only. Run from the repository root:
``python bench/data/own/factchecks_make.py``.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).parent
BASE = "https://factcheck-hub.example.org/"

# key: (names {lang: name}, alt labels [(text, lang)], notation, broader)
TOPICS = {
    "health": ({"en": "Health", "es": "Salud", "de": "Gesundheit"}, [], "HLT", None),
    "vaccines": (
        {"en": "Vaccines", "es": "Vacunas", "de": "Impfungen"},
        [("Immunisation", "en")],
        "HLT.VAC",
        "health",
    ),
    "economy": ({"en": "Economy", "es": "Economía", "de": "Wirtschaft"}, [], "ECO", None),
    "inflation": (
        {"en": "Inflation", "es": "Inflación", "de": "Inflation"},
        [("Cost of living", "en")],
        "ECO.INF",
        "economy",
    ),
    "jobs": (
        {"en": "Employment", "es": "Empleo", "de": "Beschäftigung"},
        [("Jobs", "en")],
        "ECO.EMP",
        "economy",
    ),
    "elections": ({"en": "Elections", "es": "Elecciones"}, [("Voting", "en")], "POL.ELE", None),
    "climate": (
        {"en": "Climate change", "es": "Cambio climático", "de": "Klimawandel"},
        [("Global warming", "en")],
        "ENV.CLI",
        None,
    ),
    "energy": ({"en": "Energy", "es": "Energía", "de": "Energie"}, [], "ENV.ENE", None),
    "immigration": (
        {"en": "Immigration", "es": "Inmigración", "de": "Einwanderung"},
        [("Migration", "en")],
        "SOC.IMM",
        None,
    ),
    "crime": ({"en": "Crime", "es": "Delincuencia"}, [("Public safety", "en")], "SOC.CRI", None),
    "education": ({"en": "Education", "es": "Educación", "de": "Bildung"}, [], "SOC.EDU", None),
}

# the hub's verdict scale: key: (prefLabel, altLabels, notation)
VERDICTS = {
    "true": ("True", ["Accurate"], 5),
    "mostly-true": ("Mostly true", [], 4),
    "half-true": ("Half true", ["Mixed"], 3),
    "mostly-false": ("Mostly false", [], 2),
    "false": ("False", ["Fake"], 1),
    "misleading": ("Misleading", ["Missing context"], 6),
    "unproven": ("Unproven", ["Unsubstantiated"], 7),
}

# each publisher's own scale: word -> (number or None, hub verdict); best/worst or None
SCALES = {
    "verifact": (
        {
            "True": (6, "true"),
            "Mostly True": (5, "mostly-true"),
            "Half True": (4, "half-true"),
            "Mostly False": (3, "mostly-false"),
            "False": (2, "false"),
            "Flat Out False": (1, "false"),
        },
        (6, 1),
        None,
    ),
    "comprobado": (
        {
            "Verdadero": (None, "true"),
            "Engañoso": (None, "misleading"),
            "Falso": (None, "false"),
            "Sin evidencia": (None, "unproven"),
        },
        None,
        "es",
    ),
    "prufstand": (
        {
            "Richtig": (5, "true"),
            "Größtenteils richtig": (4, "mostly-true"),
            "Fehlender Kontext": (3, "misleading"),
            "Größtenteils falsch": (2, "mostly-false"),
            "Falsch": (1, "false"),
        },
        (5, 1),
        "de",
    ),
    "clearsight": (
        {
            "Correct": (None, "true"),
            "Misleading": (None, "misleading"),
            "Incorrect": (None, "false"),
            "Unproven": (None, "unproven"),
        },
        None,
        None,
    ),
    "truthlens": (
        {
            "True": (5, "true"),
            "Mostly True": (4, "mostly-true"),
            "Misleading": (3, "misleading"),
            "False": (1, "false"),
            "Unverified": (2, "unproven"),
        },
        (5, 1),
        None,
    ),
    "checkpoint": (
        {
            "Correct": (None, "true"),
            "Mostly correct": (None, "mostly-true"),
            "Misleading": (None, "misleading"),
            "Incorrect": (None, "false"),
            "Unproven": (None, "unproven"),
        },
        None,
        None,
    ),
}

# fact-checkers: key: dict of their record
ORGS = {
    "verifact": {
        "name": "VeriFact Desk",
        "site": "https://verifact.example.com/",
        "founded": "2011",
        "parent": "harbor",
        "address": ("Boston", "US"),
        "ifcn": ("2016", "IFCN-0103"),
        "lang": "en",
        "byline": True,
        "topics_by": "about",
    },
    "comprobado": {
        "name": "Comprobado",
        "alt": ["Comprobado.lat"],
        "site": "https://comprobado.example.mx/",
        "founded": "2014",
        "founder": "diego-salas",
        "served": "mexico",
        "ifcn": ("2017", "IFCN-0142"),
        "lang": "es",
        "byline": False,
        "topics_by": "subject",
    },
    "prufstand": {
        "name": "Prüfstand",
        "alt": ["Pruefstand"],
        "site": "https://pruefstand.example.de/",
        "founded": "2016",
        "parent": "nordwelle",
        "address": ("Hamburg", "DE"),
        "ifcn": ("2018", "IFCN-0177"),
        "efcsn": True,
        "lang": "de",
        "byline": False,
        "topics_by": "subject",
    },
    "clearsight": {
        "name": "ClearSight Check",
        "legal": "ClearSight Factchecking Ltd",
        "site": "https://clearsight.example.co.uk/",
        "founded": "2009",
        "founder": "margaret-quill",
        "address": ("London", "GB"),
        "ifcn": ("2015", "IFCN-0021"),
        "efcsn": True,
        "lang": "en",
        "byline": True,
        "topics_by": "about",
    },
    "truthlens": {
        "name": "TruthLens",
        "site": "https://truthlens.example.in/",
        "founded": "2018",
        "parent": "lensmedia",
        "served": "india",
        "ifcn": ("2019", "IFCN-0230"),
        "lang": "en",
        "byline": False,
        "topics_by": "about",
    },
    "checkpoint": {
        "name": "Checkpoint Africa",
        "alt": ["CPA"],
        "site": "https://checkpoint.example.co.za/",
        "founded": "2012",
        "served": "south-africa",
        "address": ("Johannesburg", "ZA"),
        "ifcn": ("2016", "IFCN-0098"),
        "lang": "en",
        "byline": False,
        "topics_by": "about",
    },
}

# other organisations: key: (type, names [(text, lang)], extra)
OTHER_ORGS = {
    "harbor": ("NewsMediaOrganization", [("The Harbor Tribune", None)], {"foundingDate": "1874"}),
    "nordwelle": ("NewsMediaOrganization", [("Nordwelle Rundfunk", "de")], {}),
    "lensmedia": ("Organization", [("Lens Media Group", None)], {}),
    "ifcn": (
        "Organization",
        [("International Fact-Checking Network", None), ("IFCN", None)],
        {"foundingDate": "2015"},
    ),
    "efcsn": (
        "Organization",
        [("European Fact-Checking Standards Network", None), ("EFCSN", None)],
        {"foundingDate": "2022"},
    ),
    "kxrt": ("NewsMediaOrganization", [("KXRT Channel 4", None)], {}),
    "meridian": ("NewsMediaOrganization", [("The Daily Meridian", None)], {}),
    "solara": ("NewsMediaOrganization", [("Radio Solara", "es")], {}),
    "mundo": ("NewsMediaOrganization", [("Mundo Noticias", "es")], {}),
    "albion": ("NewsMediaOrganization", [("Albion Broadcasting", None)], {}),
    "chirper": ("Organization", [("Chirper", None)], {"description": "a social network"}),
    "vidstream": ("Organization", [("VidStream", None)], {"description": "a video platform"}),
    "coalition": ("Organization", [("Coalition for Affordable Energy", None)], {}),
    # statistics offices and agencies that publish the sources
    "nsb": ("GovernmentOrganization", [("National Statistics Bureau", None)], {}),
    "inegi": (
        "GovernmentOrganization",
        [("Instituto Nacional de Estadística y Censos", "es"), ("INEC", None)],
        {},
    ),
    "bfe": (
        "GovernmentOrganization",
        [("Bundesamt für Energie", "de"), ("Federal Office of Energy", "en")],
        {},
    ),
    "destat": ("GovernmentOrganization", [("Statistisches Landesamt Nord", "de")], {}),
    "ops": ("GovernmentOrganization", [("Office for Population Statistics", None)], {}),
    "nhds": ("GovernmentOrganization", [("National Health Data Service", None)], {}),
    "shm": ("GovernmentOrganization", [("State Health Mission", None)], {}),
    "saps": (
        "GovernmentOrganization",
        [("South African Police Service", None), ("SAPS", None)],
        {},
    ),
    "ldh": ("GovernmentOrganization", [("Lakeshore Department of Health", None)], {}),
    "pcpd": ("GovernmentOrganization", [("Port Calder Police Department", None)], {}),
    "pcos": ("GovernmentOrganization", [("Port Calder Office of Sustainability", None)], {}),
    "erc": ("GovernmentOrganization", [("Energy Regulatory Commission", None)], {}),
    "fba": ("GovernmentOrganization", [("Federal Border Agency", None)], {}),
    "cseo": ("Organization", [("Council of State Education Officers", None)], {}),
}

# parties: key: (name, alternate names [(text, lang)], country)
PARTIES = {
    "cup": ("Civic Union Party", [("CUP", None)]),
    "progressive": ("Progressive Alliance", []),
    "pvu": ("Partido Verde Unido", [("PVU", None)]),
    "mcs": ("Movimiento Ciudadano del Sur", []),
    "neuemitte": ("Neue Mitte", [("New Centre", "en")]),
    "commonwealth": ("Commonwealth Party", []),
    "labourreform": ("Labour Reform Party", []),
    "janvikas": ("Jan Vikas Party", [("JVP", None)]),
    "arc": ("African Renewal Congress", [("ARC", None)]),
}

COUNTRIES = {
    "mexico": [("México", "es"), ("Mexico", "en")],
    "india": [("India", "en"), ("भारत", "hi")],
    "south-africa": [("South Africa", "en")],
}

# claimants: key: dict (name, jobTitle [(text, lang)], party or role, ...)
PEOPLE = {
    "dana-hollis": {
        "name": "Dana Hollis",
        "alt": ["Senator Hollis"],
        "job": [("Senator", "en")],
        "party": "cup",
        "born": "1962-05-14",
        "fc": "verifact",
    },
    "marcus-okafor": {
        "name": "Marcus Okafor",
        "job": [("Governor of Lakeshore", "en")],
        "party": "progressive",
        "born": "1970-09-02",
        "fc": "verifact",
    },
    "irene-vance": {
        "name": "Irene Vance",
        "job": [("Mayor of Port Calder", "en")],
        "party": "cup",
        "fc": "verifact",
    },
    "alejandro-ruiz": {
        "name": "Alejandro Ruiz Beltrán",
        "alt": ["El Tigre"],
        "job": [("Senador", "es"), ("Senator", "en")],
        "party": "pvu",
        "born": "1958-03-21",
        "fc": "comprobado",
    },
    "lucia-morales": {
        "name": "Lucía Morales",
        "job": [("Diputada federal", "es")],
        "party": "mcs",
        "fc": "comprobado",
    },
    "heike-brandt": {
        "name": "Heike Brandt",
        "job": [("Bundestagsabgeordnete", "de"), ("Member of the Bundestag", "en")],
        "party": "neuemitte",
        "born": "1975-12-08",
        "fc": "prufstand",
    },
    "jonas-keller": {
        "name": "Jonas Keller",
        "job": [("Wirtschaftsminister", "de"), ("Minister of Economy", "en")],
        "role": ("neuemitte", "Parteivorsitzender", "2021"),
        "fc": "prufstand",
    },
    "nigel-ashworth": {
        "name": "Nigel Ashworth",
        "job": [("Member of Parliament", "en")],
        "role": ("commonwealth", "Party leader", "2019"),
        "born": "1966-07-30",
        "fc": "clearsight",
    },
    "gemma-pryce": {
        "name": "Gemma Pryce",
        "job": [("Shadow Health Secretary", "en")],
        "party": "labourreform",
        "fc": "clearsight",
    },
    "rohan-mehta": {
        "name": "Rohan Mehta",
        "alt_lang": [("रोहन मेहता", "hi")],
        "job": [("Chief Minister", "en")],
        "party": "janvikas",
        "born": "1964-01-26",
        "fc": "truthlens",
    },
    "thandiwe-ndlovu": {
        "name": "Thandiwe Ndlovu",
        "job": [("Minister of Health", "en")],
        "party": "arc",
        "fc": "checkpoint",
    },
    "evan-sloane": {
        "name": "Dr. Evan Sloane",
        "alt": ["@DrEvanSloane"],
        "job": [("Wellness influencer", "en")],
        "fc": "truthlens",
    },
}

# fact-checkers' staff: key: (name, org, named by foaf:name only)
STAFF = {
    "paul-barker": ("Paul Barker", "verifact", False),
    "jenny-wu": ("Jenny Wu", "verifact", False),
    "carmen-reyes": ("Carmen Reyes", "comprobado", False),
    "diego-salas": ("Diego Salas", "comprobado", True),
    "maja-lindgren": ("Maja Lindgren", "prufstand", False),
    "lukas-hoffmann": ("Lukas Hoffmann", "prufstand", True),
    "siobhan-okeefe": ("Siobhan O'Keefe", "clearsight", False),
    "tom-hale": ("Tom Hale", "clearsight", False),
    "margaret-quill": ("Margaret Quill", "clearsight", False),
    "ananya-iyer": ("Ananya Iyer", "truthlens", False),
    "vikram-nair": ("Vikram Nair", "truthlens", True),
    "tunde-oyelaran": ("Tunde Oyelaran", "checkpoint", False),
    "naledi-khumalo": ("Naledi Khumalo", "checkpoint", False),
}

# sources: key: (title [(text, lang)], agency, issued, attributed by prov (else dct:publisher))
SOURCES = {
    "lfs": ([("Labour Force Survey Q1 2024", "en")], "nsb", "2024-04-05", False),
    "cpi": ([("Consumer Price Index, March 2024", "en")], "nsb", "2024-04-10", False),
    "pccrime": ([("Crime in Port Calder 2023", "en")], "pcpd", "2024-02-01", True),
    "pcghg": ([("Port Calder Greenhouse Gas Inventory 2022", "en")], "pcos", "2023-06-15", True),
    "vaers": ([("Vaccine Adverse Event Report 2023", "en")], "ldh", "2023-09-01", False),
    "inpc": (
        [("Índice Nacional de Precios al Consumidor, marzo 2024", "es")],
        "inegi",
        "2024-04-09",
        False,
    ),
    "ene": ([("Encuesta Nacional de Empleo 2024", "es")], "inegi", "2024-05-02", False),
    "border": ([("Border Crossings Monthly Report", "en")], "fba", "2024-01-31", True),
    "energiebilanz": (
        [("Energiebilanz 2023", "de"), ("Energy balance 2023", "en")],
        "bfe",
        "2024-01-10",
        True,
    ),
    "vpi": ([("Verbraucherpreisindex März 2024", "de")], "destat", "2024-03-28", False),
    "migration": (
        [("Migration Statistics Year Ending December 2023", "en")],
        "ops",
        "2024-02-22",
        False,
    ),
    "discharge": ([("Hospital Discharge Delays, January 2024", "en")], "nhds", "2024-01-25", True),
    "measles": ([("Measles Immunisation Coverage Survey 2023", "en")], "shm", "2023-07-30", False),
    "sacrime": ([("Annual Crime Statistics 2023/24", "en")], "saps", "2024-04-30", True),
    "energyprice": ([("Energy Price Survey 2023", "en")], "erc", "2023-08-20", False),
    "teachers": ([("Teacher Salary Benchmark 2023", "en")], "cseo", "2023-11-30", True),
}

# appearances: key: (type, name or None, publisher or None, date)
APPEARANCES = {
    "sitdown": ("VideoObject", "Sunday Sit-Down interview", "kxrt", "2024-02-11"),
    "rally": ("CreativeWork", "Campaign rally in Port Calder", None, "2024-03-02"),
    "okafor-release": ("CreativeWork", None, None, "2024-01-20"),
    "vance-post": ("SocialMediaPosting", None, "chirper", "2023-11-08"),
    "flushot": ("VideoObject", "Why I skip the flu shot", "vidstream", "2023-10-01"),
    "solara": ("VideoObject", "Entrevista en Mañanas Solara", "solara", "2024-04-03"),
    "morales-post": ("SocialMediaPosting", None, "chirper", "2024-05-14"),
    "debate": ("VideoObject", "Debate senatorial", "mundo", "2024-02-20"),
    "rundschau": ("VideoObject", "Rundschau am Abend, 15. Januar 2024", "nordwelle", "2024-01-15"),
    "presser": ("CreativeWork", "Pressekonferenz des Wirtschaftsministeriums", None, "2024-04-02"),
    "questiontime": ("VideoObject", "Question Time, 14 March 2024", "albion", "2024-03-14"),
    "oped": (
        "NewsArticle",
        "Our hospitals are full of people who should be home",
        "meridian",
        "2024-01-28",
    ),
    "independence": ("CreativeWork", "Independence Day address", None, "2023-08-15"),
    "budgetvote": ("CreativeWork", "Budget vote speech", None, "2024-05-10"),
    "windad": ("VideoObject", "Keep the lights on", "kxrt", "2023-09-12"),
    "lemon-post": ("SocialMediaPosting", None, "chirper", "2023-07-01"),
    "stateofstate": ("CreativeWork", "State of the State address", None, "2024-01-09"),
    "vance-post2": ("SocialMediaPosting", None, "chirper", "2024-06-02"),
    "albion-radio": ("CreativeWork", "Albion Breakfast", "albion", "2023-12-01"),
    "5g-video": ("VideoObject", "The truth about 5G", "vidstream", "2024-02-02"),
    "hollis-post": ("SocialMediaPosting", None, "chirper", "2024-04-22"),
    "mehta-speech": ("CreativeWork", None, None, "2024-01-26"),
    "ndlovu-clinics": ("CreativeWork", "Health budget briefing", None, "2024-03-19"),
    "keller-interview": ("VideoObject", "Wirtschaft im Gespräch", "nordwelle", "2024-02-27"),
}

# claims the hub matched: key: (claimant or None, text, lang, appearance, first appearance?,
#   reviews [(org, staff or None, date, rating word, topics, sources, headline or None)])
CLAIMS = {
    "c1": (
        "dana-hollis",
        "The minimum wage has doubled since 2019.",
        "en",
        "sitdown",
        False,
        [("verifact", "paul-barker", "2024-02-13", "False", ["jobs"], ["lfs"], None)],
    ),
    "c2": (
        "dana-hollis",
        "Crime in Port Calder has tripled in five years.",
        "en",
        "rally",
        False,
        [("verifact", "jenny-wu", "2024-03-05", "Mostly False", ["crime"], ["pccrime"], None)],
    ),
    "c3": (
        "marcus-okafor",
        "Our state created more jobs last year than any other state.",
        "en",
        "okafor-release",
        False,
        [("verifact", "paul-barker", "2024-01-25", "Half True", ["jobs"], ["lfs"], None)],
    ),
    "c4": (
        "irene-vance",
        "Port Calder cut its carbon emissions by 40 percent.",
        "en",
        "vance-post",
        False,
        [
            (
                "verifact",
                "jenny-wu",
                "2023-11-10",
                "Mostly True",
                ["climate", "energy"],
                ["pcghg"],
                None,
            )
        ],
    ),
    "c5": (
        "evan-sloane",
        "The flu vaccine causes more illness than it prevents.",
        "en",
        "flushot",
        True,
        [
            ("verifact", "jenny-wu", "2023-10-04", "Flat Out False", ["vaccines"], ["vaers"], None),
            (
                "clearsight",
                "siobhan-okeefe",
                "2023-10-06",
                "Incorrect",
                ["vaccines"],
                ["vaers"],
                None,
            ),
            ("truthlens", None, "2023-10-09", "False", ["vaccines"], [], None),
        ],
    ),
    "c6": (
        "alejandro-ruiz",
        "La inflación en México es la más baja de América Latina.",
        "es",
        "solara",
        False,
        [("comprobado", None, "2024-04-05", "Engañoso", ["inflation"], ["inpc"], None)],
    ),
    "c7": (
        "lucia-morales",
        "El desempleo juvenil bajó a la mitad en dos años.",
        "es",
        "morales-post",
        True,
        [("comprobado", None, "2024-05-17", "Falso", ["jobs"], ["ene"], None)],
    ),
    "c8": (
        "alejandro-ruiz",
        "Más de un millón de personas cruzaron la frontera sur en 2023.",
        "es",
        "debate",
        False,
        [("comprobado", None, "2024-02-23", "Sin evidencia", ["immigration"], ["border"], None)],
    ),
    "c9": (
        "heike-brandt",
        "Deutschland importiert mehr Strom als je zuvor.",
        "de",
        "rundschau",
        False,
        [("prufstand", None, "2024-01-18", "Falsch", ["energy"], ["energiebilanz"], None)],
    ),
    "c10": (
        "jonas-keller",
        "Die Inflation ist im Jahresvergleich auf 2,2 Prozent gesunken.",
        "de",
        "presser",
        False,
        [("prufstand", None, "2024-04-03", "Richtig", ["inflation"], ["vpi"], None)],
    ),
    "c11": (
        "nigel-ashworth",
        "Net migration has fallen for three years in a row.",
        "en",
        "questiontime",
        False,
        [
            (
                "clearsight",
                "siobhan-okeefe",
                "2024-03-16",
                "Incorrect",
                ["immigration"],
                ["migration"],
                None,
            )
        ],
    ),
    "c12": (
        "gemma-pryce",
        "One in four hospital beds is occupied by a patient who is fit to go home.",
        "en",
        "oped",
        False,
        [("clearsight", "tom-hale", "2024-01-30", "Correct", ["health"], ["discharge"], None)],
    ),
    "c13": (
        "rohan-mehta",
        "Our state has vaccinated every child under five against measles.",
        "en",
        "independence",
        False,
        [("truthlens", None, "2023-08-19", "Misleading", ["vaccines"], ["measles"], None)],
    ),
    "c14": (
        "thandiwe-ndlovu",
        "Murders have dropped by a third since 2020.",
        "en",
        "budgetvote",
        False,
        [("checkpoint", None, "2024-05-14", "Incorrect", ["crime"], ["sacrime"], None)],
    ),
    "c15": (
        "coalition",
        "Wind farms raise household electricity bills by 30 percent.",
        "en",
        "windad",
        False,
        [
            (
                "verifact",
                "paul-barker",
                "2023-09-15",
                "False",
                ["energy", "climate"],
                ["energyprice"],
                None,
            ),
            (
                "clearsight",
                "siobhan-okeefe",
                "2023-09-18",
                "Misleading",
                ["energy"],
                ["energyprice"],
                None,
            ),
        ],
    ),
    "c16": (
        None,
        "Drinking hot water with lemon cures COVID-19.",
        "en",
        "lemon-post",
        True,
        [
            ("truthlens", None, "2023-07-04", "False", ["health"], [], None),
            ("checkpoint", None, "2023-07-06", "Incorrect", ["health"], [], None),
        ],
    ),
    "c17": (
        "marcus-okafor",
        "Teachers in our state are the best paid in the country.",
        "en",
        "stateofstate",
        False,
        [("verifact", "jenny-wu", "2024-01-12", "Mostly False", ["education"], ["teachers"], None)],
    ),
    "c18": (
        "irene-vance",
        "Port Calder has the lowest unemployment rate in the region.",
        "en",
        "vance-post2",
        False,
        [("verifact", "paul-barker", "2024-06-05", "True", ["jobs"], ["lfs"], None)],
    ),
    "c19": (
        "nigel-ashworth",
        "Energy bills will fall by £300 next year.",
        "en",
        "albion-radio",
        False,
        [("clearsight", "tom-hale", "2024-06-10", "Incorrect", ["energy"], ["energyprice"], None)],
    ),
    "c20": (
        "evan-sloane",
        "5G towers weaken the immune system.",
        "en",
        "5g-video",
        True,
        [
            ("clearsight", "tom-hale", "2024-02-05", "Incorrect", ["health"], [], None),
            ("truthlens", None, "2024-02-07", "False", ["health"], [], None),
        ],
    ),
    "c21": (
        "dana-hollis",
        "Half of all new jobs went to immigrants.",
        "en",
        "hollis-post",
        False,
        [
            (
                "verifact",
                "jenny-wu",
                "2024-04-25",
                "Half True",
                ["jobs", "immigration"],
                ["lfs", "border"],
                None,
            )
        ],
    ),
    "c22": (
        "rohan-mehta",
        "Our state's literacy rate is 98 percent.",
        "en",
        "mehta-speech",
        False,
        [("truthlens", None, "2024-01-30", "Mostly True", ["education"], [], None)],
    ),
    "c23": (
        "thandiwe-ndlovu",
        "Every clinic in the province now has a resident doctor.",
        "en",
        "ndlovu-clinics",
        False,
        [("checkpoint", None, "2024-05-14", "Unproven", ["health"], [], None)],
    ),
    "c24": (
        "jonas-keller",
        "Unsere Wirtschaft ist 2023 stärker gewachsen als die französische.",
        "de",
        "keller-interview",
        False,
        [("prufstand", None, "2024-03-01", "Fehlender Kontext", ["economy"], [], None)],
    ),
}

# fact-check articles: key: (org, author staff, date, headline [(text, lang)], reviews
#   [(claim, org)], linked from the article by hasPart (else each review's isPartOf))
ARTICLES = {
    "a1": (
        "verifact",
        "paul-barker",
        "2024-02-13",
        [("What Senator Hollis got wrong about wages", "en")],
        [("c1", "verifact")],
        True,
    ),
    "a2": (
        "truthlens",
        "vikram-nair",
        "2023-07-04",
        [("Viral lemon-water cure is a hoax", "en")],
        [("c16", "truthlens")],
        False,
    ),
    "a3": (
        "clearsight",
        "siobhan-okeefe",
        "2023-09-18",
        [("Wind farm ad misleads on bills", "en")],
        [("c15", "clearsight")],
        True,
    ),
    "a4": (
        "comprobado",
        "carmen-reyes",
        "2024-04-05",
        [
            ("¿Tiene México la inflación más baja de la región?", "es"),
            ("Does Mexico have the lowest inflation in the region?", "en"),
        ],
        [("c6", "comprobado")],
        False,
    ),
    "a5": (
        "prufstand",
        "maja-lindgren",
        "2024-01-18",
        [("Faktencheck: Stromimporte auf Rekordniveau?", "de")],
        [("c9", "prufstand")],
        False,
    ),
    "a6": (
        "checkpoint",
        "tunde-oyelaran",
        "2024-05-14",
        [("Budget vote speech: three claims checked", "en")],
        [("c14", "checkpoint"), ("c23", "checkpoint")],
        True,
    ),
    "a7": (
        "verifact",
        "jenny-wu",
        "2023-10-04",
        [("Flu shot myths, debunked", "en")],
        [("c5", "verifact")],
        False,
    ),
}

# generated claims' texts: lang -> topic -> templates
TEMPLATES = {
    "en": {
        "economy": [
            "The economy grew by {n} percent in {y}.",
            "Our region has the fastest-growing economy in the country.",
        ],
        "inflation": [
            "Grocery prices rose {n} percent in {y}.",
            "Rents have gone up {n} percent since {y}.",
        ],
        "jobs": [
            "{n},000 factory jobs were lost in {y}.",
            "Youth unemployment is the lowest in {n} years.",
        ],
        "health": [
            "Hospital waiting lists are {n} percent shorter than in {y}.",
            "{n} rural hospitals closed in {y}.",
        ],
        "vaccines": [
            "Only {n} percent of teenagers are vaccinated against HPV.",
            "Childhood vaccination rates fell {n} points in {y}.",
        ],
        "climate": [
            "Sea levels rose {n} centimetres in the last decade.",
            "{y} was the hottest year in {n} centuries.",
        ],
        "energy": [
            "Solar power now supplies {n} percent of the grid.",
            "Petrol prices doubled in {y}.",
        ],
        "immigration": [
            "Asylum applications rose {n} percent in {y}.",
            "{n} percent of prisoners are foreign nationals.",
        ],
        "crime": ["Car thefts fell {n} percent in {y}.", "Violent crime is at a {n}-year low."],
        "education": [
            "School funding per pupil is {n} percent higher than in {y}.",
            "{n} schools have no maths teacher.",
        ],
        "elections": [
            "{n} thousand dead people voted in {y}.",
            "Turnout in {y} was the highest in {n} years.",
        ],
    },
    "es": {
        "economy": ["La economía creció {n} por ciento en {y}."],
        "inflation": ["Los precios de los alimentos subieron {n} por ciento en {y}."],
        "jobs": ["Se crearon {n} mil empleos formales en {y}."],
        "health": ["Hay {n} hospitales nuevos desde {y}."],
        "immigration": ["Las solicitudes de asilo crecieron {n} por ciento en {y}."],
        "crime": ["Los homicidios bajaron {n} por ciento en {y}."],
        "elections": ["En {y} votaron {n} millones de personas."],
    },
    "de": {
        "economy": ["Die Wirtschaft ist {y} um {n} Prozent geschrumpft."],
        "energy": ["Windkraft liefert inzwischen {n} Prozent unseres Stroms."],
        "immigration": ["Die Zahl der Asylanträge ist {y} um {n} Prozent gestiegen."],
        "education": ["{n} Prozent der Schulen haben kein schnelles Internet."],
        "climate": ["Deutschland hat seine Emissionen seit {y} um {n} Prozent gesenkt."],
    },
}
SOURCES_BY_TOPIC = {
    "verifact": {
        "inflation": ["cpi"],
        "jobs": ["lfs"],
        "economy": ["lfs", "cpi"],
        "immigration": ["border"],
        "energy": ["energyprice"],
    },
    "comprobado": {"inflation": ["inpc"], "jobs": ["ene"]},
    "prufstand": {"energy": ["energiebilanz"], "economy": ["vpi"]},
    "clearsight": {"immigration": ["migration"], "health": ["discharge"]},
    "truthlens": {"vaccines": ["measles"]},
    "checkpoint": {"crime": ["sacrime"]},
}


def _ctx() -> dict:
    def typed(term: str, t: str) -> dict:
        return {"@id": term, "@type": "xsd:" + t}

    def ref(term: str) -> dict:
        return {"@id": term, "@type": "@id"}

    return {
        "@vocab": "http://schema.org/",
        "@base": BASE,
        "schema": "http://schema.org/",
        "dct": "http://purl.org/dc/terms/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "prov": "http://www.w3.org/ns/prov#",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "owl": "http://www.w3.org/2002/07/owl#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "fc": BASE + "ns#",
        "datePublished": typed("schema:datePublished", "date"),
        "birthDate": typed("schema:birthDate", "date"),
        "foundingDate": typed("schema:foundingDate", "gYear"),
        "startDate": typed("schema:startDate", "gYear"),
        "dct:issued": {"@type": "xsd:date"},
        "skos:broader": {"@type": "@id"},
        "skos:inScheme": {"@type": "@id"},
        "about": ref("schema:about"),
        "dct:subject": {"@type": "@id"},
        "prov:wasDerivedFrom": {"@type": "@id"},
        "prov:wasAttributedTo": {"@type": "@id"},
        "prov:wasRevisionOf": {"@type": "@id"},
        "dct:publisher": {"@type": "@id"},
        "citation": ref("schema:citation"),
        "fc:normalizedVerdict": {"@type": "@id"},
        "fc:network": {"@type": "@id"},
        "worksFor": ref("schema:worksFor"),
        "hasPart": ref("schema:hasPart"),
        "isPartOf": ref("schema:isPartOf"),
        "rdfs:subClassOf": {"@type": "@id"},
        "rdfs:domain": {"@type": "@id"},
        "rdfs:range": {"@type": "@id"},
        "owl:inverseOf": {"@type": "@id"},
        "inverseOf": ref("schema:inverseOf"),
    }


def _lang(pairs: list[tuple[str, str | None]]) -> list:
    return [{"@value": t, "@language": lg} if lg else t for t, lg in pairs]


def _vocabulary() -> list[dict]:
    """The classes and properties the export declares."""
    s = "schema:"
    out: list[dict] = [
        {
            "@id": "fc:FactCheckingOrganization",
            "@type": "rdfs:Class",
            "rdfs:label": "Fact-checking organization",
            "rdfs:subClassOf": s + "NewsMediaOrganization",
        },
        {"@id": s + "NewsMediaOrganization", "rdfs:subClassOf": s + "Organization"},
        {"@id": s + "GovernmentOrganization", "rdfs:subClassOf": s + "Organization"},
        {
            "@id": "fc:PoliticalParty",
            "@type": "rdfs:Class",
            "rdfs:label": "Political party",
            "rdfs:subClassOf": s + "Organization",
        },
        {"@id": s + "ClaimReview", "rdfs:subClassOf": s + "Review"},
        {"@id": s + "Review", "rdfs:subClassOf": s + "CreativeWork"},
        {"@id": s + "NewsArticle", "rdfs:subClassOf": s + "Article"},
        {"@id": s + "Article", "rdfs:subClassOf": s + "CreativeWork"},
        {"@id": s + "SocialMediaPosting", "rdfs:subClassOf": s + "Article"},
        {"@id": s + "VideoObject", "rdfs:subClassOf": s + "CreativeWork"},
        {"@id": s + "Claim", "rdfs:subClassOf": s + "CreativeWork"},
        {
            "@id": "fc:Accreditation",
            "@type": "rdfs:Class",
            "rdfs:label": "Accreditation",
            "rdfs:comment": "A fact-checker's accreditation by a network of fact-checkers, with its start year.",
        },
        {"@id": s + "subOrganization", "inverseOf": s + "parentOrganization"},
        {"@id": s + "hasPart", "inverseOf": s + "isPartOf"},
        {
            "@id": "fc:hasReview",
            "@type": "rdf:Property",
            "rdfs:label": "has review",
            "owl:inverseOf": s + "itemReviewed",
            "rdfs:domain": s + "Claim",
            "rdfs:range": s + "ClaimReview",
        },
        {
            "@id": "fc:normalizedVerdict",
            "@type": "rdf:Property",
            "rdfs:label": "normalized verdict",
            "rdfs:comment": "The hub's verdict on its common scale, mapped from the publisher's own rating.",
            "rdfs:range": "skos:Concept",
        },
        {
            "@id": "fc:accreditation",
            "@type": "rdf:Property",
            "rdfs:label": "accreditation",
            "rdfs:range": "fc:Accreditation",
        },
        {
            "@id": "fc:network",
            "@type": "rdf:Property",
            "rdfs:label": "network",
            "rdfs:comment": "The network of fact-checkers that granted the accreditation.",
        },
        {
            "@id": s + "claimReviewed",
            "rdfs:comment": "A short summary of the specific claims reviewed in a ClaimReview.",
        },
        {
            "@id": s + "appearance",
            "rdfs:comment": "Indicates an occurrence of a Claim in some CreativeWork.",
        },
        {
            "@id": s + "firstAppearance",
            "rdfs:comment": "Indicates the first known occurrence of a Claim in some CreativeWork.",
        },
        {"@id": s + "itemReviewed", "rdfs:comment": "The item that is being reviewed/rated."},
        {"@id": s + "reviewRating", "rdfs:comment": "The rating given in this review."},
    ]
    return out


def build() -> dict:
    rng = random.Random(51)
    graph: list[dict] = _vocabulary()
    graph.append(
        {"@id": "topics", "@type": "skos:ConceptScheme", "skos:prefLabel": "Fact-check topics"}
    )
    for key, (names, alts, notation, broader) in TOPICS.items():
        node: dict = {
            "@id": f"topic/{key}",
            "@type": "skos:Concept",
            "skos:prefLabel": _lang([(v, k) for k, v in names.items()]),
            "skos:notation": notation,
            "skos:inScheme": "topics",
        }
        if alts:
            node["skos:altLabel"] = _lang(alts)
        if broader:
            node["skos:broader"] = f"topic/{broader}"
        graph.append(node)
    graph.append(
        {"@id": "verdicts", "@type": "skos:ConceptScheme", "skos:prefLabel": "Hub verdict scale"}
    )
    for key, (label, alts, notation) in VERDICTS.items():
        node = {
            "@id": f"verdict/{key}",
            "@type": "skos:Concept",
            "skos:prefLabel": {"@value": label, "@language": "en"},
            "skos:notation": {"@value": str(notation), "@type": "xsd:integer"},
            "skos:inScheme": "verdicts",
        }
        if alts:
            node["skos:altLabel"] = alts
        graph.append(node)
    for key, names in COUNTRIES.items():
        graph.append({"@id": f"country/{key}", "@type": "Country", "name": _lang(names)})
    for key, (typ, names, extra) in OTHER_ORGS.items():
        node = {"@id": f"org/{key}", "@type": typ, "name": _lang(names[:1])}
        if names[1:]:
            node["alternateName"] = _lang(names[1:])
        node.update(extra)
        graph.append(node)
    for key, (name, alts) in PARTIES.items():
        node = {"@id": f"party/{key}", "@type": "fc:PoliticalParty", "name": name}
        if alts:
            node["alternateName"] = _lang(alts)
        graph.append(node)
    for key, o in ORGS.items():
        node = {
            "@id": f"org/{key}",
            "@type": "fc:FactCheckingOrganization",
            "name": o["name"],
            "url": o["site"],
            "foundingDate": o["founded"],
        }
        if "alt" in o:
            node["alternateName"] = o["alt"]
        if "legal" in o:
            node["legalName"] = o["legal"]
        if "founder" in o:
            node["founder"] = {"@id": f"person/{o['founder']}"}
        if "parent" in o:
            node["parentOrganization"] = {"@id": f"org/{o['parent']}"}
        if "address" in o:
            node["address"] = {
                "@type": "PostalAddress",
                "addressLocality": o["address"][0],
                "addressCountry": o["address"][1],
            }
        if "served" in o:
            node["areaServed"] = {"@id": f"country/{o['served']}"}
        since, code = o["ifcn"]
        node["fc:accreditation"] = {
            "@type": "fc:Accreditation",
            "fc:network": "org/ifcn",
            "startDate": since,
            "dct:identifier": code,
        }
        if o.get("efcsn"):
            node["memberOf"] = {"@id": "org/efcsn"}
        graph.append(node)
    # only the broadcaster's page lists its fact-checking unit from the parent's side
    for node in graph:
        if node.get("@id") == "org/nordwelle":
            node["subOrganization"] = {"@id": "org/prufstand"}
    for key, (name, org, foaf_only) in STAFF.items():
        node = {"@id": f"person/{key}", "@type": "Person", "worksFor": f"org/{org}"}
        node["foaf:name" if foaf_only else "name"] = name
        graph.append(node)
    for key, p in PEOPLE.items():
        node = {
            "@id": f"person/{key}",
            "@type": "Person",
            "name": p["name"],
            "jobTitle": _lang(p["job"]),
        }
        alts = [(a, None) for a in p.get("alt", [])] + p.get("alt_lang", [])
        if alts:
            node["alternateName"] = _lang(alts)
        if "born" in p:
            node["birthDate"] = p["born"]
        if "party" in p:
            node["affiliation"] = {"@id": f"party/{p['party']}"}
        if "role" in p:
            party, role, since = p["role"]
            node["memberOf"] = {
                "@type": "OrganizationRole",
                "memberOf": {"@id": f"party/{party}"},
                "roleName": role,
                "startDate": since,
            }
        graph.append(node)
    for key, (titles, agency, issued, by_prov) in SOURCES.items():
        node = {
            "@id": f"source/{key}",
            "@type": ["prov:Entity", "Dataset"],
            "dct:title": _lang(titles),
            "dct:issued": issued,
        }
        node["prov:wasAttributedTo" if by_prov else "dct:publisher"] = f"org/{agency}"
        graph.append(node)
    for key, (typ, name, publisher, day) in APPEARANCES.items():
        node = {
            "@id": f"appearance/{key}",
            "@type": typ,
            "datePublished": day,
            "url": f"https://media.example.net/{key}/{day.replace('-', '')}",
        }
        if name:
            node["name"] = name
        if publisher:
            node["publisher"] = {"@id": f"org/{publisher}"}
        graph.append(node)

    review_ids: dict[tuple[str, str], str] = {}

    def review(
        claim_id: str | None,
        claim_node: dict | None,
        text: str,
        lang: str,
        org: str,
        staff: str | None,
        day: str,
        word: str,
        topics: list[str],
        sources: list[str],
        slug: str,
    ) -> dict:
        o = ORGS[org]
        words, best_worst, word_lang = SCALES[org]
        number, verdict = words[word]
        rating: dict = {
            "@type": "Rating",
            "alternateName": {"@value": word, "@language": word_lang} if word_lang else word,
        }
        if number is not None:
            rating["ratingValue"] = number
        if best_worst:
            rating["bestRating"], rating["worstRating"] = best_worst
        rid = f"{o['site']}{day[:4]}/{day[5:7]}/{slug}/"
        node: dict = {
            "@id": rid,
            "@type": "ClaimReview",
            "url": rid,
            "datePublished": day,
            "claimReviewed": {"@value": text, "@language": lang},
            "inLanguage": o["lang"],
            "reviewRating": rating,
            "fc:normalizedVerdict": f"verdict/{verdict}",
        }
        node["itemReviewed"] = {"@id": claim_id} if claim_id else claim_node
        if staff and o["byline"]:
            node["author"] = {"@id": f"person/{staff}"}
            node["publisher"] = {"@id": f"org/{org}"}
        else:
            node["author"] = {"@id": f"org/{org}"}
        if topics:
            node["about" if o["topics_by"] == "about" else "dct:subject"] = [
                f"topic/{t}" for t in topics
            ]
        if sources:
            if org in ("verifact", "prufstand", "checkpoint"):
                node["prov:wasDerivedFrom"] = [f"source/{s}" for s in sources]
            else:
                node["citation"] = [f"source/{s}" for s in sources]
        return node

    def claimant_ref(who: str | None) -> dict | None:
        if who is None:
            return None
        return {"@id": f"org/{who}"} if who in OTHER_ORGS else {"@id": f"person/{who}"}

    for cid, (who, text, lang, app, first, reviews) in CLAIMS.items():
        claim: dict = {
            "@id": f"claim/{cid}",
            "@type": "Claim",
            "text": {"@value": text, "@language": lang},
            "datePublished": APPEARANCES[app][3],
        }
        if who:
            claim["author"] = claimant_ref(who)
        claim["firstAppearance" if first else "appearance"] = {"@id": f"appearance/{app}"}
        graph.append(claim)
        for org, staff, day, word, topics, sources, _h in reviews:
            slug = f"{(who or 'viral')}-{cid}"
            node = review(
                f"claim/{cid}", None, text, lang, org, staff, day, word, topics, sources, slug
            )
            review_ids[(cid, org)] = node["@id"]
            graph.append(node)
    # the hospital-beds check is published with its byline and a correction; the Port Calder
    # crime check with a correction too; the £300 claim was first rated Unproven
    for node in graph:
        if node.get("@id") == review_ids[("c2", "verifact")]:
            node["correction"] = {
                "@type": "CorrectionComment",
                "text": "An earlier version misstated the city's 2019 crime figure.",
                "datePublished": "2024-03-07",
            }
        if node.get("@id") == review_ids[("c19", "clearsight")]:
            node["prov:wasRevisionOf"] = (
                "https://clearsight.example.co.uk/2023/12/nigel-ashworth-c19-first/"
            )
    first = review(
        None,
        None,
        CLAIMS["c19"][1],
        "en",
        "clearsight",
        "tom-hale",
        "2023-12-04",
        "Unproven",
        ["energy"],
        [],
        "nigel-ashworth-c19-first",
    )
    first["@id"] = first["url"] = (
        "https://clearsight.example.co.uk/2023/12/nigel-ashworth-c19-first/"
    )
    first["itemReviewed"] = {"@id": "claim/c19"}
    graph.append(first)
    for key, (org, staff, day, headlines, parts, by_has_part) in ARTICLES.items():
        node = {
            "@id": f"{ORGS[org]['site']}articles/{key}",
            "@type": "NewsArticle",
            "headline": _lang(headlines),
            "author": {"@id": f"person/{staff}"},
            "publisher": {"@id": f"org/{org}"},
            "datePublished": day,
        }
        ids = [review_ids[p] for p in parts]
        if by_has_part:
            node["hasPart"] = ids
        else:
            for r in graph:
                if r.get("@id") in ids:
                    r["isPartOf"] = node["@id"]
        graph.append(node)

    # the rest of the feed: claims the hub did not match (blank Claim nodes), by the same
    # claimants, checked by their country's fact-checker
    who_all = [k for k in PEOPLE] + ["coalition"]
    for n in range(1, 79):
        who = rng.choice(who_all)
        org = PEOPLE[who]["fc"] if who in PEOPLE else "verifact"
        lang = {"comprobado": "es", "prufstand": "de"}.get(org, "en")
        topic = rng.choice(sorted(TEMPLATES[lang]))
        text = rng.choice(TEMPLATES[lang][topic]).format(
            n=rng.randint(3, 60), y=rng.choice([2020, 2021, 2022, 2023])
        )
        day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 540))
        claim_day = day - timedelta(days=rng.randint(1, 6))
        claim = {
            "@type": "Claim",
            "datePublished": claim_day.isoformat(),
            "author": claimant_ref(who),
        }
        if rng.random() < 0.5:
            claim["appearance"] = {
                "@type": "CreativeWork",
                "url": f"https://media.example.net/clip/{rng.randint(10000, 99999)}",
            }
        words = sorted(SCALES[org][0])
        word = rng.choice(words)
        staff = rng.choice([k for k, v in STAFF.items() if v[1] == org and k != "margaret-quill"])
        srcs = SOURCES_BY_TOPIC.get(org, {}).get(topic, [])
        graph.append(
            review(
                None,
                claim,
                text,
                lang,
                org,
                staff,
                day.isoformat(),
                word,
                [topic],
                srcs[:1],
                f"{who}-g{n:03d}",
            )
        )
    return {"@context": _ctx(), "@graph": graph}


def main() -> None:
    doc = build()
    (HERE / "factchecks.jsonld").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
