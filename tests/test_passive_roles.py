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


_GENRES = (
    _FILMS
    + """\
Salt Road|has_genre|Drama
Blue Pier|has_genre|Comedy
Long Dusk|has_genre|Drama
Salt Road|in_language|Hindi
Long Dusk|in_language|Hindi
Blue Pier|in_language|French
"""
)


@pytest.fixture(scope="module")
def genres(tmp_path_factory):
    path = tmp_path_factory.mktemp("genres") / "films.txt"
    path.write_text(_GENRES)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_a_type_the_graph_has_no_word_for_is_met_by_no_near_word(genres):
    """Nothing in a file of bare triples says "movie": the encoder's nearness of "movies" to
    ``genre`` had answered "Which movies did Ana Brel direct?" with her films' genres."""
    q = genres.read(
        "Which movies did Ana Brel direct?", genres.linker.link("Which movies did Ana Brel direct?")
    )[0]
    assert q.unsaid == frozenset({"movies"})
    res = genres.retrieve("Which movies did Ana Brel direct?")
    assert {c.label for c in res.candidates[:2]} == {"Salt Road", "Blue Pier"}


@needs_wordnet
def test_an_unsaid_type_is_not_judged_but_the_noun_asked_is(genres):
    """ "Which films are in Hindi?" is judged by what else it says ("in"); "What is the
    budget of Salt Road?" asks a relation the graph lacks: abstained."""
    res = genres.retrieve("Which films are in Hindi?")
    assert res.answer in {"Salt Road", "Long Dusk"} and not res.abstained
    assert genres.retrieve("What was the budget of Salt Road?").abstained
