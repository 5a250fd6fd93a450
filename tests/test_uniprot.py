"""UniProtKB's RDF (the uniprot probe's graph shape, on tiny graphs): an entry named only by
its ``up:recommendedName`` record, a taxon named only by ``up:scientificName``, and annotation
and interaction records, named by digests, walked through rather than given as answers."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

UP = "http://purl.uniprot.org/"
ENTRIES = """@prefix up: <http://purl.uniprot.org/core/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix taxon: <http://purl.uniprot.org/taxonomy/> .
@prefix uniprot: <http://purl.uniprot.org/uniprot/> .
@prefix ann: <http://purl.uniprot.org/annotation/> .
uniprot:P04637 a up:Protein ; up:mnemonic "P53_HUMAN" ; up:organism taxon:9606 ;
    up:encodedBy <http://purl.uniprot.org/uniprot/P04637#gene-MD5A1> ;
    up:recommendedName [ a up:Structured_Name ; up:fullName "Cellular tumor antigen p53" ] ;
    up:alternativeName [ a up:Structured_Name ; up:fullName "Tumor suppressor p53" ] ;
    up:annotation ann:AR_9F3C01 ; up:interaction <http://purl.uniprot.org/intact/EBI-1-EBI-2> .
uniprot:Q00987 a up:Protein ; up:organism taxon:9606 ;
    up:alternativeName [ a up:Structured_Name ; up:fullName "Double minute 2 protein" ;
                         up:shortName "Hdm2" ] ;
    up:recommendedName [ a up:Structured_Name ; up:shortName "MDM2" ;
                         up:fullName "E3 ubiquitin-protein ligase Mdm2" ] ;
    up:annotation ann:AR_77AB02 ; up:interaction <http://purl.uniprot.org/intact/EBI-1-EBI-2> .
uniprot:P01308 a up:Protein ; up:organism taxon:9606 ;
    up:recommendedName [ a up:Structured_Name ; up:fullName "Insulin" ] ;
    up:interaction <http://purl.uniprot.org/intact/EBI-2-EBI-3> .
<http://purl.uniprot.org/intact/EBI-2-EBI-3> a up:Interaction ; up:experiments 2 ;
    up:participant <http://purl.uniprot.org/intact/EBI-2>, <http://purl.uniprot.org/intact/EBI-3> .
<http://purl.uniprot.org/intact/EBI-3> rdfs:label "INS" ; rdfs:seeAlso uniprot:P01308 .
<http://purl.uniprot.org/uniprot/P04637#gene-MD5A1> a up:Gene ; skos:prefLabel "TP53" .
ann:AR_9F3C01 a up:Disease_Annotation ; up:disease <http://purl.uniprot.org/diseases/2399> .
ann:AR_77AB02 a up:Disease_Annotation ; up:disease <http://purl.uniprot.org/diseases/17> .
<http://purl.uniprot.org/diseases/2399> a up:Disease ; skos:prefLabel "Li-Fraumeni syndrome" .
<http://purl.uniprot.org/diseases/17> a up:Disease ; skos:prefLabel "Sarcoma" .
<http://purl.uniprot.org/intact/EBI-1-EBI-2> a up:Interaction ; up:experiments 43 ;
    up:participant <http://purl.uniprot.org/intact/EBI-1>, <http://purl.uniprot.org/intact/EBI-2> .
<http://purl.uniprot.org/intact/EBI-1> rdfs:label "TP53" ; rdfs:seeAlso uniprot:P04637 .
<http://purl.uniprot.org/intact/EBI-2> rdfs:label "MDM2" ; rdfs:seeAlso uniprot:Q00987 .
taxon:9606 a up:Taxon ; up:scientificName "Homo sapiens" ; up:commonName "Human" ;
    up:otherName "man" ; rdfs:subClassOf taxon:9605 .
taxon:9605 a up:Taxon ; up:scientificName "Homo" .
taxon:10090 a up:Taxon ; up:scientificName "Mus musculus" ; up:commonName "Mouse" .
<http://ex.org/bob> rdfs:label "Bob" ;
    <http://ex.org/recordLabel> [ a <http://ex.org/Label> ; <http://ex.org/name> "Parlophone" ] ;
    <http://ex.org/formerName> [ <http://ex.org/name> "Robert" ] .
"""


@pytest.fixture(scope="module")
def entries(tmp_path_factory):
    path = tmp_path_factory.mktemp("up") / "entries.ttl"
    path.write_text(ENTRIES, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_recommended_name_record_names_its_entry(entries):
    """The entry has no label: its ``up:recommendedName`` record's full name is its name (the
    predicate says which name, the record's class that it is one); the alternative names are
    aliases, however the records are ordered, and a short name is another name."""
    assert entries.label(UP + "uniprot/P04637") == "Cellular tumor antigen p53"
    assert "Tumor suppressor p53" in entries.aliases(UP + "uniprot/P04637")
    assert entries.label(UP + "uniprot/Q00987") == "E3 ubiquitin-protein ligase Mdm2"
    others = set(entries.aliases(UP + "uniprot/Q00987"))
    assert {"MDM2", "Hdm2", "Double minute 2 protein"} <= others


def test_a_record_must_say_it_is_a_name(entries):
    """A "record label" ends with a label of another thing: Bob keeps his own label and not
    the record's. An untyped record behind "former name" has no class to say otherwise
    (Popolo's ``other_names`` objects are untyped): "Robert" is another name of Bob, never
    his label."""
    assert entries.label("http://ex.org/bob") == "Bob"
    assert "Parlophone" not in entries.aliases("http://ex.org/bob")
    assert "Robert" in entries.aliases("http://ex.org/bob")


def test_a_taxon_is_named_by_its_scientific_name(entries):
    """A node whose IRI ends with a number is named by its name-like value rather than by the
    number: the one that every such node has (the scientific name), not a common name."""
    assert entries.label(UP + "taxonomy/9606") == "Homo sapiens"
    assert entries.label(UP + "taxonomy/9605") == "Homo"
    assert entries.label(UP + "taxonomy/10090") == "Mus musculus"


def test_annotation_and_interaction_records_are_walked_through(entries):
    """Annotations and interactions are records of kinds the graph never names, named by
    digests: shown as anonymous (walked through, never an answer), whatever number of facts
    lead to them and with values of their own (the interaction's count of experiments)."""
    assert entries.label(UP + "annotation/AR_9F3C01").startswith("(anonymous ")
    assert entries.label(UP + "intact/EBI-1-EBI-2").startswith("(anonymous ")
    assert entries.label(UP + "intact/EBI-1") == "TP53"
    assert entries.label(UP + "diseases/2399") == "Li-Fraumeni syndrome"


def test_a_gene_minted_inside_its_entry_says_the_entry(entries):
    """The gene is a fragment of its entry's IRI (``P04637#gene-...``): the question that
    names the gene says the entry its walk passes through, and the disease of the entry's
    annotation is answered with confidence; the gene's name is not the entry's."""
    res = Retriever(entries).retrieve("what disease is caused by mutations in TP53")
    assert res.answer == "Li-Fraumeni syndrome"
    assert not res.abstained
    assert "TP53" not in entries.aliases(UP + "uniprot/P04637")
