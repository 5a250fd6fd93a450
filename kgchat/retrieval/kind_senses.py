"""The kind a question names, met by the answer's class in another of the word's meanings:
"which *papers* are about X" answered by an ``AcademicArticle``, "which *rulings* deal with
X" by a ``Judgment`` (issue 11: the relation judge's right-first abstentions).

The relation judge (:class:`~kgchat.retrieval.relation_match.RelationMatch`) reads the type a
question names against the answer's type words by their stems and the encoder's nearness, and
the lexicon's relatedness of the two words' likeliest meanings: "papers" and ``article`` share
no stem, MiniLM puts them under its floor, and the commonest meaning of *paper* is the
material. Yet WordNet files *paper* in the sense "a scholarly article describing the results
of observations" directly under *article*, and *ruling* under *judgment*: a graph's class says
which meaning the question's word takes. :func:`kinds_in_senses` takes the kind as met and
leaves the rest of the question's words (its relation words) to be said by the path
alone: "which *papers* were reviewed by Y" over ``creator`` stays unsaid. The judge reads it
as one more reading, the better of it and the question as asked taken
(:meth:`~kgchat.retrieval.relation_match.RelationMatch._lexical`): where the kind's word
was already near the class ("tongue" and ``language``), dropping it lowers nothing.

Only a few steps up WordNet's noun tree (:data:`SENSE_STEPS`): every noun is an *entity* and
most are a *physical entity* or an *abstraction* within a dozen steps, so a word meets a
general class far up ("books" an entity, four steps up from its fifth meaning; "papers" an
organization, five up from *newspaper publisher*), which says nothing of the kind asked.

Examples
--------
>>> from kgchat.wordnet import wordnet
>>> wn = wordnet()
>>> kinds = ("academic", "article")
>>> wn is None or [sense_kind(wn, w, kinds) for w in ("papers", "songs")] == ["article", None]
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kgchat.retrieval.owner_phrases import owner_noun
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import had_noun

__all__ = ["SENSE_STEPS", "kinds_in_senses", "sense_kind"]

# hypernym steps from a meaning of the word asked to a meaning of the class word: 2 reaches
# "book" (a published written work) -> *publication* -> *work* and "paper" -> *article*
# (1); 3 lets "companies" meet ``person`` (*company* as guests), 4 "books" meet ``entity``
# (chosen on the development graphs' judge cases, docs/retrieval-measurements.md, fix62d)
SENSE_STEPS = 2


def sense_kind(lexicon: Any, word: str, kinds: Sequence[str]) -> str | None:
    """The first of ``kinds`` one of whose noun meanings is, or is at most
    :data:`SENSE_STEPS` hypernym steps above, a noun meaning of ``word``; None for none."""
    meanings = lexicon.noun_meanings(word)
    if not meanings:
        return None
    reached, frontier = set(meanings), set(meanings)
    for _ in range(SENSE_STEPS):
        frontier = {up for key in frontier for up in lexicon.broader(key)} - reached
        reached |= frontier
    for kind in kinds:
        if kind.lower() != word.lower() and not reached.isdisjoint(lexicon.noun_meanings(kind)):
            return kind
    return None


def kinds_in_senses(similarity: Any, question: QuestionInfo, kinds: Sequence[str]) -> QuestionInfo:
    """``question`` without each word of the type it names that none of the answer's
    ``kinds`` meets (similarity under 1) but one of them names in another of the word's
    meanings (:func:`sense_kind`): the kind is met, and the rest of the question's words
    (its relation words) are what the path must say, as for a type the graph has no word
    for (:meth:`~kgchat.retrieval.relation_match.RelationMatch._said_part`). Where no word
    would be left ("which papers are about X": the kind and a preposition), the word is
    replaced by that kind's word instead: the question judged as if it had named the class.
    The same object where no word is so met (or without a lexicon), and where a noun is
    said of the entity ("What are the *sources* of X?", "the *source data* of X", "What
    *symptoms* does X have?"): the type named there is the relation asked, not only a kind
    (*source* is also "a person who supplies information", and any contact person an
    *individual*)."""
    lexicon = getattr(similarity, "lexicon", None)
    if owner_noun(question) is not None or had_noun(question) is not None:
        return question
    named = question.named_type
    if lexicon is None or not named or not kinds:
        return question
    sims = similarity.words(list(named), list(kinds))
    swap: dict[str, str] = {}
    for i, word in enumerate(named):
        if float(sims[i].max()) < 1.0:
            kind = sense_kind(lexicon, word, kinds)
            if kind is not None:
                swap[word] = kind
    if not swap:
        return question
    words = [w for w in question.words if w not in swap]
    if words:
        types = [w for w in question.answer_type if w not in swap]
        return replace(question, words=words, answer_type=types, counts=[])
    return replace(
        question,
        words=[swap.get(w, w) for w in question.words],
        answer_type=[swap.get(w, w) for w in question.answer_type],
        counts=[],
    )
