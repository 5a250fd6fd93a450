"""How many hops of a relation path the question names, each by a word of its own.

A longer walk pays a price per hop beyond the first (:class:`~kgchat.retrieval.config.
ScorerConfig`'s ``length``), so that a hop must earn its place. Coverage earns it: a hop that
says a question word the shorter walk leaves unsaid raises the walk's coverage by that word's
share, ``1 / len(words)``. In a long question that share is less than the hop's price: "Which
body system do the drugs treated by the drugs that have side effect X affect?" was answered
by X's own ``affects body system``, one hop, over the three hops (``has side effect``,
``treats``, ``affects body system``) it spells out, each by its own words. A hop the question
*names* has earned its place whatever the question's length: :func:`said_hops` counts them,
and where they are all of a walk's hops (its junction hops aside), the scorer forgives the
length price of those beyond the first (``said_hop``). A walk with a hop nothing names keeps
its whole price: an out and back to a sibling ("the *data* set's catalog's other data sets'
*contact*") names its hop out and its last, not the walk back.

A hop is named by its best question word (the best match of its relation's phrases' words,
:meth:`~kgchat.retrieval.hop_support.HopSupport._hop`'s cover), where that match is at least
:data:`~kgchat.retrieval.hop_support.NAMED`. One occurrence of a word names one hop: a relation
walked out and back to a sibling ("the drug class of X": out to X's class and back to another
member) names its two hops by one word, and the walk back stays priced, unless the question
says the word again ("the member *drug* of the *drug* class of X"). The words that name the
answer's type name no hop: the answer's own kinds say them ("Which *unit* does X head?" is
X's unit, not the one its unit ``has unit``; "which *players* does X coach" no walk on over
``plays``), nor do the words of its of-complement (:mod:`~kgchat.retrieval.
type_complement`: "which provisions of *law*" names no ``reference to case law``).

A question says a relation by a phrase of its own, and a phrase no hop of a walk meets says
a hop that walk does not make: "Who directed the *sequel* to Glass Harbor?" has two relation
phrases, and Glass Harbor's own ``director`` meets one. The longer walk's ``previous work``,
which "sequel" is only near (0.12, under ``NAMED``), is said by it: an unnamed hop whose best
word is in a phrase no hop meets counts as named (:func:`named_hops`), one hop a phrase, so
the walk that says both phrases pays no more for its second hop than the walk that leaves
one unsaid.
Only a phrase said *of the entity* pairs (its owned noun phrase, :func:`~kgchat.retrieval.
owner_phrases.owner_phrase`): a phrase elsewhere is a verb of the answer's own clause ("What
currencies are *used* in ...") or a word no relation says ("the founder of X *study* at"),
and the question's grammar makes some runs of words names of things, no phrase at all
(:func:`relation_phrases`).

Examples
--------
>>> import numpy as np
>>> covers = [np.array([1.0, 0.1, 0.0]), np.array([0.2, 0.9, 0.0]), np.array([0.9, 0.0, 0.3])]
>>> named_hops(covers, [1, 1, 1])  # the third hop's best word is the first hop's
2
>>> named_hops(covers, [2, 1, 1])  # said twice, it names both
3
>>> named_hops(covers, [], np.array([False, True, False]))  # the second word is the type
1
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kgchat.function_words import AUXILIARIES, RELATIVE_PRONOUNS
from kgchat.retrieval.hop_support import NAMED, RelationPlans
from kgchat.retrieval.per_question import PerQuestion
from kgchat.retrieval.question import QuestionInfo
from kgchat.text import DETERMINERS, counted_at, stem

__all__ = ["named_hops", "relation_phrases", "said_hops", "says_all"]


def named_hops(
    covers: Sequence[np.ndarray | None],
    counts: Sequence[int],
    typed: np.ndarray | None = None,
    phrases: Sequence[tuple[int, ...]] = (),
    pools: Sequence[tuple[frozenset[int], int]] = (),
) -> int:
    """How many of a path's hops (each hop's match to every question word, None: no words)
    are named by a question word occurrence of their own: a hop's best word, matched at
    :data:`~kgchat.retrieval.hop_support.NAMED` or more, names it while the question says
    that word more often than earlier hops have taken it (``counts``: per word; empty, once
    each). The words ``typed`` marks (the answer's type) name none.

    A hop no word names is said all the same by a relation phrase of the question
    (``phrases``: :func:`relation_phrases`, its words' places) that no hop of the path meets
    at ``NAMED``, where the hop's best word (the type's words among them) is a word of that
    phrase and related to it at all (a match above the encoder's floor, 0): the phrase says
    a hop in words the relation's label is only near ("who directed the *sequel* to X":
    ``previous work``), one hop a phrase. A walk with fewer hops leaves the phrase unsaid
    (X's own director answered). A hop whose best word another hop has taken (a walk back to
    a sibling) or is the answer's type (the hop to the kind asked: "which *country* ..."
    over ``location country``), or that no phrase is near, stays unnamed; so do all of a walk
    no word names: the phrases of a question the graph cannot answer ("How many *copies*
    does X *sell* a *day*?") are near some relation of any walk (``word count``) but name
    none. The words of a chain (``pools``: their places and how many links it has, a word
    defined as a chain of relations, :attr:`~kgchat.retrieval.question.QuestionInfo.chains`)
    name as many hops together as the chain has links, whichever of them names each.

    >>> covers = [np.array([1.0, 0.0]), np.array([0.0, 1.0]), np.array([0.9, 0.0])]
    >>> named_hops(covers, [], pools=[(frozenset({0, 1}), 2)])  # "grandfather": two links
    2
    """
    taken: dict[int, int] = {}
    pooled = {j: k for k, (words, _) in enumerate(pools) for j in words}
    spent = [0] * len(pools)
    named = 0
    met: np.ndarray | None = None
    unnamed: list[tuple[int, float]] = []  # an unnamed hop's best word and its match
    for cover in covers:
        if cover is None or not cover.size:
            continue
        # (its best word of all: a type word there says the answer's kind, no relation)
        best = int(np.argmax(cover))
        if typed is not None and typed.any():
            cover = np.where(typed, -1.0, cover)
        met = cover >= NAMED if met is None else met | (cover >= NAMED)
        j = int(np.argmax(cover))
        k = pooled.get(j)
        if k is None:
            free = taken.get(j, 0) < (counts[j] if counts else 1)
        else:
            free = spent[k] < pools[k][1]
        if float(cover[j]) >= NAMED and free:
            taken[j] = taken.get(j, 0) + 1
            if k is not None:
                spent[k] += 1
            named += 1
        else:
            unnamed.append((best, float(cover[best])))
    if met is None or not named:  # (a walk no word names is said by none of its phrases)
        return named
    return named + _phrase_named(met, unnamed, phrases)


def _phrase_named(
    met: np.ndarray, unnamed: list[tuple[int, float]], phrases: Sequence[tuple[int, ...]]
) -> int:
    """How many of the unnamed hops (each its best word and that word's match) a relation
    phrase no hop meets at ``NAMED`` (``met``: the words some hop meets) says, one hop a
    phrase (:func:`named_hops`)."""
    unmet = [set(ph) for ph in phrases if not met[list(ph)].any()]
    said = 0
    for j, match in unnamed:
        phrase = next((ph for ph in unmet if j in ph), None) if match > 0.0 else None
        if phrase is not None:  # (one hop a phrase)
            unmet.remove(phrase)
            said += 1
    return said


def relation_phrases(q: QuestionInfo, typed: np.ndarray) -> list[tuple[int, ...]]:
    """The question's relation phrases, each as its content words' places in ``q.words``:
    the content words outside its entity mentions and outside the answer's type (``typed``,
    per word), grouped as they stand together, a run of content words with no other token
    between them ("Who is the *principal investigator* of X?", "Who *owns* the network that
    *publishes* X?": two phrases).

    Two runs the question's grammar makes names of things, not relations, are none: the head
    of a relative clause (a run a relative pronoun follows: "the parent of the *company*
    that runs X" names the thing the clause says runs X, the walk's middle, which its hops
    reach rather than make), and a modifier of an entity's name (a run between a determiner
    or an auxiliary and a mention: "How many grams of carbohydrate does *cooked* white rice
    have?", a word of the entity's own name the link left out). Nor is the noun after "how
    many" or "how much": it names what the answer is a figure of ("how many *pieces* were
    ordered on X?"), the kind of the answer, not a hop to it.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Who owns the developer of Grand Theft Auto?", [(5, 8)])
    >>> relation_phrases(q, np.zeros(len(q.words), bool))
    [(0,), (1,)]
    >>> q = analyze("Who is the parent of the company that runs Acme Works?", [(9, 11)])
    >>> [q.words[j] for ph in relation_phrases(q, np.zeros(len(q.words), bool)) for j in ph]
    ['parent', 'runs']
    """
    at = {stem(w): j for j, w in enumerate(q.words)}
    inside = q.in_mentions
    starts = {a for a, _ in q.spans}
    tokens = [t.lower() for t in q.tokens]
    counted_nouns = set(counted_at(tokens))
    out: list[tuple[int, ...]] = []
    run: list[int] = []
    first = 0  # the token the run starts at
    for i, t in enumerate([*q.tokens, ""]):
        j = None if i in inside else at.get(stem(t))
        if j is not None and not typed[j]:
            if not run:
                first = i
            run.append(j)
        elif run:
            before = tokens[first - 1] if first else ""
            clause_head = i < len(tokens) and tokens[i] in RELATIVE_PRONOUNS
            modifier = (
                i in starts
                and (before in DETERMINERS or before in AUXILIARIES)
                and before not in RELATIVE_PRONOUNS  # ("the company *that* runs X": a verb)
            )
            counted = first in counted_nouns
            if not clause_head and not modifier and not counted:
                out.append(tuple(dict.fromkeys(run)))
            run = []
    return out


def says_all(c: PerQuestion, plans: RelationPlans, rid: int) -> bool:
    """Whether relation path number ``rid``'s hops meet every question word but the answer's
    type's (:attr:`PerQuestion.type_phrase`) at :data:`~kgchat.retrieval.hop_support.NAMED`:
    the walk says all the question says, and a hop of it that walks its relation again
    (:func:`~kgchat.retrieval.unsaid.repeated_hops`) says nothing more ("the children of X"
    over ``has father`` walked back twice). A word none meets may be what the hop again says
    ("Which films did the director of X also *make*?": back over ``directed by``), and so
    may a word of the type a hop meets that the question says again, the relation said as
    the kind asked and as a relation ("Which *subclass* do the entities that have *subclass*
    X have?"): neither walk says all."""
    covers = [cover for cover in _covers(c, plans, rid) if cover is not None and cover.size]
    if not covers:
        return False
    met = np.max(np.stack(covers), axis=0) >= NAMED
    typed = c.type_phrase
    again = np.array([c.question.count(j) > 1 for j in range(len(typed))], bool)
    return bool(np.all(met | typed)) and not bool(np.any(met & typed & again))


def _covers(c: PerQuestion, plans: RelationPlans, rid: int) -> list[np.ndarray | None]:
    """Each hop's match to every question word, of relation path number ``rid`` (None: a
    hop the scorer has not read)."""
    hop_ids: list[int] = []
    at = rid
    while at >= 0:
        prefix, _, hop_id, *_ = plans.plans[at]
        hop_ids.append(hop_id)
        at = prefix
    return [c.hop_parts[h][0] if h in c.hop_parts else None for h in reversed(hop_ids)]


def said_hops(c: PerQuestion, plans: RelationPlans, rid: int) -> int:
    """:func:`named_hops` of relation path number ``rid`` (0: none), read from its hops'
    parts the scorer has kept (:attr:`PerQuestion.hop_parts`; a hop's is read here where
    not yet kept). Kept per question and path (:attr:`PerQuestion.said_hops`)."""
    found = c.said_hops.get(rid)
    if found is not None:
        return found
    covers = _covers(c, plans, rid)
    if c.relation_phrases is None:
        # (only the phrase said of the entity itself: its owned noun phrase, "the *sequel*
        # to X"; a phrase elsewhere may be a verb of the answer's own clause, "What
        # currencies are *used* in ...", or a word the walk's nodes say)
        owned = set(c.owned)
        c.relation_phrases = [
            ph for ph in relation_phrases(c.question, c.type_phrase) if owned.intersection(ph)
        ]
    pools = [
        (frozenset(j for link in chain for j in link), len(chain))
        for chain in c.question.chain_places
    ]
    found = c.said_hops[rid] = named_hops(
        covers, c.question.counts, c.type_phrase, c.relation_phrases, pools
    )
    return found
