"""A run of a longer name's words with one word misspelt links that name, as the run said
right does: "Tytonela albescens" and "Tyto albesens" for *Tyto albescens Okafor, 1853*; the
first word's capital is kept through its mending. A run the question writes in lower case
inside a name, or words no name holds in that order, link no name so."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

TRIPLES = [
    ("Tytonella_albescens_Okafor_1853", "rank", "species"),
    ("Tytonella_albescens_Okafor_1853", RDFS_LABEL, '"Tytonella albescens Okafor, 1853"'),
    ("Tytonella_albescens_Okafor_1853", "genus", "Tytonella"),
    ("Old_Town_Market_Square", "measures", "PM10"),
]


def _links(question: str) -> list[tuple[str, str, str]]:
    linker = EntityLinker(KnowledgeGraph.from_triples(TRIPLES))
    return [(m.text, m.node, m.method) for m in linker.link(question)]


def test_a_misspelt_second_word_of_a_run() -> None:
    assert _links("What rank is Tytonella albesens?") == [
        ("tytonella albesens", "Tytonella_albescens_Okafor_1853", "typo")
    ]


def test_a_misspelt_first_word_keeps_its_capital() -> None:
    assert _links("What rank is Tytonela albescens?") == [
        ("tytonela albescens", "Tytonella_albescens_Okafor_1853", "typo")
    ]


def test_the_run_said_right_is_a_partial_name_still() -> None:
    assert _links("What rank is Tytonella albescens?") == [
        ("tytonella albescens", "Tytonella_albescens_Okafor_1853", "partial")
    ]


def test_a_run_inside_a_name_in_lower_case_links_no_name() -> None:
    # "market sqare" is said in lower case inside the name: not as a name is said
    assert all(m[1] != "Old_Town_Market_Square" for m in _links("What does market sqare measure?"))
