"""A relation walked again is another relation, and a compound kin word is read as its
chain (issue 11, fix61d; :func:`kgchat.retrieval.unsaid.repeated_hops`,
:mod:`kgchat.retrieval.chained_words`).

A child's child is a grandchild and a father's child a sibling: a walk repeating its
relation says that relation once, and its repeated hop is priced as a hop the question does
not say, unless the question names every hop (a chain word, a word said twice) or the graph
declares the relation transitive. On START the repeated hop was free wherever its words
matched, and "who" preferring the mortals' class answered "the children of Cronus" with his
grandchildren and "the father of Polydeuces" with his half-sister. *great-grandfather*,
split at its hyphen, is WordNet's *great_grandfather*, "a father of your grandparent", a
chain inside a chain: three hops (START: read as "grandfather", two). On a tiny ontology in
OWL functional syntax, with the real bundled encoder and the pipeline's retriever.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.chained_words import defined_chain
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

OFN = """Prefix(:=<http://example.org/myth#>)
Prefix(owl:=<http://www.w3.org/2002/07/owl#>)
Prefix(rdfs:=<http://www.w3.org/2000/01/rdf-schema#>)

Ontology(<http://example.org/myth>
Declaration(Class(:Figure))
Declaration(Class(:Deity))
Declaration(Class(:Titan))
Declaration(Class(:Olympian))
Declaration(Class(:Mortal))
SubClassOf(:Deity :Figure)
SubClassOf(:Mortal :Figure)
SubClassOf(:Titan :Deity)
SubClassOf(:Olympian :Deity)
AnnotationAssertion(rdfs:label :Figure "Figure"@en)
AnnotationAssertion(rdfs:label :Deity "Deity"@en)
AnnotationAssertion(rdfs:label :Titan "Titan"@en)
AnnotationAssertion(rdfs:label :Olympian "Olympian"@en)
AnnotationAssertion(rdfs:label :Mortal "Mortal"@en)
Declaration(ObjectProperty(:hasParent))
Declaration(ObjectProperty(:hasChild))
Declaration(ObjectProperty(:hasFather))
Declaration(ObjectProperty(:hasMother))
AnnotationAssertion(rdfs:label :hasParent "has parent"@en)
AnnotationAssertion(rdfs:label :hasChild "has child"@en)
AnnotationAssertion(rdfs:label :hasFather "has father"@en)
AnnotationAssertion(rdfs:label :hasMother "has mother"@en)
InverseObjectProperties(:hasParent :hasChild)
SubObjectPropertyOf(:hasFather :hasParent)
SubObjectPropertyOf(:hasMother :hasParent)
"""
FIGURES = {
    "Cronus": ("Titan", []),
    "Rhea": ("Titan", []),
    "Zeus": ("Olympian", [("hasFather", "Cronus"), ("hasMother", "Rhea")]),
    "Hera": ("Olympian", [("hasFather", "Cronus"), ("hasMother", "Rhea")]),
    "Demeter": ("Olympian", [("hasParent", "Cronus")]),
    "Leda": ("Mortal", []),
    "Helen": ("Mortal", [("hasFather", "Zeus"), ("hasMother", "Leda")]),
    "Polydeuces": ("Mortal", [("hasFather", "Zeus"), ("hasMother", "Leda")]),
    "Minos": ("Mortal", [("hasFather", "Zeus")]),
    "Tantalus": ("Mortal", []),
    "Pelops": ("Mortal", [("hasFather", "Tantalus")]),
    "Atreus": ("Mortal", [("hasFather", "Pelops")]),
    "Agamemnon": ("Mortal", [("hasFather", "Atreus")]),
}


def _ofn() -> str:
    lines = [OFN]
    for name, (cls, facts) in FIGURES.items():
        lines.append(f"ClassAssertion(:{cls} :{name})")
        lines.append(f'AnnotationAssertion(rdfs:label :{name} "{name}"@en)')
        lines += [f"ObjectPropertyAssertion(:{p} :{name} :{o})" for p, o in facts]
    return "\n".join(lines) + "\n)\n"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("myth") / "myth.ofn"
    path.write_text(_ofn(), encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")


def test_the_children_are_not_the_grandchildren(retriever):
    """Cronus's children, not his grandchildren over ``has father`` walked back twice
    (fails on START: Helen, a mortal, his granddaughter)."""
    res = retriever.retrieve("Who are the children of Cronus?")
    assert res.answer in {"Zeus", "Hera", "Demeter"}


def test_the_father_is_not_a_sibling(retriever):
    """Polydeuces' father, not a child of his father's (fails on START: Helen, out to Zeus
    over ``has father`` and back)."""
    assert retriever.retrieve("who is the father of Polydeuces").answer == "Zeus"


@needs_wordnet
def test_a_hyphenated_compound_is_read_as_its_chain(retriever):
    """*great-grandfather*: a father of a parent of a parent, three hops (fails on START:
    Pelops, the grandfather)."""
    words = frozenset({"father", "mother", "parent", "child"})
    assert defined_chain(wordnet(), "great grandfather", words) == (
        ("father",),
        ("parent",),
        ("father", "mother", "parent"),
    )
    res = retriever.retrieve("Who is Agamemnon's great-grandfather?")
    assert res.answer == "Tantalus"


@needs_wordnet
def test_a_great_grandfather_the_graph_does_not_hold_is_abstained(retriever):
    """Atreus's grandfather is stated, his great-grandfather not: neither the grandfather
    nor the father answers."""
    res = retriever.retrieve("Who is Atreus's great-grandfather?")
    assert res.abstained or res.answer not in {"Tantalus", "Pelops"}
