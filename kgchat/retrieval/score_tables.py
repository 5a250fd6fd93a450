"""The distinct parts of one call's paths, each read once: the tables the untrained path
scorer's :meth:`~kgchat.retrieval.scoring.HeuristicPathScorer.components` combines.

A walk scores thousands of (relation path, answer type words) pairs a question, few of them
distinct in either half. :class:`TableReading` (a mixin of the scorer) reads each distinct
relation path, answer type words and middle kind words of a call's paths once, in the order
first met, into a :class:`PathTables`: per path, the row of each of its parts, and per row
what the scorer reads of that part (its coverage of the question words, support, ...).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.path_rows import PathColumns, PathRows, first_of
from kgchat.retrieval.per_question import PerQuestion
from kgchat.retrieval.relation_plans import RelationPlans
from kgchat.retrieval.said_hops import said_hops

__all__ = ["PathTables", "TableReading"]


@dataclass(frozen=True)
class PathTables:
    """A call's paths read as columns (``cols``) and their distinct parts: per path, the row
    of its relation path (``r``), answer type words (``t``) and middle kind words (``m``)."""

    cols: PathColumns
    r: np.ndarray
    t: np.ndarray
    m: np.ndarray
    rels: list[np.ndarray]  # per relation path: its match to each question word (zeros: none)
    # per relation path, a row each: support, prepositions, order, unsaid, time (NaN: none),
    # hops named by a question word, hops walking the relation before them again (all;
    # those left where the walk crosses kinds)
    by_rel: np.ndarray
    typ_first: dict[Any, int]  # per answer type words: the first path with them
    typ_of: list[tuple[Any, float]]  # per answer type words: PathTyping._typing's reading
    typs: list[np.ndarray]  # ... the first path's said words' match (zeros: none, or untyped)
    mid_of: list[tuple[Any, float]]  # per middle kind words: _typing's reading
    mids: list[np.ndarray]  # ... their match to each question word (zeros: none)
    named_of: list[float]  # ... their best match to a question word


class TableReading:
    """Reads a call's paths into :class:`PathTables` (a mixin: the scorer using it sets
    ``config``, ``plans`` and ``_rows``, and reads a relation path, answer type words and
    a time with ``_relation_of``, ``_typing``, ``_said_typing``, ``_timed_hop`` and
    ``_repeated``)."""

    config: Any  # a ScorerConfig: ``said_hop``
    plans: RelationPlans
    _rows: PathRows
    _relation_of: Any
    _typing: Any
    _said_typing: Any
    _timed_hop: Any
    _repeated: Any

    def _tables(self, c: PerQuestion, paths: Sequence[PathQuery]) -> PathTables:
        """``paths`` (not empty) read into :class:`PathTables` for the question of ``c``."""
        zero = np.zeros(len(c.question.words), np.float32)
        cols = self._rows.columns(self.plans, paths)
        # each distinct relation path, answer type words and middle, in the order first met,
        # with the place of a path that has it: its row of R, T, M and what a path reads of it
        rel_row, rels, by_rel = self._relation_table(c, paths, cols, zero)
        typ_first, typ_row, typ_of, typs = self._type_table(c, paths, cols, zero)
        mid_row, mid_of, mids, named_of = self._middle_table(c, cols, zero)
        r = np.fromiter(map(rel_row.__getitem__, cols.relations), np.intp, len(paths))
        t = np.fromiter(map(typ_row.__getitem__, cols.types), np.intp, len(paths))
        m = np.fromiter(map(mid_row.__getitem__, cols.middles), np.intp, len(paths))
        return PathTables(
            cols, r, t, m, rels, by_rel, typ_first, typ_of, typs, mid_of, mids, named_of
        )

    def _relation_table(
        self, c: PerQuestion, paths: Sequence[PathQuery], cols: PathColumns, zero: np.ndarray
    ) -> tuple[dict[int, int], list[np.ndarray], np.ndarray]:
        """Each distinct relation path of ``cols``: its row, its match to each question word,
        and :attr:`PathTables.by_rel`."""
        relation = c.relation
        rel_first = first_of(cols.relations)
        rel_row = dict(zip(rel_first, range(len(rel_first)), strict=True))
        rels: list[np.ndarray] = []
        rel_cols: list[tuple[float, float, float, float, float, float, int, int]] = []
        # (a time the question may ask: no path reaches one it does not)
        timed = self._rows.timed if not c.asks_time else None
        for key, k in rel_first.items():
            found = relation.get(key)
            if found is None:
                found = relation[key] = self._relation_of(c, key)
            cover_rel, support, preps, order, unsaid = found
            if timed is None:
                untimely = None
            else:
                untimely = timed.get(key, False)  # (False: not read yet; no reading is False)
                if untimely is False:
                    untimely = timed[key] = self._timed_hop(paths[k])
            rel_cols.append(
                (
                    support,
                    len(preps & c.qpreps) / len(preps) if preps else 0.0,
                    order,
                    unsaid,
                    np.nan if untimely is None else untimely,
                    said_hops(c, self.plans, key) if self.config.said_hop else 0,
                    *self._repeated(c, paths[k], key),
                )
            )
            rels.append(zero if cover_rel is None else cover_rel)
        by_rel = np.array(rel_cols, np.float64).reshape(-1, 8).T
        return rel_row, rels, by_rel

    def _type_table(
        self, c: PerQuestion, paths: Sequence[PathQuery], cols: PathColumns, zero: np.ndarray
    ) -> tuple[dict[Any, int], dict[Any, int], list[tuple[Any, float]], list[np.ndarray]]:
        """Each distinct answer type words of ``cols``: the first path with them, their row,
        their reading and the first path's said words' match to each question word."""
        typing, said_typing = c.typing, self._said_typing
        typed = bool(c.question.answer_type)  # no type asked: all relation words (see _typing)
        for said in dict.fromkeys(cols.said):
            if said is not None and said not in typing:
                typing[said] = self._typing(c, said)
        typ_first = first_of(cols.types)
        typ_row = dict(zip(typ_first, range(len(typ_first)), strict=True))
        typ_of: list[tuple[Any, float]] = []
        typs: list[np.ndarray] = []
        for types, k in typ_first.items():
            above = paths[k].above
            # (a superclass's words read otherwise: their own key)
            key_t: Any = (types, above) if above else types
            typ = typing.get(key_t)
            if typ is None:
                typ = typing[key_t] = self._typing(c, types, above)
            typ_of.append(typ)
            # the row of the first path with these type words (its said words' reading)
            first = said_typing(c, typ, cols.said[k])[0]
            typs.append(zero if first is None or not typed else first)
        return typ_first, typ_row, typ_of, typs

    def _middle_table(
        self, c: PerQuestion, cols: PathColumns, zero: np.ndarray
    ) -> tuple[dict[Any, int], list[tuple[Any, float]], list[np.ndarray], list[float]]:
        """Each distinct middle kind words of ``cols``: their row, their reading, their match
        to each question word and its best."""
        typing = c.typing
        mid_row = dict.fromkeys(cols.middles, 0)
        mid_of: list[tuple[Any, float]] = []
        mids: list[np.ndarray] = []
        named_of: list[float] = []
        for i, middle in enumerate(mid_row):
            mid_row[middle] = i
            found_mid = typing.get(middle)
            if found_mid is None:
                found_mid = typing[middle] = self._typing(c, middle)
            named = found_mid[0]
            mid_of.append(found_mid)
            named_of.append(float(named.max()) if named is not None and named.size else 0.0)
            mids.append(zero if named is None else named)
        return mid_row, mid_of, mids, named_of
