# ruff: noqa: E501  (one question a line)
"""Gold answers of ``racing.jsonl`` (and, with ``--conversations``, the racing lines of
``conversations_blind59.jsonl``), computed with rdflib SPARQL over ``racing/`` (never with
kgchat).

The Neo4j CSV files are read here into an rdflib graph by the export's own meaning, written
out plainly and independently of kgchat's reader: a node ``<http://racing.example/{Space}/{id}>``
(``Driver/moreau``, ``Race/2023-04``, ``Season/2023``), each of its columns a property
``p:{column}`` with the cell's text as a plain literal (an array cell one literal per item), its
labels ``rdf:type p:{Label}``; a relationship both a direct edge ``start r:{TYPE} end`` and a
record ``[ p:start start ; p:end end ; p:type "TYPE" ; p:{column} value ]`` carrying its own
columns. A literal answers with its text as the CSV writes it ("5.412", "1996-03-14"); a node with
every name it carries: ``name``, ``fullName``, ``code``, ``name_ja``, ``title``, ``aliases``,
``forename`` and ``surname`` joined ("Mikkel Larsen"), and a season its year ("2023"). A
driver's nationality is a demonym on some rows and a country code on others (``NAT``).
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/racing_answers.py``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import print_conversations, write_answers

HERE = Path(__file__).parent
BASE = "http://racing.example/"
P = Namespace(BASE + "p/")
R = Namespace(BASE + "r/")
PRE = f"""PREFIX p: <{P}>
PREFIX r: <{R}>
PREFIX d: <{BASE}Driver/>
PREFIX t: <{BASE}Constructor/>
PREFIX e: <{BASE}Engine/>
PREFIX c: <{BASE}Circuit/>
PREFIX race: <{BASE}Race/>
PREFIX s: <{BASE}Season/>
PREFIX pp: <{BASE}Person/>
"""


def NAT(x: str, demonym: str, code: str) -> str:
    """``x``'s nationality is ``demonym`` or its country ``code``."""
    return f'{x} p:nationality ?nat_ . FILTER(?nat_ IN ("{demonym}", "{code}"))'


