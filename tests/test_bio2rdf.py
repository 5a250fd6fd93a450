"""Linked data as Bio2RDF publishes it (DrugBank, release 3/4): IRIs ``bio2rdf.org/ns:id``,
``rdfs:label`` citing the resource's own id in brackets beside a plain ``dct:title``, n-ary
interaction nodes. Each habit on a tiny graph, and what it becomes."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph

B = "http://bio2rdf.org/"
PREFIXES = """\
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix db: <http://bio2rdf.org/drugbank:> .
@prefix dv: <http://bio2rdf.org/drugbank_vocabulary:> .
@prefix dr: <http://bio2rdf.org/drugbank_resource:> .
"""


def load(tmp_path: Path, body: str) -> KnowledgeGraph:
    path = tmp_path / "drugbank.ttl"
    path.write_text(PREFIXES + body, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_label_citing_its_own_id_names_by_the_plain_name(tmp_path):
    """Every answer came back as "Prothrombin [drugbank:BE0000048]" (5 of 44 right blind on
    bench/data/own/bio2rdf.nq): the bracketed CURIE restates the IRI. A plain label of the
    same language names the resource; without one the cited id is cut off; a bracket that is
    not the resource's own id stays, and so do the property's own decorated labels' words."""
    kg = load(
        tmp_path,
        """
        db:DB00001 rdfs:label "Lepirudin [drugbank:DB00001]"@en ; dct:title "Lepirudin"@en ;
            dv:target db:BE0000048 .
        db:BE0000048 rdfs:label "Prothrombin [drugbank:BE0000048]"@en .
        dv:target rdfs:label "target [drugbank_vocabulary:target]"@en .
        dr:DB1_DB2
        rdfs:label "DDI between Lepirudin and Warfarin - risk. [drugbank_resource:DB1_DB2]"@en ;
            dct:title "DDI between Lepirudin and Warfarin"@en .
        db:DB00945 rdfs:label "Aspirin [Texas]"@en .
        """,
    )
    assert kg.label(B + "drugbank:DB00001") == "Lepirudin"
    assert kg.aliases(B + "drugbank:DB00001") == []
    assert kg.label(B + "drugbank:BE0000048") == "Prothrombin"
    assert kg.label(B + "drugbank_resource:DB1_DB2") == "DDI between Lepirudin and Warfarin"
    assert kg.label(B + "drugbank:DB00945") == "Aspirin [Texas]"
    facts = [f.text for f in kg.facts_of(B + "drugbank:DB00001", direction="out")]
    assert facts == ["Lepirudin — target → Prothrombin"]


def test_an_unlabelled_curie_iri_keeps_its_code_whole(tmp_path):
    """Bio2RDF links drugs to other datasets' resources it does not describe
    (``http://bio2rdf.org/atc:A10BA02``): named by the IRI's tail, the code was split as if
    CamelCase ("atc:A10 BA02"), so "ATC code for metformin?" answered no code of the graph."""
    kg = load(
        tmp_path,
        """
        db:DB00331 rdfs:label "Metformin [drugbank:DB00331]"@en ;
            dv:x-atc <http://bio2rdf.org/atc:A10BA02> .
        """,
    )
    assert kg.label(B + "atc:A10BA02") == "atc:A10BA02"
