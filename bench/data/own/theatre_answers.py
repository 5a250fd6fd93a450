# ruff: noqa: E501  (one question a line)
"""Gold answers of ``theatre.jsonl``, computed with rdflib SPARQL over ``theatre.trig`` (never with
kgchat), the named graphs queried as their union.

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("1828-03-20", "1364", "ru"); an entity with every name it carries: its
``schema:name`` and ``schema:alternateName`` (any language), ``rdfs:label`` (roles, seasons),
``skos:prefLabel`` (genres), a production also its ``dcterms:identifier`` and a season its
``arkiv:seasonLabel``. In a query ``{Name}`` stands for the one node so named and
``{Name|prefix:Class}`` for the one of that class (a work and its productions share a name);
``P1014`` stands for production 1014. Unanswerable questions carry no query and ``answers: []``.
With ``--conversations`` it prints the three blind conversations of
``conversations_blind44.jsonl`` instead. Run from the repository root:
``python bench/data/own/theatre_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDFS, Dataset, Namespace
from rdflib.namespace import DCTERMS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
BASE = "https://data.scenearkiv.example.no/"
ARK = Namespace(BASE + "def/")
SDO = Namespace("http://schema.org/")
LRM = Namespace("http://iflastandards.info/ns/lrm/lrmoo/")
NAMES = [
    SDO.name,
    SDO.alternateName,
    RDFS.label,
    SKOS.prefLabel,
    DCTERMS.identifier,
    ARK.seasonLabel,
]
PRE = f"""PREFIX arkiv: <{ARK}>
PREFIX schema: <{SDO}>
PREFIX lrmoo: <{LRM}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
# a performer of a role in a production ?p: the casting records of its performances
CAST = "?e schema:superEvent ?p ; arkiv:castingRecord ?c . ?c arkiv:performer ?x ; arkiv:role ?r . "
P = "<" + BASE + "id/production/{}>"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Who wrote Hedda Gabler?",
        "1hop",
        "SELECT ?x WHERE { {Hedda Gabler|lrmoo:F1_Work} schema:author ?x }",
    ),
    (
        "who composed la traviata",
        "1hop",
        "SELECT ?x WHERE { {La traviata|lrmoo:F1_Work} schema:composer ?x }",
    ),
    (
        "Who wrote the libretto for Carmen?",
        "1hop",
        "SELECT ?x WHERE { {Carmen|lrmoo:F1_Work} arkiv:librettist ?x }",
    ),
    (
        "When was Henrik Ibsen born?",
        "literal",
        "SELECT ?x WHERE { {Henrik Ibsen} schema:birthDate ?x }",
    ),
    ("Where was Jon Fosse born?", "1hop", "SELECT ?x WHERE { {Jon Fosse} schema:birthPlace ?x }"),
    (
        "What's the seating capacity of the Amfiscenen?",
        "literal",
        "SELECT ?x WHERE { {Amfiscenen} schema:maximumAttendeeCapacity ?x }",
    ),
    (
        "when did the Oslo Opera House open",
        "literal",
        "SELECT ?x WHERE { {Oslo Opera House} arkiv:openedYear ?x }",
    ),
    (
        "What year was Giselle written?",
        "literal",
        "SELECT ?x WHERE { {Giselle|lrmoo:F1_Work} schema:dateCreated ?x }",
    ),
    (
        "What is the original language of Three Sisters?",
        "literal",
        "SELECT ?x WHERE { {Three Sisters} schema:inLanguage ?x }",
    ),
    (
        "Who translated Hamlet into nynorsk?",
        "2hop",
        "SELECT ?x WHERE { ?t lrmoo:R3i_realises {Hamlet|lrmoo:F1_Work} ; schema:inLanguage 'nn' ; schema:translator ?x }",
    ),
    (
        "who conducted Giselle at the opera in 2016",
        "1hop",
        f"SELECT ?x WHERE {{ {P.format(7016)} arkiv:conductor ?x }}",
    ),
    (
        "What nationality is Dmitri Volkov?",
        "1hop",
        "SELECT ?x WHERE { {Dmitri Volkov} schema:nationality ?x }",
    ),
    (
        "When did Tormod Bakken die?",
        "literal",
        "SELECT ?x WHERE { {Tormod Bakken} schema:deathDate ?x }",
    ),
    (
        "Who designed the sets for Carmen at the opera?",
        "1hop",
        f"SELECT ?x WHERE {{ {P.format(7009)} arkiv:setDesigner ?x }}",
    ),
    (
        "who did the lighting for the 2017 Hedda Gabler",
        "1hop",
        f"SELECT ?x WHERE {{ {P.format(1057)} arkiv:lightingDesigner ?x }}",
    ),
    (
        "Who was the costume designer of La traviata at Den Norske Opera?",
        "1hop",
        f"SELECT ?x WHERE {{ {P.format(7014)} arkiv:costumeDesigner ?x }}",
    ),
    (
        "In which season did Rogaland Teater stage Hamlet?",
        "1hop",
        f"SELECT ?x WHERE {{ {P.format(5015)} arkiv:season ?x }}",
    ),
    (
        "Which company produced Fyrvokteren in 2021?",
        "1hop",
        f"SELECT ?x WHERE {{ {P.format(6021)} arkiv:producedBy ?x }}",
    ),
    (
        "In which play does the character Hedvig appear?",
        "1hop",
        "SELECT ?x WHERE { {Hedvig} arkiv:roleIn ?x }",
    ),
    (
        "When was Den Nationale Scene founded?",
        "literal",
        "SELECT ?x WHERE { {Den Nationale Scene|schema:PerformingGroup} arkiv:foundedYear ?x }",
    ),
    (
        "what is the archive identifier of the production Nora?",
        "literal",
        "SELECT ?x WHERE { {Nora|arkiv:Production} dcterms:identifier ?x }",
    ),
    (
        "Who published the archive records of Det Norske Teatret's 2005/06 season?",
        "1hop",
        "SELECT ?x WHERE { ?g dcterms:title 'Det Norske Teatret, season 2005/06'@nb ; dcterms:publisher ?x }",
    ),
    # inverse
    (
        "What plays did Henrik Ibsen write?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:author {Henrik Ibsen} }",
    ),
    (
        "Which productions did Kjetil Ødegaard direct?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:director {Kjetil Ødegaard} }",
    ),
    (
        "which works did Tchaikovsky compose",
        "inverse",
        "SELECT ?x WHERE { ?x schema:composer {Pyotr Ilyich Tchaikovsky} }",
    ),
    (
        "Which stages does the Nationaltheatret building have?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:containedInPlace {Nationaltheatret|schema:PerformingArtsTheater} }",
    ),
    ("Who was born in Bergen?", "list", "SELECT ?x WHERE { ?x schema:birthPlace {Bergen} }"),
    (
        "list the theatre companies based in Oslo",
        "list",
        "SELECT ?x WHERE { ?x a schema:PerformingGroup ; schema:location {Oslo} }",
    ),
    # two and three hops
    (
        "Where was the composer of Carmen born?",
        "2hop",
        "SELECT ?x WHERE { {Carmen|lrmoo:F1_Work} schema:composer/schema:birthPlace ?x }",
    ),
    (
        "In which city did the librettist of La traviata die?",
        "2hop",
        "SELECT ?x WHERE { {La traviata|lrmoo:F1_Work} arkiv:librettist/schema:deathPlace ?x }",
    ),
    (
        "When was the author of Three Sisters born?",
        "2hop",
        "SELECT ?x WHERE { {Three Sisters} schema:author/schema:birthDate ?x }",
    ),
    (
        "Which city is the Peer Gynt-salen in?",
        "2hop",
        "SELECT ?x WHERE { {Peer Gynt-salen} schema:containedInPlace/schema:containedInPlace ?x }",
    ),
    (
        "How many seats does the main stage of the Oslo Opera House have?",
        "2hop",
        "SELECT ?x WHERE { ?s schema:containedInPlace {Oslo Opera House} ; schema:name 'Hovedscenen' ; schema:maximumAttendeeCapacity ?x }",
    ),
    (
        "Who translated the Three Sisters that Nationaltheatret put on in 2010?",
        "2hop",
        f"SELECT ?x WHERE {{ {P.format(1040)} arkiv:usesExpression/schema:translator ?x }}",
    ),
    (
        "Who wrote the play behind the Tre søstre production at the National Theatre?",
        "3hop",
        f"SELECT ?x WHERE {{ {P.format(1040)} arkiv:usesExpression/lrmoo:R3i_realises/schema:author ?x }}",
    ),
    (
        "Who wrote the play Nationaltheatret staged in the 2006/07 season?",
        "3hop",
        "SELECT ?x WHERE { ?p arkiv:season/arkiv:seasonLabel '2006/07' ; arkiv:producedBy {Nationaltheatret|schema:PerformingGroup} ; schema:workPerformed/schema:author ?x }",
    ),
    (
        "Who was Kristine Holm's understudy as Hedda?",
        "2hop",
        "SELECT ?x WHERE { ?c arkiv:performer {Kristine Holm} ; arkiv:role {Hedda Tesman} ; arkiv:understudy ?x }",
    ),
    (
        "Which roles did Aleksandr Petrov dance?",
        "2hop",
        "SELECT ?x WHERE { ?c arkiv:performer {Aleksandr Petrov} ; arkiv:role ?x }",
    ),
    (
        "which operas did Dmitri Volkov sing in",
        "3hop",
        "SELECT ?x WHERE { ?c arkiv:performer {Dmitri Volkov} ; arkiv:role/arkiv:roleIn ?x }",
    ),
    (
        "Which award did Yuki Tanaka-Berg receive?",
        "2hop",
        "SELECT ?x WHERE { ?a arkiv:recipient {Yuki Tanaka-Berg} ; arkiv:prize ?x }",
    ),
    (
        "Where was the original choreographer of Giselle born?",
        "2hop",
        "SELECT ?x WHERE { {Giselle|lrmoo:F1_Work} arkiv:originalChoreographer/schema:birthPlace ?x }",
    ),
    (
        "What theatres did the touring Fyrvokteren play at?",
        "2hop",
        f"SELECT ?x WHERE {{ ?e schema:superEvent {P.format(6021)} ; schema:location ?x }}",
    ),
    (
        "Which productions has Liv Sandnes designed sets for?",
        "inverse",
        "SELECT ?x WHERE { ?x arkiv:setDesigner {Liv Sandnes} }",
    ),
    # conjunctions: a production picked by its work, house or year
    (
        "Who directed the 1998 Hedda Gabler at the Nationaltheatret?",
        "conjunction",
        f"SELECT ?x WHERE {{ {P.format(1014)} schema:director ?x }}",
    ),
    (
        "who played Hedda in the 1998 production at the National?",
        "3hop",
        f"SELECT ?x WHERE {{ BIND({P.format(1014)} AS ?p) {CAST} FILTER(?r = {{Hedda Tesman}}) }}",
    ),
    (
        "Who played Hamlet at Det Norske Teatret?",
        "3hop",
        f"SELECT ?x WHERE {{ BIND({P.format(2011)} AS ?p) {CAST} FILTER(?r = {{Hamlet|arkiv:Role}}) }}",
    ),
    (
        "What role did Giulia Ferrante sing in Tryllefløyten?",
        "conjunction",
        f"SELECT ?x WHERE {{ BIND({P.format(7019)} AS ?p) ?e schema:superEvent ?p ; arkiv:castingRecord ?c . ?c arkiv:performer {{Giulia Ferrante}} ; arkiv:role ?x }}",
    ),
    (
        "Who sang Violetta in Bergen?",
        "conjunction",
        f"SELECT ?x WHERE {{ BIND({P.format(8013)} AS ?p) {CAST} FILTER(?r = {{Violetta Valéry}}) }}",
    ),
    (
        "Who played Ophelia in the nynorsk Hamlet?",
        "conjunction",
        f"SELECT ?x WHERE {{ BIND({P.format(2011)} AS ?p) {CAST} FILTER(?r = {{Ofelia}}) }}",
    ),
    (
        "In what year did Marit Solheim win the Hedda Award?",
        "conjunction",
        "SELECT ?x WHERE { ?a arkiv:recipient {Marit Solheim} ; arkiv:prize {The Hedda Award} ; arkiv:awardYear ?x }",
    ),
    (
        "What category did Åsne Hovland win in 2013?",
        "conjunction",
        "SELECT ?x WHERE { ?a arkiv:recipient {Åsne Hovland} ; arkiv:awardYear ?y ; arkiv:category ?x FILTER(STR(?y) = '2013') }",
    ),
    (
        "Which production won the Kritikerprisen in 2022?",
        "conjunction",
        "SELECT ?x WHERE { ?a arkiv:prize {Kritikerprisen} ; arkiv:awardYear ?y ; arkiv:recipient ?x FILTER(STR(?y) = '2022') }",
    ),
    (
        "Which actors were in both Hedda Gabler and A Doll's House at the National Theatre?",
        "conjunction",
        f"SELECT DISTINCT ?x WHERE {{ ?e1 schema:superEvent ?p1 ; arkiv:castingRecord/arkiv:performer ?x . ?e2 schema:superEvent {P.format(1022)} ; arkiv:castingRecord/arkiv:performer ?x . FILTER(?p1 IN ({P.format(1014)}, {P.format(1057)})) }}",
    ),
    (
        "Who won the Hedda Award?",
        "list",
        "SELECT ?x WHERE { ?a arkiv:prize {The Hedda Award} ; arkiv:recipient ?x }",
    ),
    (
        "When did Nordlys premiere?",
        "literal",
        "SELECT ?x WHERE { {Nordlys|arkiv:Production} arkiv:premiereDate ?x }",
    ),
    (
        "When was the premiere of Peer Gynt at Trøndelag Teater?",
        "literal",
        f"SELECT ?x WHERE {{ {P.format(4008)} arkiv:premiereDate ?x }}",
    ),
    # other words for the same relation, other names, misspellings
    (
        "Who penned A Doll's House?",
        "synonym",
        "SELECT ?x WHERE { {A Doll's House} schema:author ?x }",
    ),
    (
        "who choreographed the original Swan Lake",
        "synonym",
        "SELECT ?x WHERE { {Swan Lake} arkiv:originalChoreographer ?x }",
    ),
    (
        "What's the birthplace of the man who wrote the music for Swan Lake?",
        "synonym",
        "SELECT ?x WHERE { {Swan Lake} schema:composer/schema:birthPlace ?x }",
    ),
    (
        "Who was the set designer on Vildanden?",
        "synonym",
        f"SELECT ?x WHERE {{ {P.format(1031)} arkiv:setDesigner ?x }}",
    ),
    (
        "When was Peter Tsjaikovskij born?",
        "alias",
        "SELECT ?x WHERE { {Pyotr Ilyich Tchaikovsky} schema:birthDate ?x }",
    ),
    (
        "Where was Kiki Holm born?",
        "alias",
        "SELECT ?x WHERE { {Kristine Holm} schema:birthPlace ?x }",
    ),
    (
        "Who directed The Magic Flute at the opera house?",
        "alias",
        f"SELECT ?x WHERE {{ {P.format(7019)} schema:director ?x }}",
    ),
    (
        "what nationality is Vesla Aasen",
        "alias",
        "SELECT ?x WHERE { {Wenche Aasen} schema:nationality ?x }",
    ),
    (
        "when was anton chekov born",
        "typo",
        "SELECT ?x WHERE { {Anton Chekhov} schema:birthDate ?x }",
    ),
    ("who composed swan lak", "typo", "SELECT ?x WHERE { {Swan Lake} schema:composer ?x }"),
    (
        "Where did Giusepe Verdi die?",
        "typo",
        "SELECT ?x WHERE { {Giuseppe Verdi} schema:deathPlace ?x }",
    ),
    # questions the archive cannot answer
    ("How much did a ticket for the 1998 Hedda Gabler cost?", "unanswerable", None),
    ("Who was the stage manager of Carmen in 2009?", "unanswerable", None),
    ("How long does Peer Gynt at Trøndelag Teater run, in minutes?", "unanswerable", None),
    ("What was the box office revenue of La traviata in Bergen?", "unanswerable", None),
    ("Which agent represents Jonas Bakke?", "unanswerable", None),
    ("How many people attended the premiere of Nordlys?", "unanswerable", None),
    ("Who choreographed the dances in Carmen?", "unanswerable", None),
]

