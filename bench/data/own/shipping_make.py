# ruff: noqa: E501  (one record a line)
"""Write ``shipping.ttl``: vessels, the companies that own, manage and operate them, shipyards,
ports and port calls, as a maritime data publisher's linked-data dump has them (Turtle 1.2 with
RDF-star annotations; a small local OWL ontology ``shp:`` beside schema.org, the GeoNames
ontology, W3C WGS84, SKOS, Dublin Core and ``org:``).

The shape (what registry / AIS data publishers' RDF dumps look like):

* ``shp:Vessel`` IRIs minted from the IMO number (``vessel/9811000``), named by
  ``schema:name`` in capitals as registries write them ("EVER GIVEN") and by an
  ``rdfs:label`` that adds the number ("EVER GIVEN (IMO 9811000)"); ``shp:imoNumber``,
  ``shp:mmsi`` and ``shp:callSign`` string literals; ``shp:flag`` a GeoNames country IRI;
  ``shp:grossTonnage`` and ``shp:deadweight`` blank ``schema:QuantitativeValue`` nodes
  (``schema:value`` an ``xsd:integer``, ``schema:unitCode`` UN/CEFACT "GT" / "TNE",
  ``schema:unitText``); ``shp:yearOfBuild`` an ``xsd:gYear``; ``shp:builtBy`` a shipyard;
  ``shp:shipType`` a SKOS concept of the publisher's ship-type scheme (StatCode-like
  ``skos:notation``, ``skos:broader`` chains up to "Cargo carrying"), former names as blank
  ``shp:NameRecord`` nodes (``shp:formerName`` -> ``schema:name``, ``shp:validFrom``,
  ``shp:validUntil`` ``xsd:date``); a few vessels known only by their IMO number;
* ``shp:registeredOwner``, ``shp:shipManager`` and ``shp:operator`` (vessel -> company; the
  ontology declares ``shp:manages`` the ``owl:inverseOf`` of ``shp:shipManager``, the data states
  one way only); companies (``shp:Company`` under ``schema:Organization``) with
  ``schema:legalName`` (some in their own language, language-tagged), ``schema:alternateName``
  short names, ``shp:companyImoNumber``, ``schema:addressCountry`` a GeoNames country,
  ``org:subOrganizationOf`` their parent group; some managers named only by their IMO company
  number; shipyards (``shp:Shipyard``) likewise, with their country and group;
* ports (``shp:Port`` under ``schema:Place``) minted from the UN/LOCODE (``port/NLRTM``),
  ``shp:unlocode``, ``rdfs:label`` in English and the local language, ``gn:parentCountry``,
  ``wgs84:lat`` / ``wgs84:long`` ``xsd:decimal``; a few ports named only by their LOCODE;
  berths IRIs named only by a ``skos:notation`` ("ECT-DDE 2");
* countries as GeoNames feature IRIs with ``gn:name``, ``gn:officialName`` (English and
  native), ``gn:alternateName`` native names, ``gn:countryCode``;
* port calls as RDF-star annotations on ``vessel shp:calledAt port``:
  ``{| shp:arrival xsd:dateTime ; shp:departure xsd:dateTime ; shp:berth berth ;
  dcterms:source source |}``; a vessel calling at a port twice annotates the same triple twice.

Famous ships follow the public record (IMO numbers, yards, years, tonnages; a few owners
simplified); the rest are invented with valid IMO check digits and flag-state MMSI prefixes.
Deterministic (seeded), stdlib only. Run from the repository root:
``python bench/data/own/shipping_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent
BASE = "https://data.maritime.example.net/"

PREFIXES = f"""@prefix shp: <{BASE}def/shipping#> .
@prefix vessel: <{BASE}id/vessel/> .
@prefix company: <{BASE}id/company/> .
@prefix port: <{BASE}id/port/> .
@prefix berth: <{BASE}id/berth/> .
@prefix stype: <{BASE}id/ship-type/> .
@prefix src: <{BASE}id/source/> .
@prefix gn: <https://www.geonames.org/ontology#> .
@prefix wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

