"""Scoring relation paths against a question, without training.

A path ``topic -r1-> x -r2-> answer`` fits a question when (1) its relations' words are asked
for (each hop is *supported* by some question word), (2) together with the answer's type they
*cover* the question's words (a word said twice, "the drugs that interact with X interact
with", by two hops), (3) its prepositions agree with the question's, (4) the
answer is of the type the question asks for ("which country", "where" -> a place), and (5) its
verb relations are walked the way the word order says ("what *treats* X" backwards from X, "what
does X *treat*" forwards, passives the other way round). Words match
exactly by stem, or softly by the cosine of their embeddings (any :class:`Encoder`), which is how
"team" meets "club". Longer paths pay a small price, so a hop must earn its place.

:class:`HeuristicPathScorer` is the untrained scorer; a learned scorer (feature-based transfer)
implements the same one-method protocol, :class:`PathScorer`. What a relation path's hops say
of the question (support, coverage, prepositions, the unsaid sum) is read by its mixin
:class:`~kgchat.retrieval.hop_support.HopSupport`.

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> q = analyze("Where is the football club that Alan PULIDO plays for?", [(6, 8)])
>>> scorer = HeuristicPathScorer()  # lexical only: no encoder
>>> club = PathQuery((("plays_in_club", True),), ("plays in club",), ("club",))
>>> where = PathQuery((("plays_in_club", True), ("is_in_country", True)),
...                   ("plays in club", "is in country"), ("country",))
>>> s = scorer.score(q, [club, where])
>>> bool(s[1] > s[0])
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kgchat.retrieval.chain_cover import chain_said, chain_walked, directed_hops
from kgchat.retrieval.config import ScorerConfig
from kgchat.retrieval.hop_support import HopSupport, RelationPlans
from kgchat.retrieval.kind_divide import collective_agents, other_kin, unlike_kinds
from kgchat.retrieval.path_query import PathQuery, PathScorer
from kgchat.retrieval.path_rows import PathRows
from kgchat.retrieval.path_typing import AnswerTyping
from kgchat.retrieval.per_question import PerQuestion, unseen_texts
from kgchat.retrieval.phrases import phrase_parts, phrase_verb
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.said_hops import says_all
from kgchat.retrieval.score_tables import PathTables, TableReading
from kgchat.retrieval.similarity import TextSimilarity
from kgchat.retrieval.unsaid import UnsaidHops, crosses_kinds, repeated_hops
from kgchat.retrieval.word_order import WordOrder
from kgchat.text import stem
from kgchat.wordnet import wordnet

__all__ = [
    "HeuristicPathScorer",
    "PathQuery",
    "PathScorer",
    "ScorerConfig",
    "phrase_parts",
    "phrase_verb",
]


# relation paths numbered at most (RelationPlans: a few hundred bytes each)
_PLANS_KEPT = 200_000


def _best(a: np.ndarray | None, b: np.ndarray | None) -> np.ndarray:
    """The element-wise better of two match vectors, either of which may be missing."""
    if a is None:
        assert b is not None
        return b
    return a if b is None else np.maximum(a, b)


class HeuristicPathScorer(HopSupport, WordOrder, UnsaidHops, AnswerTyping, TableReading):
    """The untrained path scorer; ``encoder`` (optional) adds soft word matching."""

    def __init__(self, encoder: Any = None, config: ScorerConfig | None = None) -> None:
        self.encoder = encoder
        self.config = config or ScorerConfig()
        cfg = self.config
        lexicon = wordnet() if cfg.lexical > 0 else None
        self.similarity = TextSimilarity(encoder, cfg.soft_floor, lexicon, cfg.lexical)
        self._q: PerQuestion | None = None
        self._verbs: dict[str, tuple[str, bool] | None] = {}  # phrase -> verb, voice
        self.plans = RelationPlans()  # relation paths met, numbered (hop_support.py)
        self._rows = PathRows()  # what each query object says whatever the question

    def _sim(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        return self.similarity.words(a, b)

    def calibrated_floor(self) -> float:
        """The cosine at or below which this scorer's encoder finds two texts unrelated (1:
        no usable relatedness, or no encoder)."""
        return self.similarity.floor()

    def _prepare(self, question: QuestionInfo, paths: Sequence[PathQuery]) -> PerQuestion:
        c = self._q
        if c is None or c.question is not question:
            c = self._q = PerQuestion(question)
            if len(self.plans.plans) > _PLANS_KEPT:  # (numbers are kept per question only)
                self.plans = RelationPlans()
        new, phrases = unseen_texts(c, paths)
        if (new or phrases) and question.words and self.calibrated_floor() < 1.0:
            # one forward pass for every text this call meets: words, phrases (for _said)
            said = [*phrases, question.asked] if phrases else []
            self.similarity.prefetch([*new, *question.words, *question.answer_type, *said])
        if new:
            qwords, qtype = question.words, question.answer_type
            sims = (
                self.similarity.words(new, qwords, question.word_pairs)
                if qwords
                else np.zeros((len(new), 0), np.float32)
            )
            tsims = self._sim(new, qtype) if qtype else np.zeros((len(new), 0), np.float32)
            unlike_kinds(self.similarity.lexicon, question, new, sims, tsims)
            other_kin(self.similarity.lexicon, question, new, sims)
            collective_agents(self.similarity.lexicon, question, new, tsims)
            for i, w in enumerate(new):
                c.to_words[w] = sims[i]
                c.to_type[w] = float(tsims[i].max()) if tsims.shape[1] else 0.0
        return c

    def _repeated(self, c: PerQuestion, path: PathQuery, rid: int) -> tuple[int, int]:
        """The hops of ``path`` (relation path number ``rid``) that walk the relation before
        them again (:func:`~kgchat.retrieval.unsaid.repeated_hops`), where the walk says all
        the question says (:func:`~kgchat.retrieval.said_hops.says_all`, read only for a walk
        that repeats a relation: most repeat none); and of them, those left where the walk
        crosses kinds (``across``: a path's own, :func:`~kgchat.retrieval.unsaid.
        crosses_kinds`)."""
        again = repeated_hops(path)
        if not again or not says_all(c, self.plans, rid):
            return 0, 0
        return again, repeated_hops(path, across=True)

    @staticmethod
    def _across(
        c: PerQuestion, path: PathQuery, typ: tuple[Any, float], mid: tuple[Any, float]
    ) -> bool:
        """Whether ``path`` crosses kinds (:func:`~kgchat.retrieval.unsaid.crosses_kinds`),
        by its answer type words' and middle kind words' readings (``typ``, ``mid``:
        ``PathTyping._typing``'s, their matches to the type asked)."""
        return crosses_kinds(path, bool(c.question.named_type), typ[1], mid[1])

    @staticmethod
    def _repeated_cover(c: PerQuestion, path: PathQuery, cover: np.ndarray) -> float:
        """Coverage when some question word occurs ``m > 1`` times: its occurrences are
        covered by ``m`` different hops (or the answer type), best first, so "interact ...
        interact" is covered twice only by a path that interacts twice; and when the question
        says a chain of relations (:attr:`~kgchat.retrieval.question.QuestionInfo.chains`),
        its links by consecutive hops, one link a hop (:func:`~kgchat.retrieval.chain_cover.
        chain_said`)."""
        q = c.question
        hop_words = [
            [w for ph in phrases for w in phrase_parts(ph)[0]] for phrases in path.readings()
        ]
        per_hop = [np.max(np.stack([c.to_words[w] for w in ws]), axis=0) for ws in hop_words if ws]
        # type words that repeat a hop's own word (``interacts`` of "interacts with") add no hop
        said = {stem(w) for ws in hop_words for w in ws}
        types = [w for w in path.answer_types if stem(w) not in said] if q.answer_type else []
        if types:
            per_hop.append(np.max(np.stack([c.to_words[w] for w in types]), axis=0))
        ranked = -np.sort(-np.stack(per_hop), axis=0)  # per question word, best hop first
        total = 0.0
        places = q.chain_places
        chained = {j for chain in places for link in chain for j in link}
        for j in range(len(q.words)):
            m = q.count(j)
            if j not in chained:
                total += cover[j] if m == 1 else float(ranked[:m, j].sum())
        hops = directed_hops(c, path) if chained else None
        for chain in places:  # a chain's words said by consecutive hops, its own order
            total += chain_said(hops, chain)
        once = sum(q.count(j) for j in range(len(q.words)) if j not in chained)
        return total / (once + sum(map(len, places)))

    def chains_walked(self, question: QuestionInfo, path: PathQuery, floor: float) -> bool:
        """Whether ``path`` says every chain of ``question`` (:func:`chain_walked`, each hop
        read the way it is walked); True where the question has none."""
        if not question.chain_places:
            return True
        hops = directed_hops(self._prepare(question, [path]), path)
        return all(chain_walked(hops, chain, floor) for chain in question.chain_places)

    def score(self, question: QuestionInfo, paths: Sequence[PathQuery]) -> np.ndarray:
        """Score each path (see the module docstring)."""
        return self.weigh(self.components(question, paths))

    def weigh(self, components: np.ndarray) -> np.ndarray:
        """Scores from :meth:`components` (the config's weights).

        Each row's sum is taken column by column, by the same operations wherever the row
        sits: a matrix product's last bits depend on the batch (its size, the row's place in
        it), and a joint query's batch is whatever else the question reached, so two paths
        that tie exactly came out a bit apart, in an order that changed from run to run.

        >>> s = HeuristicPathScorer()
        >>> rows = np.random.default_rng(0).normal(size=(9, 6)).astype(np.float32)
        >>> bool((s.weigh(rows)[3:4] == s.weigh(rows[3:4])).all())
        True
        """
        cfg = self.config
        weights = np.array(
            [
                cfg.coverage,
                cfg.support,
                cfg.preposition,
                cfg.answer_type,
                -cfg.length,
                cfg.direction,
            ],
            np.float32,
        ).astype(np.float64)
        parts = components.astype(np.float64)
        out = np.zeros(len(parts), np.float64)
        for k, w in enumerate(weights):
            out += parts[:, k] * w
        return out.astype(np.float32)

    def components(self, question: QuestionInfo, paths: Sequence[PathQuery]) -> np.ndarray:
        """Per path, the unweighted parts of its score: coverage, mean hop support,
        preposition agreement, answer-type match, hops beyond the first, and word-order
        agreement (-1 to 1); shape (n, 6).

        A walk scores thousands of (relation path, answer type words) pairs a question, few
        of them distinct in either half: each half's share is computed once per question and
        the pair only combines them (the coverage of a path with a type is the better of the
        two halves' coverage, word by word). A call's paths are read as columns
        (:class:`~kgchat.retrieval.path_rows.PathRows`) and combined in arrays, each value
        by the same float64 operations, in the same order, as path by path; only the paths
        that need more (an owner noun's one hop, a joint path's unsaid hops, a question
        saying a word twice) are read one by one.
        """
        c = self._prepare(question, paths)
        out = np.zeros((len(paths), 6), np.float32)
        if not paths:
            return out
        d = self._tables(c, paths)
        typ_col = self._type_column(d)
        length = self._length_column(c, paths, d)
        order_col = d.by_rel[2][d.r]
        if c.owned:
            self._owner_orders(c, paths, d, order_col)
        # (column by column: each float64 cast to float32 as a stacked matrix's would be)
        for k, col in enumerate(
            (d.by_rel[0][d.r], d.by_rel[1][d.r], typ_col, length, order_col), 1
        ):
            out[:, k] = col
        self._coverage_column(c, paths, d, out)
        return out

    @staticmethod
    def _type_column(d: PathTables) -> np.ndarray:
        """Per path, its answer type's match (:meth:`components`' fourth column), less where
        it reaches a time the question does not ask: 1 for a date, else the last hop's own
        reading."""
        by_rel, r, t = d.by_rel, d.r, d.t
        matched = np.array([typ[1] for typ in d.typ_of], np.float64)[t]
        dated = np.array(["date" in types for types in d.typ_first], bool)[t]
        timely = by_rel[4][r]
        # a time reached where none is asked: 1 for a date, else the last hop's own reading
        return matched - np.where(np.isnan(timely), 0.0, np.where(dated, 1.0, timely))

    def _length_column(
        self, c: PerQuestion, paths: Sequence[PathQuery], d: PathTables
    ) -> np.ndarray:
        """Per path, its hops beyond the first (:meth:`components`' fifth column), with the
        price of the hops the question leaves unsaid."""
        by_rel, r, t, m = d.by_rel, d.r, d.t, d.m
        hops, free = d.cols.hops, d.cols.free
        # the unsaid hops' price (UnsaidHops._unsaid_price's, as arrays; max(0, x) as Python's)
        # a relation walked again, where the walk says all the question says, is unsaid
        # unless the question names every hop (unsaid.repeated_hops, said_hops.says_all: a
        # child's child is no child; "manager's manager" names two hops)
        # ... and a relation walked on into another kind of thing says itself again
        again = by_rel[6][r]
        for k in np.flatnonzero(again > by_rel[7][r]).tolist():  # (few: a walk on, same way)
            if self._across(c, paths[k], d.typ_of[t[k]], d.mid_of[m[k]]):
                again[k] = by_rel[7][r[k]]
        again = np.where(by_rel[5][r] >= hops - free, 0.0, again)
        left = by_rel[3][r] + again - free - np.array(d.named_of, np.float64)[m]
        priced = self.config.unsaid * np.where(left > 0.0, left, 0.0)
        # a walk whose every hop the question names pays no price for its hops beyond the
        # first, or less (said_hops.py)
        named = np.where(by_rel[5][r] >= hops - free, np.maximum(hops - 1 - free, 0), 0)
        length = hops - 1 - free - self.config.said_hop * named + np.where(hops < 2, 0.0, priced)
        for k in np.flatnonzero(d.cols.joint & (hops >= 2)).tolist():
            length[k] = (
                hops[k]
                - 1
                - free[k]
                + self._unsaid_price(
                    c,
                    paths[k],
                    c.relation[d.cols.relations[k]][4],
                    d.mid_of[m[k]][0],
                    d.named_of[m[k]],
                )
            )
        return length

    def _owner_orders(
        self, c: PerQuestion, paths: Sequence[PathQuery], d: PathTables, order_col: np.ndarray
    ) -> None:
        """Where the question says an owner noun, each one-hop path's word-order agreement in
        ``order_col`` read again by :meth:`_owner_order`."""
        for k in np.flatnonzero(d.cols.hops == 1).tolist():
            said_typ = self._said_typing(c, d.typ_of[d.t[k]], d.cols.said[k])[0]
            cover_rel = c.relation[d.cols.relations[k]][0]
            order_col[k] = self._owner_order(c, paths[k], order_col[k], cover_rel, said_typ)

    def _coverage_column(
        self, c: PerQuestion, paths: Sequence[PathQuery], d: PathTables, out: np.ndarray
    ) -> None:
        """Each path's coverage of the question's words, into ``out``'s first column."""
        question, r, t, m = c.question, d.r, d.t, d.m
        typed = bool(question.answer_type)  # no type asked: all relation words (see _typing)
        if question.counts or question.chains:
            for k, path in enumerate(paths):
                cover_rel = c.relation[d.cols.relations[k]][0]
                typ_words = self._said_typing(c, d.typ_of[t[k]], d.cols.said[k])[0]
                if cover_rel is not None or (typed and typ_words is not None):
                    cover = _best(_best(cover_rel, typ_words if typed else None), d.mid_of[m[k]][0])
                    out[k, 0] = self._repeated_cover(c, path, cover)
        elif question.words:
            # a path's coverage: per question word, the best of its relation words', its type
            # words' and its middle nodes' kind words' matches (a missing part matches
            # nothing: zeros), averaged
            R, T, M = np.stack(d.rels), np.stack(d.typs), np.stack(d.mids)
            out[:, 0] = np.maximum(np.maximum(R[r], T[t]), M[m]).mean(axis=1)
