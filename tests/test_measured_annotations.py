"""A declared annotation property's numbers with a fraction are quantities, not bookkeeping
(issue 11, probe60a; :func:`kgchat.graph.key_values.identifiers`). The OBO Foundry's mapping to
OWL declares every ``property_value:`` property an ``owl:AnnotationProperty``, and kgchat read
such a property's bare numbers, where each picks out one subject, as legacy numbers or
counters: dropped. A breeding institute's ``property_value: heritability "0.45" xsd:decimal``
(a value measured per trait, each trait's its own) went with them, so "What is the
heritability of grain yield?" found no heritability at all. A whole number given out one a
term (a legacy id) stays bookkeeping. On a tiny OBO 1.4 file read through py-horned-owl, with
the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

TRAITS = {
    "plant height": ("0.82", 1041),
    "grain yield": ("0.45", 1042),
    "tiller number": ("0.41", 1043),
    "days to heading": ("0.88", 1044),
    "thousand grain weight": ("0.77", 1045),
}


def _obo() -> str:
    out = ["format-version: 1.4\nontology: tto\n\n[Term]\nid: TTO:0000001\nname: plant trait\n"]
    for i, (name, (h, legacy)) in enumerate(TRAITS.items(), start=2):
        out.append(
            f"[Term]\nid: TTO:{i:07d}\nname: {name}\nis_a: TTO:0000001 ! plant trait\n"
            f'property_value: heritability "{h}" xsd:decimal\n'
            f'property_value: legacy_number "{legacy}" xsd:integer\n'
        )
    return "\n".join(out)


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("traits") / "traits.obo"
    path.write_text(_obo(), encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.fixture(scope="module")
def retriever(kg, tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: kg)


def test_a_measured_value_is_a_fact_a_legacy_number_is_not(kg):
    """Each trait's heritability is a fact (fails on START: none is); its legacy number is
    still bookkeeping."""
    texts = [f.text for f in kg.facts()]
    assert "grain yield — heritability → 0.45" in texts
    assert not [t for t in texts if "legacy" in t]


def test_the_heritability_asked(retriever):
    """ "What is the heritability of grain yield?" answers 0.45 (fails on START: no
    heritability is read, abstained)."""
    res = retriever.retrieve("What is the heritability of grain yield?")
    assert res.answer == "0.45"
    assert not res.abstained
