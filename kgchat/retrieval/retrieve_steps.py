"""The steps of :meth:`~kgchat.retrieval.retriever.Retriever.retrieve`, each named; the state
they hand on is in :mod:`kgchat.retrieval.retrieve_state`.

1. :meth:`RetrieveSteps._linked`: the entities the question names (a class named by its
   initials read in its own words); :meth:`~RetrieveSteps._asked`: the question read against
   them (:class:`Asked`).
2. :meth:`~RetrieveSteps._walks_from`: a walk from each mention (:class:`Walked`).
3. :meth:`~RetrieveSteps._ranked`: the candidates the walks reach, joined and scored, then
   :meth:`~RetrieveSteps._reordered`: the ties and near ties put in the order the question's
   grammar says, and :meth:`~RetrieveSteps._answer_forms`: the readings of a form (yes-no, a
   degree, a family, a language).
4. :meth:`~RetrieveSteps._rated`: the ranking the confidence rates highest of the tied ones,
   and a "how many" counted (:class:`Ranked`).
5. :meth:`~RetrieveSteps._handed_facts`: the answers and facts handed back;
   :meth:`~RetrieveSteps._answered`: the answers a name or a held value gives instead, and
   the confidence (:class:`Answered`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from kgchat.graph.capabilities import PrefetchesWalks
from kgchat.linking import Mention
from kgchat.retrieval.acronyms import spelled_out
from kgchat.retrieval.answer_classes import read_answer_classes
from kgchat.retrieval.asked_value import asked_value_first, matchers_said
from kgchat.retrieval.chain_roots import broadest_first
from kgchat.retrieval.code_past_type import type_before_value
from kgchat.retrieval.combine import Entry
from kgchat.retrieval.containment import the_way_asked
from kgchat.retrieval.coordinated import coordinated_walks
from kgchat.retrieval.counting import counted_answer
from kgchat.retrieval.date_precision import times_first
from kgchat.retrieval.dated_walk import dated_first
from kgchat.retrieval.degree import asked_degree
from kgchat.retrieval.facts import select_facts
from kgchat.retrieval.head_kinds import heads_read
from kgchat.retrieval.held_conditions import conditions_held
from kgchat.retrieval.held_values import held_values
from kgchat.retrieval.holder_asked import holder_asked
from kgchat.retrieval.in_year import held_when, year_said_apart
from kgchat.retrieval.joint_detours import tied_by_grammar
from kgchat.retrieval.joint_roles import owner_said, roles_said
from kgchat.retrieval.junction_constraints import RecordsAsked, met_at_junctions
from kgchat.retrieval.language_asked import (
    names_in_language,
    question_language,
    spoken_first,
)
from kgchat.retrieval.modifier_facts import modifiers_held
from kgchat.retrieval.modifier_kinds import kind_beyond_modifier, values_of
from kgchat.retrieval.name_asked import may_ask_name, other_names_asked
from kgchat.retrieval.own_year import own_year_first
from kgchat.retrieval.passed_named import passed_named_first
from kgchat.retrieval.question_shapes import asks_type_at, is_yes_no, modifies_type
from kgchat.retrieval.record_figures import figure_asked
from kgchat.retrieval.record_meetings import named_frees
from kgchat.retrieval.results import Candidate, Path, ScoredFact, handed_back
from kgchat.retrieval.retrieve_state import Answered, Asked, Ranked, Walked
from kgchat.retrieval.role_voice import voiced_roles_first
from kgchat.retrieval.tie_texts import judged_texts
from kgchat.retrieval.tied_candidates import rated_first
from kgchat.retrieval.tied_paths import tied_first
from kgchat.retrieval.walk import Pattern
from kgchat.retrieval.wh_detours import detours_read
from kgchat.text import normalize

__all__ = ["RetrieveSteps"]

# the candidates a year is held against: so many times those handed back (the office's
# holders in that year may rank below others the walk met first)
_YEAR_POOL = 10


class RetrieveSteps:
    """The steps of :meth:`~kgchat.retrieval.retriever.Retriever.retrieve` (a mixin of the
    retriever: every other attribute read here is one of its own or of its mixins')."""

    kg: Any
    config: Any
    linker: Any
    judge: Any
    edges: Any
    phrase: Any
    query: Any
    read: Any
    is_class: Any
    is_literal: Any
    kinds_of: Any
    answer_types: Any
    anonymous: Any
    CONSTRAINT_BONUS: float
    TOP_PATHS: int
    _relation_words: Any
    _head_kinds: Any
    _classes: Any
    _walk: Any
    _extension: Any
    _combine: Any
    _said_values: Any
    _typed_by_class: Any
    _no_answer: Any
    _said_junctions: Any
    _ties_by_own_facts: Any
    _confirm: Any
    _is_value_node: Any
    _confidence: Any

    def _linked(self, question: str) -> tuple[str, list[Mention]]:
        """The question as read (a class named by its initials in its own words) and the
        entities it names."""
        mentions = self.linker.link(question)
        said = spelled_out(question, mentions, self.kg.label, self._relation_words)
        if said != question:  # a class named by its initials: read in its own words
            return said, self.linker.link(said)
        return question, mentions

    def _asked(self, written: str, said: str, linked: list[Mention]) -> Asked:
        """The question ``said`` read against the entities ``linked`` it names."""
        q, mentions, classes = self.read(said, linked)
        mentions, classes, answer_classes = read_answer_classes(self, q, linked, mentions, classes)
        return Asked(written, said, q, linked, mentions, classes, answer_classes)

    def _most_hops(self, a: Asked, m: Mention) -> int:
        """The hops a walk from ``m`` takes at the most. A value the question names as its
        type beside another mention ("which *physicists* were born in X": profession
        physicist) says what the answer is: by one hop, not as a node a longer walk passes
        (the birthplace of a physicist); one that modifies the type ("which *chemistry*
        laureates") by two at most: in n-ary data the value hangs off an award node between
        it and the answer."""
        lone = len(a.mentions) < 2 or m.is_class or self.is_class(m.node)
        if not lone and asks_type_at(a.q, m.start, m.end):
            return 2 if modifies_type(a.q, m.start, m.end) else 1
        return self.config.max_hops  # type: ignore[no-any-return]

    def _walks_from(self, a: Asked) -> Walked:
        """A walk from each mention; walks stay (score, pattern, walk source) tuples: only
        the final candidates are traced."""
        w = Walked()
        if isinstance(self.kg, PrefetchesWalks):  # a remote view fetches the walks' starts
            self.kg.expect_walk(m.node for m in a.mentions)  # together
        w.as_named = {m.node: normalize(self.kg.label(m.node)) for m in a.mentions}  # read once
        for m in a.mentions:
            table = w.per_span[(m.start, m.end)]
            middle: dict[Pattern, tuple[str, ...]] = {}
            tied: dict[str, list[Entry]] = {}
            w.frees.append({})  # (the walk fills it)
            # an ambiguous name's other readings are no topics of this one: they may be what
            # it leads to ("the *Lavergne* papers' creator": the person Lavergne), but for
            # one named as it is (a work and its edition: the same thing twice)
            topics = {
                n.node
                for n in a.mentions
                if (n.start, n.end) != (m.start, m.end) or w.as_named[n.node] == w.as_named[m.node]
            }
            best, parents = self._walk(
                a.q,
                m,
                topics,
                type_only=m.node in a.classes,
                middle=middle,
                wid=len(w.sources),
                most_hops=self._most_hops(a, m),
                ties=tied,
                junctions=w.frees[-1],
            )
            w.sources.append((m.node, parents))
            w.middles.append(middle)
            w.ties.append(tied)
            if not table:  # the span's first walk (its only one, but for an ambiguous name)
                table.update(best)
                continue
            for node, entries in best.items():
                old = table.get(node)
                if old is not None:  # an ambiguous span: its entities' walks compete
                    entries = sorted(old + entries, key=lambda e: -e[0])[: self.TOP_PATHS]
                table[node] = entries
        starts = [(m.start, m.end, m.node) for m in a.mentions]
        w.frees = named_frees(w.frees, starts, a.q.tokens, w.as_named)
        w.by_start = {node: w.middles[wid] for wid, (node, _) in enumerate(w.sources)}
        w.alike = coordinated_walks(a.q.tokens, a.mentions)
        w.bare = tied_by_grammar(a.q, [(m.start, m.end) for m in a.mentions])
        return w

    def _ranked(self, a: Asked, w: Walked) -> list[Candidate]:
        """The candidates the walks reach, joined and scored, those no answer of the
        question's form left out."""
        q, mentions = a.q, a.mentions
        asked = self._extension(a.answer_classes)
        candidates = self._combine(q, w, asked)
        candidates = self._said_values(q, mentions, candidates, asked)
        typed = self._typed_by_class(q, a.linked)
        candidates = [c for c in candidates if not self._no_answer(q, c, typed)]
        candidates = self._said_junctions(q, candidates, w.by_start)
        # the entities of each span the question names, held with the answer by one n-ary node
        # (the year it names; whether a record's figure is what it asks; the type asked)
        kind_at = frozenset((m.start, m.end) for m in mentions if asks_type_at(q, m.start, m.end))
        ask = RecordsAsked(year_said_apart(q.tokens, q.spans), figure_asked(q), kind_at)
        candidates = met_at_junctions(self, candidates, mentions, self.CONSTRAINT_BONUS, ask)
        candidates = self._ties_by_own_facts(q, candidates)
        # "Which *mouse* proteins are secreted?": of the tie, those whose facts say "mouse"
        most = self.config.max_nodes
        candidates = modifiers_held(q, candidates, self.edges, self.kg.label, most)
        # "the round *12* game of the *2023 World Championship*": of the tie of one walk,
        # those whose facts or whose walk's records hold what the question states
        return conditions_held(q, candidates, mentions, self.edges, self.kg.label, self.is_literal)

    def _reordered(self, a: Asked, candidates: list[Candidate]) -> list[Candidate]:
        """``candidates`` with the ties and near ties put in the order the question's words
        say (each step's example beside it)."""
        q, spans = a.q, a.spans
        # of a tie, the joint answers whose paths say each entity's own word ("letters from
        # X *addressed to* Y": Y's path says "addressed") before those that cross them
        scorer = self.judge.scorer

        def cover(path: Path) -> Any:
            """How well ``path``'s relations say each question word (the scorer's)."""
            return scorer.word_cover(q, self.query(path.pattern, ()))

        candidates = roles_said(q, candidates, spans, cover)
        # "version of *A*": the shorter path of a tie starts at the entity beside its word
        candidates = owner_said(q, candidates, spans, cover)
        # "What voltage is X?": not X's voltage *level*, the voltage one hop beyond it
        meets, heads = self.judge.meets, self._head_kinds
        values = values_of(self.edges, self.phrase, self.kg.label, self.is_literal)
        candidates = kind_beyond_modifier(q, candidates, self.kinds_of, heads, meets, values)
        kinds = self.answer_types, self.kinds_of, self._head_kinds  # (names say kinds)
        candidates = passed_named_first(q, candidates, self.is_literal, *kinds)
        # "What country is X attributed to?": the country, not its code a hop past it
        r: Any = self  # (the retriever, as the steps below read it)
        candidates = type_before_value(r, q, candidates, {m.node for m in a.mentions})
        # the classes said where the question says the type it asks ("*which gene*")
        candidates = the_way_asked(q, self.kg, candidates, a.typed)
        # "Who moderates X?": the moderator's account, not the person who holds it
        candidates = detours_read(r, q, candidates)
        candidates = heads_read(r, q, candidates, self._classes)  # "When was X decided?"
        # "mayor of London in 2010"; "Who is the mayor?": this year; "the previous owners"
        now = self.config.as_of_year or time.gmtime().tm_year
        topics = {m.node for m in a.mentions if not self.kg.is_literal(m.node)}
        pool = self.config.max_candidates * _YEAR_POOL
        candidates = held_when(r, q, now, topics, candidates, pool=pool)
        candidates = dated_first(r, q, candidates, pool=pool)  # "erupted in 2011"
        candidates = own_year_first(r, q, candidates, pool=pool)  # "counted in 2020"
        # "What was X's vote share in 2023?": of X's values (the year's), the one it says
        judged = matchers_said(self.judge, self.query, q, self.kinds_of)
        candidates = asked_value_first(q, candidates, self.kg.is_literal, self.anonymous, judged)
        # "When was X born?": the birth date before the birth year of the same node (after the
        # matchers' reading: of a year they put first, its full date)
        candidates = times_first(q, candidates, self.kg.is_literal, self.query)
        return voiced_roles_first(r, q, candidates, spans)  # "What catalyses X?"

    def _answer_forms(self, a: Asked, candidates: list[Candidate]) -> Ranked:
        """The readings of the question's form: a yes-no question confirmed, a degree
        asked, a family's broadest ancestor, the answers named in the language asked."""
        q, mentions = a.q, a.mentions
        r = Ranked(candidates)
        if is_yes_no(a.said):
            # the classes named beside the entities, with instances or only subclasses
            kept = {m.node for m in mentions}
            named = [m for m in a.linked if m.node not in kept and self.is_class(m.node)]
            r.candidates, r.unconfirmed = self._confirm(a.said, mentions, r.candidates, named)
        # "How sweet is X?", "Is X dry or sweet?": X's value of the quality named
        r.candidates = asked_degree(
            q, mentions, r.candidates, self.edges, self.kg.label, self._is_value_node
        )
        # "What family is X in?": of ancestors one transitive hop ties, the broadest
        r.candidates = broadest_first(q, self.kg, r.candidates)
        # "the French word for bread": the answers named in French first (language_asked)
        r.language = question_language(q, is_yes_no(a.said))
        r.candidates, r.spoken = spoken_first(self.kg, q, r.language, mentions, r.candidates)
        return r

    def _rater(self, a: Asked, w: Walked) -> Callable[..., float]:
        """The confidence of a ranking (of the question as read, or as ``read`` says)."""

        def rate(ranked: list[Candidate], read: Any = a.q) -> float:
            return self._confidence(read, ranked, w.by_start, a.typed, a.spans)  # type: ignore[no-any-return]

        return rate

    def _rated(self, a: Asked, w: Walked, r: Ranked) -> None:
        """Of the best answer's equally scored paths, and of the answers tied for the best
        score, those the confidence rates highest first; a "how many" counted."""
        similarity = self.judge.scorer.similarity  # (a HeuristicPathScorer's: always one)
        rate = self._rater(a, w)
        r.candidates, r.rated = tied_first(
            r.candidates,
            w.sources,
            w.ties,
            rate,
            lambda tops: similarity.riding(judged_texts(tops, self.query)),
        )
        similarity.riding([])  # (what rode on no pass is not kept for later ones)
        # of the answers tied for the best score, the one the confidence rates highest first,
        # where the first would be abstained on
        if not is_yes_no(a.said):  # (a yes-no question's answer is no candidate's)
            r.candidates, r.rated = rated_first(
                r.candidates, rate, r.rated, self.config.min_confidence
            )
        # "How many battles did X fight in?": the battles counted (kgchat.retrieval.counting)
        r.count = counted_answer(self, a.q, a.mentions, r.candidates, rate, r.rated)
        if r.count is not None:
            r.candidates, r.rated = r.count.candidates, r.count.confidence

    def _handed_facts(self, a: Asked, r: Ranked) -> tuple[list[Candidate], list[ScoredFact]]:
        """The answers handed back and the facts numbered. A node that holds one value and
        says nothing else answers with the value, its value's fact part of the evidence
        cited (of those handed back: a node's edges are read for each)."""
        shown = handed_back(r.candidates, self.config.max_candidates, self.config.max_nodes)
        answers = held_values(self.kg, self.edges, r.candidates[:shown])
        facts = select_facts(
            self.kg,
            answers + r.candidates[shown:],
            [self.edges(m.node) for m in a.mentions],
            self.config,
        )
        return answers, facts

    def _answered(
        self, a: Asked, w: Walked, r: Ranked, answers: list[Candidate], facts: list[ScoredFact]
    ) -> Answered:
        """The answers, facts and confidence handed back: the confidence rates the walk to
        the node the question names; a name asked in a language, another name of an entity
        or the holder of a value said answer instead where the question asks them."""
        q, mentions = a.q, a.mentions
        rated = r.rated
        if rated is None:  # (tied_first rated the ranking it chose: the same confidence)
            rated = self._confidence(q, r.candidates, w.by_start, a.typed, a.spans)
        confidence = rated if r.spoken is None else r.spoken  # (the language asked: its own)
        candidates = answers
        # "the French name of X": a name the graph gives X in that language (no fact)
        found = r.language and names_in_language(self.kg, q, r.language, mentions, candidates)
        if found:
            candidates, names, sure = found
            facts, confidence = names + facts, confidence if sure < 0 else sure
        if not found and not is_yes_no(a.said) and may_ask_name(q):
            # (a word that is also a language code, "What does GA stand for?", read as a
            # language first: the name reading runs where that one found nothing)
            # "What is X called?": X by another of its names (kgchat.retrieval.name_asked)
            other_names = other_names_asked(self.kg, q, mentions, candidates)
            if other_names is not None:
                candidates, names, confidence = other_names
                facts = names + facts
        held = (
            None
            if is_yes_no(a.said)
            else holder_asked(self.kg, q, a.linked, self.edges, self.phrase)
        )
        if held is not None:  # "Which station has the code X?" (kgchat.retrieval.holder_asked)
            candidates = [held[0], *(c for c in candidates if c.node != held[0].node)]
            confidence = held[1]
        return Answered(candidates, facts, confidence)
