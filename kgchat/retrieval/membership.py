"""How much of a joint answer's walk is only a membership check of the type asked.

A question that names an entity and the type it asks ("What *roles* does caffeine have?", in
an ontology whose roles are classes under ``role``) is answered by nodes both walks reach: the
entity's, over what relates it to the answer, and the asked class's, down its hierarchy to the
answer. The second says only that the answer *is* of that type, whatever the depth: a role two
levels under ``role`` is a role as much as one a level under. Its hops down ``rdfs:subClassOf``
(walked from the class) are therefore free in the joint path, as hops into an
unnamed junction are (``PathQuery.free_hops``), and the entity's walk alone is priced by its
length: caffeine's own role (``has role``, one hop) comes before that role's superclass
(``has role`` and a hop up), where the two had tied and the superclass came first by its id.
A walk that ends by ``rdf:type`` down to an instance is no such check: the asked type is a
class ("what kind of *alkaloid* is morphine" asks a subclass), and an instance below it is a
thing of its own (morphine's PubChem record), priced as any walk. Nor is the hierarchy of
the kind a "what kind of N is X" question names (the retriever passes no class then): there
N's subclasses are where the answer is chosen, the nearer the better read, not checked.

Hops into unnamed junctions are free in a joint path as each of its walks took them alone
(:func:`junction_hops`) where the walks meet in one record of their own
(:func:`~kgchat.retrieval.record_meetings.met_in_junction`): an answer that two mentions reach
through one n-ary record (a position that relates a person and the title "Professor", and
leads on to its start date) pays for its hops as each walk did, not for every hop of both.

>>> from kgchat.graph.vocab import RDF_TYPE, RDFS_SUBCLASS
>>> down = ((RDFS_SUBCLASS, False), (RDFS_SUBCLASS, False))
>>> combo = ((1.0, down, 0), (1.0, (("ex:hasRole", True),), 1))
>>> sources = [("ex:Role", {}), ("ex:caffeine", {})]
>>> membership_hops(combo, sources, frozenset({"ex:Role"}))
2
>>> membership_hops(combo, sources, frozenset())
0
>>> up = ((1.0, ((RDFS_SUBCLASS, True),), 0), combo[1])  # up from the class: a relation
>>> membership_hops(up, sources, frozenset({"ex:Role"}))
0
>>> record = ((1.0, (*down, (RDF_TYPE, False)), 0), combo[1])  # down to an instance
>>> membership_hops(record, sources, frozenset({"ex:Role"}))
0
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from kgchat.graph.vocab import RDFS_SUBCLASS

__all__ = ["junction_hops", "membership_hops"]

_DOWN = (RDFS_SUBCLASS, False)


def membership_hops(
    combo: Sequence[tuple[float, tuple[tuple[str, bool], ...], int]],
    sources: Sequence[tuple[str, Any]],
    answer_classes: Collection[str],
) -> int:
    """The hops of a joint path (``combo``: one walk entry a mention, ``(score, pattern,
    walk)``) that only go down ``rdfs:subClassOf`` from a class the question asks as its type
    (``answer_classes``) to the answer: the whole of each such walk, where it has another
    walk beside it (a path alone is the answer's only evidence and keeps its price)."""
    if not answer_classes or len(combo) < 2:
        return 0
    free = 0
    for _, pattern, wid in combo:
        if (
            pattern
            and wid < len(sources)
            and sources[wid][0] in answer_classes
            and all(hop == _DOWN for hop in pattern)
        ):
            free += len(pattern)
    return free


def junction_hops(
    combo: Sequence[tuple[float, tuple[tuple[str, bool], ...], int]],
    frees: Sequence[dict[tuple[tuple[str, bool], ...], int]],
) -> int:
    """The hops of a joint path's walks (``combo``, as :func:`membership_hops`'s) into
    unnamed junctions, each walk's as its own query took them free (``frees``: per walk and
    pattern, the count :meth:`~kgchat.retrieval.reading.GraphReading.junction_hops` returned:
    its prefix's, less the hop into a record another holds, read as a sibling's).

    >>> hop = (("r", True),)
    >>> junction_hops(((1.0, hop * 3, 0), (1.0, hop * 2, 1)), [{hop * 3: 1}, {hop * 2: 1}])
    2
    """
    return sum(frees[wid].get(pattern, 0) for _, pattern, wid in combo if wid < len(frees))
