# ruff: noqa: E501  (one record a line)
"""Write ``legislation/``: an official journal's legislation metadata in the European Legislation
Identifier ontology (ELI, ``http://data.europa.eu/eli/ontology#``), serialized as JSON-LD.

The shape is what the EU Publications Office and the national journals that implement ELI publish
(EUR-Lex's ELI metadata, legilux, ...), as JSON-LD with an inline ``@context`` of short terms:

* ``legislation/acts.jsonld``: ``eli:LegalResource`` acts at ``http://data.europa.eu/eli/<type>/
  <year>/<number>/oj`` (every act's IRI ends in ``/oj``) with ``eli:id_local`` (the CELEX
  number), ``eli:date_document``, ``eli:date_publication``, ``eli:first_date_entry_in_force``
  (``xsd:date``), ``eli:type_document`` (a resource-type authority concept), ``eli:passed_by``
  (corporate-body concepts), ``eli:responsibility_of`` (a Directorate-General), ``eli:is_about``
  (EuroVoc concepts), ``eli:in_force`` (ELI's in-force concepts), ``eli:amends`` /
  ``eli:amended_by``, ``eli:changes`` / ``eli:changed_by`` (corrigenda), ``eli:repeals`` (and
  ``eli:repealed_by`` on some), ``eli:cites``, ``eli:based_on``, ``eli:has_part`` articles
  (``eli:LegalResourceSubdivision`` with ``eli:number`` and an English expression of their
  heading). The act holds no title: its titles are on its ``eli:LegalExpression`` nodes, nested
  under ``eli:is_realized_by`` (``.../oj/eng``, ``/fra``, ``/deu``: ``eli:realizes``,
  ``eli:language``, ``eli:title`` and on the known acts ``eli:title_short`` and
  ``eli:title_alternative``, language-tagged), each embodied by ``eli:Format`` nodes
  (``.../oj/eng/pdf``: ``eli:embodies``, ``eli:format`` a file-type concept, ``eli:media_type``).
* ``legislation/authority.jsonld``: the authority tables the acts point into, as SKOS concepts
  with ``skos:prefLabel`` language maps (en/fr/de), ``skos:altLabel``, ``skos:notation``,
  ``skos:inScheme``, ``skos:broader`` (EuroVoc): resource types, corporate bodies, languages, file
  types, ELI's in-force table and a EuroVoc excerpt.

The institutions, Directorates-General, code lists and EuroVoc labels are real; every act,
number, date and relation is invented. Seeded; stdlib only (answers: ``legislation_answers.py``
with rdflib). Run from the repository root: ``python bench/data/own/legislation_make.py``.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).parent / "legislation"
R = random.Random(2727)
AUTH = "http://publications.europa.eu/resource/authority/"
ELI = "http://data.europa.eu/eli/ontology#"

CONTEXT = {
    "eli": ELI,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rt": AUTH + "resource-type/",
    "cb": AUTH + "corporate-body/",
    "lang": AUTH + "language/",
    "ft": AUTH + "file-type/",
    "ev": "http://eurovoc.europa.eu/",
    "LegalResource": "eli:LegalResource",
    "LegalResourceSubdivision": "eli:LegalResourceSubdivision",
    "LegalExpression": "eli:LegalExpression",
    "Format": "eli:Format",
    "Concept": "skos:Concept",
    "ConceptScheme": "skos:ConceptScheme",
    "id_local": "eli:id_local",
    "number": "eli:number",
    "date_document": {"@id": "eli:date_document", "@type": "xsd:date"},
    "date_publication": {"@id": "eli:date_publication", "@type": "xsd:date"},
    "first_date_entry_in_force": {"@id": "eli:first_date_entry_in_force", "@type": "xsd:date"},
    "type_document": {"@id": "eli:type_document", "@type": "@id"},
    "passed_by": {"@id": "eli:passed_by", "@type": "@id"},
    "responsibility_of": {"@id": "eli:responsibility_of", "@type": "@id"},
    "is_about": {"@id": "eli:is_about", "@type": "@id"},
    "in_force": {"@id": "eli:in_force", "@type": "@id"},
    "changes": {"@id": "eli:changes", "@type": "@id"},
    "changed_by": {"@id": "eli:changed_by", "@type": "@id"},
    "amends": {"@id": "eli:amends", "@type": "@id"},
    "amended_by": {"@id": "eli:amended_by", "@type": "@id"},
    "repeals": {"@id": "eli:repeals", "@type": "@id"},
    "repealed_by": {"@id": "eli:repealed_by", "@type": "@id"},
    "cites": {"@id": "eli:cites", "@type": "@id"},
    "based_on": {"@id": "eli:based_on", "@type": "@id"},
    "has_part": {"@id": "eli:has_part", "@type": "@id"},
    "is_part_of": {"@id": "eli:is_part_of", "@type": "@id"},
    "is_realized_by": {"@id": "eli:is_realized_by", "@type": "@id"},
    "realizes": {"@id": "eli:realizes", "@type": "@id"},
    "is_embodied_by": {"@id": "eli:is_embodied_by", "@type": "@id"},
    "embodies": {"@id": "eli:embodies", "@type": "@id"},
    "language": {"@id": "eli:language", "@type": "@id"},
    "title": "eli:title",
    "title_short": "eli:title_short",
    "title_alternative": "eli:title_alternative",
    "format": {"@id": "eli:format", "@type": "@id"},
    "media_type": "eli:media_type",
    "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
    "altLabel": {"@id": "skos:altLabel", "@container": "@language"},
    "notation": "skos:notation",
    "inScheme": {"@id": "skos:inScheme", "@type": "@id"},
    "broader": {"@id": "skos:broader", "@type": "@id"},
}

# resource-type authority table: code -> (ELI IRI segment, en, fr, de)
TYPES = {
    "REG": ("reg", "Regulation", "Règlement", "Verordnung"),
    "DIR": ("dir", "Directive", "Directive", "Richtlinie"),
    "DEC": ("dec", "Decision", "Décision", "Beschluss"),
    "REG_IMPL": (
        "reg_impl",
        "Implementing regulation",
        "Règlement d'exécution",
        "Durchführungsverordnung",
    ),
    "REG_DEL": ("reg_del", "Delegated regulation", "Règlement délégué", "Delegierte Verordnung"),
    "DEC_IMPL": (
        "dec_impl",
        "Implementing decision",
        "Décision d'exécution",
        "Durchführungsbeschluss",
    ),
    "DIR_DEL": ("dir_del", "Delegated directive", "Directive déléguée", "Delegierte Richtlinie"),
}
BODIES = {
    "EP": ("European Parliament", "Parlement européen", "Europäisches Parlament", None),
    "CONSIL": (
        "Council of the European Union",
        "Conseil de l'Union européenne",
        "Rat der Europäischen Union",
        "Council",
    ),
    "COM": ("European Commission", "Commission européenne", "Europäische Kommission", "Commission"),
    "ENV": (
        "Directorate-General for Environment",
        "Direction générale de l'environnement",
        "Generaldirektion Umwelt",
        "DG ENV",
    ),
    "CNECT": (
        "Directorate-General for Communications Networks, Content and Technology",
        "Direction générale des réseaux de communication, du contenu et des technologies",
        "Generaldirektion Kommunikationsnetze, Inhalte und Technologien",
        "DG CONNECT",
    ),
    "ENER": (
        "Directorate-General for Energy",
        "Direction générale de l'énergie",
        "Generaldirektion Energie",
        "DG ENER",
    ),
    "TAXUD": (
        "Directorate-General for Taxation and Customs Union",
        "Direction générale de la fiscalité et de l'union douanière",
        "Generaldirektion Steuern und Zollunion",
        "DG TAXUD",
    ),
    "HOME": (
        "Directorate-General for Migration and Home Affairs",
        "Direction générale de la migration et des affaires intérieures",
        "Generaldirektion Migration und Inneres",
        "DG HOME",
    ),
    "GROW": (
        "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs",
        "Direction générale du marché intérieur, de l'industrie, de l'entrepreneuriat et des PME",
        "Generaldirektion Binnenmarkt, Industrie, Unternehmertum und KMU",
        "DG GROW",
    ),
    "JUST": (
        "Directorate-General for Justice and Consumers",
        "Direction générale de la justice et des consommateurs",
        "Generaldirektion Justiz und Verbraucher",
        "DG JUST",
    ),
}
LANGS = {
    "ENG": ("en", "English", "anglais", "Englisch"),
    "FRA": ("fr", "French", "français", "Französisch"),
    "DEU": ("de", "German", "allemand", "Deutsch"),
}
FILE_TYPES = {
    "PDF": ("PDF", "application/pdf"),
    "HTML": ("HTML", "text/html"),
    "FMX4": ("Formex 4", "application/xml"),
}
IN_FORCE = {
    "inForce": ("in force", "en vigueur", "in Kraft"),
    "notInForce": ("not in force", "plus en vigueur", "nicht mehr in Kraft"),
    "partiallyInForce": ("partially in force", "partiellement en vigueur", "teilweise in Kraft"),
}
# EuroVoc excerpt: id -> (en, fr, de, broader id or None)
EUROVOC = {
    "2470": ("water policy", "politique de l'eau", "Wasserpolitik", "2488"),
    "2488": ("environmental policy", "politique de l'environnement", "Umweltpolitik", None),
    "1170": ("water pollution", "pollution de l'eau", "Wasserverschmutzung", "2470"),
    "4224": ("groundwater", "eau souterraine", "Grundwasser", "2470"),
    "1219": ("drinking water", "eau potable", "Trinkwasser", "2470"),
    "5851": ("water reuse", "réutilisation de l'eau", "Wasserwiederverwendung", "2470"),
    "3156": ("waste management", "gestion des déchets", "Abfallwirtschaft", "2488"),
    "1163": ("battery", "pile électrique", "Batterie", None),
    "4636": ("recycling", "recyclage", "Wiederverwertung", "3156"),
    "7228": ("plastics", "matière plastique", "Kunststoff", None),
    "5296": ("single-use product", "produit à usage unique", "Einwegprodukt", "3156"),
    "2498": ("energy policy", "politique énergétique", "Energiepolitik", None),
    "754": ("renewable energy", "énergie renouvelable", "erneuerbare Energie", "2498"),
    "5482": ("energy efficiency", "efficacité énergétique", "Energieeffizienz", "2498"),
    "4389": ("building", "bâtiment", "Gebäude", None),
    "5650": ("ecodesign", "écoconception", "Ökodesign", "2488"),
    "3030": (
        "electronic communications",
        "communication électronique",
        "elektronische Kommunikation",
        None,
    ),
    "5595": ("data protection", "protection des données", "Datenschutz", None),
    "6380": ("data retention", "conservation des données", "Vorratsdatenspeicherung", "5595"),
    "2998": ("organised crime", "criminalité organisée", "organisierte Kriminalität", None),
    "3636": (
        "artificial intelligence",
        "intelligence artificielle",
        "künstliche Intelligenz",
        None,
    ),
    "3474": ("fundamental rights", "droits fondamentaux", "Grundrechte", None),
    "6028": ("digital single market", "marché unique numérique", "digitaler Binnenmarkt", None),
    "6409": ("data sharing", "partage de données", "gemeinsame Datennutzung", None),
    "1403": ("value added tax", "TVA", "Mehrwertsteuer", None),
    "2224": ("tax rate", "taux d'imposition", "Steuersatz", None),
    "540": ("consumer protection", "protection du consommateur", "Verbraucherschutz", None),
    "5825": ("collective action", "action collective", "Kollektivklage", "540"),
    "6008": ("market surveillance", "surveillance du marché", "Marktüberwachung", None),
    "2639": ("product safety", "sécurité du produit", "Produktsicherheit", "540"),
    "1171": ("marine pollution", "pollution marine", "Meeresverschmutzung", "2488"),
    "1361": ("irrigation", "irrigation", "Bewässerung", None),
    "2851": ("public health", "santé publique", "Gesundheitswesen", None),
}
EUROVOC_ALT = {"1403": ("VAT", "TVA", "MwSt."), "3636": ("AI", "IA", "KI")}

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
}


def long_date(d: date, lang: str) -> str:
    if lang == "de":
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"


# The known acts: key -> record. "num" is "year/number"; "suffix" the pre-2015 "EC"/"EU" marker.
# subject: (en, fr, de) of the title's tail; short: (en, fr, de) short titles or None.
KNOWN: dict[str, dict] = {
    "wfd": dict(
        type="DIR",
        num="2000/60",
        suffix="EC",
        date="2000-10-23",
        by=["EP", "CONSIL"],
        dg="ENV",
        about=["2470", "1170", "2488"],
        force="inForce",
        subject=(
            "establishing a framework for Community action in the field of water policy",
            "établissant un cadre pour une politique communautaire dans le domaine de l'eau",
            "zur Schaffung eines Ordnungsrahmens für Maßnahmen der Gemeinschaft im Bereich der Wasserpolitik",
        ),
        short=("Water Framework Directive", "directive-cadre sur l'eau", "Wasserrahmenrichtlinie"),
    ),
    "gwd": dict(
        type="DIR",
        num="2006/118",
        suffix="EC",
        date="2006-12-12",
        by=["EP", "CONSIL"],
        dg="ENV",
        about=["4224", "1170"],
        force="inForce",
        cites=["wfd"],
        based_on=["wfd"],
        subject=(
            "on the protection of groundwater against pollution and deterioration",
            "sur la protection des eaux souterraines contre la pollution et la détérioration",
            "zum Schutz des Grundwassers vor Verschmutzung und Verschlechterung",
        ),
        short=(
            "Groundwater Directive",
            "directive sur les eaux souterraines",
            "Grundwasserrichtlinie",
        ),
    ),
    "eqs": dict(
        type="DIR",
        num="2008/105",
        suffix="EC",
        date="2008-12-16",
        by=["EP", "CONSIL"],
        dg="ENV",
        about=["1170", "2470"],
        force="inForce",
        amends=["wfd"],
        subject=(
            "on environmental quality standards in the field of water policy, amending Directive 2000/60/EC",
            "établissant des normes de qualité environnementale dans le domaine de l'eau, modifiant la directive 2000/60/CE",
            "über Umweltqualitätsnormen im Bereich der Wasserpolitik und zur Änderung der Richtlinie 2000/60/EG",
        ),
        short=(
            "Environmental Quality Standards Directive",
            "directive sur les normes de qualité environnementale",
            "Richtlinie über Umweltqualitätsnormen",
        ),
    ),
    "prio": dict(
        type="DIR",
        num="2013/39",
        suffix="EU",
        date="2013-08-12",
        by=["EP", "CONSIL"],
        dg="ENV",
        about=["1170"],
        force="inForce",
        amends=["wfd", "eqs"],
        subject=(
            "amending Directives 2000/60/EC and 2008/105/EC as regards priority substances in the field of water policy",
            "modifiant les directives 2000/60/CE et 2008/105/CE en ce qui concerne les substances prioritaires pour la politique dans le domaine de l'eau",
            "zur Änderung der Richtlinien 2000/60/EG und 2008/105/EG in Bezug auf prioritäre Stoffe im Bereich der Wasserpolitik",
        ),
        short=None,
    ),
    "reuse": dict(
        type="REG",
        num="2020/741",
        date="2020-05-25",
        by=["EP", "CONSIL"],
        dg="ENV",
        about=["5851", "1361"],
        force="inForce",
        cites=["wfd", "gwd"],
        subject=(
            "on minimum requirements for water reuse",
            "relatif aux exigences minimales applicables à la réutilisation de l'eau",
            "über Mindestanforderungen an die Wasserwiederverwendung",
        ),
        short=(
            "Water Reuse Regulation",
            "règlement sur la réutilisation de l'eau",
            "Wasserwiederverwendungsverordnung",
        ),
    ),
    "dw_old": dict(
        type="DIR",
        num="98/83",
        suffix="EC",
        date="1998-11-03",
        by=["CONSIL"],
        dg="ENV",
        about=["1219", "2851"],
        force="notInForce",
        subject=(
            "on the quality of water intended for human consumption",
            "relative à la qualité des eaux destinées à la consommation humaine",
            "über die Qualität von Wasser für den menschlichen Gebrauch",
        ),
        short=None,
    ),
    "dw": dict(
        type="DIR",
        num="2020/2184",
        date="2020-12-16",
        by=["EP", "CONSIL"],
        dg="ENV",
        about=["1219", "2851"],
        force="inForce",
        repeals=["dw_old"],
        cites=["wfd"],
        subject=(
            "on the quality of water intended for human consumption (recast)",
            "relative à la qualité des eaux destinées à la consommation humaine (refonte)",
            "über die Qualität von Wasser für den menschlichen Gebrauch (Neufassung)",
        ),
        short=("Drinking Water Directive", "directive sur l'eau potable", "Trinkwasserrichtlinie"),
    ),
    "drd": dict(
        type="DIR",
        num="2006/24",
        suffix="EC",
        date="2006-03-15",
        by=["EP", "CONSIL"],
        dg="HOME",
        about=["6380", "3030", "2998"],
        force="notInForce",
        subject=(
            "on the retention of data generated or processed in connection with the provision of publicly available electronic communications services",
            "sur la conservation de données générées ou traitées dans le cadre de la fourniture de services de communications électroniques accessibles au public",
            "über die Vorratsspeicherung von Daten, die bei der Bereitstellung öffentlich zugänglicher elektronischer Kommunikationsdienste erzeugt oder verarbeitet werden",
        ),
        short=(
            "Data Retention Directive",
            "directive sur la conservation des données",
            "Vorratsdatenspeicherungsrichtlinie",
        ),
    ),
    "drr": dict(
        type="REG",
        num="2021/1234",
        date="2021-06-14",
        by=["EP", "CONSIL"],
        dg="HOME",
        about=["6380", "2998", "3474"],
        force="inForce",
        repeals=["drd"],
        cites=["drd"],
        subject=(
            "on the retention of electronic communications data for the purpose of fighting serious crime",
            "relatif à la conservation des données de communications électroniques aux fins de la lutte contre la criminalité grave",
            "über die Vorratsspeicherung elektronischer Kommunikationsdaten zur Bekämpfung schwerer Straftaten",
        ),
        short=(
            "Data Retention Regulation",
            "règlement sur la conservation des données",
            "Vorratsdatenspeicherungsverordnung",
        ),
    ),
    "epbd_pub": dict(
        type="DIR",
        num="2019/88",
        date="2019-01-17",
        by=["EP", "CONSIL"],
        dg="ENER",
        about=["5482", "4389"],
        force="notInForce",
        subject=(
            "on the energy performance of public buildings",
            "relative à la performance énergétique des bâtiments publics",
            "über die Gesamtenergieeffizienz öffentlicher Gebäude",
        ),
        short=None,
    ),
    "epbd": dict(
        type="DIR",
        num="2024/310",
        date="2024-01-24",
        by=["EP", "CONSIL"],
        dg="ENER",
        about=["5482", "4389"],
        force="inForce",
        repeals=["epbd_pub"],
        subject=(
            "on the energy performance of buildings (recast)",
            "sur la performance énergétique des bâtiments (refonte)",
            "über die Gesamtenergieeffizienz von Gebäuden (Neufassung)",
        ),
        short=(
            "Energy Performance of Buildings Directive",
            "directive sur la performance énergétique des bâtiments",
            "Gebäudeeffizienzrichtlinie",
        ),
    ),
    "batt_old": dict(
        type="DIR",
        num="2006/66",
        suffix="EC",
        date="2006-09-06",
        by=["EP", "CONSIL"],
        dg="ENV",
        about=["1163", "3156"],
        force="partiallyInForce",
        subject=(
            "on batteries and accumulators and waste batteries and accumulators",
            "relative aux piles et accumulateurs ainsi qu'aux déchets de piles et d'accumulateurs",
            "über Batterien und Akkumulatoren sowie Altbatterien und Altakkumulatoren",
        ),
        short=("Batteries Directive", "directive relative aux piles", "Batterierichtlinie"),
    ),
    "batt": dict(
        type="REG",
        num="2023/542",
        date="2023-07-12",
        by=["EP", "CONSIL"],
        dg="ENV",
        about=["1163", "3156", "4636"],
        force="inForce",
        repeals=["batt_old"],
        amends=["msr"],
        subject=(
            "concerning batteries and waste batteries",
            "relatif aux batteries et aux déchets de batteries",
            "über Batterien und Altbatterien",
        ),
        short=("Batteries Regulation", "règlement relatif aux batteries", "Batterieverordnung"),
    ),
    "dga": dict(
        type="REG",
        num="2022/868",
        date="2022-05-30",
        by=["EP", "CONSIL"],
        dg="CNECT",
        about=["6409", "6028", "5595"],
        force="inForce",
        subject=(
            "on European data governance",
            "portant sur la gouvernance européenne des données",
            "über europäische Daten-Governance",
        ),
        short=(
            "Data Governance Act",
            "acte sur la gouvernance des données",
            "Daten-Governance-Rechtsakt",
        ),
    ),
    "rad": dict(
        type="DIR",
        num="2020/1828",
        date="2020-11-25",
        by=["EP", "CONSIL"],
        dg="JUST",
        about=["5825", "540"],
        force="inForce",
        subject=(
            "on representative actions for the protection of the collective interests of consumers",
            "relative aux actions représentatives visant à protéger les intérêts collectifs des consommateurs",
            "über Verbandsklagen zum Schutz der Kollektivinteressen der Verbraucher",
        ),
        short=(
            "Representative Actions Directive",
            "directive sur les actions représentatives",
            "Verbandsklagenrichtlinie",
        ),
    ),
    "data": dict(
        type="REG",
        num="2023/2854",
        date="2023-12-13",
        by=["EP", "CONSIL"],
        dg="CNECT",
        about=["6409", "6028"],
        force="inForce",
        amends=["rad"],
        cites=["dga"],
        subject=(
            "on harmonised rules on fair access to and use of data",
            "concernant des règles harmonisées portant sur l'équité de l'accès aux données et de l'utilisation des données",
            "über harmonisierte Vorschriften für einen fairen Datenzugang und eine faire Datennutzung",
        ),
        short=("Data Act", "règlement sur les données", "Datenverordnung"),
    ),
    "ai": dict(
        type="REG",
        num="2024/1689",
        date="2024-06-13",
        by=["EP", "CONSIL"],
        dg="CNECT",
        about=["3636", "3474", "6028"],
        force="inForce",
        amends=["msr"],
        cites=["dga"],
        subject=(
            "laying down harmonised rules on artificial intelligence",
            "établissant des règles harmonisées concernant l'intelligence artificielle",
            "zur Festlegung harmonisierter Vorschriften für künstliche Intelligenz",
        ),
        short=(
            "Artificial Intelligence Act",
            "règlement sur l'intelligence artificielle",
            "Verordnung über künstliche Intelligenz",
        ),
        alt="AI Act",
    ),
    "vat": dict(
        type="DIR",
        num="2006/112",
        suffix="EC",
        date="2006-11-28",
        by=["CONSIL"],
        dg="TAXUD",
        about=["1403"],
        force="inForce",
        council=True,
        subject=(
            "on the common system of value added tax",
            "relative au système commun de taxe sur la valeur ajoutée",
            "über das gemeinsame Mehrwertsteuersystem",
        ),
        short=("VAT Directive", "directive TVA", "Mehrwertsteuer-Systemrichtlinie"),
    ),
    "vat_rates": dict(
        type="DIR",
        num="2022/542",
        date="2022-04-05",
        by=["CONSIL"],
        dg="TAXUD",
        about=["1403", "2224"],
        force="inForce",
        council=True,
        amends=["vat"],
        subject=(
            "amending Directives 2006/112/EC and (EU) 2020/285 as regards rates of value added tax",
            "modifiant les directives 2006/112/CE et (UE) 2020/285 en ce qui concerne les taux de taxe sur la valeur ajoutée",
            "zur Änderung der Richtlinien 2006/112/EG und (EU) 2020/285 in Bezug auf die Mehrwertsteuersätze",
        ),
        short=None,
    ),
    "red": dict(
        type="DIR",
        num="2018/2001",
        date="2018-12-11",
        by=["EP", "CONSIL"],
        dg="ENER",
        about=["754", "2498"],
        force="inForce",
        subject=(
            "on the promotion of the use of energy from renewable sources (recast)",
            "relative à la promotion de l'utilisation de l'énergie produite à partir de sources renouvelables (refonte)",
            "zur Förderung der Nutzung von Energie aus erneuerbaren Quellen (Neufassung)",
        ),
        short=(
            "Renewable Energy Directive",
            "directive sur les énergies renouvelables",
            "Erneuerbare-Energien-Richtlinie",
        ),
        alt="RED II",
    ),
    "red3": dict(
        type="DIR",
        num="2023/2413",
        date="2023-10-18",
        by=["EP", "CONSIL"],
        dg="ENER",
        about=["754", "5482"],
        force="inForce",
        amends=["red", "epbd_pub"],
        subject=(
            "amending Directive (EU) 2018/2001 and Directive (EU) 2019/88 as regards the promotion of energy from renewable sources",
            "modifiant la directive (UE) 2018/2001 et la directive (UE) 2019/88 en ce qui concerne la promotion de l'énergie produite à partir de sources renouvelables",
            "zur Änderung der Richtlinie (EU) 2018/2001 und der Richtlinie (EU) 2019/88 im Hinblick auf die Förderung von Energie aus erneuerbaren Quellen",
        ),
        short=None,
        alt="RED III",
    ),
    "msr": dict(
        type="REG",
        num="2019/1020",
        date="2019-06-20",
        by=["EP", "CONSIL"],
        dg="GROW",
        about=["6008", "2639"],
        force="inForce",
        subject=(
            "on market surveillance and compliance of products",
            "sur la surveillance du marché et la conformité des produits",
            "über Marktüberwachung und die Konformität von Produkten",
        ),
        short=(
            "Market Surveillance Regulation",
            "règlement sur la surveillance du marché",
            "Marktüberwachungsverordnung",
        ),
    ),
    "eco_old": dict(
        type="DIR",
        num="2009/125",
        suffix="EC",
        date="2009-10-21",
        by=["EP", "CONSIL"],
        dg="GROW",
        about=["5650", "5482"],
        force="notInForce",
        subject=(
            "establishing a framework for the setting of ecodesign requirements for energy-related products",
            "établissant un cadre pour la fixation d'exigences en matière d'écoconception applicables aux produits liés à l'énergie",
            "zur Schaffung eines Rahmens für die Festlegung von Anforderungen an die umweltgerechte Gestaltung energieverbrauchsrelevanter Produkte",
        ),
        short=("Ecodesign Directive", "directive sur l'écoconception", "Ökodesign-Richtlinie"),
    ),
    "espr": dict(
        type="REG",
        num="2024/1781",
        date="2024-06-13",
        by=["EP", "CONSIL"],
        dg="GROW",
        about=["5650", "4636", "6008"],
        force="inForce",
        repeals=["eco_old"],
        amends=["msr"],
        cites=["batt"],
        subject=(
            "establishing a framework for the setting of ecodesign requirements for sustainable products",
            "établissant un cadre pour la fixation des exigences en matière d'écoconception pour des produits durables",
            "zur Schaffung eines Rahmens für die Festlegung von Ökodesign-Anforderungen für nachhaltige Produkte",
        ),
        short=(
            "Ecodesign for Sustainable Products Regulation",
            "règlement sur l'écoconception pour des produits durables",
            "Ökodesign-Verordnung",
        ),
        alt="ESPR",
    ),
    "sup": dict(
        type="DIR",
        num="2019/904",
        date="2019-06-05",
        by=["EP", "CONSIL"],
        dg="ENV",
        about=["7228", "5296", "1171"],
        force="inForce",
        subject=(
            "on the reduction of the impact of certain plastic products on the environment",
            "relative à la réduction de l'incidence de certains produits en plastique sur l'environnement",
            "über die Verringerung der Auswirkungen bestimmter Kunststoffprodukte auf die Umwelt",
        ),
        short=(
            "Single-Use Plastics Directive",
            "directive sur les plastiques à usage unique",
            "Einwegkunststoffrichtlinie",
        ),
    ),
}
# repeals stated on the repealed act too for these (the journal's consolidated record): others one way
REPEALED_BY_STATED = {"dw_old", "batt_old"}

# aspects of the Commission's implementing / delegated acts: (en, fr, de)
ASPECTS = [
    (
        "the format and procedure for reporting",
        "le format et la procédure de déclaration",
        "das Format und das Verfahren für die Berichterstattung",
    ),
    (
        "the methods of analysis and monitoring",
        "les méthodes d'analyse et de surveillance",
        "die Analyse- und Überwachungsmethoden",
    ),
    (
        "the templates for the exchange of information",
        "les modèles pour l'échange d'informations",
        "die Muster für den Informationsaustausch",
    ),
    (
        "the criteria for granting exemptions",
        "les critères d'octroi des dérogations",
        "die Kriterien für die Gewährung von Ausnahmen",
    ),
    (
        "the registration of economic operators",
        "l'enregistrement des opérateurs économiques",
        "die Registrierung der Wirtschaftsakteure",
    ),
    (
        "the labelling requirements",
        "les exigences en matière d'étiquetage",
        "die Kennzeichnungsanforderungen",
    ),
    ("the calculation methodology", "la méthode de calcul", "die Berechnungsmethode"),
    (
        "the list of competent authorities",
        "la liste des autorités compétentes",
        "die Liste der zuständigen Behörden",
    ),
    (
        "the technical specifications of the common database",
        "les spécifications techniques de la base de données commune",
        "die technischen Spezifikationen der gemeinsamen Datenbank",
    ),
    (
        "the content of the annual implementation report",
        "le contenu du rapport annuel de mise en œuvre",
        "den Inhalt des jährlichen Durchführungsberichts",
    ),
    ("the thresholds for notification", "les seuils de notification", "die Meldeschwellen"),
    (
        "the conformity assessment procedures",
        "les procédures d'évaluation de la conformité",
        "die Konformitätsbewertungsverfahren",
    ),
]
ARTICLE_HEADINGS = [
    "Subject matter",
    "Scope",
    "Definitions",
    "Obligations of Member States",
    "Reporting",
    "Penalties",
    "Committee procedure",
    "Review",
    "Transposition",
    "Entry into force",
]

DOC = {
    "REG": ("Regulation", "Règlement", "Verordnung"),
    "DIR": ("Directive", "Directive", "Richtlinie"),
    "DEC": ("Decision", "Décision", "Beschluss"),
}
BASE_KIND = {
    "REG": "REG",
    "DIR": "DIR",
    "DEC": "DEC",
    "REG_IMPL": "REG",
    "REG_DEL": "REG",
    "DEC_IMPL": "DEC",
    "DIR_DEL": "DIR",
}


def act_iri(kind: str, num: str) -> str:
    return f"http://data.europa.eu/eli/{TYPES[kind][0]}/{num}/oj"


def celex(kind: str, num: str) -> str:
    year, n = num.split("/")
    year = ("19" + year) if len(year) == 2 else year
    letter = {"REG": "R", "DIR": "L", "DEC": "D"}[BASE_KIND[kind]]
    return f"3{year}{letter}{int(n):04d}"


def ref(kind: str, num: str, suffix: str | None) -> tuple[str, str, str]:
    """How a title names the act: ("Directive 2000/60/EC", "Directive 2000/60/CE", "Richtlinie 2000/60/EG")."""
    base = DOC[BASE_KIND[kind]]
    if suffix:
        fr_suf = {"EC": "CE", "EU": "UE"}[suffix]
        de_suf = {"EC": "EG", "EU": "EU"}[suffix]
        return f"{base[0]} {num}/{suffix}", f"{base[1]} {num}/{fr_suf}", f"{base[2]} {num}/{de_suf}"
    return f"{base[0]} (EU) {num}", f"{base[1]} (UE) {num}", f"{base[2]} (EU) {num}"


def full_titles(
    kind: str, num: str, suffix: str | None, by: list[str], d: date, subject: tuple[str, str, str]
) -> tuple[str, str, str]:
    """The act's title in English, French and German, as the Official Journal writes it."""
    en, fr, de = ref(kind, num, suffix)
    if by == ["EP", "CONSIL"]:
        en, fr, de = (
            f"{en} of the European Parliament and of the Council of",
            f"{fr} du Parlement européen et du Conseil du",
            f"{de} des Europäischen Parlaments und des Rates vom",
        )
    elif by == ["CONSIL"]:
        en, fr, de = (f"Council {en} of", f"{fr} du Conseil du", f"{de} des Rates vom")
    else:
        words = {
            "REG_IMPL": (
                "Commission Implementing Regulation",
                "Règlement d'exécution",
                "Durchführungsverordnung",
            ),
            "REG_DEL": (
                "Commission Delegated Regulation",
                "Règlement délégué",
                "Delegierte Verordnung",
            ),
            "DEC_IMPL": (
                "Commission Implementing Decision",
                "Décision d'exécution",
                "Durchführungsbeschluss",
            ),
            "DIR_DEL": (
                "Commission Delegated Directive",
                "Directive déléguée",
                "Delegierte Richtlinie",
            ),
        }[kind]
        en, fr, de = (
            f"{words[0]} (EU) {num} of",
            f"{words[1]} (UE) {num} de la Commission du",
            f"{words[2]} (EU) {num} der Kommission vom",
        )
    return (
        f"{en} {long_date(d, 'en')} {subject[0]}",
        f"{fr} {long_date(d, 'fr')} {subject[1]}",
        f"{de} {long_date(d, 'de')} {subject[2]}",
    )


