"""Whether the type a question names is said by nothing its best answer was reached by: a
question that asks for a kind of thing the graph's walk never speaks of ("Which *ransomware
groups* have exploited CVE-2023-4966?" answered by an exploitability score) is answered by a
near relation, and only a relation said well by itself keeps it (issue 11; read by
:meth:`~kgchat.retrieval.confidence.AnswerConfidence._confidence`).

Said by meaning, not by words: the encoder's cosine between the type named (the question's own
type words, joined) and each of the answer's type words (its classes, kinds and the roles it
takes: :meth:`~kgchat.retrieval.node_types.NodeTypes.answer_types`) and each relation phrase of
the walk. A paraphrase ("sex" for ``gender``: 0.56, "crates" for ``project``: 0.20, "Wikidata"
for ``match``) keeps the encoder well above unrelated words more often than not; a type no word
of the walk or the answer comes near is under :data:`UNSAID_TYPE`.

The two constants were chosen on every development and own question (`bench_outcomes.py`, the
start tree's answers with these cosines logged; docs/retrieval-measurements.md, fix50b): the
named type's best cosine under 0.25 and a confidence under 0.70 held 8 unanswerable questions
answered, 16 wrong answers and 3 right ones; at 0.30, 12 right ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["RELATION_ALONE", "UNSAID_TYPE", "type_unsaid"]

UNSAID_TYPE = 0.25  # the encoder's cosine under which no word of the walk says the type named
RELATION_ALONE = 0.70  # the confidence a relation said by itself keeps without the type said


def type_unsaid(
    similarity: Any, named: Sequence[str], types: Sequence[str], phrases: Sequence[str]
) -> bool:
    """Whether the type ``named`` (the question's own type words) is near none of the answer's
    ``types`` nor the walk's relation ``phrases`` (the encoder's cosine under
    :data:`UNSAID_TYPE`; with none of either, nothing says it). False without a named type or
    without an encoder that tells related words (its floor 1).

    >>> from kgchat.retrieval.similarity import TextSimilarity
    >>> type_unsaid(TextSimilarity(None), ["groups"], ["score"], ["exploitability score"])
    False
    """
    if not named or similarity.floor() >= 1.0:
        return False
    asked = " ".join(named)
    texts = [t for t in dict.fromkeys([*types, *phrases]) if t]
    if not texts:
        return True
    similarity.prefetch([asked, *texts])
    vector = similarity.embed(asked)
    return max(float(vector @ similarity.embed(t)) for t in texts) < UNSAID_TYPE
