"""A noun said of the entity ("the *parent class* of X", "the *states* of X") is no
relation's that says its head alone (``WordOrder._said_in_part``): such a relation noun
names another kind of the noun, its converse as often as not, and its vote had walked the
answer against itself."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"


@pytest.fixture(scope="module")
def cheeses():
    kg = KnowledgeGraph.from_triples(
        [
            ("Hard_cheese", SUBCLASS, "Cheese"),
            ("Cheddar", SUBCLASS, "Hard_cheese"),
            ("Parmesan", SUBCLASS, "Hard_cheese"),
            ("Cheese", SUBCLASS, "Dairy_product"),
        ]
    )
    return make_retriever(kg, index_dir=None, scorer=None)


def test_a_converse_noun_is_no_saying_of_the_noun_asked(cheeses):
    """ "the parent class of X": ``subClassOf`` read backwards, ``has subclass``, says its
    "class" and not its "parent"; read as saying the noun, it voted X's own superclass down,
    and a subclass of X answered."""
    got = cheeses.retrieve("What is the parent class of hard cheese?")
    assert got.answer == "Cheese"


def test_the_subclasses_are_still_walked_to(cheeses):
    got = cheeses.retrieve("Which cheeses are subclasses of hard cheese?")
    assert got.answer in {"Cheddar", "Parmesan"}


def test_a_relation_with_a_modifier_unsaid_names_no_direction():
    """ "the states of X" over ``parent country``: the relation says "states" by its
    "country" and leaves its own "parent" unsaid; walked back from X it reaches X's states,
    which that reading had voted against."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Tyrol", "parent_country", "Austria"),
            ("Styria", "parent_country", "Austria"),
            ("Austria", "neighbour", "Germany"),
            ("Austria", "neighbour", "Italy"),
            ("Bavaria", "parent_country", "Germany"),
        ]
    )
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("What are the states of Austria?").answer in {"Tyrol", "Styria"}
