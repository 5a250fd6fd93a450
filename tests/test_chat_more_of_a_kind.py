"""A list's "N more" counts only things of the answers' kind (thirty-seventh round).

"what events are there in biathlon" on Olympic results in schema.org: two events have
``schema:sport`` Biathlon, and so do 44 athletes. The reply named the two events "and 44
more": the count was every node the answer's relation reaches. One relation may lead to
things of several kinds; the more a reply promises are those of a class of the answers named.
"""

from __future__ import annotations

from dataclasses import replace

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.lists import members
from kgchat.retrieval import Retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _kg() -> KnowledgeGraph:
    triples = [
        ("Biathlon", T, "Sport"),
        ("Sprint", T, "Event"),
        ("Pursuit", T, "Event"),
        ("Relay", T, "Event"),
        ("Sprint", "sport", "Biathlon"),
        ("Pursuit", "sport", "Biathlon"),
        ("Relay", "sport", "Biathlon"),
        ("Sprint", "held_in", "Oslo"),
        ("Oslo", T, "City"),
    ]
    for i in range(6):  # athletes take the same relation to their sport
        triples += [(f"Athlete {i}", T, "Person"), (f"Athlete {i}", "sport", "Biathlon")]
    return KnowledgeGraph.from_triples(triples)


def test_more_counts_only_the_answers_kind():
    kg = _kg()
    res = Retriever(kg).retrieve("Which events are there in biathlon?")
    assert res.candidates[0].label in {"Sprint", "Pursuit", "Relay"}
    # on a large graph the athletes are past the retriever's candidates: only the count
    # along the relation meets them
    res = replace(res, candidates=res.candidates[:3])
    found = members(kg, res, res.candidates[0], as_set=True, limit=2)
    assert len(found.members) == 2 and found.more == 1, (found.members, found.more)


def test_the_reply_promises_no_athlete():
    a = ChatBot(_kg(), backend=TemplateBackend()).ask("Which events are there in biathlon?")
    assert sorted(a.answers) == ["Pursuit", "Relay", "Sprint"], a.text
    assert "more" not in a.text


def test_an_untyped_graph_counts_every_node_reached():
    kg = KnowledgeGraph.from_triples([("Margherita", "hasTopping", t) for t in "ABCDE"])
    res = Retriever(kg).retrieve("What are the toppings of Margherita?")
    found = members(kg, res, res.candidates[0], as_set=True, limit=2)
    assert found.more == 3
