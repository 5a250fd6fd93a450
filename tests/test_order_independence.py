"""What a graph answers and the questions generated from it hang on its facts, not on the
order a file lists them in, nor on ``PYTHONHASHSEED`` (rdflib writes a graph in an order drawn
from it): the same graph written in two orders gives the same edges at each node, the same
retrievals (candidates and scores) and the same generated QA, splits and all."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.qa.config import QAConfig
from kgchat.qa.generate import generate_qa
from kgchat.retrieval import Retriever
from tests.conftest import GRAPHS
from tests.test_endpoint import to_ntriples

ROOT = Path(__file__).resolve().parents[1]


def _shuffled(source: Path, tmp: Path) -> tuple[Path, Path]:
    """``source`` as N-Triples, and the same lines in a shuffled order."""
    plain = to_ntriples(source, tmp / "plain.nt")
    lines = plain.read_text(encoding="utf-8").splitlines(keepends=True)
    random.Random(7).shuffle(lines)
    other = tmp / "shuffled.nt"
    other.write_text("".join(lines), encoding="utf-8")
    return plain, other


def _qa(kg: KnowledgeGraph) -> list[str]:
    examples = generate_qa(kg, QAConfig(retrieve=False, phrasings=1), progress=False)
    return [json.dumps(dataclasses.asdict(e), sort_keys=True, default=str) for e in examples]


def _retrievals(kg: KnowledgeGraph, questions: list[str]) -> list[tuple]:
    r = Retriever(kg)
    out = []
    for q in questions:
        a = r.retrieve(q)
        ranked = [(c.node, round(c.score, 6)) for c in a.candidates]
        out.append((q, a.answer, round(a.confidence, 6), a.abstained, ranked))
    return out


@pytest.fixture(scope="module")
def two_orders(tmp_path_factory: pytest.TempPathFactory) -> tuple[KnowledgeGraph, KnowledgeGraph]:
    plain, shuffled = _shuffled(GRAPHS / "medicine.ttl", tmp_path_factory.mktemp("order"))
    return KnowledgeGraph.load(plain), KnowledgeGraph.load(shuffled)


def test_each_node_has_its_edges_in_the_same_order(two_orders):
    """A node's edges come in an order of their keys (kgchat.graph.edge_order), not the
    file's: what a walk's node cap and a ``limit`` keep is the same either way."""
    a, b = two_orders
    nodes = sorted(a.entities())
    assert nodes == sorted(b.entities())

    def edges(kg: KnowledgeGraph, n: str) -> list[tuple[str, str, bool]]:
        return [(e.neighbor, e.predicate, e.forward) for e in kg.neighbors(n)]

    assert [edges(a, n) for n in nodes] == [edges(b, n) for n in nodes]

    def first(kg: KnowledgeGraph, n: str) -> list[tuple[str, str, bool]]:
        return [(e.neighbor, e.predicate, e.forward) for e in kg.neighbors(n, limit=2)]

    assert [first(a, n) for n in nodes] == [first(b, n) for n in nodes]


def test_the_same_qa_and_retrievals_from_either_order(two_orders):
    a, b = two_orders
    qa = _qa(a)
    assert qa == _qa(b)
    questions = [json.loads(e)["question"] for e in random.Random(0).sample(qa, 40)]
    assert _retrievals(a, questions) == _retrievals(b, questions)


_DIGEST = """
import dataclasses, hashlib, json, random, sys
from kgchat.graph import KnowledgeGraph
from tests.test_order_independence import _qa, _retrievals
kg = KnowledgeGraph.load(sys.argv[1])
qa = _qa(kg)
questions = [json.loads(e)["question"] for e in random.Random(0).sample(qa, 12)]
text = json.dumps([qa, _retrievals(kg, questions)], default=str)
print(len(qa), hashlib.sha256(text.encode()).hexdigest())
"""


def test_the_same_qa_and_retrievals_whatever_the_hash_seed(tmp_path):
    """Two processes with another ``PYTHONHASHSEED`` (another order of every set of
    strings): the same generated QA and retrievals."""
    plain, _ = _shuffled(GRAPHS / "medicine.ttl", tmp_path)
    got = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run(
            [sys.executable, "-c", _DIGEST, str(plain)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=600,
            check=True,
        )
        got.append(proc.stdout.strip().splitlines()[-1])
    assert got[0] == got[1]
