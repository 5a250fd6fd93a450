"""A yes/no question whose gold is a boolean's lexical form ("true", the value of
``:explicit``) is answered right by the "Yes" that the graph's ``true`` confirms: the
evaluation compares a boolean and a yes/no answer as one value (``answer_key``)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.evaluation import QAItem, evaluate_retrieval
from kgchat.retrieval import Retriever

_PODCASTS = """\
@prefix : <http://example.org/pod#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:explicit rdfs:label "explicit" .
:host rdfs:label "host" .
:laugh rdfs:label "Laugh Track Legends" ; :explicit "true"^^xsd:boolean ; :host :mira .
:garden rdfs:label "Garden Hours" ; :explicit "false"^^xsd:boolean ; :host :mira .
:mira rdfs:label "Mira Osei" .
"""


@pytest.fixture(scope="module")
def podcasts(tmp_path_factory):
    path = tmp_path_factory.mktemp("podcasts") / "podcasts.ttl"
    path.write_text(_PODCASTS)
    return Retriever(KnowledgeGraph.load(path))


def test_yes_answers_a_true_gold(podcasts):
    item = QAItem(1, "Is Laugh Track Legends explicit?", ("true",))
    res = podcasts.retrieve(item.question)
    report = evaluate_retrieval(podcasts, [item], progress=False)
    assert res.answer == "Yes" and report.metrics["hits_at_1"] == 1.0
