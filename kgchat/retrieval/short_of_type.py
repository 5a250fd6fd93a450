"""Whether a walk stopped a hop short of the type its question names (issue 11: hop count).

"What *correction* was made to the fact-check of the claim that ...?" names the type it asks.
Where the walk the question's words rank first ends at a thing of another kind (the fact-check,
a claim review, reached by the claim it reviews) while a correction comment the fact-check
points to lies one hop further, the walk answered the middle node of a longer chain: a hop
short. The answer is then right only by chance, and a confident wrong answer is worse than an
abstention.

Read from the graph alone: the answer's own kinds and roles (its classes' words and the heads
of the relations at it, :meth:`~kgchat.retrieval.node_types.NodeTypes.answer_types`) meet the
type named under :data:`TOP_UNMET`, and a thing one of its own relations points to, off the
walk, is of that type (its kinds meet it at :data:`NEXT_MET` or more: the same similarity,
:meth:`~kgchat.retrieval.relation_match.RelationMatch.meets`). A value has no hop onwards (the
things beside a literal are its other holders, not a hop further), nor is a class a thing one
hop on; and an answer the graph gives no kind of is not known to be of another type. Only the
answer's own relations lead on: a record that points at it (a partner's role in another
project, a count made in a park) says something of the answer, not a thing beyond it; nor is
a thing it points to by a relation of the walk's own ("which anticoagulants *interact* with
aspirin?": Lepirudin's other drug interaction record is a peer of the one walked, not a hop on).

Both constants were chosen on the development and own questions; docs/retrieval-measurements.md,
fix53c, has what was read and what else was tried.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["NEXT_MET", "TOP_UNMET", "short_of_type"]

TOP_UNMET = 0.3  # the answer's kinds and roles meet the type named under this: it is no such thing
NEXT_MET = 0.8  # a neighbour's kinds meet it at this or more: the thing of that type a hop on


def short_of_type(reader: Any, node: str, walked: Sequence[Any], named: Sequence[str]) -> bool:
    """Whether ``node`` (the answer, reached by the paths ``walked``) is of no kind the type
    ``named`` says while a thing it points to, off the walk, is (the module docstring).

    ``reader``: the retriever (its ``kinds_of``, ``answer_types``, ``edges``, ``is_literal``,
    ``is_class`` and its relation judge's ``meets``)."""
    if not named or reader.is_literal(node):
        return False
    meets = reader.judge.meets
    kinds = reader.kinds_of(node)
    if not kinds or max(meets(kinds, named), meets(reader.answer_types(node), named)) >= TOP_UNMET:
        return False
    walk = {n for p in walked for n in p.nodes}
    used = {r for p in walked for r, _ in p.pattern}
    for edge in reader.edges(node):
        other = edge.neighbor
        if not edge.forward or other in walk or reader.is_literal(other) or reader.is_class(other):
            continue
        if edge.predicate not in used and meets(reader.kinds_of(other), named) >= NEXT_MET:
            return True
    return False
