"""Questions that name a record by its code, on a tiny weakness catalogue: a class said in
other order across the code does not take the code's span (:mod:`kgchat.linking`), and a
relation noun said before the noun asked ("the *child* weaknesses *of* X") is walked from
its object (:func:`kgchat.retrieval.phrases.preposition_direction`)."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    triples = [("CWE", LABEL, '"CWE weakness"')]
    for code, name, parent in (
        ("CWE-118", "Range Error", None),
        ("CWE-119", "Memory Buffer Errors", "CWE-118"),
        ("CWE-125", "Out-of-bounds Read", "CWE-119"),
        ("CWE-787", "Out-of-bounds Write", "CWE-119"),
        ("CWE-20", "Improper Input Validation", None),
        ("CWE-78", "OS Command Injection", "CWE-20"),
    ):
        triples += [(code, TYPE, "CWE"), (code, LABEL, f'"{name}"'), (code, "id", f'"{code}"')]
        if parent:
            triples.append((code, "child_of", parent))
    return KnowledgeGraph.from_triples(triples)


def test_a_reordered_class_does_not_cut_an_exact_code(kg: KnowledgeGraph) -> None:
    """The words "weakness of cwe" hold the class "CWE weakness" in other order, and their
    "cwe" is the first word of the code "CWE-78" said exactly: the code is linked."""
    said = EntityLinker(kg).link("What is the parent weakness of CWE-78?")
    assert "CWE-78" in {m.node for m in said}
    assert "CWE" not in {m.node for m in said}


def test_the_relation_noun_before_the_noun_asked_walks_from_the_object(
    kg: KnowledgeGraph,
) -> None:
    """The words "the child weaknesses of CWE-119" ask the weaknesses that are child of it,
    and "the parent weakness of CWE-78" the one it is child of."""
    r = make_retriever(kg, index_dir=None)
    children = r.retrieve("What are the child weaknesses of CWE-119?")
    assert children.answer in {"Out-of-bounds Read", "Out-of-bounds Write"}
    assert r.retrieve("What is the parent weakness of CWE-78?").answer == (
        "Improper Input Validation"
    )
