"""Which way a question walks a verb relation it says by another, transitive verb under
do-support ("What services does the cart *call*?" over ``depends on``): :func:`do_direction`.

A wh-question with do-support puts its subject between the form of do and the bare verb:
"What does X <verb>?" makes X the verb's subject, and the wh-phrase, with no preposition left
at the end to take it, the verb's object. That is English word order, whatever the verb: a
relation whose own verb is active (``depends on``, ``uses``) and meant by the question's verb
is then walked forwards from X, the relation's subject. The caller reads a relation whose verb
the question says by :func:`~kgchat.retrieval.phrases.expected_direction`, and a verb ending in
a preposition said by another verb with it by
:func:`~kgchat.retrieval.phrasal_verbs.particle_direction`; this reads what both leave.

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> do_direction(analyze("What services does the cart call?", [(4, 5)]), "depends on")
True
>>> do_direction(analyze("Which packages does chartwell require?", [(3, 4)]), "depends on")
True

A preposition left at the end takes the wh-phrase ("What does X *belong to*?": X's container,
as often a converse of the relation's verb), a relation's own verb is read by its word order, a
passive relation names its doer by itself, and the question's verb must be one WordNet has:

>>> do_direction(analyze("What does the cart belong to?", [(3, 4)]), "contains") is None
True
>>> do_direction(analyze("What does the cart call?", [(3, 4)]), "calls") is None
True
>>> do_direction(analyze("What does the cart call?", [(3, 4)]), "called by") is None
True

A wh-word that asks a circumstance (a time, a place, a reason) is no object of the verb:

>>> do_direction(analyze("When does the cart call?", [(3, 4)]), "depends on") is None
True

A verb that says the relation's from its other end, its converse by WordNet ("What does X
*follow*?" over ``precedes``), and no direction is read:

>>> do_direction(analyze("What stage does the milk stage follow?", [(4, 6)]), "precedes")
"""

from __future__ import annotations

from kgchat.function_words import DO_FORMS
from kgchat.retrieval.phrases import phrase_verb
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.verb_direction import asks_circumstance
from kgchat.text import NOUN_MARKERS, PREPOSITIONS, STOPWORDS, stem
from kgchat.wordnet import wordnet

__all__ = ["do_direction"]


def do_direction(q: QuestionInfo, phrase: str) -> bool | None:
    """True where the question says a relation ``phrase`` with an active verb of its own
    (:func:`~kgchat.retrieval.phrases.phrase_verb`) by another verb under do-support with its
    one entity as that verb's subject and the wh-phrase its object: a form of do, the entity
    (after an article or another noun marker), and a verb WordNet knows as the question's last
    word ("What does X <verb>?"); the relation is walked forwards from the entity. None
    otherwise: another shape, a wh-phrase asking a circumstance
    (:func:`~kgchat.retrieval.verb_direction.asks_circumstance`: "When did X *air*?"), more
    or fewer than one entity, the relation's own verb said, a
    passive relation, or a question verb that says the relation's from its other end
    (:meth:`~kgchat.wordnet_opposites.Opposites.converse`)."""
    read = phrase_verb(phrase)
    if len(q.spans) != 1 or read is None or read[1]:
        return None
    toks, (start, end) = q.tokens, q.spans[0]
    if any(stem(t) == read[0] for t in toks):
        return None  # its own verb said: the verb's word order reads it
    before = start - 1
    while before >= 0 and toks[before] in NOUN_MARKERS:
        before -= 1
    if before < 1 or toks[before] not in DO_FORMS or end != len(toks) - 1:
        return None
    if asks_circumstance(q):
        return None  # "When did X *air*?": the wh-word is no object of the verb
    verb, lexicon = toks[end], wordnet()
    if lexicon is None or verb in STOPWORDS or verb in PREPOSITIONS:
        return None
    if not any(pos == "v" for _, pos in lexicon.base_forms(verb)):
        return None
    return None if lexicon.converse(verb, phrase.split()[0]) else True
