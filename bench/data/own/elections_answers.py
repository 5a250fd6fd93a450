# ruff: noqa: E501  (one question a line)
"""Gold answers of ``elections.jsonl``, computed with SPARQL 1.2 over ``elections.ttl`` (never
with kgchat).

rdflib (7.x) reads no RDF 1.2 Turtle (its annotation syntax ``{| ... |}`` is a syntax error
there), so the queries run on pyoxigraph's store, which evaluates SPARQL 1.2: a qualifier of a
fact is reached through its reifier, ``?r rdf:reifies <<( ?s ?p ?o )>> ; ec:votes ?x``. A literal
answers with its lexical form (``20625``, ``0.664``, ``2019-01-01``); an entity with every name
it carries (``foaf:name``, ``rdfs:label``, ``skos:prefLabel``, ``skos:altLabel``,
``skos:notation``, every language). ``{Name}`` in a query stands for the one resource that
carries ``Name`` as one of those names. Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/elections_answers.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
from _answers_common import named_iris, write_answers

HERE = Path(__file__).parent
PRE = """PREFIX ec: <https://data.elections.nv.example/def/>
PREFIX id: <https://data.elections.nv.example/id/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
NAMES = "foaf:name|rdfs:label|skos:prefLabel|skos:altLabel|skos:notation"


def cand(person: str, const: str, election: str, prop: str) -> str:
    """The qualifier ``prop`` of ``person``'s candidacy in ``const`` at ``election``."""
    return f"SELECT ?x WHERE {{ ?r rdf:reifies <<( {person} ec:candidateIn {const} )>> ; ec:election {election} ; {prop} ?x }}"


def won(const: str, election: str) -> str:
    return f"SELECT ?x WHERE {{ ?r rdf:reifies <<( ?x ec:elected {const} )>> ; ec:election {election} . ?x ec:elected {const} }}"


def contest(const: str, election: str, prop: str) -> str:
    return f"SELECT ?x WHERE {{ ?r rdf:reifies <<( {const} ec:contestedIn {election} )>> ; {prop} ?x }}"


