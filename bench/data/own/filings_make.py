"""Write ``filings.jsonld``: listed companies' financial statements as an invented Nordic
regulator's open-data portal (the Nordic Financial Filings Portal, NFFP) serves them: one JSON-LD
document with an inline ``@context`` and one ``@graph``.

The shape is XBRL's as such portals flatten it into RDF:

- companies (``nffp:ListedCompany``, IRIs by LEI ``https://lei.info/<LEI>``) with
  ``schema:legalName`` (and ``schema:name`` only where the short name differs),
  ``schema:leiCode``, ``schema:tickerSymbol``, ``nffp:listedOn`` a market by its ISO 10383 MIC
  (``skos:notation`` "XOSL", ``skos:prefLabel`` "Oslo Børs"), ``nffp:sector`` a NACE Rev. 2 class
  (SKOS concept, notation "35.11", English and local prefLabels), ``schema:address`` a blank
  ``schema:PostalAddress`` (locality as a language map), ``nffp:auditor`` an audit firm (the
  national member firm, own LEI), ``schema:subOrganization`` subsidiaries (unlisted, some only
  named), officers as blank ``nffp:OfficerRole`` nodes (``nffp:holder`` a person,
  ``nffp:role`` a SKOS role concept "Chief Executive Officer" / altLabel "CEO", ``nffp:startDate``
  and for former officers ``nffp:endDate``);
- filings (``nffp:AnnualFinancialReport`` / ``nffp:InterimReport``) by accession number
  (``nffp:accessionNumber`` "0000417-25-000012"), ``nffp:filer``, ``nffp:filingDate``
  ``xsd:date``, ``nffp:fiscalYear`` ``xsd:gYear``, ``nffp:fiscalPeriod`` "FY" / "Q1".."Q3",
  ``dcterms:title`` in English; one company's fiscal year ends on 30 June;
- reported facts as n-ary ``xbrl:Fact`` nodes (``nffp:concept`` an IFRS taxonomy concept or the
  portal's own, ``xbrl:value`` ``xsd:decimal`` in full units, ``xbrl:decimals`` -6 / -3 / 0,
  ``xbrl:unit`` an ISO 4217 currency or ``xbrli:pure``, ``xbrl:period`` a blank node with
  ``xbrl:startDate`` / ``xbrl:endDate`` or ``xbrl:instant``, ``xbrl:entity`` the company,
  ``nffp:reportedIn`` the filing, sometimes ``xbrl:dimension`` a blank node with an axis and a
  member "Offshore wind [member]"); an annual report repeats the prior year's comparatives, so
  a fact is often stated twice (two fact nodes, two filings);
- taxonomy concepts named by ``rdfs:label`` language maps (standard labels "Profit (loss)",
  "Assets"), with ``xbrl:periodType`` and ``xbrl:balance``.

Run from the repository root: ``python bench/data/own/filings_make.py``. Deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
BASE = "https://opendata.nffp.example/"
IFRS = "https://xbrl.ifrs.org/taxonomy/2024-03-27/ifrs-full#"


def _ctx() -> dict:
    def ref(term: str) -> dict:
        return {"@id": term, "@type": "@id"}

    def lang(term: str) -> dict:
        return {"@id": term, "@container": "@language"}

    def typed(term: str, t: str) -> dict:
        return {"@id": term, "@type": "xsd:" + t}

    return {
        "@base": BASE,
        "nffp": BASE + "def/",
        "xbrl": BASE + "def/xbrl#",
        "xbrli": "http://www.xbrl.org/2003/instance#",
        "iso4217": "http://www.xbrl.org/2003/iso4217#",
        "ifrs-full": IFRS,
        "schema": "http://schema.org/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "dcterms": "http://purl.org/dc/terms/",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "mic": "https://www.iso20022.org/market-identifier-codes/",
        "nace": "https://data.nffp.example/codes/nace-r2/",
        "roles": BASE + "codes/officer-role/",
        "id": "@id",
        "type": "@type",
        "label": lang("rdfs:label"),
        "prefLabel": lang("skos:prefLabel"),
        "altLabel": "skos:altLabel",
        "notation": "skos:notation",
        "inScheme": ref("skos:inScheme"),
        "definition": {"@id": "skos:definition", "@language": "en"},
        "legalName": "schema:legalName",
        "name": "schema:name",
        "givenName": "schema:givenName",
        "familyName": "schema:familyName",
        "lei": "schema:leiCode",
        "ticker": "schema:tickerSymbol",
        "address": "schema:address",
        "street": "schema:streetAddress",
        "locality": lang("schema:addressLocality"),
        "postalCode": "schema:postalCode",
        "country": "schema:addressCountry",
        "subsidiaries": ref("schema:subOrganization"),
        "listedOn": ref("nffp:listedOn"),
        "sector": ref("nffp:sector"),
        "auditor": ref("nffp:auditor"),
        "officers": "nffp:hasOfficer",
        "holder": ref("nffp:holder"),
        "role": ref("nffp:role"),
        "startDate": typed("nffp:startDate", "date"),
        "endDate": typed("nffp:endDate", "date"),
        "accession": "nffp:accessionNumber",
        "filer": ref("nffp:filer"),
        "filingDate": typed("nffp:filingDate", "date"),
        "fiscalYear": typed("nffp:fiscalYear", "gYear"),
        "fiscalPeriod": "nffp:fiscalPeriod",
        "title": {"@id": "dcterms:title", "@language": "en"},
        "concept": ref("nffp:concept"),
        "value": typed("xbrl:value", "decimal"),
        "decimals": typed("xbrl:decimals", "integer"),
        "unit": ref("xbrl:unit"),
        "period": "xbrl:period",
        "from": typed("xbrl:startDate", "date"),
        "to": typed("xbrl:endDate", "date"),
        "instant": typed("xbrl:instant", "date"),
        "entity": ref("xbrl:entity"),
        "reportedIn": ref("nffp:reportedIn"),
        "dimension": "xbrl:dimension",
        "axis": ref("xbrl:axis"),
        "member": ref("xbrl:member"),
        "periodType": "xbrl:periodType",
        "balance": "xbrl:balance",
    }


# concept: (IRI, labels, periodType, balance)
CONCEPTS = {
    "rev": (
        "ifrs-full:Revenue",
        {"en": "Revenue", "nb": "Driftsinntekter", "sv": "Intäkter"},
        "duration",
        "credit",
    ),
    "int": (
        "ifrs-full:InterestRevenueCalculatedUsingEffectiveInterestMethod",
        {"en": "Interest revenue calculated using effective interest method"},
        "duration",
        "credit",
    ),
    "pl": (
        "ifrs-full:ProfitLoss",
        {"en": "Profit (loss)", "nb": "Årsresultat"},
        "duration",
        "credit",
    ),
    "op": (
        "ifrs-full:ProfitLossFromOperatingActivities",
        {"en": "Profit (loss) from operating activities", "nb": "Driftsresultat"},
        "duration",
        "credit",
    ),
    "assets": (
        "ifrs-full:Assets",
        {"en": "Assets", "nb": "Eiendeler", "sv": "Tillgångar"},
        "instant",
        "debit",
    ),
    "equity": ("ifrs-full:Equity", {"en": "Equity", "nb": "Egenkapital"}, "instant", "credit"),
    "cash": (
        "ifrs-full:CashAndCashEquivalents",
        {"en": "Cash and cash equivalents"},
        "instant",
        "debit",
    ),
    "emp": (
        "nffp:AverageNumberOfEmployees",
        {"en": "Average number of employees", "nb": "Gjennomsnittlig antall ansatte"},
        "duration",
        None,
    ),
}
AXES = {
    "seg": ("ifrs-full:SegmentsAxis", {"en": "Segments [axis]"}),
    "geo": ("ifrs-full:GeographicalAreasAxis", {"en": "Geographical areas [axis]"}),
}
CURRENCIES = {
    "NOK": "Norwegian krone",
    "SEK": "Swedish krona",
    "DKK": "Danish krone",
    "EUR": "Euro",
    "USD": "US dollar",
}
MARKETS = {
    "XOSL": ("Oslo Børs", "NO"),
    "XOAS": ("Euronext Expand Oslo", "NO"),
    "XSTO": ("Nasdaq Stockholm", "SE"),
    "XCSE": ("Nasdaq Copenhagen", "DK"),
    "XHEL": ("Nasdaq Helsinki", "FI"),
}
NACE = {
    "35.11": ("Production of electricity", "Produksjon av elektrisitet"),
    "50.20": ("Sea and coastal freight water transport", "Sjøfart med gods"),
    "28.22": (
        "Manufacture of lifting and handling equipment",
        "Tillverkning av lyft- och hanteringsutrustning",
    ),
    "21.20": (
        "Manufacture of pharmaceutical preparations",
        "Fremstilling af farmaceutiske præparater",
    ),
    "61.20": ("Wireless telecommunications activities", "Langattoman verkon hallinta ja palvelut"),
    "03.21": ("Marine aquaculture", "Hav- og kystbasert akvakultur"),
    "64.19": ("Other monetary intermediation", "Annan monetär finansförmedling"),
    "62.01": ("Computer programming activities", "Programmeringstjenester"),
    "41.20": (
        "Construction of residential and non-residential buildings",
        "Opførelse af bygninger",
    ),
    "17.11": ("Manufacture of pulp", "Massan valmistus"),
}
ROLES = {
    "CEO": "Chief Executive Officer",
    "CFO": "Chief Financial Officer",
    "CHAIR": "Chair of the Board",
}
# auditor key: (legal name, LEI)
AUDITORS = {
    "kpmg-no": ("KPMG AS", "549300KPMGNO0000AS17"),
    "kpmg-fi": ("KPMG Oy Ab", "743700KPMGFI0000OY42"),
    "ey-no": ("Ernst & Young AS", "5967007LIEEYNO00AS21"),
    "ey-dk": ("EY Godkendt Revisionspartnerselskab", "549300EYDK00GODK0R88"),
    "pwc-no": ("PricewaterhouseCoopers AS", "549300PWCNO00000AS63"),
    "pwc-se": ("Öhrlings PricewaterhouseCoopers AB", "549300OHRLINGSPWC034"),
    "pwc-fi": ("PricewaterhouseCoopers Oy", "743700PWCFI00000OY19"),
    "deloitte-dk": ("Deloitte Statsautoriseret Revisionspartnerselskab", "549300DELOITTEDK0S55"),
    "deloitte-se": ("Deloitte AB", "549300DELOITTESE0A76"),
    "bdo-no": ("BDO AS", "549300BDONO000000A90"),
}

# key: legal name, short name or None, LEI, ticker, MIC, NACE, currency, (street, postal,
# locality map, country), auditor, agent number, base revenue (millions), staff,
# segments (axis, [(member key, label, share)]), subsidiaries [(name, LEI or None)],
# officers [(role, given, family, start, end or None)], fiscal year end month
COMPANIES = [
    dict(
        key="nordvik",
        legal="Nordvik Energi ASA",
        short="Nordvik Energi",
        lei="5967007NORDVIKENE041",
        ticker="NVE",
        mic="XOSL",
        nace="35.11",
        cur="NOK",
        addr=("Sandviksboder 17", "5035", {"nb": "Bergen"}, "NO"),
        auditor="kpmg-no",
        agent=417,
        rev=48213,
        staff=1843,
        margin=0.21,
        seg=("seg", [("Hydropower", 0.46), ("Offshore wind", 0.31), ("Energy trading", 0.23)]),
        subs=[
            ("Nordvik Havvind AS", "5967007NVHAVVIND0023"),
            ("Nordvik Nett AS", "5967007NVNETT0000A18"),
            ("Vestkraft Trading AS", None),
        ],
        officers=[
            ("CEO", "Ingrid", "Haugland", "2019-08-01", None),
            ("CFO", "Erlend", "Skaar", "2021-03-15", None),
            ("CEO", "Tor Arne", "Vik", "2011-05-01", "2019-07-31"),
            ("CHAIR", "Kari", "Lunde", "2020-06-10", None),
        ],
    ),
    dict(
        key="fjellstad",
        legal="Fjellstad Shipping ASA",
        short="Fjellstad Shipping",
        lei="5967007FJELLSTAD0S62",
        ticker="FJELL",
        mic="XOSL",
        nace="50.20",
        cur="USD",
        addr=("Haakon VIIs gate 2", "0161", {"nb": "Oslo"}, "NO"),
        auditor="ey-no",
        agent=523,
        rev=1187,
        staff=612,
        margin=0.34,
        seg=("seg", [("Dry bulk", 0.58), ("Tankers", 0.42)]),
        subs=[
            ("Fjellstad Tankers Ltd", "2138004FJTANKERS0L77"),
            ("Fjellstad Bulk Pte. Ltd.", None),
        ],
        officers=[
            ("CEO", "Morten", "Fjellstad", "2015-01-01", None),
            ("CFO", "Silje", "Brattli", "2022-09-01", None),
        ],
    ),
    dict(
        key="vattern",
        legal="Vättern Verkstad AB (publ)",
        short="Vättern Verkstad",
        lei="549300VATTERNVERK028",
        ticker="VATT B",
        mic="XSTO",
        nace="28.22",
        cur="SEK",
        addr=("Industrigatan 40", "553 02", {"sv": "Jönköping"}, "SE"),
        auditor="pwc-se",
        agent=618,
        rev=21540,
        staff=5120,
        margin=0.09,
        fye=6,
        seg=None,
        subs=[("Vättern Lift GmbH", "5299000VATTLIFTGM014"), ("Vättern Service AB", None)],
        officers=[
            ("CEO", "Anna", "Lindqvist", "2020-01-13", None),
            ("CFO", "Johan", "Ekström", "2018-04-01", None),
            ("CHAIR", "Per-Olof", "Sandberg", "2017-05-05", None),
        ],
    ),
    dict(
        key="solhavn",
        legal="Solhavn Pharma A/S",
        short="Solhavn Pharma",
        lei="549300SOLHAVNPHA0R50",
        ticker="SOLP",
        mic="XCSE",
        nace="21.20",
        cur="DKK",
        addr=("Vandtårnsvej 83", "2860", {"da": "Søborg"}, "DK"),
        auditor="deloitte-dk",
        agent=702,
        rev=36904,
        staff=7380,
        margin=0.27,
        seg=("geo", [("Europe", 0.41), ("North America", 0.44), ("Rest of world", 0.15)]),
        subs=[
            ("Solhavn Pharma Inc.", "549300SOLHAVNUS0I061"),
            ("Solhavn Biologics ApS", "549300SOLBIOLOG0A043"),
        ],
        officers=[
            ("CEO", "Mette", "Kjærgaard", "2018-02-01", None),
            ("CFO", "Rasmus", "Holm", "2023-01-09", None),
            ("CFO", "Lise", "Bech", "2016-08-15", "2022-12-31"),
        ],
    ),
    dict(
        key="lumo",
        legal="Lumo Telecom Oyj",
        short="Lumo Telecom",
        lei="743700LUMOTELECOM089",
        ticker="LUMO",
        mic="XHEL",
        nace="61.20",
        cur="EUR",
        addr=("Keilaranta 9", "02150", {"fi": "Espoo", "sv": "Esbo"}, "FI"),
        auditor="kpmg-fi",
        agent=811,
        rev=2731,
        staff=3904,
        margin=0.12,
        seg=("seg", [("Consumer", 0.63), ("Enterprise", 0.37)]),
        subs=[("Lumo Eesti AS", "743700LUMOEESTI00A13")],
        officers=[
            ("CEO", "Juha", "Virtanen", "2021-11-01", None),
            ("CFO", "Aino", "Korhonen", "2020-05-18", None),
        ],
    ),
    dict(
        key="brekke",
        legal="Brekke Sjømat ASA",
        short="Brekke Sjømat",
        lei="5967007BREKKESJOM090",
        ticker="BSJ",
        mic="XOSL",
        nace="03.21",
        cur="NOK",
        addr=("Brattørkaia 15", "7010", {"nb": "Trondheim"}, "NO"),
        auditor="pwc-no",
        agent=905,
        rev=17322,
        staff=2210,
        margin=0.18,
        seg=None,
        subs=[("Brekke Settefisk AS", None), ("Brekke Salmon Sales AS", "5967007BREKKESALES31")],
        officers=[
            ("CEO", "Sindre", "Brekke", "2014-06-01", None),
            ("CFO", "Hanne", "Moe", "2019-10-01", None),
        ],
    ),
    dict(
        key="norrsken",
        legal="Norrsken Bank AB (publ)",
        short="Norrsken Bank",
        lei="549300NORRSKENBANK52",
        ticker="NORR",
        mic="XSTO",
        nace="64.19",
        cur="SEK",
        addr=("Regeringsgatan 25", "111 53", {"sv": "Stockholm"}, "SE"),
        auditor="deloitte-se",
        agent=1012,
        rev=9874,
        staff=1460,
        margin=0.31,
        bank=True,
        seg=None,
        subs=[("Norrsken Finans Oy", "743700NORRSKENFIN036")],
        officers=[
            ("CEO", "Karin", "Åberg", "2022-02-01", None),
            ("CFO", "Gustav", "Nyberg", "2017-09-01", None),
        ],
    ),
    dict(
        key="aurland",
        legal="Aurland Software ASA",
        short=None,
        lei="5967007AURLANDSOF025",
        ticker="AURL",
        mic="XOAS",
        nace="62.01",
        cur="NOK",
        addr=("Drammensveien 134", "0277", {"nb": "Oslo"}, "NO"),
        auditor="bdo-no",
        agent=1109,
        rev=1406,
        staff=388,
        margin=-0.07,
        thousands=True,
        seg=None,
        subs=[("Aurland Software Sverige AB", None)],
        officers=[
            ("CEO", "Eirik", "Aurland", "2016-03-01", None),
            ("CFO", "Marte", "Solheim", "2024-02-01", None),
            ("CFO", "Bjørn", "Ødegård", "2016-03-01", "2024-01-31"),
        ],
    ),
    dict(
        key="hedegaard",
        legal="Hedegaard Byg A/S",
        short="Hedegaard Byg",
        lei="549300HEDEGAARDBY070",
        ticker="HEDE",
        mic="XCSE",
        nace="41.20",
        cur="DKK",
        addr=("Skanderborgvej 190", "8260", {"da": "Viby J"}, "DK"),
        auditor="ey-dk",
        agent=1203,
        rev=8690,
        staff=2975,
        margin=0.05,
        seg=None,
        subs=[
            ("Hedegaard Entreprise A/S", "549300HEDEENTREP0A27"),
            ("Byggeselskabet Kattegat ApS", None),
        ],
        officers=[
            ("CEO", "Lars", "Hedegaard", "2012-01-01", None),
            ("CFO", "Camilla", "Thomsen", "2021-08-16", None),
        ],
    ),
    dict(
        key="sarvi",
        legal="Sarvi Forest Oyj",
        short="Sarvi Forest",
        lei="743700SARVIFOREST048",
        ticker="SARVI",
        mic="XHEL",
        nace="17.11",
        cur="EUR",
        addr=("Kymenlaaksonkatu 1", "48100", {"fi": "Kotka"}, "FI"),
        auditor="pwc-fi",
        agent=1307,
        rev=4112,
        staff=6830,
        margin=0.07,
        seg=("seg", [("Pulp", 0.55), ("Paperboard", 0.30), ("Wood products", 0.15)]),
        subs=[("Sarvi Sawmills Oy", "743700SARVISAWMI0O84"), ("Sarvi Packaging Sp. z o.o.", None)],
        officers=[
            ("CEO", "Mikko", "Laine", "2017-04-01", None),
            ("CFO", "Elina", "Heikkinen", "2019-01-07", None),
            ("CHAIR", "Pekka", "Salo", "2021-03-24", None),
        ],
    ),
]


def _slug(s: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-")


def _fy(c: dict, year: int) -> tuple[str, str]:
    """A fiscal year's start and end dates: calendar, or July-June ending in ``year``."""
    if c.get("fye") == 6:
        return f"{year - 1}-07-01", f"{year}-06-30"
    return f"{year}-01-01", f"{year}-12-31"


