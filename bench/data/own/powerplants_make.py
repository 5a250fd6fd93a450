# ruff: noqa: E501  (one record a line)
"""Write ``powerplants.ttl``: power plants, their generating units, owners and operators, yearly
generation and CO2 emissions, grid connections and the data sets they come from, as an energy
agency's open power-plant registry publishes them as linked data (Turtle; a small local
vocabulary ``ppd:`` beside schema.org, W3C WGS84, QUDT, SKOS, DCAT and Dublin Core terms), the
way the Global Power Plant Database, ENTSO-E's transparency platform or Open Power System Data
would look as RDF.

The shape (what such a registry's export looks like):

* ``ppd:PowerPlant`` nodes at ``/id/plant/<GPPD-style id>`` named by an ``rdfs:label`` in English
  and another in the country's language (``"Elektrownia Bełchatów"@pl``), ``skos:altLabel``
  aliases ("Electric Mountain", "HPC"), the id as a ``dcterms:identifier`` literal, WGS84
  ``geo:lat`` / ``geo:long`` typed decimals, ``schema:containedInPlace`` a region (itself in a
  country) and ``ppd:country`` the country, ``ppd:primaryFuel`` and ``ppd:otherFuel`` SKOS
  concepts of a fuel scheme with a ``skos:broader`` hierarchy (lignite -> coal -> fossil fuel),
  ``ppd:commissioningYear`` / ``ppd:decommissioningYear`` ``xsd:gYear``, ``ppd:status`` a SKOS
  concept (operating / retired / under construction), ``ppd:capacityMW`` a typed decimal (plants
  from the German registry carry none: only their units' capacities, in kW);
* some plants are only an identifier with an ``rdfs:comment`` (the registry has not verified a
  name), a country, a fuel and a capacity;
* ``ppd:GeneratingUnit`` nodes that point to their plant by ``dcterms:isPartOf`` (the plant does
  not list them), named in English or (German units) only in German, with ``ppd:netCapacity`` a
  blank ``qudt:QuantityValue`` (``qudt:numericValue`` and ``qudt:unit unit:MegaW``, or for the
  German registry's units a number of kilowatts with ``unit:KiloW``), ``ppd:technology`` a SKOS
  concept (PWR, EPR -> PWR, CCGT, ...), unit commissioning and decommissioning years;
* ownership as blank n-ary ``ppd:OwnershipShare`` records under ``ppd:ownership`` (owner, share
  percent a decimal, since a gYear); ``ppd:operator`` a company directly;
* companies named by ``schema:name``, ``schema:legalName`` and ``schema:alternateName``
  acronyms / former names, ``schema:parentOrganization``, ``schema:addressCountry`` a country;
* a blank ``ppd:GridConnection`` per plant (``ppd:voltageKV`` integer, ``ppd:transmissionOperator``
  a company);
* unnamed yearly ``ppd:AnnualGeneration`` records at ``/id/generation/<id>-<year>`` pointing to
  the plant (``ppd:ofPlant``, ``ppd:reportingYear``, ``ppd:netGenerationGWh``,
  ``ppd:dataQuality`` estimated / reported) and ``ppd:EmissionsRecord`` ones (``ppd:co2Tonnes``
  an integer) from the EU ETS data set;
* ``dcat:Dataset`` sources with ``dcterms:title``, ``dcterms:publisher``, ``dcterms:license`` (a
  licence IRI with an ``rdfs:label``) and ``dcterms:issued``; every plant and record has a
  ``dcterms:source``.

Names and places are real, numbers partly invented (generation figures are drawn around a
capacity factor by a seeded generator). Deterministic, stdlib only. Run from the repository
root: ``python bench/data/own/powerplants_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent
BASE = "https://data.powerplants.example.eu/"

PREFIXES = f"""@prefix ppd: <{BASE}def/ppd#> .
@prefix plant: <{BASE}id/plant/> .
@prefix unitid: <{BASE}id/unit/> .
@prefix org: <{BASE}id/org/> .
@prefix place: <{BASE}id/place/> .
@prefix fuel: <{BASE}id/fuel/> .
@prefix tech: <{BASE}id/technology/> .
@prefix status: <{BASE}id/status/> .
@prefix src: <{BASE}id/source/> .
@prefix gen: <{BASE}id/generation/> .
@prefix ets: <{BASE}id/emissions/> .
@prefix schema: <https://schema.org/> .
@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

ONTOLOGY = f"""
<{BASE}def/ppd> a owl:Ontology ;
    rdfs:label "Power plant registry vocabulary"@en ;
    dcterms:created "2021-03-15"^^xsd:date .

ppd:PowerPlant a owl:Class ; rdfs:subClassOf schema:Place ; rdfs:label "power plant"@en .
ppd:GeneratingUnit a owl:Class ; rdfs:label "generating unit"@en ; rdfs:comment "A generator set (a boiler and turbine, a reactor, a turbine) that is part of a plant."@en .
ppd:OwnershipShare a owl:Class ; rdfs:label "ownership share"@en .
ppd:GridConnection a owl:Class ; rdfs:label "grid connection"@en .
ppd:AnnualGeneration a owl:Class ; rdfs:label "annual generation record"@en .
ppd:EmissionsRecord a owl:Class ; rdfs:label "emissions record"@en .
ppd:Fuel a owl:Class ; rdfs:subClassOf skos:Concept ; rdfs:label "fuel"@en .
ppd:Technology a owl:Class ; rdfs:subClassOf skos:Concept ; rdfs:label "generation technology"@en .
ppd:PlantStatus a owl:Class ; rdfs:subClassOf skos:Concept ; rdfs:label "plant status"@en .

ppd:country a owl:ObjectProperty ; rdfs:label "country"@en ; rdfs:range schema:Country .
ppd:primaryFuel a owl:ObjectProperty ; rdfs:label "primary fuel"@en ; rdfs:domain ppd:PowerPlant ; rdfs:range ppd:Fuel .
ppd:otherFuel a owl:ObjectProperty ; rdfs:label "other fuel"@en ; rdfs:domain ppd:PowerPlant ; rdfs:range ppd:Fuel .
ppd:commissioningYear a owl:DatatypeProperty ; rdfs:label "commissioning year"@en ; rdfs:range xsd:gYear .
ppd:decommissioningYear a owl:DatatypeProperty ; rdfs:label "decommissioning year"@en ; rdfs:range xsd:gYear .
ppd:status a owl:ObjectProperty ; rdfs:label "status"@en ; rdfs:range ppd:PlantStatus .
ppd:capacityMW a owl:DatatypeProperty ; rdfs:label "installed capacity (MW)"@en ; rdfs:domain ppd:PowerPlant ; rdfs:range xsd:decimal .
ppd:netCapacity a owl:ObjectProperty ; rdfs:label "net capacity"@en ; rdfs:range qudt:QuantityValue .
ppd:technology a owl:ObjectProperty ; rdfs:label "technology"@en ; rdfs:domain ppd:GeneratingUnit ; rdfs:range ppd:Technology .
ppd:operator a owl:ObjectProperty ; rdfs:label "operator"@en ; rdfs:domain ppd:PowerPlant ; rdfs:range schema:Organization .
ppd:ownership a owl:ObjectProperty ; rdfs:label "ownership"@en ; rdfs:domain ppd:PowerPlant ; rdfs:range ppd:OwnershipShare .
ppd:owner a owl:ObjectProperty ; rdfs:label "owner"@en ; rdfs:domain ppd:OwnershipShare ; rdfs:range schema:Organization .
ppd:sharePercent a owl:DatatypeProperty ; rdfs:label "share (percent)"@en ; rdfs:domain ppd:OwnershipShare ; rdfs:range xsd:decimal .
ppd:since a owl:DatatypeProperty ; rdfs:label "since"@en ; rdfs:range xsd:gYear .
ppd:gridConnection a owl:ObjectProperty ; rdfs:label "grid connection"@en ; rdfs:range ppd:GridConnection .
ppd:voltageKV a owl:DatatypeProperty ; rdfs:label "voltage (kV)"@en ; rdfs:domain ppd:GridConnection ; rdfs:range xsd:integer .
ppd:transmissionOperator a owl:ObjectProperty ; rdfs:label "transmission system operator"@en ; rdfs:domain ppd:GridConnection .
ppd:ofPlant a owl:ObjectProperty ; rdfs:label "of plant"@en ; rdfs:range ppd:PowerPlant .
ppd:reportingYear a owl:DatatypeProperty ; rdfs:label "reporting year"@en ; rdfs:range xsd:gYear .
ppd:netGenerationGWh a owl:DatatypeProperty ; rdfs:label "net generation (GWh)"@en ; rdfs:domain ppd:AnnualGeneration ; rdfs:range xsd:decimal .
ppd:dataQuality a owl:ObjectProperty ; rdfs:label "data quality"@en .
ppd:co2Tonnes a owl:DatatypeProperty ; rdfs:label "CO2 emissions (tonnes)"@en ; rdfs:domain ppd:EmissionsRecord ; rdfs:range xsd:integer .

unit:MegaW a qudt:Unit ; rdfs:label "megawatt"@en ; qudt:symbol "MW" ; qudt:conversionMultiplier "1000000.0"^^xsd:double .
unit:KiloW a qudt:Unit ; rdfs:label "kilowatt"@en ; qudt:symbol "kW" ; qudt:conversionMultiplier "1000.0"^^xsd:double .
"""

