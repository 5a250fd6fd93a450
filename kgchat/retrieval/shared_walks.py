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
(:mod:`kgchat.retrieval.junction_constraints`) and is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.retrieval.unsaid import shared_ending

__all__ = ["met_before", "said_once_a_hop"]


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
    if len(combo) < 2:
        return 0
    patterns = [entry[1] for entry in combo]
    joined = tuple(hop for pattern in patterns for hop in pattern)
    shared = shared_ending(joined, tuple(map(len, patterns)))
    if not shared or not all(forward for _, forward in patterns[0][-shared:]):
        # (walked backwards, a hop fans out to all that point at the node: an office's
        # holders are no attribute of it, as its length is of a section)
        return 0
    met = set()
    for _, pattern, wid in combo:
        parents = sources[wid][1]
        at = node
        for k in range(shared):
            step = parents.get(pattern[: len(pattern) - k], {}).get(at)
            if step is None or step[0] is None:
                return 0
            at = step[0]
        met.add(at)
    if len(met) != 1 or anonymous(met.pop()):
        return 0
    return shared * (len(combo) - 1)


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
