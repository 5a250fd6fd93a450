"""The word "own" is the verb it is, unless a possessive comes before it.

On bench/data/own/itops (an IT operations graph: ``service OWNED_BY team``), "what does the
SRE team own" answered the team's class: "own" was a stopword (as in "its own name"), so the
question said no relation at all.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.question import analyze

_OPS = """\
@prefix : <http://example.org/ops#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Service rdfs:label "Service" .
:Team rdfs:label "Team" .
:Person rdfs:label "Person" .
:billing a :Service ; rdfs:label "billing-api" ; :OWNED_BY :payments .
:ledger a :Service ; rdfs:label "ledger" ; :OWNED_BY :payments ; :DEPENDS_ON :billing .
:search a :Service ; rdfs:label "search" ; :OWNED_BY :sre .
:status a :Service ; rdfs:label "status-page" ; :OWNED_BY :sre .
:payments a :Team ; rdfs:label "Payments" .
:sre a :Team ; rdfs:label "SRE" .
:ada a :Person ; rdfs:label "Ada Okafor" ; :MEMBER_OF :payments .
:ines a :Person ; rdfs:label "Ines Duarte" ; :MEMBER_OF :payments .
:umar a :Person ; rdfs:label "Umar Farouk" ; :MEMBER_OF :sre .
"""


@pytest.fixture(scope="module")
def ops(tmp_path_factory):
    path = tmp_path_factory.mktemp("ops") / "ops.ttl"
    path.write_text(_OPS)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize("question", ["what does SRE own", "what does the SRE team own"])
def test_own_is_a_verb_unless_it_follows_a_possessive(ops, question):
    res = ops.retrieve(question)
    assert {c.label for c in res.candidates[:2]} == {"search", "status-page"}
    assert not res.abstained


def test_own_is_read_where_it_stands(ops):
    """A possessive before one "own" leaves the other the verb: "What does Ada Okafor's own
    team own?" asks the services her team owns (the stress and the verb in one question; a
    possessive anywhere had made both stopwords, and the question asked only her team)."""
    question = "What does Ada Okafor's own team own?"
    assert analyze(question, [(2, 4)]).words == ["team", "own"]
    res = ops.retrieve(question)
    assert {c.label for c in res.candidates[:2]} == {"billing-api", "ledger"}
    assert not res.abstained
