"""A misspelt word as near a word of the graph's relations as it is near a name is taken for
the relation's word misspelt, not for that name: "speach" is "speech" of *part of speech* as
likely as the name "sprach", and the question asks the relation. A misspelt name no relation's
word is as near still links."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker

TRIPLES = [
    ("slowly", "part_of_speech", "adverb"),
    ("sprach", "part_of_speech", "verb"),
    ("Kesteven_Hall", "part_of_speech", "noun"),
]


def _nodes(question: str) -> list[str]:
    linker = EntityLinker(KnowledgeGraph.from_triples(TRIPLES))
    return [m.node for m in linker.link(question)]


def test_a_word_as_near_a_relation_word_is_no_name() -> None:
    assert _nodes("what part of speach is slowly") == ["slowly"]


def test_a_misspelt_name_far_from_every_relation_word_links() -> None:
    assert "sprach" in _nodes("what part of speech is sprahc")
    assert "Kesteven_Hall" in _nodes("what part of speech is Kestevan Hall")
