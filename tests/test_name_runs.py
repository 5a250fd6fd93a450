"""A name said by a run of its label's words links as one partial name: "Market Square" for
*Old Town Market Square*, a scientific name without its author ("Tyto albescens" for *Tyto
albescens Okafor, 1853*), a firm without its legal form's tail words; a run many names hold,
words out of order, or a run the question writes in lower case among capitalised names link
no name so; a question all in lower case says no name by capitals, and there a run of two or
more words from a word no stopword links, unless a shorter stretch of it is a name itself."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.name_runs import ContainedNames

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

TRIPLES = [
    ("Old_Town_Market_Square", "measures", "PM10"),
    ("Tyto_albescens_Okafor_1853", "rank", "species"),
    ("Saimaan_Puu_ja_Sahatavara_Oy", "party", "Case_1"),
    ("North_Harbour_Gate", "near", "Old_Town_Market_Square"),
    ("North_Harbour_Lock", "near", "Old_Town_Market_Square"),
    ("North_Harbour_Weir", "near", "Old_Town_Market_Square"),
    ("North_Harbour_Pier", "near", "Old_Town_Market_Square"),
    ("Tyto_albescens_Okafor_1853", RDFS_LABEL, '"Tyto albescens Okafor, 1853"'),
]


def _linker() -> EntityLinker:
    return EntityLinker(KnowledgeGraph.from_triples(TRIPLES))


def _links(question: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.node, m.method) for m in _linker().link(question)]


def test_a_run_of_a_longer_name_links_that_name_whole() -> None:
    assert _links("What does the Market Square station measure?") == [
        ("market square", "Old_Town_Market_Square", "partial")
    ]


def test_a_scientific_name_without_its_author() -> None:
    assert ("tyto albescens", "Tyto_albescens_Okafor_1853", "partial") in _links(
        "What rank is Tyto albescens?"
    )


def test_a_firm_named_by_its_first_words() -> None:
    assert _links("Which cases was Saimaan Puu party to?")[0][:2] == (
        "saimaan puu",
        "Saimaan_Puu_ja_Sahatavara_Oy",
    )


def test_a_run_many_names_hold_names_none_of_them() -> None:
    assert not any(m[0] == "north harbour" for m in _links("What is near North Harbour?"))


def test_only_contiguous_runs_in_order() -> None:
    names = ContainedNames([("a", ["old", "town", "market", "square"])])
    assert names.holding(["market", "square"], 3) == ["a"]
    assert names.holding(["square", "market"], 3) == []
    assert names.holding(["town", "square"], 3) == []
    assert names.holding(["old", "town", "market", "square"], 3) == []  # the name whole


def test_a_run_in_a_question_all_in_lower_case() -> None:
    assert _links("what does the market square station measure") == [
        ("market square", "Old_Town_Market_Square", "partial")
    ]


def test_a_lower_case_run_among_capitalised_names_is_no_name() -> None:
    assert _links("What does the market square station in Tyto Albescens measure?") == [
        ("tyto albescens", "Tyto_albescens_Okafor_1853", "partial")
    ]


def test_a_lower_case_run_holding_a_name_is_that_name() -> None:
    kg = KnowledgeGraph.from_triples(
        [
            ("Warfarin", "interacts_with", "Aspirin"),
            ("Interaction_with_Warfarin_Aspirin", "between", "Warfarin"),
            ("International_Committee_of_the_Red_Cross", "won", "Nobel_Peace_Prize"),
        ]
    )
    links = [(m.text, m.node) for m in EntityLinker(kg).link("what interacts with warfarin")]
    assert links == [("warfarin", "Warfarin")]
    links = [(m.text, m.node) for m in EntityLinker(kg).link("what did the red cross win")]
    assert links == [("red cross", "International_Committee_of_the_Red_Cross")]
