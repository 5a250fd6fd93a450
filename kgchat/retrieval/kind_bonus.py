"""Raising the candidates whose walks reach things that are, by meaning, the type the question
names (:class:`KindBonus`, a mixin of :class:`~kgchat.retrieval.combine.CandidateRanking`;
moved out of ``combine.py`` unchanged).
"""

from __future__ import annotations

import itertools
from typing import Any

from kgchat.retrieval.kinds import AnswerKind
from kgchat.retrieval.scoring import HeuristicPathScorer
from kgchat.retrieval.similarity import TextSimilarity
from kgchat.text import PREPOSITIONS, STOPWORDS

__all__ = ["KindBonus"]

_KIND_SAMPLE = 16  # nodes a relation path reaches that say what it leads to


class KindBonus:
    """The answer-kind re-ranking of :class:`~kgchat.retrieval.combine.CandidateRanking` (a
    mixin: the class using it sets ``scorer``, ``index``, ``answer_types``, ``_is_the_type``
    and ``_kinds``)."""

    scorer: Any
    index: Any
    answer_types: Any
    _is_the_type: Any
    _kinds: AnswerKind | None

    def _kind_bonus(self, q: Any, candidates: list[Any], sources: list[Any]) -> None:
        """Raise each candidate's score by how much the things its walk reaches are, by
        meaning, the type the question asks for (:mod:`kgchat.retrieval.kinds`), weighed as
        the untrained scorer weighs a type word's match (the one scorer whose type match this
        completes).

        The evidence is the walk's, not the node's: the mean match of up to
        ``_KIND_SAMPLE`` nodes its relation path reaches, each counted only where its own
        classes and relations say nothing of what it is (a ``position`` named "Midfielder"
        is no player however its name sounds). One name that sounds like the type is noise,
        what a relation leads to is not.
        """
        scorer = self.scorer
        # a type the question names ("which *countries*"), not one a wh-word implies ("where":
        # any place word, which the names of a whole graph's countries and cities sound like)
        named = q.named_type
        if not named or not candidates or self.index is None:
            return
        if not isinstance(scorer, HeuristicPathScorer):
            return
        if self._kinds is None:
            # the index's vectors are its encoder's: type words must be embedded by the same
            same = scorer.similarity.encoder is self.index.encoder
            similarity = (
                scorer.similarity
                if same
                else TextSimilarity(self.index.encoder, scorer.config.soft_floor)
            )
            self._kinds = AnswerKind(self.index, similarity)
        walks = {(c.paths[0][1], c.paths[0][2]) for c in candidates if c.paths}
        sample: dict[tuple[Any, int], list[str]] = {}
        size: dict[tuple[Any, int], int] = {}
        for pattern, wid in walks:
            reached = list(itertools.islice(sources[wid][1].get(pattern, {}), _KIND_SAMPLE))
            size[(pattern, wid)] = len(reached) or 1
            sample[(pattern, wid)] = [
                n
                for n in reached
                if all(w in PREPOSITIONS or w in STOPWORDS for w in self.answer_types(n))
                and not self._is_the_type(n, named)  # the type, not a thing of it
            ]
        nodes = list(dict.fromkeys(n for ns in sample.values() for n in ns))
        if not nodes:
            return
        match = dict(zip(nodes, self._kinds.match(named, nodes).tolist(), strict=True))
        # as a matched type word would: it meets the type asked for, and covers the question
        # words that ask it
        cfg = scorer.config
        weight = cfg.answer_type + cfg.coverage * len(named) / len(q.words)
        for c in candidates:
            if c.paths:
                key = (c.paths[0][1], c.paths[0][2])
                c.score += weight * sum(match[n] for n in sample[key]) / size[key]
