""" "What kind of N is X?" where the graph states X's kind by a relation of its own (a
``has type``, a ``genre``: :func:`kgchat.retrieval.kind_relations.classifying`) is answered by
that relation's value before X's class, the schema's division every N shares; and where X's
classes are N itself and a finer one, by the finer one (:mod:`kgchat.retrieval.kind_relations`).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.kind_relations import classifying, kind_of_start
from kgchat.retrieval.question import analyze
from kgchat.retrieval.question_shapes import asks_kind

_MUSEUM = """\
@prefix : <http://example.org/m#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:HMO rdfs:label "Human-Made Object" .
:Type rdfs:label "Type" .
:drawing a :Type ; rdfs:label "drawing" .
:painting a :Type ; rdfs:label "painting" .
:chalk rdfs:label "black chalk" .
:paper rdfs:label "paper" .
:keeper rdfs:label "Kunsthalle Nord" .
:o1 a :HMO ; rdfs:label "Study of Hands" ; :has_type :drawing ; :consists_of :chalk, :paper ;
    :has_current_keeper :keeper .
:o2 a :HMO ; rdfs:label "Harbour at Dusk" ; :has_type :painting ; :has_current_keeper :keeper .
:o3 a :HMO ; rdfs:label "Old Mill" ; :has_type :painting ; :has_current_keeper :keeper .
:Point rdfs:label "Operational point" .
:Junction rdfs:label "junction" .
:Station rdfs:label "station" .
:Country rdfs:label "Country" .
:de a :Country ; rdfs:label "Germany" .
:p1 a :Point, :Junction ; rdfs:label "Osterau Abzw" ; :in_country :de ; :line_number "1740" .
:p2 a :Point, :Station ; rdfs:label "Haselbruck Nord" ; :in_country :de ; :line_number "1720" .
:p3 a :Point, :Station ; rdfs:label "Steintal Hbf" ; :in_country :de ; :line_number "1720" .
:Feature rdfs:label "Feature" .
:PPL rdfs:label "populated place" .
:LK rdfs:label "lake" .
:lugano a :Feature, :PPL ; rdfs:label "Lugano" ; :nearby :bellinzona ; :country :ch .
:bellinzona a :Feature, :PPL ; rdfs:label "Bellinzona" ; :country :ch .
:ceresio a :Feature, :LK ; rdfs:label "Lake Ceresio" ; :nearby :lugano ; :country :ch .
:ch a :Feature, :Country ; rdfs:label "Switzerland" .
"""

_DRUGS = """\
@prefix : <http://example.org/d#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Drug rdfs:label "Drug" .
:Category rdfs:label "Category" .
:statins a :Category ; rdfs:label "Anticholesteremic Agents" .
:analg a :Category ; rdfs:label "Analgesics" .
:simva a :Drug ; rdfs:label "simvastatin" ; :category :statins ; :interacts_with :warf .
:atorva a :Drug ; rdfs:label "atorvastatin" ; :category :statins .
:warf a :Drug ; rdfs:label "warfarin" ; :category :analg .
"""

_FILMS = """\
Winter Mirror|directed_by|Ada Morrow
Winter Mirror|starred_actors|Vera Quist
Winter Mirror|starred_actors|Lars Holm
Winter Mirror|has_imdb_rating|4.2
Winter Mirror|has_genre|Thriller
Paper Lantern|directed_by|Ada Morrow
Paper Lantern|starred_actors|Vera Quist
Paper Lantern|has_genre|War
Cold Harbour|directed_by|Wim Castell
Cold Harbour|has_genre|Thriller
"""


@pytest.fixture(scope="module")
def museum(tmp_path_factory):
    path = tmp_path_factory.mktemp("museum") / "museum.ttl"
    path.write_text(_MUSEUM)
    return Retriever(KnowledgeGraph.load(path))


@pytest.fixture(scope="module")
def films(tmp_path_factory):
    path = tmp_path_factory.mktemp("films") / "films.txt"
    path.write_text(_FILMS)
    return Retriever(KnowledgeGraph.load(path))


def test_the_classifying_relation_before_the_class(museum):
    got = museum.retrieve("What type of object is Study of Hands?")
    assert got.candidates[0].label == "drawing", [c.label for c in got.candidates[:3]]
    assert not got.abstained, got.confidence


def test_the_finer_class_before_n_itself(museum):
    got = museum.retrieve("What kind of operational point is Osterau Abzw?")
    assert got.candidates[0].label == "junction", [c.label for c in got.candidates[:3]]
    assert not got.abstained, got.confidence


@pytest.fixture(scope="module")
def drugs(tmp_path_factory):
    path = tmp_path_factory.mktemp("drugs") / "drugs.ttl"
    path.write_text(_DRUGS)
    return Retriever(KnowledgeGraph.load(path))


def test_a_class_named_as_the_type_head(drugs):
    # "drug class" before the copula, the entity right after it: a kind question, not a
    # peer under the same category (another drug)
    got = drugs.retrieve("What drug class is simvastatin in?")
    assert got.candidates[0].label == "Anticholesteremic Agents", [
        c.label for c in got.candidates[:3]
    ]
    assert not got.abstained, got.confidence


def test_a_kind_of_place_is_the_finer_class(museum):
    # a kind of place is no "where": the class every feature has is the coarser one
    got = museum.retrieve("What kind of place is Lugano?")
    assert got.candidates[0].label == "populated place", [c.label for c in got.candidates[:3]]


def test_a_genre_answers_the_type_of_a_film(films):
    # a triple file states no class: nothing says Winter Mirror is no film
    got = films.retrieve("What type of film is Winter Mirror?")
    assert got.candidates[0].label == "Thriller", [c.label for c in got.candidates[:3]]
    assert not got.abstained, got.confidence


def test_other_questions_keep_their_relation(museum):
    got = museum.retrieve("What does Study of Hands consist of?")
    assert {c.label for c in got.candidates[:2]} == {"black chalk", "paper"}


def test_classifying_names():
    assert classifying("has type") and classifying("has genre") and classifying("category")
    assert not classifying("skill reuse level") and not classifying("postal code")
    assert classifying("sort order", {"sort"})


def test_kind_forms():
    assert asks_kind(analyze("What drug class is simvastatin in?", [(4, 5)]))
    assert asks_kind(analyze("What class of drug is paracetamol?", [(5, 6)]))
    assert not asks_kind(analyze("What spectral class is the star of Kepler-186f?", [(7, 8)]))
    assert not asks_kind(analyze("Which products are in the Sleeping Mats category?", [(5, 7)]))


def test_n_is_left_to_the_start():
    q = kind_of_start(analyze("What type of film is Winter Mirror?", [(5, 7)]))
    assert q.words == [] and q.answer_type == ["film"]
