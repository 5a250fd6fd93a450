# ruff: noqa: E501  (one record a line)
"""Write ``heritage.rdf``: a cultural-heritage aggregator's records in the Europeana Data Model, RDF/XML.

The shape is what Europeana's OAI-PMH endpoint (``metadataPrefix=edm``) and its Record API's
``.rdf`` deliver, EDM "external" as the providers submit it (https://pro.europeana.eu/page/edm-documentation):

* ``edm:ProvidedCHO`` nodes, IRIs ``http://data.europeana.eu/item/<dataset>/<local id>`` with the
  opaque local ids Europeana keeps (``/item/2048128/_SK_A_2344``, ``/item/90402/_a3f9c1``);
  ``dc:title`` and ``dc:description`` in several languages (``xml:lang``), ``dc:creator`` an
  ``edm:Agent`` IRI for the well-known artists and a plain string (``Olie, Jacob``, ``anoniem``)
  for the rest, ``dc:type`` and ``dc:subject`` sometimes literals and sometimes ``skos:Concept`` IRIs
  (Getty AAT), ``dcterms:created`` free text (``ca. 1660``, ``1642``, ``664-332 BC``),
  ``dcterms:medium`` (language-tagged or plain), ``dc:identifier`` (inventory numbers),
  ``dcterms:temporal`` an ``edm:TimeSpan``, ``dc:language`` on texts, ``edm:type``
  ``IMAGE`` / ``TEXT`` / ``3D``;
* ``ore:Aggregation`` nodes (``http://data.europeana.eu/aggregation/provider/...``):
  ``edm:aggregatedCHO``, ``edm:dataProvider`` and ``edm:provider`` (a ``foaf:Organization`` IRI or a
  literal, as providers send either), ``edm:isShownAt`` / ``edm:isShownBy`` (IRIs), ``edm:rights``
  a Creative Commons or rightsstatements.org IRI, which the file never labels;
* ``edm:WebResource`` nodes (``dc:format``, ``ebucore:hasMimeType``, ``ebucore:width`` /
  ``ebucore:height`` as ``xsd:integer``, ``edm:rights``);
* contextual entities once each: ``edm:Agent`` (``skos:prefLabel`` in several languages,
  ``skos:altLabel``, ``rdaGr2:dateOfBirth``, ``rdaGr2:placeOfBirth`` an ``edm:Place`` IRI,
  ``rdaGr2:professionOrOccupation``), ``edm:Place`` (GeoNames IRIs, ``wgs84_pos:lat`` /
  ``wgs84_pos:long``, ``skos:prefLabel`` in several languages, ``dcterms:isPartOf`` the country),
  ``edm:TimeSpan`` (``skos:prefLabel``, ``edm:begin``, ``edm:end``), ``skos:Concept`` (AAT IRIs,
  ``skos:prefLabel`` in several languages), ``foaf:Organization`` (``skos:prefLabel``,
  ``skos:altLabel``, ``edm:country``).

Seeded; stdlib only. Run from the repository root: ``python bench/data/own/heritage_make.py``.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).parent
RNG = random.Random(28)
EU = "http://data.europeana.eu/"
GN = "https://sws.geonames.org/"
AAT = "http://vocab.getty.edu/aat/"
ORG = EU + "organization/"
AG = EU + "agent/base/"

PD = "http://creativecommons.org/publicdomain/mark/1.0/"
CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
BY = "http://creativecommons.org/licenses/by/4.0/"
BYSA = "http://creativecommons.org/licenses/by-sa/4.0/"
INC = "http://rightsstatements.org/vocab/InC/1.0/"
NOCNC = "http://rightsstatements.org/vocab/NoC-NC/1.0/"

# GeoNames id: labels {lang: label}, lat, long, country id (None: a country)
PLACES = {
    "2750405": (
        {"en": "Netherlands", "nl": "Nederland", "de": "Niederlande", "fr": "Pays-Bas"},
        52.25,
        5.75,
        None,
    ),
    "2802361": (
        {"en": "Belgium", "nl": "België", "de": "Belgien", "fr": "Belgique"},
        50.75,
        4.5,
        None,
    ),
    "3017382": (
        {"en": "France", "fr": "France", "de": "Frankreich", "nl": "Frankrijk"},
        46.0,
        2.0,
        None,
    ),
    "2510769": (
        {"en": "Spain", "es": "España", "de": "Spanien", "fr": "Espagne"},
        40.0,
        -4.0,
        None,
    ),
    "2921044": (
        {"en": "Germany", "de": "Deutschland", "fr": "Allemagne", "nl": "Duitsland"},
        51.5,
        10.5,
        None,
    ),
    "2661886": (
        {"en": "Sweden", "sv": "Sverige", "de": "Schweden", "fr": "Suède"},
        62.0,
        15.0,
        None,
    ),
    "2757345": ({"en": "Delft", "nl": "Delft"}, 52.00667, 4.35556, "2750405"),
    "2751773": ({"en": "Leiden", "nl": "Leiden", "fr": "Leyde"}, 52.15833, 4.49306, "2750405"),
    "2755003": ({"en": "Haarlem", "nl": "Haarlem"}, 52.38084, 4.63683, "2750405"),
    "2759794": ({"en": "Amsterdam", "nl": "Amsterdam"}, 52.37403, 4.88969, "2750405"),
    "2743856": ({"en": "Zundert", "nl": "Zundert"}, 51.47167, 4.65556, "2750405"),
    "2747891": ({"en": "Rotterdam", "nl": "Rotterdam"}, 51.9225, 4.47917, "2750405"),
    "2803138": (
        {"en": "Antwerp", "nl": "Antwerpen", "fr": "Anvers", "de": "Antwerpen"},
        51.21989,
        4.40346,
        "2802361",
    ),
    "2831580": ({"en": "Siegen", "de": "Siegen"}, 50.87481, 8.02431, "2921044"),
    "2988507": ({"en": "Paris", "fr": "Paris"}, 48.85341, 2.3488, "3017382"),
    "2510911": ({"en": "Seville", "es": "Sevilla", "fr": "Séville"}, 37.38283, -5.97317, "2510769"),
    "2691459": ({"en": "Mora", "sv": "Mora"}, 61.00704, 14.5430, "2661886"),
    "2673730": ({"en": "Stockholm", "sv": "Stockholm"}, 59.32938, 18.06871, "2661886"),
}

PAINTER = "http://vocab.getty.edu/aat/300025136"  # painters (artists)
SCULPTOR = "http://vocab.getty.edu/aat/300025181"
PHOTOGRAPHER = "http://vocab.getty.edu/aat/300025687"

# agent key: IRI local id, labels {lang: label}, alt labels, birth date, birth place id, occupation
AGENTS = {
    "vermeer": (
        "60305",
        {"en": "Johannes Vermeer", "nl": "Johannes Vermeer", "fr": "Johannes Vermeer"},
        ["Jan Vermeer", "Vermeer van Delft"],
        "1632-10-31",
        "2757345",
        PAINTER,
    ),
    "rembrandt": (
        "60886",
        {"en": "Rembrandt van Rijn", "nl": "Rembrandt van Rijn", "de": "Rembrandt"},
        ["Rembrandt Harmenszoon van Rijn", "Rembrandt"],
        "1606-07-15",
        "2751773",
        PAINTER,
    ),
    "hals": (
        "146741",
        {"en": "Frans Hals", "nl": "Frans Hals"},
        ["Frans Hals de Oude"],
        "1582",
        "2803138",
        PAINTER,
    ),
    "steen": (
        "59832",
        {"en": "Jan Steen", "nl": "Jan Havickszoon Steen"},
        ["Jan Havicksz. Steen"],
        "1626",
        "2751773",
        PAINTER,
    ),
    "vangogh": (
        "59904",
        {"en": "Vincent van Gogh", "nl": "Vincent van Gogh", "fr": "Vincent van Gogh"},
        ["Vincent Willem van Gogh"],
        "1853-03-30",
        "2743856",
        PAINTER,
    ),
    "rubens": (
        "60404",
        {"en": "Peter Paul Rubens", "nl": "Peter Paul Rubens", "de": "Peter Paul Rubens"},
        ["Pieter Pauwel Rubens"],
        "1577-06-28",
        "2831580",
        PAINTER,
    ),
    "leyster": (
        "147452",
        {"en": "Judith Leyster", "nl": "Judith Leyster"},
        ["Judith Jans Leyster"],
        "1609-07-28",
        "2755003",
        PAINTER,
    ),
    "velazquez": (
        "61143",
        {"en": "Diego Velázquez", "es": "Diego Velázquez", "fr": "Diego Vélasquez"},
        ["Diego Rodríguez de Silva y Velázquez"],
        "1599-06-06",
        "2510911",
        PAINTER,
    ),
    "rodin": (
        "60721",
        {"en": "Auguste Rodin", "fr": "Auguste Rodin"},
        ["François Auguste René Rodin"],
        "1840-11-12",
        "2988507",
        SCULPTOR,
    ),
    "zorn": (
        "62051",
        {"en": "Anders Zorn", "sv": "Anders Zorn"},
        ["Anders Leonard Zorn"],
        "1860-02-18",
        "2691459",
        PAINTER,
    ),
    "avercamp": (
        "145370",
        {"en": "Hendrick Avercamp", "nl": "Hendrick Avercamp"},
        ["De Stomme van Kampen"],
        "1585-01-27",
        "2759794",
        PAINTER,
    ),
    "ruisdael": (
        "60562",
        {"en": "Jacob van Ruisdael", "nl": "Jacob Isaacksz. van Ruisdael"},
        [],
        "ca. 1629",
        "2755003",
        PAINTER,
    ),
    "larsson": (
        "148802",
        {"en": "Carl Larsson", "sv": "Carl Larsson"},
        ["Carl Olof Larsson"],
        "1853-05-28",
        "2673730",
        PAINTER,
    ),
    "peeters": (
        "150233",
        {"en": "Clara Peeters", "nl": "Clara Peeters"},
        [],
        "ca. 1594",
        "2803138",
        PAINTER,
    ),
    "breitner": (
        "58871",
        {"en": "George Hendrik Breitner", "nl": "George Hendrik Breitner"},
        ["G.H. Breitner"],
        "1857-09-12",
        "2747891",
        PHOTOGRAPHER,
    ),
    "claudel": (
        "152218",
        {"en": "Camille Claudel", "fr": "Camille Claudel"},
        [],
        "1864-12-08",
        None,
        SCULPTOR,
    ),
}

# concept: AAT id, labels
CONCEPTS = {
    "painting": (
        "300033618",
        {"en": "painting", "nl": "schilderij", "de": "Gemälde", "fr": "peinture"},
    ),
    "portrait": (
        "300015637",
        {"en": "portrait", "nl": "portret", "de": "Porträt", "fr": "portrait"},
    ),
    "landscape": (
        "300015636",
        {"en": "landscape", "nl": "landschap", "de": "Landschaft", "fr": "paysage"},
    ),
    "stilllife": (
        "300015638",
        {"en": "still life", "nl": "stilleven", "de": "Stillleben", "fr": "nature morte"},
    ),
    "cityscape": ("300015425", {"en": "cityscape", "nl": "stadsgezicht", "de": "Stadtansicht"}),
    "genre": ("300139140", {"en": "genre scene", "nl": "genrevoorstelling"}),
    "sculpture": (
        "300047090",
        {"en": "sculpture", "nl": "beeldhouwwerk", "fr": "sculpture", "de": "Skulptur"},
    ),
    "amphora": ("300198841", {"en": "amphora", "nl": "amfoor", "de": "Amphore"}),
    "statuette": ("300047600", {"en": "statuette", "nl": "beeldje"}),
    "photograph": ("300046300", {"en": "photograph", "nl": "foto", "de": "Fotografie"}),
    "letter": ("300026879", {"en": "letter", "nl": "brief", "fr": "lettre"}),
    "drawing": ("300033973", {"en": "drawing", "nl": "tekening", "de": "Zeichnung"}),
    "winter": ("300132414", {"en": "winter", "nl": "winter"}),
    "seascape": ("300015424", {"en": "seascape", "nl": "zeegezicht"}),
    "mythology": ("300055978", {"en": "mythology", "nl": "mythologie", "fr": "mythologie"}),
    "painter": ("300025136", {"en": "painter", "nl": "schilder", "de": "Maler", "fr": "peintre"}),
    "sculptor": ("300025181", {"en": "sculptor", "nl": "beeldhouwer", "fr": "sculpteur"}),
    "photographer": ("300025687", {"en": "photographer", "nl": "fotograaf"}),
}

TIMESPANS = {
    "pre": (
        "http://semium.org/time/ChronologicalPeriod/antiquity",
        {"en": "Antiquity", "nl": "Oudheid"},
        "-3000",
        "476",
    ),
    "16": (
        "http://semium.org/time/16xx",
        {"en": "17th century", "nl": "17e eeuw", "de": "17. Jahrhundert"},
        "1601-01-01",
        "1700-12-31",
    ),
    "18": (
        "http://semium.org/time/18xx",
        {"en": "19th century", "nl": "19e eeuw", "de": "19. Jahrhundert"},
        "1801-01-01",
        "1900-12-31",
    ),
    "19": (
        "http://semium.org/time/19xx",
        {"en": "20th century", "nl": "20e eeuw", "de": "20. Jahrhundert"},
        "1901-01-01",
        "2000-12-31",
    ),
}

# organisation key: id, labels, alt labels, country code
ORGS = {
    "rijks": (
        "1482250000004671158",
        {"en": "Rijksmuseum", "nl": "Rijksmuseum"},
        ["Rijksmuseum Amsterdam"],
        "NL",
    ),
    "mauritshuis": (
        "1482250000004503580",
        {"en": "Royal Picture Gallery Mauritshuis", "nl": "Mauritshuis"},
        ["Koninklijk Kabinet van Schilderijen Mauritshuis"],
        "NL",
    ),
    "vgm": ("1482250000004671186", {"en": "Van Gogh Museum", "nl": "Van Gogh Museum"}, [], "NL"),
    "nm": (
        "1482250000002112001",
        {"en": "Nationalmuseum Sweden", "sv": "Nationalmuseum"},
        [],
        "SE",
    ),
    "prado": (
        "1482250000004477237",
        {"en": "Prado Museum", "es": "Museo Nacional del Prado"},
        ["Museo del Prado"],
        "ES",
    ),
    "rmo": (
        "1482250000004505037",
        {"en": "National Museum of Antiquities", "nl": "Rijksmuseum van Oudheden"},
        ["RMO"],
        "NL",
    ),
    "dc": (
        "1482250000000371001",
        {"en": "Digital Collection", "nl": "Digitale Collectie"},
        [],
        "NL",
    ),
    "soch": (
        "1482250000004516062",
        {"en": "Swedish Open Cultural Heritage", "sv": "Swedish Open Cultural Heritage | K-samsök"},
        ["K-samsök"],
        "SE",
    ),
    "hispana": ("1482250000004505021", {"en": "Hispana"}, [], "ES"),
}
# data providers sent as literals (no organisation IRI), and literal providers
LIT_MUSEE_RODIN = "Musée Rodin"
LIT_FHM = "Frans Hals Museum"
LIT_KMSKA = "Koninklijk Museum voor Schone Kunsten Antwerpen"
LIT_SAA = "Stadsarchief Amsterdam"
LIT_EF = "Europeana Foundation"
LIT_PHOTOC = "Photoconsortium"

# named records: dataset, local id, titles {lang: title}, creator (agent key or string), created,
# medium {lang: text} (or a plain string), type (concept key or a literal), subjects (concept keys
# or literals), data provider (org key or literal), provider, rights, edm:type, inventory number,
# timespan, description {lang: text}, language (texts)
NAMED = [
    (
        "2048128",
        "_SK_A_2344",
        {
            "en": "The Milkmaid",
            "nl": "Het melkmeisje",
            "fr": "La Laitière",
            "de": "Die Dienstmagd mit Milchkrug",
        },
        "vermeer",
        "ca. 1660",
        {"en": "oil on canvas", "nl": "olieverf op doek"},
        "painting",
        ["genre"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-A-2344",
        "16",
        {
            "en": "A maidservant pours milk, entirely absorbed in her work.",
            "nl": "Een dienstmeid schenkt geconcentreerd melk in.",
        },
        None,
    ),
    (
        "2048128",
        "_SK_C_251",
        {"en": "The Night Watch", "nl": "De Nachtwacht"},
        "rembrandt",
        "1642",
        {"en": "oil on canvas", "nl": "olieverf op doek"},
        "painting",
        ["portrait"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-C-5",
        "16",
        {"en": "Militia Company of District II under the Command of Captain Frans Banninck Cocq."},
        None,
    ),
    (
        "2048128",
        "_SK_A_2860",
        {"en": "The Little Street", "nl": "Het straatje"},
        "vermeer",
        "ca. 1658",
        {"en": "oil on canvas"},
        "painting",
        ["cityscape"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-A-2860",
        "16",
        {"en": "View of houses in Delft."},
        None,
    ),
    (
        "2048128",
        "_SK_A_4050",
        {"en": "Self-portrait as the Apostle Paul", "nl": "Zelfportret als de apostel Paulus"},
        "rembrandt",
        "1661",
        {"en": "oil on canvas"},
        "painting",
        ["portrait"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-A-4050",
        "16",
        None,
        None,
    ),
    (
        "2048128",
        "_SK_A_135",
        {"en": "The Merry Drinker", "nl": "De vrolijke drinker"},
        "hals",
        "ca. 1628-1630",
        {"en": "oil on canvas"},
        "painting",
        ["genre", "portrait"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-A-135",
        "16",
        None,
        None,
    ),
    (
        "2048128",
        "_SK_C_229",
        {"en": "The Merry Family", "nl": "Het vrolijke huisgezin"},
        "steen",
        "1668",
        {"en": "oil on canvas"},
        "painting",
        ["genre"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-C-229",
        "16",
        None,
        None,
    ),
    (
        "2048128",
        "_SK_A_1718",
        {"en": "Winter Landscape with Ice Skaters", "nl": "Winterlandschap met schaatsers"},
        "avercamp",
        "ca. 1608",
        {"en": "oil on panel", "nl": "olieverf op paneel"},
        "painting",
        ["landscape", "winter", "schaatsen"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-A-1718",
        "16",
        None,
        None,
    ),
    (
        "2048128",
        "_SK_C_211",
        {"en": "The Windmill at Wijk bij Duurstede", "nl": "De molen bij Wijk bij Duurstede"},
        "ruisdael",
        "ca. 1668-1670",
        {"en": "oil on canvas"},
        "painting",
        ["landscape"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-C-211",
        "16",
        None,
        None,
    ),
    (
        "2048128",
        "_SK_A_2326",
        {"en": "The Serenade", "nl": "De serenade"},
        "leyster",
        "1629",
        {"en": "oil on panel"},
        "painting",
        ["genre"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-A-2326",
        "16",
        None,
        None,
    ),
    (
        "2048128",
        "_SK_A_3584",
        {"en": "Girl in a White Kimono", "nl": "Meisje in witte kimono"},
        "Breitner, George Hendrik",
        "1894",
        {"en": "oil on canvas"},
        "painting",
        ["portrait"],
        "rijks",
        "dc",
        PD,
        "IMAGE",
        "SK-A-3584",
        "18",
        None,
        None,
    ),
    (
        "2021672",
        "_resource_document_mauritshuis_670",
        {"en": "Girl with a Pearl Earring", "nl": "Meisje met de parel"},
        "vermeer",
        "ca. 1665",
        {"en": "oil on canvas"},
        "painting",
        ["portrait"],
        "mauritshuis",
        "dc",
        CC0,
        "IMAGE",
        "670",
        "16",
        {"en": "A girl with an exotic turban and a large pearl looks over her shoulder."},
        None,
    ),
    (
        "2021672",
        "_resource_document_mauritshuis_92",
        {"en": "View of Delft", "nl": "Gezicht op Delft"},
        "vermeer",
        "ca. 1660-1661",
        {"en": "oil on canvas"},
        "painting",
        ["cityscape"],
        "mauritshuis",
        "dc",
        CC0,
        "IMAGE",
        "92",
        "16",
        None,
        None,
    ),
    (
        "2021672",
        "_resource_document_mauritshuis_146",
        {
            "en": "The Anatomy Lesson of Dr Nicolaes Tulp",
            "nl": "De anatomische les van Dr. Nicolaes Tulp",
        },
        "rembrandt",
        "1632",
        {"en": "oil on canvas"},
        "painting",
        ["portrait"],
        "mauritshuis",
        "dc",
        CC0,
        "IMAGE",
        "146",
        "16",
        None,
        None,
    ),
    (
        "2021672",
        "_resource_document_mauritshuis_742",
        {"en": "As the Old Sing, So Pipe the Young", "nl": "Soo voer gesongen, soo na gepepen"},
        "steen",
        "ca. 1668-1670",
        {"en": "oil on canvas"},
        "painting",
        ["genre"],
        "mauritshuis",
        "dc",
        CC0,
        "IMAGE",
        "742",
        "16",
        None,
        None,
    ),
    (
        "2021672",
        "_resource_document_mauritshuis_155",
        {"en": "View of Haarlem with Bleaching Fields", "nl": "Gezicht op Haarlem met bleekvelden"},
        "ruisdael",
        "ca. 1670-1675",
        {"en": "oil on canvas"},
        "painting",
        ["landscape"],
        "mauritshuis",
        "dc",
        CC0,
        "IMAGE",
        "155",
        "16",
        None,
        None,
    ),
    (
        "2021672",
        "_resource_document_mauritshuis_1203",
        {
            "en": "Still Life with Cheeses, Almonds and Pretzels",
            "nl": "Stilleven met kazen, amandelen en krakelingen",
        },
        "peeters",
        "ca. 1615",
        {"en": "oil on panel"},
        "painting",
        ["stilllife"],
        "mauritshuis",
        "dc",
        CC0,
        "IMAGE",
        "1203",
        "16",
        None,
        None,
    ),
    (
        "2021672",
        "_resource_document_mauritshuis_459",
        {"en": "Portrait of Jacob Olycan", "nl": "Portret van Jacob Olycan"},
        "hals",
        "1625",
        {"en": "oil on canvas"},
        "painting",
        ["portrait"],
        "mauritshuis",
        "dc",
        CC0,
        "IMAGE",
        "459",
        "16",
        None,
        None,
    ),
    (
        "2048405",
        "_s0001V1962",
        {"en": "The Potato Eaters", "nl": "De aardappeleters"},
        "vangogh",
        "1885",
        {"en": "oil on canvas"},
        "painting",
        ["genre"],
        "vgm",
        "dc",
        PD,
        "IMAGE",
        "s0005V1962",
        "18",
        None,
        None,
    ),
    (
        "2048405",
        "_s0031V1962",
        {"en": "Sunflowers", "nl": "Zonnebloemen"},
        "vangogh",
        "1889",
        {"en": "oil on canvas"},
        "painting",
        ["stilllife"],
        "vgm",
        "dc",
        PD,
        "IMAGE",
        "s0031V1962",
        "18",
        None,
        None,
    ),
    (
        "2048405",
        "_s0047V1962",
        {"en": "The Bedroom", "nl": "De slaapkamer"},
        "vangogh",
        "1888",
        {"en": "oil on canvas"},
        "painting",
        ["genre"],
        "vgm",
        "dc",
        PD,
        "IMAGE",
        "s0047V1962",
        "18",
        None,
        None,
    ),
    (
        "2048405",
        "_b0655V1962",
        {"en": "Letter to Theo van Gogh", "nl": "Brief aan Theo van Gogh"},
        "vangogh",
        "1888-08-18",
        {"en": "pen and ink on paper"},
        "letter",
        [],
        "vgm",
        "dc",
        PD,
        "TEXT",
        "b655 V/1962",
        "18",
        {"en": "Letter written in Arles, with sketches of the sunflower paintings."},
        "nl",
    ),
    (
        "2022362",
        "_Museu_ProviderSource_P001174",
        {"en": "The Ladies-in-waiting", "es": "Las Meninas"},
        "velazquez",
        "1656",
        {"es": "óleo sobre lienzo", "en": "oil on canvas"},
        "painting",
        ["portrait"],
        "prado",
        "hispana",
        PD,
        "IMAGE",
        "P001174",
        "16",
        None,
        None,
    ),
    (
        "2022362",
        "_Museu_ProviderSource_P001172",
        {"en": "The Surrender of Breda", "es": "La rendición de Breda"},
        "velazquez",
        "1634-1635",
        {"es": "óleo sobre lienzo", "en": "oil on canvas"},
        "painting",
        [],
        "prado",
        "hispana",
        PD,
        "IMAGE",
        "P001172",
        "16",
        None,
        None,
    ),
    (
        "2022362",
        "_Museu_ProviderSource_P001638",
        {"en": "The Adoration of the Magi", "es": "La adoración de los Magos"},
        "rubens",
        "1609",
        {"es": "óleo sobre lienzo"},
        "painting",
        ["mythology"],
        "prado",
        "hispana",
        PD,
        "IMAGE",
        "P001638",
        "16",
        None,
        None,
    ),
    (
        "2020601",
        "_https___www_musee_rodin_fr_S_01131",
        {"en": "The Thinker", "fr": "Le Penseur"},
        "rodin",
        "1903",
        "bronze",
        "sculpture",
        [],
        LIT_MUSEE_RODIN,
        LIT_EF,
        INC,
        "3D",
        "S.01131",
        "19",
        None,
        None,
    ),
    (
        "2020601",
        "_https___www_musee_rodin_fr_S_01002",
        {"en": "The Kiss", "fr": "Le Baiser"},
        "rodin",
        "1882",
        "marbre",
        "sculpture",
        [],
        LIT_MUSEE_RODIN,
        LIT_EF,
        INC,
        "3D",
        "S.01002",
        "18",
        None,
        None,
    ),
    (
        "2020601",
        "_https___www_musee_rodin_fr_S_01379",
        {"en": "The Waltz", "fr": "La Valse"},
        "claudel",
        "1889-1905",
        "bronze",
        "sculpture",
        [],
        LIT_MUSEE_RODIN,
        LIT_EF,
        INC,
        "3D",
        "S.01379",
        "18",
        None,
        None,
    ),
    (
        "2063602",
        "_SE_Nationalmuseum_NM_2492",
        {"en": "Midsummer Dance", "sv": "Midsommardans"},
        "zorn",
        "1897",
        {"en": "oil on canvas", "sv": "olja på duk"},
        "painting",
        ["genre"],
        "nm",
        "soch",
        PD,
        "IMAGE",
        "NM 2492",
        "18",
        None,
        None,
    ),
    (
        "2063602",
        "_SE_Nationalmuseum_NM_3262",
        {"en": "Breakfast under the Big Birch", "sv": "Frukost under stora björken"},
        "larsson",
        "1896",
        {"en": "watercolour", "sv": "akvarell"},
        "painting",
        ["genre"],
        "nm",
        "soch",
        PD,
        "IMAGE",
        "NM 3262",
        "18",
        None,
        None,
    ),
    (
        "2063602",
        "_SE_Nationalmuseum_NM_1039",
        {"en": "Portrait of a Young Woman", "sv": "Porträtt av ung kvinna"},
        "rubens",
        "ca. 1620",
        {"en": "oil on panel"},
        "painting",
        ["portrait"],
        "nm",
        "soch",
        PD,
        "IMAGE",
        "NM 1039",
        "16",
        None,
        None,
    ),
    (
        "2020702",
        "_RMO_1_1_2_21",
        {"en": "Amphora with Dionysus", "nl": "Amfoor met Dionysos"},
        "anoniem",
        "ca. 520 BC",
        {"en": "terracotta", "nl": "aardewerk"},
        "amphora",
        ["mythology"],
        "rmo",
        "dc",
        BY,
        "3D",
        "GA 1",
        "pre",
        None,
        None,
    ),
    (
        "2020702",
        "_RMO_F_1938_7_6",
        {"en": "Statue of Horus", "nl": "Beeld van Horus"},
        "anoniem",
        "664-332 BC",
        {"en": "granite", "nl": "graniet"},
        "statuette",
        [],
        "rmo",
        "dc",
        BY,
        "3D",
        "F 1938/7.6",
        "pre",
        None,
        None,
    ),
    (
        "2021641",
        "_publiek_detail_aspx_xmldescid_7281",
        {"en": "Damrak, Amsterdam", "nl": "Damrak gezien naar het Centraal Station"},
        "Olie, Jacob",
        "1891",
        {"en": "albumen print", "nl": "albuminedruk"},
        "photograph",
        ["cityscape"],
        LIT_SAA,
        LIT_PHOTOC,
        NOCNC,
        "IMAGE",
        "OSIE00123000001",
        "18",
        None,
        None,
    ),
    (
        "2021641",
        "_publiek_detail_aspx_xmldescid_7355",
        {"en": "The Dam Square in the Snow", "nl": "De Dam in de sneeuw"},
        "breitner",
        "ca. 1895",
        {"en": "gelatin silver print"},
        "photograph",
        ["winter", "cityscape"],
        LIT_SAA,
        LIT_PHOTOC,
        NOCNC,
        "IMAGE",
        "OSIE00201000034",
        "18",
        None,
        None,
    ),
    (
        "2048128",
        "_SK_A_1505",
        {"en": "The Laughing Boy", "nl": "Lachende jongen"},
        "hals",
        "ca. 1625",
        {"en": "oil on panel"},
        "painting",
        ["portrait"],
        LIT_FHM,
        "dc",
        BYSA,
        "IMAGE",
        "os I-118",
        "16",
        None,
        None,
    ),
    (
        "2048128",
        "_KMSKA_313",
        {"en": "Venus Frigida", "nl": "Venus Frigida"},
        "rubens",
        "1614",
        {"en": "oil on panel"},
        "painting",
        ["mythology"],
        LIT_KMSKA,
        "dc",
        CC0,
        "IMAGE",
        "709",
        "16",
        None,
        None,
    ),
]

# generic titles the filler records share (as a portal has them, many times over): en, nl
FILLER_TITLES = [
    ("Portrait of a Man", "Portret van een man", "portrait"),
    ("Portrait of a Woman", "Portret van een vrouw", "portrait"),
    ("River Landscape", "Rivierlandschap", "landscape"),
    ("Winter Landscape", "Winterlandschap", "landscape"),
    ("Still Life with Flowers", "Stilleven met bloemen", "stilllife"),
    ("Study of a Head", "Studie van een hoofd", "drawing"),
    ("Seascape with Ships", "Zeegezicht met schepen", "seascape"),
    ("Interior of a Church", "Kerkinterieur", "genre"),
    ("Landscape with Cows", "Landschap met koeien", "landscape"),
    ("Street View", "Straatgezicht", "cityscape"),
]
FILLER_CREATORS = [
    "anoniem",
    "onbekend",
    "Vinckboons, David",
    "Kobell, Jan",
    "Maris, Jacob",
    "Mesdag, Hendrik Willem",
    "Koekkoek, Barend Cornelis",
    "Mauve, Anton",
    "Israëls, Jozef",
    "Olie, Jacob",
    "Witsen, Willem",
    "hals",
    "ruisdael",
    "avercamp",
    "larsson",
    "zorn",
]
FILLER_MEDIA = [
    ({"en": "oil on canvas", "nl": "olieverf op doek"}, "painting"),
    ({"en": "oil on panel"}, "painting"),
    ({"en": "chalk on paper", "nl": "krijt op papier"}, "drawing"),
    ({"en": "etching"}, "drawing"),
    ({"en": "albumen print"}, "photograph"),
    ("marble", "sculpture"),
    ("bronze", "sculpture"),
]
FILLER_PROVIDERS = [
    ("rijks", "dc"),
    ("mauritshuis", "dc"),
    (LIT_FHM, "dc"),
    ("nm", "soch"),
    (LIT_SAA, LIT_PHOTOC),
    (LIT_KMSKA, "dc"),
]


class Writer:
    """RDF/XML node elements as Europeana writes them (typed nodes, ``rdf:about``)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def node(self, cls: str, iri: str, props: list[tuple[str, object]]) -> None:
        lines = [f"  <{cls} rdf:about={quoteattr(iri)}>"]
        for prop, value in props:
            if value is None:
                continue
            if isinstance(value, Ref):
                lines.append(f"    <{prop} rdf:resource={quoteattr(value.iri)}/>")
            elif isinstance(value, Lang):
                lines.append(f'    <{prop} xml:lang="{value.lang}">{escape(value.text)}</{prop}>')
            elif isinstance(value, Typed):
                lines.append(f'    <{prop} rdf:datatype="{value.dt}">{escape(value.text)}</{prop}>')
            else:
                lines.append(f"    <{prop}>{escape(str(value))}</{prop}>")
        lines.append(f"  </{cls}>")
        self.parts.append("\n".join(lines))


