"""The walk's fast reading of single-edge steps and of a pattern's one entry against the
general readings (every step read as a group of edges; every node paired with its entry)."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.graph.vocab import RDF_TYPE, RDFS_SUBCLASS
from kgchat.retrieval.walk import Walk
from kgchat.retrieval.walk_edges import group_edges, steps_kept
from kgchat.retrieval.walk_reached import TIE, keep_better, keep_same


def _as_groups(kg: KnowledgeGraph):
    """The step groups of ``kg``'s nodes with every single-edge step made a group of one edge,
    listed edge by edge: the walk reads them by its general loop, which checks every edge
    (the steps to leave out, the fact it came by, the start), not by its single-edge loop."""

    def steps(node: str):
        forwards, backwards, out_ones, in_ones = group_edges(node, kg.neighbors(node))

        def grouped(ones):
            return tuple(
                (p, step, ((n, to),), (position,), ((to[1], n),))
                for p, n, to, position, step in ones
            )

        return (*forwards, *grouped(out_ones)), (*backwards, *grouped(in_ones)), (), ()

    return steps


@pytest.mark.parametrize("seed", range(40))
def test_single_edge_steps_are_what_the_general_loop_takes(seed):
    # classes and subclasses (type-only walks, a step up the hierarchy), nameless records
    # held by several things (no way back over the relation they were reached by), literals,
    # edges back to the start, caps hit
    rng = np.random.default_rng(seed)
    nodes = [f"n{i}" for i in range(10)] + ["_:b1", "_:b2", '"7"', "C1", "C2"]
    predicates = ["p", "q", "r", RDF_TYPE]
    triples = {
        (str(rng.choice(nodes[:12])), str(rng.choice(predicates)), str(rng.choice(nodes)))
        for _ in range(50)
    }
    triples |= {(f"n{i}", "info", "_:b1") for i in range(1, 5)}
    triples |= {("C1", RDFS_SUBCLASS, "C2"), ("n3", RDF_TYPE, "C1"), ("n4", RDF_TYPE, "C2")}
    kg = KnowledgeGraph.from_triples(sorted(triples))
    start = str(rng.choice(["n1", "n2", "n3", "C1", "C2"]))
    options = dict(
        max_nodes=int(rng.choice([2, 3, 6, 50])),
        beam=int(rng.integers(1, 5)),
        type_only=bool(rng.integers(0, 2)),
        shared=lambda n: n.startswith("_:"),
    )

    def score(grown):
        return {p: (hash(p) % 97) / 97 for p in grown}

    fast = Walk(kg.neighbors, kg.is_literal, start, **options).run(3, score)
    general = Walk(kg.neighbors, kg.is_literal, start, **options, steps=_as_groups(kg))
    each = general.run(3, score)
    assert list(fast) == list(each)  # the same patterns, in the same order
    for pattern, reached in fast.items():
        assert list(reached.items()) == list(each[pattern].items())  # nodes, order, parents


def test_steps_kept_leaves_out_what_the_walk_may_not_take():
    ones = tuple(
        (p, f"n{k}", ("x", k), k, (p, False))
        for k, p in enumerate(["info", RDF_TYPE, RDFS_SUBCLASS, "p"])
    )
    names = [s[0] for s in steps_kept(ones, "info", False, False)]
    assert names == [RDF_TYPE, RDFS_SUBCLASS, "p"]
    assert [s[0] for s in steps_kept(ones, None, True, False)] == [RDF_TYPE, RDFS_SUBCLASS]
    assert [s[0] for s in steps_kept(ones, None, False, True)] == ["info", RDFS_SUBCLASS, "p"]


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("with_ties", [True, False])
def test_one_entry_kept_as_each_node_paired_with_it(seed, with_ties):
    rng = np.random.default_rng(seed)
    scores = [0.5, 0.5 + TIE / 2, 0.5 + 2 * TIE, 0.25, float("-inf")]
    kept_before = {
        f"n{i}": (float(rng.choice(scores)), ("p",), 0) for i in range(12) if rng.integers(0, 3)
    }
    reached = [f"n{i}" for i in rng.permutation(14)[: int(rng.integers(1, 14))]]
    entry = (float(rng.choice(scores)), (str(rng.choice(["p", "q"])),), 1)
    a, b = dict(kept_before), dict(kept_before)
    ties_a: dict | None = {} if with_ties else None
    ties_b: dict | None = {} if with_ties else None
    keep_same(a, reached, entry, ties_a)
    keep_better(b, reached, [entry] * len(reached), ties_b)
    assert list(a.items()) == list(b.items())
    assert ties_a == ties_b
