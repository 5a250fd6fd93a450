# ruff: noqa: E501  (one record a line)
"""Write ``parks.ttl``: a protected-areas registry's linked-data export (Turtle), the way a
WDPA-like world database of protected areas, fed by national park services, publishes it.

The shape follows such an export (a local vocabulary ``pa:`` beside SKOS, GeoSPARQL, the W3C
organisation ontology, schema.org and Darwin Core; written by hand-rolled templates, so
``@base``-relative IRIs, ``[ ]`` blank nodes and ``;``/``,`` lists as a serializer of a
registry writes them):

* protected areas as ``pa:ProtectedArea`` at ``<wdpa/<id>>`` (numeric WDPA-like ids):
  ``rdfs:label`` in English, ``skos:prefLabel`` in the country's language(s) with a tag (and
  the English one again on some), ``pa:wdpaId`` the id again as a string, ``pa:iso3`` the
  country code as a bare string (``"USA"``; ``"CAN;USA"`` style never used); former names as
  ``pa:formerName`` (a tagged literal) on some and as a blank ``pa:NameChange`` record
  (``pa:previousName``, ``pa:until`` ``xsd:gYear``) on others;
* the IUCN management category as a SKOS concept (``<iucn/II>``, ``skos:notation`` "II",
  ``skos:prefLabel`` in English, French and Spanish); the national designation as a concept of
  a second scheme ("National Park", "Nature Reserve", ...); the designation date as
  ``pa:designationDate`` ``xsd:date`` or, where only the year is known, ``xsd:gYear``;
  international designations (World Heritage, Ramsar, biosphere reserve) as blank
  ``pa:InternationalDesignation`` records (``pa:designationType``, ``pa:inscribed`` gYear);
* the reported area as a UCUM-typed literal (``"8983.17 km2"^^cdt:ucum``) or as a blank
  ``schema:QuantitativeValue`` (``schema:value``, ``schema:unitCode`` "HAR" / "KMK",
  ``schema:unitText``);
* a GeoSPARQL geometry IRI node (``geo:asWKT`` a CRS84 polygon) and a blank centroid point
  (``geo:hasCentroid``); elevation as ``pa:maxElevation`` / ``pa:minElevation`` metres
  (``xsd:integer``) or the highest point as a ``pa:Summit`` node (``pa:highestPoint``, the
  summit's own ``pa:elevation`` and ``skos:altLabel`` names);
* the administrative regions an area lies in (``pa:locatedIn``, one to four) with ISO 3166-2
  ``skos:notation`` codes, each ``pa:partOfCountry`` a country (``skos:notation`` ISO3);
* managing authorities as ``org:FormalOrganization`` nodes named by ``skos:prefLabel``
  (English and local) with acronym ``skos:altLabel``s, ``org:subOrganizationOf`` their ministry
  on most, the ministry's ``org:hasSubOrganization`` only on a few; two ministries share the
  English name "Ministry of Climate and Environment" (Poland, Norway);
* trails as ``schema:Trail``-like ``pa:Trail`` nodes (``schema:name``) pointing at their area
  (``schema:containedInPlace``, nothing points back): length as a blank QuantitativeValue in
  kilometres ("KMT") or miles ("SMI", the US import), difficulty as a SKOS concept or (the US
  import) a bare string, ``pa:elevationGain`` metres on some, ``pa:trailhead`` a visitor centre;
* visitor centres as ``schema:TouristInformationCenter`` (``schema:name``,
  ``schema:containedInPlace``) with ``schema:openingHours`` strings ("Mo-Su 08:00-17:00") or a
  blank ``schema:OpeningHoursSpecification`` (``schema:opens`` / ``schema:closes`` xsd:time);
* species counts as ``pa:SpeciesCount`` records at ``<record/<n>>`` pointing at an area
  (``pa:countedIn``) and a taxon (``pa:taxon``) with ``pa:surveyYear`` gYear and
  ``dwc:individualCount``; taxa at GBIF-like ``<taxon/<id>>`` named only by
  ``dwc:scientificName`` and language-tagged ``dwc:vernacularName``s.

Real parks with real names, dates and sizes, rounded or simplified, and a few invented areas,
trails, counts and centres. Seeded, no network; stdlib + rdflib (to check the file parses).
Run from the repository root: ``python bench/data/own/parks_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent
BASE = "https://data.protectedplanet.example.org/id/"

PREFIXES = f"""@base <{BASE}> .
@prefix pa: <https://data.protectedplanet.example.org/def/pa#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix geo: <http://www.opengis.net/ont/geosparql#> .
@prefix sf: <http://www.opengis.net/ont/sf#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <http://schema.org/> .
@prefix dwc: <http://rs.tdwg.org/dwc/terms/> .
@prefix cdt: <https://w3id.org/cdt/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
"""

# ISO3 -> (English name, [(own name, tag)])
COUNTRIES = {
    "USA": ("United States of America", []), "CAN": ("Canada", [("Canada", "fr")]),
    "CHL": ("Chile", [("Chile", "es")]), "ECU": ("Ecuador", [("Ecuador", "es")]),
    "ARG": ("Argentina", [("Argentina", "es")]), "BRA": ("Brazil", [("Brasil", "pt")]),
    "ZAF": ("South Africa", [("Suid-Afrika", "af")]), "TZA": ("Tanzania", [("Tanzania", "sw")]),
    "UGA": ("Uganda", []), "HRV": ("Croatia", [("Hrvatska", "hr")]),
    "SVN": ("Slovenia", [("Slovenija", "sl")]), "AUT": ("Austria", [("Österreich", "de")]),
    "DEU": ("Germany", [("Deutschland", "de")]), "CZE": ("Czechia", [("Česko", "cs")]),
    "CHE": ("Switzerland", [("Schweiz", "de"), ("Suisse", "fr")]), "FRA": ("France", [("France", "fr")]),
    "ITA": ("Italy", [("Italia", "it")]), "ESP": ("Spain", [("España", "es")]),
    "POL": ("Poland", [("Polska", "pl")]), "GBR": ("United Kingdom", []),
    "NOR": ("Norway", [("Norge", "nb")]), "NPL": ("Nepal", [("नेपाल", "ne")]),
    "AUS": ("Australia", []), "NZL": ("New Zealand", [("Aotearoa", "mi")]),
    "JPN": ("Japan", [("日本", "ja")]),
}  # fmt: skip
# ISO 3166-2 code -> (name, [(own name, tag)])
REGIONS = {
    "US-WY": ("Wyoming", []), "US-MT": ("Montana", []), "US-ID": ("Idaho", []),
    "US-CA": ("California", []), "US-NV": ("Nevada", []), "US-TN": ("Tennessee", []),
    "US-NC": ("North Carolina", []), "US-AK": ("Alaska", []), "US-FL": ("Florida", []),
    "US-UT": ("Utah", []), "US-OR": ("Oregon", []), "US-CO": ("Colorado", []),
    "CA-AB": ("Alberta", []), "CA-NL": ("Newfoundland and Labrador", [("Terre-Neuve-et-Labrador", "fr")]),
    "CA-BC": ("British Columbia", [("Colombie-Britannique", "fr")]),
    "CL-MA": ("Magallanes and Chilean Antarctica Region", [("Región de Magallanes y de la Antártica Chilena", "es")]),
    "EC-W": ("Galápagos Province", [("Provincia de Galápagos", "es")]),
    "AR-N": ("Misiones Province", [("Provincia de Misiones", "es")]), "BR-PR": ("Paraná", []),
    "ZA-LP": ("Limpopo", []), "ZA-MP": ("Mpumalanga", []),
    "TZ-13": ("Mara Region", []), "TZ-30": ("Simiyu Region", []), "TZ-01": ("Arusha Region", []),
    "UG-W": ("Western Region", []),
    "HR-09": ("Lika-Senj County", [("Ličko-senjska županija", "hr")]),
    "HR-04": ("Karlovac County", [("Karlovačka županija", "hr")]),
    "SI-UC": ("Upper Carniola", [("Gorenjska", "sl")]),
    "AT-2": ("Carinthia", [("Kärnten", "de")]), "AT-5": ("Salzburg", []), "AT-7": ("Tyrol", [("Tirol", "de")]),
    "DE-BY": ("Bavaria", [("Bayern", "de")]),
    "CZ-32": ("Plzeň Region", [("Plzeňský kraj", "cs")]), "CZ-31": ("South Bohemian Region", [("Jihočeský kraj", "cs")]),
    "CH-GR": ("Graubünden", [("Grisons", "fr"), ("Grischun", "rm")]),
    "FR-73": ("Savoie", []), "IT-23": ("Aosta Valley", [("Valle d'Aosta", "it")]),
    "IT-21": ("Piedmont", [("Piemonte", "it")]), "ES-AN": ("Andalusia", [("Andalucía", "es")]),
    "PL-20": ("Podlaskie Voivodeship", [("województwo podlaskie", "pl")]),
    "GB-CMA": ("Cumbria", []), "GB-GWN": ("Gwynedd", []), "GB-CWY": ("Conwy", []),
    "GB-HLD": ("Highland", []), "GB-ABD": ("Aberdeenshire", []), "GB-MRY": ("Moray", []),
    "GB-ANS": ("Angus", []), "GB-DBY": ("Derbyshire", []), "GB-NFK": ("Norfolk", []),
    "NO-46": ("Vestland", []), "NO-33": ("Buskerud", []),
    "NP-P1": ("Koshi Province", [("कोशी प्रदेश", "ne")]),
    "AU-NT": ("Northern Territory", []), "NZ-STL": ("Southland", []), "NZ-CAN": ("Canterbury", [("Waitaha", "mi")]),
    "NZ-MWT": ("Manawatū-Whanganui", []), "NZ-WKO": ("Waikato", []),
    "JP-22": ("Shizuoka Prefecture", [("静岡県", "ja")]), "JP-19": ("Yamanashi Prefecture", [("山梨県", "ja")]),
    "JP-14": ("Kanagawa Prefecture", [("神奈川県", "ja")]),
}  # fmt: skip
IUCN = {
    "Ia": ("Strict Nature Reserve", "Réserve naturelle intégrale", "Reserva natural estricta"),
    "Ib": ("Wilderness Area", "Zone de nature sauvage", "Área silvestre"),
    "II": ("National Park", "Parc national", "Parque nacional"),
    "III": ("Natural Monument or Feature", "Monument naturel", "Monumento natural"),
    "IV": ("Habitat/Species Management Area", "Aire de gestion des habitats ou des espèces", "Área de gestión de hábitats/especies"),
    "V": ("Protected Landscape/Seascape", "Paysage terrestre ou marin protégé", "Paisaje terrestre/marino protegido"),
    "VI": ("Protected area with sustainable use of natural resources", "Aire protégée avec utilisation durable des ressources naturelles", "Área protegida con uso sostenible de los recursos naturales"),
}  # fmt: skip
DESIGNATIONS = {
    "np": "National Park", "npp": "National Park and Preserve", "nm": "National Monument",
    "wild": "Wilderness Area", "ca": "Conservation Area", "npr": "National Park Reserve",
    "nnr": "National Nature Reserve", "nwr": "National Wildlife Refuge", "mpa": "Marine Protected Area",
}  # fmt: skip
INTL = {
    "whs": "World Heritage Site (natural or mixed)",
    "ramsar": "Ramsar Site, Wetland of International Importance",
    "mab": "UNESCO-MAB Biosphere Reserve",
}
# key -> (English name, [(own name, tag)], [acronyms], parent key or None, parent states it (hasSubOrganization))
AUTHORITIES = {
    "doi": ("U.S. Department of the Interior", [], ["DOI"], None, False),
    "usda": ("U.S. Department of Agriculture", [], ["USDA"], None, False),
    "nps": ("National Park Service", [], ["NPS"], "doi", False),
    "fws": ("U.S. Fish and Wildlife Service", [], ["USFWS"], "doi", True),
    "usfs": ("USDA Forest Service", [], ["USFS"], "usda", False),
    "eccc": ("Environment and Climate Change Canada", [("Environnement et Changement climatique Canada", "fr")], ["ECCC"], None, False),
    "pc": ("Parks Canada Agency", [("Agence Parcs Canada", "fr")], ["Parks Canada", "Parcs Canada"], "eccc", False),
    "minagri_cl": ("Ministry of Agriculture of Chile", [("Ministerio de Agricultura", "es")], [], None, False),
    "conaf": ("National Forest Corporation", [("Corporación Nacional Forestal", "es")], ["CONAF"], "minagri_cl", False),
    "maate": ("Ministry of Environment, Water and Ecological Transition", [("Ministerio del Ambiente, Agua y Transición Ecológica", "es")], ["MAATE"], None, False),
    "dpng": ("Galápagos National Park Directorate", [("Dirección del Parque Nacional Galápagos", "es")], ["DPNG"], "maate", False),
    "mtd_ar": ("Ministry of Tourism and Sports of Argentina", [("Ministerio de Turismo y Deportes", "es")], [], None, False),
    "apn": ("National Parks Administration", [("Administración de Parques Nacionales", "es")], ["APN"], "mtd_ar", False),
    "mma_br": ("Ministry of the Environment and Climate Change of Brazil", [("Ministério do Meio Ambiente e Mudança do Clima", "pt")], ["MMA"], None, True),
    "icmbio": ("Chico Mendes Institute for Biodiversity Conservation", [("Instituto Chico Mendes de Conservação da Biodiversidade", "pt")], ["ICMBio"], "mma_br", False),
    "dffe": ("Department of Forestry, Fisheries and the Environment", [], ["DFFE"], None, False),
    "sanparks": ("South African National Parks", [("Suid-Afrikaanse Nasionale Parke", "af")], ["SANParks"], "dffe", False),
    "mnrt": ("Ministry of Natural Resources and Tourism", [("Wizara ya Maliasili na Utalii", "sw")], ["MNRT"], None, False),
    "tanapa": ("Tanzania National Parks", [("Hifadhi za Taifa Tanzania", "sw")], ["TANAPA"], "mnrt", False),
    "ncaa": ("Ngorongoro Conservation Area Authority", [], ["NCAA"], "mnrt", False),
    "mtwa": ("Ministry of Tourism, Wildlife and Antiquities", [], ["MTWA"], None, False),
    "uwa": ("Uganda Wildlife Authority", [], ["UWA"], "mtwa", False),
    "mingor": ("Ministry of Environmental Protection and Green Transition", [("Ministarstvo zaštite okoliša i zelene tranzicije", "hr")], [], None, False),
    "jupnpj": ("Public Institution Plitvice Lakes National Park", [("Javna ustanova Nacionalni park Plitvička jezera", "hr")], [], "mingor", False),
    "mnvp": ("Ministry of Natural Resources and Spatial Planning", [("Ministrstvo za naravne vire in prostor", "sl")], ["MNVP"], None, False),
    "jztnp": ("Triglav National Park Public Institution", [("Javni zavod Triglavski narodni park", "sl")], ["JZ TNP"], "mnvp", False),
    "nprat": ("Hohe Tauern National Park Council", [("Nationalparkrat Hohe Tauern", "de")], [], None, False),
    "stmuv": ("Bavarian State Ministry of the Environment and Consumer Protection", [("Bayerisches Staatsministerium für Umwelt und Verbraucherschutz", "de")], ["StMUV"], None, True),
    "npvbw": ("Bavarian Forest National Park Administration", [("Nationalparkverwaltung Bayerischer Wald", "de")], [], "stmuv", False),
    "mzp": ("Ministry of the Environment of the Czech Republic", [("Ministerstvo životního prostředí", "cs")], ["MŽP"], None, False),
    "snps": ("Šumava National Park Administration", [("Správa Národního parku Šumava", "cs")], ["Správa NP Šumava"], "mzp", False),
    "foen": ("Federal Office for the Environment", [("Bundesamt für Umwelt", "de"), ("Office fédéral de l'environnement", "fr")], ["FOEN", "BAFU"], None, False),
    "snp": ("Swiss National Park Foundation", [("Stiftung Schweizerischer Nationalpark", "de")], [], "foen", False),
    "mte": ("Ministry of Ecological Transition", [("Ministère de la Transition écologique", "fr")], [], None, False),
    "pnv": ("Vanoise National Park public establishment", [("Établissement public du Parc national de la Vanoise", "fr")], [], "mte", False),
    "mase": ("Ministry of the Environment and Energy Security", [("Ministero dell'Ambiente e della Sicurezza Energetica", "it")], ["MASE"], None, False),
    "epngp": ("Gran Paradiso National Park Authority", [("Ente Parco Nazionale Gran Paradiso", "it")], [], "mase", False),
    "miteco": ("Ministry for the Ecological Transition and the Demographic Challenge", [("Ministerio para la Transición Ecológica y el Reto Demográfico", "es")], ["MITECO"], None, False),
    "oapn": ("Autonomous Body of National Parks", [("Organismo Autónomo Parques Nacionales", "es")], ["OAPN"], "miteco", False),
    "mkis": ("Ministry of Climate and Environment", [("Ministerstwo Klimatu i Środowiska", "pl")], [], None, False),
    "bpn": ("Białowieża National Park Directorate", [("Dyrekcja Białowieskiego Parku Narodowego", "pl")], [], "mkis", False),
    "defra": ("Department for Environment, Food and Rural Affairs", [], ["Defra"], None, False),
    "ldnpa": ("Lake District National Park Authority", [], ["LDNPA"], "defra", False),
    "pdnpa": ("Peak District National Park Authority", [], ["PDNPA"], "defra", False),
    "ne": ("Natural England", [], [], "defra", False),
    "welsh": ("Welsh Government", [("Llywodraeth Cymru", "cy")], [], None, False),
    "enpa": ("Eryri National Park Authority", [("Awdurdod Parc Cenedlaethol Eryri", "cy")], ["Snowdonia National Park Authority"], "welsh", False),
    "scotgov": ("Scottish Government", [("Riaghaltas na h-Alba", "gd")], [], None, True),
    "cnpa": ("Cairngorms National Park Authority", [("Ùghdarras Pàirc Nàiseanta a' Mhonaidh Ruaidh", "gd")], ["CNPA"], "scotgov", False),
    "natscot": ("NatureScot", [("NàdarAlba", "gd")], ["Scottish Natural Heritage"], "scotgov", False),
    "kld": ("Ministry of Climate and Environment", [("Klima- og miljødepartementet", "nb")], ["KLD"], None, False),
    "mdir": ("Norwegian Environment Agency", [("Miljødirektoratet", "nb")], [], "kld", False),
    "mofe": ("Ministry of Forests and Environment", [("वन तथा वातावरण मन्त्रालय", "ne")], [], None, False),
    "dnpwc": ("Department of National Parks and Wildlife Conservation", [("राष्ट्रिय निकुञ्ज तथा वन्यजन्तु संरक्षण विभाग", "ne")], ["DNPWC"], "mofe", False),
    "dcceew": ("Department of Climate Change, Energy, the Environment and Water", [], ["DCCEEW"], None, False),
    "parksau": ("Parks Australia", [], ["Director of National Parks"], "dcceew", False),
    "doc": ("Department of Conservation", [("Te Papa Atawhai", "mi")], ["DOC"], None, False),
    "moej": ("Ministry of the Environment", [("環境省", "ja")], ["MOE"], None, False),
}  # fmt: skip
# id, English name, [(other names, tag)], former names [(name, until year, as record)], IUCN,
# designation, date ("YYYY-MM-DD" / "YYYY"), area (value, unit "ha"/"km2", style "ucum"/"qv"),
# regions, authority, (max elevation or summit key, min elevation), centroid (lon, lat),
# international designations [(key, year)]
PARKS = [
    (1001, "Yellowstone National Park", [], [], "II", "np", "1872-03-01", (898317, "ha", "qv"), ["US-WY", "US-MT", "US-ID"], "nps", ("eagle", 1610), (-110.55, 44.60), [("whs", 1978), ("mab", 1976)]),
    (1002, "Yosemite National Park", [], [], "II", "np", "1890-10-01", (3027.0, "km2", "ucum"), ["US-CA"], "nps", ("lyell", 648), (-119.54, 37.85), [("whs", 1984)]),
    (1003, "Great Smoky Mountains National Park", [], [], "II", "np", "1934-06-15", (2114.2, "km2", "ucum"), ["US-TN", "US-NC"], "nps", ("kuwohi", 267), (-83.51, 35.61), [("whs", 1983), ("mab", 1976)]),
    (1004, "Denali National Park and Preserve", [], [("Mount McKinley National Park", 1980, True)], "II", "npp", "1917-02-26", (24585.0, "km2", "ucum"), ["US-AK"], "nps", ("denali", 70), (-150.50, 63.33), []),
    (1005, "Death Valley National Park", [], [("Death Valley National Monument", 1994, False)], "II", "np", "1994-10-31", (1379300, "ha", "qv"), ["US-CA", "US-NV"], "nps", ("telescope", -86), (-116.93, 36.51), [("mab", 1984)]),
    (1006, "Everglades National Park", [], [], "II", "np", "1947-12-06", (610684, "ha", "qv"), ["US-FL"], "nps", (2, 0), (-80.90, 25.29), [("whs", 1979), ("ramsar", 1987), ("mab", 1976)]),
    (1007, "Zion National Park", [], [("Mukuntuweap National Monument", 1918, True)], "II", "np", "1919-11-19", (595.9, "km2", "ucum"), ["US-UT"], "nps", (2660, 1117), (-113.03, 37.30), []),
    (1008, "Bob Marshall Wilderness", [], [], "Ib", "wild", "1964", (4085.0, "km2", "ucum"), ["US-MT"], "usfs", (2852, 1200), (-113.25, 47.65), []),
    (1009, "Devils Tower National Monument", [], [], "III", "nm", "1906-09-24", (545, "ha", "qv"), ["US-WY"], "nps", (1558, 1150), (-104.71, 44.59), []),
    (1010, "Malheur National Wildlife Refuge", [], [("Lake Malheur Reservation", 1935, False)], "IV", "nwr", "1908-08-18", (75000, "ha", "qv"), ["US-OR"], "fws", (1400, 1246), (-118.85, 43.27), [("ramsar", 2019)]),
    (1011, "Sangre Crest Wilderness", [], [], "Ib", "wild", "1993", (89.3, "km2", "ucum"), ["US-CO"], "usfs", (4237, 2600), (-105.60, 37.98), []),
    (1101, "Banff National Park", [("parc national Banff", "fr")], [("Rocky Mountains Park", 1930, True)], "II", "np", "1885-11-25", (6641.0, "km2", "ucum"), ["CA-AB"], "pc", (3618, 1326), (-115.93, 51.50), [("whs", 1984)]),
    (1102, "Jasper National Park", [("parc national Jasper", "fr")], [], "II", "np", "1907-09-14", (11228.0, "km2", "ucum"), ["CA-AB"], "pc", ("columbia", 985), (-117.95, 52.90), [("whs", 1984)]),
    (1103, "Gros Morne National Park", [("parc national du Gros-Morne", "fr")], [], "II", "np", "1973", (1805.0, "km2", "ucum"), ["CA-NL"], "pc", (806, 0), (-57.75, 49.60), [("whs", 1987)]),
    (1104, "Pacific Rim National Park Reserve", [("réserve de parc national Pacific Rim", "fr")], [], "II", "npr", "1970", (51100, "ha", "qv"), ["CA-BC"], "pc", (280, 0), (-125.60, 48.85), []),
    (1201, "Torres del Paine National Park", [("Parque Nacional Torres del Paine", "es")], [("Parque Nacional de Turismo Lago Grey", 1970, True)], "II", "np", "1959-05-13", (227298, "ha", "qv"), ["CL-MA"], "conaf", ("paine", 20), (-73.00, -51.00), [("mab", 1978)]),
    (1202, "Galápagos National Park", [("Parque Nacional Galápagos", "es")], [], "II", "np", "1959-07-04", (693700, "ha", "qv"), ["EC-W"], "dpng", (1707, 0), (-90.50, -0.70), [("whs", 1978), ("mab", 1984)]),
    (1203, "Iguazú National Park", [("Parque Nacional Iguazú", "es")], [], "II", "np", "1934-10-09", (67620, "ha", "qv"), ["AR-N"], "apn", (300, 150), (-54.30, -25.68), [("whs", 1984)]),
    (1204, "Iguaçu National Park", [("Parque Nacional do Iguaçu", "pt")], [], "II", "np", "1939-01-10", (1852.6, "km2", "ucum"), ["BR-PR"], "icmbio", (750, 150), (-53.90, -25.40), [("whs", 1986)]),
    (1301, "Kruger National Park", [("Nasionale Krugerwildtuin", "af")], [("Sabi Game Reserve", 1926, True)], "II", "np", "1926-05-31", (19485.0, "km2", "ucum"), ["ZA-LP", "ZA-MP"], "sanparks", ("khandzalive", 200), (31.50, -24.00), []),
    (1302, "Serengeti National Park", [("Hifadhi ya Taifa ya Serengeti", "sw")], [], "II", "np", "1951", (14763.0, "km2", "ucum"), ["TZ-13", "TZ-30"], "tanapa", (1850, 920), (34.83, -2.33), [("whs", 1981), ("mab", 1981)]),
    (1303, "Ngorongoro Conservation Area", [("Eneo la Hifadhi ya Ngorongoro", "sw")], [], "VI", "ca", "1959", (8292.0, "km2", "ucum"), ["TZ-01"], "ncaa", (3648, 1020), (35.50, -3.20), [("whs", 1979)]),
    (1304, "Bwindi Impenetrable National Park", [], [("Impenetrable Central Forest Reserve", 1991, False)], "II", "np", "1991", (32092, "ha", "qv"), ["UG-W"], "uwa", (2607, 1160), (29.70, -1.00), [("whs", 1994)]),
    (1401, "Plitvice Lakes National Park", [("Nacionalni park Plitvička jezera", "hr")], [], "II", "np", "1949-04-08", (29685, "ha", "qv"), ["HR-09", "HR-04"], "jupnpj", (1279, 367), (15.60, 44.88), [("whs", 1979)]),
    (1402, "Triglav National Park", [("Triglavski narodni park", "sl")], [("Alpine Conservation Park", 1961, True), ("Triglav Lakes National Park", 1981, True)], "II", "np", "1981-05-27", (83982, "ha", "qv"), ["SI-UC"], "jztnp", ("triglav", 180), (13.83, 46.38), [("mab", 2003)]),
    (1403, "Hohe Tauern National Park", [("Nationalpark Hohe Tauern", "de")], [], "II", "np", "1981", (185600, "ha", "qv"), ["AT-2", "AT-5", "AT-7"], "nprat", ("glockner", 1000), (12.70, 47.10), []),
    (1404, "Bavarian Forest National Park", [("Nationalpark Bayerischer Wald", "de")], [], "II", "np", "1970-10-07", (24945, "ha", "qv"), ["DE-BY"], "npvbw", ("rachel", 600), (13.40, 48.95), []),
    (1405, "Šumava National Park", [("Národní park Šumava", "cs")], [], "II", "np", "1991-03-20", (680.6, "km2", "ucum"), ["CZ-32", "CZ-31"], "snps", (1378, 600), (13.50, 49.05), [("mab", 1990)]),
    (1406, "Swiss National Park", [("Schweizerischer Nationalpark", "de"), ("Parc Naziunal Svizzer", "rm"), ("Parc National Suisse", "fr"), ("Parco Nazionale Svizzero", "it")], [], "Ia", "np", "1914-08-01", (170.3, "km2", "ucum"), ["CH-GR"], "snp", (3173, 1400), (10.20, 46.67), [("mab", 1979)]),
    (1407, "Vanoise National Park", [("Parc national de la Vanoise", "fr")], [], "II", "np", "1963-07-06", (52839, "ha", "qv"), ["FR-73"], "pnv", ("grandecasse", 1250), (6.85, 45.38), []),
    (1408, "Gran Paradiso National Park", [("Parco Nazionale Gran Paradiso", "it")], [], "II", "np", "1922-12-03", (71044, "ha", "qv"), ["IT-23", "IT-21"], "epngp", ("paradiso", 800), (7.27, 45.52), []),
    (1409, "Doñana National Park", [("Parque Nacional de Doñana", "es")], [], "II", "np", "1969-10-16", (54252, "ha", "qv"), ["ES-AN"], "oapn", (40, 0), (-6.45, 36.99), [("ramsar", 1982), ("whs", 1994), ("mab", 1980)]),
    (1410, "Białowieża National Park", [("Białowieski Park Narodowy", "pl")], [("Reserve Forest District", 1932, False)], "II", "np", "1932-08-11", (10517, "ha", "qv"), ["PL-20"], "bpn", (202, 134), (23.85, 52.75), [("whs", 1979), ("mab", 1977)]),
    (1411, "Lake District National Park", [], [], "V", "np", "1951-05-09", (2362.0, "km2", "ucum"), ["GB-CMA"], "ldnpa", ("scafell", 0), (-3.09, 54.50), [("whs", 2017)]),
    (1412, "Eryri National Park", [("Parc Cenedlaethol Eryri", "cy")], [("Snowdonia National Park", 2022, False)], "V", "np", "1951-10-18", (2176.0, "km2", "ucum"), ["GB-GWN", "GB-CWY"], "enpa", ("wyddfa", 0), (-3.90, 52.90), []),
    (1413, "Cairngorms National Park", [("Pàirc Nàiseanta a' Mhonaidh Ruaidh", "gd")], [], "V", "np", "2003-09-01", (4528.0, "km2", "ucum"), ["GB-HLD", "GB-ABD", "GB-MRY", "GB-ANS"], "cnpa", ("macdui", 200), (-3.60, 57.08), []),
    (1414, "Peak District National Park", [], [], "V", "np", "1951-04-17", (1438.0, "km2", "ucum"), ["GB-DBY"], "pdnpa", (636, 85), (-1.83, 53.35), []),
    (1415, "Kestrel Fen National Nature Reserve", [], [], "Ia", "nnr", "1957", (412, "ha", "qv"), ["GB-NFK"], "ne", (4, 0), (1.45, 52.72), [("ramsar", 1976)]),
    (1416, "Sound of Morvern Marine Protected Area", [("Raon Dìon Mara Caolas na Morbhairne", "gd")], [], "VI", "mpa", "2014-07-24", (14500, "ha", "qv"), ["GB-HLD"], "natscot", (0, -180), (-5.85, 56.55), []),
    (1417, "Hardangervidda National Park", [("Hardangervidda nasjonalpark", "nb")], [], "II", "np", "1981-12-10", (3422.0, "km2", "ucum"), ["NO-46", "NO-33"], "mdir", (1690, 1100), (7.50, 60.10), []),
    (1501, "Sagarmatha National Park", [("सगरमाथा राष्ट्रिय निकुञ्ज", "ne")], [], "II", "np", "1976-07-19", (1148.0, "km2", "ucum"), ["NP-P1"], "dnpwc", ("everest", 2845), (86.73, 27.93), [("whs", 1979)]),
    (1502, "Kakadu National Park", [], [], "II", "np", "1979-04-05", (19804.0, "km2", "ucum"), ["AU-NT"], "parksau", (520, 0), (132.60, -12.83), [("ramsar", 1980), ("whs", 1981)]),
    (1503, "Uluṟu-Kata Tjuṯa National Park", [], [("Ayers Rock–Mount Olga National Park", 1993, True)], "II", "np", "1958", (132566, "ha", "qv"), ["AU-NT"], "parksau", (1066, 500), (130.95, -25.30), [("whs", 1987), ("mab", 1977)]),
    (1504, "Fiordland National Park", [("Te Rua-o-te-Moko", "mi")], [], "II", "np", "1952-02-20", (1260740, "ha", "qv"), ["NZ-STL"], "doc", ("tutoko", 0), (167.50, -45.40), [("whs", 1990)]),
    (1505, "Aoraki / Mount Cook National Park", [], [("Mount Cook National Park", 1998, True)], "II", "np", "1953-10-01", (70696, "ha", "qv"), ["NZ-CAN"], "doc", ("aoraki", 700), (170.10, -43.60), [("whs", 1990)]),
    (1506, "Tongariro National Park", [], [], "II", "np", "1887-09-23", (786.0, "km2", "ucum"), ["NZ-MWT", "NZ-WKO"], "doc", ("ruapehu", 600), (175.58, -39.20), [("whs", 1990)]),
    (1507, "Fuji-Hakone-Izu National Park", [("富士箱根伊豆国立公園", "ja")], [], "V", "np", "1936-02-01", (1217.0, "km2", "ucum"), ["JP-22", "JP-19", "JP-14"], "moej", ("fuji", 0), (138.73, 35.36), []),
]  # fmt: skip
# summit key -> (name, elevation m, [alt names])
SUMMITS = {
    "eagle": ("Eagle Peak", 3462, []), "lyell": ("Mount Lyell", 3997, []),
    "kuwohi": ("Kuwohi", 2025, ["Clingmans Dome"]), "denali": ("Denali", 6190, ["Mount McKinley"]),
    "telescope": ("Telescope Peak", 3366, []), "columbia": ("Mount Columbia", 3747, []),
    "paine": ("Cerro Paine Grande", 2884, ["Paine Grande"]), "khandzalive": ("Khandzalive", 839, []),
    "triglav": ("Triglav", 2864, []), "glockner": ("Großglockner", 3798, ["Grossglockner"]),
    "rachel": ("Großer Rachel", 1453, []), "grandecasse": ("Grande Casse", 3855, []),
    "paradiso": ("Gran Paradiso", 4061, []), "scafell": ("Scafell Pike", 978, []),
    "wyddfa": ("Yr Wyddfa", 1085, ["Snowdon"]), "macdui": ("Ben Macdui", 1309, ["Beinn MacDuibh"]),
    "everest": ("Mount Everest", 8849, ["Sagarmatha", "Chomolungma"]), "tutoko": ("Mount Tutoko", 2723, []),
    "aoraki": ("Aoraki / Mount Cook", 3724, ["Mount Cook", "Aoraki"]), "ruapehu": ("Mount Ruapehu", 2797, []),
    "fuji": ("Mount Fuji", 3776, ["富士山", "Fujisan"]),
}  # fmt: skip
DIFFICULTY = {
    "easy": ("easy", [("facile", "fr"), ("fácil", "es")]),
    "moderate": ("moderate", [("modéré", "fr"), ("moderado", "es")]),
    "difficult": ("difficult", [("difficile", "fr"), ("difícil", "es"), ("strenuous", "en")]),
    "expert": ("expert / alpine", [("alpin", "fr")]),
}  # fmt: skip
# visitor centre key -> (name, park id, hours: a string, or (opens, closes, days) a spec)
CENTRES = {
    "oldfaithful": ("Old Faithful Visitor Education Center", 1001, "Mo-Su 08:00-20:00"),
    "albright": ("Albright Visitor Center", 1001, "Mo-Su 09:00-17:00"),
    "yosvalley": ("Yosemite Valley Visitor Center", 1002, "Mo-Su 09:00-17:00"),
    "sugarlands": ("Sugarlands Visitor Center", 1003, "Mo-Su 08:00-17:00"),
    "oconaluftee": ("Oconaluftee Visitor Center", 1003, "Mo-Su 08:00-16:30"),
    "denalivc": ("Denali Visitor Center", 1004, ("08:00:00", "18:00:00", "Mo-Su")),
    "furnace": ("Furnace Creek Visitor Center", 1005, "Mo-Su 08:00-17:00"),
    "zioncanyon": ("Zion Canyon Visitor Center", 1007, "Mo-Su 08:00-18:00"),
    "coe": ("Ernest F. Coe Visitor Center", 1006, ("09:00:00", "17:00:00", "Mo-Su")),
    "banffvc": ("Banff Park Visitor Centre", 1101, ("09:00:00", "19:00:00", "Mo-Su")),
    "jaspervc": ("Jasper Park Information Centre", 1102, "Mo-Su 09:00-17:00"),
    "grey": ("Centro de Visitantes Lago Grey", 1201, "Mo-Su 08:30-18:30"),
    "skukuza": ("Skukuza Visitor Centre", 1301, ("07:30:00", "18:00:00", "Mo-Su")),
    "triglavroza": ("Triglavska roža Bled Info Centre", 1402, ("08:00:00", "18:00:00", "Mo-Su")),
    "eisenmann": ("Hans-Eisenmann-Haus", 1404, "Mo-Su 09:30-17:00"),
    "zernez": ("Swiss National Park Visitor Centre Zernez", 1406, ("08:30:00", "18:00:00", "Mo-Su")),
    "brockhole": ("Brockhole Visitor Centre", 1411, "Mo-Su 10:00-17:00"),
    "betws": ("Betws-y-Coed National Park Visitor Centre", 1412, "Mo-Su 09:30-16:30"),
    "namche": ("Sagarmatha National Park Visitor Centre", 1501, "Su-Fr 10:00-16:00"),
    "bowali": ("Bowali Visitor Centre", 1502, ("08:00:00", "17:00:00", "Mo-Su")),
    "cultural": ("Uluṟu-Kata Tjuṯa Cultural Centre", 1503, "Mo-Su 07:00-17:30"),
    "teanau": ("Fiordland National Park Visitor Centre", 1504, "Mo-Su 08:30-16:30"),
    "aorakivc": ("Aoraki / Mount Cook National Park Visitor Centre", 1505, "Mo-Su 08:30-17:00"),
    "whakapapa": ("Tongariro National Park Visitor Centre", 1506, "Mo-Su 08:00-16:30"),
}  # fmt: skip
# trail slug -> (name, park, length, unit "KMT"/"SMI", difficulty key, elevation gain or None, trailhead key or None)
TRAILS = {
    "fairy-falls": ("Fairy Falls Trail", 1001, 7.7, "KMT", "easy", 60, None),
    "mount-washburn": ("Mount Washburn Trail", 1001, 10.1, "KMT", "moderate", 425, None),
    "observation-point-yell": ("Observation Point Trail", 1001, 3.2, "KMT", "moderate", 60, "oldfaithful"),
    "mist": ("Mist Trail", 1002, 3.0, "SMI", "difficult", 305, "yosvalley"),
    "half-dome": ("Half Dome Trail", 1002, 16.4, "SMI", "expert", 1463, None),
    "four-mile": ("Four Mile Trail", 1002, 4.8, "SMI", "difficult", 975, None),
    "mirror-lake": ("Mirror Lake Loop", 1002, 5.0, "SMI", "easy", 30, None),
    "alum-cave": ("Alum Cave Trail", 1003, 5.5, "SMI", "difficult", 700, None),
    "laurel-falls": ("Laurel Falls Trail", 1003, 2.6, "SMI", "easy", 96, None),
    "chimney-tops": ("Chimney Tops Trail", 1003, 3.3, "SMI", "difficult", 427, "sugarlands"),
    "savage-river": ("Savage River Loop", 1004, 1.7, "SMI", "easy", 15, None),
    "triple-lakes": ("Triple Lakes Trail", 1004, 9.5, "SMI", "difficult", 570, "denalivc"),
    "badwater": ("Badwater Salt Flat Trail", 1005, 1.0, "SMI", "easy", 0, None),
    "telescope-peak": ("Telescope Peak Trail", 1005, 12.0, "SMI", "difficult", 914, None),
    "angels-landing": ("Angels Landing Trail", 1007, 5.4, "SMI", "expert", 453, None),
    "riverside": ("Riverside Walk", 1007, 2.2, "SMI", "easy", 17, None),
    "observation-point-zion": ("Observation Point Trail", 1007, 8.0, "SMI", "difficult", 655, None),
    "anhinga": ("Anhinga Trail", 1006, 0.8, "SMI", "easy", 0, "coe"),
    "chinese-wall": ("Chinese Wall Trail", 1008, 40.0, "KMT", "difficult", 900, None),
    "tower-trail": ("Tower Trail", 1009, 1.3, "SMI", "easy", 30, None),
    "johnston-canyon": ("Johnston Canyon Trail", 1101, 5.4, "KMT", "easy", 120, None),
    "six-glaciers": ("Plain of Six Glaciers Trail", 1101, 10.6, "KMT", "moderate", 365, None),
    "sulphur-skyline": ("Sulphur Skyline Trail", 1102, 8.0, "KMT", "moderate", 700, None),
    "maligne-canyon": ("Maligne Canyon Trail", 1102, 3.7, "KMT", "easy", 100, "jaspervc"),
    "skyline": ("Skyline Trail", 1102, 44.1, "KMT", "difficult", 1400, None),
    "gros-morne-mountain": ("Gros Morne Mountain Trail", 1103, 17.0, "KMT", "difficult", 806, None),
    "western-brook": ("Western Brook Pond Trail", 1103, 6.0, "KMT", "easy", 30, None),
    "west-coast-trail": ("West Coast Trail", 1104, 75.0, "KMT", "difficult", 1500, None),
    "w-trek": ("W Trek", 1201, 71.0, "KMT", "difficult", 2200, "grey"),
    "o-circuit": ("O Circuit", 1201, 110.0, "KMT", "expert", 3500, None),
    "base-torres": ("Base Torres Trail", 1201, 19.0, "KMT", "difficult", 900, None),
    "olifants": ("Olifants Wilderness Trail", 1301, 42.0, "KMT", "moderate", None, "skukuza"),
    "rafting": ("Buhoma–Nkuringo Trail", 1304, 14.0, "KMT", "difficult", 750, None),
    "plitvice-h": ("Upper Lakes Route H", 1401, 9.0, "KMT", "easy", 120, None),
    "seven-lakes": ("Seven Lakes Valley Trail", 1402, 22.0, "KMT", "difficult", 1300, "triglavroza"),
    "triglav-summit": ("Triglav via Kredarica", 1402, 18.0, "KMT", "expert", 1900, None),
    "gamsgrube": ("Gamsgrube Trail", 1403, 8.6, "KMT", "moderate", 140, None),
    "lusen": ("Lusen Summit Trail", 1404, 10.2, "KMT", "moderate", 570, "eisenmann"),
    "macun": ("Macun Lakes Trail", 1406, 20.0, "KMT", "difficult", 1200, "zernez"),
    "val-trupchun": ("Val Trupchun Trail", 1406, 13.0, "KMT", "easy", 400, None),
    "lac-blanc": ("Lac Blanc Trail", 1407, 9.0, "KMT", "moderate", 650, None),
    "nivolet": ("Nivolet Plateau Trail", 1408, 7.5, "KMT", "easy", 250, None),
    "catbells": ("Catbells Trail", 1411, 5.6, "KMT", "moderate", 350, None),
    "scafell-wasdale": ("Scafell Pike from Wasdale Head", 1411, 9.0, "KMT", "difficult", 920, None),
    "llanberis": ("Llanberis Path", 1412, 14.5, "KMT", "moderate", 975, None),
    "pyg": ("Pyg Track", 1412, 11.7, "KMT", "difficult", 723, None),
    "watkin": ("Watkin Path", 1412, 13.0, "KMT", "difficult", 1015, None),
    "lairig-ghru": ("Lairig Ghru", 1413, 30.0, "KMT", "difficult", 560, None),
    "kinder-jacobs": ("Kinder Scout via Jacob's Ladder", 1414, 14.0, "KMT", "moderate", 480, None),
    "ebc": ("Everest Base Camp Trek", 1501, 130.0, "KMT", "difficult", 2700, "namche"),
    "barrk": ("Barrk Walk", 1502, 12.0, "KMT", "difficult", 400, "bowali"),
    "base-walk": ("Uluru Base Walk", 1503, 10.6, "KMT", "easy", 0, "cultural"),
    "winds": ("Valley of the Winds Walk", 1503, 7.4, "KMT", "moderate", 200, None),
    "milford": ("Milford Track", 1504, 53.5, "KMT", "moderate", 1000, "teanau"),
    "kepler": ("Kepler Track", 1504, 60.0, "KMT", "moderate", 1350, "teanau"),
    "hooker": ("Hooker Valley Track", 1505, 10.0, "KMT", "easy", 100, "aorakivc"),
    "alpine-crossing": ("Tongariro Alpine Crossing", 1506, 19.4, "KMT", "difficult", 800, "whakapapa"),
    "northern-circuit": ("Tongariro Northern Circuit", 1506, 43.0, "KMT", "moderate", 1200, "whakapapa"),
    "yoshida": ("Yoshida Trail", 1507, 14.2, "KMT", "difficult", 1400, None),
}  # fmt: skip
# GBIF-like id -> (scientific name, [(vernacular name, tag)])
TAXA = {
    2433433: ("Ursus arctos horribilis", [("grizzly bear", "en"), ("grizzli", "fr")]),
    5219173: ("Canis lupus", [("grey wolf", "en"), ("gray wolf", "en"), ("loup gris", "fr"), ("Wolf", "de"), ("wilk", "pl")]),
    2441176: ("Bison bison", [("American bison", "en"), ("bison d'Amérique", "fr")]),
    5219426: ("Gulo gulo", [("wolverine", "en"), ("carcajou", "fr")]),
    2441110: ("Ovis canadensis", [("bighorn sheep", "en"), ("mouflon d'Amérique", "fr")]),
    5220112: ("Rangifer tarandus", [("reindeer", "en"), ("caribou", "en"), ("villrein", "nb")]),
    2440896: ("Alligator mississippiensis", [("American alligator", "en")]),
    8123476: ("Puma concolor coryi", [("Florida panther", "en")]),
    2440541: ("Trichechus manatus", [("West Indian manatee", "en")]),
    2440902: ("Lama guanicoe", [("guanaco", "en"), ("guanaco", "es")]),
    2481920: ("Vultur gryphus", [("Andean condor", "en"), ("cóndor andino", "es")]),
    2440971: ("Hippocamelus bisulcus", [("south Andean deer", "en"), ("huemul", "es")]),
    2442575: ("Amblyrhynchus cristatus", [("marine iguana", "en"), ("iguana marina", "es")]),
    9416546: ("Chelonoidis niger", [("Galápagos giant tortoise", "en"), ("tortuga gigante", "es")]),
    2435350: ("Loxodonta africana", [("African bush elephant", "en"), ("olifant", "af")]),
    5219404: ("Panthera leo", [("lion", "en"), ("leeu", "af"), ("simba", "sw")]),
    2440941: ("Diceros bicornis", [("black rhinoceros", "en"), ("swartrenoster", "af")]),
    2440806: ("Connochaetes taurinus", [("blue wildebeest", "en"), ("nyumbu", "sw")]),
    7474911: ("Gorilla beringei beringei", [("mountain gorilla", "en")]),
    2441047: ("Capra ibex", [("Alpine ibex", "en"), ("Steinbock", "de"), ("bouquetin des Alpes", "fr"), ("stambecco", "it"), ("kozorog", "sl")]),
    2441034: ("Rupicapra rupicapra", [("chamois", "en"), ("Gämse", "de"), ("gams", "sl")]),
    2480369: ("Gypaetus barbatus", [("bearded vulture", "en"), ("Bartgeier", "de"), ("gypaète barbu", "fr")]),
    5219306: ("Marmota marmota", [("Alpine marmot", "en"), ("Murmeltier", "de")]),
    2435240: ("Lynx lynx", [("Eurasian lynx", "en"), ("Luchs", "de"), ("rys ostrovid", "cs"), ("ryś", "pl")]),
    2441070: ("Bison bonasus", [("European bison", "en"), ("wisent", "en"), ("żubr", "pl")]),
    2435246: ("Lynx pardinus", [("Iberian lynx", "en"), ("lince ibérico", "es")]),
    2480537: ("Aquila adalberti", [("Spanish imperial eagle", "en"), ("águila imperial ibérica", "es")]),
    2473958: ("Tetrao urogallus", [("western capercaillie", "en"), ("capercaillie", "en"), ("capall-coille", "gd"), ("Auerhuhn", "de")]),
    5228418: ("Lagopus muta", [("rock ptarmigan", "en"), ("tàrmachan", "gd")]),
    5219669: ("Sciurus vulgaris", [("red squirrel", "en"), ("feòrag ruadh", "gd")]),
    5219416: ("Panthera uncia", [("snow leopard", "en"), ("हिउँ चितुवा", "ne")]),
    2440974: ("Moschus leucogaster", [("Himalayan musk deer", "en")]),
    2442304: ("Crocodylus porosus", [("saltwater crocodile", "en"), ("estuarine crocodile", "en")]),
    2479546: ("Nestor notabilis", [("kea", "en"), ("kea", "mi")]),
    5228130: ("Porphyrio hochstetteri", [("takahē", "en"), ("takahē", "mi")]),
    2474432: ("Megadyptes antipodes", [("yellow-eyed penguin", "en"), ("hoiho", "mi")]),
    2440986: ("Cervus canadensis", [("elk", "en"), ("wapiti", "en")]),
    2480830: ("Haliaeetus leucocephalus", [("bald eagle", "en")]),
    2474941: ("Grus canadensis", [("sandhill crane", "en")]),
    2474953: ("Botaurus stellaris", [("Eurasian bittern", "en"), ("bittern", "en")]),
    2433875: ("Macaca fuscata", [("Japanese macaque", "en"), ("ニホンザル", "ja")]),
}  # fmt: skip
# (park, taxon, year, count); invented counts, a few after published figures
COUNTS = [
    (1001, 5219173, 2020, 123), (1001, 5219173, 2023, 108), (1001, 2441176, 2023, 5400),
    (1001, 2433433, 2022, 150), (1001, 2440986, 2022, 5700),
    (1002, 2433433, 2019, 0), (1003, 2440986, 2021, 200),
    (1004, 5219173, 2022, 44), (1004, 5220112, 2021, 2800), (1004, 2433433, 2021, 350),
    (1006, 2440896, 2020, 200000), (1006, 8123476, 2021, 200), (1006, 2440541, 2019, 580),
    (1007, 2441110, 2020, 600), (1009, 2480830, 2018, 2),
    (1010, 2474941, 2021, 2500), (1008, 5219426, 2020, 30), (1008, 2433433, 2020, 280),
    (1101, 5219173, 2021, 32), (1101, 2433433, 2021, 65), (1101, 2441110, 2021, 1200),
    (1102, 5220112, 2022, 13), (1102, 5219426, 2019, 40),
    (1201, 2440902, 2018, 4000), (1201, 2481920, 2019, 150), (1201, 2440971, 2020, 30),
    (1202, 9416546, 2022, 20000), (1202, 2442575, 2020, 250000),
    (1301, 2435350, 2022, 31000), (1301, 5219404, 2020, 1600), (1301, 2440941, 2021, 268),
    (1302, 2440806, 2019, 1300000), (1302, 5219404, 2019, 3000),
    (1303, 2440941, 2022, 50), (1304, 7474911, 2018, 459),
    (1402, 2441047, 2021, 950), (1402, 2441034, 2021, 4500),
    (1403, 2441047, 2020, 1100), (1403, 2480369, 2022, 12),
    (1404, 2435240, 2021, 20), (1405, 2435240, 2021, 35), (1406, 2441047, 2022, 1500),
    (1406, 2480369, 2021, 8), (1406, 5219306, 2020, 2000), (1407, 2441047, 2022, 2000),
    (1408, 2441047, 2022, 2700), (1408, 2441047, 2013, 2761), (1408, 2441034, 2022, 7300),
    (1409, 2435246, 2023, 100), (1409, 2480537, 2022, 9),
    (1410, 2441070, 2023, 830), (1410, 2435240, 2020, 12),
    (1413, 2473958, 2022, 500), (1413, 5228418, 2021, 3000), (1413, 5219669, 2021, 8000),
    (1415, 2474953, 2022, 6), (1417, 5220112, 2023, 6300),
    (1501, 5219416, 2019, 17), (1501, 2440974, 2020, 90),
    (1502, 2442304, 2021, 10000), (1504, 2474432, 2020, 140), (1504, 2479546, 2021, 300),
    (1504, 5228130, 2023, 500), (1505, 2479546, 2022, 150), (1507, 2433875, 2018, 600),
]  # fmt: skip


def q(s: str) -> str:
    """A Turtle string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lang(s: str, tag: str) -> str:
    return f"{q(s)}@{tag}"


