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
