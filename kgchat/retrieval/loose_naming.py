"""What names the relation of a value many things hold, beside the words the encoder meets.

A literal value many things hold by one relation (a status, a currency, a year many records
start in) answers only the question that asks for that relation
(:meth:`~kgchat.retrieval.confidence.AnswerConfidence._held_value_unsaid`). People name it
loosely: by a word the lexicon gives one of the relation's meanings ("What *money* is used in
Ecuador?" of ``name currency``: WordNet files currency as a kind of money, the encoder puts the
two words apart), or, for a time, by the wh-word alone ("*When* was Slovakia established?" of
``valid since``: the relation says the time its holder holds from, and the value is a year).

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> q = analyze("When was Slovakia founded?", [(2, 3)])
>>> time_asked(q, '"1993"^^<http://www.w3.org/2001/XMLSchema#int>', ["valid since"])
True
>>> time_asked(q, '"1000"', ["population unit"])  # a year's form, no time the relation gives
False
"""

from __future__ import annotations

from collections.abc import Sequence

from kgchat.function_words import SPAN_END_WORDS, SPAN_START_WORDS
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.values import POINT_KINDS, literal_kind
from kgchat.text import tokens
from kgchat.wordnet import wordnet

__all__ = ["lexically_said", "time_asked"]

# the words that say a relation holds from or until a time ("valid since", "valid until")
_SPAN_WORDS = SPAN_START_WORDS | SPAN_END_WORDS


def lexically_said(own: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a question word (``words``) shares a meaning with a word of a relation's own
    (``own``) in WordNet (:meth:`~kgchat.wordnet.WordNet.related` above 0: one meaning, or one
    a step or two more specific): "money" and ``currency``, "coin" and ``currency``; not
    "medications" and ``status``. False without WordNet.

    >>> wordnet() is None or lexically_said(["currency"], ["money"])
    True
    >>> lexically_said(["status"], ["medications"])
    False
    """
    lexicon = wordnet()
    if lexicon is None:
        return False
    return any(
        lexicon.related(w.lower(), o.lower()) > 0
        for w in words
        if w.isalpha()
        for o in own
        if o.isalpha()
    )


def time_asked(q: QuestionInfo, value: str, phrases: Sequence[str]) -> bool:
    """Whether ``q`` asks a time (its answer type a year, a date: "when") that ``value`` is
    by its form (a year, a date: :func:`~kgchat.retrieval.values.literal_kind`) and that the
    relation, by its phrases (``phrases``), holds from or until ("valid since", "valid
    until"): the value is the very time asked, whatever words the question says it with. A
    number of a year's form over a relation of no time (a ``population unit`` "1000") is
    not."""
    asked = set(q.answer_type) & POINT_KINDS
    if not asked or not asked & set(literal_kind(value)):
        return False
    return any(w in _SPAN_WORDS for ph in phrases for w in tokens(ph))
