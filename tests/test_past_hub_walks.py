"""A best answer reached only through a value many share gives way to the next one reached
otherwise (blind probe battles, round 51; :func:`kgchat.retrieval.hub_walks.past_hub_walks`).

"Which war was the Charge of the Light Brigade part of?": the walk out to the charge's
outcome "tactical victory", back to another battle of that outcome and up its ``part of``
(the question's own words) scored above the charge's walk up its two ``sub event of`` hops;
the confidence judged the peer's war 0 and the retriever abstained, the charge's own war
left second. Now the next answer whose walk passes no such value comes first, where the
confidence rates it credible.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_OTHERS = "\n".join(
    f'ex:b{i} a ex:Battle ; rdfs:label "Battle of Field {i}" ; ex:outcome ex:tactical ; '
    "ex:partOf ex:fpw ."
    for i in range(14)
)
_BATTLES = f"""\
@prefix ex: <http://battles.example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:subEventOf rdfs:label "sub event of" .
ex:partOf rdfs:label "part of" .
ex:outcome rdfs:label "outcome" .
ex:tactical rdfs:label "tactical victory" .
ex:crimean a ex:War ; rdfs:label "Crimean War" .
ex:fpw a ex:War ; rdfs:label "Franco-Prussian War" .
ex:balaclava a ex:Battle ; rdfs:label "Battle of Balaclava" ; ex:subEventOf ex:crimean .
ex:charge a ex:Battle ; rdfs:label "Charge of the Light Brigade" ;
    ex:subEventOf ex:balaclava ; ex:outcome ex:tactical .
{_OTHERS}
"""


@pytest.fixture(scope="module")
def battles(tmp_path_factory):
    path = tmp_path_factory.mktemp("battles") / "battles.ttl"
    path.write_text(_BATTLES)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_the_own_walk_answers_past_a_peer_reached_through_a_shared_outcome(battles):
    r = battles.retrieve("Which war was the Charge of the Light Brigade part of?")
    assert not r.abstained
    assert r.answer == "Crimean War"


def test_a_peer_named_by_its_own_walk_still_answers(battles):
    r = battles.retrieve("Which war was the Battle of Field 3 part of?")
    assert not r.abstained
    assert r.answer == "Franco-Prussian War"
