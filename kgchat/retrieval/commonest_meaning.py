"""A relation's words read in their commonest meaning, the question's words in any of their own:
one more reading of the relation judge (:class:`~kgchat.retrieval.relation_match.RelationMatch`).

WordNet's relatedness of two words keeps the lesser of the two meanings' weights (a word's
rarer senses count for less): "released" and ``publisher`` share "publish, bring out, put out,
issue, release", the publisher's commonest meaning (by its derivation) but the fifth of
"release", 0.165 x 0.8 = 0.13, so "Who released the Danish wind turbine register?" was
abstained on though its one relation is ``publisher``. A graph names its relations
deliberately, in the commonest meaning of their words; a question's word, said in passing, may
be meant in any of its senses, and the one the graph's relation says is the one it is read in.
Such a reading is as sure as one hypernym step of WordNet's relatedness (half its weight): a
word's own sense, not its likeliest.

Measured on the start tree's abstentions (docs/retrieval-measurements.md, fix53b): of the
judge's right-first ones it reads two ("released" for ``publisher`` and ``issued``), of the
unanswerable ones none.

>>> from kgchat.wordnet import wordnet
>>> wn = wordnet()
>>> wn is None or commonly_said(wn, "released", "publisher")
True
>>> wn is None or commonly_said(wn, "edited", "director")
False
"""

from __future__ import annotations

import functools
from typing import Any

from kgchat.retrieval.defined_meaning import commonly_defined, phrasal
from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.phrases import phrase_parts
from kgchat.retrieval.question import QuestionInfo
from kgchat.text import stem

__all__ = ["OWN_SENSE", "commonest", "commonly_said", "said_commonly"]

OWN_SENSE = 0.5  # a question word read in a rarer sense of its own: one hypernym step's half

_DERIVED = "+"  # WordNet's derivation link (a noun of the verb's act or doer, and back)


@functools.lru_cache(maxsize=8192)
def commonest(lexicon: Any, word: str) -> frozenset[tuple[str, int]]:
    """The commonest meaning of each of ``word``'s base forms (WordNet's first sense of it in
    each part of speech), and the meanings its own word there derives (``publisher``, "a firm
    in the publishing business" -> to publish); of a noun, also its commonest meaning that
    is a doer (:func:`_doer_meaning`) and what that derives."""
    out: set[tuple[str, int]] = set()
    for lemma, pos in lexicon.base_forms(word):
        found = lexicon.offsets(lemma, pos)
        if not found:
            continue
        keys = [(pos, found[0])]
        if pos == "n" and (doer := _doer_meaning(lexicon, found)) is not None:
            keys.append(doer)
        for key in keys:
            out.add(key)
            synset = lexicon.synset(*key)
            own = {k + 1 for k, w in enumerate(synset.words) if w.lower() == lemma}
            out.update(
                (p, o)
                for symbol, p, o, source, _ in synset.links
                if symbol == _DERIVED and source in own
            )
    return frozenset(out)


def _doer_meaning(lexicon: Any, offsets: tuple[int, ...]) -> tuple[str, int] | None:
    """The commonest of a noun's meanings (``offsets``, WordNet's order) that is a kind of
    person or of organisation, where that is not its commonest meaning; None otherwise. A
    relation named by a noun that can name a doer names the doer, whatever meaning WordNet
    lists first: ``operator``'s first meaning is a mathematical function, its first doer
    "a person who operates a business", derived from "operate, run" (so "Who *runs* X?"
    says it); ``creator``'s first is God, its first doer "a person who grows or makes or
    invents things"."""
    kinds = {
        found[0]
        for kind in ("person", "organization")
        if (found := lexicon.first_noun(kind)) is not None
    }
    for rank, offset in enumerate(offsets):
        key = ("n", offset)
        if key in kinds or not kinds.isdisjoint(lexicon.above(key)):
            return key if rank else None
    return None


def commonly_said(lexicon: Any, asked: str, relation_word: str) -> bool:
    """Whether a meaning of its own of the question's word ``asked`` is the commonest meaning of
    ``relation_word`` (or one that meaning derives)."""
    common = commonest(lexicon, relation_word)
    return bool(common) and any(
        own and key in common for key, (_, own) in lexicon.meanings(asked).items()
    )


def _read(lexicon: Any, word: str, pair: str | None, own: list[str]) -> bool:
    """Whether a relation word of ``own`` says the question's ``word`` (with the token after
    it, ``pair``) in its commonest meaning, or defines it there."""
    said = phrasal(lexicon, word, pair)
    return any(commonly_said(lexicon, word, p) or commonly_defined(lexicon, said, p) for p in own)


def said_commonly(similarity: Any, question: QuestionInfo, path: PathQuery) -> float:
    """The mean over the question's words outside the type it names of how well the walk's
    relation words say each: the judge's word similarity (``similarity.words``: stems,
    derivations, WordNet's relatedness, the encoder's word vectors), or :data:`OWN_SENSE`
    times the lexicon's weight where a relation word's commonest meaning is one of the word's
    own (:func:`commonly_said`) or the two words' commonest meanings define each other
    (:func:`~kgchat.retrieval.defined_meaning.commonly_defined`, the word with its particle
    where the lexicon knows them as one verb: "looks after"); 0 without a lexicon, without
    such a word, or where no word is read so (nothing new to say)."""
    lexicon = similarity.lexicon
    typed = {stem(w) for w in question.named_type}
    asked = [w for w in dict.fromkeys(question.words) if stem(w) not in typed]
    own = [w for ph in path.phrases for w in phrase_parts(ph)[0]]
    if lexicon is None or not asked or not own:
        return 0.0
    met = similarity.words(asked, own).max(axis=1).tolist()
    sense = OWN_SENSE * similarity.lexical
    pairs = dict(zip(reversed(question.words), reversed(question.word_pairs), strict=True))
    read = [
        max(m, sense) if m < sense and _read(lexicon, w, pairs.get(w), own) else m
        for w, m in zip(asked, met, strict=True)
    ]
    if read == met:
        return 0.0
    return float(sum(read) / len(read))
