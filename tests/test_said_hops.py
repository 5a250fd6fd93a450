"""A longer walk whose every hop the question names by a word of its own pays no length
price for its hops beyond the first (:mod:`kgchat.retrieval.said_hops`)."""

from __future__ import annotations

import numpy as np

from kgchat import KnowledgeGraph
from kgchat.retrieval.said_hops import named_hops

TTL = (
    "@prefix : <http://example.org/m#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Drug a rdfs:Class ; rdfs:label "drug" .\n'
    ':Disease a rdfs:Class ; rdfs:label "disease" .\n'
    ':Condition a rdfs:Class ; rdfs:label "clinical finding" .\n'
    ':System a rdfs:Class ; rdfs:label "body system" .\n'
    ':hasSideEffect rdfs:label "has side effect" .\n'
    ':treats rdfs:label "treats" .\n'
    ':affectsBodySystem rdfs:label "affects body system" .\n'
    ':dizzy a :Condition ; rdfs:label "orthostatic hypotension" ;'
    " :affectsBodySystem :cardio .\n"
    ':levodopa a :Drug ; rdfs:label "levodopa" ; :hasSideEffect :dizzy ; :treats :parkinson .\n'
    ':tamsulosin a :Drug ; rdfs:label "tamsulosin" ; :hasSideEffect :dizzy ; :treats :bph .\n'
    ':aspirin a :Drug ; rdfs:label "aspirin" ; :treats :pain .\n'
    ':parkinson a :Disease ; rdfs:label "Parkinson\'s disease" ; :affectsBodySystem :nervous .\n'
    ':bph a :Disease ; rdfs:label "benign prostatic hyperplasia" ;'
    " :affectsBodySystem :urinary .\n"
    ':pain a :Disease ; rdfs:label "pain" ; :affectsBodySystem :nervous .\n'
    ':cardio a :System ; rdfs:label "cardiovascular system" .\n'
    ':nervous a :System ; rdfs:label "nervous system" .\n'
    ':urinary a :System ; rdfs:label "urinary system" .\n'
)


def test_named_hops_one_word_one_hop():
    """A word said once names one hop; said twice, two; a hop matched below NAMED, none."""
    covers = [np.array([1.0, 0.0]), np.array([1.0, 0.2]), np.array([0.3, 0.5])]
    assert named_hops(covers, []) == 1
    assert named_hops(covers, [2, 1]) == 2
    assert named_hops([None, *covers[:1]], []) == 1


def test_every_hop_named_beats_the_short_cut(tmp_path):
    """ "Which body system do the entities that are treated by the entities that have side
    effect orthostatic hypotension affect?" names three hops (``has side effect``,
    ``treats``, ``affects body system``), each by its own words: the three-hop walk's
    systems, not the finding's own ``affects body system`` (one hop, the cardiovascular
    system: the answer on START, where the two further hops' length price outweighed the
    coverage they add). The finding's own system, asked of it, is still one hop."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "med.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve(
        "Which body system do the entities that are treated by the entities that have side"
        " effect orthostatic hypotension affect?"
    )
    assert res.answer in {"nervous system", "urinary system"}
    res = r.retrieve("Which body system does orthostatic hypotension affect?")
    assert res.answer == "cardiovascular system"
