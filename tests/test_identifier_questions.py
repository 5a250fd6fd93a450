"""Questions asking an identifier by its scheme's name ("the FMA id of X", "the ECLI of X"),
read on tiny graphs with the phrasings they could be misread in (fix35b, thirty-fifth round).

A compact identifier names its scheme before a colon, also where its accession has colons of
its own (``ECLI:FI:KKO:2019:2``): its kind is that scheme, an id (``values.literal_kind``). A
question without a wh-word names what it asks before "for" and a name as it does before "of"
("*FMA id* for kidney" as "what is the FMA id for kidney"), a noun only, not a verb's object
("*vote* for X").
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.question import analyze
from kgchat.retrieval.values import literal_kind
from kgchat.wordnet import wordnet

XSD = "http://www.w3.org/2001/XMLSchema#"


def _retriever(triples: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    from kgchat.pipeline import make_retriever

    return make_retriever(KnowledgeGraph.from_triples(triples), index_dir=None)


@pytest.fixture(scope="module")
def court():  # type: ignore[no-untyped-def]
    return _retriever(
        [
            ("KKO_2019_2", "ecli_version", '"ECLI:FI:KKO:2019:2"'),
            ("KKO_2019_2", "diary_number", '"S2018/718"'),
            ("KKO_2019_2", "decision_date", f'"2019-01-15"^^<{XSD}date>'),
            ("KKO_2019_2", "court", "Supreme_Court"),
            ("KKO_2019_2", "subject", "Child_custody"),
            ("KKO_2020_1", "ecli_version", '"ECLI:FI:KKO:2020:1"'),
            ("KKO_2020_1", "court", "Supreme_Court"),
        ]
    )


@pytest.fixture(scope="module")
def anatomy():  # type: ignore[no-untyped-def]
    return _retriever(
        [
            ("kidney", "database_cross_reference", '"FMA:7203"'),
            ("kidney", "database_cross_reference", '"MESH:D007668"'),
            ("kidney", "part_of", "renal_system"),
            ("kidney", "has_part", "nephron"),
            ("kidney", "adjacent_to", "adrenal_gland"),
            ("nephron", "database_cross_reference", '"FMA:17640"'),
            ("renal_system", "part_of", "body"),
        ]
    )


def test_a_nested_compact_identifier_is_an_id_of_its_scheme() -> None:
    assert literal_kind('"ECLI:FI:KKO:2019:2"') == ("ecli", "id", "identifier")
    assert literal_kind('"urn:nbn:fi:123"') == ("urn", "id", "identifier")
    # a time, a clock reading and a word after a colon are no identifiers
    assert literal_kind('"T12:30:00"') == () == literal_kind('"12:30:00"')
    assert literal_kind('"Note:see:below"') == () == literal_kind('"ab:cd:ef"')
    assert literal_kind('"2026-04-11T12:00:00Z"') == ("date",)


def test_the_identifier_asked_by_its_scheme(court) -> None:  # type: ignore[no-untyped-def]
    res = court.retrieve("What is the ECLI of KKO 2019 2?")
    assert res.answer == "ECLI:FI:KKO:2019:2" and not res.abstained
    # the other values of the decision are asked by their own words, not as its ECLI
    assert court.retrieve("What is the diary number of KKO 2019 2?").answer == "S2018/718"
    assert court.retrieve("When was KKO 2019 2 decided?").answer == "2019-01-15"
    assert court.retrieve("Which court decided KKO 2019 2?").answer == "Supreme Court"


def test_a_noun_before_for_and_a_name_is_the_type_asked() -> None:
    q = analyze("FMA id for kidney", [(3, 4)])
    assert q.answer_type == ["fma", "id"]
    assert analyze("FMA id for the kidney", [(4, 5)]).answer_type == ["fma", "id"]
    # as the wh-question says it
    assert analyze("what is the FMA id for the kidney", [(6, 7)]).answer_type == ["fma", "id"]
    if wordnet() is not None:  # a verb before "for" is no type (WordNet's parts of speech)
        assert analyze("looking for kidney", [(2, 3)]).answer_type == []
        assert analyze("vote for kidney", [(2, 3)]).answer_type == []
        # a lone word that is a verb too may open an imperative: "contact [them] for X"
        assert analyze("contact for the waiting list", [(3, 5)]).answer_type == []
        assert analyze("postcode for salzburg", [(2, 3)]).answer_type == ["postcode"]
    # "for" before no name asks no type of it
    assert analyze("FMA id for 2019", []).answer_type == []


def test_an_identifier_asked_without_a_wh_word(anatomy) -> None:  # type: ignore[no-untyped-def]
    res = anatomy.retrieve("FMA id for kidney")
    assert res.answer == "FMA:7203" and not res.abstained
    assert anatomy.retrieve("MeSH id for the kidney").answer == "MESH:D007668"
    assert anatomy.retrieve("what is the FMA id of the kidney").answer == "FMA:7203"
    # the kidney's other relations are still read as they are asked
    assert anatomy.retrieve("What is the kidney part of?").answer == "renal system"
    assert anatomy.retrieve("What is next to the kidney?").answer == "adrenal gland"
