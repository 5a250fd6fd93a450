# ruff: noqa: E501  (one question a line)
"""Gold answers of ``chess.jsonl``, computed with rdflib SPARQL over ``chess.nq`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("2658", "2019-08-16", "1-0"); an entity with every name it carries: its
``schema:name``, ``rdfs:label``, ``schema:alternateName``, ``skos:prefLabel``, ``skos:altLabel``
and ``skos:notation`` in any language (a player is "Carlsen, Magnus" and "Magnus Carlsen", a
federation "Norway" and "NOR", a variation its ECO code). In a query ``{Name}`` stands for the one
node so named and ``{Name|cf:Class}`` or ``{Name|schema:Class}`` for the one of that class (the
federation, the country and an olympiad team may share a name). The union of the named graphs is
queried. Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/chess_answers.py`` (``--conversations`` prints the three blind
conversations of ``conversations_blind47.jsonl`` instead).
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDFS, Dataset, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
CF = Namespace("https://data.chessfed.example.org/def/chess#")
SCHEMA = Namespace("http://schema.org/")
PRE = """PREFIX cf: <https://data.chessfed.example.org/def/chess#>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def game(event: str, rest: str) -> str:
    """A query over the games (``?g``) of ``event``, ``rest`` its pattern."""
    return f"SELECT ?x WHERE {{ ?g a cf:Game ; cf:event {{{event}}} . {rest} }}"


def rating(player: str, year: int, lst: str = "standard") -> str:
    return (
        f"SELECT ?x WHERE {{ ?r cf:ratedPlayer {{{player}}} ; cf:ratingList ?l ; cf:ratingPeriod ?d ; cf:rating ?x . "
        f'?l skos:prefLabel "{lst.title()}"@en . FILTER(YEAR(?d) = {year}) }}'
    )


