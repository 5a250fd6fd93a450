"""Relations named by their subject's role noun ("X *child of* Y": X is the child): a noun the
question says of the entity in other words ("the *kids* of Y") is walked to the relation's
subject, backwards from its owner; a noun WordNet opposes to the role ("the *parent* of X")
the other way. Real parsing, encoder and retriever on a tiny graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.role_nouns import owner_walk, subject_role

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def family():
    triples = [
        ("Edward_Ashby", "childOf", "Henry_Ashby"),
        ("Henry_Ashby", "childOf", "Edmund_Ashby"),
        ("Rose_Ashby", "childOf", "Edward_Ashby"),
    ]
    people = sorted({t for s, _, o in triples for t in (s, o)})
    kg = KnowledgeGraph.from_triples(triples + [(p, TYPE, "Person") for p in people])
    return make_retriever(kg, index_dir=None, scorer=None)


def test_kids_of_y_walk_child_of_backwards(family):
    """ "The kids of Henry" are those whose ``child of`` is Henry: walked forwards from Henry,
    ``child of`` reached his parent Edmund (the noun's owner taken for its bearer)."""
    assert family.retrieve("Who are the kids of Henry Ashby?").answer == "Edward Ashby"


def test_the_roles_converse_walks_forwards(family):
    """ "The parent of Henry" is the one Henry is ``child of``: "parent" is no word of the
    relation, and WordNet opposes it to "child"."""
    assert family.retrieve("Who is the parent of Henry Ashby?").answer == "Edmund Ashby"


def test_owner_walk_reads_the_role_and_its_converse():
    """``child of`` names its subject: a walk forwards goes from the child to its owner;
    "parent", WordNet's antonym of "child", names the object; ``has child`` names its
    object, as any phrase but "<noun> of"."""
    assert subject_role("child of") == "child" and subject_role("consists of") == ""
    assert owner_walk(subject_role("child of"), True, "kids") is False
    assert owner_walk(subject_role("child of"), True, "parent") is True
    assert owner_walk(subject_role("has child"), True, "kids") is True
    assert owner_walk(subject_role("child of"), True, "grandfather") is None  # WordNet tells no end
