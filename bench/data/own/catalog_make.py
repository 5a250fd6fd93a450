# ruff: noqa: E501  (one record a line)
"""Write ``catalog/``: a national open-data portal's DCAT-AP catalogue as the EU portals serve it.

The shape is what ``data.europa.eu`` (and the national CKAN portals it harvests, through
``ckanext-dcat``'s ``catalog.rdf`` endpoint) hands out in RDF/XML:

* ``catalog/catalog.rdf``: one ``dcat:Catalog`` with ``dcat:dataset`` links, ``dcat:record``
  ``dcat:CatalogRecord`` nodes (``foaf:primaryTopic`` the dataset, their own ``dct:modified``);
  ``dcat:Dataset`` nodes at ``https://data.gov.ie/dataset/<slug>`` with ``dct:title`` in English,
  often in Irish (``@ga``) and always a machine translation as the EU portal marks it
  (``@de-t-en-t0-mtec``), ``dct:description`` (``@en``), ``dcat:keyword`` (``@en``),
  ``dct:identifier``, ``dcat:theme`` EU data-theme concept IRIs, ``dct:publisher`` a
  ``foaf:Organization`` IRI, ``dcat:contactPoint`` a ``vcard:Organization`` or
  ``vcard:Individual`` blank node per dataset (``vcard:fn``, ``vcard:hasEmail`` a ``mailto:``
  IRI), ``dct:temporal`` ``dct:PeriodOfTime`` blank nodes (``dcat:startDate`` /
  ``dcat:endDate``, ``xsd:date``), ``dct:spatial`` EU country IRIs or ``dct:Location`` nodes at
  GeoNames IRIs with ``skos:prefLabel`` and a ``locn:geometry`` WKT literal (ckanext-dcat's
  ``spatial_uri`` / ``spatial_text``), ``dct:issued`` / ``dct:modified`` (``xsd:dateTime``),
  ``dct:accrualPeriodicity`` EU frequency IRIs, ``dct:language``, ``dcat:landingPage``,
  ``owl:versionInfo``, ``dct:conformsTo``;
  ``dcat:Distribution`` nodes at ``.../resource/<uuid>`` (``dct:title``, ``dcat:accessURL``,
  ``dcat:downloadURL``, ``dct:format`` EU file-type IRIs, ``dcat:mediaType`` IANA IRIs,
  ``dct:license`` (EU licence IRIs, or a Creative Commons IRI typed ``dct:LicenseDocument`` with
  an ``rdfs:label``), ``dcat:byteSize`` ``xsd:nonNegativeInteger``, ``dcat:accessService``);
  ``dcat:DataService`` nodes (``dct:title``, ``dcat:endpointURL``, ``dcat:servesDataset``);
  PROV-O lineage: ``prov:wasDerivedFrom`` between datasets, ``prov:wasGeneratedBy``
  ``prov:Activity`` nodes (``rdfs:label``, ``prov:startedAtTime``) with
  ``prov:qualifiedAssociation`` [``prov:agent`` an organisation, ``prov:hadRole`` a role
  concept]; ``dcat:qualifiedRelation`` ``dcat:Relationship`` blank nodes (``dct:relation``,
  ``dcat:hadRole`` an IANA link-relation IRI);
  ``foaf:Organization`` publishers (``foaf:name`` ``@en`` and ``@ga``, ``foaf:homepage``,
  ``dct:type`` an ADMS publisher type).
* ``catalog/authority.rdf``: the EU Publications Office's authority tables the catalogue points
  into (data themes, frequencies, file types, licences, countries, languages) as its SKOS dumps
  give them: ``skos:Concept`` with ``skos:prefLabel`` in several languages, ``skos:inScheme``,
  ``dc:identifier``.

The organisations are real Irish public bodies; the datasets, people, addresses, dates and sizes
are invented. Seeded; stdlib only (answers: ``catalog_answers.py`` with rdflib).
Run from the repository root: ``python bench/data/own/catalog_make.py``.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

OUT = Path(__file__).parent / "catalog"
R = random.Random(2607)
XSD = "http://www.w3.org/2001/XMLSchema#"
AUTH = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"
PORTAL = "https://data.gov.ie"

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "adms": "http://www.w3.org/ns/adms#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "locn": "http://www.w3.org/ns/locn#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "gsp": "http://www.opengis.net/ont/geosparql#",
    "spdx": "http://spdx.org/rdf/terms#",
}

# ------------------------------------------------------------------------ authority tables
THEMES = {
    "ENVI": ("Environment", "Umwelt", "Environnement", "Comhshaol"),
    "HEAL": ("Health", "Gesundheit", "Santé", "Sláinte"),
    "ECON": (
        "Economy and finance",
        "Wirtschaft und Finanzen",
        "Économie et finances",
        "Geilleagar agus airgeadas",
    ),
    "SOCI": (
        "Population and society",
        "Bevölkerung und Gesellschaft",
        "Population et société",
        "Daonra agus sochaí",
    ),
    "TRAN": ("Transport", "Verkehr", "Transports", "Iompar"),
    "ENER": ("Energy", "Energie", "Énergie", "Fuinneamh"),
    "REGI": (
        "Regions and cities",
        "Regionen und Städte",
        "Régions et villes",
        "Réigiúin agus cathracha",
    ),
    "EDUC": (
        "Education, culture and sport",
        "Bildung, Kultur und Sport",
        "Éducation, culture et sport",
        "Oideachas, cultúr agus spórt",
    ),
    "AGRI": (
        "Agriculture, fisheries, forestry and food",
        "Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel",
        "Agriculture, pêche, sylviculture et alimentation",
        "Talmhaíocht, iascach, foraoiseacht agus bia",
    ),
    "GOVE": (
        "Government and public sector",
        "Regierung und öffentlicher Sektor",
        "Gouvernement et secteur public",
        "Rialtas agus earnáil phoiblí",
    ),
    "JUST": (
        "Justice, legal system and public safety",
        "Justiz, Rechtssystem und öffentliche Sicherheit",
        "Justice, système juridique et sécurité publique",
        "Ceartas, córas dlí agus sábháilteacht phoiblí",
    ),
    "TECH": (
        "Science and technology",
        "Wissenschaft und Technologie",
        "Science et technologie",
        "Eolaíocht agus teicneolaíocht",
    ),
}
FREQUENCIES = {
    "HOURLY": ("hourly", "stündlich", "toutes les heures"),
    "DAILY": ("daily", "täglich", "quotidien"),
    "WEEKLY": ("weekly", "wöchentlich", "hebdomadaire"),
    "MONTHLY": ("monthly", "monatlich", "mensuel"),
    "QUARTERLY": ("quarterly", "vierteljährlich", "trimestriel"),
    "ANNUAL": ("annual", "jährlich", "annuel"),
    "QUINQUENNIAL": ("quinquennial", "fünfjährlich", "quinquennal"),
    "IRREG": ("irregular", "unregelmäßig", "irrégulier"),
    "UPDATE_CONT": ("continuously updated", "laufend aktualisiert", "mise à jour continue"),
}
FILE_TYPES = {  # code: (label, IANA media type or None)
    "CSV": ("CSV", "text/csv"),
    "JSON": ("JSON", "application/json"),
    "XLSX": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "GEOJSON": ("GeoJSON", "application/geo+json"),
    "SHP": ("ESRI Shapefile", "application/zip"),
    "GML": ("GML", "application/gml+xml"),
    "GPKG": ("GeoPackage", "application/geopackage+sqlite3"),
    "TIFF": ("TIFF", "image/tiff"),
    "NETCDF": ("NetCDF", "application/netcdf"),
    "PDF": ("PDF", "application/pdf"),
    "XML": ("XML", "application/xml"),
    "WMS_SRVC": ("WMS", None),
    "REST": ("REST", None),
}
LICENCES = {  # EU licence authority: code -> labels
    "CC_BY_4_0": (
        "Creative Commons Attribution 4.0 International",
        "Creative Commons Namensnennung 4.0 International",
    ),
    "CC0": ("Creative Commons CC0 1.0 Universal", "Creative Commons CC0 1.0 Universell"),
    "OGL_3_0": ("Open Government Licence v3.0", "Open Government Licence v3.0"),
}
CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/"
COUNTRIES = {"IRL": ("Ireland", "Irland", "Irlande", "Éire")}
LANGUAGES = {"ENG": ("English", "Englisch", "anglais"), "GLE": ("Irish", "Irisch", "irlandais")}

# ------------------------------------------------------------------------- organisations
# key: (English name, Irish name, homepage, publisher type)
ORGS = {
    "epa": (
        "Environmental Protection Agency",
        "An Ghníomhaireacht um Chaomhnú Comhshaoil",
        "https://www.epa.ie",
        "NationalAuthority",
    ),
    "met": ("Met Éireann", "Met Éireann", "https://www.met.ie", "NationalAuthority"),
    "cso": (
        "Central Statistics Office",
        "An Phríomh-Oifig Staidrimh",
        "https://www.cso.ie",
        "NationalAuthority",
    ),
    "tii": (
        "Transport Infrastructure Ireland",
        "Bonneagar Iompair Éireann",
        "https://www.tii.ie",
        "NationalAuthority",
    ),
    "dcc": (
        "Dublin City Council",
        "Comhairle Cathrach Bhaile Átha Cliath",
        "https://www.dublincity.ie",
        "LocalAuthority",
    ),
    "hse": (
        "Health Service Executive",
        "Feidhmeannacht na Seirbhíse Sláinte",
        "https://www.hse.ie",
        "NationalAuthority",
    ),
    "housing": (
        "Department of Housing, Local Government and Heritage",
        "An Roinn Tithíochta, Rialtais Áitiúil agus Oidhreachta",
        "https://www.gov.ie/housing",
        "NationalAuthority",
    ),
    "esb": ("ESB Networks", "Líonraí BSL", "https://www.esbnetworks.ie", "Company"),
    "seai": (
        "Sustainable Energy Authority of Ireland",
        "Údarás Fuinnimh Inmharthana na hÉireann",
        "https://www.seai.ie",
        "NationalAuthority",
    ),
    "tailte": ("Tailte Éireann", "Tailte Éireann", "https://www.tailte.ie", "NationalAuthority"),
    "marine": ("Marine Institute", "Foras na Mara", "https://www.marine.ie", "NationalAuthority"),
    "gsi": (
        "Geological Survey Ireland",
        "Suirbhéireacht Gheolaíochta Éireann",
        "https://www.gsi.ie",
        "NationalAuthority",
    ),
    "educ": (
        "Department of Education",
        "An Roinn Oideachais",
        "https://www.gov.ie/education",
        "NationalAuthority",
    ),
}

# ------------------------------------------------------------------------------ datasets
# slug: dict(title, de (machine translation), ga (optional), desc, keywords, themes, pub,
#   contact (kind, fn, email), temporal (start, end|None), spatial (country code or
#   (geonames id, label, wkt)), issued, freq, dists [(title, file type, licence)], version)
DUBLIN = (
    "2964574",
    "Dublin City",
    "POLYGON((-6.387 53.298,-6.105 53.298,-6.105 53.411,-6.387 53.411,-6.387 53.298))",
)
CORK = ("2965140", "Cork", "POLYGON((-8.55 51.86,-8.38 51.86,-8.38 51.93,-8.55 51.93,-8.55 51.86))")
SEA = ("2963597", "Irish Sea and Atlantic Margin", "POLYGON((-18 48,-5 48,-5 58,-18 58,-18 48))")
D: dict[str, dict] = {
    "air-quality-monitoring-hourly": dict(
        title="Air Quality Monitoring Data (Hourly)",
        de="Luftqualitätsüberwachungsdaten (stündlich)",
        ga="Sonraí Monatóireachta ar Cháilíocht an Aeir (in aghaidh na huaire)",
        desc="Hourly concentrations of nitrogen dioxide, PM10, PM2.5 and ozone measured at the national ambient air quality monitoring network stations.",
        keywords=["air quality", "NO2", "particulate matter", "ozone", "pollution"],
        themes=["ENVI", "HEAL"],
        pub="epa",
        contact=("Organization", "EPA Air Quality Unit", "airquality@epa.ie"),
        temporal=("2015-01-01", None),
        spatial="IRL",
        issued="2016-03-14",
        freq="HOURLY",
        dists=[
            ("Hourly readings (CSV)", "CSV", "CC_BY_4_0"),
            ("Hourly readings (JSON)", "JSON", "CC_BY_4_0"),
            ("Air quality API", "REST", "CC_BY_4_0"),
        ],
        version="3.2",
    ),
    "air-quality-annual-indicators": dict(
        title="Annual Air Quality Indicators",
        de="Jährliche Luftqualitätsindikatoren",
        desc="Annual mean and exceedance statistics per station, aggregated from the hourly monitoring data for the annual Air Quality in Ireland report.",
        keywords=["air quality", "annual statistics", "exceedances"],
        themes=["ENVI"],
        pub="epa",
        contact=("Organization", "EPA Air Quality Unit", "airquality@epa.ie"),
        temporal=("2015-01-01", "2023-12-31"),
        spatial="IRL",
        issued="2017-06-02",
        freq="ANNUAL",
        dists=[
            ("Indicators 2015-2023 (XLSX)", "XLSX", "CC_BY_4_0"),
            ("Indicators 2015-2023 (CSV)", "CSV", "CC_BY_4_0"),
        ],
        derived=["air-quality-monitoring-hourly"],
        activity=(
            "Annual aggregation of air quality readings",
            "2024-03-01T09:00:00",
            "epa",
            "processor",
        ),
    ),
    "bathing-water-quality": dict(
        title="Bathing Water Quality",
        de="Badegewässerqualität",
        ga="Cáilíocht an Uisce Snámha",
        desc="Results of the sampling of designated bathing waters during the bathing season, with the classification of each bathing water under the Bathing Water Directive.",
        keywords=["bathing water", "beaches", "E. coli", "water quality"],
        themes=["ENVI", "HEAL"],
        pub="epa",
        contact=("Individual", "Siobhán Keane", "bathingwater@epa.ie"),
        temporal=("2012-05-15", None),
        spatial="IRL",
        issued="2013-07-01",
        freq="WEEKLY",
        dists=[
            ("Sample results (CSV)", "CSV", "CC_BY_4_0"),
            ("Bathing water locations (GeoJSON)", "GEOJSON", "CC_BY_4_0"),
        ],
        version="2.0",
    ),
    "river-water-quality-q-values": dict(
        title="River Water Quality (Q-values)",
        de="Flusswasserqualität (Q-Werte)",
        desc="Biological quality ratings (Q-values) of river monitoring stations from macroinvertebrate surveys.",
        keywords=["rivers", "Q-value", "biological monitoring", "water quality"],
        themes=["ENVI"],
        pub="epa",
        contact=("Organization", "EPA Catchments Unit", "catchments@epa.ie"),
        temporal=("2007-01-01", "2023-12-31"),
        spatial="IRL",
        issued="2019-02-11",
        freq="ANNUAL",
        dists=[
            ("Q-values (CSV)", "CSV", "CC_BY_4_0"),
            ("Monitoring stations (Shapefile)", "SHP", "CC_BY_4_0"),
        ],
    ),
    "greenhouse-gas-emissions-inventory": dict(
        title="National Greenhouse Gas Emissions Inventory",
        de="Nationales Treibhausgasemissionsinventar",
        desc="Ireland's greenhouse gas emissions by sector and gas as submitted under the UN Framework Convention on Climate Change.",
        keywords=["greenhouse gases", "emissions", "climate", "CO2"],
        themes=["ENVI", "ENER"],
        pub="epa",
        contact=("Organization", "EPA Climate Change Unit", "climate@epa.ie"),
        temporal=("1990-01-01", "2022-12-31"),
        spatial="IRL",
        issued="2014-04-15",
        freq="ANNUAL",
        dists=[
            ("Emissions by sector (XLSX)", "XLSX", "CC_BY_4_0"),
            ("Inventory report (PDF)", "PDF", "CC_BY_4_0"),
        ],
        derived=["national-energy-balance"],
    ),
    "daily-weather-observations": dict(
        title="Daily Weather Observations",
        de="Tägliche Wetterbeobachtungen",
        ga="Breathnóireachtaí Laethúla Aimsire",
        desc="Daily rainfall, temperature, sunshine and wind observations from synoptic and climatological stations.",
        keywords=["weather", "rainfall", "temperature", "climate"],
        themes=["ENVI", "TECH"],
        pub="met",
        contact=("Organization", "Met Éireann Climate Enquiries", "enq@met.ie"),
        temporal=("1941-01-01", None),
        spatial="IRL",
        issued="2018-05-21",
        freq="DAILY",
        dists=[("Station observations (CSV)", "CSV", "CC_BY_4_0")],
    ),
    "climate-averages-1991-2020": dict(
        title="Climate Averages 1991-2020",
        de="Klimamittelwerte 1991-2020",
        desc="Thirty-year averages of temperature, rainfall and sunshine for each synoptic station.",
        keywords=["climate normals", "averages", "temperature"],
        themes=["ENVI"],
        pub="met",
        contact=("Organization", "Met Éireann Climate Enquiries", "enq@met.ie"),
        temporal=("1991-01-01", "2020-12-31"),
        spatial="IRL",
        issued="2022-01-19",
        freq="IRREG",
        dists=[
            ("Station averages (CSV)", "CSV", "CC_BY_4_0"),
            ("Gridded averages (NetCDF)", "NETCDF", "CC_BY_4_0"),
        ],
        derived=["daily-weather-observations"],
        activity=(
            "Computation of the 1991-2020 climate normals",
            "2021-06-01T00:00:00",
            "met",
            "processor",
        ),
    ),
    "rainfall-radar-composite": dict(
        title="Rainfall Radar Composite",
        de="Niederschlagsradar-Komposit",
        desc="Five-minute rainfall radar composite images from the Dublin Airport and Shannon radars.",
        keywords=["radar", "rainfall", "nowcasting"],
        themes=["ENVI", "TECH"],
        pub="met",
        contact=("Individual", "Cathal Brennan", "radar@met.ie"),
        temporal=("2019-01-01", None),
        spatial="IRL",
        issued="2020-11-30",
        freq="UPDATE_CONT",
        dists=[
            ("Radar images (GeoTIFF)", "TIFF", "CC_BY_4_0"),
            ("Radar archive (NetCDF)", "NETCDF", "CC_BY_4_0"),
        ],
    ),
    "census-2022-population-small-areas": dict(
        title="Census 2022 Population by Small Area",
        de="Volkszählung 2022 Bevölkerung nach Kleingebieten",
        ga="Daonáireamh 2022 Daonra de réir Limistéir Bhig",
        desc="Usually resident population of each of the 18,919 small areas on census night, 3 April 2022, by sex and age group.",
        keywords=["census", "population", "small areas", "demography"],
        themes=["SOCI", "REGI"],
        pub="cso",
        contact=("Organization", "CSO Census Division", "census@cso.ie"),
        temporal=("2022-04-03", "2022-04-03"),
        spatial="IRL",
        issued="2023-06-29",
        freq="QUINQUENNIAL",
        dists=[
            ("Small area statistics (CSV)", "CSV", "CC_BY_4_0"),
            ("Small area boundaries (GeoJSON)", "GEOJSON", "CC_BY_4_0"),
        ],
    ),
    "census-2016-population-small-areas": dict(
        title="Census 2016 Population by Small Area",
        de="Volkszählung 2016 Bevölkerung nach Kleingebieten",
        desc="Usually resident population of each small area on census night, 24 April 2016, by sex and age group.",
        keywords=["census", "population", "small areas"],
        themes=["SOCI", "REGI"],
        pub="cso",
        contact=("Organization", "CSO Census Division", "census@cso.ie"),
        temporal=("2016-04-24", "2016-04-24"),
        spatial="IRL",
        issued="2017-07-20",
        freq="QUINQUENNIAL",
        dists=[("Small area statistics (CSV)", "CSV", "CC_BY_4_0")],
        related=[("census-2022-population-small-areas", "successor-version")],
    ),
    "consumer-price-index": dict(
        title="Consumer Price Index",
        de="Verbraucherpreisindex",
        ga="Innéacs Praghsanna Tomhaltóirí",
        desc="Monthly index of the prices of goods and services bought by households (base December 2023 = 100).",
        keywords=["CPI", "inflation", "prices"],
        themes=["ECON"],
        pub="cso",
        contact=("Organization", "CSO Prices Division", "prices@cso.ie"),
        temporal=("1997-01-01", None),
        spatial="IRL",
        issued="2015-09-10",
        freq="MONTHLY",
        dists=[("CPM01 (CSV)", "CSV", "CC_BY_4_0"), ("CPM01 (JSON-stat)", "JSON", "CC_BY_4_0")],
        identifier="CPM01",
    ),
    "labour-force-survey": dict(
        title="Labour Force Survey Employment",
        de="Arbeitskräfteerhebung Beschäftigung",
        desc="Persons aged 15 to 89 in employment, unemployment and outside the labour force, by sex and region.",
        keywords=["employment", "unemployment", "LFS", "labour market"],
        themes=["ECON", "SOCI"],
        pub="cso",
        contact=("Organization", "CSO Labour Market Division", "lfs@cso.ie"),
        temporal=("1998-01-01", None),
        spatial="IRL",
        issued="2015-09-10",
        freq="QUARTERLY",
        dists=[("QLF01 (CSV)", "CSV", "CC_BY_4_0")],
        identifier="QLF01",
    ),
    "population-estimates": dict(
        title="Annual Population Estimates",
        de="Jährliche Bevölkerungsschätzungen",
        desc="Estimated population in April of each year, by age and sex, carried forward from the last census with births, deaths and migration.",
        keywords=["population", "migration", "estimates"],
        themes=["SOCI"],
        pub="cso",
        contact=("Organization", "CSO Demography Division", "demography@cso.ie"),
        temporal=("1950-04-01", "2024-04-01"),
        spatial="IRL",
        issued="2016-08-23",
        freq="ANNUAL",
        dists=[("PEA01 (CSV)", "CSV", "CC_BY_4_0"), ("PEA01 (XLSX)", "XLSX", "CC_BY_4_0")],
        derived=["census-2022-population-small-areas", "labour-force-survey"],
        identifier="PEA01",
        activity=("Population and migration estimation", "2024-08-27T11:00:00", "cso", "processor"),
    ),
    "recorded-crime-offences": dict(
        title="Recorded Crime Offences",
        de="Erfasste Straftaten",
        desc="Recorded crime incidents by offence type and Garda division, published under reservation.",
        keywords=["crime", "Garda", "offences"],
        themes=["JUST"],
        pub="cso",
        contact=("Organization", "CSO Crime and Criminal Justice", "crime@cso.ie"),
        temporal=("2003-01-01", None),
        spatial="IRL",
        issued="2016-01-14",
        freq="QUARTERLY",
        dists=[("CJQ06 (CSV)", "CSV", "CC_BY_4_0")],
        identifier="CJQ06",
    ),
    "traffic-counter-data": dict(
        title="Traffic Counter Data",
        de="Verkehrszählerdaten",
        desc="Vehicle counts by vehicle class from the automatic traffic counters on the national road network.",
        keywords=["traffic", "vehicles", "roads", "counts"],
        themes=["TRAN"],
        pub="tii",
        contact=("Organization", "TII Network Management", "trafficdata@tii.ie"),
        temporal=("2013-01-01", None),
        spatial="IRL",
        issued="2017-03-03",
        freq="UPDATE_CONT",
        dists=[
            ("Counter sites (CSV)", "CSV", "CC_BY_4_0"),
            ("Traffic counts API", "REST", "CC_BY_4_0"),
        ],
    ),
    "national-road-network": dict(
        title="National Road Network",
        de="Nationales Straßennetz",
        ga="Líonra Bóithre Náisiúnta",
        desc="Centre lines of the national primary and secondary roads with their route numbers.",
        keywords=["roads", "motorways", "network"],
        themes=["TRAN", "REGI"],
        pub="tii",
        contact=("Organization", "TII GIS Section", "gis@tii.ie"),
        temporal=None,
        spatial="IRL",
        issued="2018-10-08",
        freq="ANNUAL",
        dists=[
            ("Road network (Shapefile)", "SHP", "CC_BY_4_0"),
            ("Road network (GeoJSON)", "GEOJSON", "CC_BY_4_0"),
            ("Road network WMS", "WMS_SRVC", "CC_BY_4_0"),
        ],
    ),
    "luas-passenger-numbers": dict(
        title="Luas Passenger Numbers",
        de="Luas-Fahrgastzahlen",
        desc="Monthly passenger journeys on the Red and Green Luas tram lines.",
        keywords=["Luas", "tram", "public transport", "passengers"],
        themes=["TRAN"],
        pub="tii",
        contact=("Individual", "Aoife Gallagher", "luasdata@tii.ie"),
        temporal=("2004-07-01", None),
        spatial=DUBLIN,
        issued="2019-04-17",
        freq="MONTHLY",
        dists=[
            ("Passenger journeys (CSV)", "CSV", CC_BY_SA),
            ("Passenger journeys (XLSX)", "XLSX", CC_BY_SA),
        ],
    ),
    "dublin-bikes-stations": dict(
        title="Dublinbikes Stations",
        de="Dublinbikes-Stationen",
        desc="Locations, capacity and live availability of bikes and stands at the Dublinbikes stations.",
        keywords=["bike share", "cycling", "stations"],
        themes=["TRAN"],
        pub="dcc",
        contact=("Organization", "DCC Smart Dublin", "smartdublin@dublincity.ie"),
        temporal=None,
        spatial=DUBLIN,
        issued="2016-02-01",
        freq="UPDATE_CONT",
        dists=[("Stations (JSON)", "JSON", "CC_BY_4_0"), ("Stations (CSV)", "CSV", "CC_BY_4_0")],
    ),
    "pay-and-display-parking": dict(
        title="Pay and Display Parking Locations",
        de="Standorte für Parkscheinautomaten",
        desc="Locations and tariff zones of the pay and display parking machines in the city.",
        keywords=["parking", "tariffs"],
        themes=["TRAN"],
        pub="dcc",
        contact=("Organization", "DCC Parking Enforcement", "parking@dublincity.ie"),
        temporal=None,
        spatial=DUBLIN,
        issued="2017-09-12",
        freq="IRREG",
        dists=[("Parking machines (CSV)", "CSV", "CC_BY_4_0")],
    ),
    "dublin-city-trees": dict(
        title="Dublin City Council Trees",
        de="Bäume des Stadtrats von Dublin",
        desc="Street and park trees maintained by the council, with species, height and condition.",
        keywords=["trees", "urban forest", "parks"],
        themes=["ENVI", "REGI"],
        pub="dcc",
        contact=("Individual", "Declan Moriarty", "trees@dublincity.ie"),
        temporal=None,
        spatial=DUBLIN,
        issued="2018-06-06",
        freq="ANNUAL",
        dists=[
            ("Tree inventory (CSV)", "CSV", "CC0"),
            ("Tree inventory (GeoJSON)", "GEOJSON", "CC0"),
        ],
    ),
    "planning-applications": dict(
        title="Planning Applications",
        de="Bauanträge",
        desc="Planning applications received by the council, with the decision and the site boundary.",
        keywords=["planning", "development", "permissions"],
        themes=["GOVE", "REGI"],
        pub="dcc",
        contact=("Organization", "DCC Planning Department", "planning@dublincity.ie"),
        temporal=("2010-01-01", None),
        spatial=DUBLIN,
        issued="2015-11-24",
        freq="WEEKLY",
        dists=[
            ("Applications (CSV)", "CSV", "CC_BY_4_0"),
            ("Site boundaries (GeoJSON)", "GEOJSON", "CC_BY_4_0"),
        ],
    ),
    "outpatient-waiting-list": dict(
        title="Outpatient Waiting List",
        de="Warteliste für ambulante Behandlungen",
        desc="Number of people waiting for a first outpatient appointment, by hospital, specialty and time band.",
        keywords=["waiting lists", "hospitals", "outpatients"],
        themes=["HEAL"],
        pub="hse",
        contact=("Organization", "HSE Performance Management", "waitinglists@hse.ie"),
        temporal=("2014-01-01", None),
        spatial="IRL",
        issued="2016-05-05",
        freq="MONTHLY",
        dists=[
            ("Waiting list (CSV)", "CSV", "CC_BY_4_0"),
            ("Waiting list (XLSX)", "XLSX", "CC_BY_4_0"),
        ],
    ),
    "covid-19-vaccinations": dict(
        title="COVID-19 Vaccinations by County",
        de="COVID-19-Impfungen nach Grafschaft",
        desc="Doses of COVID-19 vaccine administered, by county of residence, dose number and age group.",
        keywords=["COVID-19", "vaccination", "coronavirus"],
        themes=["HEAL"],
        pub="hse",
        contact=("Organization", "HSE Vaccine Data Team", "vaccinedata@hse.ie"),
        temporal=("2020-12-29", "2023-03-31"),
        spatial="IRL",
        issued="2021-02-08",
        freq="DAILY",
        dists=[
            ("Doses by county (CSV)", "CSV", "CC_BY_4_0"),
            ("Doses by county (JSON)", "JSON", "CC_BY_4_0"),
        ],
    ),
    "gp-practice-locations": dict(
        title="General Practitioner Locations",
        de="Standorte von Allgemeinärzten",
        desc="Addresses and coordinates of general practices holding a GMS contract.",
        keywords=["GP", "doctors", "primary care"],
        themes=["HEAL"],
        pub="hse",
        contact=("Individual", "Niamh Fitzgerald", "primarycare@hse.ie"),
        temporal=None,
        spatial="IRL",
        issued="2017-10-30",
        freq="QUARTERLY",
        dists=[("GP practices (CSV)", "CSV", "CC_BY_4_0")],
    ),
    "new-dwelling-completions": dict(
        title="New Dwelling Completions",
        de="Fertigstellungen neuer Wohnungen",
        ga="Tithe Nua Críochnaithe",
        desc="New dwellings completed each quarter by type and local authority, counted from new domestic electricity connections.",
        keywords=["housing", "dwellings", "construction"],
        themes=["ECON", "SOCI"],
        pub="housing",
        contact=("Organization", "Housing Statistics Unit", "housingstatistics@housing.gov.ie"),
        temporal=("2011-01-01", None),
        spatial="IRL",
        issued="2018-02-20",
        freq="QUARTERLY",
        dists=[
            ("Completions (CSV)", "CSV", "CC_BY_4_0"),
            ("Completions (XLSX)", "XLSX", "CC_BY_4_0"),
        ],
        derived=["new-electricity-connections"],
        activity=(
            "Quarterly count of dwelling completions",
            "2024-11-14T10:00:00",
            "cso",
            "processor",
        ),
    ),
    "new-electricity-connections": dict(
        title="New Domestic Electricity Connections",
        de="Neue Haushaltsstromanschlüsse",
        desc="New domestic connections to the electricity network, by county and month.",
        keywords=["electricity", "connections", "meters"],
        themes=["ENER"],
        pub="esb",
        contact=("Organization", "ESB Networks Data Requests", "datarequests@esbnetworks.ie"),
        temporal=("2011-01-01", None),
        spatial="IRL",
        issued="2018-01-09",
        freq="MONTHLY",
        dists=[("Connections by county (CSV)", "CSV", "OGL_3_0")],
    ),
    "ber-research-tool": dict(
        title="Building Energy Rating (BER) Research Tool",
        de="Forschungswerkzeug für Gebäudeenergiebewertungen (BER)",
        desc="Anonymised records of the building energy ratings issued for dwellings, with fabric and heating details.",
        keywords=["BER", "energy efficiency", "buildings", "retrofit"],
        themes=["ENER"],
        pub="seai",
        contact=("Organization", "SEAI BER Helpdesk", "ber@seai.ie"),
        temporal=("2009-01-01", None),
        spatial="IRL",
        issued="2014-12-01",
        freq="WEEKLY",
        dists=[("BER public search (CSV)", "CSV", "CC_BY_4_0")],
    ),
    "national-energy-balance": dict(
        title="National Energy Balance",
        de="Nationale Energiebilanz",
        ga="Cothromaíocht Náisiúnta Fuinnimh",
        desc="Supply, transformation and final consumption of every fuel in Ireland, in kilotonnes of oil equivalent.",
        keywords=["energy", "fuels", "consumption"],
        themes=["ENER", "ECON"],
        pub="seai",
        contact=("Individual", "Ronan Whelan", "energystatistics@seai.ie"),
        temporal=("1990-01-01", "2023-12-31"),
        spatial="IRL",
        issued="2015-07-07",
        freq="ANNUAL",
        dists=[
            ("Energy balance (XLSX)", "XLSX", "CC_BY_4_0"),
            ("Energy balance (CSV)", "CSV", "CC_BY_4_0"),
        ],
    ),
    "wind-farm-locations": dict(
        title="Wind Farm Locations",
        de="Standorte von Windparks",
        desc="Connected and contracted wind farms with their installed capacity in megawatts.",
        keywords=["wind", "renewables", "wind energy"],
        themes=["ENER"],
        pub="seai",
        contact=("Organization", "SEAI Renewables Team", "renewables@seai.ie"),
        temporal=None,
        spatial="IRL",
        issued="2016-09-19",
        freq="ANNUAL",
        dists=[
            ("Wind farms (Shapefile)", "SHP", "CC_BY_4_0"),
            ("Wind farms (CSV)", "CSV", "CC_BY_4_0"),
        ],
    ),
    "prime2-buildings": dict(
        title="Prime2 Buildings",
        de="Prime2 Gebäude",
        desc="Building footprints from the Prime2 national mapping database.",
        keywords=["buildings", "mapping", "footprints"],
        themes=["REGI"],
        pub="tailte",
        contact=("Organization", "Tailte Éireann Customer Service", "customerservice@tailte.ie"),
        temporal=None,
        spatial="IRL",
        issued="2019-11-04",
        freq="QUARTERLY",
        dists=[
            ("Buildings (GML)", "GML", "CC_BY_4_0"),
            ("Buildings (GeoPackage)", "GPKG", "CC_BY_4_0"),
        ],
    ),
    "townlands": dict(
        title="Townlands",
        de="Townlands",
        ga="Bailte Fearainn",
        desc="Boundaries of the townlands, the smallest traditional land divisions of Ireland.",
        keywords=["townlands", "boundaries", "administrative units"],
        themes=["REGI"],
        pub="tailte",
        contact=("Organization", "Tailte Éireann Customer Service", "customerservice@tailte.ie"),
        temporal=None,
        spatial="IRL",
        issued="2016-06-27",
        freq="IRREG",
        dists=[
            ("Townlands (Shapefile)", "SHP", "CC_BY_4_0"),
            ("Townlands (GeoJSON)", "GEOJSON", "CC_BY_4_0"),
        ],
    ),
    "marine-data-buoy-observations": dict(
        title="Irish Marine Data Buoy Observations",
        de="Beobachtungen der irischen Meeresdatenbojen",
        desc="Hourly sea surface temperature, wave height, wind and air pressure from the M-series weather buoys.",
        keywords=["buoys", "sea temperature", "waves", "ocean"],
        themes=["ENVI", "TECH"],
        pub="marine",
        contact=("Organization", "Marine Institute Data Centre", "datarequests@marine.ie"),
        temporal=("2001-01-01", None),
        spatial=SEA,
        issued="2017-01-23",
        freq="HOURLY",
        dists=[
            ("Buoy observations (CSV)", "CSV", "CC_BY_4_0"),
            ("Buoy observations ERDDAP", "REST", "CC_BY_4_0"),
        ],
    ),
    "fish-landings": dict(
        title="Fish Landings at Irish Ports",
        de="Fischanlandungen in irischen Häfen",
        desc="Live weight and value of fish landed at Irish ports by species and vessel nationality.",
        keywords=["fisheries", "landings", "ports"],
        themes=["AGRI"],
        pub="marine",
        contact=("Individual", "Padraig O'Donnell", "fisheries@marine.ie"),
        temporal=("2012-01-01", "2023-12-31"),
        spatial=SEA,
        issued="2018-08-15",
        freq="ANNUAL",
        dists=[("Landings (CSV)", "CSV", "CC_BY_4_0")],
    ),
    "infomar-bathymetry": dict(
        title="INFOMAR Seabed Bathymetry",
        de="INFOMAR Meeresboden-Bathymetrie",
        desc="Multibeam bathymetry of the Irish seabed surveyed by the INFOMAR programme.",
        keywords=["bathymetry", "seabed", "multibeam", "INFOMAR"],
        themes=["ENVI", "TECH"],
        pub="gsi",
        contact=("Organization", "INFOMAR Data Team", "info@infomar.ie"),
        temporal=("2006-01-01", None),
        spatial=SEA,
        issued="2015-03-30",
        freq="IRREG",
        dists=[
            ("Bathymetry grids (GeoTIFF)", "TIFF", "CC_BY_4_0"),
            ("Survey coverage WMS", "WMS_SRVC", "CC_BY_4_0"),
        ],
    ),
    "primary-schools": dict(
        title="List of Primary Schools",
        de="Liste der Grundschulen",
        ga="Liosta na mBunscoileanna",
        desc="Every recognised primary school with its roll number, address, ethos and language of instruction.",
        keywords=["schools", "primary education", "roll numbers"],
        themes=["EDUC"],
        pub="educ",
        contact=(
            "Organization",
            "Department of Education Statistics Section",
            "statistics@education.gov.ie",
        ),
        temporal=None,
        spatial="IRL",
        issued="2016-10-03",
        freq="ANNUAL",
        dists=[("Primary schools (CSV)", "CSV", "CC_BY_4_0")],
    ),
    "primary-school-enrolments": dict(
        title="Primary School Enrolment Figures",
        de="Einschreibungszahlen der Grundschulen",
        desc="Pupils enrolled in each primary school on 30 September, by gender.",
        keywords=["enrolment", "pupils", "schools"],
        themes=["EDUC", "SOCI"],
        pub="educ",
        contact=(
            "Organization",
            "Department of Education Statistics Section",
            "statistics@education.gov.ie",
        ),
        temporal=("2013-09-30", "2024-09-30"),
        spatial="IRL",
        issued="2017-02-14",
        freq="ANNUAL",
        dists=[
            ("Enrolments (CSV)", "CSV", "CC_BY_4_0"),
            ("Enrolments (XLSX)", "XLSX", "CC_BY_4_0"),
        ],
        derived=["primary-schools"],
    ),
    "radon-in-homes": dict(
        title="Radon Measurements in Homes",
        de="Radonmessungen in Wohnungen",
        desc="Results of indoor radon measurements summarised per 10 km grid square, with the high radon areas.",
        keywords=["radon", "radiation", "indoor air"],
        themes=["HEAL", "ENVI"],
        pub="epa",
        contact=("Organization", "EPA Radiation Protection", "radon@epa.ie"),
        temporal=("1992-01-01", "2022-12-31"),
        spatial="IRL",
        issued="2019-01-28",
        freq="IRREG",
        dists=[("Radon grid squares (GeoJSON)", "GEOJSON", "CC_BY_4_0")],
    ),
    "cork-city-footfall": dict(
        title="Cork City Footfall Counts",
        de="Passantenfrequenz in Cork",
        desc="Pedestrian counts from the footfall cameras on the main shopping streets of Cork city.",
        keywords=["footfall", "pedestrians", "retail"],
        themes=["ECON", "REGI"],
        pub="cso",
        contact=("Organization", "CSO Regional Statistics", "regional@cso.ie"),
        temporal=("2021-06-01", None),
        spatial=CORK,
        issued="2022-03-09",
        freq="DAILY",
        dists=[("Daily footfall (CSV)", "CSV", "CC_BY_4_0")],
    ),
}

# data services: key -> (title, endpoint, publisher, served datasets, distributions it backs)
SERVICES = {
    "epa-air-api": (
        "EPA Air Quality API",
        "https://airquality.epa.ie/api/v1",
        "epa",
        ["air-quality-monitoring-hourly", "air-quality-annual-indicators"],
    ),
    "cso-pxstat": (
        "CSO PxStat API",
        "https://ws.cso.ie/public/api.restful",
        "cso",
        [
            "consumer-price-index",
            "labour-force-survey",
            "population-estimates",
            "recorded-crime-offences",
        ],
    ),
    "tii-traffic-api": (
        "TII Traffic Data API",
        "https://trafficdata.tii.ie/api",
        "tii",
        ["traffic-counter-data"],
    ),
    "marine-erddap": (
        "Marine Institute ERDDAP",
        "https://erddap.marine.ie/erddap",
        "marine",
        ["marine-data-buoy-observations"],
    ),
    "gsi-wms": (
        "GSI Map Services",
        "https://gsi.geodata.gov.ie/server/services/WMS",
        "gsi",
        ["infomar-bathymetry"],
    ),
}
ROLES = {"processor": ("processor", "Processor"), "originator": ("originator", "Originator")}


# ------------------------------------------------------------------------------- writing
def lit(tag: str, text: str, lang: str | None = None, dtype: str | None = None) -> str:
    attrs = f' xml:lang="{lang}"' if lang else ""
    attrs += f' rdf:datatype="{dtype}"' if dtype else ""
    return f"<{tag}{attrs}>{escape(text)}</{tag}>"


def res(tag: str, iri: str) -> str:
    return f"<{tag} rdf:resource={quoteattr(iri)}/>"


def ds_iri(slug: str) -> str:
    return f"{PORTAL}/dataset/{slug}"


def org_iri(key: str) -> str:
    return f"{PORTAL}/organization/{key}"


def header() -> list[str]:
    ns = "\n".join(f'   xmlns:{k}="{v}"' for k, v in NS.items())
    return ['<?xml version="1.0" encoding="utf-8"?>', f"<rdf:RDF\n{ns}\n>"]


def date_time(day: str) -> str:
    return f"{day}T{R.randint(7, 17):02d}:{R.choice(['00', '15', '30', '45'])}:00"


def dataset(slug: str, d: dict, out: list[str], dists: list[str]) -> None:
    ind = "    "
    out.append(f"  <dcat:Dataset rdf:about={quoteattr(ds_iri(slug))}>")
    lines = [lit("dct:title", d["title"], "en"), lit("dct:title", d["de"], "de-t-en-t0-mtec")]
    if d.get("ga"):
        lines.append(lit("dct:title", d["ga"], "ga"))
    lines.append(lit("dct:description", d["desc"], "en"))
    lines.append(
        lit("dct:identifier", d.get("identifier") or str(uuid.UUID(int=R.getrandbits(128))))
    )
    lines += [lit("dcat:keyword", k, "en") for k in d["keywords"]]
    lines += [res("dcat:theme", f"{AUTH}data-theme/{t}") for t in d["themes"]]
    lines.append(res("dct:publisher", org_iri(d["pub"])))
    kind, fn, email = d["contact"]
    lines.append(
        f"<dcat:contactPoint>\n{ind}    <vcard:{kind}>\n{ind}      {lit('vcard:fn', fn)}\n"
        f"{ind}      {res('vcard:hasEmail', 'mailto:' + email)}\n{ind}    </vcard:{kind}>\n{ind}  </dcat:contactPoint>"
    )
    if d["temporal"]:
        start, end = d["temporal"]
        inner = lit("dcat:startDate", start, dtype=XSD + "date")
        if end:
            inner += f"\n{ind}      " + lit("dcat:endDate", end, dtype=XSD + "date")
        lines.append(
            f"<dct:temporal>\n{ind}    <dct:PeriodOfTime>\n{ind}      {inner}\n{ind}    </dct:PeriodOfTime>\n{ind}  </dct:temporal>"
        )
    sp = d["spatial"]
    if isinstance(sp, str):
        lines.append(res("dct:spatial", f"{AUTH}country/{sp}"))
    else:
        gid, name, wkt = sp
        lines.append(
            f'<dct:spatial>\n{ind}    <dct:Location rdf:about="https://sws.geonames.org/{gid}/">\n'
            f"{ind}      {lit('skos:prefLabel', name, 'en')}\n"
            f"{ind}      {lit('locn:geometry', wkt, dtype=NS['gsp'] + 'wktLiteral')}\n"
            f"{ind}    </dct:Location>\n{ind}  </dct:spatial>"
        )
    issued = d["issued"]
    lines.append(lit("dct:issued", date_time(issued), dtype=XSD + "dateTime"))
    y = int(issued[:4])
    mod = f"{R.randint(max(y + 1, 2023), 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
    lines.append(lit("dct:modified", date_time(mod), dtype=XSD + "dateTime"))
    lines.append(res("dct:accrualPeriodicity", f"{AUTH}frequency/{d['freq']}"))
    lines.append(res("dct:language", f"{AUTH}language/ENG"))
    lines.append(res("dct:accessRights", f"{AUTH}access-right/PUBLIC"))
    lines.append(res("dcat:landingPage", f"{PORTAL}/dataset/{slug}"))
    lines.append(res("dct:conformsTo", "http://data.europa.eu/r5r/"))
    if d.get("version"):
        lines.append(lit("owl:versionInfo", d["version"]))
    for other in d.get("derived", []):
        lines.append(res("prov:wasDerivedFrom", ds_iri(other)))
    if d.get("activity"):
        label, started, agent, role = d["activity"]
        lines.append(
            f"<prov:wasGeneratedBy>\n{ind}    <prov:Activity>\n{ind}      {lit('rdfs:label', label, 'en')}\n"
            f"{ind}      {lit('prov:startedAtTime', started, dtype=XSD + 'dateTime')}\n"
            f"{ind}      <prov:qualifiedAssociation>\n{ind}        <prov:Association>\n"
            f"{ind}          {res('prov:agent', org_iri(agent))}\n"
            f"{ind}          {res('prov:hadRole', f'{PORTAL}/role/{ROLES[role][0]}')}\n"
            f"{ind}        </prov:Association>\n{ind}      </prov:qualifiedAssociation>\n"
            f"{ind}    </prov:Activity>\n{ind}  </prov:wasGeneratedBy>"
        )
    for other, role in d.get("related", []):
        lines.append(
            f"<dcat:qualifiedRelation>\n{ind}    <dcat:Relationship>\n{ind}      {res('dct:relation', ds_iri(other))}\n"
            f"{ind}      {res('dcat:hadRole', 'http://www.iana.org/assignments/relation/' + role)}\n"
            f"{ind}    </dcat:Relationship>\n{ind}  </dcat:qualifiedRelation>"
        )
    for title, ftype, licence in d["dists"]:
        rid = str(uuid.UUID(int=R.getrandbits(128)))
        diri = f"{PORTAL}/dataset/{slug}/resource/{rid}"
        lines.append(res("dcat:distribution", diri))
        dists.append(distribution(slug, d, diri, rid, title, ftype, licence))
    out += [f"{ind}{line}" for line in lines]
    out.append("  </dcat:Dataset>")


def distribution(
    slug: str, d: dict, iri: str, rid: str, title: str, ftype: str, licence: str
) -> str:
    media = FILE_TYPES[ftype][1]
    ind = "    "
    lines = [lit("dct:title", title, "en"), res("dct:format", f"{AUTH}file-type/{ftype}")]
    ext = {"GEOJSON": "geojson", "SHP": "zip", "TIFF": "tif", "NETCDF": "nc", "GPKG": "gpkg"}.get(
        ftype, ftype.lower()
    )
    if ftype in ("REST", "WMS_SRVC"):
        svc = next((k for k, s in SERVICES.items() if slug in s[3]), None)
        lines.append(res("dcat:accessURL", SERVICES[svc][1] if svc else f"{PORTAL}/api/{slug}"))
        if svc:
            lines.append(res("dcat:accessService", f"{PORTAL}/dataservice/{svc}"))
    else:
        url = f"https://opendata.{ORGS[d['pub']][2].split('//www.', 1)[-1].split('//', 1)[-1].split('/')[0]}/{slug}/{rid[:8]}.{ext}"
        lines.append(res("dcat:accessURL", url))
        lines.append(res("dcat:downloadURL", url))
        lines.append(
            lit(
                "dcat:byteSize",
                str(R.randint(20_000, 900_000_000)),
                dtype=XSD + "nonNegativeInteger",
            )
        )
        digest = f"{R.getrandbits(256):064x}"
        lines.append(
            f"<spdx:checksum>\n{ind}    <spdx:Checksum>\n{ind}      {res('spdx:algorithm', NS['spdx'] + 'checksumAlgorithm_sha256')}\n"
            f"{ind}      {lit('spdx:checksumValue', digest, dtype=XSD + 'hexBinary')}\n{ind}    </spdx:Checksum>\n{ind}  </spdx:checksum>"
        )
    if media:
        lines.append(res("dcat:mediaType", IANA + media))
    lic = licence if licence.startswith("http") else f"{AUTH}licence/{licence}"
    lines.append(res("dct:license", lic))
    lines.append(lit("dct:issued", date_time(d["issued"]), dtype=XSD + "dateTime"))
    body = "\n".join(f"{ind}{line}" for line in lines)
    return f"  <dcat:Distribution rdf:about={quoteattr(iri)}>\n{body}\n  </dcat:Distribution>"


def catalog() -> str:
    out = header()
    out.append(f'  <dcat:Catalog rdf:about="{PORTAL}/catalog">')
    out.append("    " + lit("dct:title", "data.gov.ie", "en"))
    out.append(
        "    "
        + lit(
            "dct:description",
            "Ireland's open data portal: datasets published by public bodies.",
            "en",
        )
    )
    out.append("    " + res("dct:publisher", org_iri("dper")))
    out.append("    " + res("dct:language", f"{AUTH}language/ENG"))
    out.append("    " + res("dct:language", f"{AUTH}language/GLE"))
    out.append("    " + res("foaf:homepage", PORTAL))
    out += ["    " + res("dcat:dataset", ds_iri(s)) for s in D]
    out += ["    " + res("dcat:service", f"{PORTAL}/dataservice/{k}") for k in SERVICES]
    out += ["    " + res("dcat:record", f"{PORTAL}/catalog/record/{s}") for s in D]
    out.append("  </dcat:Catalog>")
    for key, (en, ga, home, ptype) in {
        **ORGS,
        "dper": (
            "Department of Public Expenditure, NDP Delivery and Reform",
            "An Roinn Caiteachais Phoiblí, Seachadta PFN agus Athchóirithe",
            "https://www.gov.ie/dper",
            "NationalAuthority",
        ),
    }.items():
        out.append(f"  <foaf:Organization rdf:about={quoteattr(org_iri(key))}>")
        out.append("    " + lit("foaf:name", en, "en"))
        out.append("    " + lit("foaf:name", ga, "ga"))
        out.append("    " + res("foaf:homepage", home))
        out.append("    " + res("dct:type", f"http://purl.org/adms/publishertype/{ptype}"))
        out.append("  </foaf:Organization>")
    dists: list[str] = []
    for slug, d in D.items():
        dataset(slug, d, out, dists)
    out += dists
    for key, (title, endpoint, pub, served) in SERVICES.items():
        out.append(f'  <dcat:DataService rdf:about="{PORTAL}/dataservice/{key}">')
        out.append("    " + lit("dct:title", title, "en"))
        out.append("    " + res("dcat:endpointURL", endpoint))
        out.append("    " + res("dct:publisher", org_iri(pub)))
        out += ["    " + res("dcat:servesDataset", ds_iri(s)) for s in served]
        out.append("    " + res("dct:license", f"{AUTH}licence/CC_BY_4_0"))
        out.append("  </dcat:DataService>")
    for slug, d in D.items():
        out.append(f'  <dcat:CatalogRecord rdf:about="{PORTAL}/catalog/record/{slug}">')
        out.append("    " + res("foaf:primaryTopic", ds_iri(slug)))
        out.append("    " + lit("dct:issued", date_time(d["issued"]), dtype=XSD + "dateTime"))
        out.append(
            "    "
            + lit(
                "dct:modified",
                date_time("2025-01-" + f"{R.randint(2, 28):02d}"),
                dtype=XSD + "dateTime",
            )
        )
        out.append("    " + res("dct:conformsTo", "http://data.europa.eu/r5r/"))
        out.append("  </dcat:CatalogRecord>")
    out.append(f'  <dct:LicenseDocument rdf:about="{CC_BY_SA}">')
    out.append("    " + lit("rdfs:label", "Creative Commons Attribution-ShareAlike 4.0"))
    out.append("  </dct:LicenseDocument>")
    for slug, label in ROLES.values():
        out.append(f'  <skos:Concept rdf:about="{PORTAL}/role/{slug}">')
        out.append("    " + lit("skos:prefLabel", label, "en"))
        out.append("  </skos:Concept>")
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n"


def authority() -> str:
    out = header()

    def concept(scheme: str, code: str, labels: tuple[str, ...], langs: tuple[str, ...]) -> None:
        out.append(f'  <skos:Concept rdf:about="{AUTH}{scheme}/{code}">')
        out.append("    " + res("skos:inScheme", f"{AUTH}{scheme}"))
        out.append("    " + lit("dc:identifier", code))
        out.extend(
            "    " + lit("skos:prefLabel", label, lang)
            for label, lang in zip(labels, langs, strict=False)
        )
        out.append("  </skos:Concept>")

    for code, labels in THEMES.items():
        concept("data-theme", code, labels, ("en", "de", "fr", "ga"))
    for code, labels in FREQUENCIES.items():
        concept("frequency", code, labels, ("en", "de", "fr"))
    for code, (label, _media) in FILE_TYPES.items():
        concept("file-type", code, (label, label), ("en", "de"))
    for code, labels in LICENCES.items():
        concept("licence", code, labels, ("en", "de"))
    for code, labels in COUNTRIES.items():
        concept("country", code, labels, ("en", "de", "fr", "ga"))
    concept("access-right", "PUBLIC", ("public", "öffentlich", "public"), ("en", "de", "fr"))
    for code, labels in LANGUAGES.items():
        concept("language", code, labels, ("en", "de", "fr"))
    for scheme in (
        "data-theme",
        "frequency",
        "file-type",
        "licence",
        "country",
        "language",
        "access-right",
    ):
        out.append(f'  <skos:ConceptScheme rdf:about="{AUTH}{scheme}"/>')
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    (OUT / "catalog.rdf").write_text(catalog(), encoding="utf-8")
    (OUT / "authority.rdf").write_text(authority(), encoding="utf-8")
