# ruff: noqa: E501  (one record a line)
"""Write ``caselaw.rdf``: Finnish case law shaped as **Semantic Finlex** publishes it
(``data.finlex.fi``, the Ministry of Justice's linked-data service), served as RDF/XML.

The shape follows Semantic Finlex's case-law data (schema ``http://data.finlex.fi/schema/sfcl/``,
judgments at ``http://data.finlex.fi/ecli/<court>/<year>/<number>``, legislation at ELI IRIs
``http://data.finlex.fi/eli/sd/<year>/<number>`` with ``sfl:`` and ELI terms):

* ``sfcl:Judgment`` works of the Supreme Court (KKO) and the Supreme Administrative Court (KHO)
  and of the lower courts whose decisions were appealed; **no label on the work**: its name is the
  ``dcterms:title`` of each language version, ``sfcl:Expression`` nodes ``.../fin`` and ``.../swe``
  (``sfcl:isRealizedBy`` / ``sfcl:realizes``), titled as Finns cite them ("KKO:2019:12" in both
  languages; a lower court's "Helsingin hovioikeus 12.4.2017 nro 1234"@fi / "Helsingfors hovrätt
  12.4.2017 nr 1234"@sv), with ``dcterms:language`` "fi"/"sv" and a ``dcterms:abstract`` summary;
* the ECLI as ``dcterms:isVersionOf`` "ECLI:FI:KKO:2019:12" (a literal, the ECLI metadata
  standard's use), ``dcterms:date`` the date of decision and ``dcterms:issued`` the date of
  publication (``xsd:date``), ``sfcl:diaryNumber`` ("S2018/345", "1234/1/18");
* ``dcterms:creator`` the court, ``dcterms:contributor`` the judges (persons with an
  ``rdfs:label`` only), ``dcterms:description`` the keywords (Finlex's quirk: keywords hang on
  ``description``) as SKOS concepts of the ``asiasanat`` scheme, ``dcterms:subject`` the field of
  law (a second scheme), ``dcterms:type`` the decision type (precedent, yearbook decision,
  judgment) and ``sfcl:procedureType`` the procedure (leave to appeal, appeal, annulment...), both
  SKOS schemes; every concept ``skos:prefLabel`` in Finnish, Swedish and English;
* ``sfcl:referenceToCaseLaw`` the decisions cited (one direction only: "cited by" is the inverse),
  ``sfcl:referenceToLegislation`` statute sections (``sfl:Section``, ``rdfs:label`` "Vahingon-
  korvauslaki 3 luku 1 §"@fi / "Skadeståndslag 3 kap. 1 §"@sv, ``eli:is_part_of`` the statute),
  ``sfcl:lowerCourtDecision`` the decision appealed, ``sfcl:party`` public bodies and companies
  (private persons are anonymised, as in the real decisions: not in the data);
* statutes ``sfl:Statute`` (``eli:id_local`` "412/1974") named only on their expressions
  (``eli:is_realized_by``, ``eli:title`` in Finnish, Swedish and an unofficial English translation,
  ``eli:language`` the EU authority table's language IRI);
* courts and parties as ``foaf:Organization`` with ``skos:prefLabel`` fi/sv/en and the court code
  as ``skos:notation``.

Statutes and courts are real; every decision, judge and company is invented. Seeded, no network;
stdlib only (the RDF/XML is written by hand, one typed node element a resource, sorted, as a
triple store's RDF/XML export gives it). Run from the repository root:
``python bench/data/own/caselaw_make.py``.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _rdfxml import RdfXmlDoc

HERE = Path(__file__).parent
OUT = HERE / "caselaw.rdf"

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "sfl": "http://data.finlex.fi/schema/sfl/",
    "sfcl": "http://data.finlex.fi/schema/sfcl/",
}
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
COMMON = "http://data.finlex.fi/common/"
ECLI = "http://data.finlex.fi/ecli/"
ELI = "http://data.finlex.fi/eli/sd/"
LANG = "http://publications.europa.eu/resource/authority/language/"

# (code, fi, sv, en, ecli court code, Finnish genitive for lower-court titles, Swedish name)
COURTS = [
    ("kko", "Korkein oikeus", "Högsta domstolen", "Supreme Court"),
    (
        "kho",
        "Korkein hallinto-oikeus",
        "Högsta förvaltningsdomstolen",
        "Supreme Administrative Court",
    ),
    ("hohel", "Helsingin hovioikeus", "Helsingfors hovrätt", "Helsinki Court of Appeal"),
    ("hotur", "Turun hovioikeus", "Åbo hovrätt", "Turku Court of Appeal"),
    ("hovaa", "Vaasan hovioikeus", "Vasa hovrätt", "Vaasa Court of Appeal"),
    ("horov", "Rovaniemen hovioikeus", "Rovaniemi hovrätt", "Rovaniemi Court of Appeal"),
    ("hoits", "Itä-Suomen hovioikeus", "Östra Finlands hovrätt", "Eastern Finland Court of Appeal"),
    (
        "haohel",
        "Helsingin hallinto-oikeus",
        "Helsingfors förvaltningsdomstol",
        "Helsinki Administrative Court",
    ),
    ("haotur", "Turun hallinto-oikeus", "Åbo förvaltningsdomstol", "Turku Administrative Court"),
    (
        "haoita",
        "Itä-Suomen hallinto-oikeus",
        "Östra Finlands förvaltningsdomstol",
        "Eastern Finland Administrative Court",
    ),
    ("mao", "Markkinaoikeus", "Marknadsdomstolen", "Market Court"),
]
APPEAL_COURTS = ["hohel", "hotur", "hovaa", "horov", "hoits"]
ADMIN_COURTS = ["haohel", "haotur", "haoita"]

KKO_JUDGES = [
    "Eeva-Liisa Koivuranta",
    "Mikael Strandvik",
    "Pirkko Haapalainen",
    "Juha-Matti Tervola",
    "Annika Lindqvist",
    "Kari Ylönen",
    "Sirpa Mäntyniemi",
    "Tapio Rautakorpi",
    "Helena Kivistö",
    "Olli Saarimaa",
    "Marjatta Keskinen",
    "Jussi Pellinen",
]
KHO_JUDGES = [
    "Riitta Aaltonen-Berg",
    "Markus Vainionpää",
    "Leena Hirvisalo",
    "Petteri Kallioniemi",
    "Katja Söderholm",
    "Heikki Lumiaho",
    "Tuula Rinnekangas",
    "Antti Vuorikoski",
    "Maija Sundström",
    "Ilkka Nurmijärvi",
]
LOWER_JUDGES = [
    "Sanna Peltomäki",
    "Jarmo Hietala",
    "Outi Kuusisto",
    "Ville Ranta-aho",
    "Minna Forsblom",
    "Timo Harjunpää",
    "Laura Eskola",
    "Erik Wikström",
]

# keyword slug: (fi, sv, en, field)
KEYWORDS = {
    "vahingonkorvaus": ("vahingonkorvaus", "skadestånd", "damages", "siviili"),
    "isannanvastuu": ("isännänvastuu", "principalansvar", "vicarious liability", "siviili"),
    "tyosopimus": ("työsopimus", "arbetsavtal", "employment contract", "siviili"),
    "irtisanominen": ("irtisanominen", "uppsägning", "termination of employment", "siviili"),
    "kauppa": ("kauppa", "köp", "sale of goods", "siviili"),
    "virhe": ("virhe", "fel", "defect", "siviili"),
    "vakuutussopimus": ("vakuutussopimus", "försäkringsavtal", "insurance contract", "siviili"),
    "takaus": ("takaus", "borgen", "guarantee", "siviili"),
    "konkurssi": ("konkurssi", "konkurs", "bankruptcy", "siviili"),
    "vanhentuminen": ("vanhentuminen", "preskription", "limitation period", "siviili"),
    "huoneenvuokra": ("huoneenvuokra", "hyra av lägenhet", "lease of premises", "siviili"),
    "perinto": ("perintö", "arv", "inheritance", "siviili"),
    "lapsen-huolto": ("lapsen huolto", "vårdnad om barn", "child custody", "siviili"),
    "tekijanoikeus": ("tekijänoikeus", "upphovsrätt", "copyright", "siviili"),
    "petos": ("petos", "bedrägeri", "fraud", "rikos"),
    "pahoinpitely": ("pahoinpitely", "misshandel", "assault", "rikos"),
    "rangaistuksen-mittaaminen": (
        "rangaistuksen mittaaminen",
        "straffmätning",
        "sentencing",
        "rikos",
    ),
    "huumausainerikos": ("huumausainerikos", "narkotikabrott", "narcotics offence", "rikos"),
    "ymparistorikos": (
        "ympäristön turmeleminen",
        "miljöförstöring",
        "impairment of the environment",
        "rikos",
    ),
    "oikeudenkayntikulut": (
        "oikeudenkäyntikulut",
        "rättegångskostnader",
        "legal costs",
        "prosessi",
    ),
    "muutoksenhaku": ("muutoksenhaku", "ändringssökande", "appeal procedure", "prosessi"),
    "verotus": ("verotus", "beskattning", "taxation", "vero"),
    "arvonlisavero": ("arvonlisävero", "mervärdesskatt", "value added tax", "vero"),
    "rakennuslupa": ("rakennuslupa", "bygglov", "building permit", "ymparisto"),
    "ymparistolupa": ("ympäristölupa", "miljötillstånd", "environmental permit", "ymparisto"),
    "kaavoitus": ("asemakaava", "detaljplan", "local detailed plan", "ymparisto"),
    "oleskelulupa": ("oleskelulupa", "uppehållstillstånd", "residence permit", "ulkomaalais"),
    "kansainvalinen-suojelu": (
        "kansainvälinen suojelu",
        "internationellt skydd",
        "international protection",
        "ulkomaalais",
    ),
    "julkisuus": (
        "asiakirjajulkisuus",
        "handlingsoffentlighet",
        "public access to documents",
        "hallinto",
    ),
    "julkiset-hankinnat": (
        "julkiset hankinnat",
        "offentlig upphandling",
        "public procurement",
        "hallinto",
    ),
    "sosiaalihuolto": ("sosiaalihuolto", "socialvård", "social welfare", "hallinto"),
    "kunnallisvalitus": ("kunnallisvalitus", "kommunalbesvär", "municipal appeal", "hallinto"),
    "tietosuoja": ("tietosuoja", "dataskydd", "data protection", "hallinto"),
}
KKO_KW = [k for k, v in KEYWORDS.items() if v[3] in ("siviili", "rikos", "prosessi")]
KHO_KW = [
    k
    for k, v in KEYWORDS.items()
    if v[3] in ("vero", "ymparisto", "ulkomaalais", "hallinto", "prosessi")
]

FIELDS = {
    "siviili": ("siviilioikeus", "civilrätt", "civil law"),
    "rikos": ("rikosoikeus", "straffrätt", "criminal law"),
    "prosessi": ("prosessioikeus", "processrätt", "procedural law"),
    "vero": ("vero-oikeus", "skatterätt", "tax law"),
    "ymparisto": ("ympäristöoikeus", "miljörätt", "environmental law"),
    "ulkomaalais": ("ulkomaalaisoikeus", "utlänningsrätt", "immigration law"),
    "hallinto": ("hallinto-oikeus", "förvaltningsrätt", "administrative law"),
}
DECISION_TYPES = {
    "ennakkopaatos": ("ennakkopäätös", "prejudikat", "precedent"),
    "vuosikirjaratkaisu": ("vuosikirjaratkaisu", "årsboksavgörande", "yearbook decision"),
    "lyhyt-ratkaisuseloste": ("lyhyt ratkaisuseloste", "kort referat", "short summary"),
    "tuomio": ("tuomio", "dom", "judgment"),
    "paatos": ("päätös", "beslut", "decision"),
}
PROCEDURES = {
    "valituslupa": ("valituslupa-asia", "besvärstillståndsärende", "leave to appeal"),
    "valitus": ("valitus", "besvär", "appeal"),
    "purku": ("purkuhakemus", "ansökan om återbrytande", "application for annulment"),
    "kantelu": ("kantelu", "klagan", "complaint"),
    "ennakkoratkaisu": (
        "ennakkoratkaisupyyntö",
        "begäran om förhandsavgörande",
        "request for a preliminary ruling",
    ),
}
# year/number: fi title, sv title, en title, [(section path, fi label tail, sv label tail)], keyword affinity
STATUTES = {
    "1974/412": (
        "Vahingonkorvauslaki",
        "Skadeståndslag",
        "Tort Liability Act",
        ["3/1", "4/1", "5/1", "5/2"],
        {"vahingonkorvaus", "isannanvastuu"},
    ),
    "2001/55": (
        "Työsopimuslaki",
        "Arbetsavtalslag",
        "Employment Contracts Act",
        ["7/1", "7/2", "8/1", "12/1"],
        {"tyosopimus", "irtisanominen"},
    ),
    "1987/355": (
        "Kauppalaki",
        "Köplag",
        "Sale of Goods Act",
        ["17", "32", "39"],
        {"kauppa", "virhe"},
    ),
    "1994/543": (
        "Vakuutussopimuslaki",
        "Lag om försäkringsavtal",
        "Insurance Contracts Act",
        ["32", "75"],
        {"vakuutussopimus"},
    ),
    "1889/39": (
        "Rikoslaki",
        "Strafflag",
        "Criminal Code",
        ["6/4", "21/5", "36/1", "48/1", "50/1"],
        {
            "petos",
            "pahoinpitely",
            "rangaistuksen-mittaaminen",
            "huumausainerikos",
            "ymparistorikos",
        },
    ),
    "1734/4": (
        "Oikeudenkäymiskaari",
        "Rättegångsbalk",
        "Code of Judicial Procedure",
        ["21/1", "21/8", "30/3"],
        {"oikeudenkayntikulut", "muutoksenhaku"},
    ),
    "2003/728": (
        "Vanhentumislaki",
        "Preskriptionslag",
        "Act on the Statute of Limitations of Debts",
        ["4", "11"],
        {"vanhentuminen"},
    ),
    "1993/1501": (
        "Arvonlisäverolaki",
        "Mervärdesskattelag",
        "Value Added Tax Act",
        ["1", "18", "102"],
        {"arvonlisavero", "verotus"},
    ),
    "1992/1535": ("Tuloverolaki", "Inkomstskattelag", "Income Tax Act", ["29", "45"], {"verotus"}),
    "1999/132": (
        "Maankäyttö- ja rakennuslaki",
        "Markanvändnings- och bygglag",
        "Land Use and Building Act",
        ["58", "125", "135"],
        {"rakennuslupa", "kaavoitus"},
    ),
    "2014/527": (
        "Ympäristönsuojelulaki",
        "Miljöskyddslag",
        "Environmental Protection Act",
        ["27", "48"],
        {"ymparistolupa"},
    ),
    "2004/301": (
        "Ulkomaalaislaki",
        "Utlänningslag",
        "Aliens Act",
        ["52", "87", "88"],
        {"oleskelulupa", "kansainvalinen-suojelu"},
    ),
    "1999/621": (
        "Laki viranomaisten toiminnan julkisuudesta",
        "Lag om offentligheten i myndigheternas verksamhet",
        "Act on the Openness of Government Activities",
        ["1", "24"],
        {"julkisuus"},
    ),
    "2016/1397": (
        "Laki julkisista hankinnoista ja käyttöoikeussopimuksista",
        "Lag om offentlig upphandling och koncession",
        "Act on Public Procurement and Concession Contracts",
        ["3", "93"],
        {"julkiset-hankinnat"},
    ),
    "2015/410": (
        "Kuntalaki",
        "Kommunallag",
        "Local Government Act",
        ["134", "135"],
        {"kunnallisvalitus"},
    ),
    "2018/1050": (
        "Tietosuojalaki",
        "Dataskyddslag",
        "Data Protection Act",
        ["4", "28"],
        {"tietosuoja"},
    ),
    "2014/1301": (
        "Sosiaalihuoltolaki",
        "Socialvårdslag",
        "Social Welfare Act",
        ["45"],
        {"sosiaalihuolto"},
    ),
}
PARTIES = {
    "tampereen-kaupunki": ("Tampereen kaupunki", "Tammerfors stad", "City of Tampere", "kho"),
    "espoon-kaupunki": ("Espoon kaupunki", "Esbo stad", "City of Espoo", "kho"),
    "oulun-kaupunki": ("Oulun kaupunki", "Uleåborgs stad", "City of Oulu", "kho"),
    "verohallinto": ("Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration", "kho"),
    "maahanmuuttovirasto": (
        "Maahanmuuttovirasto",
        "Migrationsverket",
        "Finnish Immigration Service",
        "kho",
    ),
    "ely-keskus": (
        "Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus",
        "Närings-, trafik- och miljöcentralen i Birkaland",
        "Pirkanmaa ELY Centre",
        "kho",
    ),
    "pohjolan-kuljetus": (
        "Pohjolan Kuljetus Oy",
        "Pohjolan Kuljetus Oy",
        "Pohjolan Kuljetus Oy",
        "both",
    ),
    "saimaan-puu": (
        "Saimaan Puu ja Sahatavara Oy",
        "Saimaan Puu ja Sahatavara Oy",
        "Saimaan Puu ja Sahatavara Oy",
        "both",
    ),
    "kalevan-vakuutus": (
        "Vakuutusosakeyhtiö Kaleva",
        "Försäkringsaktiebolaget Kaleva",
        "Kaleva Insurance Company",
        "kko",
    ),
    "lakeus-rakennus": (
        "Lakeuden Rakennus Oy",
        "Lakeuden Rakennus Oy",
        "Lakeuden Rakennus Oy",
        "both",
    ),
    "nordkapital": ("Nordkapital Abp", "Nordkapital Abp", "Nordkapital Abp", "kko"),
    "vihrea-energia": ("Vihreä Energia Oy", "Vihreä Energia Oy", "Vihreä Energia Oy", "kho"),
}
N_KKO = 56
N_KHO = 40

MONTHS = [
    "",
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
]


def slug(name: str) -> str:
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", " ": "-"})
    return name.lower().translate(table)


def Doc() -> RdfXmlDoc:
    """A document in this graph's namespaces."""
    return RdfXmlDoc(NS)


