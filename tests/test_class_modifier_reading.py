"""How a class name's modifier that is no kind of its members is still read (the forty-fifth
round's reading of fix44d's losses).

fix44d drops a modifier from its members' kinds where it names the kind of what they are tied
to (:meth:`~kgchat.retrieval.class_words.ClassWords._member_words`: a *shipping* company is
no ship). Two of its losses: cgmes' "Is line JOR-LAR 1 connected?" (an "AC line segment"
tied to its Line lost "line", so "line" said before its name was no longer the segment's
word and went looking for a relation: its resistance answered), and cve's "Which
vulnerabilities hit Apache Tomcat?" (a "vulnerable configuration", whose stem a vulnerability
shares, lost "vulnerable", and the walk through it was no longer said: abstained).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.wordnet import wordnet

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet reads the modifiers")

_GRID = """\
@prefix : <http://example.org/grid#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Line a rdfs:Class ; rdfs:label "Line" .
:Segment a rdfs:Class ; rdfs:label "AC line segment" .
:Config a rdfs:Class ; rdfs:label "vulnerable configuration" .
:Vuln a rdfs:Class ; rdfs:label "vulnerability" .
:Constant a rdfs:Class ; rdfs:label "physical constant" .
:Value a rdfs:Class ; rdfs:label "constant value" .
:container rdfs:label "equipment container" .
:length rdfs:label "length" .
:resistance rdfs:label "line resistance" .
:config rdfs:label "configuration" .
:value rdfs:label "quantity value" .
:ab a :Line ; rdfs:label "Alpha - Beta" .
:ab1 a :Segment ; rdfs:label "AB-1" ; :container :ab ; :length "57.6" ; :resistance "1.9" .
:ab2 a :Segment ; rdfs:label "AB-2" ; :container :ab ; :length "12.4" ; :resistance "0.4" .
:cve1 a :Vuln ; rdfs:label "CVE-1" ; :config :c1 .
:c1 a :Config ; rdfs:label "config 1" .
:me a :Constant ; rdfs:label "electron mass" ; :value :v1 .
:v1 a :Value ; rdfs:label "electron mass (value)" .
"""

G = "http://example.org/grid#"


@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    path = tmp_path_factory.mktemp("grid") / "grid.ttl"
    path.write_text(_GRID)
    return Retriever(KnowledgeGraph.load(path))


@needs_wordnet
def test_a_dropped_modifier_said_before_the_name_is_the_things_word(grid):
    # the segments are tied to a Line: "line" is no kind of theirs ...
    assert "line" not in grid.kinds_of(G + "ab1")
    # ... but said before a segment's name it says which thing is meant, as its class does
    res = grid.retrieve("What is the length of line AB-1?")
    assert "line" not in res.reading.words
    assert res.answer == "57.6"


@needs_wordnet
def test_a_modifier_mostly_an_adjective_names_no_other_thing(grid):
    # "vulnerable" shares a vulnerability's stem, and is no noun: a vulnerable
    # configuration is vulnerable; "constant" is mostly an adjective: a constant value
    assert "vulnerable" in grid.kinds_of(G + "c1")
    assert "constant" in grid.kinds_of(G + "v1")
    # a noun adjunct naming what the members are tied to is still dropped
    assert "line" not in grid.kinds_of(G + "ab2")
