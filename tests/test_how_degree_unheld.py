"""A question "How high is X?" asks a degree even where the graph has a value named "high" (a status
class of a SKOS scheme): no entity the question names holds that value's relation, so the word
is no topic (:func:`kgchat.retrieval.degree.unheld_qualities`); a value the entity does hold
("How sweet is X?") stays the quality asked (:func:`kgchat.retrieval.degree.asked_degree`)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

GRAPH = """\
@prefix hy: <http://hydro.example/def#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix st: <http://hydro.example/status/> .
@prefix : <http://hydro.example/id/> .
hy:height rdfs:label "height" .
hy:status rdfs:label "ecological status" .
hy:sugar rdfs:label "sugar" .
st:high a skos:Concept ; skos:prefLabel "high" ; skos:notation "1" .
st:good a skos:Concept ; skos:prefLabel "good" ; skos:notation "2" .
:vouglans a hy:Dam ; rdfs:label "Vouglans dam" ; hy:height "103" .
:tignes a hy:Dam ; rdfs:label "Tignes dam" ; hy:height "180" .
:ain a hy:River ; rdfs:label "Ain" ; hy:status st:high .
:doubs a hy:River ; rdfs:label "Doubs" ; hy:status st:good .
:selaks rdfs:label "Selaks" ; hy:sugar :sweet .
:corbans rdfs:label "Corbans" ; hy:sugar :dry .
:sweet rdfs:label "sweet" .
:dry rdfs:label "dry" .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("degree") / "degree.ttl"
    path.write_text(GRAPH)
    kg = KnowledgeGraph.load(path)
    return make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # "high" names a status class no dam has: the dam's height
        ("How high is the Vouglans dam?", "103"),
        ("how high is the tignes dam", "180"),
        # a value the entity holds by that relation is the quality asked
        ("How sweet is Corbans?", "dry"),
    ],
)
def test_how_word_is_a_degree(retriever, question: str, answer: str) -> None:
    res = retriever.retrieve(question)
    assert res.answer == answer
