"""A noun WordNet knows as one compound with a preposition inside ("editor in chief",
"commander in chief") is one noun of "<noun> of X": its preposition governs nothing, and
"Who is the editor-in-chief of X?" asks the editor itself, not something one hop beyond a
chief (:func:`kgchat.retrieval.owner_phrases.owner_governed`)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.owner_phrases import owner_governed
from kgchat.retrieval.question import analyze
from kgchat.wordnet import wordnet

_PAPERS = """\
@prefix : <http://example.org/p#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:editorInChief rdfs:label "editor-in-chief" .
:basedIn rdfs:label "based in" .
:ledger rdfs:label "The Daily Ledger" ; :editorInChief :ann ; :basedIn :t .
:courier rdfs:label "Northgate Courier" ; :editorInChief :bo ; :basedIn :t .
:ann rdfs:label "Ann Keller" ; :basedIn :t .
:bo rdfs:label "Bo Lindahl" ; :basedIn :t .
:t rdfs:label "Tarnby" .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def papers(tmp_path_factory):
    path = tmp_path_factory.mktemp("papers") / "papers.ttl"
    path.write_text(_PAPERS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_the_editor_in_chief_is_answered(papers):
    res = papers.retrieve("Who is the editor-in-chief of The Daily Ledger?")
    assert res.answer == "Ann Keller" and not res.abstained


@needs_wordnet
def test_a_compound_noun_is_not_governed_by_its_preposition():
    q = analyze("Who is the editor in chief of Northgate Courier?", [(7, 9)])
    assert not owner_governed(q)
    q = analyze("Which company did the founder of Helix Labs study at?", [(6, 8)])
    assert owner_governed(q)
