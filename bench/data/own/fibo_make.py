# ruff: noqa: E501  (one record a line)
"""Write ``fibo.rdf``: a KYC data provider's company-ownership file in the EDM Council's FIBO, RDF/XML.

The shape is what a bank's reference-data team publishes when it maps GLEIF Level 1/Level 2 data
and its own shareholder research onto FIBO (https://spec.edmcouncil.org/fibo/), serialized as FIBO
itself is: RDF/XML with an ``owl:Ontology`` header and XML entities for the namespaces.

* the header: one ``owl:Ontology`` (``rdfs:label``, ``dcterms:abstract``, ``owl:imports`` of the
  FIBO modules) and the FIBO / OMG Commons / LCC classes and properties it uses, each with an
  ``rdfs:label`` (lower case, as FIBO writes them) and a ``skos:definition``;
* legal entities typed ``fibo-be-le-lp:LegalEntity`` beside ``fibo-be-corp-corp:StockCorporation``,
  ``fibo-be-le-cb:PrivateLimitedCompany`` or ``fibo-be-ptr-ptr:LimitedPartnership``; their names only
  through ``fibo-fnd-rel-rel:hasLegalName`` (no ``rdfs:label``), a trading name through
  ``fibo-fnd-rel-rel:hasName`` for some; ``fibo-be-le-lp:isOrganizedIn`` a jurisdiction IRI (an LCC
  country, or a US state of LCC's ISO 3166-2 list); ``cmns-cls:isClassifiedBy`` an ISO 20275 entity
  legal form (``fibo-be-le-lei:EntityLegalForm``, ``rdfs:label`` in the local language,
  ``fibo-be-le-lei:hasLegalFormAbbreviation``);
* ``fibo-fnd-plc-adr:hasRegisteredAddress`` and, where it differs, ``fibo-be-le-fbo:hasHeadquartersAddress``
  as blank ``fibo-fnd-plc-adr:PhysicalAddress`` nodes (``hasAddressLine1``, ``hasCityName``,
  ``hasPostalCode``, ``hasCountry`` an LCC country IRI);
* identifiers as nodes that point at what they identify (``cmns-id:identifies``), the value in
  ``cmns-txt:hasTextValue``: a ``fibo-be-le-lei:LegalEntityIdentifier`` (ISO 17442, check digits
  ISO 7064 MOD 97-10) and a local register number (``fibo-fbc-fct-ra:RegistrationIdentifier``);
  an LEI registry entry per LEI (``fibo-be-le-lei:LegalEntityIdentifierRegistryEntry``:
  ``fibo-fbc-fct-ra:registers`` the LEI, ``hasInitialRegistrationDate`` / ``hasNextRenewalDate``
  as ``xsd:date``, ``hasRegistrationStatus`` an individual, ``isManagedBy`` the LOU);
* ownership as n-ary ``fibo-fnd-oac-own:Ownership`` situations (``hasOwningParty``,
  ``hasOwnedAsset``, ``cmns-qtu:hasNumericValue`` the share in percent as ``xsd:decimal``), and, for
  holdings of 50 percent or more, the FIBO shortcut ``fibo-be-oac-cctl:hasSubsidiary``; each group
  member's ``fibo-be-oac-cctl:hasGlobalUltimateParent``;
* natural persons (``fibo-fnd-aap-ppl:Person``, ``rdfs:label``) and funds among the shareholders;
* the LCC code lists the file refers to: countries (``lcc-cr:Country``, ``rdfs:label``) and their
  ISO 3166-1 alpha-2 codes (``lcc-lr:hasTag``, ``lcc-lr:denotes``), US states
  (``lcc-cr:CountrySubdivision``, ``lcc-cr:isSubregionOf``).

Seeded; stdlib only. Run from the repository root: ``python bench/data/own/fibo_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).parent
RNG = random.Random(2929)
FIBO = "https://spec.edmcouncil.org/fibo/ontology/"
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "cmns-cls": "https://www.omg.org/spec/Commons/Classifiers/",
    "cmns-id": "https://www.omg.org/spec/Commons/Identifiers/",
    "cmns-qtu": "https://www.omg.org/spec/Commons/QuantitiesAndUnits/",
    "cmns-txt": "https://www.omg.org/spec/Commons/TextDatatype/",
    "fibo-be-corp-corp": FIBO + "BE/Corporations/Corporations/",
    "fibo-be-le-cb": FIBO + "BE/LegalEntities/CorporateBodies/",
    "fibo-be-le-fbo": FIBO + "BE/LegalEntities/FormalBusinessOrganizations/",
    "fibo-be-le-lei": FIBO + "BE/LegalEntities/LEIEntities/",
    "fibo-be-le-lp": FIBO + "BE/LegalEntities/LegalPersons/",
    "fibo-be-oac-cctl": FIBO + "BE/OwnershipAndControl/CorporateControl/",
    "fibo-be-ptr-ptr": FIBO + "BE/Partnerships/Partnerships/",
    "fibo-fbc-fct-ra": FIBO + "FBC/FunctionalEntities/RegistrationAuthorities/",
    "fibo-fnd-aap-ppl": FIBO + "FND/AgentsAndPeople/People/",
    "fibo-fnd-oac-own": FIBO + "FND/OwnershipAndControl/Ownership/",
    "fibo-fnd-plc-adr": FIBO + "FND/Places/Addresses/",
    "fibo-fnd-rel-rel": FIBO + "FND/Relations/Relations/",
    "lcc-cr": "https://www.omg.org/spec/LCC/Countries/CountryRepresentation/",
    "lcc-3166-1": "https://www.omg.org/spec/LCC/Countries/ISO3166-1-CountryCodes/",
    "lcc-3166-2-us": "https://www.omg.org/spec/LCC/Countries/Regions/ISO3166-2-SubdivisionCodes-US/",
    "lcc-lr": "https://www.omg.org/spec/LCC/Languages/LanguageRepresentation/",
    "kyc": "https://kyc.northbridge-data.example/id/",
}
ONTOLOGY = "https://kyc.northbridge-data.example/ontology/CorporateOwnership/"

# country IRI name (LCC), English label, alpha-2
COUNTRIES = [
    ("Norway", "Norway", "NO"),
    ("Sweden", "Sweden", "SE"),
    ("Germany", "Germany", "DE"),
    ("France", "France", "FR"),
    ("Luxembourg", "Luxembourg", "LU"),
    ("Italy", "Italy", "IT"),
    ("Netherlands", "Netherlands", "NL"),
    ("Belgium", "Belgium", "BE"),
    (
        "UnitedKingdomOfGreatBritainAndNorthernIreland",
        "United Kingdom of Great Britain and Northern Ireland",
        "GB",
    ),
    ("UnitedStatesOfAmerica", "United States of America", "US"),
    ("Brazil", "Brazil", "BR"),
    ("Ireland", "Ireland", "IE"),
    ("Switzerland", "Switzerland", "CH"),
    ("Japan", "Japan", "JP"),
    ("Singapore", "Singapore", "SG"),
]
US_STATES = [("US-DE", "Delaware"), ("US-NY", "New York"), ("US-TX", "Texas")]

# ISO 20275 entity legal forms: key -> (ELF code, local name, language, abbreviation, country)
FORMS = {
    "ASA": ("O0EU", "allmennaksjeselskap", "nb", "ASA", "NO"),
    "AS": ("YI42", "aksjeselskap", "nb", "AS", "NO"),
    "AB": ("XJHM", "aktiebolag", "sv", "AB", "SE"),
    "AG": ("8Z6G", "Aktiengesellschaft", "de", "AG", "DE"),
    "GmbH": ("2HBR", "Gesellschaft mit beschränkter Haftung", "de", "GmbH", "DE"),
    "SA-FR": ("K65D", "société anonyme", "fr", "SA", "FR"),
    "SAS": ("6CHY", "société par actions simplifiée", "fr", "SAS", "FR"),
    "SA-LU": ("5GGB", "société anonyme", "fr", "S.A.", "LU"),
    "SpA": ("P418", "società per azioni", "it", "S.p.A.", "IT"),
    "BV": ("54M6", "besloten vennootschap", "nl", "B.V.", "NL"),
    "NV": ("B5PM", "naamloze vennootschap", "nl", "N.V.", "NL"),
    "NV-BE": ("R85P", "naamloze vennootschap", "nl", "NV", "BE"),
    "Ltd": ("H0PO", "private limited company", "en", "Ltd", "GB"),
    "PLC": ("B6ES", "public limited company", "en", "plc", "GB"),
    "Inc": ("XTIQ", "corporation", "en", "Inc.", "US"),
    "LLC": ("HZEH", "limited liability company", "en", "LLC", "US"),
    "LP": ("T91T", "limited partnership", "en", "LP", "US"),
    "Ltda": ("EW8C", "sociedade limitada", "pt", "Ltda.", "BR"),
    "DAC": ("LGWG", "designated activity company", "en", "DAC", "IE"),
    "KK": ("T417", "kabushiki kaisha", "ja-Latn", "K.K.", "JP"),
    "PteLtd": ("BXGE", "private company limited by shares", "en", "Pte. Ltd.", "SG"),
    "AG-CH": ("MVII", "Aktiengesellschaft", "de", "AG", "CH"),
}
KIND = {
    "ASA": "StockCorporation",
    "AG": "StockCorporation",
    "SA-FR": "StockCorporation",
    "SA-LU": "StockCorporation",
    "SpA": "StockCorporation",
    "NV": "StockCorporation",
    "NV-BE": "StockCorporation",
    "PLC": "StockCorporation",
    "Inc": "StockCorporation",
    "KK": "StockCorporation",
    "AG-CH": "StockCorporation",
    "LP": "LimitedPartnership",
}

# key, legal name, trading name, form, jurisdiction (country or US state), registered address
# (line, city, postal code), headquarters (line, city, postal, country) where it differs, local register number
ENTITIES = [
    (
        "halvorsen",
        "Halvorsen Holding ASA",
        "Halvorsen",
        "ASA",
        "NO",
        ("Strandveien 50", "Lysaker", "1366"),
        None,
        "983 411 209",
    ),
    (
        "halv-ship",
        "Halvorsen Shipping AS",
        None,
        "AS",
        "NO",
        ("Strandveien 50", "Lysaker", "1366"),
        None,
        "915 662 031",
    ),
    (
        "halv-off",
        "Halvorsen Offshore AS",
        None,
        "AS",
        "NO",
        ("Smedasundet 97", "Haugesund", "5528"),
        None,
        "921 004 871",
    ),
    (
        "halv-uk",
        "Halvorsen Marine Services Ltd",
        None,
        "Ltd",
        "GB",
        ("1 Marischal Square", "Aberdeen", "AB10 1BL"),
        None,
        "SC481922",
    ),
    (
        "nordkapp",
        "Nordkapp Logistik AB",
        "Nordkapp Logistics",
        "AB",
        "SE",
        ("Lindholmspiren 7", "Göteborg", "417 56"),
        None,
        "556912-4471",
    ),
    (
        "halv-br",
        "Halvorsen Offshore Brasil Ltda.",
        None,
        "Ltda",
        "BR",
        ("Avenida Rio Branco 115", "Rio de Janeiro", "20040-004"),
        ("Rua Teixeira de Gouveia 989", "Macaé", "27916-000", "BR"),
        "33.418.226/0001-09",
    ),
    (
        "brennecke",
        "Brennecke Chemie AG",
        "Brennecke",
        "AG",
        "DE",
        ("Industriestraße 40", "Ludwigshafen am Rhein", "67063"),
        None,
        "HRB 60112",
    ),
    (
        "bren-poly",
        "Brennecke Polymers GmbH",
        None,
        "GmbH",
        "DE",
        ("Chemiepark 12", "Marl", "45772"),
        None,
        "HRB 3318",
    ),
    (
        "bren-fr",
        "Brennecke Coatings S.A.S.",
        None,
        "SAS",
        "FR",
        ("12 rue de la Chimie", "Lyon", "69007"),
        None,
        "812 044 519",
    ),
    (
        "bren-us",
        "Brennecke Chemicals Inc.",
        None,
        "Inc",
        "US-DE",
        ("251 Little Falls Drive", "Wilmington", "19808"),
        ("4400 Post Oak Parkway", "Houston", "77027", "US"),
        "5521907",
    ),
    (
        "bren-resins",
        "Brennecke Specialty Resins LLC",
        None,
        "LLC",
        "US-TX",
        ("1999 Bryan Street", "Dallas", "75201"),
        None,
        "0803311942",
    ),
    (
        "rheintal",
        "Rheintal Pigmente GmbH",
        None,
        "GmbH",
        "DE",
        ("Am Hafen 3", "Worms", "67547"),
        None,
        "HRB 40877",
    ),
    (
        "castellane",
        "Groupe Castellane SA",
        "Castellane",
        "SA-FR",
        "FR",
        ("25 avenue Matignon", "Paris", "75008"),
        None,
        "552 120 222",
    ),
    (
        "cast-ass",
        "Castellane Assurances SA",
        None,
        "SA-FR",
        "FR",
        ("25 avenue Matignon", "Paris", "75008"),
        None,
        "775 670 284",
    ),
    (
        "cast-vie",
        "Castellane Vie SA",
        None,
        "SA-FR",
        "FR",
        ("9 boulevard Haussmann", "Paris", "75009"),
        None,
        "340 234 962",
    ),
    (
        "cast-re",
        "Castellane Re S.A.",
        None,
        "SA-LU",
        "LU",
        ("2 rue Hildegard von Bingen", "Luxembourg", "1282"),
        None,
        "B 168032",
    ),
    (
        "cast-it",
        "Banca Castellane Italia S.p.A.",
        "Banca Castellane",
        "SpA",
        "IT",
        ("Via Monte di Pietà 8", "Milano", "20121"),
        None,
        "MI-1881204",
    ),
    (
        "verhoeven",
        "Verhoeven Beheer B.V.",
        None,
        "BV",
        "NL",
        ("Herengracht 420", "Amsterdam", "1017 BZ"),
        None,
        "33201147",
    ),
    (
        "vh-foods",
        "Verhoeven Foods N.V.",
        "Verhoeven Foods",
        "NV",
        "NL",
        ("Zuidplein 90", "Amsterdam", "1077 XV"),
        None,
        "34281902",
    ),
    (
        "vh-dairy",
        "Verhoeven Zuivel B.V.",
        "Verhoeven Dairy",
        "BV",
        "NL",
        ("Zuivelweg 4", "Leeuwarden", "8938 AL"),
        None,
        "01094511",
    ),
    (
        "flandria",
        "Flandria Bakeries NV",
        None,
        "NV-BE",
        "BE",
        ("Kortrijksesteenweg 1090", "Gent", "9051"),
        None,
        "0402.118.733",
    ),
    (
        "vh-uk",
        "Verhoeven Foods UK Limited",
        None,
        "Ltd",
        "GB",
        ("3 Piccadilly Place", "Manchester", "M1 3BN"),
        None,
        "02288164",
    ),
    (
        "kirkwood",
        "Kirkwood Capital Partners LP",
        "Kirkwood Capital",
        "LP",
        "US-DE",
        ("1209 Orange Street", "Wilmington", "19801"),
        ("520 Madison Avenue", "New York", "10022", "US"),
        "4417720",
    ),
    (
        "kw-infra",
        "Kirkwood Infrastructure Holdings LLC",
        None,
        "LLC",
        "US-DE",
        ("1209 Orange Street", "Wilmington", "19801"),
        ("520 Madison Avenue", "New York", "10022", "US"),
        "6012278",
    ),
    (
        "kw-ireland",
        "Kirkwood European Infrastructure DAC",
        None,
        "DAC",
        "IE",
        ("70 Sir John Rogerson's Quay", "Dublin", "D02 R296"),
        None,
        "657321",
    ),
    (
        "mercia",
        "Mercia Water plc",
        "Mercia Water",
        "PLC",
        "GB",
        ("Severn House, Colmore Row", "Birmingham", "B3 2QD"),
        None,
        "02366686",
    ),
    (
        "takamura",
        "Takamura Holdings K.K.",
        "Takamura",
        "KK",
        "JP",
        ("2-7-1 Marunouchi, Chiyoda-ku", "Tokyo", "100-0005"),
        None,
        "0100-01-049112",
    ),
    (
        "tk-sg",
        "Takamura Asia Pacific Pte. Ltd.",
        None,
        "PteLtd",
        "SG",
        ("10 Marina Boulevard", "Singapore", "018983"),
        None,
        "201512345K",
    ),
    (
        "tk-eu",
        "Takamura Europe GmbH",
        None,
        "GmbH",
        "DE",
        ("Königsallee 61", "Düsseldorf", "40215"),
        None,
        "HRB 77104",
    ),
    (
        "alpenblick",
        "Alpenblick Rück AG",
        "Alpenblick Re",
        "AG-CH",
        "CH",
        ("Mythenquai 60", "Zürich", "8002"),
        None,
        "CHE-105.833.118",
    ),
    (
        "sparebank",
        "Nordvest Sparebank Pensjon AS",
        None,
        "AS",
        "NO",
        ("Kaigaten 4", "Bergen", "5016"),
        None,
        "988 102 776",
    ),
    (
        "stirling",
        "Stirling Lane Investments Ltd",
        None,
        "Ltd",
        "GB",
        ("30 St Mary Axe", "London", "EC3A 8BF"),
        None,
        "07711458",
    ),
    (
        "hudson",
        "Hudson Meridian Pension Fund",
        None,
        "LP",
        "US-NY",
        ("200 Park Avenue", "New York", "10166"),
        None,
        "NY-2271883",
    ),
]
# natural persons among the shareholders: key, name
PEOPLE = [
    ("p-erik", "Erik Halvorsen"),
    ("p-ingrid", "Ingrid Halvorsen-Lie"),
    ("p-claudia", "Claudia Brennecke"),
    ("p-pieter", "Pieter Verhoeven"),
    ("p-hiroshi", "Hiroshi Takamura"),
]
# owner, owned, percent
OWNERSHIP = [
    ("p-erik", "halvorsen", "38.5"),
    ("p-ingrid", "halvorsen", "12.0"),
    ("sparebank", "halvorsen", "9.75"),
    ("halvorsen", "halv-ship", "100"),
    ("halvorsen", "halv-off", "100"),
    ("halvorsen", "halv-uk", "75"),
    ("stirling", "halv-uk", "25"),
    ("halvorsen", "nordkapp", "60"),
    ("halv-off", "halv-br", "100"),
    ("p-claudia", "brennecke", "22.4"),
    ("hudson", "brennecke", "6.1"),
    ("brennecke", "bren-poly", "100"),
    ("brennecke", "bren-fr", "100"),
    ("brennecke", "bren-us", "100"),
    ("bren-us", "bren-resins", "100"),
    ("brennecke", "rheintal", "51"),
    ("takamura", "rheintal", "49"),
    ("castellane", "cast-ass", "100"),
    ("cast-ass", "cast-vie", "100"),
    ("castellane", "cast-re", "100"),
    ("castellane", "cast-it", "80"),
    ("p-pieter", "verhoeven", "100"),
    ("verhoeven", "vh-foods", "62.5"),
    ("hudson", "vh-foods", "8.2"),
    ("vh-foods", "vh-dairy", "100"),
    ("vh-foods", "flandria", "70"),
    ("vh-foods", "vh-uk", "100"),
    ("kirkwood", "kw-infra", "100"),
    ("kw-infra", "kw-ireland", "100"),
    ("kw-ireland", "mercia", "45"),
    ("hudson", "mercia", "15"),
    ("p-hiroshi", "takamura", "31.0"),
    ("takamura", "tk-sg", "100"),
    ("takamura", "tk-eu", "100"),
    ("alpenblick", "halvorsen", "5.2"),
]
# LOUs (local operating units that issue LEIs): prefix, name, country
LOUS = [
    ("5967", "Brønnøysund LEI Services AS", "NO"),
    ("5299", "Deutsche Register LEI GmbH", "DE"),
    ("9695", "Institut de Codification LEI SAS", "FR"),
    ("2138", "London LEI Registry Ltd", "GB"),
    ("5493", "Global Markets LEI Inc.", "US"),
]
LOU_OF = {
    "NO": "5967",
    "SE": "5967",
    "DE": "5299",
    "CH": "5299",
    "FR": "9695",
    "LU": "9695",
    "IT": "9695",
    "BE": "9695",
    "GB": "2138",
    "IE": "2138",
}
LAPSED = {"halv-br", "rheintal", "hudson"}
# smaller group companies, drawn with the seeded generator: parent, country, form, cities
BRANCHES = [
    ("halvorsen", "NO", "AS", ["Oslo", "Bergen", "Stavanger", "Ålesund"]),
    ("brennecke", "DE", "GmbH", ["Frankfurt am Main", "Leverkusen", "Hamburg", "Köln"]),
    ("castellane", "FR", "SAS", ["Paris", "Lille", "Bordeaux", "Nantes"]),
    ("vh-foods", "NL", "BV", ["Rotterdam", "Utrecht", "Eindhoven", "Zwolle"]),
    ("kw-infra", "US-DE", "LLC", ["Wilmington", "Dover"]),
    ("takamura", "JP", "KK", ["Osaka", "Yokohama", "Nagoya"]),
]
ACTIVITIES = [
    "Services",
    "Trading",
    "Finance",
    "Real Estate",
    "IT Solutions",
    "Leasing",
    "Property",
    "Treasury",
    "Procurement",
    "Energy",
    "Logistics",
    "Insurance Brokers",
]
STREETS = [
    "Hovedgata",
    "Parkweg",
    "Marktstraße",
    "rue de la Gare",
    "Main Street",
    "Kanalweg",
    "Chuo-dori",
]

# the vocabulary the file declares: (prefix:name, kind, label, definition)
TERMS = [
    (
        "fibo-be-le-lp:LegalPerson",
        "Class",
        "legal person",
        "person or organization recognized by law as having rights and obligations of its own",
    ),
    (
        "fibo-be-le-lp:LegalEntity",
        "Class",
        "legal entity",
        "legal person that is an organization, able to own property, enter contracts and be sued in its own name",
    ),
    (
        "fibo-be-corp-corp:StockCorporation",
        "Class",
        "stock corporation",
        "corporation whose capital is divided into shares held by its shareholders",
    ),
    (
        "fibo-be-le-cb:PrivateLimitedCompany",
        "Class",
        "private limited company",
        "company whose shareholders' liability is limited and whose shares are not offered to the public",
    ),
    (
        "fibo-be-ptr-ptr:LimitedPartnership",
        "Class",
        "limited partnership",
        "partnership of at least one general partner and one or more limited partners whose liability is limited",
    ),
    ("fibo-fnd-aap-ppl:Person", "Class", "person", "human being, a natural person"),
    (
        "fibo-be-le-lei:LegalEntityIdentifier",
        "Class",
        "legal entity identifier",
        "twenty-character ISO 17442 code that uniquely identifies a legal entity taking part in financial transactions",
    ),
    (
        "fibo-be-le-lei:LegalEntityIdentifierRegistryEntry",
        "Class",
        "legal entity identifier registry entry",
        "record in the global LEI system about one legal entity identifier",
    ),
    (
        "fibo-be-le-lei:EntityLegalForm",
        "Class",
        "entity legal form",
        "classifier of the legal form of an entity in the jurisdiction where it was established (ISO 20275)",
    ),
    (
        "fibo-be-le-lei:LocalOperatingUnit",
        "Class",
        "local operating unit",
        "organization accredited to issue and maintain legal entity identifiers",
    ),
    (
        "fibo-be-le-lei:RegistrationStatus",
        "Class",
        "registration status",
        "state of a registration in its life cycle",
    ),
    (
        "fibo-fbc-fct-ra:RegistrationIdentifier",
        "Class",
        "registration identifier",
        "identifier given to an entity by the business register where it is registered",
    ),
    (
        "fibo-fnd-oac-own:Ownership",
        "Class",
        "ownership",
        "situation in which some party holds the legal title to something, here a share of a legal entity",
    ),
    (
        "fibo-fnd-plc-adr:PhysicalAddress",
        "Class",
        "physical address",
        "address of a place that can be visited or that receives post",
    ),
    ("lcc-cr:Country", "Class", "country", "sovereign state recognized in ISO 3166-1"),
    (
        "lcc-cr:CountrySubdivision",
        "Class",
        "country subdivision",
        "region of a country recognized in ISO 3166-2, such as a state or a province",
    ),
    ("lcc-cr:Alpha2Code", "Class", "alpha-2 code", "two-letter country code of ISO 3166-1"),
    (
        "fibo-fnd-rel-rel:hasLegalName",
        "DatatypeProperty",
        "has legal name",
        "links a party to the name under which it is registered and known in law",
    ),
    (
        "fibo-fnd-rel-rel:hasName",
        "DatatypeProperty",
        "has name",
        "links something to a name it is known by",
    ),
    (
        "fibo-be-le-lp:isOrganizedIn",
        "ObjectProperty",
        "is organized in",
        "links a legal person to the jurisdiction under whose law it was formed",
    ),
    (
        "cmns-cls:isClassifiedBy",
        "ObjectProperty",
        "is classified by",
        "links something to a classifier that categorizes it",
    ),
    (
        "fibo-be-le-lei:hasLegalFormAbbreviation",
        "DatatypeProperty",
        "has legal form abbreviation",
        "short form of the name of an entity legal form",
    ),
    (
        "fibo-fnd-plc-adr:hasRegisteredAddress",
        "ObjectProperty",
        "has registered address",
        "links a legal entity to the official address recorded for it by its business register",
    ),
    (
        "fibo-be-le-fbo:hasHeadquartersAddress",
        "ObjectProperty",
        "has headquarters address",
        "links an organization to the address of its head office, where its business is run",
    ),
    (
        "fibo-fnd-plc-adr:hasAddressLine1",
        "DatatypeProperty",
        "has address line 1",
        "first line of an address, usually the street and number",
    ),
    (
        "fibo-fnd-plc-adr:hasCityName",
        "DatatypeProperty",
        "has city name",
        "name of the city or town of an address",
    ),
    (
        "fibo-fnd-plc-adr:hasPostalCode",
        "DatatypeProperty",
        "has postal code",
        "code used by the postal service to sort mail for an address",
    ),
    (
        "fibo-fnd-plc-adr:hasCountry",
        "ObjectProperty",
        "has country",
        "links an address to the country it is in",
    ),
    (
        "cmns-id:identifies",
        "ObjectProperty",
        "identifies",
        "links an identifier to the thing it names uniquely",
    ),
    (
        "cmns-txt:hasTextValue",
        "DatatypeProperty",
        "has text value",
        "links something to its value as a string",
    ),
    (
        "fibo-fbc-fct-ra:registers",
        "ObjectProperty",
        "registers",
        "links a registry entry to what it records",
    ),
    (
        "fibo-fbc-fct-ra:hasInitialRegistrationDate",
        "DatatypeProperty",
        "has initial registration date",
        "date on which something was first registered",
    ),
    (
        "fibo-fbc-fct-ra:hasNextRenewalDate",
        "DatatypeProperty",
        "has next renewal date",
        "date by which a registration must next be renewed",
    ),
    (
        "fibo-fbc-fct-ra:hasRegistrationStatus",
        "ObjectProperty",
        "has registration status",
        "links a registry entry to the state of the registration",
    ),
    (
        "fibo-fbc-fct-ra:isManagedBy",
        "ObjectProperty",
        "is managed by",
        "links a registry entry to the registration authority that maintains it",
    ),
    (
        "fibo-fnd-oac-own:hasOwningParty",
        "ObjectProperty",
        "has owning party",
        "identifies the party that holds title in an ownership situation",
    ),
    (
        "fibo-fnd-oac-own:hasOwnedAsset",
        "ObjectProperty",
        "has owned asset",
        "identifies what is owned in an ownership situation",
    ),
    (
        "cmns-qtu:hasNumericValue",
        "DatatypeProperty",
        "has numeric value",
        "links a measure to its value as a number; for an ownership, the share held in percent",
    ),
    (
        "fibo-be-oac-cctl:hasSubsidiary",
        "ObjectProperty",
        "has subsidiary",
        "relates a legal entity to another organization that it owns at least 50 percent of",
    ),
    (
        "fibo-be-oac-cctl:hasGlobalUltimateParent",
        "ObjectProperty",
        "has global ultimate parent",
        "relates an organization to the one recognized as the top of its group world-wide",
    ),
    ("lcc-lr:hasTag", "DatatypeProperty", "has tag", "links a code to the string that is the code"),
    ("lcc-lr:denotes", "ObjectProperty", "denotes", "links a code to what it stands for"),
    (
        "lcc-cr:isSubregionOf",
        "ObjectProperty",
        "is subregion of",
        "links a region to the larger region that contains it",
    ),
]


def extend() -> None:
    """Append the smaller group companies (wholly owned, a few majority owned) to the tables."""
    for parent, jur, form, cities in BRANCHES:
        stem = next(e[2] or e[1].split()[0] for e in ENTITIES if e[0] == parent)
        stem = stem.split()[0] if parent != "vh-foods" else "Verhoeven"
        for n, activity in enumerate(sorted(RNG.sample(ACTIVITIES, 7))):
            key = f"{parent}-b{n}"
            abbr = FORMS[form][3]
            reg = (
                f"{RNG.choice(STREETS)} {RNG.randint(1, 120)}",
                RNG.choice(cities),
                f"{RNG.randint(10000, 99999)}",
            )
            ENTITIES.append(
                (
                    key,
                    f"{stem} {activity} {abbr}",
                    None,
                    form,
                    jur,
                    reg,
                    None,
                    f"{RNG.randint(100000, 999999)}",
                )
            )
            OWNERSHIP.append((parent, key, RNG.choice(["100", "100", "100", "90", "51"])))


def lei(prefix: str) -> str:
    """A Legal Entity Identifier: LOU prefix, ``00``, twelve characters, MOD 97-10 check digits."""
    body = (
        prefix + "00" + "".join(RNG.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(12))
    )
    digits = int("".join(str(int(c, 36)) for c in body + "00"))
    return f"{body}{98 - digits % 97:02d}"


def iri(curie: str) -> str:
    prefix, _, name = curie.partition(":")
    return NS[prefix] + name


def country_iri(code: str) -> str:
    if code.startswith("US-"):
        return NS["lcc-3166-2-us"] + code
    return NS["lcc-3166-1"] + next(c[0] for c in COUNTRIES if c[2] == code)


class Writer:
    """Stdlib RDF/XML in FIBO's layout: typed node elements, entity references in attributes."""

    def __init__(self) -> None:
        self.out: list[str] = []

    def ref(self, value: str) -> str:
        for prefix, ns in sorted(NS.items(), key=lambda p: -len(p[1])):
            if prefix not in ("rdf", "xsd") and value.startswith(ns):
                return f"&{prefix};{value[len(ns) :]}"
        return escape(value)

    def node(
        self, cls: str, about: str | None, props: list[tuple[str, object]], indent: int = 1
    ) -> None:
        pad = "\t" * indent
        head = f"{pad}<{cls}" + (f' rdf:about="{self.ref(about)}"' if about else "") + ">"
        self.out.append(head)
        for prop, value in props:
            self.prop(prop, value, indent + 1)
        self.out.append(f"{pad}</{cls}>")

    def prop(self, prop: str, value: object, indent: int) -> None:
        pad = "\t" * indent
        if isinstance(value, tuple) and value[0] == "iri":
            self.out.append(f'{pad}<{prop} rdf:resource="{self.ref(value[1])}"/>')
        elif isinstance(value, tuple) and value[0] == "typed":
            self.out.append(
                f'{pad}<{prop} rdf:datatype="&xsd;{value[2]}">{escape(value[1])}</{prop}>'
            )
        elif isinstance(value, tuple) and value[0] == "lang":
            self.out.append(
                f"{pad}<{prop} xml:lang={quoteattr(value[2])}>{escape(value[1])}</{prop}>"
            )
        elif isinstance(value, tuple) and value[0] == "bnode":
            self.out.append(f"{pad}<{prop}>")
            self.node(value[1], None, value[2], indent + 1)
            self.out.append(f"{pad}</{prop}>")
        else:
            self.out.append(f"{pad}<{prop}>{escape(str(value))}</{prop}>")


