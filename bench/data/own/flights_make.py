# ruff: noqa: E501  (one record a line)
"""Write ``flights.ttl``: an air-travel network as a user gets it by converting OpenFlights data to RDF.

The shape is what a tarql (SPARQL-over-CSV) mapping of OpenFlights' ``airports.dat``,
``airlines.dat``, ``routes.dat``, ``planes.dat`` and ``countries.dat`` gives when its author
reuses schema.org where it has a term and coins an ad-hoc vocabulary for the rest, written as
Turtle (tarql's default output, and what such a user publishes). Why this form: OpenFlights ships
CSV only, so every RDF copy of it is someone's own mapping; schema.org has ``Airport``,
``Airline``, ``iataCode``, ``icaoCode``, ``GeoCoordinates`` and ``PostalAddress``, and nothing
for routes, time zones or equipment, which is exactly where such mappings fall back on their own
terms.

Modelling kept from the mapping:

- entity IRIs are OpenFlights' numeric row ids (``.../airport/507``), never codes or names;
  ``schema:name`` is the only name (no ``rdfs:label``), the ad-hoc properties have no labels
  (camelCase local names such as ``ofv:sourceAirport``, ``ofv:tzDatabaseTimeZone``);
- airports: ``schema:iataCode``, ``schema:icaoCode``, a ``schema:PostalAddress`` blank node
  with the city as a plain literal (``schema:addressLocality``) and the country as a link to a
  ``schema:Country`` record (``ofv:isoCode``), a ``schema:GeoCoordinates`` blank node with
  ``xsd:decimal`` latitude and longitude, the altitude in feet (``xsd:integer``), the UTC offset
  in hours (``xsd:decimal``), OpenFlights' DST letter code and the tz database zone name;
- airlines: IATA and ICAO codes (``schema:iataCode``/``schema:icaoCode`` reused), callsign, an
  alias (``schema:alternateName``) where OpenFlights has one, ``ofv:active "Y"``, the country,
  and alliance membership as ``schema:memberOf`` to an alliance ``schema:Organization`` (added
  by the mapper from a second table, as OpenFlights has no alliance column);
- routes: one unnamed n-ary node per ``routes.dat`` row (``.../route/BA/LHR-JFK``), with the
  airline, source and destination airports, one ``ofv:equipment`` link per aircraft code of the
  space-separated equipment field (tarql's ``apf:strSplit``), ``ofv:codeshare`` as an
  ``xsd:boolean`` and ``ofv:stops`` as an ``xsd:integer``; codeshare rows repeat an alliance
  partner's flight under the marketing airline;
- aircraft types: ``planes.dat``'s name with IATA and ICAO type codes and a
  ``schema:manufacturer`` organisation.

Airports and airlines are real (codes, coordinates and altitudes as OpenFlights has them, 80
airports, 54 airlines, 18 aircraft types); the routes are drawn, seeded, from each airline's hubs
to nearby and distant airports with aircraft chosen by distance, plus a few fixed routes. About
1,200 routes, ~12,000 triples. Seeded; stdlib + rdflib.
Run from the repository root: ``python bench/data/own/flights_make.py``.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from rdflib import XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

SDO = Namespace("https://schema.org/")
OFV = Namespace("http://openflights.org/vocab#")
DATA = "http://openflights.org/data/"

# IATA, ICAO, name, city, country, lat, lon, altitude ft, UTC offset, DST, tz
AIRPORTS = [
    (
        "LHR",
        "EGLL",
        "London Heathrow Airport",
        "London",
        "United Kingdom",
        51.4706,
        -0.461941,
        83,
        0,
        "E",
        "Europe/London",
    ),
    (
        "LGW",
        "EGKK",
        "London Gatwick Airport",
        "London",
        "United Kingdom",
        51.148102,
        -0.190278,
        202,
        0,
        "E",
        "Europe/London",
    ),
    (
        "MAN",
        "EGCC",
        "Manchester Airport",
        "Manchester",
        "United Kingdom",
        53.3537,
        -2.27495,
        257,
        0,
        "E",
        "Europe/London",
    ),
    (
        "EDI",
        "EGPH",
        "Edinburgh Airport",
        "Edinburgh",
        "United Kingdom",
        55.950145,
        -3.372288,
        135,
        0,
        "E",
        "Europe/London",
    ),
    (
        "CDG",
        "LFPG",
        "Charles de Gaulle International Airport",
        "Paris",
        "France",
        49.012798,
        2.55,
        392,
        1,
        "E",
        "Europe/Paris",
    ),
    (
        "ORY",
        "LFPO",
        "Paris-Orly Airport",
        "Paris",
        "France",
        48.7233,
        2.37944,
        291,
        1,
        "E",
        "Europe/Paris",
    ),
    (
        "NCE",
        "LFMN",
        "Nice-Côte d'Azur Airport",
        "Nice",
        "France",
        43.6584,
        7.21587,
        12,
        1,
        "E",
        "Europe/Paris",
    ),
    (
        "FRA",
        "EDDF",
        "Frankfurt am Main Airport",
        "Frankfurt",
        "Germany",
        50.033333,
        8.570556,
        364,
        1,
        "E",
        "Europe/Berlin",
    ),
    (
        "MUC",
        "EDDM",
        "Munich Airport",
        "Munich",
        "Germany",
        48.353802,
        11.7861,
        1487,
        1,
        "E",
        "Europe/Berlin",
    ),
    (
        "BER",
        "EDDB",
        "Berlin Brandenburg Airport",
        "Berlin",
        "Germany",
        52.351389,
        13.493889,
        157,
        1,
        "E",
        "Europe/Berlin",
    ),
    (
        "HAM",
        "EDDH",
        "Hamburg Helmut Schmidt Airport",
        "Hamburg",
        "Germany",
        53.630402,
        9.98823,
        53,
        1,
        "E",
        "Europe/Berlin",
    ),
    (
        "AMS",
        "EHAM",
        "Amsterdam Airport Schiphol",
        "Amsterdam",
        "Netherlands",
        52.308601,
        4.76389,
        -11,
        1,
        "E",
        "Europe/Amsterdam",
    ),
    (
        "MAD",
        "LEMD",
        "Adolfo Suárez Madrid–Barajas Airport",
        "Madrid",
        "Spain",
        40.471926,
        -3.56264,
        1998,
        1,
        "E",
        "Europe/Madrid",
    ),
    (
        "BCN",
        "LEBL",
        "Barcelona International Airport",
        "Barcelona",
        "Spain",
        41.2971,
        2.07846,
        12,
        1,
        "E",
        "Europe/Madrid",
    ),
    (
        "FCO",
        "LIRF",
        "Leonardo da Vinci–Fiumicino Airport",
        "Rome",
        "Italy",
        41.8002778,
        12.2388889,
        13,
        1,
        "E",
        "Europe/Rome",
    ),
    (
        "MXP",
        "LIMC",
        "Malpensa International Airport",
        "Milan",
        "Italy",
        45.6306,
        8.72811,
        768,
        1,
        "E",
        "Europe/Rome",
    ),
    (
        "ZRH",
        "LSZH",
        "Zürich Airport",
        "Zurich",
        "Switzerland",
        47.464699,
        8.54917,
        1416,
        1,
        "E",
        "Europe/Zurich",
    ),
    (
        "GVA",
        "LSGG",
        "Geneva Cointrin International Airport",
        "Geneva",
        "Switzerland",
        46.238098,
        6.10895,
        1411,
        1,
        "E",
        "Europe/Zurich",
    ),
    (
        "VIE",
        "LOWW",
        "Vienna International Airport",
        "Vienna",
        "Austria",
        48.110298,
        16.5697,
        600,
        1,
        "E",
        "Europe/Vienna",
    ),
    (
        "CPH",
        "EKCH",
        "Copenhagen Kastrup Airport",
        "Copenhagen",
        "Denmark",
        55.617901,
        12.656,
        17,
        1,
        "E",
        "Europe/Copenhagen",
    ),
    (
        "ARN",
        "ESSA",
        "Stockholm-Arlanda Airport",
        "Stockholm",
        "Sweden",
        59.651901,
        17.9186,
        137,
        1,
        "E",
        "Europe/Stockholm",
    ),
    (
        "OSL",
        "ENGM",
        "Oslo Gardermoen Airport",
        "Oslo",
        "Norway",
        60.193901,
        11.1004,
        681,
        1,
        "E",
        "Europe/Oslo",
    ),
    (
        "HEL",
        "EFHK",
        "Helsinki Vantaa Airport",
        "Helsinki",
        "Finland",
        60.317199,
        24.9633,
        179,
        2,
        "E",
        "Europe/Helsinki",
    ),
    (
        "DUB",
        "EIDW",
        "Dublin Airport",
        "Dublin",
        "Ireland",
        53.421299,
        -6.27007,
        242,
        0,
        "E",
        "Europe/Dublin",
    ),
    (
        "LIS",
        "LPPT",
        "Humberto Delgado Airport (Lisbon Portela Airport)",
        "Lisbon",
        "Portugal",
        38.7813,
        -9.13592,
        374,
        0,
        "E",
        "Europe/Lisbon",
    ),
    (
        "BRU",
        "EBBR",
        "Brussels Airport",
        "Brussels",
        "Belgium",
        50.901402,
        4.48444,
        184,
        1,
        "E",
        "Europe/Brussels",
    ),
    (
        "IST",
        "LTFM",
        "Istanbul Airport",
        "Istanbul",
        "Turkey",
        41.262222,
        28.727778,
        325,
        3,
        "N",
        "Europe/Istanbul",
    ),
    (
        "ATH",
        "LGAV",
        "Eleftherios Venizelos International Airport",
        "Athens",
        "Greece",
        37.936401,
        23.9445,
        308,
        2,
        "E",
        "Europe/Athens",
    ),
    (
        "WAW",
        "EPWA",
        "Warsaw Chopin Airport",
        "Warsaw",
        "Poland",
        52.16566,
        20.967122,
        362,
        1,
        "E",
        "Europe/Warsaw",
    ),
    (
        "PRG",
        "LKPR",
        "Václav Havel Airport Prague",
        "Prague",
        "Czech Republic",
        50.1008,
        14.26,
        1247,
        1,
        "E",
        "Europe/Prague",
    ),
    (
        "JFK",
        "KJFK",
        "John F Kennedy International Airport",
        "New York",
        "United States",
        40.639801,
        -73.7789,
        13,
        -5,
        "A",
        "America/New_York",
    ),
    (
        "EWR",
        "KEWR",
        "Newark Liberty International Airport",
        "Newark",
        "United States",
        40.692501,
        -74.168701,
        18,
        -5,
        "A",
        "America/New_York",
    ),
    (
        "LGA",
        "KLGA",
        "La Guardia Airport",
        "New York",
        "United States",
        40.777199,
        -73.872597,
        21,
        -5,
        "A",
        "America/New_York",
    ),
    (
        "BOS",
        "KBOS",
        "General Edward Lawrence Logan International Airport",
        "Boston",
        "United States",
        42.3643,
        -71.005203,
        20,
        -5,
        "A",
        "America/New_York",
    ),
    (
        "IAD",
        "KIAD",
        "Washington Dulles International Airport",
        "Washington",
        "United States",
        38.9445,
        -77.455803,
        312,
        -5,
        "A",
        "America/New_York",
    ),
    (
        "ORD",
        "KORD",
        "Chicago O'Hare International Airport",
        "Chicago",
        "United States",
        41.9786,
        -87.9048,
        672,
        -6,
        "A",
        "America/Chicago",
    ),
    (
        "ATL",
        "KATL",
        "Hartsfield Jackson Atlanta International Airport",
        "Atlanta",
        "United States",
        33.6367,
        -84.428101,
        1026,
        -5,
        "A",
        "America/New_York",
    ),
    (
        "DFW",
        "KDFW",
        "Dallas Fort Worth International Airport",
        "Dallas-Fort Worth",
        "United States",
        32.896801,
        -97.038002,
        607,
        -6,
        "A",
        "America/Chicago",
    ),
    (
        "DEN",
        "KDEN",
        "Denver International Airport",
        "Denver",
        "United States",
        39.861698,
        -104.672997,
        5431,
        -7,
        "A",
        "America/Denver",
    ),
    (
        "LAX",
        "KLAX",
        "Los Angeles International Airport",
        "Los Angeles",
        "United States",
        33.942501,
        -118.407997,
        125,
        -8,
        "A",
        "America/Los_Angeles",
    ),
    (
        "SFO",
        "KSFO",
        "San Francisco International Airport",
        "San Francisco",
        "United States",
        37.618999,
        -122.375,
        13,
        -8,
        "A",
        "America/Los_Angeles",
    ),
    (
        "SEA",
        "KSEA",
        "Seattle Tacoma International Airport",
        "Seattle",
        "United States",
        47.449001,
        -122.308998,
        433,
        -8,
        "A",
        "America/Los_Angeles",
    ),
    (
        "MIA",
        "KMIA",
        "Miami International Airport",
        "Miami",
        "United States",
        25.7932,
        -80.290604,
        8,
        -5,
        "A",
        "America/New_York",
    ),
    (
        "HNL",
        "PHNL",
        "Daniel K Inouye International Airport",
        "Honolulu",
        "United States",
        21.318701,
        -157.921997,
        13,
        -10,
        "N",
        "Pacific/Honolulu",
    ),
    (
        "YYZ",
        "CYYZ",
        "Lester B. Pearson International Airport",
        "Toronto",
        "Canada",
        43.6772,
        -79.6306,
        569,
        -5,
        "A",
        "America/Toronto",
    ),
    (
        "YVR",
        "CYVR",
        "Vancouver International Airport",
        "Vancouver",
        "Canada",
        49.193901,
        -123.183998,
        14,
        -8,
        "A",
        "America/Vancouver",
    ),
    (
        "YUL",
        "CYUL",
        "Montreal / Pierre Elliott Trudeau International Airport",
        "Montreal",
        "Canada",
        45.4706,
        -73.740799,
        118,
        -5,
        "A",
        "America/Toronto",
    ),
    (
        "MEX",
        "MMMX",
        "Licenciado Benito Juarez International Airport",
        "Mexico City",
        "Mexico",
        19.4363,
        -99.072098,
        7316,
        -6,
        "S",
        "America/Mexico_City",
    ),
    (
        "GRU",
        "SBGR",
        "Guarulhos - Governador André Franco Montoro International Airport",
        "Sao Paulo",
        "Brazil",
        -23.435556,
        -46.473056,
        2459,
        -3,
        "S",
        "America/Sao_Paulo",
    ),
    (
        "EZE",
        "SAEZ",
        "Ministro Pistarini International Airport",
        "Buenos Aires",
        "Argentina",
        -34.8222,
        -58.5358,
        67,
        -3,
        "N",
        "America/Argentina/Buenos_Aires",
    ),
    (
        "SCL",
        "SCEL",
        "Comodoro Arturo Merino Benítez International Airport",
        "Santiago",
        "Chile",
        -33.393002,
        -70.785797,
        1555,
        -4,
        "S",
        "America/Santiago",
    ),
    (
        "BOG",
        "SKBO",
        "El Dorado International Airport",
        "Bogota",
        "Colombia",
        4.70159,
        -74.1469,
        8361,
        -5,
        "N",
        "America/Bogota",
    ),
    (
        "DXB",
        "OMDB",
        "Dubai International Airport",
        "Dubai",
        "United Arab Emirates",
        25.2528,
        55.364399,
        62,
        4,
        "N",
        "Asia/Dubai",
    ),
    (
        "AUH",
        "OMAA",
        "Abu Dhabi International Airport",
        "Abu Dhabi",
        "United Arab Emirates",
        24.433001,
        54.6511,
        88,
        4,
        "N",
        "Asia/Dubai",
    ),
    (
        "DOH",
        "OTHH",
        "Hamad International Airport",
        "Doha",
        "Qatar",
        25.273056,
        51.608056,
        13,
        3,
        "N",
        "Asia/Qatar",
    ),
    (
        "TLV",
        "LLBG",
        "Ben Gurion International Airport",
        "Tel-aviv",
        "Israel",
        32.011398,
        34.8867,
        135,
        2,
        "E",
        "Asia/Jerusalem",
    ),
    (
        "CAI",
        "HECA",
        "Cairo International Airport",
        "Cairo",
        "Egypt",
        30.121901,
        31.4056,
        382,
        2,
        "N",
        "Africa/Cairo",
    ),
    (
        "JNB",
        "FAOR",
        "OR Tambo International Airport",
        "Johannesburg",
        "South Africa",
        -26.1392,
        28.246,
        5558,
        2,
        "U",
        "Africa/Johannesburg",
    ),
    (
        "CPT",
        "FACT",
        "Cape Town International Airport",
        "Cape Town",
        "South Africa",
        -33.964802,
        18.6017,
        151,
        2,
        "U",
        "Africa/Johannesburg",
    ),
    (
        "NBO",
        "HKJK",
        "Jomo Kenyatta International Airport",
        "Nairobi",
        "Kenya",
        -1.31924,
        36.927799,
        5330,
        3,
        "U",
        "Africa/Nairobi",
    ),
    (
        "ADD",
        "HAAB",
        "Addis Ababa Bole International Airport",
        "Addis Ababa",
        "Ethiopia",
        8.97789,
        38.799301,
        7630,
        3,
        "U",
        "Africa/Addis_Ababa",
    ),
    (
        "DEL",
        "VIDP",
        "Indira Gandhi International Airport",
        "Delhi",
        "India",
        28.5665,
        77.103104,
        777,
        5.5,
        "N",
        "Asia/Kolkata",
    ),
    (
        "BOM",
        "VABB",
        "Chhatrapati Shivaji International Airport",
        "Mumbai",
        "India",
        19.088699,
        72.867897,
        39,
        5.5,
        "N",
        "Asia/Kolkata",
    ),
    (
        "SIN",
        "WSSS",
        "Singapore Changi Airport",
        "Singapore",
        "Singapore",
        1.35019,
        103.994003,
        22,
        8,
        "N",
        "Asia/Singapore",
    ),
    (
        "BKK",
        "VTBS",
        "Suvarnabhumi Airport",
        "Bangkok",
        "Thailand",
        13.6811,
        100.747002,
        5,
        7,
        "N",
        "Asia/Bangkok",
    ),
    (
        "KUL",
        "WMKK",
        "Kuala Lumpur International Airport",
        "Kuala Lumpur",
        "Malaysia",
        2.74558,
        101.709999,
        69,
        8,
        "N",
        "Asia/Kuala_Lumpur",
    ),
    (
        "HKG",
        "VHHH",
        "Hong Kong International Airport",
        "Hong Kong",
        "Hong Kong",
        22.308901,
        113.915001,
        28,
        8,
        "U",
        "Asia/Hong_Kong",
    ),
    (
        "PEK",
        "ZBAA",
        "Beijing Capital International Airport",
        "Beijing",
        "China",
        40.080101,
        116.584999,
        116,
        8,
        "U",
        "Asia/Shanghai",
    ),
    (
        "PVG",
        "ZSPD",
        "Shanghai Pudong International Airport",
        "Shanghai",
        "China",
        31.1434,
        121.805,
        13,
        8,
        "U",
        "Asia/Shanghai",
    ),
    (
        "ICN",
        "RKSI",
        "Incheon International Airport",
        "Seoul",
        "South Korea",
        37.469101,
        126.450996,
        23,
        9,
        "U",
        "Asia/Seoul",
    ),
    (
        "NRT",
        "RJAA",
        "Narita International Airport",
        "Tokyo",
        "Japan",
        35.764702,
        140.386002,
        141,
        9,
        "U",
        "Asia/Tokyo",
    ),
    (
        "HND",
        "RJTT",
        "Tokyo Haneda International Airport",
        "Tokyo",
        "Japan",
        35.552299,
        139.779999,
        35,
        9,
        "U",
        "Asia/Tokyo",
    ),
    (
        "KIX",
        "RJBB",
        "Kansai International Airport",
        "Osaka",
        "Japan",
        34.427299,
        135.244003,
        26,
        9,
        "U",
        "Asia/Tokyo",
    ),
    (
        "TPE",
        "RCTP",
        "Taiwan Taoyuan International Airport",
        "Taipei",
        "Taiwan",
        25.0777,
        121.233002,
        106,
        8,
        "U",
        "Asia/Taipei",
    ),
    (
        "MNL",
        "RPLL",
        "Ninoy Aquino International Airport",
        "Manila",
        "Philippines",
        14.5086,
        121.019997,
        75,
        8,
        "N",
        "Asia/Manila",
    ),
    (
        "CGK",
        "WIII",
        "Soekarno-Hatta International Airport",
        "Jakarta",
        "Indonesia",
        -6.12557,
        106.655998,
        34,
        7,
        "N",
        "Asia/Jakarta",
    ),
    (
        "SYD",
        "YSSY",
        "Sydney Kingsford Smith International Airport",
        "Sydney",
        "Australia",
        -33.946098,
        151.177002,
        21,
        10,
        "O",
        "Australia/Sydney",
    ),
    (
        "MEL",
        "YMML",
        "Melbourne International Airport",
        "Melbourne",
        "Australia",
        -37.673302,
        144.843002,
        434,
        10,
        "O",
        "Australia/Melbourne",
    ),
    (
        "BNE",
        "YBBN",
        "Brisbane International Airport",
        "Brisbane",
        "Australia",
        -27.384199,
        153.117004,
        13,
        10,
        "N",
        "Australia/Brisbane",
    ),
    (
        "PER",
        "YPPH",
        "Perth International Airport",
        "Perth",
        "Australia",
        -31.9403,
        115.967003,
        67,
        8,
        "N",
        "Australia/Perth",
    ),
    (
        "ADL",
        "YPAD",
        "Adelaide International Airport",
        "Adelaide",
        "Australia",
        -34.945,
        138.531006,
        20,
        9.5,
        "O",
        "Australia/Adelaide",
    ),
    (
        "AKL",
        "NZAA",
        "Auckland International Airport",
        "Auckland",
        "New Zealand",
        -37.008099,
        174.792007,
        23,
        12,
        "Z",
        "Pacific/Auckland",
    ),
    (
        "CHC",
        "NZCH",
        "Christchurch International Airport",
        "Christchurch",
        "New Zealand",
        -43.489399,
        172.531998,
        123,
        12,
        "Z",
        "Pacific/Auckland",
    ),
]

COUNTRIES = {
    "United Kingdom": "GB",
    "France": "FR",
    "Germany": "DE",
    "Netherlands": "NL",
    "Spain": "ES",
    "Italy": "IT",
    "Switzerland": "CH",
    "Austria": "AT",
    "Denmark": "DK",
    "Sweden": "SE",
    "Norway": "NO",
    "Finland": "FI",
    "Ireland": "IE",
    "Portugal": "PT",
    "Belgium": "BE",
    "Turkey": "TR",
    "Greece": "GR",
    "Poland": "PL",
    "Czech Republic": "CZ",
    "United States": "US",
    "Canada": "CA",
    "Mexico": "MX",
    "Brazil": "BR",
    "Argentina": "AR",
    "Chile": "CL",
    "Colombia": "CO",
    "United Arab Emirates": "AE",
    "Qatar": "QA",
    "Israel": "IL",
    "Egypt": "EG",
    "South Africa": "ZA",
    "Kenya": "KE",
    "Ethiopia": "ET",
    "India": "IN",
    "Singapore": "SG",
    "Thailand": "TH",
    "Malaysia": "MY",
    "Hong Kong": "HK",
    "China": "CN",
    "South Korea": "KR",
    "Japan": "JP",
    "Taiwan": "TW",
    "Philippines": "PH",
    "Indonesia": "ID",
    "Australia": "AU",
    "New Zealand": "NZ",
}

# name, alias, IATA, ICAO, callsign, country, alliance, hubs
AIRLINES = [
    ("British Airways", None, "BA", "BAW", "SPEEDBIRD", "United Kingdom", "oneworld", "LHR LGW"),
    ("Virgin Atlantic Airways", None, "VS", "VIR", "VIRGIN", "United Kingdom", None, "LHR MAN"),
    ("easyJet", None, "U2", "EZY", "EASY", "United Kingdom", None, "LGW MAN EDI"),
    ("Air France", None, "AF", "AFR", "AIRFRANS", "France", "SkyTeam", "CDG ORY"),
    ("KLM Royal Dutch Airlines", "KLM", "KL", "KLM", "KLM", "Netherlands", "SkyTeam", "AMS"),
    ("Lufthansa", None, "LH", "DLH", "LUFTHANSA", "Germany", "Star Alliance", "FRA MUC"),
    ("Iberia Airlines", "Iberia", "IB", "IBE", "IBERIA", "Spain", "oneworld", "MAD"),
    ("Alitalia", None, "AZ", "AZA", "ALITALIA", "Italy", "SkyTeam", "FCO"),
    (
        "Swiss International Air Lines",
        "SWISS",
        "LX",
        "SWR",
        "SWISS",
        "Switzerland",
        "Star Alliance",
        "ZRH GVA",
    ),
    ("Austrian Airlines", None, "OS", "AUA", "AUSTRIAN", "Austria", "Star Alliance", "VIE"),
    (
        "Scandinavian Airlines System",
        "SAS",
        "SK",
        "SAS",
        "SCANDINAVIAN",
        "Sweden",
        "Star Alliance",
        "CPH ARN OSL",
    ),
    ("Finnair", None, "AY", "FIN", "FINNAIR", "Finland", "oneworld", "HEL"),
    ("Aer Lingus", None, "EI", "EIN", "SHAMROCK", "Ireland", None, "DUB"),
    (
        "TAP Portugal",
        "TAP Air Portugal",
        "TP",
        "TAP",
        "AIR PORTUGAL",
        "Portugal",
        "Star Alliance",
        "LIS",
    ),
    ("Brussels Airlines", None, "SN", "BEL", "BEE-LINE", "Belgium", "Star Alliance", "BRU"),
    ("Turkish Airlines", None, "TK", "THY", "TURKISH", "Turkey", "Star Alliance", "IST"),
    ("Aegean Airlines", None, "A3", "AEE", "AEGEAN", "Greece", "Star Alliance", "ATH"),
    ("LOT Polish Airlines", None, "LO", "LOT", "POLLOT", "Poland", "Star Alliance", "WAW"),
    ("Ryanair", None, "FR", "RYR", "RYANAIR", "Ireland", None, "DUB"),
    (
        "American Airlines",
        None,
        "AA",
        "AAL",
        "AMERICAN",
        "United States",
        "oneworld",
        "DFW MIA ORD",
    ),
    ("Delta Air Lines", None, "DL", "DAL", "DELTA", "United States", "SkyTeam", "ATL JFK SEA"),
    (
        "United Airlines",
        None,
        "UA",
        "UAL",
        "UNITED",
        "United States",
        "Star Alliance",
        "ORD EWR IAD SFO DEN",
    ),
    ("JetBlue Airways", None, "B6", "JBU", "JETBLUE", "United States", None, "JFK BOS"),
    ("Alaska Airlines", None, "AS", "ASA", "ALASKA", "United States", "oneworld", "SEA"),
    ("Hawaiian Airlines", None, "HA", "HAL", "HAWAIIAN", "United States", None, "HNL"),
    ("Air Canada", None, "AC", "ACA", "AIR CANADA", "Canada", "Star Alliance", "YYZ YVR YUL"),
    ("AeroMexico", None, "AM", "AMX", "AEROMEXICO", "Mexico", "SkyTeam", "MEX"),
    ("LATAM Airlines", "LAN Airlines", "LA", "LAN", "LAN CHILE", "Chile", None, "SCL GRU"),
    ("Avianca", None, "AV", "AVA", "AVIANCA", "Colombia", "Star Alliance", "BOG"),
    ("Emirates", None, "EK", "UAE", "EMIRATES", "United Arab Emirates", None, "DXB"),
    ("Etihad Airways", None, "EY", "ETD", "ETIHAD", "United Arab Emirates", None, "AUH"),
    ("Qatar Airways", None, "QR", "QTR", "QATARI", "Qatar", "oneworld", "DOH"),
    ("El Al Israel Airlines", "El Al", "LY", "ELY", "ELAL", "Israel", None, "TLV"),
    ("EgyptAir", None, "MS", "MSR", "EGYPTAIR", "Egypt", "Star Alliance", "CAI"),
    (
        "South African Airways",
        None,
        "SA",
        "SAA",
        "SPRINGBOK",
        "South Africa",
        "Star Alliance",
        "JNB",
    ),
    ("Kenya Airways", None, "KQ", "KQA", "KENYA", "Kenya", "SkyTeam", "NBO"),
    ("Ethiopian Airlines", None, "ET", "ETH", "ETHIOPIAN", "Ethiopia", "Star Alliance", "ADD"),
    (
        "Air India Limited",
        "Air India",
        "AI",
        "AIC",
        "AIRINDIA",
        "India",
        "Star Alliance",
        "DEL BOM",
    ),
    ("Singapore Airlines", None, "SQ", "SIA", "SINGAPORE", "Singapore", "Star Alliance", "SIN"),
    (
        "Thai Airways International",
        "Thai Airways",
        "TG",
        "THA",
        "THAI",
        "Thailand",
        "Star Alliance",
        "BKK",
    ),
    ("Malaysia Airlines", None, "MH", "MAS", "MALAYSIAN", "Malaysia", "oneworld", "KUL"),
    ("Cathay Pacific", None, "CX", "CPA", "CATHAY", "Hong Kong", "oneworld", "HKG"),
    ("Air China", None, "CA", "CCA", "AIR CHINA", "China", "Star Alliance", "PEK"),
    ("China Eastern Airlines", None, "MU", "CES", "CHINA EASTERN", "China", "SkyTeam", "PVG"),
    ("Korean Air", None, "KE", "KAL", "KOREANAIR", "South Korea", "SkyTeam", "ICN"),
    ("Japan Airlines", "JAL", "JL", "JAL", "JAPANAIR", "Japan", "oneworld", "NRT HND"),
    ("All Nippon Airways", "ANA", "NH", "ANA", "ALL NIPPON", "Japan", "Star Alliance", "HND KIX"),
    ("EVA Air", None, "BR", "EVA", "EVA", "Taiwan", "Star Alliance", "TPE"),
    ("Philippine Airlines", None, "PR", "PAL", "PHILIPPINE", "Philippines", None, "MNL"),
    ("Garuda Indonesia", None, "GA", "GIA", "INDONESIA", "Indonesia", "SkyTeam", "CGK"),
    ("Qantas", None, "QF", "QFA", "QANTAS", "Australia", "oneworld", "SYD MEL BNE PER"),
    ("Virgin Australia", None, "VA", "VOZ", "VELOCITY", "Australia", None, "BNE SYD MEL"),
    ("Jetstar Airways", None, "JQ", "JST", "JETSTAR", "Australia", None, "MEL SYD"),
    (
        "Air New Zealand",
        None,
        "NZ",
        "ANZ",
        "NEW ZEALAND",
        "New Zealand",
        "Star Alliance",
        "AKL CHC",
    ),
]

# name, IATA type code, ICAO type code, manufacturer
PLANES = [
    ("Airbus A319", "319", "A319", "Airbus"),
    ("Airbus A320", "320", "A320", "Airbus"),
    ("Airbus A320neo", "32N", "A20N", "Airbus"),
    ("Airbus A321", "321", "A321", "Airbus"),
    ("Airbus A330-300", "333", "A333", "Airbus"),
    ("Airbus A350-900", "359", "A359", "Airbus"),
    ("Airbus A380-800", "388", "A388", "Airbus"),
    ("Boeing 737-800", "738", "B738", "Boeing"),
    ("Boeing 737 MAX 8", "7M8", "B38M", "Boeing"),
    ("Boeing 757-200", "752", "B752", "Boeing"),
    ("Boeing 767-300", "763", "B763", "Boeing"),
    ("Boeing 777-300ER", "77W", "B77W", "Boeing"),
    ("Boeing 787-9", "789", "B789", "Boeing"),
    ("Embraer 175", "E75", "E175", "Embraer"),
    ("Embraer 190", "E90", "E190", "Embraer"),
    ("ATR 72", "AT7", "AT72", "ATR"),
    ("De Havilland Canada DHC-8-400 Dash 8Q", "DH4", "DH8D", "De Havilland Canada"),
    ("Bombardier CRJ900", "CR9", "CRJ9", "Bombardier"),
]
MAKERS = {
    "Airbus": "Netherlands",
    "Boeing": "United States",
    "Embraer": "Brazil",
    "ATR": "France",
    "De Havilland Canada": "Canada",
    "Bombardier": "Canada",
}
ALLIANCES = {"Star Alliance": 1997, "oneworld": 1999, "SkyTeam": 2000}

# the fleets each kind of route is flown with, per airline (short haul; long haul)
FLEETS = {
    "BA": ("319 320 321", "388 77W 789"),
    "VS": ("", "359 789"),
    "U2": ("319 320 32N", ""),
    "AF": ("319 320 E90", "359 77W"),
    "KL": ("738 E90 E75", "789 77W 333"),
    "LH": ("320 321 32N CR9", "388 359 333"),
    "IB": ("320 321", "359 333"),
    "AZ": ("320 E90", "333 77W"),
    "LX": ("320 321 E90", "333 77W"),
    "OS": ("320 E90 DH4", "763"),
    "SK": ("32N 738 CR9", "333 359"),
    "AY": ("320 AT7 E90", "359 333"),
    "EI": ("320 32N", "333 752"),
    "TP": ("320 32N E90", "333"),
    "SN": ("319 320", "333"),
    "TK": ("321 738 7M8", "333 77W 789"),
    "A3": ("320 32N DH4", ""),
    "LO": ("738 E75 E90", "789"),
    "FR": ("738 7M8", ""),
    "AA": ("321 738 7M8", "77W 789"),
    "DL": ("320 321 752", "333 359 763"),
    "UA": ("320 738 7M8", "77W 789 763"),
    "B6": ("320 321 E90", "321"),
    "AS": ("738 7M8 E75", ""),
    "HA": ("321", "333"),
    "AC": ("320 321 7M8 DH4", "77W 789 333"),
    "AM": ("738 7M8 E90", "789"),
    "LA": ("320 321", "789 763"),
    "AV": ("320 32N", "789"),
    "EK": ("77W", "388 77W"),
    "EY": ("321", "789 77W 388"),
    "QR": ("320 738", "359 77W 388"),
    "LY": ("738", "789"),
    "MS": ("320 738", "333 789"),
    "SA": ("320", "333 359"),
    "KQ": ("738 E90", "789"),
    "ET": ("738 DH4", "359 789"),
    "AI": ("320 32N", "77W 789"),
    "SQ": ("738 7M8", "359 388 77W"),
    "TG": ("320", "359 77W"),
    "MH": ("738", "333 359"),
    "CX": ("321 333", "359 77W"),
    "CA": ("320 738", "77W 789"),
    "MU": ("320 738", "333 77W"),
    "KE": ("738", "77W 388"),
    "JL": ("738 763", "789 77W 359"),
    "NH": ("738 763", "789 77W"),
    "BR": ("321", "77W 789"),
    "PR": ("320 321", "333 77W"),
    "GA": ("738", "333 77W"),
    "QF": ("738", "333 789 388"),
    "VA": ("738", "333"),
    "JQ": ("320 321", "789"),
    "NZ": ("320 AT7", "789"),
}

# fixed rows: airline, source, destination, equipment (both directions unless one-way)
FIXED = [
    ("BA", "LHR", "JFK", "388 77W"),
    ("VS", "LHR", "JFK", "359 789"),
    ("AA", "LHR", "JFK", "77W"),
    ("DL", "JFK", "LHR", "333"),
    ("BA", "LHR", "CDG", "320"),
    ("AF", "CDG", "LHR", "319 320"),
    ("QF", "SYD", "MEL", "738 333"),
    ("VA", "SYD", "MEL", "738"),
    ("JQ", "SYD", "MEL", "320 321"),
    ("LH", "FRA", "SIN", "388"),
    ("SQ", "SIN", "FRA", "388"),
    ("KL", "AMS", "JFK", "333 789"),
    ("QF", "SYD", "LAX", "388 789"),
    ("LH", "FRA", "JFK", "388 333"),
    ("NZ", "AKL", "SYD", "789 320"),
    ("EK", "DXB", "SYD", "388"),
    ("UA", "SFO", "HNL", "789"),
    ("HA", "HNL", "SFO", "333"),
]
CODESHARE_SHARE = 0.25  # share of an alliance airline's long routes also sold by a partner


def km(a: tuple, b: tuple) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[5], a[6], b[5], b[6]))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


def routes(rnd: random.Random) -> list[tuple[str, str, str, str, bool, int]]:
    """Routes as ``(airline, source, destination, equipment, codeshare, stops)`` rows."""
    port = {a[0]: a for a in AIRPORTS}
    rows: dict[tuple[str, str, str], tuple[str, bool, int]] = {}

    def add(al: str, s: str, d: str, eq: str, cs: bool = False, stops: int = 0) -> None:
        if s != d and (al, s, d) not in rows:
            rows[al, s, d] = (eq, cs, stops)

    for al, s, d, eq in FIXED:
        add(al, s, d, eq)
        add(al, d, s, eq)
    for _name, _alias, iata, _icao, _cs, _country, _all, hubs in AIRLINES:
        short, long_ = FLEETS[iata]
        for hub in hubs.split():
            others = [a for a in AIRPORTS if a[0] != hub]
            near = sorted(others, key=lambda a: km(port[hub], a))
            picks = near[: rnd.randint(4, 7)] if short else []
            if long_:
                picks += rnd.sample(near[10:], rnd.randint(3, 6))
            for dest in picks:
                far = km(port[hub], dest) > 3500 or not short
                fleet = (long_ if far and long_ else short).split()
                eq = " ".join(sorted(rnd.sample(fleet, min(len(fleet), rnd.randint(1, 2)))))
                stops = 1 if far and km(port[hub], dest) > 14000 else 0
                add(iata, hub, dest[0], eq, stops=stops)
                add(iata, dest[0], hub, eq, stops=stops)
    # codeshares: a partner in the same alliance markets some long routes
    alliance = {a[2]: a[6] for a in AIRLINES}
    operated = sorted(rows.items())
    for (al, s, d), (eq, _cs, stops) in operated:
        if alliance[al] and km(port[s], port[d]) > 3500 and rnd.random() < CODESHARE_SHARE:
            partners = sorted(a for a, x in alliance.items() if x == alliance[al] and a != al)
            add(rnd.choice(partners), s, d, eq, cs=True, stops=stops)
    add("IB", "LHR", "JFK", "77W", cs=True)
    return [(al, s, d, eq, cs, st) for (al, s, d), (eq, cs, st) in sorted(rows.items())]


def build() -> Graph:
    rnd = random.Random(2604)
    g = Graph()
    g.bind("schema", SDO)
    g.bind("ofv", OFV)
    for p in ("airport", "airline", "route", "plane", "country", "org"):
        g.bind(p, Namespace(f"{DATA}{p}/"))
    country = {}
    for name, iso in sorted(COUNTRIES.items()):
        c = URIRef(f"{DATA}country/{iso}")
        country[name] = c
        g.add((c, RDF.type, SDO.Country))
        g.add((c, SDO.name, Literal(name)))
        g.add((c, OFV.isoCode, Literal(iso)))
    port = {}
    ids = rnd.sample(range(300, 9000), len(AIRPORTS))
    for pid, (iata, icao, name, city, ctry, lat, lon, alt, tz, dst, zone) in zip(
        ids, AIRPORTS, strict=True
    ):
        s = URIRef(f"{DATA}airport/{pid}")
        port[iata] = s
        g.add((s, RDF.type, SDO.Airport))
        g.add((s, OFV.openflightsId, Literal(pid)))
        g.add((s, SDO.name, Literal(name)))
        g.add((s, SDO.iataCode, Literal(iata)))
        g.add((s, SDO.icaoCode, Literal(icao)))
        adr = BNode(f"adr{pid}")
        g.add((s, SDO.address, adr))
        g.add((adr, RDF.type, SDO.PostalAddress))
        g.add((adr, SDO.addressLocality, Literal(city)))
        g.add((adr, SDO.addressCountry, country[ctry]))
        geo = BNode(f"geo{pid}")
        g.add((s, SDO.geo, geo))
        g.add((geo, RDF.type, SDO.GeoCoordinates))
        g.add((geo, SDO.latitude, Literal(f"{lat:.6f}", datatype=XSD.decimal)))
        g.add((geo, SDO.longitude, Literal(f"{lon:.6f}", datatype=XSD.decimal)))
        g.add((s, OFV.altitude, Literal(alt)))
        g.add((s, OFV.timezone, Literal(str(tz), datatype=XSD.decimal)))
        g.add((s, OFV.dst, Literal(dst)))
        g.add((s, OFV.tzDatabaseTimeZone, Literal(zone)))
    orgs = {}
    for i, name in enumerate([*ALLIANCES, *MAKERS], 1):
        o = URIRef(f"{DATA}org/{i}")
        orgs[name] = o
        g.add((o, RDF.type, SDO.Organization))
        g.add((o, SDO.name, Literal(name)))
        if name in ALLIANCES:
            g.add((o, SDO.foundingDate, Literal(str(ALLIANCES[name]), datatype=XSD.gYear)))
        else:
            g.add((o, SDO.location, country[MAKERS[name]]))
    line = {}
    ids = rnd.sample(range(10, 20000), len(AIRLINES))
    for aid, (name, alias, iata, icao, callsign, ctry, alli, _hubs) in zip(
        ids, AIRLINES, strict=True
    ):
        s = URIRef(f"{DATA}airline/{aid}")
        line[iata] = s
        g.add((s, RDF.type, SDO.Airline))
        g.add((s, OFV.openflightsId, Literal(aid)))
        g.add((s, SDO.name, Literal(name)))
        if alias:
            g.add((s, SDO.alternateName, Literal(alias)))
        g.add((s, SDO.iataCode, Literal(iata)))
        g.add((s, SDO.icaoCode, Literal(icao)))
        g.add((s, OFV.callsign, Literal(callsign)))
        g.add((s, OFV.country, country[ctry]))
        g.add((s, OFV.active, Literal("Y")))
        if alli:
            g.add((s, SDO.memberOf, orgs[alli]))
    plane = {}
    for name, iata, icao, maker in PLANES:
        s = URIRef(f"{DATA}plane/{icao}")
        plane[iata] = s
        g.add((s, RDF.type, OFV.AircraftType))
        g.add((s, SDO.name, Literal(name)))
        g.add((s, SDO.iataCode, Literal(iata)))
        g.add((s, SDO.icaoCode, Literal(icao)))
        g.add((s, SDO.manufacturer, orgs[maker]))
    for al, src, dst, eq, cs, stops in routes(rnd):
        r = URIRef(f"{DATA}route/{al}/{src}-{dst}")
        g.add((r, RDF.type, OFV.Route))
        g.add((r, OFV.airline, line[al]))
        g.add((r, OFV.sourceAirport, port[src]))
        g.add((r, OFV.destinationAirport, port[dst]))
        for code in eq.split():
            g.add((r, OFV.equipment, plane[code]))
        g.add((r, OFV.codeshare, Literal(cs)))
        g.add((r, OFV.stops, Literal(stops)))
    return g


def main() -> None:
    g = build()
    out = Path(__file__).parent / "flights.ttl"
    g.serialize(out, format="turtle")
    print(len(g), "triples ->", out)


if __name__ == "__main__":
    main()