# fuels: key -> (English, {lang: label}, altLabels, broader)
FUELS = {
    "fossil": ("fossil fuel", {}, ["fossil"], None),
    "coal": ("coal", {"de": "Kohle", "pl": "węgiel"}, [], "fossil"),
    "hardcoal": (
        "hard coal",
        {"de": "Steinkohle", "pl": "węgiel kamienny"},
        ["bituminous coal"],
        "coal",
    ),
    "lignite": ("lignite", {"de": "Braunkohle", "pl": "węgiel brunatny"}, ["brown coal"], "coal"),
    "gas": ("natural gas", {"de": "Erdgas"}, ["gas"], "fossil"),
    "oil": ("fuel oil", {}, ["oil", "heavy fuel oil"], "fossil"),
    "nuclear": ("nuclear", {"fr": "nucléaire", "de": "Kernenergie"}, ["uranium"], None),
    "renewable": ("renewable energy", {}, ["renewables"], None),
    "hydro": ("hydropower", {"fr": "hydroélectricité"}, ["hydro", "hydroelectric"], "renewable"),
    "pumped": ("pumped storage", {}, ["pumped hydro"], "hydro"),
    "wind": ("wind", {}, ["wind power"], "renewable"),
    "onshorewind": ("onshore wind", {"de": "Windenergie an Land"}, [], "wind"),
    "offshorewind": ("offshore wind", {}, [], "wind"),
    "solar": ("solar", {}, ["solar power"], "renewable"),
    "solarpv": ("solar photovoltaic", {"es": "solar fotovoltaica"}, ["PV"], "solar"),
    "csp": ("concentrated solar power", {"es": "termosolar"}, ["solar thermal", "CSP"], "solar"),
    "biomass": ("biomass", {"pl": "biomasa"}, ["wood pellets"], "renewable"),
    "geothermal": ("geothermal", {"is": "jarðvarmi"}, [], "renewable"),
}
# technologies: key -> (English, altLabels, broader)
TECHS = {
    "st": ("steam turbine", ["ST"], None),
    "ccgt": ("combined cycle gas turbine", ["CCGT"], None),
    "lwr": ("light water reactor", ["LWR"], None),
    "pwr": ("pressurised water reactor", ["PWR"], "lwr"),
    "bwr": ("boiling water reactor", ["BWR"], "lwr"),
    "epr": ("European Pressurised Reactor", ["EPR"], "pwr"),
    "vver": ("VVER", ["water-water energetic reactor"], "pwr"),
    "agr": ("advanced gas-cooled reactor", ["AGR"], None),
    "pumpturbine": ("reversible pump-turbine", [], None),
}
STATUSES = {
    "operating": ("operating", ["in operation"]),
    "retired": ("retired", ["decommissioned", "closed"]),
    "construction": ("under construction", []),
}
# countries: key -> (English, [(local name, lang)], ISO code)
COUNTRIES = {
    "gb": ("United Kingdom", [], "GB"),
    "pl": ("Poland", [("Polska", "pl")], "PL"),
    "de": ("Germany", [("Deutschland", "de")], "DE"),
    "fr": ("France", [], "FR"),
    "es": ("Spain", [("España", "es")], "ES"),
    "fi": ("Finland", [("Suomi", "fi")], "FI"),
    "se": ("Sweden", [("Sverige", "sv")], "SE"),
    "cz": ("Czechia", [("Česko", "cs"), ("Czech Republic", "en")], "CZ"),
    "is": ("Iceland", [("Ísland", "is")], "IS"),
    "nl": ("Netherlands", [("Nederland", "nl")], "NL"),
    "be": ("Belgium", [("België", "nl"), ("Belgique", "fr")], "BE"),
    "dk": ("Denmark", [("Danmark", "da")], "DK"),
    "us": ("United States", [], "US"),
    "cn": ("China", [("中国", "zh")], "CN"),
    "jp": ("Japan", [("日本", "ja")], "JP"),
    "ch": ("Switzerland", [("Schweiz", "de"), ("Suisse", "fr")], "CH"),
    "it": ("Italy", [("Italia", "it")], "IT"),
}
# regions: key -> (English, local (name, lang) or None, country)
REGIONS = {
    "northyorks": ("North Yorkshire", None, "gb"),
    "notts": ("Nottinghamshire", None, "gb"),
    "somerset": ("Somerset", None, "gb"),
    "suffolk": ("Suffolk", None, "gb"),
    "eastriding": ("East Riding of Yorkshire", None, "gb"),
    "gwynedd": ("Gwynedd", None, "gb"),
    "pembs": ("Pembrokeshire", ("Sir Benfro", "cy"), "gb"),
    "lodzkie": ("Łódź Voivodeship", ("województwo łódzkie", "pl"), "pl"),
    "mazowieckie": ("Masovian Voivodeship", ("województwo mazowieckie", "pl"), "pl"),
    "opolskie": ("Opole Voivodeship", ("województwo opolskie", "pl"), "pl"),
    "dolnoslaskie": ("Lower Silesian Voivodeship", ("województwo dolnośląskie", "pl"), "pl"),
    "wielkopolskie": ("Greater Poland Voivodeship", ("województwo wielkopolskie", "pl"), "pl"),
    "podkarpackie": ("Subcarpathian Voivodeship", ("województwo podkarpackie", "pl"), "pl"),
    "malopolskie": ("Lesser Poland Voivodeship", ("województwo małopolskie", "pl"), "pl"),
    "nrw": ("North Rhine-Westphalia", ("Nordrhein-Westfalen", "de"), "de"),
    "bayern": ("Bavaria", ("Bayern", "de"), "de"),
    "hamburg": ("Hamburg", None, "de"),
    "brandenburg": ("Brandenburg", None, "de"),
    "hdf": ("Hauts-de-France", None, "fr"),
    "normandie": ("Normandy", ("Normandie", "fr"), "fr"),
    "pdl": ("Pays de la Loire", None, "fr"),
    "grandest": ("Grand Est", None, "fr"),
    "ara": ("Auvergne-Rhône-Alpes", None, "fr"),
    "extremadura": ("Extremadura", None, "es"),
    "galicia": ("Galicia", ("Galiza", "gl"), "es"),
    "andalucia": ("Andalusia", ("Andalucía", "es"), "es"),
    "satakunta": ("Satakunta", None, "fi"),
    "uppsala": ("Uppsala County", ("Uppsala län", "sv"), "se"),
    "jihocesky": ("South Bohemian Region", ("Jihočeský kraj", "cs"), "cz"),
    "vysocina": ("Vysočina Region", ("Kraj Vysočina", "cs"), "cz"),
    "ustecky": ("Ústí nad Labem Region", ("Ústecký kraj", "cs"), "cz"),
    "sudurland": ("Southern Region", ("Suðurland", "is"), "is"),
    "zeeland": ("Zeeland", None, "nl"),
    "groningen": ("Groningen", None, "nl"),
    "liege": ("Liège Province", ("Province de Liège", "fr"), "be"),
    "antwerpen": ("Antwerp Province", ("Provincie Antwerpen", "nl"), "be"),
}
# companies: key -> (name, legal name or None, alternate names, country, parent)
COMPANIES = {
    "draxgroup": ("Drax Group", "Drax Group plc", [], "gb", None),
    "uniper": ("Uniper", "Uniper SE", [], "de", None),
    "edf": ("EDF", "Électricité de France SA", ["Électricité de France"], "fr", None),
    "edfenergy": ("EDF Energy", "EDF Energy Nuclear Generation Ltd", ["EDF UK"], "gb", "edf"),
    "cgn": ("China General Nuclear Power Group", None, ["CGN"], "cn", None),
    "centrica": ("Centrica", "Centrica plc", [], "gb", None),
    "orsted": ("Ørsted", "Ørsted A/S", ["Orsted", "DONG Energy"], "dk", None),
    "gip": ("Global Infrastructure Partners", None, ["GIP"], "us", None),
    "engie": ("Engie", "ENGIE SA", ["GDF Suez"], "fr", None),
    "firsthydro": ("First Hydro Company", None, [], "gb", "engie"),
    "mitsui": ("Mitsui & Co.", None, [], "jp", None),
    "rwe": ("RWE", "RWE AG", [], "de", None),
    "rwepower": ("RWE Power", "RWE Power AG", [], "de", "rwe"),
    "pge": (
        "PGE Polska Grupa Energetyczna",
        "PGE Polska Grupa Energetyczna S.A.",
        ["PGE"],
        "pl",
        None,
    ),
    "pgegiek": ("PGE Górnictwo i Energetyka Konwencjonalna", None, ["PGE GiEK"], "pl", "pge"),
    "enea": ("Enea", "Enea S.A.", [], "pl", None),
    "eneaw": ("Enea Wytwarzanie", "Enea Wytwarzanie sp. z o.o.", [], "pl", "enea"),
    "zepak": ("ZE PAK", "Zespół Elektrowni Pątnów-Adamów-Konin S.A.", [], "pl", None),
    "tauron": ("Tauron Polska Energia", None, ["Tauron"], "pl", None),
    "pgnig": ("PGNiG", "Polskie Górnictwo Naftowe i Gazownictwo S.A.", [], "pl", None),
    "vattenfall": ("Vattenfall", "Vattenfall AB", [], "se", None),
    "eon": ("E.ON", "E.ON SE", [], "de", None),
    "preussen": ("PreussenElektra", "PreussenElektra GmbH", [], "de", "eon"),
    "swm": ("Stadtwerke München", None, ["SWM"], "de", None),
    "kgg": ("Kernkraftwerk Gundremmingen GmbH", None, ["KGG"], "de", "rwe"),
    "enbw": ("EnBW", "EnBW Energie Baden-Württemberg AG", [], "de", None),
    "alpiq": ("Alpiq", "Alpiq Holding AG", [], "ch", None),
    "iberdrola": ("Iberdrola", "Iberdrola, S.A.", [], "es", None),
    "enel": ("Enel", "Enel S.p.A.", [], "it", None),
    "endesa": ("Endesa", "Endesa, S.A.", [], "es", "enel"),
    "naturgy": ("Naturgy", "Naturgy Energy Group, S.A.", ["Gas Natural Fenosa"], "es", None),
    "cnat": ("Centrales Nucleares Almaraz-Trillo", None, ["CNAT"], "es", None),
    "torresol": ("Torresol Energy", None, [], "es", None),
    "tvo": ("Teollisuuden Voima", "Teollisuuden Voima Oyj", ["TVO"], "fi", None),
    "fortum": ("Fortum", "Fortum Oyj", [], "fi", None),
    "mkg": ("Mellansvenska Kraftgrupp", None, ["MKG"], "se", None),
    "fkg": ("Forsmarks Kraftgrupp", "Forsmarks Kraftgrupp AB", [], "se", "vattenfall"),
    "cez": ("ČEZ", "ČEZ, a. s.", ["CEZ Group"], "cz", None),
    "reykjavik": ("Reykjavík Energy", None, ["Orkuveita Reykjavíkur"], "is", None),
    "onpower": ("ON Power", None, ["Orka náttúrunnar"], "is", "reykjavik"),
    "epz": ("EPZ", "N.V. Elektriciteits Produktiemaatschappij Zuid-Nederland", [], "nl", None),
    "pzem": ("PZEM", "PZEM N.V.", ["Delta"], "nl", None),
    "electrabel": ("Electrabel", None, [], "be", "engie"),
    # transmission system operators
    "ngeso": ("National Grid ESO", None, ["NGESO"], "gb", None),
    "pse": ("Polskie Sieci Elektroenergetyczne", None, ["PSE"], "pl", None),
    "amprion": ("Amprion", "Amprion GmbH", [], "de", None),
    "tennetde": ("TenneT TSO GmbH", None, [], "de", "tennet"),
    "tennet": ("TenneT", "TenneT Holding B.V.", [], "nl", None),
    "fiftyhertz": ("50Hertz Transmission", None, ["50Hertz"], "de", None),
    "rte": ("RTE", "Réseau de Transport d'Électricité", [], "fr", None),
    "ree": ("Red Eléctrica", "Red Eléctrica de España", ["REE"], "es", None),
    "fingrid": ("Fingrid", "Fingrid Oyj", [], "fi", None),
    "svk": ("Svenska kraftnät", None, [], "se", None),
    "ceps": ("ČEPS", "ČEPS, a.s.", [], "cz", None),
    "landsnet": ("Landsnet", None, [], "is", None),
    "elia": ("Elia", "Elia Transmission Belgium", [], "be", None),
    # publishers
    "wri": ("World Resources Institute", None, ["WRI"], "us", None),
    "opsd": ("Open Power System Data", None, ["OPSD"], "de", None),
    "bnetza": ("Bundesnetzagentur", None, ["BNetzA", "Federal Network Agency"], "de", None),
    "eea": ("European Environment Agency", None, ["EEA"], "dk", None),
}
LICENCES = {
    "ccby": (
        "https://creativecommons.org/licenses/by/4.0/",
        "Creative Commons Attribution 4.0 International",
        ["CC BY 4.0"],
    ),
    "odbl": (
        "https://opendatacommons.org/licenses/odbl/1-0/",
        "Open Database License v1.0",
        ["ODbL"],
    ),
    "dlde": (
        "https://www.govdata.de/dl-de/by-2-0",
        "Datenlizenz Deutschland – Namensnennung – Version 2.0",
        ["dl-de/by-2-0"],
    ),
}
# data sets: key -> (title, publisher, licence, issued)
SOURCES = {
    "gppd": ("Global Power Plant Database v1.3.0", "wri", "ccby", "2021-06-02"),
    "opsd": ("Open Power System Data: conventional power plants", "opsd", "odbl", "2020-10-01"),
    "mastr": ("Marktstammdatenregister extract", "bnetza", "dlde", "2024-01-31"),
    "euets": ("EU ETS verified emissions by installation", "eea", "ccby", "2023-05-10"),
}

