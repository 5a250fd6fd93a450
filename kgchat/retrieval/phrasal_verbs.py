"""Which way a question walks a verb relation ending in its own preposition when it says the
relation by another verb with that preposition ("Which river does the Mosel *empty into*?"
over ``flows into``): :func:`particle_direction`.

The preposition of a phrasal verb takes its object after it: said right before the entity
("Which rivers empty into the Rhine?"), the entity is the relation's object and the walk goes
backwards from it; left at the end of the question after the entity and a verb ("What does
the Mosel empty into?"), the entity is the verb's subject and the walk goes forwards. That is
English word order, whatever the verb: the verb itself only has to be the one the relation
means, which the caller reads by meaning (the relation's words' match to the question word
right before the preposition: :meth:`~kgchat.retrieval.word_order.WordOrder._hop_vote`). A
relation whose verb the question says is read by
:func:`~kgchat.retrieval.phrases.expected_direction`, one whose noun and preposition it says
(``part of``) by :func:`~kgchat.retrieval.phrases.preposition_direction`.

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> q = analyze("Which river does the Mosel empty into?", [(4, 5)])
>>> at, forward = particle_direction(q, "flows into")
>>> q.words[at], forward
('empty', True)
>>> q = analyze("Which rivers empty into the Rhine?", [(5, 6)])
>>> at, forward = particle_direction(q, "flows into")
>>> q.words[at], forward
('empty', False)
>>> particle_direction(q, "part of") is None, particle_direction(q, "influenced by") is None
(True, True)

A noun before the preposition (after its article) is no verb, whatever WordNet's verbs:

>>> particle_direction(analyze("What are the imports from Chile?", [(5, 6)]), "comes from")

and "of" is a noun's: "What is X part of?" says no direction of ``consists of``:

>>> particle_direction(analyze("What is the kit part of?", [(3, 4)]), "consists of") is None
True

"""

from __future__ import annotations

from kgchat.retrieval.phrases import phrase_verb
from kgchat.retrieval.question import QuestionInfo
from kgchat.text import NOUN_MARKERS, PREPOSITIONS, STOPWORDS, skip_words, stem, tokens
from kgchat.wordnet import wordnet

__all__ = ["particle_direction"]

# the preposition of a passive's agent, read by the verb's voice, and the one of a noun's
# complement: "the insurance *value of* X", "X is *part of* Y", read as a verb ("to value",
# "to part") and its particle, would walk ``consists of`` the wrong way round
_NO_PARTICLE = frozenset({"by", "of"})


def particle_direction(q: QuestionInfo, phrase: str) -> tuple[int, bool] | None:
    """The question word (its index in ``q.words``) said right before the final preposition
    of a verb relation ``phrase`` (:func:`~kgchat.retrieval.phrases.phrase_verb`; not a
    passive's "by" nor "of": :data:`_NO_PARTICLE`), and whether the question walks the
    relation forwards from its one entity: the preposition left at the question's end after
    the entity (True) or said right before the entity, its article aside (False). None for
    another phrase, a question with more or fewer than one entity, one that says the
    relation's own verb (read by its word order), or one that puts the preposition neither
    way, or both, or after a word that is no verb
    (:func:`_verb_at`: "the *imports* from X")."""
    words = tokens(phrase)
    if len(q.spans) != 1 or len(words) < 2 or words[-1] not in PREPOSITIONS:
        return None
    if words[-1] in _NO_PARTICLE:
        return None
    read = phrase_verb(phrase)
    if read is None or read[1]:
        return None
    toks, (start, end), prep = q.tokens, q.spans[0], words[-1]
    if any(stem(t) == read[0] for t in toks):
        return None  # its own verb said: the verb's word order reads it
    found: set[tuple[int, bool]] = set()
    for j in range(1, len(toks)):
        if toks[j] != prep or start <= j - 1 < end or not _verb_at(toks, j - 1):
            continue
        if j == len(toks) - 1 and j - 1 >= end:
            found.add((j - 1, True))  # "what does X <verb> <prep>": X its subject
            continue
        if skip_words(toks, j + 1, stop=start) == start:
            found.add((j - 1, False))  # "<verb> <prep> [the] X": X its object
    if len(found) != 1:
        return None
    at, forward = found.pop()
    index = [i for i, w in enumerate(q.words) if stem(w) == stem(toks[at])]
    return (index[0], forward) if len(index) == 1 else None


def _verb_at(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` may be a verb: a content word that WordNet reads as a verb in
    one of its meanings, not after a word that marks a noun ("the *cites* of X"); none
    without WordNet."""
    lexicon, word = wordnet(), toks[i]
    if lexicon is None or word in STOPWORDS or word in PREPOSITIONS:
        return False
    if i > 0 and toks[i - 1] in NOUN_MARKERS:
        return False
    return any(pos == "v" for _, pos in lexicon.base_forms(word))
