"""A thing whose class names the asked type only by a modifier ("voltage *level*") is no
answer to "What voltage ...?" where a thing walked on from it is of the type by its class's
head (a "base *voltage*"): the walk's extra hop had put the level first.

On bench/data/own/cgmes, "What voltage is the Dunmere substation?" answered the voltage
level "DUN 110" over the base voltage "110 kV" one hop beyond it (2.203 against 2.052).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_GRAPH = """\
@prefix : <http://example.org/g#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Substation rdfs:label "Substation" .
:VoltageLevel rdfs:label "Voltage Level" .
:BaseVoltage rdfs:label "Base Voltage" .
:Car rdfs:label "Car" .
:ColourScheme rdfs:label "Colour Scheme" .
:Colour rdfs:label "Colour" .
:Trim rdfs:label "Trim" .
:dun a :Substation ; rdfs:label "Dunmere" .
:hol a :Substation ; rdfs:label "Holmbury" .
:dun110 a :VoltageLevel ; rdfs:label "DUN 110" ; :substation :dun ; :baseVoltage :kv110 .
:hol33 a :VoltageLevel ; rdfs:label "HOL 33" ; :substation :hol ; :baseVoltage :kv33 .
:kv110 a :BaseVoltage ; rdfs:label "110 kV" .
:kv33 a :BaseVoltage ; rdfs:label "33 kV" .
:c1 a :Car ; rdfs:label "Arrow GT" ; :paint :s1 .
:c2 a :Car ; rdfs:label "Breeze LX" ; :paint :s2 .
:s1 a :ColourScheme ; rdfs:label "Arrow GT scheme" ; :main :red ; :finish :gloss .
:s2 a :ColourScheme ; rdfs:label "Breeze LX scheme" ; :main :blue ; :finish :matte .
:red a :Colour ; rdfs:label "signal red" .
:blue a :Colour ; rdfs:label "ocean blue" .
:gloss a :Trim ; rdfs:label "high gloss" .
:matte a :Trim ; rdfs:label "matte" .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    path = tmp_path_factory.mktemp("modifier") / "g.ttl"
    path.write_text(_GRAPH)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What voltage is the Dunmere substation?", "110 kV"),
        ("What voltage is Holmbury?", "33 kV"),
        ("What colour is the Arrow GT?", "signal red"),
    ],
)
def test_the_thing_beyond_a_modifier_class_answers(grid, question, answer):
    res = grid.retrieve(question)
    assert res.candidates[0].label == answer, [c.label for c in res.candidates[:3]]


@needs_wordnet
def test_a_type_the_head_says_keeps_its_answer(grid):
    # "which voltage level": the level's class says it by its head as well; nothing moves
    res = grid.retrieve("Which voltage level does the Dunmere substation have?")
    assert res.candidates[0].label == "DUN 110", [c.label for c in res.candidates[:3]]


# A city typed only as a "Populated Place" meets "population" by its class's modifier (the
# stem of *populated*); its population is a value one literal hop beyond it, by a relation the
# asked noun names. On bench/data/own/dbpedia, "what's the population of the city where BMW is
# headquartered" answered Munich and ranked its ``population total`` 50th.
_PLACES = """\
@prefix : <http://example.org/p#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:PopulatedPlace rdfs:label "Populated Place" .
:Company rdfs:label "Company" .
:headquarter rdfs:label "headquarter" .
:populationTotal rdfs:label "population total" .
:areaTotal rdfs:label "area total" .
:mayor rdfs:label "mayor" .
:bm a :Company ; rdfs:label "Bavaro Motors" ; :headquarter :muc .
:kt a :Company ; rdfs:label "Kestrel Tools" ; :headquarter :ulm .
:muc a :PopulatedPlace ; rdfs:label "Munich" ; :populationTotal "1512491"^^xsd:integer ;
    :areaTotal "310.43"^^xsd:double ; :mayor :dr .
:ulm a :PopulatedPlace ; rdfs:label "Ulm" ; :populationTotal "126329"^^xsd:integer ;
    :areaTotal "118.69"^^xsd:double .
:dr rdfs:label "Dieter Reiter" .
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    path = tmp_path_factory.mktemp("populated") / "p.ttl"
    path.write_text(_PLACES)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is the population of the city where Bavaro Motors is headquartered?", "1512491"),
        ("what's the population of the city Kestrel Tools is based in", "126329"),
    ],
)
def test_a_value_named_by_the_asked_noun_beyond_a_modifier_class(places, question, answer):
    res = places.retrieve(question)
    assert res.candidates[0].label == answer, [c.label for c in res.candidates[:3]]


@needs_wordnet
def test_the_place_itself_where_its_head_is_asked(places):
    # "which place": the class says it by its head; its values stay behind it
    res = places.retrieve("In which place is Bavaro Motors headquartered?")
    assert res.candidates[0].label == "Munich", [c.label for c in res.candidates[:3]]
