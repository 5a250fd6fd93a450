# ruff: noqa: E501  (one SPARQL query a line)
"""Print catalog.jsonl: each question with its gold answers computed by SPARQL over catalog/*.rdf.

A node's answer is its English name: ``skos:prefLabel``, ``foaf:name``, ``dct:title`` (``@en``),
``vcard:fn`` or ``rdfs:label``; a ``mailto:`` IRI is its address (with and without the
scheme); another unlabelled IRI is itself and its last segment. A literal is its lexical form.
Datasets are asked for by their English title (as a user reads it on the portal).
Run from the repository root: ``python bench/data/own/catalog_answers.py > bench/data/own/catalog.jsonl``.
"""

from pathlib import Path

import rdflib
from _answers_common import print_answers

HERE = Path(__file__).parent / "catalog"
g = rdflib.Graph()
for f in ("catalog.rdf", "authority.rdf"):
    g.parse(HERE / f, format="xml")

NAMES = [
    rdflib.URIRef(u)
    for u in (
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        "http://xmlns.com/foaf/0.1/name",
        "http://purl.org/dc/terms/title",
        "http://www.w3.org/2006/vcard/ns#fn",
        "http://www.w3.org/2000/01/rdf-schema#label",
    )
]


def labels(term):
    if isinstance(term, rdflib.Literal):
        return [str(term)]
    for p in NAMES:
        names = [o for o in g.objects(term, p) if getattr(o, "language", None) in (None, "en")]
        if names:
            return sorted(str(n) for n in names)[:1]
    iri = str(term)
    if iri.startswith("mailto:"):
        return [iri, iri.removeprefix("mailto:")]
    return [iri, iri.rstrip("/").rsplit("/", 1)[-1]]


