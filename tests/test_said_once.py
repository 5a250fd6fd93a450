"""A question's word says one hop: a walk on from a relation walked out and back pays for
the walk back, and a preposition that is a relation's own word is the question's relation
word."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import Retriever
from kgchat.retrieval.question import analyze

# a journal and a book of one publisher; the book's author is reached from the journal by
# walking out to the publisher, back to the book and on to its author
_BIBLIO = """\
@prefix : <http://example.org/b#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Journal rdfs:label "journal" .
:Book rdfs:label "book" .
:Person rdfs:label "person" .
:Organization rdfs:label "organization" .
:jkge a :Journal ; rdfs:label "Journal of Graph Craft" ; :publisher :hm .
:found a :Book ; rdfs:label "Foundations of Graphs" ; :publisher :hm ; :author :priya .
:hm a :Organization ; rdfs:label "Halden Academic" .
:priya a :Person ; rdfs:label "Priya Raghunathan" .
"""

# places near one another (GeoNames' ``nearby``)
_PLACES = """\
@prefix : <http://example.org/g#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:bregenz rdfs:label "Bregenz" ; :nearby :dornbirn ; :population 29000 .
:dornbirn rdfs:label "Dornbirn" ; :population 50000 .
"""


def _retriever(tmp_path_factory, name: str, text: str) -> Retriever:
    """The pipeline's retriever (its encoder says "near" of ``nearby``)."""
    path = tmp_path_factory.mktemp(name) / f"{name}.ttl"
    path.write_text(text)
    return make_retriever(KnowledgeGraph.load(path))


@pytest.fixture(scope="module")
def biblio(tmp_path_factory):
    return _retriever(tmp_path_factory, "biblio", _BIBLIO)


def test_a_preposition_that_is_a_relation_s_own_word_asks_the_relation(tmp_path_factory):
    """ "What's near Bregenz?" has no word but "near", and ``nearby`` is its own word: it
    asks that relation (GeoNames' own question had been answered with a class, abstaining)."""
    r = _retriever(tmp_path_factory, "places", _PLACES)
    res = r.retrieve("What's near Bregenz?")
    assert res.answer == "Dornbirn"
    assert not res.abstained


def test_a_preposition_no_relation_says_stays_a_preposition():
    """Without such a relation the question keeps its preposition as one ("What is *in*
    X?" is read by the prepositions of the relations' phrases)."""
    from kgchat.retrieval.question_trims import prepositions_said

    q = analyze("What is in Bregenz?", [(3, 4)])
    assert prepositions_said(q, {"nearby", "include"}).words == []
    assert prepositions_said(q, {"nearby", "include"}).prepositions == ["in"]


def test_a_walk_on_from_an_out_and_back_prices_the_walk_back(biblio):
    """The walk on from an out and back costs the walk back as a hop nothing says: its
    relation's word was said once, for the walk out (biblio's own "Who publishes X?" had
    ranked the author of another book of X's publisher first)."""
    res = biblio.retrieve("Who publishes the Journal of Graph Craft?")
    assert res.answer == "Halden Academic"


def test_a_walk_on_from_an_out_and_back_still_answers_where_the_question_says_it(biblio):
    """ "the books of the publisher of X" says the walk back: the author is still first."""
    res = biblio.retrieve("Who wrote the books of the publisher of the Journal of Graph Craft?")
    assert res.answer == "Priya Raghunathan"
