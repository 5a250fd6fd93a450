"""Walks that repeat one relation, and walks that pass through another named thing: what the
confidence (:mod:`kgchat.retrieval.confidence`) asks of a walk's middle nodes.

A walk ``Room -isPartOf-> Floor -isPartOf-> Building`` is a chain of one relation: the room is
in the building as it is in the floor, and "Which building is Room 4.07 in?" says the floor by
saying "in". A walk ``Course -offeredBy-> Department -locatedIn-> Hall`` passes the department
over a relation of its own: "Where is Databases?" says nothing of it, and the hall is where
the department is.

Examples
--------
>>> class Kg:
...     def inverse_of(self, p):
...         return {"hasPart": "isPartOf", "isPartOf": "hasPart", "spouse": "spouse"}.get(p)
>>> repeats(Kg(), ("isPartOf", True), ("hasPart", False))
True
>>> repeats(Kg(), ("spouse", True), ("spouse", True))
False
"""

from __future__ import annotations

from typing import Any

from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.results import Path

__all__ = ["detours", "repeats"]


def repeats(kg: Any, hop: tuple[str, bool], nxt: tuple[str, bool]) -> bool:
    """Whether ``nxt`` walks on over the relation ``hop`` walked, in its direction (``X
    -partOf-> F -partOf-> B``, or over its declared inverse backwards: ``isPartOf`` then
    ``hasPart`` reversed): through a named node, a chain of one relation, which says that
    relation again (the room is in the floor that is in the building: the room is in the
    building). Not a symmetric relation's: a spouse's spouse is no spouse."""
    inverse = kg.inverse_of(hop[0])
    if inverse == hop[0]:
        return False
    return nxt == hop or (inverse is not None and nxt == (inverse, not hop[1]))


def detours(kg: Any, anonymous: Any, path: Path) -> bool:
    """Whether ``path`` passes a named node (``anonymous(node)`` false) over a relation the
    next hop does not repeat (:func:`repeats`), the class hierarchy and ``owl:sameAs`` left
    out."""
    hops = path.pattern
    return any(
        hops[i][0] not in NO_RELATION
        and hops[i + 1][0] not in NO_RELATION
        and not anonymous(path.nodes[i + 1])
        and not repeats(kg, hops[i], hops[i + 1])
        for i in range(len(hops) - 1)
    )
