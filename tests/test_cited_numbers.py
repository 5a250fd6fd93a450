"""Documents cited by their number (found by a blind probe on an official journal's ELI
metadata, bench/data/own/legislation): "Directive 2019/88" for the act named "Directive (EU)
2019/88 of the European Parliament and of the Council of ...", never for an act whose name
cites it later on."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.graph.vocab import RDFS
from kgchat.linking import EntityLinker

LABEL = RDFS + "label"


def _kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            (
                "act88",
                LABEL,
                '"Directive (EU) 2019/88 of the Council of 17 January 2019 on buildings"',
            ),
            (
                "act5",
                LABEL,
                '"Regulation (EU) 2020/5 of 3 March 2020 amending Directive (EU) 2019/88"',
            ),
            ("act5", "amends", "act88"),
            ("act88", "in_force", "yes"),
        ]
    )


def test_a_document_is_linked_by_the_number_its_name_opens_with() -> None:
    linker = EntityLinker(_kg())
    found = [
        (m.text, m.node, m.method) for m in linker.link("Is Directive 2019/88 still in force?")
    ]
    assert ("directive 2019 88", "act88", "number") in found
    assert all(node != "act5" for _, node, _ in found)
    found = [m.node for m in linker.link("Which act amends Regulation (EU) 2020/5?")]
    assert "act5" in found


def test_a_number_no_name_opens_with_links_nothing() -> None:
    linker = EntityLinker(_kg())
    assert all(m.method != "number" for m in linker.link("What happened in 2018/77?"))
