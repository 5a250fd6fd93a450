"""Checks of one walk that :class:`~kgchat.retrieval.confidence.AnswerConfidence` reads: a hub
walk's way back said, a value many things hold whose relation the question does not say, a
count answered by a figure not asked, the words that say what a node is, and the noun phrase
an entity owns reached by one hop. Split from ``confidence.py`` (which had reached the
400-line limit); behaviour unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kgchat.retrieval.hop_support import NAMED
from kgchat.retrieval.hub_walks import Hop, held_by_many, last_hop_words, way_back_said
from kgchat.retrieval.junction_words import SAID
from kgchat.retrieval.loose_naming import lexically_said, time_asked
from kgchat.retrieval.middle_hops import MiddleHops
from kgchat.retrieval.owner_phrases import owner_phrase
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.relation_match import RelationMatch
from kgchat.retrieval.results import Path
from kgchat.text import content_stems, stem

__all__ = ["WalkChecks"]


class WalkChecks(MiddleHops):
    """Checks of one walk (a mixin of :class:`~kgchat.retrieval.Retriever`, under
    :class:`~kgchat.retrieval.confidence.AnswerConfidence`)."""

    judge: RelationMatch
    query: Any
    answer_types: Any
    kinds_of: Any
    is_literal: Any
    anonymous: Any
    kg: Any
    config: Any

    def _way_back_said(self, q: QuestionInfo) -> Callable[[Hop, Hop], bool]:
        """Whether ``q`` says a hub walk's way back, ``back``, as well as its way out,
        ``out`` (:func:`~kgchat.retrieval.hub_walks.way_back_said`, over the scorer's word
        cover of each hop)."""
        cover = self.judge.scorer.word_cover

        def said(out: Hop, back: Hop) -> bool:
            return way_back_said(
                cover(q, self.query((out,), ())), cover(q, self.query((back,), ())), q.counts
            )

        return said

    def _held_value_unsaid(self, q: QuestionInfo, path: Path) -> bool:
        """Whether ``path`` ends forwards at a literal value that many things hold by its last
        relation (:func:`~kgchat.retrieval.hub_walks.held_by_many`), directly or from a
        record that holds the start (the hop before walked backwards), and no question word
        nor the type it asks names a word of that relation's own, one the hops before it do not say
        (:func:`~kgchat.retrieval.hub_walks.last_hop_words`; ``status`` of a ``medication
        request status`` after ``medication request subject``): a coded value (a status, a
        record's basis, a currency) answers only the question that asks for it.

        A part of the start's own walked into forwards (its address, its rating: the word
        that names the way there names its value too, "the *stars* of a hotel") is judged
        so only where the question asks a count (:meth:`_count_unsaid`)."""
        if not q.words or not path.pattern or not self.is_literal(path.nodes[-1]):
            return False
        if len(path.pattern) > 1 and path.pattern[-2][1]:
            return "count" in q.answer_type and self._count_unsaid(q, path)
        if not held_by_many(self.kg, path.nodes[-1], path.pattern[-1]):
            return False
        before = self.query(path.pattern[:-1], ()).phrases if len(path.pattern) > 1 else ()
        last = self.query(path.pattern[-1:], ()).phrases
        # (the kind of the node the last hop leaves is no word of that relation's own either:
        # a ``catalysis direction`` of a Catalysis record is its direction)
        own = last_hop_words(last, [*before, *self.kinds_of(path.nodes[-2])])
        # (the type a value question asks, "how *long*" a duration, "*when*" a year, names
        # its relation as a word would)
        if not own or self.judge.meets(own, [*q.words, *q.answer_type]) >= NAMED:
            return False
        # a word the lexicon gives a meaning of the relation's own names it too, however far
        # the encoder puts them ("What *money* is used in X?": ``name currency``), and a time
        # asked of a relation that says the time it holds from or to (``valid since``)
        return not lexically_said(own, q.words) and not time_asked(q, path.nodes[-1], last)

    def _count_unsaid(self, q: QuestionInfo, path: Path) -> bool:
        """Whether ``path``, a walk forwards into a part of the start's own (an offer, a
        metric record) and out to one of its values, answers a count ("how many") by a figure
        whose own relation the question does not ask: judged alone against the question, the
        last relation is below the retriever's threshold. "How many X are left in stock?"
        over an offer's ``in stock`` then its ``price`` spends the question's words on the
        way there; the price is a figure, but no count of anything asked. A last relation
        named for the way there reads the part's own value (``rating value`` after
        ``aggregate rating``), and so does one whose last word is *value* (``has value``, as
        :func:`~kgchat.retrieval.held_values.says_value` reads it, or ``numeric value``, a
        nutrient amount's figure in "How many milligrams of calcium are in X?"): not judged
        apart; nor is a value of an unnamed part whose qualifier is named for the count asked
        (an ODRL constraint's left operand "Count": :meth:`qualifier_names_type`)."""
        part = path.nodes[-2]
        if self.anonymous(part) and self.qualifier_names_type(q, part, path.nodes):
            return False
        before = self.query(path.pattern[:-1], ()).phrases
        last = self.query(path.pattern[-1:], ()).phrases
        said = {w for ph in before for w in content_stems(ph)}
        # (a label that says_value reads, "has value", ends in *value* too: one test covers both)
        if any(w in said for ph in last for w in content_stems(ph)) or any(
            content_stems(ph)[-1:] == [stem("value")] for ph in last
        ):
            return False
        node = path.nodes[-1]
        alone = self.judge.confidence(
            q,
            self.query(path.pattern[-1:], self.answer_types(node)),
            value=True,
            kinds=self.kinds_of(node),
        )
        return alone < self.config.min_confidence

    def _said_of(self, node: str, words: list[str]) -> list[str]:
        """The words of ``words`` that say what ``node`` is: a word of its kinds or of its
        name, by stem ("the *load* ZOLLBRÜCK LOAD 1")."""
        own = set(content_stems(self.kg.label(node))) | {
            stem(w) for k in self.kinds_of(node) for w in k.split()
        }
        return [w for w in words if stem(w) in own]

    def _owner_reached(self, q: QuestionInfo, path: Path) -> bool:
        """Whether ``path`` is one hop that says the noun phrase the question's entity owns
        (:func:`~kgchat.retrieval.owner_phrases.owner_phrase`): it ends at the thing that phrase
        names."""
        said = [q.words[i] for i in owner_phrase(q)]
        if len(path.pattern) != 1 or not said:
            return False
        owner = replace(q, words=said, counts=[])
        query = self.query(path.pattern, ())
        return float(self.judge.scorer.components(owner, [query])[0, 0]) >= SAID
