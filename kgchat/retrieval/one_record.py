"""Whether the walks of a joint answer meet in one n-ary record where the question's
constraints are fields of one fact.

An n-ary fact (a ranking entry: player, rank, date; a statistical observation: area, period,
figure; a casting: role, performer, production) is a record node, most often unnamed, whose
fields are its relations. Two mentions whose walks enter records *by different fields* and
leave them alike to the answer (``1 <-rank- _:e -rankingEntry-> Djokovic`` and
``2022-06-13 <-rankingDate- _:f -rankingEntry-> Djokovic``) say two fields of one fact: the
answer meets both only where one record holds both ("Who was number 1 *on 13 June 2022*?"),
not where one record holds the rank and another the date (the player was number 1 some
other week). Walks that enter by the *same* field ("battles Ney and Davout both fought":
each his own participation record) play one role and may meet through records of their own,
and so do records of two kinds, each without the other's field (a player's membership and a
coach's appointment, both leading to a team).

:func:`apart_walks` reads the graph (the records that lead to the answer by the walks'
shared ending, and their fields) rather than the walks' parent pointers, which keep one
parent a node: a player has many entries, and the walk kept one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.retrieval.shared_walks import node_before
from kgchat.retrieval.unsaid import common_ending

__all__ = ["RECORDS_READ", "apart_walks", "met_in_one"]

Hop = tuple[str, bool]
Entry = tuple[float, tuple[Hop, ...], int]

# most records read back from an answer (a literal figure many records hold, a hub entity):
# past it the check cannot be made cheaply and the walks are taken to meet, as before
RECORDS_READ = 200


def _records(
    node: str, ending: Sequence[Hop], edges: Callable[[str], Any], anonymous: Callable[[str], bool]
) -> set[str] | None:
    """The unnamed nodes that reach ``node`` by the hops ``ending``, read off the graph
    (None past :data:`RECORDS_READ`)."""
    now = {node}
    for relation, forward in reversed(ending):
        # a hop walked forwards from the record is an edge walked backwards from its end
        now = {
            e.neighbor
            for n in now
            for e in edges(n) or ()
            if e.predicate == relation and e.forward != forward
        }
        if len(now) > RECORDS_READ:
            return None
    return {n for n in now if anonymous(n)}


def _has_field(record: str, relation: str, edges: Callable[[str], Any]) -> bool:
    """Whether ``record`` has a field ``relation`` (an edge by it either way)."""
    return any(e.predicate == relation for e in edges(record) or ())


def _holds(
    record: str,
    start: str,
    entry: Sequence[Hop],
    parents: dict[Any, Any],
    edges: Callable[[str], Any],
    cap: int,
) -> bool:
    """Whether ``record`` holds the mention ``start`` as the walk reached it by ``entry``: a
    record entered right from the start holds it by any field of its own edges (a node keeps
    one walk of each length a mention: a player's walk as black stands for his games as
    white too); else the walk's nodes of ``entry`` hold it, or True where the walk kept as
    many as ``cap`` and may have left it out."""
    if len(entry) == 1:
        return any(e.neighbor == start for e in edges(record) or ())
    reached = parents.get(tuple(entry), {})
    return record in reached or len(reached) >= cap


def apart_walks(
    node: str,
    combo: Sequence[Entry],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
    edges: Callable[[str], Any],
    anonymous: Callable[[str], bool],
    cap: int,
    alike: frozenset[int] = frozenset(),
) -> frozenset[int]:
    """The walk numbers of ``combo``'s walks (one (score, pattern, walk number) entry a
    mention; starts and parent pointers in ``sources``) that reach ``node`` through an
    unnamed record entered by another field than an earlier walk's, leaving alike, each
    record having the other's field too (records of one kind), where no record that leads
    to ``node`` so holds both mentions (``cap``: the walk's kept nodes a
    pattern, as :func:`_holds` reads them). Walks from coordinated mentions (``alike``) play
    one role and are not judged.

    >>> from kgchat.graph.view import Edge
    >>> graph = {
    ...     "Ann": [Edge(0, "_:e1", "entry", True), Edge(1, "_:e2", "entry", True)],
    ...     "_:e1": [Edge(0, "Ann", "entry", False), Edge(2, "1", "rank", True),
    ...              Edge(5, "Jan", "date", True)],
    ...     "_:e2": [Edge(1, "Ann", "entry", False), Edge(3, "May", "date", True),
    ...              Edge(6, "2", "rank", True)],
    ... }
    >>> p1, p2 = (("rank", False), ("entry", False)), (("date", False), ("entry", False))
    >>> sources = [("1", {p1[:1]: {"_:e1": ("1", 2)}, p1: {"Ann": ("_:e1", 0)}}),
    ...            ("May", {p2[:1]: {"_:e2": ("May", 3)}, p2: {"Ann": ("_:e2", 1)}})]
    >>> combo = [(1.0, p1, 0), (1.0, p2, 1)]
    >>> anon = lambda n: n.startswith("_:")
    >>> sorted(apart_walks("Ann", combo, sources, graph.get, anon, 400))
    [1]
    >>> graph["_:e1"].append(Edge(4, "May", "date", True))  # one entry holds both
    >>> sorted(apart_walks("Ann", combo, sources, graph.get, anon, 400))
    []
    >>> del graph["_:e1"][-2:]; del graph["_:e2"][-1]  # records of two kinds
    >>> sorted(apart_walks("Ann", combo, sources, graph.get, anon, 400))
    []
    """
    apart: set[int] = set()
    for j in range(1, len(combo)):
        _, pb, wb = combo[j]
        for i in range(j):
            _, pa, wa = combo[i]
            if wa in apart or (wa in alike and wb in alike):
                continue
            # their common ending, uncapped (not :func:`~kgchat.retrieval.unsaid.shared_ending`,
            # which keeps each path's first hop apart): where one walk is wholly the other's
            # ending it enters no record of its own, and the pair is not judged
            shared = common_ending([pa, pb])
            if not shared or shared >= len(pa) or shared >= len(pb):
                continue  # no shared ending, or one walk enters no record before it
            (start_a, parents_a), (start_b, parents_b) = sources[wa], sources[wb]
            at_a = node_before(node, pa, shared, parents_a)
            at_b = node_before(node, pb, shared, parents_b)
            if at_a is None or at_b is None or at_a == at_b:
                continue
            if not (anonymous(at_a) and anonymous(at_b)):
                continue  # named things met by another way each, not one fact's fields
            if not (_has_field(at_a, pb[-shared - 1][0], edges)) or not (
                _has_field(at_b, pa[-shared - 1][0], edges)
            ):
                continue  # records of two kinds (a player's and a coach's): two facts
            records = _records(node, pa[len(pa) - shared :], edges, anonymous)
            if records is None:
                continue
            entry_a, entry_b = pa[: len(pa) - shared], pb[: len(pb) - shared]
            if not any(
                _holds(r, start_a, entry_a, parents_a, edges, cap)
                and _holds(r, start_b, entry_b, parents_b, edges, cap)
                for r in records
            ):
                apart.add(wb)
                break
    return frozenset(apart)


def met_in_one(
    node: str,
    best: tuple[float, Any],
    combos: Sequence[tuple[Any, ...]],
    at: Sequence[int],
    scores: Sequence[float],
    apart: Callable[[str, Any], frozenset[int]],
    bonus: float,
) -> tuple[float, Any, frozenset[int]]:
    """A joint answer's best combination (``best``: its joint score and combination, one of
    ``combos``, whose joint scores are ``scores`` at ``at``) and its walks ``apart`` counts
    out (:func:`apart_walks`, bound to the graph); where it has some, the best combination
    with none instead, if its score is within ``bonus`` (the constraint bonus) a walk
    counted out of the best: the player who was black in the game asked meets the round and
    the event there, though his walk as white scored better (another game).

    >>> apart = lambda node, combo: frozenset({1}) if combo == "ab" else frozenset()
    >>> met_in_one("x", (2.0, "ab"), ["ab", "cd"], [0, 1], [2.0, 1.5], apart, 1.0)
    (1.5, 'cd', frozenset())
    >>> met_in_one("x", (2.0, "ab"), ["ab", "cd"], [0, 1], [2.0, 0.5], apart, 1.0)
    (2.0, 'ab', frozenset({1}))
    """
    out = apart(node, best[1])
    if not out:
        return best[0], best[1], out
    ranked = sorted(zip(combos, at, strict=True), key=lambda ci: -scores[ci[1]])
    for combo, i in ranked:
        if scores[i] + bonus * len(out) < best[0]:
            break
        if combo is not best[1] and not apart(node, combo):
            return scores[i], combo, frozenset()
    return best[0], best[1], out
