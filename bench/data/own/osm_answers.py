# ruff: noqa: E501  (one question a line)
"""Gold answers of ``osm.jsonl``, computed with rdflib SPARQL over ``osm.ttl`` (never with kgchat).

Each question is paired with the query whose result is its answer list (OSM names as labels;
tag values as written, ';' multi-values kept whole). Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/osm_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

from _answers_common import write_answers
from rdflib import Graph

HERE = Path(__file__).parent
PRE = """PREFIX osmt: <https://wiki.openstreetmap.org/wiki/Key:>
PREFIX ogc: <http://www.opengis.net/rdf#>
PREFIX lgdo: <http://linkedgeodata.org/ontology/>
"""


def tag(name: str, key: str) -> str:
    return f'SELECT ?v WHERE {{ ?s osmt:name "{name}" ; <https://wiki.openstreetmap.org/wiki/Key:{key}> ?v }}'


def in_area(area: str, cls: str, extra: str = "") -> str:
    return (
        f'SELECT ?v WHERE {{ ?a osmt:name "{area}" ; osmt:boundary "administrative" ; ogc:sfContains ?s . '
        f"?s a lgdo:{cls} ; osmt:name ?v . {extra} }}"
    )


def area_of(name: str, level: str) -> str:
    return f'SELECT ?v WHERE {{ ?s osmt:name "{name}" . ?a ogc:sfContains ?s ; osmt:admin_level "{level}" ; osmt:name ?v }}'


ITALIAN = '?s osmt:cuisine ?c . FILTER(CONTAINS(CONCAT(";", ?c, ";"), ";italian;"))'
QUESTIONS: list[tuple[str, str, str | None]] = [
    (
        "what are the opening hours of Trattoria La Lanterna",
        "literal",
        tag("Trattoria La Lanterna", "opening_hours"),
    ),
    ("Is Sushi Kaito wheelchair accessible?", "literal", tag("Sushi Kaito", "wheelchair")),
    ("what street is Pho Saigon Kitchen on", "literal", tag("Pho Saigon Kitchen", "addr:street")),
    ("which pharmacy is in Mitte", "conjunction", in_area("Mitte", "Pharmacy")),
    ("What cuisine does Taverna Olympia serve?", "literal", tag("Taverna Olympia", "cuisine")),
    (
        "which italian restaurants are in Kreuzberg",
        "conjunction",
        in_area("Kreuzberg", "Restaurant", ITALIAN),
    ),
    ("phone number of Apotheke am Moritzplatz", "literal", tag("Apotheke am Moritzplatz", "phone")),
    ("website of bonanza coffee", "alias", tag("Bonanza Coffee Roasters", "website")),
    (
        "when is the Rosenthaler Apotheke open?",
        "synonym",
        tag("Rosenthaler Apotheke", "opening_hours"),
    ),
    ("What district is Curry 36 in?", "inverse", area_of("Curry 36", "10")),
    (
        "which Bezirk is Prenzlauer Berg part of",
        "1hop",
        'SELECT ?v WHERE { ?s osmt:name "Prenzlauer Berg" ; ogc:sfWithin ?a . ?a osmt:name ?v }',
    ),
    ("house number of Hasir Ocakbasi", "alias", tag("Hasir Ocakbaşı", "addr:housenumber")),
    (
        "what kind of food does osteria bellavista serve",
        "synonym",
        tag("Osteria Bellavista", "cuisine"),
    ),
    ("What cuisine is Zum Schusterjungen?", "literal", tag("Zum Schusterjungen", "cuisine")),
    ("wheelchair access at Café Schönbrunn", "literal", tag("Café Schönbrunn", "wheelchair")),
    ("is cafe schonbrunn wheelchair accesible", "typo", tag("Café Schönbrunn", "wheelchair")),
    (
        "which restaurants are on Bergmannstraße?",
        "inverse",
        'SELECT ?v WHERE { ?s a lgdo:Restaurant ; osmt:addr:street "Bergmannstraße" ; osmt:name ?v }',
    ),
    ("cafes in Neukölln", "conjunction", in_area("Neukölln", "Cafe")),
    (
        "What is the postcode of Sonnen-Apotheke Neukölln?",
        "literal",
        tag("Sonnen-Apotheke Neukölln", "addr:postcode"),
    ),
    ("who operates Lidl", "literal", tag("Lidl", "operator")),
    ("what is the wikidata id of Kreuzberg", "literal", tag("Kreuzberg", "wikidata")),
    ("Ristorante Il Gabbiano english name", "literal", tag("Ristorante Il Gabbiano", "name%3Aen")),
    (
        "which restaurant is called The Cobbler's Boy in English?",
        "inverse",
        'SELECT ?v WHERE { ?s <https://wiki.openstreetmap.org/wiki/Key:name%3Aen> "The Cobbler\'s Boy" ; osmt:name ?v }',
    ),
    ("opening hours curry36", "typo", tag("Curry 36", "opening_hours")),
    (
        "does Mustafas Gemüse Kebap have wheelchair access",
        "literal",
        tag("Mustafas Gemüse Kebap", "wheelchair"),
    ),
    (
        "which vietnamese restaurants are in Friedrichshain?",
        "conjunction",
        in_area(
            "Friedrichshain",
            "Restaurant",
            '?s osmt:cuisine ?c . FILTER(CONTAINS(CONCAT(";", ?c, ";"), ";vietnamese;"))',
        ),
    ),
    (
        "what city is Eismanufaktur Kollwitz in",
        "literal",
        tag("Eismanufaktur Kollwitz", "addr:city"),
    ),
    (
        "which pharmacies are wheelchair accessible",
        "conjunction",
        'SELECT ?v WHERE { ?s a lgdo:Pharmacy ; osmt:wheelchair "yes" ; osmt:name ?v }',
    ),
    (
        "Which area contains Kreuzberg?",
        "inverse",
        'SELECT ?v WHERE { ?a ogc:sfContains ?s ; osmt:name ?v . ?s osmt:name "Kreuzberg" }',
    ),
    ("what is the admin level of Pankow", "literal", tag("Pankow", "admin_level")),
    ("Osteria Belavista opening times", "typo", tag("Osteria Bellavista", "opening_hours")),
    ("which bars are in kreuzberg", "conjunction", in_area("Kreuzberg", "Bar")),
    ("ice cream in prenzlauer berg", "conjunction", in_area("Prenzlauer Berg", "IceCream")),
    ("In which district is Taverna Olympia?", "inverse", area_of("Taverna Olympia", "9")),
    ("what is the phone number of Sushi Kaito", "unanswerable", None),
    ("who is the head chef of Trattoria La Lanterna?", "unanswerable", None),
    ("which restaurants are in Spandau", "unanswerable", None),
]


def main() -> None:
    g = Graph().parse(HERE / "osm.ttl")
    write_answers(
        HERE / "osm.jsonl", QUESTIONS, lambda sparql: {str(r[0]) for r in g.query(PRE + sparql)}
    )


if __name__ == "__main__":
    main()