def _quarter(c: dict, year: int, q: int) -> tuple[str, str]:
    ends = {1: ("01-01", "03-31"), 2: ("04-01", "06-30"), 3: ("07-01", "09-30")}
    if c.get("fye") == 6:  # fiscal Q1 is July-September of the year before
        ends = {1: ("07-01", "09-30"), 2: ("10-01", "12-31"), 3: ("01-01", "03-31")}
        y = year - 1 if q < 3 else year
        return f"{y}-{ends[q][0]}", f"{y}-{ends[q][1]}"
    return f"{year}-{ends[q][0]}", f"{year}-{ends[q][1]}"


def build() -> dict:
    rng = random.Random(20261205)
    graph: list[dict] = []
    for iri, labels, ptype, bal in CONCEPTS.values():
        node = {"id": iri, "type": "xbrl:Concept", "label": labels, "periodType": ptype}
        if bal:
            node["balance"] = bal
        graph.append(node)
    for iri, labels in AXES.values():
        graph.append({"id": iri, "type": "xbrl:Axis", "label": labels})
    for code, name in CURRENCIES.items():
        graph.append(
            {"id": f"iso4217:{code}", "type": "xbrl:Unit", "label": {"en": name}, "notation": code}
        )
    graph.append({"id": "xbrli:pure", "type": "xbrl:Unit", "label": {"en": "pure"}})
    for code, (name, _) in MARKETS.items():
        graph.append(
            {
                "id": f"mic:{code}",
                "type": "nffp:Market",
                "prefLabel": {"en": name},
                "notation": code,
            }
        )
    graph.append(
        {"id": "nace:scheme", "type": "skos:ConceptScheme", "prefLabel": {"en": "NACE Rev. 2"}}
    )
    for code, (en, loc) in NACE.items():
        lang_ = {
            "50.20": "nb",
            "28.22": "sv",
            "21.20": "da",
            "61.20": "fi",
            "64.19": "sv",
            "41.20": "da",
            "17.11": "fi",
        }
        graph.append(
            {
                "id": f"nace:{code}",
                "type": "skos:Concept",
                "notation": code,
                "inScheme": "nace:scheme",
                "prefLabel": {"en": en, lang_.get(code, "nb"): loc},
            }
        )
    for code, name in ROLES.items():
        graph.append(
            {
                "id": f"roles:{code}",
                "type": "skos:Concept",
                "prefLabel": {"en": name},
                "altLabel": code,
            }
        )
    for name, lei in AUDITORS.values():
        graph.append(
            {
                "id": f"https://lei.info/{lei}",
                "type": "nffp:AuditFirm",
                "legalName": name,
                "lei": lei,
            }
        )
    acc_seq = 11
    for c in COMPANIES:
        cid = f"https://lei.info/{c['lei']}"
        subs = []
        for name, lei in c["subs"]:
            sid = f"https://lei.info/{lei}" if lei else f"entities/{_slug(name)}"
            node = {"id": sid, "type": "schema:Corporation", "legalName": name}
            if lei:
                node["lei"] = lei
            graph.append(node)
            subs.append(sid)
        street, postal, locality, country = c["addr"]
        officers = []
        for role, given, family, start, end in c["officers"]:
            pid = f"persons/{_slug(given + ' ' + family)}"
            graph.append(
                {
                    "id": pid,
                    "type": "schema:Person",
                    "name": f"{given} {family}",
                    "givenName": given,
                    "familyName": family,
                }
            )
            o = {
                "type": "nffp:OfficerRole",
                "holder": pid,
                "role": f"roles:{role}",
                "startDate": start,
            }
            if end:
                o["endDate"] = end
            officers.append(o)
        comp = {
            "id": cid,
            "type": "nffp:ListedCompany",
            "legalName": c["legal"],
            "lei": c["lei"],
            "ticker": c["ticker"],
            "listedOn": f"mic:{c['mic']}",
            "sector": f"nace:{c['nace']}",
            "address": {
                "type": "schema:PostalAddress",
                "street": street,
                "postalCode": postal,
                "locality": locality,
                "country": country,
            },
            "auditor": f"https://lei.info/{AUDITORS[c['auditor']][1]}",
            "subsidiaries": subs,
            "officers": officers,
        }
        if c["short"]:
            comp["name"] = c["short"]
        graph.append(comp)
        unit = f"iso4217:{c['cur']}"
        scale = 1000 if c.get("thousands") else 1_000_000
        decimals = -3 if c.get("thousands") else -6
        rev_key = "int" if c.get("bank") else "rev"
        # yearly figures, 2022..2024
        years = {}
        r = c["rev"] / (1 + rng.uniform(0.02, 0.12))
        r = r / (1 + rng.uniform(-0.05, 0.1))
        for y in (2022, 2023, 2024):
            g = 1 + rng.uniform(-0.06, 0.14) if y > 2022 else 1
            r = r * g if y != 2024 else c["rev"]
            rev = round(r * (1000 if c.get("thousands") else 1))
            margin = c["margin"] + rng.uniform(-0.03, 0.03)
            op = round(rev * (margin + 0.05))
            pl = round(rev * margin)
            assets = round(rev * rng.uniform(1.3, 2.6))
            if c.get("bank"):
                assets = round(rev * rng.uniform(14, 18))
            equity = round(assets * rng.uniform(0.3, 0.5) if not c.get("bank") else assets * 0.09)
            cash = round(assets * rng.uniform(0.05, 0.15))
            staff = round(c["staff"] * (1 - 0.04 * (2024 - y) + rng.uniform(-0.02, 0.02)))
            years[y] = {
                "rev": rev,
                "op": op,
                "pl": pl,
                "assets": assets,
                "equity": equity,
                "cash": cash,
                "emp": staff,
            }
        filings = []
        for y in (2023, 2024):
            day = rng.randint(3, 28)
            fy_date = (
                f"{y + 1}-{rng.choice((2, 3, 4)):02d}-{day:02d}"
                if not c.get("fye")
                else f"{y}-09-{day:02d}"
            )
            filings.append(("annual", y, "FY", fy_date))
        for q in (1, 2, 3):
            end = _quarter(c, 2024, q)[1]
            m, d = int(end[5:7]), rng.randint(8, 28)
            yy = int(end[:4]) + (1 if m == 12 else 0)
            mm = m % 12 + 1
            filings.append(("interim", 2024, f"Q{q}", f"{yy}-{mm:02d}-{d:02d}"))
        fact_no = 0
        for kind, y, fp, fdate in filings:
            acc = f"{c['agent']:07d}-{fdate[2:4]}-{acc_seq:06d}"
            acc_seq += rng.randint(3, 40)
            fid = f"filings/{acc}"
            what = "Annual Financial Report" if kind == "annual" else f"Interim Report {fp}"
            graph.append(
                {
                    "id": fid,
                    "type": "nffp:AnnualFinancialReport"
                    if kind == "annual"
                    else "nffp:InterimReport",
                    "accession": acc,
                    "filer": cid,
                    "filingDate": fdate,
                    "fiscalYear": str(y),
                    "fiscalPeriod": fp,
                    "title": f"{c['legal']} – {what} {y}",
                }
            )

            def fact(
                concept: str,
                value: int,
                period: dict,
                dim: dict | None = None,
                fid: str = fid,
                acc: str = acc,
                cid: str = cid,
                scale: int = scale,
                decimals: int = decimals,
                unit: str = unit,
            ) -> None:
                nonlocal fact_no
                fact_no += 1
                is_emp = concept == "emp"
                node = {
                    "id": f"facts/{acc}/f{fact_no:03d}",
                    "type": "xbrl:Fact",
                    "concept": CONCEPTS[concept][0],
                    "entity": cid,
                    "reportedIn": fid,
                    "value": str(value if is_emp else value * scale),
                    "decimals": 0 if is_emp else decimals,
                    "unit": "xbrli:pure" if is_emp else unit,
                    "period": period,
                }
                if dim:
                    node["dimension"] = dim
                graph.append(node)

            if kind == "annual":
                for yy in (y, y - 1):
                    start, end = _fy(c, yy)
                    dur = {"from": start, "to": end}
                    inst = {"instant": end}
                    v = years[yy]
                    fact(rev_key, v["rev"], dict(dur))
                    fact("pl", v["pl"], dict(dur))
                    fact("assets", v["assets"], dict(inst))
                    if yy == y:
                        fact("op", v["op"], dict(dur))
                        fact("equity", v["equity"], dict(inst))
                        fact("cash", v["cash"], dict(inst))
                        fact("emp", v["emp"], dict(dur))
                        if c["seg"] and y == 2024:
                            axis, members = c["seg"]
                            rest = v["rev"]
                            for i, (mname, share) in enumerate(members):
                                part = round(v["rev"] * share) if i < len(members) - 1 else rest
                                rest -= part
                                mid = f"members/{c['key']}/{_slug(mname)}"
                                fact(
                                    rev_key, part, dict(dur), {"axis": AXES[axis][0], "member": mid}
                                )
            else:
                start, end = _quarter(c, 2024, int(fp[1]))
                v = years[2024]
                share = {1: 0.24, 2: 0.25, 3: 0.26}[int(fp[1])] + rng.uniform(-0.02, 0.02)
                fact(rev_key, round(v["rev"] * share), {"from": start, "to": end})
                fact("pl", round(v["pl"] * share), {"from": start, "to": end})
        if c["seg"]:
            for mname, _ in c["seg"][1]:
                graph.append(
                    {
                        "id": f"members/{c['key']}/{_slug(mname)}",
                        "type": "xbrl:Member",
                        "label": {"en": f"{mname} [member]"},
                    }
                )
    return {"@context": _ctx(), "@graph": graph}


def main() -> None:
    doc = build()
    (HERE / "filings.jsonld").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
