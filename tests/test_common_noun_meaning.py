"""A lower-case word's first noun meaning is a common noun's, not a proper name's that WordNet
happens to list first ("scribe": the copyist, not the dramatist Augustin Eugène Scribe), and it
names a kind of person by that noun meaning however often the word is a verb. Read as the name,
"scribe" was a thing, and the encoder's nearness of "manuscripts" to a book's ``scribe`` role
word let a walk on from the books to their scribes answer "Which manuscripts ...?"."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_BOOKS = """\
@prefix : <http://example.org/m#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Codex rdfs:label "codex" .
:Person rdfs:label "person" .
:scribe rdfs:label "scribe" .
:script rdfs:label "script" .
:keeper rdfs:label "has current keeper" .
:caroline rdfs:label "Caroline minuscule" .
:textualis rdfs:label "Textualis" .
:lib rdfs:label "Corbel Library" .
:a a :Codex ; rdfs:label "Haldane Augustine" ; :script :caroline ; :scribe :p ; :keeper :lib .
:b a :Codex ; rdfs:label "Milan Moralia" ; :script :caroline ; :scribe :q ; :keeper :lib .
:c a :Codex ; rdfs:label "Valcourt Hours" ; :script :textualis ; :scribe :q ; :keeper :lib .
:p a :Person ; rdfs:label "Anselm of Mariaberg" .
:q a :Person ; rdfs:label "Nicolaus Vendramin" .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    path = tmp_path_factory.mktemp("books") / "books.ttl"
    path.write_text(_BOOKS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_a_common_noun_meaning_comes_before_a_proper_name():
    wn = wordnet()
    first = wn.first_noun("scribe")
    assert first is not None and "scribe" in wn.synset(*first[0]).words
    # a word WordNet has only as names keeps its first meaning
    assert wn.first_noun("paris") is not None


@needs_wordnet
def test_a_person_noun_is_a_person_kind_however_often_it_is_a_verb():
    wn = wordnet()
    assert wn.person_kind("scribe") and wn.person_kind("mason")
    assert wn.person_kind("manuscripts") is False
    # a word mostly an adjective is a class name's modifier ("Academic Article"), no person
    assert wn.person_kind("academic") is False and wn.person_kind("private") is False


@needs_wordnet
def test_which_manuscripts_are_the_books_not_their_scribes(books):
    res = books.retrieve("Which manuscripts are written in Caroline minuscule?")
    assert res.answer in {"Haldane Augustine", "Milan Moralia"}
