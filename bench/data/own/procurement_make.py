# ruff: noqa: E501  (one record a line)
"""Write ``procurement/``: public procurement notices in the EU eProcurement Ontology (ePO 4,
``http://data.europa.eu/a4g/ontology#``), as TED's SPARQL endpoint publishes them.

The shape is what TED-SWS makes of eForms notices: one named graph a notice, with IRIs minted per
notice (``http://data.europa.eu/a4g/resource/<Class>/<uuid>``), so the same company or city has a
different IRI in each notice that names it; the code lists are the Publications Office's
authority tables, in a separate file.

* ``procurement/notices.nq`` (N-Quads, a graph per notice, named by its publication number):
  ``epo:ResultNotice`` and ``epo:ContractNotice`` with ``epo:hasNoticePublicationNumber``,
  ``epo:hasPublicationDate`` / ``epo:hasDispatchDate`` (``xsd:date``), ``epo:refersToProcedure``,
  ``epo:announcesRole`` (the ``epo:Buyer`` role, ``epo:playedBy`` an ``org:Organization``);
  ``epo:Procedure`` with language-tagged ``dct:title`` / ``dct:description``, an
  ``adms:identifier`` blank node (``skos:notation``), ``epo:hasProcedureType`` (a
  procurement-procedure-type IRI), ``epo:hasPurpose`` (a blank ``epo:Purpose`` with
  ``epo:hasMainClassification`` a CPV IRI and ``epo:hasContractNatureType``),
  ``epo:hasEstimatedValue`` and ``epo:hasProcurementScopeDividedIntoLot`` ``epo:Lot`` nodes;
  a result notice's ``epo:announcesAwardDecision`` (``epo:AwardDecision``,
  ``epo:hasAwardDecisionDate``) ``epo:comprisesAwardOutcome`` ``epo:LotAwardOutcome`` nodes
  (``epo:concernsLot``, ``epo:hasAwardStatus``, ``epo:hasAwardedValue``,
  ``epo:comprisesTenderAwardOutcome``), ``epo:TenderAwardOutcome`` (``epo:hasAwardRank``,
  ``epo:concernsTender``, ``epo:indicatesAwardOfLotToWinner`` an ``epo:Winner`` role),
  ``epo:Tender`` (``epo:isSubmitedBy`` [sic, as ePO spells it] an ``epo:Tenderer`` role,
  ``epo:isSubmittedForLot``, ``epo:hasFinancialOfferValue``), ``epo:Contract`` (``dct:title``,
  ``epo:includesTender``, ``epo:hasContractConclusionDate``) and
  ``epo:SubmissionStatisticalInformation`` (``epo:hasReceivedTenders``). Organizations carry
  ``epo:hasLegalName`` (language-tagged) and ``cccev:registeredAddress`` a blank
  ``locn:Address`` (``locn:postName``, ``locn:thoroughfare``, ``locn:postCode``,
  ``epo:hasNutsCode`` a NUTS IRI, ``epo:hasCountryCode`` a country IRI). Money is an n-ary blank
  ``epo:MonetaryValue`` (``epo:hasAmountValue`` ``xsd:decimal``, ``epo:hasCurrency``).
* ``procurement/authority.trig`` (TriG, a graph per table): CPV 2008 codes (``skos:prefLabel``
  in en/de/fr, ``skos:notation``, ``skos:broader``), the currency, country and
  winner-selection-status tables, NUTS 2021 regions, and the procedure-type table, which (as in
  many triple stores that load only part of it) labels only some of its codes.

Buyers are real public bodies and the codes real; every company, procedure, amount and date is
invented. Seeded; stdlib only (answers: ``procurement_answers.py`` with rdflib). Run from the
repository root: ``python bench/data/own/procurement_make.py``.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).parent / "procurement"
R = random.Random(2828)
EPO = "http://data.europa.eu/a4g/ontology#"
EPD = "http://data.europa.eu/a4g/resource/"
AUTH = "http://publications.europa.eu/resource/authority/"
CPV = "http://data.europa.eu/cpv/cpv/"
NUTS = "http://data.europa.eu/nuts/code/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
DC = "http://purl.org/dc/elements/1.1/"
XSD = "http://www.w3.org/2001/XMLSchema#"
LOCN = "http://www.w3.org/ns/locn#"
ORG = "http://www.w3.org/ns/org#"
ADMS = "http://www.w3.org/ns/adms#"
CCCEV = "http://data.europa.eu/m8g/"

# CPV 2008 excerpt: code (8 digits) -> (check digit, en, de, fr, broader code or None)
CPVS = {
    "45000000": ("7", "Construction work", "Bauarbeiten", "Travaux de construction", None),
    "45233140": ("2", "Roadworks", "Straßenbauarbeiten", "Travaux routiers", "45000000"),
    "45233141": (
        "9",
        "Road-maintenance works",
        "Straßeninstandhaltungsarbeiten",
        "Travaux d'entretien routier",
        "45233140",
    ),
    "45214200": (
        "2",
        "Construction work for school buildings",
        "Bauarbeiten für Schulgebäude",
        "Travaux de construction de bâtiments scolaires",
        "45000000",
    ),
    "45232150": (
        "8",
        "Works related to water-distribution pipelines",
        "Arbeiten an Wasserversorgungsrohrleitungen",
        "Travaux relatifs aux conduites de distribution d'eau",
        "45000000",
    ),
    "90620000": ("9", "Snow-clearing services", "Schneeräumung", "Services de déneigement", None),
    "90911200": (
        "8",
        "Building-cleaning services",
        "Gebäudereinigung",
        "Services de nettoyage de bâtiments",
        None,
    ),
    "77310000": (
        "6",
        "Planting and maintenance services of green areas",
        "Pflanz- und Pflegearbeiten für Grünanlagen",
        "Services de plantation et d'entretien d'espaces verts",
        None,
    ),
    "33600000": (
        "6",
        "Pharmaceutical products",
        "Pharmazeutische Erzeugnisse",
        "Produits pharmaceutiques",
        None,
    ),
    "33100000": ("1", "Medical equipments", "Medizinische Geräte", "Équipements médicaux", None),
    "33141000": (
        "0",
        "Disposable non-chemical medical consumables and haematological consumables",
        "Medizinische Verbrauchsartikel",
        "Consommables médicaux non chimiques à usage unique et consommables hématologiques",
        "33100000",
    ),
    "48000000": (
        "8",
        "Software package and information systems",
        "Softwarepaket und Informationssysteme",
        "Logiciels et systèmes d'information",
        None,
    ),
    "72000000": (
        "5",
        "IT services: consulting, software development, Internet and support",
        "IT-Dienste: Beratung, Software-Entwicklung, Internet und Hilfestellung",
        "Services de technologies de l'information, conseil, développement de logiciels, internet et appui",
        None,
    ),
    "72267000": (
        "4",
        "Software maintenance and repair services",
        "Wartung und Reparatur von Software",
        "Services de maintenance et de réparation de logiciels",
        "72000000",
    ),
    "30213100": ("6", "Portable computers", "Tragbare Computer", "Ordinateurs portables", None),
    "34144910": ("0", "Electric buses", "Elektrobusse", "Bus électriques", None),
    "60112000": (
        "6",
        "Public road transport services",
        "Öffentlicher Verkehr (Straße)",
        "Services de transport routier public",
        None,
    ),
    "55524000": (
        "9",
        "School catering services",
        "Verpflegungsdienste für Schulen",
        "Services de restauration scolaire",
        None,
    ),
    "34928500": (
        "3",
        "Street-lighting equipment",
        "Straßenbeleuchtungsausrüstung",
        "Matériel d'éclairage des rues",
        None,
    ),
    "09310000": ("5", "Electricity", "Elektrizität", "Électricité", None),
    "71322000": (
        "1",
        "Engineering design services for the construction of civil engineering works",
        "Technische Planungsleistungen für Bauwerke des Tiefbaus",
        "Services de conception technique pour la construction d'ouvrages de génie civil",
        None,
    ),
    "79341000": ("6", "Advertising services", "Werbung", "Services de publicité", None),
}
# procurement-procedure-type: code -> (en, de, fr) or None where the loaded table has no label
PROC_TYPES = {
    "open": ("Open", "Offenes Verfahren", "Procédure ouverte"),
    "restricted": ("Restricted", "Nichtoffenes Verfahren", "Procédure restreinte"),
    "neg-w-call": (
        "Negotiated with prior publication of a call for competition / competitive with negotiation",
        "Verhandlungsverfahren mit vorheriger Veröffentlichung",
        "Procédure concurrentielle avec négociation",
    ),
    "comp-dial": ("Competitive dialogue", "Wettbewerblicher Dialog", "Dialogue compétitif"),
    "neg-wo-call": None,
    "innovation": None,
}
CURRENCIES = {
    "EUR": ("euro", "Euro", "euro"),
    "PLN": ("Polish zloty", "Polnischer Złoty", "zloty polonais"),
    "SEK": ("Swedish krona", "Schwedische Krone", "couronne suédoise"),
    "DKK": ("Danish krone", "Dänische Krone", "couronne danoise"),
}
COUNTRIES = {
    "AUT": ("Austria", "Österreich", "Autriche"),
    "NLD": ("Netherlands", "Niederlande", "Pays-Bas"),
    "FRA": ("France", "Frankreich", "France"),
    "POL": ("Poland", "Polen", "Pologne"),
    "SWE": ("Sweden", "Schweden", "Suède"),
    "ESP": ("Spain", "Spanien", "Espagne"),
    "DEU": ("Germany", "Deutschland", "Allemagne"),
    "IRL": ("Ireland", "Irland", "Irlande"),
    "ITA": ("Italy", "Italien", "Italie"),
    "DNK": ("Denmark", "Dänemark", "Danemark"),
}
# NUTS 2021 level-3 regions: code -> name (the NUTS table's own spelling)
NUTS3 = {
    "AT221": "Graz",
    "AT226": "Westliche Obersteiermark",
    "AT323": "Salzburg und Umgebung",
    "AT332": "Innsbruck",
    "NL310": "Utrecht",
    "NL33C": "Groot-Rijnmond",
    "FRK26": "Rhône",
    "PL213": "Miasto Kraków",
    "PL911": "Miasto Warszawa",
    "SE224": "Skåne län",
    "ES300": "Madrid",
    "ES425": "Toledo",
    "DE212": "München, Kreisfreie Stadt",
    "DE271": "Augsburg, Kreisfreie Stadt",
    "IE061": "Dublin",
    "IE053": "South-West",
    "ITH55": "Bologna",
    "ITH54": "Modena",
    "DK011": "Byen København",
    "DK042": "Østjylland",
}

# organizations: key -> (legal name, language, town, post code, street, NUTS, country)
BUYERS = {
    "graz": ("Stadt Graz", "de", "Graz", "8010", "Hauptplatz 1", "AT221", "AUT"),
    "utrecht": ("Gemeente Utrecht", "nl", "Utrecht", "3511 EJ", "Stadsplateau 1", "NL310", "NLD"),
    "rws": ("Rijkswaterstaat", "nl", "Utrecht", "3526 LA", "Griffioenlaan 2", "NL310", "NLD"),
    "lyon": ("Ville de Lyon", "fr", "Lyon", "69001", "1 place de la Comédie", "FRK26", "FRA"),
    "krakow": (
        "Gmina Miejska Kraków",
        "pl",
        "Kraków",
        "31-004",
        "plac Wszystkich Świętych 3-4",
        "PL213",
        "POL",
    ),
    "skane": ("Region Skåne", "sv", "Kristianstad", "291 89", "Rådhus Skåne", "SE224", "SWE"),
    "sermas": (
        "Servicio Madrileño de Salud",
        "es",
        "Madrid",
        "28009",
        "Calle Sagasta 6",
        "ES300",
        "ESP",
    ),
    "muenchen": (
        "Landeshauptstadt München",
        "de",
        "München",
        "80331",
        "Marienplatz 8",
        "DE212",
        "DEU",
    ),
    "dublin": (
        "Dublin City Council",
        "en",
        "Dublin",
        "D08 RF3F",
        "Civic Offices, Wood Quay",
        "IE061",
        "IRL",
    ),
    "bologna": ("Comune di Bologna", "it", "Bologna", "40124", "Piazza Maggiore 6", "ITH55", "ITA"),
    "kbh": ("Københavns Kommune", "da", "København", "1599", "Rådhuspladsen 1", "DK011", "DNK"),
}
COMPANIES = {
    "huber": ("Huber Straßenbau GmbH", "de", "Leoben", "8700", "Kerpelystraße 12", "AT226", "AUT"),
    "vandijk": (
        "Van Dijk Infra B.V.",
        "nl",
        "Amersfoort",
        "3821 AB",
        "Stationsplein 40",
        "NL310",
        "NLD",
    ),
    "rhone": (
        "Bâtiments Rhône-Alpes SAS",
        "fr",
        "Villeurbanne",
        "69100",
        "24 rue Anatole France",
        "FRK26",
        "FRA",
    ),
    "medisupply": (
        "Medisupply Europe Ltd",
        "en",
        "Cork",
        "T12 X70A",
        "Unit 4, Little Island Business Park",
        "IE053",
        "IRL",
    ),
    "nordvik": (
        "Nordvik Snöröjning AB",
        "sv",
        "Malmö",
        "211 20",
        "Norra Vallgatan 70",
        "SE224",
        "SWE",
    ),
    "krakbud": ("Krakbud Sp. z o.o.", "pl", "Kraków", "30-552", "ul. Wielicka 28", "PL213", "POL"),
    "datanord": (
        "Datacentrum Nord A/S",
        "da",
        "Aarhus",
        "8000",
        "Skanderborgvej 190",
        "DK042",
        "DNK",
    ),
    "tecsan": (
        "Tecnologías Sanitarias del Centro S.A.",
        "es",
        "Toledo",
        "45004",
        "Calle de la Plata 15",
        "ES425",
        "ESP",
    ),
    "elettrica": (
        "Elettrica Emiliana S.r.l.",
        "it",
        "Modena",
        "41121",
        "Via Emilia Centro 102",
        "ITH54",
        "ITA",
    ),
    "alpenit": (
        "Alpen IT Services GmbH",
        "de",
        "Innsbruck",
        "6020",
        "Museumstraße 5",
        "AT332",
        "AUT",
    ),
    "liffey": (
        "Liffey Facilities Management Ltd",
        "en",
        "Dublin",
        "D01 K0E3",
        "12 Ormond Quay Upper",
        "IE061",
        "IRL",
    ),
    "bayernbus": (
        "Bayern E-Mobil Fahrzeugbau GmbH",
        "de",
        "Augsburg",
        "86150",
        "Halderstraße 21",
        "DE271",
        "DEU",
    ),
    "meier": (
        "Grünflächen Service Meier KG",
        "de",
        "Salzburg",
        "5020",
        "Alpenstraße 48",
        "AT323",
        "AUT",
    ),
    "greenway": (
        "Greenway Catering B.V.",
        "nl",
        "Rotterdam",
        "3011 AD",
        "Coolsingel 93",
        "NL33C",
        "NLD",
    ),
    "polmed": (
        "Pol-Med Dystrybucja S.A.",
        "pl",
        "Warszawa",
        "00-124",
        "ul. Grzybowska 5",
        "PL911",
        "POL",
    ),
}

# The procedures the questions are about: key -> record. title: (original, English) or English
# only; lots: list of (lot title (orig, en), winner key or None, amount); award/pub dates.
KNOWN: dict[str, dict] = {
    "graz_roads": dict(
        buyer="graz",
        type="open",
        cpv="45233141",
        cur="EUR",
        title=(
            "Sanierung der Fahrbahndecken im Stadtgebiet 2024",
            "Resurfacing of road pavements in the city area 2024",
        ),
        lots=[
            (
                ("Los 1: Sanierung Bezirk Lend", "Lot 1: Resurfacing in the Lend district"),
                "huber",
                "1845000.00",
            ),
            (
                ("Los 2: Sanierung Bezirk Gries", "Lot 2: Resurfacing in the Gries district"),
                "huber",
                "1212500.00",
            ),
        ],
        decided="2024-05-14",
        published="2024-06-03",
        tenders=6,
    ),
    "graz_green": dict(
        buyer="graz",
        type="neg-wo-call",
        cpv="77310000",
        cur="EUR",
        title=(
            "Pflege der Grünanlagen im Stadtpark",
            "Maintenance of the green areas of the Stadtpark",
        ),
        lots=[(None, "meier", "238400.00")],
        decided="2024-03-02",
        published="2024-03-20",
        tenders=1,
    ),
    "utrecht_school": dict(
        buyer="utrecht",
        type="restricted",
        cpv="45214200",
        cur="EUR",
        title=(
            "Nieuwbouw Brede School Leidsche Rijn",
            "New construction of the Leidsche Rijn community school",
        ),
        lots=[(None, "vandijk", "14750000.00")],
        decided="2024-02-19",
        published="2024-03-08",
        tenders=4,
    ),
    "rws_a12": dict(
        buyer="rws",
        type="comp-dial",
        cpv="71322000",
        cur="EUR",
        title=("Ontwerp verbreding A12 Ede-Grijsoord", "Design of the A12 Ede-Grijsoord widening"),
        lots=[(None, "vandijk", "3980000.00")],
        decided="2023-11-28",
        published="2023-12-15",
        tenders=3,
    ),
    "lyon_light": dict(
        buyer="lyon",
        type="open",
        cpv="34928500",
        cur="EUR",
        title=(
            "Fourniture de luminaires LED pour l'éclairage public",
            "Supply of LED luminaires for street lighting",
        ),
        lots=[(None, "elettrica", "2675000.00")],
        decided="2024-04-09",
        published="2024-04-30",
        tenders=5,
    ),
    "lyon_school": dict(
        buyer="lyon",
        type="open",
        cpv="45214200",
        cur="EUR",
        title=(
            "Rénovation du groupe scolaire Jean Macé",
            "Renovation of the Jean Macé school complex",
        ),
        lots=[
            (("Lot 1 : gros œuvre", "Lot 1: structural works"), "rhone", "3120000.00"),
            (("Lot 2 : menuiseries extérieures", "Lot 2: exterior joinery"), "rhone", "845000.00"),
            (("Lot 3 : chauffage et ventilation", "Lot 3: heating and ventilation"), None, None),
        ],
        decided="2024-06-21",
        published="2024-07-10",
        tenders=9,
    ),
    "krakow_buses": dict(
        buyer="krakow",
        type="open",
        cpv="34144910",
        cur="PLN",
        title=(
            "Dostawa autobusów elektrycznych dla MPK Kraków",
            "Delivery of electric buses for the Kraków municipal transport company",
        ),
        lots=[(None, "bayernbus", "96400000.00")],
        decided="2024-01-30",
        published="2024-02-22",
        tenders=2,
    ),
    "krakow_roads": dict(
        buyer="krakow",
        type="open",
        cpv="45233140",
        cur="PLN",
        title=("Przebudowa ulicy Zakopiańskiej", "Reconstruction of Zakopiańska street"),
        lots=[(None, "krakbud", "38250000.00")],
        decided="2023-09-12",
        published="2023-10-05",
        tenders=7,
    ),
    "skane_snow": dict(
        buyer="skane",
        type="open",
        cpv="90620000",
        cur="SEK",
        title=(
            "Snöröjning och halkbekämpning vid regionens sjukhus",
            "Snow clearing and de-icing at the region's hospitals",
        ),
        lots=[
            (("Område 1: Lund och Malmö", "Area 1: Lund and Malmö"), "nordvik", "12800000.00"),
            (
                ("Område 2: Kristianstad och Hässleholm", "Area 2: Kristianstad and Hässleholm"),
                "nordvik",
                "6450000.00",
            ),
        ],
        decided="2023-08-25",
        published="2023-09-14",
        tenders=4,
    ),
    "sermas_gloves": dict(
        buyer="sermas",
        type="open",
        cpv="33141000",
        cur="EUR",
        title=(
            "Suministro de guantes de examen de nitrilo",
            "Supply of nitrile examination gloves",
        ),
        lots=[(None, "medisupply", "4120000.00")],
        decided="2024-02-07",
        published="2024-02-27",
        tenders=11,
    ),
    "sermas_imaging": dict(
        buyer="sermas",
        type="neg-w-call",
        cpv="33100000",
        cur="EUR",
        title=(
            "Adquisición de equipos de resonancia magnética",
            "Purchase of magnetic resonance imaging equipment",
        ),
        lots=[(None, "tecsan", "9870000.00")],
        decided="2024-05-29",
        published="2024-06-18",
        tenders=3,
    ),
    "muenchen_it": dict(
        buyer="muenchen",
        type="open",
        cpv="72267000",
        cur="EUR",
        title=(
            "Wartung und Weiterentwicklung des Bürgerportals",
            "Maintenance and further development of the citizen portal",
        ),
        lots=[(None, "alpenit", "2390000.00")],
        decided="2024-03-26",
        published="2024-04-15",
        tenders=5,
    ),
    "muenchen_laptops": dict(
        buyer="muenchen",
        type="open",
        cpv="30213100",
        cur="EUR",
        title=("Lieferung von Notebooks für Schulen", "Delivery of notebook computers for schools"),
        lots=[(None, "datanord", "5630000.00")],
        decided="2023-12-04",
        published="2023-12-22",
        tenders=8,
    ),
    "dublin_clean": dict(
        buyer="dublin",
        type="restricted",
        cpv="90911200",
        cur="EUR",
        title="Cleaning services for the Civic Offices and libraries",
        lots=[(None, "liffey", "1560000.00")],
        decided="2024-01-16",
        published="2024-02-06",
        tenders=6,
    ),
    "dublin_design": dict(
        buyer="dublin",
        type="innovation",
        cpv="72000000",
        cur="EUR",
        title="Innovation partnership for a digital parking permit service",
        lots=[(None, "alpenit", "850000.00")],
        decided="2024-07-02",
        published="2024-07-23",
        tenders=4,
    ),
    "bologna_power": dict(
        buyer="bologna",
        type="open",
        cpv="09310000",
        cur="EUR",
        title=(
            "Fornitura di energia elettrica per gli edifici comunali",
            "Supply of electricity for municipal buildings",
        ),
        lots=[(None, "elettrica", "7340000.00")],
        decided="2023-10-17",
        published="2023-11-07",
        tenders=5,
    ),
    "kbh_catering": dict(
        buyer="kbh",
        type="open",
        cpv="55524000",
        cur="DKK",
        title=(
            "Skolemad til københavnske folkeskoler",
            "School meals for Copenhagen public schools",
        ),
        lots=[(None, "greenway", "41200000.00")],
        decided="2024-04-23",
        published="2024-05-13",
        tenders=3,
    ),
    "kbh_pipes": dict(
        buyer="kbh",
        type="open",
        cpv="45232150",
        cur="DKK",
        title=("Fornyelse af vandledninger i Valby", "Renewal of water pipes in Valby"),
        lots=[(None, "vandijk", "27600000.00")],
        decided="2024-08-20",
        published="2024-09-09",
        tenders=4,
    ),
    "rws_mowing": dict(
        buyer="rws",
        type="open",
        cpv="77310000",
        cur="EUR",
        title=(
            "Maaien van bermen rijkswegen regio Midden-Nederland",
            "Mowing of motorway verges in the Central Netherlands region",
        ),
        lots=[(None, "meier", "1170000.00")],
        decided="2024-02-27",
        published="2024-03-18",
        tenders=5,
    ),
    "bologna_drugs": dict(
        buyer="bologna",
        type="neg-wo-call",
        cpv="33600000",
        cur="EUR",
        title=(
            "Fornitura urgente di farmaci per le farmacie comunali",
            "Urgent supply of medicines for the municipal pharmacies",
        ),
        lots=[(None, "polmed", "615000.00")],
        decided="2024-09-03",
        published="2024-09-24",
        tenders=1,
    ),
}
# contract notices of procedures not awarded yet: key -> (buyer, type, cpv, cur, title, estimate, published)
OPEN_CALLS = {
    "utrecht_bridge": (
        "utrecht",
        "open",
        "45000000",
        "EUR",
        ("Vervanging Vleutense brug", "Replacement of the Vleutense bridge"),
        "6200000.00",
        "2024-10-01",
    ),
    "muenchen_ads": (
        "muenchen",
        "open",
        "79341000",
        "EUR",
        ("Werbekampagne Radverkehr", "Advertising campaign for cycling"),
        "480000.00",
        "2024-09-17",
    ),
    "skane_software": (
        "skane",
        "restricted",
        "48000000",
        "SEK",
        ("Nytt journalsystem för primärvården", "New patient record system for primary care"),
        "185000000.00",
        "2024-08-29",
    ),
}
FILLER_WORDS = ("framework agreement for", "supply of", "services of", "works for")


def uid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def lit(value: str, lang: str | None = None, dtype: str | None = None) -> str:
    text = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if lang:
        return f'"{text}"@{lang}'
    if dtype:
        return f'"{text}"^^<{dtype}>'
    return f'"{text}"'


class Notice:
    """The quads of one notice's named graph."""

    def __init__(self, graph: str) -> None:
        self.graph = graph
        self.lines: list[str] = []
        self.blank = 0

    def bnode(self) -> str:
        self.blank += 1
        return f"_:n{self.graph.rsplit('/', 1)[-1].replace('-', '')}b{self.blank}"

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} <{p}> {o} <{self.graph}> .")

    def node(self, cls: str) -> str:
        return f"<{EPD}{cls}/{uid()}>"

    def money(self, amount: str, cur: str) -> str:
        b = self.bnode()
        self.add(b, RDF + "type", f"<{EPO}MonetaryValue>")
        self.add(b, EPO + "hasAmountValue", lit(amount, dtype=XSD + "decimal"))
        self.add(b, EPO + "hasCurrency", f"<{AUTH}currency/{cur}>")
        return b

    def org(self, rec: tuple[str, ...]) -> str:
        name, lang, town, code, street, nuts, country = rec
        o = self.node("Organization")
        self.add(o, RDF + "type", f"<{ORG}Organization>")
        self.add(o, EPO + "hasLegalName", lit(name, lang))
        a = self.bnode()
        self.add(o, CCCEV + "registeredAddress", a)
        self.add(a, RDF + "type", f"<{LOCN}Address>")
        self.add(a, LOCN + "postName", lit(town, lang))
        self.add(a, LOCN + "thoroughfare", lit(street, lang))
        self.add(a, LOCN + "postCode", lit(code))
        self.add(a, EPO + "hasNutsCode", f"<{NUTS}{nuts}>")
        self.add(a, EPO + "hasCountryCode", f"<{AUTH}country/{country}>")
        return o

    def role(self, cls: str, org: str) -> str:
        r = self.node(cls)
        self.add(r, RDF + "type", f"<{EPO}{cls}>")
        self.add(r, EPO + "playedBy", org)
        return r

    def titled(self, s: str, title: tuple[str, str] | str, lang: str, prop: str = "title") -> None:
        if isinstance(title, str):
            self.add(s, DCT + prop, lit(title, "en"))
            return
        self.add(s, DCT + prop, lit(title[0], lang))
        if lang != "en":
            self.add(s, DCT + prop, lit(title[1], "en"))

    def purpose(self, s: str, cpv: str) -> None:
        b = self.bnode()
        self.add(s, EPO + "hasPurpose", b)
        self.add(b, RDF + "type", f"<{EPO}Purpose>")
        self.add(b, EPO + "hasMainClassification", f"<{CPV}{cpv}>")
        nature = (
            "works"
            if cpv.startswith("45")
            else "services"
            if cpv[:2] in ("55", "60", "71", "72", "77", "79", "90")
            else "supplies"
        )
        self.add(b, EPO + "hasContractNatureType", f"<{AUTH}contract-nature/{nature}>")

    def identifier(self, s: str, value: str) -> None:
        b = self.bnode()
        self.add(s, ADMS + "identifier", b)
        self.add(b, RDF + "type", f"<{ADMS}Identifier>")
        self.add(b, SKOS + "notation", lit(value))


