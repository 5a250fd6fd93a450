# ruff: noqa: E501  (one question a line)
"""Gold answers of ``tennis.jsonl``, computed with rdflib SPARQL over ``tennis.rdf`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("198", "2019-07-14", "true"); an entity with every name it carries: its
``schema:name``, ``schema:alternateName``, ``skos:prefLabel`` and ``skos:altLabel`` in any
language. In a query ``{Name}`` stands for the one node so named and ``{Name|sp:Class}`` for the
one of that class (the category "ATP Finals" and the tournament share a name). Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/tennis_answers.py`` (``--conversations`` prints the three blind
conversations of ``conversations_blind46.jsonl`` instead).
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
SP = Namespace("https://data.tennisfed.example.org/def/sport#")
SCHEMA = Namespace("http://schema.org/")
PRE = """PREFIX sp: <https://data.tennisfed.example.org/def/sport#>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def match(edition: str, rnd: str, rest: str) -> str:
    """A query over the singles match of ``edition`` in round ``rnd`` (``?m``), ``rest`` its
    pattern (a question about "the final" means the singles final)."""
    return f"SELECT ?x WHERE {{ ?m a sp:Match ; sp:partOf {{{edition}}} ; sp:round {{{rnd}}} ; sp:discipline {{Men's Singles}} . {rest} }}"


