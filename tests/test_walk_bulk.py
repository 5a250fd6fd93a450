"""The walk's bulk paths against its edge-by-edge reading, on real graphs."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.walk import Walk
from kgchat.retrieval.walk_edges import group_edges


def _edge_by_edge(kg: KnowledgeGraph):
    """The step groups of ``kg``'s nodes with every group's edges listed, which sends the walk
    down its edge-by-edge reading of each group (the one that checks every edge)."""

    def steps(node: str):
        forwards, backwards, out_ones, in_ones = group_edges(node, kg.neighbors(node))

        def listed(groups):
            return tuple(
                (p, step, group, positions, edges or tuple((f, n) for n, (_, f) in group))
                for p, step, group, positions, edges in groups
            )

        return listed(forwards), listed(backwards), out_ones, in_ones

    return steps


@pytest.mark.parametrize("seed", range(30))
def test_groups_added_in_bulk_are_what_reading_each_edge_adds(seed):
    # hubs with many edges of one predicate (bulk groups), edges back to the start, self
    # loops, a node reached by two facts of one predicate, and caps hit mid-group
    rng = np.random.default_rng(seed)
    nodes = [f"n{i}" for i in range(10)] + ['"7"']
    predicates = ["p", "q", "r", "rdf:type"]
    triples = {
        (str(rng.choice(nodes[:10])), str(rng.choice(predicates)), str(rng.choice(nodes)))
        for _ in range(45)
    }
    triples |= {("n0", "p", f"n{i}") for i in range(1, 8)} | {("n1", "q", "n1")}
    kg = KnowledgeGraph.from_triples(sorted(triples))
    start = str(rng.choice(nodes[:4]))
    options = dict(max_nodes=int(rng.choice([2, 3, 6, 50])), beam=int(rng.integers(1, 5)))

    def score(grown):
        return {p: (hash(p) % 97) / 97 for p in grown}

    bulk = Walk(kg.neighbors, kg.is_literal, start, **options).run(3, score)
    steps = _edge_by_edge(kg)
    each = Walk(kg.neighbors, kg.is_literal, start, **options, steps=steps).run(3, score)
    assert list(bulk) == list(each)  # the same patterns, in the same order
    for pattern, reached in bulk.items():
        assert list(reached.items()) == list(each[pattern].items())  # nodes, order, parents


def test_a_third_hop_leaves_out_the_fact_it_came_by_and_takes_the_rest_in_bulk():
    # A -q-> M -p-> H; at H the group of p backwards holds the fact it came by (from M) and
    # two others, the group of r forwards holds four values and A itself (a round trip by
    # other facts: a third hop may end at the start)
    triples = [("A", "q", "M"), ("M", "p", "H"), ("B", "p", "H"), ("C", "p", "H")]
    triples += [("H", "r", y) for y in ("y0", "y1", "A", "y2")]
    kg = KnowledgeGraph.from_triples(triples)
    parents = Walk(kg.neighbors, kg.is_literal, "A", max_nodes=10, beam=5).run(
        3, lambda grown: dict.fromkeys(grown, 0.0)
    )
    to_h = (("q", True), ("p", True))
    assert list(parents[(*to_h, ("p", False))]) == ["B", "C"]  # not back to M
    values = parents[(*to_h, ("r", True))]
    assert list(values) == ["A", "y0", "y1", "y2"]  # (in the order of the edges: by key)
    assert {parent for parent, _ in values.values()} == {"H"}
