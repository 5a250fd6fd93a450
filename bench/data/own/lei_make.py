# ruff: noqa: E501  (one record a line)
"""Write ``lei.ttl``: legal-entity reference data shaped as **GLEIF** publishes its LEI data in RDF
(``rdf.gleif.org``, made by GLEIF's ``lei-rdf`` XSLT transforms from the Level 1 CDF 2.1, Level 2
RR 1.1 and RepEx files), served as Turtle.

The shape follows GLEIF's ontologies (``https://www.gleif.org/ontology/L1/``, ``.../L2/``,
``.../Base/``, ``.../RegistrationAuthority/``, ``.../EntityLegalForm/``,
``.../ReportingException/``):

* ``gleif-L1:LegalEntity`` (or ``gleif-L1:Fund``, ``gleif-L1:Branch``) at
  ``https://rdf.gleif.org/L1/L-<LEI>``, **no rdfs:label**: its name is ``gleif-L1:hasLegalName``
  (language-tagged as filed: "Müller Logistik GmbH"@de, "株式会社..."@ja), other names on
  ``hasTradingOrOperatingName``, ``hasPreviousLegalName``, ``hasAlternativeLanguageLegalName``,
  ``hasPreferredASCIITransliteratedName`` / ``hasAutoASCIITransliteratedName`` ("Mueller
  Logistik GmbH");
* addresses as nodes of their own, ``<entity>-LAL`` (legal) and ``<entity>-HQL`` (headquarters,
  only when different; otherwise the headquarters **is** the ``-LAL`` node), linked by
  ``gleif-base:hasAddressLegal`` / ``gleif-base:hasAddressHeadquarters``, with
  ``gleif-base:hasAddressLine1..``, ``hasCity``, ``hasPostalCode``, ``hasRegion`` (an ISO 3166-2
  subdivision IRI of OMG's LCC adjunct ontology, ``.../ISO3166-2-SubdivisionCodes-Adjunct/DE-BY``)
  and ``hasCountry`` (``.../ISO3166-1-CountryCodes-Adjunct/DE``); the LCC slices (labels and
  codes of the countries and subdivisions used) are loaded alongside, as a triple store would;
* ``gleif-base:hasLegalJurisdiction`` a country (or a US state), ``gleif-L1:hasLegalForm`` an ELF
  code IRI ``https://rdf.gleif.org/EntityLegalForm/ELF-2HBR`` (``gleif-base:hasLocalName``,
  ``hasLocalAbbreviation``, ``hasTag``), ``gleif-base:hasEntityStatus``
  ``gleif-base:EntityStatusActive`` / ``...Inactive``, ``gleif-base:hasSuccessor`` after mergers;
* ``gleif-L1:hasRegistrationIdentifier`` a ``gleif-base:RegistryIdentifier`` node
  ``BID-<RA code>-<id>`` (``gleif-base:hasTag`` "HRB 45123", ``gleif-base:isRegisteredIn`` the
  registration authority ``https://rdf.gleif.org/RegistrationAuthority/RA000242``,
  ``gleif-base:hasNameLegalLocal`` / ``hasNameTranslatedEnglish``);
* the **LEI itself on a separate registration entry** ``<entity>-LEI``
  (``gleif-L1:LegalEntityIdentifier``, ``gleif-L1:LEI`` "529900...", ``gleif-L1:identifiesAndRecords``
  the entity, ``gleif-base:hasInitialRegistrationDate``, ``hasLastUpdateDate``,
  ``hasNextRenewalDate`` (``xsd:dateTime``), ``gleif-base:hasRegistrationStatus``,
  ``gleif-L1:hasManagingLOU`` (an LOU, itself a legal entity with an LEI),
  ``gleif-L1:hasValidationSources``);
* Level 2 **relationships as nodes**: ``gleif-L2:DirectConsolidation`` /
  ``gleif-L2:UltimateConsolidation`` / ``gleif-L2:InternationalBranchRelationship`` at
  ``https://rdf.gleif.org/L2/R-<child>-<parent>-D|U|I`` with ``gleif-L2:hasChild``,
  ``gleif-L2:hasParent``, ``gleif-L2:hasRelationshipStatus``, ``gleif-L2:hasAccountingStandard``,
  ``gleif-L2:hasRelationshipPeriod`` a blank ``gleif-base:Period`` with ``gleif-base:hasStart``;
  and their records ``...-REC`` (``gleif-base:records``, validation sources and documents);
* reporting exceptions ``gleif-repex:DirectConsolidationReportingException`` /
  ``UltimateConsolidationReportingException`` at ``https://rdf.gleif.org/RepEx/X-<LEI>-D|U`` with
  ``gleif-repex:hasReportingEntity`` and ``gleif-repex:hasExceptionReason`` (natural persons,
  non-consolidating, no LEI, disclosure detrimental).

LEIs are valid ISO 17442 codes (4-character LOU prefix, "00", 12 characters, ISO 7064 MOD 97-10
check digits). Every entity, LOU and address is invented; codes of countries and regions are real.
Seeded, no network; uses rdflib for the Turtle. Run from the repository root:
``python bench/data/own/lei_make.py``.
"""

from __future__ import annotations

import random
import string
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import XSD

HERE = Path(__file__).parent
OUT = HERE / "lei.ttl"

L1 = Namespace("https://www.gleif.org/ontology/L1/")
L2 = Namespace("https://www.gleif.org/ontology/L2/")
BASE = Namespace("https://www.gleif.org/ontology/Base/")
RA = Namespace("https://www.gleif.org/ontology/RegistrationAuthority/")
ELF = Namespace("https://www.gleif.org/ontology/EntityLegalForm/")
REPEX = Namespace("https://www.gleif.org/ontology/ReportingException/")
LCC1 = Namespace("https://www.omg.org/spec/LCC/Countries/ISO3166-1-CountryCodes-Adjunct/")
LCC2 = Namespace("https://www.omg.org/spec/LCC/Countries/ISO3166-2-SubdivisionCodes-Adjunct/")
LCCLR = Namespace("https://www.omg.org/spec/LCC/Languages/LanguageRepresentation/")
LCCCR = Namespace("https://www.omg.org/spec/LCC/Countries/CountryRepresentation/")
D1 = "https://rdf.gleif.org/L1/"
D2 = "https://rdf.gleif.org/L2/"
DRA = "https://rdf.gleif.org/RegistrationAuthority/"
DELF = "https://rdf.gleif.org/EntityLegalForm/"
DREPEX = "https://rdf.gleif.org/RepEx/"