def REC(kind: str, start: str, end: str, extra: str = "") -> str:
    """A ``kind`` relationship record from ``start`` to ``end`` with ``extra`` patterns on ``?rec_``."""
    return f'?rec_ p:type "{kind}" ; p:start {start} ; p:end {end} . {extra}'


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "what nationality is Erik Lindqvist",
        "1hop",
        "SELECT ?x WHERE { d:lindqvist p:nationality ?x }",
    ),
    (
        "Which circuit hosts the Belgian Grand Prix?",
        "1hop",
        "SELECT ?x WHERE { race:2023-02 r:HELD_AT ?x }",
    ),
    ("who was the 2022 champion?", "1hop", "SELECT ?x WHERE { s:2022 r:CHAMPION ?x }"),
    ("Where is Takumi Racing based?", "1hop", "SELECT ?x WHERE { t:takumi p:base ?x }"),
    (
        "which country is Circuito Sierra Norte in",
        "1hop",
        "SELECT ?x WHERE { c:sierra_norte p:country ?x }",
    ),
    (
        "who set the fastest lap at the Belgian Grand Prix?",
        "1hop",
        "SELECT ?x WHERE { race:2023-02 r:FASTEST_LAP ?x }",
    ),
    (
        "What season was the French Grand Prix part of?",
        "1hop",
        "SELECT ?x WHERE { race:2023-03 r:inSeason ?x }",
    ),
    (
        "what team does Chase Abbott drive for",
        "1hop",
        "SELECT ?x WHERE { d:abbott r:DROVE_FOR ?x }",
    ),
    (
        "Who won the constructors' championship in 2023?",
        "1hop",
        "SELECT ?x WHERE { s:2023 r:constructorsChampion ?x }",
    ),
    # inverse
    (
        "Who holds the lap record at Brackenridge Park Circuit?",
        "inverse",
        "SELECT ?x WHERE { ?x r:HOLDS_LAP_RECORD c:brackenridge }",
    ),
    (
        "who is the team principal of Aurelia Racing",
        "inverse",
        "SELECT ?x WHERE { ?x r:principal_of t:aurelia }",
    ),
    (
        "Which teams use Shiro Motor Company engines?",
        "inverse",
        "SELECT ?x WHERE { ?x r:poweredBy e:shiro }",
    ),
    (
        "what races have been held at Kirishima International Racing Course",
        "inverse",
        "SELECT ?x WHERE { ?x r:HELD_AT c:kirishima }",
    ),
    ("Who has driven for Orsini Corse?", "inverse", "SELECT ?x WHERE { ?x r:DROVE_FOR t:orsini }"),
    (
        "which drivers are Japanese",
        "inverse",
        "SELECT ?x WHERE { ?x a p:Driver . " + NAT("?x", "Japanese", "JPN") + " }",
    ),
    ("What races are in the 2022 season?", "inverse", "SELECT ?x WHERE { ?x r:inSeason s:2022 }"),
    (
        "In which year did Luc Moreau win the championship?",
        "inverse",
        "SELECT ?x WHERE { ?x r:CHAMPION d:moreau }",
    ),
    (
        "who drove for Vantor Motorsport AG",
        "inverse",
        "SELECT ?x WHERE { ?x r:DROVE_FOR t:vantor }",
    ),
    # two hops
    (
        "Which country is the circuit of the Belgian Grand Prix in?",
        "2hop",
        "SELECT ?x WHERE { race:2023-02 r:HELD_AT/p:country ?x }",
    ),
    (
        "What engines did the 2023 constructors' champion use?",
        "2hop",
        "SELECT ?x WHERE { s:2023 r:constructorsChampion/r:poweredBy ?x }",
    ),
    (
        "Where is the team Chase Abbott drives for based?",
        "2hop",
        "SELECT ?x WHERE { d:abbott r:DROVE_FOR/p:base ?x }",
    ),
    (
        "who runs the team Daniel Okafor drives for",
        "2hop",
        "SELECT ?x WHERE { d:okafor r:DROVE_FOR ?t . ?x r:principal_of ?t }",
    ),
    (
        "how long is the track where the German Grand Prix is held?",
        "2hop",
        "SELECT ?x WHERE { race:2023-05 r:HELD_AT/p:length_km ?x }",
    ),
    (
        "What nationality is the 2022 champion?",
        "2hop",
        "SELECT ?x WHERE { s:2022 r:CHAMPION/p:nationality ?x }",
    ),
    (
        "Who holds the lap record at the circuit of the Spanish Grand Prix?",
        "2hop",
        "SELECT ?x WHERE { race:2022-02 r:HELD_AT ?c . ?x r:HOLDS_LAP_RECORD ?c }",
    ),
    (
        "in which town is the circuit that hosts the French Grand Prix",
        "2hop",
        "SELECT ?x WHERE { race:2023-03 r:HELD_AT/p:location ?x }",
    ),
    ("When was the 2023 champion born?", "2hop", "SELECT ?x WHERE { s:2023 r:CHAMPION/p:dob ?x }"),
    (
        "What country is Takumi Racing's engine supplier from?",
        "2hop",
        "SELECT ?x WHERE { t:takumi r:poweredBy/p:country ?x }",
    ),
    # three hops
    (
        "What country is the engine supplier of the 2022 constructors' champion from?",
        "3hop",
        "SELECT ?x WHERE { s:2022 r:constructorsChampion/r:poweredBy/p:country ?x }",
    ),
    (
        "who is the team principal of the team the 2022 champion drove for?",
        "3hop",
        "SELECT ?x WHERE { s:2022 r:CHAMPION/r:DROVE_FOR ?t . ?x r:principal_of ?t }",
    ),
    (
        "Where is the team of the driver who holds the Kirishima lap record based?",
        "3hop",
        "SELECT ?x WHERE { ?d r:HOLDS_LAP_RECORD c:kirishima ; r:DROVE_FOR/p:base ?x }",
    ),
    (
        "what nationality is the lap record holder at the circuit of the Brazilian Grand Prix",
        "3hop",
        "SELECT ?x WHERE { race:2023-01 r:HELD_AT ?c . ?d r:HOLDS_LAP_RECORD ?c ; p:nationality ?x }",
    ),
    (
        "Where is the circuit where the 2023 champion holds the lap record?",
        "3hop",
        "SELECT ?x WHERE { s:2023 r:CHAMPION/r:HOLDS_LAP_RECORD ?c . { ?c p:location ?x } UNION { ?c p:country ?x } }",
    ),
    (
        "which country is the engine supplier of Kenji Sato's team from?",
        "3hop",
        "SELECT ?x WHERE { pp:p_sato r:principal_of/r:poweredBy/p:country ?x }",
    ),
    # conjunctions
    (
        "Who won the 2023 Italian Grand Prix?",
        "conjunction",
        "SELECT ?x WHERE { " + REC("RESULT", "?x", "race:2023-04", '?rec_ p:position "1" .') + " }",
    ),
    (
        "who retired from the 2022 Spanish Grand Prix",
        "conjunction",
        "SELECT ?x WHERE { "
        + REC("RESULT", "?x", "race:2022-02", '?rec_ p:positionText "R" .')
        + " }",
    ),
    (
        "Which drivers drove for Aurelia Racing in 2023?",
        "conjunction",
        "SELECT ?x WHERE { "
        + REC("DROVE_FOR", "?x", "t:aurelia", '?rec_ p:season "2023" .')
        + " }",
    ),
    (
        "What engine did Kestrel GP use in 2022?",
        "conjunction",
        "SELECT ?x WHERE { "
        + REC("poweredBy", "t:kestrel", "?x", '?rec_ p:season "2022" .')
        + " }",
    ),
    (
        "who was on pole for the 2023 French Grand Prix?",
        "conjunction",
        "SELECT ?x WHERE { "
        + REC("QUALIFIED", "?x", "race:2023-03", '?rec_ p:position "1" .')
        + " }",
    ),
    (
        "Which British drivers have driven for Kestrel GP?",
        "conjunction",
        "SELECT ?x WHERE { ?x r:DROVE_FOR t:kestrel . " + NAT("?x", "British", "GBR") + " }",
    ),
    (
        "which teams had Halden engines in 2023",
        "conjunction",
        "SELECT ?x WHERE { "
        + REC("poweredBy", "?x", "e:halden_hpp", '?rec_ p:season "2023" .')
        + " }",
    ),
    # synonyms (the relation in other words)
    (
        "Who is the boss of Halden F1 Team?",
        "synonym",
        "SELECT ?x WHERE { ?x r:principal_of t:halden }",
    ),
    ("what's Luc Moreau's birthday", "synonym", "SELECT ?x WHERE { d:moreau p:dob ?x }"),
    (
        "How many corners does the Rheinhöhe-Ring have?",
        "synonym",
        "SELECT ?x WHERE { c:rheinhohe p:turns ?x }",
    ),
    (
        "What year was Brackenridge Park Circuit built?",
        "synonym",
        "SELECT ?x WHERE { c:brackenridge p:opened ?x }",
    ),
    (
        "who makes the engines for Équipe Lumière",
        "synonym",
        "SELECT ?x WHERE { t:lumiere r:poweredBy ?x }",
    ),
    ("What is Gabriel Silva's car number?", "synonym", "SELECT ?x WHERE { d:silva p:number ?x }"),
    (
        "which flag does Tomasz Kowalski race under",
        "synonym",
        "SELECT ?x WHERE { d:kowalski p:nationality ?x }",
    ),
    # aliases (another name of the subject)
    (
        "What nationality is Olly Whitfield?",
        "alias",
        "SELECT ?x WHERE { d:whitfield p:nationality ?x }",
    ),
    (
        "who drives for Scuderia Aurelia Racing Team",
        "alias",
        "SELECT ?x WHERE { ?x r:DROVE_FOR t:aurelia }",
    ),
    ("Where is 拓海レーシング based?", "alias", "SELECT ?x WHERE { t:takumi p:base ?x }"),
    ("when was VDB born", "alias", "SELECT ?x WHERE { d:vandenberg p:dob ?x }"),
    ("Which teams use HPP engines?", "alias", "SELECT ?x WHERE { ?x r:poweredBy e:halden_hpp }"),
    # typos
    (
        "who is the team principle of Orsni Corse?",
        "typo",
        "SELECT ?x WHERE { ?x r:principal_of t:orsini }",
    ),
    (
        "what nationality is Haruto Nakamora",
        "typo",
        "SELECT ?x WHERE { d:nakamura p:nationality ?x }",
    ),
    (
        "which circuit hosts the Japanesse Grand Prix",
        "typo",
        'SELECT ?x WHERE { ?r p:name "Japanese Grand Prix" ; r:HELD_AT ?x }',
    ),
    # literals
    ("How long is Circuit Zandhoven?", "literal", "SELECT ?x WHERE { c:zandhoven p:length_km ?x }"),
    ("When was Diego Castellano born?", "literal", "SELECT ?x WHERE { d:castellano p:dob ?x }"),
    (
        "what's the lap record at Autodromo di Valmonte",
        "literal",
        "SELECT ?x WHERE { "
        + REC("HOLDS_LAP_RECORD", "?d", "c:valmonte", "?rec_ p:time ?x .")
        + " }",
    ),
    (
        "How many laps is the Spanish Grand Prix?",
        "literal",
        "SELECT ?x WHERE { race:2022-02 p:scheduledLaps ?x }",
    ),
    ("when was Kestrel GP founded", "literal", "SELECT ?x WHERE { t:kestrel p:founded ?x }"),
    (
        "What date is the German Grand Prix?",
        "literal",
        "SELECT ?x WHERE { race:2023-05 p:date ?x }",
    ),
    (
        "What is the Japanese name of Kirishima International Racing Course?",
        "literal",
        "SELECT ?x WHERE { c:kirishima p:name_ja ?x }",
    ),
    # unanswerable: the graph holds no such fact
    ("What engine will Vantor Motorsport use in 2024?", "unanswerable", None),
    ("How much does Luc Moreau earn?", "unanswerable", None),
    ("How tall is Oliver Whitfield?", "unanswerable", None),
    ("What is the grandstand capacity at Autodromo di Valmonte?", "unanswerable", None),
    ("Who won the 2023 Spanish Grand Prix?", "unanswerable", None),
    ("when was the Orsini Corse team principal born", "unanswerable", None),
    ("who designed the Rheinhöhe-Ring?", "unanswerable", None),
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "racing-probe59a-01",
        [
            ("Who won the 2022 championship?", "start", "SELECT ?x WHERE { s:2022 r:CHAMPION ?x }"),
            (
                "Which team does he drive for?",
                "pronoun_answer",
                "SELECT ?x WHERE { d:whitfield r:DROVE_FOR ?x }",
            ),
            ("What about Luc Moreau?", "what_about", "SELECT ?x WHERE { d:moreau r:DROVE_FOR ?x }"),
        ],
    ),
    (
        "racing-probe59a-02",
        [
            ("Where is Takumi Racing based?", "start", "SELECT ?x WHERE { t:takumi p:base ?x }"),
            (
                "Who is their team principal?",
                "pronoun_topic",
                "SELECT ?x WHERE { ?x r:principal_of t:takumi }",
            ),
            ("And for Orsini Corse?", "and_x", "SELECT ?x WHERE { ?x r:principal_of t:orsini }"),
        ],
    ),
    (
        "racing-probe59a-03",
        [
            (
                "How long is the Kirishima International Racing Course?",
                "start",
                "SELECT ?x WHERE { c:kirishima p:length_km ?x }",
            ),
            (
                "How many turns does it have?",
                "pronoun_topic",
                "SELECT ?x WHERE { c:kirishima p:turns ?x }",
            ),
            (
                "What about Circuit Zandhoven?",
                "what_about",
                "SELECT ?x WHERE { c:zandhoven p:turns ?x }",
            ),
        ],
    ),
]

