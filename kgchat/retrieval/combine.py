"""Ranking the nodes the walks reached: one path per mention, scored jointly where several
mentions reach the same node (a question with several constraints), the best walk otherwise.

:class:`CandidateRanking` is a mixin of :class:`~kgchat.retrieval.Retriever` (it uses its graph
reading, scorer and configuration).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import numpy as np

from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, PendingPath
from kgchat.retrieval.walk import Pattern

__all__ = ["CandidateRanking", "Entry"]

Entry = tuple[float, Pattern, int]  # (score, pattern, index of the walk's source)


def _joint_key(
    combo: tuple[Entry, ...],
    types: tuple[str, ...],
    middles: Sequence[dict[Pattern, tuple[str, ...]]],
    memo: dict[tuple[tuple[Pattern, int], ...], tuple[str, ...]] | None = None,
) -> tuple[tuple[Pattern, ...], tuple[str, ...], tuple[str, ...]]:
    """A joint query's key: its paths' patterns, the answer's type words, and the kinds of
    the nodes its paths pass through (each path's own walk's, in order, without repeats;
    kept in ``memo`` per combination of walks, which thousands of nodes share)."""
    walks = tuple((pattern, wid) for _, pattern, wid in combo)
    middle = None if memo is None else memo.get(walks)
    if middle is None:
        middle = tuple(
            dict.fromkeys(
                w
                for pattern, wid in walks
                if wid < len(middles)
                for w in middles[wid].get(pattern, ())
            )
        )
        if memo is not None:
            memo[walks] = middle
    return tuple(p for p, _ in walks), types, middle


class CandidateRanking:
    """Candidates from the walks (a mixin: the class using it sets ``kg``, ``scorer``,
    ``config`` and the hop price, and reads the graph through
    :class:`~kgchat.retrieval.reading.GraphReading`)."""

    TOP_PATHS = 3  # paths kept per (mention, node) (the best of each length, up to 3 hops)
    CONSTRAINT_BONUS = 1.0  # a candidate that meets one more of the question's constraints
    kg: Any
    scorer: Any
    config: Any
    _hop_price: float
    query: Any
    types_for: Any
    _member: Any
    _kind_bonus: Any

    def _combine(
        self,
        q: QuestionInfo,
        per_span: dict[tuple[int, int], dict[str, list[Entry]]],
        sources: list[tuple[str, dict[Pattern, dict[str, Any]]]],
        answer_classes: frozenset[str] = frozenset(),
        middles: Sequence[dict[Pattern, tuple[str, ...]]] = (),
    ) -> list[Candidate]:
        """Rank candidates. A node reached from several mentions (a question with several
        constraints) is scored on the *joint* evidence of one path per mention, so that each
        path only has to explain its own part of the question; the best combination counts
        (with the kinds of the nodes each path passes through: ``middles``, per walk)."""
        tables = list(per_span.values())
        # one span (most questions): every node is reached from it alone
        nodes: Any = () if len(tables) < 2 else set().union(*(set(t) for t in tables))
        joint_cache: dict[tuple[tuple[Pattern, ...], tuple[str, ...], tuple[str, ...]], float] = {}
        scored: list[Candidate] = []
        keep = max(self.config.max_candidates, self.config.max_facts)
        pool = 3 * keep if q.answer_type else keep
        # Nodes reached from one span only (nearly all of them on a big graph) are ranked by
        # their best walk: select the top few with numpy before building any Candidate.
        single: list[tuple[str, list[Entry]]] = list(tables[0].items()) if len(tables) == 1 else []
        multi: list[tuple[str, int, list[tuple[Any, ...]], list[Any]]] = []
        memo: dict[tuple[tuple[Pattern, int], ...], tuple[str, ...]] = {}
        types_of = self.types_for(q)
        for node in nodes:
            reached = [t[node] for t in tables if node in t]
            if len(reached) == 1:
                single.append((node, reached[0]))
                continue
            types = types_of(node)
            combos = list(itertools.product(*(r[: self.TOP_PATHS] for r in reached[:3])))
            joints = [_joint_key(combo, types, middles, memo) for combo in combos]
            for key in joints:
                joint_cache.setdefault(key, 0.0)
            multi.append((node, len(reached), combos, joints))
        if joint_cache:
            # every joint query of every node, scored in one call (a learned scorer batches)
            keys = list(joint_cache)
            queries = []
            for patterns, types, middle in keys:
                pattern = tuple(h for p in patterns for h in p)
                parts = tuple(len(p) for p in patterns)
                queries.append(self.query(pattern, types, parts, middle))
            # the joint query pays for len(pattern) - 1 hops; each extra path is free
            values = self.scorer.score(q, queries).tolist()
            for key, v in zip(keys, values, strict=True):
                joint_cache[key] = v + self._hop_price * (len(key[0]) - 1)
        for node, n_reached, combos, joints in multi:
            best_score, best_combo = -np.inf, None
            for combo, key in zip(combos, joints, strict=True):
                js = joint_cache[key]
                if js > best_score:
                    best_score, best_combo = js, combo
            assert best_combo is not None
            bonus = self.CONSTRAINT_BONUS * (n_reached - 1 + self._member(node, answer_classes))
            scored.append(Candidate(node, "", best_score + bonus, list(best_combo)))  # type: ignore[arg-type]
        if single:
            best = np.fromiter((w[0][0] for _, w in single), float, len(single))
            if answer_classes:
                best += self.CONSTRAINT_BONUS * np.fromiter(
                    (self._member(n, answer_classes) for n, _ in single), float, len(single)
                )
            chosen: Any = range(len(single))
            if len(single) > pool:
                cut = np.partition(best, len(single) - pool)[len(single) - pool]
                chosen = np.flatnonzero(best >= cut).tolist()  # ties kept: sorted below
            for i in chosen:
                node, walks = single[i]
                scored.append(Candidate(node, "", float(best[i]), list(walks)))  # type: ignore[arg-type]
        scored.sort(key=Candidate.rank_key)
        if q.answer_type:
            # a wider pool, re-ranked by what the entities are said to be (reading.py)
            self._kind_bonus(q, scored[:pool], sources)
            scored.sort(key=Candidate.rank_key)
        top = scored[:keep]
        for c in top:
            c.label = self.kg.label(c.node)
            c.paths = [
                PendingPath(e[0], e[1], *sources[e[2]]).trace(c.node)  # type: ignore[index]
                for e in c.paths
            ]
        return top
