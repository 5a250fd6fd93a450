# ruff: noqa: E501  (one record a line)
"""Write ``eurio.nt.gz``: a slice of EU-funded research and innovation projects shaped as the
European Commission's CORDIS publishes them in EURIO, the EUropean Research Information Ontology
(``http://data.europa.eu/s66#``), as a gzipped N-Triples dump.

The shape follows the CORDIS knowledge graph (EURIO 2.x; resources under
``http://data.europa.eu/s66/resource/``, opaque UUID IRIs, no ``rdfs:label`` on instances):

* ``eurio:Project`` with ``eurio:acronym``, ``eurio:title`` (``@en``), ``eurio:identifier`` (the
  grant agreement number, a plain string), ``eurio:abstract``, ``eurio:startDate`` /
  ``eurio:endDate`` (``xsd:date``), ``eurio:duration`` (``xsd:duration`` "P36M"),
  ``eurio:keyword`` (several), ``eurio:hasProjectStatus`` (code IRIs "SIGNED", "CLOSED"),
  ``eurio:hasTotalCost`` and ``eurio:hasECMaxContribution`` (``eurio:MonetaryAmount`` blank
  nodes: ``eurio:value`` ``xsd:decimal``, ``eurio:hasCurrency`` the EU currency authority IRI),
  ``eurio:hasEuroSciVocClassification`` (EuroSciVoc concepts), ``eurio:isFundedBy`` a
  ``eurio:Grant`` (``eurio:hasFundingSchemeProgramme`` the framework programme and its parts,
  ``eurio:hasFundingSchemeCall`` the call, ``eurio:hasFundingSchemeTopic`` the topic,
  ``eurio:hasFundingScheme`` the type of action);
* participation as n-ary role nodes: ``eurio:hasInvolvedParty`` from the project to a
  ``eurio:Coordinator`` / ``eurio:Participant`` / ``eurio:AssociatedPartner`` /
  ``eurio:ThirdParty`` node carrying ``eurio:roleLabel``, ``eurio:isRoleOf`` the organisation,
  ``eurio:isInvolvedIn`` back to the project, ``eurio:order`` and
  ``eurio:hasECContribution`` (a ``eurio:MonetaryAmount`` blank node; associated partners get none);
* ``eurio:Organisation`` with ``eurio:legalName``, ``eurio:shortName`` (most),
  ``eurio:pic`` (the 9-digit participant identification code), ``eurio:vatNumber`` (some),
  ``eurio:hasOrganisationActivityType`` (code concepts HES / REC / PRC / PUB / OTH with
  ``skos:notation`` and ``skos:prefLabel``), ``eurio:hasSite`` -> ``eurio:Site`` ->
  ``eurio:hasAddress`` -> ``eurio:PostalAddress`` (``eurio:street``, ``eurio:postalCode``,
  ``eurio:addressLocality``, ``eurio:addressCountry`` the EU country authority IRI);
* countries as the Publications Office authority table publishes them: ``skos:prefLabel`` in
  several languages, ``skos:notation`` (the ISO alpha-2 code);
* EuroSciVoc: ``skos:Concept`` (``http://data.europa.eu/8mn/euroscivoc/<uuid>``) with
  ``skos:prefLabel`` in English, German and French, ``skos:broader``, ``skos:inScheme``;
* programmes, calls, topics and funding schemes as ``eurio:FrameworkProgramme`` /
  ``eurio:FundingSchemeProgramme`` / ``eurio:Call`` / ``eurio:Topic`` / ``eurio:FundingScheme``
  with ``eurio:code`` and ``eurio:title`` and ``eurio:isPartOf`` (programme parts);
* ``eurio:hasResult`` -> ``eurio:ProjectPublication`` (``eurio:title``, ``eurio:doi``,
  ``eurio:publicationDate``) for a few projects;
* the ontology's classes and properties with ``rdfs:label`` (no ``owl:inverseOf`` in the dump).

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/eurio_make.py``.
"""

from __future__ import annotations

import gzip
import random
import uuid
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
E = Namespace("http://data.europa.eu/s66#")
RES = "http://data.europa.eu/s66/resource/"
ESV = "http://data.europa.eu/8mn/euroscivoc/"
COUNTRY = "http://publications.europa.eu/resource/authority/country/"
EUR = URIRef("http://publications.europa.eu/resource/authority/currency/EUR")
NS_UUID = uuid.UUID("6f1c2b9e-3d41-4c55-9a0e-0b7c2f1d9e10")

