"""A list reply cited item by item in mid-sentence ("Ada [3], Cleo [4] and Dag [5] are members
of Nordic Band."): each item's claim is the sentence said of that item, so a right list passes
the claim check whole and a wrong one fails at every item (kgchat.chat.claim_items)."""

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


@pytest.mark.parametrize(
    "reply",
    [
        "Ada [3], Cleo [4] and Dag [5] are members of Nordic Band.",
        "Ada [3], Cleo [4], and Dag [5] are the members of Nordic Band.",
        "The members of Nordic Band are Ada [3], Cleo [4] and Dag [5].",
        "Ben was born in Oslo [2]. Ada [3], Cleo [4] and Dag [5] are members of Nordic Band.",
    ],
)
def test_a_right_list_cited_item_by_item_passes_whole(setting, reply):
    claims = _check(setting, reply)
    assert all(all(c.valid) and not c.contradiction for c in claims if c.citations), [
        (c.text, c.problems) for c in claims
    ]
    kg, given, names = setting
    # the reply is kept as written, none of its claims dropped
    assert ground(reply, given, answer="Ada", kg=kg, names=names).text == reply


def test_a_negated_list_contradicts_each_item(setting):
    claims = _check(setting, "Ada [3], Cleo [4] and Dag [5] are not members of Nordic Band.")
    assert [c.citations for c in claims] == [(3,), (4,), (5,)]
    assert all(c.contradiction and f"[{c.citations[0]}] is negated" in c.problems for c in claims)


def test_a_list_short_of_an_item_fails_each_item(setting):
    claims = _check(setting, "Ada [3] and Cleo [4] are members of Nordic Band.")
    assert all("leaves out Dag [5] of the list it names" in c.problems for c in claims)


def test_a_clause_joined_at_a_comma_is_no_list_item(setting):
    # "Oslo [2], and Ada [3] ..." reads as a list of Oslo, Ada, ...: the clause as cut holds
    # [2], so the sentence keeps its cut claims
    claims = _check(setting, "Ben was born in Oslo [2], and Ada [3] is a member of Nordic Band.")
    assert claims[0].text == "Ben was born in Oslo" and claims[0].valid == (True,)
    assert claims[1].valid == (True,)