ONTOLOGY = f"""
<{BASE}def/shipping> a owl:Ontology ;
    rdfs:label "Maritime registry and port-call ontology"@en ;
    owl:versionInfo "2.3" ;
    owl:imports <https://www.geonames.org/ontology> .

shp:Vessel a owl:Class ; rdfs:label "vessel"@en ; rdfs:subClassOf schema:Vehicle .
shp:Company a owl:Class ; rdfs:label "shipping company"@en ; rdfs:subClassOf schema:Organization .
shp:Shipyard a owl:Class ; rdfs:label "shipyard"@en ; rdfs:subClassOf shp:Company .
shp:Port a owl:Class ; rdfs:label "port"@en ; rdfs:subClassOf schema:Place .
shp:Berth a owl:Class ; rdfs:label "berth"@en ; rdfs:subClassOf schema:Place .
shp:NameRecord a owl:Class ; rdfs:label "name record"@en ; rdfs:comment "A name the vessel carried over a period."@en .
shp:DataSource a owl:Class ; rdfs:label "data source"@en .
shp:ShipType a owl:Class ; rdfs:subClassOf skos:Concept ; rdfs:label "ship type"@en .

shp:imoNumber a owl:DatatypeProperty ; rdfs:label "IMO number"@en ; rdfs:domain shp:Vessel ; rdfs:comment "Seven-digit IMO ship identification number."@en .
shp:mmsi a owl:DatatypeProperty ; rdfs:label "MMSI"@en ; rdfs:comment "Maritime Mobile Service Identity"@en ; rdfs:domain shp:Vessel .
shp:callSign a owl:DatatypeProperty ; rdfs:label "call sign"@en ; rdfs:domain shp:Vessel .
shp:flag a owl:ObjectProperty ; rdfs:label "flag"@en ; rdfs:comment "The flag state the vessel is registered under."@en ; rdfs:domain shp:Vessel ; rdfs:range gn:Feature .
shp:grossTonnage a owl:ObjectProperty ; rdfs:label "gross tonnage"@en ; rdfs:domain shp:Vessel ; rdfs:range schema:QuantitativeValue .
shp:deadweight a owl:ObjectProperty ; rdfs:label "deadweight"@en ; rdfs:domain shp:Vessel ; rdfs:range schema:QuantitativeValue .
shp:yearOfBuild a owl:DatatypeProperty ; rdfs:label "year of build"@en ; rdfs:domain shp:Vessel ; rdfs:range xsd:gYear .
shp:builtBy a owl:ObjectProperty ; rdfs:label "built by"@en ; rdfs:domain shp:Vessel ; rdfs:range shp:Shipyard .
shp:shipType a owl:ObjectProperty ; rdfs:label "ship type"@en ; rdfs:domain shp:Vessel ; rdfs:range shp:ShipType .
shp:formerName a owl:ObjectProperty ; rdfs:label "former name"@en ; rdfs:domain shp:Vessel ; rdfs:range shp:NameRecord .
shp:validFrom a owl:DatatypeProperty ; rdfs:label "valid from"@en ; rdfs:range xsd:date .
shp:validUntil a owl:DatatypeProperty ; rdfs:label "valid until"@en ; rdfs:range xsd:date .
shp:registeredOwner a owl:ObjectProperty ; rdfs:label "registered owner"@en ; rdfs:domain shp:Vessel ; rdfs:range shp:Company .
shp:shipManager a owl:ObjectProperty ; rdfs:label "ship manager"@en ; rdfs:comment "The company responsible for the technical management of the vessel (ISM manager)."@en ; rdfs:domain shp:Vessel ; rdfs:range shp:Company .
shp:manages a owl:ObjectProperty ; rdfs:label "manages"@en ; owl:inverseOf shp:shipManager .
shp:operator a owl:ObjectProperty ; rdfs:label "operator"@en ; rdfs:comment "The company that commercially operates the vessel."@en ; rdfs:domain shp:Vessel ; rdfs:range shp:Company .
shp:companyImoNumber a owl:DatatypeProperty ; rdfs:label "IMO company number"@en ; rdfs:domain shp:Company .
shp:unlocode a owl:DatatypeProperty ; rdfs:label "UN/LOCODE"@en ; rdfs:domain shp:Port .
shp:calledAt a owl:ObjectProperty ; rdfs:label "called at"@en ; rdfs:domain shp:Vessel ; rdfs:range shp:Port .
shp:arrival a owl:DatatypeProperty ; rdfs:label "arrival"@en ; rdfs:comment "Actual time of arrival (ATA), UTC."@en ; rdfs:range xsd:dateTime .
shp:departure a owl:DatatypeProperty ; rdfs:label "departure"@en ; rdfs:comment "Actual time of departure (ATD), UTC."@en ; rdfs:range xsd:dateTime .
shp:berth a owl:ObjectProperty ; rdfs:label "berth"@en ; rdfs:range shp:Berth .
shp:atPort a owl:ObjectProperty ; rdfs:label "at port"@en ; rdfs:domain shp:Berth ; rdfs:range shp:Port .

stype:scheme a skos:ConceptScheme ; skos:prefLabel "Ship type classification"@en .
"""

# GeoNames country features: key -> (geonames id, code, English, official English, [(native, lang)])
COUNTRIES = {
    "NL": (
        2750405,
        "Netherlands",
        "Kingdom of the Netherlands",
        [("Nederland", "nl"), ("Koninkrijk der Nederlanden", "nl")],
    ),
    "BE": (2802361, "Belgium", "Kingdom of Belgium", [("België", "nl"), ("Belgique", "fr")]),
    "DE": (2921044, "Germany", "Federal Republic of Germany", [("Deutschland", "de")]),
    "GB": (2635167, "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", []),
    "FR": (3017382, "France", "French Republic", [("République française", "fr")]),
    "ES": (2510769, "Spain", "Kingdom of Spain", [("España", "es")]),
    "GR": (
        390903,
        "Greece",
        "Hellenic Republic",
        [("Ελλάδα", "el"), ("Ελληνική Δημοκρατία", "el")],
    ),
    "IT": (3175395, "Italy", "Italian Republic", [("Italia", "it")]),
    "SG": (1880251, "Singapore", "Republic of Singapore", [("新加坡", "zh")]),
    "CN": (1814991, "China", "People's Republic of China", [("中国", "zh")]),
    "HK": (1819730, "Hong Kong", "Hong Kong Special Administrative Region", [("香港", "zh")]),
    "KR": (1835841, "South Korea", "Republic of Korea", [("대한민국", "ko")]),
    "JP": (1861060, "Japan", "Japan", [("日本", "ja")]),
    "TW": (1668284, "Taiwan", "Taiwan", [("臺灣", "zh")]),
    "AE": (
        290557,
        "United Arab Emirates",
        "United Arab Emirates",
        [("الإمارات العربية المتحدة", "ar")],
    ),
    "US": (6252001, "United States", "United States of America", []),
    "BR": (3469034, "Brazil", "Federative Republic of Brazil", [("Brasil", "pt")]),
    "NO": (3144096, "Norway", "Kingdom of Norway", [("Norge", "nb"), ("Noreg", "nn")]),
    "DK": (2623032, "Denmark", "Kingdom of Denmark", [("Danmark", "da")]),
    "SE": (2661886, "Sweden", "Kingdom of Sweden", [("Sverige", "sv")]),
    "FI": (660013, "Finland", "Republic of Finland", [("Suomi", "fi")]),
    "PL": (798544, "Poland", "Republic of Poland", [("Polska", "pl")]),
    "TR": (298795, "Türkiye", "Republic of Türkiye", [("Türkiye", "tr"), ("Turkey", "en")]),
    "MA": (2542007, "Morocco", "Kingdom of Morocco", [("المغرب", "ar")]),
    "EG": (357994, "Egypt", "Arab Republic of Egypt", [("مصر", "ar")]),
    "LR": (2275384, "Liberia", "Republic of Liberia", []),
    "PA": (
        3703430,
        "Panama",
        "Republic of Panama",
        [("Panamá", "es"), ("República de Panamá", "es")],
    ),
    "MT": (2562770, "Malta", "Republic of Malta", [("Repubblika ta' Malta", "mt")]),
    "MH": (
        2080185,
        "Marshall Islands",
        "Republic of the Marshall Islands",
        [("Aolepān Aorōkin M̧ajeļ", "mh")],
    ),
    "BS": (3572887, "Bahamas", "Commonwealth of The Bahamas", []),
    "CY": (146669, "Cyprus", "Republic of Cyprus", [("Κύπρος", "el"), ("Kıbrıs", "tr")]),
    "CH": (2658434, "Switzerland", "Swiss Confederation", [("Schweiz", "de"), ("Suisse", "fr")]),
    "MC": (2993457, "Monaco", "Principality of Monaco", [("Principauté de Monaco", "fr")]),
    "BM": (3573345, "Bermuda", "Bermuda", []),
    "PT": (2264397, "Portugal", "Portuguese Republic", [("Portugal", "pt")]),
    "LK": (1227603, "Sri Lanka", "Democratic Socialist Republic of Sri Lanka", [("ශ්‍රී ලංකාව", "si")]),
    "MY": (1733045, "Malaysia", "Malaysia", []),
    "OM": (286963, "Oman", "Sultanate of Oman", [("عُمان", "ar")]),
}
# flag states: MMSI MIDs and call-sign prefixes
FLAGS = {
    "LR": ([636], ["D5", "A8"]),
    "PA": ([351, 352, 353, 354, 355, 356, 357, 370, 371, 372], ["3E", "H3", "HO"]),
    "MT": ([215, 229, 248, 249, 256], ["9H"]),
    "MH": ([538], ["V7"]),
    "HK": ([477], ["VR"]),
    "SG": ([563, 564, 565, 566], ["9V", "S6"]),
    "GR": ([237, 239, 240, 241], ["SV", "SX"]),
    "DK": ([219, 220], ["OY", "OZ"]),
    "DE": ([211, 218], ["DA", "DF"]),
    "NL": ([244, 245, 246], ["PB", "PC"]),
    "NO": ([257, 258, 259], ["LA", "LN"]),
    "CY": ([209, 210, 212], ["5B", "C4"]),
    "BS": ([308, 309, 311], ["C6"]),
    "GB": ([232, 233, 235], ["2A", "MX"]),
    "FR": ([226, 227, 228], ["FM", "FN"]),
    "IT": ([247], ["IB", "IC"]),
    "PT": ([255, 263], ["CQ"]),
    "BE": ([205], ["ON", "OO"]),
    "PL": ([261], ["SP", "SQ"]),
    "JP": ([431, 432], ["7J", "JD"]),
    "KR": ([440, 441], ["D7", "D8"]),
    "CN": ([412, 413, 414], ["BO", "BP"]),
}

