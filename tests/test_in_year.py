"""A year the question names, held against the time a statement held
(:mod:`kgchat.retrieval.in_year`): "Who was mayor of London in 2010?" over Wikidata's
statements, and over n-ary nodes of another shape. Real parsing, the bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.in_year import year_named

WIKIBASE = """\
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> .
@prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix wds: <http://www.wikidata.org/entity/statement/> .
@prefix wikibase: <http://wikiba.se/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

wd:P39 a wikibase:Property ; rdfs:label "position held"@en ; wikibase:directClaim wdt:P39 ;
    wikibase:claim p:P39 ; wikibase:statementProperty ps:P39 .
wd:P580 a wikibase:Property ; rdfs:label "start time"@en ; wikibase:qualifier pq:P580 .
wd:P582 a wikibase:Property ; rdfs:label "end time"@en ; wikibase:qualifier pq:P582 .
wd:P1366 a wikibase:Property ; rdfs:label "replaced by"@en ; wikibase:qualifier pq:P1366 .
wd:Q1 rdfs:label "Mayor of London"@en .
wd:Q2 rdfs:label "Ken Livingstone"@en ; wdt:P39 wd:Q1 ; p:P39 wds:a .
wd:Q3 rdfs:label "Boris Johnson"@en ; wdt:P39 wd:Q1 ; p:P39 wds:b .
wd:Q4 rdfs:label "Sadiq Khan"@en ; wdt:P39 wd:Q1 ; p:P39 wds:c .
wds:a ps:P39 wd:Q1 ; pq:P580 "2000-05-04T00:00:00Z"^^xsd:dateTime ;
    pq:P582 "2008-05-04T00:00:00Z"^^xsd:dateTime ; pq:P1366 wd:Q3 .
wds:b ps:P39 wd:Q1 ; pq:P580 "2008-05-04T00:00:00Z"^^xsd:dateTime ;
    pq:P582 "2016-05-09T00:00:00Z"^^xsd:dateTime ; pq:P1366 wd:Q4 .
wds:c ps:P39 wd:Q1 ; pq:P580 "2016-05-09T00:00:00Z"^^xsd:dateTime .
"""

CVT = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:club rdfs:label "Ajax" .
ex:cruyff rdfs:label "Johan Cruyff" ; ex:spell [ ex:team ex:club ; ex:from "1964"^^xsd:gYear ;
    ex:to "1973"^^xsd:gYear ] .
ex:bergkamp rdfs:label "Dennis Bergkamp" ; ex:spell [ ex:team ex:club ;
    ex:from "1986"^^xsd:gYear ; ex:to "1993"^^xsd:gYear ] .
ex:litmanen rdfs:label "Jari Litmanen" ; ex:spell [ ex:team ex:club ;
    ex:from "1992"^^xsd:gYear ; ex:to "1999"^^xsd:gYear ] .
"""


def _retriever(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "g.ttl"
    path.write_text(text, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_the_holder_in_the_year_asked(tmp_path: Path) -> None:
    """Every mayor holds "position held" Mayor of London; only the statements say when. The
    answer had been the first holder in the ranking's order, whatever the year. Ken's
    statement names Boris ("replaced by") and covers 2005: that is Ken's time, not Boris's."""
    r = _retriever(tmp_path, WIKIBASE)
    assert r.retrieve("Who was Mayor of London in 2010?").answer == "Boris Johnson"
    assert r.retrieve("Who was Mayor of London in 2005?").answer == "Ken Livingstone"
    now = r.retrieve("Who was Mayor of London in 2020?")
    assert now.answer == "Sadiq Khan"  # a statement with no end holds still
    assert "Ken Livingstone" not in {c.label for c in now.candidates}


def test_the_present_tense_asks_of_today(tmp_path: Path) -> None:
    """A question in the present tense ("Who *is* ...?") names no year: of the holders tied
    on score, the one whose statement has no end yet (the first by the ranking's order had
    answered); "Who *has been* ...?" asks of any time, and keeps them all."""
    r = _retriever(tmp_path, WIKIBASE)
    assert r.retrieve("Who is the Mayor of London?").answer == "Sadiq Khan"
    ever = {c.label for c in r.retrieve("Who has been Mayor of London?").candidates}
    assert {"Ken Livingstone", "Boris Johnson", "Sadiq Khan"} <= ever


def test_the_present_tense_asks_of_the_configured_year(tmp_path: Path) -> None:
    """``RetrieverConfig.as_of_year`` puts "now" where an evaluation (or a graph of an earlier
    year) needs it, instead of the clock's year."""
    from kgchat.retrieval import RetrieverConfig

    path = tmp_path / "g.ttl"
    path.write_text(WIKIBASE, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    config = RetrieverConfig(as_of_year=2012)
    r = make_retriever(kg, index_dir=None, scorer=None, config=config)
    assert r.retrieve("Who is the Mayor of London?").answer == "Boris Johnson"


def test_the_year_on_nodes_of_another_shape(tmp_path: Path) -> None:
    """A CVT-like spell (``from``/``to``, "team" and "spell" two relations): the statement
    that joins them is read where none of one relation does."""
    r = _retriever(tmp_path, CVT)
    assert r.retrieve("Who played for Ajax in 1990?").answer == "Dennis Bergkamp"
    assert r.retrieve("Who played for Ajax in 1995?").answer == "Jari Litmanen"


def test_one_year_or_none() -> None:
    assert year_named(["who", "won", "in", "1990"]) == 1990
    assert year_named(["between", "1990", "and", "1995"]) is None
    assert year_named(["who", "won", "the", "400", "m"]) is None
    assert year_named(["who", "is", "the", "mayor"], 2026) == 2026
    assert year_named(["who", "has", "been", "mayor"], 2026) is None


def test_a_quantity_is_no_year_named(tmp_path: Path) -> None:
    """Any number 1000-2099 had been read as the year asked ("higher than 1500 metres", "a
    population of 1200") and the holders outside it dropped: a number is a quantity where it
    bounds a comparison, a unit follows it, or it is the value of a measure."""
    r = _retriever(tmp_path, WIKIBASE)
    plain = r.retrieve("Who was mayor of London?").answer
    for question in (
        "Who was mayor of London for more than 2010 days?",  # a bound, a unit of time
        "Who was mayor of London at a salary of 2010 pounds?",  # a unit
        "Who was mayor of London with a majority of 2010?",  # a measure's value
    ):
        assert r.retrieve(question).answer == plain != "Boris Johnson", question
    # a year stays one, after "in" or as the date of a definite occasion
    assert r.retrieve("Who was mayor of London in 2010?").answer == "Boris Johnson"
    assert r.retrieve("Who was the mayor of London in the election of 2010?").answer == (
        "Boris Johnson"
    )


def test_a_year_by_its_role_in_the_question() -> None:
    def named(question: str, names: frozenset[int] = frozenset()) -> int | None:
        return year_named(question.lower().split(), None, names)

    assert named("where was einstein born in 1879") == 1879
    assert named("who won the 2014 world cup") == 2014
    assert named("which peaks are higher than 1500 metres") is None
    assert named("which peaks rise 1500 m") is None
    assert named("which towns have a population of 1200") is None
    assert named("which towns have at least 1200 inhabitants") is None
    # a unit's word in a name is the name's: "Tesla", a unit of magnetic flux density
    assert named("what did tesla sell in 2019") == 2019
    assert named("in 2019 tesla sold what") is None
    assert named("in 2019 tesla sold what", frozenset({2})) == 2019
