"""An unnamed junction whose class names the type asked holds that value (blind probe privacy,
round 57): a GDPR register states an activity's retention on a blank ``dpv:StorageDuration``
node whose ``rdf:value`` is the ``xsd:duration`` ("P10Y"). "How long is payroll data
retained?" asks a duration; the walk's hop in (``has storage condition``) and out
(``rdf:value``) are no words of the question, and the middle hops' ceiling held the confidence
under the abstention line although the junction is a *Storage Duration*, a kind of duration
(English compounds name a kind of their head), which "how long" asks: the hop out of it to a
literal is its value, said as a hop named for the type is (an offer's ``price`` for "how
much").
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_REGISTER = """\
@prefix dpv: <https://w3id.org/dpv#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://register.example.org/> .

ex:Activity rdfs:label "Processing activity" .
ex:payroll a ex:Activity ; rdfs:label "Payroll" ;
    dpv:hasStorageCondition [ a dpv:StorageDuration ; rdf:value "P10Y"^^xsd:duration ] ;
    dpv:hasDataController ex:acme ; ex:owner ex:jonas .
ex:cctv a ex:Activity ; rdfs:label "CCTV" ;
    dpv:hasStorageCondition [ a dpv:StorageDuration ; rdf:value "PT72H"^^xsd:duration ] ;
    dpv:hasDataController ex:acme ; ex:owner ex:miriam .
ex:newsletter a ex:Activity ; rdfs:label "Newsletter" ;
    dpv:hasStorageCondition [ a dpv:StorageDuration ; rdf:value "P2Y"^^xsd:duration ] ;
    dpv:hasDataController ex:acme ; ex:owner ex:per .
ex:acme rdfs:label "Acme Logistics" ; ex:city "Hamburg" .
ex:jonas rdfs:label "Jonas Wendt" ; ex:jobTitle "Head of HR" .
ex:miriam rdfs:label "Miriam Kraus" ; ex:jobTitle "Head of Security" .
ex:per rdfs:label "Per Ohlsen" ; ex:jobTitle "Head of Marketing" .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    path = tmp_path_factory.mktemp("register") / "register.ttl"
    path.write_text(_REGISTER)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_a_storage_duration_holds_the_duration_how_long_asks(register):
    # START abstained (confidence 0.094): neither hop says "keep"
    res = register.retrieve("how long do we keep payroll records")
    assert res.answer == "P10Y"
    assert not res.abstained


@needs_wordnet
def test_a_junction_named_for_no_type_asked_says_nothing_more(register):
    # "who" asks a person: a storage duration is none, and its value no answer
    res = register.retrieve("Who is the owner of CCTV?")
    assert res.answer == "Miriam Kraus"