# ship types: key -> (English, notation, broader key or None, [altLabels])
TYPES = {
    "cargo": ("Cargo carrying", "A", None, []),
    "tanker": ("Tanker", "A1", "cargo", []),
    "liqgas": ("Liquefied gas tanker", "A11", "tanker", ["gas carrier"]),
    "lng": ("LNG tanker", "A11A2TN", "liqgas", ["liquefied natural gas carrier", "LNG carrier"]),
    "lpg": ("LPG tanker", "A11B2TG", "liqgas", ["liquefied petroleum gas carrier"]),
    "chem": ("Chemical/products tanker", "A12B2TR", "tanker", []),
    "crude": ("Crude oil tanker", "A13A2TV", "tanker", ["crude carrier"]),
    "vlcc": ("Very large crude carrier", "A13A2TV-V", "crude", ["VLCC"]),
    "bulk": ("Bulk carrier", "A2", "cargo", ["bulker"]),
    "bulkgen": ("Bulk carrier (general)", "A21A2BC", "bulk", []),
    "capesize": ("Capesize bulk carrier", "A21A2BC-C", "bulkgen", []),
    "ore": ("Ore carrier", "A21B2BO", "bulk", []),
    "drycargo": ("Dry cargo/passenger", "A3", "cargo", []),
    "container": (
        "Container ship (fully cellular)",
        "A33A2CC",
        "drycargo",
        ["box ship", "containership"],
    ),
    "ulcv": ("Ultra large container vessel", "A33A2CC-U", "container", ["ULCV"]),
    "reefer": ("Refrigerated cargo ship", "A34A2GR", "drycargo", ["reefer"]),
    "pctc": (
        "Vehicles carrier",
        "A35B2RV",
        "drycargo",
        ["pure car and truck carrier", "PCTC", "car carrier"],
    ),
    "ropax": ("Passenger/Ro-Ro cargo ship", "A36A2PR", "drycargo", ["ro-pax ferry"]),
    "cruise": ("Passenger (cruise) ship", "A37A2PC", "drycargo", ["cruise ship", "cruise liner"]),
}

