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


def test_a_relation_node_named_after_its_parts_is_walked_through(tmp_path):
    """Bio2RDF states a drug-drug interaction as a named node both drugs are
    ``ddi-interactor-in``: "which anticoagulants interact with aspirin?" answered the node
    "DDI between Lepirudin and Acetylsalicylic acid". Its name holds its parts' names and
    nothing leads from it to another node (VoID's ``inDataset`` is no fact: where the record
    is kept), so it is walked through as a blank node is; a category, named otherwise, stays
    an answer."""
    kg = load(
        tmp_path,
        """
        @prefix void: <http://rdfs.org/ns/void#> .
        @prefix mesh: <http://bio2rdf.org/mesh:> .
        db:DB1 dct:title "Lepirudin" ; dv:category mesh:D1 ; dv:ddi-interactor-in dr:DB1_DB3 .
        db:DB2 dct:title "Warfarin" ; dv:category mesh:D1 ; dv:ddi-interactor-in dr:DB2_DB3 .
        db:DB3 dct:title "Acetylsalicylic acid" ;
            dv:ddi-interactor-in dr:DB1_DB3, dr:DB2_DB3 .
        mesh:D1 dct:title "Anticoagulants" .
        dr:DB1_DB3 a dv:Drug-Drug-Interaction ; void:inDataset dr:dataset ;
            dct:title "DDI between Lepirudin and Acetylsalicylic acid" .
        dr:DB2_DB3 a dv:Drug-Drug-Interaction ; void:inDataset dr:dataset ;
            dct:title "DDI between Warfarin and Acetylsalicylic acid" .
        dr:dataset dct:title "drugbank dataset" .
        """,
    )
    from kgchat.pipeline import make_retriever

    assert kg.facts_of(B + "drugbank_resource:dataset") == []
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.anonymous(B + "drugbank_resource:DB1_DB3")
    assert not r.anonymous(B + "mesh:D1")
    assert not r.anonymous(B + "drugbank:DB3")
    res = r.retrieve("Which drugs interact with acetylsalicylic acid?")
    assert sorted(c.label for c in res.candidates[:2]) == ["Lepirudin", "Warfarin"]
