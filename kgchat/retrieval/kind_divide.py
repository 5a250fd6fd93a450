"""The person/thing divide, and the types a graph has no word for, in the untrained scorer's
word matches: the encoder's nearness of two words is no match where one names a kind of person
and the other does not ("which *movies*" and ``actors``), nor for a type none of the graph's
words says (:attr:`~kgchat.retrieval.question.QuestionInfo.unsaid`). Called by
:class:`~kgchat.retrieval.scoring.HeuristicPathScorer` on each batch of new words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kgchat.retrieval.question import WH_TYPE_WORDS, QuestionInfo
from kgchat.retrieval.similarity import derived
from kgchat.text import stem

__all__ = ["unlike_kinds"]


def unlike_kinds(
    lexicon: Any, question: QuestionInfo, new: Sequence[str], sims: np.ndarray, tsims: np.ndarray
) -> None:
    """Zero, in place, the encoder's matches between a type the question names ("which
    *movies*") and a word of the other side of the person/thing divide (WordNet:
    ``actors``, ``director``): a film is no kind of person, however near the encoder
    puts the two words. On a graph without classes "Which movies did X direct?" had
    walked on to X's co-directors, "actors" matching "movies" at 0.42. Equal stems,
    derived forms ("plays", "player") and words WordNet relates keep their match, and
    so do words WordNet has no noun for. A type the graph has no word for
    (``question.unsaid``) keeps only those, whatever side either word is on."""
    named = [w for w in question.named_type if w not in WH_TYPE_WORDS]
    if lexicon is None or not named:
        return
    # per named type: which side of the divide it is on (None: WordNet has no noun for it),
    # or "unsaid" for a type the graph has no word for (QuestionInfo.unsaid), which no
    # other word says
    unsaid = {stem(w) for w in question.unsaid}
    asked = {
        s: (w, lexicon.person_kind(w) if s not in unsaid else "unsaid")
        for w in named
        if (s := stem(w))
    }
    asked = {s: a for s, a in asked.items() if a[1] is not None}
    if not asked:
        return
    cols = [(j, asked[s]) for j, w in enumerate(question.words) if (s := stem(w)) in asked]
    tcols = [(j, asked[s]) for j, w in enumerate(question.answer_type) if (s := stem(w)) in asked]
    for i, w in enumerate(new):
        # the kinds a wh-word asks ("person", "people") are the wh-readings' business
        kind = None if w in WH_TYPE_WORDS else lexicon.person_kind(w)
        for matrix, at in ((sims, cols), (tsims, tcols)):
            for j, (word, other) in at:
                if not 0.0 < matrix[i, j] < 1.0 or (kind is None and other != "unsaid"):
                    continue
                if other != kind and not _akin(lexicon, w, word):
                    matrix[i, j] = 0.0


def _akin(lexicon: Any, a: str, b: str) -> bool:
    """Whether two words are forms of one another or WordNet relates them."""
    sa, sb = stem(a), stem(b)
    if min(len(sa), len(sb)) >= 4 and derived(sa, sb):
        return True
    return lexicon.related(a, b) > 0
