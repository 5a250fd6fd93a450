"""A type asked by a long compound keeps its head: "the gnomAD grpmax allele *frequency* of X"
asks for a frequency, not an "allele" (its first three words were kept, the head dropped, and
a sibling variant allele of X's gene answered: blind probe variants, round 56)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.answer_type import answer_type_words
from kgchat.text import tokens

RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
EX = "http://ex.org/"

TRIPLES = [
    (EX + "VariantAllele", RDFS + "label", '"variant allele"'),
    (EX + "v1", RDFS + "label", '"Arg2726Trp"'),
    (EX + "v2", RDFS + "label", '"Gly1013Arg"'),
    (EX + "v1", RDF_TYPE, EX + "VariantAllele"),
    (EX + "v2", RDF_TYPE, EX + "VariantAllele"),
    (EX + "fbn1", RDFS + "label", '"FBN1"'),
    (EX + "v1", EX + "isAlleleOf", EX + "fbn1"),
    (EX + "v2", EX + "isAlleleOf", EX + "fbn1"),
    (EX + "isAlleleOf", RDFS + "label", '"is allele of"'),
    (EX + "v1", EX + "grpmaxAF", '"0.0000412"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
    (EX + "v2", EX + "grpmaxAF", '"0.0000881"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
    (EX + "grpmaxAF", RDFS + "label", '"gnomAD grpmax allele frequency"'),
]


def test_the_head_of_a_long_compound_is_the_type_asked() -> None:
    toks = tokens("What is the gnomAD grpmax allele frequency of FBN1?")
    assert answer_type_words(toks, {8})[-1] == "frequency"


def test_a_long_compound_asks_the_value_not_a_thing_of_its_first_words() -> None:
    r = make_retriever(KnowledgeGraph.from_triples(TRIPLES), index_dir=None, scorer=None)
    res = r.retrieve("What is the gnomAD grpmax allele frequency of Arg2726Trp?")
    assert res.answer == "0.0000412"