SEQ = iter(range(10_000))


def pub_number(published: str) -> str:
    return f"{R.randint(100000, 799999)}-{published[:4]}"


def procedure(n: Notice, rec: dict, lang: str) -> tuple[str, list[str]]:
    p = n.node("Procedure")
    n.add(p, RDF + "type", f"<{EPO}Procedure>")
    n.titled(p, rec["title"], lang)
    n.identifier(p, uid())
    n.add(p, EPO + "hasProcedureType", f"<{AUTH}procurement-procedure-type/{rec['type']}>")
    n.purpose(p, rec["cpv"])
    lots = []
    for i, lot in enumerate(rec["lots"], 1):
        lt = n.node("Lot")
        n.add(lt, RDF + "type", f"<{EPO}Lot>")
        n.titled(lt, lot[0] or rec["title"], lang)
        n.identifier(lt, f"LOT-{i:04d}")
        n.purpose(lt, rec["cpv"])
        n.add(p, EPO + "hasProcurementScopeDividedIntoLot", lt)
        lots.append(lt)
    return p, lots


def result_notice(rec: dict) -> list[str]:
    buyer = BUYERS[rec["buyer"]]
    lang = buyer[1]
    number = pub_number(rec["published"])
    n = Notice(f"{EPD}notice/{number}")
    notice = n.node("ResultNotice")
    n.add(notice, RDF + "type", f"<{EPO}ResultNotice>")
    n.add(notice, EPO + "hasNoticePublicationNumber", lit(number))
    n.add(notice, EPO + "hasPublicationDate", lit(rec["published"], dtype=XSD + "date"))
    sent = date.fromisoformat(rec["published"]) - timedelta(days=R.randint(3, 9))
    n.add(notice, EPO + "hasDispatchDate", lit(sent.isoformat(), dtype=XSD + "date"))
    p, lots = procedure(n, rec, lang)
    n.add(notice, EPO + "refersToProcedure", p)
    borg = n.org(buyer)
    brole = n.role("Buyer", borg)
    n.add(notice, EPO + "announcesRole", brole)
    decision = n.node("AwardDecision")
    n.add(decision, RDF + "type", f"<{EPO}AwardDecision>")
    n.add(decision, EPO + "hasAwardDecisionDate", lit(rec["decided"], dtype=XSD + "date"))
    n.add(notice, EPO + "announcesAwardDecision", decision)
    winners: dict[str, tuple[str, str, str]] = {}
    for lot, (ltitle, winner, amount) in zip(lots, rec["lots"], strict=True):
        lao = n.node("LotAwardOutcome")
        n.add(lao, RDF + "type", f"<{EPO}LotAwardOutcome>")
        n.add(decision, EPO + "comprisesAwardOutcome", lao)
        n.add(lao, EPO + "concernsLot", lot)
        stats = n.node("SubmissionStatisticalInformation")
        n.add(stats, RDF + "type", f"<{EPO}SubmissionStatisticalInformation>")
        n.add(stats, EPO + "summarisesInformationForLotAwardOutcome", lao)
        n.add(stats, EPO + "hasReceivedTenders", lit(str(rec["tenders"]), dtype=XSD + "integer"))
        if winner is None:
            n.add(lao, EPO + "hasAwardStatus", f"<{AUTH}winner-selection-status/clos-nw>")
            continue
        n.add(lao, EPO + "hasAwardStatus", f"<{AUTH}winner-selection-status/selec-w>")
        n.add(lao, EPO + "hasAwardedValue", n.money(amount, rec["cur"]))
        if winner not in winners:
            worg = n.org(COMPANIES[winner])
            winners[winner] = (worg, n.role("Winner", worg), n.role("Tenderer", worg))
        worg, wrole, trole = winners[winner]
        tender = n.node("Tender")
        n.add(tender, RDF + "type", f"<{EPO}Tender>")
        n.add(tender, EPO + "isSubmitedBy", trole)
        n.add(tender, EPO + "isSubmittedForLot", lot)
        n.add(tender, EPO + "hasFinancialOfferValue", n.money(amount, rec["cur"]))
        n.identifier(tender, f"TEN-{next(SEQ):04d}")
        tao = n.node("TenderAwardOutcome")
        n.add(tao, RDF + "type", f"<{EPO}TenderAwardOutcome>")
        n.add(lao, EPO + "comprisesTenderAwardOutcome", tao)
        n.add(tao, EPO + "hasAwardRank", lit("1", dtype=XSD + "integer"))
        n.add(tao, EPO + "concernsTender", tender)
        n.add(tao, EPO + "indicatesAwardOfLotToWinner", wrole)
        contract = n.node("Contract")
        n.add(contract, RDF + "type", f"<{EPO}Contract>")
        n.titled(contract, ltitle or rec["title"], lang)
        n.identifier(contract, f"CON-{next(SEQ):04d}")
        n.add(contract, EPO + "includesTender", tender)
        signed = date.fromisoformat(rec["decided"]) + timedelta(days=R.randint(11, 25))
        n.add(
            contract, EPO + "hasContractConclusionDate", lit(signed.isoformat(), dtype=XSD + "date")
        )
        n.add(notice, EPO + "announcesContract", contract)
    return n.lines


