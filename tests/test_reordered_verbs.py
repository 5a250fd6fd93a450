"""A name said in other order joins its words by articles and prepositions, never by a verb's
auxiliary (:func:`kgchat.name_keys.reordered_stops`): "What *year did the game* that X
reimplements come out?" holds the words of the award "Game of the Year" in other order, but
"did" parts the wh-phrase "what year" from its clause, and no award is named. Linked, the
award (a value said where the type is asked) walked through its receipts to every winner,
and the winner X reimplements was answered as a joint answer, not the year it came out."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_GAMES = """\
@prefix mb: <https://example.org/mb#> .
@prefix schema: <http://schema.org/> .
@prefix t: <https://example.org/thing/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://example.org/award/sdj> a mb:Award ; schema:name "Spiel des Jahres" ;
    schema:alternateName "Game of the Year"@en .
t:1 a schema:BoardGame ; schema:name "Azul" ; schema:datePublished "2017"^^xsd:gYear ;
    mb:awardReceived [ mb:award <https://example.org/award/sdj> ;
        mb:awardYear "2018"^^xsd:gYear ; mb:result mb:Winner ] .
t:2 a schema:BoardGame ; schema:name "Azul: Summer Pavilion" ;
    schema:datePublished "2019"^^xsd:gYear ; mb:reimplements t:1 .
t:3 a schema:BoardGame ; schema:name "Kingdomino" ; schema:datePublished "2016"^^xsd:gYear ;
    mb:awardReceived [ mb:award <https://example.org/award/sdj> ;
        mb:awardYear "2017"^^xsd:gYear ; mb:result mb:Winner ] .
t:4 a schema:BoardGame ; schema:name "Cascadia" ; schema:datePublished "2021"^^xsd:gYear ;
    mb:awardReceived [ mb:award <https://example.org/award/sdj> ;
        mb:awardYear "2022"^^xsd:gYear ; mb:result mb:Winner ] .
t:5 a schema:BoardGame ; schema:name "Azul: Stained Glass of Sintra" ;
    schema:datePublished "2018"^^xsd:gYear ; mb:reimplements t:1 .
"""


@pytest.fixture(scope="module")
def games(tmp_path_factory):
    path = tmp_path_factory.mktemp("games") / "games.ttl"
    path.write_text(_GAMES)
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


def test_no_name_said_in_other_order_across_a_verb(games):
    """ "year did the game" links no award: the year the reimplemented game came out."""
    res = games.retrieve("What year did the game that Azul: Summer Pavilion reimplements come out?")
    assert "sdj" not in {m.node.rsplit("/", 1)[-1] for m in res.mentions}
    assert (res.answer, res.abstained) == ("2017", False)


def test_a_name_said_in_other_order_still_links(tmp_path):
    """Words of a name in other order, joined by an article and a preposition, still name it."""
    from kgchat.linking import EntityLinker

    path = tmp_path / "games.ttl"
    path.write_text(_GAMES)
    linker = EntityLinker(KnowledgeGraph.load(path))
    found = [(m.node, m.method) for m in linker.link("Who won the year of the game in 2018?")]
    assert ("https://example.org/award/sdj", "reordered") in found
