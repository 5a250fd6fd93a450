"""A code written as one word ("c.8176C>T", "p.Arg403Gln") says a run of the longer name that
holds it: a clinical variant named "NM_000138.5(FBN1):c.8176C>T (p.Arg2726Trp)" links from
"FBN1 c.8176C>T" (its pieces, a lower-case "c" and a stopword "a" among them, are a name's
words, not the alleles "C" and "T" some other facts hold), and from its protein change in
the name's trailing parenthesis; a sibling variant of the same gene is not linked."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.name_keys import coded_parenthesis
from kgchat.text import code_tokens

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
EX = "http://ex.org/"

TRIPLES = [
    (EX + "v1", RDFS_LABEL, '"NM_000138.5(FBN1):c.8176C>T (p.Arg2726Trp)"'),
    (EX + "v2", RDFS_LABEL, '"NM_000138.5(FBN1):c.3037G>A (p.Gly1013Arg)"'),
    (EX + "v3", RDFS_LABEL, '"NM_000257.4(MYH7):c.1208G>A (p.Arg403Gln)"'),
    (EX + "fbn1", RDFS_LABEL, '"FBN1"'),
    (EX + "myh7", RDFS_LABEL, '"MYH7"'),
    (EX + "v1", EX + "gene", EX + "fbn1"),
    (EX + "v2", EX + "gene", EX + "fbn1"),
    (EX + "v3", EX + "gene", EX + "myh7"),
    (EX + "v1", EX + "ref", '"C"'),
    (EX + "v1", EX + "alt", '"T"'),
    (EX + "v2", EX + "ref", '"C"'),
    (EX + "v2", EX + "alt", '"T"'),
    (EX + "v3", EX + "alt", '"A"'),
]


def _nodes(question: str) -> list[str]:
    linker = EntityLinker(KnowledgeGraph.from_triples(TRIPLES))
    return [m.node for m in linker.link(question)]


def test_a_gene_and_coding_change_link_the_variant_they_name() -> None:
    assert _nodes("What is the frequency of FBN1 c.8176C>T?") == [EX + "v1"]
    assert _nodes("Which lab classified FBN1 c.3037G>A?") == [EX + "v2"]


def test_a_code_ending_in_a_stopword_letter() -> None:
    assert _nodes("What is the consequence of MYH7 c.1208G>A?") == [EX + "v3"]


def test_a_protein_change_in_the_trailing_parenthesis() -> None:
    assert EX + "v3" in _nodes("Which lab classified p.Arg403Gln?")
    assert coded_parenthesis("NM_000257.4(MYH7):c.1208G>A (p.Arg403Gln)")
    assert not coded_parenthesis("Nirvana (band)")


def test_code_tokens_are_a_code_words_pieces() -> None:
    assert code_tokens("Is 3-year-old R2D2 in c.1208G>A?") == {"r2d2", "c", "1208g", "a"}
    assert code_tokens("Which model is churn-q3-model-08?") == {"churn", "q3", "08"}
