"""Two fields of one unnamed record tied for the best answer are two readings only where the
question says each (:func:`kgchat.retrieval.record_fields.fields_ambiguous`). A rating
record holds its player, its period, the rating and the rating list it is on: "What was
Mira Vale's rating in 2020?" walks from the date into the record and out to its ``rating``
and, tied, to its ``rating list``; the question says the list's relation only by its
modifier ("rating"), not by its head ("list"), so the list is no rival reading and the
rating is answered, not abstained on."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_RATINGS = """\
@prefix : <http://example.org/chess#> .
@prefix l: <http://example.org/list/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Player rdfs:label "Player" .
:RatingRecord rdfs:label "Rating record" .
:ratedPlayer rdfs:label "rated player" .
:ratingPeriod rdfs:label "rating period" .
:rating rdfs:label "rating" .
:ratingList rdfs:label "rating list" .
:federation rdfs:label "federation" .
l:standard a skos:Concept ; skos:prefLabel "Standard" .
l:rapid a skos:Concept ; skos:prefLabel "Rapid" .
:mira a :Player ; rdfs:label "Mira Vale" ; :federation "NOR" .
:tom a :Player ; rdfs:label "Tomas Brek" ; :federation "CZE" .
:ana a :Player ; rdfs:label "Ana Lunt" ; :federation "ESP" .
[] a :RatingRecord ; :ratedPlayer :mira ; :ratingPeriod "2020-01-01"^^xsd:date ;
   :rating "2563" ; :ratingList l:standard .
[] a :RatingRecord ; :ratedPlayer :mira ; :ratingPeriod "2021-01-01"^^xsd:date ;
   :rating "2571" ; :ratingList l:standard .
[] a :RatingRecord ; :ratedPlayer :tom ; :ratingPeriod "2020-01-01"^^xsd:date ;
   :rating "2702" ; :ratingList l:standard .
[] a :RatingRecord ; :ratedPlayer :tom ; :ratingPeriod "2021-01-01"^^xsd:date ;
   :rating "2688" ; :ratingList l:rapid .
[] a :RatingRecord ; :ratedPlayer :ana ; :ratingPeriod "2020-01-01"^^xsd:date ;
   :rating "2410" ; :ratingList l:standard .
[] a :RatingRecord ; :ratedPlayer :ana ; :ratingPeriod "2021-01-01"^^xsd:date ;
   :rating "2455" ; :ratingList l:rapid .
"""


@pytest.fixture(scope="module")
def ratings(tmp_path_factory):
    path = tmp_path_factory.mktemp("ratings") / "ratings.ttl"
    path.write_text(_RATINGS)
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What was Mira Vale's rating in 2020?", "2563"),
        ("what's Tomas Brek's rating in 2021?", "2688"),
    ],
)
def test_a_field_said_by_its_modifier_alone_is_no_rival(ratings, question, answer):
    """The rating list is said only by "rating": the rating stands, not abstained on."""
    res = ratings.retrieve(question)
    assert (res.answer, res.abstained) == (answer, False)
