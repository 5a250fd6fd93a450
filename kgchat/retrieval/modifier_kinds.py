"""A thing whose class names the asked type only by a modifier, and the thing beyond it.

A class name's head says what its members are; its other words say what they are *about*
("voltage level": a level, of a voltage). "What voltage is the Dunmere substation?" reached
the substation's ``VoltageLevel`` one hop out, which meets "voltage" by its class's modifier
as fully as the ``BaseVoltage`` one hop further meets it by its head, and the extra hop's
length price put the level first. Where the first answer meets the type the question names
only by its classes' modifiers, and a later answer walked on *from it* (one hop beyond it on
its own walk) meets the type by its classes' heads as well, the later answer is the thing
asked, and it comes first. Read of two nodes on one walk only: a class whose head alone
never meets the type ("Air Handling Unit" for an "AHU") keeps its place wherever nothing
beyond it is of the type by name (a graph-wide head-only reading of classes, tried in the
thirty-eighth round, lost such answers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kgchat.retrieval.junction_words import SAID
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate

__all__ = ["kind_beyond_modifier"]


def kind_beyond_modifier(
    q: QuestionInfo,
    candidates: list[Candidate],
    kinds_of: Callable[[str], Sequence[str]],
    head_kinds: Callable[[str], Sequence[str]],
    meets: Callable[[Sequence[str], Sequence[str]], float],
) -> list[Candidate]:
    """``candidates`` with the first answer walked on from the top that meets the head of
    the type the question names by its classes' heads (``head_kinds``) first, where the top
    meets it by its kinds (``kinds_of``, of at least
    :data:`~kgchat.retrieval.junction_words.SAID`) and not by its heads; unchanged
    otherwise. ``meets``: the best similarity of some words to the type's
    (:meth:`~kgchat.retrieval.relation_match.RelationMatch.meets`).

    >>> from kgchat.retrieval.question import analyze
    >>> from kgchat.retrieval.results import Path
    >>> q = analyze("What voltage is the Dunmere substation?", [(4, 6)])
    >>> def cand(node, nodes):
    ...     return Candidate(node, node, 1.0, [Path("s", (("r", True),) * (len(nodes) - 1),
    ...                      tuple(nodes), (), 1.0)])
    >>> level, volts = cand("level", ["s", "level"]), cand("kv", ["s", "level", "kv"])
    >>> kinds = {"level": ("voltage", "level"), "kv": ("base", "voltage")}
    >>> heads = {"level": ("level",), "kv": ("voltage",)}
    >>> meets = lambda ws, asked: float(bool(set(ws) & set(asked)))
    >>> [c.node for c in kind_beyond_modifier(q, [level, volts], kinds.get, heads.get, meets)]
    ['kv', 'level']
    """
    asked = q.named_type[-1:]  # the type's head: "alcohol *content*" asks no alcohol
    if not asked or len(candidates) < 2:
        return candidates
    top = candidates[0].node
    # the walks on from the top first: most questions have none, and need no word compared
    beyond = [
        i
        for i, c in enumerate(candidates[1:], 1)
        if any(len(p.nodes) > 2 and p.nodes[-2] == top for p in c.paths)
    ]
    if not beyond:
        return candidates
    met = meets(kinds_of(top), asked)
    if met < SAID or meets(head_kinds(top), asked) >= SAID:
        return candidates
    for i in beyond:
        if meets(head_kinds(candidates[i].node), asked) >= met:
            return [candidates[i], *candidates[:i], *candidates[i + 1 :]]
    return candidates
