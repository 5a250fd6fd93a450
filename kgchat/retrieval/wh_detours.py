"""A walk's last hop taken only to reach the type a bare wh-word asks, put after the node it
left: "Who moderates the Electronics Bench?" is answered by the forum's moderator, the user
account ``solder_queen``, not by the person who holds that account (``foaf:holdsAccount``),
however much better a ``foaf:Person`` meets "who" than a ``sioc:UserAccount`` does. So is
"Where does the Bief Noir flow into?", a "where" that asks where something is *done*
(:func:`~kgchat.retrieval.question_shapes.where_done`): the river it flows into, not a region
that river crosses, however much better a region meets "where" than a river does.

The untrained scorer rewards an answer whose type meets the question's (``who``: a person) and
charges a hop the question does not say less than that reward, so a walk that reaches the
answer by the relation asked and then steps on, over a relation the question says nothing
of, to a neighbour of the asked-for type outranks the answer itself. The confidence already
distrusts such a walk (a walk of several hops to a type only a wh-word asks must say its last
hop: :meth:`~kgchat.retrieval.middle_hops.MiddleHops._middles_said`); this reorders by the
same reading, so the node the said relations reach comes first and is rated on its own walk.

Only the node the detour left is moved, and only where it is a candidate by that very walk
less its last hop (the same start and relations): the question's words are then said by the
shorter walk, and the step on says none of them. A walk through an unnamed junction (a
Freebase CVT, an n-ary role node) is one relation said by its hops together and is left
alone, as are hops up or down a class hierarchy or over ``owl:sameAs``, and a last hop over
the relation of the hop before (or its declared inverse), either way: back over it, it reaches
what shares a node with the walk ("who works at the same organization as X"), on along it, a
chain of one relation (the building a room's floor is in).

See ``tests/test_wh_detours.py`` for the walk on a small SIOC/FOAF graph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.answer_type import WH_TYPES
from kgchat.retrieval.junction_words import SAID
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import where_done
from kgchat.retrieval.results import Candidate
from kgchat.text import STOPWORDS

__all__ = ["UNSAID", "detours_read", "hop_support", "said_before_detour", "support_beyond"]

# A hop's support below which the question says nothing of it (``foaf:holdsAccount`` for "Who
# moderates X?": 0.01). The support of one hop is read against all the question's words, so a
# hop the question does say beside another's words ("born" in "Where was the director of X
# born?") stays well above it (0.4); tried at 0.5 and "who" and "where" alike on the whole
# development set, it moved the birthplaces of directors back to the directors (12 lost).
UNSAID = 0.1


def said_before_detour(
    q: QuestionInfo,
    candidates: list[Candidate],
    hop_support: Callable[[str, bool], float],
    anonymous: Callable[[str], bool],
    inverse_of: Callable[[str], str | None] = lambda rel: None,
    beyond: Callable[[tuple[tuple[str, bool], ...], str, bool], float] | None = None,
    left_support: Callable[[str, bool], float] | None = None,
    verb_support: Callable[[str, bool], float] | None = None,
    label_of: Callable[[str], str] | None = None,
    all_said: Callable[[tuple[tuple[str, bool], ...]], bool] | None = None,
) -> list[Candidate]:
    """``candidates`` with the best one put after the node its best walk left by a last hop
    the question says nothing of (``hop_support`` below :data:`UNSAID`), where the question's
    type is only what a bare "who" asks (a person), or what a "where" asks of a thing done
    (``where_done``: a place, "Where does X flow into?"), it says a relation, the walk is of two
    hops, its first said (support of :data:`~kgchat.retrieval.junction_words.SAID` or more),
    and that node is a candidate by the same walk less the hop. The node moved up takes the
    best score (just above it), so the order and the scores agree. Where the candidates no
    longer hold it (``label_of`` given: its name), pushed out of the pool by the people the
    detour reaches from it and its peers ("Who won X?" over four winning states, each with
    its nationals), it is made one by that walk, where that walk says every question word
    (``all_said`` of its relations): "Who *signed* the treaty that ended X?" is no question
    the treaty answers, though its walk says "ended". ``left_support`` (None:
    ``hop_support``) reads the hops of the walk left behind
    (:func:`~kgchat.retrieval.relation_heads.head_support`: one said only by its name's
    modifiers reaches no node the question describes). Of a "where", the walk left behind
    must also say the question's verb (``verb_support``, :func:`verb_said`: "flow" of "Where
    does X *flow* into?"), not only a noun of its subject ("Where is the *publisher* of X
    based?": where the publisher is, one hop further, is asked).

    >>> from kgchat.retrieval.results import Path
    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Who moderates Bench?", [(2, 3)])
    >>> hop = (("moderator", True),)
    >>> acc = Candidate("acc", "acc", 1.6, [Path("bench", hop, ("bench", "acc"), (1,), 1.6)])
    >>> two = (*hop, ("holds", False))
    >>> walk = Path("bench", two, ("bench", "acc", "per"), (1, 2), 1.9)
    >>> per = Candidate("per", "per", 1.9, [walk])
    >>> said = {"moderator": 1.0, "holds": 0.0}
    >>> [c.node for c in said_before_detour(q, [per, acc], lambda r, f: said[r], lambda n: False)]
    ['acc', 'per']
    """
    where = list(q.answer_type) == WH_TYPES["where"] and where_done(q)
    if len(candidates) < 2 or not q.words or not (_bare_who(q) or where):
        return candidates
    top = candidates[0]
    if not top.paths:
        return candidates
    walk = top.paths[0]
    if len(walk.pattern) != 2:
        # (a longer walk left behind passes nodes of its own: out and back over a founder to
        # the founder's other company is no answer to "who founded X" either)
        return candidates
    rel, forward = walk.pattern[-1]
    before = walk.pattern[-2][0]
    left = walk.nodes[-2]
    inverse = inverse_of(before)
    if (
        rel in NO_RELATION
        or before in NO_RELATION
        or anonymous(left)
        # back over the relation walked (the same organization as X), or on along it (a
        # part of a part): the hop says that relation again
        or rel == before
        or (inverse is not None and rel == inverse)
        # the walk left behind must say the question's relation (the forum's moderator):
        # a node reached over hops the question does not say either answers nothing
        or any((left_support or hop_support)(r, f) < SAID for r, f in walk.pattern[:-1])
        or (
            where
            and not _bare_who(q)
            and (
                verb_support is None or max(verb_support(r, f) for r, f in walk.pattern[:-1]) < SAID
            )
        )
        or (
            hop_support(rel, forward) >= UNSAID
            # a word is said once: the last hop says only what the walk before it does not
            # ("Who developed X?": *developed* is the developer's, not the founder's too)
            and (beyond is None or beyond(walk.pattern[:-1], rel, forward) >= UNSAID)
        )
    ):
        return candidates
    shorter = walk.pattern[:-1]
    for k, c in enumerate(candidates[1:], start=1):
        if c.node != left:
            continue
        if not any(p.start == walk.start and p.pattern == shorter for p in c.paths):
            return candidates
        moved = replace(c, score=top.score + 1e-3)
        return [moved, *candidates[:k], *candidates[k + 1 :]]
    if label_of is None or all_said is None or not all_said(shorter):
        return candidates
    back = replace(walk, pattern=shorter, nodes=walk.nodes[:-1], facts=walk.facts[:-1])
    return [Candidate(left, label_of(left), top.score + 1e-3, [back]), *candidates]


def detours_read(retriever: Any, q: QuestionInfo, candidates: list[Candidate]) -> list[Candidate]:
    """:func:`said_before_detour` with the retriever's own readings of ``q``: the hops' support
    (:func:`hop_support`), its unnamed nodes, declared inverses, the support of a hop beyond a
    walk (:func:`support_beyond`), the walk left behind read by its relations' heads (a hop
    said by its name's modifiers alone is unsaid:
    :func:`~kgchat.retrieval.relation_heads.head_support`) and the question's verb
    (:func:`verb_said`)."""
    from kgchat.retrieval.relation_heads import head_support

    judge, query = retriever.judge, retriever.query
    return said_before_detour(
        q,
        candidates,
        hop_support(judge, query, q),
        retriever.anonymous,
        retriever.kg.inverse_of,
        support_beyond(judge, query, q),
        head_support(retriever, q),
        verb_said(judge, query, q),
        retriever.kg.label,
        words_said(judge, query, q),
    )


def words_said(
    judge: Any, query: Any, q: QuestionInfo
) -> Callable[[tuple[tuple[str, bool], ...]], bool]:
    """Whether a walk's relations say every word of ``q`` (the scorer's word cover of each,
    :data:`~kgchat.retrieval.junction_words.SAID` or more)."""

    def said(pattern: tuple[tuple[str, bool], ...]) -> bool:
        cover = judge.scorer.word_cover(q, query(pattern, ()))
        return cover is not None and len(cover) > 0 and bool((cover >= SAID).all())

    return said


def verb_said(judge: Any, query: Any, q: QuestionInfo) -> Callable[[str, bool], float] | None:
    """How well one hop says the question's verb: its last word outside the entities' names
    that is a question word and no function word ("flow" of "Where does the Korn river
    *flow* to?", "based" of "Where is the publisher of X *based*?"); None where there is
    none."""
    inside = {k for a, b in q.spans for k in range(a, b)}
    verb = next(
        (
            t
            for k, t in reversed(list(enumerate(q.tokens)))
            if k not in inside and t not in STOPWORDS and t.isalpha()
        ),
        None,
    )
    if verb is None or verb not in q.words:
        return None
    return hop_support(judge, query, replace(q, words=[verb], counts=[]))


def _bare_who(q: QuestionInfo) -> bool:
    """Whether ``q`` asks "who" by the bare wh-word: "which person" names what it asks, the
    holder reached over the hop."""
    return list(q.answer_type) == WH_TYPES["who"] and bool({"who", "whom"} & set(q.tokens))


def support_beyond(
    judge: Any, query: Any, q: QuestionInfo
) -> Callable[[tuple[tuple[str, bool], ...], str, bool], float]:
    """How well the question's words that a walk does not already say (cover below
    :data:`~kgchat.retrieval.junction_words.SAID`) say one more hop after it: 0 where the walk
    says them all. A word said twice needs two hops (the scorer's coverage reads it so), and a
    hop that only repeats the word of the hop before it ("founded by" after "developer", for
    "developed") says nothing of its own: :func:`hop_support` of the rest of the question.

    >>> from kgchat import KnowledgeGraph
    >>> from kgchat.retrieval import Retriever
    >>> kg = KnowledgeGraph.from_triples([("Doom", "developer", "id"), ("id", "founded by", "Ann")])
    >>> r = Retriever(kg)
    >>> def beyond(question):
    ...     q = r.read(question, r.linker.link(question))[0]
    ...     return support_beyond(r.judge, r.query, q)((("developer", True),), "founded by", True)
    >>> beyond("Who developed Doom?"), beyond("Who founded the firm that developed Doom?")
    (0.0, 1.0)
    """

    def support(before: tuple[tuple[str, bool], ...], rel: str, forward: bool) -> float:
        cover = judge.scorer.word_cover(q, query(before, ()))
        # (a word of a chain, "grandmother" read as ``mother`` of ``parent``, is said by a
        # hop of its own, as a word said twice is)
        twice = q.counts or [1] * len(q.words)
        chained = {k for chain in q.chain_places for link in chain for k in link}
        keep = [
            k
            for k, _ in enumerate(q.words)
            if cover is None or cover[k] < SAID or twice[k] > 1 or k in chained
        ]
        if not keep:
            return 0.0
        rest = q
        if len(keep) < len(q.words):
            rest = replace(
                q,
                words=[q.words[k] for k in keep],
                counts=[q.counts[k] for k in keep] if q.counts else [],
            )
        return hop_support(judge, query, rest)(rel, forward)

    return support


def hop_support(judge: Any, query: Any, q: QuestionInfo) -> Callable[[str, bool], float]:
    """How well the question says one hop (the untrained scorer's support share)."""

    def support(rel: str, forward: bool) -> float:
        return float(judge.scorer.components(q, [query(((rel, forward),), ())])[0, 1])

    return support
