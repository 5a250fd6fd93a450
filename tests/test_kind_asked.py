"""The kind a question names chooses among relations whose objects are of different classes
(issue 11, probe60a's "Which *plant part* is flag leaf length measured on?";
:func:`kgchat.retrieval.kind_asked.kind_asked_first`). A trait is ``measured by`` a method,
``observed at`` a growth stage and ``inheres in`` a plant structure; "measured on" says the
method's relation, the kind asked (a plant part) says the structure's. On a tiny OBO 1.4 file
read through py-horned-owl, with the real bundled encoder and the pipeline's retriever: each
term is a class described as an entity, its ``is_a`` parents what it is."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

PARTS = {  # id: (name, parent class)
    "TPO:0000004": ("leaf", "TPO:0000000"),
    "TPO:0000005": ("flag leaf", "TPO:0000004"),
    "TPO:0000006": ("stem", "TPO:0000000"),
    "TPO:0000008": ("root", "TPO:0000000"),
}
STAGES = {"TGS:0000002": "heading stage", "TGS:0000003": "seedling stage"}
METHODS = {"TTM:0000002": "Ruler measurement", "TTM:0000003": "Caliper measurement"}
TRAITS = {  # id: (name, the part it inheres in, its stage, its method)
    "TTO:0000002": ("flag leaf length", "TPO:0000005", "TGS:0000002", "TTM:0000002"),
    "TTO:0000003": ("stem diameter", "TPO:0000006", "TGS:0000002", "TTM:0000003"),
    "TTO:0000005": ("root length", "TPO:0000008", "TGS:0000003", "TTM:0000002"),
}
HEAD = """format-version: 1.4
ontology: tpo

[Term]
id: TTO:0000001
name: plant trait

[Term]
id: TPO:0000000
name: plant structure

[Term]
id: TGS:0000001
name: plant growth stage

[Term]
id: TTM:0000001
name: trait method

[Typedef]
id: inheres_in
name: inheres in

[Typedef]
id: observed_at
name: observed at

[Typedef]
id: measured_by
name: measured by
"""


def _obo() -> str:
    out = [HEAD]
    for tid, (name, parent) in PARTS.items():
        out.append(f"[Term]\nid: {tid}\nname: {name}\nis_a: {parent}\n")
    for tid, name in STAGES.items():
        out.append(f"[Term]\nid: {tid}\nname: {name}\nis_a: TGS:0000001\n")
    for tid, name in METHODS.items():
        out.append(f"[Term]\nid: {tid}\nname: {name}\nis_a: TTM:0000001\n")
    for tid, (name, part, stage, method) in TRAITS.items():
        out.append(
            f"[Term]\nid: {tid}\nname: {name}\nis_a: TTO:0000001 ! plant trait\n"
            f"relationship: inheres_in {part}\nrelationship: observed_at {stage}\n"
            f"relationship: measured_by {method}\n"
        )
    return "\n".join(out)


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("kinds") / "kinds.obo"
    path.write_text(_obo(), encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("KGCHAT_CACHE", str(tmp_path_factory.mktemp("cache")))
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    r.prepare()
    yield r
    mp.undo()


needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet not installed")


@needs_wordnet
@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("Which plant part is flag leaf length measured on?", "flag leaf"),
        ("Which plant part is root length measured on?", "root"),
    ],
)
def test_the_kind_asked_chooses_the_relation(retriever, question, part):
    """A plant part, the structure the trait inheres in, not the method that measures it
    (fails on START: ``measured by``'s method first, "measured" said by its name)."""
    res = retriever.retrieve(question)
    assert res.candidates[0].label == part


@needs_wordnet
def test_the_kind_of_the_relation_said_is_kept(retriever):
    """Where the kind asked is the said relation's objects' ("Which method is ... measured
    by?"), the method stays first."""
    res = retriever.retrieve("Which method is flag leaf length measured by?")
    assert res.candidates[0].label == "Ruler measurement"


@needs_wordnet
def test_a_class_entity_is_of_the_classes_above_it(retriever):
    """A term of no class of its own is a kind of its ``is_a`` parents, said by their head
    nouns: the flag leaf a leaf and a structure (fails on START: only the relation's head
    word pointing at it)."""
    node = next(n for n in retriever.kg.entities() if retriever.kg.label(n) == "flag leaf")
    assert {"leaf", "structure"} <= set(retriever.kinds_of(node))
