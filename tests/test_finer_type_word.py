"""A type the question names that WordNet files right under a node's class word meets that
class as a finer name for it: "what *rocket* launched X?" of a graph whose vehicles are
``LaunchVehicle``s (a rocket is a vehicle) asks the vehicle, not the launch event one hop nearer
(the encoder puts "rocket" at 0.33 from "vehicle" and 0.21 from "launch"; blind probe,
forty-fifth round). A type asked in the graph's own words is unchanged."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_LAUNCHES = """\
@prefix : <http://example.org/l#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Launch rdfs:label "Launch" .
:LaunchVehicle rdfs:label "Launch vehicle" .
:Satellite rdfs:label "Satellite" .
:launch rdfs:label "launch" .
:launchVehicle rdfs:label "launch vehicle" .
:s1 a :Satellite ; rdfs:label "Sentinel-2B" ; :launch :l1 .
:s2 a :Satellite ; rdfs:label "GOSAT-2" ; :launch :l2 .
:s3 a :Satellite ; rdfs:label "Metop-C" ; :launch :l3 .
:l1 a :Launch ; rdfs:label "Vega VV09" ; :launchVehicle :vega .
:l2 a :Launch ; rdfs:label "H-IIA F40" ; :launchVehicle :h2a .
:l3 a :Launch ; rdfs:label "Soyuz VS19" ; :launchVehicle :soyuz .
:vega a :LaunchVehicle ; rdfs:label "Vega" .
:h2a a :LaunchVehicle ; rdfs:label "H-IIA 202" .
:soyuz a :LaunchVehicle ; rdfs:label "Soyuz ST-B" .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def launches(tmp_path_factory):
    path = tmp_path_factory.mktemp("launches") / "launches.ttl"
    path.write_text(_LAUNCHES)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("what rocket launched Sentinel-2B?", "Vega"),
        ("Which rocket launched GOSAT-2?", "H-IIA 202"),
    ],
)
def test_a_finer_type_word_meets_the_class_above_it(launches, question, answer):
    assert launches.retrieve(question).answer == answer


@needs_wordnet
def test_the_graphs_own_type_word_is_unchanged(launches):
    assert launches.retrieve("Which launch carried Metop-C?").answer == "Soyuz VS19"