class Ref:
    def __init__(self, iri: str) -> None:
        self.iri = iri


class Lang:
    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang


class Typed:
    def __init__(self, text: str, dt: str) -> None:
        self.text, self.dt = text, dt


XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"


def langs(prop: str, labels: dict[str, str] | str) -> list[tuple[str, object]]:
    if isinstance(labels, str):
        return [(prop, labels)]
    return [(prop, Lang(t, lang)) for lang, t in labels.items()]


def agent_iri(key: str) -> str:
    return AG + AGENTS[key][0]


def concept_or_literal(value: str) -> object:
    return Ref(AAT + CONCEPTS[value][0]) if value in CONCEPTS else Lang(value, "nl")


def org_or_literal(value: str) -> object:
    return Ref(ORG + ORGS[value][0]) if value in ORGS else value


def record(w: Writer, rec: tuple) -> None:
    (
        dataset,
        local,
        titles,
        creator,
        created,
        medium,
        typ,
        subjects,
        dp,
        prov,
        rights,
        etype,
        inv,
        ts,
        desc,
        language,
    ) = rec
    cho = f"{EU}item/{dataset}/{local}"
    props: list[tuple[str, object]] = langs("dc:title", titles)
    if desc:
        props += langs("dc:description", desc)
    props.append(("dc:creator", Ref(agent_iri(creator)) if creator in AGENTS else creator))
    props.append(("dc:identifier", inv))
    props.append(("dc:type", concept_or_literal(typ)))
    props += [("dc:subject", concept_or_literal(s)) for s in subjects]
    if language:
        props.append(("dc:language", language))
    props.append(("dcterms:created", created))
    props += langs("dcterms:medium", medium)
    props.append(("dcterms:temporal", Ref(TIMESPANS[ts][0])))
    props.append(("edm:type", etype))
    w.node("edm:ProvidedCHO", cho, props)
    shown_at = f"https://www.europeana.eu/item/{dataset}/{local}"
    view = (
        f"https://collections.example.org/iiif/{dataset}/{local.strip('_')}/full/max/0/default.jpg"
    )
    w.node(
        "edm:WebResource",
        view,
        [
            ("dc:format", "image/jpeg" if etype != "TEXT" else "application/pdf"),
            ("ebucore:hasMimeType", "image/jpeg" if etype != "TEXT" else "application/pdf"),
            ("ebucore:width", Typed(str(RNG.choice((1200, 2400, 4000))), XSD_INT)),
            ("ebucore:height", Typed(str(RNG.choice((1600, 3000, 5200))), XSD_INT)),
            ("edm:rights", Ref(rights)),
        ],
    )
    w.node(
        "ore:Aggregation",
        f"{EU}aggregation/provider/{dataset}/{local}",
        [
            ("edm:aggregatedCHO", Ref(cho)),
            ("edm:dataProvider", org_or_literal(dp)),
            ("edm:provider", org_or_literal(prov)),
            ("edm:isShownAt", Ref(shown_at)),
            ("edm:isShownBy", Ref(view)),
            ("edm:rights", Ref(rights)),
        ],
    )


