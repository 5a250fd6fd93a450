"""A code written in parts parted by spaces alone (a licence plate "LD23 BNE", a register number
"HRB 104233") names its literal, as a code joined by marks does.

Found by the vehicles blind probe (bench/data/own/vehicles.jsonld): a fleet registry states each
vehicle's registration mark as a literal ("LD23 BNE", "NBN 695", "M-SW-4812E"); the marked
plates were linked by their words (:func:`kgchat.graph.value_shapes.is_code`), the spaced ones
by nothing, so "Which plant builds the car registered as LD23 BNE?" linked only the class *car*
and answered any plant. Words and a number ("Room 101", "A 1") stay no code."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("v1", "registration_mark", '"LD23 BNE"'),
            ("v1", "registered_keeper", "Brightway_Logistics"),
            ("v1", "colour", '"Deep Black"'),
            ("v2", "registration_mark", '"NBN 695"'),
            ("v2", "registered_keeper", "Nordic_Taxi"),
            ("v2", "colour", '"Kings Red"'),
            ("v3", "registration_mark", '"GC-498-FM"'),
            ("v3", "registered_keeper", "City_of_Lyon"),
            ("v3", "colour", '"Pure White"'),
            ("f1", LABEL, '"Brightway Logistics"'),
            ("f1", "office", '"Room 101"'),
        ]
    )


def test_a_spaced_code_names_its_literal(kg):
    linker = EntityLinker(kg)
    assert [m.node for m in linker.link("Who keeps the car registered as LD23 BNE?")] == [
        '"LD23 BNE"'
    ]
    assert [m.node for m in linker.link("what colour is nbn 695")] == ['"NBN 695"']
    assert [m.node for m in linker.link("Who sits in room 101?")] == []


def test_the_walk_goes_back_to_the_plates_holder(kg):
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("Who is the keeper of the car registered as LD23 BNE?").answer == (
        "Brightway Logistics"
    )
    assert r.retrieve("What colour is the car with plate NBN 695?").answer == "Kings Red"
