# ruff: noqa: E501  (one record a line)
"""Write ``hazards.ttl``: earthquakes, volcanoes, eruptions, seismic stations and networks and the
agencies that report them, as a national hazards agency's linked-data portal publishes them
(Turtle; a small local OWL ontology ``haz:`` beside GeoSPARQL, OWL-Time, QUDT, SKOS and PROV).

The shape (what real agency portals built on these W3C/OGC vocabularies look like):

* ``haz:Earthquake`` events named by an ``rdfs:label`` in English and ``skos:altLabel`` in the
  local language (language-tagged), an event identifier literal (``dcterms:identifier``, USGS
  style ``us6000jllz``), the origin time on a blank ``time:Instant`` (``haz:originTime`` ->
  ``time:inXSDDateTimeStamp`` an ``xsd:dateTimeStamp``), the epicentre as a ``geo:hasGeometry``
  IRI node with a ``geo:asWKT`` ``geo:wktLiteral``, magnitudes as blank ``qudt:QuantityValue``
  n-ary nodes (``qudt:numericValue`` ``xsd:decimal``, ``qudt:unit unit:UNITLESS``,
  ``haz:magnitudeType`` a SKOS concept with a ``skos:notation`` such as "Mw"/"ML",
  ``prov:wasAttributedTo`` the agency that computed it), one to three a quake, the focal depth
  as a ``qudt:QuantityValue`` in ``unit:KiloM``, ``haz:epicentreRegion`` a Flinn-Engdahl region
  (``haz:inCountry`` its country), ``haz:onFault`` a fault, ``haz:reportedBy`` agencies
  (several), ``haz:fatalities`` an ``xsd:integer`` where known, ``haz:aftershockOf`` the
  mainshock (the ontology declares ``haz:hasAftershock`` its ``owl:inverseOf``; the data states
  only ``aftershockOf``);
* ``haz:Volcano`` with the Smithsonian GVP volcano number (``haz:gvpNumber`` literal), names in
  English and local languages, ``haz:volcanoType`` SKOS concept, summit elevation as a
  ``qudt:QuantityValue`` in ``unit:M``, ``haz:locatedIn`` a country, GeoSPARQL point;
* ``haz:Eruption`` events: ``haz:eruptionOf`` the volcano (one way, no inverse), the volcanic
  explosivity index ``haz:vei`` (``xsd:integer``), the period as a blank ``time:ProperInterval``
  whose ``time:hasBeginning`` / ``time:hasEnd`` are blank instants with ``time:inXSDDate``
  (eruptions are dated to the day), ``haz:reportedBy`` the observatory;
* FDSN seismic networks (``haz:SeismicNetwork``, ``haz:networkCode`` "IU") with
  ``haz:hasStation`` stations (the ontology declares ``haz:memberOfNetwork`` its inverse; the
  data states only ``hasStation``), ``haz:operatedBy`` an agency; stations
  (``haz:SeismicStation``) named by their site, ``haz:stationCode`` "ANMO", elevation in metres,
  GeoSPARQL point, ``haz:operationalSince`` ``xsd:date``;
* agencies as ``haz:Agency`` (a subclass of ``org:Organization``) named only by
  ``skos:prefLabel`` (English and local) and ``skos:altLabel`` acronyms, ``haz:country``.

Events follow the public record (magnitudes, depths, dates, places); identifiers of stations and
events are in the real formats, some invented. Deterministic, stdlib only. Run from the
repository root: ``python bench/data/own/hazards_make.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent
ID = "https://data.hazards.example.org/id/"

PREFIXES = """@prefix haz: <https://data.hazards.example.org/def/hazard#> .
@prefix geo: <http://www.opengis.net/ont/geosparql#> .
@prefix sf: <http://www.opengis.net/ont/sf#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

ONTOLOGY = """
<https://data.hazards.example.org/def/hazard> a owl:Ontology ;
    rdfs:label "Natural hazards ontology"@en ;
    owl:imports <http://www.opengis.net/ont/geosparql>, <http://www.w3.org/2006/time> .

haz:HazardEvent a owl:Class ; rdfs:label "hazard event"@en .
haz:Earthquake a owl:Class ; rdfs:subClassOf haz:HazardEvent ; rdfs:label "earthquake"@en .
haz:Eruption a owl:Class ; rdfs:subClassOf haz:HazardEvent ; rdfs:label "volcanic eruption"@en .
haz:Volcano a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "volcano"@en .
haz:Fault a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "fault"@en .
haz:Region a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "Flinn-Engdahl region"@en .
haz:Country a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "country"@en .
haz:SeismicStation a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "seismic station"@en .
haz:SeismicNetwork a owl:Class ; rdfs:label "seismic network"@en .
haz:Agency a owl:Class ; rdfs:subClassOf org:Organization ; rdfs:label "agency"@en .
haz:MagnitudeType a owl:Class ; rdfs:subClassOf skos:Concept ; rdfs:label "magnitude type"@en .
haz:VolcanoType a owl:Class ; rdfs:subClassOf skos:Concept ; rdfs:label "volcano type"@en .

haz:originTime a owl:ObjectProperty ; rdfs:label "origin time"@en ; rdfs:domain haz:Earthquake ; rdfs:range time:Instant .
haz:magnitude a owl:ObjectProperty ; rdfs:label "magnitude"@en ; rdfs:domain haz:Earthquake ; rdfs:range qudt:QuantityValue .
haz:magnitudeType a owl:ObjectProperty ; rdfs:label "magnitude type"@en ; rdfs:range haz:MagnitudeType .
haz:focalDepth a owl:ObjectProperty ; rdfs:label "focal depth"@en ; rdfs:domain haz:Earthquake ; rdfs:range qudt:QuantityValue .
haz:epicentreRegion a owl:ObjectProperty ; rdfs:label "epicentre region"@en ; rdfs:domain haz:Earthquake ; rdfs:range haz:Region .
haz:inCountry a owl:ObjectProperty ; rdfs:label "in country"@en ; rdfs:range haz:Country .
haz:onFault a owl:ObjectProperty ; rdfs:label "on fault"@en ; rdfs:domain haz:Earthquake ; rdfs:range haz:Fault .
haz:reportedBy a owl:ObjectProperty ; rdfs:label "reported by"@en ; rdfs:domain haz:HazardEvent ; rdfs:range haz:Agency .
haz:fatalities a owl:DatatypeProperty ; rdfs:label "fatalities"@en ; rdfs:domain haz:HazardEvent ; rdfs:range xsd:integer .
haz:aftershockOf a owl:ObjectProperty ; rdfs:label "aftershock of"@en ; rdfs:domain haz:Earthquake ; rdfs:range haz:Earthquake .
haz:hasAftershock a owl:ObjectProperty ; rdfs:label "has aftershock"@en ; owl:inverseOf haz:aftershockOf .
haz:gvpNumber a owl:DatatypeProperty ; rdfs:label "GVP volcano number"@en ; rdfs:domain haz:Volcano .
haz:volcanoType a owl:ObjectProperty ; rdfs:label "volcano type"@en ; rdfs:domain haz:Volcano ; rdfs:range haz:VolcanoType .
haz:summitElevation a owl:ObjectProperty ; rdfs:label "summit elevation"@en ; rdfs:range qudt:QuantityValue .
haz:elevation a owl:ObjectProperty ; rdfs:label "elevation"@en ; rdfs:range qudt:QuantityValue .
haz:locatedIn a owl:ObjectProperty ; rdfs:label "located in"@en ; rdfs:range haz:Country .
haz:eruptionOf a owl:ObjectProperty ; rdfs:label "eruption of"@en ; rdfs:domain haz:Eruption ; rdfs:range haz:Volcano .
haz:vei a owl:DatatypeProperty ; rdfs:label "volcanic explosivity index"@en ; rdfs:domain haz:Eruption ; rdfs:range xsd:integer .
haz:eruptionPeriod a owl:ObjectProperty ; rdfs:label "eruption period"@en ; rdfs:domain haz:Eruption ; rdfs:range time:ProperInterval .
haz:networkCode a owl:DatatypeProperty ; rdfs:label "FDSN network code"@en ; rdfs:domain haz:SeismicNetwork .
haz:stationCode a owl:DatatypeProperty ; rdfs:label "station code"@en ; rdfs:domain haz:SeismicStation .
haz:hasStation a owl:ObjectProperty ; rdfs:label "has station"@en ; rdfs:domain haz:SeismicNetwork ; rdfs:range haz:SeismicStation .
haz:memberOfNetwork a owl:ObjectProperty ; rdfs:label "member of network"@en ; owl:inverseOf haz:hasStation .
haz:operatedBy a owl:ObjectProperty ; rdfs:label "operated by"@en ; rdfs:range haz:Agency .
haz:operationalSince a owl:DatatypeProperty ; rdfs:label "operational since"@en ; rdfs:range xsd:date .
haz:country a owl:ObjectProperty ; rdfs:label "country"@en ; rdfs:domain haz:Agency ; rdfs:range haz:Country .
"""

