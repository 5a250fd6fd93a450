"""A question that asks something *of* the thing its entity's noun phrase names ("Which
company did the founder of X study at?") is not answered by that thing.

On bench/data/own/lab, "Which company did the founder of Helix Labs study at?" (the graph says
nothing of the founder's studies) answered the founder herself at 0.42; on moviekb, "Which
actors appeared in movies by the director of Harbor of Trieste?" the director.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_LAB = """\
@prefix : <http://example.org/lab#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:helix rdfs:label "Helix Labs" ; :founder :amara ; :locatedIn :lagos .
:amara rdfs:label "Amara Okeke" ; :bornIn :lagos .
:lagos rdfs:label "Lagos" .
"""


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    path = tmp_path_factory.mktemp("lab") / "lab.ttl"
    path.write_text(_LAB)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    "question",
    [
        "Which company did the founder of Helix Labs study at?",
        "What university did the founder of Helix Labs attend?",
    ],
)
def test_the_thing_asked_of_is_no_answer(lab, question):
    res = lab.retrieve(question)
    assert res.abstained or res.answer != "Amara Okeke", res.confidence


@pytest.mark.parametrize(
    "question", ["Who is the founder of Helix Labs?", "Who founded Helix Labs?"]
)
def test_the_thing_asked_for_is_the_answer(lab, question):
    res = lab.retrieve(question)
    assert res.answer == "Amara Okeke"
    assert not res.abstained
