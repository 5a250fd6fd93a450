# ruff: noqa: E501  (one question a line)
"""Write ``officeholders.jsonl``: the questions on ``officeholders.ttl`` with answers computed by SPARQL.

Each question is asked as a person would type it; its gold answers are what the SPARQL query
beside it finds in the graph (an entity by its English ``rdfs:label``, a literal by its lexical
value; a date-time at midnight as its date, a quantity without the dump's leading ``+``).
Questions on qualifiers read the statement nodes (``p:``/``ps:``/``pq:``), with deprecated
statements left out (their values are not true). Run from the repository root after
``officeholders_make.py``: ``python bench/data/own/officeholders_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

import rdflib
from _answers_common import write_answers

HERE = Path(__file__).parent
PRE = """
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def during(person_var: str, pos: str, day: str, of: str | None = None) -> str:
    """Holders of ``pos`` on ``day`` (start <= day, no end or end > day)."""
    of_clause = f"?st pq:P642 wd:{of} ." if of else ""
    return f"""SELECT ?x WHERE {{ {person_var} p:P39 ?st . ?st ps:P39 wd:{pos} ; pq:P580 ?a . {of_clause}
        ?st wikibase:rank ?r . FILTER(?r != wikibase:DeprecatedRank)
        OPTIONAL {{ ?st pq:P582 ?b }}
        FILTER(?a <= "{day}T00:00:00Z"^^xsd:dateTime && (!BOUND(?b) || ?b > "{day}T00:00:00Z"^^xsd:dateTime)) }}"""


def best(subject: str, prop: str) -> str:
    """The values of ``subject``'s ``prop`` statements that are not deprecated."""
    return f"SELECT ?x WHERE {{ wd:{subject} p:{prop} ?st . ?st ps:{prop} ?x ; wikibase:rank ?r . FILTER(?r != wikibase:DeprecatedRank) }}"


def qual(subject: str, prop: str, value: str, q: str) -> str:
    """Qualifier ``q`` of ``subject``'s ``prop`` statement whose value is ``value``."""
    return f"SELECT ?x WHERE {{ wd:{subject} p:{prop} ?st . ?st ps:{prop} wd:{value} ; pq:{q} ?x }}"


def holders_all(pos: str) -> str:
    return f"SELECT DISTINCT ?x WHERE {{ ?x p:P39 ?st . ?st ps:P39 wd:{pos} }}"


def current(city: str) -> str:
    return f"SELECT ?x WHERE {{ wd:{city} wdt:P6 ?x }}"