# magnitude types: key -> (notation, English label)
MAGTYPES = {
    "Mw": ("Mw", "moment magnitude"),
    "ML": ("ML", "local magnitude"),
    "mb": ("mb", "body-wave magnitude"),
    "Ms": ("Ms", "surface-wave magnitude"),
    "Mjma": ("Mjma", "JMA magnitude"),
}
VTYPES = {
    "strato": "stratovolcano",
    "shield": "shield volcano",
    "caldera": "caldera",
    "subglacial": "subglacial volcano",
    "fissure": "fissure vent",
    "complex": "complex volcano",
}
# countries: key -> (English, [(local name, lang)])
COUNTRIES = {
    "tr": ("Türkiye", [("Türkiye", "tr"), ("Turkey", "en")]),
    "sy": ("Syria", [("سوريا", "ar")]),
    "jp": ("Japan", [("日本", "ja")]),
    "id": ("Indonesia", [("Indonesia", "id")]),
    "ht": ("Haiti", [("Haïti", "fr"), ("Ayiti", "ht")]),
    "cl": ("Chile", [("Chile", "es")]),
    "np": ("Nepal", [("नेपाल", "ne")]),
    "it": ("Italy", [("Italia", "it")]),
    "nz": ("New Zealand", [("Aotearoa", "mi")]),
    "cn": ("China", [("中国", "zh")]),
    "mx": ("Mexico", [("México", "es")]),
    "ma": ("Morocco", [("المغرب", "ar"), ("Maroc", "fr")]),
    "us": ("United States", [("USA", "en")]),
    "gr": ("Greece", [("Ελλάδα", "el")]),
    "tw": ("Taiwan", [("臺灣", "zh")]),
    "is": ("Iceland", [("Ísland", "is")]),
    "ph": ("Philippines", [("Pilipinas", "tl")]),
    "to": ("Tonga", [("Tonga", "to")]),
    "es": ("Spain", [("España", "es")]),
    "cd": ("Democratic Republic of the Congo", [("République démocratique du Congo", "fr")]),
    "gt": ("Guatemala", [("Guatemala", "es")]),
    "de": ("Germany", [("Deutschland", "de")]),
    "no": ("Norway", [("Norge", "nb")]),
    "au": ("Australia", []),
}
# agencies: key -> (English name, local (name, lang) or None, acronyms, country)
AGENCIES = {
    "usgs": ("U.S. Geological Survey", None, ["USGS"], "us"),
    "emsc": (
        "European-Mediterranean Seismological Centre",
        ("Centre Sismologique Euro-Méditerranéen", "fr"),
        ["EMSC", "EMSC-CSEM"],
        None,
    ),
    "gfz": (
        "GFZ German Research Centre for Geosciences",
        ("Deutsches GeoForschungsZentrum", "de"),
        ["GFZ"],
        "de",
    ),
    "ingv": (
        "National Institute of Geophysics and Volcanology",
        ("Istituto Nazionale di Geofisica e Vulcanologia", "it"),
        ["INGV"],
        "it",
    ),
    "jma": ("Japan Meteorological Agency", ("気象庁", "ja"), ["JMA"], "jp"),
    "afad": (
        "Disaster and Emergency Management Presidency",
        ("Afet ve Acil Durum Yönetimi Başkanlığı", "tr"),
        ["AFAD"],
        "tr",
    ),
    "gns": ("GNS Science", ("Te Pū Ao", "mi"), ["GeoNet", "GNS"], "nz"),
    "imo": ("Icelandic Meteorological Office", ("Veðurstofa Íslands", "is"), ["IMO"], "is"),
    "csn": (
        "National Seismological Center of Chile",
        ("Centro Sismológico Nacional", "es"),
        ["CSN"],
        "cl",
    ),
    "ssn": (
        "National Seismological Service of Mexico",
        ("Servicio Sismológico Nacional", "es"),
        ["SSN"],
        "mx",
    ),
    "bmkg": (
        "Indonesian Agency for Meteorology, Climatology and Geophysics",
        ("Badan Meteorologi, Klimatologi, dan Geofisika", "id"),
        ["BMKG"],
        "id",
    ),
    "cenc": ("China Earthquake Networks Center", ("中国地震台网中心", "zh"), ["CENC"], "cn"),
    "nsc": (
        "National Seismological Centre of Nepal",
        ("राष्ट्रिय भूकम्प मापन केन्द्र", "ne"),
        ["NSC"],
        "np",
    ),
    "phivolcs": (
        "Philippine Institute of Volcanology and Seismology",
        ("Surian ng Pilipinas sa Bulkanolohiya at Sismolohiya", "tl"),
        ["PHIVOLCS"],
        "ph",
    ),
    "cwa": ("Central Weather Administration", ("中央氣象署", "zh"), ["CWA"], "tw"),
    "noa": ("National Observatory of Athens", ("Εθνικό Αστεροσκοπείο Αθηνών", "el"), ["NOA"], "gr"),
    "ign": (
        "National Geographic Institute of Spain",
        ("Instituto Geográfico Nacional", "es"),
        ["IGN"],
        "es",
    ),
    "bpptkg": (
        "Center for Research and Development of Geological Disaster Technology",
        ("Balai Penyelidikan dan Pengembangan Teknologi Kebencanaan Geologi", "id"),
        ["BPPTKG"],
        "id",
    ),
    "gvo": (
        "Goma Volcano Observatory",
        ("Observatoire Volcanologique de Goma", "fr"),
        ["OVG"],
        "cd",
    ),
    "sernageomin": (
        "National Geology and Mining Service",
        ("Servicio Nacional de Geología y Minería", "es"),
        ["SERNAGEOMIN"],
        "cl",
    ),
    "insivumeh": (
        "National Institute of Seismology, Volcanology, Meteorology and Hydrology",
        ("Instituto Nacional de Sismología, Vulcanología, Meteorología e Hidrología", "es"),
        ["INSIVUMEH"],
        "gt",
    ),
    "iris": ("Incorporated Research Institutions for Seismology", None, ["IRIS"], "us"),
    "caltech": ("California Institute of Technology", None, ["Caltech"], "us"),
    "ucsd": ("Scripps Institution of Oceanography", None, ["SIO", "IDA"], "us"),
    "tonga": ("Tonga Geological Services", None, ["TGS"], "to"),
}
# Flinn-Engdahl regions: key -> (name, F-E number, country)
REGIONS = {
    "central_turkey": ("Central Turkey", "348", "tr"),
    "western_turkey": ("Western Turkey", "352", "tr"),
    "dodecanese": ("Dodecanese Islands, Greece", "366", "gr"),
    "honshu_east": ("Near East Coast of Honshu, Japan", "228", "jp"),
    "honshu_west": ("Near West Coast of Honshu, Japan", "226", "jp"),
    "honshu_south": ("Southern Honshu, Japan", "231", "jp"),
    "sumatra_north": ("Off West Coast of Northern Sumatra", "258", "id"),
    "sulawesi": ("Minahassa Peninsula, Sulawesi", "271", "id"),
    "haiti": ("Haiti Region", "87", "ht"),
    "chile_central": ("Offshore Bio-Bio, Chile", "138", "cl"),
    "chile_north": ("Near Coast of Northern Chile", "127", "cl"),
    "nepal": ("Nepal", "688", "np"),
    "central_italy": ("Central Italy", "384", "it"),
    "northern_italy": ("Northern Italy", "382", "it"),
    "south_island_nz": ("South Island of New Zealand", "196", "nz"),
    "sichuan": ("Eastern Sichuan, China", "600", "cn"),
    "puebla": ("Puebla, Mexico", "65", "mx"),
    "michoacan": ("Michoacan, Mexico", "62", "mx"),
    "morocco": ("Morocco", "404", "ma"),
    "central_california": ("Central California", "40", "us"),
    "southern_california": ("Southern California", "41", "us"),
    "taiwan": ("Taiwan", "209", "tw"),
    "iceland": ("Iceland", "420", "is"),
}
FAULTS = {
    "eaf": ("East Anatolian Fault", [("Doğu Anadolu Fay Zonu", "tr")]),
    "naf": ("North Anatolian Fault", [("Kuzey Anadolu Fay Hattı", "tr")]),
    "japan_trench": ("Japan Trench", [("日本海溝", "ja")]),
    "sunda": ("Sunda megathrust", []),
    "palu_koro": ("Palu-Koro Fault", [("Sesar Palu-Koro", "id")]),
    "epgf": ("Enriquillo-Plantain Garden fault zone", []),
    "peru_chile": ("Peru-Chile Trench", [("Fosa de Atacama", "es")]),
    "mht": ("Main Himalayan Thrust", []),
    "apennine": ("Apennine normal fault system", [("Sistema di faglie appenniniche", "it")]),
    "hope": ("Kekerengu Fault", []),
    "greendale": ("Port Hills Fault", []),
    "longmenshan": ("Longmenshan Fault", [("龙门山断裂带", "zh")]),
    "san_andreas": ("San Andreas Fault", []),
    "airport_lake": ("Airport Lake fault zone", []),
    "nojima": ("Nojima Fault", [("野島断層", "ja")]),
    "tizi": ("Tizi n'Test Fault", []),
    "longitudinal": ("Longitudinal Valley Fault", [("花東縱谷斷層", "zh")]),
    "sisz": ("South Iceland Seismic Zone", [("Suðurlandsbrotabeltið", "is")]),
}

