"""Questions read as people write them (issue 11), on a tiny graph with the real parsing,
encoder and retriever: an entity put in front of the question with a pronoun standing for it
after the verb ("white storks - who recorded *them*?": :attr:`QuestionInfo.entity_place`,
read by the word-order votes), and a misspelt question word that no relation of the graph
spells but English does ("who *colected* ...": :mod:`kgchat.retrieval.relation_spelling`)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_TTL = """
@prefix : <http://example.org/nature#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:recordedBy rdfs:label "recorded by" .
:weight rdfs:label "weight" .
:Taxon rdfs:label "taxon" .
:Person rdfs:label "person" .
:stork a :Taxon ; rdfs:label "White stork" ; :recordedBy :lars ; :weight "3.4 kg" .
:crane a :Taxon ; rdfs:label "Common crane" ; :recordedBy :ines ; :weight "5.1 kg" .
:lars a :Person ; rdfs:label "Lars Holm" .
:ines a :Person ; rdfs:label "Ines Berg" .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("nature") / "nature.ttl"
    path.write_text(_TTL)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


def _answer(retriever, question):
    res = retriever.retrieve(question)
    top = retriever.kg.label(res.candidates[0].node) if res.candidates else None
    return top, res.abstained


def test_a_fronted_entity_takes_its_pronouns_place(retriever):
    """The storks are recorded, not recording: on the start tree the passive-order veto read
    "storks recorded who" and abstained (0.0)."""
    assert _answer(retriever, "white storks - who recorded them?") == ("Lars Holm", False)
    assert _answer(retriever, "who recorded the white storks?") == ("Lars Holm", False)


def test_a_misspelt_word_is_read_as_the_english_it_misspells(retriever):
    """ "colected" is no word of the graph's relations nor of English: mended to "collected",
    the encoder reads it near ``recorded by``; on the start tree it was abstained on."""
    assert _answer(retriever, "who colected the white stork?") == ("Lars Holm", False)
    assert _answer(retriever, "who collected the white stork?") == ("Lars Holm", False)


def test_a_misspelling_of_no_one_word_is_left(retriever):
    """ "bilt" is as near "built", "bill" and "tilt" (words of several stems): no mending says
    which; a misspelt word of the graph's relations is mended to it first ("wieght")."""
    from kgchat.retrieval.relation_spelling import english_spelling

    assert english_spelling("bilt", 1) is None
    assert english_spelling("arbiter", 2) is None  # WordNet's word, no misspelt "writer"
    assert _answer(retriever, "what is the wieght of the common crane?")[0] == "5.1 kg"


def test_a_word_written_as_a_name_is_not_mended(retriever):
    """ "DisGeNET" is no word of English, and written with capitals inside the question it is
    a name the graph lacks, not a misspelt "dissent" (a question of nanopubs was answered
    wrongly when it was mended)."""
    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.relation_spelling import spelled_right

    q = analyze("who colected the white stork in DisGeNET?", [(3, 5)])
    words = spelled_right(q, retriever.linker, retriever._relation_words()).words
    assert "disgenet" in words and "collected" in words


def test_a_compound_is_not_mended(retriever):
    """ "callsign" is two words of English written as one (call, sign), not a misspelt
    "calling" (a flights question was mended so); a misspelling that holds a short word by
    chance ("colected") is still mended."""
    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.relation_spelling import english_spelling, spelled_right

    assert english_spelling("callsign", 2) is None
    assert english_spelling("colected", 2) == "collected"
    q = analyze("which crane has the callsign CRANE1?", [])
    assert "callsign" in spelled_right(q, retriever.linker, retriever._relation_words()).words