BORN = "cf:birthYear|schema:birthDate"
QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop out of an event, player, club or opening
    (
        "who won the 2019 Sinquefield Cup?",
        "1hop",
        "SELECT ?x WHERE { {Sinquefield Cup 2019} cf:winner ?x }",
    ),
    (
        "Which federation does Nodirbek Abdusattorov play for?",
        "1hop",
        "SELECT ?x WHERE { {Abdusattorov, Nodirbek} cf:federation ?x }",
    ),
    ("What title does Hou Yifan hold?", "1hop", "SELECT ?x WHERE { {Hou Yifan} cf:title ?x }"),
    (
        "Who organised Norway Chess 2022?",
        "1hop",
        "SELECT ?x WHERE { {Norway Chess 2022} schema:organizer ?x }",
    ),
    (
        "Which city hosted the 44th Chess Olympiad?",
        "1hop",
        "SELECT ?x WHERE { {44th Chess Olympiad} schema:location ?x }",
    ),
    (
        "Which series was the 2019 Sinquefield Cup part of?",
        "1hop",
        "SELECT ?x WHERE { {Sinquefield Cup 2019} schema:superEvent ?x }",
    ),
    (
        "where is the Saint Louis Chess Club based",
        "1hop",
        "SELECT ?x WHERE { {Saint Louis Chess Club} schema:location ?x }",
    ),
    (
        "Who won the Bergen Open 2024?",
        "1hop",
        "SELECT ?x WHERE { {Bergen Open 2024} cf:winner ?x }",
    ),
    (
        "Which team won the 44th Chess Olympiad?",
        "1hop",
        "SELECT ?x WHERE { {44th Chess Olympiad} cf:winner ?x }",
    ),
    (
        "Which opening is the Najdorf Variation a line of?",
        "1hop",
        "SELECT ?x WHERE { {Sicilian Defence: Najdorf Variation} skos:broader ?x }",
    ),
    # the other way: what points at a thing
    (
        "Which tournaments has the Saint Louis Chess Club organised?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:organizer {Saint Louis Chess Club} }",
    ),
    (
        "Which events took place in Wijk aan Zee?",
        "inverse",
        "SELECT ?x WHERE { ?x a schema:SportsEvent ; schema:location {Wijk aan Zee} }",
    ),
    (
        "Which players represent Norway?",
        "inverse",
        "SELECT ?x WHERE { ?x a schema:Person ; cf:federation {Norway|cf:Federation} }",
    ),
    (
        "Who are the Woman Grandmasters in the database?",
        "inverse",
        "SELECT ?x WHERE { ?x cf:title {WGM} }",
    ),
    (
        "Which tournaments did Ding Liren win?",
        "inverse",
        "SELECT ?x WHERE { ?x cf:winner {Ding Liren} }",
    ),
    (
        "What openings are Sicilian variations?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:broader {Sicilian Defence} }",
    ),
    # two and three hops
    (
        "What federation does the winner of the Candidates Tournament 2022 play for?",
        "2hop",
        "SELECT ?x WHERE { {Candidates Tournament 2022} cf:winner/cf:federation ?x }",
    ),
    (
        "In which country was the World Chess Championship 2023 held?",
        "2hop",
        "SELECT ?x WHERE { {World Chess Championship 2023} schema:location/schema:containedInPlace ?x }",
    ),
    (
        "What title does the winner of the Bergen Open 2024 hold?",
        "2hop",
        "SELECT ?x WHERE { {Bergen Open 2024} cf:winner/cf:title ?x }",
    ),
    (
        "Who played first board for Uzbekistan at the Olympiad?",
        "2hop",
        'SELECT ?x WHERE { {Uzbekistan|schema:SportsTeam} cf:lineUp ?b . ?b cf:boardNumber "1" ; cf:player ?x }',
    ),
    (
        "Where is the organiser of the Tata Steel India Rapid 2019 based?",
        "2hop",
        "SELECT ?x WHERE { {Tata Steel India Rapid 2019} schema:organizer/schema:location ?x }",
    ),
    (
        "Which federation does the winner of Tata Steel Masters 2024 represent?",
        "2hop",
        "SELECT ?x WHERE { {Tata Steel Masters 2024} cf:winner/cf:federation ?x }",
    ),
    (
        "In which country was the tournament that Wei Yi won held?",
        "3hop",
        "SELECT ?x WHERE { ?e cf:winner {Wei Yi} ; schema:location/schema:containedInPlace ?x }",
    ),
    (
        "What federations do the winners of FIDE-organised events play for?",
        "3hop",
        "SELECT ?x WHERE { ?e schema:organizer {FIDE} ; cf:winner/cf:federation ?x }",
    ),
    (
        "In which country is the club that organised the Sinquefield Cup 2019?",
        "3hop",
        "SELECT ?x WHERE { {Sinquefield Cup 2019} schema:organizer/schema:location/schema:containedInPlace ?x }",
    ),
    # games: n-ary records matched on several fields
    (
        "What opening was played in Caruana vs Carlsen at the 2019 Sinquefield Cup?",
        "conjunction",
        game(
            "Sinquefield Cup 2019",
            "?g cf:whitePlayer {Caruana, Fabiano} ; cf:blackPlayer {Carlsen, Magnus} ; cf:opening ?x .",
        ),
    ),
    (
        "How many moves did the round 12 game of the 2023 World Championship last?",
        "conjunction",
        game("World Chess Championship 2023", '?g cf:round "12" ; cf:moveCount ?x .'),
    ),
    (
        "Which players did Ding Liren beat with black?",
        "conjunction",
        'SELECT ?x WHERE { ?g cf:blackPlayer {Ding Liren} ; cf:result "0-1" ; cf:whitePlayer ?x }',
    ),
    (
        "Who did Gukesh play in the first round of the 2024 Candidates?",
        "conjunction",
        game(
            "Candidates Tournament 2024",
            '?g cf:round "1" . { ?g cf:whitePlayer {Gukesh, D} ; cf:blackPlayer ?x } UNION { ?g cf:blackPlayer {Gukesh, D} ; cf:whitePlayer ?x }',
        ),
    ),
    (
        "Which Indian players hold the grandmaster title?",
        "conjunction",
        "SELECT ?x WHERE { ?x cf:federation {India|cf:Federation} ; cf:title {GM} }",
    ),
    (
        "Who beat Oskar Lindqvist at the Bergen Open?",
        "conjunction",
        game(
            "Bergen Open 2024",
            '{ ?g cf:whitePlayer {Oskar Lindqvist} ; cf:result "0-1" ; cf:blackPlayer ?x } UNION { ?g cf:blackPlayer {Oskar Lindqvist} ; cf:result "1-0" ; cf:whitePlayer ?x }',
        ),
    ),
    (
        "What was the result of Gukesh's game in round 5 of the Candidates 2024?",
        "conjunction",
        game(
            "Candidates Tournament 2024",
            '?g cf:round "5" ; cf:result ?x . { ?g cf:whitePlayer {Gukesh, D} } UNION { ?g cf:blackPlayer {Gukesh, D} }',
        ),
    ),
    # literals
    (
        "What time control was used at the 2022 Candidates?",
        "literal",
        "SELECT ?x WHERE { {Candidates Tournament 2022} cf:timeControl ?x }",
    ),
    (
        "How many rounds did Tata Steel Masters 2024 have?",
        "literal",
        "SELECT ?x WHERE { {Tata Steel Masters 2024} cf:numberOfRounds ?x }",
    ),
    (
        "When was Alireza Firouzja born?",
        "literal",
        f"SELECT ?x WHERE {{ {{Alireza Firouzja}} {BORN} ?x }}",
    ),
    (
        "What is Magnus Carlsen's FIDE ID?",
        "literal",
        "SELECT ?x WHERE { {Magnus Carlsen} cf:fideId ?x }",
    ),
    (
        "When did the Sinquefield Cup 2019 start?",
        "literal",
        "SELECT ?x WHERE { {Sinquefield Cup 2019} schema:startDate ?x }",
    ),
    (
        "When did the Candidates Tournament 2024 end?",
        "literal",
        "SELECT ?x WHERE { {Candidates Tournament 2024} schema:endDate ?x }",
    ),
    ("what's Hou Yifan's rating in 2020?", "literal", rating("Hou Yifan", 2020)),
    ("What is Magnus Carlsen's blitz rating?", "literal", rating("Magnus Carlsen", 2024, "blitz")),
    (
        "What ECO code did Carlsen vs So at the Sinquefield Cup 2019 have?",
        "literal",
        game(
            "Sinquefield Cup 2019",
            "?g cf:whitePlayer {Carlsen, Magnus} ; cf:blackPlayer {So, Wesley} ; cf:opening/skos:notation ?x .",
        ),
    ),
    (
        "When was the 12th game of the Women's World Chess Championship 2023 played?",
        "literal",
        game("Women's World Chess Championship 2023", '?g cf:round "12" ; cf:gameDate ?x .'),
    ),
    (
        "What is the ECO code of the Berlin Defence?",
        "literal",
        "SELECT ?x WHERE { {Ruy Lopez: Berlin Defence} skos:notation ?x }",
    ),
    # other words for the relation
    (
        "What was Abdusattorov's classical rating in January 2022?",
        "synonym",
        rating("Abdusattorov, Nodirbek", 2022),
    ),
    (
        "Which nation does Wesley So represent?",
        "synonym",
        "SELECT ?x WHERE { {Wesley So} cf:federation ?x }",
    ),
    (
        "Who was the champion of Norway Chess 2022?",
        "synonym",
        "SELECT ?x WHERE { {Norway Chess 2022} cf:winner ?x }",
    ),
    (
        "Which body ran the 2024 Candidates?",
        "synonym",
        "SELECT ?x WHERE { {Candidates Tournament 2024} schema:organizer ?x }",
    ),
    (
        "What nationality is Hikaru Nakamura?",
        "synonym",
        "SELECT ?x WHERE { {Hikaru Nakamura} cf:federation ?x }",
    ),
    # other names for the thing asked about
    (
        "Where was the Tata Steel Masters 2023 played?",
        "alias",
        "SELECT ?x WHERE { {Tata Steel Masters 2023} schema:location ?x }",
    ),
    ("Who does MVL play for?", "alias", "SELECT ?x WHERE { {MVL} cf:federation ?x }"),
    ("When was Pragg born?", "alias", f"SELECT ?x WHERE {{ {{Pragg}} {BORN} ?x }}"),
    (
        "Which openings are Giuoco Piano lines?",
        "alias",
        "SELECT ?x WHERE { ?x skos:broader {Giuoco Piano} }",
    ),
    (
        "What federation is Nepo registered with?",
        "alias",
        "SELECT ?x WHERE { {Nepo} cf:federation ?x }",
    ),
    (
        "How many rounds were played at the 7th Sinquefield Cup?",
        "alias",
        "SELECT ?x WHERE { {7th Sinquefield Cup} cf:numberOfRounds ?x }",
    ),
    (
        "In what year was Vishy Anand born?",
        "alias",
        f"SELECT ?x WHERE {{ {{Vishy Anand}} {BORN} ?x }}",
    ),
    # misspelt
    (
        "who won the sinquefeld cup 2019",
        "typo",
        "SELECT ?x WHERE { {Sinquefield Cup 2019} cf:winner ?x }",
    ),
    (
        "which title does Nepomniachi hold",
        "typo",
        "SELECT ?x WHERE { {Nepomniachtchi, Ian} cf:title ?x }",
    ),
    ("Praggnanandha rating 2023", "typo", rating("Praggnanandhaa, R", 2023)),
    (
        "Which openings fall under the Carro-Kann?",
        "typo",
        "SELECT ?x WHERE { ?x skos:broader {Caro-Kann Defence} }",
    ),
    (
        "Where was the Candiates Tournament 2022 held",
        "typo",
        "SELECT ?x WHERE { {Candidates Tournament 2022} schema:location ?x }",
    ),
    # lists
    (
        "List the players in the Candidates 2024.",
        "list",
        "SELECT ?x WHERE { {Candidates Tournament 2024} schema:competitor ?x }",
    ),
    (
        "Who were Ukraine's players at the 44th Olympiad?",
        "list",
        "SELECT ?x WHERE { {Ukraine|schema:SportsTeam} cf:lineUp/cf:player ?x }",
    ),
    (
        "Which players are from China?",
        "list",
        "SELECT ?x WHERE { ?x a schema:Person ; cf:federation {China|cf:Federation} }",
    ),
    # unanswerable: a near relation exists
    ("What was Magnus Carlsen's rating in 2010?", "unanswerable", None),
    ("Who was the chief arbiter of the 2019 Sinquefield Cup?", "unanswerable", None),
    ("What was the prize fund of Tata Steel Masters 2023?", "unanswerable", None),
    ("Who is Ding Liren's coach?", "unanswerable", None),
    ("When did Gukesh become a grandmaster?", "unanswerable", None),
    ("What was Carlsen's rapid rating in 2021?", "unanswerable", None),
    ("How many spectators attended Norway Chess 2022?", "unanswerable", None),
]

