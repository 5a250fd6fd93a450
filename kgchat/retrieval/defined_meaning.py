"""A question's word defined by a relation's word, in both words' commonest meanings: one
more reading of the relation judge's :func:`~kgchat.retrieval.commonest_meaning.said_commonly`.

People say a relation in words the graph's label never uses, often a phrasal verb ("who *looks
after* X?" for ``maintainer``). WordNet shares no meaning between such words, but its
dictionary may define the question's word by the label's: *look after* is defined "keep under
careful scrutiny", and *keep* is the commonest word of the meaning ``maintainer`` derives
(*keep, maintain, hold*). Read in the likeliest meaning of the question's word (a phrasal
verb's own where WordNet knows the word and its particle as one verb) and the commonest
meanings of the relation's word (its first sense in each part of speech, its doer meaning and
what they derive, :func:`~kgchat.retrieval.commonest_meaning.commonest`), by each meaning's
commonest word, and in one direction only: the question's word defined in the label's terms.
The other way round, a label's definition names what it is not only ("someone who *owns* or
operates a business" of ``operator``: "Who owns X?" asks another relation), and a meaning's
rarer words are other meanings' commonest ("construct, build, *make*": nearly every
definition says *make*); those raised 5 wrong or unanswerable answers for 1 right on four
graphs (docs/retrieval-measurements.md, fix59b). A rarer meaning's definition relates near
relations as often as synonyms (fix53d's "word in gloss"); and never where WordNet opposes
the two words or reads one as the other's converse.

>>> from kgchat.wordnet import wordnet
>>> wn = wordnet()
>>> wn is None or commonly_defined(wn, "looks after", "maintainer")
True
>>> wn is None or commonly_defined(wn, "bought", "sold")
False
"""

from __future__ import annotations

from typing import Any

__all__ = ["commonly_defined", "phrasal"]


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
    from kgchat.retrieval.commonest_meaning import commonest  # (it reads this module)

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
