# ruff: noqa: E501  (one record a line)
"""Write ``gtfs.trig``: a bilingual city region's public-transport timetable feed as its open-data
portal publishes the GTFS feed converted to RDF (**TriG**, one named graph per feed version, one
for the service-alerts snapshot, the portal's catalogue and the publisher's ontology in the
default graph).

The shape follows what such a conversion holds:

* the **Linked GTFS** vocabulary (``gtfs:`` ``http://vocab.gtfs.org/terms#``): agencies
  (``gtfs:Agency``, also a **Transmodel** ``tmorg:Authority``) named by ``foaf:name`` in Finnish,
  Swedish and English, ``gtfs:timeZone``, ``foaf:phone``, ``dcterms:language``; operators that
  run routes under contract (``tmorg:Operator``, ``schema:name``) by the publisher's own
  ``tp:operator``;
* routes (``gtfs:Route``, the night route a ``tp:NightRoute`` under it) named only by
  ``gtfs:shortName`` ("4", "M2", "N55") and ``gtfs:longName`` ("Rautatieasema – Niittykumpu";
  the ferries' also in Swedish), ``gtfs:routeType`` a **SKOS concept** of the GTFS route types
  (labels in three languages, ``skos:notation``), ``gtfs:color`` / ``gtfs:textColor`` as hex
  strings, ``gtfs:agency``;
* stops (``gtfs:Stop``; stations ``gtfs:Station``, metro stations ``tp:MetroStation`` under it;
  platforms ``tp:Platform`` and ferry piers ``tp:FerryPier`` under ``gtfs:Stop``) named by
  ``foaf:name`` in Finnish and Swedish (a few in English too), **platforms named as their
  station** with ``gtfs:platformCode``; **two kerbside stops sharing a name**; the station side
  by ``gtfs:parentStation`` on the platform **or the declared inverse ``tp:hasPlatform`` on the
  station**, never both; ``gtfs:code`` stop codes; ``gtfs:zone`` a fare-zone node (labels in
  three languages, ``skos:notation``); ``gtfs:wheelchairAccessible`` one of Linked GTFS's
  individuals (platforms "check parent station"), a few older stops only a boolean
  ``tp:stepFree``; coordinates as WGS84 ``geo:lat`` / ``geo:long`` on stations and stops,
  **GeoSPARQL ``geo:hasGeometry`` blank points (``geo:asWKT``)** on platforms and piers; one
  depot stop named by nothing but its code;
* service calendars (``gtfs:Service``, some unlabelled) with **blank ``gtfs:CalendarRule``**
  nodes (``gtfs:monday`` .. ``gtfs:sunday`` booleans, ``gtfs:startDate`` / ``gtfs:endDate``) and
  **blank ``gtfs:CalendarDateRule`` exceptions** (``gtfs:date``, ``gtfs:dateAddition``);
* trips (``gtfs:Trip``, named only by ``dcterms:identifier``) with ``gtfs:route``,
  ``gtfs:service``, ``gtfs:headsign``, ``gtfs:direction``; a sample of stop times
  (``gtfs:StopTime``: IRIs on the bus, tram and metro trips, **blank nodes on the ferry
  agency's**) with ``gtfs:trip``, ``gtfs:stop``, ``gtfs:arrivalTime`` / ``gtfs:departureTime``
  (``xsd:string`` "07:15:00") and ``gtfs:stopSequence``;
* transfers (``gtfs:Transfer``: ``gtfs:originStop``, ``gtfs:destinationStop``,
  ``gtfs:transferType`` a Linked GTFS individual, ``gtfs:minimumTransferTime`` in seconds);
* fares (``gtfs:FareClass``, named in three languages, ``gtfs:price`` ``xsd:decimal``,
  ``gtfs:currencyType``, ``gtfs:paymentMethod``, ``gtfs:transferExpiryTime`` seconds) and
  **fare rules as ``gtfs:FareRule`` nodes** (``gtfs:fareClass``, ``gtfs:zone`` a zone it
  covers, or ``gtfs:route``);
* service alerts (``tp:ServiceAlert``, GTFS-realtime's shape) titled in three languages, the
  affected route or stop **by a direct ``tp:affectsRoute`` / ``tp:affectsStop`` or on a blank
  ``tp:InformedEntity``**, cause and effect SKOS concepts, a blank active period
  (``tp:start`` / ``tp:end`` ``xsd:dateTime``);
* the portal's **DCAT** catalogue: the dataset, its publisher, licence, distributions and
  contact point (vCard), and **the feed versions (the named graphs' names)** with
  ``dcat:version``, ``dcterms:issued``, ``dcat:previousVersion``; the older version's graph
  holds only what the newer dropped (a withdrawn bus route and its stops);
* the publisher's own ontology ``tp:``: classes in a hierarchy, properties labelled and some
  described (``rdfs:comment``), ``owl:inverseOf`` declared for ``tp:hasPlatform`` only.

Every name, code, time and price is invented. Seeded, no network; stdlib + rdflib. Run from the
repository root: ``python bench/data/own/gtfs_make.py``.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://data.pohjasatama.example/"
GTFS = Namespace("http://vocab.gtfs.org/terms#")
# DCAT 3 (hasVersion, version, previousVersion: rdflib's DCAT namespace is DCAT 2)
DCAT = Namespace("http://www.w3.org/ns/dcat#")
TP = Namespace(BASE + "ns/transit#")
TMORG = Namespace("https://w3id.org/transmodel/organisations#")
SCHEMA = Namespace("http://schema.org/")
WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
SF = Namespace("http://www.opengis.net/ont/sf#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
AGENCY = Namespace(BASE + "gtfs/agency/")
ROUTE = Namespace(BASE + "gtfs/route/")
STOP = Namespace(BASE + "gtfs/stop/")
TRIP = Namespace(BASE + "gtfs/trip/")
ST = Namespace(BASE + "gtfs/stoptime/")
SERVICE = Namespace(BASE + "gtfs/service/")
ZONE = Namespace(BASE + "gtfs/zone/")
FARE = Namespace(BASE + "gtfs/fare/")
TRANSFER = Namespace(BASE + "gtfs/transfer/")
ALERT = Namespace(BASE + "alerts/")
CAUSE = Namespace(BASE + "vocab/cause/")
EFFECT = Namespace(BASE + "vocab/effect/")
FEED = Namespace(BASE + "gtfs/feed/")
NEW = FEED["2026-11-02"]
OLD = FEED["2026-08-17"]
ALERTS = ALERT["snapshot/2026-12-06"]

# key: (id, names [(text, lang)], phone, other type)
AGENCIES = {
    "psl": (
        "PSL",
        [
            ("Pohjasataman seudun liikenne", "fi"),
            ("Norrhamns regiontrafik", "sv"),
            ("Pohjasatama Regional Transport", "en"),
        ],
        "+358 9 310 1000",
        TMORG.Authority,
    ),
    "psm": (
        "PSM",
        [("Pohjasataman Metro Oy", "fi"), ("Pohjasatama Metro Ltd", "en")],
        "+358 9 310 2200",
        TMORG.Operator,
    ),
    "ferry": ("SAL", [("Saaristolautat Oy", None)], "+358 20 744 5500", TMORG.Operator),
}
# the ferry company's English trading name, as schema.org's alternateName
FERRY_ALIAS = "Archipelago Ferries"
# key: (name, property naming it)
OPERATORS = {
    "kivikko": ("Kivikko Liikenne Oy", SCHEMA.name),
    "nordbuss": ("Nordbuss Ab", SCHEMA.name),
    "raitio": ("Raitio Oy", FOAF.name),
}

# route type concept: (gtfs individual, notation, en, fi, sv, English alternative)
ROUTE_TYPES = [
    (GTFS.Tram, "0", "Tram", "Raitiovaunu", "Spårvagn", "Streetcar"),
    (GTFS.Subway, "1", "Metro", "Metro", "Tunnelbana", "Subway"),
    (GTFS.Bus, "3", "Bus", "Bussi", "Buss", None),
    (GTFS.Ferry, "4", "Ferry", "Lautta", "Färja", "Boat"),
]

# zone: (en, fi, sv)
ZONES = ["A", "B", "C", "D"]

# stations: key -> (id, code, fi, sv, en or None, zone, accessible, lat, long, kind, platform link)
# kind "metro" is a tp:MetroStation, "terminal" a gtfs:Station; link "parent": the platforms say
# gtfs:parentStation, "has": the station says tp:hasPlatform
STATIONS = {
    "rautatieasema": (
        1000,
        "H1000",
        "Rautatieasema",
        "Järnvägsstationen",
        "Central Railway Station",
        "A",
        True,
        "60.17125",
        "24.94107",
        "metro",
        "parent",
    ),
    "yliopisto": (
        1010,
        "H1010",
        "Yliopisto",
        "Universitetet",
        None,
        "A",
        True,
        "60.16944",
        "24.94722",
        "metro",
        "parent",
    ),
    "kalasatama": (
        1020,
        "H1020",
        "Kalasatama",
        "Fiskehamnen",
        None,
        "A",
        True,
        "60.18762",
        "24.97710",
        "metro",
        "has",
    ),
    "itakeskus": (
        1030,
        "H1030",
        "Itäkeskus",
        "Östra centrum",
        None,
        "B",
        True,
        "60.21029",
        "25.08126",
        "metro",
        "has",
    ),
    "lentoasema": (
        1040,
        "H1040",
        "Lentoasema",
        "Flygplatsen",
        "Airport",
        "C",
        True,
        "60.31721",
        "24.96330",
        "metro",
        "parent",
    ),
    "koivuranta": (
        1050,
        "H1050",
        "Koivuranta",
        "Björkstrand",
        None,
        "B",
        False,
        "60.15780",
        "24.87942",
        "metro",
        "has",
    ),
    "satamatori": (
        1060,
        "H1060",
        "Satamatori",
        "Hamntorget",
        "Harbour Square",
        "A",
        True,
        "60.16745",
        "24.95322",
        "terminal",
        "parent",
    ),
    "etelaranta": (
        1070,
        "H1070",
        "Eteläranta",
        "Södra kajen",
        None,
        "A",
        True,
        "60.16601",
        "24.95015",
        "terminal",
        "has",
    ),
}
# platforms: (station, id, platform code, kind "platform" / "pier", lat, long)
PLATFORMS = [
    ("rautatieasema", 1001, "1", "platform", "60.17111", "24.94130"),
    ("rautatieasema", 1002, "2", "platform", "60.17118", "24.94150"),
    ("rautatieasema", 1003, "R", "platform", "60.17160", "24.94220"),
    ("rautatieasema", 1004, "14", "platform", "60.17190", "24.94010"),
    ("yliopisto", 1011, "1", "platform", "60.16930", "24.94700"),
    ("yliopisto", 1012, "2", "platform", "60.16936", "24.94716"),
    ("yliopisto", 1013, "T", "platform", "60.16990", "24.94800"),
    ("kalasatama", 1021, "1", "platform", "60.18755", "24.97700"),
    ("kalasatama", 1022, "2", "platform", "60.18760", "24.97722"),
    ("itakeskus", 1031, "1", "platform", "60.21020", "25.08110"),
    ("itakeskus", 1032, "2", "platform", "60.21025", "25.08130"),
    ("itakeskus", 1033, "21", "platform", "60.21070", "25.08200"),
    ("itakeskus", 1034, "22", "platform", "60.21075", "25.08215"),
    ("lentoasema", 1041, "1", "platform", "60.31710", "24.96310"),
    ("lentoasema", 1042, "5", "platform", "60.31800", "24.96500"),
    ("koivuranta", 1051, "1", "platform", "60.15770", "24.87930"),
    ("koivuranta", 1052, "2", "platform", "60.15774", "24.87950"),
    ("satamatori", 1061, "A", "pier", "60.16700", "24.95400"),
    ("satamatori", 1062, "B", "pier", "60.16690", "24.95450"),
    ("etelaranta", 1071, "1", "pier", "60.16580", "24.95100"),
]
# stops: key -> (id, code, fi, sv, zone, accessible (True / False / "step": only tp:stepFree),
# lat, long, kind "stop" / "pier")
STOPS = {
    "kauppahalli1": (
        2011,
        "H2011",
        "Kauppahalli",
        "Saluhallen",
        "A",
        True,
        "60.16702",
        "24.95180",
        "stop",
    ),
    "kauppahalli2": (
        2012,
        "H2012",
        "Kauppahalli",
        "Saluhallen",
        "A",
        True,
        "60.16712",
        "24.95160",
        "stop",
    ),
    "tuomiokirkko": (
        2021,
        "H2021",
        "Tuomiokirkko",
        "Domkyrkan",
        "A",
        True,
        "60.17035",
        "24.95240",
        "stop",
    ),
    "kallio": (2031, "H2031", "Kallio", "Berghäll", "A", True, "60.18420", "24.95005", "stop"),
    "kivisilta": (
        2041,
        "H2041",
        "Kivisilta",
        "Stenbron",
        "A",
        False,
        "60.19102",
        "24.94410",
        "stop",
    ),
    "stadion": (2051, "H2051", "Stadion", None, "A", True, "60.18660", "24.92710", "stop"),
    "ruusula": (2061, "H2061", "Ruusula", "Rosendal", "B", "step", "60.19810", "24.92100", "stop"),
    "niittykumpu": (
        2071,
        "H2071",
        "Niittykumpu",
        "Ängskulla",
        "B",
        True,
        "60.20540",
        "24.91550",
        "stop",
    ),
    "pajamaki": (
        2081,
        "H2081",
        "Pajamäki",
        "Smedjebacka",
        "B",
        True,
        "60.21390",
        "24.88620",
        "stop",
    ),
    "teollisuuskatu": (
        2091,
        "H2091",
        "Teollisuuskatu",
        "Industrigatan",
        "A",
        "step",
        "60.19520",
        "24.93980",
        "stop",
    ),
    "meripuisto": (
        2101,
        "H2101",
        "Meripuisto",
        "Havsparken",
        "A",
        True,
        "60.15910",
        "24.94200",
        "stop",
    ),
    "keskussairaala": (
        2301,
        "H2301",
        "Keskussairaala",
        "Centralsjukhuset",
        "A",
        True,
        "60.19012",
        "24.90615",
        "stop",
    ),
    "pohjoisranta": (
        2111,
        "H2111",
        "Pohjoisranta",
        "Norra kajen",
        "A",
        True,
        "60.17330",
        "24.95900",
        "stop",
    ),
    "tammela": (2121, "H2121", "Tammela", "Ekbacka", "B", False, "60.22410", "24.97230", "stop"),
    "myllypuro": (
        2131,
        "H2131",
        "Myllypuro",
        "Kvarnbäcken",
        "B",
        True,
        "60.22480",
        "25.07640",
        "stop",
    ),
    "harjula": (2141, "H2141", "Harjula", "Åsen", "C", True, "60.26010", "25.10150", "stop"),
    "linnasaari": (
        2151,
        "H2151",
        "Linnasaari",
        "Slottsholmen",
        "A",
        False,
        "60.14580",
        "24.98820",
        "pier",
    ),
    "tervasaari": (
        2161,
        "H2161",
        "Tervasaari",
        "Tjärholmen",
        "D",
        False,
        "60.11850",
        "25.05210",
        "pier",
    ),
}
# stops only the older feed version holds (the withdrawn route 41's)
OLD_STOPS = {
    "vanhakaupunki": (
        2401,
        "H2401",
        "Vanhakaupunki",
        "Gammelstaden",
        "B",
        True,
        "60.21560",
        "24.98010",
        "stop",
    ),
    "lahdenpera": (
        2411,
        "H2411",
        "Lahdenperä",
        "Vikbotten",
        "C",
        False,
        "60.24010",
        "25.00120",
        "stop",
    ),
}

# routes: key -> (id, short name, long name, Swedish long name or None, type, colour, text
# colour, agency, operator or None, night, stop pattern (direction 0), weekday first departures)
ROUTES = {
    "m1": (
        "31M1",
        "M1",
        "Lentoasema – Yliopisto",
        None,
        GTFS.Subway,
        "FF6319",
        "FFFFFF",
        "psm",
        None,
        False,
        [1041, 1031, 1021, 1001, 1011],
        ["05:32", "06:02"],
    ),
    "m2": (
        "31M2",
        "M2",
        "Koivuranta – Kalasatama",
        None,
        GTFS.Subway,
        "7B2D8E",
        "FFFFFF",
        "psm",
        None,
        False,
        [1051, 1012, 1002, 1022],
        ["05:40", "06:10"],
    ),
    "t2": (
        "1002",
        "2",
        "Kauppahalli – Kivisilta",
        None,
        GTFS.Tram,
        "00985F",
        "FFFFFF",
        "psl",
        "raitio",
        False,
        [2011, 2021, 2031, 2041],
        ["06:05", "06:20"],
    ),
    "t4": (
        "1004",
        "4",
        "Rautatieasema – Niittykumpu",
        None,
        GTFS.Tram,
        "00985F",
        "FFFFFF",
        "psl",
        "raitio",
        False,
        [1003, 2051, 2061, 2071],
        ["07:15", "07:27"],
    ),
    "t9": (
        "1009",
        "9",
        "Pajamäki – Yliopisto",
        None,
        GTFS.Tram,
        "00985F",
        "FFFFFF",
        "psl",
        "raitio",
        False,
        [2081, 2091, 2031, 1013],
        ["06:40", "06:52"],
    ),
    "b14": (
        "1014",
        "14",
        "Rautatieasema – Keskussairaala",
        None,
        GTFS.Bus,
        "007AC9",
        "FFFFFF",
        "psl",
        "kivikko",
        False,
        [1004, 2101, 2301],
        ["06:10", "06:40"],
    ),
    "b23": (
        "1023",
        "23",
        "Kauppahalli – Tammela",
        None,
        GTFS.Bus,
        "007AC9",
        "FFFFFF",
        "psl",
        "kivikko",
        False,
        [2012, 2111, 2121],
        ["06:15", "06:45"],
    ),
    "b55": (
        "1055",
        "55",
        "Rautatieasema – Lentoasema",
        None,
        GTFS.Bus,
        "007AC9",
        "FFFFFF",
        "psl",
        "nordbuss",
        False,
        [1004, 2031, 2131, 1042],
        ["07:10", "07:40"],
    ),
    "n55": (
        "1055N",
        "N55",
        "Rautatieasema – Lentoasema (yöbussi)",
        None,
        GTFS.Bus,
        "191919",
        "FFFFFF",
        "psl",
        "nordbuss",
        True,
        [1004, 2031, 2131, 1042],
        ["01:05", "02:35"],
    ),
    "b102": (
        "2102",
        "102",
        "Itäkeskus – Harjula",
        None,
        GTFS.Bus,
        "007AC9",
        "FFFFFF",
        "psl",
        "nordbuss",
        False,
        [1033, 2131, 2141],
        ["06:20", "06:50"],
    ),
    "b550": (
        "2550",
        "550",
        "Itäkeskus – Koivuranta",
        None,
        GTFS.Bus,
        "F092CD",
        "000000",
        "psl",
        "kivikko",
        False,
        [1034, 2081, 1052],
        ["05:50", "06:05"],
    ),
    "f19": (
        "1019",
        "19",
        "Satamatori – Linnasaari",
        "Hamntorget – Slottsholmen",
        GTFS.Ferry,
        "FFFFFF",
        "000000",
        "ferry",
        None,
        False,
        [1061, 2151],
        ["08:00", "09:00"],
    ),
    "f20": (
        "1020",
        "20",
        "Eteläranta – Tervasaari",
        "Södra kajen – Tjärholmen",
        GTFS.Ferry,
        "FFFFFF",
        "000000",
        "ferry",
        None,
        False,
        [1071, 2161],
        ["09:30"],
    ),
}
OLD_ROUTE = (
    "2041",
    "41",
    "Vanhakaupunki – Lahdenperä",
    GTFS.Bus,
    "007AC9",
    "psl",
    "kivikko",
    [2401, 2411],
    "06:30",
)
# minutes between consecutive stops of a route's trips
LEG_MINUTES = {
    "m1": 3,
    "m2": 3,
    "t2": 4,
    "t4": 5,
    "t9": 4,
    "b14": 7,
    "b23": 6,
    "b55": 9,
    "n55": 8,
    "b102": 6,
    "b550": 8,
    "f19": 15,
    "f20": 35,
}
# which routes run on which service ("WK" weekdays, "SA", "SU", "NI" weekend nights, "FW" the
# ferry's winter weekends)
ROUTE_SERVICES = {"n55": ["NI"], "f20": ["FW"], "f19": ["WK", "SU"]}

# services: key -> (labels [(text, lang)], days mon..sun, start, end, exceptions [(date, added)])
SERVICES = {
    "WK": (
        [("Weekdays", "en"), ("Arkipäivät", "fi")],
        "1111100",
        "2026-11-02",
        "2027-06-13",
        [("2026-12-24", False), ("2026-12-25", False), ("2027-01-06", False)],
    ),
    "SA": ([("Saturdays", "en"), ("Lauantait", "fi")], "0000010", "2026-11-02", "2027-06-13", []),
    "SU": (
        [("Sundays and public holidays", "en"), ("Sunnuntait ja pyhät", "fi")],
        "0000001",
        "2026-11-02",
        "2027-06-13",
        [("2026-12-24", True), ("2026-12-25", True), ("2027-01-06", True)],
    ),
    "NI": (
        [("Weekend nights", "en"), ("Viikonloppuyöt", "fi")],
        "0000110",
        "2026-11-02",
        "2027-06-13",
        [],
    ),
    "FW": ([], "0000011", "2026-11-07", "2027-04-25", [("2026-12-26", True)]),
}

# fares: key -> (names [(text, lang)], price, payment (True: before boarding), transfer expiry
# seconds or None, zones covered or route)
FARES = {
    "ab": (
        [("Single ticket AB", "en"), ("Kertalippu AB", "fi"), ("Enkelbiljett AB", "sv")],
        "3.20",
        True,
        5400,
        "AB",
    ),
    "abc": (
        [("Single ticket ABC", "en"), ("Kertalippu ABC", "fi"), ("Enkelbiljett ABC", "sv")],
        "4.10",
        True,
        5400,
        "ABC",
    ),
    "abcd": ([("Single ticket ABCD", "en"), ("Kertalippu ABCD", "fi")], "5.00", True, 6600, "ABCD"),
    "ab-driver": (
        [("Single ticket AB, bought from the driver", "en"), ("Kertalippu AB kuljettajalta", "fi")],
        "3.80",
        False,
        5400,
        "AB",
    ),
    "day-ab": (
        [("Day ticket AB", "en"), ("Vuorokausilippu AB", "fi"), ("Dygnsbiljett AB", "sv")],
        "9.00",
        True,
        86400,
        "AB",
    ),
    "child-ab": (
        [("Child single ticket AB", "en"), ("Lasten kertalippu AB", "fi")],
        "1.60",
        True,
        5400,
        "AB",
    ),
    "ferry20": (
        [("Tervasaari ferry ticket", "en"), ("Tervasaaren lauttalippu", "fi")],
        "5.50",
        False,
        None,
        "f20",
    ),
}

# transfers: (from stop id, to stop id, type, minimum seconds or None)
TRANSFERS = [
    (1001, 1003, GTFS.MinimumTimeTransfer, 240),
    (1003, 1001, GTFS.MinimumTimeTransfer, 240),
    (1031, 1033, GTFS.MinimumTimeTransfer, 180),
    (1041, 1042, GTFS.MinimumTimeTransfer, 300),
    (1021, 1022, GTFS.MinimumTimeTransfer, 60),
    (1011, 1013, GTFS.MinimumTimeTransfer, 200),
    (1061, 2011, GTFS.RecommendedTransfer, None),
    (1051, 1052, GTFS.NoTransfer, None),
    (2041, 2031, GTFS.EnsuredTransfer, None),
]
TRANSFER_TYPES = [
    (GTFS.RecommendedTransfer, "Recommended transfer point"),
    (GTFS.EnsuredTransfer, "Timed transfer (the departing vehicle waits)"),
    (GTFS.MinimumTimeTransfer, "Transfer needing a minimum time"),
    (GTFS.NoTransfer, "No transfer possible"),
]
ACCESS = [
    (GTFS.WheelchairAccessible, "wheelchair accessible"),
    (GTFS.NotWheelchairAccessible, "not wheelchair accessible"),
    (GTFS.CheckParentStation, "as its parent station"),
]

CAUSES = {
    "construction": "Construction",
    "strike": "Strike",
    "weather": "Weather",
    "technical": "Technical problem",
    "maintenance": "Maintenance",
}
EFFECTS = {
    "detour": "Detour",
    "reduced": "Reduced service",
    "moved": "Stop moved",
    "none": "No service",
    "access": "Accessibility issue",
}
# alerts: key -> (titles [(text, lang)], cause, effect, routes, stops, start, end, informed
# entity on a blank node (True) or direct (False))
ALERTS_DATA = {
    "7311": (
        [
            ("Tram 4 diverted via Kallio because of track works", "en"),
            ("Raitiolinja 4 poikkeusreitillä raidetöiden vuoksi", "fi"),
            ("Spårvagn 4 kör via Berghäll på grund av spårarbeten", "sv"),
        ],
        "construction",
        "detour",
        ["t4"],
        [],
        "2026-11-30T04:00:00",
        "2026-12-20T02:00:00",
        False,
    ),
    "7318": (
        [
            ("Stop Kauppahalli (H2012) moved 50 m towards the harbour", "en"),
            ("Pysäkki Kauppahalli (H2012) siirretty", "fi"),
        ],
        "construction",
        "moved",
        [],
        [2012],
        "2026-12-01T05:00:00",
        "2027-01-31T23:59:00",
        True,
    ),
    "7320": (
        [
            ("Metro M2 runs every 10 minutes: signal fault", "en"),
            ("Metro M2 kulkee 10 minuutin välein", "fi"),
        ],
        "technical",
        "reduced",
        ["m2"],
        [],
        "2026-12-06T06:00:00",
        "2026-12-06T20:00:00",
        True,
    ),
    "7322": (
        [
            ("Tervasaari ferry cancelled: ice", "en"),
            ("Tervasaaren lautta peruttu jäätilanteen vuoksi", "fi"),
        ],
        "weather",
        "none",
        ["f20"],
        [],
        "2026-12-05T00:00:00",
        "2026-12-13T23:59:00",
        False,
    ),
    "7325": (
        [
            ("Koivuranta metro station lift out of service", "en"),
            ("Koivurannan metroaseman hissi epäkunnossa", "fi"),
        ],
        "maintenance",
        "access",
        [],
        [1050],
        "2026-12-02T00:00:00",
        "2026-12-18T00:00:00",
        False,
    ),
    "7327": (
        [
            ("Nordbuss drivers' strike: routes 55 and 102 not running", "en"),
            ("Nordbussin kuljettajien lakko", "fi"),
        ],
        "strike",
        "none",
        ["b55", "b102"],
        [],
        "2026-12-07T00:00:00",
        "2026-12-08T04:00:00",
        True,
    ),
}

_BNODES = itertools.count(1)


def bnode() -> BNode:
    """A blank node with a stable label, so the file is the same on every run."""
    return BNode(f"b{next(_BNODES)}")


def trig(ds: Dataset) -> str:
    """``ds`` as TriG with its graphs in a fixed order (rdflib writes them in set order)."""
    prefixes: set[str] = set()
    blocks = []
    graphs = sorted(
        ds.graphs(), key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier))
    )
    for graph in graphs:
        one = Dataset()
        for p, ns in ds.namespaces():
            one.bind(p, ns, override=True, replace=True)
        target = (
            one.default_graph
            if graph.identifier == DATASET_DEFAULT_GRAPH_ID
            else one.graph(graph.identifier)
        )
        for t in graph:
            target.add(t)
        if not len(target):
            continue
        lines = one.serialize(format="trig").splitlines()
        prefixes |= {x for x in lines if x.startswith("@prefix")}
        blocks.append("\n".join(x for x in lines if not x.startswith("@prefix")).strip())
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks) + "\n"


def hhmm(minutes: int) -> str:
    """``minutes`` after midnight as GTFS writes a time ("07:15:00"; past 24 h for night trips)."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}:00"


