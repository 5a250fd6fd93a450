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
path passes one junction, a record of each mention's own (:func:`met_in_junction`;
:func:`met_in_record` chooses the combination of walks that meets so): "When did Ann start as
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

from kgchat.retrieval.coordinated import alike_hops
from kgchat.retrieval.membership import junction_hops
from kgchat.retrieval.unsaid import shared_ending

__all__ = [
    "common_ending",
    "joint_key",
    "met_at_shared_value",
    "met_before",
    "met_in_junction",
    "met_in_record",
    "named_frees",
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


def met_in_junction(
    node: str,
    combo: Sequence[tuple[float, Any, int]],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
    frees: Sequence[dict[Any, int]],
    anonymous: Callable[[str], bool],
    edges: Callable[[str], Sequence[Any]],
) -> int:
    """The hops of a joint answer's paths (``combo``, as :func:`met_before`'s) into unnamed
    junctions that each walk's own query took free
    (:func:`~kgchat.retrieval.membership.junction_hops`, ``frees`` per walk), where the paths
    meet in one junction that is each mention's own record (the node its first hop enters, or one
    a hop forwards from an own record, but for one its first hop enters as well: the walk came to
    it along a chain of its records, an author list's "next", and meets the other there by a way
    of its own) and walk on from it alike, forwards, through its own parts to ``node`` (a
    position that relates a person and the title "Professor", and leads on to its start date),
    and where each walk took every hop into a junction free: the joint path is priced as its
    walks were. The junction is read off the graph (``edges``) where it holds ``node`` itself,
    not off one walk's parent pointer: a value many records hold ("yes", a figure) keeps one
    parent a walk. 0 otherwise, and the joint path pays every hop: paths that each pass a record
    of their own and meet at the answer only (two statements' references, both "imported from"
    one source), one that meets the other in a record past its own (walked back from a member's
    vote into the vote event that holds it), or one that paid its hop into the record
    (:meth:`~kgchat.retrieval.reading.GraphReading.sibling_read`: Bo's term, read from its
    "replaces" Ken on to its "replaced by", is no record of Ken's).

    >>> parents = {
    ...     (("held", True),): {"_:p": ("Ann", 0)},
    ...     (("held", True), ("start", True)): {"2016": ("_:p", 1)},
    ...     (("title", False),): {"_:p": ("Prof", 2)},
    ...     (("title", False), ("start", True)): {"2016": ("_:p", 1)},
    ... }
    >>> combo = [(1.0, (("held", True), ("start", True)), 0),
    ...          (1.0, (("title", False), ("start", True)), 1)]
    >>> sources, frees = [("Ann", parents), ("Prof", parents)], [{combo[0][1]: 1}, {combo[1][1]: 1}]
    >>> from kgchat.graph.view import Edge
    >>> edges = {"2016": [Edge(0, "_:p", "start", False)]}.get
    >>> met_in_junction("2016", combo, sources, frees, lambda n: n.startswith("_:"), edges)
    2
    >>> met_in_junction("2016", combo, sources, frees, lambda n: False, edges)
    0
    """
    freed = junction_hops(combo, frees)
    shared = common_ending(combo) if freed else 0
    if not shared:
        return 0
    if shared == 1:  # the records that hold the node so
        relation = combo[0][1][-1][0]
        meets = [e.neighbor for e in edges(node) or () if e.predicate == relation and not e.forward]
    else:
        met = _meeting(node, combo, sources)[0]
        meets = [] if met is None else [met]
    for met in meets:
        if not anonymous(met):
            continue
        # junctions each walk passed to reach ``met`` (it included)
        passed = [
            _own_record(met, pattern[:-shared], sources[wid][1], anonymous)
            for _, pattern, wid in combo
        ]
        if all(
            n <= frees[wid].get(pattern, 0) - (shared - 1)
            and (n == 1 or met not in sources[wid][1].get(pattern[:1], ()))
            for n, (_, pattern, wid) in zip(passed, combo, strict=True)
        ):
            # (a walk that passed records of its own before ``met``, which its first hop
            # enters as well, came to it along a chain of them, an author list's "next":
            # it meets the other there by a way of its own, whose hops are paid; a vote
            # the event leads on to is no record the motion holds directly)
            return freed
    return 0


def _own_record(
    met: str, pattern: Any, parents: dict[Any, dict[str, Any]], anonymous: Callable[[str], bool]
) -> float:
    """How many junctions a walk passed to reach ``met`` by ``pattern`` (its parent pointers
    ``parents``), ``met`` included, where ``met`` is its own record (:func:`met_in_junction`);
    infinity where the walk did not reach it so, or it is no record of its own."""
    nodes = [met]
    for k in range(len(pattern), 1, -1):
        step = parents.get(pattern[:k], {}).get(nodes[-1])
        if step is None or step[0] is None:
            return float("inf")
        nodes.append(step[0])
    if met not in parents.get(pattern, {}):
        return float("inf")
    nodes.reverse()  # from its first hop's node to met
    own = anonymous(nodes[0])
    for i in range(1, len(nodes)):
        own = own and pattern[i][1] and anonymous(nodes[i])
    return sum(map(anonymous, nodes)) if own else float("inf")


def met_in_record(
    node: str,
    combos: Sequence[tuple[Any, ...]],
    at: Sequence[int],
    scores: Sequence[float],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
    frees: Sequence[dict[Any, int]],
    anonymous: Callable[[str], bool],
    edges: Callable[[str], Sequence[Any]],
    price: float,
    alike: frozenset[int] = frozenset(),
) -> tuple[float, tuple[Any, ...]] | None:
    """The best of a joint answer's ``combos`` (each scored ``scores[at[k]]``) with the hops
    its walks take free where they meet in one record (:func:`met_in_junction`, each such
    hop worth ``price``), and its score; None where no combination meets in one. Two records
    may each relate the mentions to ``node`` (Ken's term "replaced by" Bo, and Bo's term
    "replaces" Ken): the one both walks meet in is the joint answer's, even where another
    combination scored better before its hops were freed. Alike walks from entities the
    question coordinates (walk numbers ``alike``) take those hops free wherever they meet,
    each through a record of its own (:func:`~kgchat.retrieval.coordinated.alike_hops`)."""
    best: tuple[float, tuple[Any, ...]] | None = None
    least = max(scores[i] for i in at)
    for combo, i in zip(combos, at, strict=True):
        score = scores[i]
        given = alike_hops(node, combo, sources, frees, alike) if alike else 0
        freed = max(junction_hops(combo, frees), given)
        if not freed or score + price * freed <= (least if best is None else best[0]):
            continue
        freed = max(met_in_junction(node, combo, sources, frees, anonymous, edges), given)
        if freed and score + price * freed > (least if best is None else best[0]):
            best = (score + price * freed, combo)
    return best


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


def named_frees(
    frees: Sequence[dict[Any, int]],
    spans: Sequence[tuple[int, int, str]],
    tokens: Sequence[str],
    names: dict[str, str],
) -> list[dict[Any, int]]:
    """Each walk's free hops into junctions (``frees``, one a mention: ``spans``' ``(start,
    end, node)``, in the walks' order) as a joint path may take them: none for a mention
    whose words, with a mention beside it, are a run of that mention's entity's name
    (``names``: each node's normalised label) and not of its own. Its entity is a namesake
    the words' other reading, not something the question names: in "the LEI of *Aurland*
    Software" the person Eirik Aurland, whose officer record the company shares; the two
    meet there as any officer and company do, and the joint path must not be priced as the
    walks of two things the question names that meet in their own record.

    >>> spans = [(5, 6, "eirik"), (6, 7, "co")]
    >>> names = {"eirik": "eirik aurland", "co": "aurland software asa"}
    >>> tokens = "what is the lei of aurland software".split()
    >>> named_frees([{"p": 1}, {"q": 1}], spans, tokens, names)
    [{}, {'q': 1}]
    """
    out = list(frees)
    for i, (start, end, node) in enumerate(spans):
        for other_start, other_end, other in spans:
            if other == node or not (other_start == end or other_end == start):
                continue
            run = _padded(" ".join(tokens[min(start, other_start) : max(end, other_end)]))
            theirs, own = (_padded(names.get(n, "")) for n in (other, node))
            if run in theirs and run not in own:
                out[i] = {}
                break
    return out


def _padded(name: str) -> str:
    """``name`` with a space at each end, for a whole-word run test: " aurland software "."""
    return f" {name} "
