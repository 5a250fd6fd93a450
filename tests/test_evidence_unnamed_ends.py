"""Unnamed nodes in the verbalised evidence and in the claim check (thirty-sixth round).

Each case was a template reply on a graph of our own the chatbot had not met (LEI records,
archival descriptions, SPDX documents; ``bench/bench_chat_own.py --backend template``): an
unnamed node two given facts lead into was said by its placeholder the second time
("bramble-log has declared license (anonymous SPDXRef-LicenseExpression-1)"), as was one
whose facts were not given ("creation info (anonymous s0_b34)"); and a chain through an
unnamed node that names one entity twice ("Ada has record, identifies Ada") was read as a
fact stated the wrong way round, a contradiction in a reply saying only what the facts say.
Each bad reply still fails.
"""

from __future__ import annotations

from dataclasses import replace

from kgchat import KnowledgeGraph
from kgchat.chat.claims import check_claims
from kgchat.chat.guard import evidence_text

# a person, a place and a thing; a record (unnamed) naming the person; a licence (unnamed)
# two things share; a place's register entry (unnamed) no given fact says more of
TRIPLES = [
    ("Ada", "born_in", "Oslo"),
    ("Ada", "owns", "Lens"),
    ("Ada", "has_record", "_:r"),
    ("_:r", "identifies", "Ada"),
    ("_:r", "issued_in", "Oslo"),
    ("Lens", "license", "_:e"),
    ("_:e", "expression", "MIT"),
    ("Kit", "license", "_:e"),
    ("Oslo", "register_entry", "_:x"),
]


def _kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(TRIPLES)


def _numbered(kg: KnowledgeGraph, *texts: str) -> list:
    by_text = {f.text: f for f in kg.facts()}
    return [(n, by_text[t]) for n, t in enumerate(texts, 1)]


def test_a_shared_unnamed_node_is_said_by_its_facts_again_not_its_placeholder():
    kg = _kg()
    numbered = _numbered(
        kg,
        "Lens — license → (anonymous e)",
        "(anonymous e) — expression → MIT",
        "Kit — license → (anonymous e)",
    )
    text = evidence_text(numbered, kg)
    assert text == "Lens license, expression MIT [1][2]; Kit license, expression MIT [3][2]"
    given = [f for _, f in numbered]
    claims = [c for c in check_claims(text, given, kg=kg) if c.citations]
    assert all(all(c.valid) and not c.contradiction for c in claims)


def test_an_unnamed_node_nothing_given_says_is_never_said_by_its_placeholder():
    kg = _kg()
    numbered = _numbered(kg, "Oslo — register entry → (anonymous x)", "Ada — born in → Oslo")
    text = evidence_text(numbered, kg)
    assert "anonymous" not in text
    assert text == "Oslo register entry [1]; Ada born in Oslo [2]"


def test_one_name_said_twice_through_an_unnamed_node_is_no_wrong_direction():
    kg = _kg()
    given = [
        f
        for _, f in _numbered(
            kg,
            "Ada — has record → (anonymous r)",
            "(anonymous r) — identifies → Ada",
            "(anonymous r) — issued in → Oslo",
            "Ada — owns → Lens",
        )
    ]
    [claim] = [
        c
        for c in check_claims(
            "Ada has record, identifies Ada, issued in Oslo [1][2][3].", given, kg=kg
        )
        if c.citations
    ]
    assert claim.valid == (True, True, True) and not claim.contradiction
    # two different names the wrong way round still contradict the fact
    [bad] = [c for c in check_claims("Lens owns Ada [4].", given, kg=kg) if c.citations]
    assert bad.contradiction and bad.valid == (False,)
    # one name in the place of a named end is still the wrong way round
    [bad] = [c for c in check_claims("Lens is owned by Lens [4].", given, kg=kg) if c.citations]
    assert bad.contradiction


def _record() -> tuple[KnowledgeGraph, list]:
    """An unnamed record of a class whose name its relations open with (FHIR's
    ``AllergyIntolerance.patient``), about a person, a place and a thing."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    fhir = "http://hl7.org/fhir/"
    kg = KnowledgeGraph.from_triples(
        [
            ("_:a", rdf_type, fhir + "AllergyIntolerance"),
            ("_:a", fhir + "AllergyIntolerance.patient", "Ada"),
            ("_:a", fhir + "AllergyIntolerance.code", "Peanut"),
            ("_:a", fhir + "AllergyIntolerance.severity", "severe"),
            ("_:a", fhir + "AllergyIntolerance.recordedIn", "Oslo"),
            ("Ada", "born_in", "Oslo"),
        ]
    )
    return kg, [f for f in kg.facts() if f.predicate != rdf_type]


def test_the_class_words_its_relations_open_with_are_said_once():
    kg, given = _record()
    text = evidence_text(list(enumerate(given, 1)), kg)
    assert text.startswith("an Allergy intolerance code Peanut, patient Ada, recorded in Oslo, ")
    assert "intolerance allergy" not in text and text.count("ntolerance") == 1
    claims = [c for c in check_claims(text, given, kg=kg) if c.citations]
    assert all(all(c.valid) for c in claims), [c.problems for c in claims]


def test_a_relation_word_that_stems_as_its_value_is_no_repetition():
    kg, given = _record()
    by = {f.object_label: n for n, f in enumerate(given, 1)}
    ok = f"an Allergy intolerance patient Ada, severity severe [{by['Ada']}][{by['severe']}]."
    [claim] = [c for c in check_claims(ok, given, kg=kg) if c.citations]
    assert all(claim.valid), claim.problems
    # the value said twice is still a repetition
    bad = f"an Allergy intolerance patient Ada, severe severe [{by['Ada']}][{by['severe']}]."
    [claim] = [c for c in check_claims(bad, given, kg=kg) if c.citations]
    assert "repeats itself" in claim.problems


def test_a_made_fact_out_of_an_unnamed_node_is_said_without_an_inverse():
    """A fact the retrieval made (a name's ``rdfs:label``, a predicate the graph states no
    fact with) out of an unnamed node no given fact leads into: the evidence reads its inverse
    as the claim check does (:func:`kgchat.chat.evidence.declared_inverse`, none), where it
    had asked the graph for the phrase of a predicate it does not know and failed."""
    kg = _kg()
    made = next(f for f in kg.facts() if f.subject == "_:r" and f.object == "Oslo")
    made = replace(made, id="made", predicate="http://example.org/madeUp", predicate_label="n")
    text = evidence_text([(1, made)], kg)
    assert "[1]" in text and "Oslo" in text and "(anonymous" not in text
