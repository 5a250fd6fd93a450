"""What a path's hops the question leaves unsaid cost: the price the untrained path scorer
(:class:`~kgchat.retrieval.scoring.HeuristicPathScorer`, a mixin of it) adds to a path's
length component for its hops nothing in the question says.

Support is a mean over distinct relations, so a walk over relations nothing says had diluted
it rather than cost: each hop of a path of several hops costs ``ScorerConfig.unsaid`` times
(1 - its support) squared hops more (``HeuristicPathScorer._hops`` sums them). A joint query
(one path from each entity the question names) is priced only for the walk its paths share.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.short_of_type import TOP_UNMET

if TYPE_CHECKING:
    from kgchat.retrieval.per_question import PerQuestion

__all__ = ["UnsaidHops", "common_ending", "crosses_kinds", "repeated_hops", "shared_ending"]


def common_ending(paths: Sequence[Sequence[Any]]) -> int:
    """How many last hops every one of ``paths`` walks alike (relation and direction), up
    to the whole of the shortest: the walk they share into where they end.

    >>> common_ending([[("rank", False), ("entry", False)], [("date", False), ("entry", False)]])
    1
    >>> common_ending([[("entry", False)], [("date", False), ("entry", False)]])
    1
    """
    shortest = min(map(len, paths), default=0)
    n = 0
    while n < shortest and all(p[-1 - n] == paths[0][-1 - n] for p in paths[1:]):
        n += 1
    return n


def repeated_hops(path: PathQuery, across: bool = False) -> int:
    """How many of ``path``'s hops walk the relation of the hop before them again, a
    different relation from the one hop whatever the words say: a relation walked twice the
    same way reaches its own value's value (a child's child is a grandchild, no child), and
    walked out and back, another subject of the same value (a father's child is a sibling,
    no father). The one walked twice the same way that is transitive
    (:attr:`~kgchat.retrieval.path_query.PathQuery.transitive`: a part of a part is a part)
    says itself again, and so does any walked twice the same way into another kind of
    thing (``across``: :func:`crosses_kinds`). Read off the relation path alone, whatever
    its parts (a joint query's unsaid hops are priced by :meth:`UnsaidHops._joint_unsaid`).

    >>> child = ("has_father", False)
    >>> repeated_hops(PathQuery((child, child), ("has father", "has father")))
    1
    >>> up, down, part = ("in", True), ("in", False), frozenset({"in"})
    >>> repeated_hops(PathQuery((up, up), ("in", "in"), transitive=part))
    0
    >>> repeated_hops(PathQuery((up, down), ("in", "in"), transitive=part))
    1
    >>> repeated_hops(PathQuery((child, child), ("has father", "has father")), across=True)
    0
    """
    return sum(
        rel == before and (way != way_before or not (across or rel in path.transitive))
        for (before, way_before), (rel, way) in pairwise(path.pattern)
    )


def crosses_kinds(path: PathQuery, named: bool, end: float, middle: float) -> bool:
    """Whether ``path`` walks into another kind of thing than the nodes it passes through,
    by the graph's own classes and the kind the question asks: the question names the kind
    of its answer (``named``: "What *country* is X attributed to?", not a wh-word's
    "who"), the answer is of that kind (``end``: its kind words' match to it,
    ``PathTyping._typing``'s, at :data:`~kgchat.retrieval.short_of_type.TOP_UNMET` or more,
    the level under which a thing's kinds say it is no such thing) and more so than the
    nodes it passes through (``middle``: theirs, all of them together; a longer walk's
    middle holds the repeat's own end), and the two share no kind word
    (a superclass's among them: a Titan and a mortal are both figures of myth). A relation
    walked on so reaches what the one hop cannot, the kind asked: a campaign attributed to
    an intrusion set, attributed in turn to a country, is attributed to that country,
    where a person's parent's parent is no parent (:func:`repeated_hops`' ``across``).

    >>> p = PathQuery((("by", True), ("by", True)), ("attributed to",) * 2, ("country",))
    >>> crosses_kinds(p, True, 1.0, 0.0)
    True
    >>> crosses_kinds(p, False, 1.0, 0.0)  # "who": no kind named
    False
    >>> crosses_kinds(p, True, 0.16, 0.0)  # the answer of no kind asked
    False
    >>> crosses_kinds(p, True, 0.45, 0.45)  # the answer no more of it than the middle
    False
    >>> from dataclasses import replace
    >>> crosses_kinds(replace(p, middle=("country",)), True, 1.0, 0.0)  # a shared kind
    False
    """
    kinds_apart = not set(path.answer_types).intersection(path.middle)
    return named and end >= TOP_UNMET and end > middle and kinds_apart


def shared_ending(pattern: tuple[Any, ...], parts: tuple[int, ...]) -> int:
    """How many last hops every path of a joint query (``pattern``, one path after another,
    ``parts`` long each) has alike: their :func:`common_ending`, where each path keeps at
    least its first hop apart (two paths alike, "the films starring X and Y", meet at the
    answer: none shared).

    >>> hops = (("start", False), ("length", True), ("end", False), ("length", True))
    >>> shared_ending(hops, (2, 2))
    1
    >>> shared_ending((("starring", False), ("starring", False)), (1, 1))
    0
    """
    if len(parts) < 2:
        return 0
    ends = list(accumulate(parts))
    paths = [pattern[end - n : end] for end, n in zip(ends, parts, strict=True)]
    return min(common_ending(paths), max(min(parts) - 1, 0))


class UnsaidHops:
    """The unsaid hops' price of a path (a mixin: the scorer using it sets ``config``, a
    :class:`~kgchat.retrieval.config.ScorerConfig`, and sums a path's unsaid hops with
    ``_hops``, per path prefix)."""

    config: Any
    _hops: Any

    def _unsaid_price(
        self,
        c: PerQuestion,
        path: PathQuery,
        unsaid: float,
        middle: np.ndarray | None,
        named: float | None = None,
    ) -> float:
        """The extra hops' price of a path of several hops for the hops the question does not
        say (``unsaid``, summed by ``HeuristicPathScorer._hops``; of a joint query,
        :meth:`_joint_unsaid`), in hops, times the config's ``unsaid``. A junction's hop in
        (``free_hops``) is forgiven, and so is a hop into a node the question names by its
        kind (``middle``, the middle nodes' kind words' match to each question word: "Who
        works at the same *organization* as X?" walks out to it and back, said by the
        noun). ``named``, where given, is that best match, read beforehand (a call's paths
        share few middles)."""
        if len(path.pattern) < 2:  # a one-hop path's support says all of it already
            return 0.0
        if len(path.parts) > 1:
            unsaid = self._joint_unsaid(c, path)
        if named is None:
            named = float(middle.max()) if middle is not None and middle.size else 0.0
        return self.config.unsaid * max(0.0, unsaid - path.free_hops - named)

    def _joint_unsaid(self, c: PerQuestion, path: PathQuery) -> float:
        """How much of a joint query's hops the question leaves unsaid: only those of the
        walk its paths share to the answer, counted once. Each named entity's own path to
        the node where the paths meet is said by naming the entity in the joint answer
        ("What rating did Ana give the Tent?": Ana's ``author`` hop and the Tent's ``review``
        hop into the one review node say who and what; its ``review rating`` is asked).
        Where the paths meet is read off their hops: the start of their longest common
        ending, each path keeping at least its first hop as its own (two paths alike, "the
        films starring X and Y", meet at the answer)."""
        inverses = path.inverses or ("",) * len(path.phrases)
        synonyms = path.synonyms or ((),) * len(path.phrases)
        defined = path.definitions or ("",) * len(path.phrases)
        pattern = path.pattern
        shared = shared_ending(pattern, path.parts)
        if not shared:
            return 0.0
        end = path.parts[0]
        own = end - shared  # the first path: its own hops, then shared
        whole = self._hops(
            c, pattern[:end], path.phrases[:end], inverses[:end], synonyms[:end], defined[:end]
        )
        mine = self._hops(
            c, pattern[:own], path.phrases[:own], inverses[:own], synonyms[:own], defined[:own]
        )
        return whole[4] - mine[4]
