"""A class's word that says what its members do is no kind of theirs: a *shipping* company is a
company, no ship.

On bench/data/own/shipping (the forty-third round's blind probe), "Which Frontline ships are
registered in the Marshall Islands?" answered the ship manager "V.Ships Norway AS": the
managers' class "shipping company", stemmed, read as *ships*, the type asked, while the
vessels' class "vessel" said it less well. An ``-ing`` word before a class's head noun that is
a noun of its own and a form of another verb ("shipping": *ship*; "mining": *mine*) is left
out of what the members are; a class's other modifiers ("retail companies") and its head
("building") stay.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.wordnet import wordnet

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet tells a verb's -ing form")

_FLEET = """\
@prefix : <http://example.org/fleet#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Vessel a rdfs:Class ; rdfs:label "vessel" .
:Company a rdfs:Class ; rdfs:label "shipping company" .
:Retailer a rdfs:Class ; rdfs:label "retail companies of Norway" .
:Building a rdfs:Class ; rdfs:label "office building" .
:Country a rdfs:Class ; rdfs:label "country" .
:registeredOwner rdfs:label "registered owner" .
:shipManager rdfs:label "ship manager" .
:flag rdfs:label "flag" .
:frontline a :Company ; rdfs:label "Frontline" .
:vships a :Company ; rdfs:label "Nordic Management" .
:fmgmt a :Company ; rdfs:label "Frontline Management" .
:mh a :Country ; rdfs:label "Marshall Islands" .
:cy a :Country ; rdfs:label "Cyprus" .
:kobe a :Vessel ; rdfs:label "FRONT KOBE" ; :registeredOwner :frontline ;
    :shipManager :fmgmt ; :flag :mh .
:kallisto a :Vessel ; rdfs:label "FRONT KALLISTO" ; :registeredOwner :frontline ;
    :shipManager :vships ; :flag :mh .
:alesund a :Vessel ; rdfs:label "FRONT ALESUND" ; :registeredOwner :frontline ;
    :shipManager :fmgmt ; :flag :cy .
"""


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    path = tmp_path_factory.mktemp("fleet") / "fleet.ttl"
    path.write_text(_FLEET)
    return Retriever(KnowledgeGraph.load(path))


@needs_wordnet
def test_a_doing_word_of_a_class_is_no_kind_of_its_members(fleet):
    F = "http://example.org/fleet#"
    assert "shipping" not in fleet.kinds_of(F + "vships")
    assert "company" in fleet.kinds_of(F + "vships")
    # other modifiers, and a head noun in -ing, stay
    assert fleet._member_words(F + "Retailer") == ("retail", "companies", "norway")
    assert fleet._member_words(F + "Building") == ("office", "building")


@needs_wordnet
def test_which_ships_are_the_vessels_not_their_managers(fleet):
    res = fleet.retrieve("Which Frontline ships fly the Marshall Islands flag?")
    assert fleet.kg.label(res.candidates[0].node) in {"FRONT KOBE", "FRONT KALLISTO"}
    res = fleet.retrieve("What ships are flagged in Cyprus?")
    assert fleet.kg.label(res.candidates[0].node) == "FRONT ALESUND"