# earthquakes: key -> (event id, English label, local names, origin time UTC, (lat, lon),
# magnitudes [(value, type, agency)], depth km, region, fault or None, reported by,
# fatalities or None, mainshock or None)
QUAKES = {
    "kahramanmaras2023": (
        "us6000jllz",
        "2023 Kahramanmaraş earthquake",
        [
            ("2023 Kahramanmaraş depremleri", "tr"),
            ("زلزال تركيا وسوريا 2023", "ar"),
            ("Turkey-Syria earthquake", "en"),
        ],
        "2023-02-06T01:17:34Z",
        (37.226, 37.014),
        [("7.8", "Mw", "usgs"), ("7.7", "Mw", "afad"), ("7.8", "Mw", "emsc")],
        "10.0",
        "central_turkey",
        "eaf",
        ["usgs", "afad", "emsc", "gfz"],
        59259,
        None,
    ),
    "elbistan2023": (
        "us6000jlqa",
        "2023 Elbistan earthquake",
        [("Elbistan depremi", "tr")],
        "2023-02-06T10:24:48Z",
        (38.024, 37.203),
        [("7.5", "Mw", "usgs"), ("7.6", "Mw", "afad")],
        "7.4",
        "central_turkey",
        "eaf",
        ["usgs", "afad"],
        None,
        "kahramanmaras2023",
    ),
    "izmit1999": (
        "usp0009d4z",
        "1999 İzmit earthquake",
        [("1999 Gölcük depremi", "tr"), ("Marmara earthquake", "en")],
        "1999-08-17T00:01:39Z",
        (40.748, 29.864),
        [("7.6", "Mw", "usgs"), ("7.4", "Ms", "usgs")],
        "17.0",
        "western_turkey",
        "naf",
        ["usgs", "emsc"],
        17127,
        None,
    ),
    "samos2020": (
        "us7000c7y0",
        "2020 Aegean Sea earthquake",
        [("Σεισμός της Σάμου 2020", "el"), ("İzmir depremi", "tr")],
        "2020-10-30T11:51:27Z",
        (37.918, 26.790),
        [("7.0", "Mw", "usgs"), ("6.9", "Mw", "noa"), ("6.6", "ML", "afad")],
        "21.0",
        "dodecanese",
        None,
        ["usgs", "noa", "afad", "emsc"],
        119,
        None,
    ),
    "tohoku2011": (
        "official20110311054624120_30",
        "2011 Tōhoku earthquake",
        [("東北地方太平洋沖地震", "ja"), ("Great East Japan Earthquake", "en")],
        "2011-03-11T05:46:24Z",
        (38.297, 142.373),
        [("9.1", "Mw", "usgs"), ("9.0", "Mjma", "jma")],
        "29.0",
        "honshu_east",
        "japan_trench",
        ["usgs", "jma"],
        19759,
        None,
    ),
    "miyagi2011": (
        "usc0002spe",
        "April 2011 Miyagi earthquake",
        [("宮城県沖地震 (2011年4月)", "ja")],
        "2011-04-07T14:32:43Z",
        (38.276, 141.588),
        [("7.1", "Mw", "usgs"), ("7.2", "Mjma", "jma")],
        "42.0",
        "honshu_east",
        "japan_trench",
        ["usgs", "jma"],
        4,
        "tohoku2011",
    ),
    "noto2024": (
        "us6000m0xl",
        "2024 Noto Peninsula earthquake",
        [("令和6年能登半島地震", "ja")],
        "2024-01-01T07:10:09Z",
        (37.488, 137.268),
        [("7.5", "Mw", "usgs"), ("7.6", "Mjma", "jma")],
        "10.0",
        "honshu_west",
        None,
        ["usgs", "jma"],
        489,
        None,
    ),
    "kobe1995": (
        "usp0006s5d",
        "1995 Great Hanshin earthquake",
        [("兵庫県南部地震", "ja"), ("阪神・淡路大震災", "ja"), ("Kobe earthquake", "en")],
        "1995-01-16T20:46:52Z",
        (34.583, 135.018),
        [("6.9", "Mw", "usgs"), ("7.3", "Mjma", "jma")],
        "17.6",
        "honshu_south",
        "nojima",
        ["usgs", "jma"],
        6434,
        None,
    ),
    "sumatra2004": (
        "official20041226005853450_30",
        "2004 Indian Ocean earthquake",
        [
            ("Gempa bumi dan tsunami Samudra Hindia 2004", "id"),
            ("Sumatra-Andaman earthquake", "en"),
            ("Boxing Day tsunami", "en"),
        ],
        "2004-12-26T00:58:53Z",
        (3.295, 95.982),
        [("9.1", "Mw", "usgs"), ("8.9", "mb", "bmkg")],
        "30.0",
        "sumatra_north",
        "sunda",
        ["usgs", "bmkg"],
        227898,
        None,
    ),
    "palu2018": (
        "us1000h3p4",
        "2018 Sulawesi earthquake",
        [("Gempa bumi dan tsunami Sulawesi 2018", "id"), ("Palu earthquake", "en")],
        "2018-09-28T10:02:43Z",
        (-0.256, 119.846),
        [("7.5", "Mw", "usgs"), ("7.4", "Mw", "bmkg")],
        "20.0",
        "sulawesi",
        "palu_koro",
        ["usgs", "bmkg", "gfz"],
        4340,
        None,
    ),
    "haiti2010": (
        "usp000h60h",
        "2010 Haiti earthquake",
        [("Séisme de 2010 en Haïti", "fr"), ("Tranblemanntè 12 janvye 2010", "ht")],
        "2010-01-12T21:53:10Z",
        (18.457, -72.533),
        [("7.0", "Mw", "usgs")],
        "13.0",
        "haiti",
        "epgf",
        ["usgs"],
        160000,
        None,
    ),
    "nippes2021": (
        "us6000f65h",
        "2021 Nippes earthquake",
        [("Séisme de 2021 à Nippes", "fr")],
        "2021-08-14T12:29:08Z",
        (18.408, -73.475),
        [("7.2", "Mw", "usgs")],
        "10.0",
        "haiti",
        "epgf",
        ["usgs", "emsc"],
        2248,
        None,
    ),
    "maule2010": (
        "official20100227063411530_30",
        "2010 Maule earthquake",
        [("Terremoto del Maule de 2010", "es"), ("27F", "es")],
        "2010-02-27T06:34:11Z",
        (-36.122, -72.898),
        [("8.8", "Mw", "usgs"), ("8.8", "Mw", "csn")],
        "22.9",
        "chile_central",
        "peru_chile",
        ["usgs", "csn"],
        525,
        None,
    ),
    "iquique2014": (
        "usc000nzvd",
        "2014 Iquique earthquake",
        [("Terremoto de Iquique de 2014", "es")],
        "2014-04-01T23:46:47Z",
        (-19.610, -70.769),
        [("8.2", "Mw", "usgs"), ("8.2", "Mw", "csn")],
        "25.0",
        "chile_north",
        "peru_chile",
        ["usgs", "csn", "gfz"],
        6,
        None,
    ),
    "gorkha2015": (
        "us20002926",
        "April 2015 Nepal earthquake",
        [("गोरखा भूकम्प २०७२", "ne"), ("Gorkha earthquake", "en")],
        "2015-04-25T06:11:25Z",
        (28.231, 84.731),
        [("7.8", "Mw", "usgs"), ("7.6", "ML", "nsc")],
        "8.2",
        "nepal",
        "mht",
        ["usgs", "nsc", "emsc"],
        8964,
        None,
    ),
    "kodari2015": (
        "us20002ejl",
        "May 2015 Nepal earthquake",
        [("डोलखा भूकम्प", "ne")],
        "2015-05-12T07:05:19Z",
        (27.809, 86.066),
        [("7.3", "Mw", "usgs"), ("6.8", "ML", "nsc")],
        "15.0",
        "nepal",
        "mht",
        ["usgs", "nsc"],
        218,
        "gorkha2015",
    ),
    "amatrice2016": (
        "us10006g7d",
        "2016 Amatrice earthquake",
        [("Terremoto di Amatrice del 2016", "it"), ("Terremoto del Centro Italia", "it")],
        "2016-08-24T01:36:32Z",
        (42.723, 13.188),
        [("6.2", "Mw", "usgs"), ("6.0", "Mw", "ingv"), ("6.0", "ML", "ingv")],
        "4.4",
        "central_italy",
        "apennine",
        ["usgs", "ingv", "emsc"],
        299,
        None,
    ),
    "norcia2016": (
        "us1000731j",
        "2016 Norcia earthquake",
        [("Terremoto di Norcia del 2016", "it")],
        "2016-10-30T06:40:18Z",
        (42.862, 13.096),
        [("6.6", "Mw", "usgs"), ("6.5", "Mw", "ingv"), ("6.1", "ML", "ingv")],
        "8.0",
        "central_italy",
        "apennine",
        ["usgs", "ingv"],
        0,
        "amatrice2016",
    ),
    "laquila2009": (
        "usp000gvtu",
        "2009 L'Aquila earthquake",
        [("Terremoto dell'Aquila del 2009", "it")],
        "2009-04-06T01:32:39Z",
        (42.334, 13.334),
        [("6.3", "Mw", "usgs"), ("5.9", "ML", "ingv")],
        "8.8",
        "central_italy",
        "apennine",
        ["usgs", "ingv", "emsc"],
        309,
        None,
    ),
    "emilia2012": (
        "usp000jh7b",
        "2012 Emilia earthquake",
        [("Terremoto dell'Emilia del 2012", "it")],
        "2012-05-20T02:03:52Z",
        (44.890, 11.230),
        [("6.1", "Mw", "usgs"), ("5.9", "ML", "ingv")],
        "6.3",
        "northern_italy",
        None,
        ["usgs", "ingv"],
        27,
        None,
    ),
    "kaikoura2016": (
        "us1000778i",
        "2016 Kaikōura earthquake",
        [("Rū whenua o Kaikōura 2016", "mi")],
        "2016-11-13T11:02:56Z",
        (-42.737, 173.054),
        [("7.8", "Mw", "usgs"), ("7.8", "Mw", "gns")],
        "15.1",
        "south_island_nz",
        "hope",
        ["usgs", "gns"],
        2,
        None,
    ),
    "christchurch2011": (
        "usp000huvq",
        "2011 Christchurch earthquake",
        [("Rū whenua o Ōtautahi 2011", "mi")],
        "2011-02-21T23:51:42Z",
        (-43.583, 172.680),
        [("6.1", "Mw", "usgs"), ("6.2", "Mw", "gns"), ("6.3", "ML", "gns")],
        "5.0",
        "south_island_nz",
        "greendale",
        ["usgs", "gns"],
        185,
        None,
    ),
    "wenchuan2008": (
        "usp000g650",
        "2008 Wenchuan earthquake",
        [("汶川大地震", "zh"), ("Sichuan earthquake", "en")],
        "2008-05-12T06:28:01Z",
        (31.002, 103.322),
        [("7.9", "Mw", "usgs"), ("8.0", "Ms", "cenc")],
        "19.0",
        "sichuan",
        "longmenshan",
        ["usgs", "cenc"],
        69227,
        None,
    ),
    "puebla2017": (
        "us2000ar20",
        "2017 Puebla earthquake",
        [("Sismo de Puebla de 2017", "es"), ("19S", "es")],
        "2017-09-19T18:14:38Z",
        (18.550, -98.489),
        [("7.1", "Mw", "usgs"), ("7.1", "Mw", "ssn")],
        "51.0",
        "puebla",
        None,
        ["usgs", "ssn"],
        370,
        None,
    ),
    "michoacan2022": (
        "us7000i9bw",
        "2022 Michoacán earthquake",
        [("Sismo de Michoacán de 2022", "es")],
        "2022-09-19T18:05:09Z",
        (18.455, -103.252),
        [("7.6", "Mw", "usgs"), ("7.7", "Mw", "ssn")],
        "15.1",
        "michoacan",
        None,
        ["usgs", "ssn"],
        2,
        None,
    ),
    "alhaouz2023": (
        "us7000kufc",
        "2023 Al Haouz earthquake",
        [
            ("Séisme de 2023 au Maroc", "fr"),
            ("زلزال الحوز 2023", "ar"),
            ("Marrakesh-Safi earthquake", "en"),
        ],
        "2023-09-08T22:11:01Z",
        (31.058, -8.385),
        [("6.8", "Mw", "usgs"), ("6.9", "Mw", "emsc")],
        "26.0",
        "morocco",
        "tizi",
        ["usgs", "emsc", "gfz"],
        2960,
        None,
    ),
    "lomaprieta1989": (
        "nc216859",
        "1989 Loma Prieta earthquake",
        [("World Series earthquake", "en")],
        "1989-10-18T00:04:15Z",
        (37.041, -121.883),
        [("6.9", "Mw", "usgs"), ("7.0", "ML", "usgs")],
        "17.2",
        "central_california",
        "san_andreas",
        ["usgs"],
        63,
        None,
    ),
    "northridge1994": (
        "ci3144585",
        "1994 Northridge earthquake",
        [],
        "1994-01-17T12:30:55Z",
        (34.213, -118.537),
        [("6.7", "Mw", "usgs"), ("6.4", "ML", "caltech")],
        "18.2",
        "southern_california",
        None,
        ["usgs", "caltech"],
        57,
        None,
    ),
    "ridgecrest2019": (
        "ci38457511",
        "2019 Ridgecrest earthquake",
        [("July 2019 Searles Valley earthquake", "en")],
        "2019-07-06T03:19:53Z",
        (35.770, -117.599),
        [("7.1", "Mw", "usgs"), ("6.9", "ML", "caltech")],
        "8.0",
        "southern_california",
        "airport_lake",
        ["usgs", "caltech"],
        1,
        None,
    ),
    "hualien2024": (
        "us7000m9g4",
        "2024 Hualien earthquake",
        [("0403花蓮地震", "zh"), ("花蓮大地震", "zh")],
        "2024-04-02T23:58:11Z",
        (23.819, 121.562),
        [("7.4", "Mw", "usgs"), ("7.2", "ML", "cwa")],
        "34.8",
        "taiwan",
        "longitudinal",
        ["usgs", "cwa"],
        18,
        None,
    ),
    "southiceland2000": (
        "usp0009uvv",
        "June 2000 South Iceland earthquake",
        [("Suðurlandsskjálfti 17. júní 2000", "is")],
        "2000-06-17T15:40:41Z",
        (63.966, -20.487),
        [("6.5", "Mw", "usgs"), ("6.6", "ML", "imo")],
        "10.0",
        "iceland",
        "sisz",
        ["usgs", "imo"],
        0,
        None,
    ),
    "olfus2008": (
        "usp000g7x2",
        "2008 Ölfus earthquake",
        [("Suðurlandsskjálfti 29. maí 2008", "is")],
        "2008-05-29T15:46:00Z",
        (63.970, -21.090),
        [("6.1", "Mw", "usgs"), ("6.3", "ML", "imo")],
        "9.0",
        "iceland",
        "sisz",
        ["usgs", "imo", "emsc"],
        0,
        None,
    ),
}