def ranking(player: str, date: str, prop: str) -> str:
    return f'SELECT ?x WHERE {{ {{{player}}} sp:rankingEntry ?e . ?e sp:rankingDate "{date}"^^xsd:date ; {prop} ?x }}'


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop out of a player, tournament or edition
    (
        "who won wimbledon 2019?",
        "1hop",
        "SELECT ?x WHERE { {Wimbledon 2019} sp:singlesChampion ?x }",
    ),
    (
        "What surface is the Madrid Open played on?",
        "1hop",
        "SELECT ?x WHERE { {Madrid Open} sp:surface ?x }",
    ),
    ("Who is Jannik Sinner's coach?", "1hop", "SELECT ?x WHERE { {Jannik Sinner} sp:coach ?x }"),
    (
        "which country does Stefanos Tsitsipas represent",
        "1hop",
        "SELECT ?x WHERE { {Stefanos Tsitsipas} schema:nationality ?x }",
    ),
    (
        "where is the italian open held",
        "1hop",
        "SELECT ?x WHERE { {Italian Open} schema:location ?x }",
    ),
    (
        "what category is the Halle tournament",
        "1hop",
        "SELECT ?x WHERE { {Halle Open} sp:category ?x }",
    ),
    (
        "Who won the Madrid Open in 2022?",
        "1hop",
        "SELECT ?x WHERE { {Madrid Open 2022} sp:singlesChampion ?x }",
    ),
    (
        "Is Cameron Norrie left-handed or right-handed?",
        "1hop",
        "SELECT ?x WHERE { {Cameron Norrie} sp:plays ?x }",
    ),
    # literals, some on parseType records or ranking nodes
    (
        "how tall is daniil medvedev",
        "literal",
        "SELECT ?x WHERE { {Daniil Medvedev} schema:height/schema:value ?x }",
    ),
    (
        "When was Carlos Alcaraz born?",
        "literal",
        "SELECT ?x WHERE { {Carlos Alcaraz} schema:birthDate ?x }",
    ),
    (
        "What's the prize money at Wimbledon?",
        "literal",
        "SELECT ?x WHERE { {Wimbledon} sp:prizeMoney/schema:value ?x }",
    ),
    (
        "what currency is the US Open prize money paid in",
        "literal",
        "SELECT ?x WHERE { {US Open} sp:prizeMoney/schema:currency ?x }",
    ),
    (
        "When was the Queen's Club Championships first held?",
        "literal",
        "SELECT ?x WHERE { {Queen's Club Championships} sp:firstHeld ?x }",
    ),
    (
        "Is the Paris Masters played indoors?",
        "literal",
        "SELECT ?x WHERE { {Paris Masters} sp:indoor ?x }",
    ),
    (
        "What was Medvedev's ranking in May 2021?",
        "literal",
        ranking("Daniil Medvedev", "2021-05-24", "sp:rank"),
    ),
    (
        "How many ranking points did Djokovic have at the end of 2021?",
        "literal",
        ranking("Novak Djokovic", "2021-12-27", "sp:points"),
    ),
    # matches: n-ary records of an edition and a round
    (
        "What was the score of the 2019 Wimbledon final?",
        "conjunction",
        match("Wimbledon 2019", "Final", "?m sp:score ?x"),
    ),
    (
        "How long did the 2022 Australian Open final last?",
        "conjunction",
        match("Australian Open 2022", "Final", "?m sp:durationMinutes ?x"),
    ),
    (
        "Who lost the Wimbledon 2021 final",
        "conjunction",
        match(
            "Wimbledon 2021",
            "Final",
            "?m schema:competitor ?x . FILTER NOT EXISTS { ?m sp:winner ?x }",
        ),
    ),
    (
        "Who beat Holger Rune in the 2023 Roland Garros quarter-final?",
        "conjunction",
        match(
            "Roland Garros 2023",
            "Quarter-final",
            "?m schema:competitor {Holger Rune} ; sp:winner ?x",
        ),
    ),
    (
        "On what date was the 2023 US Open final played?",
        "conjunction",
        match("US Open 2023", "Final", "?m schema:startDate ?x"),
    ),
    (
        "Who did Djokovic play in the Wimbledon 2023 semi-final?",
        "conjunction",
        match(
            "Wimbledon 2023",
            "Semi-final",
            "?m schema:competitor {Novak Djokovic} , ?x . FILTER(?x != {Novak Djokovic})",
        ),
    ),
    (
        "Which Grand Slam finals did Casper Ruud lose?",
        "conjunction",
        "SELECT ?x WHERE { ?m sp:partOf ?x ; sp:round {Final} ; schema:competitor {Casper Ruud} . FILTER NOT EXISTS { ?m sp:winner {Casper Ruud} } ?x sp:editionOf/sp:category {Grand Slam} }",
    ),
    # two and three hops
    (
        "Which country is the Australian Open in?",
        "2hop",
        "SELECT ?x WHERE { {Australian Open} schema:location/schema:containedInPlace ?x }",
    ),
    (
        "What nationality is the 2020 US Open champion?",
        "2hop",
        "SELECT ?x WHERE { {US Open 2020} sp:singlesChampion/schema:nationality ?x }",
    ),
    (
        "Which hand does the winner of Wimbledon 2023 play with?",
        "2hop",
        "SELECT ?x WHERE { {Wimbledon 2023} sp:singlesChampion/sp:plays ?x }",
    ),
    (
        "who coaches the player that won the 2019 Shanghai Masters",
        "2hop",
        "SELECT ?x WHERE { {Shanghai Masters 2019} sp:singlesChampion/sp:coach ?x }",
    ),
    (
        "In which country is the Monte-Carlo Masters actually played?",
        "2hop",
        "SELECT ?x WHERE { {Monte-Carlo Masters} schema:location/schema:containedInPlace ?x }",
    ),
    (
        "Who won the men's doubles at Wimbledon 2021?",
        "2hop",
        "SELECT ?x WHERE { {Wimbledon 2021} sp:doublesChampion/schema:athlete ?x }",
    ),
    (
        "How tall is the guy who won the 2021 US Open?",
        "3hop",
        "SELECT ?x WHERE { {US Open 2021} sp:singlesChampion/schema:height/schema:value ?x }",
    ),
    (
        "Where is the coach of the 2021 US Open champion from?",
        "3hop",
        "SELECT ?x WHERE { {US Open 2021} sp:singlesChampion/sp:coach/schema:nationality ?x }",
    ),
    (
        "Who was Nick Kyrgios's partner when he won the Australian Open doubles in 2022?",
        "3hop",
        "SELECT ?x WHERE { {Australian Open 2022} sp:doublesChampion/schema:athlete ?x . FILTER(?x != {Nick Kyrgios}) }",
    ),
    (
        "What surface was the 2021 Madrid Open final played on?",
        "3hop",
        match("Madrid Open 2021", "Final", "?m sp:partOf/sp:editionOf/sp:surface ?x"),
    ),
    # the other way round, and lists
    (
        "Which players does Carlos Moyá coach?",
        "inverse",
        "SELECT ?x WHERE { ?x sp:coach {Carlos Moyá} }",
    ),
    (
        "Which players are from Norway?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:nationality {Norway} ; sp:plays ?h }",
    ),
    (
        "Which tournaments are played on grass?",
        "inverse",
        "SELECT ?x WHERE { ?x sp:surface {Grass} }",
    ),
    (
        "What tournaments take place in Paris?",
        "inverse",
        "SELECT ?x WHERE { ?x a sp:Tournament ; schema:location {Paris} }",
    ),
    (
        "Which titles did Holger Rune win?",
        "inverse",
        "SELECT ?x WHERE { ?x sp:singlesChampion {Holger Rune} }",
    ),
    ("list the left-handed players", "list", "SELECT ?x WHERE { ?x sp:plays {Left-handed} }"),
    (
        "Which tournaments are ATP 500 events?",
        "list",
        "SELECT ?x WHERE { ?x sp:category {ATP 500} }",
    ),
    # several conditions at once
    (
        "which tournaments has Alcaraz won on clay",
        "conjunction",
        "SELECT DISTINCT ?x WHERE { ?e sp:singlesChampion {Carlos Alcaraz} ; sp:editionOf ?x . ?x sp:surface {Clay} }",
    ),
    (
        "Which Spanish players won a Masters 1000 in 2022?",
        "conjunction",
        'SELECT DISTINCT ?x WHERE { ?e sp:season "2022"^^xsd:gYear ; sp:editionOf/sp:category {ATP Masters 1000} ; sp:singlesChampion ?x . ?x schema:nationality {Spain} }',
    ),
    (
        "Which clay-court tournaments are held in Spain?",
        "conjunction",
        "SELECT ?x WHERE { ?x sp:surface {Clay} ; schema:location/schema:containedInPlace {Spain} }",
    ),
    (
        "indoor tournaments in Austria?",
        "conjunction",
        "SELECT ?x WHERE { ?x sp:indoor true ; schema:location/schema:containedInPlace {Austria} }",
    ),
    (
        "Who was world number 1 on 13 June 2022?",
        "conjunction",
        'SELECT ?x WHERE { ?x sp:rankingEntry ?e . ?e sp:rankingDate "2022-06-13"^^xsd:date ; sp:rank 1 }',
    ),
    # other words for the graph's relations
    (
        "Who took the title at the 2023 Cincinnati Masters?",
        "synonym",
        "SELECT ?x WHERE { {Cincinnati Masters 2023} sp:singlesChampion ?x }",
    ),
    (
        "Who was the runner-up at the 2019 US Open?",
        "synonym",
        match(
            "US Open 2019",
            "Final",
            "?m schema:competitor ?x . FILTER NOT EXISTS { ?m sp:winner ?x }",
        ),
    ),
    (
        "What's the court surface at Roland Garros?",
        "synonym",
        "SELECT ?x WHERE { {Roland Garros} sp:surface ?x }",
    ),
    (
        "What kind of court is the ATP Finals on?",
        "synonym",
        "SELECT ?x WHERE { {ATP Finals|sp:Tournament} sp:surface ?x }",
    ),
    (
        "Who trains Stefanos Tsitsipas?",
        "synonym",
        "SELECT ?x WHERE { {Stefanos Tsitsipas} sp:coach ?x }",
    ),
    # other names of the things
    (
        "Who won the French Open in 2022?",
        "alias",
        'SELECT ?x WHERE { ?e sp:editionOf {Roland Garros} ; sp:season "2022"^^xsd:gYear ; sp:singlesChampion ?x }',
    ),
    (
        "In what city is the Swiss Indoors played?",
        "alias",
        "SELECT ?x WHERE { {Swiss Indoors Basel} schema:location ?x }",
    ),
    (
        "How tall is Sascha Zverev?",
        "alias",
        "SELECT ?x WHERE { {Alexander Zverev} schema:height/schema:value ?x }",
    ),
    (
        "Where is the BNP Paribas Open?",
        "alias",
        "SELECT ?x WHERE { {Indian Wells Masters} schema:location ?x }",
    ),
    ("when was Rafa born", "alias", "SELECT ?x WHERE { {Rafael Nadal} schema:birthDate ?x }"),
    ("Who is Андрей Рублёв's coach?", "alias", "SELECT ?x WHERE { {Andrey Rublev} sp:coach ?x }"),
    (
        "What nationality is Nole?",
        "alias",
        "SELECT ?x WHERE { {Novak Djokovic} schema:nationality ?x }",
    ),
    # misspelt
    (
        "how tall is novak djokovich",
        "typo",
        "SELECT ?x WHERE { {Novak Djokovic} schema:height/schema:value ?x }",
    ),
    (
        "stefanos tsitsipass birthday",
        "typo",
        "SELECT ?x WHERE { {Stefanos Tsitsipas} schema:birthDate ?x }",
    ),
    (
        "who coaches felix auger aliasime",
        "typo",
        "SELECT ?x WHERE { {Félix Auger-Aliassime} sp:coach ?x }",
    ),
    (
        "who won wimbeldon 2022",
        "typo",
        "SELECT ?x WHERE { {Wimbledon 2022} sp:singlesChampion ?x }",
    ),
    (
        "what country is grigor dimitorv from",
        "typo",
        "SELECT ?x WHERE { {Grigor Dimitrov} schema:nationality ?x }",
    ),
    (
        "montecarlo masters surface",
        "typo",
        "SELECT ?x WHERE { {Monte-Carlo Masters} sp:surface ?x }",
    ),
    # unanswerable: a near relation exists, the fact does not
    ("Who won the women's singles at Wimbledon 2019?", "unanswerable", None),
    ("What racket does Casper Ruud use?", "unanswerable", None),
    ("How many aces did Medvedev serve in the 2021 US Open final?", "unanswerable", None),
    ("Who was the chair umpire of the 2019 Wimbledon final?", "unanswerable", None),
    ("How much prize money did Carlos Alcaraz earn in 2023?", "unanswerable", None),
    ("Who won Wimbledon in 2020?", "unanswerable", None),
    ("Who is Holger Rune's agent?", "unanswerable", None),
]

