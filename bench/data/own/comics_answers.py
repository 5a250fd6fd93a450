# ruff: noqa: E501  (one question a line)
"""Gold answers of ``comics.jsonl`` (and, with ``--conversations``, the comics lines of
``conversations_blind50.jsonl``), computed with rdflib SPARQL over ``comics.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("2005-11", "3.99", "978-1-4012-2295-0"); a node with every
name it carries: ``schema:name``, ``schema:alternateName``, ``rdfs:label``, ``skos:altLabel``,
``skos:prefLabel``, ``foaf:name`` and an album's ``pb:title``, in every language. In a query
``{Name}`` stands for the one node carrying that name (``{Name|prefix:Class}`` for the one of
that class); an issue is found by its series and number (``ISSUE``), since two series share
the name "The Vigilant" and their first four issues their names. Unanswerable questions carry
no query and ``answers: []``. Run from the repository root:
``python bench/data/own/comics_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import FOAF, RDFS, Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("https://schema.org/")
PB = Namespace("https://panelbase.example.org/ns#")
PRE = """PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX pb: <https://panelbase.example.org/ns#>
PREFIX role: <https://panelbase.example.org/role/>
"""
# the series by its IRI: two share the name "The Vigilant"
SERIES = {
    "vig87": "<https://panelbase.example.org/series/11873>",
    "vig11": "<https://panelbase.example.org/series/48211>",
}


def issue(var: str, series: str, number: str) -> str:
    """A pattern binding ``?var`` to the issue ``number`` of ``series`` (a key of ``SERIES`` or
    a ``{Name|schema:ComicSeries}``)."""
    s = SERIES.get(series, series)
    return f'?{var} schema:isPartOf {s} ; schema:issueNumber "{number}" .'


def credit(var: str, role: str, x: str = "?x") -> str:
    """A pattern: ``x`` holds ``role`` on the issue ``?var`` by a blank ``pb:Credit`` node."""
    return f"?{var} pb:credit [ pb:creator {x} ; pb:role role:{role} ] ."


QUESTIONS: list[tuple[str, str, str | None]] = [
    # credits
    (
        "Who wrote Skyguard Legion #2?",
        "1hop",
        f"SELECT ?x WHERE {{ {issue('i', '{Skyguard Legion|schema:ComicSeries}', '2')} {credit('i', 'script')} }}",
    ),
    (
        "Who pencilled The Vigilant #6?",
        "1hop",
        f"SELECT ?x WHERE {{ {issue('i', 'vig11', '6')} {credit('i', 'pencils')} }}",
    ),
    (
        "who did the colors on skyguard legion 4",
        "1hop",
        f"SELECT ?x WHERE {{ {issue('i', '{Skyguard Legion|schema:ComicSeries}', '4')} {credit('i', 'colors')} }}",
    ),
    (
        "Who did the cover for The Vigilant #7?",
        "1hop",
        f"SELECT ?x WHERE {{ {issue('i', 'vig11', '7')} {credit('i', 'cover')} }}",
    ),
    (
        "Who drew Hollow Saints #2?",
        "synonym",
        f"SELECT ?x WHERE {{ {issue('i', '{Hollow Saints}', '2')} ?i schema:penciler ?x }}",
    ),
    (
        "Who handled the art on Rust Knights #3?",
        "synonym",
        f"SELECT ?x WHERE {{ {issue('i', '{Rust Knights}', '3')} ?i schema:artist ?x }}",
    ),
    (
        "Who colored Les Fantômes de Namur?",
        "1hop",
        "SELECT ?x WHERE { ?i pb:title 'Les Fantômes de Namur'@fr ; schema:colorist ?x }",
    ),
    (
        "Who drew The Salt Citadel?",
        "alias",
        "SELECT ?x WHERE { ?i pb:title 'The Salt Citadel'@en ; schema:illustrator ?x }",
    ),
    (
        "who wrote skyguard legoin #3",
        "typo",
        f"SELECT ?x WHERE {{ {issue('i', '{Skyguard Legion|schema:ComicSeries}', '3')} {credit('i', 'script')} }}",
    ),
    (
        "whos the penciler on the vigilent #5",
        "typo",
        f"SELECT ?x WHERE {{ {issue('i', 'vig11', '5')} {credit('i', 'pencils')} }}",
    ),
    # publishers and imprints
    (
        "Who published Orbit City Tales?",
        "1hop",
        "SELECT ?x WHERE { {Orbit City Tales} schema:publisher ?x }",
    ),
    ("Which company owns Nocturne?", "synonym", "SELECT ?x WHERE { {Nocturne} pb:imprintOf ?x }"),
    (
        "Who acquired Éditions Lumière?",
        "1hop",
        "SELECT ?x WHERE { {Éditions Lumière} pb:acquiredBy ?x }",
    ),
    (
        "Who bought Ironclad Press?",
        "synonym",
        "SELECT ?x WHERE { {Ironclad Press} pb:acquisition/pb:acquirer ?x }",
    ),
    (
        "When did Ironclad Press get bought?",
        "literal",
        "SELECT ?x WHERE { {Ironclad Press} pb:acquisition/schema:startDate ?x }",
    ),
    (
        "Where is Kaminari Shobō based?",
        "1hop",
        "SELECT ?x WHERE { {Kaminari Shobō} schema:location ?x }",
    ),
    (
        "Who publishes Star Swordsman?",
        "alias",
        "SELECT ?x WHERE { {Star Swordsman} schema:publisher ?x }",
    ),
    (
        "who publishes hollow saynts",
        "typo",
        "SELECT ?x WHERE { {Hollow Saints} schema:publisher ?x }",
    ),
    (
        "What series has Ironclad Press published?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:publisher {Ironclad Press} ; a schema:ComicSeries }",
    ),
    # characters
    ("What's Nightjar's secret identity?", "1hop", "SELECT ?x WHERE { {Nightjar} pb:alterEgo ?x }"),
    ("tidecallers real name", "typo", "SELECT ?x WHERE { {Tidecaller} pb:alterEgo ?x }"),
    (
        "Who's the man under the Vigilant's mask?",
        "synonym",
        "SELECT ?x WHERE { {The Vigilant|pb:Character} pb:alterEgo ?x }",
    ),
    ("Who is Vig's secret identity?", "alias", "SELECT ?x WHERE { {Vig} pb:alterEgo ?x }"),
    (
        "In which issue did Graywake first appear?",
        "1hop",
        "SELECT ?x WHERE { {Graywake} pb:firstAppearance ?x }",
    ),
    (
        "Which issue did the Ash Nun first appear in?",
        "alias",
        "SELECT ?x WHERE { {The Ash Nun} pb:firstAppearance ?x }",
    ),
    ("Who created Nightjar?", "1hop", "SELECT ?x WHERE { {Nightjar} pb:createdBy ?x }"),
    (
        "Which characters first appeared in Skyguard Legion #1?",
        "inverse",
        f"SELECT ?x WHERE {{ {issue('i', '{Skyguard Legion|schema:ComicSeries}', '1')} ?x pb:firstAppearance ?i ; a pb:Character }}",
    ),
    (
        "What characters did Isabeau Marchetti create?",
        "inverse",
        "SELECT ?x WHERE { ?x pb:createdBy {Isabeau Marchetti} }",
    ),
    (
        "Who created the hero whose real name is Marcus Hale?",
        "2hop",
        "SELECT ?x WHERE { ?c pb:alterEgo {Marcus Hale} ; pb:createdBy ?x }",
    ),
    (
        "Which series did Graywake first appear in?",
        "2hop",
        "SELECT ?x WHERE { {Graywake} pb:firstAppearance/schema:isPartOf ?x }",
    ),
    (
        "What's the real name of the character who debuted in Rust Knights #0?",
        "2hop",
        f"SELECT ?x WHERE {{ {issue('i', '{Rust Knights}', '0')} ?c pb:firstAppearance ?i ; pb:alterEgo ?x }}",
    ),
    (
        "Who pencilled the issue where Tidecaller first showed up?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Tidecaller}} pb:firstAppearance ?i . {credit('i', 'pencils')} }}",
    ),
    (
        "Which imprint published the series Sister Ash debuted in?",
        "3hop",
        "SELECT ?x WHERE { {Sister Ash} pb:firstAppearance/schema:isPartOf/schema:publisher ?x }",
    ),
    # teams
    (
        "Who is on the Skyguard Legion?",
        "list",
        "SELECT ?x WHERE { {Skyguard Legion|pb:Team} pb:membership/pb:member ?x }",
    ),
    (
        "Which Skyguard Legion members have left the team?",
        "conjunction",
        "SELECT ?x WHERE { {Skyguard Legion|pb:Team} pb:membership ?m . ?m pb:member ?x ; pb:left ?y }",
    ),
    (
        "When did Nightjar leave the Skyguard Legion?",
        "literal",
        "SELECT ?x WHERE { {Skyguard Legion|pb:Team} pb:membership ?m . ?m pb:member {Nightjar} ; pb:left ?x }",
    ),
    (
        "What is the secret identity of the Skyguard Legion member who joined in 2016?",
        "3hop",
        "SELECT ?x WHERE { {Skyguard Legion|pb:Team} pb:membership ?m . ?m pb:member ?c ; pb:joined '2016'^^xsd:gYear . ?c pb:alterEgo ?x }",
    ),
    (
        "Which members of the Skyguard Legion were created by Malcolm Ferris?",
        "conjunction",
        "SELECT ?x WHERE { {Skyguard Legion|pb:Team} pb:membership/pb:member ?x . ?x pb:createdBy {Malcolm Ferris} }",
    ),
    # arcs, reprints, variants, collections
    (
        "What story arc is The Vigilant #5 part of?",
        "1hop",
        f"SELECT ?x WHERE {{ {issue('i', 'vig11', '5')} ?i pb:storyArc ?x }}",
    ),
    (
        "What issues make up the Night of Glass arc?",
        "inverse",
        "SELECT ?x WHERE { ?x pb:storyArc {Night of Glass} }",
    ),
    (
        "Which issues are part of The Long Eclipse crossover?",
        "list",
        "SELECT ?x WHERE { {The Long Eclipse} pb:part/pb:issue ?x }",
    ),
    (
        "Who wrote the original story that Halcyon Classics #1 reprints?",
        "3hop",
        f"SELECT ?x WHERE {{ {issue('i', '{Halcyon Classics}', '1')} ?i schema:hasPart/pb:reprintOf/schema:author ?x }}",
    ),
    (
        "Which story does Halcyon Classics #3 reprint?",
        "2hop",
        f"SELECT ?x WHERE {{ {issue('i', '{Halcyon Classics}', '3')} ?i schema:hasPart/pb:reprintOf ?x }}",
    ),
    (
        "What variant covers are there for the 2011 Vigilant #1?",
        "list",
        f"SELECT ?x WHERE {{ {issue('i', 'vig11', '1')} ?x pb:variantOf ?i }}",
    ),
    (
        "What's the ratio on the Skyguard Legion #4 variant?",
        "literal",
        f"SELECT ?x WHERE {{ {issue('i', '{Skyguard Legion|schema:ComicSeries}', '4')} ?v pb:variantOf ?i ; pb:ratio ?x }}",
    ),
    (
        "What's the ISBN of the Hollow Saints Omnibus?",
        "literal",
        "SELECT ?x WHERE { {Hollow Saints Omnibus} schema:isbn ?x }",
    ),
    (
        "How many pages is The Vigilant Vol. 1: Night of Glass?",
        "literal",
        "SELECT ?x WHERE { {The Vigilant Vol. 1: Night of Glass} schema:numberOfPages ?x }",
    ),
    (
        "Which trade collects Skyguard Legion #5?",
        "inverse",
        f"SELECT ?x WHERE {{ {issue('i', '{Skyguard Legion|schema:ComicSeries}', '5')} ?x pb:collects ?i }}",
    ),
    # issues: prices, dates, pages
    (
        "What did The Vigilant Annual 1 cost?",
        "literal",
        f"SELECT ?x WHERE {{ {issue('i', 'vig11', 'Annual 1')} ?i schema:offers/schema:price ?x }}",
    ),
    (
        "What's the price of Hoshi no Kenshi volume 2?",
        "literal",
        f"SELECT ?x WHERE {{ {issue('i', '{Hoshi no Kenshi}', '2')} ?i schema:offers/schema:price ?x }}",
    ),
    (
        "What was the Canadian price of Hollow Saints #4?",
        "conjunction",
        f"SELECT ?x WHERE {{ {issue('i', '{Hollow Saints}', '4')} ?i schema:offers [ schema:price ?x ; schema:priceCurrency 'CAD' ] }}",
    ),
    (
        "When did Moth & Lantern #3 go on sale?",
        "literal",
        f"SELECT ?x WHERE {{ {issue('i', '{Moth & Lantern}', '3')} ?i pb:onSaleDate ?x }}",
    ),
    (
        "What's the street date for Skyguard Legion #5?",
        "synonym",
        f"SELECT ?x WHERE {{ {issue('i', '{Skyguard Legion|schema:ComicSeries}', '5')} ?i pb:onSaleDate ?x }}",
    ),
    (
        "What's the cover date of Rust Knights #2?",
        "literal",
        f"SELECT ?x WHERE {{ {issue('i', '{Rust Knights}', '2')} ?i pb:coverDate ?x }}",
    ),
    (
        "What's Hollow Saints rated?",
        "literal",
        "SELECT ?x WHERE { {Hollow Saints} schema:contentRating ?x }",
    ),
    # creators
    (
        "What country is the penciller of Skyguard Legion #3 from?",
        "3hop",
        f"SELECT ?x WHERE {{ {issue('i', '{Skyguard Legion|schema:ComicSeries}', '3')} {credit('i', 'pencils', '?p')} ?p schema:nationality ?x }}",
    ),
    (
        "Who wrote the Vauban Chronicles?",
        "2hop",
        "SELECT ?x WHERE { ?i schema:isPartOf {The Vauban Chronicles} ; schema:author ?x }",
    ),
    (
        "Who both wrote and drew Moth & Lantern?",
        "conjunction",
        "SELECT ?x WHERE { ?i schema:isPartOf {Moth & Lantern} ; schema:author ?x ; schema:artist ?x }",
    ),
    (
        "Which creator worked on both Hollow Saints and Skyguard Legion?",
        "conjunction",
        "SELECT ?x WHERE { ?a schema:isPartOf {Hollow Saints} ; ?p ?x . ?x a schema:Person . ?b schema:isPartOf {Skyguard Legion|schema:ComicSeries} ; pb:credit/pb:creator ?x }",
    ),
    (
        "What series did N. K. Corrigan write?",
        "alias",
        "SELECT ?x WHERE { ?i schema:author {N. K. Corrigan} ; schema:isPartOf ?x }",
    ),
    (
        "When was the company that bought Ironclad Press founded?",
        "2hop",
        "SELECT ?x WHERE { {Ironclad Press} pb:acquisition/pb:acquirer/schema:foundingDate ?x }",
    ),
    (
        "Which publisher owns the imprint that put out Moth & Lantern?",
        "2hop",
        "SELECT ?x WHERE { {Moth & Lantern} schema:publisher/pb:imprintOf ?x }",
    ),
    # unanswerable: the index holds none of these
    ("What was the print run of Skyguard Legion #1?", "unanswerable", None),
    ("Who edited The Vigilant #3?", "unanswerable", None),
    ("What's Hollow Saints #1 worth in CGC 9.8?", "unanswerable", None),
    ("When is Marcus Hale's birthday?", "unanswerable", None),
    ("Who inked Les Chroniques de Vauban?", "unanswerable", None),
    ("Which studio is adapting Moth & Lantern into a film?", "unanswerable", None),
    ("How many copies did Star Swordsman sell?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "comics-b50-01",
        [
            (
                "Who wrote Skyguard Legion #1?",
                "start",
                f"SELECT ?x WHERE {{ {issue('i', '{Skyguard Legion|schema:ComicSeries}', '1')} {credit('i', 'script')} }}",
            ),
            (
                "When was he born?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Malcolm Ferris} schema:birthDate ?x }",
            ),
            (
                "And Dara Castellanos?",
                "and_x",
                "SELECT ?x WHERE { {Dara Castellanos} schema:birthDate ?x }",
            ),
        ],
    ),
    (
        "comics-b50-02",
        [
            (
                "Who is Nightjar's alter ego?",
                "start",
                "SELECT ?x WHERE { {Nightjar} pb:alterEgo ?x }",
            ),
            (
                "Which issue did she first appear in?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Nightjar} pb:firstAppearance ?x }",
            ),
            (
                "What about Tidecaller?",
                "what_about",
                "SELECT ?x WHERE { {Tidecaller} pb:firstAppearance ?x }",
            ),
        ],
    ),
    (
        "comics-b50-03",
        [
            (
                "Which imprint published Hollow Saints?",
                "start",
                "SELECT ?x WHERE { {Hollow Saints} schema:publisher ?x }",
            ),
            (
                "When was it founded?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Nocturne} schema:foundingDate ?x }",
            ),
            ("And Lodestar?", "and_x", "SELECT ?x WHERE { {Lodestar} schema:foundingDate ?x }"),
        ],
    ),
]

NAME_PROPS = (
    S.name,
    S.alternateName,
    RDFS.label,
    SKOS.altLabel,
    SKOS.prefLabel,
    FOAF.name,
    PB.title,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("3.99")
    g = Graph()
    g.parse(HERE / "comics.ttl", format="turtle")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("comics", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "comics.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
