# ruff: noqa: E501  (one question a line)
"""Gold answers of ``boardgames.jsonl``, computed with rdflib SPARQL over ``boardgames.ttl``
(never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("1995", "2–5", "PT100M", "US"); an entity with every name it carries: its
``schema:name``, ``rdfs:label``, ``schema:alternateName``, ``mb:sortName``, ``skos:prefLabel``,
``skos:altLabel`` in any language, a country also its ``skos:notation`` (a designer is "Klaus
Teuber" and "Teuber, Klaus", a country "Germany", "Deutschland" and "DE"). Literals keep their
lexical form as written ("PT100M", not rdflib's "PT1H40M"). In a query ``{Name}`` stands for
the one node so named and ``{Name|Class}`` for the one of class ``schema:Class`` or
``mb:Class`` (a game and its local edition may share a title). Unanswerable questions carry no
query and ``answers: []``. Run from the repository root:
``python bench/data/own/boardgames_answers.py`` (``--conversations`` prints the three blind
conversations of ``conversations_blind48.jsonl`` instead).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, names_under, print_conversations, write_answers

HERE = Path(__file__).parent
MB = Namespace("https://rdf.meeplebase.example.org/ns#")
SCHEMA = Namespace("http://schema.org/")
PRE = """PREFIX mb: <https://rdf.meeplebase.example.org/ns#>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
YEAR = "schema:datePublished|mb:yearPublished"
TIME = "mb:playingTime|schema:timeRequired"


def won(award: str, rest: str, result: str = "Winner") -> str:
    """A query over the games ``?g`` that got ``award`` (``?y`` the year), ``rest`` the pattern."""
    return (
        f"SELECT ?x WHERE {{ ?g mb:awardReceived ?r . ?r mb:award {{{award}}} ; mb:awardYear ?y ; "
        f"mb:result mb:{result} . {rest} }}"
    )


