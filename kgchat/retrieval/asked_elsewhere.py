"""Whether the relation a question asks of its entity is one the graph states of things of
that entity's kind, by another relation than the one its answer was reached by (issue 11).

"What is the capacity of Huxleys Neue Welt?" names what it asks of the venue: its
*capacity*. Where the graph states the other venues' capacities (a relation whose name says
"capacity") and not this one's, the best walk from the venue goes elsewhere: to its city by
``location`` (the judge reads "location" against "capacity" at 0.27, over the threshold). The
graph's own relations tell the two apart: where a relation the entity's peers (the members
of its classes, :func:`~kgchat.retrieval.peer_relations.peer_relation_words`) are stated with
says the noun asked (the same stem, a derived form: met at 1), the question asks that
relation, and an answer reached by a walk none of whose relations says the noun, and that is
itself no thing of the kind the noun names, is another relation's value: the graph does not
know the one asked of this entity. Read of a one-hop walk (the entity's own relation): a walk
on from a middle answers a question of that middle ("What country is the penciller of X
from?" over X's credit, its creator and the creator's nationality), judged elsewhere.

The noun asked is the one the question says its one entity owns ("the *capacity* of X",
"X's *agent*", "what *symptoms* does X have": :func:`~kgchat.retrieval.owner_phrases.
owner_noun`, :func:`~kgchat.retrieval.question_shapes.had_noun`). A walk that says it, or
another word of the noun phrase it heads ("the *phone* number of X" by a ``phone``), at
:data:`~kgchat.retrieval.peer_relations.ELSEWHERE` or more is the asked relation as far as
the graph words it, and an answer of the noun's kind ("the *country* of X" answered by a
``Country``) answers it by what it is: neither is read.

Examples
--------
>>> asked_elsewhere(lambda a, b: float(bool(set(a) & set(b))), "capacity",
...     ["location"], ["city"], {"capacity", "location", "name"})
True
>>> asked_elsewhere(lambda a, b: float(bool(set(a) & set(b))), "capacity",
...     ["capacity"], [], {"capacity", "location"})
False
>>> asked_elsewhere(lambda a, b: float(bool(set(a) & set(b))), "number",
...     ["phone"], [], {"house", "number", "phone"}, ("phone", "number"))
False
>>> asked_elsewhere(lambda a, b: float(bool(set(a) & set(b))), "agent",
...     ["coach"], ["person"], {"coach", "location"})
False
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from kgchat.retrieval.peer_relations import ELSEWHERE

__all__ = ["asked_elsewhere", "asked_of_rival"]

Meets = Callable[[Sequence[str], Sequence[str]], float]


def asked_elsewhere(
    meets: Meets,
    noun: str,
    walk_words: Sequence[str],
    kinds: Sequence[str],
    peer_words: Collection[str],
    phrase: Sequence[str] = (),
) -> bool:
    """Whether the relation asked by ``noun`` is stated of the entity's peers (one of
    ``peer_words`` meets it at 1 under ``meets``, the judge's word similarity) and neither
    the walk that answered (``walk_words``: its relations' words) says it, nor another word
    of the noun ``phrase`` it heads ("*phone* number": a ``phone`` says it), at
    :data:`~kgchat.retrieval.peer_relations.ELSEWHERE`, nor the answer's own ``kinds`` name
    it (module docstring)."""
    if not peer_words or meets(walk_words, [noun, *phrase]) >= ELSEWHERE:
        return False
    if kinds and meets(kinds, [noun]) >= 1.0:
        return False
    return meets(sorted(peer_words), [noun]) >= 1.0


def asked_of_rival(
    meets: Meets,
    asked: Sequence[str],
    walk_words: Sequence[str],
    kinds: Sequence[str],
    rivals: Sequence[Sequence[str]],
) -> str | None:
    """The first word of ``asked`` (the question's words) that the walk that answered does
    not say (``walk_words``: met under :data:`~kgchat.retrieval.peer_relations.ELSEWHERE`
    by ``meets``), nor the answer's own ``kinds`` name, and that one of ``rivals`` (each a
    relation's words: the relations the entity's peers state beside the one walked and the
    entity lacks, :func:`~kgchat.retrieval.peer_relations.rival_relations`) says at 1 (the
    same stem, a derived form): the question asks that relation, which the graph tells
    apart from the one walked and does not state of the entity. None where there is none.

    "Who owns Liffey Gate Brewery?" answered by its ``founded by``: other breweries state
    an ``owned by`` beside their founder, this one none; the founder is another relation's
    value, not a paraphrase of the owner.

    >>> meets = lambda a, b: float(bool(set(a) & set(b)))
    >>> asked_of_rival(meets, ["owns"], ["founded"], ["person"], [["owns"], ["brewer"]])
    'owns'
    >>> asked_of_rival(meets, ["founded"], ["founded"], [], [["owns"]]) is None
    True
    >>> asked_of_rival(meets, ["owns"], ["founded"], ["owns"], [["owns"]]) is None
    True
    """
    for word in dict.fromkeys(asked):
        if walk_words and meets(walk_words, [word]) >= ELSEWHERE:
            continue
        if kinds and meets(kinds, [word]) >= 1.0:
            continue
        if any(words and meets(words, [word]) >= 1.0 for words in rivals):
            return word
    return None
