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

A question's word defined by a relation's word, in both words' commonest meanings
(:func:`commonly_defined`), is one more such reading. People say a relation in words the graph's
label never uses, often a phrasal verb ("who *looks after* X?" for ``maintainer``). WordNet
shares no meaning between such words, but its dictionary may define the question's word by the
label's: *look after* is defined "keep under careful scrutiny", and *keep* is the commonest word
of the meaning ``maintainer`` derives (*keep, maintain, hold*). Read in the likeliest meaning of
the question's word (a phrasal verb's own where WordNet knows the word and its particle as one
verb) and the commonest meanings of the relation's word (its first sense in each part of speech,
its doer meaning and what they derive, :func:`commonest`), by each meaning's commonest word, and
in one direction only: the question's word defined in the label's terms. The other way round, a
label's definition names what it is not only ("someone who *owns* or operates a business" of
``operator``: "Who owns X?" asks another relation), and a meaning's rarer words are other
meanings' commonest ("construct, build, *make*": nearly every definition says *make*); those
raised 5 wrong or unanswerable answers for 1 right on four graphs (docs/retrieval-
measurements.md, fix59b). A rarer meaning's definition relates near relations as often as
synonyms (fix53d's "word in gloss"); and never where WordNet opposes the two words or reads one
as the other's converse.

>>> wn is None or commonly_defined(wn, "looks after", "maintainer")
True
>>> wn is None or commonly_defined(wn, "bought", "sold")
False
"""

from __future__ import annotations

import functools
from typing import Any

from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.phrases import phrase_parts
from kgchat.retrieval.question import QuestionInfo
from kgchat.text import stem

__all__ = [
    "OWN_SENSE",
    "commonest",
    "commonly_defined",
    "commonly_said",
    "phrasal",
    "said_commonly",
]

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
    (:func:`commonly_defined`, the word with its particle
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


def _commonest_word(lexicon: Any, key: tuple[str, int]) -> str:
    """The word a meaning is commonly said by (WordNet lists a synset's words commonest first:
    *keep* of "keep, maintain, hold"), lower-cased: its rarer words are other meanings'
    commonest ones ("construct, build, *make*"), and nearly every definition says *make*."""
    return str(lexicon.synset(*key).words[0]).lower()


def commonly_defined(lexicon: Any, asked: str, relation_word: str) -> bool:
    """Whether the likeliest meaning of the question's ``asked`` (a word, or a word and its
    particle where the lexicon knows them as one verb: :func:`phrasal`) is defined by the
    commonest word of one of ``relation_word``'s commonest meanings; never for words WordNet
    opposes or reads as converse."""
    mine = lexicon.own_likeliest(asked, 1)
    if not mine or mine[0][0] != "v":
        # a noun's definition says its genus ("a seat for one person"), the words of near
        # relations: on the whole set, nouns ("time", "rating", "chairs") answered 2 wrong
        # and 3 unanswerable questions for 1 right
        return False
    defined = lexicon.definition_lemmas(*mine[0])
    theirs = commonest(lexicon, relation_word)
    said = any(_commonest_word(lexicon, key) in defined for key in theirs)
    return said and not lexicon.converse(asked, relation_word)


def phrasal(lexicon: Any, word: str, pair: str | None) -> str:
    """``pair`` (a word and the token after it, :attr:`~kgchat.retrieval.question.QuestionInfo.
    word_pairs`) where the lexicon knows it as one verb ("looks after" -> *look after*),
    ``word`` otherwise: the particle changes the verb's meaning, and a phrasal verb's own
    meaning is what its definition says."""
    if pair is not None and any(pos == "v" for _, pos in lexicon.base_forms(pair)):
        return pair
    return word
