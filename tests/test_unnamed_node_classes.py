"""An unnamed node's class answers where it sorts the node among its kind: a catalogue's blank
orbit node (``[ a :Orbit ; :orbitClass :geo ; :apogeeKm ... ]``) whose code, read as its class
(:mod:`kgchat.graph.codes`), is narrower than the ``Orbit`` every such node is. "What orbit is
X in?" asks that code, not one of the node's numbers; the class every such node has (a
``Rating``, an ``Orbit``) still answers nothing (blind probe, forty-fifth round)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_SATELLITES = """\
@prefix : <http://example.org/s#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
:classes a skos:ConceptScheme ; skos:prefLabel "Orbit classes" .
:geo a skos:Concept ; skos:prefLabel "Geostationary orbit" ; skos:notation "GEO" ;
    skos:inScheme :classes .
:leo a skos:Concept ; skos:prefLabel "Low Earth orbit" ; skos:notation "LEO" ;
    skos:inScheme :classes .
:a rdfs:label "Arvella-3" ;
    :orbit [ a :Orbit ; :orbitClass :geo ; :apogeeKm 35800.0 ; :inclinationDeg 0.03 ] .
:b rdfs:label "Borkum-1" ;
    :orbit [ a :Orbit ; :orbitClass :leo ; :apogeeKm 540.0 ; :inclinationDeg 97.6 ] .
:c rdfs:label "Cadenza" ;
    :orbit [ a :Orbit ; :orbitClass :geo ; :apogeeKm 35790.0 ; :inclinationDeg 0.1 ] .
:d rdfs:label "Dunmore" ;
    :orbit [ a :Orbit ; :orbitClass :leo ; :apogeeKm 610.0 ; :inclinationDeg 51.6 ] .
"""


@pytest.fixture(scope="module")
def satellites(tmp_path_factory):
    path = tmp_path_factory.mktemp("satellites") / "satellites.ttl"
    path.write_text(_SATELLITES)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What orbit is Arvella-3 in?", "Geostationary orbit"),
        ("Which orbit is Borkum-1 in?", "Low Earth orbit"),
    ],
)
def test_the_narrower_class_of_an_unnamed_node_answers(satellites, question, answer):
    res = satellites.retrieve(question)
    assert res.answer == answer and not res.abstained


def test_a_number_of_the_node_is_still_asked_by_its_name(satellites):
    assert satellites.retrieve("What is the apogee of Arvella-3?").answer == "35800.0"


def test_the_class_every_such_node_has_answers_nothing(satellites):
    res = satellites.retrieve("What orbit is Cadenza in?")
    assert "Orbit" not in {c.label for c in res.candidates}


_EPISODES = """\
@prefix : <http://example.org/e#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
:types a skos:ConceptScheme ; skos:prefLabel "Identifier types" .
:EIDR a skos:Concept ; skos:prefLabel "EIDR" ; skos:notation "EIDR" ; skos:inScheme :types .
:HOUSE a skos:Concept ; skos:prefLabel "House number" ; skos:notation "HOUSE" ;
    skos:inScheme :types .
:e1 rdfs:label "Mistbank" ;
  :identifier [ a :Identifier ; :identifierType :EIDR ; :identifierValue "10.5240/1799-A3C4" ] ,
              [ a :Identifier ; :identifierType :HOUSE ; :identifierValue "RDV-E-1" ] .
:e2 rdfs:label "Harbour Lights" ;
  :identifier [ a :Identifier ; :identifierType :EIDR ; :identifierValue "10.5240/22B0-91FF" ] ,
              [ a :Identifier ; :identifierType :HOUSE ; :identifierValue "RDV-E-2" ] .
:e3 rdfs:label "Low Tide" ;
  :identifier [ a :Identifier ; :identifierType :HOUSE ; :identifierValue "RDV-E-3" ] .
"""


def test_a_class_the_question_names_picks_the_node_and_answers_nothing(tmp_path):
    # "What is the EIDR of X?": the identifier node typed EIDR is meant, its value asked
    path = tmp_path / "episodes.ttl"
    path.write_text(_EPISODES)
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("What is the EIDR of the episode Mistbank?")
    assert res.answer == "10.5240/1799-A3C4"
    assert "EIDR" not in {c.label for c in res.candidates}
