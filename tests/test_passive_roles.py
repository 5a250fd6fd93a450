"""The object of a passive relation is its verb's doer (``directed_by`` points at a director),
and a type a question names is not met by a word across the person/thing divide: on a graph
of bare triples, where nothing says what a film is, "Which movies did X direct?" is X's films,
not the people who made them with X."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_FILMS = """\
Salt Road|directed_by|Ana Brel
Salt Road|directed_by|Tom Vey
Salt Road|starred_actors|Lia Moss
Salt Road|starred_actors|Ed Quill
Salt Road|written_by|Ida Rook
Blue Pier|directed_by|Ana Brel
Blue Pier|starred_actors|Ed Quill
Blue Pier|starred_actors|Mo Tarr
Blue Pier|written_by|Ida Rook
Long Dusk|directed_by|Tom Vey
Long Dusk|starred_actors|Lia Moss
Long Dusk|starred_actors|Tom Vey
Blue Pier|starred_actors|Ana Brel
Long Dusk|written_by|Sam Orr
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def films(tmp_path_factory):
    path = tmp_path_factory.mktemp("films") / "films.txt"
    path.write_text(_FILMS)
    # the bundled encoder: "actors" near "movies" is the encoder's doing
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_a_passive_relation_points_at_its_doer(films):
    assert films.relation_head("directed_by") == "director"
    assert films.relation_head("written_by") == "writer"
    # no agent noun: the participle stays
    assert films.relation_head("starred_actors") == "actors"


@needs_wordnet
def test_which_movies_a_director_made_are_films_not_people(films):
    res = films.retrieve("Which movies did Ana Brel direct?")
    assert res.answer in {"Salt Road", "Blue Pier"}
    assert {c.label for c in res.candidates[:2]} == {"Salt Road", "Blue Pier"}


@needs_wordnet
def test_which_films_an_actor_was_in_are_films_not_costars(films):
    res = films.retrieve("What films has Tom Vey acted in?")
    assert res.answer == "Long Dusk"


@needs_wordnet
def test_the_agent_noun_is_no_patient():
    wn = wordnet()
    assert wn.agent_noun("directed") == "director"
    assert wn.agent_noun("employed") == "employer"  # not the employee
    assert wn.person_kind("actors") is True and wn.person_kind("movies") is False
    assert wn.person_kind("directed") is None


_EVENTS = """\
@prefix : <http://example.org/e#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Production rdfs:label "Production" .
:Person rdfs:label "Person" .
:wasProducedBy rdfs:label "was produced by" .
:carriedOutBy rdfs:label "carried out by" .
:vase rdfs:label "Blue Vase" ; :wasProducedBy :making .
:making a :Production ; rdfs:label "making of the vase" ; :carriedOutBy :ann .
:ann a :Person ; rdfs:label "Ann Holt" .
:bowl rdfs:label "Red Bowl" ; :wasProducedBy :ben .
"""


@needs_wordnet
def test_a_node_filed_as_a_thing_is_no_doer(tmp_path):
    """CIDOC-CRM's ``was produced by`` points at a Production event: no producer."""
    path = tmp_path / "events.ttl"
    path.write_text(_EVENTS)
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    making = "http://example.org/e#making"
    assert "producer" not in r.answer_types(making) and "produced" in r.answer_types(making)
    # an untyped object of the same relation is its doer
    assert "producer" in r.answer_types("http://example.org/e#ben")
