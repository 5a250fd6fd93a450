"""Two nouns the stemmer cuts to one stem, one a person and one a thing, are no equal words.

Porter's stemmer makes "applicant" and "application" one stem ("applic"), and "resident" and
"residence", "author" and "authority"; the relation words matched them as if equal (1.0), so
"Who is the applicant for EP 3090993 A1?" answered the publication's *application* record over
its applicants (``applicantVC``, "applicant VC"). By WordNet one is who does a thing and the
other what is done: they now match as a derived form does (0.8). Inflections of one word
("applicants") and words WordNet has no noun for keep 1.0."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.similarity import TextSimilarity
from kgchat.wordnet import wordnet

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")

PUBS = """@prefix p: <http://data.epo.org/linked-data/def/patent/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://ex.org/> .
ex:pub rdfs:label "EP 3090993 A1" ; p:application ex:app ; p:applicantVC ex:cafetto ;
    p:inventorVC ex:galli .
ex:app rdfs:label "EP 18891634" ; p:filingDate "2018-12-31" .
ex:cafetto rdfs:label "Cafetto Macchine S.r.l." .
ex:galli rdfs:label "GALLI, Giulia" .
"""


def test_a_person_noun_and_a_thing_noun_of_one_stem_match_as_derived():
    sim = TextSimilarity(lexicon=wordnet(), lexical=0.5)
    m = sim.words(["applicant", "application", "applicants"], ["applicant"])
    assert m[:, 0].tolist() == pytest.approx([1.0, 0.8, 1.0])
    assert float(sim.words(["residence"], ["resident"])[0, 0]) == pytest.approx(0.8)
    assert float(sim.words(["employ"], ["employer"])[0, 0]) >= 0.8  # a verb: as before


def test_the_applicant_is_asked_not_the_application(tmp_path):
    path = tmp_path / "pub.ttl"
    path.write_text(PUBS, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path))
    for q in (
        "Who is the applicant for EP 3090993 A1?",
        "Who are the applicants of EP 3090993 A1?",
    ):
        res = r.retrieve(q)
        assert res.candidates[0].label == "Cafetto Macchine S.r.l.", (q, res.candidates[:3])
    # the application itself, asked by its own word, is still the application
    res = r.retrieve("What is the application of EP 3090993 A1?")
    assert res.candidates[0].label == "EP 18891634", res.candidates[:3]
    res = r.retrieve("When was the application for EP 3090993 A1 filed?")
    assert res.candidates[0].label == "2018-12-31", res.candidates[:3]
