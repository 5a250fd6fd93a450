"""Ranking the nodes the walks reached: one path per mention, scored jointly where several
mentions reach the same node (a question with several constraints), the best walk otherwise;
where the question names the type it asks for, re-ranked by how much what each walk reaches is
one, by meaning (:mod:`kgchat.retrieval.kinds`).

:class:`CandidateRanking` is a mixin of :class:`~kgchat.retrieval.Retriever` (it uses its graph
reading, scorer and configuration).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter, not_
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.retrieval.answer_form import codes_first, said_schemes_first, values_after
from kgchat.retrieval.answer_paths import kinds_only
from kgchat.retrieval.candidate_pool import within_pool
from kgchat.retrieval.joint_detours import detours, hop_said_once, own_best
from kgchat.retrieval.junction_words import UNSAID
from kgchat.retrieval.kind_bonus import KindBonus
from kgchat.retrieval.kinds import AnswerKind
from kgchat.retrieval.membership import membership_hops
from kgchat.retrieval.one_record import apart_walks, met_in_one
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import asks_kind
from kgchat.retrieval.record_meetings import met_in_record
from kgchat.retrieval.results import Candidate, PendingPath, handed_back, tied_through
from kgchat.retrieval.said_junctions import SaidJunctions
from kgchat.retrieval.shared_walks import (
    common_ending,
    joint_key,
    met_at_shared_value,
    met_before,
    said_once_a_hop,
)
from kgchat.retrieval.walk import CLASS_ENDS, Pattern
from kgchat.retrieval.wh_detours import hop_support

if TYPE_CHECKING:
    from kgchat.retrieval.retrieve_state import Walked

__all__ = ["CandidateRanking", "Entry", "values_after", "within_pool"]  # values_after: answer_form

Entry = tuple[float, Pattern, int]  # (score, pattern, index of the walk's source)
JointKey = tuple[tuple[Pattern, ...], tuple[str, ...], tuple[str, ...], int]
_first, _second = itemgetter(0), itemgetter(1)


@dataclass
class Reached:
    """The nodes the walks reached, grouped (:meth:`CandidateRanking._reached`): those from
    one span (``single``: the node, its walks), those from several (``multi``: the node, how
    many spans reach it, its combinations of walks, each one's joint query number), the
    joint queries numbered (``joint_at``) and, once scored, their scores (``scores``)."""

    single: list[tuple[str, list[Entry]]]
    multi: list[tuple[str, int, list[tuple[Any, ...]], list[int]]]
    joint_at: dict[JointKey, int]
    scores: list[float] = field(default_factory=list)


@dataclass
class _JointNumbers:
    """Each distinct joint query of :meth:`CandidateRanking._reached`, numbered in the order
    met (``joint_at``: its type words, ``middles``, the membership hops from ``sources`` into
    the classes ``checked``); and per combination of walks (by identity: a walk's entries
    are shared by the nodes it reached, so thousands of nodes share a few combinations) and
    type words, the number of its joint query."""

    middles: Any
    sources: Any
    checked: frozenset[str]
    joint_at: dict[JointKey, int] = field(default_factory=dict)
    by_ids: dict[tuple[int, ...], tuple[int, Any]] = field(default_factory=dict)
    by_sig: dict[tuple[int, ...], tuple[list[tuple[Any, ...]], list[int], Any, Any]] = field(
        default_factory=dict
    )
    memo: dict[tuple[tuple[Pattern, int], ...], tuple[str, ...]] = field(default_factory=dict)

    def of(
        self, tops: list[list[Entry]], types: tuple[str, ...]
    ) -> tuple[list[tuple[Any, ...]], list[int]]:
        """The combinations of a node's best walks from each span (``tops``) and each one's
        joint query number."""
        # the walks' entries (shared by the nodes that kept them) and type words: the
        # nodes with the same have the same combinations and joint queries
        sig = (id(types), *map(len, tops), *map(id, itertools.chain.from_iterable(tops)))
        same = self.by_sig.get(sig)
        if same is None:
            combos = list(itertools.product(*tops))
            at: list[int] = []
            for combo in combos:
                ids = (id(types), *map(id, combo))
                found = self.by_ids.get(ids)
                if found is None:
                    key = (
                        *joint_key(combo, types, self.middles, self.memo),
                        membership_hops(combo, self.sources, self.checked),
                    )
                    number = self.joint_at.setdefault(key, len(self.joint_at))
                    found = self.by_ids[ids] = (number, types)
                at.append(found[0])
            # (the entries and types kept with them: the ids stay those of live objects)
            same = self.by_sig[sig] = (combos, at, tops, types)
        return same[0], same[1]


def _not_just_member(walks: list[Entry]) -> bool:
    """Whether one of a span's best ``walks`` to a node ends otherwise than by a step to what
    the node before is one of (:data:`~kgchat.retrieval.walk.CLASS_ENDS`)."""
    return any(not e[1] or e[1][-1] not in CLASS_ENDS for e in walks[: CandidateRanking.TOP_PATHS])


def _best_combination(
    combos: list[tuple[Any, ...]], at: list[int], joint_scores: list[float]
) -> tuple[float, tuple[Any, ...], bool]:
    """The best-scored of a node's ``combos`` of walks (``at``: each one's joint query
    number, into ``joint_scores``), its score, and whether its paths end alike (only then may
    they meet before the answer)."""
    best_score, best_combo = -np.inf, None
    for combo, i in zip(combos, at, strict=True):
        js = joint_scores[i]
        if js > best_score:
            best_score, best_combo = js, combo
    assert best_combo is not None
    return best_score, best_combo, common_ending(best_combo) > 0


class CandidateRanking(KindBonus, SaidJunctions):
    """Candidates from the walks (a mixin: the class using it sets ``kg``, ``scorer``,
    ``config``, ``index`` and the hop price, and reads the graph through
    :class:`~kgchat.retrieval.reading.GraphReading`)."""

    TOP_PATHS = 3  # paths kept per (mention, node) (the best of each length, up to 3 hops)
    CONSTRAINT_BONUS = 1.0  # a candidate that meets one more of the question's constraints
    kg: Any
    scorer: Any
    config: Any
    _hop_price: float
    query: Any
    joint_query: Any
    types_for: Any
    _member: Any
    index: Any
    answer_types: Any
    _is_the_type: Any
    _kinds: AnswerKind | None
    _classes: Any  # NodeTypes': a node's classes
    edges: Any
    anonymous: Any  # GraphReading's: an unnamed node, walked through, never an answer
    _anon: dict[str, bool]  # its answers per node (UnnamedNodes')
    judge: Any  # the retriever's RelationMatch
    shared_value: Any  # GraphReading's: a nameless value many things hold
    phrase: Any  # GraphReading's: a predicate's name as a relation

    def _ending_said(self, q: Any, pattern: Any) -> bool:
        """Whether the question says something of the hop a joint answer's shared walk
        reaches it by (support 0.05 or more: under it the question says nothing of the hop,
        as :meth:`~kgchat.retrieval.middle_hops.MiddleHops._middles_said` reads a last hop):
        the walk the paths share after they meet is counted once only where the question
        asks for where it ends ("How *long* is the section from A to B?" and its
        ``length``), not where the walk merely goes on (a food's ``ndb number`` after the
        food met from "protein" and "cheddar cheese")."""
        rel, forward = pattern[-1]
        return hop_support(self.judge, self.query, q)(rel, forward) >= UNSAID

    def _combine(
        self, q: QuestionInfo, w: Walked, answer_classes: frozenset[str] = frozenset()
    ) -> list[Candidate]:
        """Rank candidates. A node reached from several mentions (a question with several
        constraints) is scored on the *joint* evidence of one path per mention, so that each
        path only has to explain its own part of the question; the best combination counts
        (with the kinds of the nodes each path passes through: ``w.middles``, per walk; each
        walk's free hops into junctions, ``w.frees``, free in the joint path where the paths
        meet in one: :func:`~.record_meetings.met_in_junction`, or where they are alike
        and start at entities the question coordinates, walk numbers ``w.alike``; walk numbers
        ``w.bare``: mentions tied by grammar alone, :func:`~.joint_detours.tied_by_grammar`).

        The steps: :meth:`_reached` groups the nodes (from one span, from several: their
        combinations of walks), :meth:`_joint_scores` scores every joint query at once,
        :meth:`_joined` scores each node of several spans by its best combination and the
        constraints it meets, :meth:`_pooled` ranks them all and traces the best."""
        tables = list(w.per_span.values())
        tables = kinds_only(q, tables, [s[0] for s in w.sources], self._classes, self.kg)
        # a class asked as the type, whose hierarchy the answer is only checked against
        # (membership.py); "what kind of N is X" chooses it in N's hierarchy instead
        checked = frozenset() if asks_kind(q) else answer_classes
        reached = self._reached(q, tables, w, checked)
        reached.scores = self._joint_scores(q, reached.joint_at)
        joint = self._joined(q, reached, w, answer_classes)
        return self._pooled(q, reached.single, joint, w.sources, answer_classes)

    def _reached(
        self,
        q: QuestionInfo,
        tables: list[dict[str, list[Entry]]],
        w: Walked,
        checked: frozenset[str],
    ) -> Reached:
        """The nodes the walks reach (``tables``: per span, its best entries per node),
        grouped: from one span, and from several with their combinations of walks, each
        numbered by its joint query (its type words, ``w.middles``, the membership hops
        into the classes ``checked``)."""
        # one span (most questions): every node is reached from it alone
        # (in the order the walks met them: a set's order changes with the hash seed, and the
        # joint queries' order, and which of tied nodes the pool keeps, with it)
        nodes: Any = () if len(tables) < 2 else dict.fromkeys(itertools.chain(*tables))
        numbers = _JointNumbers(w.middles, w.sources, checked)
        same_types: dict[tuple[str, ...], tuple[str, ...]] = {}
        # Nodes reached from one span only (nearly all of them on a big graph) are ranked by
        # their best walk: select the top few with numpy before building any Candidate.
        single = self._named_reached(tables[0]) if len(tables) == 1 else []
        multi: list[tuple[str, int, list[tuple[Any, ...]], list[int]]] = []
        types_of = self.types_for(q)
        best_paths = itemgetter(slice(0, self.TOP_PATHS))  # its best from one span
        for node in nodes:
            if self.anonymous(node):
                continue
            reached = [t[node] for t in tables if node in t]
            # a class (or concept scheme) that several mentions are members of meets no
            # constraint of the question by that ("X is a concept; Y is a concept"): a span
            # counts when one of its best walks reaches the node otherwise
            if len(reached) > 1:
                reached = [e for e in reached if _not_just_member(e)] or [
                    max(reached, key=lambda e: e[0][0])
                ]
            if len(reached) == 1:
                single.append((node, reached[0]))
                continue
            types = types_of(node)
            types = same_types.setdefault(types, types)  # one object per value: its id keys
            combos, at = numbers.of(list(map(best_paths, reached[:3])), types)
            multi.append((node, len(reached), combos, at))
        return Reached(single, multi, numbers.joint_at)

    def _named_reached(self, table: dict[str, list[Entry]]) -> list[tuple[str, list[Entry]]]:
        """The nodes of one span's ``table`` with their walks, less the unnamed ones: an
        unnamed node answers nothing (forms._no_answer drops it): it takes no place in the
        pool, where the value nodes of many records (``[ qudt:numericValue 12.5 ]``, reached
        back through their shared unit) had crowded out the value itself (anonymous()'s
        per-node answers read in line: thousands of nodes a question)."""
        single = list(table.items())
        known, anonymous = self._anon.get, self.anonymous
        if single:  # (each node's flag read in C; a node not read yet, read now)
            flags: list[Any] = list(map(known, table))
            if None in flags:
                flags = [
                    anonymous(node) if a is None else a
                    for node, a in zip(table, flags, strict=True)
                ]
            single = list(itertools.compress(single, map(not_, flags)))
        return single

    def _joint_scores(self, q: QuestionInfo, joint_at: dict[JointKey, int]) -> list[float]:
        """Every joint query of every node (``joint_at``: numbered), scored in one call (a
        learned scorer batches): the joint query pays for len(pattern) - 1 hops; each extra
        path is free."""
        if not joint_at:
            return []
        keys = list(joint_at)
        queries = list(itertools.starmap(self.joint_query, keys))  # (kept per graph)
        values = self.scorer.score(q, queries).tolist()
        return [
            v + self._hop_price * (len(key[0]) - 1) for key, v in zip(keys, values, strict=True)
        ]

    def _joined(
        self, q: QuestionInfo, reached: Reached, w: Walked, answer_classes: frozenset[str]
    ) -> list[tuple[str, float, tuple[Any, ...]]]:
        """Each node reached from several spans, its score and its best combination: the
        best joint score of its combinations (or of those that meet in one record, or keep
        each mention's own constraint), a constraint bonus for each span it meets beyond the
        first, and for a class of the answer's it is a member of."""
        joint_scores, sources, frees, alike = reached.scores, w.sources, w.frees, w.alike
        # per list of combinations: the best score, its combination, and whether its paths
        # end alike (only then may they meet before the answer: read per node below)
        best_of: dict[int, tuple[float, tuple[Any, ...], bool]] = {}
        ending_said = said_once_a_hop(self._ending_said, q)
        hop_said = hop_said_once(hop_support(self.judge, self.query, q), UNSAID)
        own = partial(
            own_best, scores=joint_scores, sources=sources, alike=alike, bonus=self.CONSTRAINT_BONUS
        )
        joint: list[tuple[str, float, tuple[Any, ...]]] = []  # node, score, its best combination
        apart = partial(
            apart_walks,
            sources=sources,
            edges=self.edges,
            anonymous=self.anonymous,
            cap=self.config.max_nodes,
            alike=alike,
        )
        in_one = partial(met_in_one, scores=joint_scores, apart=apart, bonus=self.CONSTRAINT_BONUS)
        for node, n_reached, combos, at in reached.multi:
            found_best = best_of.get(id(combos))
            if found_best is None:
                found_best = best_of[id(combos)] = _best_combination(combos, at, joint_scores)
            best_score, best_combo, ends_alike = found_best
            anon, price = self.anonymous, self._hop_price
            # (met in one record: the walks' hops into its junctions free, as alone)
            met = met_in_record(
                node, combos, at, joint_scores, sources, frees, anon, self.edges, price, alike
            )
            if met is not None:
                best_score, best_combo = met
                ends_alike = common_ending(best_combo) > 0
            if ends_alike and met_at_shared_value(node, best_combo, sources, self.shared_value):
                # the mentions meet at a value every holder of it shares (their document's
                # record): the second meets no constraint of its own
                n_reached = 1
            # (a mention whose walk of two hops or more says nothing asked, or passes a
            # mention coordinated with it, meets no constraint of its own: joint_detours)
            best_score, best_combo, out = own(node, (best_score, best_combo), combos, at)
            ends_alike = common_ending(best_combo) > 0
            if not out:  # (walks that enter records by different fields meet in one)
                best_score, best_combo, out = in_one(node, (best_score, best_combo), combos, at)
            gone = len(out) + detours(best_combo, hop_said, frees, w.bare | out)
            n_reached = max(n_reached - gone, 1)
            bonus = self.CONSTRAINT_BONUS * (n_reached - 1 + self._member(node, answer_classes))
            again = ends_alike and met_before(node, best_combo, sources, anon)
            if again and ending_said(best_combo[0][1]):
                bonus += price * again
            joint.append((node, best_score + bonus, best_combo))
        return joint

    def _pooled(
        self,
        q: QuestionInfo,
        single: list[tuple[str, list[Entry]]],
        joint: list[tuple[str, float, tuple[Any, ...]]],
        sources: list[tuple[str, dict[Pattern, dict[str, Any]]]],
        answer_classes: frozenset[str],
    ) -> list[Candidate]:
        """The candidates ranked: the nodes of one span by their best walk (and a bonus for
        a class of the answer's they are a member of), those of several as :meth:`_joined`
        scored them, the best kept (a wider pool where the question names the type it asks,
        re-ranked by what the entities are said to be), labelled, their paths traced."""
        keep = max(self.config.max_candidates, self.config.max_facts)
        pool = 3 * keep if q.answer_type else keep
        scored: list[Candidate] = []
        # each node's best walk's score: w[0][0] of its walks w, in C
        best = np.fromiter(map(_first, map(_first, map(_second, single))), float, len(single))
        if answer_classes and single:
            best += self.CONSTRAINT_BONUS * np.fromiter(
                (self._member(n, answer_classes) for n, _ in single), float, len(single)
            )
        chosen, joined = within_pool(best, [s for _, s, _ in joint], pool)
        for node, score, combo in map(joint.__getitem__, joined):
            scored.append(Candidate(node, "", score, list(combo)))  # type: ignore[arg-type]
        for i in chosen:
            node, walks = single[i]
            scored.append(Candidate(node, "", float(best[i]), list(walks)))  # type: ignore[arg-type]
        scored.sort(key=Candidate.rank_key)
        if q.answer_type:
            # a wider pool, re-ranked by what the entities are said to be (_kind_bonus)
            self._kind_bonus(q, scored[:pool], sources)
            scored.sort(key=Candidate.rank_key)
            scored = values_after(q, scored, self.kg.is_literal, self.kg.label)
        scored = said_schemes_first(
            q,
            codes_first(q, scored, self.kg.is_literal, self.kg.label, self.phrase),
            self.kg.is_literal,
        )
        # (and every one tied with the last kept: which of tied nodes come first is their
        # names' order, and the steps after tell them apart: a year one record holds)
        most = self.config.max_nodes
        top = scored[: max(handed_back(scored, keep, most), min(tied_through(scored, keep), most))]
        for c in top:
            c.label = self.kg.label(c.node)
            c.paths = [
                PendingPath(e[0], e[1], *sources[e[2]]).trace(c.node)  # type: ignore[index]
                for e in c.paths
            ]
        return top
