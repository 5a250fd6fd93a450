"""A thing named by a short code asked what kind it is, or asked its long name: a transit
feed's routes (Linked GTFS) named only by ``gtfs:shortName`` ("550") and ``gtfs:longName``
("Itäkeskus – Koivuranta", the label kgchat gives the route), typed by ``gtfs:routeType``.

On bench/data/own/gtfs.trig, "What type of route is 550?" answered the route itself (the
question names it by a value it holds and says its class, "route", so it was offered as the
thing named: :mod:`kgchat.retrieval.said_values`), where it asks the route's kind; and "What is
the long name of bus 550?" answered another route's long name, since the route's own is its
label and a value restating its subject's label was no answer
(:meth:`kgchat.retrieval.forms.QuestionForms._no_answer`), though the question names the
relation and names the route by another name.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_FEED = """\
@prefix gtfs: <http://vocab.gtfs.org/terms#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix r: <http://example.org/route/> .
@prefix a: <http://example.org/agency/> .
gtfs:Bus a skos:Concept ; skos:prefLabel "Bus"@en .
gtfs:Tram a skos:Concept ; skos:prefLabel "Tram"@en .
a:psl a gtfs:Agency ; foaf:name "Pohjasatama Regional Transport"@en .
r:2550 a gtfs:Route ; gtfs:shortName "550" ; gtfs:longName "Itäkeskus – Koivuranta" ;
    dcterms:identifier "2550" ;
    gtfs:routeType gtfs:Bus ; gtfs:agency a:psl ; gtfs:color "F092CD" .
r:2102 a gtfs:Route ; gtfs:shortName "102" ; gtfs:longName "Itäkeskus – Harjula" ;
    dcterms:identifier "2102" ;
    gtfs:routeType gtfs:Bus ; gtfs:agency a:psl ; gtfs:color "007AC9" .
r:1004 a gtfs:Route ; gtfs:shortName "14" ; gtfs:longName "Rautatieasema – Niittykumpu" ;
    dcterms:identifier "1014" ;
    gtfs:routeType gtfs:Tram ; gtfs:agency a:psl ; gtfs:color "00985F" .
r:1019 a gtfs:Route ; gtfs:shortName "19" ; gtfs:longName "Satamatori – Linnasaari"@fi,
    "Hamntorget – Slottsholmen"@sv ;
    dcterms:identifier "1019" ;
    gtfs:routeType gtfs:Tram ; gtfs:agency a:psl ; gtfs:color "00985F" .
"""


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    path = tmp_path_factory.mktemp("feed") / "feed.ttl"
    path.write_text(_FEED, encoding="utf-8")
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "answer"),
    [("What type of route is 550?", "Bus"), ("What kind of route is 19?", "Tram")],
)
def test_a_kind_asked_of_a_thing_named_by_its_code_is_its_kind(feed, question, answer):
    assert feed.retrieve(question).answer == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's the long name of route 102?", "Itäkeskus – Harjula"),
        ("What is the long name of 550?", "Itäkeskus – Koivuranta"),
    ],
)
def test_a_name_asked_by_its_relation_is_answered_though_it_is_the_label(feed, question, answer):
    assert feed.retrieve(question).answer == answer


def test_the_label_is_still_no_answer_to_another_question(feed):
    # the restating value stays out where the question names another relation
    res = feed.retrieve("What colour is route 550?")
    assert res.answer == "F092CD"