# three blind conversations (conversations_blind44.jsonl): (id, [(question, kind, query)])
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "theatre-b44-01",
        [
            (
                "Who directed the 1998 Hedda Gabler at Nationaltheatret?",
                "start",
                f"SELECT ?x WHERE {{ {P.format(1014)} schema:director ?x }}",
            ),
            (
                "When was he born?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Halvard Lunde} schema:birthDate ?x }",
            ),
            (
                "What about Clara Moreau?",
                "what_about",
                "SELECT ?x WHERE { {Clara Moreau} schema:birthDate ?x }",
            ),
        ],
    ),
    (
        "theatre-b44-02",
        [
            (
                "Who composed Carmen?",
                "start",
                "SELECT ?x WHERE { {Carmen|lrmoo:F1_Work} schema:composer ?x }",
            ),
            (
                "Where was he born?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Georges Bizet} schema:birthPlace ?x }",
            ),
            (
                "And Giuseppe Verdi?",
                "and_x",
                "SELECT ?x WHERE { {Giuseppe Verdi} schema:birthPlace ?x }",
            ),
        ],
    ),
    (
        "theatre-b44-03",
        [
            (
                "When did La traviata premiere in Bergen?",
                "start",
                f"SELECT ?x WHERE {{ {P.format(8013)} arkiv:premiereDate ?x }}",
            ),
            (
                "Who conducted it?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ {P.format(8013)} arkiv:conductor ?x }}",
            ),
            (
                "And Tryllefløyten?",
                "and_x",
                f"SELECT ?x WHERE {{ {P.format(7019)} arkiv:conductor ?x }}",
            ),
        ],
    ),
]


def main() -> None:
    ds = Dataset(default_union=True)
    ds.parse(HERE / "theatre.trig", format="trig")
    answers_of = named_answers(ds, PRE, NAMES)
    if "--conversations" in sys.argv:
        print_conversations("theatre", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "theatre.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
