# ruff: noqa: E501  (one question a line)
"""Gold answers of ``esports.jsonl`` (and, with ``--conversations``, the esports lines of
``conversations_blind63.jsonl``), computed with rdflib SPARQL over the data
``esports_make.py`` writes into ``esports.cypher`` (never with kgchat).

The data is read as its maintainers mean it, from :func:`esports_make.build` rather than from
the Cypher text: a node is ``n:<key>`` with ``rdf:type c:<Label>`` for each label, a property
``p:<name>`` (a list one value a line, a date its ``YYYY-MM-DD``, a date-time its text), a
relationship ``r:<TYPE>`` from its start to its end and, where it has properties, also a
record with ``p:start``, ``p:end``, ``p:relType`` and its properties. A node answers with
every name it carries (``name``, ``title``, ``handle``, ``realName``, the native names, a
team's ``tag``, a game's ``shortName``, a country's ``code``), or its id property
(``matchId``, ``transferId``); a literal with its lexical form (a date-time also by its
date). In a query ``{Name}`` stands for the one node carrying that name. Ownership is read
from either side (``OWNED``), an academy too (``ACADEMY``), a roster from ``PLAYS_FOR`` or
``MEMBER_OF`` (``PLAYS``), a nationality from the relationship or the code property
(``NATION``), a sponsor from the relationship or the list property (``SPONSOR``).
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/esports_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, Graph, Literal, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, print_conversations, write_answers
from esports_make import COUNTRIES, SPONSORS, Date, build

HERE = Path(__file__).parent
N, P, R, C = (
    "http://esports.example/n/",
    "http://esports.example/p/",
    "http://esports.example/r/",
    "http://esports.example/c/",
)
PRE = f"PREFIX p: <{P}>\nPREFIX r: <{R}>\nPREFIX c: <{C}>\n"
NAME_PROPS = [
    URIRef(P + k)
    for k in (
        "name",
        "title",
        "handle",
        "realName",
        "name_ko",
        "name_zh",
        "name_ja",
        "name_native",
        "tag",
        "shortName",
        "code",
        "matchId",
        "transferId",
    )
]


def OWNED(team: str, org: str) -> str:
    return f"{{ {team} r:OWNED_BY {org} }} UNION {{ {org} r:OWNS {team} }}"


def ACADEMY(academy: str, parent: str) -> str:
    return f"{{ {academy} r:ACADEMY_OF {parent} }} UNION {{ {parent} r:HAS_ACADEMY {academy} }}"


def PLAYS(player: str, team: str) -> str:
    return f"{{ {player} r:PLAYS_FOR {team} }} UNION {{ {player} r:MEMBER_OF {team} }}"


def NATION(person: str, country: str) -> str:
    return f"{{ {person} r:NATIONALITY {country} }} UNION {{ {person} p:nationality ?code_ . {country} p:code ?code_ }}"


def SPONSOR(team: str, sponsor: str) -> str:
    return f"{{ {team} r:SPONSORED_BY {sponsor} }} UNION {{ {team} p:sponsors ?sn_ . {sponsor} p:name ?sn_ }}"


def FINAL(tour: str, match: str = "?m_") -> str:
    return f'{match} r:PART_OF {tour} ; p:stage "final" .'


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("who owns Hanul Tigers?", "1hop", f"SELECT ?x WHERE {{ {OWNED('{Hanul Tigers}', '?x')} }}"),
    (
        "which country is Northwind based in",
        "1hop",
        "SELECT ?x WHERE { {Northwind} r:BASED_IN ?x }",
    ),
    (
        "Who publishes Legends of Aether?",
        "1hop",
        "SELECT ?x WHERE { {Legends of Aether} r:PUBLISHED_BY ?x }",
    ),
    ("what role does Ghostline play?", "1hop", "SELECT ?x WHERE { {Ghostline} p:role ?x }"),
    ("Which team does Maestro coach?", "1hop", "SELECT ?x WHERE { {Maestro} r:COACHES ?x }"),
    (
        "Where was the Aether World Championship 2023 held?",
        "1hop",
        "SELECT ?x WHERE { {Aether World Championship 2023} r:HELD_IN ?x }",
    ),
    (
        "who organised Nordic Clash 2023",
        "1hop",
        "SELECT ?x WHERE { {Nordic Clash 2023} r:ORGANISED_BY ?x }",
    ),
    ("what game does Maple Rush play", "1hop", "SELECT ?x WHERE { {Maple Rush} r:COMPETES_IN ?x }"),
    (
        "Which team does Seraph play for?",
        "1hop",
        f"SELECT ?x WHERE {{ {PLAYS('{Seraph}', '?x')} }}",
    ),
    # inverse
    (
        "Which teams does Hanul Group own?",
        "inverse",
        f"SELECT ?x WHERE {{ {OWNED('?x', '{Hanul Group}')} }}",
    ),
    (
        "who plays for Kitsune Club?",
        "inverse",
        f"SELECT ?x WHERE {{ {PLAYS('?x', '{Kitsune Club}')} }}",
    ),
    (
        "Which games does Kagami Soft publish?",
        "inverse",
        "SELECT ?x WHERE { ?x r:PUBLISHED_BY {Kagami Soft} }",
    ),
    ("Who coaches Verde Esports?", "inverse", "SELECT ?x WHERE { ?x r:COACHES {Verde Esports} }"),
    ("which tournaments were held in Paris", "inverse", "SELECT ?x WHERE { ?x r:HELD_IN {Paris} }"),
    (
        "What teams are sponsored by Tundra Cola?",
        "inverse",
        f"SELECT ?x WHERE {{ {SPONSOR('?x', '{Tundra Cola}')} }}",
    ),
    (
        "which players are from Poland",
        "inverse",
        f"SELECT ?x WHERE {{ ?x a c:Player . {NATION('?x', '{Poland}')} }}",
    ),
    (
        "What tournaments did Apex Events GmbH organise?",
        "inverse",
        "SELECT ?x WHERE { ?x r:ORGANISED_BY {Apex Events GmbH} }",
    ),
    (
        "Which team is the academy of Vortex Gaming?",
        "inverse",
        f"SELECT ?x WHERE {{ {ACADEMY('?x', '{Vortex Gaming}')} }}",
    ),
    # two hops
    (
        "In which city is the publisher of Warden Tactics headquartered?",
        "2hop",
        "SELECT ?x WHERE { {Warden Tactics} r:PUBLISHED_BY ?p . ?p r:HEADQUARTERED_IN ?x }",
    ),
    (
        "what country is Seraph's team from?",
        "2hop",
        f"SELECT ?x WHERE {{ {PLAYS('{Seraph}', '?t')} ?t r:BASED_IN ?x }}",
    ),
    (
        "who coaches the team Ghostline plays for?",
        "2hop",
        f"SELECT ?x WHERE {{ {PLAYS('{Ghostline}', '?t')} ?x r:COACHES ?t }}",
    ),
    (
        "Who publishes the game of the Skyfall Invitational 2024?",
        "2hop",
        "SELECT ?x WHERE { {Skyfall Invitational 2024} r:FOR_GAME ?g . ?g r:PUBLISHED_BY ?x }",
    ),
    (
        "In which country was Strikepoint Masters Cologne 2023 held?",
        "2hop",
        "SELECT ?x WHERE { {Strikepoint Masters Cologne 2023} r:HELD_IN ?c . ?c r:IN_COUNTRY ?x }",
    ),
    (
        "who won the Nordic Clash 2023 final",
        "2hop",
        f"SELECT ?x WHERE {{ {FINAL('{Nordic Clash 2023}')} ?m_ r:WON_BY ?x }}",
    ),
    (
        "Which organisation owns the team Kaiser plays for?",
        "2hop",
        f"SELECT ?x WHERE {{ {PLAYS('{Kaiser}', '?t')} {OWNED('?t', '?x')} }}",
    ),
    (
        "what nationality is the coach of Hanul Tigers?",
        "2hop",
        f"SELECT ?x WHERE {{ ?c r:COACHES {{Hanul Tigers}} . {NATION('?c', '?x')} }}",
    ),
    (
        "Where is the organiser of Warden Tactics Major Paris 2024 based?",
        "2hop",
        "SELECT ?x WHERE { {Warden Tactics Major Paris 2024} r:ORGANISED_BY ?o . ?o r:BASED_IN ?x }",
    ),
    (
        "Which company makes the game Hanul Tigers compete in?",
        "2hop",
        "SELECT ?x WHERE { {Hanul Tigers} r:COMPETES_IN ?g . ?g r:PUBLISHED_BY ?x }",
    ),
    # three hops
    (
        "In which country is the publisher of Strikepoint 2 headquartered?",
        "3hop",
        "SELECT ?x WHERE { {Strikepoint 2} r:PUBLISHED_BY ?p . ?p r:HEADQUARTERED_IN ?c . ?c r:IN_COUNTRY ?x }",
    ),
    (
        "what country is the team that won the Aether World Championship 2023 final from?",
        "3hop",
        f"SELECT ?x WHERE {{ {FINAL('{Aether World Championship 2023}')} ?m_ r:WON_BY ?t . ?t r:BASED_IN ?x }}",
    ),
    (
        "Which country is the coach of Ghostline's team from?",
        "3hop",
        f"SELECT ?x WHERE {{ {PLAYS('{Ghostline}', '?t')} ?c r:COACHES ?t . {NATION('?c', '?x')} }}",
    ),
    (
        "who publishes the game played at the tournament held in Katowice?",
        "3hop",
        "SELECT ?x WHERE { ?t r:HELD_IN {Katowice} . ?t r:FOR_GAME ?g . ?g r:PUBLISHED_BY ?x }",
    ),
    (
        "Which organisation owns the team that Wisp was transferred to?",
        "3hop",
        f"SELECT ?x WHERE {{ ?tr r:OF_PLAYER {{Wisp}} ; r:TO_TEAM ?t . {OWNED('?t', '?x')} }}",
    ),
    (
        "Where is the publisher of the game Kitsune Club plays based?",
        "3hop",
        "SELECT ?x WHERE { {Kitsune Club} r:COMPETES_IN ?g . ?g r:PUBLISHED_BY ?p . ?p r:HEADQUARTERED_IN ?x }",
    ),
    # conjunction
    (
        "Which Swedish players play for Northwind?",
        "conjunction",
        f"SELECT ?x WHERE {{ {PLAYS('?x', '{Northwind}')} {NATION('?x', '{Sweden}')} }}",
    ),
    (
        "Which S-Tier tournaments were organised by Stellar Gaming League?",
        "conjunction",
        'SELECT ?x WHERE { ?x r:ORGANISED_BY {Stellar Gaming League} ; p:tier "S-Tier" }',
    ),
    (
        "which teams from South Korea play Legends of Aether?",
        "conjunction",
        "SELECT ?x WHERE { ?x r:BASED_IN {South Korea} ; r:COMPETES_IN {Legends of Aether} }",
    ),
    (
        "Which snipers play for Aurora Esports?",
        "conjunction",
        f'SELECT ?x WHERE {{ {PLAYS("?x", "{Aurora Esports}")} ?x p:role "sniper" }}',
    ),
    (
        "who are the brazilian players on Vortex Gaming",
        "conjunction",
        f"SELECT ?x WHERE {{ {PLAYS('?x', '{Vortex Gaming}')} {NATION('?x', '{Brazil}')} }}",
    ),
    (
        "Which S-Tier tournaments were for Strikepoint 2?",
        "conjunction",
        'SELECT ?x WHERE { ?x r:FOR_GAME {Strikepoint 2} ; p:tier "S-Tier" }',
    ),
    (
        "Which team did both Ghostline and Halvdan play for?",
        "conjunction",
        "SELECT ?x WHERE { {Ghostline} r:PLAYED_FOR ?x . {Halvdan} r:PLAYED_FOR ?x }",
    ),
    # synonym (a word people use for the relation)
    (
        "Who is the head coach of Aurora Esports?",
        "synonym",
        "SELECT ?x WHERE { ?x r:COACHES {Aurora Esports} }",
    ),
    (
        "which company puts out Skyfall Arena",
        "synonym",
        "SELECT ?x WHERE { {Skyfall Arena} r:PUBLISHED_BY ?x }",
    ),
    (
        "Which city hosted the Katowice Strikepoint Open 2024?",
        "synonym",
        "SELECT ?x WHERE { {Katowice Strikepoint Open 2024} r:HELD_IN ?x }",
    ),
    (
        "Who is the parent organisation of Red Lantern?",
        "synonym",
        f"SELECT ?x WHERE {{ {OWNED('{Red Lantern}', '?x')} }}",
    ),
    ("where does nox come from", "synonym", f"SELECT ?x WHERE {{ {NATION('{nox}', '?x')} }}"),
    (
        "Who runs the Copenhagen Showdown 2022?",
        "synonym",
        "SELECT ?x WHERE { {Copenhagen Showdown 2022} r:ORGANISED_BY ?x }",
    ),
    (
        "which team is Jade signed with?",
        "synonym",
        f"SELECT ?x WHERE {{ {PLAYS('{Jade}', '?x')} }}",
    ),
    # alias (another name of the thing)
    (
        "Which team does Lee Ji-hoon play for?",
        "alias",
        f"SELECT ?x WHERE {{ {PLAYS('{Lee Ji-hoon}', '?x')} }}",
    ),
    ("who owns 红灯笼", "alias", f"SELECT ?x WHERE {{ {OWNED('{红灯笼}', '?x')} }}"),
    ("What country is HNT based in?", "alias", "SELECT ?x WHERE { {HNT} r:BASED_IN ?x }"),
    ("Who publishes LoA?", "alias", "SELECT ?x WHERE { {LoA} r:PUBLISHED_BY ?x }"),
    (
        "which team does Camille d'Anjou play for",
        "alias",
        "SELECT ?x WHERE { " + PLAYS("{Camille d'Anjou}", "?x") + " }",
    ),
    # typo
    ("who coches Hanul Tigres?", "typo", "SELECT ?x WHERE { ?x r:COACHES {Hanul Tigers} }"),
    (
        "what game does Kitsune Clubb play",
        "typo",
        "SELECT ?x WHERE { {Kitsune Club} r:COMPETES_IN ?x }",
    ),
    (
        "Which team does Ghostlien play for",
        "typo",
        f"SELECT ?x WHERE {{ {PLAYS('{Ghostline}', '?x')} }}",
    ),
    # literal
    (
        "When was Vortex Gaming founded?",
        "literal",
        "SELECT ?x WHERE { {Vortex Gaming} p:founded ?x }",
    ),
    (
        "What is the prize pool of the Aether World Championship 2023?",
        "literal",
        "SELECT ?x WHERE { {Aether World Championship 2023} p:prizePool ?x }",
    ),
    ("when was Seraph born", "literal", "SELECT ?x WHERE { {Seraph} p:birthDate ?x }"),
    (
        "what tier is Nordic Clash 2023",
        "literal",
        "SELECT ?x WHERE { {Nordic Clash 2023} p:tier ?x }",
    ),
    (
        "How much did Vortex Gaming pay for Pyro?",
        "literal",
        "SELECT ?x WHERE { ?tr r:OF_PLAYER {Pyro} ; r:TO_TEAM {Vortex Gaming} ; p:fee ?x }",
    ),
    ("What is Pyro's real name?", "literal", "SELECT ?x WHERE { {Pyro} p:realName ?x }"),
    (
        "since when has reflex been playing for Vortex Gaming",
        "literal",
        'SELECT ?x WHERE { ?r p:start {reflex} ; p:end {Vortex Gaming} ; p:relType "PLAYS_FOR" ; p:since ?x }',
    ),
    # unanswerable (the graph holds no answer; some ask a near relation of one it holds)
    ("Who founded Vortex Gaming?", "unanswerable", None),
    ("Where was Seraph born?", "unanswerable", None),
    ("Who was the MVP of the Strikepoint Masters Cologne 2023 final?", "unanswerable", None),
    ("How many viewers watched the Aether World Championship 2023 final?", "unanswerable", None),
    ("what is Ghostline's salary", "unanswerable", None),
    ("Who is the CEO of Kagami Soft?", "unanswerable", None),
    ("When did Kaiser retire?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "esports-probe63b-01",
        [
            (
                "Who owns Verde Esports?",
                "start",
                f"SELECT ?x WHERE {{ {OWNED('{Verde Esports}', '?x')} }}",
            ),
            (
                "where is it registered?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Verde Esports S.A.} r:REGISTERED_IN ?x }",
            ),
            (
                "What about Red Lantern?",
                "what_about",
                f"SELECT ?x WHERE {{ {OWNED('{Red Lantern}', '?x')} }}",
            ),
        ],
    ),
    (
        "esports-probe63b-02",
        [
            (
                "When did Strikepoint Masters Cologne 2023 start?",
                "start",
                "SELECT ?x WHERE { {Strikepoint Masters Cologne 2023} p:startDate ?x }",
            ),
            (
                "and where was it held?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Strikepoint Masters Cologne 2023} r:HELD_IN ?x }",
            ),
            (
                "And the Nordic Clash 2023?",
                "and_x",
                "SELECT ?x WHERE { {Nordic Clash 2023} r:HELD_IN ?x }",
            ),
        ],
    ),
    (
        "esports-probe63b-03",
        [
            (
                "Which team does Kitsu play for?",
                "start",
                f"SELECT ?x WHERE {{ {PLAYS('{Kitsu}', '?x')} }}",
            ),
            (
                "What game do they play?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Kitsune Club} r:COMPETES_IN ?x }",
            ),
            ("And Maple Rush?", "and_x", "SELECT ?x WHERE { {Maple Rush} r:COMPETES_IN ?x }"),
        ],
    ),
]


def term(v: object) -> Literal:
    return Literal(v.text if isinstance(v, Date) else v)


def load() -> Graph:
    """The data as meant (see the module's docstring)."""
    d = build()
    g = Graph()

    def node(key: str) -> URIRef:
        return URIRef(N + quote(key, safe=""))

    for key, n in d.nodes.items():
        for lab in n.labels:
            g.add((node(key), RDF.type, URIRef(C + lab)))
        for k, v in n.props.items():
            for x in v if isinstance(v, list) else [v]:
                g.add((node(key), URIRef(P + k), term(x)))
    for i, r in enumerate(d.rels):
        g.add((node(r.start), URIRef(R + r.type), node(r.end)))
        if r.props:
            rec = URIRef(N + f"rel{i}")
            g.add((rec, URIRef(P + "start"), node(r.start)))
            g.add((rec, URIRef(P + "end"), node(r.end)))
            g.add((rec, URIRef(P + "relType"), Literal(r.type)))
            for k, v in r.props.items():
                g.add((rec, URIRef(P + k), term(v)))
    assert COUNTRIES and SPONSORS
    return g


def answers_of_for(g: Graph):
    def names(x: object) -> set[str]:
        if isinstance(x, Literal):
            s = str(x)
            return {s, s[:10]} if re.fullmatch(r"\d{4}-\d\d-\d\dT.*", s) else {s}
        found = {str(n) for p in NAME_PROPS for n in g.objects(x, p)}  # type: ignore[arg-type]
        assert found, x
        return found

    def find(m: re.Match[str]) -> set[object]:
        return {s for p in NAME_PROPS for s in g.subjects(p, Literal(m[1]))}

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        sparql = named_iris(query, find, r"\{([^{}?\s\"'][^{}?\"]*?)\}")
        for row in g.query(PRE + sparql):
            out |= names(row[0])
        return out

    return answers_of


def main() -> None:
    g = load()
    answers_of = answers_of_for(g)
    if "--conversations" in sys.argv:
        print_conversations("esports", CONVERSATIONS, answers_of)
    else:
        print(len(g), "triples")
        write_answers(HERE / "esports.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