# volcanoes: key -> (English name, local names, GVP number, type, summit m, country, (lat, lon))
VOLCANOES = {
    "eyjafjallajokull": (
        "Eyjafjallajökull",
        [("Eyjafjallajökull", "is"), ("Eyjafjöll", "is")],
        "372020",
        "strato",
        "1651",
        "is",
        (63.633, -19.633),
    ),
    "grimsvotn": (
        "Grímsvötn",
        [("Grímsvötn", "is")],
        "373010",
        "caldera",
        "1719",
        "is",
        (64.416, -17.316),
    ),
    "fagradalsfjall": (
        "Fagradalsfjall",
        [("Fagradalsfjall", "is"), ("Geldingadalir", "is")],
        "371030",
        "fissure",
        "385",
        "is",
        (63.903, -22.273),
    ),
    "merapi": (
        "Merapi",
        [("Gunung Merapi", "id")],
        "263250",
        "strato",
        "2910",
        "id",
        (-7.541, 110.442),
    ),
    "sthelens": (
        "Mount St. Helens",
        [("Louwala-Clough", "en")],
        "321050",
        "strato",
        "2549",
        "us",
        (46.200, -122.180),
    ),
    "kilauea": (
        "Kīlauea",
        [("Kīlauea", "haw")],
        "332010",
        "shield",
        "1222",
        "us",
        (19.421, -155.287),
    ),
    "maunaloa": (
        "Mauna Loa",
        [("Mauna Loa", "haw")],
        "332020",
        "shield",
        "4169",
        "us",
        (19.475, -155.608),
    ),
    "pinatubo": (
        "Pinatubo",
        [("Bundok Pinatubo", "tl")],
        "273083",
        "strato",
        "1486",
        "ph",
        (15.130, 120.350),
    ),
    "taal": ("Taal", [("Bulkang Taal", "tl")], "273070", "caldera", "311", "ph", (14.002, 120.993)),
    "etna": (
        "Etna",
        [("Etna", "it"), ("Mongibello", "it")],
        "211060",
        "strato",
        "3357",
        "it",
        (37.748, 14.999),
    ),
    "vesuvius": (
        "Vesuvius",
        [("Vesuvio", "it")],
        "211020",
        "complex",
        "1281",
        "it",
        (40.821, 14.426),
    ),
    "stromboli": (
        "Stromboli",
        [("Stromboli", "it")],
        "211040",
        "strato",
        "924",
        "it",
        (38.789, 15.213),
    ),
    "sakurajima": (
        "Sakurajima",
        [("桜島", "ja")],
        "282080",
        "strato",
        "1117",
        "jp",
        (31.593, 130.657),
    ),
    "ontake": (
        "Ontakesan",
        [("御嶽山", "ja"), ("Mount Ontake", "en")],
        "283040",
        "complex",
        "3067",
        "jp",
        (35.893, 137.480),
    ),
    "hungatonga": (
        "Hunga Tonga-Hunga Ha'apai",
        [("Hunga Tonga-Hunga Haʻapai", "to")],
        "243040",
        "caldera",
        "114",
        "to",
        (-20.536, -175.382),
    ),
    "cumbrevieja": (
        "La Palma",
        [("Cumbre Vieja", "es"), ("Volcán de Tajogaite", "es")],
        "383010",
        "strato",
        "2426",
        "es",
        (28.570, -17.830),
    ),
    "nyiragongo": (
        "Nyiragongo",
        [("Nyiragongo", "fr")],
        "223030",
        "strato",
        "3470",
        "cd",
        (-1.520, 29.250),
    ),
    "calbuco": (
        "Calbuco",
        [("Volcán Calbuco", "es")],
        "358020",
        "strato",
        "2003",
        "cl",
        (-41.330, -72.618),
    ),
    "fuego": (
        "Fuego",
        [("Volcán de Fuego", "es")],
        "342090",
        "strato",
        "3763",
        "gt",
        (14.473, -90.880),
    ),
    "whakaari": (
        "Whakaari",
        [("Whakaari", "mi"), ("White Island", "en")],
        "241040",
        "strato",
        "321",
        "nz",
        (-37.520, 177.180),
    ),
    "ruapehu": (
        "Ruapehu",
        [("Ruapehu", "mi")],
        "241100",
        "strato",
        "2797",
        "nz",
        (-39.280, 175.570),
    ),
}
# eruptions: key -> (English label, volcano, VEI, start date, end date or None, reported by,
# fatalities or None)
ERUPTIONS = {
    "eyjafjallajokull2010": (
        "2010 eruption of Eyjafjallajökull",
        "eyjafjallajokull",
        4,
        "2010-03-20",
        "2010-06-23",
        ["imo"],
        0,
    ),
    "grimsvotn2011": (
        "2011 eruption of Grímsvötn",
        "grimsvotn",
        4,
        "2011-05-21",
        "2011-05-28",
        ["imo"],
        0,
    ),
    "fagradalsfjall2021": (
        "2021 Geldingadalir eruption",
        "fagradalsfjall",
        0,
        "2021-03-19",
        "2021-09-18",
        ["imo"],
        0,
    ),
    "fagradalsfjall2022": (
        "2022 Meradalir eruption",
        "fagradalsfjall",
        0,
        "2022-08-03",
        "2022-08-21",
        ["imo"],
        0,
    ),
    "merapi2010": (
        "2010 eruption of Merapi",
        "merapi",
        4,
        "2010-10-26",
        "2010-12-04",
        ["bpptkg"],
        353,
    ),
    "merapi2006": (
        "2006 eruption of Merapi",
        "merapi",
        2,
        "2006-04-28",
        "2006-07-14",
        ["bpptkg"],
        2,
    ),
    "sthelens1980": (
        "1980 eruption of Mount St. Helens",
        "sthelens",
        5,
        "1980-03-27",
        "1986-10-28",
        ["usgs"],
        57,
    ),
    "kilauea2018": (
        "2018 lower Puna eruption",
        "kilauea",
        2,
        "2018-05-03",
        "2018-09-04",
        ["usgs"],
        0,
    ),
    "maunaloa2022": (
        "2022 eruption of Mauna Loa",
        "maunaloa",
        0,
        "2022-11-27",
        "2022-12-13",
        ["usgs"],
        0,
    ),
    "pinatubo1991": (
        "1991 eruption of Mount Pinatubo",
        "pinatubo",
        6,
        "1991-04-02",
        "1991-09-02",
        ["phivolcs", "usgs"],
        847,
    ),
    "taal2020": (
        "2020 eruption of Taal Volcano",
        "taal",
        4,
        "2020-01-12",
        "2020-01-22",
        ["phivolcs"],
        39,
    ),
    "etna2021": ("2021 paroxysms of Etna", "etna", 2, "2021-02-13", "2021-04-01", ["ingv"], 0),
    "vesuvius1944": (
        "1944 eruption of Mount Vesuvius",
        "vesuvius",
        3,
        "1944-03-18",
        "1944-03-29",
        ["ingv"],
        26,
    ),
    "stromboli2019": (
        "2019 paroxysm of Stromboli",
        "stromboli",
        2,
        "2019-07-03",
        "2019-07-03",
        ["ingv"],
        1,
    ),
    "ontake2014": (
        "2014 eruption of Mount Ontake",
        "ontake",
        3,
        "2014-09-27",
        "2014-09-28",
        ["jma"],
        63,
    ),
    "sakurajima2023": (
        "2023 eruptive phase of Sakurajima",
        "sakurajima",
        2,
        "2023-01-01",
        None,
        ["jma"],
        None,
    ),
    "hungatonga2022": (
        "2022 Hunga Tonga-Hunga Ha'apai eruption",
        "hungatonga",
        5,
        "2021-12-20",
        "2022-01-15",
        ["tonga"],
        6,
    ),
    "cumbrevieja2021": (
        "2021 Cumbre Vieja volcanic eruption",
        "cumbrevieja",
        3,
        "2021-09-19",
        "2021-12-13",
        ["ign"],
        1,
    ),
    "nyiragongo2021": (
        "2021 Mount Nyiragongo eruption",
        "nyiragongo",
        1,
        "2021-05-22",
        "2021-05-27",
        ["gvo"],
        32,
    ),
    "calbuco2015": (
        "2015 eruption of Calbuco",
        "calbuco",
        4,
        "2015-04-22",
        "2015-05-26",
        ["sernageomin"],
        0,
    ),
    "fuego2018": (
        "2018 Volcán de Fuego eruption",
        "fuego",
        3,
        "2018-06-03",
        "2018-06-05",
        ["insivumeh"],
        431,
    ),
    "whakaari2019": (
        "2019 Whakaari / White Island eruption",
        "whakaari",
        2,
        "2019-12-09",
        "2019-12-09",
        ["gns"],
        22,
    ),
    "ruapehu2007": (
        "2007 eruption of Mount Ruapehu",
        "ruapehu",
        1,
        "2007-09-25",
        "2007-09-25",
        ["gns"],
        0,
    ),
}
# networks: key -> (FDSN code, name, operator agencies)
NETWORKS = {
    "IU": ("IU", "Global Seismograph Network (GSN - IRIS/USGS)", ["usgs", "iris"]),
    "II": ("II", "Global Seismograph Network - IRIS/IDA", ["ucsd", "iris"]),
    "GE": ("GE", "GEOFON Seismic Network", ["gfz"]),
    "IV": ("IV", "Italian National Seismic Network", ["ingv"]),
    "NZ": ("NZ", "New Zealand National Seismograph Network", ["gns"]),
    "CI": ("CI", "Southern California Seismic Network", ["caltech", "usgs"]),
    "TU": ("TU", "Turkish National Seismic Network", ["afad"]),
    "VI": ("VI", "Icelandic National Digital Seismograph Network", ["imo"]),
}
# stations: (network, code, site name, country, (lat, lon), elevation m, operational since)
STATIONS = [
    ("IU", "ANMO", "Albuquerque, New Mexico, USA", "us", (34.946, -106.457), "1820", "1989-08-31"),
    (
        "IU",
        "HRV",
        "Adam Dziewonski Observatory (Oak Ridge), Massachusetts, USA",
        "us",
        (42.506, -71.558),
        "200",
        "1988-01-01",
    ),
    ("IU", "COLA", "College Outpost, Alaska, USA", "us", (64.874, -147.862), "200", "1996-08-19"),
    ("IU", "KONO", "Kongsberg, Norway", "no", (59.649, 9.598), "216", "1991-01-01"),
    ("IU", "MAJO", "Matsushiro, Japan", "jp", (36.546, 138.204), "399", "1989-11-01"),
    ("IU", "TATO", "Taipei, Taiwan", "tw", (24.975, 121.497), "53", "1992-11-01"),
    (
        "IU",
        "SNZO",
        "South Karori, Wellington, New Zealand",
        "nz",
        (-41.309, 174.704),
        "40",
        "1992-04-01",
    ),
    (
        "IU",
        "CTAO",
        "Charters Towers, Queensland, Australia",
        "au",
        (-20.088, 146.254),
        "357",
        "1989-12-01",
    ),
    ("IU", "KIP", "Kipapa, Hawaii, USA", "us", (21.423, -158.015), "70", "1988-05-01"),
    (
        "II",
        "BFO",
        "Black Forest Observatory, Schiltach, Germany",
        "de",
        (48.331, 8.330),
        "589",
        "1996-05-01",
    ),
    ("II", "PFO", "Piñon Flat, California, USA", "us", (33.611, -116.455), "1280", "1986-10-01"),
    ("II", "KDAK", "Kodiak Island, Alaska, USA", "us", (57.783, -152.584), "152", "1997-06-01"),
    ("II", "ERM", "Erimo, Hokkaido Island, Japan", "jp", (42.015, 143.157), "40", "1990-05-01"),
    ("GE", "DAV", "Davao, Philippines", "ph", (7.070, 125.579), "149", "1999-03-01"),
    ("GE", "APE", "Apirathos, Naxos Island, Greece", "gr", (37.073, 25.531), "620", "1997-04-01"),
    ("GE", "ISP", "Isparta, Turkey", "tr", (37.843, 30.509), "1100", "1995-06-01"),
    ("GE", "UGM", "Wanagama, Yogyakarta, Indonesia", "id", (-7.913, 110.523), "350", "2001-09-01"),
    ("GE", "MORC", "Moravsky Beroun, Czech Republic", None, (49.777, 17.542), "740", "1994-01-01"),
    ("IV", "AQU", "L'Aquila", "it", (42.354, 13.405), "710", "1988-01-01"),
    ("IV", "ARCI", "Arcidosso", "it", (42.852, 11.476), "830", "2005-03-01"),
    ("IV", "CAFI", "Cagli, Furlo", "it", (43.329, 12.587), "700", "2006-05-01"),
    ("IV", "MNS", "Monte Nero di Sabina", "it", (42.376, 12.680), "990", "2008-07-01"),
    ("IV", "EPZ", "Etna, Pizzi Deneri", "it", (37.766, 15.017), "2820", "2003-11-01"),
    ("NZ", "WEL", "Wellington", "nz", (-41.284, 174.768), "138", "1990-01-01"),
    ("NZ", "KHZ", "Kahutara", "nz", (-42.416, 173.539), "80", "1993-01-01"),
    ("NZ", "BFZ", "Birch Farm", "nz", (-40.680, 176.246), "283", "1996-01-01"),
    ("NZ", "URZ", "Urewera", "nz", (-38.259, 177.111), "95", "1994-01-01"),
    ("NZ", "WIZ", "White Island", "nz", (-37.524, 177.189), "41", "1976-12-01"),
    ("CI", "PAS", "Pasadena", "us", (34.148, -118.171), "295", "1987-01-01"),
    ("CI", "SBC", "Santa Barbara", "us", (34.441, -119.713), "90", "1990-01-01"),
    ("CI", "CCC", "Christmas Canyon China Lake", "us", (35.525, -117.365), "670", "1999-08-01"),
    ("CI", "WBS", "West Bishop", "us", (37.361, -118.669), "1440", "2001-01-01"),
    ("TU", "ANTB", "Ankara", "tr", (39.868, 32.794), "1030", "2005-01-01"),
    ("TU", "MRSN", "Maraş Sivritepe", "tr", (37.592, 36.863), "745", "2008-06-01"),
    ("TU", "GAZ", "Gaziantep", "tr", (37.172, 37.210), "900", "2007-01-01"),
    ("VI", "GRI", "Grímsey", "is", (66.534, -18.017), "27", "1993-10-01"),
    ("VI", "HVO", "Hvolsvöllur", "is", (63.753, -20.239), "40", "1992-01-01"),
    ("VI", "ASB", "Ásbyrgi", "is", (66.034, -16.503), "30", "1998-01-01"),
]


