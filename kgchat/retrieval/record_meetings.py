"""Where a joint answer's paths meet in one record of each mention's own, the hops each walk
took free into junctions stay free in the joint path (:func:`met_in_junction`;
:func:`met_in_record` chooses the combination of walks that meets so), but for a mention that
is only a namesake's reading of the words (:func:`named_frees`). Split from
:mod:`kgchat.retrieval.shared_walks` (the walk the paths share after they meet), whose
docstring tells the whole story.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.retrieval.coordinated import alike_hops
from kgchat.retrieval.membership import junction_hops
from kgchat.retrieval.shared_walks import _meeting, common_ending

__all__ = ["met_in_junction", "met_in_record", "named_frees"]


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
