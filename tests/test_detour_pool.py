"""A bare "who" answered by the node a walk's unsaid last hop left, where the candidates no
longer hold that node (blind probe battles, round 51; :mod:`kgchat.retrieval.wh_detours`).

"Who won the Battle of Leipzig?": the battle's four winning states each have nationals, and
the walk on from a state over ``nationality`` to a person (a better "who" than a state)
scored above the states; with eighty such people the states fell out of the pool the detour
reads, so it could not put the state back first, and the retriever abstained on a person.
With one winner (its state still in the pool) the state was already answered.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_STATES = ("Austria", "Russia", "Prussia", "Sweden")
_PEOPLE = "\n".join(
    f'ex:p{s}{i} a ex:Person ; rdfs:label "General {s} {i}" ; ex:nationality ex:{s} .'
    for s in _STATES
    for i in range(20)
)
_GRAPH = f"""\
@prefix ex: <http://battles.example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:winner rdfs:label "winner" .
ex:nationality rdfs:label "nationality" .
ex:France a ex:State ; rdfs:label "French Empire" .
{"".join(f'ex:{s} a ex:State ; rdfs:label "{s}n Empire" .' + chr(10) for s in _STATES)}
ex:leipzig a ex:Battle ; rdfs:label "Battle of Leipzig" ;
    ex:winner ex:Austria, ex:Russia, ex:Prussia, ex:Sweden .
ex:dresden a ex:Battle ; rdfs:label "Battle of Dresden" ; ex:winner ex:France .
ex:napoleon a ex:Person ; rdfs:label "Napoleon" ; ex:nationality ex:France .
{_PEOPLE}
"""


@pytest.fixture(scope="module")
def battles(tmp_path_factory):
    path = tmp_path_factory.mktemp("detour") / "battles.ttl"
    path.write_text(_GRAPH)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_the_winning_state_answers_though_its_nationals_fill_the_pool(battles):
    r = battles.retrieve("Who won the Battle of Leipzig?")
    assert not r.abstained
    assert r.answer in {f"{s}n Empire" for s in _STATES}


def test_one_winner_still_answers(battles):
    r = battles.retrieve("Who won the Battle of Dresden?")
    assert not r.abstained
    assert r.answer == "French Empire"


def test_the_left_node_is_made_only_where_its_walk_says_every_word():
    # "Who signed the treaty that ended X?": the walk to the treaty says "ended", not "signed"
    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.results import Candidate, Path
    from kgchat.retrieval.wh_detours import said_before_detour

    q = analyze("Who signed the treaty that ended War?", [(6, 7)])
    two = (("ends", False), ("mediator", True))
    walk = Path("war", two, ("war", "treaty", "mediator"), (1, 2), 2.0)
    other = Path("war", (("ends", False),), ("war", "peace"), (3,), 1.0)
    top = [
        Candidate("mediator", "mediator", 2.0, [walk]),
        Candidate("peace", "peace", 1.0, [other]),
    ]
    said = {"ends": 1.0, "mediator": 0.0}

    def detour(all_said):
        return said_before_detour(
            q, top, lambda r, f: said[r], lambda n: False, label_of=str, all_said=all_said
        )

    assert [c.node for c in detour(lambda pattern: False)] == ["mediator", "peace"]
    assert [c.node for c in detour(lambda pattern: True)] == ["treaty", "mediator", "peace"]
