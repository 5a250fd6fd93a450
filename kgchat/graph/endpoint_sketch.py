"""Reading the sketches of a batch (:func:`~kgchat.graph.endpoint_open.sketch_part`'s rows ``?m
?p ?first ?last ?many``): which nodes came complete, which only as a sketch, which must be asked
again in full, and which edge a capped hub's sketch has that its capped edges would not.

A node's sketch is its out-edges and, of its in-edges, the first neighbour of each predicate
with their count: what :meth:`~kgchat.retrieval.node_types.NodeTypes.answer_types` reads (the
relations pointing at the node, in the order of their first neighbour) is the same as of all
its edges. Where that would not hold, the node is asked again in full, capped:

- an open node with more than ``max_fanout`` in-edges (a hub found open keeps the first by
  neighbour of all it has, which its sketch cannot tell: asked again open), or of an open part
  cut at its limit;
- neighbours whose order in the store may not be kgchat's: kgchat keys a plain id's IRI
  ``urn:kgchat:<id>`` by its id, so where such IRIs may be among a predicate's neighbours
  with others (its first and last are not both plain ids, and ``urn:kgchat:`` sorts between
  them), or the first is a plain id with a percent escape (``Jos%C3%A9`` sorts as ``José`` in
  kgchat), its first by the store is not surely kgchat's;
- a capped node over the cap where the store has OWL restriction edges (they too are cut), or
  with plain ids among its neighbours (which is the last is then not sure).

A capped hub (``max_fanout + 1`` in-edges read, all facts) keeps the first ``max_fanout`` of
them by neighbour: its last is dropped, and with it a predicate whose only edge it was (the
sketch's ``?last``, the greatest neighbour of each predicate, says which).

Examples
--------
>>> E = "http://ex.org/"
>>> u = lambda v: {"type": "uri", "value": E + v}
>>> row = lambda m, p, first, many, last=None: {"m": u(m), "p": u(p), "first": u(first),
...     "last": u(last or first), "many": {"type": "literal", "value": str(many)}}
>>> plan = read_sketches(
...     [row("a", "r", "x", 1), row("b", "r", "x", 2), row("c", "r", "x", 3)],
...     opened=[E + "a", E + "b", E + "c"], small=[], cap=2, open_rows=100,
...     facts=lambda p, n: True)
>>> plan.redo, plan.reopen, sorted(plan.partial)
([], ['http://ex.org/c'], ['http://ex.org/b'])
>>> hub = read_sketches([row("h", "r", "a", 2, "b"), row("h", "q", "c", 1, "c")], opened=[],
...                     small=[E + "h"], cap=2, open_rows=100, facts=lambda p, n: True)
>>> hub.redo, hub.drop
([], {'http://ex.org/h': ('http://ex.org/c', 'http://ex.org/q')})
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kgchat.graph.endpoint_queries import key
from kgchat.graph.sparql import URN

__all__ = ["SketchPlan", "read_sketches"]


@dataclass
class SketchPlan:
    """What a batch's sketch rows say: ``redo`` (ask these nodes' in-edges again, capped),
    ``reopen`` (again, open: hubs found open keep their first edges by neighbour),
    ``partial`` (only a sketch came: cached as one), ``drop`` (node -> the in-edge
    ``(neighbour, predicate)`` its capped edges would not keep)."""

    redo: list[str] = field(default_factory=list)
    reopen: list[str] = field(default_factory=list)
    partial: set[str] = field(default_factory=set)
    drop: dict[str, tuple[str, str]] = field(default_factory=dict)


def read_sketches(
    rows: list[dict[str, Any]],
    *,
    opened: list[str],
    small: list[str],
    cap: int,
    open_rows: int,
    facts: Callable[[str, str], bool],
    derived: bool = False,
) -> SketchPlan:
    """Read the sketch rows of a batch whose ``opened`` nodes were summed up open and ``small``
    ones capped (``facts(predicate, node)``: whether an in-edge is a fact; ``derived``: the
    store has OWL restriction edges)."""
    plan = SketchPlan()
    counts: dict[str, int] = {}
    odd: set[str] = set()
    ids: set[str] = set()  # nodes with plain ids among their neighbours
    lasts: dict[str, list[tuple[str, str, int]]] = {}  # capped node -> (last, p, many) of facts
    for r in rows:
        if "first" not in r:
            continue
        m, c = key(r["m"]), int(r["many"]["value"])
        counts[m] = counts.get(m, 0) + c
        if c > 1:
            plan.partial.add(m)
        first, last = r["first"]["value"], r["last"]["value"]
        plain = first.startswith(URN)
        if plain:
            ids.add(m)
        if plain != last.startswith(URN) or (
            "%" in first if plain else first < URN <= last  # (a plain id between them)
        ):
            odd.add(m)
        p = key(r["p"])
        if facts(p, m):
            lasts.setdefault(m, []).append((last, p, c))
    cut_open = sum(counts.get(n, 0) for n in opened) >= open_rows
    for n in opened:
        if cut_open or n in odd:
            plan.redo.append(n)
        elif counts.get(n, 0) > cap:
            plan.reopen.append(n)
    for n in small:
        if n in odd or (counts.get(n, 0) > cap and (derived or n in ids)):
            plan.redo.append(n)
            continue
        kept = lasts.get(n, [])
        if sum(c for _, _, c in kept) > cap:  # a hub's facts, cut: its greatest is dropped
            last, p, c = max(kept)
            if c == 1:
                plan.drop[n] = (last, p)
    plan.partial.difference_update(plan.redo)
    plan.partial.difference_update(plan.reopen)
    return plan
