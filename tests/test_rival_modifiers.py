"""A relation named by the noun asked, narrowed by another word, answers no question that
narrows the noun otherwise (issue 11, fix62c; :mod:`kgchat.retrieval.rival_modifiers`):
"What is the average depth of Lake Constance?" was answered by its ``maximum depth`` at
0.98 (the head met, "depth"). On a tiny lake list read from Turtle, with the real bundled
encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.rival_modifiers import rival_compound

TTL = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:maximumDepth rdfs:label "maximum depth"@en .
ex:surfaceArea rdfs:label "surface area"@en .
ex:Lake rdfs:label "Lake"@en .
ex:constance a ex:Lake ; rdfs:label "Lake Constance"@en ;
    ex:maximumDepth "251"^^xsd:decimal ; ex:surfaceArea "536"^^xsd:decimal .
ex:geneva a ex:Lake ; rdfs:label "Lake Geneva"@en ;
    ex:maximumDepth "310"^^xsd:decimal ; ex:surfaceArea "580"^^xsd:decimal .
ex:garda a ex:Lake ; rdfs:label "Lake Garda"@en ;
    ex:maximumDepth "346"^^xsd:decimal ; ex:surfaceArea "370"^^xsd:decimal .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("lakes") / "lakes.ttl"
    path.write_text(TTL, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    mp = pytest.MonkeyPatch()
    mp.setenv("KGCHAT_CACHE", str(tmp_path_factory.mktemp("cache")))
    r = make_retriever(kg, index_dir=None, scorer=None)
    r.prepare()
    yield r
    mp.undo()


def test_the_average_depth_is_not_the_maximum(retriever):
    """The graph states each lake's maximum depth, no average (fails on START: "251" at
    0.98)."""
    res = retriever.retrieve("What is the average depth of Lake Constance?")
    assert res.abstained, (res.answer, res.confidence)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is the maximum depth of Lake Constance?", "251"),
        ("What is the depth of Lake Garda?", "346"),
    ],
)
def test_the_depth_stated_is_answered(retriever, question, answer):
    """The same relation, asked by its own words or by its head alone, still answers."""
    res = retriever.retrieve(question)
    assert not res.abstained
    assert res.answer == answer


def test_a_general_noun_or_a_said_modifier_is_no_rival():
    """A relation with no modifier of its own is the general noun, and one whose modifier
    the question says is the one asked."""

    def meets(a, b):
        return float(bool(set(a) & set(b)))

    walk = ["maximum", "depth"]
    assert rival_compound(meets, ("average", "depth"), ("depth", ("maximum",)), walk)
    assert not rival_compound(meets, ("maximum", "depth"), ("depth", ("maximum",)), walk)
    assert not rival_compound(meets, ("average", "depth"), ("depth", ()), ["depth"])
    assert not rival_compound(meets, ("average", "area"), ("depth", ("maximum",)), walk)
