"""A slice of Wikidata's full RDF dump (the Wikibase data model with every layer it writes):
statement ranks, value nodes, references, site links and revision data, read as what they
are (:mod:`kgchat.graph.wikibase`). Tiny graphs, real parsing."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph

WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"

DUMP = """\
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wds: <http://www.wikidata.org/entity/statement/> .
@prefix wdv: <http://www.wikidata.org/value/> .
@prefix wdref: <http://www.wikidata.org/reference/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> .
@prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix psv: <http://www.wikidata.org/prop/statement/value/> .
@prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix pr: <http://www.wikidata.org/prop/reference/> .
@prefix wikibase: <http://wikiba.se/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

wd:P6 a wikibase:Property ; rdfs:label "head of government"@en ; wikibase:directClaim wdt:P6 ;
    wikibase:claim p:P6 ; wikibase:statementProperty ps:P6 .
wd:P19 a wikibase:Property ; rdfs:label "place of birth"@en ; wikibase:directClaim wdt:P19 ;
    wikibase:claim p:P19 ; wikibase:statementProperty ps:P19 .
wd:P1082 a wikibase:Property ; rdfs:label "population"@en ; wikibase:directClaim wdt:P1082 ;
    wikibase:claim p:P1082 ; wikibase:statementProperty ps:P1082 ;
    wikibase:statementValue psv:P1082 .

wd:Q90 rdfs:label "Paris"@en ; p:P6 wds:a, wds:b ; p:P1082 wds:c ;
    schema:version "1652006254"^^xsd:integer ;
    schema:dateModified "2024-03-23T08:11:59Z"^^xsd:dateTime .
wds:a ps:P6 wd:Q2851 ; wikibase:rank wikibase:PreferredRank ;
    pq:P580 "2014-04-05T00:00:00Z"^^xsd:dateTime .
wds:b ps:P6 wd:Q7035 ; wikibase:rank wikibase:NormalRank ;
    pq:P580 "2001-03-25T00:00:00Z"^^xsd:dateTime .
wds:c ps:P1082 "+2102650"^^xsd:decimal ; psv:P1082 wdv:h1 ; wikibase:rank wikibase:NormalRank ;
    prov:wasDerivedFrom wdref:r1 .
wdv:h1 a wikibase:QuantityValue ; wikibase:quantityAmount "+2102650"^^xsd:decimal ;
    wikibase:quantityUnit wd:Q199 .
wdref:r1 pr:P248 wd:Q36578 .
wd:Q36578 rdfs:label "Integrated Authority File"@en .
wd:Q2851 rdfs:label "Anne Hidalgo"@en ; p:P19 wds:d, wds:e .
wds:d ps:P19 wd:Q1 ; wikibase:rank wikibase:NormalRank .
wds:e ps:P19 wd:Q2 ; wikibase:rank wikibase:DeprecatedRank .
wd:Q1 rdfs:label "San Fernando"@en .
wd:Q2 rdfs:label "Cadiz"@en .
wd:Q7035 rdfs:label "Bertrand Delanoe"@en .
<https://en.wikipedia.org/wiki/Paris> a schema:Article ; schema:about wd:Q90 ;
    schema:isPartOf <https://en.wikipedia.org/> ; schema:name "Paris (city)"@en .
"""


def _kg(tmp_path: Path) -> KnowledgeGraph:
    path = tmp_path / "dump.ttl"
    path.write_text(DUMP, encoding="utf-8")
    return KnowledgeGraph.load(path)


def _direct(kg: KnowledgeGraph, node: str) -> set[str]:
    return {
        f.text
        for f in kg.facts_of(WD + node, direction="out")
        if not f.object_label.startswith("(anonymous")
    }


def test_only_the_best_ranked_statements_are_facts(tmp_path: Path) -> None:
    """Wikidata's truthy claims are its best-ranked statements: the former mayor (normal rank
    beside a preferred one) stays a statement, walked through for its dates; a deprecated
    birthplace states nothing at all (it had been a fact: "Hidalgo born in Cadiz")."""
    kg = _kg(tmp_path)
    facts = _direct(kg, "Q90")
    assert "Paris — head of government → Anne Hidalgo" in facts
    assert "Paris — head of government → Bertrand Delanoe" not in facts
    # the former mayor's statement is still there, with its start time
    assert any(f.object_label == "Bertrand Delanoe" for f in kg.facts_of(WD + "Q7035"))
    born = {f.object_label for f in kg.facts_of(WD + "Q2851", direction="out")}
    assert "San Fernando" in born and "Cadiz" not in born
    assert not kg.facts_of(WD + "Q2")


def test_the_dump_plumbing_is_no_fact_and_no_answer(tmp_path: Path) -> None:
    """A value node restates its statement's value (it was an answer, named by its hash), a
    site link is another name of its item (it was a second "Paris", an "Article"), an item
    page's revision number is no fact (it answered "what number..."), a reference is walked
    through but never named, and a quantity reads without the dump's ``+``."""
    kg = _kg(tmp_path)
    labels = {kg.label(e) for e in kg.entities()}
    assert not any(label.startswith(("h1", "r1")) for label in labels)
    assert "Article" not in labels and "en.wikipedia.org" not in labels
    assert "Paris (city)" in kg.aliases(WD + "Q90")
    facts = _direct(kg, "Q90")
    assert "Paris — population → 2102650" in facts
    assert not any("1652006254" in f or "2024-03-23" in f for f in facts)
    assert kg.label("http://www.wikidata.org/reference/r1").startswith("(anonymous reference")


def test_schema_org_of_another_kind_beside_the_dump_stays_a_fact(tmp_path: Path) -> None:
    """schema.org is everyone's: beside a dump, reviews that are ``schema:about`` a book (not
    Wikimedia pages) and their ``schema:dateModified`` are facts of their own, not site links
    folded into the book nor page bookkeeping (they had been: a review vanished into an alias
    of the book)."""
    reviews = ""
    for n in range(1, 4):
        review, book = f"<http://ex.org/review{n}>", f"<http://ex.org/book{n}>"
        reviews += f'{review} schema:about {book} ; schema:name "Review {n}" ;\n'
        reviews += f'    schema:dateModified "2024-0{n}-01" .\n{book} schema:name "Book {n}" .\n'
    page = "<https://en.wikipedia.org/wiki/Paris> a"
    path = tmp_path / "mixed.ttl"
    path.write_text(DUMP.replace(page, reviews + page, 1), encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    about = {f.text for f in kg.facts_of("http://ex.org/review1", direction="out")}
    assert "Review 1 — about → Book 1" in about
    assert any("2024-01-01" in t for t in about)
    assert "Review 1" not in kg.aliases("http://ex.org/book1")