def make_acts() -> list[dict]:
    recs: dict[str, dict] = {}
    for key, k in KNOWN.items():
        recs[key] = dict(
            k, key=key, iri=act_iri(k["type"], k["num"]), d=date.fromisoformat(k["date"])
        )
    # the Commission's implementing and delegated acts under the known acts, some amending or correcting
    used = {k["num"] for k in KNOWN.values()}
    parents = [
        k
        for k in KNOWN
        if KNOWN[k]["type"] in ("REG", "DIR") and k not in ("prio", "vat_rates", "red3")
    ]
    for i in range(230):
        parent = R.choice(parents)
        p = recs[parent]
        kind = R.choice(
            ["REG_IMPL", "REG_IMPL", "REG_DEL", "DEC_IMPL", "DIR_DEL"]
            if p["type"] == "DIR"
            else ["REG_IMPL", "REG_IMPL", "REG_DEL", "DEC_IMPL"]
        )
        start = max(
            p["d"] + timedelta(days=200), date(2015, 1, 1)
        )  # post-2015 numbering: "(EU) year/number"
        d = start + timedelta(days=R.randrange(0, max(30, (date(2025, 6, 30) - start).days)))
        while True:
            num = f"{d.year}/{R.randrange(100, 2999)}"
            if num not in used:
                used.add(num)
                break
        aspect = R.choice(ASPECTS)
        pref = ref(p["type"], p["num"], p.get("suffix"))
        role = R.random()
        rec = dict(
            key=f"c{i}",
            type=kind,
            num=num,
            d=d,
            by=["COM"],
            dg=p["dg"],
            force="inForce" if R.random() < 0.85 else "notInForce",
            about=R.sample(p["about"], k=min(len(p["about"]), R.choice([1, 1, 2]))),
            based_on=[parent],
            cites=[parent],
        )
        if role < 0.12:
            rec["amends"] = [parent]
            rec["subject"] = (
                f"amending the Annexes to {pref[0]} as regards {aspect[0]}",
                f"modifiant les annexes {'du' if pref[1].startswith('R') else 'de la'} {pref[1][0].lower()}{pref[1][1:]} en ce qui concerne {aspect[1]}",
                f"zur Änderung der Anhänge der {pref[2]} hinsichtlich {aspect[2]}",
            )
        elif role < 0.18:
            rec["changes"] = [parent]
            rec["subject"] = (
                f"correcting the German language version of {pref[0]}",
                f"portant rectification de la version en langue allemande {'du' if pref[1].startswith('R') else 'de la'} {pref[1][0].lower()}{pref[1][1:]}",
                f"zur Berichtigung der deutschen Sprachfassung der {pref[2]}",
            )
        else:
            rec["subject"] = (
                f"laying down rules for the application of {pref[0]} as regards {aspect[0]}",
                f"portant modalités d'application {'du' if pref[1].startswith('R') else 'de la'} {pref[1][0].lower()}{pref[1][1:]} en ce qui concerne {aspect[1]}",
                f"mit Durchführungsbestimmungen zur {pref[2]} hinsichtlich {aspect[2]}",
            )
        rec["short"] = None
        rec["iri"] = act_iri(kind, num)
        recs[rec["key"]] = rec
    return list(recs.values())