# ports: LOCODE -> (English label or None (code only), [(local, lang)], country, lat, long, [berths])
PORTS = {
    "NLRTM": (
        "Rotterdam",
        [("Rotterdam", "nl")],
        "NL",
        51.9496,
        4.1453,
        ["ECT-DDE 2", "RWG-1", "APMT-MV2 4"],
    ),
    "BEANR": (
        "Antwerp",
        [("Antwerpen", "nl"), ("Anvers", "fr")],
        "BE",
        51.2636,
        4.3997,
        ["K1742", "K913"],
    ),
    "DEHAM": ("Hamburg", [("Hamburg", "de")], "DE", 53.5461, 9.9661, ["CTB-3", "CTA-1", "EGH-5"]),
    "DEBRV": ("Bremerhaven", [("Bremerhaven", "de")], "DE", 53.5635, 8.5547, ["NTB-2"]),
    "GBFXT": ("Felixstowe", [], "GB", 51.9536, 1.3069, ["TB8", "TB9"]),
    "GBSOU": ("Southampton", [], "GB", 50.8998, -1.4044, ["CB101", "QEII-38"]),
    "FRLEH": ("Le Havre", [("Le Havre", "fr")], "FR", 49.4833, 0.1000, ["TPO-4"]),
    "ESVLC": (
        "Valencia",
        [("València", "ca"), ("Valencia", "es")],
        "ES",
        39.4439,
        -0.3167,
        ["MSCTV-1"],
    ),
    "ESALG": (None, [], "ES", 36.1275, -5.4389, []),
    "MAPTM": (None, [], "MA", 35.8924, -5.5016, []),
    "GRPIR": ("Piraeus", [("Πειραιάς", "el")], "GR", 37.9420, 23.6465, ["PCT-P3"]),
    "ITGOA": ("Genoa", [("Genova", "it")], "IT", 44.4056, 8.9100, ["PSA-SECH"]),
    "SGSIN": ("Singapore", [("新加坡港", "zh")], "SG", 1.2644, 103.8222, ["PPT-5", "TUAS-1"]),
    "CNSHA": ("Shanghai", [("上海", "zh")], "CN", 31.3567, 121.6100, ["YSH-4"]),
    "CNNGB": ("Ningbo", [("宁波", "zh")], "CN", 29.8683, 121.8442, ["MEISHAN-2"]),
    "HKHKG": ("Hong Kong", [("香港", "zh")], "HK", 22.3243, 114.1266, ["CT9-W"]),
    "KRPUS": ("Busan", [("부산", "ko")], "KR", 35.0999, 129.0403, ["BNCT-2"]),
    "JPYOK": ("Yokohama", [("横浜", "ja")], "JP", 35.4437, 139.6380, ["MC-3"]),
    "TWKHH": ("Kaohsiung", [("高雄", "zh")], "TW", 22.6163, 120.2830, ["T70"]),
    "AEJEA": ("Jebel Ali", [("جبل علي", "ar")], "AE", 25.0112, 55.0613, ["T3-12"]),
    "EGPSD": ("Port Said", [("بورسعيد", "ar")], "EG", 31.2653, 32.3019, []),
    "LKCMB": ("Colombo", [("කොළඹ", "si")], "LK", 6.9497, 79.8428, ["SAGT-1"]),
    "MYPKG": ("Port Klang", [("Pelabuhan Klang", "ms")], "MY", 2.9996, 101.3928, ["WP-9"]),
    "OMSLL": (None, [], "OM", 16.9438, 54.0071, []),
    "USLAX": ("Los Angeles", [], "US", 33.7395, -118.2610, ["APMT-400"]),
    "USNYC": ("New York", [], "US", 40.6840, -74.0062, ["PNCT-1"]),
    "USHOU": ("Houston", [], "US", 29.7300, -95.2650, ["BAYPORT-2"]),
    "BRSSZ": ("Santos", [("Santos", "pt")], "BR", -23.9608, -46.3336, ["BTP-1"]),
    "NOBGO": ("Bergen", [("Bergen", "nb")], "NO", 60.3971, 5.3157, ["SKOLTEGRUNNSKAIA"]),
    "DKAAR": ("Aarhus", [("Aarhus", "da"), ("Århus", "da")], "DK", 56.1518, 10.2247, ["CT-2"]),
    "SEGOT": ("Gothenburg", [("Göteborg", "sv")], "SE", 57.6881, 11.8489, ["SKANDIA-712"]),
    "PLGDN": ("Gdańsk", [("Gdańsk", "pl")], "PL", 54.3870, 18.6800, ["DCT-T2"]),
    "TRAMB": ("Ambarlı", [("Ambarlı", "tr")], "TR", 40.9700, 28.6900, ["MARPORT-3"]),
    "PTSIE": ("Sines", [("Sines", "pt")], "PT", 37.9414, -8.8673, []),
}

