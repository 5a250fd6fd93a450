"""A text value the question quotes whole links to that literal (blind probe factchecks, round
51): a fact-check feed's claims have no name, only their text (``schema:text``), and people
ask "Who said that <the claim>?" (:mod:`kgchat.linking_statements`).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever

_FEED = """\
@prefix schema: <http://schema.org/> .
@prefix ex: <http://feed.example.org/> .

ex:hollis a schema:Person ; schema:name "Dana Hollis" .
ex:vance a schema:Person ; schema:name "Irene Vance" .
ex:ashworth a schema:Person ; schema:name "Nigel Ashworth" .
ex:c1 a schema:Claim ; schema:text "The minimum wage has doubled since 2019."@en ;
    schema:author ex:hollis .
ex:c2 a schema:Claim ; schema:text "Port Calder cut its carbon emissions by 40 percent."@en ;
    schema:author ex:vance .
ex:c3 a schema:Claim ; schema:text "Net migration has fallen for three years in a row."@en ;
    schema:author ex:ashworth .
ex:port a schema:City ; schema:name "Port Calder" ; schema:mayor ex:vance .
ex:mayor2019 a schema:Role ; schema:startDate "2019" ; schema:member ex:vance .
ex:b1 a schema:Book ; schema:name "The Return of the King" ;
    schema:identifier "ECLI:FI:KHO:2015:3" .
"""


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    path = tmp_path_factory.mktemp("feed") / "feed.ttl"
    path.write_text(_FEED)
    return KnowledgeGraph.load(path)


@pytest.fixture(scope="module")
def retriever(feed):
    return make_retriever(feed, index_dir=None, scorer=None)


@pytest.mark.parametrize(
    ("question", "author"),
    [
        ("Who said the minimum wage has doubled since 2019?", "Dana Hollis"),
        ("who said port calder cut its carbon emissions by 40 percent", "Irene Vance"),
        ("Who claimed net migration has fallen for three years in a row?", "Nigel Ashworth"),
    ],
)
def test_a_claim_quoted_whole_answers_its_author(retriever, question, author):
    res = retriever.retrieve(question)
    assert res.answer == author and not res.abstained, question


def test_the_quote_takes_the_place_of_the_names_inside_it(feed):
    found = EntityLinker(feed).link("Who said Port Calder cut its carbon emissions by 40 percent?")
    assert [(m.method, m.node) for m in found] == [
        ("statement", '"Port Calder cut its carbon emissions by 40 percent."@en')
    ]


def test_a_long_name_and_a_code_stay_what_they_were(feed):
    linker = EntityLinker(feed)
    found = linker.link("Who wrote The Return of the King?")
    assert [m.method for m in found] == ["dictionary"]
    assert found[0].node.endswith("/b1")
    assert all(m.method != "statement" for m in linker.link("Which book is ECLI:FI:KHO:2015:3?"))