P = """PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def ds(title):
    """The dataset (or data service) titled ``title`` in English."""
    return f"?d dct:title '{title}'@en."


T = "http://publications.europa.eu/resource/authority/data-theme/"
F = "http://publications.europa.eu/resource/authority/frequency/"
DUBLIN = "<https://sws.geonames.org/2964574/>"
Q = [
    # ---------------------------------------------------------------- 1hop
    (
        "Who publishes the air quality monitoring data?",
        "1hop",
        f"SELECT ?a WHERE {{{ds('Air Quality Monitoring Data (Hourly)')} ?d dct:publisher ?a}}",
    ),
    (
        "Who do I contact about the bathing water quality data?",
        "1hop",
        f"SELECT ?a WHERE {{{ds('Bathing Water Quality')} ?d dcat:contactPoint ?a}}",
    ),
    (
        "How often is the consumer price index updated?",
        "1hop",
        f"SELECT ?a WHERE {{{ds('Consumer Price Index')} ?d dct:accrualPeriodicity ?a}}",
    ),
    (
        "Which theme is the wind farm locations dataset under?",
        "1hop",
        f"SELECT ?a WHERE {{{ds('Wind Farm Locations')} ?d dcat:theme ?a}}",
    ),
    (
        "What area does the Dublin City Council Trees dataset cover?",
        "1hop",
        f"SELECT ?a WHERE {{{ds('Dublin City Council Trees')} ?d dct:spatial ?a}}",
    ),
    (
        "What is the endpoint of the CSO PxStat API?",
        "1hop",
        f"SELECT ?a WHERE {{{ds('CSO PxStat API')} ?d dcat:endpointURL ?a}}",
    ),
    # ---------------------------------------------------------------- inverse
    (
        "Which datasets does Met Éireann publish?",
        "inverse",
        "SELECT ?a WHERE {?o foaf:name 'Met Éireann'@en. ?a a dcat:Dataset; dct:publisher ?o}",
    ),
    (
        "Which datasets are derived from the Census 2022 population by small area?",
        "inverse",
        f"SELECT ?a WHERE {{{ds('Census 2022 Population by Small Area')} ?a prov:wasDerivedFrom ?d}}",
    ),
    (
        "What datasets does the CSO PxStat API serve?",
        "inverse",
        f"SELECT ?a WHERE {{{ds('CSO PxStat API')} ?d dcat:servesDataset ?a}}",
    ),
    (
        "Which datasets fall under the Health theme?",
        "inverse",
        f"SELECT ?a WHERE {{?a dcat:theme <{T}HEAL>}}",
    ),
    (
        "Which dataset is Siobhán Keane the contact for?",
        "inverse",
        "SELECT ?a WHERE {?a dcat:contactPoint [vcard:fn 'Siobhán Keane']}",
    ),
    # ---------------------------------------------------------------- 2hop
    (
        "In which formats can I download the Luas passenger numbers?",
        "2hop",
        f"SELECT ?a WHERE {{{ds('Luas Passenger Numbers')} ?d dcat:distribution/dct:format ?a}}",
    ),
    (
        "What licence does the Townlands dataset use?",
        "2hop",
        f"SELECT ?a WHERE {{{ds('Townlands')} ?d dcat:distribution/dct:license ?a}}",
    ),
    (
        "What licence are the Luas passenger numbers released under?",
        "2hop",
        f"SELECT ?a WHERE {{{ds('Luas Passenger Numbers')} ?d dcat:distribution/dct:license ?a}}",
    ),
    (
        "What's the email address for questions about the rainfall radar composite?",
        "2hop",
        f"SELECT ?a WHERE {{{ds('Rainfall Radar Composite')} ?d dcat:contactPoint/vcard:hasEmail ?a}}",
    ),
    (
        "Which organisation runs the API that serves the traffic counter data?",
        "2hop",
        f"SELECT ?a WHERE {{{ds('Traffic Counter Data')} ?s dcat:servesDataset ?d; dct:publisher ?a}}",
    ),
    (
        "Who publishes the dataset that New Dwelling Completions is derived from?",
        "2hop",
        f"SELECT ?a WHERE {{{ds('New Dwelling Completions')} ?d prov:wasDerivedFrom/dct:publisher ?a}}",
    ),
    (
        "Who is the contact for the dataset that the Primary School Enrolment Figures are derived from?",
        "2hop",
        f"SELECT ?a WHERE {{{ds('Primary School Enrolment Figures')} ?d prov:wasDerivedFrom/dcat:contactPoint ?a}}",
    ),
    (
        "Which dataset replaced the Census 2016 Population by Small Area?",
        "2hop",
        f"SELECT ?a WHERE {{{ds('Census 2016 Population by Small Area')} ?d dcat:qualifiedRelation ?r. ?r dct:relation ?a; dcat:hadRole <http://www.iana.org/assignments/relation/successor-version>}}",
    ),
    # ---------------------------------------------------------------- 3hop
    (
        "Which organisation carried out the activity that generated the Climate Averages 1991-2020?",
        "3hop",
        f"SELECT ?a WHERE {{{ds('Climate Averages 1991-2020')} ?d prov:wasGeneratedBy/prov:qualifiedAssociation/prov:agent ?a}}",
    ),
    (
        "Who did the processing that produced the New Dwelling Completions figures?",
        "3hop",
        f"SELECT ?a WHERE {{{ds('New Dwelling Completions')} ?d prov:wasGeneratedBy/prov:qualifiedAssociation/prov:agent ?a}}",
    ),
    (
        "What licence does the dataset the Annual Air Quality Indicators are derived from use?",
        "3hop",
        f"SELECT ?a WHERE {{{ds('Annual Air Quality Indicators')} ?d prov:wasDerivedFrom/dcat:distribution/dct:license ?a}}",
    ),
    (
        "In what formats is the data that Climate Averages 1991-2020 was derived from available?",
        "3hop",
        f"SELECT ?a WHERE {{{ds('Climate Averages 1991-2020')} ?d prov:wasDerivedFrom/dcat:distribution/dct:format ?a}}",
    ),
    # ---------------------------------------------------------------- conjunction
    (
        "Which Environmental Protection Agency datasets are about health?",
        "conjunction",
        f"SELECT ?a WHERE {{?o foaf:name 'Environmental Protection Agency'@en. ?a dct:publisher ?o; dcat:theme <{T}HEAL>}}",
    ),
    (
        "Which Met Éireann datasets are updated daily?",
        "conjunction",
        f"SELECT ?a WHERE {{?o foaf:name 'Met Éireann'@en. ?a dct:publisher ?o; dct:accrualPeriodicity <{F}DAILY>}}",
    ),
    (
        "Which datasets from the Central Statistics Office are published quarterly?",
        "conjunction",
        f"SELECT ?a WHERE {{?o foaf:name 'Central Statistics Office'@en. ?a dct:publisher ?o; dct:accrualPeriodicity <{F}QUARTERLY>}}",
    ),
    (
        "Which transport datasets cover Dublin City?",
        "conjunction",
        f"SELECT ?a WHERE {{?a dcat:theme <{T}TRAN>; dct:spatial {DUBLIN}}}",
    ),
    # ---------------------------------------------------------------- synonym
    (
        "Who is the owner of the Dublinbikes stations dataset?",
        "synonym",
        f"SELECT ?a WHERE {{{ds('Dublinbikes Stations')} ?d dct:publisher ?a}}",
    ),
    (
        "Who maintains the General Practitioner Locations dataset?",
        "synonym",
        f"SELECT ?a WHERE {{{ds('General Practitioner Locations')} ?d dcat:contactPoint ?a}}",
    ),
    (
        "What file types is the National Road Network available in?",
        "synonym",
        f"SELECT ?a WHERE {{{ds('National Road Network')} ?d dcat:distribution/dct:format ?a}}",
    ),
    (
        "How frequently is the Labour Force Survey Employment data refreshed?",
        "synonym",
        f"SELECT ?a WHERE {{{ds('Labour Force Survey Employment')} ?d dct:accrualPeriodicity ?a}}",
    ),
    (
        "When was the Prime2 Buildings dataset first released?",
        "synonym",
        f"SELECT ?a WHERE {{{ds('Prime2 Buildings')} ?d a dcat:Dataset; dct:issued ?a}}",
    ),
    (
        "Which body produces the fish landings data?",
        "synonym",
        f"SELECT ?a WHERE {{{ds('Fish Landings at Irish Ports')} ?d dct:publisher ?a}}",
    ),
    (
        "What are the sources of the Annual Population Estimates?",
        "synonym",
        f"SELECT ?a WHERE {{{ds('Annual Population Estimates')} ?d prov:wasDerivedFrom ?a}}",
    ),
    # ---------------------------------------------------------------- alias
    (
        "How often is the CPI updated?",
        "alias",
        f"SELECT ?a WHERE {{{ds('Consumer Price Index')} ?d dct:accrualPeriodicity ?a}}",
    ),
    (
        "Who publishes the BER data?",
        "alias",
        f"SELECT ?a WHERE {{{ds('Building Energy Rating (BER) Research Tool')} ?d dct:publisher ?a}}",
    ),
    (
        "Who publishes Cáilíocht an Uisce Snámha?",
        "alias",
        "SELECT ?a WHERE {?d dct:title 'Cáilíocht an Uisce Snámha'@ga; dct:publisher ?a}",
    ),
    (
        "Which formats does the INFOMAR bathymetry come in?",
        "alias",
        f"SELECT ?a WHERE {{{ds('INFOMAR Seabed Bathymetry')} ?d dcat:distribution/dct:format ?a}}",
    ),
    (
        "Who publishes PEA01?",
        "alias",
        "SELECT ?a WHERE {?d dct:identifier 'PEA01'; dct:publisher ?a}",
    ),
    # ---------------------------------------------------------------- typo
    (
        "who publishes the bathign water quality data",
        "typo",
        f"SELECT ?a WHERE {{{ds('Bathing Water Quality')} ?d dct:publisher ?a}}",
    ),
    (
        "what licence does the townlnads dataset use",
        "typo",
        f"SELECT ?a WHERE {{{ds('Townlands')} ?d dcat:distribution/dct:license ?a}}",
    ),
    (
        "contact for the outpatient wating list",
        "typo",
        f"SELECT ?a WHERE {{{ds('Outpatient Waiting List')} ?d dcat:contactPoint ?a}}",
    ),
    (
        "how often is the greenhous gas emissions inventory updated",
        "typo",
        f"SELECT ?a WHERE {{{ds('National Greenhouse Gas Emissions Inventory')} ?d dct:accrualPeriodicity ?a}}",
    ),
    # ---------------------------------------------------------------- literal
    (
        "When does the COVID-19 vaccinations by county data's coverage start?",
        "literal",
        f"SELECT ?a WHERE {{{ds('COVID-19 Vaccinations by County')} ?d dct:temporal/dcat:startDate ?a}}",
    ),
    (
        "When does the coverage of the National Energy Balance end?",
        "literal",
        f"SELECT ?a WHERE {{{ds('National Energy Balance')} ?d dct:temporal/dcat:endDate ?a}}",
    ),
    (
        "How big is the CSV file of the Cork City Footfall Counts?",
        "literal",
        f"SELECT ?a WHERE {{{ds('Cork City Footfall Counts')} ?d dcat:distribution/dcat:byteSize ?a}}",
    ),
    (
        "What's the download link for the Radon Measurements in Homes data?",
        "literal",
        f"SELECT ?a WHERE {{{ds('Radon Measurements in Homes')} ?d dcat:distribution/dcat:downloadURL ?a}}",
    ),
    (
        "When was the Wind Farm Locations dataset last updated?",
        "literal",
        f"SELECT ?a WHERE {{{ds('Wind Farm Locations')} ?d dct:modified ?a}}",
    ),
    (
        "What is the Townlands dataset about?",
        "literal",
        f"SELECT ?a WHERE {{{ds('Townlands')} ?d dct:description ?a}}",
    ),
    # ---------------------------------------------------------------- unanswerable
    (
        "How many times has the air quality monitoring data been downloaded?",
        "unanswerable",
        "SELECT ?a WHERE {?p ?q ?a FILTER(REGEX(STR(?q), 'download(s|count|ed)$|views?$|hits?$', 'i'))}",
    ),
    (
        "What rating do users give the Luas passenger numbers dataset?",
        "unanswerable",
        "SELECT ?a WHERE {?p ?q ?a FILTER(REGEX(STR(?q), 'rating|review|score|stars?$', 'i'))}",
    ),
    (
        "How much does it cost to access the Prime2 Buildings data?",
        "unanswerable",
        "SELECT ?a WHERE {?p ?q ?a FILTER(REGEX(STR(?q), 'price|cost|fee|charge', 'i'))}",
    ),
    (
        "Who funded the Building Energy Rating research tool?",
        "unanswerable",
        "SELECT ?a WHERE {?p ?q ?a FILTER(REGEX(STR(?q), 'fund|sponsor|grant', 'i'))}",
    ),
    (
        "When is the next release of the Consumer Price Index scheduled?",
        "unanswerable",
        "SELECT ?a WHERE {?p ?q ?a FILTER(REGEX(STR(?q), 'next|schedul|planned|upcoming', 'i'))}",
    ),
]

if __name__ == "__main__":
    print_answers(
        Q,
        lambda query: {a for r in g.query(P + query) for a in labels(r[0])},
        none_unanswerable=True,
    )
