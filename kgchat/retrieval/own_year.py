"""The year a question says, read of the tied best answers' own records.

"How many yellow ducks were counted at Lake Varnholm in *2020*?" names a year that links to no
node (the graph holds hundreds of dates of 2020, more than linking names). Each count is a
value of its own occurrence record, walked alike from the species (``identifies``, then
``individual count``), so the counts tie and come in node order; the record of the one asked
is the one held at an event dated in 2020. Where the best answer's own record states no time
of the year asked, those tied with it whose own records do come first, in the ranking's order
otherwise, as :mod:`~kgchat.retrieval.modifier_facts` reads a type's modifier of the tied
answers' own facts.

An answer's own record is the answer itself where it is a node, or an unnamed record that
holds it where it is a value (the last step of one of its walks: one value may be held by
the records of several years, "11.5" a region's rate of 2018 and of 2020); it states the
year by one of its own date values (:func:`~kgchat.retrieval.dated_walk.record_years`) or
through a node it points to (its event, its match) where it is an unnamed record: by that
node's date values or its name. A named answer's own parts are not read: a company's officer
appointed in 2024 says nothing of its 2024 accounts. Only answers tied for the best score
are read: the ranking stands where it tells them apart, where none states the year, and
where the best does (as :func:`~kgchat.retrieval.dated_walk.dated_first`, which reads the
nodes the walks pass, and runs before).

>>> from types import SimpleNamespace
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval.results import Path
>>> D = "^^<http://www.w3.org/2001/XMLSchema#date>"
>>> kg = KnowledgeGraph.from_triples([("duck", "identifies", "o1"), ("duck", "identifies", "o2"),
...     ("o1", "count", '"20"'), ("o1", "at event", "e1"), ("e1", "date", '"2022-05-01"' + D),
...     ("o2", "count", '"5"'), ("o2", "at event", "e2"), ("e2", "date", '"2020-05-01"' + D)])
>>> reading = SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=lambda n: n in {"o1", "o2"})
>>> q = SimpleNamespace(tokens="how many ducks were counted in 2020".split(), spans=[(2, 3)])
>>> def walk(o, v):
...     return [Path("duck", (("identifies", True), ("count", True)), ("duck", o, v), (), 1.0)]
>>> ranked = [Candidate('"20"', "20", 2.0, walk("o1", '"20"')),
...     Candidate('"5"', "5", 2.0, walk("o2", '"5"'))]
>>> [c.label for c in own_year_first(reading, q, ranked, pool=5)]
['5', '20']
"""

from __future__ import annotations

import itertools
from typing import Any

from kgchat.retrieval.dated_walk import record_years, year_bounds
from kgchat.retrieval.in_year import year_said_apart
from kgchat.retrieval.results import Candidate, tied_through

__all__ = ["own_year_first", "states_year"]

# the nodes an answer's own record points to that are read for the year: its first ones (a
# record's parts, its event or its match, are a handful; a hub answer has thousands)
_PARTS_READ = 50


def _own_nodes(reading: Any, candidate: Candidate) -> list[str]:
    """The answer itself where it is a node; where it is a value, the unnamed records its
    walks reach it from (one value may be held by several: a rate of two years)."""
    kg = reading.kg
    if not kg.is_literal(candidate.node):
        return [candidate.node]
    records = (p.nodes[-2] for p in candidate.paths if len(p.nodes) >= 2)
    return [r for r in dict.fromkeys(records) if not kg.is_literal(r) and reading.anonymous(r)]


def states_year(reading: Any, year: int, candidate: Candidate) -> bool:
    """Whether one of ``candidate``'s own records (module docstring) states ``year``: by one
    of its date values, or through a node it points to, by that node's date values or its
    name."""
    return any(
        _node_states(reading, year, n, candidate.node) for n in _own_nodes(reading, candidate)
    )


def _node_states(reading: Any, year: int, node: str, answer: str) -> bool:
    """Whether ``node`` (an answer's own record) states ``year``, itself or, where it is an
    unnamed record, through a part other than the ``answer``."""
    kg, edges = reading.kg, reading.edges
    steps = edges(node)
    if year in record_years(kg, steps):
        return True
    if not reading.anonymous(node):
        return False  # a named answer's parts are its own things (an officer's appointment)
    parts = (e.neighbor for e in steps if e.forward and not kg.is_literal(e.neighbor))
    for part in itertools.islice(dict.fromkeys(parts), _PARTS_READ):
        if part == answer:
            continue
        if str(year) in kg.label(part) or year in record_years(kg, edges(part)):
            return True
    return False


def own_year_first(
    reading: Any, q: Any, candidates: list[Candidate], *, pool: int
) -> list[Candidate]:
    """``candidates`` with those of the first ``pool`` tied with the best whose own records
    state the year the question ``q`` names apart from its names (not a bound) first, in
    their order, where the best's states it not (:func:`states_year`); unchanged otherwise.
    ``reading``: the retriever's, whose graph, edges and unnamed nodes are read."""
    year = year_said_apart(q.tokens, q.spans)
    if year is None or len(candidates) < 2 or year_bounds(q.tokens, year):
        return candidates
    if states_year(reading, year, candidates[0]):
        return candidates
    tied = candidates[1 : tied_through(candidates[:pool], 1)]
    met = [c for c in tied if states_year(reading, year, c)]
    if not met:
        return candidates
    first = {c.node for c in met}
    return met + [c for c in candidates if c.node not in first]