def ranked(game: str, lst: str, year: int, prop: str = "mb:rank") -> str:
    return (
        f"SELECT ?x WHERE {{ ?r mb:rankedItem {{{game}}} ; mb:rankList ?l ; dcterms:date ?d ; {prop} ?x . "
        f'?l rdfs:label "{lst}" . FILTER(YEAR(?d) = {year}) }}'
    )


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop out of a game, a company or a concept
    ("who designed wingspan?", "1hop", "SELECT ?x WHERE { {Wingspan|BoardGame} mb:designer ?x }"),
    ("Who publishes Azul?", "1hop", "SELECT ?x WHERE { {Azul|BoardGame} schema:publisher ?x }"),
    (
        "What country is Feuerland Spiele based in?",
        "1hop",
        "SELECT ?x WHERE { {Feuerland Spiele} schema:addressCountry ?x }",
    ),
    (
        "Which game is the Seafarers expansion for?",
        "1hop",
        "SELECT ?x WHERE { {Catan: Seafarers} mb:expands ?x }",
    ),
    (
        "What game is Brass: Birmingham a reimplementation of?",
        "1hop",
        "SELECT ?x WHERE { {Brass: Birmingham} mb:reimplements ?x }",
    ),
    ("Who is the artist of Everdell?", "1hop", "SELECT ?x WHERE { {Everdell} mb:artist ?x }"),
    (
        "What broader mechanic does bag building fall under?",
        "1hop",
        "SELECT ?x WHERE { {Bag Building} skos:broader ?x }",
    ),
    (
        "Which game is Frosthaven the sequel to?",
        "1hop",
        "SELECT ?x WHERE { {Frosthaven} mb:sequelTo ?x }",
    ),
    # literals
    ("What year did Catan come out?", "literal", f"SELECT ?x WHERE {{ {{Catan}} {YEAR} ?x }}"),
    (
        "When was Ark Nova published?",
        "literal",
        f"SELECT ?x WHERE {{ {{Ark Nova|BoardGame}} {YEAR} ?x }}",
    ),
    (
        "How many players is Sky Team for?",
        "literal",
        "SELECT ?x WHERE { {Sky Team} mb:playerCount ?x }",
    ),
    (
        "how long does a game of Brass Birmingham take",
        "literal",
        f"SELECT ?x WHERE {{ {{Brass: Birmingham}} {TIME} ?x }}",
    ),
    (
        "What is the playing time of Concordia?",
        "literal",
        f"SELECT ?x WHERE {{ {{Concordia}} {TIME} ?x }}",
    ),
    (
        "What's the maximum number of players for 7 Wonders?",
        "literal",
        "SELECT ?x WHERE { {7 Wonders} schema:numberOfPlayers/schema:maxValue ?x }",
    ),
    (
        "What is the BGG id of Gloomhaven?",
        "literal",
        "SELECT ?x WHERE { {Gloomhaven|BoardGame} mb:objectId ?x }",
    ),
    (
        "What was Ark Nova's overall rank in January 2024?",
        "literal",
        ranked("Ark Nova|BoardGame", "Board Game Rank", 2024),
    ),
    (
        "What was Wingspan's average rating at the start of 2023?",
        "literal",
        ranked("Wingspan|BoardGame", "Board Game Rank", 2023, "mb:bayesAverage"),
    ),
    (
        "In what year did Codenames win the Spiel des Jahres?",
        "literal",
        won("Spiel des Jahres", "BIND(?y AS ?x) FILTER(?g = {Codenames|BoardGame})"),
    ),
    (
        "minimum number of players for Gloomhaven",
        "literal",
        "SELECT ?x WHERE { {Gloomhaven|BoardGame} schema:numberOfPlayers/schema:minValue ?x }",
    ),
    (
        "What is the French title of Ticket to Ride?",
        "literal",
        "SELECT ?x WHERE { ?e mb:editionOf {Ticket to Ride} ; schema:inLanguage 'fr' ; schema:name ?x }",
    ),
    # the other way: what points at a thing
    (
        "What games did Isaac Childres design?",
        "inverse",
        "SELECT ?x WHERE { ?x mb:designer {Isaac Childres} }",
    ),
    (
        "what has Stonemaier Games published?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:publisher {Stonemaier Games} }",
    ),
    (
        "Which games use worker placement?",
        "inverse",
        "SELECT ?x WHERE { ?x mb:mechanic {Worker Placement} }",
    ),
    (
        "Which expansions are there for Terraforming Mars?",
        "inverse",
        "SELECT ?x WHERE { ?x mb:expands {Terraforming Mars|BoardGame} }",
    ),
    (
        "Which games did Kosmos publish?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:publisher {KOSMOS} }",
    ),
    (
        "What games did Beth Sobel illustrate?",
        "inverse",
        "SELECT ?x WHERE { ?x mb:artist {Beth Sobel} }",
    ),
    (
        "Which games are set in the Cold War?",
        "inverse",
        "SELECT ?x WHERE { ?x mb:category {Cold War} }",
    ),
    (
        "Which publishers are based in France?",
        "inverse",
        "SELECT ?x WHERE { ?x a schema:Organization ; schema:addressCountry {France|Country} }",
    ),
    (
        "What kinds of drafting mechanics are there?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:broader {Drafting} }",
    ),
    # two hops
    (
        "Where is the publisher of Wingspan from?",
        "2hop",
        "SELECT ?x WHERE { {Wingspan|BoardGame} schema:publisher/schema:addressCountry ?x }",
    ),
    (
        "Which country is the publisher of Brass Birmingham based in?",
        "2hop",
        "SELECT ?x WHERE { {Brass: Birmingham} schema:publisher/schema:addressCountry ?x }",
    ),
    (
        "What year did the game that Azul: Summer Pavilion reimplements come out?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Azul: Summer Pavilion}} mb:reimplements/({YEAR}) ?x }}",
    ),
    (
        "What else did the designer of Lost Ruins of Arnak design?",
        "2hop",
        "SELECT ?x WHERE { {Lost Ruins of Arnak} mb:designer ?p . ?x mb:designer ?p FILTER(?x != {Lost Ruins of Arnak}) }",
    ),
    (
        "What country is the company behind Codenames from?",
        "2hop",
        "SELECT ?x WHERE { {Codenames|BoardGame} schema:publisher/schema:addressCountry ?x }",
    ),
    (
        "Who illustrated the games designed by Elizabeth Hargrave?",
        "2hop",
        "SELECT ?x WHERE { ?g mb:designer {Elizabeth Hargrave} ; mb:artist ?x }",
    ),
    (
        "Which publisher released the Polish edition of Wingspan?",
        "2hop",
        "SELECT ?x WHERE { ?e mb:editionOf {Wingspan|BoardGame} ; schema:inLanguage 'pl' ; schema:publisher ?x }",
    ),
    (
        "Who designed the 2022 Spiel des Jahres winner?",
        "2hop",
        won("Spiel des Jahres", "?g mb:designer ?x FILTER(STR(?y) = '2022')"),
    ),
    # three hops
    (
        "In which country is the publisher of the game that Cities & Knights expands based?",
        "3hop",
        "SELECT ?x WHERE { {Catan: Cities & Knights} mb:expands/schema:publisher/schema:addressCountry ?x }",
    ),
    (
        "Which company published the 2023 Spiel des Jahres winner?",
        "3hop",
        won("Spiel des Jahres", "?g schema:publisher ?x FILTER(STR(?y) = '2023')"),
    ),
    (
        "Where is the publisher of the Harbour Lights expansion based?",
        "3hop",
        "SELECT ?x WHERE { ?e mb:expands {Harbour Lights|BoardGame} ; schema:publisher/schema:addressCountry ?x }",
    ),
    # conjunctions
    (
        "Which cooperative games did Matt Leacock design?",
        "conjunction",
        "SELECT ?x WHERE { ?x mb:designer {Matt Leacock} ; mb:mechanic {Cooperative Game} }",
    ),
    (
        "Which Feuerland games have variable player powers?",
        "conjunction",
        "SELECT ?x WHERE { ?x schema:publisher {Feuerland Spiele} ; mb:mechanic {Variable Player Powers} }",
    ),
    (
        "games published by Kosmos that use dice rolling",
        "conjunction",
        "SELECT ?x WHERE { ?x schema:publisher {KOSMOS} ; mb:mechanic {Dice Rolling} }",
    ),
    (
        "Which Spiel des Jahres winners are tile-laying games?",
        "conjunction",
        won("Spiel des Jahres", "?g mb:mechanic {Tile Placement} BIND(?g AS ?x)"),
    ),
    (
        "Which games were nominated for the Spiel des Jahres but did not win?",
        "conjunction",
        won("Spiel des Jahres", "BIND(?g AS ?x)", "Nominee"),
    ),
    # other words for the relation
    ("Who's the illustrator on Scythe?", "synonym", "SELECT ?x WHERE { {Scythe} mb:artist ?x }"),
    (
        "which company makes Gloomhaven",
        "synonym",
        "SELECT ?x WHERE { {Gloomhaven|BoardGame} schema:publisher ?x }",
    ),
    (
        "Who came up with Terraforming Mars?",
        "synonym",
        "SELECT ?x WHERE { {Terraforming Mars|BoardGame} mb:designer ?x }",
    ),
    (
        "How many people can play Azul?",
        "synonym",
        "SELECT ?x WHERE { {Azul|BoardGame} schema:numberOfPlayers/(schema:minValue|schema:maxValue) ?x }",
    ),
    (
        "What genre is Twilight Struggle?",
        "synonym",
        "SELECT ?x WHERE { {Twilight Struggle} mb:category ?x }",
    ),
    # other names of the thing
    ("Who designed The Settlers of Catan?", "alias", "SELECT ?x WHERE { {Catan} mb:designer ?x }"),
    (
        "Which publisher makes Die Quacksalber von Quedlinburg?",
        "alias",
        "SELECT ?x WHERE { {The Quacks of Quedlinburg} schema:publisher ?x }",
    ),
    (
        "When did Zug um Zug come out?",
        "alias",
        f"SELECT ?x WHERE {{ {{Ticket to Ride}} {YEAR} ?x }}",
    ),
    (
        "Who is the designer of Arche Nova?",
        "alias",
        "SELECT ?x WHERE { {Ark Nova|BoardGame} mb:designer ?x }",
    ),
    (
        "Who designed Les Aventuriers du Rail?",
        "alias",
        "SELECT ?x WHERE { ?e schema:name 'Les Aventuriers du Rail'@fr ; mb:editionOf/mb:designer ?x }",
    ),
    # misspelt
    ("who desgined gloomhavn", "typo", "SELECT ?x WHERE { {Gloomhaven|BoardGame} mb:designer ?x }"),
    (
        "publisher of Terraformng Mars",
        "typo",
        "SELECT ?x WHERE { {Terraforming Mars|BoardGame} schema:publisher ?x }",
    ),
    (
        "what mechanics does Dominon have",
        "typo",
        "SELECT ?x WHERE { {Dominion|BoardGame} mb:mechanic ?x }",
    ),
    (
        "who did the art for Carcasonne",
        "typo",
        "SELECT ?x WHERE { {Carcassonne|BoardGame} mb:artist ?x }",
    ),
    # lists
    (
        "List all the Kennerspiel des Jahres winners",
        "list",
        won("Kennerspiel des Jahres", "BIND(?g AS ?x)"),
    ),
    ("all expansions for Catan", "list", "SELECT ?x WHERE { ?x mb:expands {Catan} }"),
    ("what mechanics does Cascadia use", "list", "SELECT ?x WHERE { {Cascadia} mb:mechanic ?x }"),
    (
        "Which board games came out in 2017?",
        "list",
        f"SELECT ?x WHERE {{ ?x a schema:BoardGame ; {YEAR} ?y FILTER(STR(?y) = '2017') }}",
    ),
    # what the graph cannot answer
    ("How much does Catan cost?", "unanswerable", None),
    ("What is the minimum age for Wingspan?", "unanswerable", None),
    ("How many copies of Ticket to Ride have been sold?", "unanswerable", None),
    ("When was Uwe Rosenberg born?", "unanswerable", None),
    ("How heavy is Gloomhaven on the complexity scale?", "unanswerable", None),
    ("Who won the Spiel des Jahres in 1990?", "unanswerable", None),
    ("What is the Japanese title of Spirit Island?", "unanswerable", None),
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "boardgames-b48-01",
        [
            ("Who designed Cascadia?", "start", "SELECT ?x WHERE { {Cascadia} mb:designer ?x }"),
            (
                "Which company published it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Cascadia} schema:publisher ?x }",
            ),
            ("And Kingdomino?", "and_x", "SELECT ?x WHERE { {Kingdomino} schema:publisher ?x }"),
        ],
    ),
    (
        "boardgames-b48-02",
        [
            ("Who publishes Root?", "start", "SELECT ?x WHERE { {Root} schema:publisher ?x }"),
            (
                "Where are they based?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Leder Games} schema:addressCountry ?x }",
            ),
            (
                "What about Roxley?",
                "what_about",
                "SELECT ?x WHERE { {Roxley} schema:addressCountry ?x }",
            ),
        ],
    ),
    (
        "boardgames-b48-03",
        [
            ("When did Scythe come out?", "start", f"SELECT ?x WHERE {{ {{Scythe}} {YEAR} ?x }}"),
            ("Who illustrated it?", "pronoun_topic", "SELECT ?x WHERE { {Scythe} mb:artist ?x }"),
            ("And Everdell?", "and_x", "SELECT ?x WHERE { {Everdell} mb:artist ?x }"),
        ],
    ),
]

NAME_PROPS = (
    SCHEMA.name,
    RDFS.label,
    SCHEMA.alternateName,
    MB.sortName,
    SKOS.prefLabel,
    SKOS.altLabel,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False
    g = Graph()
    g.parse(HERE / "boardgames.ttl", format="turtle")

    def find(m: re.Match[str]) -> set[object]:
        name, _, cls = m[1].partition("|")
        return {
            s
            for p in NAME_PROPS
            for s in g.subjects(p, None)
            if name in {str(o) for o in g.objects(s, p)}
            and (not cls or any((s, RDF.type, ns[cls]) in g for ns in (MB, SCHEMA)))
        }

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find, r"\{([^{}?\s][^{}?]*[^{}?\s])\}")):
            x = row[0]
            country = (x, RDF.type, SCHEMA.Country) in g
            props = (*NAME_PROPS, SKOS.notation) if country else NAME_PROPS
            out |= {str(x)} if isinstance(x, Literal) else set(names_under(g, x, props))
        return out

    if "--conversations" in sys.argv:
        print_conversations("boardgames", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "boardgames.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
