"""The noun "how many" counts, read through a compound and a plural that is mostly a verb
(kgchat.retrieval.counted.headed_tokens, asks_count_of_things).

The graph holds coin types struck at a mint, each with coins of its own, and fact-check
reviews of a fact-checker, each with a verdict. "How many coin types were struck at Rome?"
asks of types (English puts a compound's plural on its head): the 3 types, not their 6
coins; "How many claims did Lens rate False?" asks of claims ("claims" is more often a verb,
but a plural after "many" is a noun): the 2 reviews rated False of Lens's 3. Fails on START:
the coins were counted, and "claims" was read as no count (a review answered)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")


def _triples():
    out = [("Rome", TYPE, "Mint"), ("Lens", TYPE, "Fact Checker")]
    for k, kind in enumerate(["RIC 52", "RIC 297", "RRC 408"]):
        out += [(kind, TYPE, "Coin Type"), (kind, "mint", "Rome")]
        for j in range(2):
            out += [(f"coin{k}{j}", TYPE, "Coin"), (f"coin{k}{j}", "type series item", kind)]
    out += [("False", TYPE, "Verdict"), ("True", TYPE, "Verdict")]
    for k, verdict in enumerate(["False", "False", "True"]):
        out += [
            (f"review{k}", TYPE, "Claim Review"),
            (f"review{k}", "author", "Lens"),
            (f"review{k}", "verdict", verdict),
        ]
    return out


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(_triples()))


def test_a_compound_is_counted_by_its_head(retriever):
    res = retriever.retrieve("How many coin types were struck at Rome?")
    assert res.answer == "3"


def test_a_plural_mostly_a_verb_is_counted(retriever):
    res = retriever.retrieve("How many claims did Lens rate False?")
    assert res.answer == "2"