def filler(n: int) -> tuple:
    en, nl, subj = RNG.choice(FILLER_TITLES)
    medium, typ = RNG.choice(FILLER_MEDIA)
    if typ == "sculpture":
        en, nl, subj = (
            ("Bust of a Man", "Buste van een man", "portrait")
            if RNG.random() < 0.5
            else ("Bust of a Woman", "Buste van een vrouw", "portrait")
        )
    creator = RNG.choice(FILLER_CREATORS)
    dp, prov = RNG.choice(FILLER_PROVIDERS)
    if typ == "photograph":
        dp, prov, creator = (
            LIT_SAA,
            LIT_PHOTOC,
            RNG.choice(("Olie, Jacob", "Witsen, Willem", "onbekend")),
        )
    year = (
        RNG.randint(1600, 1699)
        if creator in ("hals", "ruisdael", "avercamp", "Vinckboons, David")
        else RNG.randint(1840, 1910)
    )
    created = RNG.choice((str(year), f"ca. {year}", f"{year}-{year + RNG.randint(1, 4)}"))
    ts = "16" if year < 1700 else ("18" if year <= 1900 else "19")
    dataset = (
        "2048128"
        if dp in ("rijks", LIT_FHM, LIT_KMSKA)
        else ("2021672" if dp == "mauritshuis" else ("2063602" if dp == "nm" else "2021641"))
    )
    local = "_" + hashlib.sha1(f"heritage-{n}".encode()).hexdigest()[:10]
    titles = {"en": en, "nl": nl} if RNG.random() < 0.6 else {"nl": nl}
    subjects = [subj] if RNG.random() < 0.5 else ([nl.split()[-1]] if RNG.random() < 0.5 else [])
    rights = RNG.choice((PD, PD, CC0, BY, BYSA, INC)) if typ != "photograph" else NOCNC
    etype = "3D" if typ == "sculpture" else "IMAGE"
    return (
        dataset,
        local,
        titles,
        creator,
        created,
        medium,
        typ,
        subjects,
        dp,
        prov,
        rights,
        etype,
        f"INV-{n:04d}",
        ts,
        None,
        None,
    )


