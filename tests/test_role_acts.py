"""A role an n-ary junction names, said by the question (blind probe comics, round 50): a
comic's credit nodes hold each creator with a SKOS role concept ("Script", "Pencils").

* "Who *wrote* X?" says the role "Script" by the act it is a kind of (to script: *write a
  script for*, WordNet), though "script" shares no stem with "wrote" and the encoder finds
  them far apart (:mod:`kgchat.retrieval.role_acts`); the letterer, whose role's verb is a
  kind of writing only in a rare sense, is not asked.
* "the country of the *penciller* of X" passes the person the credit "Pencils" leads to: the
  role the question says names that middle node (it had been read as unsaid, and abstained,
  where the person holds credits on other issues too).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_COMICS = """\
@prefix pb: <http://comics.example.org/ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix ex: <http://comics.example.org/> .

ex:script a skos:Concept ; skos:prefLabel "Script"@en .
ex:pencils a skos:Concept ; skos:prefLabel "Pencils"@en .
ex:letters a skos:Concept ; skos:prefLabel "Letters"@en .
ex:colors a skos:Concept ; skos:prefLabel "Colors"@en .

ex:ferris a schema:Person ; schema:name "Malcolm Ferris" ; schema:nationality ex:uk .
ex:arashiro a schema:Person ; schema:name "Keiko Arashiro" ; schema:nationality ex:canada .
ex:robichaux a schema:Person ; schema:name "Clem Robichaux" ; schema:nationality ex:us .
ex:batista a schema:Person ; schema:name "Sol Batista" ; schema:nationality ex:brazil .
ex:uk a schema:Country ; schema:name "United Kingdom" .
ex:canada a schema:Country ; schema:name "Canada" .
ex:us a schema:Country ; schema:name "United States" .
ex:brazil a schema:Country ; schema:name "Brazil" .

ex:i1 a schema:ComicIssue ; schema:name "Skyguard Legion #2" ;
    pb:credit [ a pb:Credit ; pb:creator ex:ferris ; pb:role ex:script ] ,
              [ a pb:Credit ; pb:creator ex:arashiro ; pb:role ex:pencils ] ,
              [ a pb:Credit ; pb:creator ex:robichaux ; pb:role ex:letters ] ,
              [ a pb:Credit ; pb:creator ex:batista ; pb:role ex:colors ] .
ex:i2 a schema:ComicIssue ; schema:name "Orbit Tales #5" ;
    pb:credit [ a pb:Credit ; pb:creator ex:batista ; pb:role ex:script ] ,
              [ a pb:Credit ; pb:creator ex:ferris ; pb:role ex:pencils ] ,
              [ a pb:Credit ; pb:creator ex:arashiro ; pb:role ex:colors ] ,
              [ a pb:Credit ; pb:creator ex:robichaux ; pb:role ex:letters ] .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def comics(tmp_path_factory):
    path = tmp_path_factory.mktemp("comics") / "comics.ttl"
    path.write_text(_COMICS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_a_script_credit_is_said_by_wrote(comics):
    for question, writer in [
        ("Who wrote Skyguard Legion #2?", "Malcolm Ferris"),
        ("Who wrote Orbit Tales #5?", "Sol Batista"),
    ]:
        res = comics.retrieve(question)
        assert res.answer == writer, question
        assert not res.abstained, question


@needs_wordnet
def test_the_role_said_by_its_own_stem_still_answers(comics):
    res = comics.retrieve("Who lettered Skyguard Legion #2?")
    assert res.answer == "Clem Robichaux" and not res.abstained


@needs_wordnet
def test_a_role_said_names_the_participant_a_walk_goes_on_from(comics):
    res = comics.retrieve("What country is the penciller of Skyguard Legion #2 from?")
    assert res.answer == "Canada"
    assert not res.abstained
