"""The two list shapes the claim check failed on (chat55's left items): a list cited item by
item whose sentence goes on in another cited clause ("Ada [3], Cleo [4] and Dag [5] are members
of Nordic Band, and Ada [1] taught Ben."), and a list after a clause joined at a comma ("Ben was
born in Oslo [2], and Ada [3], Cleo [4] and Dag [5] are members of Nordic Band.").
kgchat.chat.claim_items reads each list's run of citation groups and the clause after it."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat.claims import check_claims, graph_names
from kgchat.chat.grounding import ground

TRIPLES = [
    ("Ada", "taught", "Ben"),
    ("Ben", "born_in", "Oslo"),
    ("Ada", "member_of", "Nordic Band"),
    ("Cleo", "member_of", "Nordic Band"),
    ("Dag", "member_of", "Nordic Band"),
]


@pytest.fixture(scope="module")
def setting():
    kg = KnowledgeGraph.from_triples(TRIPLES)
    order = ["taught", "born_in", "member_of"]
    given = sorted(kg.facts(), key=lambda f: (order.index(f.predicate), f.subject))
    # [1] Ada taught Ben, [2] Ben born in Oslo, [3]-[5] Ada, Cleo, Dag member of Nordic Band
    assert [f.subject_label for f in given] == ["Ada", "Ben", "Ada", "Cleo", "Dag"]
    return kg, given, graph_names(kg)


def _check(setting, reply):
    kg, given, names = setting
    return check_claims(reply, given, kg=kg, names=names)


RIGHT = [
    # a list followed by another cited clause
    "Ada [3], Cleo [4] and Dag [5] are members of Nordic Band, and Ada [1] taught Ben.",
    "Ada [3], Cleo [4] and Dag [5] are members of Nordic Band, and Ben was born in Oslo [2].",
    # a list after a clause joined at a comma
    "Ben was born in Oslo [2], and Ada [3], Cleo [4] and Dag [5] are members of Nordic Band.",
    "Ada taught Ben [1], and the members of Nordic Band are Ada [3], Cleo [4] and Dag [5].",
]


@pytest.mark.parametrize("reply", RIGHT)
def test_a_right_list_beside_another_clause_passes_whole(setting, reply):
    claims = _check(setting, reply)
    assert all(all(c.valid) and not c.contradiction for c in claims if c.citations), [
        (c.text, c.problems) for c in claims
    ]
    kg, given, names = setting
    assert ground(reply, given, answer="Ada", kg=kg, names=names).text == reply


def test_each_item_and_the_clause_after_are_claims_of_their_own(setting):
    claims = _check(setting, RIGHT[0])
    assert [(c.text, c.citations) for c in claims] == [
        ("Ada are members of Nordic Band", (3,)),
        ("Cleo are members of Nordic Band", (4,)),
        ("Dag are members of Nordic Band", (5,)),
        ("Ada taught Ben", (1,)),
    ]


def test_a_wrong_clause_after_a_list_still_fails(setting):
    claims = _check(
        setting, "Ada [3], Cleo [4] and Dag [5] are members of Nordic Band, and Ada [2] taught Ben."
    )
    assert [c.valid for c in claims] == [(True,), (True,), (True,), (False,)]


def test_a_negated_list_after_a_clause_contradicts_each_item(setting):
    negated = "Ada [3], Cleo [4] and Dag [5] are not members of Nordic Band."
    claims = _check(setting, f"Ben was born in Oslo [2], and {negated}")
    assert claims[0].valid == (True,) and not claims[0].contradiction
    assert all(c.contradiction for c in claims[1:]), [(c.text, c.problems) for c in claims]
