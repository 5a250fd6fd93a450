"""A mention whose words are the relation another mention's answer is reached by ("When did
Cornish go *extinct*?", "extinct" also a status value) is judged as that relation's word:
the answer is read from the other mention with the word said."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_LANGS = """\
@prefix : <http://example.org/l#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Language rdfs:label "language" .
:Country rdfs:label "country" .
:status rdfs:label "status" .
:extinctSince rdfs:label "extinct since" .
:spatial rdfs:label "spatial" .
:extinct rdfs:label "extinct" .
:threatened rdfs:label "threatened" .
:KE a :Country ; rdfs:label "Kenya" .
:TZ a :Country ; rdfs:label "Tanzania" .
:GB a :Country ; rdfs:label "United Kingdom" .
:corn a :Language ; rdfs:label "Cornish" ; :status :extinct ; :extinctSince "1777"^^xsd:gYear ;
    :spatial :GB .
:livo a :Language ; rdfs:label "Livonian" ; :status :extinct ; :extinctSince "2013"^^xsd:gYear .
:nearly rdfs:label "nearly extinct" .
:manx a :Language ; rdfs:label "Manx" ; :status :nearly ; :extinctSince "1974"^^xsd:gYear ;
    :spatial :GB .
:wels a :Language ; rdfs:label "Welsh" ; :status :threatened ; :spatial :GB .
:swah a :Language ; rdfs:label "Swahili" ; :status :threatened ; :spatial :KE, :TZ ;
    :speakerEstimate [ :speakers 71000000 ; :source "Ethnologue" ] .
"""


@pytest.fixture(scope="module")
def langs(tmp_path_factory):
    path = tmp_path_factory.mktemp("langs") / "langs.ttl"
    path.write_text(_LANGS)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When did Cornish go extinct?", "1777"),
        ("When did Livonian become extinct?", "2013"),
    ],
)
def test_a_mention_that_words_the_relation_is_said_by_it(langs, question, answer):
    """Jointly, the status mention took "extinct" and the relation was left unsaid (0)."""
    res = langs.retrieve(question)
    assert res.answer == answer
    assert not res.abstained


def test_a_joint_answer_of_two_entities_is_still_judged_jointly(langs):
    """No mention's words are a relation's: nothing changes ("Welsh" says no relation)."""
    res = langs.retrieve("Which status do Welsh and Swahili have?")
    assert res.answer == "threatened"
