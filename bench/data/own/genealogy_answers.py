# ruff: noqa: E501  (one question a line)
"""Gold answers of ``genealogy.jsonl`` (and, with ``--conversations``, the genealogy lines of
``conversations_blind54.jsonl``), computed with rdflib SPARQL over ``genealogy.rdf`` (never
with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("1816-02-11", "abt 1791", "CPR/41/3"); a node with every
name it carries: ``foaf:name``, ``rdfs:label``, ``skos:altLabel``, ``schema:name``,
``dcterms:title``, ``skos:prefLabel`` in every language, and its ``foaf:givenName`` and
``foaf:familyName`` joined ("Elizabeth Pryce"); an unnamed node is
never an answer. A parent is said four ways (``rel:childOf``, ``rel:parentOf``,
``bio:father`` / ``bio:mother``, a ``gx:Relationship`` ParentChild record), a spouse by a
``bio:Marriage``'s two ``bio:partner``\\s, a person's event by its ``bio:principal``, a source
by ``dcterms:source``, ``prov:wasDerivedFrom`` or a blank citation's ``fhs:source``; siblings
share a parent. In a query ``{Name}`` stands for the one node carrying that name.
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/genealogy_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import rdflib
from rdflib import FOAF, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import NAMED, named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("http://schema.org/")
PRE = """PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX bio: <http://purl.org/vocab/bio/0.1/>
PREFIX rel: <http://purl.org/vocab/relationship/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX gx: <http://gedcomx.org/>
PREFIX fhs: <https://records.borderfhs.example.org.uk/ns#>
"""
NAME_PROPS = (FOAF.name, RDFS.label, SKOS.altLabel, S.name, DCTERMS.title, SKOS.prefLabel)


def par(c: str, p: str) -> str:
    """``p`` is a parent of ``c``, said any of the four ways."""
    return (
        f"{{ {c} rel:childOf {p} }} UNION {{ {p} rel:parentOf {c} }} UNION "
        f"{{ {c} bio:father|bio:mother {p} }} UNION "
        f"{{ [] gx:type gx:ParentChild ; gx:person1 {p} ; gx:person2 {c} }}"
    )


def spouse(a: str, b: str, m: str = "?m") -> str:
    """``a`` and ``b`` are the partners of the marriage ``m``."""
    return f"{m} a bio:Marriage ; bio:partner {a}, {b} . FILTER({a} != {b})"


def event(who: str, kind: str, e: str = "?e") -> str:
    """``e`` is ``who``'s event of ``kind`` (Birth, Baptism, Death, Burial)."""
    return f"{e} a bio:{kind} ; bio:principal {who} ."


def cites(e: str, s: str) -> str:
    """``e`` cites the source ``s``."""
    return f"{{ {e} dcterms:source|prov:wasDerivedFrom {s} }} UNION {{ {e} fhs:citation/fhs:source {s} }}"


def occupation(who: str, x: str = "?x") -> str:
    """``x`` is one of ``who``'s occupations: a fact, a job title or a census entry's."""
    return (
        f"{{ {who} gx:fact [ gx:type gx:Occupation ; gx:value {x} ] }} UNION "
        f"{{ {who} schema:jobTitle {x} }} UNION {{ {who} fhs:enumerated/fhs:occupation {x} }}"
    )


MALE = '?x foaf:gender "male" .'
FEMALE = '?x foaf:gender "female" .'