def contract_notice(
    buyer_key: str, ptype: str, cpv: str, cur: str, title, estimate: str, published: str
) -> list[str]:
    buyer = BUYERS[buyer_key]
    number = pub_number(published)
    n = Notice(f"{EPD}notice/{number}")
    notice = n.node("ContractNotice")
    n.add(notice, RDF + "type", f"<{EPO}ContractNotice>")
    n.add(notice, EPO + "hasNoticePublicationNumber", lit(number))
    n.add(notice, EPO + "hasPublicationDate", lit(published, dtype=XSD + "date"))
    rec = dict(title=title, type=ptype, cpv=cpv, lots=[(None, None, None)])
    p, _ = procedure(n, rec, buyer[1])
    n.add(p, EPO + "hasEstimatedValue", n.money(estimate, cur))
    n.add(notice, EPO + "refersToProcedure", p)
    n.add(notice, EPO + "announcesRole", n.role("Buyer", n.org(buyer)))
    return n.lines


def filler(i: int) -> dict:
    """A routine award: a random buyer, CPV code and winner, an English title from the CPV label."""
    buyer = R.choice(sorted(BUYERS))
    cpv = R.choice(sorted(CPVS))
    label = CPVS[cpv][1]
    cur = {"krakow": "PLN", "skane": "SEK", "kbh": "DKK"}.get(buyer, "EUR")
    year = R.choice((2022, 2023))
    decided = date(year, 1, 1) + timedelta(days=R.randint(0, 330))
    published = decided + timedelta(days=R.randint(15, 30))
    place = BUYERS[buyer][2]
    title = f"{R.choice(FILLER_WORDS).capitalize()} {label.lower()} ({place}, {year}-{i:02d})"
    lots = [(None, R.choice(sorted(COMPANIES)), f"{R.randint(40, 9000) * 1000}.00")]
    return dict(
        buyer=buyer,
        type=R.choice(("open", "open", "restricted", "neg-wo-call")),
        cpv=cpv,
        cur=cur,
        title=title,
        lots=lots,
        decided=decided.isoformat(),
        published=published.isoformat(),
        tenders=R.randint(1, 9),
    )