def rank(const: str, election: str, n: int) -> str:
    return f"SELECT ?x WHERE {{ ?r rdf:reifies <<( ?x ec:candidateIn {const} )>> ; ec:election {election} ; ec:rank {n} }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # facts as asserted (the annotated triples themselves)
    (
        "Which party does Mara Lind belong to?",
        "1hop",
        "SELECT ?x WHERE { {Mara Lind} org:memberOf ?x }",
    ),
    ("Who leads the Green Alliance?", "1hop", "SELECT ?x WHERE { {Green Alliance} ec:leader ?x }"),
    (
        "what region is Tarnvik in",
        "1hop",
        "SELECT ?x WHERE { {Tarnvik} schema:containedInPlace ?x }",
    ),
    (
        "When was the Liberal Forum founded?",
        "literal",
        "SELECT ?x WHERE { {Liberal Forum} schema:foundingDate ?x }",
    ),
    (
        "What's the constituency code for Saltholm?",
        "literal",
        "SELECT ?x WHERE { {Saltholm} skos:notation ?x }",
    ),
    (
        "Mara Lind's date of birth?",
        "literal",
        "SELECT ?x WHERE { {Mara Lind} schema:birthDate ?x }",
    ),
    (
        "Which party is Henrik Aasen a member of?",
        "1hop",
        "SELECT ?x WHERE { {Henrik Aasen} org:memberOf ?x }",
    ),
    (
        "Where did Mara Lind stand as a candidate?",
        "1hop",
        "SELECT ?x WHERE { {Mara Lind} ec:candidateIn ?x }",
    ),
    ("Which seat has Astrid Wiik won?", "1hop", "SELECT ?x WHERE { {Astrid Wiik} ec:elected ?x }"),
    (
        "When was the 2019 general election held?",
        "literal",
        "SELECT ?x WHERE { {2019 General Election} dcterms:date ?x }",
    ),
    # the other way round
    (
        "Who is the Mayor of Lakemere?",
        "inverse",
        "SELECT ?x WHERE { ?x org:holds {Mayor of Lakemere} }",
    ),
    (
        "Who has served as mayor of Marlbury?",
        "inverse",
        "SELECT ?x WHERE { ?x org:holds {Mayor of Marlbury} }",
    ),
    (
        "Which constituencies are in the Western Coast region?",
        "inverse",
        "SELECT ?x WHERE { ?x a ec:Constituency ; schema:containedInPlace {Western Coast} }",
    ),
    (
        "Who are the members of New Voice?",
        "inverse",
        "SELECT ?x WHERE { ?x org:memberOf {New Voice} }",
    ),
    (
        "Which party is led by Sverre Fjell?",
        "inverse",
        "SELECT ?x WHERE { ?x ec:leader {Sverre Fjell} }",
    ),
    (
        "Who have been leaders of the Social Democratic Party?",
        "1hop",
        "SELECT ?x WHERE { {Social Democratic Party} ec:leader ?x }",
    ),
    # qualifiers on the fact (annotations)
    (
        "Who won the Northfield seat in 2019?",
        "conjunction",
        won("{Northfield}", "{2019 General Election}"),
    ),
    (
        "who won capital central in 2015",
        "conjunction",
        won("{Capital Central}", "{2015 General Election}"),
    ),
    (
        "How many votes did Mara Lind get in 2019?",
        "literal",
        cand("{Mara Lind}", "{Northfield}", "{2019 General Election}", "ec:votes"),
    ),
    (
        "What was Mara Lind's vote share in Northfield in 2023?",
        "literal",
        cand("{Mara Lind}", "{Northfield}", "{2023 General Election}", "ec:voteShare"),
    ),
    (
        "How many votes did Henrik Moen receive in Northfield in 2015?",
        "literal",
        cand("{Henrik Moen}", "{Northfield}", "{2015 General Election}", "ec:votes"),
    ),
    (
        "What was the turnout in Northfield in the 2019 election?",
        "literal",
        contest("{Northfield}", "{2019 General Election}", "ec:turnout"),
    ),
    (
        "How many registered voters did Brekka have in 2023?",
        "literal",
        contest("{Brekka}", "{2023 General Election}", "ec:electorate"),
    ),
    (
        "When did Ingrid Vollan become mayor?",
        "literal",
        "SELECT ?x WHERE { ?r rdf:reifies <<( {Ingrid Vollan} org:holds ?post )>> ; schema:startDate ?x }",
    ),
    (
        "When did Per Aaslund's term as mayor of Marlbury end?",
        "literal",
        "SELECT ?x WHERE { ?r rdf:reifies <<( {Per Aaslund} org:holds {Mayor of Marlbury} )>> ; schema:endDate ?x }",
    ),
    (
        "Since when has Torstein Haugland led the Social Democrats?",
        "literal",
        "SELECT ?x WHERE { ?r rdf:reifies <<( {Social Democratic Party} ec:leader {Torstein Haugland} )>> ; schema:startDate ?x }",
    ),
    (
        "Since what year has Mara Lind been a Green Alliance member?",
        "literal",
        "SELECT ?x WHERE { ?r rdf:reifies <<( {Mara Lind} org:memberOf {Green Alliance} )>> ; ec:since ?x }",
    ),
    (
        "What was the winning majority in Saltholm in 2019?",
        "literal",
        "SELECT ?x WHERE { ?r rdf:reifies <<( ?w ec:elected {Saltholm} )>> ; ec:election {2019 General Election} ; ec:majority ?x }",
    ),
    (
        "Who was the runner-up in Northfield in 2019?",
        "synonym",
        rank("{Northfield}", "{2019 General Election}", 2),
    ),
    (
        "what place did Liv Ødegård finish in Northfield in 2023",
        "literal",
        cand("{Liv Ødegård}", "{Northfield}", "{2023 General Election}", "ec:rank"),
    ),
    (
        "Who ran in Northfield in 2023?",
        "conjunction",
        "SELECT ?x WHERE { ?r rdf:reifies <<( ?x ec:candidateIn {Northfield} )>> ; ec:election {2023 General Election} }",
    ),
    (
        "Who stood for the Green Alliance in Northfield in 2015?",
        "conjunction",
        "SELECT ?x WHERE { ?r rdf:reifies <<( ?x ec:candidateIn {Northfield} )>> ; ec:election {2015 General Election} ; ec:party {Green Alliance} }",
    ),
    # chains
    (
        "Who leads the party Mara Lind belongs to?",
        "2hop",
        "SELECT ?x WHERE { {Mara Lind} org:memberOf/ec:leader ?x }",
    ),
    (
        "In which region is the seat Astrid Wiik won?",
        "2hop",
        "SELECT ?x WHERE { {Astrid Wiik} ec:elected/schema:containedInPlace ?x }",
    ),
    (
        "Which region is Norvik in?",
        "1hop",
        "SELECT ?x WHERE { {Norvik} a ec:City ; schema:containedInPlace ?x }",
    ),
    (
        "In which region is the city where Selma Brandt is mayor?",
        "3hop",
        "SELECT ?x WHERE { {Selma Brandt} org:holds/ec:postIn/schema:containedInPlace ?x }",
    ),
    (
        "Who leads the party of the member elected for Highgate Moor?",
        "3hop",
        "SELECT ?x WHERE { ?w ec:elected {Highgate Moor} ; org:memberOf/ec:leader ?x }",
    ),
    # other names
    ("What does GA stand for?", "alias", "SELECT ?x WHERE { BIND({Green Alliance} AS ?x) }"),
    ("who leads ny røyst", "alias", "SELECT ?x WHERE { {Ny røyst} ec:leader ?x }"),
    (
        "Which region is Sølvdal in?",
        "alias",
        "SELECT ?x WHERE { {Sølvdal} schema:containedInPlace ?x }",
    ),
    (
        "Which candidates stood in Høggata Mo?",
        "alias",
        "SELECT ?x WHERE { ?x ec:candidateIn {Høggata Mo} }",
    ),
    ("When was the SDP founded?", "alias", "SELECT ?x WHERE { {SDP} schema:foundingDate ?x }"),
    # misspelt
    ("which party is mara lynd in", "typo", "SELECT ?x WHERE { {Mara Lind} org:memberOf ?x }"),
    ("Who won the Northfeild seat in 2019", "typo", won("{Northfield}", "{2019 General Election}")),
    (
        "when was the Conservitive Union founded",
        "typo",
        "SELECT ?x WHERE { {Conservative Union} schema:foundingDate ?x }",
    ),
    (
        "Which region is Fjordmouth located in?",
        "1hop",
        "SELECT ?x WHERE { {Fjordmouth} schema:containedInPlace ?x }",
    ),
    # what the graph does not say
    ("Which seat did Maja Tveit win?", "unanswerable", None),
    ("When did Tobias Rein stop being mayor of Lakemere?", "unanswerable", None),
    ("What is the Green Alliance's website?", "unanswerable", None),
    ("How much did Mara Lind spend on her 2019 campaign?", "unanswerable", None),
    ("What is the population of Northfield?", "unanswerable", None),
    ("Who is the deputy leader of the Conservative Union?", "unanswerable", None),
]