# (id, [(question, kind, query)]) -- a start question, a pronoun follow-up, a "what about / and X"
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "chess-b47-01",
        [
            (
                "Who won the Candidates Tournament 2024?",
                "start",
                "SELECT ?x WHERE { {Candidates Tournament 2024} cf:winner ?x }",
            ),
            (
                "What is his FIDE ID?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Gukesh, D} cf:fideId ?x }",
            ),
            (
                "And Nepomniachtchi?",
                "and_x",
                "SELECT ?x WHERE { {Nepomniachtchi, Ian} cf:fideId ?x }",
            ),
        ],
    ),
    (
        "chess-b47-02",
        [
            (
                "Where was Norway Chess 2022 held?",
                "start",
                "SELECT ?x WHERE { {Norway Chess 2022} schema:location ?x }",
            ),
            (
                "Who organised it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Norway Chess 2022} schema:organizer ?x }",
            ),
            (
                "What about the Sinquefield Cup 2019?",
                "what_about",
                "SELECT ?x WHERE { {Sinquefield Cup 2019} schema:organizer ?x }",
            ),
        ],
    ),
    (
        "chess-b47-03",
        [
            (
                "What title does Ju Wenjun hold?",
                "start",
                "SELECT ?x WHERE { {Ju Wenjun} cf:title ?x }",
            ),
            (
                "Which federation does she play for?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Ju Wenjun} cf:federation ?x }",
            ),
            ("And Anna Muzychuk?", "and_x", "SELECT ?x WHERE { {Anna Muzychuk} cf:federation ?x }"),
        ],
    ),
]

NAME_PROPS = (
    SCHEMA.name,
    RDFS.label,
    SCHEMA.alternateName,
    SKOS.prefLabel,
    SKOS.altLabel,
    SKOS.notation,
)


def main() -> None:
    g = Dataset(default_union=True)
    g.parse(HERE / "chess.nq", format="nquads")

    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("chess", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "chess.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