# companies: key -> (legal name, [(other legal name, lang)], [short names], country, parent key or None, IMO company number)
# a legal name of None: known only by its IMO company number
COMPANIES = {
    "maersk": (
        "A.P. Møller - Mærsk A/S",
        [],
        ["Maersk", "A.P. Moller-Maersk"],
        "DK",
        None,
        "5883046",
    ),
    "maerskmgmt": ("Maersk A/S Fleet Management", [], [], "DK", "maersk", "5752125"),
    "msc": (
        "Mediterranean Shipping Company S.A.",
        [("Mediterranean Shipping Company SA", "fr")],
        ["MSC"],
        "CH",
        None,
        "0166357",
    ),
    "mscship": ("MSC Shipmanagement Ltd", [], [], "CY", "msc", "5301018"),
    "cmacgm": (
        "CMA CGM S.A.",
        [("Compagnie Maritime d'Affrètement - Compagnie Générale Maritime", "fr")],
        ["CMA CGM"],
        "FR",
        None,
        "5064651",
    ),
    "cmaships": ("CMA Ships SAS", [], ["CMA Ships"], "FR", "cmacgm", "5894315"),
    "evergreen": (
        "Evergreen Marine Corporation (Taiwan) Ltd.",
        [("長榮海運股份有限公司", "zh")],
        ["Evergreen", "Evergreen Line"],
        "TW",
        None,
        "0196717",
    ),
    "shoei": (
        "Shoei Kisen Kaisha Ltd",
        [("正栄汽船株式会社", "ja")],
        [],
        "JP",
        "imabarigrp",
        "5330148",
    ),
    "bsm": (
        "Bernhard Schulte Shipmanagement (Singapore) Pte Ltd",
        [],
        ["BSM Singapore"],
        "SG",
        "schulte",
        "5423810",
    ),
    "schulte": ("Bernhard Schulte GmbH & Co. KG", [], ["Schulte Group"], "DE", None, "5019401"),
    "hapag": (
        "Hapag-Lloyd AG",
        [("Hapag-Lloyd Aktiengesellschaft", "de")],
        ["Hapag-Lloyd"],
        "DE",
        None,
        "0146541",
    ),
    "hmm": (
        "HMM Co Ltd",
        [("에이치엠엠 주식회사", "ko")],
        ["HMM", "Hyundai Merchant Marine"],
        "KR",
        None,
        "5098407",
    ),
    "hmmocean": ("HMM Ocean Service Co Ltd", [], [], "KR", "hmm", "5948226"),
    "anglo": (
        "Anglo-Eastern Ship Management Ltd",
        [],
        ["Anglo-Eastern"],
        "HK",
        "angloG",
        "5183171",
    ),
    "angloG": ("Anglo-Eastern Univan Group", [], [], "HK", None, "5957843"),
    "vships": ("V.Ships Norway AS", [], [], "NO", "vgroup", "5600841"),
    "vgroup": ("V.Group Ltd", [], ["V.Group"], "GB", None, "5981220"),
    "wilhelmsen": ("Wilhelmsen Ship Management Sdn Bhd", [], ["WSM"], "MY", "wwh", "5410917"),
    "wwh": ("Wilh. Wilhelmsen Holding ASA", [], ["Wilhelmsen"], "NO", None, "0274890"),
    "synergy": ("Synergy Marine Pte Ltd", [], ["Synergy Marine Group"], "SG", None, "5756390"),
    "thome": ("Thome Ship Management Pte Ltd", [], ["Thome"], "SG", None, "5040208"),
    "columbia": ("Columbia Shipmanagement Ltd", [], ["CSM"], "CY", "schulte2", "1919532"),
    "schulte2": ("Schoeller Holdings Ltd", [], [], "CY", None, "5912837"),
    "starbulk": ("Star Bulk Carriers Corp", [], ["Star Bulk"], "GR", None, "5741652"),
    "starbulkmgmt": (
        "Star Bulk Management Inc",
        [("Σταρ Μπαλκ Μάνατζμεντ", "el")],
        [],
        "GR",
        "starbulk",
        "5928641",
    ),
    "goldenocean": ("Golden Ocean Group Ltd", [], ["Golden Ocean"], "BM", None, "5795036"),
    "frontline": ("Frontline plc", [], ["Frontline"], "CY", None, "5806391"),
    "frontlinemgmt": ("Frontline Management AS", [], [], "NO", "frontline", "5807164"),
    "euronav": ("Euronav NV", [], ["Euronav", "CMB.TECH"], "BE", None, "5399211"),
    "stolt": ("Stolt Tankers BV", [], ["Stolt Tankers"], "NL", "stoltn", "5367421"),
    "stoltn": ("Stolt-Nielsen Ltd", [], ["Stolt-Nielsen"], "BM", None, "5367409"),
    "hoegh": ("Höegh Autoliners AS", [], ["Hoegh Autoliners"], "NO", None, "5487023"),
    "wallenius": ("Wallenius Wilhelmsen ASA", [], ["Wallenius Wilhelmsen"], "NO", None, "5946002"),
    "rccl": (
        "Royal Caribbean Cruises Ltd",
        [],
        ["Royal Caribbean", "Royal Caribbean Group"],
        "US",
        None,
        "1785016",
    ),
    "aegean": (
        "Aegean Crest Shipping S.A.",
        [("Αιγαίον Κρεστ Ναυτιλιακή Α.Ε.", "el")],
        [],
        "GR",
        None,
        "6032118",
    ),
    "nordvik": ("Nordvik Tankrederi AS", [], ["Nordvik Tankers"], "NO", None, "6041207"),
    "balticreefer": (
        "Baltic Reefer Lines Sp. z o.o.",
        [],
        ["Baltic Reefer"],
        "PL",
        None,
        "6053174",
    ),
    "qatargas": ("Nakilat Shipping (Qatar) Ltd", [], ["Nakilat"], "AE", None, "5782134"),
    "codeonly1": (None, [], [], "LR", None, "6077215"),
    "codeonly2": (None, [], [], "MH", None, "6081349"),
}
# shipyards: key -> (name, [(native name, lang)], [short names], country, parent key or None)
YARDS = {
    "dsme": (
        "Daewoo Shipbuilding & Marine Engineering",
        [("대우조선해양", "ko")],
        ["DSME", "Hanwha Ocean"],
        "KR",
        None,
    ),
    "shi": ("Samsung Heavy Industries", [("삼성중공업", "ko")], ["SHI"], "KR", None),
    "hhi": ("Hyundai Heavy Industries", [("현대중공업", "ko")], ["HHI"], "KR", "hdksoe"),
    "hdksoe": ("HD Korea Shipbuilding & Offshore Engineering", [], ["KSOE"], "KR", None),
    "imabari": (
        "Imabari Shipbuilding Co Ltd - Marugame",
        [("今治造船", "ja")],
        [],
        "JP",
        "imabarigrp",
    ),
    "imabarigrp": ("Imabari Shipbuilding Group", [], [], "JP", None),
    "odense": (
        "Odense Staalskibsværft",
        [("Odense Staalskibsværft A/S", "da")],
        ["Odense Lindø", "Odense Steel Shipyard"],
        "DK",
        "maersk",
    ),
    "meyer": ("Meyer Werft GmbH & Co. KG", [], ["Meyer Werft"], "DE", "meyergrp"),
    "meyerturku": ("Meyer Turku Oy", [], ["Meyer Turku"], "FI", "meyergrp"),
    "meyergrp": ("Meyer Neptun GmbH", [], [], "DE", None),
    "jiangnan": (
        "Jiangnan Shipyard (Group) Co Ltd",
        [("江南造船", "zh")],
        ["Jiangnan"],
        "CN",
        "cssc",
    ),
    "sws": (
        "Shanghai Waigaoqiao Shipbuilding Co Ltd",
        [("上海外高桥造船", "zh")],
        ["SWS"],
        "CN",
        "cssc",
    ),
    "hudong": (
        "Hudong-Zhonghua Shipbuilding (Group) Co Ltd",
        [("沪东中华造船", "zh")],
        [],
        "CN",
        "cssc",
    ),
    "cssc": (
        "China State Shipbuilding Corporation",
        [("中国船舶集团", "zh")],
        ["CSSC"],
        "CN",
        None,
    ),
    "tsuneishi": ("Tsuneishi Shipbuilding Co Ltd", [("常石造船", "ja")], ["Tsuneishi"], "JP", None),
    "fincantieri": ("Fincantieri S.p.A.", [], ["Fincantieri"], "IT", None),
}

