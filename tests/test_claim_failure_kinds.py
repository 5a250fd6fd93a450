"""The claim check against each kind of failure a reply may have (issue 13): a contradiction,
a repetition, an invented entity, a fact stated the wrong way round, and a list that leaves
items out, each crafted on a tiny graph; and the same replies said right pass."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat.claims import check_claims, graph_names

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Ada", "taught", "Ben"),
    ("Ben", "born_in", "Oslo"),
    ("Ada", "member_of", "Nordic Band"),
    ("Cleo", "member_of", "Nordic Band"),
    ("Dag", "member_of", "Nordic Band"),
    ("Ada", T, "Person"),
    ("Oslo", T, "City"),
    ("Bergen", T, "City"),
    ("Nordic Band", T, "Band"),
]
ORDER = ["taught", "born_in", "member_of"]


@pytest.fixture(scope="module")
def checked():
    kg = KnowledgeGraph.from_triples(TRIPLES)
    given = sorted(
        (f for f in kg.facts() if f.predicate != T),
        key=lambda f: (ORDER.index(f.predicate), f.subject),
    )
    # [1] Ada taught Ben, [2] Ben born in Oslo, [3]-[5] Ada, Cleo, Dag member of Nordic Band
    assert [f.subject_label for f in given] == ["Ada", "Ben", "Ada", "Cleo", "Dag"]
    names = graph_names(kg)
    return lambda text: check_claims(text, given, kg=kg, names=names)


@pytest.mark.parametrize(
    ("reply", "contradiction", "problem"),
    [
        ("Ben was not born in Oslo [2].", True, "[2] is negated"),
        ("Ada never taught Ben [1].", True, "[1] is negated"),
        ("Ben taught Ada [1].", True, "[1] is stated the wrong way round"),
        ("Ada was taught by Ben [1].", True, "[1] is stated the wrong way round"),
        ("Ben was born in Oslo Oslo [2].", False, "repeats itself"),
        ("Ben was born in Bergen [2].", False, "names bergen, which no given fact holds"),
        ("Ben was born in Trondheim [2].", False, "says 'trondheim', which the cited facts do not"),
        (
            "Ada and Cleo are the only members of Nordic Band [3][4].",
            True,
            "leaves out Dag [5] of the list it names",
        ),
        (
            "Nordic Band has the members Ada and Cleo [3][4].",
            False,
            "leaves out Dag [5] of the list it names",
        ),
    ],
)
def test_each_failure_kind_is_caught(checked, reply, contradiction, problem):
    claims = checked(reply)
    assert not all(all(c.valid) for c in claims)
    assert any(c.contradiction for c in claims) is contradiction
    assert any(problem in c.problems for c in claims)


def test_a_list_cited_item_by_item_that_leaves_one_out_fails_each_claim_citing_it(checked):
    claims = checked("The members of Nordic Band are Ada [3] and Cleo [4].")
    assert all(
        "leaves out Dag [5] of the list it names" in c.problems and not any(c.valid) for c in claims
    )


@pytest.mark.parametrize(
    "reply",
    [
        "Ben was born in Oslo [2].",
        "Ada taught Ben [1]. Ben was taught by Ada [1].",
        "Ada, Cleo and Dag are members of Nordic Band [3][4][5].",
        "Ada and Cleo are members of Nordic Band [3][4], and Dag is a member of Nordic Band [5].",
        "Ada is a member of Nordic Band [3].",  # one fact names no list
    ],
)
def test_the_same_replies_said_right_pass(checked, reply):
    assert all(all(c.valid) and not c.contradiction for c in checked(reply) if c.citations)


def test_no_item_is_left_out_of_a_conjunction_nor_of_a_middle_hop():
    kg = KnowledgeGraph.from_triples(
        [
            ("Belgium", "borders", "France"),
            ("Belgium", "borders", "Germany"),
            ("Luxembourg", "borders", "France"),
            ("Luxembourg", "borders", "Germany"),
            ("Andorra", "borders", "France"),
            ("Sting", "member_of", "The Police"),
            ("Andy", "member_of", "The Police"),
            ("Stewart", "member_of", "The Police"),
            ("Roxanne", "written_by", "Sting"),
            ("Sister", "written_by", "Andy"),
        ]
    )
    given = list(kg.facts())
    n = {(f.subject_label, f.object_label): i for i, f in enumerate(given, 1)}
    # Andorra borders France only: no country bordering both, so none the list leaves out
    both = (
        f"Belgium [{n['Belgium', 'France']}][{n['Belgium', 'Germany']}] and Luxembourg "
        f"[{n['Luxembourg', 'France']}][{n['Luxembourg', 'Germany']}]."
    )
    # the members are steps to the songs: Stewart, who wrote none, is no item left out
    songs = (
        f"Roxanne [{n['Sting', 'The Police']}][{n['Roxanne', 'Sting']}] and Sister "
        f"[{n['Andy', 'The Police']}][{n['Sister', 'Andy']}]."
    )
    for reply in (both, songs):
        problems = [p for c in check_claims(reply, given, kg=kg) for p in c.problems]
        assert not any(p.startswith("leaves out") for p in problems), (reply, problems)
