# ruff: noqa: E501  (one question a line)
"""Gold answers of ``hazards.jsonl``, computed with rdflib SPARQL over ``hazards.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("7.8", "2023-02-06T01:17:34Z", "ANMO"); an entity with every name it carries: its
``rdfs:label``, ``skos:prefLabel`` and ``skos:altLabel`` in any language, a station its
``haz:stationCode``, a network its ``haz:networkCode``. In a query ``{Name}`` stands for the one
node so named and ``{Name|haz:Class}`` for the one of that class (a Flinn-Engdahl region and a
country may share a name). Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/hazards_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDFS, Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, write_answers

HERE = Path(__file__).parent
HAZ = Namespace("https://data.hazards.example.org/def/hazard#")
PRE = """PREFIX haz: <https://data.hazards.example.org/def/hazard#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
MAG = "?s haz:magnitude/qudt:numericValue ?x"
DEPTH = "?s haz:focalDepth/qudt:numericValue ?x"
WHEN = "?s haz:originTime/time:inXSDDateTimeStamp ?x"
START = "?s haz:eruptionPeriod/time:hasBeginning/time:inXSDDate ?x"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop, out of an event, volcano, station or network
    (
        "What was the magnitude of the 2010 Haiti earthquake?",
        "literal",
        f"SELECT ?x WHERE {{ BIND({{2010 Haiti earthquake}} AS ?s) {MAG} }}",
    ),
    (
        "how deep was the Puebla earthquake of 2017",
        "literal",
        f"SELECT ?x WHERE {{ BIND({{2017 Puebla earthquake}} AS ?s) {DEPTH} }}",
    ),
    (
        "When did the Great Hanshin earthquake strike?",
        "literal",
        f"SELECT ?x WHERE {{ BIND({{1995 Great Hanshin earthquake}} AS ?s) {WHEN} }}",
    ),
    (
        "In which region was the epicentre of the 2008 Wenchuan earthquake?",
        "1hop",
        "SELECT ?x WHERE { {2008 Wenchuan earthquake} haz:epicentreRegion ?x }",
    ),
    (
        "Who reported the 2016 Kaikōura earthquake?",
        "1hop",
        "SELECT ?x WHERE { {2016 Kaikōura earthquake} haz:reportedBy ?x }",
    ),
    (
        "which fault ruptured in the 1999 İzmit earthquake",
        "1hop",
        "SELECT ?x WHERE { {1999 İzmit earthquake} haz:onFault ?x }",
    ),
    (
        "How many people died in the 2004 Indian Ocean earthquake?",
        "literal",
        "SELECT ?x WHERE { {2004 Indian Ocean earthquake} haz:fatalities ?x }",
    ),
    (
        "What is the event ID of the 2023 Al Haouz earthquake?",
        "literal",
        "SELECT ?x WHERE { {2023 Al Haouz earthquake} dcterms:identifier ?x }",
    ),
    (
        "What is the GVP number of Eyjafjallajökull?",
        "literal",
        "SELECT ?x WHERE { {Eyjafjallajökull} haz:gvpNumber ?x }",
    ),
    (
        "How high is Volcán de Fuego?",
        "literal",
        "SELECT ?x WHERE { {Fuego} haz:summitElevation/qudt:numericValue ?x }",
    ),
    (
        "What type of volcano is Kīlauea?",
        "1hop",
        "SELECT ?x WHERE { {Kīlauea|haz:Volcano} haz:volcanoType ?x }",
    ),
    ("Which country is Taal in?", "1hop", "SELECT ?x WHERE { {Taal} haz:locatedIn ?x }"),
    (
        "Which stations are in the New Zealand National Seismograph Network?",
        "1hop",
        "SELECT ?x WHERE { {New Zealand National Seismograph Network} haz:hasStation ?x }",
    ),
    (
        "who operates the GEOFON Seismic Network",
        "1hop",
        "SELECT ?x WHERE { {GEOFON Seismic Network} haz:operatedBy ?x }",
    ),
    (
        "Which earthquake was the 2016 Norcia earthquake an aftershock of?",
        "1hop",
        "SELECT ?x WHERE { {2016 Norcia earthquake} haz:aftershockOf ?x }",
    ),
    (
        "What was the VEI of the 1991 Pinatubo eruption?",
        "literal",
        "SELECT ?x WHERE { {1991 eruption of Mount Pinatubo} haz:vei ?x }",
    ),
    (
        "When did the 2021 Cumbre Vieja volcanic eruption begin?",
        "literal",
        f"SELECT ?x WHERE {{ BIND({{2021 Cumbre Vieja volcanic eruption}} AS ?s) {START} }}",
    ),
    (
        "Which volcano erupted in the 2018 lower Puna eruption?",
        "1hop",
        "SELECT ?x WHERE { {2018 lower Puna eruption} haz:eruptionOf ?x }",
    ),
    # the other way: what points at a thing
    (
        "Which network is station ANMO part of?",
        "inverse",
        "SELECT ?x WHERE { ?x haz:hasStation {ANMO} }",
    ),
    (
        "Which earthquakes did AFAD report?",
        "inverse",
        "SELECT ?x WHERE { ?x a haz:Earthquake ; haz:reportedBy {AFAD} }",
    ),
    (
        "What earthquakes happened in Central Italy?",
        "inverse",
        "SELECT ?x WHERE { ?x haz:epicentreRegion {Central Italy} }",
    ),
    (
        "Which earthquakes occurred on the East Anatolian Fault?",
        "inverse",
        "SELECT ?x WHERE { ?x haz:onFault {East Anatolian Fault} }",
    ),
    (
        "What were the aftershocks of the 2011 Tōhoku earthquake?",
        "inverse",
        "SELECT ?x WHERE { ?x haz:aftershockOf {2011 Tōhoku earthquake} }",
    ),
    (
        "Which volcanoes are in Italy?",
        "inverse",
        "SELECT ?x WHERE { ?x a haz:Volcano ; haz:locatedIn {Italy} }",
    ),
    (
        "Which eruptions did PHIVOLCS report?",
        "inverse",
        "SELECT ?x WHERE { ?x a haz:Eruption ; haz:reportedBy {PHIVOLCS} }",
    ),
    ("eruptions of Merapi", "inverse", "SELECT ?x WHERE { ?x haz:eruptionOf {Merapi} }"),
    # two and three hops
    (
        "In which country did the 2010 Maule earthquake happen?",
        "2hop",
        "SELECT ?x WHERE { {2010 Maule earthquake} haz:epicentreRegion/haz:inCountry ?x }",
    ),
    (
        "Which country did the 2021 Mount Nyiragongo eruption happen in?",
        "2hop",
        "SELECT ?x WHERE { {2021 Mount Nyiragongo eruption} haz:eruptionOf/haz:locatedIn ?x }",
    ),
    (
        "Which agencies run the network that station HRV belongs to?",
        "2hop",
        "SELECT ?x WHERE { ?n haz:hasStation {HRV} ; haz:operatedBy ?x }",
    ),
    (
        "In what country are the agencies that reported the 2019 Ridgecrest earthquake based?",
        "2hop",
        "SELECT ?x WHERE { {2019 Ridgecrest earthquake} haz:reportedBy/haz:country ?x }",
    ),
    (
        "How tall is the volcano of the 2015 eruption of Calbuco?",
        "2hop",
        "SELECT ?x WHERE { {2015 eruption of Calbuco} haz:eruptionOf/haz:summitElevation/qudt:numericValue ?x }",
    ),
    (
        "Which earthquakes happened in Japan?",
        "2hop",
        "SELECT ?x WHERE { ?x haz:epicentreRegion/haz:inCountry {Japan|haz:Country} }",
    ),
    (
        "Which earthquakes were reported by agencies based in Chile?",
        "2hop",
        "SELECT ?x WHERE { ?x a haz:Earthquake ; haz:reportedBy/haz:country {Chile} }",
    ),
    (
        "What volcano erupted in 2010?",
        "2hop",
        f"SELECT ?x WHERE {{ ?s haz:eruptionOf ?x . {START.replace('?x', '?d')} FILTER(YEAR(?d) = 2010) }}",
    ),
    (
        "In which country is the agency that operates the network with station WEL?",
        "3hop",
        "SELECT ?x WHERE { ?n haz:hasStation {WEL} ; haz:operatedBy/haz:country ?x }",
    ),
    (
        "Which faults produced earthquakes in Turkey?",
        "3hop",
        "SELECT ?x WHERE { ?e haz:epicentreRegion/haz:inCountry {Türkiye|haz:Country} ; haz:onFault ?x }",
    ),
    # conjunctions
    (
        "Which volcano in Iceland erupted in 2011?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?s haz:eruptionOf ?x . ?x haz:locatedIn {{Iceland|haz:Country}} . {START.replace('?x', '?d')} FILTER(YEAR(?d) = 2011) }}",
    ),
    (
        "Which earthquakes in Central Italy did the EMSC report?",
        "conjunction",
        "SELECT ?x WHERE { ?x haz:epicentreRegion {Central Italy} ; haz:reportedBy {EMSC} }",
    ),
    (
        "Which stations of the IU network are in Japan?",
        "conjunction",
        "SELECT ?x WHERE { {IU} haz:hasStation ?x . ?x haz:locatedIn {Japan|haz:Country} }",
    ),
    (
        "What local magnitude did INGV give the L'Aquila earthquake?",
        "conjunction",
        "SELECT ?x WHERE { {2009 L'Aquila earthquake} haz:magnitude ?m . ?m haz:magnitudeType haz:mag-ML ; prov:wasAttributedTo {INGV} ; qudt:numericValue ?x }",
    ),
    # synonyms and other names
    (
        "How strong was the Great East Japan Earthquake?",
        "alias",
        f"SELECT ?x WHERE {{ BIND({{Great East Japan Earthquake}} AS ?s) {MAG} }}",
    ),
    (
        "depth of the Gorkha quake",
        "alias",
        f"SELECT ?x WHERE {{ BIND({{Gorkha earthquake}} AS ?s) {DEPTH} }}",
    ),
    (
        "When was the Terremoto dell'Aquila del 2009?",
        "alias",
        f"SELECT ?x WHERE {{ BIND({{Terremoto dell'Aquila del 2009}} AS ?s) {WHEN} }}",
    ),
    (
        "Who reported the Boxing Day tsunami?",
        "alias",
        "SELECT ?x WHERE { {Boxing Day tsunami} haz:reportedBy ?x }",
    ),
    (
        "What kind of volcano is Mongibello?",
        "alias",
        "SELECT ?x WHERE { {Mongibello} haz:volcanoType ?x }",
    ),
    (
        "Which network does the Deutsches GeoForschungsZentrum run?",
        "alias",
        "SELECT ?x WHERE { ?x haz:operatedBy {Deutsches GeoForschungsZentrum} }",
    ),
    ("Vesuvio is in which country?", "alias", "SELECT ?x WHERE { {Vesuvio} haz:locatedIn ?x }"),
    (
        "Which eruptions did the Icelandic Met Office report?",
        "synonym",
        "SELECT ?x WHERE { ?x a haz:Eruption ; haz:reportedBy {Icelandic Meteorological Office} }",
    ),
    (
        "What is the focal depth of the 2024 Noto quake?",
        "synonym",
        f"SELECT ?x WHERE {{ BIND({{2024 Noto Peninsula earthquake}} AS ?s) {DEPTH} }}",
    ),
    (
        "what magnitude was the ridgecrest quake",
        "synonym",
        f"SELECT ?x WHERE {{ BIND({{2019 Ridgecrest earthquake}} AS ?s) {MAG} }}",
    ),
    (
        "Which seismometers belong to the Icelandic seismograph network?",
        "synonym",
        "SELECT ?x WHERE { {VI} haz:hasStation ?x }",
    ),
    (
        "Who runs the Southern California Seismic Network?",
        "synonym",
        "SELECT ?x WHERE { {CI} haz:operatedBy ?x }",
    ),
    (
        "Which volcano blew up in the 1980 St Helens eruption?",
        "synonym",
        "SELECT ?x WHERE { {1980 eruption of Mount St. Helens} haz:eruptionOf ?x }",
    ),
    # misspelt
    (
        "how deep was the kahramanmaras earthquake",
        "typo",
        f"SELECT ?x WHERE {{ BIND({{2023 Kahramanmaraş earthquake}} AS ?s) {DEPTH} }}",
    ),
    (
        "What is the magnitude of the Christchruch earthquake?",
        "typo",
        f"SELECT ?x WHERE {{ BIND({{2011 Christchurch earthquake}} AS ?s) {MAG} }}",
    ),
    (
        "which country is Nyiragonga in",
        "typo",
        "SELECT ?x WHERE { {Nyiragongo|haz:Volcano} haz:locatedIn ?x }",
    ),
    (
        "who reportd the wenchuan earthquake",
        "typo",
        "SELECT ?x WHERE { {2008 Wenchuan earthquake} haz:reportedBy ?x }",
    ),
    # literals
    (
        "What is the FDSN code of the GEOFON network?",
        "literal",
        "SELECT ?x WHERE { {GEOFON Seismic Network} haz:networkCode ?x }",
    ),
    (
        "When did station KONO start operating?",
        "literal",
        "SELECT ?x WHERE { {KONO} haz:operationalSince ?x }",
    ),
    (
        "What is the elevation of station EPZ?",
        "literal",
        "SELECT ?x WHERE { {EPZ} haz:elevation/qudt:numericValue ?x }",
    ),
    (
        "Flinn-Engdahl number of the Central Italy region",
        "literal",
        "SELECT ?x WHERE { {Central Italy} haz:feRegionNumber ?x }",
    ),
    (
        "Where was the epicentre of the 2014 Iquique earthquake?",
        "1hop",
        "SELECT ?x WHERE { {2014 Iquique earthquake} haz:epicentreRegion|geo:hasGeometry/geo:asWKT ?x }",
    ),
    (
        "What's the acronym of the Japan Meteorological Agency?",
        "literal",
        "SELECT ?x WHERE { {Japan Meteorological Agency} skos:altLabel ?x }",
    ),
    (
        "How many people died in the Fuego eruption of 2018?",
        "literal",
        "SELECT ?x WHERE { {2018 Volcán de Fuego eruption} haz:fatalities ?x }",
    ),
    (
        "station code of the Albuquerque seismic station",
        "literal",
        "SELECT ?x WHERE { {Albuquerque, New Mexico, USA} haz:stationCode ?x }",
    ),
    # unanswerable: a near relation exists
    ("What was the tsunami height of the 2011 Tōhoku earthquake?", "unanswerable", None),
    ("Which aftershocks followed the 2010 Haiti earthquake?", "unanswerable", None),
    ("What was the moment magnitude of the 2018 lower Puna eruption?", "unanswerable", None),
    ("What is the sampling rate of station ANMO?", "unanswerable", None),
    ("When did the 2023 eruptive phase of Sakurajima end?", "unanswerable", None),
    ("How many people were injured in the 2016 Amatrice earthquake?", "unanswerable", None),
    ("What was the Mercalli intensity of the 1994 Northridge earthquake?", "unanswerable", None),
]

NAME_PROPS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, HAZ.stationCode, HAZ.networkCode)


def main() -> None:
    g = Graph()
    g.parse(HERE / "hazards.ttl", format="turtle")

    answers_of = named_answers(g, PRE, NAME_PROPS)
    write_answers(HERE / "hazards.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