def concept(
    d: RdfXmlDoc, iri: str, scheme: str, labels: tuple[str, str, str], notation: str = ""
) -> None:
    d.typ(iri, "skos:Concept")
    d.iri(iri, "skos:inScheme", scheme)
    for text, lang in zip(labels, ("fi", "sv", "en"), strict=True):
        d.lit(iri, "skos:prefLabel", text, lang)
    if notation:
        d.lit(iri, "skos:notation", notation)


def main() -> None:
    rng = random.Random(3301)
    d = Doc()
    schemes = {
        "asiasanat": ("Finlex-asiasanasto", "Finlex ämnesordlista", "Finlex keywords"),
        "oikeudenala": ("Oikeudenalat", "Rättsområden", "Fields of law"),
        "ratkaisutyyppi": ("Ratkaisutyypit", "Avgörandetyper", "Decision types"),
        "menettely": ("Menettelytyypit", "Förfarandetyper", "Procedure types"),
    }
    for key, labels in schemes.items():
        iri = f"{COMMON}{key}"
        d.typ(iri, "skos:ConceptScheme")
        for text, lang in zip(labels, ("fi", "sv", "en"), strict=True):
            d.lit(iri, "skos:prefLabel", text, lang)
    for key, (fi, sv, en, _field) in KEYWORDS.items():
        concept(d, f"{COMMON}asiasana/{key}", f"{COMMON}asiasanat", (fi, sv, en))
    for key, labels in FIELDS.items():
        concept(d, f"{COMMON}oikeudenala/{key}", f"{COMMON}oikeudenala", labels)
    for key, labels in DECISION_TYPES.items():
        concept(d, f"{COMMON}ratkaisutyyppi/{key}", f"{COMMON}ratkaisutyyppi", labels)
    for key, labels in PROCEDURES.items():
        concept(d, f"{COMMON}menettely/{key}", f"{COMMON}menettely", labels)

    def court_iri(code: str) -> str:
        return f"{COMMON}tuomioistuin/{code}"

    for code, fi, sv, en in COURTS:
        iri = court_iri(code)
        d.typ(iri, "foaf:Organization")
        for text, lang in ((fi, "fi"), (sv, "sv"), (en, "en")):
            d.lit(iri, "skos:prefLabel", text, lang)
        d.lit(iri, "skos:notation", code.upper())
    court = {c[0]: c for c in COURTS}

    def judge_iri(name: str) -> str:
        return f"{COMMON}henkilo/{slug(name)}"

    for name in KKO_JUDGES + KHO_JUDGES + LOWER_JUDGES:
        d.typ(judge_iri(name), "foaf:Person")
        d.lit(judge_iri(name), "rdfs:label", name)
    for key, (fi, sv, en, _) in PARTIES.items():
        iri = f"{COMMON}organisaatio/{key}"
        d.typ(iri, "foaf:Organization")
        d.lit(iri, "skos:prefLabel", fi, "fi")
        if sv != fi:
            d.lit(iri, "skos:prefLabel", sv, "sv")
        if en != fi:
            d.lit(iri, "skos:prefLabel", en, "en")

    # statutes and their sections
    sections_of: dict[str, list[str]] = {}
    for key, (fi, sv, en, secs, _) in STATUTES.items():
        year, num = key.split("/")
        iri = f"{ELI}{year}/{num}"
        d.typ(iri, "sfl:Statute")
        d.lit(iri, "eli:id_local", f"{num}/{year}")
        d.lit(iri, "eli:date_document", f"{year}-06-{10 + int(num) % 18:02d}", dtype=XSD_DATE)
        for title, lang, code in ((fi, "fi", "fin"), (sv, "sv", "swe"), (en, "en", "eng")):
            e = f"{iri}/alkup/{code}"
            d.typ(e, "eli:LegalExpression")
            d.iri(iri, "eli:is_realized_by", e)
            d.iri(e, "eli:realizes", iri)
            d.lit(e, "eli:title", title, lang)
            d.iri(e, "eli:language", f"{LANG}{code.upper()}")
        sections_of[key] = []
        for sec in secs:
            parts = sec.split("/")
            if len(parts) == 2:
                path = f"luku/{parts[0]}/pykala/{parts[1]}"
                lab_fi, lab_sv = (
                    f"{fi} {parts[0]} luku {parts[1]} §",
                    f"{sv} {parts[0]} kap. {parts[1]} §",
                )
            else:
                path = f"pykala/{parts[0]}"
                lab_fi, lab_sv = f"{fi} {parts[0]} §", f"{sv} {parts[0]} §"
            s = f"{iri}/{path}"
            d.typ(s, "sfl:Section")
            d.iri(s, "eli:is_part_of", iri)
            d.lit(s, "rdfs:label", lab_fi, "fi")
            d.lit(s, "rdfs:label", lab_sv, "sv")
            sections_of[key].append(s)

    def add_expressions(
        work: str, title_fi: str, title_sv: str, abstract: tuple[str, str] | None
    ) -> None:
        for code, lang, title, ab in (
            ("fin", "fi", title_fi, abstract[0] if abstract else ""),
            ("swe", "sv", title_sv, abstract[1] if abstract else ""),
        ):
            e = f"{work}/{code}"
            d.typ(e, "sfcl:Expression")
            d.iri(work, "sfcl:isRealizedBy", e)
            d.iri(e, "sfcl:realizes", work)
            d.lit(e, "dcterms:title", title, lang)
            d.lit(e, "dcterms:language", lang)
            if ab:
                d.lit(e, "dcterms:abstract", ab, lang)

    def rand_date(year: int) -> date:
        return date(year, 1, 8) + timedelta(days=rng.randrange(0, 340))

    def lower_decision(code: str, year: int, kw: list[str]) -> str:
        num = rng.randrange(100, 2400)
        work = f"{ECLI}{code}/{year}/{num}"
        when = rand_date(year)
        fi, sv = court[code][1], court[code][2]
        d.typ(work, "sfcl:Judgment")
        d.lit(work, "dcterms:isVersionOf", f"ECLI:FI:{code.upper()}:{year}:{num}")
        d.lit(work, "dcterms:date", when.isoformat(), dtype=XSD_DATE)
        d.iri(work, "dcterms:creator", court_iri(code))
        dtype = "paatos" if code.startswith("hao") or code == "mao" else "tuomio"
        d.iri(work, "dcterms:type", f"{COMMON}ratkaisutyyppi/{dtype}")
        for j in rng.sample(LOWER_JUDGES, 3 if code.startswith("ho") else 2):
            d.iri(work, "dcterms:contributor", judge_iri(j))
        stamp = f"{when.day}.{when.month}.{when.year}"
        add_expressions(work, f"{fi} {stamp} nro {num}", f"{sv} {stamp} nr {num}", None)
        return work

    supreme: list[tuple[str, str, int, list[str]]] = []  # (iri, court, year, keywords)
    counters: dict[tuple[str, int], int] = {}
    plan = [("kko", N_KKO), ("kho", N_KHO)]
    for code, n in plan:
        for _ in range(n):
            year = rng.randrange(2014, 2023)
            counters[(code, year)] = counters.get((code, year), 0) + 1
    for code, _n in plan:
        years = sorted(y for (c, y) in counters if c == code)
        for year in years:
            for num in range(1, counters[(code, year)] + 1):
                pool = KKO_KW if code == "kko" else KHO_KW
                first = rng.choice(pool)
                field = KEYWORDS[first][3]
                same = [k for k in pool if KEYWORDS[k][3] == field and k != first]
                kws = [first, *rng.sample(same, min(len(same), rng.choice((0, 1, 1, 2))))]
                if (
                    rng.random() < 0.25
                    and "oikeudenkayntikulut" in pool
                    and first != "oikeudenkayntikulut"
                ):
                    kws.append("oikeudenkayntikulut")
                supreme.append((f"{ECLI}{code}/{year}/{num}", code, year, kws))

    title = {}
    for work, code, year, kws in supreme:
        num = work.rsplit("/", 1)[1]
        t = f"{code.upper()}:{year}:{num}"
        title[work] = t
        when = rand_date(year)
        d.typ(work, "sfcl:Judgment")
        d.lit(work, "dcterms:isVersionOf", f"ECLI:FI:{code.upper()}:{year}:{num}")
        d.lit(work, "dcterms:date", when.isoformat(), dtype=XSD_DATE)
        d.lit(
            work,
            "dcterms:issued",
            (when + timedelta(days=rng.randrange(0, 9))).isoformat(),
            dtype=XSD_DATE,
        )
        d.iri(work, "dcterms:creator", court_iri(code))
        prefix = "S" if rng.random() < 0.7 else "R"
        diary = (
            f"{prefix}{year - 1}/{rng.randrange(20, 900)}"
            if code == "kko"
            else f"{rng.randrange(100, 5000)}/{rng.choice((1, 2, 3))}/{(year - 1) % 100:02d}"
        )
        d.lit(work, "sfcl:diaryNumber", diary)
        judges = KKO_JUDGES if code == "kko" else KHO_JUDGES
        for j in rng.sample(judges, 5 if rng.random() < 0.8 else 7):
            d.iri(work, "dcterms:contributor", judge_iri(j))
        for k in kws:
            d.iri(work, "dcterms:description", f"{COMMON}asiasana/{k}")
        d.iri(work, "dcterms:subject", f"{COMMON}oikeudenala/{KEYWORDS[kws[0]][3]}")
        dtype = (
            "ennakkopaatos"
            if code == "kko"
            else ("vuosikirjaratkaisu" if rng.random() < 0.8 else "lyhyt-ratkaisuseloste")
        )
        d.iri(work, "dcterms:type", f"{COMMON}ratkaisutyyppi/{dtype}")
        r = rng.random()
        if code == "kko":
            proc = (
                "valituslupa"
                if r < 0.75
                else ("purku" if r < 0.85 else ("kantelu" if r < 0.92 else "ennakkoratkaisu"))
            )
        else:
            proc = "valitus" if r < 0.7 else ("valituslupa" if r < 0.9 else "ennakkoratkaisu")
        d.iri(work, "sfcl:procedureType", f"{COMMON}menettely/{proc}")
        # statute sections, by keyword affinity
        secs = [s for key, st in STATUTES.items() if set(kws) & st[4] for s in sections_of[key]]
        for s in rng.sample(secs, min(len(secs), rng.choice((1, 2, 2, 3)))):
            d.iri(work, "sfcl:referenceToLegislation", s)
        # the decision appealed (not for annulments and complaints, nor some KHO appeals from authorities)
        if proc in ("valituslupa", "valitus", "ennakkoratkaisu") and rng.random() < 0.85:
            if code == "kko":
                lc = "mao" if set(kws) & {"tekijanoikeus"} else rng.choice(APPEAL_COURTS)
            else:
                lc = "mao" if set(kws) & {"julkiset-hankinnat"} else rng.choice(ADMIN_COURTS)
            d.iri(
                work,
                "sfcl:lowerCourtDecision",
                lower_decision(lc, year - rng.choice((1, 1, 2)), kws),
            )
        # parties: public bodies and companies (private persons are anonymised)
        cand = [p for p, v in PARTIES.items() if v[3] in (code, "both")]
        if rng.random() < 0.5:
            for p in rng.sample(cand, rng.choice((1, 1, 2))):
                d.iri(work, "sfcl:party", f"{COMMON}organisaatio/{p}")
        kw_fi = " - ".join(
            KEYWORDS[k][0].capitalize() if i == 0 else KEYWORDS[k][0] for i, k in enumerate(kws)
        )
        kw_sv = " - ".join(
            KEYWORDS[k][1].capitalize() if i == 0 else KEYWORDS[k][1] for i, k in enumerate(kws)
        )
        court_fi, court_sv = court[code][1], court[code][2]
        ab_fi = f"{kw_fi}. {court_fi}, ratkaisu {when.day}. {MONTHS[when.month]} {when.year}."
        ab_sv = f"{kw_sv}. {court_sv}, avgörande {when.day}.{when.month}.{when.year}."
        add_expressions(work, t, t, (ab_fi, ab_sv))

    # citations: later supreme decisions cite earlier ones of the same court, sharing a field if possible
    for i, (work, code, year, kws) in enumerate(supreme):
        earlier = [w for w, c, y, k in supreme[:i] if c == code and y < year]
        related = [
            w
            for w, c, y, k in supreme[:i]
            if c == code and y < year and KEYWORDS[k[0]][3] == KEYWORDS[kws[0]][3]
        ]
        if not earlier or rng.random() < 0.35:
            continue
        pick = (
            rng.sample(related, min(len(related), rng.choice((1, 1, 2, 3))))
            if related
            else rng.sample(earlier, 1)
        )
        for w in pick:
            d.iri(work, "sfcl:referenceToCaseLaw", w)

    d.write(OUT)
    print(f"{OUT.name}: {d.count()} triples, {len(supreme)} supreme-court decisions")


if __name__ == "__main__":
    main()
