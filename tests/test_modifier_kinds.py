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