def node_for(rec: dict, by_key: dict[str, dict]) -> dict:
    d = rec["d"]
    pub = d + timedelta(days=R.randrange(4, 35))
    eif = pub + timedelta(days=20 if rec["type"] in ("REG", "DIR") else R.choice([1, 3, 20]))
    iri = rec["iri"]
    node: dict = {
        "@id": iri,
        "@type": "LegalResource",
        "id_local": celex(rec["type"], rec["num"]),
        "type_document": "rt:" + rec["type"],
        "date_document": d.isoformat(),
        "date_publication": pub.isoformat(),
        "first_date_entry_in_force": eif.isoformat(),
        "passed_by": ["cb:" + b for b in rec["by"]],
        "responsibility_of": "cb:" + rec["dg"],
        "is_about": ["ev:" + e for e in rec["about"]],
        "in_force": "eli:InForce-" + rec["force"],
    }
    for rel in ("amends", "changes", "repeals", "cites", "based_on"):
        if rec.get(rel):
            node[rel] = [by_key[k]["iri"] for k in rec[rel]]
    inverse = {"amends": "amended_by", "changes": "changed_by", "repeals": "repealed_by"}
    for other in by_key.values():
        for rel, inv in inverse.items():
            if rec["key"] in (other.get(rel) or []) and (
                rel != "repeals" or rec["key"] in REPEALED_BY_STATED
            ):
                node.setdefault(inv, []).append(other["iri"])
    titles = full_titles(rec["type"], rec["num"], rec.get("suffix"), rec["by"], d, rec["subject"])
    short = rec.get("short")
    expressions = []
    for i, (code, (tag, *_)) in enumerate(LANGS.items()):
        e_iri = f"{iri}/{code.lower()}"
        expr: dict = {
            "@id": e_iri,
            "@type": "LegalExpression",
            "realizes": iri,
            "language": "lang:" + code,
            "title": {"@value": titles[i], "@language": tag},
        }
        if short:
            expr["title_short"] = {"@value": short[i], "@language": tag}
        if rec.get("alt") and tag == "en":
            expr["title_alternative"] = {"@value": rec["alt"], "@language": tag}
        formats = []
        for ft in ("PDF", "HTML") + (("FMX4",) if rec["key"] in KNOWN else ()):
            formats.append(
                {
                    "@id": f"{e_iri}/{ft.lower()}",
                    "@type": "Format",
                    "embodies": e_iri,
                    "format": "ft:" + ft,
                    "media_type": FILE_TYPES[ft][1],
                }
            )
        expr["is_embodied_by"] = formats
        expressions.append(expr)
    node["is_realized_by"] = expressions
    n_art = R.randint(4, 8) if rec["key"] in KNOWN else R.randint(3, 4)
    heads = (
        ARTICLE_HEADINGS[:2] + R.sample(ARTICLE_HEADINGS[2:-1], n_art - 3) + ARTICLE_HEADINGS[-1:]
    )
    parts = []
    for n, head in enumerate(heads, 1):
        a_iri = iri.removesuffix("/oj") + f"/art_{n}/oj"
        parts.append(
            {
                "@id": a_iri,
                "@type": "LegalResourceSubdivision",
                "is_part_of": iri,
                "number": str(n),
                "is_realized_by": {
                    "@id": a_iri + "/eng",
                    "@type": "LegalExpression",
                    "realizes": a_iri,
                    "language": "lang:ENG",
                    "title": {"@value": head, "@language": "en"},
                },
            }
        )
    node["has_part"] = parts
    return node


