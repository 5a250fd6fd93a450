"""A how-question answered by a thing of the kind its how-word asks (:mod:`kgchat.retrieval.
relation_match`): "How often is X updated?" over DCAT's ``accrualPeriodicity`` to a frequency
concept, whose relation's words ("accrual periodicity") say nothing of "updated". Real
parsing, the bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

TTL = """\
@prefix dct: <http://purl.org/dc/terms/> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <http://example.org/> .
@prefix freq: <http://example.org/frequency/> .

ex:frequency a skos:ConceptScheme ; skos:prefLabel "frequency"@en .
ex:theme a skos:ConceptScheme ; skos:prefLabel "theme"@en .
freq:MONTHLY a skos:Concept ; skos:inScheme ex:frequency ; skos:prefLabel "monthly"@en .
freq:ANNUAL a skos:Concept ; skos:inScheme ex:frequency ; skos:prefLabel "annual"@en .
ex:ECON a skos:Concept ; skos:inScheme ex:theme ; skos:prefLabel "economy"@en .
ex:bulletin a dcat:Dataset ; dct:title "Price Bulletin"@en ;
    dct:accrualPeriodicity freq:MONTHLY ; dcat:theme ex:ECON ;
    dct:publisher ex:office ; dct:modified "2024-03-01" .
ex:census a dcat:Dataset ; dct:title "Housing Census"@en ;
    dct:accrualPeriodicity freq:ANNUAL ; dcat:theme ex:ECON ; dct:publisher ex:office .
ex:gazette a dcat:Dataset ; dct:title "Harbour Gazette"@en ;
    dcat:theme ex:ECON ; dct:publisher ex:office .
ex:office a dct:Agent ; dct:title "Statistics Office"@en .
"""


def test_how_often_is_met_by_a_frequency(tmp_path: Path) -> None:
    """The frequency concept is what "how often" asks, however the verb is said; a dataset
    with no frequency is not answered by its theme, a thing of another kind."""
    path = tmp_path / "catalog.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None)
    for q, answer in [
        ("How often is the Price Bulletin updated?", "monthly"),
        ("How frequently is the Housing Census refreshed?", "annual"),
    ]:
        res = r.retrieve(q)
        assert res.answer == answer and not res.abstained, (q, res.confidence)
    res = r.retrieve("How often is the Harbour Gazette updated?")
    assert res.abstained or res.answer not in {"economy", "Statistics Office"}
