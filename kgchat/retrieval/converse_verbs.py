"""Which way a question walks a verb relation it says by the relation's converse verb ("What
stage *follows* the milk stage?" over ``immediately preceded by``): :func:`converse_direction`.

A question may say a relation by the verb of its other end: "A follows B" is "B precedes A",
"Ben learned from Ada" is "Ada taught Ben". WordNet files such a pair as opposites or by its
cause link (:meth:`~kgchat.wordnet_opposites.Opposites.converse`), and the question's word
order reads the converse verb as it would the relation's own
(:func:`~kgchat.retrieval.verb_direction.expected_direction`), the other way round. Without
it the relation's own verb is unsaid, nothing read its direction, and the stage before the
milk stage tied or outscored the one after it.

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> q = analyze("What stage follows the milk stage?", [(4, 6)])
>>> converse_direction(q, "immediately preceded by"), converse_direction(q, "precedes")
(False, True)

The relation's own verb said is its word order's to read, and a verb WordNet does not oppose
to the relation's reads nothing:

>>> converse_direction(analyze("What stage precedes the milk stage?", [(4, 6)]), "precedes")
>>> converse_direction(q, "located in")
"""

from __future__ import annotations

from kgchat.retrieval.phrases import phrase_verb, stative_phrase
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.verb_direction import expected_direction
from kgchat.text import PREPOSITIONS, STOPWORDS, stem, tokens
from kgchat.wordnet import wordnet

__all__ = ["converse_direction"]


def converse_direction(q: QuestionInfo, phrase: str) -> bool | None:
    """Whether the question walks a verb relation ``phrase`` forwards from its one entity,
    read from a question verb WordNet files as the relation verb's converse: the direction
    its word order gives that verb in the relation's place, the other way round. None where
    the relation has no verb, its own verb is said, no question verb (or more than one
    reading) says its converse, or the question has more than one entity."""
    read = phrase_verb(phrase)
    lexicon = wordnet()
    if len(q.spans) != 1 or read is None or lexicon is None:
        return None
    own = next((w for w in tokens(phrase) if stem(w) == read[0]), None)
    if own is None or any(stem(t) == read[0] for t in q.tokens):
        return None  # its own verb said: its word order reads it
    stative = stative_phrase(phrase)
    found = set()
    for i, t in enumerate(q.tokens):
        if i in q.in_mentions or t in STOPWORDS or t in PREPOSITIONS:
            continue
        if not any(pos == "v" for _, pos in lexicon.base_forms(t)):
            continue
        if lexicon.converse(t, own):
            want = expected_direction(q, stem(t), read[1], stative)
            if want is not None:
                found.add(not want)
    return found.pop() if len(found) == 1 else None
