"""A number a graph leaves a plain string where it types its other numbers is a code (blind
probe coins, round 55): a coin cabinet's Nomisma.org dump writes each coin's weight as
``"3.13"^^xsd:decimal`` and its accession number as the string ``"1966.167"``. The accession
number looked like a number, so its property was no key and the number no name of its coin:
"How much does coin 1966.167 weigh?" read "1966" as a year and walked from the dates in it.
Such a string, one per coin, is now a key, and being shorter than the coin's title an alias
of it (:func:`kgchat.graph.key_values.identifiers`): the question names the coin. A graph
that types no number at all (a bare TSV file) is read as before, and a year left a string
("1879") stays a date.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_COINS = """\
@prefix nmo: <http://nomisma.org/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix c: <http://cabinet.example.org/object/> .

c:77268 a nmo:NumismaticObject ; dcterms:title "Denarius of Septimius Severus" ;
    dcterms:identifier "1966.167" ; nmo:hasWeight "3.13"^^xsd:decimal ;
    dcterms:date "1966-07-13"^^xsd:date .
c:23248 a nmo:NumismaticObject ; dcterms:title "Sestertius of Hadrian" ;
    dcterms:identifier "1966.52" ; nmo:hasWeight "26.31"^^xsd:decimal ;
    dcterms:date "1966-03-02"^^xsd:date .
c:51002 a nmo:NumismaticObject ; dcterms:title "Aureus of Trajan" ;
    dcterms:identifier "1923.295" ; nmo:hasWeight "7.73"^^xsd:decimal ;
    dcterms:date "1923-08-12"^^xsd:date .
"""


@pytest.fixture(scope="module")
def coins(tmp_path_factory):
    path = tmp_path_factory.mktemp("coins") / "coins.ttl"
    path.write_text(_COINS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How much does coin 1966.52 weigh?", "26.31"),
        ("What is the weight of coin 1923.295?", "7.73"),
    ],
)
def test_a_coin_named_by_its_accession_number(coins, question, answer):
    res = coins.retrieve(question)
    assert res.candidates[0].label == answer
    assert not res.abstained
    # the other coin accessioned in 1966 is no tie: the walk starts at the coin named
    assert all(c.score < res.candidates[0].score for c in res.candidates[1:])


def test_the_accession_number_names_its_coin(coins):
    assert "1966.52" in coins.kg.aliases("http://cabinet.example.org/object/23248")


def test_a_graph_typing_no_number_reads_its_strings_as_before(tmp_path):
    path = tmp_path / "plain.nt"
    path.write_text(
        '<http://e/a> <http://e/height> "1.85" .\n'
        '<http://e/b> <http://e/height> "1.72" .\n'
        '<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "Ann Walker" .\n'
        '<http://e/b> <http://www.w3.org/2000/01/rdf-schema#label> "Bo Lind" .\n'
    )
    kg = KnowledgeGraph.load(path)
    assert "1.85" not in kg.aliases("http://e/a")
