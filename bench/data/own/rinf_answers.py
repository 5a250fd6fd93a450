# ruff: noqa: E501  (one question a line)
"""Gold answers of ``rinf.jsonl``, computed with rdflib SPARQL over ``rinf.ttl`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (``11005.0``, ``DE19LBE``, ``POINT(...)``); an entity with every name it carries:
an operational point its ``era:opName``, ``rdfs:label`` (a Belgian or Swiss point's names in two
languages) and OP ID (``era:uopid``); a national line its number (``rdfs:label``); an
infrastructure manager its ``skos:prefLabel``, abbreviation (``skos:altLabel``) and IM code; a
country or code-list concept its ``skos:prefLabel`` (three languages) and ``skos:altLabel``.
``{Name}`` in a query stands for the one resource that carries ``Name`` as one of those names.
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/rinf_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

from _answers_common import named_answers, write_answers
from rdflib import RDFS, Graph, URIRef
from rdflib.namespace import SKOS

HERE = Path(__file__).parent
ERA = "http://data.europa.eu/949/"
PRE = f"""PREFIX era: <{ERA}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX country: <http://publications.europa.eu/resource/authority/country/>
PREFIX rinf: <http://data.europa.eu/949/concepts/op-types/rinf/>
"""
NAMES = [
    URIRef(ERA + "opName"),
    URIRef(ERA + "uopid"),
    URIRef(ERA + "imCode"),
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
]


def sol(a: str, b: str) -> str:
    """The section of line from the point named ``a`` to the one named ``b``, as ``?s``."""
    return f"?s era:opStart {{{a}}} ; era:opEnd {{{b}}} ."


def on_line(x: str, line: str) -> str:
    """``x`` has a line reference to national line ``line`` (a SPARQL term or ``{name}``)."""
    return f"{x} era:lineReference/era:lineNationalId {line} ."


TRACK = "?s era:track ?t . "
QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("Who manages line 1720?", "1hop", "SELECT ?x WHERE { {1720} era:infrastructureManager ?x }"),
    (
        "What is the OP ID of Lauterheim Hbf?",
        "literal",
        "SELECT ?x WHERE { {Lauterheim Hbf} era:uopid ?x }",
    ),
    ("What country is Val-Morel in?", "1hop", "SELECT ?x WHERE { {Val-Morel} era:inCountry ?x }"),
    (
        "what kind of operational point is Osterau Abzw",
        "1hop",
        "SELECT ?x WHERE { {Osterau Abzw} era:opType ?x }",
    ),
    (
        "Is Falkingen a station or just a halt?",
        "1hop",
        "SELECT ?x WHERE { {Falkingen} era:opType ?x }",
    ),
    (
        "In which country is Helvetrail Netz based?",
        "1hop",
        "SELECT ?x WHERE { {Helvetrail Netz} era:inCountry ?x }",
    ),
    (
        "What is the IM code of Alpenschiene Infrastruktur AG?",
        "literal",
        "SELECT ?x WHERE { {Alpenschiene Infrastruktur AG} era:imCode ?x }",
    ),
    (
        "What are the coordinates of Bellavaux?",
        "literal",
        "SELECT ?x WHERE { {Bellavaux} geo:hasGeometry/geo:asWKT ?x }",
    ),
    (
        "what's the TAF/TAP code of Montagnier",
        "literal",
        "SELECT ?x WHERE { {Montagnier} era:tafTAPCode ?x }",
    ),
    (
        "Since when is the Hohenhof record valid?",
        "literal",
        "SELECT ?x WHERE { {Hohenhof} era:validityStartDate ?x }",
    ),
    (
        "which country is the border point Sarlens in",
        "1hop",
        "SELECT ?x WHERE { {Sarlens} era:inCountry ?x }",
    ),
    (
        "what country is orsières-haut in",
        "1hop",
        "SELECT ?x WHERE { {Orsières-Haut} era:inCountry ?x }",
    ),
    # codes
    (
        "which operational point has the ID DE84SHZ?",
        "inverse",
        "SELECT ?x WHERE { ?x era:uopid 'DE84SHZ' }",
    ),
    ("name of the op DE00KCH", "inverse", "SELECT ?x WHERE { ?x era:uopid 'DE00KCH' }"),
    ("What does NBN stand for?", "alias", "SELECT ?x WHERE { ?x skos:altLabel 'NBN' }"),
    (
        "What is Tourmont called in Dutch?",
        "alias",
        "SELECT ?x WHERE { {Tourmont} rdfs:label ?x FILTER(lang(?x) = 'nl') }",
    ),
    (
        "What's the German name for Sionnet?",
        "alias",
        "SELECT ?x WHERE { {Sionnet} rdfs:label ?x FILTER(lang(?x) = 'de') }",
    ),
    # sections of line (an n-ary node between two points)
    (
        "How long is the section from Pradines to Chaumerac?",
        "literal",
        "SELECT ?x WHERE { " + sol("Pradines", "Chaumerac") + " ?s era:length ?x }",
    ),
    (
        "how long is the stretch between Bergstadt and Birkhof in metres",
        "literal",
        "SELECT ?x WHERE { " + sol("Bergstadt", "Birkhof") + " ?s era:length ?x }",
    ),
    (
        "Who is the infrastructure manager of the section between Steindorf and Falkdorf?",
        "conjunction",
        "SELECT ?x WHERE { " + sol("Steindorf", "Falkdorf") + " ?s era:infrastructureManager ?x }",
    ),
    (
        "What's the maximum speed on the tracks between Kaltbach Süd and Falkingen?",
        "conjunction",
        "SELECT ?x WHERE { "
        + sol("Kaltbach Süd", "Falkingen")
        + TRACK
        + "?t era:maximumPermittedSpeed ?x }",
    ),
    (
        "speed limit from Val-Morel to Pontrelle?",
        "conjunction",
        "SELECT ?x WHERE { "
        + sol("Val-Morel", "Pontrelle")
        + TRACK
        + "?t era:maximumPermittedSpeed ?x }",
    ),
    (
        "Which track gauge does the section Vaulion-Gare – Crestaval use?",
        "conjunction",
        "SELECT ?x WHERE { "
        + sol("Vaulion-Gare", "Crestaval")
        + TRACK
        + "?t era:wheelSetGauge ?x }",
    ),
    (
        "What gauge is the railway between Rochefleur and Lac-Verdon?",
        "conjunction",
        "SELECT ?x WHERE { "
        + sol("Rochefleur", "Lac-Verdon")
        + TRACK
        + "?t era:wheelSetGauge ?x }",
    ),
    (
        "What contact line system do the tracks from Osterrode to Ostersee Hbf have?",
        "conjunction",
        "SELECT ?x WHERE { "
        + sol("Osterrode", "Ostersee Hbf")
        + TRACK
        + "?t era:contactLineSystem/era:contactLineSystemType ?x }",
    ),
    (
        "how is the line between Mühlheim and Brunhausen powered",
        "conjunction",
        "SELECT ?x WHERE { "
        + sol("Mühlheim", "Brunhausen")
        + TRACK
        + "?t era:contactLineSystem/era:contactLineSystemType ?x }",
    ),
    (
        "What is the energy supply system on the Liersart - Hasbaye section?",
        "conjunction",
        "SELECT ?x WHERE { "
        + sol("Liersart", "Hasbaye")
        + TRACK
        + "?t era:contactLineSystem/era:energySupplySystem ?x }",
    ),
    (
        "What load category does the Tannau West to Rothhof Abzw section have?",
        "conjunction",
        "SELECT ?x WHERE { "
        + sol("Tannau West", "Rothhof Abzw")
        + TRACK
        + "?t era:loadCapability/era:loadCapabilityLineCategory ?x }",
    ),
    # lines and the points on them (a line-reference node between them)
    (
        "Which line is Ostersee Hbf on?",
        "2hop",
        "SELECT ?x WHERE { " + on_line("{Ostersee Hbf}", "?x") + " }",
    ),
    (
        "What lines serve Tannau West?",
        "2hop",
        "SELECT ?x WHERE { " + on_line("{Tannau West}", "?x") + " }",
    ),
    (
        "Which railway lines run through Liersart?",
        "2hop",
        "SELECT ?x WHERE { " + on_line("{Liersart}", "?x") + " }",
    ),
    (
        "which line does Brugdal lie on",
        "alias",
        "SELECT ?x WHERE { " + on_line("{Brugdal}", "?x") + " }",
    ),
    (
        "What stations are on line 280?",
        "inverse",
        "SELECT ?x WHERE { " + on_line("?x", "{280}") + " }",
    ),
    (
        "List the operational points along national line 44",
        "inverse",
        "SELECT ?x WHERE { " + on_line("?x", "{44}") + " }",
    ),
    (
        "Which stations does line 1740 pass through?",
        "inverse",
        "SELECT ?x WHERE { " + on_line("?x", "{1740}") + " }",
    ),
    (
        "which stations lie on both line 1700 and line 1720",
        "conjunction",
        "SELECT ?x WHERE { " + on_line("?x", "{1700}") + on_line("?x", "{1720}") + " }",
    ),
    (
        "which junctions are on line 1720",
        "conjunction",
        "SELECT ?x WHERE { " + on_line("?x", "{1720}") + " ?x era:opType rinf:80 }",
    ),
    (
        "Which operational points of line 1750 are passenger stops?",
        "conjunction",
        "SELECT ?x WHERE { " + on_line("?x", "{1750}") + " ?x era:opType rinf:70 }",
    ),
    # countries, managers
    (
        "Which operational points are in Austria?",
        "inverse",
        "SELECT ?x WHERE { ?x a era:OperationalPoint ; era:inCountry country:AUT }",
    ),
    (
        "which border points does Belgium have",
        "conjunction",
        "SELECT ?x WHERE { ?x era:opType rinf:90 ; era:inCountry country:BEL }",
    ),
    (
        "What freight terminals are there in France?",
        "conjunction",
        "SELECT ?x WHERE { ?x era:opType rinf:40 ; era:inCountry country:FRA }",
    ),
    (
        "small stations in Switzerland?",
        "conjunction",
        "SELECT ?x WHERE { ?x era:opType rinf:20 ; era:inCountry country:CHE }",
    ),
    (
        "Which infrastructure managers are there in Germany?",
        "inverse",
        "SELECT ?x WHERE { ?x a era:Body ; era:inCountry country:DEU }",
    ),
    (
        "What lines does Mittelgebirgsbahn manage?",
        "inverse",
        "SELECT ?x WHERE { ?x a era:NationalRailwayLine ; era:infrastructureManager {Mittelgebirgsbahn GmbH} }",
    ),
    (
        "which lines does Réseau Ferré de l'Ouest look after",
        "inverse",
        "SELECT ?x WHERE { ?x a era:NationalRailwayLine ; era:infrastructureManager {Réseau Ferré de l'Ouest} }",
    ),
    # several hops
    (
        "Who manages the line that Ahlbach lies on?",
        "3hop",
        "SELECT ?x WHERE { " + on_line("{Ahlbach}", "?l") + " ?l era:infrastructureManager ?x }",
    ),
    (
        "which company runs the infrastructure of the line through Casteuil",
        "3hop",
        "SELECT ?x WHERE { " + on_line("{Casteuil}", "?l") + " ?l era:infrastructureManager ?x }",
    ),
    (
        "What country is the manager of line 151 from?",
        "2hop",
        "SELECT ?x WHERE { {151} era:infrastructureManager/era:inCountry ?x }",
    ),
    (
        "In which country is the infrastructure manager of the line through Pontrelle?",
        "3hop",
        "SELECT ?x WHERE { "
        + on_line("{Pontrelle}", "?l")
        + " ?l era:infrastructureManager/era:inCountry ?x }",
    ),
    # misspelt and partial names
    (
        "which line is Lauterhiem Hbf on",
        "typo",
        "SELECT ?x WHERE { " + on_line("{Lauterheim Hbf}", "?x") + " }",
    ),
    ("what country is Castelnou in", "typo", "SELECT ?x WHERE { {Castelnoux} era:inCountry ?x }"),
    (
        "which lines are run by Mittlegebirgsbahn",
        "typo",
        "SELECT ?x WHERE { ?x a era:NationalRailwayLine ; era:infrastructureManager {Mittelgebirgsbahn GmbH} }",
    ),
    ("what is the OP ID of Kaltau?", "alias", "SELECT ?x WHERE { {Kaltau Hbf} era:uopid ?x }"),
    (
        "what kind of stop is Haselbruck Nord",
        "typo",
        "SELECT ?x WHERE { {Haselbrück Nord} era:opType ?x }",
    ),
    # what the graph does not hold (some a near relation)
    ("When was line 1720 opened?", "unanswerable", None),
    ("How many platforms does Steintal Hbf have?", "unanswerable", None),
    ("Which ETCS level is installed between Pradines and Chaumerac?", "unanswerable", None),
    ("Who is the CEO of Nordbahn Netz AG?", "unanswerable", None),
    ("What is the gradient of the section from Crestaval to Orsières-Haut?", "unanswerable", None),
    ("How many passengers use Lauterheim Hbf each day?", "unanswerable", None),
    ("What is the population of Val-Morel?", "unanswerable", None),
]


def main() -> None:
    g = Graph().parse(HERE / "rinf.ttl")
    write_answers(HERE / "rinf.jsonl", QUESTIONS, named_answers(g, PRE, NAMES))


if __name__ == "__main__":
    main()
