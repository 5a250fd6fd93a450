"""A part of a name that stands inside a longer run of a literal value's words gives way to
that value, as a shorter name gives way to a longer one: "Tomás Jansen", a recorder written as
text on several records, is that value, not the person *Pieter Jansen* by the last word; the
part alone still links its names, and an exact name inside a value's words keeps its span."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker

TRIPLES = [
    ("Pieter_Jansen", "member_of", "Bird_Club"),
    ("Oskar_Jansen", "member_of", "Bird_Club"),
    ("Record_1", "recorded_by", '"Tomás Jansen"'),
    ("Record_2", "recorded_by", '"Tomás Jansen"'),
    ("Record_3", "recorded_by", '"Bird Club members"'),
    ("Record_4", "recorded_by", '"Bird Club members"'),
]


def _links(question: str) -> list[tuple[str, str]]:
    linker = EntityLinker(KnowledgeGraph.from_triples(TRIPLES))
    return [(m.text, m.node) for m in linker.link(question)]


def test_a_longer_value_takes_the_span_of_a_part_of_a_name() -> None:
    assert _links("Which records did Tomás Jansen make?") == [("tomas jansen", '"Tomás Jansen"')]


def test_the_part_alone_still_names_its_entities() -> None:
    nodes = {node for _, node in _links("Which club is Jansen in?")}
    assert nodes == {"Pieter_Jansen", "Oskar_Jansen"}


def test_an_exact_name_inside_a_value_keeps_its_span() -> None:
    assert ("bird club", "Bird_Club") in _links("Which records did Bird Club members make?")
