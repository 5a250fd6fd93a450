"""What the path scorer reads of each query whatever the question, kept per query object, and
a call's queries read as columns: :class:`PathRows`.

A walk scores thousands of :class:`~kgchat.retrieval.path_query.PathQuery` objects a question,
and its queries come back question after question (the graph's reading keeps them:
``GraphReading.walked_query``). What the scorer's
:meth:`~kgchat.retrieval.scoring.HeuristicPathScorer.components` needs of a query that no
question changes (its relation path's number in a
:class:`~kgchat.retrieval.hop_support.RelationPlans`, its answer type words, middle kinds,
hops, junction hops, whether it is joint, its said type words) is read once per object; a
call's queries then become columns in one transposition, and the scorer works on arrays over
all of them (one NumPy operation a column, not Python a path).

Examples
--------
>>> from kgchat.retrieval.hop_support import RelationPlans
>>> from kgchat.retrieval.path_query import PathQuery
>>> plans = RelationPlans()
>>> club = PathQuery((("plays_in_club", True),), ("plays in club",), ("club",))
>>> where = PathQuery((("plays_in_club", True), ("is_in_country", True)),
...                   ("plays in club", "is in country"), ("country",), free_hops=1)
>>> cols = PathRows().columns(plans, [club, where, club])
>>> cols.relations, cols.types, cols.hops.tolist(), cols.free.tolist()
((0, 1, 0), (('club',), ('country',), ('club',)), [1, 2, 1], [0, 1, 0])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from kgchat.retrieval.hop_support import RelationPlans
from kgchat.retrieval.path_query import PathQuery

__all__ = ["PathColumns", "PathRows", "first_of"]

# queries whose row is kept, at most (the query is held: its id is not reused while kept)
_ROWS_KEPT = 100_000


@dataclass(frozen=True)
class PathColumns:
    """A call's queries as columns, one entry a query, in the order given."""

    relations: tuple[int, ...]  # relation path numbers (RelationPlans; -1: no hop)
    types: tuple[tuple[str, ...], ...]  # answer type words
    middles: tuple[tuple[str, ...], ...]  # middle kind words
    said: tuple[tuple[str, ...] | None, ...]  # said type words (None: all)
    hops: np.ndarray  # hops (int)
    free: np.ndarray  # hops into unnamed junctions (int)
    joint: np.ndarray  # whether the query joins several paths (bool)


def first_of(keys: Sequence[Any]) -> dict[Any, int]:
    """Each distinct key's first place in ``keys``, the keys in the order first met.

    >>> first_of(["b", "a", "b", "c", "a"])
    {'b': 0, 'a': 1, 'c': 3}
    """
    firsts = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
    return {k: firsts[k] for k in dict.fromkeys(keys)}


class PathRows:
    """Per query object, what the scorer reads of it whatever the question (see the module
    docstring); kept for one :class:`RelationPlans` (whose numbers it holds) at a time."""

    def __init__(self) -> None:
        # id(query) -> (the query, relation number, answer types, middle, hops, free hops,
        # joint, said types)
        self._rows: dict[int, tuple[Any, ...]] = {}
        self._plans: RelationPlans | None = None
        # per relation path's number, whatever the question: whether its last hop reaches a
        # time (HeuristicPathScorer._timed_hop; None: no hop)
        self.timed: dict[int, float | None] = {}

    def columns(self, plans: RelationPlans, paths: Sequence[PathQuery]) -> PathColumns:
        """``paths`` as :class:`PathColumns`, their relation paths numbered by ``plans``."""
        if plans is not self._plans or len(self._rows) > _ROWS_KEPT:
            self._rows.clear()
            self.timed.clear()
            self._plans = plans
        get, row = self._rows.get, self._row
        rows = [
            known if (known := get(id(p))) is not None and known[0] is p else row(plans, p)
            for p in paths
        ]
        _, relations, types, middles, hops, free, joint, said = zip(*rows, strict=True)
        return PathColumns(
            relations,
            types,
            middles,
            said,
            np.array(hops, np.intp),
            np.array(free, np.intp),
            np.array(joint, bool),
        )

    def _row(self, plans: RelationPlans, p: PathQuery) -> tuple[Any, ...]:
        found = self._rows[id(p)] = (
            p,
            plans.number_of(p),
            p.answer_types,
            p.middle,
            len(p.pattern),
            p.free_hops,
            len(p.parts) > 1,
            p.said_types,
        )
        return found
