"""The tie-break by the tied answers' own facts (:mod:`kgchat.retrieval.own_facts`), a job of
its own beside the ranking of the walks (:mod:`kgchat.retrieval.combine`); the retriever
takes both. "Who is the father of X?" over both parents: tests/test_chains.py."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.retrieval.combine import CandidateRanking
from kgchat.retrieval.own_facts import OwnFactTies, fact_words, relation_fact_words
from kgchat.retrieval.retriever import Retriever


def test_the_tie_break_is_its_own_mixin() -> None:
    assert issubclass(Retriever, OwnFactTies) and issubclass(Retriever, CandidateRanking)
    assert not hasattr(CandidateRanking, "_ties_by_own_facts")


def test_the_words_of_a_node_s_own_facts() -> None:
    kg = KnowledgeGraph.from_triples(
        [
            ("Henrik", "gender", "male"),
            ("Henrik", "born", '"1879"'),  # a number says no question word
            ("Henrik", "title", '"The Duke of Lund"'),  # up to three words, no stopwords
            ("Sofia", "parents", "Henrik"),  # not his own fact: into him
        ]
    )
    edges = kg.neighbors("Henrik")
    assert relation_fact_words(edges, kg.label) == (("gender", ("male",)), ("title", ("duke",)))
    assert fact_words(edges, kg.label) == ("male", "duke")


def _tied_graph() -> KnowledgeGraph:
    """Aspirin treats three diseases alike: one relation path, one score, one type."""
    return KnowledgeGraph.from_triples(
        [
            ("Aspirin", "treats", "Pain"),
            ("Aspirin", "treats", "Headache"),
            ("Aspirin", "treats", "Fever"),
            ("Pain", "type", "Disease"),
            ("Headache", "type", "Disease"),
            ("Fever", "type", "Disease"),
            ("Pain", "affects", "Nerves"),
            ("Headache", "affects", "Head"),
            ("Fever", "affects", "Body"),
        ]
    )


def test_encoder_noise_does_not_order_a_tie() -> None:
    """The same word's cosine differs in its last bits with the batch it was embedded in; a
    tie whose own facts say the question's words equally stays in the ranking's order (by
    node), whatever that noise (here each call's cosines a little higher than the last:
    sorted by the raw similarity, the last candidate read would come first)."""
    r = Retriever(_tied_graph())
    sim = r.judge.scorer.similarity
    words = sim.words
    calls = []

    def noisy(a, b, *args, **kw):  # type: ignore[no-untyped-def]
        calls.append(a)
        return words(a, b, *args, **kw) + 1e-8 * len(calls)

    sim.words = noisy
    res = r.retrieve("What does Aspirin treat?")
    assert [c.label for c in res.candidates[:3]] == ["Fever", "Headache", "Pain"]
    assert len(calls) >= 3  # the tie was read by its own facts


_ORDER = """
import sys
from kgchat.graph import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import Retriever
from tests.conftest import GRAPHS
from tests.test_own_facts import _tied_graph
{setup}
for q in sys.argv[1:]:
    res = r.retrieve(q)
print([c.node for c in res.candidates[:4]])
"""


def _orders(setup: str, asked: str, before: list[str]) -> list[str]:
    """The first candidates for ``asked`` in two processes with different string hashes
    (``PYTHONHASHSEED``: the order of sets and dicts of strings), the second after
    ``before``: a different history of what the encoder embedded, in which batches."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    orders = []
    for seed, history in (("1", []), ("2", before)):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}
        code = _ORDER.format(setup=setup)
        out = subprocess.run(
            [sys.executable, "-c", code, *history, asked],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        assert out.returncode == 0, out.stderr
        orders.append(out.stdout.strip())
    return orders


def test_tie_order_is_the_same_in_every_process() -> None:
    one, two = _orders(
        "r = Retriever(_tied_graph())",
        "What does Aspirin treat?",
        ["What affects Nerves?", "What is Fever?"],
    )
    assert one == two == "['Fever', 'Headache', 'Pain', 'Body']"


@pytest.mark.slow
def test_tie_order_with_the_bundled_encoder_is_the_same_in_every_process() -> None:
    """Medicine's "What is contraindicated in liver disease?": four drugs at one score, whose
    own facts say "drug" alike to the bundled encoder, came diazepam first in one process and
    methotrexate first in another (after three other questions), by the last bits of the
    same cosine."""
    setup = 'r = make_retriever(KnowledgeGraph.load(GRAPHS / "medicine.ttl"), index_dir=None)'
    before = [
        "What is treated by warfarin?",
        "What is contraindicated in asthma?",
        "What is a contraindication for aspirin?",
    ]
    one, two = _orders(setup, "What is contraindicated in liver disease?", before)
    assert one == two
