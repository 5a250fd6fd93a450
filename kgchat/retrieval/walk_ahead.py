"""Looking one step past the beam: a relation a question says may sit one unsaid hop away.

:class:`~kgchat.retrieval.walk.Walk` keeps the ``beam`` best patterns of each hop; a pattern the
beam leaves out joins it where one of the steps its nodes lead on to would make a path scored
above the beam's last (the ``ahead`` scorer of :meth:`~kgchat.retrieval.walk.Walk.run`). Split
from :mod:`kgchat.retrieval.walk` (its walk grows patterns; this reads what they lead on to).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice, takewhile

from kgchat.graph.vocab import HIERARCHY
from kgchat.retrieval.walk_edges import Parents, Pattern, StepGroups, turns_back

__all__ = ["LookAhead"]

_UNSCORED = float("-inf")  # a pattern's score where none was given (made once, not a call an item)


class LookAhead:
    """The look-ahead of :class:`~kgchat.retrieval.walk.Walk` (a mixin: it reads the walk's
    ``expect``, ``is_literal`` and ``steps``)."""

    expect: Callable[[Iterable[str]], None] | None
    is_literal: Callable[[str], bool]
    steps: Callable[[str], StepGroups]

    # nodes of a pattern whose steps on are looked at, and patterns a hop let in that way: the
    # steps of a relation's values are alike (a dataset's distributions all have a format)
    AHEAD_NODES = 3
    AHEAD_KEPT = 4

    def _looked_ahead(
        self,
        left: list[Pattern],
        grown: Parents,
        ahead: Callable[[list[Pattern]], list[float]],
        floor: float,
    ) -> list[Pattern]:
        """The patterns of ``left`` (those the beam left out) that end with a hop walked
        forwards and whose best next step, scored by
        ``ahead``, makes a path scored above ``floor`` (the beam's last pattern), best first, at
        most ``AHEAD_KEPT``: the relation a question says may sit one unsaid hop away ("In
        which *formats* can I download X?": a dataset's ``distribution``, then its ``format``),
        and a first hop said by nothing ties with every other unsaid one, which the beam cuts
        by the order the walk met them."""
        nexts: list[Pattern] = []
        owners: list[int] = []
        if self.expect is not None:  # a remote view fetches the nodes read below together
            self.expect(
                node
                for pattern in left
                if pattern[-1][1]
                for node in takewhile(
                    lambda n: not self.is_literal(n), islice(grown[pattern], self.AHEAD_NODES)
                )
            )
        for i, pattern in enumerate(left):
            if not pattern[-1][1]:
                # only a hop walked forwards, to what the node has (its parts); one walked
                # backwards fans out to the many things that point at it
                continue
            seen: set[tuple[str, bool]] = set()
            for node in islice(grown[pattern], self.AHEAD_NODES):
                if self.is_literal(node):
                    break  # a literal ends a path
                out_groups, in_groups, out_ones, in_ones = self.steps(node)
                steps = [g[1] for g in (*out_groups, *in_groups)]
                steps += [o[4] for o in (*out_ones, *in_ones)]
                for step in steps:
                    if step in seen or turns_back(pattern[-1], step) or step[0] in HIERARCHY:
                        continue
                    seen.add(step)
                    nexts.append((*pattern, step))
                    owners.append(i)
        if not nexts:
            return []
        value: dict[int, float] = {}
        for i, s in zip(owners, ahead(nexts), strict=True):
            if s > floor and s > value.get(i, _UNSCORED):
                value[i] = s
        chosen = sorted(value, key=lambda i: -value[i])[: self.AHEAD_KEPT]
        return [left[i] for i in chosen]