def authority() -> str:
    out = [
        f"@prefix skos: <{SKOS}> .",
        f"@prefix dc: <{DC}> .",
        f"@prefix rdf: <{RDF}> .",
        "",
    ]

    def graph(name: str, body: list[str]) -> None:
        out.append(f"<{name}> {{")
        out.extend("  " + line for line in body)
        out.append("}")
        out.append("")

    def labels(names: tuple[str, ...], langs: tuple[str, ...] = ("en", "de", "fr")) -> str:
        return " ; ".join(
            f"skos:prefLabel {lit(x, la)}" for x, la in zip(names, langs, strict=True)
        )

    body = [
        f"<{CPV}> a skos:ConceptScheme ; skos:prefLabel {lit('Common Procurement Vocabulary (CPV 2008)', 'en')} ."
    ]
    for code, (check, en, de, fr, broader) in CPVS.items():
        line = f"<{CPV}{code}> a skos:Concept ; {labels((en, de, fr))} ; skos:notation {lit(f'{code}-{check}')} ; skos:inScheme <{CPV}>"
        if broader:
            line += f" ; skos:broader <{CPV}{broader}>"
        body.append(line + " .")
    graph(CPV, body)
    body = []
    for code, names in PROC_TYPES.items():
        line = f"<{AUTH}procurement-procedure-type/{code}> a skos:Concept ; skos:inScheme <{AUTH}procurement-procedure-type>"
        if names:
            line += f" ; {labels(names)} ; skos:notation {lit(code)}"
        body.append(line + " .")
    graph(AUTH + "procurement-procedure-type", body)
    body = [
        f"<{AUTH}currency/{c}> a skos:Concept ; {labels(n)} ; dc:identifier {lit(c)} ; skos:inScheme <{AUTH}currency> ."
        for c, n in CURRENCIES.items()
    ]
    graph(AUTH + "currency", body)
    body = [
        f"<{AUTH}country/{c}> a skos:Concept ; {labels(n)} ; dc:identifier {lit(c)} ; skos:inScheme <{AUTH}country> ."
        for c, n in COUNTRIES.items()
    ]
    graph(AUTH + "country", body)
    body = [
        f"<{AUTH}winner-selection-status/selec-w> a skos:Concept ; skos:prefLabel {lit('At least one winner was chosen.', 'en')} ; skos:inScheme <{AUTH}winner-selection-status> .",
        f"<{AUTH}winner-selection-status/clos-nw> a skos:Concept ; skos:prefLabel {lit('The competition is closed with no winner.', 'en')} ; skos:inScheme <{AUTH}winner-selection-status> .",
    ]
    graph(AUTH + "winner-selection-status", body)
    body = [
        f"<{NUTS}{c}> a skos:Concept ; skos:prefLabel {lit(name, 'en')} ; skos:notation {lit(c)} ; skos:inScheme <http://data.europa.eu/nuts/scheme/2021> ."
        for c, name in NUTS3.items()
    ]
    graph("http://data.europa.eu/nuts/scheme/2021", body)
    return "\n".join(out)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    records = list(KNOWN.values()) + [filler(i) for i in range(1, 61)]
    R.shuffle(records)
    lines: list[str] = []
    for rec in records:
        lines.extend(result_notice(rec))
    for key in sorted(OPEN_CALLS):
        lines.extend(contract_notice(*OPEN_CALLS[key]))
    (OUT / "notices.nq").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUT / "authority.trig").write_text(authority() + "\n", encoding="utf-8")
    print(f"{len(lines)} quads, {len(records)} result notices, {len(OPEN_CALLS)} contract notices")


if __name__ == "__main__":
    main()