def lit(text: str, lang: str | None = None, dt: str | None = None) -> str:
    """A Turtle literal: ``text`` quoted (escaped), language-tagged or typed."""
    s = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s + (f"@{lang}" if lang else "") + (f"^^{dt}" if dt else "")


def point(key: str, latlon: tuple[float, float]) -> tuple[str, str]:
    """The ``geo:hasGeometry`` line of a feature and its geometry node's block (WKT is lon lat)."""
    lat, lon = latlon
    node = f"id:geometry/{key}"
    block = (
        f"{node} a sf:Point, geo:Geometry ;\n"
        f'    geo:asWKT "<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT({lon} {lat})"^^geo:wktLiteral .\n'
    )
    return f"    geo:hasGeometry {node}", block


def quantity(value: str, unit: str, dt: str = "xsd:decimal", extra: str = "") -> str:
    """A blank ``qudt:QuantityValue`` node's Turtle (value, unit and ``extra`` lines)."""
    return (
        f"[ a qudt:QuantityValue ; qudt:numericValue {lit(value, dt=dt)} ; "
        f"qudt:unit unit:{unit}{extra} ]"
    )


def main() -> None:
    out = [PREFIXES, ONTOLOGY]
    for k, (notation, label) in MAGTYPES.items():
        out.append(
            f"haz:mag-{k} a haz:MagnitudeType, skos:Concept ; skos:prefLabel {lit(label, 'en')} ; "
            f"skos:notation {lit(notation)} .\n"
        )
    for k, label in VTYPES.items():
        out.append(
            f"haz:vt-{k} a haz:VolcanoType, skos:Concept ; skos:prefLabel {lit(label, 'en')} .\n"
        )
    for k, (name, local) in COUNTRIES.items():
        names = " ;\n    ".join(f"skos:altLabel {lit(n, lang)}" for n, lang in local)
        out.append(
            f"id:country/{k} a haz:Country ;\n    rdfs:label {lit(name, 'en')}"
            + (f" ;\n    {names}" if names else "")
            + f" ;\n    dcterms:identifier {lit(k.upper())} .\n"
        )
    for k, (name, local, acronyms, country) in AGENCIES.items():
        lines = [
            f"id:agency/{k} a haz:Agency, org:Organization",
            f"skos:prefLabel {lit(name, 'en')}",
        ]
        if local:
            lines.append(f"skos:prefLabel {lit(local[0], local[1])}")
        lines += [f"skos:altLabel {lit(a)}" for a in acronyms]
        if country:
            lines.append(f"haz:country id:country/{country}")
        out.append(" ;\n    ".join(lines) + " .\n")
    for k, (name, number, country) in REGIONS.items():
        out.append(
            f"id:region/{k} a haz:Region ;\n    rdfs:label {lit(name, 'en')} ;\n"
            f"    haz:feRegionNumber {lit(number, dt='xsd:integer')} ;\n    haz:inCountry id:country/{country} .\n"
        )
    for k, (name, local) in FAULTS.items():
        lines = [f"id:fault/{k} a haz:Fault", f"rdfs:label {lit(name, 'en')}"]
        lines += [f"skos:altLabel {lit(n, lang)}" for n, lang in local]
        out.append(" ;\n    ".join(lines) + " .\n")
    for q in QUAKES.values():
        event, label, local, when, latlon, mags, depth, region, fault, by, dead, main_ = q
        geom, gblock = point(f"event-{event}", latlon)
        lines = [
            f"id:event/{event} a haz:Earthquake",
            f"rdfs:label {lit(label, 'en')}",
            *(f"skos:altLabel {lit(n, lang)}" for n, lang in local),
            f"dcterms:identifier {lit(event)}",
            f"haz:originTime [ a time:Instant ; time:inXSDDateTimeStamp {lit(when, dt='xsd:dateTimeStamp')} ]",
            geom.strip(),
            *(
                "haz:magnitude "
                + quantity(
                    v,
                    "UNITLESS",
                    extra=f" ; haz:magnitudeType haz:mag-{t} ; prov:wasAttributedTo id:agency/{a}",
                )
                for v, t, a in mags
            ),
            f"haz:focalDepth {quantity(depth, 'KiloM')}",
            f"haz:epicentreRegion id:region/{region}",
        ]
        if fault:
            lines.append(f"haz:onFault id:fault/{fault}")
        lines += [f"haz:reportedBy id:agency/{a}" for a in by]
        if dead is not None:
            lines.append(f"haz:fatalities {lit(str(dead), dt='xsd:integer')}")
        if main_:
            lines.append(f"haz:aftershockOf id:event/{QUAKES[main_][0]}")
        out.append(" ;\n    ".join(lines) + " .\n" + gblock)
    for name, local, gvp, vtype, elev, country, latlon in VOLCANOES.values():
        geom, gblock = point(f"volcano-{gvp}", latlon)
        lines = [
            f"id:volcano/{gvp} a haz:Volcano",
            f"rdfs:label {lit(name, 'en')}",
            *(f"skos:altLabel {lit(n, lang)}" for n, lang in local),
            f"haz:gvpNumber {lit(gvp)}",
            f"haz:volcanoType haz:vt-{vtype}",
            f"haz:summitElevation {quantity(elev, 'M')}",
            f"haz:locatedIn id:country/{country}",
            geom.strip(),
        ]
        out.append(" ;\n    ".join(lines) + " .\n" + gblock)
    for k, (label, volcano, vei, start, end, by, dead) in ERUPTIONS.items():
        period = (
            f"time:hasBeginning [ a time:Instant ; time:inXSDDate {lit(start, dt='xsd:date')} ]"
        )
        if end:
            period += (
                f" ; time:hasEnd [ a time:Instant ; time:inXSDDate {lit(end, dt='xsd:date')} ]"
            )
        lines = [
            f"id:eruption/{k} a haz:Eruption",
            f"rdfs:label {lit(label, 'en')}",
            f"haz:eruptionOf id:volcano/{VOLCANOES[volcano][2]}",
            f"haz:vei {lit(str(vei), dt='xsd:integer')}",
            f"haz:eruptionPeriod [ a time:ProperInterval ; {period} ]",
            *(f"haz:reportedBy id:agency/{a}" for a in by),
        ]
        if dead is not None:
            lines.append(f"haz:fatalities {lit(str(dead), dt='xsd:integer')}")
        out.append(" ;\n    ".join(lines) + " .\n")
    for code, name, ops in NETWORKS.values():
        lines = [
            f"id:network/{code} a haz:SeismicNetwork",
            f"rdfs:label {lit(name, 'en')}",
            f"haz:networkCode {lit(code)}",
            *(f"haz:operatedBy id:agency/{a}" for a in ops),
            *(f"haz:hasStation id:station/{n}.{c}" for n, c, *_ in STATIONS if n == code),
        ]
        out.append(" ;\n    ".join(lines) + " .\n")
    for net, code, site, country, latlon, elev, since in STATIONS:
        geom, gblock = point(f"station-{net}.{code}", latlon)
        lines = [
            f"id:station/{net}.{code} a haz:SeismicStation",
            f"rdfs:label {lit(site, 'en')}",
            f"haz:stationCode {lit(code)}",
            f"haz:elevation {quantity(elev, 'M')}",
            f"haz:operationalSince {lit(since, dt='xsd:date')}",
            geom.strip(),
        ]
        if country:
            lines.append(f"haz:locatedIn id:country/{country}")
        out.append(" ;\n    ".join(lines) + " .\n" + gblock)
    # the portal writes its own resources as full IRIs (their paths hold "/", which a Turtle
    # prefixed name may not)
    text = re.sub(r"(?<![\w:])id:([\w./-]*\w)", lambda m: f"<{ID}{m[1]}>", "\n".join(out))
    (HERE / "hazards.ttl").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
