"""A joint answer's walks that meet no constraint of their own: detours.

A node several mentions reach takes a constraint bonus per mention beyond the first
(:meth:`~kgchat.retrieval.combine.CandidateRanking._combine`). The joint query reads the
walks together, so one walk's relation that the question says ("directed") pays for the
words of every walk, and a mention whose walk reaches the node by relations the question
says nothing of still took its whole bonus: "Who directed the 1998 Hedda Gabler at the
Nationaltheatret?" reached a translator from the theatre by its city and his birthplace, and
"Which articles did A and B write together?" an article about the paper B works for. A walk
of one hop (the mention's own neighbour: a year's ``date``, a class's member) meets its
mention's constraint by the graph's own link whatever its relation's words; a longer walk
meets it only where the question says one of its hops (:func:`detours` counts the walks that
do not).

A mention the question ties to the rest by grammar alone says no relation in words: the
object of a preposition ("who commanded the French *at Borodino*", "who *in the College of
Engineering* holds ...") or of "have" ("which families *have languages* spoken in X"), or a
modifier of the kind asked ("which *Tesla* recalls"). Its walk
is judged by its link, as a one-hop walk is (:func:`tied_by_grammar` finds such mentions): the
preposition or the modifier is all the question says of the hop, and no hop of the walk can
say more of it.

Mentions the question coordinates ("which children did *A and B* have", "acts that amend
*both X and Y*") play one role towards the answer: a walk of one of them that passes through
another's node (A's walk to B, then B's child) meets B's constraint, not its own
(:func:`by_another`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.function_words import HAVE_FORMS
from kgchat.graph.vocab import HIERARCHY, MEMBERSHIP
from kgchat.retrieval.question import QuestionInfo
from kgchat.text import PREPOSITIONS, skip_words, stem

__all__ = ["by_another", "detours", "hop_said_once", "own_best", "tied_by_grammar"]

Hop = tuple[str, bool]
_KINDS = frozenset((*HIERARCHY, *MEMBERSHIP))  # what a thing is: a class mention's own link
_TIES = PREPOSITIONS | HAVE_FORMS  # words that tie their object by grammar alone


def detours(
    combo: Sequence[tuple[float, tuple[Hop, ...], int]],
    said: Callable[[Hop], bool],
    frees: Sequence[dict[Any, int]] = (),
    bare: frozenset[int] = frozenset(),
) -> int:
    """How many walks of a joint answer (``combo``: one (score, pattern, walk number) entry
    a mention) take two hops or more, those into unnamed junctions their own query took free
    (``frees``, per walk number) not counted, none of which the question says (``said``)
    nor steps to or from what a thing is (a class, a subclass, a concept scheme), from a
    mention the question ties by words (not in ``bare``, walk numbers of the mentions
    :func:`tied_by_grammar` finds), where another walk of two hops or more says one: where
    none does, the question's words say nothing of any long walk (a one-hop walk is judged
    by the graph's link, not by its words), and none is a detour.

    >>> said = lambda hop: hop[0] == "director"
    >>> combo = [(1.0, (("director", True),), 0),
    ...          (0.5, (("city", True), ("birth place", False)), 1),
    ...          (0.5, (("produced by", False), ("director", True)), 2)]
    >>> detours(combo, said)
    1
    >>> detours(combo, said, [{}, {(("city", True), ("birth place", False)): 1}, {}])
    0
    >>> detours(combo[1:2], said), detours(combo, said, bare=frozenset({1}))
    (0, 0)

    A walk over what things are says nothing by that, and makes no other walk a detour:

    >>> kinds = (0.5, (("broader", True), ("city", True)), 2)
    >>> detours([combo[1], kinds], said)
    0
    """
    long = [len(p) - (frees[w].get(p, 0) if w < len(frees) else 0) >= 2 for _, p, w in combo]
    says = [any(map(said, pattern)) for _, pattern, _ in combo]
    if not any(s and n for s, n in zip(says, long, strict=True)):
        # (the question says nothing of any long walk: its words are the mentions' own, as
        # in "X's *revenue* in 2024" with the concept Revenue linked, and each walk is
        # judged by its mention alone)
        return 0
    # (a walk over what things are, a class's members or subclasses, goes by its class
    # mention's own name: "the *molecular weight* of X", a class whose instances hold it;
    # a mention tied by grammar alone says nothing a hop could meet)
    judged = [w not in bare and all(r not in _KINDS for r, _ in pattern) for _, pattern, w in combo]
    return sum(j and n and not s for j, n, s in zip(judged, long, says, strict=True))


def by_another(
    node: str,
    combo: Sequence[tuple[float, tuple[Hop, ...], int]],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
    alike: frozenset[int],
) -> frozenset[int]:
    """The walk numbers of a joint answer's walks (``combo``, as :func:`detours`'; the walks'
    starts and parent pointers in ``sources``) from coordinated mentions (``alike``) that
    reach ``node`` through the start of another coordinated walk of the combination.

    >>> parents = {(("spouse", True),): {"B": ("A", 0)},
    ...            (("spouse", True), ("child", True)): {"C": ("B", 1)},
    ...            (("child", True),): {"C": ("B", 0)}}
    >>> combo = [(1.0, (("spouse", True), ("child", True)), 0), (1.0, (("child", True),), 1)]
    >>> sources = [("A", parents), ("B", parents)]
    >>> sorted(by_another("C", combo, sources, frozenset({0, 1})))
    [0]
    >>> sorted(by_another("C", combo, sources, frozenset()))
    []
    """
    starts = {sources[w][0] for _, _, w in combo if w in alike}
    out: set[int] = set()
    for _, pattern, w in combo:
        if w not in alike or len(pattern) < 2:
            continue
        parents, at, others = sources[w][1], node, starts - {sources[w][0]}
        for k in range(len(pattern) - 1):
            step = parents.get(pattern[: len(pattern) - k], {}).get(at)
            if step is None or step[0] is None:
                break
            at = step[0]
            if at in others:
                out.add(w)
                break
    return frozenset(out)


def own_best(
    node: str,
    best: tuple[float, Any],
    combos: Sequence[tuple[Any, ...]],
    at: Sequence[int],
    scores: Sequence[float],
    sources: Sequence[tuple[str, dict[Any, dict[str, Any]]]],
    alike: frozenset[int],
    bonus: float,
) -> tuple[float, Any, frozenset[int]]:
    """A joint answer's best combination (``best``: its joint score and combination, one of
    ``combos``, whose joint scores are ``scores`` at ``at``) and its walks
    :func:`by_another` counts out; where it has some, the best combination with none
    instead, if its score is within ``bonus`` (the constraint bonus) a walk counted out of
    the best: a mention that reaches the node by a walk of its own as well keeps its
    constraint.

    >>> parents = {(("spouse", True),): {"B": ("A", 0)},
    ...            (("spouse", True), ("child", True)): {"C": ("B", 1)},
    ...            (("child", True),): {"C": ("B", 0)}}
    >>> through = [(1.0, (("spouse", True), ("child", True)), 0), (1.0, (("child", True),), 1)]
    >>> alone = [(0.5, (("child", True),), 1)]
    >>> args = ([through, alone], [0, 1], [2.0, 1.5], [("A", parents), ("B", parents)])
    >>> own_best("C", (2.0, through), *args, frozenset({0, 1}), 1.0)[0]
    1.5
    >>> own_best("C", (2.0, through), *args, frozenset({0, 1}), 0.1)[::2]
    (2.0, frozenset({0}))
    """
    out = by_another(node, best[1], sources, alike) if alike else frozenset()
    if not out:
        return best[0], best[1], out
    own = [
        (scores[i], c)
        for c, i in zip(combos, at, strict=True)
        if not by_another(node, c, sources, alike)
    ]
    if own:
        score, combo = max(own, key=lambda sc: sc[0])
        if score + bonus * len(out) >= best[0]:
            return score, combo, frozenset()
    return best[0], best[1], out


def tied_by_grammar(q: QuestionInfo, spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The positions in ``spans`` (mentions' token spans) of the mentions the question ties
    to the rest by grammar alone: right after a preposition or a form of "have" (articles
    between passed over), or right before a word of the kind it asks, which they modify.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Who commanded the French at Borodino?", [(3, 4), (5, 6)])
    >>> sorted(tied_by_grammar(q, q.spans))
    [1]
    >>> q = analyze("Which Tesla recalls were issued in 2023?", [(1, 2), (6, 7)])
    >>> sorted(tied_by_grammar(q, q.spans))
    [0, 1]
    >>> q = analyze("Which articles did Ann Lee and Bo Ek write?", [(3, 5), (6, 8)])
    >>> sorted(tied_by_grammar(q, q.spans))
    []
    """
    toks, asked = q.tokens, {stem(w) for w in q.answer_type}
    out: set[int] = set()
    for k, (start, end) in enumerate(spans):
        i = skip_words(toks, start - 1, -1)
        after = toks[end] if end < len(toks) else ""
        if (i >= 0 and toks[i] in _TIES) or (after and stem(after) in asked):
            out.add(k)
    return frozenset(out)


def hop_said_once(support: Callable[[str, bool], float], floor: float) -> Callable[[Hop], bool]:
    """Whether the question says a hop (``support`` at ``floor`` or more), read once a hop:
    thousands of joint answers of a question share a few hops, and each reading is a scorer
    call.

    >>> calls = []
    >>> said = hop_said_once(lambda r, f: calls.append(r) or 0.5, 0.05)
    >>> said(("a", True)), said(("a", True)), calls
    (True, True, ['a'])
    """
    kept: dict[Hop, bool] = {}

    def said(hop: Hop) -> bool:
        found = kept.get(hop)
        if found is None:
            found = kept[hop] = support(*hop) >= floor
        return found

    return said
