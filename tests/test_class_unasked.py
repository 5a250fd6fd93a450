"""A class reached as a mentioned thing's own class answers no question that names another
type: "Which cases did Ann Lee sit on?" asks for cases, not for what Ann Lee is (a Person).

On bench/data/own/caselaw, "which cases did Marjatta Keskinen sit on" answered the judge's
class ``Person``. A question whose type is a word for a sort of things ("Which class ...?")
may still be answered by the class.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.class_unasked import class_unasked, names_a_kind
from kgchat.retrieval.question import analyze
from kgchat.wordnet import wordnet

_COURT = """\
@prefix : <http://example.org/court#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Person a rdfs:Class ; rdfs:label "Person" .
:Judgment a rdfs:Class ; rdfs:label "Judgment" .
:ann a :Person ; rdfs:label "Ann Lee" .
:bo a :Person ; rdfs:label "Bo Park" .
:j1 a :Judgment ; rdfs:label "KKO:2014:1" ; :judge :ann .
:j2 a :Judgment ; rdfs:label "KKO:2014:2" ; :judge :ann , :bo .
:j3 a :Judgment ; rdfs:label "KKO:2015:3" ; :judge :bo .
"""


@pytest.fixture(scope="module")
def court(tmp_path_factory):
    path = tmp_path_factory.mktemp("court") / "court.ttl"
    path.write_text(_COURT)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.skipif(wordnet() is None, reason="WordNet tells a kind word from others")
def test_a_named_type_other_than_a_kind_leaves_the_class_out():
    q = analyze("Which cases did Ann Lee sit on?", [(4, 6)])
    assert not names_a_kind(q)
    assert class_unasked(q, "Person")
    # the class's own name says the type named: it may be the answer
    assert not class_unasked(q, "Court case")


def test_a_kind_word_or_a_wh_word_keeps_the_class():
    assert not class_unasked(analyze("Which class does Ann Lee belong to?", [(4, 6)]), "Person")
    assert not class_unasked(analyze("What type of thing is Ann Lee?", [(5, 7)]), "Person")
    # a kind asked in so many words, of whatever noun: "the spectral type of X"
    assert not class_unasked(analyze("What is the spectral type of Ann Lee?", [(6, 8)]), "M2V")
    assert not class_unasked(analyze("What kind of star is Ann Lee?", [(5, 7)]), "K0IV")
    # no type named: the wh-word's rule (forms._no_answer) decides, not this one
    assert not class_unasked(analyze("Who is Ann Lee?", [(2, 4)]), "Person")


@pytest.mark.skipif(wordnet() is None, reason="WordNet tells a kind word from others")
def test_the_mentions_class_is_no_answer_to_which_cases(court):
    res = court.retrieve("Which cases did Ann Lee sit on?")
    assert all(court.kg.label(c.node) != "Person" for c in res.candidates)


def test_the_class_still_answers_which_class(court):
    res = court.retrieve("Which class is Ann Lee an instance of?")
    assert any(court.kg.label(c.node) == "Person" for c in res.candidates)