# plants: key -> dict
#   id, name, local (name, lang) or None, alts, country, region, lat, lon, fuel, other fuels,
#   year, status, retired, capacity (None: from units, kW registry), operator,
#   owners [(company, share, since)], units [(label, MW, tech, year, retired, alts)],
#   tso, kV, source
P = dict
PLANTS: dict[str, dict] = {
    "drax": P(
        id="GBR0000174",
        name="Drax Power Station",
        local=None,
        alts=["Drax"],
        country="gb",
        region="northyorks",
        lat=53.7356,
        lon=-0.9964,
        fuel="biomass",
        other=["hardcoal"],
        year=1974,
        status="operating",
        retired=None,
        op="draxgroup",
        owners=[("draxgroup", 100, 1990)],
        units=[(f"Drax unit {i}", 645, "st", 1974 + (i > 3) * 12, None, []) for i in range(1, 5)]
        + [("Drax unit 5", 660, "st", 1986, 2021, []), ("Drax unit 6", 660, "st", 1986, 2021, [])],
        tso="ngeso",
        kv=400,
        source="gppd",
    ),
    "ratcliffe": P(
        id="GBR0000316",
        name="Ratcliffe-on-Soar Power Station",
        local=None,
        alts=["Ratcliffe"],
        country="gb",
        region="notts",
        lat=52.8650,
        lon=-1.2550,
        fuel="hardcoal",
        other=["oil"],
        year=1968,
        status="retired",
        retired=2024,
        op="uniper",
        owners=[("uniper", 100, 2016)],
        units=[(f"Ratcliffe unit {i}", 500, "st", 1968, 2024, []) for i in range(1, 5)],
        tso="ngeso",
        kv=400,
        source="gppd",
    ),
    "hinkleyb": P(
        id="GBR0000204",
        name="Hinkley Point B nuclear power station",
        local=None,
        alts=["Hinkley Point B"],
        country="gb",
        region="somerset",
        lat=51.2089,
        lon=-3.1297,
        fuel="nuclear",
        other=[],
        year=1976,
        status="retired",
        retired=2022,
        op="edfenergy",
        owners=[("edfenergy", 80, 2009), ("centrica", 20, 2009)],
        units=[
            ("Hinkley Point B reactor 3", 480, "agr", 1976, 2022, ["HNB R3"]),
            ("Hinkley Point B reactor 4", 475, "agr", 1976, 2022, ["HNB R4"]),
        ],
        tso="ngeso",
        kv=275,
        source="gppd",
    ),
    "hinkleyc": P(
        id="GBR0100021",
        name="Hinkley Point C nuclear power station",
        local=None,
        alts=["Hinkley Point C", "HPC"],
        country="gb",
        region="somerset",
        lat=51.2063,
        lon=-3.1409,
        fuel="nuclear",
        other=[],
        year=None,
        status="construction",
        retired=None,
        op="edfenergy",
        owners=[("edf", 66.5, 2016), ("cgn", 33.5, 2016)],
        units=[
            ("Hinkley Point C unit 1", 1630, "epr", None, None, []),
            ("Hinkley Point C unit 2", 1630, "epr", None, None, []),
        ],
        tso="ngeso",
        kv=400,
        source="gppd",
    ),
    "sizewellb": P(
        id="GBR0000359",
        name="Sizewell B nuclear power station",
        local=None,
        alts=["Sizewell B"],
        country="gb",
        region="suffolk",
        lat=52.2134,
        lon=1.6197,
        fuel="nuclear",
        other=[],
        year=1995,
        status="operating",
        retired=None,
        op="edfenergy",
        owners=[("edfenergy", 80, 2009), ("centrica", 20, 2009)],
        units=[("Sizewell B reactor 1", 1198, "pwr", 1995, None, [])],
        tso="ngeso",
        kv=400,
        source="gppd",
    ),
    "hornsea1": P(
        id="GBR1000425",
        name="Hornsea One",
        local=None,
        alts=["Hornsea Project One", "Hornsea 1"],
        country="gb",
        region="eastriding",
        lat=53.885,
        lon=1.791,
        fuel="offshorewind",
        other=[],
        year=2019,
        status="operating",
        retired=None,
        op="orsted",
        owners=[("orsted", 50, 2018), ("gip", 50, 2018)],
        units=[],
        cap=1218.0,
        tso="ngeso",
        kv=400,
        source="gppd",
    ),
    "dinorwig": P(
        id="GBR0000109",
        name="Dinorwig Power Station",
        local=("Pwerdy Dinorwig", "cy"),
        alts=["Electric Mountain"],
        country="gb",
        region="gwynedd",
        lat=53.1186,
        lon=-4.1139,
        fuel="pumped",
        other=[],
        year=1984,
        status="operating",
        retired=None,
        op="firsthydro",
        owners=[("engie", 75, 2004), ("mitsui", 25, 2004)],
        units=[(f"Dinorwig unit {i}", 288, "pumpturbine", 1984, None, []) for i in range(1, 7)],
        tso="ngeso",
        kv=400,
        source="gppd",
    ),
    "pembroke": P(
        id="GBR0000295",
        name="Pembroke Power Station",
        local=("Gorsaf Bŵer Penfro", "cy"),
        alts=[],
        country="gb",
        region="pembs",
        lat=51.6830,
        lon=-4.9920,
        fuel="gas",
        other=[],
        year=2012,
        status="operating",
        retired=None,
        op="rwe",
        owners=[("rwe", 100, 2012)],
        units=[(f"Pembroke unit {i}", 440, "ccgt", 2012, None, []) for i in range(1, 6)],
        tso="ngeso",
        kv=400,
        source="gppd",
    ),
    "belchatow": P(
        id="POL0000007",
        name="Bełchatów Power Station",
        local=("Elektrownia Bełchatów", "pl"),
        alts=[],
        country="pl",
        region="lodzkie",
        lat=51.2664,
        lon=19.3306,
        fuel="lignite",
        other=[],
        year=1981,
        status="operating",
        retired=None,
        op="pgegiek",
        owners=[("pgegiek", 100, 2007)],
        units=[("Bełchatów unit 1", 370, "st", 1981, 2019, [])]
        + [(f"Bełchatów unit {i}", 390, "st", 1982 + i // 3, None, []) for i in range(2, 13)]
        + [("Bełchatów unit 14", 858, "st", 2011, None, ["Bełchatów II"])],
        tso="pse",
        kv=400,
        source="opsd",
    ),
    "kozienice": P(
        id="POL0000012",
        name="Kozienice Power Station",
        local=("Elektrownia Kozienice", "pl"),
        alts=[],
        country="pl",
        region="mazowieckie",
        lat=51.6658,
        lon=21.4664,
        fuel="hardcoal",
        other=[],
        year=1972,
        status="operating",
        retired=None,
        op="eneaw",
        owners=[("enea", 100, 2012)],
        units=[(f"Kozienice unit {i}", 225, "st", 1972 + i // 2, None, []) for i in range(1, 9)]
        + [
            ("Kozienice unit 9", 560, "st", 1978, None, []),
            ("Kozienice unit 10", 560, "st", 1979, None, []),
            ("Kozienice unit 11", 1075, "st", 2017, None, []),
        ],
        tso="pse",
        kv=400,
        source="opsd",
    ),
    "opole": P(
        id="POL0000015",
        name="Opole Power Station",
        local=("Elektrownia Opole", "pl"),
        alts=[],
        country="pl",
        region="opolskie",
        lat=50.7519,
        lon=17.8831,
        fuel="hardcoal",
        other=[],
        year=1993,
        status="operating",
        retired=None,
        op="pgegiek",
        owners=[("pgegiek", 100, 2007)],
        units=[(f"Opole unit {i}", 386, "st", 1993 + i // 2, None, []) for i in range(1, 5)]
        + [
            ("Opole unit 5", 900, "st", 2018, None, []),
            ("Opole unit 6", 900, "st", 2019, None, []),
        ],
        tso="pse",
        kv=400,
        source="opsd",
    ),
    "turow": P(
        id="POL0000019",
        name="Turów Power Station",
        local=("Elektrownia Turów", "pl"),
        alts=[],
        country="pl",
        region="dolnoslaskie",
        lat=50.9469,
        lon=14.9136,
        fuel="lignite",
        other=[],
        year=1962,
        status="operating",
        retired=None,
        op="pgegiek",
        owners=[("pgegiek", 100, 2007)],
        units=[(f"Turów unit {i}", 262, "st", 1998 + i - 4, None, []) for i in range(4, 7)]
        + [("Turów unit 7", 496, "st", 2021, None, [])],
        tso="pse",
        kv=400,
        source="opsd",
    ),
    "adamow": P(
        id="POL0000031",
        name="Adamów Power Station",
        local=("Elektrownia Adamów", "pl"),
        alts=[],
        country="pl",
        region="wielkopolskie",
        lat=52.0247,
        lon=18.7769,
        fuel="lignite",
        other=[],
        year=1964,
        status="retired",
        retired=2018,
        op="zepak",
        owners=[("zepak", 100, 1999)],
        units=[(f"Adamów unit {i}", 120, "st", 1964, 2018, []) for i in range(1, 6)],
        tso="pse",
        kv=220,
        source="opsd",
    ),
    "patnow1": P(
        id="POL0000029",
        name="Pątnów I Power Station",
        local=("Elektrownia Pątnów I", "pl"),
        alts=["Pątnów"],
        country="pl",
        region="wielkopolskie",
        lat=52.2978,
        lon=18.2386,
        fuel="lignite",
        other=[],
        year=1967,
        status="retired",
        retired=2021,
        op="zepak",
        owners=[("zepak", 100, 1999)],
        units=[],
        cap=1200.0,
        tso="pse",
        kv=220,
        source="opsd",
    ),
    "konin": P(
        id="POL0000035",
        name="Konin Power Station",
        local=("Elektrownia Konin", "pl"),
        alts=[],
        country="pl",
        region="wielkopolskie",
        lat=52.2714,
        lon=18.2547,
        fuel="biomass",
        other=["lignite"],
        year=1958,
        status="operating",
        retired=None,
        op="zepak",
        owners=[("zepak", 100, 1999)],
        units=[],
        cap=248.0,
        tso="pse",
        kv=110,
        source="opsd",
    ),
    "stalowawola": P(
        id="POL0000044",
        name="Stalowa Wola Power Station",
        local=("Elektrownia Stalowa Wola", "pl"),
        alts=[],
        country="pl",
        region="podkarpackie",
        lat=50.5700,
        lon=22.0639,
        fuel="hardcoal",
        other=[],
        year=1939,
        status="retired",
        retired=2020,
        op="tauron",
        owners=[("tauron", 100, 2007)],
        units=[],
        cap=330.0,
        tso="pse",
        kv=220,
        source="opsd",
    ),
    "stalowawolaccgt": P(
        id="POL0001207",
        name="Stalowa Wola CCGT Plant",
        local=("Elektrociepłownia Stalowa Wola", "pl"),
        alts=[],
        country="pl",
        region="podkarpackie",
        lat=50.5683,
        lon=22.0572,
        fuel="gas",
        other=[],
        year=2020,
        status="operating",
        retired=None,
        op="tauron",
        owners=[("tauron", 50, 2012), ("pgnig", 50, 2012)],
        units=[("Stalowa Wola CCGT unit", 450, "ccgt", 2020, None, [])],
        tso="pse",
        kv=220,
        source="opsd",
    ),
    "siersza": P(
        id="POL0000051",
        name="Siersza Power Station",
        local=("Elektrownia Siersza", "pl"),
        alts=[],
        country="pl",
        region="malopolskie",
        lat=50.2083,
        lon=19.4606,
        fuel="hardcoal",
        other=[],
        year=1962,
        status="retired",
        retired=2013,
        op="tauron",
        owners=[("tauron", 100, 2007)],
        units=[],
        cap=786.0,
        tso="pse",
        kv=220,
        source="opsd",
    ),
    "neurath": P(
        id="DEU0000412",
        name="Neurath Power Station",
        local=("Kraftwerk Neurath", "de"),
        alts=[],
        country="de",
        region="nrw",
        lat=51.0381,
        lon=6.6161,
        fuel="lignite",
        other=[],
        year=1972,
        status="operating",
        retired=None,
        op="rwepower",
        owners=[("rwe", 100, 2000)],
        units=[
            ("Kraftwerk Neurath Block A", 277, "st", 1972, 2021, []),
            ("Kraftwerk Neurath Block B", 288, "st", 1972, 2022, []),
            ("Kraftwerk Neurath Block D", 607, "st", 1975, None, []),
            ("Kraftwerk Neurath Block E", 604, "st", 1976, None, []),
            ("Kraftwerk Neurath Block F", 1050, "st", 2012, None, ["BoA 2"]),
            ("Kraftwerk Neurath Block G", 1050, "st", 2012, None, ["BoA 3"]),
        ],
        tso="amprion",
        kv=380,
        source="mastr",
    ),
    "niederaussem": P(
        id="DEU0000415",
        name="Niederaussem Power Station",
        local=("Kraftwerk Niederaussem", "de"),
        alts=[],
        country="de",
        region="nrw",
        lat=50.9947,
        lon=6.6697,
        fuel="lignite",
        other=[],
        year=1963,
        status="operating",
        retired=None,
        op="rwepower",
        owners=[("rwe", 100, 2000)],
        units=[
            ("Kraftwerk Niederaussem Block H", 648, "st", 1974, None, []),
            ("Kraftwerk Niederaussem Block K", 944, "st", 2002, None, ["BoA 1"]),
        ],
        tso="amprion",
        kv=380,
        source="mastr",
    ),
    "isar": P(
        id="DEU0000533",
        name="Isar Nuclear Power Plant",
        local=("Kernkraftwerk Isar", "de"),
        alts=["KKI", "Isar/Ohu"],
        country="de",
        region="bayern",
        lat=48.6056,
        lon=12.2944,
        fuel="nuclear",
        other=[],
        year=1979,
        status="retired",
        retired=2023,
        op="preussen",
        owners=[("preussen", 75, 2000), ("swm", 25, 1988)],
        units=[
            ("Kernkraftwerk Isar Block 1", 878, "bwr", 1979, 2011, ["Isar 1", "KKI 1"]),
            ("Kernkraftwerk Isar Block 2", 1410, "pwr", 1988, 2023, ["Isar 2", "KKI 2"]),
        ],
        tso="tennetde",
        kv=380,
        source="mastr",
    ),
    "gundremmingen": P(
        id="DEU0000531",
        name="Gundremmingen Nuclear Power Plant",
        local=("Kernkraftwerk Gundremmingen", "de"),
        alts=["KRB"],
        country="de",
        region="bayern",
        lat=48.5147,
        lon=10.4022,
        fuel="nuclear",
        other=[],
        year=1966,
        status="retired",
        retired=2021,
        op="kgg",
        owners=[("rwe", 75, 1984), ("preussen", 25, 1984)],
        units=[
            ("Kernkraftwerk Gundremmingen Block B", 1284, "bwr", 1984, 2017, ["KRB B"]),
            ("Kernkraftwerk Gundremmingen Block C", 1288, "bwr", 1985, 2021, ["KRB C"]),
        ],
        tso="amprion",
        kv=380,
        source="mastr",
    ),
    "moorburg": P(
        id="DEU0000498",
        name="Moorburg Power Station",
        local=("Kraftwerk Moorburg", "de"),
        alts=[],
        country="de",
        region="hamburg",
        lat=53.4883,
        lon=9.9472,
        fuel="hardcoal",
        other=[],
        year=2015,
        status="retired",
        retired=2021,
        op="vattenfall",
        owners=[("vattenfall", 100, 2007)],
        units=[
            ("Kraftwerk Moorburg Block A", 827, "st", 2015, 2021, []),
            ("Kraftwerk Moorburg Block B", 827, "st", 2015, 2021, []),
        ],
        tso="fiftyhertz",
        kv=380,
        source="mastr",
    ),
    "gravelines": P(
        id="FRA0000059",
        name="Gravelines Nuclear Power Station",
        local=("Centrale nucléaire de Gravelines", "fr"),
        alts=["CNPE de Gravelines"],
        country="fr",
        region="hdf",
        lat=51.0153,
        lon=2.1361,
        fuel="nuclear",
        other=[],
        year=1980,
        status="operating",
        retired=None,
        op="edf",
        owners=[("edf", 100, 1980)],
        units=[(f"Gravelines {i}", 910, "pwr", 1980 + i // 2, None, []) for i in range(1, 7)],
        tso="rte",
        kv=400,
        source="gppd",
    ),
    "flamanville": P(
        id="FRA0000062",
        name="Flamanville Nuclear Power Plant",
        local=("Centrale nucléaire de Flamanville", "fr"),
        alts=["Flamanville"],
        country="fr",
        region="normandie",
        lat=49.5364,
        lon=-1.8814,
        fuel="nuclear",
        other=[],
        year=1986,
        status="operating",
        retired=None,
        op="edf",
        owners=[("edf", 100, 1986)],
        units=[
            ("Flamanville 1", 1330, "pwr", 1986, None, []),
            ("Flamanville 2", 1330, "pwr", 1987, None, []),
            ("Flamanville 3", 1650, "epr", 2024, None, ["FL3"]),
        ],
        tso="rte",
        kv=400,
        source="gppd",
    ),
    "cordemais": P(
        id="FRA0000027",
        name="Cordemais Power Station",
        local=("Centrale thermique de Cordemais", "fr"),
        alts=[],
        country="fr",
        region="pdl",
        lat=47.2806,
        lon=-1.8783,
        fuel="hardcoal",
        other=["oil"],
        year=1970,
        status="operating",
        retired=None,
        op="edf",
        owners=[("edf", 100, 1970)],
        units=[
            ("Cordemais 4", 600, "st", 1983, None, []),
            ("Cordemais 5", 600, "st", 1984, None, []),
        ],
        tso="rte",
        kv=400,
        source="gppd",
    ),
    "fessenheim": P(
        id="FRA0000041",
        name="Fessenheim Nuclear Power Plant",
        local=("Centrale nucléaire de Fessenheim", "fr"),
        alts=[],
        country="fr",
        region="grandest",
        lat=47.9031,
        lon=7.5631,
        fuel="nuclear",
        other=[],
        year=1977,
        status="retired",
        retired=2020,
        op="edf",
        owners=[("edf", 67.5, 1977), ("enbw", 17.5, 1977), ("alpiq", 15, 1977)],
        units=[
            ("Fessenheim 1", 880, "pwr", 1977, 2020, []),
            ("Fessenheim 2", 880, "pwr", 1977, 2020, []),
        ],
        tso="rte",
        kv=400,
        source="gppd",
    ),
    "grandmaison": P(
        id="FRA0000101",
        name="Grand'Maison Hydroelectric Power Station",
        local=("Centrale hydroélectrique de Grand'Maison", "fr"),
        alts=["Grand Maison"],
        country="fr",
        region="ara",
        lat=45.2097,
        lon=6.1158,
        fuel="pumped",
        other=[],
        year=1987,
        status="operating",
        retired=None,
        op="edf",
        owners=[("edf", 100, 1987)],
        units=[],
        cap=1800.0,
        tso="rte",
        kv=400,
        source="gppd",
    ),
    "almaraz": P(
        id="ESP0000003",
        name="Almaraz Nuclear Power Plant",
        local=("Central nuclear de Almaraz", "es"),
        alts=["CNA"],
        country="es",
        region="extremadura",
        lat=39.8083,
        lon=-5.6969,
        fuel="nuclear",
        other=[],
        year=1983,
        status="operating",
        retired=None,
        op="cnat",
        owners=[("iberdrola", 52.7, 1999), ("endesa", 36.0, 1999), ("naturgy", 11.3, 1999)],
        units=[
            ("Almaraz I", 1049.4, "pwr", 1983, None, []),
            ("Almaraz II", 1044.5, "pwr", 1984, None, []),
        ],
        tso="ree",
        kv=400,
        source="gppd",
    ),
    "aspontes": P(
        id="ESP0000011",
        name="As Pontes Power Station",
        local=("Central térmica de As Pontes", "es"),
        alts=["As Pontes de García Rodríguez"],
        country="es",
        region="galicia",
        lat=43.4397,
        lon=-7.8642,
        fuel="hardcoal",
        other=["lignite"],
        year=1976,
        status="retired",
        retired=2023,
        op="endesa",
        owners=[("endesa", 100, 1983)],
        units=[(f"As Pontes unit {i}", 350, "st", 1976 + i, 2023, []) for i in range(1, 5)],
        tso="ree",
        kv=400,
        source="gppd",
    ),
    "gemasolar": P(
        id="ESP0000212",
        name="Gemasolar Thermosolar Plant",
        local=("Central termosolar Gemasolar", "es"),
        alts=["Solar Tres"],
        country="es",
        region="andalucia",
        lat=37.5604,
        lon=-5.3314,
        fuel="csp",
        other=[],
        year=2011,
        status="operating",
        retired=None,
        op="torresol",
        owners=[("torresol", 100, 2011)],
        units=[],
        cap=19.9,
        tso="ree",
        kv=220,
        source="gppd",
    ),
    "nunez": P(
        id="ESP0001120",
        name="Núñez de Balboa Photovoltaic Plant",
        local=("Planta fotovoltaica Núñez de Balboa", "es"),
        alts=["Núñez de Balboa"],
        country="es",
        region="extremadura",
        lat=38.4417,
        lon=-6.2133,
        fuel="solarpv",
        other=[],
        year=2020,
        status="operating",
        retired=None,
        op="iberdrola",
        owners=[("iberdrola", 100, 2020)],
        units=[],
        cap=500.0,
        tso="ree",
        kv=400,
        source="gppd",
    ),
    "olkiluoto": P(
        id="FIN0000021",
        name="Olkiluoto Nuclear Power Plant",
        local=("Olkiluodon ydinvoimalaitos", "fi"),
        alts=[],
        country="fi",
        region="satakunta",
        lat=61.2353,
        lon=21.4408,
        fuel="nuclear",
        other=[],
        year=1979,
        status="operating",
        retired=None,
        op="tvo",
        owners=[("tvo", 100, 1979)],
        units=[
            ("Olkiluoto 1", 890, "bwr", 1979, None, ["OL1"]),
            ("Olkiluoto 2", 890, "bwr", 1982, None, ["OL2"]),
            ("Olkiluoto 3", 1600, "epr", 2023, None, ["OL3"]),
        ],
        tso="fingrid",
        kv=400,
        source="gppd",
    ),
    "forsmark": P(
        id="SWE0000014",
        name="Forsmark Nuclear Power Plant",
        local=("Forsmarks kärnkraftverk", "sv"),
        alts=[],
        country="se",
        region="uppsala",
        lat=60.4033,
        lon=18.1664,
        fuel="nuclear",
        other=[],
        year=1980,
        status="operating",
        retired=None,
        op="fkg",
        owners=[("vattenfall", 66.0, 1980), ("mkg", 25.5, 1980), ("uniper", 8.5, 2016)],
        units=[
            ("Forsmark 1", 984, "bwr", 1980, None, ["F1"]),
            ("Forsmark 2", 1120, "bwr", 1981, None, ["F2"]),
            ("Forsmark 3", 1170, "bwr", 1985, None, ["F3"]),
        ],
        tso="svk",
        kv=400,
        source="gppd",
    ),
    "temelin": P(
        id="CZE0000002",
        name="Temelín Nuclear Power Station",
        local=("Jaderná elektrárna Temelín", "cs"),
        alts=["ETE"],
        country="cz",
        region="jihocesky",
        lat=49.1803,
        lon=14.3764,
        fuel="nuclear",
        other=[],
        year=2002,
        status="operating",
        retired=None,
        op="cez",
        owners=[("cez", 100, 2002)],
        units=[
            ("Temelín 1", 1086, "vver", 2002, None, []),
            ("Temelín 2", 1086, "vver", 2003, None, []),
        ],
        tso="ceps",
        kv=400,
        source="gppd",
    ),
    "dukovany": P(
        id="CZE0000001",
        name="Dukovany Nuclear Power Station",
        local=("Jaderná elektrárna Dukovany", "cs"),
        alts=["EDU"],
        country="cz",
        region="vysocina",
        lat=49.0853,
        lon=16.1486,
        fuel="nuclear",
        other=[],
        year=1985,
        status="operating",
        retired=None,
        op="cez",
        owners=[("cez", 100, 1985)],
        units=[(f"Dukovany {i}", 510, "vver", 1984 + i // 2, None, []) for i in range(1, 5)],
        tso="ceps",
        kv=400,
        source="gppd",
    ),
    "prunerov": P(
        id="CZE0000007",
        name="Prunéřov Power Station",
        local=("Elektrárna Prunéřov", "cs"),
        alts=[],
        country="cz",
        region="ustecky",
        lat=50.4197,
        lon=13.2575,
        fuel="lignite",
        other=[],
        year=1967,
        status="operating",
        retired=None,
        op="cez",
        owners=[("cez", 100, 1992)],
        units=[
            ("Prunéřov II unit 23", 250, "st", 2016, None, []),
            ("Prunéřov II unit 24", 250, "st", 2016, None, []),
            ("Prunéřov II unit 25", 250, "st", 2016, None, []),
        ],
        tso="ceps",
        kv=400,
        source="gppd",
    ),
    "hellisheidi": P(
        id="ISL0000004",
        name="Hellisheiði Power Station",
        local=("Hellisheiðarvirkjun", "is"),
        alts=[],
        country="is",
        region="sudurland",
        lat=64.0372,
        lon=-21.4008,
        fuel="geothermal",
        other=[],
        year=2006,
        status="operating",
        retired=None,
        op="onpower",
        owners=[("onpower", 100, 2017)],
        units=[],
        cap=303.0,
        tso="landsnet",
        kv=220,
        source="gppd",
    ),
    "borssele": P(
        id="NLD0000005",
        name="Borssele Nuclear Power Station",
        local=("Kerncentrale Borssele", "nl"),
        alts=[],
        country="nl",
        region="zeeland",
        lat=51.4308,
        lon=3.7183,
        fuel="nuclear",
        other=[],
        year=1973,
        status="operating",
        retired=None,
        op="epz",
        owners=[("pzem", 70, 2011), ("rwe", 30, 2011)],
        units=[("Borssele reactor", 485, "pwr", 1973, None, [])],
        tso="tennet",
        kv=150,
        source="gppd",
    ),
    "eemshaven": P(
        id="NLD0000019",
        name="Eemshaven Power Station",
        local=("Eemshavencentrale", "nl"),
        alts=["RWE Eemshaven"],
        country="nl",
        region="groningen",
        lat=53.4408,
        lon=6.8561,
        fuel="hardcoal",
        other=["biomass"],
        year=2015,
        status="operating",
        retired=None,
        op="rwe",
        owners=[("rwe", 100, 2015)],
        units=[
            ("Eemshaven A", 780, "st", 2015, None, []),
            ("Eemshaven B", 780, "st", 2015, None, []),
        ],
        tso="tennet",
        kv=380,
        source="gppd",
    ),
    "tihange": P(
        id="BEL0000003",
        name="Tihange Nuclear Power Station",
        local=("Centrale nucléaire de Tihange", "fr"),
        alts=[],
        country="be",
        region="liege",
        lat=50.5344,
        lon=5.2725,
        fuel="nuclear",
        other=[],
        year=1975,
        status="operating",
        retired=None,
        op="electrabel",
        owners=[("electrabel", 100, 1975)],
        units=[
            ("Tihange 1", 962, "pwr", 1975, 2025, []),
            ("Tihange 2", 1008, "pwr", 1983, 2023, []),
            ("Tihange 3", 1038, "pwr", 1985, None, []),
        ],
        tso="elia",
        kv=380,
        source="gppd",
    ),
    "doel": P(
        id="BEL0000002",
        name="Doel Nuclear Power Station",
        local=("Kerncentrale Doel", "nl"),
        alts=[],
        country="be",
        region="antwerpen",
        lat=51.3247,
        lon=4.2594,
        fuel="nuclear",
        other=[],
        year=1975,
        status="operating",
        retired=None,
        op="electrabel",
        owners=[("electrabel", 100, 1975)],
        units=[
            ("Doel 1", 433, "pwr", 1975, 2025, []),
            ("Doel 2", 433, "pwr", 1975, 2025, []),
            ("Doel 3", 1006, "pwr", 1982, 2022, []),
            ("Doel 4", 1039, "pwr", 1985, None, []),
        ],
        tso="elia",
        kv=380,
        source="gppd",
    ),
}
# plants the registry knows only by identifier: id -> (comment, country, fuel, year, capacity, unit)
UNNAMED = {
    "POL0001442": (
        "Run-of-river hydro scheme on the Dunajec below the Czorsztyn reservoir; registry name under review.",
        "pl",
        "malopolskie",
        "hydro",
        1997,
        "92.8",
        "MW",
    ),
    "SEE961542837103": (
        "Onshore wind farm of 18 turbines in the Uckermark; the operator withheld the name from publication.",
        "de",
        "brandenburg",
        "onshorewind",
        2016,
        "64800",
        "kW",
    ),
    "ESP0000391": (
        "Biomass combined heat and power plant at a pulp mill in Huelva province.",
        "es",
        "andalucia",
        "biomass",
        2008,
        "50.0",
        "MW",
    ),
}
# capacity factors per primary fuel, for the drawn generation figures
CF = {
    "nuclear": 0.82,
    "hardcoal": 0.48,
    "lignite": 0.66,
    "gas": 0.44,
    "biomass": 0.58,
    "offshorewind": 0.41,
    "onshorewind": 0.24,
    "solarpv": 0.21,
    "csp": 0.5,
    "geothermal": 0.84,
    "pumped": 0.11,
    "hydro": 0.4,
}
# tonnes CO2 per GWh of net generation
EF = {"hardcoal": 880, "lignite": 1080, "gas": 365, "biomass": 18}
YEARS = range(2019, 2022)


def lit(text: object, lang: str | None = None, dt: str | None = None) -> str:
    s = '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s + (f"@{lang}" if lang else "") + (f"^^xsd:{dt}" if dt else "")


def slug(label: str) -> str:
    keep = "".join(c if c.isalnum() else "-" for c in label.lower())
    return "-".join(p for p in keep.split("-") if p)


def quantity(value: float, kw: bool) -> str:
    if kw:
        return f'[ a qudt:QuantityValue ; qudt:numericValue "{round(value * 1000)}"^^xsd:decimal ; qudt:unit unit:KiloW ]'
    return f'[ a qudt:QuantityValue ; qudt:numericValue "{value:.1f}"^^xsd:decimal ; qudt:unit unit:MegaW ]'


def main() -> None:
    rng = random.Random(47)
    out: list[str] = [PREFIXES, ONTOLOGY]
    add = out.append
    add('fuel:scheme a skos:ConceptScheme ; skos:prefLabel "Fuel classification"@en .')
    for k, (en, local, alts, broader) in FUELS.items():
        parts = [
            f"fuel:{k} a ppd:Fuel, skos:Concept",
            "skos:inScheme fuel:scheme",
            f"skos:prefLabel {lit(en, 'en')}",
        ]
        parts += [f"skos:prefLabel {lit(v, lang)}" for lang, v in local.items()]
        parts += [f"skos:altLabel {lit(a, 'en')}" for a in alts]
        parts.append(f"skos:broader fuel:{broader}" if broader else "skos:topConceptOf fuel:scheme")
        add(" ;\n    ".join(parts) + " .")
    for k, (en, alts, broader) in TECHS.items():
        parts = [f"tech:{k} a ppd:Technology, skos:Concept", f"skos:prefLabel {lit(en, 'en')}"]
        parts += [f"skos:altLabel {lit(a)}" for a in alts]
        if broader:
            parts.append(f"skos:broader tech:{broader}")
        add(" ;\n    ".join(parts) + " .")
    for k, (en, alts) in STATUSES.items():
        parts = [f"status:{k} a ppd:PlantStatus, skos:Concept", f"skos:prefLabel {lit(en, 'en')}"]
        parts += [f"skos:altLabel {lit(a, 'en')}" for a in alts]
        add(" ;\n    ".join(parts) + " .")
    for en, locals_, iso in COUNTRIES.values():
        parts = [
            f"place:{iso.lower()} a schema:Country",
            f"rdfs:label {lit(en, 'en')}",
            f"skos:notation {lit(iso)}",
        ]
        parts += [f"rdfs:label {lit(n, lang)}" for n, lang in locals_]
        add(" ;\n    ".join(parts) + " .")
    for k, (en, local, c) in REGIONS.items():
        parts = [
            f"place:{k} a schema:AdministrativeArea",
            f"rdfs:label {lit(en, 'en')}",
            f"schema:containedInPlace place:{c}",
        ]
        if local:
            parts.append(f"rdfs:label {lit(*local)}")
        add(" ;\n    ".join(parts) + " .")
    for k, (name, legal, alts, c, parent) in COMPANIES.items():
        parts = [f"org:{k} a schema:Organization", f"schema:name {lit(name)}"]
        if legal:
            parts.append(f"schema:legalName {lit(legal)}")
        parts += [f"schema:alternateName {lit(a)}" for a in alts]
        parts.append(f"schema:addressCountry place:{c}")
        if parent:
            parts.append(f"schema:parentOrganization org:{parent}")
        add(" ;\n    ".join(parts) + " .")
    for iri, label, alts in LICENCES.values():
        parts = [f"<{iri}> a dcterms:LicenseDocument", f"rdfs:label {lit(label, 'en')}"]
        parts += [f"skos:altLabel {lit(a)}" for a in alts]
        add(" ;\n    ".join(parts) + " .")
    for k, (title, pub, lic, issued) in SOURCES.items():
        add(
            f"src:{k} a dcat:Dataset ;\n    dcterms:title {lit(title, 'en')} ;\n    dcterms:publisher org:{pub} ;\n"
            f"    dcterms:license <{LICENCES[lic][0]}> ;\n    dcterms:issued {lit(issued, dt='date')} ."
        )
    for p in PLANTS.values():
        kw = p["source"] == "mastr"
        parts = [f"plant:{p['id']} a ppd:PowerPlant", f"rdfs:label {lit(p['name'], 'en')}"]
        if p["local"]:
            parts.append(f"rdfs:label {lit(*p['local'])}")
        parts += [f"skos:altLabel {lit(a)}" for a in p["alts"]]
        parts.append(f"dcterms:identifier {lit(p['id'])}")
        parts += [
            f"geo:lat {lit(p['lat'], dt='decimal')}",
            f"geo:long {lit(p['lon'], dt='decimal')}",
        ]
        parts += [
            f"schema:containedInPlace place:{p['region']}",
            f"ppd:country place:{COUNTRIES[p['country']][2].lower()}",
        ]
        parts.append(f"ppd:primaryFuel fuel:{p['fuel']}")
        parts += [f"ppd:otherFuel fuel:{f}" for f in p["other"]]
        if p["year"]:
            parts.append(f"ppd:commissioningYear {lit(p['year'], dt='gYear')}")
        parts.append(f"ppd:status status:{p['status']}")
        if p["retired"]:
            parts.append(f"ppd:decommissioningYear {lit(p['retired'], dt='gYear')}")
        live = [u for u in p["units"] if not u[4] or p["status"] == "retired"]
        cap = p.get("cap") or round(sum(u[1] for u in live), 1)
        p["capacity"] = cap
        if not kw:
            parts.append(f"ppd:capacityMW {lit(f'{cap:.1f}', dt='decimal')}")
        parts.append(f"ppd:operator org:{p['op']}")
        for owner, share, since in p["owners"]:
            parts.append(
                f"ppd:ownership [ a ppd:OwnershipShare ; ppd:owner org:{owner} ; "
                f"ppd:sharePercent {lit(f'{share:.1f}', dt='decimal')} ; ppd:since {lit(since, dt='gYear')} ]"
            )
        parts.append(
            f"ppd:gridConnection [ a ppd:GridConnection ; ppd:voltageKV {lit(p['kv'], dt='integer')} ; "
            f"ppd:transmissionOperator org:{p['tso']} ]"
        )
        parts.append(f"dcterms:source src:{p['source']}")
        add(" ;\n    ".join(parts) + " .")
        for label, mw, tech, year, retired, alts in p["units"]:
            uparts = [
                f"unitid:{p['id']}-{slug(label.split(' ')[-1] if kw else label)} a ppd:GeneratingUnit"
            ]
            uparts.append(f"rdfs:label {lit(label, 'de' if kw else 'en')}")
            uparts += [f"skos:altLabel {lit(a)}" for a in alts]
            uparts += [
                f"dcterms:isPartOf plant:{p['id']}",
                f"ppd:netCapacity {quantity(mw, kw)}",
                f"ppd:technology tech:{tech}",
            ]
            if year:
                uparts.append(f"ppd:commissioningYear {lit(year, dt='gYear')}")
            if retired:
                uparts.append(f"ppd:decommissioningYear {lit(retired, dt='gYear')}")
            add(" ;\n    ".join(uparts) + " .")
        if p["status"] == "construction":
            continue
        for y in YEARS:
            if (p["year"] and y < p["year"]) or (p["retired"] and y > p["retired"]):
                continue
            gwh = cap * CF[p["fuel"]] * 8.76 * rng.uniform(0.8, 1.12)
            estimated = p["source"] == "gppd" and rng.random() < 0.3
            add(
                f"gen:{p['id']}-{y} a ppd:AnnualGeneration ;\n    ppd:ofPlant plant:{p['id']} ;\n"
                f"    ppd:reportingYear {lit(y, dt='gYear')} ;\n    ppd:netGenerationGWh {lit(f'{gwh:.1f}', dt='decimal')} ;\n"
                f"    ppd:dataQuality ppd:{'estimated' if estimated else 'reported'} ;\n    dcterms:source src:{p['source']} ."
            )
            if p["fuel"] in EF and y >= 2019:
                t = round(gwh * EF[p["fuel"]] * rng.uniform(0.95, 1.05))
                add(
                    f"ets:{p['id']}-{y} a ppd:EmissionsRecord ;\n    ppd:ofPlant plant:{p['id']} ;\n"
                    f"    ppd:reportingYear {lit(y, dt='gYear')} ;\n    ppd:co2Tonnes {lit(t, dt='integer')} ;\n    dcterms:source src:euets ."
                )
    add(
        'ppd:estimated a skos:Concept ; skos:prefLabel "estimated"@en ; skos:definition "Modelled from capacity and fuel; not reported by the operator."@en .'
    )
    add('ppd:reported a skos:Concept ; skos:prefLabel "reported"@en .')
    for pid, (comment, c, region, fuel, year, cap, u) in UNNAMED.items():
        parts = [
            f"plant:{pid} a ppd:PowerPlant",
            f"dcterms:identifier {lit(pid)}",
            f"rdfs:comment {lit(comment, 'en')}",
        ]
        parts += [
            f"ppd:country place:{c}",
            f"schema:containedInPlace place:{region}",
            f"ppd:primaryFuel fuel:{fuel}",
        ]
        parts += [f"ppd:commissioningYear {lit(year, dt='gYear')}", "ppd:status status:operating"]
        if u == "MW":
            parts += [f"ppd:capacityMW {lit(cap, dt='decimal')}", "dcterms:source src:gppd"]
        else:
            parts += [
                f'ppd:netCapacity [ a qudt:QuantityValue ; qudt:numericValue "{cap}"^^xsd:decimal ; qudt:unit unit:KiloW ]',
                "dcterms:source src:mastr",
            ]
        add(" ;\n    ".join(parts) + " .")
    (HERE / "powerplants.ttl").write_text("\n\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
