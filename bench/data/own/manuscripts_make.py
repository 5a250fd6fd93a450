# ruff: noqa: E501  (data tables, one record a line)
"""Write ``manuscripts.jsonld``: an invented digital library of medieval manuscripts (the
Bibliotheca Manuscripta Digitalis, BMD) as its linked-data endpoint serves it: one JSON-LD file,
one ``@graph``, the ``@context`` written inline (the machine is offline).

The vocabularies are the domain's published ones, as such portals mix them:

* **CIDOC-CRM** (``http://www.cidoc-crm.org/cidoc-crm/``) for the physical books: a manuscript is
  an ``crm:E22_Human-Made_Object`` of a subclass (``bmd:BookOfHours`` ``rdfs:subClassOf``
  ``bmd:Codex`` ``rdfs:subClassOf`` ``crm:E22_Human-Made_Object``); its shelfmark an
  ``crm:E42_Identifier`` blank node (``crm:P1_is_identified_by``, ``crm:P190_has_symbolic_content``,
  ``crm:P2_has_type`` shelfmark) on most, a plain ``dcterms:identifier`` on others; its keeper
  ``crm:P50_has_current_keeper`` (a library, ``crm:E74_Group`` subclass, in a city by
  ``crm:P74_has_current_or_former_residence``); its production a blank ``crm:E12_Production``
  (``crm:P108i_was_produced_by``) with a blank ``crm:E52_Time-Span`` (``P82a`` / ``P82b``
  ``xsd:gYear`` bounds and an ``rdfs:label`` "c. 1410-1420", or ``P82_at_some_time_within``),
  ``crm:P7_took_place_at``, and **sub-productions** (``crm:P9_consists_of``) whose
  ``crm:P2_has_type`` is a SKOS role ("Scribe", "Illumination") and ``crm:P14_carried_out_by`` the
  person; **some manuscripts instead say ``bmd:scribe`` / ``bmd:illuminator`` directly** (local
  properties with labels and comments) and a few only ``dcterms:date "circa 1450"``;
  provenance as top-level ``crm:E8_Acquisition`` events (``crm:P24_transferred_title_of``,
  ``P23_transferred_title_from``, ``P22_transferred_title_to``, a time-span, a SKOS type purchase /
  bequest / gift / confiscation) **or from the book's side** (``crm:P24i_changed_ownership_through``,
  declared ``owl:inverseOf`` P24), and plain ``crm:P51_has_former_or_current_owner`` on a few;
  material ``crm:P45_consists_of``, dimensions as ``crm:E54_Dimension`` nodes, leaf counts
  ``crm:P57_has_number_of_parts``; scripts and decoration types as SKOS concepts
  (``bmd:script``; decoration as blank ``crm:E25_Human-Made_Feature`` nodes with a count).
* **LRMoo** (``http://iflastandards.info/ns/lrm/lrmoo/``) for the texts: ``lrmoo:F1_Work`` nodes
  (titles in Latin with English ``skos:altLabel``), authors by ``dcterms:creator`` on some and a blank
  ``lrmoo:F27_Work_Creation`` (``lrmoo:R16i_was_created_by``, ``crm:P14_carried_out_by``) on others;
  a manuscript ``crm:P128_carries`` blank ``lrmoo:F2_Expression`` nodes that ``lrmoo:R3i_realises``
  a work, in a language (``crm:P72_has_language``), on a folio range.
* **IIIF Presentation 3** (``iiif_prezi:`` ``http://iiif.io/api/presentation/3#``, ``as:``
  Activity Streams, ``exif:``) as its context maps the terms: a ``iiif_prezi:Manifest`` per
  digitised book with a language-map ``rdfs:label``, ``iiif_prezi:summary``,
  ``iiif_prezi:navDate`` (``xsd:dateTime``), ``dcterms:rights``, ``iiif_prezi:provider``,
  ``crm:P138_represents`` the book (``crm:P138i_has_representation`` from the book on some), its
  canvases an ``as:items`` **RDF list**; ``iiif_prezi:Canvas`` nodes labelled "f. 12r",
  ``exif:height`` / ``exif:width`` integers, ``dcterms:isPartOf`` the manifest.
* **W3C Web Annotation** (``oa:``): ``oa:Annotation`` nodes with ``oa:motivatedBy``
  (``oa:transcribing``, ``oa:identifying``, ``oa:commenting``, ``oa:describing``), ``oa:hasTarget``
  a canvas or a blank ``oa:SpecificResource`` (``oa:hasSource`` + a ``oa:FragmentSelector``),
  ``oa:hasBody`` a blank ``oa:TextualBody`` (``rdf:value``, ``dcterms:language``) or, identifying,
  the person or saint depicted; ``dcterms:creator`` the scholar (``foaf:Person``, ``foaf:name``,
  an ORCID), ``dcterms:created`` ``xsd:dateTime``.

People carry ``rdfs:label`` and ``skos:altLabel`` names in other languages, some ``owl:sameAs``
Wikidata or VIAF ids; one scribe has no label (only an ``crm:E41_Appellation``). Run from the
repository root: ``python bench/data/own/manuscripts_make.py``. Deterministic (seeded).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
BASE = "https://bmd.example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _ctx() -> dict[str, Any]:
    def ref(term: str) -> dict[str, str]:
        return {"@id": term, "@type": "@id"}

    def typed(term: str, t: str) -> dict[str, str]:
        return {"@id": term, "@type": "xsd:" + t}

    return {
        "@base": BASE,
        "crm": "http://www.cidoc-crm.org/cidoc-crm/",
        "lrmoo": "http://iflastandards.info/ns/lrm/lrmoo/",
        "iiif_prezi": "http://iiif.io/api/presentation/3#",
        "as": "https://www.w3.org/ns/activitystreams#",
        "oa": "http://www.w3.org/ns/oa#",
        "dcterms": "http://purl.org/dc/terms/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "owl": "http://www.w3.org/2002/07/owl#",
        "xsd": XSD,
        "foaf": "http://xmlns.com/foaf/0.1/",
        "exif": "http://www.w3.org/2003/12/exif/ns#",
        "wd": "http://www.wikidata.org/entity/",
        "viaf": "http://viaf.org/viaf/",
        "bmd": BASE + "ns#",
        "id": "@id",
        "type": "@type",
        # IIIF Presentation 3 terms, as its context maps them
        "Manifest": "iiif_prezi:Manifest",
        "Canvas": "iiif_prezi:Canvas",
        "label": {"@id": "rdfs:label", "@container": "@language"},
        "summary": {"@id": "iiif_prezi:summary", "@container": "@language"},
        "items": {"@id": "as:items", "@type": "@id", "@container": "@list"},
        "navDate": typed("iiif_prezi:navDate", "dateTime"),
        "rights": ref("dcterms:rights"),
        "provider": ref("iiif_prezi:provider"),
        "partOf": ref("dcterms:isPartOf"),
        "height": typed("exif:height", "integer"),
        "width": typed("exif:width", "integer"),
        # Web Annotation
        "Annotation": "oa:Annotation",
        "motivation": ref("oa:motivatedBy"),
        "target": ref("oa:hasTarget"),
        "body": ref("oa:hasBody"),
        "source": ref("oa:hasSource"),
        "selector": {"@id": "oa:hasSelector"},
        "value": "rdf:value",
        "creator": ref("dcterms:creator"),
        "created": typed("dcterms:created", "dateTime"),
        "language": "dcterms:language",
        "format": "dcterms:format",
        # the catalogue's own short keys
        "name": "foaf:name",
        "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
        "altLabel": {"@id": "skos:altLabel", "@container": "@language"},
        "sameAs": ref("owl:sameAs"),
        "broader": ref("skos:broader"),
        "inScheme": ref("skos:inScheme"),
        "notation": "skos:notation",
    }


def lab(en: str, **other: str) -> dict[str, str]:
    """A language map: English and the given languages."""
    return {"en": en, **{k.replace("_", "-"): v for k, v in other.items()}}


# ----------------------------------------------------------------------------- SKOS schemes
# key: (English label, {lang: label}, [alt labels], broader key, notation)
CONCEPTS: dict[str, dict[str, tuple[str, dict[str, str], list[str], str | None, str]]] = {
    "scripts": {
        "gothic": ("Gothic script", {"fr": "écriture gothique"}, ["blackletter"], None, "S1"),
        "textualis": ("Textualis", {"de": "Textura"}, ["textura", "book hand"], "gothic", "S1.1"),
        "cursiva": ("Cursiva", {"fr": "cursive"}, ["gothic cursive"], "gothic", "S1.2"),
        "bastarda": ("Bastarda", {"fr": "bâtarde"}, ["lettre bâtarde"], "gothic", "S1.3"),
        "caroline": ("Caroline minuscule", {"de": "karolingische Minuskel"}, [], None, "S2"),
        "insular": ("Insular minuscule", {}, ["Anglo-Saxon minuscule"], None, "S3"),
        "humanist": ("Humanist minuscule", {"it": "littera antiqua"}, [], None, "S4"),
        "rotunda": ("Rotunda", {"it": "littera rotunda"}, [], "gothic", "S1.4"),
    },
    "decoration": {
        "decor": ("Decoration", {"fr": "décor"}, [], None, "D"),
        "miniature": (
            "Miniature",
            {"fr": "miniature"},
            ["illumination", "painting"],
            "decor",
            "D1",
        ),
        "historiated": ("Historiated initial", {"fr": "initiale historiée"}, [], "decor", "D2"),
        "border": ("Border decoration", {"fr": "encadrement"}, ["bas-de-page"], "decor", "D3"),
        "penwork": (
            "Penwork initial",
            {"fr": "initiale filigranée"},
            ["flourished initial"],
            "decor",
            "D4",
        ),
        "grisaille": ("Grisaille", {}, [], "miniature", "D1.1"),
    },
    "roles": {
        "scribe": ("Scribe", {"la": "scriptor"}, ["copyist"], None, "R1"),
        "illumination": ("Illumination", {"fr": "enluminure"}, ["illuminator"], None, "R2"),
        "binding": ("Binding", {}, ["binder"], None, "R3"),
    },
    "acquisition": {
        "purchase": ("Purchase", {"fr": "achat"}, ["sale"], None, "A1"),
        "bequest": ("Bequest", {"fr": "legs"}, [], None, "A2"),
        "gift": ("Gift", {"fr": "don"}, ["donation"], None, "A3"),
        "confiscation": ("Confiscation", {"fr": "saisie révolutionnaire"}, ["seizure"], None, "A4"),
    },
    "materials": {
        "parchment": ("Parchment", {"fr": "parchemin"}, ["vellum"], None, "M1"),
        "paper": ("Paper", {"fr": "papier"}, [], None, "M2"),
    },
    "idtypes": {
        "shelfmark": ("Shelfmark", {"fr": "cote"}, ["call number"], None, "I1"),
        "former": ("Former shelfmark", {}, [], None, "I2"),
    },
}

LANGS = {  # ISO 639-2 code: (English, Latin name)
    "lat": ("Latin", "lingua Latina"),
    "fre": ("French", "français"),
    "ita": ("Italian", "italiano"),
    "enm": ("Middle English", "Middle English"),
    "ger": ("German", "Deutsch"),
    "frm": ("Middle French", "moyen français"),
}

CITIES = {  # key: (English, local, Wikidata id)
    "paris": ("Paris", {"fr": "Paris"}, "Q90"),
    "bruges": ("Bruges", {"nl": "Brugge"}, "Q12994"),
    "oxford": ("Oxford", {}, "Q34217"),
    "london": ("London", {}, "Q84"),
    "florence": ("Florence", {"it": "Firenze"}, "Q2044"),
    "vienna": ("Vienna", {"de": "Wien"}, "Q1741"),
    "munich": ("Munich", {"de": "München"}, "Q1726"),
    "stgallen": ("St. Gallen", {"de": "Sankt Gallen"}, "Q25607"),
    "dublin": ("Dublin", {"ga": "Baile Átha Cliath"}, "Q1761"),
    "ghent": ("Ghent", {"nl": "Gent"}, "Q1296"),
    "milan": ("Milan", {"it": "Milano"}, "Q490"),
    "avignon": ("Avignon", {}, "Q6397"),
    "york": ("York", {}, "Q42462"),
    "tours": ("Tours", {}, "Q288"),
}

# key: (class, English name, {lang: name}, city, founded)
LIBRARIES = {
    "stclothilde": ("bmd:Library", "Bibliothèque Sainte-Clothilde", {}, "paris", "1796"),
    "brugge": (
        "bmd:Library",
        "Bruges Public Library",
        {"nl": "Openbare Bibliotheek Brugge"},
        "bruges",
        "1798",
    ),
    "haldane": ("bmd:Library", "Haldane College Library", {}, "oxford", "1442"),
    "corbin": ("bmd:Library", "Corbin Library", {}, "london", "1887"),
    "ardinghelli": ("bmd:Library", "Biblioteca Ardinghelli", {}, "florence", "1571"),
    "mariaberg": (
        "bmd:MonasticLibrary",
        "Mariaberg Abbey Library",
        {"de": "Stiftsbibliothek Mariaberg"},
        "stgallen",
        "1136",
    ),
    "hofsammlung": (
        "bmd:Library",
        "Bavarian Court Manuscript Collection",
        {"de": "Hofhandschriftensammlung"},
        "munich",
        "1558",
    ),
    "marsh": ("bmd:Library", "Whitcombe Library", {}, "dublin", "1707"),
    "fitzalan": ("bmd:Museum", "Fitzalan Museum", {}, "london", "1851"),
    "eustorgio": ("bmd:Library", "Biblioteca Capitolare di Sant'Eustorgio", {}, "milan", "1220"),
    "kammer": (
        "bmd:Library",
        "Austrian Manuscript Chamber",
        {"de": "Österreichische Handschriftenkammer"},
        "vienna",
        "1368",
    ),
}

# person key: (label or None, {lang: alt names}, class, sameAs, born, died)
PERSONS: dict[
    str, tuple[str | None, dict[str, list[str]], str, str | None, str | None, str | None]
] = {
    # authors
    "augustine": (
        "Augustine of Hippo",
        {"la": ["Aurelius Augustinus"], "en": ["Saint Augustine"]},
        "crm:E21_Person",
        "wd:Q8018",
        "0354",
        "0430",
    ),
    "boethius": (
        "Boethius",
        {"la": ["Anicius Manlius Severinus Boethius"]},
        "crm:E21_Person",
        "wd:Q102851",
        "0480",
        "0524",
    ),
    "bede": (
        "Bede",
        {"la": ["Beda Venerabilis"], "en": ["the Venerable Bede"]},
        "crm:E21_Person",
        "wd:Q154479",
        "0673",
        "0735",
    ),
    "jerome": (
        "Jerome",
        {"la": ["Eusebius Hieronymus"], "en": ["Saint Jerome"]},
        "crm:E21_Person",
        "wd:Q44248",
        "0347",
        "0420",
    ),
    "dante": (
        "Dante Alighieri",
        {"it": ["Durante degli Alighieri"]},
        "crm:E21_Person",
        "wd:Q1067",
        "1265",
        "1321",
    ),
    "chaucer": ("Geoffrey Chaucer", {}, "crm:E21_Person", "wd:Q5683", None, "1400"),
    "ovid": ("Ovid", {"la": ["Publius Ovidius Naso"]}, "crm:E21_Person", "wd:Q7198", None, None),
    "christine": (
        "Christine de Pizan",
        {"fr": ["Christine de Pisan"]},
        "crm:E21_Person",
        None,
        "1364",
        "1430",
    ),
    "voragine": (
        "Jacobus de Voragine",
        {"it": ["Jacopo da Varazze"]},
        "crm:E21_Person",
        None,
        None,
        "1298",
    ),
    "isidore": (
        "Isidore of Seville",
        {"la": ["Isidorus Hispalensis"]},
        "crm:E21_Person",
        None,
        None,
        "0636",
    ),
    "gregory": (
        "Gregory the Great",
        {"la": ["Gregorius Magnus"], "en": ["Pope Gregory I"]},
        "crm:E21_Person",
        None,
        None,
        "0604",
    ),
    "lorris": ("Guillaume de Lorris", {}, "crm:E21_Person", None, None, None),
    "meun": ("Jean de Meun", {"fr": ["Jean Clopinel"]}, "crm:E21_Person", None, None, "1305"),
    # scribes
    "raoulet": ("Raoulet d'Orléans", {}, "crm:E21_Person", "viaf:95155722", None, None),
    "anselm": (
        "Anselm of Mariaberg",
        {"la": ["Anselmus Mariabergensis"], "de": ["Bruder Anselm"]},
        "crm:E21_Person",
        None,
        None,
        None,
    ),
    "stiefel": ("Johannes Stiefel", {}, "crm:E21_Person", None, None, None),
    "coquerel": ("Jehan Coquerel", {"fr": ["Jean Coquerel"]}, "crm:E21_Person", None, None, None),
    "vendramin": (
        "Nicolaus Vendramin",
        {"it": ["Niccolò Vendramin"]},
        "crm:E21_Person",
        None,
        None,
        None,
    ),
    "agnes": ("Agnes of Lindau", {"de": ["Agnes von Lindau"]}, "crm:E21_Person", None, None, None),
    "wulfric": (None, {}, "crm:E21_Person", None, None, None),  # named only by an appellation
    "hawkwood": ("Thomas Hawkwood", {}, "crm:E21_Person", None, None, None),
    # illuminators
    "goldenvine": (
        "Master of the Golden Vine",
        {"de": ["Meister der goldenen Ranke"], "fr": ["Maître de la Vigne d'or"]},
        "crm:E21_Person",
        None,
        None,
        None,
    ),
    "maillard": ("Jacquet Maillard", {}, "crm:E21_Person", None, None, None),
    "vandamme": ("Lieven van Damme", {}, "crm:E21_Person", "viaf:302184551", None, None),
    "nerio": ("Bartolo di Nerio", {}, "crm:E21_Person", None, None, None),
    "saintomer": ("Gauthier de Saint-Omer", {}, "crm:E21_Person", None, None, None),
    "brailes": ("Hugh of Brailesford", {}, "crm:E21_Person", None, None, None),
    # owners
    "valcourt": (
        "Philippe de Valcourt",
        {"fr": ["Philippe, sire de Valcourt"]},
        "crm:E21_Person",
        None,
        "1371",
        "1429",
    ),
    "lisle": (
        "Margaret of Lisle",
        {"fr": ["Marguerite de l'Isle"]},
        "crm:E21_Person",
        None,
        "1402",
        "1461",
    ),
    "fenwick": ("Sir Thomas Fenwick-Hale", {}, "crm:E21_Person", None, "1792", "1872"),
    "ostheim": (
        "Ludwig von Ostheim",
        {"en": ["Baron Ostheim"]},
        "crm:E21_Person",
        None,
        "1811",
        "1883",
    ),
    "ferrand": ("Ferrand et Fils", {}, "crm:E74_Group", None, None, None),
    "medici": ("Lorenzo Ardinghelli", {}, "crm:E21_Person", None, "1449", "1501"),
    "dorsey": ("Eleanor Dorsey", {}, "crm:E21_Person", None, "1861", "1939"),
    "corbinwm": ("William Corbin", {}, "crm:E21_Person", None, "1820", "1886"),
    "whitcombe": ("Narcissus Whitcombe", {}, "crm:E21_Person", None, "1638", "1713"),
    "bedford": (
        "John of Lancaster, Duke of Bedford",
        {"en": ["Duke of Bedford"]},
        "crm:E21_Person",
        "wd:Q313519",
        "1389",
        "1435",
    ),
    "revolution": (
        "French Republic",
        {"fr": ["République française"]},
        "crm:E74_Group",
        None,
        None,
        None,
    ),
    # saints depicted (identified by annotations)
    "catherine": (
        "Saint Catherine of Alexandria",
        {"la": ["Catharina Alexandrina"]},
        "crm:E21_Person",
        "wd:Q165479",
        None,
        None,
    ),
    "george": ("Saint George", {}, "crm:E21_Person", None, None, None),
}

SCHOLARS = {  # key: (foaf:name, ORCID)
    "marchetti": ("Helen Marchetti", "0000-0002-1825-0097"),
    "wierzbicki": ("Tomasz Wierzbicki", "0000-0001-5109-3700"),
    "dufresne": ("Claire Dufresne", "0000-0003-1419-2405"),
    "oyarzabal": ("Inés Oyarzabal", "0000-0002-9079-593X"),
}

# work key: (Latin / original title, English alt or None, author keys, how the author is said
# ("creator" or "creation"), original language)
WORKS = {
    "civitate": ("De civitate Dei", "The City of God", ["augustine"], "creation", "lat"),
    "confessiones": ("Confessiones", "Confessions", ["augustine"], "creator", "lat"),
    "consolatio": (
        "De consolatione philosophiae",
        "The Consolation of Philosophy",
        ["boethius"],
        "creation",
        "lat",
    ),
    "historia": (
        "Historia ecclesiastica gentis Anglorum",
        "Ecclesiastical History of the English People",
        ["bede"],
        "creator",
        "lat",
    ),
    "viris": ("De viris illustribus", "On Illustrious Men", ["jerome"], "creator", "lat"),
    "commedia": ("Commedia", "Divine Comedy", ["dante"], "creation", "ita"),
    "canterbury": ("The Canterbury Tales", None, ["chaucer"], "creator", "enm"),
    "troilus": ("Troilus and Criseyde", None, ["chaucer"], "creation", "enm"),
    "metamorphoses": ("Metamorphoses", "Metamorphoses", ["ovid"], "creator", "lat"),
    "citedames": (
        "Le Livre de la Cité des Dames",
        "The Book of the City of Ladies",
        ["christine"],
        "creation",
        "frm",
    ),
    "legenda": ("Legenda aurea", "The Golden Legend", ["voragine"], "creator", "lat"),
    "etymologiae": ("Etymologiae", "Etymologies", ["isidore"], "creation", "lat"),
    "moralia": ("Moralia in Job", "Morals on the Book of Job", ["gregory"], "creator", "lat"),
    "rose": ("Roman de la Rose", "Romance of the Rose", ["lorris", "meun"], "creation", "fre"),
    "horae": (
        "Horae ad usum Parisiensem",
        "Hours of the Virgin, Use of Paris",
        [],
        "creator",
        "lat",
    ),
    "psalterium": ("Psalterium", "Psalter", [], "creator", "lat"),
    "biblia": ("Biblia sacra", "Vulgate Bible", [], "creator", "lat"),
}

# Manuscripts. key: dict with
#  cls, name (common name or None), shelf (shelfmark), shelf_style ("e42" / "dcterms"),
#  lib, date (begin, end, label) or ("at", year) or ("text", "circa 1450"), place (city key),
#  scribes, illuminators, style ("crm" sub-productions / "direct" bmd:scribe...), texts [(work,
#  language, folios)], script, decoration [(type, count)], material, leaves, height, width,
#  provenance [(from, to, year, type, side)], owners (plain P51), manifest (slug, canvases)
MSS: list[dict[str, Any]] = [
    dict(
        key="ms112",
        cls="bmd:BookOfHours",
        name="Valcourt Hours",
        shelf="MS 112",
        shelf_style="e42",
        lib="stclothilde",
        date=("1410", "1420", "c. 1410-1420"),
        place="paris",
        scribes=["raoulet"],
        illuminators=["goldenvine"],
        style="crm",
        texts=[("horae", "lat", "ff. 13r-190v")],
        script="textualis",
        decoration=[("miniature", 24), ("border", 96)],
        material="parchment",
        leaves=212,
        height=204,
        width=148,
        provenance=[
            ("valcourt", "lisle", "1429", "bequest", "event"),
            ("lisle", "fenwick", "1838", "purchase", "ms"),
            ("fenwick", "stclothilde", "1873", "bequest", "event"),
        ],
        manifest=("valcourt-hours", 8),
    ),
    dict(
        key="ms413",
        cls="bmd:BookOfHours",
        name="Hours of Margaret of Lisle",
        shelf="MS 413",
        shelf_style="e42",
        lib="brugge",
        date=("1450", "1460", "c. 1450-1460"),
        place="bruges",
        scribes=["coquerel"],
        illuminators=["vandamme"],
        style="crm",
        texts=[("horae", "lat", "ff. 14r-160v")],
        script="bastarda",
        decoration=[("miniature", 16), ("historiated", 30)],
        material="parchment",
        leaves=168,
        height=180,
        width=126,
        provenance=[
            ("lisle", "ferrand", "1796", "purchase", "event"),
            ("ferrand", "brugge", "1805", "purchase", "event"),
        ],
        manifest=("lisle-hours", 6),
    ),
    dict(
        key="psalter",
        cls="bmd:Psalter",
        name="Mariaberg Psalter",
        shelf="Cod. Sang. 27",
        shelf_style="dcterms",
        lib="mariaberg",
        date=("at", "1140"),
        place="stgallen",
        scribes=["anselm"],
        illuminators=[],
        style="direct",
        texts=[("psalterium", "lat", "pp. 1-298")],
        script="caroline",
        decoration=[("historiated", 11)],
        material="parchment",
        leaves=150,
        height=290,
        width=205,
        provenance=[],
        owners=[],
        manifest=("mariaberg-psalter", 6),
    ),
    dict(
        key="civitas",
        cls="bmd:Codex",
        name="Haldane Augustine",
        shelf="MS 9",
        shelf_style="e42",
        lib="haldane",
        date=("1150", "1175", "third quarter of the 12th century"),
        place="oxford",
        scribes=["hawkwood"],
        illuminators=[],
        style="crm",
        texts=[("civitate", "lat", "ff. 1r-210v"), ("confessiones", "lat", "ff. 211r-260v")],
        script="caroline",
        decoration=[("penwork", 40)],
        material="parchment",
        leaves=262,
        height=340,
        width=240,
        provenance=[],
        owners=["haldane"],
        manifest=("haldane-augustine", 5),
    ),
    dict(
        key="boethius",
        cls="bmd:Codex",
        name="Whitcombe Boethius",
        shelf="MS Z.3.14",
        shelf_style="e42",
        lib="marsh",
        date=("1390", "1410", "c. 1400"),
        place="london",
        scribes=["hawkwood"],
        illuminators=["brailes"],
        style="direct",
        texts=[("consolatio", "lat", "ff. 2r-88v"), ("canterbury", "enm", "ff. 89r-140v")],
        script="textualis",
        decoration=[("historiated", 5)],
        material="parchment",
        leaves=142,
        height=260,
        width=180,
        provenance=[("whitcombe", "marsh", "1713", "bequest", "ms")],
        manifest=("whitcombe-boethius", 5),
    ),
    dict(
        key="bede",
        cls="bmd:Codex",
        name="York Bede",
        shelf="MS 202",
        shelf_style="e42",
        lib="corbin",
        date=("0780", "0820", "c. 800"),
        place="york",
        scribes=["wulfric"],
        illuminators=[],
        style="crm",
        texts=[("historia", "lat", "ff. 1r-124v")],
        script="insular",
        decoration=[("penwork", 3)],
        material="parchment",
        leaves=126,
        height=270,
        width=190,
        provenance=[
            ("fenwick", "corbinwm", "1862", "purchase", "event"),
            ("corbinwm", "corbin", "1886", "bequest", "event"),
        ],
        manifest=("york-bede", 5),
    ),
    dict(
        key="dante",
        cls="bmd:Codex",
        name="Ardinghelli Dante",
        shelf="Plut. 40.7",
        shelf_style="e42",
        lib="ardinghelli",
        date=("1440", "1450", "1440s"),
        place="florence",
        scribes=["vendramin"],
        illuminators=["nerio"],
        style="crm",
        texts=[("commedia", "ita", "ff. 1r-302v")],
        script="humanist",
        decoration=[("miniature", 3), ("historiated", 100)],
        material="parchment",
        leaves=304,
        height=360,
        width=250,
        provenance=[("medici", "ardinghelli", "1501", "bequest", "ms")],
        manifest=("ardinghelli-dante", 7),
    ),
    dict(
        key="rose",
        cls="bmd:Codex",
        name="Bedford Roman de la Rose",
        shelf="MS fr. 380",
        shelf_style="dcterms",
        lib="stclothilde",
        date=("1400", "1415", "c. 1400-1415"),
        place="paris",
        scribes=["raoulet"],
        illuminators=["maillard"],
        style="direct",
        texts=[("rose", "fre", "ff. 1r-178v")],
        script="textualis",
        decoration=[("miniature", 44), ("grisaille", 6)],
        material="parchment",
        leaves=180,
        height=300,
        width=215,
        provenance=[
            ("bedford", "revolution", "1793", "confiscation", "event"),
            ("revolution", "stclothilde", "1796", "gift", "event"),
        ],
        manifest=("bedford-rose", 6),
    ),
    dict(
        key="cite",
        cls="bmd:Codex",
        name="City of Ladies of the Duke of Bedford",
        shelf="MS fr. 607",
        shelf_style="dcterms",
        lib="stclothilde",
        date=("1405", "1410", "c. 1405-1410"),
        place="paris",
        scribes=["raoulet"],
        illuminators=["saintomer"],
        style="crm",
        texts=[("citedames", "frm", "ff. 1r-96v")],
        script="bastarda",
        decoration=[("miniature", 3), ("border", 12)],
        material="parchment",
        leaves=98,
        height=285,
        width=205,
        provenance=[("bedford", "revolution", "1793", "confiscation", "event")],
        owners=[],
        manifest=None,
    ),
    dict(
        key="legenda",
        cls="bmd:Codex",
        name="Munich Golden Legend",
        shelf="Clm 13029",
        shelf_style="e42",
        lib="hofsammlung",
        date=("1460", "1470", "1460s"),
        place="munich",
        scribes=["agnes"],
        illuminators=[],
        style="direct",
        texts=[("legenda", "lat", "ff. 1r-240v"), ("legenda", "ger", "ff. 241r-300v")],
        script="cursiva",
        decoration=[("penwork", 60)],
        material="paper",
        leaves=302,
        height=310,
        width=215,
        provenance=[("ostheim", "hofsammlung", "1851", "gift", "ms")],
        manifest=("munich-legend", 5),
    ),
    dict(
        key="ovid",
        cls="bmd:Codex",
        name="Vienna Ovid",
        shelf="Cod. 2571",
        shelf_style="e42",
        lib="kammer",
        date=("text", "circa 1350"),
        place=None,
        scribes=[],
        illuminators=[],
        style="crm",
        texts=[("metamorphoses", "lat", "ff. 1r-155v")],
        script="rotunda",
        decoration=[("historiated", 15)],
        material="parchment",
        leaves=156,
        height=250,
        width=170,
        provenance=[("ostheim", "kammer", "1872", "purchase", "event")],
        manifest=("vienna-ovid", 5),
    ),
    dict(
        key="bible",
        cls="bmd:Bible",
        name="Tours Bible",
        shelf="MS lat. 1",
        shelf_style="e42",
        lib="stclothilde",
        date=("0834", "0843", "834-843"),
        place="tours",
        scribes=["anselm"],
        illuminators=["saintomer"],
        style="direct",
        texts=[("biblia", "lat", "ff. 1r-423v"), ("viris", "lat", "ff. 424r-430v")],
        script="caroline",
        decoration=[("miniature", 8)],
        material="parchment",
        leaves=430,
        height=495,
        width=345,
        provenance=[("revolution", "stclothilde", "1796", "confiscation", "event")],
        manifest=("tours-bible", 6),
    ),
    dict(
        key="etym",
        cls="bmd:Codex",
        name=None,
        shelf="MS 411",
        shelf_style="e42",
        lib="brugge",
        date=("1250", "1275", "third quarter of the 13th century"),
        place="ghent",
        scribes=["stiefel"],
        illuminators=[],
        style="crm",
        texts=[("etymologiae", "lat", "ff. 1r-180v")],
        script="textualis",
        decoration=[("penwork", 20)],
        material="parchment",
        leaves=182,
        height=320,
        width=225,
        provenance=[("ferrand", "brugge", "1805", "purchase", "event")],
        manifest=("bruges-411", 5),
    ),
    dict(
        key="moralia",
        cls="bmd:Codex",
        name="Milan Moralia",
        shelf="MS E. 22",
        shelf_style="e42",
        lib="eustorgio",
        date=("1100", "1125", "early 12th century"),
        place="milan",
        scribes=["vendramin"],
        illuminators=[],
        style="direct",
        texts=[("moralia", "lat", "ff. 1r-280v")],
        script="caroline",
        decoration=[("historiated", 35)],
        material="parchment",
        leaves=282,
        height=400,
        width=280,
        provenance=[],
        owners=[],
        manifest=None,
    ),
    dict(
        key="troilus",
        cls="bmd:Codex",
        name="Corbin Troilus",
        shelf="MS 61",
        shelf_style="dcterms",
        lib="corbin",
        date=("1415", "1425", "c. 1415-1425"),
        place="london",
        scribes=["hawkwood"],
        illuminators=["brailes"],
        style="crm",
        texts=[("troilus", "enm", "ff. 1v-151r")],
        script="bastarda",
        decoration=[("miniature", 1), ("border", 40)],
        material="parchment",
        leaves=152,
        height=315,
        width=220,
        provenance=[("dorsey", "corbin", "1939", "bequest", "event")],
        owners=["fenwick"],
        manifest=("corbin-troilus", 6),
    ),
    dict(
        key="avignon",
        cls="bmd:BookOfHours",
        name="Avignon Hours",
        shelf="MS 1038",
        shelf_style="e42",
        lib="fitzalan",
        date=("1370", "1380", "1370s"),
        place="avignon",
        scribes=["coquerel"],
        illuminators=["goldenvine", "maillard"],
        style="crm",
        texts=[("horae", "lat", "ff. 1r-140v")],
        script="textualis",
        decoration=[("miniature", 12), ("grisaille", 12)],
        material="parchment",
        leaves=144,
        height=170,
        width=120,
        provenance=[
            ("valcourt", "dorsey", "1898", "purchase", "event"),
            ("dorsey", "fitzalan", "1939", "bequest", "event"),
        ],
        manifest=("avignon-hours", 6),
    ),
    dict(
        key="ghentpsalter",
        cls="bmd:Psalter",
        name="Ghent Psalter",
        shelf="MS 233",
        shelf_style="e42",
        lib="fitzalan",
        date=("1320", "1330", "c. 1320-1330"),
        place="ghent",
        scribes=["stiefel"],
        illuminators=["vandamme"],
        style="direct",
        texts=[("psalterium", "lat", "ff. 7r-150v")],
        script="textualis",
        decoration=[("historiated", 10), ("border", 150)],
        material="parchment",
        leaves=158,
        height=250,
        width=170,
        provenance=[("ostheim", "fitzalan", "1883", "bequest", "ms")],
        manifest=("ghent-psalter", 6),
    ),
    dict(
        key="kammerbible",
        cls="bmd:Bible",
        name="Wenzel Bible fragment",
        shelf="Cod. 2759",
        shelf_style="dcterms",
        lib="kammer",
        date=("1390", "1400", "1390s"),
        place="vienna",
        scribes=["agnes"],
        illuminators=["goldenvine"],
        style="crm",
        texts=[("biblia", "ger", "ff. 1r-60v")],
        script="bastarda",
        decoration=[("miniature", 40)],
        material="parchment",
        leaves=62,
        height=530,
        width=370,
        provenance=[],
        owners=["ostheim"],
        manifest=("wenzel-fragment", 5),
    ),
]

SALE_PRICES = {
    ("lisle", "fenwick"): "£420",
    ("fenwick", "corbinwm"): "£1,150",
    ("valcourt", "dorsey"): "£3,800",
}

# annotations: (manifest slug, canvas index, motivation, body, scholar, year) - a body is text
# (with its language) or a person key (identifying)
ANNOTATIONS: list[tuple[str, int, str, Any, str, str]] = [
    ("valcourt-hours", 2, "transcribing", ("Domine labia mea aperies", "la"), "marchetti", "2019"),
    ("valcourt-hours", 2, "identifying", "catherine", "marchetti", "2019"),
    (
        "valcourt-hours",
        5,
        "commenting",
        ("The border is by a second hand of the Golden Vine workshop.", "en"),
        "dufresne",
        "2020",
    ),
    ("valcourt-hours", 7, "identifying", "valcourt", "dufresne", "2021"),
    ("lisle-hours", 1, "identifying", "lisle", "dufresne", "2020"),
    (
        "lisle-hours",
        3,
        "transcribing",
        ("Obsecro te domina sancta Maria", "la"),
        "wierzbicki",
        "2018",
    ),
    (
        "mariaberg-psalter",
        0,
        "transcribing",
        ("Beatus vir qui non abiit", "la"),
        "wierzbicki",
        "2017",
    ),
    (
        "mariaberg-psalter",
        4,
        "commenting",
        ("Erasure and later correction in the lower margin.", "en"),
        "wierzbicki",
        "2017",
    ),
    (
        "haldane-augustine",
        1,
        "describing",
        ("Ownership inscription of Haldane College, 15th century.", "en"),
        "oyarzabal",
        "2022",
    ),
    ("whitcombe-boethius", 3, "identifying", "boethius", "oyarzabal", "2022"),
    ("york-bede", 0, "transcribing", ("Britannia oceani insula", "la"), "marchetti", "2016"),
    (
        "ardinghelli-dante",
        1,
        "transcribing",
        ("Nel mezzo del cammin di nostra vita", "it"),
        "marchetti",
        "2018",
    ),
    ("ardinghelli-dante", 4, "identifying", "dante", "oyarzabal", "2021"),
    ("bedford-rose", 2, "identifying", "bedford", "dufresne", "2019"),
    (
        "bedford-rose",
        4,
        "commenting",
        ("Grisaille figures added c. 1420.", "en"),
        "dufresne",
        "2019",
    ),
    ("munich-legend", 2, "identifying", "george", "wierzbicki", "2023"),
    (
        "vienna-ovid",
        1,
        "transcribing",
        ("In nova fert animus mutatas dicere formas", "la"),
        "oyarzabal",
        "2020",
    ),
    ("tours-bible", 0, "identifying", "jerome", "marchetti", "2015"),
    (
        "tours-bible",
        3,
        "commenting",
        ("Canon tables in gold and silver.", "en"),
        "marchetti",
        "2015",
    ),
    ("bruges-411", 1, "commenting", ("Quire signatures cropped.", "en"), "wierzbicki", "2024"),
    ("corbin-troilus", 0, "identifying", "chaucer", "oyarzabal", "2023"),
    ("avignon-hours", 3, "identifying", "catherine", "dufresne", "2022"),
    ("ghent-psalter", 2, "identifying", "george", "wierzbicki", "2021"),
    (
        "wenzel-fragment",
        1,
        "transcribing",
        ("Im anbeginne schuf got himel und erde", "de"),
        "oyarzabal",
        "2024",
    ),
]

PROPS = {  # the catalogue's own properties: (label, comment, subPropertyOf)
    "scribe": (
        "scribe",
        "The person who copied the text of the manuscript.",
        "dcterms:contributor",
    ),
    "illuminator": (
        "illuminator",
        "The artist who painted the miniatures and decoration.",
        "dcterms:contributor",
    ),
    "script": ("script", "The script (hand) in which the main text is written.", None),
    "decoration": (
        "decoration",
        "A kind of decoration found in the manuscript, with its count.",
        None,
    ),
    "count": ("number of occurrences", None, None),
    "folios": ("folio range", "The leaves on which a text is found.", None),
    "price": ("price paid", None, None),
}

FOLIO_SIDES = ("r", "v")


def concept(scheme: str, key: str) -> str:
    return f"concepts/{scheme}/{key}"


def timespan(year_or_range: tuple[str, ...]) -> dict[str, Any]:
    if year_or_range[0] == "at":
        return {
            "type": "crm:E52_Time-Span",
            "crm:P82_at_some_time_within": {"@value": year_or_range[1], "@type": "xsd:gYear"},
        }
    b, e, text = year_or_range
    return {
        "type": "crm:E52_Time-Span",
        "rdfs:label": text,
        "crm:P82a_begin_of_the_begin": {"@value": b, "@type": "xsd:gYear"},
        "crm:P82b_end_of_the_end": {"@value": e, "@type": "xsd:gYear"},
    }


def build() -> dict[str, Any]:
    rng = random.Random(53)
    g: list[dict[str, Any]] = []
    # ontology: classes in a hierarchy, a few property declarations (inverses on some only)
    g += [
        {
            "id": "bmd:Codex",
            "type": "rdfs:Class",
            "rdfs:subClassOf": {"id": "crm:E22_Human-Made_Object"},
            "label": lab("codex", fr="codex"),
        },
        {
            "id": "bmd:BookOfHours",
            "type": "rdfs:Class",
            "rdfs:subClassOf": {"id": "bmd:Codex"},
            "label": lab("book of hours", fr="livre d'heures"),
        },
        {
            "id": "bmd:Psalter",
            "type": "rdfs:Class",
            "rdfs:subClassOf": {"id": "bmd:Codex"},
            "label": lab("psalter"),
        },
        {
            "id": "bmd:Bible",
            "type": "rdfs:Class",
            "rdfs:subClassOf": {"id": "bmd:Codex"},
            "label": lab("bible"),
        },
        {
            "id": "bmd:Library",
            "type": "rdfs:Class",
            "rdfs:subClassOf": {"id": "crm:E74_Group"},
            "label": lab("library"),
        },
        {
            "id": "bmd:MonasticLibrary",
            "type": "rdfs:Class",
            "rdfs:subClassOf": {"id": "bmd:Library"},
            "label": lab("monastic library"),
        },
        {
            "id": "bmd:Museum",
            "type": "rdfs:Class",
            "rdfs:subClassOf": {"id": "crm:E74_Group"},
            "label": lab("museum"),
        },
        {
            "id": "crm:P24i_changed_ownership_through",
            "owl:inverseOf": {"id": "crm:P24_transferred_title_of"},
            "label": lab("changed ownership through"),
        },
        {"id": "crm:P24_transferred_title_of", "label": lab("transferred title of")},
        {
            "id": "crm:P138i_has_representation",
            "owl:inverseOf": {"id": "crm:P138_represents"},
            "label": lab("has representation"),
        },
        {
            "id": "crm:P50_has_current_keeper",
            "label": lab("has current keeper"),
            "rdfs:comment": "The institution that holds the manuscript today.",
        },
        {"id": "crm:P51_has_former_or_current_owner", "label": lab("has former or current owner")},
    ]
    for key, (label, comment, sup) in PROPS.items():
        node: dict[str, Any] = {"id": f"bmd:{key}", "type": "rdf:Property", "label": lab(label)}
        if comment:
            node["rdfs:comment"] = comment
        if sup:
            node["rdfs:subPropertyOf"] = {"id": sup}
        g.append(node)
    # SKOS schemes
    for scheme, concepts in CONCEPTS.items():
        g.append(
            {"id": f"concepts/{scheme}", "type": "skos:ConceptScheme", "prefLabel": lab(scheme)}
        )
        for key, (en, other, alts, broader, notation) in concepts.items():
            c: dict[str, Any] = {
                "id": concept(scheme, key),
                "type": "skos:Concept",
                "prefLabel": lab(en, **other),
                "inScheme": f"concepts/{scheme}",
                "notation": notation,
            }
            if alts:
                c["altLabel"] = {"en": alts}
            if broader:
                c["broader"] = concept(scheme, broader)
            g.append(c)
    for code, (en, native) in LANGS.items():
        g.append(
            {
                "id": f"languages/{code}",
                "type": "crm:E56_Language",
                "label": lab(en),
                "altLabel": {"und": [native]},
                "skos:notation": code,
            }
        )
    for key, (en, other, qid) in CITIES.items():
        g.append(
            {
                "id": f"places/{key}",
                "type": "crm:E53_Place",
                "label": lab(en, **other),
                "sameAs": f"wd:{qid}",
            }
        )
    for key, (cls, en, other, city, founded) in LIBRARIES.items():
        g.append(
            {
                "id": f"agents/{key}",
                "type": cls,
                "label": lab(en, **other),
                "crm:P74_has_current_or_former_residence": {"id": f"places/{city}"},
                "crm:P95i_was_formed_by": {
                    "type": "crm:E66_Formation",
                    "crm:P4_has_time-span": {
                        "type": "crm:E52_Time-Span",
                        "crm:P82_at_some_time_within": {"@value": founded, "@type": "xsd:gYear"},
                    },
                },
            }
        )
    for key, (label, alts, cls, same, born, died) in PERSONS.items():
        p: dict[str, Any] = {"id": f"agents/{key}", "type": cls}
        if label:
            p["label"] = lab(label)
        else:
            p["crm:P1_is_identified_by"] = {
                "type": "crm:E41_Appellation",
                "crm:P190_has_symbolic_content": "Wulfric",
            }
        if alts:
            p["altLabel"] = alts
        if same:
            p["sameAs"] = same
        if born:
            p["crm:P98i_was_born"] = {
                "type": "crm:E67_Birth",
                "crm:P4_has_time-span": timespan(("at", born)),
            }
        if died:
            p["crm:P100i_died_in"] = {
                "type": "crm:E69_Death",
                "crm:P4_has_time-span": timespan(("at", died)),
            }
        g.append(p)
    for key, (name, orcid) in SCHOLARS.items():
        g.append(
            {
                "id": f"scholars/{key}",
                "type": "foaf:Person",
                "name": name,
                "dcterms:identifier": f"https://orcid.org/{orcid}",
            }
        )
    for key, (title, en, authors, how, lang) in WORKS.items():
        w: dict[str, Any] = {
            "id": f"works/{key}",
            "type": "lrmoo:F1_Work",
            "label": {"la" if lang == "lat" else "und": title},
        }
        if en and en != title:
            w["altLabel"] = {"en": [en]}
        if authors and how == "creator":
            w["creator"] = [f"agents/{a}" for a in authors]
        elif authors:
            w["lrmoo:R16i_was_created_by"] = {
                "type": "lrmoo:F27_Work_Creation",
                "crm:P14_carried_out_by": [{"id": f"agents/{a}"} for a in authors],
            }
        w["crm:P72_has_language"] = {"id": f"languages/{lang}"}
        g.append(w)
    for m in MSS:
        g += manuscript(m, rng)
    g += annotations(rng)
    return {"@context": _ctx(), "@graph": g}


def manuscript(m: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    iri = f"manuscripts/{m['key']}"
    node: dict[str, Any] = {"id": iri, "type": m["cls"]}
    lib = LIBRARIES[m["lib"]]
    city = CITIES[lib[3]][0]
    if m["name"]:
        node["label"] = lab(m["name"])
    node["dcterms:bibliographicCitation"] = f"{city}, {lib[1]}, {m['shelf']}"
    if m["shelf_style"] == "e42":
        node["crm:P1_is_identified_by"] = {
            "type": "crm:E42_Identifier",
            "crm:P190_has_symbolic_content": m["shelf"],
            "crm:P2_has_type": {"id": concept("idtypes", "shelfmark")},
        }
    else:
        node["dcterms:identifier"] = m["shelf"]
    node["crm:P50_has_current_keeper"] = {"id": f"agents/{m['lib']}"}
    date = m["date"]
    if date[0] == "text":
        node["dcterms:date"] = date[1]
        prod: dict[str, Any] = {"type": "crm:E12_Production"}
    else:
        prod = {"type": "crm:E12_Production", "crm:P4_has_time-span": timespan(date)}
    if m["place"]:
        prod["crm:P7_took_place_at"] = {"id": f"places/{m['place']}"}
    if m["style"] == "crm":
        parts = [("scribe", p) for p in m["scribes"]] + [
            ("illumination", p) for p in m["illuminators"]
        ]
        if parts:
            prod["crm:P9_consists_of"] = [
                {
                    "type": "crm:E12_Production",
                    "crm:P2_has_type": {"id": concept("roles", r)},
                    "crm:P14_carried_out_by": {"id": f"agents/{p}"},
                }
                for r, p in parts
            ]
    else:
        if m["scribes"]:
            node["bmd:scribe"] = [{"id": f"agents/{p}"} for p in m["scribes"]]
        if m["illuminators"]:
            node["bmd:illuminator"] = [{"id": f"agents/{p}"} for p in m["illuminators"]]
    node["crm:P108i_was_produced_by"] = prod
    node["crm:P128_carries"] = [
        {
            "type": "lrmoo:F2_Expression",
            "lrmoo:R3i_realises": {"id": f"works/{w}"},
            "crm:P72_has_language": {"id": f"languages/{lang}"},
            "bmd:folios": folios,
        }
        for w, lang, folios in m["texts"]
    ]
    node["bmd:script"] = {"id": concept("scripts", m["script"])}
    node["bmd:decoration"] = [
        {
            "type": "crm:E25_Human-Made_Feature",
            "crm:P2_has_type": {"id": concept("decoration", d)},
            "bmd:count": {"@value": str(n), "@type": "xsd:integer"},
        }
        for d, n in m["decoration"]
    ]
    node["crm:P45_consists_of"] = {"id": concept("materials", m["material"])}
    node["crm:P57_has_number_of_parts"] = {"@value": str(m["leaves"]), "@type": "xsd:integer"}
    node["crm:P43_has_dimension"] = [
        {
            "type": "crm:E54_Dimension",
            "crm:P2_has_type": {"id": f"concepts/dimensions/{k}"},
            "crm:P90_has_value": {"@value": str(v), "@type": "xsd:decimal"},
            "crm:P91_has_unit": {"id": "concepts/units/mm"},
        }
        for k, v in (("height", m["height"]), ("width", m["width"]))
    ]
    owners = m.get("owners", [])
    if owners:
        node["crm:P51_has_former_or_current_owner"] = [{"id": f"agents/{o}"} for o in owners]
    for i, (frm, to, year, kind, side) in enumerate(m["provenance"]):
        acq: dict[str, Any] = {
            "id": f"provenance/{m['key']}-{i + 1}",
            "type": "crm:E8_Acquisition",
            "crm:P2_has_type": {"id": concept("acquisition", kind)},
            "crm:P23_transferred_title_from": {"id": f"agents/{frm}"},
            "crm:P22_transferred_title_to": {"id": f"agents/{to}"},
            "crm:P4_has_time-span": timespan(("at", year)),
        }
        if (frm, to) in SALE_PRICES:
            acq["bmd:price"] = SALE_PRICES[(frm, to)]
        if side == "event":
            acq["crm:P24_transferred_title_of"] = {"id": iri}
        else:
            node.setdefault("crm:P24i_changed_ownership_through", []).append({"id": acq["id"]})
        out.append(acq)
    if m["manifest"]:
        slug, n = m["manifest"]
        man = f"iiif/{slug}/manifest"
        canvases = []
        folio = rng.randint(1, 20)
        for c in range(n):
            side = FOLIO_SIDES[c % 2]
            label = f"f. {folio}{side}"
            if side == "v":
                folio += rng.randint(1, 30)
            canvases.append(
                {
                    "id": f"iiif/{slug}/canvas/{c + 1}",
                    "type": "Canvas",
                    "label": {"none": label},
                    "height": 4000 + rng.randint(0, 1500),
                    "width": 3000 + rng.randint(0, 1000),
                    "partOf": man,
                }
            )
        mf: dict[str, Any] = {
            "id": man,
            "type": "Manifest",
            "label": lab(m["name"] or node["dcterms:bibliographicCitation"]),
            "summary": lab(f"Digitised {lib[1]} {m['shelf']}."),
            "navDate": f"{date[1] if date[0] != 'text' else '1350'}-01-01T00:00:00Z",
            "rights": "http://creativecommons.org/licenses/by-nc/4.0/",
            "provider": f"agents/{m['lib']}",
            "items": [c["id"] for c in canvases],
        }
        if m["key"] in {"ms112", "dante", "bible", "troilus"}:
            node["crm:P138i_has_representation"] = {"id": man}
        else:
            mf["crm:P138_represents"] = {"id": iri}
        out.append(mf)
        out += canvases
    out.insert(0, node)
    return out


def annotations(rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for i, (slug, canvas, motivation, body, scholar, year) in enumerate(ANNOTATIONS):
        target: Any = f"iiif/{slug}/canvas/{canvas + 1}"
        if i % 3 == 1:  # a region of the canvas
            target = {
                "type": "oa:SpecificResource",
                "source": target,
                "selector": {
                    "type": "oa:FragmentSelector",
                    "value": f"xywh={rng.randint(100, 900)},{rng.randint(100, 1900)},800,600",
                    "dcterms:conformsTo": {"id": "http://www.w3.org/TR/media-frags/"},
                },
            }
        if isinstance(body, tuple):
            b: Any = {
                "type": "oa:TextualBody",
                "value": body[0],
                "language": body[1],
                "format": "text/plain",
            }
        else:
            b = f"agents/{body}"
        out.append(
            {
                "id": f"annotations/{i + 1}",
                "type": "Annotation",
                "motivation": f"oa:{motivation}",
                "target": target,
                "body": b,
                "creator": f"scholars/{scholar}",
                "created": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(8, 18):02d}:00:00Z",
            }
        )
    return out


def main() -> None:
    doc = build()
    (HERE / "manuscripts.jsonld").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