def ontology(add) -> None:  # type: ignore[no-untyped-def]
    """The publisher's ``tp:`` terms, the route types, zones' and GTFS individuals' labels."""
    add((URIRef(BASE + "ns/transit"), RDF.type, OWL.Ontology))
    add((URIRef(BASE + "ns/transit"), RDFS.label, Literal("PSL transit ontology", lang="en")))
    for cls, parent, label in [
        (GTFS.Station, GTFS.Stop, "Station"),
        (TP.MetroStation, GTFS.Station, "Metro station"),
        (TP.Platform, GTFS.Stop, "Platform"),
        (TP.FerryPier, TP.Platform, "Ferry pier"),
        (TP.NightRoute, GTFS.Route, "Night route"),
        (TP.ServiceAlert, SCHEMA.SpecialAnnouncement, "Service alert"),
        (TP.InformedEntity, None, "Informed entity"),
    ]:
        add((cls, RDF.type, OWL.Class))
        add((cls, RDFS.label, Literal(label, lang="en")))
        if parent is not None:
            add((cls, RDFS.subClassOf, parent))
    for prop, label, comment, kind in [
        (
            TP.operator,
            "operator",
            "The company that runs the route under contract to the agency.",
            OWL.ObjectProperty,
        ),
        (
            TP.hasPlatform,
            "has platform",
            "A platform, bay or pier of the station.",
            OWL.ObjectProperty,
        ),
        (TP.stepFree, "step-free access", None, OWL.DatatypeProperty),
        (TP.affectsRoute, "affects route", "A route the alert concerns.", OWL.ObjectProperty),
        (TP.affectsStop, "affects stop", None, OWL.ObjectProperty),
        (
            TP.informedEntity,
            "informed entity",
            "What the alert informs about, as GTFS-realtime's EntitySelector.",
            OWL.ObjectProperty,
        ),
        (TP.route, "route", None, OWL.ObjectProperty),
        (TP.stop, "stop", None, OWL.ObjectProperty),
        (TP.cause, "cause", None, OWL.ObjectProperty),
        (TP.effect, "effect", "What the disruption does to the service.", OWL.ObjectProperty),
        (TP.activePeriod, "active period", None, OWL.ObjectProperty),
        (TP.start, "start", None, OWL.DatatypeProperty),
        (TP.end, "end", None, OWL.DatatypeProperty),
    ]:
        add((prop, RDF.type, kind))
        add((prop, RDFS.label, Literal(label, lang="en")))
        if comment:
            add((prop, RDFS.comment, Literal(comment, lang="en")))
    add((TP.hasPlatform, OWL.inverseOf, GTFS.parentStation))
    add((TP.operator, RDFS.range, TMORG.Operator))
    add((TP.operator, RDFS.domain, GTFS.Route))

    scheme = URIRef(BASE + "vocab/route-types")
    add((scheme, RDF.type, SKOS.ConceptScheme))
    add((scheme, SKOS.prefLabel, Literal("GTFS route types", lang="en")))
    for concept, notation, en, fi, sv, alt in ROUTE_TYPES:
        add((concept, RDF.type, SKOS.Concept))
        add((concept, SKOS.inScheme, scheme))
        add((concept, SKOS.notation, Literal(notation)))
        add((concept, SKOS.prefLabel, Literal(en, lang="en")))
        add((concept, SKOS.prefLabel, Literal(fi, lang="fi")))
        add((concept, SKOS.prefLabel, Literal(sv, lang="sv")))
        if alt:
            add((concept, SKOS.altLabel, Literal(alt, lang="en")))
    for individual, label in TRANSFER_TYPES + ACCESS:
        add((individual, RDFS.label, Literal(label, lang="en")))
    add((GTFS.OnBoard, RDFS.label, Literal("paid on board", lang="en")))
    add((GTFS.BeforeBoarding, RDFS.label, Literal("paid before boarding", lang="en")))
    for ns, table, scheme_name in [
        (CAUSE, CAUSES, "Alert causes"),
        (EFFECT, EFFECTS, "Alert effects"),
    ]:
        s = URIRef(str(ns).rstrip("/"))
        add((s, RDF.type, SKOS.ConceptScheme))
        add((s, SKOS.prefLabel, Literal(scheme_name, lang="en")))
        for slug, label in table.items():
            add((ns[slug], RDF.type, SKOS.Concept))
            add((ns[slug], SKOS.inScheme, s))
            add((ns[slug], SKOS.prefLabel, Literal(label, lang="en")))