def address(line: str, city: str, postal: str, country: str) -> tuple:
    country = "US" if country.startswith("US-") else country
    return (
        "bnode",
        "fibo-fnd-plc-adr:PhysicalAddress",
        [
            ("fibo-fnd-plc-adr:hasAddressLine1", line),
            ("fibo-fnd-plc-adr:hasCityName", city),
            ("fibo-fnd-plc-adr:hasPostalCode", postal),
            ("fibo-fnd-plc-adr:hasCountry", ("iri", country_iri(country))),
        ],
    )


def date(year_from: int, year_to: int) -> str:
    return f"{RNG.randint(year_from, year_to)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}"


def main() -> None:
    kyc = NS["kyc"]
    extend()
    w = Writer()
    w.out.append('<?xml version="1.0" encoding="UTF-8"?>')
    w.out.append("<!DOCTYPE rdf:RDF [")
    for prefix, ns in NS.items():
        w.out.append(f'\t<!ENTITY {prefix} "{ns}">')
    w.out.append("]>")
    attrs = "".join(f'\n\txmlns:{p}="{ns}"' for p, ns in NS.items())
    w.out.append(f'<rdf:RDF xml:base="{ONTOLOGY}"{attrs}>')
    # the header
    imports = sorted({iri(t[0]).rsplit("/", 2)[0] + "/" for t in TERMS if t[0].startswith("fibo")})
    w.node(
        "owl:Ontology",
        ONTOLOGY,
        [
            ("rdfs:label", "Northbridge KYC corporate ownership data"),
            (
                "dcterms:abstract",
                "Legal entities, their identifiers, registered addresses and ownership relations, mapped from LEI Level 1 and Level 2 data and shareholder research onto FIBO.",
            ),
            ("dcterms:license", ("iri", "https://opensource.org/licenses/MIT")),
            *[("owl:imports", ("iri", i)) for i in imports],
        ],
    )
    for curie, kind, label, definition in TERMS:
        w.node(f"owl:{kind}", iri(curie), [("rdfs:label", label), ("skos:definition", definition)])
    # code lists
    for name, label, alpha2 in COUNTRIES:
        w.node("lcc-cr:Country", NS["lcc-3166-1"] + name, [("rdfs:label", ("lang", label, "en"))])
        w.node(
            "lcc-cr:Alpha2Code",
            NS["lcc-3166-1"] + alpha2,
            [("lcc-lr:hasTag", alpha2), ("lcc-lr:denotes", ("iri", NS["lcc-3166-1"] + name))],
        )
    for code, label in US_STATES:
        w.node(
            "lcc-cr:CountrySubdivision",
            NS["lcc-3166-2-us"] + code,
            [
                ("rdfs:label", ("lang", label, "en")),
                ("lcc-lr:hasTag", code),
                ("lcc-cr:isSubregionOf", ("iri", country_iri("US"))),
            ],
        )
    for _key, (code, name, lang, abbr, _country) in FORMS.items():
        w.node(
            "fibo-be-le-lei:EntityLegalForm",
            f"{kyc}elf/{code}",
            [
                ("rdfs:label", ("lang", name, lang)),
                ("fibo-be-le-lei:hasLegalFormAbbreviation", abbr),
                ("lcc-lr:hasTag", code),
            ],
        )
    for status in ("Issued", "Lapsed", "Retired"):
        w.node(
            "fibo-be-le-lei:RegistrationStatus",
            f"{kyc}status/{status}",
            [("rdfs:label", status.lower())],
        )
    lou_iri = {}
    for prefix, name, country in LOUS:
        lou_iri[prefix] = f"{kyc}lou/{prefix}"
        w.node(
            "fibo-be-le-lei:LocalOperatingUnit",
            lou_iri[prefix],
            [("rdfs:label", name), ("fibo-fnd-plc-adr:hasCountry", ("iri", country_iri(country)))],
        )
    # parties
    ent_iri: dict[str, str] = {}
    leis: dict[str, str] = {}
    for key, _name, _t, _form, jur, *_ in ENTITIES:
        country = "US" if jur.startswith("US-") else jur
        leis[key] = lei(LOU_OF.get(country, "5493"))
        ent_iri[key] = f"{kyc}entity/{leis[key]}"
    for key, name in PEOPLE:
        ent_iri[key] = f"{kyc}person/{key[2:]}"
        w.node("fibo-fnd-aap-ppl:Person", ent_iri[key], [("rdfs:label", name)])
    parent_of = {
        owned: owner for owner, owned, pct in OWNERSHIP if float(pct) >= 50 and owner in leis
    }

    def top(key: str) -> str:
        while key in parent_of:
            key = parent_of[key]
        return key

    for key, name, trading, form, jur, reg, hq, local in ENTITIES:
        elf = FORMS[form]
        props: list[tuple[str, object]] = [
            ("rdf:type", ("iri", iri("fibo-be-le-lp:LegalEntity"))),
            ("fibo-fnd-rel-rel:hasLegalName", name),
        ]
        if trading:
            props.append(("fibo-fnd-rel-rel:hasName", trading))
        props += [
            ("fibo-be-le-lp:isOrganizedIn", ("iri", country_iri(jur))),
            ("cmns-cls:isClassifiedBy", ("iri", f"{kyc}elf/{elf[0]}")),
            ("fibo-fnd-plc-adr:hasRegisteredAddress", address(*reg, jur)),
        ]
        if hq:
            props.append(("fibo-be-le-fbo:hasHeadquartersAddress", address(*hq)))
        for owner, owned, _pct in OWNERSHIP:
            if owner == key and parent_of.get(owned) == key:
                props.append(("fibo-be-oac-cctl:hasSubsidiary", ("iri", ent_iri[owned])))
        if top(key) != key:
            props.append(("fibo-be-oac-cctl:hasGlobalUltimateParent", ("iri", ent_iri[top(key)])))
        cls = KIND.get(form, "PrivateLimitedCompany")
        prefix = {
            "StockCorporation": "fibo-be-corp-corp",
            "LimitedPartnership": "fibo-be-ptr-ptr",
        }.get(cls, "fibo-be-le-cb")
        w.node(f"{prefix}:{cls}", ent_iri[key], props)
        w.node(
            "fibo-be-le-lei:LegalEntityIdentifier",
            f"{kyc}lei/{leis[key]}",
            [("cmns-id:identifies", ("iri", ent_iri[key])), ("cmns-txt:hasTextValue", leis[key])],
        )
        w.node(
            "fibo-fbc-fct-ra:RegistrationIdentifier",
            f"{kyc}register/{leis[key]}",
            [("cmns-id:identifies", ("iri", ent_iri[key])), ("cmns-txt:hasTextValue", local)],
        )
        status = "Lapsed" if key in LAPSED else "Issued"
        w.node(
            "fibo-be-le-lei:LegalEntityIdentifierRegistryEntry",
            f"{kyc}lei-record/{leis[key]}",
            [
                ("fibo-fbc-fct-ra:registers", ("iri", f"{kyc}lei/{leis[key]}")),
                ("fibo-fbc-fct-ra:hasInitialRegistrationDate", ("typed", date(2012, 2019), "date")),
                (
                    "fibo-fbc-fct-ra:hasNextRenewalDate",
                    ("typed", date(2023, 2024) if status == "Lapsed" else date(2026, 2027), "date"),
                ),
                ("fibo-fbc-fct-ra:hasRegistrationStatus", ("iri", f"{kyc}status/{status}")),
                ("fibo-fbc-fct-ra:isManagedBy", ("iri", lou_iri[leis[key][:4]])),
            ],
        )
    for n, (owner, owned, pct) in enumerate(OWNERSHIP, 1):
        w.node(
            "fibo-fnd-oac-own:Ownership",
            f"{kyc}ownership/{n:04d}",
            [
                ("fibo-fnd-oac-own:hasOwningParty", ("iri", ent_iri[owner])),
                ("fibo-fnd-oac-own:hasOwnedAsset", ("iri", ent_iri[owned])),
                ("cmns-qtu:hasNumericValue", ("typed", pct, "decimal")),
            ],
        )
    w.out.append("</rdf:RDF>")
    (HERE / "fibo.rdf").write_text("\n".join(w.out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
