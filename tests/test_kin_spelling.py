"""A word of English is mended to a relation word a letter from it only where the two are
forms of one meaning (:func:`kgchat.retrieval.relation_spelling._kin`), on a tiny graph with
the real parsing, encoder and retriever: "Who's in *charge* of X?" on a graph that also states
a ``last change`` date had read "charge" as a misspelt "change" (WordNet shares a rare sense of
each: 0.035) and abstained on the park's managing body."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze
from kgchat.retrieval.relation_spelling import spelled_right

_TTL = """
@prefix : <http://example.org/parks#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:managementAuthority rdfs:label "management authority" .
:lastChange rdfs:label "last change" .
:Park rdfs:label "national park" .
:Agency rdfs:label "agency" .
:plitvice a :Park ; rdfs:label "Plitvice Lakes" ; :managementAuthority :pi ;
    :lastChange "2021-03-01"^^xsd:date .
:kakadu a :Park ; rdfs:label "Kakadu" ; :managementAuthority :pa ;
    :lastChange "2019-11-20"^^xsd:date .
:pi a :Agency ; rdfs:label "Public Institution Plitvice" .
:pa a :Agency ; rdfs:label "Parks Australia" .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("parks") / "parks.ttl"
    path.write_text(_TTL)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


def test_a_word_of_english_is_not_read_as_a_relation_word_it_only_looks_like(retriever):
    """ "charge" stays "charge" (on the start tree: mended to "change")."""
    q = analyze("Who's in charge of Plitvice Lakes?", [(20, 34)])
    assert spelled_right(q, retriever.linker, retriever._relation_words()).words[0] == "charge"


def test_forms_of_one_meaning_are_still_kin():
    from kgchat.retrieval.relation_spelling import _kin
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("no WordNet")
    assert _kin("founder", "founded") and _kin("colour", "color")
    assert not _kin("charge", "change") and not _kin("married", "carried")


def test_who_is_in_charge_is_answered_by_the_management_authority(retriever):
    res = retriever.retrieve("Who's in charge of Plitvice Lakes?")
    top = retriever.kg.label(res.candidates[0].node) if res.candidates else None
    assert (top, res.abstained) == ("Public Institution Plitvice", False)
