"""The retriever's confidence in its best answer: how well the path it was reached by says
what the question asks, judged by :class:`~kgchat.retrieval.relation_match.RelationMatch`
(the relation's words and the encoder's meaning: described there), read as the answer was
ranked (with the kinds of the nodes its walks passed through), raised where a joint answer's
class is reached by one relation only, and no higher than the question says the walk's
middle hops. Below the threshold the retriever abstains.

The threshold (``RetrieverConfig.min_confidence``, 0.20) was chosen on the development
questions (people's half of the real-world questions, medicine's generated dev questions and
all our own questions, pooled): the smallest value on a 0.02 grid that abstains on the most
unanswerable questions while abstaining on at most 5% of the answerable ones (24 of 37 and
4.6%; README, "Abstention").
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from kgchat.graph.vocab import HIERARCHY, RDF_TYPE
from kgchat.retrieval.answer_paths import (
    NO_RELATION,
    _classifies,
    _only_way_to_class,
    _out_and_back,
    _readings,
    namesake_reading,
    said_pattern,
)
from kgchat.retrieval.confidence_vetoes import ConfidenceVetoes
from kgchat.retrieval.containment import containment_asked, containment_confidence
from kgchat.retrieval.dated_walk import WALKS_READ
from kgchat.retrieval.graph_words import HeldWords
from kgchat.retrieval.kind_relations import kind_of_start, only_kind
from kgchat.retrieval.opposite_relation import read_both_ways, says_opposite
from kgchat.retrieval.peer_relations import peer_relation_words
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import asks_kind, is_yes_no
from kgchat.retrieval.question_trims import (
    mentions_joined,
    mentions_unreached,
    timeless,
    type_attached,
)
from kgchat.retrieval.record_fields import fields_ambiguous, held_mentions
from kgchat.retrieval.record_unmet import record_unmet
from kgchat.retrieval.relation_heads import name_said, said_by_modifiers
from kgchat.retrieval.relation_match import RelationMatch
from kgchat.retrieval.results import Candidate, Path
from kgchat.retrieval.type_unsaid import RELATION_ALONE, type_unsaid
from kgchat.retrieval.walk import Pattern
from kgchat.retrieval.worded_mentions import WordedMentions
from kgchat.text import STOPWORDS, content_stems, stem, tokens

__all__ = ["AnswerConfidence", "RelationMatch", "_only_way_to_class", "_readings", "said_pattern"]


class AnswerConfidence(ConfidenceVetoes, HeldWords, WordedMentions):
    """The retriever's confidence in its best candidate (a mixin of
    :class:`~kgchat.retrieval.Retriever`: it reads the graph through
    :class:`~kgchat.retrieval.reading.GraphReading` and judges with its
    :class:`RelationMatch`; what the unnamed junctions of a walk say:

    :class:`~kgchat.retrieval.junction_words.JunctionWords`; what it says of a walk's middle:
    :class:`~kgchat.retrieval.middle_hops.MiddleHops`; the checks of one walk it reads:
    :class:`~kgchat.retrieval.walk_checks.WalkChecks`; its vetoes:
    :class:`~kgchat.retrieval.confidence_vetoes.ConfidenceVetoes`; a mention that words the others'
    relation: :class:`~kgchat.retrieval.worded_mentions.WordedMentions`)."""

    judge: RelationMatch
    query: Any
    answer_types: Any
    kinds_of: Any
    placed_kinds: Any
    is_literal: Any
    _yes_no_confidence: Any
    anonymous: Any
    kg: Any
    named_after: Any
    held_alone: Any
    is_class: Any
    config: Any
    edges: Any
    phrase: Any  # GraphReading's, read by relation_heads
    relation_head: Any

    def _confidence(
        self,
        q: QuestionInfo,
        candidates: list[Candidate],
        middles: dict[str, dict[Pattern, tuple[str, ...]]] | None = None,
        asked: frozenset[str] = frozenset(),
        spans: dict[str, tuple[int, int]] | None = None,
    ) -> float:
        """:meth:`_read_confidence`; 0 where another field ties, credited too (record_fields),
        and under :data:`~kgchat.retrieval.type_unsaid.RELATION_ALONE` where nothing the answer
        was reached by says the type the question names (:meth:`_type_unsaid`)."""
        judged = self._read_confidence(q, candidates, middles, asked, spans)
        least = self.config.min_confidence
        if judged < least or not candidates or is_yes_no(q.text):
            return judged
        if judged < RELATION_ALONE and self._type_unsaid(q, candidates[0]):
            return 0.0  # the type named is said by nothing the answer was reached by

        def qualifies(node: str) -> bool:
            return node not in asked and not self.is_class(node) and not self.is_literal(node)

        top = candidates[0]
        if spans and record_unmet(self.kg, self.edges, self.anonymous, top, spans, qualifies):
            return 0.0  # a span qualifies its record, met by no record it was read from
        rate = partial(self._read_confidence, q, middles=middles, asked=asked, spans=spans)
        rival = said_by_modifiers(self, q)  # ("rating list" for "rating": no rival field)
        named = name_said(self, q)  # ("object identifier" for "object name": none either)
        inverse = self.kg.inverse_of
        tied = fields_ambiguous(candidates, self.anonymous, rate, least, rival, named, inverse)
        return 0.0 if tied else judged

    def _type_unsaid(self, q: QuestionInfo, top: Candidate) -> bool:
        """Whether the type ``q`` names is said neither by ``top``'s type words nor by the
        relation phrases (or descriptions) of the walk judged (:func:`~kgchat.retrieval.type_unsaid.
        type_unsaid`): "Which *ransomware groups* have exploited X?" answered by X's score."""
        if not q.named_type or not top.paths:
            return False
        pattern, parts = said_pattern(top)
        query = self.query(pattern, (), parts)
        # (a relation's own description says what it reaches: "the *bank* that lends ...")
        phrases = (*query.phrases, *(d for d in query.definitions if d))
        types = self.answer_types(top.node)
        return type_unsaid(self.judge.scorer.similarity, q.named_type, types, phrases)

    def _read_confidence(
        self,
        q: QuestionInfo,
        candidates: list[Candidate],
        middles: dict[str, dict[Pattern, tuple[str, ...]]] | None = None,
        asked: frozenset[str] = frozenset(),
        spans: dict[str, tuple[int, int]] | None = None,
    ) -> float:
        """How well the best candidate's path says the question's relation (0 without one),
        read as it was ranked: with the kinds of the nodes its walks passed through
        (``middles``: per start node, each walked pattern's), and no more than its walks'
        middle nodes are said (:meth:`_middles_said`). ``asked``: the mentioned nodes that
        stand where the question says the type it asks (:func:`_only_way_to_class`).

        ``spans`` (start node -> the question span it was linked from) tells an ambiguous
        name from several mentions: paths from two entities of one span ("Michael Brown", a
        director and an actor) are two readings of one name, not a joint answer, and the
        answer is judged by the reading that says the question best (each entity's best
        path, alone): "Which films did Michael Brown act in?" is answered by the actor's
        ``starring`` path, whatever the director's or a walk out and back over a shared
        gender says.

        An answer one entity reaches by several walks is judged, too, by each of its first
        :data:`~kgchat.retrieval.dated_walk.WALKS_READ` walks that ends by the same relation
        (and direction) as its best-scored walk in fewer hops: the answer is that relation's
        object either way, and the shorter walk leaves the detour's middle out. A shorter
        walk by another relation is another reading of the question, and is not read ("Who
        may sell X?" answered by a licence's party is not judged by X's ``publisher``)."""
        if not candidates or not candidates[0].paths:
            return 0.0
        top, spans = candidates[0], spans or {}
        q, typed, reached = self._question_as_reached(q, top, asked, spans)
        said = self._yes_no_confidence(q, top)
        if said is not None:
            return float(said)
        readings = self._ways_of_reading(top, spans, typed)
        judged = 0.0
        said_q = mentions_unreached(q, self._unreached(top, spans, reached))
        for reading in readings:
            one = self._judged_top(q, reading, candidates, middles, asked)
            if said_q is not q and one > 0.0:
                # the words put back may only lower the reading (an answer's type words
                # meeting them say nothing of how it relates to what they name)
                one = min(one, self._judged_top(said_q, reading, candidates, middles, asked))
            judged = max(judged, one)
            if judged >= 1.0:
                return judged
        worded = self._relation_worded(q, top, spans)
        if worded is not None:
            judged = max(judged, self._judged_top(*worded, candidates, middles, asked))
        return judged

    def _question_as_reached(
        self,
        q: QuestionInfo,
        top: Candidate,
        asked: frozenset[str],
        spans: dict[str, tuple[int, int]],
    ) -> tuple[QuestionInfo, list[tuple[int, int]], set[str]]:
        """``q`` as :meth:`_read_confidence` reads it for ``top``: timeless, with the type
        asked attached to the mentions standing for it, and the mentions ``top`` is reached
        from joined; with those spans (``typed``) and the mentions reached (``reached``)."""
        # the mentions standing for the type asked that the answer is reached from by a
        # relation (the form whose ``number`` is "plural"; not the class "author" is a
        # ``Role``), beside another mention it is reached from (a joint answer)
        related = {
            p.start
            for p in top.paths
            if any(r not in NO_RELATION and r != RDF_TYPE for r, _ in p.pattern)
        }
        joint = len({p.start for p in top.paths}) > 1
        typed = [s for n, s in spans.items() if joint and n in asked and n in related]
        q = type_attached(timeless(q), typed)
        # the prepositions between the mentions the answer is reached from, or a record on its
        # walk holds ("*potassium* in bananas"), say how they relate (mentions_joined)
        reached = related | held_mentions(self.kg, self.anonymous, top.paths[:3], spans)
        if joint or len(reached) > len(related):
            q = mentions_joined(q, [s for n, s in spans.items() if n in reached])
        return q, typed, reached

    def _ways_of_reading(
        self, top: Candidate, spans: dict[str, tuple[int, int]], typed: list[tuple[int, int]]
    ) -> list[Candidate]:
        """The ways of reading ``top`` that :meth:`_read_confidence` judges alike, the best
        kept."""
        # each entity's of an ambiguous name alone (else the top itself); a joint answer
        # without the paths from a value said where the question says the type it asks
        # ("which *fonds* ...": a level every fonds holds says what the answer is, not how it
        # relates to the other mentions); and the other mentions' relation worded by one
        # (:meth:`_relation_worded`)
        readings = _readings(top, spans) or [top]
        first = top.paths[0]
        if len(readings) == 1 and len({p.start for p in top.paths}) == 1:
            # an answer its entity reaches by the same last relation over fewer hops than
            # its best-scored walk is that relation's object by either walk, and the shorter
            # one leaves the detour's middle (a junction, a repeated hop) out: it is judged
            # too ("lumen's dependencies" reached through a dependency record's ``from`` /
            # ``to`` and another package's ``depends on``, and by lumen's own)
            readings += [
                replace(top, paths=[p])
                for p in top.paths[1:WALKS_READ]
                if len(p.pattern) < len(first.pattern) and p.pattern[-1:] == first.pattern[-1:]
            ]
            readings += namesake_reading(top, self.named_after, self.held_alone)
        values = {n for n, s in spans.items() if s in typed and not self.is_class(n)}
        rest = [p for p in top.paths if p.start not in values]
        if values and rest and len(rest) < len(top.paths):
            readings.append(replace(top, paths=rest))
        return readings

    def _unreached(
        self, top: Candidate, spans: dict[str, tuple[int, int]], reached: set[str] | frozenset[str]
    ) -> set[tuple[int, int]]:
        """The spans of the walk starts (not classes, nor things of ``top``'s own kind) that
        ``top`` is reached from by none of its walks, nor passes or holds (``reached``: the
        mentions it is reached from or held by a record on its walk): their words are still
        asked (:func:`~kgchat.retrieval.question_trims.mentions_unreached`)."""
        on = {n for p in top.paths for n in p.nodes} | set(reached) | {top.node}
        met = {s for n, s in spans.items() if n in on}
        kinds = set(self.kinds_of(top.node))
        # a mention of the answer's own kind is a peer of it, named as an alternative or a
        # neighbour in some order ("Is X *dry* or *sweet*?", "X's CEO before *Y*"), not a
        # thing the answer must be reached from
        return {
            s
            for n, s in spans.items()
            if s not in met and not self.is_class(n) and not kinds & set(self.kinds_of(n))
        }

    def _judged_top(
        self,
        q: QuestionInfo,
        top: Candidate,
        candidates: list[Candidate],
        middles: dict[str, dict[Pattern, tuple[str, ...]]] | None,
        asked: frozenset[str] = frozenset(),
    ) -> float:
        """:meth:`_confidence` of ``top`` (the best candidate, or one reading of it): 0 where
        a hard check vetoes its walks (:meth:`_walk_passes`) or its answer
        (:meth:`_answer_passes`); 1 where a chain of parts and wholes says what is asked;
        else the relation judge's reading of its walk, under the middle hops' ceiling."""
        pattern, parts = said_pattern(top)
        node = top.node
        joint = len({p.start for p in top.paths}) > 1
        walked = top.paths[:3] if joint else top.paths[:1]
        kind_read = self._kind_read(q, candidates, walked, joint)
        if kind_read is None:
            return 0.0
        q = kind_read
        if not self._walk_passes(q, node, walked, joint):
            return 0.0
        if not self._answer_passes(q, node, walked, joint):
            return 0.0
        contained = self._contained(q, node, walked, asked)
        if contained >= 1.0:
            return 1.0
        middle = self._middle_words(q, walked, middles)
        kinds, types = self._answer_kinds(q, node)
        query = self.query(pattern, types, parts, middle)
        converse = read_both_ways(self.kg, self.edges, self.phrase, walked)
        if says_opposite(self.judge.scorer.similarity, q, query, converse):
            # "When did X die?" over X's birth date: a word of the walk WordNet opposes to one
            # asked says the other relation (kgchat.retrieval.opposite_relation)
            return 0.0
        # the other relations the walk offered: what the encoder could have preferred instead
        others = dict.fromkeys(said_pattern(c) for c in candidates[1:20] if c.paths)
        others.pop((pattern, parts), None)
        alternatives = [self.query(p, (), ps) for p, ps in others]
        # worked out first: the judgement is kept only up to it, and the judge spends no
        # forward pass on what could not raise it that far
        ceiling = self._middles_said(q, walked, joint)
        judged = self.judge.confidence(
            q,
            query,
            value=self.is_literal(node),
            kinds=kinds,
            alternatives=alternatives,
            ceiling=ceiling,
            peers=lambda: frozenset().union(
                *(peer_relation_words(self, s) for s in dict.fromkeys(p.start for p in walked))
            ),
        )
        if joint and judged < 1.0:
            judged = max(judged, _only_way_to_class(top, candidates, asked))
        return max(min(judged, ceiling), contained)

    def _contained(
        self, q: QuestionInfo, node: str, walked: list[Path], asked: frozenset[str]
    ) -> float:
        """How far a chain of parts and wholes on ``walked`` says what ``q`` asks of
        ``node`` (:func:`~kgchat.retrieval.containment.containment_confidence`; 1 says it)."""
        # a chain of parts and wholes says "in", "belong to", "part of" in the graph's own
        # words, whatever they are (kgchat.retrieval.containment)
        met = self.judge.meets(self.kinds_of(node), q.named_type) if q.named_type else 0.0
        if q.named_type and met < 1.0 and containment_asked(q) is not None:
            # the place asked is what WordNet files the name under where its class says no
            # kind of place (NodeTypes.placed_kinds: a code list's "Portugal"), met by that
            # word or a kind of it, not by a near one ("continent": a country is none)
            named = self.judge.meets(self.placed_kinds(node), q.named_type)
            met = 1.0 if named >= 1.0 else met
        return containment_confidence(q, self.kg, walked, asked, met, self._said_of)

    def _kind_read(
        self, q: QuestionInfo, candidates: list[Candidate], walked: list[Path], joint: bool
    ) -> QuestionInfo | None:
        """``q`` as :meth:`_judged_top` reads it for the ``walked`` paths of the top answer:
        None (a veto) where ``q`` asks what kind X is and no walk can say it; "What type of
        film is X?" read as of X itself where X's one relation of that kind answers it; else
        ``q`` as it is."""
        if asks_kind(q) and (
            any(_out_and_back(p.pattern) for p in walked)
            or not any(_classifies(p.pattern) for p in walked)
        ):
            # "What kind of place is Lugano?" over Lugano -country-> CH <-country- Winterthur:
            # a walk out and back over one relation reaches a peer of X, another thing of its
            # sort, never the kind X is; nor does an answer no walk reaches forwards
            # (:func:`_classifies`): where the kind noun's walk down to it meets X's walk up
            # ("What kind of disease is migraine?"), X's says it
            return None
        if asks_kind(q) and not joint:
            label_of, relation_name = self.kg.label, self.kg.relation_label
            own = self.kinds_of(walked[0].start)
            if only_kind(q, candidates, label_of, relation_name, HIERARCHY) and (
                not own or self.judge.meets(own, q.named_type) >= 0.5
            ):
                # "What type of film is X?" answered by X's one ``genre``: the film is X
                # (where the graph says what X is at all; kgchat.retrieval.kind_relations)
                return kind_of_start(q)
        return q

    def _answer_kinds(self, q: QuestionInfo, node: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The answer's own kinds (not its roles in other facts) and its types, as the judge
        reads them."""
        types = self.answer_types(node)
        kinds = self.kinds_of(node)  # the answer's own kinds, not its roles in other facts
        if (
            not kinds
            and asks_kind(q)
            and not self.is_literal(node)
            and set(content_stems(self.kg.label(node))) != {stem(w) for w in q.named_type}
        ):
            # the kind asked, a class of a hierarchy with no class of its own, is named for
            # what it is ("*yogurt food product*" for "What type of product is X?"), as
            # names carry the kind of what they name (:meth:`_named`); N itself, named by
            # the question's own words ("Organisation" for "What kind of organisation"),
            # says no kind of it
            kinds = tuple(w for w in tokens(self.kg.label(node)) if w not in STOPWORDS)
            types = (*types, *kinds)
        return kinds, types
