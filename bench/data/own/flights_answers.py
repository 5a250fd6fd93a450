# ruff: noqa: E501  (one question a line)
"""Gold answers of ``flights.jsonl``, computed with rdflib SPARQL over ``flights.ttl`` (never with kgchat).

Each question is paired with the query whose result is its answer list (schema:name values for
airports, airlines, aircraft and organisations; literals as written). A question that a user
could mean two ways (a time zone as the tz database name or as the UTC offset, "where" as the
city or the country) takes the union. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/flights_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

from _answers_common import write_answers
from rdflib import Graph

HERE = Path(__file__).parent
PRE = """PREFIX schema: <https://schema.org/>
PREFIX ofv: <http://openflights.org/vocab#>
"""


def code(iata: str, var: str = "?s") -> str:
    return f'{var} schema:iataCode "{iata}" .'


def value(iata: str, path: str) -> str:
    return f"SELECT ?v WHERE {{ {code(iata)} ?s {path} ?v }}"


def airline(name: str, var: str = "?a") -> str:
    return f'{var} a schema:Airline ; schema:name "{name}" .'


def route(al: str | None, src: str | None, dst: str | None, then: str) -> str:
    parts = ["?r a ofv:Route ; ofv:airline ?a ; ofv:sourceAirport ?s ; ofv:destinationAirport ?d ."]
    if al:
        parts.append(code(al, "?a"))
    if src:
        parts.append(code(src, "?s"))
    if dst:
        parts.append(code(dst, "?d"))
    return "SELECT ?v WHERE { " + " ".join(parts) + " " + then + " }"


QUESTIONS: list[tuple[str, str, str | None]] = [
    (
        "Which airlines fly from LHR to JFK?",
        "conjunction",
        route(None, "LHR", "JFK", "?a schema:name ?v"),
    ),
    ("What city is CDG in?", "alias", value("CDG", "schema:address/schema:addressLocality")),
    (
        "Which airports does Lufthansa fly to from Frankfurt?",
        "conjunction",
        route("LH", "FRA", None, "?d schema:name ?v"),
    ),
    ("What is the ICAO code of Heathrow?", "alias", value("LHR", "schema:icaoCode")),
    ("Which alliance is KLM in?", "1hop", value("KL", "schema:memberOf/schema:name")),
    (
        "Which aircraft does Qantas use on the Sydney-Melbourne route?",
        "conjunction",
        route("QF", "SYD", "MEL", "?r ofv:equipment/schema:name ?v"),
    ),
    (
        "What is the IATA code of Singapore Changi Airport?",
        "literal",
        'SELECT ?v WHERE { ?s schema:name "Singapore Changi Airport" ; schema:iataCode ?v }',
    ),
    (
        "What is the callsign of British Airways?",
        "literal",
        f"SELECT ?v WHERE {{ {airline('British Airways', '?s')} ?s ofv:callsign ?v }}",
    ),
    (
        "Who manufactures the Boeing 787-9?",
        "1hop",
        'SELECT ?v WHERE { ?s schema:name "Boeing 787-9" ; schema:manufacturer/schema:name ?v }',
    ),
    (
        "Which country is Emirates based in?",
        "1hop",
        f"SELECT ?v WHERE {{ {airline('Emirates', '?s')} ?s ofv:country/schema:name ?v }}",
    ),
    (
        "What time zone is Narita in?",
        "alias",
        "SELECT ?v WHERE { "
        + code("NRT")
        + " { ?s ofv:tzDatabaseTimeZone ?v } UNION { ?s ofv:timezone ?v } }",
    ),
    (
        "What is the elevation of Denver International Airport?",
        "synonym",
        value("DEN", "ofv:altitude"),
    ),
    (
        "What is the latitude of Sydney airport?",
        "literal",
        value("SYD", "schema:geo/schema:latitude"),
    ),
    (
        "Which airlines are members of Star Alliance?",
        "inverse",
        'SELECT ?v WHERE { ?a schema:memberOf/schema:name "Star Alliance" ; schema:name ?v }',
    ),
    (
        "Which airlines are based in Japan?",
        "inverse",
        'SELECT ?v WHERE { ?a a schema:Airline ; ofv:country/schema:name "Japan" ; schema:name ?v }',
    ),
    (
        "Which airports are in Australia?",
        "inverse",
        'SELECT ?v WHERE { ?s a schema:Airport ; schema:address/schema:addressCountry/schema:name "Australia" ; schema:name ?v }',
    ),
    (
        "Which airlines serve Honolulu?",
        "synonym",
        'SELECT ?v WHERE { ?r ofv:airline/schema:name ?v . { ?r ofv:sourceAirport ?p } UNION { ?r ofv:destinationAirport ?p } ?p schema:address/schema:addressLocality "Honolulu" }',
    ),
    (
        "What airline has the callsign SPEEDBIRD?",
        "inverse",
        'SELECT ?v WHERE { ?s ofv:callsign "SPEEDBIRD" ; schema:name ?v }',
    ),
    (
        "Which airline has the IATA code EK?",
        "inverse",
        'SELECT ?v WHERE { ?s a schema:Airline ; schema:iataCode "EK" ; schema:name ?v }',
    ),
    (
        "Which airport has the ICAO code RJTT?",
        "inverse",
        'SELECT ?v WHERE { ?s schema:icaoCode "RJTT" ; schema:name ?v }',
    ),
    (
        "What aircraft types does Airbus make?",
        "inverse",
        'SELECT ?v WHERE { ?s schema:manufacturer/schema:name "Airbus" ; schema:name ?v }',
    ),
    (
        "Which country is Schiphol in?",
        "2hop",
        value("AMS", "schema:address/schema:addressCountry/schema:name"),
    ),
    (
        "What alliance does the airline with callsign SPRINGBOK belong to?",
        "2hop",
        'SELECT ?v WHERE { ?s ofv:callsign "SPRINGBOK" ; schema:memberOf/schema:name ?v }',
    ),
    (
        "In which country is the manufacturer of the Embraer 190 based?",
        "2hop",
        'SELECT ?v WHERE { ?s schema:name "Embraer 190" ; schema:manufacturer/schema:location/schema:name ?v }',
    ),
    (
        "Which alliances do the airlines flying into Doha belong to?",
        "3hop",
        route(None, None, "DOH", "?a schema:memberOf/schema:name ?v"),
    ),
    (
        "Which countries can you fly to from Auckland?",
        "3hop",
        route(None, "AKL", None, "?d schema:address/schema:addressCountry/schema:name ?v"),
    ),
    (
        "Who makes the planes Hawaiian Airlines flies?",
        "3hop",
        route("HA", None, None, "?r ofv:equipment/schema:manufacturer/schema:name ?v"),
    ),
    ("What city is Heathow in?", "typo", value("LHR", "schema:address/schema:addressLocality")),
    ("Which alliance is Lufthanza in?", "typo", value("LH", "schema:memberOf/schema:name")),
    ("icao code of Frankfrut airport", "typo", value("FRA", "schema:icaoCode")),
    ("What country is Singapore Airlnes from?", "typo", value("SQ", "ofv:country/schema:name")),
    (
        "Which carriers are part of oneworld?",
        "synonym",
        'SELECT ?v WHERE { ?a schema:memberOf/schema:name "oneworld" ; schema:name ?v }',
    ),
    (
        "What planes does Virgin Atlantic operate?",
        "synonym",
        route("VS", None, None, "?r ofv:equipment/schema:name ?v"),
    ),
    (
        "Where is Incheon International Airport located?",
        "synonym",
        "SELECT ?v WHERE { "
        + code("ICN")
        + " { ?s schema:address/schema:addressLocality ?v } UNION { ?s schema:address/schema:addressCountry/schema:name ?v } }",
    ),
    (
        "What destinations does Aer Lingus serve from Dublin?",
        "synonym",
        route("EI", "DUB", None, "?d schema:name ?v"),
    ),
    ("Which airlines fly SYD to MEL?", "alias", route(None, "SYD", "MEL", "?a schema:name ?v")),
    (
        "What is the name of the airport with code YVR?",
        "alias",
        'SELECT ?v WHERE { ?s a schema:Airport ; schema:iataCode "YVR" ; schema:name ?v }',
    ),
    (
        "How many stops does the Qantas route from Sydney to Los Angeles have?",
        "literal",
        route("QF", "SYD", "LAX", "?r ofv:stops ?v"),
    ),
    (
        "When was SkyTeam founded?",
        "literal",
        'SELECT ?v WHERE { ?s schema:name "SkyTeam" ; schema:foundingDate ?v }',
    ),
    (
        "What is the ICAO type code of the Airbus A350-900?",
        "literal",
        'SELECT ?v WHERE { ?s schema:name "Airbus A350-900" ; schema:icaoCode ?v }',
    ),
    (
        "Which airport is in Tel Aviv?",
        "alias",
        'SELECT ?v WHERE { ?s schema:address/schema:addressLocality "Tel-aviv" ; schema:name ?v }',
    ),
    (
        "Which airports are there in Tokyo?",
        "inverse",
        'SELECT ?v WHERE { ?s schema:address/schema:addressLocality "Tokyo" ; schema:name ?v }',
    ),
    (
        "From which airports does Alaska Airlines fly to Seattle?",
        "conjunction",
        route("AS", None, "SEA", "?s schema:name ?v"),
    ),
    (
        "What is the IATA code of Air New Zealand?",
        "1hop",
        f"SELECT ?v WHERE {{ {airline('Air New Zealand', '?s')} ?s schema:iataCode ?v }}",
    ),
    (
        "Which airline is ANA?",
        "alias",
        'SELECT ?v WHERE { ?s a schema:Airline ; schema:alternateName "ANA" ; schema:name ?v }',
    ),
    ("How much is a ticket from LHR to JFK?", "unanswerable", None),
    ("How long is the flight from Sydney to Melbourne?", "unanswerable", None),
    ("What is the baggage allowance on Ryanair?", "unanswerable", None),
    ("What terminal does Emirates use at Heathrow?", "unanswerable", None),
    ("Who is the CEO of Lufthansa?", "unanswerable", None),
]


def main() -> None:
    g = Graph().parse(HERE / "flights.ttl")
    write_answers(
        HERE / "flights.jsonl", QUESTIONS, lambda sparql: {str(r[0]) for r in g.query(PRE + sparql)}
    )


if __name__ == "__main__":
    main()
