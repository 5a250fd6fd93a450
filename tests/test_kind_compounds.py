"""A word of the kind a question asks for is no start where it makes one WordNet noun with
the kind's head (issue 11, probe60a's "Which *plant* part is flag leaf length measured on?";
:func:`kgchat.retrieval.kind_compounds.kind_compound_words`). In a plant ontology "plant" is
an EXACT synonym of ``whole plant``: START linked it inside "which plant part" and walked from
it, every part of the whole plant a candidate beside the one the trait inheres in. On a tiny
OBO 1.4 file read through py-horned-owl, with the real bundled encoder and the pipeline's
retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

PARTS = {  # id: (name, what it is part of)
    "TPO:0000001": ("whole plant", None),
    "TPO:0000002": ("shoot system", "TPO:0000001"),
    "TPO:0000003": ("root system", "TPO:0000001"),
    "TPO:0000004": ("leaf", "TPO:0000002"),
    "TPO:0000005": ("flag leaf", "TPO:0000004"),
    "TPO:0000006": ("stem", "TPO:0000002"),
    "TPO:0000007": ("tiller", "TPO:0000002"),
    "TPO:0000008": ("root", "TPO:0000003"),
}
TRAITS = {  # id: (name, the part it inheres in)
    "TTO:0000002": ("flag leaf length", "TPO:0000005"),
    "TTO:0000003": ("stem diameter", "TPO:0000006"),
    "TTO:0000004": ("tiller number", "TPO:0000007"),
    "TTO:0000005": ("root length", "TPO:0000008"),
}
HEAD = """format-version: 1.4
ontology: tpo

[Term]
id: TTO:0000001
name: plant trait

[Term]
id: TPO:0000000
name: plant structure

[Typedef]
id: part_of
name: part of

[Typedef]
id: inheres_in
name: inheres in
"""


def _obo() -> str:
    out = [HEAD]
    for tid, (name, whole) in PARTS.items():
        syn = '\nsynonym: "plant" EXACT []' if whole is None else ""
        rel = f"\nrelationship: part_of {whole}" if whole else ""
        out.append(f"[Term]\nid: {tid}\nname: {name}\nis_a: TPO:0000000{syn}{rel}\n")
    for tid, (name, part) in TRAITS.items():
        out.append(
            f"[Term]\nid: {tid}\nname: {name}\nis_a: TTO:0000001 ! plant trait\n"
            f"relationship: inheres_in {part}\n"
        )
    return "\n".join(out)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("parts") / "parts.obo"
    path.write_text(_obo(), encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "trait"),
    [
        ("Which plant part does flag leaf length inhere in?", "flag leaf length"),
        ("Which plant part is root length measured on?", "root length"),
        ("which plant organ does stem diameter inhere in", "stem diameter"),
    ],
)
def test_the_kinds_word_is_no_start(retriever, question, trait):
    """ "plant" of "which plant part" / "which plant organ" (WordNet's ``plant_part``,
    ``plant_organ``) is not walked from, the trait alone is (fails on START: ``whole plant``
    is a mention and the walk starts there too)."""
    res = retriever.retrieve(question)
    assert [retriever.kg.label(m.node) for m in res.mentions] == [trait]


def test_the_part_the_trait_inheres_in(retriever):
    """ "which plant organ does stem diameter inhere in" answers the stem (fails on START: the
    walk from ``whole plant`` reaches the shoot system, first)."""
    res = retriever.retrieve("which plant organ does stem diameter inhere in")
    assert res.answer == "stem"


def test_a_name_said_alone_is_still_walked_from(retriever):
    """The same word outside the kind's phrase stays a mention: "What is part of the plant?"
    walks from ``whole plant``."""
    res = retriever.retrieve("What is part of the plant?")
    assert "whole plant" in {retriever.kg.label(m.node) for m in res.mentions}
