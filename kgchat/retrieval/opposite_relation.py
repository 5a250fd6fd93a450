"""Whether a walk's relation says the opposite of what the question asks: "When did X *die*?"
answered by X's ``birth date``, "Which companies *lost* the tender?" by its ``winner``, "What
was the *employment* rate?" by the ``unemployment rate``. The two relations share every
other word and sit close in the encoder's space (an antonym is a word of the same field), so
the relation judge reads the near one as the one asked; WordNet files the pair as opposites
(its antonym links, :meth:`~kgchat.wordnet_opposites.Opposites.opposed`), which no synonym
is.

A hop walked against its direction reads its relation from the other end ("has narrower
concept" walked back says *broader*), so only the words of the hops walked forwards are read;
and a question word the walk also says (its own stem or a derived form: "lost" and
``loser``) is met, whatever else the walk says.

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> from kgchat.retrieval.scoring import PathQuery
>>> from kgchat.retrieval.similarity import TextSimilarity
>>> from kgchat.wordnet import wordnet
>>> sim = TextSimilarity(None, lexicon=wordnet(), lexical=0.8)
>>> q = analyze("When did Anna Berg die?", [(2, 4)])
>>> born = PathQuery((("birth_date", True),), ("birth date",))
>>> died = PathQuery((("death_date", True),), ("death date",))
>>> wordnet() is None or (says_opposite(sim, q, born), says_opposite(sim, q, died))
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kgchat.retrieval.phrases import phrase_parts

if TYPE_CHECKING:
    from kgchat.retrieval.path_query import PathQuery
    from kgchat.retrieval.question import QuestionInfo

__all__ = ["SAID", "says_opposite"]

# a word is said by another at this similarity of forms and WordNet's relations alone (no
# encoder: an antonym is near in its space): a derived form (0.8, "lost" and ``loser``) or
# the same stem (1.0)
SAID = 0.8


def says_opposite(similarity: Any, question: QuestionInfo, path: PathQuery) -> bool:
    """Whether a word of a hop ``path`` walks forwards is one WordNet opposes to a word of
    ``question`` (its likeliest meanings: :meth:`~kgchat.wordnet_opposites.Opposites.
    opposed`), neither word being said by the other side (:data:`SAID`, forms and WordNet
    only). ``similarity`` is a :class:`~kgchat.retrieval.similarity.TextSimilarity`; without
    its lexicon nothing is opposed."""
    lexicon = similarity.lexicon
    if lexicon is None or not question.words or not path.phrases:
        return False
    every = [w for ph in path.phrases for w in phrase_parts(ph)[0]]
    forwards = [
        w
        for (_, ahead), ph in zip(path.pattern, path.phrases, strict=False)
        if ahead
        for w in phrase_parts(ph)[0]
    ]
    asked = list(dict.fromkeys(question.words))
    if not forwards or not every:
        return False
    said = similarity.words(asked, every, encoded=False).max(axis=1)
    unsaid = [w for w, m in zip(asked, said, strict=True) if m < SAID]
    if not unsaid:
        return False
    own = list(dict.fromkeys(forwards))
    met = similarity.words(own, list(question.words), encoded=False).max(axis=1)
    return any(
        lexicon.opposed(w, p) for p, m in zip(own, met, strict=True) if m < SAID for w in unsaid
    )
