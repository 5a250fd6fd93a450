"""A claim's names are judged against the cited facts' relations: names side by side that say
no relation fail, a name whose facts' relations the claim does not say fails where it says
another's, a relation of stopwords alone ("is the same as") is said in full, and a yes/no
verdict may be said and is supported by the facts of its paths."""

from __future__ import annotations

from kgchat.chat.claims import check_claims
from kgchat.chat.grounding import ground
from kgchat.chat.guard import evidence_text
from kgchat.graph import KnowledgeGraph

OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"


def _given(kg: KnowledgeGraph, order: list[str]) -> list:
    facts = [kg.fact(i) for i in range(len(order))]
    return [next(f for f in facts if f.predicate.endswith(p)) for p in order]


def _valid(text: str, kg: KnowledgeGraph, given: list, anchors: list[str]) -> list[bool]:
    return [all(c.valid) for c in check_claims(text, given, kg=kg, anchors=anchors)]


def test_a_name_said_with_another_facts_relation_fails() -> None:
    kg = KnowledgeGraph.from_triples([("Isa", "father", "Luis"), ("Luis", "gender", "male")])
    given = _given(kg, ["father", "gender"])
    # "father" is said, of no fact holding "male": its own relation (gender) is unsaid
    assert _valid("male (the father) [1][2].", kg, given, ["Isa"]) == [False]
    # the relation of the fact holding the answer said; the other fact is its path
    assert _valid("Luis's gender is male [1][2].", kg, given, ["Isa"]) == [True]
    assert _valid("Isa's father's gender is male [1][2].", kg, given, ["Isa"]) == [True]


def test_names_side_by_side_state_nothing() -> None:
    kg = KnowledgeGraph.from_triples(
        [("Curie", "prize", "Chemistry 1911"), ("Chemistry 1911", "year", "1911")]
    )
    given = _given(kg, ["prize", "year"])
    assert _valid("Curie (1911) [1][2].", kg, given, ["1911"]) == [False]
    assert _valid("Curie has the prize of the year 1911 [1][2].", kg, given, ["1911"]) == [True]


def test_a_bare_answer_and_a_list_item_stay() -> None:
    kg = KnowledgeGraph.from_triples(
        [("Aspirin", "treats", "Headache"), ("Ibuprofen", "treats", "Headache")]
    )
    given = [kg.fact(0), kg.fact(1)]
    assert _valid("Aspirin [1] and Ibuprofen [2].", kg, given, ["Headache"]) == [True, True]


def test_a_relation_of_stopwords_is_said_in_full() -> None:
    kg = KnowledgeGraph.from_triples([("http://x.org/Danmark", OWL_SAME, "http://y.org/Denmark")])
    given = [kg.fact(0)]
    f = given[0]
    assert f.predicate_label == "is the same as"
    assert _valid(evidence_text([(1, f)], kg), kg, given, []) == [True]  # the fallback's
    assert _valid(f"{f.subject_label} is {f.object_label} [1].", kg, given, []) == [False]


def test_a_yes_verdict_is_said_and_supported_by_its_path() -> None:
    kg = KnowledgeGraph.from_triples([("Metformin", "treats", "Diabetes")])
    given = [kg.fact(0)]
    g = ground(
        "Yes, Metformin treats Diabetes [1].",
        given,
        kg=kg,
        answer="Yes",
        anchors=["Metformin", "Diabetes"],
        allowed=["Yes"],
        held=[1],
    )
    assert (g.text, g.dropped, g.supported) == ("Yes, Metformin treats Diabetes [1].", [], True)
    # a claim citing none of the verdict's facts does not support it
    g = ground(
        "Yes, Metformin treats Diabetes [1].", given, kg=kg, answer="Yes", allowed=["Yes"], held=[]
    )
    assert not g.supported
    # a contradiction of the verdict's fact is still dropped
    g = ground(
        "Yes, Diabetes treats Metformin [1].", given, kg=kg, answer="Yes", allowed=["Yes"], held=[1]
    )
    assert g.dropped and not g.supported


def test_an_end_may_be_named_by_its_other_names() -> None:
    alt = "http://www.w3.org/2004/02/skos/core#altLabel"
    kg = KnowledgeGraph.from_triples(
        [("Fleming", "discovered", "Benzylpenicillin"), ("Benzylpenicillin", alt, '"penicillin"')]
    )
    given = _given(kg, ["discovered"])
    assert _valid("Fleming discovered penicillin [1].", kg, given, []) == [True]
    assert _valid("Penicillin discovered Fleming [1].", kg, given, []) == [False]


def test_facts_joined_at_an_unnamed_node_state_one_thing() -> None:
    kg = KnowledgeGraph.from_triples(
        [("Tau b", "temperature", "_:t"), ("_:t", "numeric_value", "2566.0")]
    )
    by = {f.predicate_label: f for f in kg.facts()}
    given = [by["temperature"], by["numeric value"]]
    # the temperature fact's relation is said, and the value's node is the same statement
    assert _valid("The temperature of Tau b is 2566.0 [1][2].", kg, given, []) == [True]
    assert _valid("The father of Tau b is 2566.0 [1][2].", kg, given, []) == [False]
