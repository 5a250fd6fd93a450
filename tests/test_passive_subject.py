"""A question that opens "What is <noun phrase> <participle> <preposition>?" asks what the
preposition's object is, not for a thing of the noun's kind: the copula is the passive's
auxiliary and the noun phrase its subject ("What is the director of X born in?" asks a place,
not a director)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze
from kgchat.wordnet import wordnet

_FILMS = """\
Salt Road|directed_by|Ana Brel
Blue Pier|directed_by|Ana Brel
Long Dusk|directed_by|Tom Vey
Ana Brel|born_in|Lyon
Tom Vey|born_in|Porto
Salt Road|filmed_in|Porto
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@needs_wordnet
def test_the_noun_phrase_before_a_passive_is_its_subject_not_the_type():
    q = "what is the director of salt road born in"
    assert analyze(q, [(5, 7)]).answer_type == []
    # the same noun phrase asked about by a copula alone is the type asked
    assert analyze("what is the director of salt road", [(5, 7)]).answer_type == ["director"]


@needs_wordnet
def test_a_passive_after_a_noun_phrase_is_answered_by_its_object(tmp_path):
    path = tmp_path / "films.txt"
    path.write_text(_FILMS)
    r = make_retriever(KnowledgeGraph.load(path), encoder="hashing", index_dir=None)
    assert r.retrieve("What is the director of Long Dusk born in?").answer == "Porto"
