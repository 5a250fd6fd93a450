"""The thirty-third round's exact speed-ups give what they replace, bit for bit: a relation
path's hop figures (:meth:`HopSupport._relation_hops`, its builtin ``max``/``min`` calls now
comparisons, its votes summed in C) against the reading before them, kept here as the brute
force, on random tiny graphs and on hop figures made to tie, clip and hold NaN; and the kind
words a pattern walks through (:func:`passed_kinds`, counted with :class:`Counter`) against
the counting loop they replace."""

from __future__ import annotations

import math
import struct
from typing import Any

import numpy as np
import pytest

from kgchat.pipeline import make_retriever
from kgchat.retrieval.hop_support import spent_once
from kgchat.retrieval.per_question import PerQuestion
from kgchat.retrieval.walk_reached import passed_kinds
from tests.test_path_rows import _graph, _questions


def _hops_before(scorer: Any, c: PerQuestion, rid: int, kept: dict[int, Any]) -> tuple[Any, ...]:
    """``HopSupport._relation_hops`` as it read before (``dict(before)``, ``max``, ``min``),
    kept in ``kept`` (the question's hop parts are ``c.hop_parts``, already made)."""
    found = kept.get(rid)
    if found is not None:
        return found
    prefix, head, hop_id, predicate, n, priced, after_back = scorer.plans.plans[rid]
    if prefix >= 0:
        cover, before, preps, votes, unsaid = _hops_before(scorer, c, prefix, kept)
        supports = dict(before)
    else:
        cover, supports, preps, votes, unsaid = None, {}, frozenset(), (), 0.0
    hop = c.hop_parts.get(hop_id)
    if hop is None:
        hop = c.hop_parts[hop_id] = scorer._hop(c, *scorer.plans.hops[hop_id])
    hop_cover, owner, best, best_preps, vote = hop
    if (
        predicate not in supports
        and cover is not None
        and hop_cover is not None
        and scorer.plans.hops[scorer.plans.plans[prefix][2]][0] != scorer.plans.hops[hop_id][0]
    ):
        best = spent_once(c, cover, hop_cover, best)  # (one word said once names one hop)
    if hop_cover is not None and hop_cover is not cover:
        cover = hop_cover if cover is None else np.maximum(cover, hop_cover)
    if predicate in supports and vote is not None and vote[0] < 0:
        supports[f"{predicate}\0{n}"] = 0.0
        unsaid += 1.0
    else:
        walked_again = predicate in supports
        supports[predicate] = max(best, supports.get(predicate, best))
        if priced:
            unsaid += (1.0 - min(1.0, max(0.0, best))) ** 2
        if after_back:
            unsaid += 1.0
        if walked_again:
            vote = None  # (a relation walked again votes once, on the walk out)
    if vote is None and n > 1 and c.owner is not None:
        vote = scorer._chain_vote(c, _hops_before(scorer, c, head, kept)[0], owner)
    found = kept[rid] = (
        cover,
        supports,
        preps if best_preps <= preps else preps | best_preps,
        votes if vote is None else (*votes, vote),
        unsaid,
    )
    return found


def _bits(x: Any) -> Any:
    """A value with its floats as their bits (NaN, -0.0 and 0.0 told apart)."""
    if isinstance(x, float):
        return struct.pack("<d", x)
    if isinstance(x, np.ndarray):
        return (x.dtype.str, x.shape, x.tobytes())
    if isinstance(x, dict):
        return [(k, _bits(v)) for k, v in x.items()]  # (in order)
    if isinstance(x, tuple):
        return tuple(_bits(v) for v in x)
    return x


def _of_before(found: tuple[Any, ...]) -> tuple[Any, ...]:
    """``_relation_of``'s reduction as it read before (a generator's sum of the votes)."""
    cover, supports, preps, votes, unsaid = found
    support = sum(supports.values()) / len(supports) if supports else 0.0
    order = sum(v for v, _ in votes) / len(votes) if votes else 0.0
    return cover, support, preps, order, unsaid


# bests that tie, clip at either end, are signed zeros or NaN
_TRICKY = [0.0, -0.0, 1.0, 0.5, 0.5000000000000001, 1.5, -0.25, math.nan, 0.999, 0.3]


@pytest.mark.parametrize("seed", range(8))
def test_relation_hops_are_the_reading_before(seed):
    rng = np.random.default_rng(seed)
    kg, names = _graph(rng)
    r = make_retriever(kg, encoder="hashing", index_dir=None)
    scorer = r.scorer
    checked = 0
    for question in _questions(rng, names):
        r.retrieve(question)
        c = scorer._q
        if c is None:
            continue
        rids = sorted(c.hops)  # the relation paths this question met (their words read)
        for tricky in (False, True):
            if tricky:  # the same hops with bests and votes made to tie, clip and be NaN
                for k, (cover, owner, _, preps, vote) in list(c.hop_parts.items()):
                    best = _TRICKY[int(rng.integers(len(_TRICKY)))]
                    if rng.random() < 0.4:
                        vote = (float(rng.choice([-1.0, 1.0, 0.5])), bool(rng.random() < 0.5))
                    c.hop_parts[k] = (cover, owner, best, preps, vote)
            c.hops.clear()
            kept: dict[int, Any] = {}
            for rid in rids:
                slow = _hops_before(scorer, c, rid, kept)
                fast = scorer._relation_hops(c, rid)
                assert _bits(fast) == _bits(slow)
                assert _bits(scorer._relation_of(c, rid)) == _bits(_of_before(slow))
                checked += 1
    assert checked > 100


def _passed_before(
    before: tuple[str, ...], reached: dict[str, Any], kinds: Any, own: frozenset[str]
) -> tuple[str, ...]:
    """``passed_kinds`` as it counted before: a loop, then a sort by -count."""
    counts: dict[str, int] = {}
    parents = dict.fromkeys(parent for parent, _ in reached.values())
    parents.pop(None, None)
    for parent in parents:
        for w in kinds(parent):
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts, key=lambda w: -counts[w])
    words = [w for w in ranked if w not in before and w not in own][:4]
    return (*before, *words) if words else before


def test_passed_kinds_are_the_counting_loops():
    rng = np.random.default_rng(0)
    words = ["club", "team", "city", "country", "person", "film", "band", "album"]
    nodes = [f"n{i}" for i in range(12)]
    for _ in range(400):
        kinds_of = {
            n: tuple(rng.choice(words, int(rng.integers(0, 4)), replace=False)) for n in nodes
        }
        reached = {
            f"x{i}": (None if rng.random() < 0.1 else str(rng.choice(nodes)), i)
            for i in range(int(rng.integers(1, 9)))
        }
        before = tuple(rng.choice(words, int(rng.integers(0, 3)), replace=False))
        own = frozenset(rng.choice(words, int(rng.integers(0, 2)), replace=False))
        slow = _passed_before(before, reached, kinds_of.__getitem__, own)
        assert passed_kinds(before, reached, kinds_of.__getitem__, own) == slow
        memo: dict[Any, tuple[str, ...]] = {}
        for _ in range(2):  # kept, then read from the memo
            assert passed_kinds(before, reached, kinds_of.__getitem__, own, memo) == slow