# country: (English name, language, registration authority (code, local name, English name),
#           legal forms [(ELF code, local name, abbreviation)], cities [(city, region, region name,
#           postal prefix)], streets, name stems, sectors)
COUNTRIES: dict[str, dict] = {
    "DE": {
        "name": "Germany",
        "lang": "de",
        "ra": ("RA000242", "Handelsregister", "Commercial Register"),
        "forms": [
            ("2HBR", "Gesellschaft mit beschränkter Haftung", "GmbH"),
            ("6QQB", "Aktiengesellschaft", "AG"),
            ("8Z6G", "Kommanditgesellschaft", "KG"),
        ],
        "cities": [
            ("München", "DE-BY", "Bayern", "80"),
            ("Hamburg", "DE-HH", "Hamburg", "20"),
            ("Frankfurt am Main", "DE-HE", "Hessen", "60"),
            ("Stuttgart", "DE-BW", "Baden-Württemberg", "70"),
            ("Düsseldorf", "DE-NW", "Nordrhein-Westfalen", "40"),
            ("Berlin", "DE-BE", "Berlin", "10"),
            ("Leipzig", "DE-SN", "Sachsen", "04"),
        ],
        "streets": [
            "Hafenstraße",
            "Industriestraße",
            "Maximilianstraße",
            "Kaiserstraße",
            "Königsallee",
            "Friedrichstraße",
            "Bahnhofplatz",
        ],
        "stems": [
            "Müller",
            "Schäfer",
            "Brandt",
            "Köhler",
            "Weißenfels",
            "Rheinland",
            "Nordsee",
            "Hanse",
            "Spreetal",
            "Falkenried",
            "Lindqvist",
            "Donautal",
            "Bergmann",
            "Oberland",
            "Kranich",
        ],
        "sectors": [
            "Logistik",
            "Maschinenbau",
            "Energie",
            "Immobilien",
            "Verwaltungs",
            "Anlagenbau",
            "Chemie",
            "Versicherungs",
            "Elektrotechnik",
            "Lebensmittel",
        ],
    },
    "AT": {
        "name": "Austria",
        "lang": "de",
        "ra": ("RA000017", "Firmenbuch", "Companies Register"),
        "forms": [
            ("AXSB", "Gesellschaft mit beschränkter Haftung", "GmbH"),
            ("EQOV", "Aktiengesellschaft", "AG"),
        ],
        "cities": [
            ("Wien", "AT-9", "Wien", "10"),
            ("Graz", "AT-6", "Steiermark", "80"),
            ("Linz", "AT-4", "Oberösterreich", "40"),
        ],
        "streets": ["Mariahilfer Straße", "Ringstraße", "Landstraße", "Herrengasse"],
        "stems": [
            "Alpenblick",
            "Wiesinger",
            "Steirer",
            "Donaupark",
            "Habsburg",
            "Tauern",
            "Wachau",
        ],
        "sectors": ["Handels", "Bau", "Energie", "Holz"],
    },
    "CH": {
        "name": "Switzerland",
        "lang": "de",
        "ra": ("RA000548", "Handelsregister des Kantons", "Commercial Register of the Canton"),
        "forms": [
            ("MVII", "Aktiengesellschaft", "AG"),
            ("3EKS", "Gesellschaft mit beschränkter Haftung", "GmbH"),
        ],
        "cities": [
            ("Zürich", "CH-ZH", "Zürich", "80"),
            ("Basel", "CH-BS", "Basel-Stadt", "40"),
            ("Zug", "CH-ZG", "Zug", "63"),
        ],
        "streets": ["Bahnhofstrasse", "Seestrasse", "Aeschenvorstadt", "Baarerstrasse"],
        "stems": ["Helvetia Nord", "Rigi", "Glarner", "Limmat", "Säntis", "Pilatus", "Engadin"],
        "sectors": ["Treuhand", "Pharma", "Präzisionstechnik", "Vermögensverwaltung"],
    },
    "FR": {
        "name": "France",
        "lang": "fr",
        "ra": ("RA000189", "Sirene", "Register of Companies (Sirene)"),
        "forms": [
            ("6CHY", "société par actions simplifiée", "SAS"),
            ("K65D", "société anonyme", "SA"),
            ("DCE7", "société à responsabilité limitée", "SARL"),
        ],
        "cities": [
            ("Paris", "FR-IDF", "Île-de-France", "75"),
            ("Lyon", "FR-ARA", "Auvergne-Rhône-Alpes", "69"),
            ("Marseille", "FR-PAC", "Provence-Alpes-Côte d'Azur", "13"),
            ("Lille", "FR-HDF", "Hauts-de-France", "59"),
        ],
        "streets": [
            "rue de la Paix",
            "avenue des Champs-Élysées",
            "quai Saint-Antoine",
            "boulevard Haussmann",
        ],
        "stems": ["Beaulieu", "Rivière d'Or", "Montclair", "Saint-Aubin", "Vauclerc", "Garonne"],
        "sectors": ["Distribution", "Énergies", "Transports", "Conseil", "Agroalimentaire"],
    },
    "NL": {
        "name": "Netherlands",
        "lang": "nl",
        "ra": (
            "RA000463",
            "Handelsregister Kamer van Koophandel",
            "Trade Register (Chamber of Commerce)",
        ),
        "forms": [
            ("54M6", "besloten vennootschap", "B.V."),
            ("B5PM", "naamloze vennootschap", "N.V."),
        ],
        "cities": [
            ("Amsterdam", "NL-NH", "Noord-Holland", "10"),
            ("Rotterdam", "NL-ZH", "Zuid-Holland", "30"),
            ("Eindhoven", "NL-NB", "Noord-Brabant", "56"),
        ],
        "streets": ["Keizersgracht", "Coolsingel", "Stationsplein", "Herengracht"],
        "stems": [
            "Van der Berg",
            "Zeeland",
            "Oranjewoud",
            "De Vries",
            "Waterland",
            "Veluwe",
            "Hoogeveen",
        ],
        "sectors": ["Holding", "Scheepvaart", "Beheer", "Techniek"],
    },
    "GB": {
        "name": "United Kingdom",
        "lang": "en",
        "ra": ("RA000585", "Companies Register", "Companies Register"),
        "forms": [
            ("H0PO", "Private Limited Company", "Limited"),
            ("B6ES", "Public Limited Company", "PLC"),
            ("Z0EY", "Limited Liability Partnership", "LLP"),
        ],
        "cities": [
            ("London", "GB-LND", "London, City of", "EC2"),
            ("Manchester", "GB-MAN", "Manchester", "M1"),
            ("Edinburgh", "GB-EDH", "Edinburgh, City of", "EH2"),
        ],
        "streets": ["Bishopsgate", "King Street", "Princes Street", "Cannon Street"],
        "stems": ["Ashford", "Pennington", "Thamesgate", "Harrowby", "Kestrel", "Whitcombe"],
        "sectors": ["Capital", "Shipping", "Estates", "Holdings", "Insurance"],
    },
    "US": {
        "name": "United States of America",
        "lang": "en",
        "ra": (
            "RA000602",
            "Delaware Department of State: Division of Corporations",
            "Delaware Department of State: Division of Corporations",
        ),
        "forms": [
            ("XTIQ", "Limited Liability Company", "LLC"),
            ("4FSX", "Corporation", "Inc."),
            ("T91T", "Limited Partnership", "L.P."),
        ],
        "cities": [
            ("New York", "US-NY", "New York", "100"),
            ("Chicago", "US-IL", "Illinois", "606"),
            ("Boston", "US-MA", "Massachusetts", "021"),
            ("San Francisco", "US-CA", "California", "941"),
        ],
        "streets": ["Park Avenue", "West Madison Street", "Federal Street", "Market Street"],
        "stems": ["Blue Heron", "Granite Peak", "Harborview", "Redwood", "Silverline", "Prairie"],
        "sectors": ["Capital", "Logistics", "Energy", "Realty", "Partners"],
    },
    "JP": {
        "name": "Japan",
        "lang": "ja",
        "ra": (
            "RA000412",
            "法人番号公表サイト",
            "National Tax Agency Corporate Number Publication Site",
        ),
        "forms": [("7QQ0", "株式会社", "K.K.")],
        "cities": [
            ("東京都千代田区", "JP-13", "東京都", "100"),
            ("大阪市北区", "JP-27", "大阪府", "530"),
        ],
        "streets": ["丸の内二丁目", "梅田三丁目"],
        # (Japanese name, Hepburn transliteration, English trading name)
        "stems": [
            ("株式会社桜川物流", "Kabushiki Kaisha Sakuragawa Butsuryu", "Sakuragawa Logistics"),
            ("株式会社青葉精機", "Kabushiki Kaisha Aoba Seiki", "Aoba Precision"),
            ("株式会社北辰電機", "Kabushiki Kaisha Hokushin Denki", "Hokushin Electric"),
            ("株式会社浪速化学", "Kabushiki Kaisha Naniwa Kagaku", "Naniwa Chemical"),
            ("株式会社若葉不動産", "Kabushiki Kaisha Wakaba Fudosan", "Wakaba Real Estate"),
            (
                "株式会社東雲ホールディングス",
                "Kabushiki Kaisha Shinonome Horudingusu",
                "Shinonome Holdings",
            ),
            ("株式会社瑞穂エネルギー", "Kabushiki Kaisha Mizuho Enerugi", "Mizuho Energy"),
            ("株式会社白鷺製薬", "Kabushiki Kaisha Shirasagi Seiyaku", "Shirasagi Pharmaceutical"),
            ("株式会社千歳海運", "Kabushiki Kaisha Chitose Kaiun", "Chitose Shipping"),
            ("株式会社朝霧食品", "Kabushiki Kaisha Asagiri Shokuhin", "Asagiri Foods"),
            ("株式会社大和田建設", "Kabushiki Kaisha Owada Kensetsu", "Owada Construction"),
            ("株式会社紅葉商事", "Kabushiki Kaisha Momiji Shoji", "Momiji Trading"),
            ("株式会社葵ファイナンス", "Kabushiki Kaisha Aoi Fainansu", "Aoi Finance"),
            ("株式会社碧海システム", "Kabushiki Kaisha Hekikai Shisutemu", "Hekikai Systems"),
            ("株式会社鶴見鋼業", "Kabushiki Kaisha Tsurumi Kogyo", "Tsurumi Steel"),
        ],
        "sectors": [],
    },
    "LU": {
        "name": "Luxembourg",
        "lang": "fr",
        "ra": ("RA000432", "Registre de commerce et des sociétés", "Trade and Companies Register"),
        "forms": [
            ("DVXS", "société à responsabilité limitée", "S.à r.l."),
            ("5GGB", "société anonyme", "S.A."),
            ("UDY2", "société d'investissement à capital variable", "SICAV"),
        ],
        "cities": [("Luxembourg", "LU-LU", "Luxembourg", "L-1")],
        "streets": ["boulevard Royal", "rue Eugène Ruppert", "avenue John F. Kennedy"],
        "stems": ["Moselle", "Kirchberg", "Ardennes", "Clervaux", "Vianden", "Alzette"],
        "sectors": ["Investments", "Finance", "Holdings"],
    },
    "IE": {
        "name": "Ireland",
        "lang": "en",
        "ra": ("RA000402", "Companies Registration Office", "Companies Registration Office"),
        "forms": [
            ("LZIC", "Designated Activity Company", "DAC"),
            ("C58S", "Irish Collective Asset-management Vehicle", "ICAV"),
        ],
        "cities": [("Dublin", "IE-D", "Dublin", "D02")],
        "streets": ["Sir John Rogerson's Quay", "Harcourt Street", "North Wall Quay"],
        "stems": ["Liffey", "Shannon", "Clontarf", "Glendalough", "Wicklow", "Howth"],
        "sectors": ["Funding", "Aviation Leasing", "Treasury"],
    },
    "SE": {
        "name": "Sweden",
        "lang": "sv",
        "ra": ("RA000544", "Bolagsverket", "Swedish Companies Registration Office"),
        "forms": [("XJHM", "aktiebolag", "AB")],
        "cities": [
            ("Stockholm", "SE-AB", "Stockholms län", "111"),
            ("Göteborg", "SE-O", "Västra Götalands län", "411"),
        ],
        "streets": ["Strandvägen", "Kungsgatan", "Östra Hamngatan"],
        "stems": ["Björkvik", "Norrsken", "Skärgården", "Älvsborg", "Lövholmen", "Sjöberg"],
        "sectors": ["Fastigheter", "Invest", "Verkstäder", "Rederi", "Skog"],
    },
}