# alpha-3 authority code, alpha-2 notation, labels (en, fr, de, native)
COUNTRIES = {
    "GRC": ("EL", "Greece", "Grèce", "Griechenland", ("Ελλάδα", "el")),
    "DEU": ("DE", "Germany", "Allemagne", "Deutschland", None),
    "FRA": ("FR", "France", "France", "Frankreich", None),
    "NLD": ("NL", "Netherlands", "Pays-Bas", "Niederlande", ("Nederland", "nl")),
    "BEL": ("BE", "Belgium", "Belgique", "Belgien", None),
    "ESP": ("ES", "Spain", "Espagne", "Spanien", ("España", "es")),
    "ITA": ("IT", "Italy", "Italie", "Italien", ("Italia", "it")),
    "PRT": ("PT", "Portugal", "Portugal", "Portugal", None),
    "POL": ("PL", "Poland", "Pologne", "Polen", ("Polska", "pl")),
    "FIN": ("FI", "Finland", "Finlande", "Finnland", ("Suomi", "fi")),
    "AUT": ("AT", "Austria", "Autriche", "Österreich", None),
    "IRL": ("IE", "Ireland", "Irlande", "Irland", None),
    "NOR": ("NO", "Norway", "Norvège", "Norwegen", ("Norge", "nb")),
    "CHE": ("CH", "Switzerland", "Suisse", "Schweiz", None),
    "GBR": ("UK", "United Kingdom", "Royaume-Uni", "Vereinigtes Königreich", None),
}
ACTIVITY = {
    "HES": "Higher or Secondary Education Establishments",
    "REC": "Research Organisations",
    "PRC": "Private for-profit entities (excluding Higher or Secondary Education Establishments)",
    "PUB": "Public bodies (excluding Research Organisations and Secondary or Higher Education Establishments)",
    "OTH": "Other",
}
# key, legal name, short name (None: none published), type, country, city, postcode, street
ORGS = [
    (
        "ntua",
        "NATIONAL TECHNICAL UNIVERSITY OF ATHENS - NTUA",
        "NTUA",
        "HES",
        "GRC",
        "ATHINA",
        "15780",
        "HEROON POLYTECHNIOU 9",
    ),
    (
        "auth",
        "ARISTOTELIO PANEPISTIMIO THESSALONIKIS",
        "AUTH",
        "HES",
        "GRC",
        "THESSALONIKI",
        "54636",
        "KEDRINOU 3",
    ),
    (
        "upatras",
        "PANEPISTIMIO PATRON",
        "UPATRAS",
        "HES",
        "GRC",
        "RIO PATRAS",
        "26504",
        "UNIVERSITY CAMPUS",
    ),
    (
        "certh",
        "ETHNIKO KENTRO EREVNAS KAI TECHNOLOGIKIS ANAPTYXIS",
        "CERTH",
        "REC",
        "GRC",
        "THERMI THESSALONIKI",
        "57001",
        "CHARILAOU THERMI ROAD 6 KM",
    ),
    (
        "forth",
        "IDRYMA TECHNOLOGIAS KAI EREVNAS",
        "FORTH",
        "REC",
        "GRC",
        "IRAKLEIO",
        "70013",
        "N PLASTIRA STR 100",
    ),
    (
        "intrasoft",
        "NETCOMPANY-INTRASOFT SA",
        None,
        "PRC",
        "GRC",
        "ATHINA",
        "19002",
        "2 ADRIANIOU STR",
    ),
    (
        "fhg",
        "FRAUNHOFER GESELLSCHAFT ZUR FORDERUNG DER ANGEWANDTEN FORSCHUNG EV",
        "Fraunhofer",
        "REC",
        "DEU",
        "MUNCHEN",
        "80686",
        "HANSASTRASSE 27C",
    ),
    (
        "tum",
        "TECHNISCHE UNIVERSITAET MUENCHEN",
        "TUM",
        "HES",
        "DEU",
        "MUENCHEN",
        "80333",
        "ARCISSTRASSE 21",
    ),
    (
        "kit",
        "KARLSRUHER INSTITUT FUER TECHNOLOGIE",
        "KIT",
        "HES",
        "DEU",
        "KARLSRUHE",
        "76131",
        "KAISERSTRASSE 12",
    ),
    (
        "siemens",
        "SIEMENS AKTIENGESELLSCHAFT",
        "SIEMENS",
        "PRC",
        "DEU",
        "MUENCHEN",
        "80333",
        "WERNER VON SIEMENS STRASSE 1",
    ),
    (
        "dlr",
        "DEUTSCHES ZENTRUM FUR LUFT - UND RAUMFAHRT EV",
        "DLR",
        "REC",
        "DEU",
        "KOELN",
        "51147",
        "LINDER HOHE",
    ),
    (
        "cnrs",
        "CENTRE NATIONAL DE LA RECHERCHE SCIENTIFIQUE CNRS",
        "CNRS",
        "REC",
        "FRA",
        "PARIS",
        "75794",
        "RUE MICHEL ANGE 3",
    ),
    (
        "cea",
        "COMMISSARIAT A L ENERGIE ATOMIQUE ET AUX ENERGIES ALTERNATIVES",
        "CEA",
        "REC",
        "FRA",
        "PARIS 15",
        "75015",
        "RUE LEBLANC 25",
    ),
    (
        "inria",
        "INSTITUT NATIONAL DE RECHERCHE EN INFORMATIQUE ET AUTOMATIQUE",
        "INRIA",
        "REC",
        "FRA",
        "LE CHESNAY CEDEX",
        "78153",
        "DOMAINE DE VOLUCEAU ROCQUENCOURT",
    ),
    (
        "sorbonne",
        "SORBONNE UNIVERSITE",
        "SU",
        "HES",
        "FRA",
        "PARIS",
        "75006",
        "21 RUE DE L'ECOLE DE MEDECINE",
    ),
    (
        "tudelft",
        "TECHNISCHE UNIVERSITEIT DELFT",
        "TU Delft",
        "HES",
        "NLD",
        "DELFT",
        "2628 CN",
        "STEVINWEG 1",
    ),
    (
        "tno",
        "NEDERLANDSE ORGANISATIE VOOR TOEGEPAST NATUURWETENSCHAPPELIJK ONDERZOEK TNO",
        "TNO",
        "REC",
        "NLD",
        "DEN HAAG",
        "2595 DA",
        "ANNA VAN BUERENPLEIN 1",
    ),
    (
        "wur",
        "WAGENINGEN UNIVERSITY",
        "WU",
        "HES",
        "NLD",
        "WAGENINGEN",
        "6708 PB",
        "DROEVENDAALSESTEEG 4",
    ),
    (
        "kuleuven",
        "KATHOLIEKE UNIVERSITEIT LEUVEN",
        "KU Leuven",
        "HES",
        "BEL",
        "LEUVEN",
        "3000",
        "OUDE MARKT 13",
    ),
    (
        "imec",
        "INTERUNIVERSITAIR MICRO-ELECTRONICA CENTRUM",
        "IMEC",
        "REC",
        "BEL",
        "LEUVEN",
        "3001",
        "KAPELDREEF 75",
    ),
    (
        "upm",
        "UNIVERSIDAD POLITECNICA DE MADRID",
        "UPM",
        "HES",
        "ESP",
        "MADRID",
        "28040",
        "CALLE RAMIRO DE MAEZTU 7",
    ),
    (
        "tecnalia",
        "FUNDACION TECNALIA RESEARCH & INNOVATION",
        "TECNALIA",
        "REC",
        "ESP",
        "DERIO BIZKAIA",
        "48160",
        "PARQUE CIENTIFICO Y TECNOLOGICO DE BIZKAIA",
    ),
    (
        "csic",
        "AGENCIA ESTATAL CONSEJO SUPERIOR DE INVESTIGACIONES CIENTIFICAS",
        "CSIC",
        "REC",
        "ESP",
        "MADRID",
        "28006",
        "CALLE SERRANO 117",
    ),
    (
        "polimi",
        "POLITECNICO DI MILANO",
        "POLIMI",
        "HES",
        "ITA",
        "MILANO",
        "20133",
        "PIAZZA LEONARDO DA VINCI 32",
    ),
    (
        "cnr",
        "CONSIGLIO NAZIONALE DELLE RICERCHE",
        "CNR",
        "REC",
        "ITA",
        "ROMA",
        "00185",
        "PIAZZALE ALDO MORO 7",
    ),
    ("enel", "ENEL X SRL", None, "PRC", "ITA", "ROMA", "00198", "VIALE REGINA MARGHERITA 125"),
    (
        "inesc",
        "INESC TEC - INSTITUTO DE ENGENHARIA DE SISTEMAS E COMPUTADORES, TECNOLOGIA E CIENCIA",
        "INESC TEC",
        "REC",
        "PRT",
        "PORTO",
        "4200 465",
        "RUA DR ROBERTO FRIAS CAMPUS DA FEUP",
    ),
    (
        "ulisboa",
        "UNIVERSIDADE DE LISBOA",
        "ULisboa",
        "HES",
        "PRT",
        "LISBOA",
        "1649 004",
        "ALAMEDA DA UNIVERSIDADE",
    ),
    (
        "pw",
        "POLITECHNIKA WARSZAWSKA",
        "WUT",
        "HES",
        "POL",
        "WARSZAWA",
        "00 661",
        "PLAC POLITECHNIKI 1",
    ),
    (
        "vtt",
        "TEKNOLOGIAN TUTKIMUSKESKUS VTT OY",
        "VTT",
        "REC",
        "FIN",
        "ESPOO",
        "02150",
        "TEKNIIKANTIE 21",
    ),
    ("aalto", "AALTO KORKEAKOULUSAATIO SR", "AALTO", "HES", "FIN", "ESPOO", "02150", "OTAKAARI 1"),
    (
        "ait",
        "AIT AUSTRIAN INSTITUTE OF TECHNOLOGY GMBH",
        "AIT",
        "REC",
        "AUT",
        "WIEN",
        "1210",
        "GIEFINGGASSE 4",
    ),
    (
        "tcd",
        "THE PROVOST, FELLOWS, FOUNDATION SCHOLARS & THE OTHER MEMBERS OF BOARD, OF THE COLLEGE OF THE HOLY & UNDIVIDED TRINITY OF QUEEN ELIZABETH NEAR DUBLIN",
        "TCD",
        "HES",
        "IRL",
        "DUBLIN 2",
        "D02 PN40",
        "COLLEGE GREEN",
    ),
    ("sintef", "SINTEF AS", "SINTEF", "REC", "NOR", "TRONDHEIM", "7034", "STRINDVEGEN 4"),
    (
        "ethz",
        "EIDGENOESSISCHE TECHNISCHE HOCHSCHULE ZUERICH",
        "ETH Zürich",
        "HES",
        "CHE",
        "ZUERICH",
        "8092",
        "RAEMISTRASSE 101",
    ),
    ("ucl", "UNIVERSITY COLLEGE LONDON", "UCL", "HES", "GBR", "LONDON", "WC1E 6BT", "GOWER STREET"),
    (
        "athenarc",
        "ATHINA-EREVNITIKO KENTRO KAINOTOMIAS STIS TECHNOLOGIES TIS PLIROFORIAS, TON EPIKOINONION KAI TIS GNOSIS",
        "ATHENA RC",
        "REC",
        "GRC",
        "MAROUSI",
        "15125",
        "ARTEMIDOS 6 KAI EPIDAVROU",
    ),
    (
        "ppc",
        "DIMOSIA EPICHEIRISI ILEKTRISMOU ANONYMI ETAIREIA",
        "PPC",
        "PRC",
        "GRC",
        "ATHINA",
        "10432",
        "CHALKOKONDYLI 30",
    ),
    (
        "emilia",
        "REGIONE EMILIA ROMAGNA",
        None,
        "PUB",
        "ITA",
        "BOLOGNA",
        "40127",
        "VIALE ALDO MORO 52",
    ),
    (
        "eurocities",
        "EUROCITIES ASBL",
        "EUROCITIES",
        "OTH",
        "BEL",
        "BRUXELLES",
        "1000",
        "SQUARE DE MEEUS 1",
    ),
]
# EuroSciVoc: key, English, German, French, broader key (None: a top field)
FIELDS = [
    ("nat", "natural sciences", "Naturwissenschaften", "sciences naturelles", None),
    (
        "eng",
        "engineering and technology",
        "Technik und Technologie",
        "ingénierie et technologie",
        None,
    ),
    (
        "med",
        "medical and health sciences",
        "Medizin und Gesundheitswissenschaften",
        "sciences médicales et de la santé",
        None,
    ),
    ("agr", "agricultural sciences", "Agrarwissenschaften", "sciences agricoles", None),
    ("soc", "social sciences", "Sozialwissenschaften", "sciences sociales", None),
    (
        "cis",
        "computer and information sciences",
        "Computer- und Informationswissenschaften",
        "informatique et sciences de l'information",
        "nat",
    ),
    ("ai", "artificial intelligence", "künstliche Intelligenz", "intelligence artificielle", "cis"),
    ("ml", "machine learning", "maschinelles Lernen", "apprentissage automatique", "ai"),
    (
        "nlp",
        "natural language processing",
        "Verarbeitung natürlicher Sprache",
        "traitement automatique du langage naturel",
        "ai",
    ),
    ("cyber", "cybersecurity", "Cybersicherheit", "cybersécurité", "cis"),
    ("data", "data science", "Datenwissenschaft", "science des données", "cis"),
    ("bigdata", "big data", "Big Data", "mégadonnées", "data"),
    (
        "ee",
        "electrical engineering, electronic engineering, information engineering",
        "Elektrotechnik, Elektronik, Informationstechnik",
        "génie électrique, génie électronique, génie de l'information",
        "eng",
    ),
    ("energy", "energy and fuels", "Energie und Brennstoffe", "énergie et combustibles", "ee"),
    ("renew", "renewable energy", "erneuerbare Energie", "énergie renouvelable", "energy"),
    ("solar", "solar energy", "Solarenergie", "énergie solaire", "renew"),
    ("wind", "wind power", "Windkraft", "énergie éolienne", "renew"),
    ("hydrogen", "hydrogen energy", "Wasserstoffenergie", "énergie hydrogène", "energy"),
    ("grid", "smart grids", "intelligente Stromnetze", "réseaux électriques intelligents", "ee"),
    ("robot", "robotics", "Robotik", "robotique", "ee"),
    ("env", "environmental engineering", "Umwelttechnik", "génie de l'environnement", "eng"),
    ("water", "water management", "Wasserwirtschaft", "gestion de l'eau", "env"),
    ("circ", "circular economy", "Kreislaufwirtschaft", "économie circulaire", "env"),
    ("bio", "biological sciences", "Biowissenschaften", "sciences biologiques", "nat"),
    ("micro", "microbiology", "Mikrobiologie", "microbiologie", "bio"),
    ("climate", "climatology", "Klimatologie", "climatologie", "nat"),
    ("health", "health sciences", "Gesundheitswissenschaften", "sciences de la santé", "med"),
    ("epid", "epidemiology", "Epidemiologie", "épidémiologie", "health"),
    ("onco", "oncology", "Onkologie", "oncologie", "med"),
    ("crop", "agronomy", "Agronomie", "agronomie", "agr"),
    (
        "precision",
        "precision agriculture",
        "Präzisionslandwirtschaft",
        "agriculture de précision",
        "crop",
    ),
    ("urban", "urban planning", "Stadtplanung", "urbanisme", "soc"),
    ("transport", "transport planning", "Verkehrsplanung", "planification des transports", "soc"),
]
# programme key, code, title, part-of key
PROGRAMMES = [
    ("H2020", "H2020", "Horizon 2020 Framework Programme", None, "FrameworkProgramme"),
    ("HORIZON", "HORIZON", "Horizon Europe Framework Programme", None, "FrameworkProgramme"),
    (
        "H2020-EU.2.1.1",
        "H2020-EU.2.1.1.",
        "INDUSTRIAL LEADERSHIP - Leadership in enabling and industrial technologies - Information and Communication Technologies (ICT)",
        "H2020",
        "FundingSchemeProgramme",
    ),
    (
        "H2020-EU.3.3",
        "H2020-EU.3.3.",
        "SOCIETAL CHALLENGES - Secure, clean and efficient energy",
        "H2020",
        "FundingSchemeProgramme",
    ),
    (
        "H2020-EU.3.1",
        "H2020-EU.3.1.",
        "SOCIETAL CHALLENGES - Health, demographic change and well-being",
        "H2020",
        "FundingSchemeProgramme",
    ),
    (
        "H2020-EU.3.2",
        "H2020-EU.3.2.",
        "SOCIETAL CHALLENGES - Food security, sustainable agriculture and forestry, marine, maritime and inland water research and the Bioeconomy",
        "H2020",
        "FundingSchemeProgramme",
    ),
    (
        "H2020-EU.1.1",
        "H2020-EU.1.1.",
        "EXCELLENT SCIENCE - European Research Council (ERC)",
        "H2020",
        "FundingSchemeProgramme",
    ),
    (
        "HORIZON.2.4",
        "HORIZON.2.4",
        "Digital, Industry and Space",
        "HORIZON",
        "FundingSchemeProgramme",
    ),
    (
        "HORIZON.2.5",
        "HORIZON.2.5",
        "Climate, Energy and Mobility",
        "HORIZON",
        "FundingSchemeProgramme",
    ),
    ("HORIZON.2.1", "HORIZON.2.1", "Health", "HORIZON", "FundingSchemeProgramme"),
    (
        "HORIZON.2.6",
        "HORIZON.2.6",
        "Food, Bioeconomy Natural Resources, Agriculture and Environment",
        "HORIZON",
        "FundingSchemeProgramme",
    ),
    (
        "HORIZON.1.1",
        "HORIZON.1.1",
        "European Research Council (ERC)",
        "HORIZON",
        "FundingSchemeProgramme",
    ),
]
SCHEMES = {
    "RIA": "Research and Innovation action",
    "IA": "Innovation action",
    "CSA": "Coordination and support action",
    "ERC-STG": "Starting Grant",
    "ERC-COG": "Consolidator Grant",
    "HORIZON-RIA": "HORIZON Research and Innovation Actions",
    "HORIZON-IA": "HORIZON Innovation Actions",
    "HORIZON-CSA": "HORIZON Coordination and Support Actions",
    "HORIZON-ERC": "HORIZON ERC Grants",
}
# acronym, title, grant number, programme part, call, topic (code, title), scheme, start, months,
# status, fields, keywords, consortium (org keys, first the coordinator; "+key": associated partner)
PROJECTS = [
    (
        "SHARPEN",
        "Secure Hybrid AI for Resilient Power Electronics Networks",
        "101069512",
        "HORIZON.2.5",
        "HORIZON-CL5-2021-D3-01",
        ("HORIZON-CL5-2021-D3-01-02", "Digital twins for resilient power grids"),
        "HORIZON-RIA",
        "2022-09-01",
        36,
        "SIGNED",
        ["grid", "ai", "cyber"],
        ["power electronics", "grid resilience", "digital twin"],
        ["ntua", "fhg", "siemens", "tudelft", "ppc", "inesc", "+ethz"],
    ),
    (
        "AGRIMIND",
        "Machine learning for precision irrigation in Mediterranean agriculture",
        "101060720",
        "HORIZON.2.6",
        "HORIZON-CL6-2021-FARM2FORK-01",
        ("HORIZON-CL6-2021-FARM2FORK-01-05", "Digital tools for sustainable irrigation"),
        "HORIZON-RIA",
        "2022-06-01",
        48,
        "SIGNED",
        ["precision", "ml", "water"],
        ["irrigation", "remote sensing", "drought"],
        ["auth", "wur", "csic", "certh", "cnr", "enel"],
    ),
    (
        "HELIOSTORE",
        "High-efficiency solar thermal storage for district heating",
        "952871",
        "H2020-EU.3.3",
        "H2020-LC-SC3-2020-RES-RIA",
        (
            "LC-SC3-RES-1-2019-2020",
            "Developing the next generation of renewable energy technologies",
        ),
        "RIA",
        "2020-11-01",
        48,
        "CLOSED",
        ["solar", "energy"],
        ["thermal storage", "district heating"],
        ["cea", "upatras", "tecnalia", "dlr", "polimi"],
    ),
    (
        "NORDWIND",
        "Next-generation offshore rotor design for floating wind farms",
        "101084205",
        "HORIZON.2.5",
        "HORIZON-CL5-2022-D3-01",
        ("HORIZON-CL5-2022-D3-01-03", "Floating offshore wind innovations"),
        "HORIZON-IA",
        "2023-01-01",
        42,
        "SIGNED",
        ["wind"],
        ["offshore wind", "floating platforms", "rotor blades"],
        ["sintef", "dlr", "vtt", "tno", "upm", "+ucl"],
    ),
    (
        "LINGUABRIDGE",
        "Multilingual language technology for public services",
        "101070192",
        "HORIZON.2.4",
        "HORIZON-CL4-2021-HUMAN-01",
        ("HORIZON-CL4-2021-HUMAN-01-24", "Language technologies for a multilingual Europe"),
        "HORIZON-RIA",
        "2022-10-01",
        36,
        "SIGNED",
        ["nlp", "ai"],
        ["machine translation", "public administration", "speech"],
        ["athenarc", "kuleuven", "inria", "tcd", "intrasoft", "upm"],
    ),
    (
        "CYBERSHIELD",
        "Collaborative threat intelligence for critical infrastructure",
        "883054",
        "H2020-EU.2.1.1",
        "H2020-SU-DS-2019",
        ("SU-DS04-2018-2020", "Cybersecurity in the Electrical Power and Energy System"),
        "IA",
        "2020-09-01",
        36,
        "CLOSED",
        ["cyber", "grid"],
        ["threat intelligence", "critical infrastructure"],
        ["intrasoft", "certh", "ait", "siemens", "ntua", "imec"],
    ),
    (
        "ONCOSCAN",
        "AI-assisted early detection of pancreatic cancer",
        "101057048",
        "HORIZON.2.1",
        "HORIZON-HLTH-2021-CARE-05",
        ("HORIZON-HLTH-2021-CARE-05-03", "AI tools for cancer screening"),
        "HORIZON-RIA",
        "2022-11-01",
        60,
        "SIGNED",
        ["onco", "ml"],
        ["pancreatic cancer", "medical imaging", "early detection"],
        ["sorbonne", "tum", "forth", "ucl", "ulisboa"],
    ),
    (
        "PANDEMOS",
        "Epidemic forecasting from mobility and wastewater data",
        "101016233",
        "H2020-EU.3.1",
        "H2020-SC1-PHE-CORONAVIRUS-2020-2",
        ("SC1-PHE-CORONAVIRUS-2020-2B", "Epidemiology of COVID-19"),
        "RIA",
        "2021-01-01",
        30,
        "CLOSED",
        ["epid", "bigdata"],
        ["COVID-19", "wastewater surveillance", "mobility data"],
        ["kuleuven", "auth", "cnrs", "csic", "aalto"],
    ),
    (
        "URBANFLOW",
        "Data-driven planning of sustainable urban mobility",
        "875022",
        "H2020-EU.3.3",
        "H2020-LC-GV-2019",
        ("LC-GV-05-2019", "InCo flagship on urban mobility"),
        "RIA",
        "2019-12-01",
        42,
        "CLOSED",
        ["transport", "urban", "bigdata"],
        ["urban mobility", "traffic", "open data"],
        ["polimi", "eurocities", "emilia", "tudelft", "ntua", "pw"],
    ),
    (
        "HYDROGENIUS",
        "Green hydrogen valleys for island energy systems",
        "101111935",
        "HORIZON.2.5",
        "HORIZON-JTI-CLEANH2-2023-1",
        ("HORIZON-JTI-CLEANH2-2023-06-01", "Hydrogen valleys (small-scale)"),
        "HORIZON-IA",
        "2024-01-01",
        60,
        "SIGNED",
        ["hydrogen", "renew"],
        ["hydrogen valley", "islands", "electrolysers"],
        ["certh", "ppc", "fhg", "tecnalia", "enel", "sintef", "+ethz"],
    ),
    (
        "MICROBIOME4SOIL",
        "Soil microbiome engineering for resilient crops",
        "862695",
        "H2020-EU.3.2",
        "H2020-SFS-2019-2",
        ("SFS-01-2018-2019-2020", "Biodiversity in action: across farmland and the value chain"),
        "RIA",
        "2020-05-01",
        48,
        "CLOSED",
        ["micro", "crop"],
        ["soil health", "microbiome", "biofertilisers"],
        ["wur", "auth", "cnr", "csic"],
    ),
    (
        "QUANTLEARN",
        "Theory of learning in quantum neural networks",
        "948139",
        "H2020-EU.1.1",
        "ERC-2020-STG",
        ("ERC-2020-STG", "ERC Starting Grant"),
        "ERC-STG",
        "2021-03-01",
        60,
        "SIGNED",
        ["ml"],
        ["quantum machine learning", "learning theory"],
        ["ethz"],
    ),
    (
        "DEEPCLIM",
        "Deep learning emulators of regional climate",
        "101043843",
        "HORIZON.1.1",
        "ERC-2021-COG",
        ("ERC-2021-COG", "ERC Consolidator Grant"),
        "HORIZON-ERC",
        "2022-05-01",
        60,
        "SIGNED",
        ["climate", "ml"],
        ["climate models", "downscaling", "emulators"],
        ["sorbonne"],
    ),
    (
        "CIRCULAB",
        "Circular economy living labs for construction waste",
        "101037126",
        "HORIZON.2.6",
        "HORIZON-CL6-2021-CIRCBIO-01",
        ("HORIZON-CL6-2021-CIRCBIO-01-01", "Circular Cities and Regions Initiative"),
        "HORIZON-CSA",
        "2022-01-01",
        36,
        "SIGNED",
        ["circ", "urban"],
        ["construction waste", "living labs"],
        ["tecnalia", "eurocities", "emilia", "upatras", "tno", "aalto"],
    ),
    (
        "ROBOHARVEST",
        "Autonomous robots for selective fruit harvesting",
        "101070310",
        "HORIZON.2.4",
        "HORIZON-CL4-2021-DIGITAL-EMERGING-01",
        ("HORIZON-CL4-2021-DIGITAL-EMERGING-01-10", "AI, data and robotics for agrifood"),
        "HORIZON-IA",
        "2022-09-01",
        48,
        "SIGNED",
        ["robot", "precision"],
        ["harvesting robots", "computer vision"],
        ["kit", "auth", "wur", "upm", "forth"],
    ),
    (
        "GRIDEDGE",
        "Edge computing for flexible distribution grids",
        "957739",
        "H2020-EU.3.3",
        "H2020-LC-SC3-2020-EC-ES-SCC",
        (
            "LC-SC3-ES-5-2018-2020",
            "TSO-DSO-Consumer: Large-scale demonstrations of innovative grid services",
        ),
        "IA",
        "2020-10-01",
        42,
        "CLOSED",
        ["grid", "data"],
        ["edge computing", "flexibility markets"],
        ["inesc", "enel", "ntua", "vtt", "imec", "kuleuven", "+ucl"],
    ),
    (
        "AQUAWATCH",
        "Satellite and sensor monitoring of urban water networks",
        "101036437",
        "HORIZON.2.6",
        "HORIZON-CL6-2021-ZEROPOLLUTION-01",
        ("HORIZON-CL6-2021-ZEROPOLLUTION-01-07", "Smart water networks"),
        "HORIZON-RIA",
        "2021-12-01",
        36,
        "SIGNED",
        ["water", "bigdata"],
        ["leak detection", "satellite data"],
        ["upatras", "tudelft", "cnr", "ulisboa", "pw"],
    ),
    (
        "TRUSTAI",
        "Trustworthy and explainable AI for health records",
        "101057821",
        "HORIZON.2.1",
        "HORIZON-HLTH-2021-TOOL-06",
        ("HORIZON-HLTH-2021-TOOL-06-03", "Explainable AI in health care"),
        "HORIZON-RIA",
        "2022-10-01",
        48,
        "SIGNED",
        ["ai", "health"],
        ["explainability", "electronic health records"],
        ["inria", "forth", "tum", "athenarc", "kuleuven"],
    ),
]


