"""A word right after a name that names a kind of the entity's own class ("the Moselle
*river*" of a ``Watercourse``: WordNet files a river under watercourse) is the entity's word,
not a question word a longer walk may claim
(:meth:`kgchat.retrieval.mention_kinds.MentionKinds._narrower_kind`), on a tiny graph whose
river lengths are QUDT values or UCUM literals and whose ``flows into`` has a declared inverse
``has tributary`` (the encoder finds "river" near it: the walk on to the Rhine's length had
answered)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

GRAPH = """\
@prefix hy: <http://hydro.example/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix cdt: <https://w3id.org/cdt/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix : <http://hydro.example/id/> .
hy:Watercourse rdfs:label "watercourse" .
hy:flowsInto rdfs:label "flows into" .
hy:hasTributary rdfs:label "has tributary" ; owl:inverseOf hy:flowsInto .
hy:length rdfs:label "length" .
:rhine a hy:Watercourse ; rdfs:label "Rhine" ;
    hy:length [ a qudt:QuantityValue ;
        qudt:numericValue "1233"^^xsd:decimal ; qudt:unit unit:KiloM ] .
:moselle a hy:Watercourse ; rdfs:label "Moselle" ; hy:flowsInto :rhine ;
    hy:length "544 km"^^cdt:ucum .
:saar a hy:Watercourse ; rdfs:label "Saar" ; hy:flowsInto :moselle ;
    hy:length [ a qudt:QuantityValue ;
        qudt:numericValue "227"^^xsd:decimal ; qudt:unit unit:KiloM ] .
:meuse a hy:Watercourse ; rdfs:label "Meuse" ;
    hy:length [ a qudt:QuantityValue ;
        qudt:numericValue "925"^^xsd:decimal ; qudt:unit unit:KiloM ] .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("rivers") / "rivers.ttl"
    path.write_text(GRAPH)
    kg = KnowledgeGraph.load(path)
    return make_retriever(kg)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("how long is the moselle river", "544 km"),
        ("How long is the Moselle river?", "544 km"),
        ("How long is the Moselle?", "544 km"),
    ],
)
def test_kind_word_after_a_name(retriever, question: str, answer: str) -> None:
    res = retriever.retrieve(question)
    assert res.answer == answer


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("river", True),
        ("stream", True),
        # a relation of the graph's word ("flows"), a verb or adjective after a name ("What
        # does X *measure*?", "the X *final*"), a meaning that is no watercourse ("end")
        ("flows", False),
        ("measure", False),
        ("final", False),
        ("end", False),
    ],
)
def test_which_words_are_kinds(retriever, word: str, kind: bool) -> None:
    assert retriever._narrower_kind(word, "http://hydro.example/id/moselle") is kind


def test_a_possessive_names_something_else(retriever) -> None:
    # "the Moselle's river" is no reading of the Moselle itself: not taken as its words
    spans = retriever._kind_beside(
        "How long is the Moselle's river?", retriever.linker.link("How long is the Moselle?")
    )
    assert spans == []