X = "?x"
QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1hop
    ("where was angela merkel born", "1hop", best("Q567", "P19")),
    ("Which party does Sadiq Khan belong to?", "1hop", best("Q334155", "P102")),
    ("who is barack obama married to", "1hop", best("Q76", "P26")),
    ("Who is the mayor of Paris?", "1hop", current("Q90")),
    ("who is the current mayor of madrid", "1hop", current("Q2807")),
    ("which country is munich in", "1hop", best("Q1726", "P17")),
    ("what offices has olaf scholz held", "1hop", best("Q61053", "P39")),
    ("Where did Theresa May study?", "1hop", best("Q264766", "P69")),
    # inverse
    (
        "who was born in hamburg?",
        "1hop_inverse",
        "SELECT ?x WHERE { ?x p:P19 ?st . ?st ps:P19 wd:Q1055 ; wikibase:rank ?r . FILTER(?r != wikibase:DeprecatedRank) }",
    ),
    ("Who has been Chancellor of Germany?", "1hop_inverse", holders_all("Q4970706")),
    (
        "which politicians went to sciences po",
        "1hop_inverse",
        "SELECT ?x WHERE { ?x wdt:P69 wd:Q273523 }",
    ),
    ("Who has been Mayor of London?", "1hop_inverse", holders_all("Q1094962")),
    # qualifiers: time-bound holders
    ("who was mayor of london in 2010", "conjunction", during(X, "Q1094962", "2010-07-01")),
    (
        "Who was the governing mayor of Berlin in 2016?",
        "conjunction",
        during(X, "Q11211", "2016-07-01"),
    ),
    ("who was the mayor of rome in 2014", "conjunction", during(X, "Q30185", "2014-07-01", "Q220")),
    ("who was chancellor of germany in 2000", "conjunction", during(X, "Q4970706", "2000-07-01")),
    ("Who was President of France in 2010?", "conjunction", during(X, "Q191954", "2010-07-01")),
    ("who was the US president in 2003", "conjunction", during(X, "Q11696", "2003-07-01")),
    (
        "Who was mayor of Barcelona in 2017?",
        "conjunction",
        during(X, "Q30185", "2017-07-01", "Q1492"),
    ),
    # qualifiers: dates and ordinals of a statement
    ("When did Angela Merkel become chancellor?", "2hop", qual("Q567", "P39", "Q4970706", "P580")),
    (
        "when did boris johnson stop being mayor of london",
        "2hop",
        qual("Q180589", "P39", "Q1094962", "P582"),
    ),
    (
        "since when is sadiq khan mayor of london",
        "2hop",
        qual("Q334155", "P39", "Q1094962", "P580"),
    ),
    ("When did Merkel marry Joachim Sauer?", "2hop", qual("Q567", "P26", "Q76747", "P580")),
    ("what number president is barack obama", "2hop", qual("Q76", "P39", "Q11696", "P1545")),
    (
        "Who succeeded Ken Livingstone as Mayor of London?",
        "2hop",
        qual("Q207954", "P39", "Q1094962", "P1366"),
    ),
    (
        "who did olaf scholz replace as chancellor",
        "2hop",
        qual("Q61053", "P39", "Q4970706", "P1365"),
    ),
    (
        "Who was mayor of Barcelona before Ada Colau?",
        "2hop",
        "SELECT ?x WHERE { wd:Q19976066 p:P39 ?st . ?st ps:P39 wd:Q30185 ; pq:P642 wd:Q1492 ; pq:P1365 ?x }",
    ),
    (
        "what was the population of hamburg in 2011",
        "2hop",
        "SELECT ?x WHERE { wd:Q1055 p:P1082 ?st . ?st ps:P1082 ?x ; pq:P585 ?t ; wikibase:rank ?r . FILTER(YEAR(?t) = 2011 && ?r != wikibase:DeprecatedRank) }",
    ),
    # chains
    (
        "in which city was the 44th president of the united states born",
        "3hop",
        'SELECT ?x WHERE { ?who p:P39 ?st . ?st ps:P39 wd:Q11696 ; pq:P1545 "44" . ?who wdt:P19 ?x }',
    ),
    (
        "what party does the mayor of berlin belong to",
        "2hop",
        "SELECT ?x WHERE { wd:Q64 wdt:P6 ?m . ?m wdt:P102 ?x }",
    ),
    (
        "where was the current mayor of london born",
        "2hop",
        "SELECT ?x WHERE { wd:Q84 wdt:P6 ?m . ?m wdt:P19 ?x }",
    ),
    (
        "When was Barack Obama's wife born?",
        "2hop",
        "SELECT ?x WHERE { wd:Q76 wdt:P26 ?w . ?w wdt:P569 ?x }",
    ),
    (
        "Which university did the wife of Bill Clinton attend?",
        "2hop",
        "SELECT ?x WHERE { wd:Q1124 wdt:P26 ?w . ?w wdt:P69 ?x }",
    ),
    # synonyms
    ("who is emmanuel macron's wife", "synonym", best("Q3052772", "P26")),
    ("what is gerhard schröder's alma mater", "synonym", best("Q2530", "P69")),
    ("What political party was Helmut Kohl in?", "synonym", best("Q2518", "P102")),
    ("How tall is Barack Obama?", "literal", best("Q76", "P2048")),
    # aliases
    ("when was dubya born", "alias", best("Q207", "P569")),
    ("Where was BoJo born?", "alias", best("Q180589", "P19")),
    ("what's the population of München", "alias", "SELECT ?x WHERE { wd:Q1726 wdt:P1082 ?x }"),
    # typos
    ("when was emanuel macron born", "typo", best("Q3052772", "P569")),
    ("where was franziska gifey born", "typo", best("Q17353279", "P19")),
    ("which party is jose luis martinez almeida in", "typo", best("Q20106524", "P102")),
    # literals
    ("When was Olaf Scholz born?", "literal", best("Q61053", "P569")),
    ("What is the VIAF ID of Emmanuel Macron?", "literal", best("Q3052772", "P214")),
    ("how high above sea level is madrid", "literal", best("Q2807", "P2044")),
    # unanswerable (the graph has no such fact)
    ("How tall is Angela Merkel?", "unanswerable", None),
    ("Who is Sadiq Khan's wife?", "unanswerable", None),
    ("what is olaf scholz's twitter handle", "unanswerable", None),
    ("When did Angela Merkel die?", "unanswerable", None),
]


def answer(g: rdflib.Graph, term) -> str:
    if isinstance(term, rdflib.Literal):
        text = str(term)
        if text.endswith(("T00:00:00Z", "T00:00:00+00:00")):
            return text[:10]
        return text.lstrip("+")
    labels = [o for o in g.objects(term, rdflib.RDFS.label) if getattr(o, "language", None) == "en"]
    return str(labels[0])


def main() -> None:
    g = rdflib.Graph()
    g.parse(HERE / "officeholders.ttl")
    write_answers(
        HERE / "officeholders.jsonl",
        QUESTIONS,
        lambda query: {answer(g, row[0]) for row in g.query(PRE + query)},
        show=False,
    )
    print(f"{len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
