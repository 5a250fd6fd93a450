"""A value written as one word of letters and figures in lower case (a dbSNP rsID
"rs80357906", the one variant's) is named as the question writes it, as a capitalised one-word
value is: "what gene is rs80357906 in" walks from the value to the variant and its gene (it
linked nothing, and the class "gene" answered every gene: blind probe variants, round 56)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever

RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
EX = "http://ex.org/"

TRIPLES = [
    (EX + "Gene", RDFS + "label", '"gene"'),
    (EX + "brca1", RDF_TYPE, EX + "Gene"),
    (EX + "brca2", RDF_TYPE, EX + "Gene"),
    (EX + "brca1", RDFS + "label", '"BRCA1"'),
    (EX + "brca2", RDFS + "label", '"BRCA2"'),
    (EX + "v1", RDFS + "label", '"c.5266dup"'),
    (EX + "v2", RDFS + "label", '"c.5946del"'),
    (EX + "v1", EX + "dbsnp", '"rs80357906"'),
    (EX + "v2", EX + "dbsnp", '"rs80359550"'),
    (EX + "v1", EX + "isAlleleOf", EX + "brca1"),
    (EX + "v2", EX + "isAlleleOf", EX + "brca2"),
    (EX + "isAlleleOf", RDFS + "label", '"is allele of"'),
    (EX + "dbsnp", RDFS + "label", '"dbSNP identifier"'),
]


def test_a_lower_case_code_value_links() -> None:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    assert '"rs80357906"' in [m.node for m in EntityLinker(kg).link("what gene is rs80357906 in")]


def test_the_gene_of_the_variant_an_rsid_names() -> None:
    r = make_retriever(KnowledgeGraph.from_triples(TRIPLES), index_dir=None, scorer=None)
    assert r.retrieve("what gene is rs80357906 in").answer == "BRCA1"
