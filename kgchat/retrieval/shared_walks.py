"""The walk a joint answer's paths share after they meet, counted once.

"How long is the section from A to B?": A's path and B's reach the section (each walked back
over ``op start`` / ``op end``) and then its ``length``. The joint query joins the paths end
to end and pays each hop of each (the joint ranking gives back a hop per extra path, what one
hop from each entity to the answer costs), so the hop they take together after meeting is
paid once per path, and the section itself, where they meet, outranked its own length.
:func:`met_before` counts the hops to give back: the last hops every path has alike, from
one named node all of them pass, reached by the same steps walked forwards (what the node
has: a hop walked backwards fans out to all that point at it). A meeting in an unnamed junction
(a Data Cube observation, a statement record) is read by the junction's own rules
(:mod:`kgchat.retrieval.junction_constraints`) and is left as it is; but each walk's hops
into junctions, which its own query took free, are free in the joint path too where every
path passes one junction, a record of each mention's own
(:func:`~kgchat.retrieval.record_meetings.met_in_junction`;
:func:`~kgchat.retrieval.record_meetings.met_in_record` chooses the combination of walks that
meets so): "When did Ann start as
Professor?" meets Ann's walk and the title's in her position, four hops from its start date
each, three of them into junctions: the joint answer pays for its hops as each walk alone
did, not for all eight. (:func:`joint_key` is a joint query's key.)

:func:`met_at_shared_value` says where the paths meet at a value many things hold instead
(a document's ``CreationInfo``, which every element of an SPDX document points at): "Which
version of A does B use?" walked from A and from B into their document's record and on to its
``specVersion`` meets both mentions there as any two elements of the document would, so the
second mention meets no constraint of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.retrieval.unsaid import shared_ending

__all__ = [
    "common_ending",
    "joint_key",
    "met_at_shared_value",
    "met_before",
    "said_once_a_hop",
]


def joint_key(
    combo: tuple[tuple[float, Any, int], ...],
    types: tuple[str, ...],
    middles: Sequence[dict[Any, tuple[str, ...]]],
    memo: dict[tuple[tuple[Any, int], ...], tuple[str, ...]] | None = None,
) -> tuple[tuple[Any, ...], tuple[str, ...], tuple[str, ...]]:
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


def met_before(
    node: str,
    combo: Sequence[tuple[float, Any, int]],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
    anonymous: Callable[[str], bool],
) -> int:
    """How many hops of a joint answer's paths (``combo``: one (score, pattern, walk) entry a
    mention, the walks' parent pointers in ``sources``) are one walk counted again: the
    hops of their common ending times the paths beyond the first, where every path reaches
    ``node`` from the same named node by it; 0 otherwise.

    >>> parents = {
    ...     (("start", False),): {"s1": ("A", 0)},
    ...     (("start", False), ("length", True)): {"12": ("s1", 1)},
    ...     (("end", False),): {"s1": ("B", 2)},
    ...     (("end", False), ("length", True)): {"12": ("s1", 1)},
    ... }
    >>> combo = [(1.0, (("start", False), ("length", True)), 0),
    ...          (1.0, (("end", False), ("length", True)), 1)]
    >>> met_before("12", combo, [("A", parents), ("B", parents)], lambda n: False)
    1
    >>> met_before("12", combo, [("A", parents), ("B", parents)], lambda n: n == "s1")
    0
    """
    met, shared = _meeting(node, combo, sources)
    if met is None or anonymous(met):
        return 0
    return shared * (len(combo) - 1)


def common_ending(combo: Sequence[tuple[float, Any, int]]) -> int:
    """How many last hops every path of ``combo`` walks alike and forwards (the patterns'
    :func:`~kgchat.retrieval.unsaid.shared_ending`), 0 where they walk one backwards or
    there is one path: where the paths may meet before the answer, whatever the nodes
    (the same for every node a combination reaches).

    >>> combo = [(1.0, (("start", False), ("length", True)), 0),
    ...          (1.0, (("end", False), ("length", True)), 1)]
    >>> common_ending(combo), common_ending(combo[:1])
    (1, 0)
    """
    if len(combo) < 2:
        return 0
    patterns = [entry[1] for entry in combo]
    joined = tuple(hop for pattern in patterns for hop in pattern)
    shared = shared_ending(joined, tuple(map(len, patterns)))
    if not shared or not all(forward for _, forward in patterns[0][-shared:]):
        # (walked backwards, a hop fans out to all that point at the node: an office's
        # holders are no attribute of it, as its length is of a section)
        return 0
    return shared


def _meeting(
    node: str,
    combo: Sequence[tuple[float, Any, int]],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
) -> tuple[str | None, int]:
    """The node where every path of ``combo`` meets before ``node`` (walked forwards on from
    it alike, the last ``shared`` hops), and ``shared``; ``(None, 0)`` where they do not."""
    shared = common_ending(combo)
    if not shared:
        return None, 0
    met = set()
    for _, pattern, wid in combo:
        at = node_before(node, pattern, shared, sources[wid][1])
        if at is None:
            return None, 0
        met.add(at)
    return (met.pop(), shared) if len(met) == 1 else (None, 0)


def node_before(
    node: str, pattern: Sequence[Any], back: int, parents: dict[Any, dict[str, Any]]
) -> str | None:
    """The node ``back`` hops before ``node`` on the walk that reached it by ``pattern``
    (``parents``: that walk's parent pointers, a node's (parent, fact) by the pattern's
    prefix), or None where the walk did not come that way.

    >>> p = (("a", True), ("b", True))
    >>> parents = {p[:1]: {"y": ("x", 0)}, p: {"z": ("y", 1)}}
    >>> [node_before(n, p, back, parents) for n, back in [("z", 2), ("z", 1), ("q", 1)]]
    ['x', 'y', None]
    """
    at = node
    for k in range(len(pattern), len(pattern) - back, -1):
        step = parents.get(tuple(pattern[:k]), {}).get(at)
        if step is None or step[0] is None:
            return None
        at = step[0]
    return at


def met_at_shared_value(
    node: str,
    combo: Sequence[tuple[float, Any, int]],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
    shared_value: Callable[[str, str], bool],
) -> bool:
    """Whether every path of a joint answer (``combo``, as :func:`met_before`'s) meets before
    ``node`` at one node that each enters forwards over the same relation, and that
    ``shared_value(met, relation)`` says many things hold so (a value, not a junction of
    the mentions' own): the paths then join the mentions as they would any two holders.

    >>> parents = {
    ...     (("info", True),): {"doc": ("A", 0)},
    ...     (("info", True), ("version", True)): {"3.0": ("doc", 1)},
    ... }
    >>> other = {
    ...     (("info", True),): {"doc": ("B", 2)},
    ...     (("info", True), ("version", True)): {"3.0": ("doc", 1)},
    ... }
    >>> combo = [(1.0, (("info", True), ("version", True)), 0),
    ...          (1.0, (("info", True), ("version", True)), 1)]
    >>> met_at_shared_value("3.0", combo, [("A", parents), ("B", other)], lambda n, r: True)
    True
    >>> met_at_shared_value("3.0", combo, [("A", parents), ("B", other)], lambda n, r: False)
    False
    """
    met, shared = _meeting(node, combo, sources)
    if met is None:
        return False
    entries = {pattern[len(pattern) - shared - 1] for _, pattern, _ in combo}
    if len(entries) != 1:
        return False
    relation, forward = entries.pop()
    return forward and shared_value(met, relation)


def said_once_a_hop(
    said: Callable[[Any, Sequence[tuple[str, bool]]], bool], q: Any
) -> Callable[[Sequence[tuple[str, bool]]], bool]:
    """``said(q, pattern)`` for a reading that depends on the pattern's last hop alone
    (:meth:`~kgchat.retrieval.combine.CandidateRanking._ending_said`: whether ``q`` says
    it), read once a hop: thousands of joint answers of a question share a few last hops,
    and each reading is a scorer call.

    >>> calls = []
    >>> ends = said_once_a_hop(lambda q, p: calls.append(p[-1]) or p[-1][1], "q")
    >>> [ends((("a", False), ("b", True))), ends((("c", True), ("b", True)))], calls
    ([True, True], [('b', True)])
    """
    kept: dict[tuple[str, bool], bool] = {}

    def ending_said(pattern: Sequence[tuple[str, bool]]) -> bool:
        end = pattern[-1]
        found = kept.get(end)
        if found is None:
            found = kept[end] = said(q, pattern)
        return found

    return ending_said