def catalogue(add) -> None:  # type: ignore[no-untyped-def]
    """The portal's DCAT record of the feed, its versions and the alerts snapshot."""
    d = URIRef(BASE + "dataset/psl-gtfs")
    add((d, RDF.type, DCAT.Dataset))
    add((d, DCTERMS.title, Literal("PSL public transport timetables (GTFS)", lang="en")))
    add((d, DCTERMS.title, Literal("PSL:n joukkoliikenteen aikataulut (GTFS)", lang="fi")))
    add(
        (
            d,
            DCTERMS.description,
            Literal(
                "Routes, stops, timetables and fares of the Pohjasatama region, converted from GTFS to RDF.",
                lang="en",
            ),
        )
    )
    add((d, DCTERMS.publisher, AGENCY["PSL"]))
    lic = URIRef("https://creativecommons.org/licenses/by/4.0/")
    add((d, DCTERMS.license, lic))
    add((lic, RDFS.label, Literal("Creative Commons Attribution 4.0 International", lang="en")))
    add((lic, SKOS.altLabel, Literal("CC BY 4.0")))
    for kw in ("timetables", "public transport", "GTFS"):
        add((d, DCAT.keyword, Literal(kw, lang="en")))
    add((d, DCAT.keyword, Literal("aikataulut", lang="fi")))
    add((d, DCTERMS.accrualPeriodicity, URIRef("http://purl.org/cld/freq/weekly")))
    add((URIRef("http://purl.org/cld/freq/weekly"), RDFS.label, Literal("weekly", lang="en")))
    contact = bnode()
    add((d, DCAT.contactPoint, contact))
    add((contact, RDF.type, VCARD.Organization))
    add((contact, VCARD.fn, Literal("PSL Open Data team")))
    add((contact, VCARD.hasEmail, URIRef("mailto:avoindata@pohjasatama.example")))
    for slug, title, fmt, media in [
        ("gtfs-zip", "GTFS zip", "GTFS", "application/zip"),
        ("trig", "Linked GTFS (TriG)", "TriG", "application/trig"),
    ]:
        dist = URIRef(BASE + "dataset/psl-gtfs/distribution/" + slug)
        add((d, DCAT.distribution, dist))
        add((dist, RDF.type, DCAT.Distribution))
        add((dist, DCTERMS.title, Literal(title, lang="en")))
        add((dist, DCTERMS.format, Literal(fmt)))
        add((dist, DCAT.mediaType, Literal(media)))
        add(
            (
                dist,
                DCAT.downloadURL,
                URIRef(BASE + "download/psl-gtfs." + ("zip" if slug == "gtfs-zip" else "trig")),
            )
        )
    for feed, version, issued, start, end, prev in [
        (OLD, "2026.08.17", "2026-08-12", "2026-08-17", "2026-11-01", None),
        (NEW, "2026.11.02", "2026-10-28", "2026-11-02", "2027-06-13", OLD),
    ]:
        add((d, DCAT.hasVersion, feed))
        add((feed, RDF.type, DCAT.Dataset))
        add((feed, RDF.type, GTFS.Feed))
        add((feed, DCTERMS.title, Literal(f"PSL GTFS feed {version}", lang="en")))
        add((feed, DCAT.version, Literal(version)))
        add((feed, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
        add((feed, GTFS.startDate, Literal(start, datatype=XSD.date)))
        add((feed, GTFS.endDate, Literal(end, datatype=XSD.date)))
        add((feed, DCTERMS.publisher, AGENCY["PSL"]))
        if prev is not None:
            add((feed, DCAT.previousVersion, prev))
    add((ALERTS, RDF.type, DCAT.Dataset))
    add(
        (
            ALERTS,
            DCTERMS.title,
            Literal("PSL service alerts, snapshot of 6 December 2026", lang="en"),
        )
    )
    add((ALERTS, DCTERMS.issued, Literal("2026-12-06T08:00:00", datatype=XSD.dateTime)))
    add((ALERTS, DCTERMS.publisher, AGENCY["PSL"]))


def stop_node(
    add,
    sid: int,
    code: str,
    fi: str | None,
    sv: str | None,
    zone: str,
    accessible: object,
    lat: str,
    long: str,
    kind: str,
) -> URIRef:  # type: ignore[no-untyped-def]
    """One kerbside stop or island pier, with its coordinates as WGS84 lat / long."""
    s = STOP[str(sid)]
    add((s, RDF.type, GTFS.Stop))
    if kind == "pier":
        add((s, RDF.type, TP.FerryPier))
    if fi:
        add((s, FOAF.name, Literal(fi, lang="fi")))
    if sv:
        add((s, FOAF.name, Literal(sv, lang="sv")))
    add((s, GTFS.code, Literal(code)))
    add((s, DCTERMS.identifier, Literal(str(sid))))
    add((s, GTFS.zone, ZONE[zone]))
    if accessible == "step":
        add((s, TP.stepFree, Literal(True)))
    else:
        add(
            (
                s,
                GTFS.wheelchairAccessible,
                GTFS.WheelchairAccessible if accessible else GTFS.NotWheelchairAccessible,
            )
        )
    add((s, WGS.lat, Literal(lat, datatype=XSD.decimal)))
    add((s, WGS.long, Literal(long, datatype=XSD.decimal)))
    return s


def main() -> None:
    rnd = random.Random(54)
    ds = Dataset()
    for p, ns in [
        ("gtfs", GTFS),
        ("tp", TP),
        ("tmorg", TMORG),
        ("schema", SCHEMA),
        ("geo", GEO),
        ("wgs", WGS),
        ("sf", SF),
        ("vcard", VCARD),
        ("dcat", DCAT),
        ("dcterms", DCTERMS),
        ("foaf", FOAF),
        ("skos", SKOS),
        ("owl", OWL),
        ("agency", AGENCY),
        ("route", ROUTE),
        ("stop", STOP),
        ("trip", TRIP),
        ("stoptime", ST),
        ("service", SERVICE),
        ("zone", ZONE),
        ("fare", FARE),
        ("transfer", TRANSFER),
        ("alert", ALERT),
        ("cause", CAUSE),
        ("effect", EFFECT),
        ("feed", FEED),
    ]:
        ds.bind(p, ns, override=True, replace=True)
    meta = ds.default_graph
    ontology(meta.add)
    catalogue(meta.add)
    g = ds.graph(NEW)
    add = g.add

    for key, (aid, names, phone, other) in AGENCIES.items():
        a = AGENCY[aid]
        add((a, RDF.type, GTFS.Agency))
        add((a, RDF.type, other))
        for text, lang in names:
            add((a, FOAF.name, Literal(text, lang=lang)))
        add((a, FOAF.phone, Literal(phone)))
        add((a, GTFS.timeZone, Literal("Europe/Helsinki")))
        add((a, DCTERMS.language, Literal("fi")))
        add((a, FOAF.page, URIRef(f"https://{aid.lower()}.pohjasatama.example/")))
        if key == "ferry":
            add((a, SCHEMA.alternateName, Literal(FERRY_ALIAS, lang="en")))
        if key == "psl":
            add((a, GTFS.fareUrl, URIRef(BASE + "liput")))
    for key, (name, prop) in OPERATORS.items():
        o = URIRef(BASE + "operator/" + key)
        add((o, RDF.type, TMORG.Operator))
        add((o, RDF.type, SCHEMA.Organization))
        add((o, prop, Literal(name)))

    for z in ZONES:
        add((ZONE[z], RDF.type, GTFS.Zone))
        add((ZONE[z], SKOS.notation, Literal(z)))
        add((ZONE[z], RDFS.label, Literal(f"Zone {z}", lang="en")))
        add((ZONE[z], RDFS.label, Literal(f"Vyöhyke {z}", lang="fi")))
        add((ZONE[z], RDFS.label, Literal(f"Zon {z}", lang="sv")))

    for key, (sid, code, fi, sv, en, zone, accessible, lat, long, kind, link) in STATIONS.items():
        s = STOP[str(sid)]
        add((s, RDF.type, TP.MetroStation if kind == "metro" else GTFS.Station))
        add((s, FOAF.name, Literal(fi, lang="fi")))
        add((s, FOAF.name, Literal(sv, lang="sv")))
        if en:
            add((s, FOAF.name, Literal(en, lang="en")))
        add((s, GTFS.code, Literal(code)))
        add((s, DCTERMS.identifier, Literal(str(sid))))
        add((s, GTFS.zone, ZONE[zone]))
        add(
            (
                s,
                GTFS.wheelchairAccessible,
                GTFS.WheelchairAccessible if accessible else GTFS.NotWheelchairAccessible,
            )
        )
        add((s, WGS.lat, Literal(lat, datatype=XSD.decimal)))
        add((s, WGS.long, Literal(long, datatype=XSD.decimal)))
        for station, pid, pcode, pkind, plat, plong in PLATFORMS:
            if station != key:
                continue
            p = STOP[str(pid)]
            add((p, RDF.type, TP.FerryPier if pkind == "pier" else TP.Platform))
            add((p, FOAF.name, Literal(fi, lang="fi")))
            add((p, GTFS.platformCode, Literal(pcode)))
            add((p, GTFS.code, Literal(f"H{pid}")))
            add((p, DCTERMS.identifier, Literal(str(pid))))
            add((p, GTFS.wheelchairAccessible, GTFS.CheckParentStation))
            point = bnode()
            add((p, GEO.hasGeometry, point))
            add((point, RDF.type, SF.Point))
            add((point, GEO.asWKT, Literal(f"POINT({plong} {plat})", datatype=GEO.wktLiteral)))
            if link == "parent":
                add((p, GTFS.parentStation, s))
            else:
                add((s, TP.hasPlatform, p))
    for row in STOPS.values():
        stop_node(add, *row)
    depot = STOP["9901"]
    add((depot, RDF.type, GTFS.Stop))
    add((depot, GTFS.code, Literal("H9901")))
    add((depot, GTFS.zone, ZONE["B"]))

    for (
        rid,
        short,
        long,
        long_sv,
        rtype,
        colour,
        text,
        agency,
        operator,
        night,
        *_,
    ) in ROUTES.values():
        r = ROUTE[rid]
        add((r, RDF.type, TP.NightRoute if night else GTFS.Route))
        add((r, GTFS.shortName, Literal(short)))
        add((r, GTFS.longName, Literal(long, lang="fi") if long_sv else Literal(long)))
        if long_sv:
            add((r, GTFS.longName, Literal(long_sv, lang="sv")))
        add((r, GTFS.routeType, rtype))
        add((r, GTFS.color, Literal(colour)))
        add((r, GTFS.textColor, Literal(text)))
        add((r, GTFS.agency, AGENCY[AGENCIES[agency][0]]))
        add((r, DCTERMS.identifier, Literal(rid)))
        if operator:
            add((r, TP.operator, URIRef(BASE + "operator/" + operator)))

    for key, (labels, days, start, end, exceptions) in SERVICES.items():
        sv_ = SERVICE[key]
        add((sv_, RDF.type, GTFS.Service))
        add((sv_, DCTERMS.identifier, Literal(key)))
        for text, lang in labels:
            add((sv_, RDFS.label, Literal(text, lang=lang)))
        rule = bnode()
        add((sv_, GTFS.serviceRule, rule))
        add((rule, RDF.type, GTFS.CalendarRule))
        for day, flag in zip(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            days,
            strict=True,
        ):
            add((rule, GTFS[day], Literal(flag == "1")))
        add((rule, GTFS.startDate, Literal(start, datatype=XSD.date)))
        add((rule, GTFS.endDate, Literal(end, datatype=XSD.date)))
        for day, added in exceptions:
            ex = bnode()
            add((sv_, GTFS.serviceRule, ex))
            add((ex, RDF.type, GTFS.CalendarDateRule))
            add((ex, GTFS.date, Literal(day, datatype=XSD.date)))
            add((ex, GTFS.dateAddition, Literal(added)))

    stop_names = {v[0]: v[2] for v in STATIONS.values()} | {v[0]: v[2] for v in STOPS.values()}
    parent_of = {pid: STATIONS[st][0] for st, pid, *_ in PLATFORMS}
    for key, (rid, *_, agency, _operator, _night, pattern, firsts) in ROUTES.items():
        services = ROUTE_SERVICES.get(key, ["WK", "SA", "SU"])
        leg = LEG_MINUTES[key]
        for service in services:
            for direction in (0, 1):
                stops = pattern if direction == 0 else pattern[::-1]
                times = firsts if service in ("WK", "NI", "FW") else firsts[:1]
                for first in times:
                    h, m = map(int, first.split(":"))
                    t0 = h * 60 + m + (0 if service in ("WK", "NI", "FW") else 30) + (7 * direction)
                    tid = f"{rid}_{service}_{direction}_{hhmm(t0)[:5].replace(':', '')}"
                    t = TRIP[tid]
                    add((t, RDF.type, GTFS.Trip))
                    add((t, DCTERMS.identifier, Literal(tid)))
                    add((t, GTFS.route, ROUTE[rid]))
                    add((t, GTFS.service, SERVICE[service]))
                    last = stops[-1]
                    add((t, GTFS.headsign, Literal(stop_names[parent_of.get(last, last)])))
                    add((t, GTFS.direction, Literal(bool(direction))))
                    # the sample of stop times: every weekday / night / winter trip of direction 0,
                    # one in four of the others
                    if (
                        not (direction == 0 and service in ("WK", "NI", "FW"))
                        and rnd.random() > 0.25
                    ):
                        continue
                    minute = t0
                    for seq, sid in enumerate(stops, start=1):
                        x = bnode() if agency == "ferry" else ST[f"{tid}_{seq}"]
                        add((x, RDF.type, GTFS.StopTime))
                        add((x, GTFS.trip, t))
                        add((x, GTFS.stop, STOP[str(sid)]))
                        add((x, GTFS.stopSequence, Literal(seq)))
                        add((x, GTFS.arrivalTime, Literal(hhmm(minute))))
                        add(
                            (
                                x,
                                GTFS.departureTime,
                                Literal(
                                    hhmm(minute + (1 if agency == "ferry" and seq == 1 else 0))
                                ),
                            )
                        )
                        minute += leg + rnd.choice((0, 0, 1))

    for a, b, ttype, seconds in TRANSFERS:
        x = TRANSFER[f"{a}-{b}"]
        add((x, RDF.type, GTFS.Transfer))
        add((x, GTFS.originStop, STOP[str(a)]))
        add((x, GTFS.destinationStop, STOP[str(b)]))
        add((x, GTFS.transferType, ttype))
        if seconds:
            add((x, GTFS.minimumTransferTime, Literal(seconds, datatype=XSD.nonNegativeInteger)))

    for key, (names, price, before, expiry, covers) in FARES.items():
        f = FARE[key]
        add((f, RDF.type, GTFS.FareClass))
        for text, lang in names:
            add((f, RDFS.label, Literal(text, lang=lang)))
        add((f, GTFS.price, Literal(price, datatype=XSD.decimal)))
        add((f, GTFS.currencyType, Literal("EUR")))
        add((f, GTFS.paymentMethod, GTFS.BeforeBoarding if before else GTFS.OnBoard))
        if expiry:
            add((f, GTFS.transferExpiryTime, Literal(expiry, datatype=XSD.nonNegativeInteger)))
        rule = FARE[key + "/rule"]
        add((rule, RDF.type, GTFS.FareRule))
        add((rule, GTFS.fareClass, f))
        if covers in ROUTES:
            add((rule, GTFS.route, ROUTE[ROUTES[covers][0]]))
        else:
            for z in covers:
                add((rule, GTFS.zone, ZONE[z]))

    # the older feed version: only what the newer one dropped
    old = ds.graph(OLD)
    for row in OLD_STOPS.values():
        stop_node(old.add, *row)
    rid, short, long, rtype, colour, agency, operator, pattern, first = OLD_ROUTE
    r = ROUTE[rid]
    old.add((r, RDF.type, GTFS.Route))
    old.add((r, GTFS.shortName, Literal(short)))
    old.add((r, GTFS.longName, Literal(long)))
    old.add((r, GTFS.routeType, rtype))
    old.add((r, GTFS.color, Literal(colour)))
    old.add((r, GTFS.agency, AGENCY[AGENCIES[agency][0]]))
    old.add((r, TP.operator, URIRef(BASE + "operator/" + operator)))
    for direction in (0, 1):
        stops = pattern if direction == 0 else pattern[::-1]
        tid = f"{rid}_WK_{direction}_{first.replace(':', '')}"
        t = TRIP[tid]
        old.add((t, RDF.type, GTFS.Trip))
        old.add((t, DCTERMS.identifier, Literal(tid)))
        old.add((t, GTFS.route, r))
        old.add((t, GTFS.service, SERVICE["WK"]))
        old.add(
            (
                t,
                GTFS.headsign,
                Literal(OLD_STOPS["lahdenpera" if direction == 0 else "vanhakaupunki"][2]),
            )
        )
        old.add((t, GTFS.direction, Literal(bool(direction))))

    al = ds.graph(ALERTS)
    for aid, (titles, cause, effect, routes, stops, start, end, blank) in ALERTS_DATA.items():
        a = ALERT[aid]
        al.add((a, RDF.type, TP.ServiceAlert))
        al.add((a, DCTERMS.identifier, Literal(aid)))
        for text, lang in titles:
            al.add((a, DCTERMS.title, Literal(text, lang=lang)))
        al.add((a, TP.cause, CAUSE[cause]))
        al.add((a, TP.effect, EFFECT[effect]))
        period = bnode()
        al.add((a, TP.activePeriod, period))
        al.add((period, TP.start, Literal(start, datatype=XSD.dateTime)))
        al.add((period, TP.end, Literal(end, datatype=XSD.dateTime)))
        for key in routes:
            target = ROUTE[ROUTES[key][0]]
            if blank:
                e = bnode()
                al.add((a, TP.informedEntity, e))
                al.add((e, RDF.type, TP.InformedEntity))
                al.add((e, TP.route, target))
            else:
                al.add((a, TP.affectsRoute, target))
        for sid in stops:
            if blank:
                e = bnode()
                al.add((a, TP.informedEntity, e))
                al.add((e, RDF.type, TP.InformedEntity))
                al.add((e, TP.stop, STOP[str(sid)]))
            else:
                al.add((a, TP.affectsStop, STOP[str(sid)]))

    out = HERE / "gtfs.trig"
    out.write_text(trig(ds), encoding="utf-8")
    total = sum(len(x) for x in ds.graphs())
    print(out, total, "quads")


if __name__ == "__main__":
    main()
