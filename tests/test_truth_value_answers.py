"""A truth value says *whether*, never *which*: a question that names the kind of thing it
asks for ("What alliance ...?") is not answered by a flag ``true`` the walk happens to reach.

On bench/data/own/flights, "What alliance does the airline with callsign SPRINGBOK belong to?"
answered a route's ``codeshare`` "true" at 0.997 (the alliance, one hop from the airline, was
0.004 behind); on tourism, "seafood restaurants in lisbon" answered "true" at 1.0.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_AIR = """\
@prefix : <http://example.org/air#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:sa rdfs:label "South African Airways" ; :memberOf :star ; :callsign "SPRINGBOK" .
:ka rdfs:label "Kestrel Air" ; :allianceMember "true"^^xsd:boolean .
:star rdfs:label "Star Alliance" .
:r1 :airline :sa ; :codeshare "true"^^xsd:boolean ; rdfs:label "JNB-LHR" .
:r2 :airline :sa ; :codeshare "false"^^xsd:boolean ; rdfs:label "JNB-DFW" .
"""


needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def air(tmp_path_factory):
    path = tmp_path_factory.mktemp("air") / "air.ttl"
    path.write_text(_AIR)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
@pytest.mark.parametrize(
    "question",
    ["What alliance is Kestrel Air a member of?", "Which alliance does Kestrel Air belong to?"],
)
def test_a_named_kind_is_no_truth_value(air, question):
    # the graph says Kestrel Air is in an alliance, not which: no answer
    res = air.retrieve(question)
    assert res.abstained and res.confidence == 0.0, (res.answer, res.confidence)


@needs_wordnet
def test_a_truth_value_still_answers_whether(air):
    res = air.retrieve("Is Kestrel Air an alliance member?")
    assert res.answer == "Yes" and not res.abstained


@needs_wordnet
def test_the_kind_named_is_still_answered(air):
    res = air.retrieve("Which alliance is South African Airways a member of?")
    assert res.answer == "Star Alliance" and not res.abstained