# (id, [(question, kind, query)]) -- a start question, a pronoun follow-up, a "what about / and X"
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "tennis-b46-01",
        [
            (
                "Who won the 2021 US Open?",
                "start",
                "SELECT ?x WHERE { {US Open 2021} sp:singlesChampion ?x }",
            ),
            (
                "How tall is he?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Daniil Medvedev} schema:height/schema:value ?x }",
            ),
            (
                "And Carlos Alcaraz?",
                "and_x",
                "SELECT ?x WHERE { {Carlos Alcaraz} schema:height/schema:value ?x }",
            ),
        ],
    ),
    (
        "tennis-b46-02",
        [
            (
                "What surface is the Halle Open played on?",
                "start",
                "SELECT ?x WHERE { {Halle Open} sp:surface ?x }",
            ),
            (
                "Which city is it in?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Halle Open} schema:location ?x }",
            ),
            (
                "What about the Barcelona Open?",
                "what_about",
                "SELECT ?x WHERE { {Barcelona Open} schema:location ?x }",
            ),
        ],
    ),
    (
        "tennis-b46-03",
        [
            ("Who coaches Holger Rune?", "start", "SELECT ?x WHERE { {Holger Rune} sp:coach ?x }"),
            (
                "Which country is he from?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Patrick Mouratoglou} schema:nationality ?x }",
            ),
            (
                "What about Darren Cahill?",
                "what_about",
                "SELECT ?x WHERE { {Darren Cahill} schema:nationality ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (SCHEMA.name, SCHEMA.alternateName, SKOS.prefLabel, SKOS.altLabel)


def main() -> None:
    g = Graph()
    g.parse(HERE / "tennis.rdf", format="xml")

    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("tennis", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "tennis.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
