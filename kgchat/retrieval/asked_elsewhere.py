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

__all__ = ["asked_elsewhere"]

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
