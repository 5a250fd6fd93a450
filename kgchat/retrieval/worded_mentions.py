"""A mention that is a word of the other mentions' relation: "When did Cornish go *extinct*?"
links "extinct" to a status value, while the question says ``extinct since`` with it. The
confidence reads such an answer again from the other mentions, the word given back to the
question (:meth:`WordedMentions._relation_worded`; a mixin of
:class:`~kgchat.retrieval.confidence.AnswerConfidence`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import asks_type_at
from kgchat.retrieval.results import Candidate
from kgchat.text import STOPWORDS, content_stems, stem

__all__ = ["WordedMentions"]


class WordedMentions:
    """The reading of a mention that words the other mentions' relation (a mixin: the class
    using it reads the graph as :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    kg: Any
    query: Any
    is_class: Any

    def _relation_worded(
        self, q: QuestionInfo, top: Candidate, spans: dict[str, tuple[int, int]]
    ) -> tuple[QuestionInfo, Candidate] | None:
        """The answer read from the other mentions where one mention is a word of their
        relation: "When did Cornish go *extinct*?" links "extinct" to a status value, and
        1777 is reached from Cornish by ``extinct since`` (and from the status, as the other
        extinct languages' dates are; a Manx only nearly extinct is reached from Manx
        alone), but the question says that relation with the very word the value took, and
        judged with it as a mention its relation words are gone. The reading: the paths
        from the other mentions, the word mention's words given back to the question as
        words (None where no mention's words are all said, by stem, by one relation phrase
        of another mention's path). A class, or a mention where the question asks its type
        ("Which *decisions* ...", a decision type's value), says the type asked (a ``lower
        court decision`` is no relation it words), and a phrase that is
        the value's own name and no more (an offer's ``in stock`` for the value "In stock",
        a relation qualified by it) says the value, not a relation."""
        for s, span in spans.items():
            said = [p for p in top.paths if p.start != s]
            if not said or self.is_class(s) or asks_type_at(q, *span):
                continue
            words = [w for w in q.tokens[span[0] : span[1]] if w not in STOPWORDS]
            stems = {stem(w) for w in words}
            named = set(content_stems(self.kg.label(s)))
            phrases = [set(content_stems(ph)) for ph in self.query(said[0].pattern, ()).phrases]
            if not stems or not any(stems <= ph and ph - named for ph in phrases):
                continue
            given = [w for w in words if w not in q.words]
            kept = [sp for sp in q.spans if sp != span]
            counts = [*q.counts, *([1] * len(given))] if q.counts else []
            worded = replace(q, words=[*q.words, *given], counts=counts, spans=kept)
            return worded, replace(top, paths=said)
        return None
