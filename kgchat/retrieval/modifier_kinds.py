"""A thing whose class names the asked type only by a modifier, and the thing beyond it.

A class name's head says what its members are; its other words say what they are *about*
("voltage level": a level, of a voltage). "What voltage is the Dunmere substation?" reached
the substation's ``VoltageLevel`` one hop out, which meets "voltage" by its class's modifier
as fully as the ``BaseVoltage`` one hop further meets it by its head, and the extra hop's
length price put the level first. Where the first answer meets the type the question names
only by its classes' modifiers, and a later answer walked on *from it* (one hop beyond it on
its own walk) meets the type by its classes' heads as well, the later answer is the thing
asked, and it comes first. Where none does, and the type is said before "of", a literal
value the first answer holds by a relation named by every word of the type answers: "the
*population* of the city where BMW is headquartered" reached Munich, a ``PopulatedPlace``
meeting "population" by its modifier at 1.0 (the stem of *populated*), and ranked the city's
``population total`` one literal hop beyond it 50th, outside the pool the answers are chosen
from (the extra hop's length price and a number's weak type): the asked noun names the
relation whose value is asked, as "the *height* of X" asks X's ``height``. Only a literal: a
thing the top points at is one of its own, often of the top's kind (a patent's cited patent
meets "patents" as the top does; read so, nine patents questions answered a cited patent);
and only a noun said before "of": "What *attack* patterns exploit X?" asks no ``likelihood
of attack``. Read of two nodes on one walk only: a class whose head alone
never meets the type ("Air Handling Unit" for an "AHU") keeps its place wherever nothing
beyond it is of the type by name (a graph-wide head-only reading of classes, tried in the
thirty-eighth round, lost such answers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import Any

from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.junction_words import SAID
from kgchat.retrieval.phrases import phrase_parts
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, Path

__all__ = ["Value", "kind_beyond_modifier", "values_of"]

# a value a node holds: (its relation's phrase's content words, the value, its label, the
# relation, the fact)
Value = tuple[tuple[str, ...], str, str, str, int]


def values_of(
    edges: Callable[[str], Iterable[Any]],
    phrase: Callable[[str], str],
    label: Callable[[str], str],
    is_literal: Callable[[str], bool],
) -> Callable[[str], list[Value]]:
    """What :func:`kind_beyond_modifier` reads of a node's own values: ``node`` -> each
    :data:`Value` of its forward edges (``edges``: the walk's) to a literal (``is_literal``),
    relation phrases by ``phrase`` and values named by ``label``; the class hierarchy and
    ``owl:sameAs`` left out. A node it points at is a thing of its own, often of the top's own
    kind (a patent's cited patent meets "patents" as the top does): no value of the top's."""

    def values(node: str) -> list[Value]:
        return [
            (
                phrase_parts(phrase(e.predicate))[0],
                e.neighbor,
                label(e.neighbor),
                e.predicate,
                e.fact,
            )
            for e in edges(node)
            if e.forward and e.predicate not in NO_RELATION and is_literal(e.neighbor)
        ]

    return values


def kind_beyond_modifier(
    q: QuestionInfo,
    candidates: list[Candidate],
    kinds_of: Callable[[str], Sequence[str]],
    head_kinds: Callable[[str], Sequence[str]],
    meets: Callable[[Sequence[str], Sequence[str]], float],
    values: Callable[[str], list[Value]] | None = None,
) -> list[Candidate]:
    """``candidates`` with the first answer walked on from the top that meets the head of
    the type the question names by its classes' heads (``head_kinds``) first, where the top
    meets it by its kinds (``kinds_of``, of at least
    :data:`~kgchat.retrieval.junction_words.SAID`) and not by its heads; where none does,
    the top's literal values (``values``, :func:`values_of`; None: not read) of the
    relation whose words meet every word of the type named best, as well as the top meets its
    head, first, each by the top's walk and
    that hop, at the top's score; unchanged otherwise. ``meets``: the best similarity of some
    words to the type's (:meth:`~kgchat.retrieval.relation_match.RelationMatch.meets`).

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
    if not beyond and (values is None or not candidates[0].paths):
        return candidates
    kinds, heads = kinds_of(top), head_kinds(top)
    if not beyond and set(kinds) <= set(heads):
        # no modifier to meet the type by (a best similarity of fewer words is no higher):
        # most tops, told without a word compared
        return candidates
    met = meets(kinds, asked)
    if met < SAID or meets(heads, asked) >= SAID:
        return candidates
    for i in beyond:
        if meets(head_kinds(candidates[i].node), asked) >= met:
            return [candidates[i], *candidates[:i], *candidates[i + 1 :]]
    if values is None or not candidates[0].paths or not _said_of(q.tokens, asked[0]):
        return candidates
    return _named_values(candidates, values(top), q.named_type, met, meets) or candidates


def _said_of(tokens: Sequence[str], noun: str) -> bool:
    """Whether ``noun`` is said right before "of" ("the *population of* the city"): a value
    asked of what follows, not a kind of thing ("What attack patterns exploit X?")."""
    return any(t == noun and nxt == "of" for t, nxt in pairwise(tokens))


def _named_values(
    candidates: list[Candidate],
    held: list[Value],
    asked: Sequence[str],
    met: float,
    meets: Callable[[Sequence[str], Sequence[str]], float],
) -> list[Candidate] | None:
    """``candidates`` with the top's values ``held`` by the relation whose words meet every
    word of the ``asked`` type (the type the question names) best, at least as well as
    ``met``, first (None where none does)."""
    rated: dict[tuple[str, ...], float] = {}
    for words, *_ in held:
        if words and words not in rated:
            # every word of the type named: "attack *patterns*" asks no likelihood of attack
            rated[words] = min(meets(words, (w,)) for w in asked)
    best = max(rated, key=rated.__getitem__, default=None)
    if best is None or rated[best] < met:
        return None
    first = candidates[0]
    walk = first.paths[0]
    found: dict[str, Candidate] = {}
    for words, node, name, predicate, fact in held:
        if words == best and node not in found and node != walk.start:
            path = Path(
                walk.start,
                (*walk.pattern, (predicate, True)),
                (*walk.nodes, node),
                (*walk.facts, fact),
                walk.score,
            )
            found[node] = Candidate(node, name, first.score, [path])
    if not found:
        return None
    return [*found.values(), *(c for c in candidates if c.node not in found)]