def slug(s: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-")


def box(lon: float, lat: float, r: float) -> str:
    pts = [
        (lon - r, lat - r),
        (lon + r, lat - r),
        (lon + r, lat + r),
        (lon - r, lat + r),
        (lon - r, lat - r),
    ]
    ring = ", ".join(f"{x:.3f} {y:.3f}" for x, y in pts)
    return f"<http://www.opengis.net/def/crs/OGC/1.3/CRS84> MULTIPOLYGON((({ring})))"


def render() -> str:
    rnd = random.Random(49)
    out = [PREFIXES, ""]
    w = out.append
    w("<> a owl:Ontology ;")
    w('    dcterms:title "Protected areas registry, linked-data export"@en ;')
    w('    dcterms:modified "2026-11-30"^^xsd:date .')
    w("")
    # vocabulary: a few classes and properties with labels (the registry documents them)
    for p, label in (
        ("locatedIn", "located in"), ("partOfCountry", "part of country"),
        ("iucnCategory", "IUCN management category"), ("designation", "designation"),
        ("designationDate", "date of designation"), ("reportedArea", "reported area"),
        ("managedBy", "management authority"), ("highestPoint", "highest point"),
        ("maxElevation", "maximum elevation (m)"), ("minElevation", "minimum elevation (m)"),
        ("countedIn", "counted in"), ("taxon", "taxon"), ("surveyYear", "survey year"),
        ("trailhead", "trailhead"), ("difficulty", "difficulty"), ("length", "length"),
        ("elevationGain", "elevation gain (m)"), ("formerName", "former name"),
        ("nameChange", "name change"), ("previousName", "previous name"), ("until", "valid until"),
        ("internationalDesignation", "international designation"), ("designationType", "designation type"),
        ("inscribed", "year inscribed"), ("wdpaId", "WDPA ID"), ("iso3", "ISO3 country code"),
        ("elevation", "elevation (m)"),
    ):  # fmt: skip
        w(f"pa:{p} a rdf:Property ; rdfs:label {lang(label, 'en')} .")
    w("")
    for code, (en, others) in COUNTRIES.items():
        names = ", ".join([lang(en, "en")] + [lang(n, t) for n, t in others])
        w(f"<country/{code}> a pa:Country ; rdfs:label {names} ; skos:notation {q(code)} .")
    w("")
    for code, (en, others) in REGIONS.items():
        names = ", ".join([lang(en, "en")] + [lang(n, t) for n, t in others])
        iso3 = _iso3(code)
        w(f"<region/{code}> a pa:AdministrativeUnit ; rdfs:label {names} ;")
        w(f"    skos:notation {q(code)} ; pa:partOfCountry <country/{iso3}> .")
    w("")
    w(
        '<iucn> a skos:ConceptScheme ; skos:prefLabel "IUCN Protected Area Management Categories"@en .'
    )
    for code, (en, fr, es) in IUCN.items():
        w(f"<iucn/{code}> a skos:Concept ; skos:inScheme <iucn> ; skos:notation {q(code)} ;")
        w(f"    skos:prefLabel {lang(en, 'en')}, {lang(fr, 'fr')}, {lang(es, 'es')} ;")
        w(f"    skos:altLabel {lang('Category ' + code, 'en')} .")
    w('<designation> a skos:ConceptScheme ; skos:prefLabel "Designation types"@en .')
    for key, label in {**DESIGNATIONS, **INTL}.items():
        w(
            f"<designation/{key}> a skos:Concept ; skos:inScheme <designation> ; skos:prefLabel {lang(label, 'en')} ."
        )
    w('<difficulty> a skos:ConceptScheme ; skos:prefLabel "Trail difficulty grades"@en .')
    for key, (en, others) in DIFFICULTY.items():
        alts = ", ".join(lang(n, t) for n, t in others)
        w(
            f"<difficulty/{key}> a skos:Concept ; skos:inScheme <difficulty> ; skos:prefLabel {lang(en, 'en')} ; skos:altLabel {alts} ."
        )
    w("")
    for key, (en, others, acr, parent, stated_by_parent) in AUTHORITIES.items():
        names = ", ".join([lang(en, "en")] + [lang(n, t) for n, t in others])
        w(
            f"<org/{key}> a org:FormalOrganization ; skos:prefLabel {names}"
            + (" ;" if acr or (parent and not stated_by_parent) else " .")
        )
        tail = []
        if acr:
            tail.append("skos:altLabel " + ", ".join(q(a) for a in acr))
        if parent and not stated_by_parent:
            tail.append(f"org:subOrganizationOf <org/{parent}>")
        if tail:
            w("    " + " ;\n    ".join(tail) + " .")
    for key, (_, _, _, parent, stated_by_parent) in AUTHORITIES.items():
        if parent and stated_by_parent:
            w(f"<org/{parent}> org:hasSubOrganization <org/{key}> .")
    # the parents stated by children: the ministries that state them too
    for key in ("defra",):
        kids = [k for k, v in AUTHORITIES.items() if v[3] == key]
        w(f"<org/{key}> org:hasSubOrganization " + ", ".join(f"<org/{k}>" for k in kids) + " .")
    w("")
    for key, (name, elev, alts) in SUMMITS.items():
        alt = (" ; skos:altLabel " + ", ".join(q(a) for a in alts)) if alts else ""
        w(f"<feature/{key}> a pa:Summit ; rdfs:label {q(name)}{alt} ; pa:elevation {elev} .")
    w("")
    for pid, name, others, former, iucn, desig, date, area, regions, auth, elev, cen, intl in PARKS:
        s = f"<wdpa/{pid}>"
        w(f"{s} a pa:ProtectedArea ;")
        w(f"    rdfs:label {lang(name, 'en')} ;")
        prefs = [lang(n, t) for n, t in others]
        if not others or rnd.random() < 0.3:
            prefs.insert(0, lang(name, "en"))
        w(f"    skos:prefLabel {', '.join(prefs)} ;")
        w(f"    pa:wdpaId {q(str(pid))} ; pa:iso3 {q(_iso3(regions[0]))} ;")
        w(f"    pa:iucnCategory <iucn/{iucn}> ; pa:designation <designation/{desig}> ;")
        dt = "xsd:date" if len(date) == 10 else "xsd:gYear"
        w(f"    pa:designationDate {q(date)}^^{dt} ;")
        value, unit, style = area
        if style == "ucum":
            w(f"    pa:reportedArea {q(f'{value} {unit}')}^^cdt:ucum ;")
        else:
            code, text = ("HAR", "ha") if unit == "ha" else ("KMK", "km²")
            w(
                f"    pa:reportedArea [ a schema:QuantitativeValue ; schema:value {value} ; schema:unitCode {q(code)} ; schema:unitText {q(text)} ] ;"
            )
        w(f"    pa:locatedIn {', '.join(f'<region/{r}>' for r in regions)} ;")
        w(f"    pa:managedBy <org/{auth}> ;")
        top, low = elev
        if isinstance(top, str):
            w(f"    pa:highestPoint <feature/{top}> ;")
        else:
            w(f"    pa:maxElevation {top} ;")
        w(f"    pa:minElevation {low} ;")
        for fname, until, as_record in former:
            if as_record:
                w(
                    f"    pa:nameChange [ a pa:NameChange ; pa:previousName {lang(fname, 'en')} ; pa:until {q(str(until))}^^xsd:gYear ] ;"
                )
            else:
                w(f"    pa:formerName {lang(fname, 'en')} ;")
        for key, year in intl:
            w(
                f"    pa:internationalDesignation [ a pa:InternationalDesignation ; pa:designationType <designation/{key}> ; pa:inscribed {q(str(year))}^^xsd:gYear ] ;"
            )
        w(f"    geo:hasGeometry <wdpa/{pid}/geometry> ;")
        w(
            f"    geo:hasCentroid [ a sf:Point ; geo:asWKT {q(f'POINT({cen[0]} {cen[1]})')}^^geo:wktLiteral ] ."
        )
        r = 0.05 + rnd.random() * 0.4
        w(
            f"<wdpa/{pid}/geometry> a sf:MultiPolygon ; geo:asWKT {q(box(cen[0], cen[1], r))}^^geo:wktLiteral ."
        )
        w("")
    for key, (name, pid, hours) in CENTRES.items():
        w(f"<centre/{key}> a schema:TouristInformationCenter ; schema:name {q(name)} ;")
        w(f"    schema:containedInPlace <wdpa/{pid}> ;")
        if isinstance(hours, str):
            w(f"    schema:openingHours {q(hours)} .")
        else:
            opens, closes, _days = hours
            days = ", ".join(
                f"schema:{d}"
                for d in (
                    "Monday",
                    "Tuesday",
                    "Wednesday",
                    "Thursday",
                    "Friday",
                    "Saturday",
                    "Sunday",
                )
            )
            w(
                f"    schema:openingHoursSpecification [ a schema:OpeningHoursSpecification ; schema:dayOfWeek {days} ;"
            )
            w(
                f"        schema:opens {q(opens)}^^xsd:time ; schema:closes {q(closes)}^^xsd:time ] ."
            )
        w(f"    # phone: +{rnd.randint(1, 99)} {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}")
    w("")
    us_parks = {p[0] for p in PARKS if _iso3(p[8][0]) == "USA"}
    for tslug, (name, pid, length, unit, diff, gain, head) in TRAILS.items():
        w(f"<trail/{tslug}> a pa:Trail ; schema:name {q(name)} ;")
        w(f"    schema:containedInPlace <wdpa/{pid}> ;")
        text = "mi" if unit == "SMI" else "km"
        w(
            f"    pa:length [ a schema:QuantitativeValue ; schema:value {length} ; schema:unitCode {q(unit)} ; schema:unitText {q(text)} ] ;"
        )
        if pid in us_parks:
            # the US import writes the grade as the park service's own word
            word = {
                "easy": "Easy",
                "moderate": "Moderate",
                "difficult": "Strenuous",
                "expert": "Very strenuous",
            }[diff]
            w(f"    pa:difficulty {q(word)}" + (" ;" if gain is not None or head else " ."))
        else:
            w(
                f"    pa:difficulty <difficulty/{diff}>"
                + (" ;" if gain is not None or head else " .")
            )
        tail = []
        if gain is not None:
            tail.append(f"pa:elevationGain {gain}")
        if head:
            tail.append(f"pa:trailhead <centre/{head}>")
        if tail:
            w("    " + " ;\n    ".join(tail) + " .")
    w("")
    for tid, (sci, vern) in TAXA.items():
        names = ", ".join(lang(n, t) for n, t in vern)
        w(f"<taxon/{tid}> a dwc:Taxon ; dwc:scientificName {q(sci)} ; dwc:vernacularName {names} .")
    w("")
    for n, (pid, tid, year, count) in enumerate(COUNTS, 1):
        w(
            f"<record/{n:04d}> a pa:SpeciesCount ; pa:countedIn <wdpa/{pid}> ; pa:taxon <taxon/{tid}> ;"
        )
        w(f"    pa:surveyYear {q(str(year))}^^xsd:gYear ; dwc:individualCount {count} .")
    return "\n".join(out) + "\n"


def _iso3(region: str) -> str:
    return {
        "GB": "GBR", "CL": "CHL", "EC": "ECU", "ZA": "ZAF", "TZ": "TZA", "UG": "UGA",
        "SI": "SVN", "CH": "CHE", "NP": "NPL", "NZ": "NZL", "PL": "POL", "AT": "AUT",
        "DE": "DEU", "CZ": "CZE", "HR": "HRV", "ES": "ESP", "FR": "FRA", "IT": "ITA",
        "NO": "NOR", "AU": "AUS", "JP": "JPN", "US": "USA", "CA": "CAN", "AR": "ARG", "BR": "BRA",
    }[region[:2]]  # fmt: skip


def main() -> None:
    from rdflib import Graph

    text = render()
    g = Graph()
    g.parse(data=text, format="turtle")
    (HERE / "parks.ttl").write_text(text, encoding="utf-8")
    print(len(g), "triples")


if __name__ == "__main__":
    main()