def labels(store: ox.Store, x: object) -> list[str]:
    if isinstance(x, ox.Literal):
        return [x.value]
    names = sorted(
        {r["n"].value for r in store.query(PRE + f"SELECT ?n WHERE {{ <{x.value}> {NAMES} ?n }}")}
    )
    assert names, x
    return names


def by_name(store: ox.Store, sparql: str) -> str:
    """``{Name}`` -> the IRI of the one resource that carries ``Name`` as a name."""

    def find(m: re.Match[str]) -> set[str]:
        found = {
            r["s"].value
            for r in store.query(
                PRE
                + f"SELECT DISTINCT ?s WHERE {{ ?s {NAMES} ?n FILTER(STR(?n) = {json.dumps(m[1])}) }}"
            )
        }
        # a city and its constituency share a name: the question's frame says which
        assert found, m[0]
        if len(found) > 1:
            found = {f for f in found if "/const-" in f} or found
        return found

    return named_iris(sparql, find, r"\{([A-Za-z0-9Ø-øĀ-ſ][^{}?]*)\}")


def main() -> None:
    store = ox.Store()
    store.load(path=str(HERE / "elections.ttl"), format=ox.RdfFormat.TURTLE)
    write_answers(
        HERE / "elections.jsonl",
        QUESTIONS,
        lambda sparql: {
            a for r in store.query(PRE + by_name(store, sparql)) for a in labels(store, r["x"])
        },
    )


if __name__ == "__main__":
    main()
