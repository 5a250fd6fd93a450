"""The path scorer's components read as arrays over a call's paths
(:class:`~kgchat.retrieval.path_rows.PathRows`) are the per-path loop's, bit for bit: checked
against that loop (the reading they replace, kept here as the brute force) on random tiny
graphs, the walks' own batches and shuffled, varied ones."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.path_rows import first_of
from kgchat.retrieval.said_hops import said_hops, says_all
from kgchat.retrieval.scoring import _best
from kgchat.retrieval.unsaid import crosses_kinds, repeated_hops

_PREDICATES = [
    "plays_for",
    "located_in",
    "capital_city",
    "founding_year",
    "founding_date",
    "member_of",
    "spouse",
    "part_of",
    "directed_by",
    "written_by",
    "born_in",
    "has_part",
]
_CLASSES = ["Club", "Country", "City", "Person", "Film", "Book", "Team"]
_NAMES = [
    "Alan_Pulido",
    "Tigres",
    "Mexico",
    "Monterrey",
    "Ana_Ruiz",
    "Red_Tent",
    "Blue_Book",
    "Lyon",
    "France",
    "Paris",
    "Jon_Smith",
    "Green_Film",
]


def _graph(rng: np.random.Generator) -> tuple[KnowledgeGraph, list[str]]:
    """A random tiny graph: a dozen named things, typed, a few classes under others, and
    random facts (some values years and dates)."""
    names = list(rng.permutation(_NAMES)[: int(rng.integers(6, 12))])
    triples = []
    for n in names:
        triples.append((n, "rdf:type", str(rng.choice(_CLASSES))))
    for cls in rng.choice(_CLASSES, 2, replace=False):
        triples.append((str(cls), "rdfs:subClassOf", "Agent"))
    for _ in range(int(rng.integers(10, 30))):
        p = str(rng.choice(_PREDICATES))
        s = str(rng.choice(names))
        if p == "founding_year":
            o = str(int(rng.integers(1900, 2000)))
        elif p == "founding_date":
            o = f"{int(rng.integers(1900, 2000))}-03-07"
        else:
            o = str(rng.choice(names))
        if o != s:
            triples.append((s, p, o))
    return KnowledgeGraph.from_triples(triples), names


def _questions(rng: np.random.Generator, names: list[str]) -> list[str]:
    def say(x: Any) -> str:
        return str(x).replace("_", " ")

    def pick(xs: list[str]) -> str:
        return say(rng.choice(xs))

    return [
        f"Which {pick(_CLASSES).lower()} does {pick(names)} {pick(_PREDICATES)}?",
        f"What is the {pick(_PREDICATES)} of the {pick(_PREDICATES)} of {pick(names)}?",
        f"When was {pick(names)} founded?",
        f"Who is {pick(_PREDICATES)} {pick(names)} and {pick(_PREDICATES)} {pick(names)}?",
        # a word said twice: the coverage of repeated words, path by path
        f"Which {pick(_CLASSES).lower()} plays for the club that plays for {pick(names)}?",
        f"Who founded the {pick(_CLASSES).lower()} of {pick(names)}?",
        f"Where is {pick(names)}?",
    ]


def _path_by_path(self: Any, question: Any, paths: Any) -> np.ndarray:
    """The per-path loop :meth:`HeuristicPathScorer.components` read before its arrays."""
    c = self._prepare(question, paths)
    out = np.zeros((len(paths), 6), np.float32)
    if not paths:
        return out
    typed = bool(question.answer_type)  # no type asked: all relation words (see _typing)
    n_q = len(question.words)
    zero = np.zeros(n_q, np.float32)
    relation, typing = c.relation, c.typing
    # this call's distinct relation paths, answer type words and middle kind words, each
    # with its row of R, T, M below and what a path reads of it, read once: a path is
    # then a few lookups (thousands of paths a call, a few hundred distinct relations)
    rel_at: dict[int, tuple[int, Any, float, float, float, float | None, float]] = {}
    typ_at: dict[tuple[str, ...], tuple[int, tuple[Any, float], bool]] = {}
    # a middle's row, its typing, and its best match (what the unsaid price forgives)
    mid_at: dict[tuple[str, ...], tuple[int, tuple[Any, float], float]] = {}
    rels: list[np.ndarray] = []
    typs: list[np.ndarray] = []
    mids: list[np.ndarray] = []
    # per path, flat (NumPy reads a flat list of numbers several times faster than one
    # of tuples): its rows of R, T, M below, and its components 1-5
    pairs: list[int] = []
    rows: list[float] = []
    counts, owned, said_typing = question.counts, c.owned, self._said_typing
    unsaid_price, number_of = self._unsaid_price, self.plans.number_of
    numbered = self.plans.queries.get  # (number_of's own table, read without a call)
    price = self.config.unsaid
    for k, path in enumerate(paths):
        pattern = path.pattern
        known = numbered(id(path))
        key = known[1] if known is not None and known[0] is path else number_of(path)
        rel = rel_at.get(key)
        if rel is None:
            found = relation.get(key)
            if found is None:
                found = relation[key] = self._relation_of(c, key)
            cover_rel, support, preps, order, unsaid = found
            rel = rel_at[key] = (
                len(rels),
                cover_rel,
                support,
                order,
                len(preps & c.qpreps) / len(preps) if preps else 0.0,
                None if c.asks_time else self._timed_hop(path),
                unsaid,
            )
            rels.append(zero if cover_rel is None else cover_rel)
        r, cover_rel, support, order, prep, untimely, unsaid = rel
        types, said = path.answer_types, path.said_types
        if said is not None and said not in typing:
            typing[said] = self._typing(c, said)
        got = typ_at.get(types)
        if got is None:
            above = path.above
            # (a superclass's words read otherwise: their own key)
            key_t: Any = (types, above) if above else types
            typ = typing.get(key_t)
            if typ is None:
                typ = typing[key_t] = self._typing(c, types, above)
            # the row of the first path with these type words (its said words' reading)
            first = said_typing(c, typ, said)[0]
            got = typ_at[types] = (len(typs), typ, "date" in types)
            typs.append(zero if first is None or not typed else first)
        t, typ, dated = got
        middle = path.middle
        mid = mid_at.get(middle)
        if mid is None:
            found_mid = typing.get(middle)
            if found_mid is None:
                found_mid = typing[middle] = self._typing(c, middle)
            named = found_mid[0]
            mid = mid_at[middle] = (
                len(mids),
                found_mid,
                float(named.max()) if named is not None and named.size else 0.0,
            )
            mids.append(zero if named is None else named)
        if counts:
            typ_words = said_typing(c, typ, said)[0]
            if cover_rel is not None or (typed and typ_words is not None):
                cover = _best(_best(cover_rel, typ_words if typed else None), mid[1][0])
                out[k, 0] = self._repeated_cover(c, path, cover)
        else:
            pairs += (r, t, mid[0])
        hops = len(pattern)
        if owned and hops == 1:
            said_typ = said_typing(c, typ, said)[0]
            order = self._owner_order(c, path, order, cover_rel, said_typ)
        free = path.free_hops
        # a walk whose every hop the question names pays no price beyond its first (said_hops;
        # not a joint query's, priced by its parts)
        named_all = (
            self.config.said_hop
            and len(path.parts) < 2
            and said_hops(c, self.plans, key) >= hops - free
        )
        # a relation walked again, unsaid unless every hop is named (fix61d)
        named_n = said_hops(c, self.plans, key) if self.config.said_hop else 0
        # ... and one walked on into another kind of thing says itself again (fix62a)
        across = crosses_kinds(path, bool(c.question.named_type), typ[1], mid[1][1])
        again = (
            0
            if named_n >= hops - free or not says_all(c, self.plans, key)
            else repeated_hops(path, across)
        )
        rows += (
            support,
            prep,
            typ[1] - (0.0 if untimely is None else 1.0 if dated else untimely),
            hops
            - 1
            - free
            - (self.config.said_hop * max(hops - 1 - free, 0) if named_all else 0.0)
            + (
                0.0
                if hops < 2
                else price * max(0.0, unsaid + again - free - mid[2])
                if len(path.parts) < 2  # (UnsaidHops._unsaid_price's, in line)
                else unsaid_price(c, path, unsaid, mid[1][0], mid[2])
            ),
            order,
        )
    out[:, 1:] = np.array(rows, np.float32).reshape(-1, 5)  # one conversion, not one a path
    if not counts and n_q:
        # a path's coverage: per question word, the best of its relation words', its type
        # words' and its middle nodes' kind words' matches (a missing part matches
        # nothing: zeros), averaged
        R, T, M = np.stack(rels), np.stack(typs), np.stack(mids)
        at = np.array(pairs, np.intp).reshape(-1, 3)
        best = np.maximum(R[at[:, 0]], T[at[:, 1]])
        out[:, 0] = np.maximum(best, M[at[:, 2]]).mean(axis=1)
    return out


@pytest.mark.parametrize("seed", range(12))
def test_components_as_arrays_are_the_path_by_path_loops(seed):
    rng = np.random.default_rng(seed)
    kg, names = _graph(rng)
    r = make_retriever(kg, encoder="hashing", index_dir=None)
    scorer = r.scorer
    met: list[tuple[Any, list[Any]]] = []
    plain = scorer.score
    scorer.score = lambda q, paths: met.append((q, list(paths))) or plain(q, paths)
    for question in _questions(rng, names):
        r.retrieve(question)
    scorer.score = plain
    assert met
    checked = 0
    for q, paths in met:
        # the walk's own batch, then reversed with varied said and superclass type words, and
        # joint queries and junction hops where the walk made none
        varied = [
            replace(
                p,
                said_types=() if i % 4 == 1 else p.answer_types[:1] or None,
                above=frozenset(p.answer_types[:1]) if i % 3 == 0 else p.above,
                free_hops=min(p.free_hops + i % 2, len(p.pattern)),
                parts=(1, len(p.pattern) - 1) if len(p.pattern) > 2 and i % 5 == 0 else p.parts,
            )
            for i, p in enumerate(paths)
        ]
        for batch in (paths, [*paths, *varied][::-1], list(rng.permutation(paths + varied))):
            scorer._q = None
            fast = scorer.components(q, batch)
            scorer._q = None
            slow = _path_by_path(scorer, q, batch)
            assert fast.tobytes() == slow.tobytes()  # every bit, signed zeros too
            checked += len(batch)
    assert checked > 50


def test_first_of_lists_each_key_once_where_first_met():
    rng = np.random.default_rng(0)
    for _ in range(50):
        keys = [int(k) for k in rng.integers(0, 6, int(rng.integers(0, 20)))]
        assert first_of(keys) == {k: keys.index(k) for k in keys}
