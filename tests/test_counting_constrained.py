"""A "how many" whose set a second name constrains, and a held figure whose walk says the
counted noun (kgchat.retrieval.counting).

The graph holds a group's procedure records, each naming the group, a technique and the
campaign it was seen in; and a podcast's aggregate rating, whose rating count is a figure.
"How many techniques did Cozy Bear use in the Winter Campaign?" counts the techniques of the
records that meet the campaign (2 of the group's 3); "How many ratings does Tiny Tales have?"
is the held figure (its walk, "aggregate rating", "rating count", says ratings; the one
rating record on the way is no count of them). Fails on START for the first: a question
naming two entities was never counted (an entity answered)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")


def _triples():
    out = [
        ("Cozy Bear", TYPE, "Threat Group"),
        ("Winter Campaign", TYPE, "Campaign"),
        ("Summer Campaign", TYPE, "Campaign"),
        ("Tiny Tales", TYPE, "Podcast"),
        ("Tiny Tales", "aggregate rating", "rating1"),
        ("rating1", TYPE, "Aggregate Rating"),
        ("rating1", "rating count", f'"1250"{INTEGER}'),
        ("rating1", "rating value", f'"4"{INTEGER}'),
    ]
    for k, (technique, campaign) in enumerate(
        [
            ("Spearphishing", "Winter Campaign"),
            ("Credential Dumping", "Winter Campaign"),
            ("Web Protocols", "Summer Campaign"),
        ]
    ):
        out += [
            (technique, TYPE, "Technique"),
            (f"proc{k}", TYPE, "Procedure"),
            (f"proc{k}", "source", "Cozy Bear"),
            (f"proc{k}", "target", technique),
            (f"proc{k}", "campaign", campaign),
        ]
    return out


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(_triples()))


def test_a_second_name_constrains_the_set(retriever):
    res = retriever.retrieve("How many techniques did Cozy Bear use in the Winter Campaign?")
    assert res.answer == "2"
    assert [c.label for c in res.candidates[1:3]] == ["Credential Dumping", "Spearphishing"]


def test_a_figure_whose_walk_says_the_noun_wins(retriever):
    res = retriever.retrieve("How many ratings does Tiny Tales have?")
    assert res.answer == "1250" and not res.abstained