# well-known vessels: (IMO, name, flag, type, year, yard, GT, DWT, owner, manager, operator, [(former name, from, until)])
FAMOUS = [
    (
        9321483,
        "EMMA MAERSK",
        "DK",
        "ulcv",
        2006,
        "odense",
        170794,
        156907,
        "maersk",
        "maerskmgmt",
        "maersk",
        [],
    ),
    (
        9811000,
        "EVER GIVEN",
        "PA",
        "ulcv",
        2018,
        "imabari",
        220940,
        199629,
        "shoei",
        "bsm",
        "evergreen",
        [],
    ),
    (9839430, "MSC GÜLSÜN", "PA", "ulcv", 2019, "shi", 232618, 224986, "msc", "mscship", "msc", []),
    (
        9863297,
        "HMM ALGECIRAS",
        "PA",
        "ulcv",
        2020,
        "dsme",
        228283,
        232606,
        "hmm",
        "hmmocean",
        "hmm",
        [],
    ),
    (
        9839179,
        "CMA CGM JACQUES SAADE",
        "FR",
        "ulcv",
        2020,
        "jiangnan",
        236583,
        220300,
        "cmacgm",
        "cmaships",
        "cmacgm",
        [],
    ),
    (
        9829930,
        "ICON OF THE SEAS",
        "BS",
        "cruise",
        2023,
        "meyerturku",
        248663,
        17800,
        "rccl",
        "rccl",
        "rccl",
        [],
    ),
    (
        9383936,
        "OASIS OF THE SEAS",
        "BS",
        "cruise",
        2009,
        "meyerturku",
        226838,
        19750,
        "rccl",
        "rccl",
        "rccl",
        [],
    ),
    (
        9501332,
        "HAMBURG EXPRESS",
        "DE",
        "container",
        2012,
        "hhi",
        142295,
        140000,
        "hapag",
        "hapag",
        "hapag",
        [("ALMANI", "2012-01-12", "2012-03-30")],
    ),
    (
        9526966,
        "MAERSK HALIFAX",
        "SG",
        "container",
        2017,
        "dsme",
        153744,
        157479,
        "maersk",
        "maerskmgmt",
        "maersk",
        [("MAERSK HONAM", "2017-08-01", "2019-07-15")],
    ),
    (
        9706906,
        "HÖEGH TARGET",
        "NO",
        "pctc",
        2016,
        "hudong",
        76420,
        21000,
        "hoegh",
        "wilhelmsen",
        "hoegh",
        [],
    ),
    (
        9389289,
        "FRONT ALTAIR",
        "MH",
        "crude",
        2016,
        "hhi",
        62849,
        111538,
        "frontline",
        "frontlinemgmt",
        "frontline",
        [("FRONT ALTAIR I", "2016-04-01", "2016-05-20")],
    ),
    (
        9398280,
        "DIA",
        "BE",
        "vlcc",
        2009,
        "dsme",
        160216,
        320299,
        "euronav",
        "euronav",
        "euronav",
        [("FRONT SABANG", "2009-03-01", "2016-02-01"), ("DIAMOND SEA", "2016-02-01", "2017-11-30")],
    ),
    (
        9627966,
        "GOLDEN OPUS",
        "MH",
        "capesize",
        2014,
        "sws",
        107213,
        180716,
        "goldenocean",
        "thome",
        "goldenocean",
        [],
    ),
    (
        9753595,
        "STAR MARIANNE",
        "MH",
        "capesize",
        2016,
        "sws",
        106553,
        208000,
        "starbulk",
        "starbulkmgmt",
        "starbulk",
        [("ERMAR", "2016-01-15", "2016-06-30")],
    ),
    (
        9390173,
        "STOLT INNOVATION",
        "LR",
        "chem",
        1996,
        "tsuneishi",
        24625,
        37467,
        "stolt",
        "stolt",
        "stolt",
        [],
    ),
    (
        9854997,
        "AL HAMLA",
        "MH",
        "lng",
        2008,
        "shi",
        163922,
        128900,
        "qatargas",
        "synergy",
        "qatargas",
        [],
    ),
]

PLACE_WORDS = [
    "ALTAIR",
    "AURORA",
    "BOREAS",
    "CALYPSO",
    "DELPHI",
    "ELECTRA",
    "FORTUNA",
    "GALENE",
    "HELIOS",
    "IONIAN",
    "JUNO",
    "KALLISTO",
    "LYRA",
    "MERIDIAN",
    "NEREUS",
    "ORION",
    "PEGASUS",
    "POLARIS",
    "RIGEL",
    "SIRIUS",
    "THALASSA",
    "TRITON",
    "VEGA",
    "ZEPHYR",
    "ANDROS",
    "KEA",
    "NAXOS",
    "PAROS",
    "SYROS",
    "TINOS",
    "HYDRA",
    "SKIATHOS",
    "KIRKENES",
    "LOFOTEN",
    "TROMSO",
    "HORTEN",
    "MOLDE",
    "ALESUND",
    "NARVIK",
    "BODO",
    "KINLOSS",
    "KENSINGTON",
    "KOWLOON",
    "KOBE",
    "KALAMATA",
    "GDYNIA",
    "SZCZECIN",
    "SOPOT",
    "VALPARAISO",
    "VERACRUZ",
    "MANZANILLO",
    "CARTAGENA",
]
# fleet templates: (prefix, owner, managers, operator, types, flags, yards, GT range, year range)
FLEETS = [
    (
        "MAERSK ",
        "maersk",
        ["maerskmgmt", "synergy"],
        "maersk",
        ["container"],
        ["DK", "SG", "HK"],
        ["dsme", "hhi", "odense"],
        (50000, 110000),
        (2004, 2019),
    ),
    (
        "MSC ",
        "msc",
        ["mscship", "mscship", "columbia"],
        "msc",
        ["container", "ulcv"],
        ["PA", "LR", "PT", "MT"],
        ["dsme", "shi", "hhi", "jiangnan"],
        (40000, 230000),
        (2003, 2023),
    ),
    (
        "CMA CGM ",
        "cmacgm",
        ["cmaships", "anglo"],
        "cmacgm",
        ["container"],
        ["FR", "MT", "LR"],
        ["hhi", "hudong", "jiangnan"],
        (35000, 155000),
        (2006, 2022),
    ),
    (
        "EVER ",
        "evergreen",
        ["evergreen", "bsm"],
        "evergreen",
        ["container"],
        ["PA", "GB", "SG"],
        ["imabari", "shi", "jiangnan"],
        (75000, 220000),
        (2007, 2022),
    ),
    (
        "STAR ",
        "starbulk",
        ["starbulkmgmt", "columbia"],
        "starbulk",
        ["bulkgen", "capesize"],
        ["MH", "MT", "LR"],
        ["sws", "imabari", "tsuneishi"],
        (30000, 107000),
        (2009, 2020),
    ),
    (
        "FRONT ",
        "frontline",
        ["frontlinemgmt", "vships"],
        "frontline",
        ["crude", "vlcc"],
        ["MH", "CY", "BS"],
        ["hhi", "dsme", "sws"],
        (58000, 160000),
        (2010, 2023),
    ),
    (
        "STOLT ",
        "stolt",
        ["stolt", "anglo"],
        "stolt",
        ["chem"],
        ["LR", "GB", "NL"],
        ["tsuneishi", "hudong"],
        (11000, 30000),
        (1998, 2017),
    ),
    (
        "HÖEGH ",
        "hoegh",
        ["wilhelmsen"],
        "hoegh",
        ["pctc"],
        ["NO", "SG"],
        ["hudong", "jiangnan"],
        (55000, 76000),
        (2008, 2024),
    ),
    (
        "AEGEAN ",
        "aegean",
        ["vships", "codeonly1", "columbia"],
        "aegean",
        ["bulkgen", "crude", "chem"],
        ["GR", "MT", "CY"],
        ["tsuneishi", "imabari", "sws"],
        (20000, 85000),
        (2001, 2018),
    ),
    (
        "NORDVIK ",
        "nordvik",
        ["nordvik", "thome"],
        "nordvik",
        ["chem", "lpg"],
        ["NO", "MH"],
        ["hudong", "fincantieri", "hhi"],
        (8000, 25000),
        (2005, 2021),
    ),
    (
        "BALTIC ",
        "balticreefer",
        ["codeonly2", "balticreefer"],
        "balticreefer",
        ["reefer"],
        ["PL", "CY", "PA"],
        ["fincantieri", "tsuneishi"],
        (6000, 15000),
        (1995, 2012),
    ),
]
SOURCES = {
    "ais-t": "Terrestrial AIS network",
    "ais-s": "Satellite AIS feed",
    "pa": "Port authority notice",
}


