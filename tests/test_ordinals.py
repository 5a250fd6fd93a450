"""An ordinal written in figures names its number ("the 44th president": a series ordinal
"44"), linked as the number is (:mod:`kgchat.linking_values`). Real parsing, the bundled
MiniLM."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever


def _kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("s43", "holder", "George W. Bush"),
            ("s43", "series ordinal", '"43"'),
            ("s44", "holder", "Barack Obama"),
            ("s44", "series ordinal", '"44"'),
            ("Barack Obama", "place of birth", "Honolulu"),
            ("George W. Bush", "place of birth", "New Haven"),
        ]
    )


def test_an_ordinal_links_its_number() -> None:
    """ "44th" was no mention at all: the question named the president by the office alone."""
    kg = _kg()
    found = EntityLinker(kg).link("where was the 44th president born")
    assert [(m.text, kg.label(m.node)) for m in found] == [("44th", "44")]
    answer = make_retriever(kg, index_dir=None, scorer=None).retrieve(
        "Where was the 44th president born?"
    )
    assert answer.answer == "Honolulu"
