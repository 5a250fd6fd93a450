"""A two-hop walk's middle node said by the question's structure alone: the named node's one
value of the first hop's relation, the question's every word said by the last hop
(``MiddleHops._only_value`` in the middle hops' ceiling)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/g#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    ':Game a rdfs:Class ; rdfs:label "game" .\n'
    ':Edition a rdfs:Class ; rdfs:label "edition" .\n'
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':Company a rdfs:Class ; rdfs:label "company" .\n'
    ':ttr a :Game ; rdfs:label "Ticket to Ride" ; :designer :moon ; :publisher :dow .\n'
    ':azul a :Game ; rdfs:label "Azul" ; :designer :kiesling ; :publisher :plan .\n'
    ':fr a :Edition ; rdfs:label "Les Aventuriers du Rail" ; :editionOf :ttr ;\n'
    '    :publisher :dow ; :published "2004"^^xsd:gYear .\n'
    ':de a :Edition ; rdfs:label "Zug um Zug" ; :editionOf :ttr ; :publisher :dow .\n'
    ':moon a :Person ; rdfs:label "Alan R. Moon" ; :birthPlace :london .\n'
    ':kiesling a :Person ; rdfs:label "Michael Kiesling" .\n'
    ':london rdfs:label "London" .\n'
    ':dow a :Company ; rdfs:label "Days of Wonder" .\n'
    ':plan a :Company ; rdfs:label "Plan B Games" .\n'
)


def test_a_middle_said_by_the_one_way_there(tmp_path):
    """ "Who designed *Les Aventuriers du Rail*?": the edition has no designer; its one
    ``edition of`` leads to Ticket to Ride, whose ``designer`` says the question's every
    word: answered (it had abstained, the game unsaid: the game has another edition, so it
    is no part the edition holds alone). A question whose word the last hop does not say
    stays abstained: "Where was Les Aventuriers du Rail born?" is not said by the
    designer's birth place."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "games.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("Who designed Les Aventuriers du Rail?")
    assert res.answer == "Alan R. Moon" and not res.abstained
    assert r.retrieve("Where was Les Aventuriers du Rail born?").abstained