NAME_PROPS = ("name", "fullName", "code", "name_ja", "title", "aliases")
_CELL = re.compile(
    r"^(?P<name>[^:]*):(?P<kind>[A-Za-z_]+)(?P<array>\[\])?(?:\((?P<space>[^)]*)\))?$"
)


def _read(g: Graph, path: Path) -> None:
    """One CSV file of the export into ``g`` (see the module's docstring)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    cols = [_CELL.match(h) for h in rows[0]]
    kinds = [(m["kind"] if m else "") for m in cols]
    names = [(m["name"] if m else h) for m, h in zip(cols, rows[0], strict=True)]
    spaces = [(m["space"] or "" if m else "") for m in cols]
    arrays = [bool(m and m["array"]) for m in cols]

    def node(i: int, value: str) -> URIRef:
        return URIRef(f"{BASE}{spaces[i]}/{value}")

    for row in rows[1:]:
        props = [
            (names[i], v.strip())
            for i, cell in enumerate(row)
            if kinds[i] not in ("ID", "LABEL", "START_ID", "END_ID", "TYPE")
            for v in (cell.split(";") if arrays[i] else [cell])
            if v.strip()
        ]
        if "ID" in kinds:
            x = node(kinds.index("ID"), row[kinds.index("ID")])
            for label in row[kinds.index("LABEL")].split(";"):
                g.add((x, RDF.type, P[label]))
            if x.startswith(BASE + "Season/"):
                g.add((x, P.year, Literal(row[kinds.index("ID")])))
        else:
            s = node(kinds.index("START_ID"), row[kinds.index("START_ID")])
            o = node(kinds.index("END_ID"), row[kinds.index("END_ID")])
            typ = row[kinds.index("TYPE")]
            g.add((s, R[typ], o))
            x = BNode()
            g.add((x, P.start, s))
            g.add((x, P.end, o))
            g.add((x, P.type, Literal(typ)))
        for name, value in props:
            g.add((x, P[name], Literal(value)))


def names(g: Graph, x: object) -> set[str]:
    """A literal's text; a node's names (``NAME_PROPS``, forename and surname joined, a
    season's year)."""
    if isinstance(x, Literal):
        return {str(x)}
    found = {str(n) for p in NAME_PROPS for n in g.objects(x, P[p])}
    found |= {f"{f} {s}" for f in g.objects(x, P.forename) for s in g.objects(x, P.surname)}
    found |= {str(y) for y in g.objects(x, P.year) if str(x).startswith(BASE + "Season/")}
    assert found, x
    return found


def main() -> None:
    g = Graph()
    for path in sorted((HERE / "racing").glob("*.csv")):
        _read(g, path)

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + query):
            out |= names(g, row[0])
        return out

    if "--conversations" in sys.argv:
        print_conversations("racing", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "racing.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
