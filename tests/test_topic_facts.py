"""A thing's one page states facts of the thing (issue 11, probe63a;
:mod:`kgchat.graph.topic_facts`): an estate agent's listing is ``schema:about`` the house, and
the listing holds the offer, its price, the agent and the status. Asked of the house ("How
much do they want for 4 Elm Street?"), START walked the house's own facts (its year, its
rooms, a previous sale's price) above the walk back through its listing. On a tiny agency in
Turtle, with the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

TTL = """@prefix s: <http://schema.org/> .
@prefix : <http://agency.example/> .

_:elm4 a s:House ; s:name "4 Elm Street" ; s:yearBuilt 1931 ; s:numberOfRooms 5 ;
    s:numberOfBedrooms 3 ; s:floorSize [ a s:QuantitativeValue ; s:value 120 ] ;
    s:subjectOf [ a s:SellAction ; s:name "Previous sale" ; s:price 210000 ;
                  s:endTime "2004-05-01" ] ,
                [ a s:SellAction ; s:name "Previous sale" ; s:price 302000 ;
                  s:endTime "2013-07-19" ] .
_:oak9 a s:House ; s:name "9 Oak Lane" ; s:yearBuilt 1974 ; s:numberOfRooms 6 ;
    s:numberOfBedrooms 4 ; s:floorSize [ a s:QuantitativeValue ; s:value 146 ] ;
    s:subjectOf [ a s:SellAction ; s:name "Previous sale" ; s:price 188000 ;
                  s:endTime "1999-03-12" ] .
_:ash2 a s:Apartment ; s:name "2 Ash Court" ; s:yearBuilt 2008 ; s:numberOfRooms 3 ;
    s:numberOfBedrooms 2 .

[] a s:RealEstateListing ; s:name "For sale: 4 Elm Street" ; s:datePosted "2024-02-01" ;
    s:about _:elm4 ; s:provider :ann ;
    s:additionalProperty [ a s:PropertyValue ; s:name "Status" ; s:value "Under offer" ] ;
    s:offers [ a s:Offer ; s:price 455000 ; s:priceCurrency "EUR" ] .
[] a s:RealEstateListing ; s:name "For sale: 9 Oak Lane" ; s:datePosted "2024-03-09" ;
    s:about _:oak9 ; s:provider :bob ;
    s:additionalProperty [ a s:PropertyValue ; s:name "Status" ; s:value "Available" ] ;
    s:offers [ a s:Offer ; s:price 398000 ; s:priceCurrency "EUR" ] .
[] a s:RealEstateListing ; s:name "To let: 2 Ash Court" ; s:datePosted "2024-01-20" ;
    s:mainEntity _:ash2 ; s:provider :ann ;
    s:additionalProperty [ a s:PropertyValue ; s:name "Status" ; s:value "Let agreed" ] ;
    s:offers [ a s:Offer ; s:price 1450 ; s:priceCurrency "EUR" ] .

:ann a s:Person ; s:name "Ann Visser" .
:bob a s:Person ; s:name "Bob Jansen" .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("agency") / "agency.ttl"
    path.write_text(TTL, encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("KGCHAT_CACHE", str(tmp_path_factory.mktemp("cache")))
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    r.prepare()
    yield r
    mp.undo()


def test_a_listing_s_facts_are_its_house_s():
    """The house states its listing's agent and offer (fails on START: only the listing did);
    the listing keeps them, and its name stays its own (not a name of the house)."""
    kg = KnowledgeGraph.from_triples(
        [
            ("_:l", "http://schema.org/about", "house"),
            ("_:l", "http://schema.org/name", '"For sale: 4 Elm St"'),
            ("_:l", "http://schema.org/provider", "ann"),
            ("house", "http://schema.org/name", '"4 Elm St"'),
            ("_:m", "http://schema.org/about", "house2"),
            ("_:n", "http://schema.org/mainEntity", "house2"),
            ("_:o", "http://schema.org/mainEntity", "house3"),
            ("_:m", "http://schema.org/provider", "bob"),
        ]
    )
    facts = {(f.subject, f.predicate.rsplit("/", 1)[-1], f.object) for f in kg.facts()}
    assert ("house", "provider", "ann") in facts
    assert kg.label("house") == "4 Elm St"
    # a thing with two pages has neither's facts
    assert not any(f[0] == "house2" and f[1] == "provider" for f in facts)


def test_the_listing_s_date_ranks_first_for_its_house(retriever):
    """Asked of the house, its listing's date ranks first (fails on START: the house's own
    year built, 1931, ranked first). Abstained on, on a graph this small."""
    assert retriever.retrieve("when was 4 Elm Street put on the market").answer == "2024-02-01"


def test_a_question_about_the_house_is_answered_from_its_listing(retriever):
    """Asked of the house, the listing's offer answers (as on START, where the walk back
    through the listing found it on a graph this small)."""
    res = retriever.retrieve("How much do they want for 4 Elm Street?")
    assert not res.abstained
    assert res.answer == "455000"
