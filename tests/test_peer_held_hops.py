"""A two-hop walk whose middle no word of the question says is no answer where other things
of the named one's kind hold the relation asked themselves (``MiddleHops._middle_hop_said``,
``MiddleReadings._asked_of_peers``): the graph states that relation of things of that kind,
so the named thing's lack of it is a gap, and the walk through another node reaches that
node's value. Where no thing of the kind holds it (an edition has no designer; its game has),
the one value of the first hop still says the middle."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/b#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Brewery a rdfs:Class ; rdfs:label "brewery" .\n'
    ':Company a rdfs:Class ; rdfs:label "company" .\n'
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':Edition a rdfs:Class ; rdfs:label "edition" .\n'
    ':Game a rdfs:Class ; rdfs:label "game" .\n'
    ':foundedBy rdfs:label "founded by" .\n'
    ':owns rdfs:label "owns" .\n'
    ':editionOf rdfs:label "edition of" .\n'
    ':designer rdfs:label "designer" .\n'
    ':ann a :Person ; rdfs:label "Ann Brooke" .\n'
    ':ed a :Person ; rdfs:label "Edmund Ashcroft" .\n'
    ':tom a :Person ; rdfs:label "Tom Kettle" .\n'
    ':bo a :Person ; rdfs:label "Bo Lindqvist" .\n'
    ':anglo a :Company ; rdfs:label "Anglo Consolidated Breweries" ; :foundedBy :ed ;\n'
    "    :owns :faversham .\n"
    ':faversham a :Brewery ; rdfs:label "Old Faversham Brewery" .\n'
    ':kettle a :Brewery ; rdfs:label "Kettle Yard Brewing" ; :foundedBy :tom .\n'
    ':brooke a :Brewery ; rdfs:label "Brooke Lane Ales" ; :foundedBy :ann .\n'
    ':g1 a :Game ; rdfs:label "Ticket to Ride" ; :designer :bo .\n'
    ':e1 a :Edition ; rdfs:label "Les Aventuriers du Rail" ; :editionOf :g1 .\n'
    ':e2 a :Edition ; rdfs:label "Zug um Zug" ; :editionOf :g1 .\n'
)


def test_a_relation_its_peers_hold_is_not_asked_of_a_neighbour(tmp_path):
    """ "Who founded Old Faversham Brewery?": the graph states no founder of it, while the
    other breweries have one; its owner's founder (one hop the question does not say) is no
    answer, and the question is abstained on. "Who designed Les Aventuriers du Rail?" is
    still answered by its game's designer: no edition has a designer of its own."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "breweries.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("Who founded Kettle Yard Brewing?")
    assert res.answer == "Tom Kettle" and not res.abstained
    res = r.retrieve("Who founded Old Faversham Brewery?")
    assert res.abstained
    res = r.retrieve("Who designed Les Aventuriers du Rail?")
    assert res.answer == "Bo Lindqvist" and not res.abstained


SUCCESSION = (
    "@prefix : <http://example.org/g#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
    ':Country a owl:Class ; rdfs:label "self governing" .\n'
    ':isSuccessorOf a owl:ObjectProperty ; rdfs:label "is successor of" .\n'
    ':codeISO3 a owl:DatatypeProperty ; rdfs:label "code ISO3" .\n'
    ':nameOfficial a owl:DatatypeProperty ; rdfs:label "name official" .\n'
    ':zaire a :Country ; rdfs:label "Zaire" ; :nameOfficial "Republic of Zaire" .\n'
    ':drc a :Country ; rdfs:label "Democratic Republic of the Congo" ; :codeISO3 "COD" ;\n'
    "    :isSuccessorOf :zaire .\n"
    ':ger a :Country ; rdfs:label "Germany" ; :codeISO3 "DEU" .\n'
    ':fra a :Country ; rdfs:label "France" ; :codeISO3 "FRA" .\n'
    ':sdn a :Country ; rdfs:label "Sudan" ; :codeISO3 "SDN" .\n'
)


def test_a_middle_the_question_names_by_a_relative_clause_is_said(tmp_path):
    """ "What is the ISO3 code of the country that succeeded Zaire?": Zaire holds no ISO3
    code while other countries do, and the judge reads "succeeded" against ``is successor
    of`` under ``SAID``; but the question names the middle itself, by a noun phrase whose
    relative clause holds Zaire and of which it asks the code (``owner_asked_of``): the
    successor's code is its answer (abstained on START). "What is the ISO3 code of Zaire?"
    says no middle and stays abstained: the graph knows no code of Zaire."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "countries.ttl"
    path.write_text(SUCCESSION, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("What is the ISO3 code of the country that succeeded Zaire?")
    assert res.answer == "COD" and not res.abstained
    assert r.retrieve("What is the ISO3 code of Zaire?").abstained
