"""A code property whose values are things with relations of their own is walked through, not
read as a class (blind probe coins, round 55): a coin cabinet's Nomisma.org dump links each
coin to its type by ``nmo:hasTypeSeriesItem``; the types carry a ``skos:notation`` (their
reference number), each coin has one and a type has several coins, and the property's name
says "type", so :func:`kgchat.graph.codes.coded_types` read it as ``rdf:type``: the type became
the coin's class, a class ends a walk, and "Which mint struck coin X?" (the type's
``nmo:hasMint``) had no path. A type with a mint, a denomination and an authority of its own
is a thing the coin links to; a feature code with only its scheme and a broader code is still
a class.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_COINS = """\
@prefix nmo: <http://nomisma.org/ontology#> .
@prefix nm: <http://nomisma.org/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix ocre: <http://numismatics.org/ocre/id/> .
@prefix c: <http://cabinet.example.org/object/> .

nm:rome a nmo:Mint ; skos:prefLabel "Rome"@en .
nm:lugdunum a nmo:Mint ; skos:prefLabel "Lugdunum"@en .
nm:denarius a nmo:Denomination ; skos:prefLabel "Denarius"@en .
nm:aureus a nmo:Denomination ; skos:prefLabel "Aureus"@en .
ocre:t49 a nmo:TypeSeriesItem ; skos:prefLabel "RIC II Trajan 49"@en ; skos:notation "49" ;
    nmo:hasMint nm:rome ; nmo:hasDenomination nm:denarius .
ocre:t207 a nmo:TypeSeriesItem ; skos:prefLabel "RIC I Augustus 207"@en ; skos:notation "207" ;
    nmo:hasMint nm:lugdunum ; nmo:hasDenomination nm:aureus .
c:1 a nmo:NumismaticObject ; dcterms:title "Silver coin of Trajan" ;
    nmo:hasTypeSeriesItem ocre:t49 .
c:2 a nmo:NumismaticObject ; dcterms:title "Worn coin of Trajan" ;
    nmo:hasTypeSeriesItem ocre:t49 .
c:3 a nmo:NumismaticObject ; dcterms:title "Gold coin of Augustus" ;
    nmo:hasTypeSeriesItem ocre:t207 .
c:4 a nmo:NumismaticObject ; dcterms:title "Pierced coin of Augustus" ;
    nmo:hasTypeSeriesItem ocre:t207 .
"""


@pytest.fixture(scope="module")
def coins(tmp_path_factory):
    path = tmp_path_factory.mktemp("coins") / "coins.ttl"
    path.write_text(_COINS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


def test_a_type_with_facts_of_its_own_is_no_class(coins):
    kinds = coins.kg.types("http://cabinet.example.org/object/3")
    assert "http://numismatics.org/ocre/id/t207" not in kinds


def test_the_mint_of_a_coins_type_is_walked_to(coins):
    res = coins.retrieve("Which mint struck the Gold coin of Augustus?")
    assert res.candidates[0].label == "Lugdunum"
