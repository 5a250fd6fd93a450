"""Containment is transitive: "Which hoards were found *in* Italy?" over Italy's part Mesagne
(``is part of``) and the hoard's ``find spot`` there is said by the preposition before the
mention, and the part on the way is no thing the question had to name. On START the middle
hops' ceiling read the part as unsaid (0.05, the relation judge 0.57) and the answer was
abstained (fifty-seventh round). A last hop that places nothing (an earthquake ``reported by``
an agency whose ``country`` is Japan) leaves the middle unsaid."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.containment import placed_chain
from kgchat.wordnet import wordnet

HOARDS = """@prefix : <http://example.org/coins#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:isPartOf rdfs:label "is part of" . :findspot rdfs:label "find spot" .
:Hoard rdfs:label "hoard" . :Place rdfs:label "place" .
:Italy a :Place ; rdfs:label "Italy" . :Germany a :Place ; rdfs:label "Germany" .
:Mesagne a :Place ; rdfs:label "Mesagne" ; :isPartOf :Italy .
:Brindisi a :Place ; rdfs:label "Brindisi" ; :isPartOf :Italy .
:Hesse a :Place ; rdfs:label "Hesse" ; :isPartOf :Germany .
:Bavaria a :Place ; rdfs:label "Bavaria" ; :isPartOf :Germany .
:MesagneHoard a :Hoard ; rdfs:label "Mesagne Hoard" ; :findspot :Mesagne .
:Reichenbach a :Hoard ; rdfs:label "Reichenbach Hoard" ; :findspot :Hesse .
"""

QUAKES = """@prefix : <http://example.org/hazards#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:country rdfs:label "country" . :reportedBy rdfs:label "reported by" .
:Japan rdfs:label "Japan" . :Chile rdfs:label "Chile" .
:JMA rdfs:label "Japan Meteorological Agency" ; :country :Japan .
:NIED rdfs:label "National Research Institute for Earth Science" ; :country :Japan .
:CSN rdfs:label "Centro Sismologico Nacional" ; :country :Chile .
:Q1 a :Earthquake ; rdfs:label "Miyagi earthquake" ; :reportedBy :JMA .
:Q2 a :Earthquake ; rdfs:label "Valparaiso earthquake" ; :reportedBy :CSN .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet data not installed")


def _retriever(tmp_path, text):
    path = tmp_path / "g.ttl"
    path.write_text(text, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_a_part_of_the_place_named_after_in_is_said(tmp_path):
    r = _retriever(tmp_path, HOARDS)
    res = r.retrieve("Which hoards were found in Italy?")
    assert res.answer == "Mesagne Hoard"
    assert res.confidence >= r.config.min_confidence  # 0.05 on START (the ceiling)
    assert placed_chain(r.kg, res.reading, res.candidates[0].paths[0]) == 1


@needs_wordnet
def test_a_last_hop_that_places_nothing_says_no_part(tmp_path):
    r = _retriever(tmp_path, QUAKES)
    res = r.retrieve("Which earthquakes happened in Japan?")
    walked = [p for c in res.candidates[:3] for p in c.paths]
    assert walked and all(placed_chain(r.kg, res.reading, p) == 0 for p in walked)


@needs_wordnet
def test_no_preposition_before_the_mention_says_no_part(tmp_path):
    r = _retriever(tmp_path, HOARDS)
    res = r.retrieve("Which hoards does Italy have?")
    assert all(placed_chain(r.kg, res.reading, p) == 0 for c in res.candidates for p in c.paths)
