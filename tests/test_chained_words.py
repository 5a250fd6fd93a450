"""A question's word that WordNet defines as a chain of the graph's relations is read as that
chain (issue 11, fix60d; :mod:`kgchat.retrieval.chained_words`): *grandmother* is "the
mother of your father or mother", so "Who is Hugh's grandmother?" over a family graph of
``has father`` / ``has mother`` / ``has child`` asks the mother of a parent of Hugh: two hops,
each said by its own word, each walked the way it reads. On START the word met ``has mother``
alone and answered Hugh's own mother (or, with the walk's wh-detour, his father). A
grandmother the graph does not hold is abstained on, not answered by a mother. On a tiny
ontology read from OWL functional syntax, with the real bundled encoder and the pipeline's
retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.chained_words import chained, defined_chain
from kgchat.retrieval.question import analyze
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

OFN = """Prefix(:=<http://example.org/fam#>)
Prefix(owl:=<http://www.w3.org/2002/07/owl#>)
Prefix(rdfs:=<http://www.w3.org/2000/01/rdf-schema#>)

Ontology(<http://example.org/fam>
Declaration(Class(:Person))
Declaration(ObjectProperty(:hasParent))
Declaration(ObjectProperty(:hasChild))
Declaration(ObjectProperty(:hasFather))
Declaration(ObjectProperty(:hasMother))
Declaration(ObjectProperty(:bornIn))
AnnotationAssertion(rdfs:label :hasParent "has parent"@en)
AnnotationAssertion(rdfs:label :hasChild "has child"@en)
AnnotationAssertion(rdfs:label :hasFather "has father"@en)
AnnotationAssertion(rdfs:label :hasMother "has mother"@en)
AnnotationAssertion(rdfs:label :bornIn "born in"@en)
InverseObjectProperties(:hasParent :hasChild)
SubObjectPropertyOf(:hasFather :hasParent)
SubObjectPropertyOf(:hasMother :hasParent)
"""
PEOPLE = {
    "Harriet Lisle": [("bornIn", "York")],
    "Arthur Ashcombe": [("bornIn", "Wrexford")],
    "Charles Ashcombe": [("hasFather", "Arthur Ashcombe"), ("hasMother", "Harriet Lisle")],
    "Adelaide Grey": [("bornIn", "Bath")],
    "Hugh Ashcombe": [("hasFather", "Charles Ashcombe"), ("hasMother", "Adelaide Grey")],
    "Lionel Ashcombe": [("hasFather", "Charles Ashcombe"), ("hasMother", "Adelaide Grey")],
    "Mary Hollis": [("bornIn", "Truro")],
    "Albert Hollis": [("hasMother", "Mary Hollis")],
    # parentage by the super-property too, as family ontologies' older records give it
    "Rose Ashcombe": [("hasParent", "Hugh Ashcombe")],
}


def _iri(name: str) -> str:
    return ":" + name.replace(" ", "")


def _ofn() -> str:
    lines = [OFN]
    places = {o for facts in PEOPLE.values() for p, o in facts if p == "bornIn"}
    for place in places:
        lines.append(f'AnnotationAssertion(rdfs:label {_iri(place)} "{place}"@en)')
    for name, facts in PEOPLE.items():
        lines.append(f"ClassAssertion(:Person {_iri(name)})")
        lines.append(f'AnnotationAssertion(rdfs:label {_iri(name)} "{name}"@en)')
        lines += [f"ObjectPropertyAssertion(:{p} {_iri(name)} {_iri(o)})" for p, o in facts]
    return "\n".join(lines) + "\n)\n"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("fam") / "fam.ofn"
    path.write_text(_ofn(), encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")


@needs_wordnet
def test_a_word_defined_as_a_chain_reads_as_its_relations():
    """*grandmother* ("the mother of your father or mother") is ``mother`` of ``father``,
    ``mother`` or ``parent`` (the word meeting both); *grandchild* ("a child of your son or
    daughter") ``child`` of ``child`` (the relation word WordNet relates each noun to); a
    word defined otherwise, or the graph's own relation word, is left as it is."""
    words = frozenset({"father", "mother", "parent", "child", "born"})
    lexicon = wordnet()
    assert defined_chain(lexicon, "grandmother", words) == (
        ("mother",),
        ("father", "mother", "parent"),
    )
    assert defined_chain(lexicon, "grandchildren", words) == (("child",), ("child",))
    assert defined_chain(lexicon, "wife", words) is None  # "a married woman"
    assert defined_chain(lexicon, "mother", words) is None  # the graph's own word
    q = chained(analyze("Who is Hugh's grandmother?", [(2, 3)]), words)
    assert q.words == ["mother", "father", "parent"]
    assert q.chains == ((("mother",), ("father", "mother", "parent")),)


@needs_wordnet
def test_the_grandmother_is_the_mother_of_a_parent(retriever):
    """Hugh's grandmother is his father's mother (fails on START: his father, over the
    wh-detour, or his own mother)."""
    res = retriever.retrieve("Who is Hugh Ashcombe's grandmother?")
    assert res.answer == "Harriet Lisle"
    assert not res.abstained


@needs_wordnet
def test_the_grandfather_and_a_further_hop(retriever):
    """The chain in a longer walk: where the grandmother was born, and the grandfather."""
    assert retriever.retrieve("Who was the grandfather of Lionel Ashcombe?").answer == (
        "Arthur Ashcombe"
    )
    res = retriever.retrieve("Where was Hugh Ashcombe's grandmother born?")
    assert res.answer == "York"


@needs_wordnet
def test_a_grandmother_the_graph_does_not_hold_is_abstained(retriever):
    """Albert's mother is stated, her mother is not: no mother answers for her."""
    res = retriever.retrieve("Who is Albert Hollis's grandmother?")
    assert res.abstained or res.answer != "Mary Hollis"