QUESTIONS: list[tuple[str, str, str | None]] = [
    # events: dates and places
    (
        "When was John Pryce born?",
        "1hop",
        f"SELECT ?x WHERE {{ {event('{John Pryce}', 'Birth')} ?e bio:date ?x }}",
    ),
    (
        "Where was Hannah Pryce born?",
        "1hop",
        f"SELECT ?x WHERE {{ {event('{Hannah Pryce}', 'Birth')} ?e bio:place ?x }}",
    ),
    (
        "when did william pryce die",
        "1hop",
        f"SELECT ?x WHERE {{ {event('{William Pryce}', 'Death')} ?e bio:date ?x }}",
    ),
    (
        "Where was Thomas Pryce buried?",
        "1hop",
        f"SELECT ?x WHERE {{ {event('{Thomas Pryce}', 'Burial')} ?e bio:place ?x }}",
    ),
    (
        "Where was Catherine Baskerville baptised?",
        "1hop",
        f"SELECT ?x WHERE {{ {event('{Catherine Baskerville}', 'Baptism')} ?e bio:place ?x }}",
    ),
    (
        "when was elizabeth pryce christened",
        "synonym",
        f"SELECT ?x WHERE {{ {event('{Elizabeth Pryce}', 'Baptism')} ?e bio:date ?x }}",
    ),
    (
        "When did Margaret Pryce pass away?",
        "synonym",
        f"SELECT ?x WHERE {{ {event('{Margaret Pryce}', 'Death')} ?e bio:date ?x }}",
    ),
    (
        "What is Ann Pryce's date of birth?",
        "literal",
        f"SELECT ?x WHERE {{ {event('{Ann Pryce}', 'Birth')} ?e bio:date ?x }}",
    ),
    (
        "where was thomas george pryce baptized",
        "1hop",
        f"SELECT ?x WHERE {{ {event('{Thomas George Pryce}', 'Baptism')} ?e bio:place ?x }}",
    ),
    # parents, children
    (
        "Who were the parents of Rhys Pryce?",
        "1hop",
        f"SELECT ?x WHERE {{ {par('{Rhys Pryce}', '?x')} }}",
    ),
    (
        "Who was Mary Morgan's father?",
        "1hop",
        f"SELECT ?x WHERE {{ {par('{Mary Morgan}', '?x')} {MALE} }}",
    ),
    (
        "Who is Edith Whitfield's mother?",
        "1hop",
        f"SELECT ?x WHERE {{ {par('{Edith Whitfield}', '?x')} {FEMALE} }}",
    ),
    (
        "Who was the mother of Evan Hughes?",
        "1hop",
        f"SELECT ?x WHERE {{ {par('{Evan Hughes}', '?x')} {FEMALE} }}",
    ),
    (
        "Who were the children of Catherine Baskerville?",
        "inverse",
        f"SELECT ?x WHERE {{ {par('?x', '{Catherine Baskerville}')} }}",
    ),
    (
        "Which children did John Pryce and Hannah Pryce have?",
        "conjunction",
        f"SELECT ?x WHERE {{ {par('?x', '{John Pryce}')} {par('?x', '{Hannah Pryce}')} }}",
    ),
    (
        "How many children did Thomas Pryce have?",
        "inverse",
        f"SELECT (COUNT(DISTINCT ?c) AS ?x) WHERE {{ {par('?c', '{Thomas Pryce}')} }}",
    ),
    (
        "who was george pryce's dad",
        "synonym",
        f"SELECT ?x WHERE {{ {par('{George Pryce}', '?x')} {MALE} }}",
    ),
    (
        "Who are the kids of Rhys Pryce?",
        "synonym",
        f"SELECT ?x WHERE {{ {par('?x', '{Rhys Pryce}')} }}",
    ),
    # grandparents, siblings, steps
    (
        "Who were Rhys Pryce's siblings?",
        "2hop",
        f"SELECT ?x WHERE {{ {par('{Rhys Pryce}', '?p')} {par('?x', '?p')} FILTER(?x != {{Rhys Pryce}}) }}",
    ),
    (
        "Who was Thomas George Pryce's paternal grandfather?",
        "2hop",
        f"SELECT ?x WHERE {{ {par('{Thomas George Pryce}', '?f')} ?f foaf:gender 'male' . {par('?f', '?x')} {MALE} }}",
    ),
    (
        "Who were the grandparents of Florence Pryce?",
        "2hop",
        f"SELECT ?x WHERE {{ {par('{Florence Pryce}', '?p')} {par('?p', '?x')} }}",
    ),
    (
        "Who was Margaret Morgan's maternal grandmother?",
        "2hop",
        f"SELECT ?x WHERE {{ {par('{Margaret Morgan}', '?m')} ?m foaf:gender 'female' . {par('?m', '?x')} {FEMALE} }}",
    ),
    (
        "Who are Thomas Pryce's grandchildren?",
        "2hop",
        f"SELECT ?x WHERE {{ {par('?c', '{Thomas Pryce}')} {par('?x', '?c')} }}",
    ),
    (
        "who was evan hughes's stepfather",
        "3hop",
        f"SELECT ?x WHERE {{ {par('{Evan Hughes}', '?mo')} ?mo foaf:gender 'female' . {spouse('?mo', '?x')} FILTER NOT EXISTS {{ {par('{Evan Hughes}', '?x')} }} }}",
    ),
    (
        "Who is John Henry Pryce's aunt?",
        "3hop",
        f"SELECT ?x WHERE {{ {par('{John Henry Pryce}', '?p')} {par('?p', '?g')} {par('?x', '?g')} {FEMALE} FILTER(?x != ?p) }}",
    ),
    # marriages
    ("Who did Rhys Pryce marry?", "1hop", f"SELECT ?x WHERE {{ {spouse('{Rhys Pryce}', '?x')} }}"),
    (
        "Who was Hannah Pryce's husband?",
        "1hop",
        f"SELECT ?x WHERE {{ {spouse('{Hannah Pryce}', '?x')} }}",
    ),
    (
        "Whom did Catherine Baskerville marry?",
        "1hop",
        f"SELECT ?x WHERE {{ {spouse('{Catherine Baskerville}', '?x')} }}",
    ),
    (
        "Who was Ann Pryce's first husband?",
        "conjunction",
        f"SELECT ?x WHERE {{ {spouse('{Ann Pryce}', '?x')} ?m bio:date ?d . FILTER NOT EXISTS {{ {spouse('{Ann Pryce}', '?y', '?n')} ?n bio:date ?d2 . FILTER(STR(?d2) < STR(?d)) }} }}",
    ),
    (
        "How many times did Thomas Pryce marry?",
        "1hop",
        f"SELECT (COUNT(DISTINCT ?m) AS ?x) WHERE {{ {spouse('{Thomas Pryce}', '?y')} }}",
    ),
    (
        "When did Catherine Baskerville marry Henry Baskerville?",
        "conjunction",
        f"SELECT ?x WHERE {{ {spouse('{Catherine Baskerville}', '{Henry Baskerville}')} ?m bio:date ?x }}",
    ),
    (
        "Who witnessed the wedding of John Pryce and Hannah Pryce?",
        "conjunction",
        f"SELECT ?x WHERE {{ {spouse('{John Pryce}', '{Hannah Pryce}')} ?m fhs:witness ?x }}",
    ),
    (
        "Who married at St George's Church, Clun?",
        "inverse",
        "SELECT ?x WHERE { ?m a bio:Marriage ; bio:place {St George's Church, Clun} ; bio:partner ?x }",
    ),
    (
        "Who was born in Kington?",
        "inverse",
        f"SELECT ?x WHERE {{ {event('?x', 'Birth')} ?e bio:place {{Kington}} }}",
    ),
    (
        "Who is buried at St Mary's Church, Kington?",
        "inverse",
        f"SELECT ?x WHERE {{ {event('?x', 'Burial')} ?e bio:place {{St Mary's Church, Kington}} FILTER EXISTS {{ ?x foaf:name|foaf:givenName ?n }} }}",
    ),
    # occupations and census
    (
        "What was Thomas Pryce's occupation in 1841?",
        "conjunction",
        "SELECT ?x WHERE { {Thomas Pryce} gx:fact [ gx:type gx:Occupation ; gx:value ?x ; gx:date '1841'^^xsd:gYear ] }",
    ),
    (
        "What did Evan Hughes do for a living?",
        "synonym",
        f"SELECT ?x WHERE {{ {occupation('{Evan Hughes}')} }}",
    ),
    (
        "what was george whitfield's trade",
        "synonym",
        f"SELECT ?x WHERE {{ {occupation('{George Whitfield}')} }}",
    ),
    (
        "Where did Rhys Pryce live in 1881?",
        "conjunction",
        "SELECT ?x WHERE { {Rhys Pryce} fhs:enumerated [ fhs:census {1881 census, Clun} ; fhs:residence ?x ] }",
    ),
    (
        "How old was John Pryce in the 1851 census?",
        "conjunction",
        "SELECT ?x WHERE { {John Pryce} fhs:enumerated [ fhs:census {1851 census, Kington} ; fhs:age ?x ] }",
    ),
    (
        "Which censuses list Rhys Pryce?",
        "1hop",
        "SELECT ?x WHERE { {Rhys Pryce} fhs:enumerated/fhs:census ?x }",
    ),
    # names
    (
        "What was Jane Pryce's maiden name?",
        "literal",
        "SELECT ?x WHERE { {Jane Pryce} fhs:maidenName ?x }",
    ),
    (
        "What was Hannah Pryce's birth name?",
        "literal",
        "SELECT ?x WHERE { {Hannah Pryce} gx:name [ gx:type gx:BirthName ; gx:fullText ?x ] }",
    ),
    (
        "What is Talley called in Welsh?",
        "literal",
        "SELECT ?x WHERE { {Talley} schema:name ?x FILTER(lang(?x) = 'cy') }",
    ),
    # places
    (
        "Which county is Llangathen in?",
        "1hop",
        "SELECT ?x WHERE { {Llangathen|fhs:Parish} schema:containedInPlace ?x }",
    ),
    (
        "Which country is Kington in?",
        "2hop",
        "SELECT ?x WHERE { {Kington} schema:containedInPlace/schema:containedInPlace ?x }",
    ),
    (
        "Which parish is St Cathen's Church in?",
        "1hop",
        "SELECT ?x WHERE { {St Cathen's Church, Llangathen} schema:containedInPlace ?x }",
    ),
    (
        "What is the Chapman code of Shropshire?",
        "literal",
        "SELECT ?x WHERE { {Shropshire} skos:notation ?x }",
    ),
    (
        "What was the registration district of Llangathen?",
        "literal",
        "SELECT ?x WHERE { {Llangathen|fhs:Parish} fhs:registrationDistrict ?x }",
    ),
    (
        "In which county was Rhys Pryce born?",
        "2hop",
        f"SELECT ?x WHERE {{ {event('{Rhys Pryce}', 'Birth')} ?e bio:place/schema:containedInPlace ?x }}",
    ),
    (
        "In which county did John Pryce die?",
        "2hop",
        f"SELECT ?x WHERE {{ {event('{John Pryce}', 'Death')} ?e bio:place/schema:containedInPlace ?x }}",
    ),
    # sources and the will
    (
        "Which source records the burial of Thomas Pryce?",
        "2hop",
        f"SELECT ?x WHERE {{ {event('{Thomas Pryce}', 'Burial')} {cites('?e', '?x')} }}",
    ),
    (
        "What is the reference number of the record of John Pryce's baptism?",
        "3hop",
        f"SELECT ?x WHERE {{ {event('{John Pryce}', 'Baptism')} {cites('?e', '?s')} ?s dcterms:identifier ?x }}",
    ),
    (
        "Which archive keeps the 1881 census, Clun?",
        "synonym",
        "SELECT ?x WHERE { {1881 census, Clun} dcterms:publisher|prov:wasAttributedTo ?x }",
    ),
    (
        "Who was the executor of William Pryce's will?",
        "2hop",
        "SELECT ?x WHERE { ?w dcterms:creator {William Pryce} ; fhs:executor ?x }",
    ),
    (
        "who got something in william pryce's will",
        "synonym",
        "SELECT ?x WHERE { ?w dcterms:creator {William Pryce} ; fhs:beneficiary ?x }",
    ),
    # aliases and typos
    (
        "When was Rees Price born?",
        "alias",
        f"SELECT ?x WHERE {{ {event('{Rees Price}', 'Birth')} ?e bio:date ?x }}",
    ),
    (
        "Who were Kitty Pryce's husbands?",
        "alias",
        f"SELECT ?x WHERE {{ {spouse('{Kitty Pryce}', '?x')} }}",
    ),
    (
        "what did Tomos Prys do for a living",
        "alias",
        f"SELECT ?x WHERE {{ {occupation('{Tomos Prys}')} }}",
    ),
    (
        "Where did John Pryce and Hannah Whitfield get married?",
        "alias",
        f"SELECT ?x WHERE {{ {spouse('{John Pryce}', '{Hannah Pryce}')} ?m bio:place ?x }}",
    ),
    (
        "who were the parnets of john pryce",
        "typo",
        f"SELECT ?x WHERE {{ {par('{John Pryce}', '?x')} }}",
    ),
    (
        "when did rhys pryse die",
        "typo",
        f"SELECT ?x WHERE {{ {event('{Rhys Pryce}', 'Death')} ?e bio:date ?x }}",
    ),
    (
        "where was willaim pryce buried",
        "typo",
        f"SELECT ?x WHERE {{ {event('{William Pryce}', 'Burial')} ?e bio:place ?x }}",
    ),
    # unanswerable: what the database does not hold
    ("What was Thomas Pryce's religion?", "unanswerable", None),
    ("What did Margaret Pryce die of?", "unanswerable", None),
    ("Who were John Pryce's godparents?", "unanswerable", None),
    ("When did George Pryce emigrate?", "unanswerable", None),
    ("Who was Jane Pryce's brother?", "unanswerable", None),
    ("Where was Evan Hughes buried?", "unanswerable", None),
    ("How tall was Rhys Pryce?", "unanswerable", None),
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "genealogy-b54-01",
        [
            (
                "Who did Rhys Pryce marry?",
                "start",
                f"SELECT ?x WHERE {{ {spouse('{Rhys Pryce}', '?x')} }}",
            ),
            (
                "Where was she born?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {event('{Jane Pryce}', 'Birth')} ?e bio:place ?x }}",
            ),
            (
                "And Hannah Pryce?",
                "and_x",
                f"SELECT ?x WHERE {{ {event('{Hannah Pryce}', 'Birth')} ?e bio:place ?x }}",
            ),
        ],
    ),
    (
        "genealogy-b54-02",
        [
            (
                "Who were the parents of William Pryce?",
                "start",
                f"SELECT ?x WHERE {{ {par('{William Pryce}', '?x')} }}",
            ),
            (
                "When did he die?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ {event('{William Pryce}', 'Death')} ?e bio:date ?x }}",
            ),
            (
                "What about John Pryce?",
                "what_about",
                f"SELECT ?x WHERE {{ {event('{John Pryce}', 'Death')} ?e bio:date ?x }}",
            ),
        ],
    ),
    (
        "genealogy-b54-03",
        [
            (
                "Where was Thomas George Pryce baptised?",
                "start",
                f"SELECT ?x WHERE {{ {event('{Thomas George Pryce}', 'Baptism')} ?e bio:place ?x }}",
            ),
            (
                "Which parish is that church in?",
                "demonstrative",
                "SELECT ?x WHERE { {St Mary's Church, Kington} schema:containedInPlace ?x }",
            ),
            (
                "And which county is it in?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Kington} schema:containedInPlace ?x }",
            ),
        ],
    ),
]


