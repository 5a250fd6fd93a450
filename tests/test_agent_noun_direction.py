"""An agent-noun relation ("X *is successor of* Y": X succeeded Y) has a direction of its own,
as a passive verb has: walked against the question's word order it answers the converse
question, and the confidence says so. On a graph that says who succeeded whom one way only,
"Who succeeded C?" asked of the last of a line has no answer: its predecessor is none."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_BODIES = """\
@prefix : <http://example.org/b#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:isSuccessorOf rdfs:label "is successor of" .
:basedIn rdfs:label "based in" .
:a rdfs:label "Ardent Mills Company" ; :basedIn :t .
:b rdfs:label "Brackwater Foundry" ; :isSuccessorOf :a ; :basedIn :t .
:c rdfs:label "Corvel Steelworks" ; :isSuccessorOf :b ; :basedIn :u .
:t rdfs:label "Tarnby" .
:u rdfs:label "Ulsholt" .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(_BODIES)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_the_successor_is_walked_backwards_over_is_successor_of(bodies):
    res = bodies.retrieve("Who succeeded Brackwater Foundry?")
    assert res.answer == "Corvel Steelworks" and not res.abstained


@needs_wordnet
def test_the_predecessor_is_walked_forwards_over_is_successor_of(bodies):
    res = bodies.retrieve("Whom did Brackwater Foundry succeed?")
    assert res.answer == "Ardent Mills Company" and not res.abstained


@needs_wordnet
def test_the_last_of_a_line_has_no_successor(bodies):
    # the one fact of the relation Corvel has names its predecessor: walked against "Who
    # succeeded X?", it answers the converse question, and the retriever abstains
    res = bodies.retrieve("Who succeeded Corvel Steelworks?")
    assert res.abstained


@needs_wordnet
def test_an_agent_noun_reading_is_directed(bodies):
    scorer = bodies.scorer
    assert scorer._verb("is successor of") == ("succeed", False)
