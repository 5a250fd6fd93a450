"""A code a literal holds, said with other punctuation, names that literal; a name's coded
part said with a mark inside it names the name.

A grid register states a substation's EIC "10YGAR-0006----G", an ontology a cross-reference
"MESH:D008099", a bibliography a person's ORCID "0000-6405-2732-810X": people quote such a code
keeping some of its marks ("10YGAR-0006-G") or leave the scheme's prefix off ("D008099"), and
ask whose it is. The literal is linked by the code's words alone
(:func:`kgchat.linking_values.is_code`), so the walk goes back to its holder. A gene named
"PCSK9 - proprotein convertase ..." is found from "PCSK-9" as from "PCSK9". Words and numbers
("Room 101") are no code, nor is a code one figure apart."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.graph.literal_terms import literal_term
from kgchat.linking import EntityLinker
from kgchat.linking_values import is_code
from kgchat.pipeline import make_retriever
from kgchat.retrieval.values import code_form

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("sub1", LABEL, '"Garwick"'),
            ("sub1", "energy_ident_code", '"10YGAR-0006----G"'),
            ("sub1", "in_region", "Lower_Vale"),
            ("sub2", LABEL, '"Ivel"'),
            ("sub2", "energy_ident_code", '"10YIVE-0008----J"'),
            ("sub2", "in_region", "Marches"),
            ("liver", "database_cross_reference", '"MESH:D008099"'),
            ("liver", "part_of", "digestive_system"),
            ("spleen", "database_cross_reference", '"MESH:D013154"'),
            ("ra1", LABEL, '"Nees Jan Waltman"'),
            ("ra1", "orcid", '"0000-6405-2732-810X"'),
            ("ra2", LABEL, '"Ana Heibi"'),
            ("ra2", "orcid", '"0000-0002-1825-0097"'),
            ("ra2", "office", '"Room 101"'),
            ("gene1", LABEL, '"PCSK9 - proprotein convertase subtilisin/kexin type 9"'),
            ("gene1", "associated_with", "familial_hypercholesterolemia"),
            ("run1", LABEL, '"Berlin marathon"'),
            ("run1", "winning_time", '"2:06:28"'),
            ("shop1", LABEL, '"Pastelaria Doce"'),
            ("shop1", "opens", '"09:30"'),
        ]
    )


@pytest.fixture(scope="module")
def linker(kg: KnowledgeGraph) -> EntityLinker:
    return EntityLinker(kg)


def _linked(linker: EntityLinker, q: str) -> list[str]:
    return [m.node for m in linker.link(q)]


@pytest.mark.parametrize(
    ("question", "literal"),
    [
        ("Which region is substation 10YGAR-0006----G in?", '"10YGAR-0006----G"'),
        ("Which region is substation 10YGAR-0006-G in?", '"10YGAR-0006----G"'),
        ("which region is 10ygar 0006 g in", '"10YGAR-0006----G"'),
        ("Whose ORCID is 0000-6405-2732-810X?", '"0000-6405-2732-810X"'),
        ("which structure has the MeSH id D008099?", '"MESH:D008099"'),
        ("which structure has MESH:D008099?", '"MESH:D008099"'),
    ],
)
def test_a_code_said_with_other_marks_names_its_literal(linker, question, literal):
    assert _linked(linker, question) == [literal]


def test_a_code_one_figure_apart_and_words_with_a_number_name_nothing(linker):
    assert _linked(linker, "Which region is substation 10YGAR-0007-G in?") == []
    assert _linked(linker, "Who sits in room 101?") == []


def test_the_walk_goes_back_to_the_codes_holder(kg):
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("Which region is substation 10YGAR-0006-G in?").answer == "Lower Vale"
    assert r.retrieve("Whose ORCID is 0000-6405-2732-810X?").answer == "Nees Jan Waltman"


def test_a_coded_name_part_said_with_a_mark_inside(linker):
    assert _linked(linker, "diseases associated with PCSK-9") == ["gene1"]
    assert _linked(linker, "diseases associated with PCSK9") == ["gene1"]


def test_what_is_a_code():
    assert is_code("ISO/IEC 27001:2013") and is_code("CVE-2021-44228") and is_code("E-40")
    assert not is_code("Room 101") and not is_code("2019/88") and not is_code("Lot 1: roof")
    assert not is_code("9d0413de-74fb-47c4-b59d-39089331a9fb")  # a UUID: a key, not a code
    assert not is_code("https://orcid.org/0000-0002-1825-0097")


def test_a_code_in_parts_is_a_code_by_its_form_and_a_clock_time_is_none():
    # one reading of what a code is: a code written in parts (is_code) is one by its form
    # (code_form, what an asked identifier is ranked by); a clock's time is neither
    for lex in ("10YGAR-0006----G", "ISO/IEC 27001:2013", "CVE-2021-44228", "E-40", "A1 - B2"):
        assert not is_code(lex) or code_form(literal_term(lex)), lex
    assert not is_code("6:12:16") and not is_code("1:53.02") and not is_code("2019-05-03")


def test_a_clock_time_is_named_by_its_figures(linker):
    assert _linked(linker, "Which race was won in 2:06:28?") == ['"2:06:28"']
    assert _linked(linker, "Which shop opens at 09:30?") == ['"09:30"']