def names(g: Graph, x: object) -> list[str]:
    """A literal's lexical form; a node's names (``NAME_PROPS``, else given + family name)."""
    if isinstance(x, Literal):
        return [str(x)]
    found = {str(n) for p in NAME_PROPS for n in g.objects(x, p)}  # type: ignore[arg-type]
    given = [str(n) for n in g.objects(x, FOAF.givenName)]  # type: ignore[arg-type]
    family = [str(n) for n in g.objects(x, FOAF.familyName)]  # type: ignore[arg-type]
    found |= {f"{a} {b}" for a in given for b in family}
    return sorted(found)


def answers_of_graph(g: Graph):  # type: ignore[no-untyped-def]
    """``answers_of`` for :func:`write_answers`: the names of each first-column value."""
    spaces = dict(re.findall(r"PREFIX (\w+): <([^>]+)>", PRE))
    nodes = {x for x in g.subjects() if isinstance(x, URIRef)}
    by_name: dict[str, set[URIRef]] = {}
    for x in nodes:
        for n in names(g, x):
            by_name.setdefault(n, set()).add(x)

    def find(m: re.Match[str]) -> set[URIRef]:
        name, _, cls = m[1].partition("|")
        found = by_name.get(name, set())
        if cls:
            pre, _, local = cls.partition(":")
            found = {s for s in found if (s, RDF.type, URIRef(spaces[pre] + local)) in g}
        return found

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find, NAMED)):
            out |= set(names(g, row[0]))  # an unnamed node (an infant) answers nothing
        return out

    return answers_of


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published
    g = Graph()
    g.parse(HERE / "genealogy.rdf", format="xml")
    answers_of = answers_of_graph(g)
    if "--conversations" in sys.argv:
        print_conversations("genealogy", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "genealogy.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