def iri(kind: str, key: str) -> URIRef:
    """The opaque resource IRI CORDIS gives a thing: a UUID under its kind's folder."""
    return URIRef(f"{RES}{kind}/{uuid.uuid5(NS_UUID, kind + '/' + key)}")


def amount(g: Graph, value: float, key: str) -> BNode:
    """A ``eurio:MonetaryAmount`` blank node in euro (its label seeded, so the dump is stable)."""
    node = BNode("ma" + uuid.uuid5(NS_UUID, "amount/" + key).hex[:16])
    g.add((node, RDF.type, E.MonetaryAmount))
    g.add((node, E.value, Literal(f"{value:.2f}", datatype=XSD.decimal)))
    g.add((node, E.hasCurrency, EUR))
    return node


def main() -> None:
    rng = random.Random(36)
    g = Graph()
    g.bind("eurio", E)
    for cls in [
        "Project",
        "Organisation",
        "Coordinator",
        "Participant",
        "AssociatedPartner",
        "ThirdParty",
        "Grant",
        "MonetaryAmount",
        "Site",
        "PostalAddress",
        "FrameworkProgramme",
        "FundingSchemeProgramme",
        "Call",
        "Topic",
        "FundingScheme",
        "ProjectPublication",
    ]:
        g.add((E[cls], RDF.type, OWL.Class))
        g.add((E[cls], RDFS.label, Literal(" ".join(_split(cls)), lang="en")))
    for cls in ["Coordinator", "Participant", "AssociatedPartner", "ThirdParty"]:
        g.add((E[cls], RDFS.subClassOf, E.OrganisationRole))
    for prop in [
        "hasInvolvedParty",
        "isRoleOf",
        "isInvolvedIn",
        "isFundedBy",
        "hasEuroSciVocClassification",
        "hasECContribution",
        "hasTotalCost",
        "hasECMaxContribution",
        "hasSite",
        "hasAddress",
        "addressCountry",
        "hasFundingSchemeProgramme",
        "hasFundingSchemeCall",
        "hasFundingSchemeTopic",
        "hasFundingScheme",
        "hasOrganisationActivityType",
        "hasProjectStatus",
        "hasResult",
        "isPartOf",
        "hasCurrency",
    ]:
        g.add((E[prop], RDF.type, OWL.ObjectProperty))
        g.add((E[prop], RDFS.label, Literal(" ".join(_split(prop)), lang="en")))
    for prop in [
        "acronym",
        "title",
        "identifier",
        "abstract",
        "startDate",
        "endDate",
        "duration",
        "keyword",
        "legalName",
        "shortName",
        "pic",
        "vatNumber",
        "roleLabel",
        "order",
        "value",
        "street",
        "postalCode",
        "addressLocality",
        "code",
        "doi",
        "publicationDate",
    ]:
        g.add((E[prop], RDF.type, OWL.DatatypeProperty))
        g.add((E[prop], RDFS.label, Literal(" ".join(_split(prop)), lang="en")))
    for a3, (a2, en, fr, de, native) in COUNTRIES.items():
        c = URIRef(COUNTRY + a3)
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.notation, Literal(a2)))
        for text, lang in [(en, "en"), (fr, "fr"), (de, "de")] + ([native] if native else []):
            g.add((c, SKOS.prefLabel, Literal(text, lang=lang)))
    act_iri = {}
    for code, label in ACTIVITY.items():
        a = URIRef(f"{RES}organisation-activity-type/{code}")
        act_iri[code] = a
        g.add((a, RDF.type, SKOS.Concept))
        g.add((a, SKOS.notation, Literal(code)))
        g.add((a, SKOS.prefLabel, Literal(label, lang="en")))
    status_iri = {}
    for code in ["SIGNED", "CLOSED", "TERMINATED"]:
        s = URIRef(f"{RES}project-status/{code}")
        status_iri[code] = s
        g.add((s, RDF.type, SKOS.Concept))
        g.add((s, SKOS.prefLabel, Literal(code)))
    scheme = URIRef(ESV + "EuroSciVoc")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("European Science Vocabulary", lang="en")))
    field_iri = {}
    for key, en, de, fr, broader in FIELDS:
        f = URIRef(ESV + str(uuid.uuid5(NS_UUID, "esv/" + key)))
        field_iri[key] = f
        g.add((f, RDF.type, SKOS.Concept))
        g.add((f, SKOS.inScheme, scheme))
        for text, lang in [(en, "en"), (de, "de"), (fr, "fr")]:
            g.add((f, SKOS.prefLabel, Literal(text, lang=lang)))
        if broader:
            g.add((f, SKOS.broader, field_iri[broader]))
        else:
            g.add((f, SKOS.topConceptOf, scheme))
    prog_iri = {}
    for key, code, title, part, cls in PROGRAMMES:
        p = iri("programme", key)
        prog_iri[key] = p
        g.add((p, RDF.type, E[cls]))
        g.add((p, E.code, Literal(code)))
        g.add((p, E.title, Literal(title, lang="en")))
        if part:
            g.add((p, E.isPartOf, prog_iri[part]))
    scheme_iri = {}
    for code, title in SCHEMES.items():
        s = iri("funding-scheme", code)
        scheme_iri[code] = s
        g.add((s, RDF.type, E.FundingScheme))
        g.add((s, E.code, Literal(code)))
        g.add((s, E.title, Literal(title, lang="en")))
    org_iri = {}
    for key, legal, short, act, a3, city, post, street in ORGS:
        o = iri("organisation", key)
        org_iri[key] = o
        g.add((o, RDF.type, E.Organisation))
        g.add((o, E.legalName, Literal(legal)))
        if short:
            g.add((o, E.shortName, Literal(short)))
        g.add((o, E.pic, Literal(str(rng.randrange(900000000, 999999999)))))
        if rng.random() < 0.6:
            g.add((o, E.vatNumber, Literal(COUNTRIES[a3][0] + str(rng.randrange(10**8, 10**9)))))
        g.add((o, E.hasOrganisationActivityType, act_iri[act]))
        site, addr = iri("site", key), iri("address", key)
        g.add((o, E.hasSite, site))
        g.add((site, RDF.type, E.Site))
        g.add((site, E.hasAddress, addr))
        g.add((addr, RDF.type, E.PostalAddress))
        g.add((addr, E.street, Literal(street)))
        g.add((addr, E.postalCode, Literal(post)))
        g.add((addr, E.addressLocality, Literal(city)))
        g.add((addr, E.addressCountry, URIRef(COUNTRY + a3)))
    calls: dict[str, URIRef] = {}
    topics: dict[str, URIRef] = {}
    for acr, title, num, part, call, (
        tcode,
        ttitle,
    ), sch, start, months, status, fields, kws, members in PROJECTS:
        p = iri("project", num)
        g.add((p, RDF.type, E.Project))
        g.add((p, E.acronym, Literal(acr)))
        g.add((p, E.title, Literal(title, lang="en")))
        g.add((p, E.identifier, Literal(num)))
        g.add(
            (
                p,
                E.abstract,
                Literal(
                    f"{acr} will {title[0].lower() + title[1:]}. The project brings together {len(members)} partners to advance {kws[0]} and {kws[-1]} and to demonstrate the results in real-world pilots across Europe.",
                    lang="en",
                ),
            )
        )
        y, m, _ = (int(x) for x in start.split("-"))
        end_m = m + months - 1
        ey, em = y + (end_m - 1) // 12, (end_m - 1) % 12 + 1
        last = [31, 29 if ey % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][em - 1]
        g.add((p, E.startDate, Literal(start, datatype=XSD.date)))
        g.add((p, E.endDate, Literal(f"{ey:04d}-{em:02d}-{last:02d}", datatype=XSD.date)))
        g.add((p, E.duration, Literal(f"P{months}M", datatype=XSD.duration, normalize=False)))
        for kw in kws:
            g.add((p, E.keyword, Literal(kw)))
        g.add((p, E.hasProjectStatus, status_iri[status]))
        for f in fields:
            g.add((p, E.hasEuroSciVocClassification, field_iri[f]))
        grant = iri("grant", num)
        g.add((p, E.isFundedBy, grant))
        g.add((grant, RDF.type, E.Grant))
        g.add((grant, E.identifier, Literal(num)))
        g.add((grant, E.hasFundingSchemeProgramme, prog_iri[part]))
        g.add(
            (
                grant,
                E.hasFundingSchemeProgramme,
                prog_iri["HORIZON" if part.startswith("HORIZON") else "H2020"],
            )
        )
        if call not in calls:
            c = iri("call", call)
            calls[call] = c
            g.add((c, RDF.type, E.Call))
            g.add((c, E.identifier, Literal(call)))
        if tcode not in topics:
            t = iri("topic", tcode)
            topics[tcode] = t
            g.add((t, RDF.type, E.Topic))
            g.add((t, E.code, Literal(tcode)))
            g.add((t, E.title, Literal(ttitle, lang="en")))
        g.add((grant, E.hasFundingSchemeCall, calls[call]))
        g.add((grant, E.hasFundingSchemeTopic, topics[tcode]))
        g.add((grant, E.hasFundingScheme, scheme_iri[sch]))
        total = 0.0
        for order, member in enumerate(members, 1):
            assoc = member.startswith("+")
            key = member.lstrip("+")
            if assoc:
                cls, label = E.AssociatedPartner, "associatedPartner"
            elif order == 1:
                cls, label = E.Coordinator, "coordinator"
            else:
                cls, label = E.Participant, "participant"
            role = iri("role", f"{num}/{key}")
            g.add((p, E.hasInvolvedParty, role))
            g.add((role, RDF.type, cls))
            g.add((role, E.roleLabel, Literal(label)))
            g.add((role, E.isRoleOf, org_iri[key]))
            g.add((role, E.isInvolvedIn, p))
            g.add((role, E.order, Literal(order, datatype=XSD.integer)))
            if not assoc:
                base = 1_500_000 if len(members) == 1 else (900_000 if order == 1 else 350_000)
                value = round(base * rng.uniform(0.7, 1.6) + rng.randrange(0, 100) * 0.25, 2)
                total += value
                g.add((role, E.hasECContribution, amount(g, value, f"{num}/{key}")))
        g.add((p, E.hasECMaxContribution, amount(g, total, num + "/max")))
        g.add(
            (p, E.hasTotalCost, amount(g, round(total * rng.uniform(1.0, 1.35), 2), num + "/total"))
        )
        if rng.random() < 0.5:
            for i in range(rng.randrange(1, 3)):
                pub = iri("publication", f"{num}/{i}")
                g.add((p, E.hasResult, pub))
                g.add((pub, RDF.type, E.ProjectPublication))
                g.add(
                    (
                        pub,
                        E.title,
                        Literal(
                            f"{kws[i % len(kws)].capitalize()}: results from the {acr} project"
                        ),
                    )
                )
                g.add(
                    (
                        pub,
                        E.doi,
                        Literal(
                            f"10.{rng.randrange(1000, 9999)}/{acr.lower()}.{2022 + i}.{rng.randrange(100, 999)}"
                        ),
                    )
                )
                g.add(
                    (
                        pub,
                        E.publicationDate,
                        Literal(f"{2022 + i}-{rng.randrange(1, 13):02d}-15", datatype=XSD.date),
                    )
                )
    data = g.serialize(format="nt", encoding="utf-8")
    lines = sorted(set(data.decode("utf-8").splitlines()))
    with gzip.GzipFile(HERE / "eurio.nt.gz", "wb", mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(len(g), "triples")


def _split(name: str) -> list[str]:
    """``hasECContribution`` -> ["has", "EC", "Contribution"]: the words of a camelCase name."""
    import re

    return re.findall(r"[A-Z]{2,}(?=[A-Z][a-z]|$)|[A-Z]?[a-z]+|[A-Z]+|\d+", name) or [name]


if __name__ == "__main__":
    main()