def main() -> None:
    w = Writer()
    for gid, (labels, lat, lon, country) in PLACES.items():
        w.node(
            "edm:Place",
            f"{GN}{gid}/",
            [
                ("wgs84_pos:lat", f"{lat}"),
                ("wgs84_pos:long", f"{lon}"),
                *langs("skos:prefLabel", labels),
                ("dcterms:isPartOf", Ref(f"{GN}{country}/") if country else None),
            ],
        )
    for key, (_aid, labels, alts, born, place, occ) in AGENTS.items():
        w.node(
            "edm:Agent",
            agent_iri(key),
            [
                *langs("skos:prefLabel", labels),
                *[("skos:altLabel", Lang(a, "en")) for a in alts],
                ("rdaGr2:dateOfBirth", born),
                ("rdaGr2:placeOfBirth", Ref(f"{GN}{place}/") if place else None),
                ("rdaGr2:professionOrOccupation", Ref(occ)),
            ],
        )
    for cid, labels in CONCEPTS.values():
        w.node("skos:Concept", AAT + cid, langs("skos:prefLabel", labels))
    for iri, labels, begin, end in TIMESPANS.values():
        w.node(
            "edm:TimeSpan",
            iri,
            [*langs("skos:prefLabel", labels), ("edm:begin", begin), ("edm:end", end)],
        )
    for oid, labels, alts, country in ORGS.values():
        w.node(
            "foaf:Organization",
            ORG + oid,
            [
                *langs("skos:prefLabel", labels),
                *[("skos:altLabel", Lang(a, "en")) for a in alts],
                ("edm:country", country),
            ],
        )
    records = list(NAMED) + [filler(n) for n in range(300)]
    RNG.shuffle(records)
    for rec in records:
        record(w, rec)
    head = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:dc="http://purl.org/dc/elements/1.1/"
         xmlns:dcterms="http://purl.org/dc/terms/"
         xmlns:edm="http://www.europeana.eu/schemas/edm/"
         xmlns:ore="http://www.openarchives.org/ore/terms/"
         xmlns:skos="http://www.w3.org/2004/02/skos/core#"
         xmlns:foaf="http://xmlns.com/foaf/0.1/"
         xmlns:rdaGr2="http://rdvocab.info/ElementsGr2/"
         xmlns:wgs84_pos="http://www.w3.org/2003/01/geo/wgs84_pos#"
         xmlns:ebucore="http://www.ebu.ch/metadata/ontologies/ebucore/ebucore#">
"""
    (HERE / "heritage.rdf").write_text(
        head + "\n".join(w.parts) + "\n</rdf:RDF>\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