# LOUs (prefix, name, country)
LOUS = [
    ("5299", "Datenservice LEI Registrierungsstelle GmbH", "DE"),
    ("2138", "Ashford Identifier Services Limited", "GB"),
    ("9695", "Registre Français des Identifiants SAS", "FR"),
    ("5493", "Global Identifier Registry Inc.", "US"),
    ("3538", "Liffey LEI Registration DAC", "IE"),
]

ALNUM = string.digits + string.ascii_uppercase


def check_digits(base18: str) -> str:
    """ISO 17442 check digits: ISO 7064 MOD 97-10 over the 18 characters and "00"."""
    number = int("".join(str(int(c, 36)) for c in base18 + "00"))
    return f"{98 - number % 97:02d}"


def valid_lei(lei: str) -> bool:
    return len(lei) == 20 and int("".join(str(int(c, 36)) for c in lei)) % 97 == 1


class Maker:
    def __init__(self, seed: int = 17442) -> None:
        self.rng = random.Random(seed)
        self.g = Graph()
        for p, ns in (
            ("gleif-L1", L1),
            ("gleif-L2", L2),
            ("gleif-base", BASE),
            ("gleif-ra", RA),
            ("gleif-elf", ELF),
            ("gleif-repex", REPEX),
            ("lcc-3166-1-adj", LCC1),
            ("lcc-3166-2-adj", LCC2),
            ("lcc-lr", LCCLR),
            ("lcc-cr", LCCCR),
            ("gleif-L1-data", Namespace(D1)),
            ("gleif-L2-data", Namespace(D2)),
            ("gleif-RA-data", Namespace(DRA)),
            ("gleif-ELF-data", Namespace(DELF)),
            ("gleif-repex-data", Namespace(DREPEX)),
        ):
            self.g.bind(p, ns)
        self.used_leis: set[str] = set()
        self.used_names: set[str] = set()
        self.countries_used: set[str] = set()
        self.regions_used: dict[str, tuple[str, str]] = {}
        self.forms_used: dict[str, tuple[str, str, str]] = {}
        self.ras_used: set[str] = set()
        self.lous: list[URIRef] = []
        self.n_rel = 0

    # -- codes
    def lei(self, prefix: str) -> str:
        while True:
            body = prefix + "00" + "".join(self.rng.choice(ALNUM) for _ in range(12))
            lei = body + check_digits(body)
            assert valid_lei(lei)
            if lei not in self.used_leis:
                self.used_leis.add(lei)
                return lei

    def when(self, lo: int, hi: int) -> datetime:
        start = datetime(lo, 1, 1, tzinfo=UTC)
        span = (datetime(hi, 12, 31, tzinfo=UTC) - start).total_seconds()
        d = start + timedelta(seconds=self.rng.randrange(int(span)))
        return d.replace(microsecond=0, day=min(d.day, 28))

    @staticmethod
    def dt(d: datetime) -> Literal:
        return Literal(d.strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)

    # -- names
    def name_for(self, cc: str, form_abbr: str, role: str) -> str:
        c = COUNTRIES[cc]
        for _ in range(200):
            stem = self.rng.choice(c["stems"])
            if role == "holding":
                sector = {
                    "de": "Holding",
                    "fr": "Groupe",
                    "nl": "Groep",
                    "sv": "Holding",
                    "en": "Group",
                }[c["lang"]]
            else:
                sector = self.rng.choice(c["sectors"])
            if c["lang"] == "fr":
                name = (
                    f"{sector} {stem} {form_abbr}"
                    if role == "holding"
                    else f"{stem} {sector} {form_abbr}"
                )
            elif (
                sector.endswith("s")
                and c["lang"] == "de"
                and sector in ("Verwaltungs", "Versicherungs", "Handels")
            ):
                name = (
                    f"{stem} {sector}gesellschaft {form_abbr}"
                    if form_abbr != "AG"
                    else f"{stem} {sector}-AG"
                )
            else:
                name = f"{stem} {sector} {form_abbr}"
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise SystemExit(f"names exhausted for {cc}")

    # -- reference data
    def country(self, cc: str) -> URIRef:
        self.countries_used.add(cc)
        return LCC1[cc]

    def region(self, cc: str, code: str, name: str) -> URIRef:
        self.regions_used[code] = (cc, name)
        return LCC2[code]

    def legal_form(self, cc: str, form: tuple[str, str, str]) -> URIRef:
        self.forms_used[form[0]] = (cc, form[1], form[2])
        return URIRef(DELF + "ELF-" + form[0])

    def authority(self, cc: str) -> URIRef:
        self.ras_used.add(cc)
        return URIRef(DRA + COUNTRIES[cc]["ra"][0])

    def address(
        self,
        iri: URIRef,
        cc: str,
        city: tuple[str, str, str, str] | None = None,
        agent: bool = False,
    ) -> tuple[str, str, str, str]:
        c = COUNTRIES[cc]
        g = self.g
        city = city or self.rng.choice(c["cities"])
        g.add((iri, RDF.type, BASE.PhysicalAddress))
        number = str(self.rng.randint(1, 240))
        street = self.rng.choice(c["streets"])
        if cc == "US" and agent:
            g.add((iri, BASE.hasAddressLine1, Literal("c/o The Corporation Trust Company")))
            g.add((iri, BASE.hasAddressLine2, Literal("1209 Orange Street")))
            g.add((iri, BASE.hasAddressNumber, Literal("1209")))
            g.add((iri, BASE.hasCity, Literal("Wilmington")))
            g.add((iri, BASE.hasPostalCode, Literal("19801")))
            g.add((iri, BASE.hasRegion, self.region("US", "US-DE", "Delaware")))
            g.add((iri, BASE.hasCountry, self.country("US")))
            return ("Wilmington", "US-DE", "Delaware", "198")
        if c["lang"] in ("fr",) or cc in ("US", "GB", "IE"):
            line = f"{number} {street}" if cc != "LU" else f"{number}, {street}"
        elif cc == "JP":
            line = f"{street}{number}番{self.rng.randint(1, 9)}号"
        else:
            line = f"{street} {number}"
        g.add((iri, BASE.hasAddressLine1, Literal(line, lang=c["lang"])))
        if self.rng.random() < 0.3:
            floor = {
                "de": f"{self.rng.randint(2, 9)}. OG",
                "fr": f"{self.rng.randint(2, 9)}e étage",
                "en": f"Floor {self.rng.randint(2, 30)}",
                "nl": f"{self.rng.randint(2, 9)}e verdieping",
                "sv": f"plan {self.rng.randint(2, 9)}",
                "ja": f"{self.rng.randint(2, 30)}階",
            }[c["lang"]]
            g.add((iri, BASE.hasAddressLine2, Literal(floor, lang=c["lang"])))
        g.add((iri, BASE.hasAddressNumber, Literal(number)))
        g.add((iri, BASE.hasCity, Literal(city[0], lang=c["lang"])))
        postal = city[3] + "".join(
            self.rng.choice(string.digits) for _ in range(max(0, 5 - len(city[3])))
        )
        if cc == "GB":
            postal = f"{city[3]} {self.rng.randint(1, 9)}{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        g.add((iri, BASE.hasPostalCode, Literal(postal)))
        g.add((iri, BASE.hasRegion, self.region(cc, city[1], city[2])))
        g.add((iri, BASE.hasCountry, self.country(cc)))
        return city

    # -- an entity and its registration
    def entity(
        self,
        cc: str,
        role: str = "company",
        kind: URIRef = L1.LegalEntity,
        name: str | None = None,
        lou: URIRef | None = None,
        prefix: str | None = None,
        inactive: bool = False,
    ) -> URIRef:
        c = COUNTRIES[cc]
        g, rng = self.g, self.rng
        if kind == L1.Fund:
            form = next(f for f in c["forms"] if f[2] in ("SICAV", "ICAV"))
        else:
            forms = [
                f for f in c["forms"] if f[2] not in ("SICAV", "ICAV", "LLP", "L.P.", "KG")
            ] or c["forms"]
            form = rng.choice(
                forms
                if role != "holding"
                else [
                    f
                    for f in forms
                    if f[2]
                    in ("AG", "SE", "PLC", "N.V.", "S.A.", "SA", "Inc.", "AB", "K.K.", "S.A.")
                ]
                or forms
            )
        if name is not None and kind == L1.LegalEntity:
            form = next((f for f in c["forms"] if name.endswith(" " + f[2])), form)
        lou_prefix = prefix or rng.choice([p for p, _, _ in LOUS])
        lei = self.lei(lou_prefix)
        e = URIRef(D1 + "L-" + lei)
        g.add((e, RDF.type, kind))
        jp = None
        if cc == "JP":
            jp = c["stems"].pop(0) if name is None else next(s for s in c["stems"] if s[0] == name)
            name = jp[0]
            self.used_names.add(name)
        name = name or self.name_for(cc, form[2], role)
        g.add((e, L1.hasLegalName, Literal(name, lang=c["lang"])))
        if jp:
            g.add((e, L1.hasPreferredASCIITransliteratedName, Literal(jp[1])))
            g.add((e, L1.hasTradingOrOperatingName, Literal(jp[2], lang="en")))
        else:
            ascii_name = name.translate(
                str.maketrans(
                    {
                        "ä": "ae",
                        "ö": "oe",
                        "ü": "ue",
                        "Ä": "Ae",
                        "Ö": "Oe",
                        "Ü": "Ue",
                        "ß": "ss",
                        "é": "e",
                        "É": "E",
                        "è": "e",
                        "à": "a",
                        "ô": "o",
                        "Î": "I",
                        "å": "a",
                        "Å": "A",
                    }
                )
            )
            if ascii_name != name:
                g.add((e, L1.hasAutoASCIITransliteratedName, Literal(ascii_name)))
        g.add((e, L1.hasLegalForm, self.legal_form(cc, form)))
        # jurisdiction: US entities are Delaware ones
        us_de = cc == "US" and form[2] in ("LLC", "Inc.", "L.P.")
        g.add(
            (
                e,
                BASE.hasLegalJurisdiction,
                self.region("US", "US-DE", "Delaware") if us_de else self.country(cc),
            )
        )
        la = URIRef(str(e) + "-LAL")
        city = self.address(la, cc, agent=us_de)
        g.add((e, BASE.hasAddressLegal, la))
        if us_de or rng.random() < 0.25:
            hq = URIRef(str(e) + "-HQL")
            self.address(hq, cc, city=None if us_de else city)
            g.add((e, BASE.hasAddressHeadquarters, hq))
        else:
            g.add((e, BASE.hasAddressHeadquarters, la))
        g.add(
            (
                e,
                BASE.hasEntityStatus,
                BASE.EntityStatusInactive if inactive else BASE.EntityStatusActive,
            )
        )
        # business register
        ra_code = c["ra"][0]
        reg_id = self.registry_id(cc)
        bid = URIRef(D1 + f"BID-{ra_code}-" + reg_id.replace(" ", "_").replace("/", "."))
        g.add((bid, RDF.type, BASE.RegistryIdentifier))
        g.add((bid, BASE.hasTag, Literal(reg_id)))
        g.add((bid, BASE.identifies, e))
        g.add((bid, BASE.isRegisteredIn, self.authority(cc)))
        g.add((e, L1.hasRegistrationIdentifier, bid))
        # the LEI registration entry
        r = URIRef(str(e) + "-LEI")
        g.add((r, RDF.type, L1.LegalEntityIdentifier))
        g.add((r, RDF.type, L1.LegalEntityIdentifierRegistryEntry))
        g.add((r, L1.LEI, Literal(lei)))
        g.add((r, L1.identifiesAndRecords, e))
        initial = self.when(2012, 2022)
        g.add((r, BASE.hasInitialRegistrationDate, self.dt(initial)))
        lapsed = inactive or rng.random() < 0.08
        renewal = initial.replace(year=(2024 if lapsed else rng.choice([2025, 2026, 2026, 2027])))
        g.add((r, BASE.hasLastUpdateDate, self.dt(renewal - timedelta(days=rng.randint(300, 360)))))
        g.add((r, BASE.hasNextRenewalDate, self.dt(renewal)))
        status = (
            L1.RegistrationStatusRetired
            if inactive
            else (L1.RegistrationStatusLapsed if lapsed else L1.RegistrationStatusIssued)
        )
        g.add((r, BASE.hasRegistrationStatus, status))
        managing = lou if lou is not None else rng.choice(self.lous)
        g.add((r, L1.hasManagingLOU, managing))
        g.add(
            (
                r,
                L1.hasValidationSources,
                rng.choice(
                    [L1.ValidationSourceKindFullyCorroborated] * 4
                    + [
                        L1.ValidationSourceKindPartiallyCorroborated,
                        L1.ValidationSourceKindEntitySuppliedOnly,
                    ]
                ),
            )
        )
        g.add((r, L1.hasValidationIdentifier, bid))
        return e

    def registry_id(self, cc: str) -> str:
        rng = self.rng
        d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
        return {
            "DE": lambda: f"HRB {rng.randint(10000, 250000)}",
            "AT": lambda: f"FN {rng.randint(100000, 599999)} {rng.choice('abdfghkmptvwxyz')}",
            "CH": lambda: f"CHE-{d(3)}.{d(3)}.{d(3)}",
            "FR": lambda: d(9),
            "NL": lambda: d(8),
            "GB": lambda: rng.choice(["0", "1", "SC"]) + d(6),
            "US": lambda: d(7),
            "JP": lambda: d(13),
            "LU": lambda: f"B{rng.randint(10000, 280000)}",
            "IE": lambda: d(6),
            "SE": lambda: f"556{d(3)}-{d(4)}",
        }[cc]()

    def rel(self, child: URIRef, parent: URIRef, kind: str, start: datetime) -> None:
        g, rng = self.g, self.rng
        c, p = str(child).rsplit("L-", 1)[1], str(parent).rsplit("L-", 1)[1]
        r = URIRef(D2 + f"R-{c}-{p}-{kind}")
        cls = {
            "D": L2.DirectConsolidation,
            "U": L2.UltimateConsolidation,
            "I": L2.InternationalBranchRelationship,
        }[kind]
        g.add((r, RDF.type, cls))
        g.add((r, L2.hasChild, child))
        g.add((r, L2.hasParent, parent))
        g.add((r, L2.hasRelationshipStatus, L2.RelationshipStatusActive))
        if kind != "I":
            g.add(
                (
                    r,
                    L2.hasAccountingStandard,
                    rng.choice(
                        [L2.AccountingStandardIFRS] * 3
                        + [L2.AccountingStandardUSGAAP, L2.AccountingStandardOther]
                    ),
                )
            )
        period = BNode(f"p{self.n_rel}")
        self.n_rel += 1
        g.add((r, L2.hasRelationshipPeriod, period))
        g.add((period, RDF.type, BASE.Period))
        g.add((period, BASE.hasStart, self.dt(start)))
        rec = URIRef(str(r) + "-REC")
        g.add((rec, RDF.type, L2.LegalEntityRelationshipRecord))
        g.add((rec, BASE.records, r))
        g.add(
            (
                rec,
                BASE.hasInitialRegistrationDate,
                self.dt(start + timedelta(days=rng.randint(200, 900))),
            )
        )
        g.add((rec, BASE.hasRegistrationStatus, L2.RegistrationStatusPublished))
        g.add(
            (
                rec,
                L2.hasValidationSources,
                rng.choice(
                    [
                        L1.ValidationSourceKindFullyCorroborated,
                        L1.ValidationSourceKindPartiallyCorroborated,
                    ]
                ),
            )
        )
        g.add(
            (
                rec,
                L2.hasValidationDocuments,
                rng.choice(
                    [
                        L2.RelationshipValidationDocumentsKindAccountsFiling,
                        L2.RelationshipValidationDocumentsKindRegulatoryFiling,
                        L2.RelationshipValidationDocumentsKindSupportingDocuments,
                    ]
                ),
            )
        )

    def exception(self, entity: URIRef, kind: str, reason: str) -> None:
        lei = str(entity).rsplit("L-", 1)[1]
        x = URIRef(DREPEX + f"X-{lei}-{kind}")
        cls = (
            REPEX.DirectConsolidationReportingException
            if kind == "D"
            else REPEX.UltimateConsolidationReportingException
        )
        self.g.add((x, RDF.type, cls))
        self.g.add((x, REPEX.hasReportingEntity, entity))
        self.g.add((x, REPEX.hasExceptionReason, REPEX["ExceptionReasonKind" + reason]))

    # -- reference data written once
    def reference(self) -> None:
        g = self.g
        for cc in sorted(self.countries_used):
            c = LCC1[cc]
            g.add((c, RDF.type, LCCCR.Country))
            g.add((c, RDFS.label, Literal(COUNTRIES[cc]["name"], lang="en")))
            g.add((c, LCCLR.hasTag, Literal(cc)))
        for code, (cc, name) in sorted(self.regions_used.items()):
            r = LCC2[code]
            g.add((r, RDF.type, LCCCR.CountrySubdivision))
            g.add((r, RDFS.label, Literal(name)))
            g.add((r, LCCLR.hasTag, Literal(code)))
            g.add((r, LCCCR.isSubregionOf, LCC1[cc]))
        for code, (cc, local, abbr) in sorted(self.forms_used.items()):
            f = URIRef(DELF + "ELF-" + code)
            g.add((f, RDF.type, ELF.EntityLegalForm))
            g.add((f, BASE.hasTag, Literal(code)))
            g.add((f, BASE.hasLocalName, Literal(local, lang=COUNTRIES[cc]["lang"])))
            g.add((f, BASE.hasLocalAbbreviation, Literal(abbr, lang=COUNTRIES[cc]["lang"])))
            g.add((f, BASE.hasCoverageArea, LCC1[cc]))
        for cc in sorted(self.ras_used):
            code, local, english = COUNTRIES[cc]["ra"]
            r = URIRef(DRA + code)
            g.add((r, RDF.type, RA.BusinessRegistry))
            g.add((r, BASE.hasTag, Literal(code)))
            g.add((r, BASE.hasNameLegalLocal, Literal(local, lang=COUNTRIES[cc]["lang"])))
            g.add((r, BASE.hasNameTranslatedEnglish, Literal(english, lang="en")))
            g.add((r, BASE.hasCoverageArea, LCC1[cc]))

    def build(self) -> Graph:
        rng = self.rng
        # LOUs first: each manages its own LEI
        for prefix, name, cc in LOUS:
            iri = URIRef(D1 + "L-" + self.lei(prefix))
            self.lous.append(iri)
            self.lou_entity(iri, cc, name)
        # corporate groups
        homes = [
            "DE",
            "DE",
            "DE",
            "FR",
            "FR",
            "GB",
            "GB",
            "US",
            "US",
            "NL",
            "CH",
            "JP",
            "SE",
            "AT",
            "DE",
            "US",
            "GB",
            "FR",
            "JP",
            "NL",
            "DE",
            "CH",
            "GB",
            "US",
            "FR",
            "SE",
            "DE",
            "NL",
        ]
        abroad = ["DE", "AT", "CH", "FR", "NL", "GB", "US", "LU", "IE", "SE"]
        for i, home in enumerate(homes):
            up = self.entity(home, role="holding")
            founded = self.when(2000, 2012)
            self.exception(
                up, "D", rng.choice(["NaturalPersons", "NonConsolidating", "NaturalPersons"])
            )
            self.exception(up, "U", rng.choice(["NaturalPersons", "NonConsolidating"]))
            n_mid = 1 if i % 3 else 2
            mids = []
            for j in range(n_mid):
                cc = home if rng.random() < 0.6 else rng.choice(abroad)
                if cc == "JP" and not COUNTRIES["JP"]["stems"]:
                    cc = "US"
                named = "Müller Logistik GmbH" if (i, j) == (0, 0) else None
                mid = self.entity("DE" if named else cc, role="company", name=named)
                s = self.when(founded.year, 2016)
                self.rel(mid, up, "D", s)
                self.rel(mid, up, "U", s)
                mids.append(mid)
            for _ in range(rng.randint(3, 7)):
                cc = (
                    home
                    if rng.random() < 0.5
                    else rng.choice(
                        abroad + (["JP"] if home == "JP" and COUNTRIES["JP"]["stems"] else [])
                    )
                )
                if cc == "JP" and (home != "JP" or not COUNTRIES["JP"]["stems"]):
                    cc = "US"
                sub = self.entity(cc, role="company")
                parent = rng.choice([*mids, up])
                s = self.when(2008, 2022)
                self.rel(sub, parent, "D", s)
                self.rel(sub, up, "U", s)
            if i % 4 == 1:
                # an international branch of the holding
                c2 = rng.choice([x for x in abroad if x != home and x not in ("US",)])
                br = self.entity(c2, kind=L1.Branch, name=self.branch_name(up, c2))
                self.rel(br, up, "I", self.when(2010, 2020))
        # standalone companies, some with a parent that has no LEI
        for cc in [
            "DE",
            "DE",
            "FR",
            "GB",
            "US",
            "NL",
            "AT",
            "CH",
            "SE",
            "DE",
            "GB",
            "FR",
            "US",
            "IE",
            "LU",
            "DE",
            "NL",
            "SE",
            "DE",
            "AT",
            "FR",
            "GB",
            "US",
            "CH",
            "DE",
            "NL",
        ]:
            e = self.entity(cc)
            self.exception(e, "D", rng.choice(["NoLEI", "NaturalPersons", "DisclosureDetrimental"]))
            self.exception(e, "U", rng.choice(["NoLEI", "NaturalPersons"]))
        # umbrella funds and their sub-funds
        for cc in ["LU", "LU", "IE"]:
            umbrella = self.entity(cc, kind=L1.Fund, role="umbrella", name=self.fund_name(cc, None))
            for _ in range(rng.randint(2, 4)):
                sub = self.entity(cc, kind=L1.Fund, role="fund", name=self.fund_name(cc, umbrella))
                self.g.add((sub, L1.hasFundFamily, umbrella))
        # renamings, trading names and mergers
        self.history()
        self.reference()
        return self.g

    def lou_entity(self, iri: URIRef, cc: str, name: str) -> None:
        g = self.g
        lei = str(iri).rsplit("L-", 1)[1]
        g.add((iri, RDF.type, L1.LegalEntity))
        g.add((iri, RDF.type, L1.LocalOperatingUnit))
        g.add((iri, L1.hasLegalName, Literal(name, lang=COUNTRIES[cc]["lang"])))
        form = COUNTRIES[cc]["forms"][0]
        g.add((iri, L1.hasLegalForm, self.legal_form(cc, form)))
        g.add((iri, BASE.hasLegalJurisdiction, self.country(cc)))
        la = URIRef(str(iri) + "-LAL")
        self.address(la, cc)
        g.add((iri, BASE.hasAddressLegal, la))
        g.add((iri, BASE.hasAddressHeadquarters, la))
        g.add((iri, BASE.hasEntityStatus, BASE.EntityStatusActive))
        r = URIRef(str(iri) + "-LEI")
        g.add((r, RDF.type, L1.LegalEntityIdentifier))
        g.add((r, L1.LEI, Literal(lei)))
        g.add((r, L1.identifiesAndRecords, iri))
        initial = self.when(2012, 2015)
        g.add((r, BASE.hasInitialRegistrationDate, self.dt(initial)))
        g.add((r, BASE.hasNextRenewalDate, self.dt(initial.replace(year=2026))))
        g.add((r, BASE.hasRegistrationStatus, L1.RegistrationStatusIssued))
        g.add((r, L1.hasManagingLOU, iri))
        g.add((r, L1.hasValidationSources, L1.ValidationSourceKindFullyCorroborated))

    def branch_name(self, head: URIRef, cc: str) -> str:
        head_name = str(self.g.value(head, L1.hasLegalName))
        suffix = {
            "de": "Zweigniederlassung",
            "fr": "succursale",
            "nl": "bijkantoor",
            "sv": "filial",
            "en": "Branch",
        }[COUNTRIES[cc]["lang"]]
        place = COUNTRIES[cc]["cities"][0][0]
        name = (
            f"{head_name}, {suffix} {place}"
            if suffix != "Branch"
            else f"{head_name}, {place} {suffix}"
        )
        self.used_names.add(name)
        return name

    def fund_name(self, cc: str, umbrella: URIRef | None) -> str:
        stem = self.rng.choice(COUNTRIES[cc]["stems"])
        if umbrella is None:
            name = f"{stem} Global Funds SICAV" if cc == "LU" else f"{stem} Investment Funds ICAV"
        else:
            head = (
                str(self.g.value(umbrella, L1.hasLegalName))
                .replace(" SICAV", "")
                .replace(" ICAV", "")
            )
            strategy = self.rng.choice(
                [
                    "Euro Corporate Bond",
                    "Global Equity",
                    "Emerging Markets Debt",
                    "Sustainable Infrastructure",
                    "Short Duration",
                    "Japan Equity",
                ]
            )
            name = f"{head} - {strategy} Fund"
        if name in self.used_names:
            return self.fund_name(cc, umbrella)
        self.used_names.add(name)
        return name

    def history(self) -> None:
        g, rng = self.g, self.rng
        entities = sorted(
            s
            for s in g.subjects(RDF.type, L1.LegalEntity)
            if (s, RDF.type, L1.LocalOperatingUnit) not in g
        )
        # trading names for some
        for e in rng.sample(entities, 14):
            if g.value(e, L1.hasTradingOrOperatingName) is not None:
                continue
            legal = str(g.value(e, L1.hasLegalName))
            short = legal.rsplit(" ", 1)[0]
            g.add((e, L1.hasTradingOrOperatingName, Literal(short)))
        # previous names for some (same stem, another line of business)
        for e in rng.sample(entities, 16):
            legal = g.value(e, L1.hasLegalName)
            cc = str(g.value(e, BASE.hasLegalJurisdiction)).rsplit("/", 1)[1]
            if (
                cc not in COUNTRIES
                or not COUNTRIES[cc]["sectors"]
                or (e, RDF.type, L1.Fund) in g
                or "," in str(legal)
            ):
                continue
            stem = next((st for st in COUNTRIES[cc]["stems"] if str(legal).startswith(st)), None)
            if stem is None:
                continue
            form = next(
                (f[2] for f in COUNTRIES[cc]["forms"] if str(legal).endswith(" " + f[2])), "AG"
            )
            sector = rng.choice(COUNTRIES[cc]["sectors"])
            sector += (
                "gesellschaft" if sector in ("Verwaltungs", "Versicherungs", "Handels") else ""
            )
            old = f"{stem} {sector} {form}"
            if old != str(legal) and old not in self.used_names:
                self.used_names.add(old)
                g.add((e, L1.hasPreviousLegalName, Literal(old, lang=legal.language)))
        # mergers: an entity becomes inactive, succeeded by another of the same country
        merged = 0
        for e in entities:
            if merged >= 4:
                break
            if list(g.subjects(L2.hasParent, e)):
                continue
            cc = str(g.value(e, BASE.hasLegalJurisdiction)).rsplit("/", 1)[1]
            if cc not in ("DE", "FR", "GB", "NL"):
                continue
            successors = [
                s
                for s in entities
                if s != e
                and str(g.value(s, BASE.hasLegalJurisdiction)).endswith("/" + cc)
                and g.value(s, BASE.hasEntityStatus) == BASE.EntityStatusActive
                and list(g.subjects(L2.hasParent, s))
            ]
            if not successors or g.value(e, BASE.hasEntityStatus) == BASE.EntityStatusInactive:
                continue
            succ = rng.choice(successors)
            g.set((e, BASE.hasEntityStatus, BASE.EntityStatusInactive))
            g.add((e, BASE.hasSuccessor, succ))
            g.add((e, BASE.hasEntityExpirationReason, BASE.EntityExpirationReasonCorporateAction))
            g.add((e, BASE.hasEntityExpirationDate, self.dt(self.when(2019, 2023))))
            r = URIRef(str(e) + "-LEI")
            g.set((r, BASE.hasRegistrationStatus, L1.RegistrationStatusRetired))
            for rel in g.subjects(L2.hasChild, e):
                g.set((rel, L2.hasRelationshipStatus, L2.RelationshipStatusInactive))
            merged += 1


def main() -> None:
    g = Maker().build()
    text = g.serialize(format="turtle")
    header = (
        "# GLEIF LEI data (Level 1, Level 2 relationships, reporting exceptions) with the ELF,\n"
        "# RA and LCC reference slices it uses. Invented entities; written by lei_make.py.\n"
    )
    OUT.write_text(header + text, encoding="utf-8")
    print(f"{OUT.name}: {len(g)} triples")


if __name__ == "__main__":
    main()