def concept(
    iri: str,
    labels: tuple[str, str, str],
    scheme: str,
    notation: str | None = None,
    alt: tuple | None = None,
    broader: str | None = None,
) -> dict:
    node: dict = {
        "@id": iri,
        "@type": "Concept",
        "prefLabel": dict(zip(("en", "fr", "de"), labels, strict=True)),
        "inScheme": scheme,
    }
    if notation:
        node["notation"] = notation
    if alt:
        node["altLabel"] = {lang: a for lang, a in zip(("en", "fr", "de"), alt, strict=True) if a}
    if broader:
        node["broader"] = broader
    return node


def authority() -> list[dict]:
    out: list[dict] = []
    for scheme, label in (
        ("rt:", "Resource types"),
        ("cb:", "Corporate bodies"),
        ("lang:", "Languages"),
        ("ft:", "File types"),
        ("ev:100141", "EuroVoc"),
        ("eli:InForceTable", "In force"),
    ):
        out.append(
            {
                "@id": scheme.rstrip(":") if scheme.endswith(":") else scheme,
                "@type": "ConceptScheme",
                "prefLabel": {"en": label},
            }
        )
    for code, (_, en, fr, de) in TYPES.items():
        out.append(concept("rt:" + code, (en, fr, de), "rt", notation=code))
    for code, (en, fr, de, alt) in BODIES.items():
        out.append(
            concept(
                "cb:" + code,
                (en, fr, de),
                "cb",
                notation=code,
                alt=(alt, None, None) if alt else None,
            )
        )
    for code, (tag, en, fr, de) in LANGS.items():
        out.append(concept("lang:" + code, (en, fr, de), "lang", notation=tag))
    for code, (label, _) in FILE_TYPES.items():
        out.append(concept("ft:" + code, (label, label, label), "ft", notation=code))
    for code, labels in IN_FORCE.items():
        out.append(concept("eli:InForce-" + code, labels, "eli:InForceTable"))
    for code, (en, fr, de, broader) in EUROVOC.items():
        out.append(
            concept(
                "ev:" + code,
                (en, fr, de),
                "ev:100141",
                alt=EUROVOC_ALT.get(code),
                broader=("ev:" + broader) if broader else None,
            )
        )
    return out


def write(path: Path, graph: list[dict]) -> None:
    path.write_text(
        json.dumps({"@context": CONTEXT, "@graph": graph}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    OUT.mkdir(exist_ok=True)
    recs = make_acts()
    by_key = {r["key"]: r for r in recs}
    write(OUT / "acts.jsonld", [node_for(r, by_key) for r in sorted(recs, key=lambda r: r["iri"])])
    write(OUT / "authority.jsonld", authority())


if __name__ == "__main__":
    main()
