"""A question "Where does X flow into?" asks where something is *done*: the object of the
relation the question says answers it, whatever its kind, not a region one unsaid hop beyond
it that meets "where" better (:func:`kgchat.retrieval.wh_detours.said_before_detour`), on a
tiny hydrography graph, with a "where" whose last hop is said."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

RIVERS = """\
@prefix hy: <http://hydro.example/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix : <http://hydro.example/id/> .
hy:Watercourse rdfs:label "watercourse" .
hy:Region rdfs:label "region" .
hy:flowsInto rdfs:label "flows into" .
hy:crosses rdfs:label "crosses region" .
hy:rises rdfs:label "rises in" .
:ain a hy:Watercourse ; rdfs:label "Ain" ; hy:crosses :bfc, :ara ; hy:rises :bfc .
:bief a hy:Watercourse ; rdfs:label "Bief Noir" ; hy:flowsInto :ain ; hy:crosses :bfc .
:bienne a hy:Watercourse ; rdfs:label "Bienne" ; hy:flowsInto :ain ; hy:crosses :bfc .
:doubs a hy:Watercourse ; rdfs:label "Doubs" ; hy:crosses :bfc ; hy:rises :bfc .
:bfc a hy:Region ; rdfs:label "Bourgogne-Franche-Comté" .
hy:operator rdfs:label "operator" .
hy:seat rdfs:label "seat" .
:vouglans a hy:Dam ; rdfs:label "Vouglans dam" ; hy:operator :edf .
:edf a hy:Company ; rdfs:label "EDF" ; hy:seat :paris .
:paris a hy:Region ; rdfs:label "Paris" .
:ara a hy:Region ; rdfs:label "Auvergne-Rhône-Alpes" .
"""


@pytest.fixture(scope="module")
def rivers(tmp_path_factory):
    path = tmp_path_factory.mktemp("rivers") / "rivers.ttl"
    path.write_text(RIVERS)
    kg = KnowledgeGraph.load(path)
    return make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the river the stream flows into, not a region the river crosses
        ("Where does the Bief Noir flow into?", "Ain"),
        ("where does the Bienne flow to", "Ain"),
        # a place asked by the relation said (rises in): the region
        ("Where does the Doubs rise?", "Bourgogne-Franche-Comté"),
        # the walk left behind says a noun of the subject, not the verb: where the operator
        # is, one hop beyond it, is asked
        ("Where is the operator of the Vouglans dam based?", "Paris"),
    ],
)
def test_where_done_answered_by_the_said_relation(rivers, question: str, answer: str) -> None:
    res = rivers.retrieve(question)
    assert res.answer == answer