def imo_check(six: int) -> int:
    """The IMO number with its check digit: the six digits weighted 7..2, summed, mod 10."""
    digits = [int(c) for c in f"{six:06d}"]
    return six * 10 + sum(d * w for d, w in zip(digits, range(7, 1, -1), strict=True)) % 10


def lit(text: str, lang: str | None = None) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{esc}"@{lang}' if lang else f'"{esc}"'


def country(code: str) -> str:
    return f"<https://sws.geonames.org/{COUNTRIES[code][0]}/>"


def main() -> None:
    rnd = random.Random(43)
    out: list[str] = [PREFIXES, ONTOLOGY]
    add = out.append
    add(f"src:ais-t a shp:DataSource ; rdfs:label {lit(SOURCES['ais-t'], 'en')} .")
    add(f"src:ais-s a shp:DataSource ; rdfs:label {lit(SOURCES['ais-s'], 'en')} .")
    add(f"src:pa a shp:DataSource ; rdfs:label {lit(SOURCES['pa'], 'en')} .")

    for code, (gid, en, official, native) in COUNTRIES.items():
        parts = [
            f"<https://sws.geonames.org/{gid}/> a gn:Feature",
            "gn:featureCode gn:A.PCLI",
            f"gn:name {lit(en)}",
        ]
        parts.append(f"gn:officialName {lit(official, 'en')}")
        parts += [f"gn:alternateName {lit(n, lang)}" for n, lang in native]
        parts.append(f"gn:countryCode {lit(code)}")
        add(" ;\n    ".join(parts) + " .")

    for key, (en, notation, broader, alts) in TYPES.items():
        parts = [f"stype:{key} a shp:ShipType, skos:Concept", "skos:inScheme stype:scheme"]
        parts += [f"skos:prefLabel {lit(en, 'en')}", f"skos:notation {lit(notation)}"]
        parts += [f"skos:altLabel {lit(a, 'en')}" for a in alts]
        parts.append(
            f"skos:broader stype:{broader}" if broader else "skos:topConceptOf stype:scheme"
        )
        add(" ;\n    ".join(parts) + " .")

    berth_port: dict[str, str] = {}
    for loc, (en, local, cc, lat, lon, berths) in PORTS.items():
        parts = [f"port:{loc} a shp:Port", f"shp:unlocode {lit(loc)}"]
        if en:
            parts.append(f"rdfs:label {lit(en, 'en')}")
        parts += [f"rdfs:label {lit(n, lang)}" for n, lang in local]
        parts += [f"gn:parentCountry {country(cc)}"]
        parts += [f'wgs84:lat "{lat:.4f}"^^xsd:decimal', f'wgs84:long "{lon:.4f}"^^xsd:decimal']
        add(" ;\n    ".join(parts) + " .")
        for b in berths:
            bid = f"{loc}-{b.replace(' ', '-')}"
            berth_port[bid] = loc
            add(f"berth:{bid} a shp:Berth ; skos:notation {lit(b)} ; shp:atPort port:{loc} .")

    for name, others, shorts, cc, parent, imo in COMPANIES.values():
        parts = [f"company:{imo} a shp:Company", f"shp:companyImoNumber {lit(imo)}"]
        if name:
            parts.append(f"schema:legalName {lit(name)}")
        parts += [f"schema:legalName {lit(n, lang)}" for n, lang in others]
        parts += [f"schema:alternateName {lit(s)}" for s in shorts]
        parts.append(f"schema:addressCountry {country(cc)}")
        if parent:
            parts.append(f"org:subOrganizationOf {company_iri(parent)}")
        add(" ;\n    ".join(parts) + " .")
    for key, (name, natives, shorts, cc, parent) in YARDS.items():
        parts = [f"company:yard-{key} a shp:Shipyard", f"schema:legalName {lit(name)}"]
        parts += [f"schema:legalName {lit(n, lang)}" for n, lang in natives]
        parts += [f"schema:alternateName {lit(s)}" for s in shorts]
        parts.append(f"schema:addressCountry {country(cc)}")
        if parent:
            parts.append(f"org:subOrganizationOf {company_iri(parent)}")
        add(" ;\n    ".join(parts) + " .")

    vessels = list(FAMOUS)
    used = {v[0] for v in vessels}
    names = {v[1] for v in vessels}
    words = list(PLACE_WORDS)
    for prefix, owner, managers, operator, types, flags, yards, (g0, g1), (y0, y1) in FLEETS:
        for _ in range(rnd.randint(4, 7)):
            imo = imo_check(rnd.randint(930000, 986000))
            while imo in used:
                imo = imo_check(rnd.randint(930000, 986000))
            used.add(imo)
            word = rnd.choice(words)
            while prefix + word in names:
                word = rnd.choice(words)
            names.add(prefix + word)
            gt = rnd.randint(g0, g1)
            t = rnd.choice(types)
            dwt = int(
                gt
                * {
                    "crude": 1.8,
                    "vlcc": 2.0,
                    "bulkgen": 1.8,
                    "capesize": 1.9,
                    "chem": 1.6,
                    "lpg": 1.3,
                    "pctc": 0.28,
                    "reefer": 1.1,
                }.get(t, 1.0)
            )
            former = []
            if rnd.random() < 0.3:
                y = rnd.randint(y0, y1)
                old = rnd.choice(
                    ["NORDIC ", "OCEAN ", "SEA ", "ATLANTIC ", "PACIFIC "]
                ) + rnd.choice(words)
                former.append(
                    (
                        old,
                        f"{y}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}",
                        f"{min(y + rnd.randint(2, 6), 2024)}-0{rnd.randint(1, 9)}-2{rnd.randint(0, 8)}",
                    )
                )
            vessels.append(
                (
                    imo,
                    prefix + word,
                    rnd.choice(flags),
                    t,
                    rnd.randint(y0, y1),
                    rnd.choice(yards),
                    gt,
                    dwt,
                    owner,
                    rnd.choice(managers),
                    operator,
                    former,
                )
            )
    # two vessels known only by their IMO numbers (a registry record without a name yet)
    nameless = [imo_check(rnd.randint(987000, 989999)) for _ in range(2)]

    mmsis: set[str] = set()
    for imo, name, flag, t, year, yard, gt, dwt, owner, manager, operator, former in vessels:
        mids, calls = FLAGS[flag]
        mmsi = f"{rnd.choice(mids)}{rnd.randint(0, 999999):06d}"
        while mmsi in mmsis:
            mmsi = f"{rnd.choice(mids)}{rnd.randint(0, 999999):06d}"
        mmsis.add(mmsi)
        call = rnd.choice(calls) + "".join(
            rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(rnd.choice([2, 3]))
        )
        parts = [
            f"vessel:{imo} a shp:Vessel",
            f"schema:name {lit(name)}",
            f"rdfs:label {lit(f'{name} (IMO {imo})')}",
        ]
        parts += [
            f"shp:imoNumber {lit(str(imo))}",
            f"shp:mmsi {lit(mmsi)}",
            f"shp:callSign {lit(call)}",
        ]
        parts += [
            f"shp:flag {country(flag)}",
            f"shp:shipType stype:{t}",
            f'shp:yearOfBuild "{year}"^^xsd:gYear',
        ]
        parts += [f"shp:builtBy company:yard-{yard}"]
        parts += [
            f'shp:grossTonnage [ a schema:QuantitativeValue ; schema:value {gt} ; schema:unitCode "GT" ; schema:unitText "gross tonnage" ]'
        ]
        parts += [
            f'shp:deadweight [ a schema:QuantitativeValue ; schema:value {dwt} ; schema:unitCode "TNE" ; schema:unitText "t" ]'
        ]
        parts += [
            f"shp:registeredOwner {company_iri(owner)}",
            f"shp:shipManager {company_iri(manager)}",
            f"shp:operator {company_iri(operator)}",
        ]
        for old, start, end in former:
            parts.append(
                f'shp:formerName [ a shp:NameRecord ; schema:name {lit(old)} ; shp:validFrom "{start}"^^xsd:date ; shp:validUntil "{end}"^^xsd:date ]'
            )
        add(" ;\n    ".join(parts) + " .")
    for imo in nameless:
        add(
            f"vessel:{imo} a shp:Vessel ; shp:imoNumber {lit(str(imo))} ; shp:shipType stype:bulkgen ; shp:flag {country('LR')} ; shp:registeredOwner {company_iri('codeonly1')} ."
        )

    # port calls: each vessel calls at 1-4 ports of its trade; dates in 2024
    trade = {
        "container": [
            "NLRTM",
            "BEANR",
            "DEHAM",
            "DEBRV",
            "GBFXT",
            "FRLEH",
            "ESVLC",
            "ESALG",
            "MAPTM",
            "GRPIR",
            "ITGOA",
            "SGSIN",
            "CNSHA",
            "CNNGB",
            "HKHKG",
            "KRPUS",
            "JPYOK",
            "TWKHH",
            "AEJEA",
            "EGPSD",
            "LKCMB",
            "MYPKG",
            "OMSLL",
            "USLAX",
            "USNYC",
            "BRSSZ",
            "PLGDN",
            "DKAAR",
            "SEGOT",
            "TRAMB",
            "PTSIE",
        ],
        "tanker": ["NLRTM", "USHOU", "SGSIN", "AEJEA", "GRPIR", "BEANR", "NOBGO", "PTSIE", "OMSLL"],
        "bulk": ["NLRTM", "BRSSZ", "CNSHA", "KRPUS", "JPYOK", "PLGDN", "GBSOU", "SEGOT"],
        "other": [
            "GBSOU",
            "DEBRV",
            "BEANR",
            "NOBGO",
            "SEGOT",
            "ESVLC",
            "USNYC",
            "ITGOA",
            "KRPUS",
            "NLRTM",
        ],
    }
    group = {
        "ulcv": "container",
        "container": "container",
        "crude": "tanker",
        "vlcc": "tanker",
        "chem": "tanker",
        "lng": "tanker",
        "lpg": "tanker",
        "bulkgen": "bulk",
        "capesize": "bulk",
    }
    berths_of: dict[str, list[str]] = {}
    for bid, loc in berth_port.items():
        berths_of.setdefault(loc, []).append(bid)
    for imo, _name, _flag, t, *_ in vessels:
        ports = rnd.sample(trade[group.get(t, "other")], rnd.randint(1, 4))
        day = rnd.randint(1, 300)
        for i, loc in enumerate(ports):
            repeat = 2 if i == 0 and rnd.random() < 0.15 else 1
            for _ in range(repeat):
                day += rnd.randint(3, 20)
                month, dom = min(12, 1 + day // 31), 1 + day % 25
                h, m = rnd.randint(0, 23), rnd.randint(0, 59)
                stay = rnd.randint(8, 70)
                dh, dd = (h + stay) % 24, dom + (h + stay) // 24
                arr = f"2024-{month:02d}-{dom:02d}T{h:02d}:{m:02d}:00Z"
                dep = f"2024-{month:02d}-{min(dd, 28):02d}T{dh:02d}:{rnd.randint(0, 59):02d}:00Z"
                ann = [f'shp:arrival "{arr}"^^xsd:dateTime', f'shp:departure "{dep}"^^xsd:dateTime']
                if berths_of.get(loc) and rnd.random() < 0.8:
                    ann.append(f"shp:berth berth:{rnd.choice(berths_of[loc])}")
                ann.append(f"dcterms:source src:{rnd.choice(list(SOURCES))}")
                add(f"vessel:{imo} shp:calledAt port:{loc} {{| {' ; '.join(ann)} |}} .")

    text = "\n".join(out) + "\n"
    (HERE / "shipping.ttl").write_text(text, encoding="utf-8")


def company_iri(key: str) -> str:
    """A company's or a shipyard's IRI by its key (shipyards under ``company/yard-``)."""
    if key in COMPANIES:
        return f"company:{COMPANIES[key][5]}"
    return f"company:yard-{key}"


if __name__ == "__main__":
    main()
