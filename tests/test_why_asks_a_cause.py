"""A "why" question asks the cause or intention of what it names (WordNet's noun "why"): the
value of a relation named so (``cause``, ``reason``, ``purpose``), as "where" asks a place and
"when" a date.

On bench/data/own/gtfs.trig "Why is the Tervasaari ferry cancelled?" answered the alert's class,
"Service alert", at full confidence (the alert's ``tp:cause`` "Weather" came fourth), and on
bench/data/own/geology "Why was Northwich Brine Field BH3 drilled?" a depth, where the
borehole's ``purpose`` is asked: the wh-word asked no type.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_GRAPH = """\
@prefix : <http://example.org/ops#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Alert a rdfs:Class ; rdfs:label "Service alert" .
:Borehole a rdfs:Class ; rdfs:label "Borehole" .
:cause rdfs:label "cause" .
:effect rdfs:label "effect" .
:purpose rdfs:label "purpose" .
:depth rdfs:label "final depth" .
:affects rdfs:label "affects route" .
:a1 a :Alert ; rdfs:label "Tervasaari ferry cancelled: ice" ; :cause :weather ;
    :effect :noservice ; :affects :f20 .
:a2 a :Alert ; rdfs:label "Metro M2 reduced: signal fault" ; :cause :technical ;
    :effect :reduced ; :affects :m2 .
:weather rdfs:label "Weather" .
:technical rdfs:label "Technical problem" .
:noservice rdfs:label "No service" .
:reduced rdfs:label "Reduced service" .
:f20 rdfs:label "Eteläranta – Tervasaari" .
:m2 rdfs:label "Koivuranta – Kalasatama" .
:bh3 a :Borehole ; rdfs:label "Northwich Brine Field BH3" ; :purpose "mineral exploration" ;
    :depth "376.1"^^xsd:decimal .
:bh7 a :Borehole ; rdfs:label "Lostock Gralam BH7" ; :purpose "water supply" ;
    :depth "88.0"^^xsd:decimal .
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("why") / "why.ttl"
    path.write_text(_GRAPH, encoding="utf-8")
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Why is the Tervasaari ferry cancelled?", "Weather"),
        ("Why was Northwich Brine Field BH3 drilled?", "mineral exploration"),
    ],
)
def test_why_is_answered_by_the_cause(graph, question, answer):
    res = graph.retrieve(question)
    assert res.answer == answer
