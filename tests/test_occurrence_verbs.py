""" "When did X happen?" asks X's own time, as "When was X?" does
(:func:`kgchat.retrieval.question.analyze`, :meth:`kgchat.wordnet_kinds.NounKinds.says_occurrence`):
an earthquake's origin time on an OWL-Time instant, a fire's start before its end. Real
parsing, the bundled MiniLM and WordNet."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze
from kgchat.wordnet import wordnet

GRAPH = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:originTime rdfs:label "origin time"@en .
ex:kobe rdfs:label "Kobe earthquake"@en ; ex:fatalities 6434 ;
    ex:originTime [ a time:Instant ;
        time:inXSDDateTimeStamp "1995-01-16T20:46:52Z"^^xsd:dateTimeStamp ] .
ex:fire rdfs:label "Great Fire of London"@en ; ex:startDate "1666-09-02"^^xsd:date ;
    ex:endDate "1666-09-06"^^xsd:date .
ex:ada rdfs:label "Ada Lovelace"@en ; ex:birthDate "1815-12-10"^^xsd:date ;
    ex:deathDate "1852-11-27"^^xsd:date .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet not installed")


def _retriever(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "g.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_an_occurrence_verb_asks_no_relation() -> None:
    assert analyze("When did the Kobe earthquake happen?", [(3, 5)]).words == []
    assert analyze("When did the Kobe earthquake occur?", [(3, 5)]).words == []
    # a verb of another meaning is the relation asked; nor is a question of no time trimmed
    assert analyze("When did Ada Lovelace die?", [(2, 4)]).words == ["die"]
    assert analyze("When was Acme founded?", [(2, 3)]).words == ["founded"]
    assert "happen" in analyze("What will happen to Acme?", [(4, 5)]).words


@needs_wordnet
def test_when_did_it_happen_is_answered_as_when_was_it(tmp_path: Path) -> None:
    r = _retriever(tmp_path)
    for q in ("When did the Kobe earthquake happen?", "When did the Kobe earthquake occur?"):
        res = r.retrieve(q)
        assert not res.abstained, q
        assert res.candidates[0].node.startswith('"1995-01-16T20:46:52Z"'), q
    res = r.retrieve("When did the Great Fire of London happen?")
    assert not res.abstained
    assert res.candidates[0].node.startswith('"1666-09-02"')


@needs_wordnet
def test_a_verb_of_its_own_still_chooses_the_time(tmp_path: Path) -> None:
    r = _retriever(tmp_path)
    assert (
        r.retrieve("When did the Great Fire of London end?")
        .candidates[0]
        .node.startswith('"1666-09-06"')
    )
    assert r.retrieve("When did Ada Lovelace die?").candidates[0].node.startswith('"1852-11-27"')
