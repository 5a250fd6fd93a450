"""A word of the kind a question asks for that WordNet knows as one noun with the kind's head
("which *plant* part", "which *body* part", "which *blood* vessel"): part of the kind's
name, not an entity to walk from, where the question names another entity.

A linker finds every name of the graph among a question's words, the kind asked's among them:
in a plant ontology "plant" is an EXACT synonym of `whole plant`, and "Which plant part is
flag leaf length measured on?" linked it and walked from it (every part of the whole plant).
A modifier of the kind asked is often a real constraint ("which *chemistry* laureates",
"which *Italian* films": the answer relates to that value), but where the modifier and the
head together are one lexicalised noun (WordNet's ``plant_part``, ``body_part``), the
phrase names a kind, as "part" alone would: its first word says which kind, not which
entity. A word written with a capital inside the sentence is a name said as such ("which
*Romance* languages") and keeps its reading.
"""

from __future__ import annotations

from collections.abc import Collection

from kgchat.mention import Mention
from kgchat.retrieval.compound_nouns import compound_noun
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import modifies_type, type_words_with
from kgchat.text import singular, tokens

__all__ = ["kind_compound_words"]


def kind_compound_words(
    q: QuestionInfo, mentions: list[Mention], classes: Collection[str]
) -> list[Mention]:
    """The entity mentions of ``mentions`` (no class of ``classes``) whose words modify the
    kind ``q`` asks for and make one WordNet noun with its head, where another entity
    mention lies outside the kind's words (the walk's start); empty otherwise.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Which plant part is flag leaf length measured on?", [(1, 2), (4, 7)])
    >>> ms = [Mention("plant", 1, 2, "p", 1.0, "dictionary"),
    ...       Mention("flag leaf length", 4, 7, "f", 1.0, "dictionary")]
    >>> found = [m.text for m in kind_compound_words(q, ms, ())]
    >>> found == ["plant"] or compound_noun(("plant", "part")) is None  # (no WordNet: none)
    True
    """
    every = {(m.start, m.end) for m in mentions}
    named = {t for w in q.text.split()[1:] if w[:1].isupper() for t in tokens(w)}
    found = []
    for m in mentions:
        if m.node in classes or named.intersection(q.tokens[m.start : m.end]):
            continue
        if not modifies_type(q, m.start, m.end, spans=every):
            continue
        head = type_words_with(q, m.start, m.end, every)[-1]
        said = tuple(q.tokens[m.start : m.end])
        if compound_noun((*said, singular(head))) is None:
            continue
        if any(o.node not in classes and o.node != m.node and o.start > m.end for o in mentions):
            found.append(m)  # another entity named after the kind's words: the walk's start
    return found
