"""One walk of a relation path over the graph (``kgchat.graph.follow``), read by a count and
by a list's "and N more", and one common-ending reading of joint paths
(``unsaid.common_ending``): review58's unifications, on tiny graphs with the real retriever.
Both fail on START (the shared pieces did not exist: each reader walked its own way)."""

from __future__ import annotations

import itertools

from kgchat import KnowledgeGraph
from kgchat.chat.lists import members
from kgchat.graph.follow import follow
from kgchat.retrieval.retriever import Retriever
from kgchat.retrieval.unsaid import common_ending, shared_ending

CHILDREN = [("Ann", "child", c) for c in ("Bo", "Cy", "Di", "Ed")] + [
    ("Bo", "child", "Fay"),
    ("Ann", "born in", "Oslo"),
]


def test_a_count_and_a_list_read_the_same_walk():
    kg = KnowledgeGraph.from_triples(CHILDREN)
    r = Retriever(kg)
    reached = follow(kg.neighbors, "Ann", [("child", True)])
    assert sorted(reached.ends) == ["Bo", "Cy", "Di", "Ed"]
    assert reached.ends["Bo"] == (("Ann", "Bo"), (reached.ends["Bo"][1][0],))
    counted = r.retrieve("How many children did Ann have?")
    assert counted.answer == str(len(reached.ends))
    listed = r.retrieve("What are the children of Ann?")
    found = members(kg, listed, listed.candidates[0], as_set=True, limit=2)
    assert len(found.members) + found.more == len(reached.ends)


def test_the_walk_never_steps_back_onto_its_way_and_reports_its_widest_node():
    kg = KnowledgeGraph.from_triples(CHILDREN)
    there_and_back = follow(kg.neighbors, "Ann", [("child", True), ("child", False)])
    assert there_and_back.ends == {}  # back to Ann only: a node already on the way
    assert follow(kg.neighbors, "Ann", [("child", True)]).widest == 5


def test_shared_ending_is_the_common_ending_keeping_each_first_hop_apart():
    hops = [("a", True), ("b", False), ("c", True)]
    for pa, pb in itertools.product(
        itertools.product(hops, repeat=2), itertools.product(hops, repeat=3)
    ):
        joined, parts = (*pa, *pb), (len(pa), len(pb))
        assert shared_ending(joined, parts) == min(common_ending([pa, pb]), 1)
    # one walk wholly the other's ending: all of it shared, uncapped (one_record skips it)
    assert common_ending([[("entry", False)], [("date", False), ("entry", False)]]) == 1
    assert shared_ending((("entry", False), ("date", False), ("entry", False)), (1, 2)) == 0
