"""A question's word defined by a relation's word, in both words' commonest meanings: one
more reading of the relation judge's :func:`~kgchat.retrieval.commonest_meaning.said_commonly`.

People say a relation in words the graph's label never uses, often a phrasal verb ("who *looks
after* X?" for ``maintainer``) or a plain verb whose meaning the label's noun derives from
("the number I *call*" for ``has telephone``). WordNet shares no meaning between such words,
but its dictionary says one by the other: *look after* is defined "keep under careful
scrutiny", and *keep* is a word of the meaning ``maintainer`` derives (*keep, maintain,
hold*); *telephone*'s verb is "get or try to get into communication (with someone) by
telephone", said by *call* among its own words. Read only in the commonest meaning of each
word (WordNet's first sense of it in each part of speech, the relation's doer meaning and the
meanings it derives, :func:`~kgchat.retrieval.commonest_meaning.commonest`): a rarer meaning's
definition relates near relations as often as synonyms (docs/retrieval-measurements.md,
fix53d's "word in gloss" at any of three meanings); and never where WordNet opposes the two
words or reads one as the other's converse ("bought" is in a definition of ``sold``'s seller).

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


def _words(lexicon: Any, key: tuple[str, int]) -> frozenset[str]:
    """The word a meaning is commonly said by (WordNet lists a synset's words commonest
    first: *keep* of "keep, maintain, hold"), lower-cased: its rarer words are other
    meanings' commonest ones ("construct, build, *make*"), and every definition says *make*."""
    return frozenset({lexicon.synset(*key).words[0].lower()})


def commonly_defined(lexicon: Any, asked: str, relation_word: str) -> bool:
    """Whether the commonest meaning of the question's ``asked`` (a word, or a word and its
    particle where the lexicon knows them as one verb) is defined by a word of
    ``relation_word``'s commonest meanings, or one of those is defined by a word of
    ``asked``'s; never for words WordNet opposes or reads as converse."""
    from kgchat.retrieval.commonest_meaning import commonest  # (it reads this module)

    mine = lexicon.own_likeliest(asked, 1)
    theirs = commonest(lexicon, relation_word)
    if not mine or not theirs:
        return False
    said = any(
        not _words(lexicon, b).isdisjoint(lexicon.definition_lemmas(*a))
        for a in mine
        for b in theirs
    )
    return said and not lexicon.converse(asked, relation_word)


def phrasal(lexicon: Any, word: str, pair: str | None) -> str:
    """``pair`` (a word and the token after it, :attr:`~kgchat.retrieval.question.QuestionInfo.
    word_pairs`) where the lexicon knows it as one verb ("looks after" -> *look after*),
    ``word`` otherwise: the particle changes the verb's meaning, and a phrasal verb's own
    meaning is what its definition says."""
    if pair is not None and any(pos == "v" for _, pos in lexicon.base_forms(pair)):
        return pair
    return word
