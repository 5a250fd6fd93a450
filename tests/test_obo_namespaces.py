"""An OBO file's namespaces are its filing, not facts of its terms (issue 11, probe60a;
:data:`kgchat.graph.vocab.OBO_FILING_PREDICATES`). The OBO Foundry's mapping to OWL (which
py-horned-owl applies to a ``.obo`` file) gives every term ``oboInOwl:hasOBONamespace``: its
stanza's ``namespace:``, or the header's ``default-namespace``. Read as a fact, the namespace
is a value every term of it shares, so a question naming the kind it asks for by the same
words ("At what *growth stage* is plant height scored?", namespace ``growth_stage``) linked
the value and walked from it: every stage "has obo namespace" growth_stage, the stage asked
about no nearer than the rest (abstained, "plant growth stage" first); "What *scale* does NIR
spectroscopy record on?" and "what's the unit of the *scale* for ..." met the namespace
``scale`` the same way. On a tiny OBO 1.4 file read through py-horned-owl, with the real
bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.graph import vocab
from kgchat.graph.predicate_roles import fixed_role
from tests.conftest import prepared_retriever

OBO = """format-version: 1.4
ontology: tto
default-namespace: plant_trait

[Term]
id: TTO:0000001
name: plant trait

[Term]
id: TTO:0000002
name: plant height
is_a: TTO:0000001 ! plant trait
relationship: observed_at GST:0000004 ! maturity stage
relationship: measured_by TTM:0000001 ! ruler measurement

[Term]
id: TTO:0000003
name: tiller number
is_a: TTO:0000001 ! plant trait
relationship: observed_at GST:0000002 ! tillering stage
relationship: measured_by TTM:0000002 ! plant count

[Term]
id: TTO:0000004
name: grain yield
is_a: TTO:0000001 ! plant trait
relationship: observed_at GST:0000004 ! maturity stage
relationship: measured_by TTM:0000003 ! plot weighing

[Term]
id: TTO:0000005
name: days to heading
is_a: TTO:0000001 ! plant trait
relationship: observed_at GST:0000003 ! heading stage
relationship: measured_by TTM:0000004 ! day count
"""
STAGES = {
    "GST:0000001": ("seedling stage", None),
    "GST:0000002": ("tillering stage", "GST:0000001"),
    "GST:0000003": ("heading stage", "GST:0000002"),
    "GST:0000004": ("maturity stage", "GST:0000003"),
}
METHODS = {
    "TTM:0000001": ("ruler measurement", "TTS:0000001"),
    "TTM:0000002": ("plant count", "TTS:0000002"),
    "TTM:0000003": ("plot weighing", "TTS:0000003"),
    "TTM:0000004": ("day count", "TTS:0000004"),
}
SCALES = {
    "TTS:0000001": ("centimetre scale", "cm"),
    "TTS:0000002": ("count scale", "count"),
    "TTS:0000003": ("tonne per hectare scale", "t/ha"),
    "TTS:0000004": ("days scale", "d"),
}
TYPEDEFS = """[Typedef]
id: observed_at
name: observed at

[Typedef]
id: measured_by
name: measured by

[Typedef]
id: has_scale
name: has scale

[Typedef]
id: preceded_by
name: preceded by
"""


def _obo() -> str:
    out = [OBO, "[Term]\nid: GST:0000000\nname: plant growth stage\nnamespace: growth_stage\n"]
    for tid, (name, before) in STAGES.items():
        rel = f"\nrelationship: preceded_by {before}" if before else ""
        out.append(
            f"[Term]\nid: {tid}\nname: {name}\nnamespace: growth_stage\n"
            f"is_a: GST:0000000 ! plant growth stage{rel}\n"
        )
    for tid, (name, scale) in METHODS.items():
        out.append(
            f"[Term]\nid: {tid}\nname: {name}\nnamespace: method\nrelationship: has_scale {scale}\n"
        )
    for tid, (name, unit) in SCALES.items():
        out.append(
            f"[Term]\nid: {tid}\nname: {name}\nnamespace: scale\n"
            f'property_value: has_unit "{unit}" xsd:string\n'
        )
    return "\n".join([*out, TYPEDEFS])


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("traits") / "traits.obo"
    path.write_text(_obo(), encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.fixture(scope="module")
def retriever(kg, tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: kg)


def test_the_namespace_is_no_fact(kg):
    """No fact says a term's namespace (fails on START: "plant height — has obo namespace →
    plant_trait" and the like, one a term); the term's relations stay."""
    texts = [f.text for f in kg.facts()]
    assert not [t for t in texts if "namespace" in t]
    assert "plant height — observed at → maturity stage" in texts


def test_the_kind_asked_is_not_walked_from(retriever):
    """ "At what growth stage is plant height observed?" answers the stage it is observed at
    (fails on START: "growth stage" links the namespace value ``growth_stage``, the walk
    starts there and the traits observed at stages tie: "plant height" first)."""
    res = retriever.retrieve("At what growth stage is plant height observed?")
    assert res.answer == "maturity stage"


def test_the_unit_of_a_methods_scale(retriever):
    """ "what's the unit of the scale for plant height" walks trait, method, scale and unit
    (fails on START: the namespace ``scale`` is walked from, every scale's unit alike: "cm",
    "count", "d" and "t/ha" tie)."""
    res = retriever.retrieve("what's the unit of the scale for plant height")
    assert res.answer == "cm"
    assert res.candidates[0].score > res.candidates[1].score


def test_the_filing_predicates_are_bookkeeping():
    """The OBO mapping's namespace, default namespace and format version are bookkeeping:
    kept as facts only where a graph asks for bookkeeping."""
    for p in vocab.OBO_FILING_PREDICATES:
        assert fixed_role(p) == vocab.Role.BOOKKEEPING
