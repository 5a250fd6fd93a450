"""Whether the relation that answered names another kind of the thing the question asks: the
same head noun, narrowed by a word of its own the question does not say, where the question
narrows it by one the walk does not say (issue 11).

"What is the *towing capacity* of the Lariat?" asks a capacity, and a graph that states only
the truck's ``seating capacity`` answers with 5 at 0.5: half the phrase met, its head. But a
noun phrase names by its head what its object is and by its modifiers which of those it is
(:func:`~kgchat.retrieval.relation_heads.head_and_modifiers`): "towing" and "seating" each
pick out a capacity the other is not, as "average" and "maximum" depth, "chemical" and
"ecological" status, "phone" and "house" number do. Where the question's noun phrase (the
one it says its entity owns, :func:`~kgchat.retrieval.owner_phrases.owner_phrase`) and the
name of the walk's last relation share their head, and each has a modifier the other side
leaves unsaid, the relation is a sibling of the one asked, not it: the graph does not state
the one asked. A relation with no modifier of its own (``capacity`` for "towing capacity")
is the general noun and may be read as the question's, so is not read here; nor is a
relation whose modifiers the question says, nor two compounds WordNet knows as one noun
("postal code", "zip code": :func:`~kgchat.retrieval.compound_nouns.compound_noun`).

Examples
--------
>>> same = lambda a, b: float(bool(set(a) & set(b)))
>>> rival_compound(same, ("towing", "capacity"), ("capacity", ("seating",)), ["seating",
...     "capacity"])
True
>>> rival_compound(same, ("seating", "capacity"), ("capacity", ("seating",)), ["seating",
...     "capacity"])
False
>>> rival_compound(same, ("capacity",), ("capacity", ("seating",)), ["seating", "capacity"])
False
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kgchat.retrieval.compound_nouns import compound_noun
from kgchat.retrieval.junction_words import SAID

__all__ = ["rival_compound"]

Meets = Callable[[Sequence[str], Sequence[str]], float]


def rival_compound(
    meets: Meets,
    asked: Sequence[str],
    relation: tuple[str, tuple[str, ...]],
    walk_words: Sequence[str],
) -> bool:
    """Whether ``relation`` (the last hop's head noun and modifiers) names a sibling kind of
    the noun phrase ``asked`` (the question's words, its head last): the heads meet at 1,
    none of the relation's modifiers is met at :data:`~kgchat.retrieval.junction_words.SAID`
    by a word of ``asked``, and a modifier of ``asked`` is met by no word of the walk
    (``walk_words``); two compounds WordNet knows, meeting as wholes, are one noun (module
    docstring)."""
    head, modifiers = relation
    if len(asked) < 2 or not head or not modifiers or meets((head,), asked[-1:]) < 1.0:
        return False
    if meets(modifiers, asked) >= SAID:
        return False
    if all(meets((m,), walk_words) >= SAID for m in asked[:-1]):
        return False
    whole = compound_noun(tuple(asked)), compound_noun((*modifiers, head))
    return not (whole[0] and whole[1] and meets(whole[:1], whole[1:]) >= SAID)
