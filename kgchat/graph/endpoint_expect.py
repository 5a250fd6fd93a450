"""The nodes a walk will ask for next, in order: :class:`Expected`, what
:class:`kgchat.graph.endpoint.SparqlGraph` batches a request from.

A :class:`SparqlGraph` keeps two: the nodes a hop reached, whose kinds the retriever reads next
(:meth:`SparqlGraph.expect`, and the neighbours :meth:`SparqlGraph.neighbors` hands out), and
the nodes the walk is about to walk from (:meth:`SparqlGraph.expect_walk`), whose every edge it
reads. A miss fetches the node asked for with the nodes noted right after it.

Examples
--------
>>> seen = Expected()
>>> seen.note(["a", "b", "c", "d"], skip=set())
>>> seen.batch("b", 3, lambda n: n == "c")
['b', 'd']
>>> seen.batch(None, 3, lambda n: False)  # after the last batch: nothing left
[]
>>> seen.batch("a", 2, lambda n: False, only=lambda n: n in "ac")  # b and d passed over
['a', 'c']
>>> seen.following("a", 2, lambda n: n == "b")  # (where the batches end is left as it was)
['c', 'd']
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable

__all__ = ["Expected"]


class Expected:
    """Nodes noted in order (each at its latest mention), and where the last batch ended.

    Parameters
    ----------
    keep : int
        The list keeps its recent half when it grows past ``2 * keep``.
    """

    def __init__(self, keep: int = 100_000) -> None:
        self.keep = keep
        self.seen: list[str] = []
        self.at: dict[str, int] = {}
        self.ahead: int | None = None  # where in seen the batches sent so far end

    def __contains__(self, node: object) -> bool:
        return node in self.at

    def note(self, nodes: Iterable[str], skip: Container[str]) -> None:
        """Note ``nodes`` (those not in ``skip``: cached) in order."""
        if len(self.seen) > 2 * self.keep:
            cut = len(self.seen) - self.keep
            self.seen = self.seen[cut:]
            self.at = {n: i for i, n in enumerate(self.seen)}
            if self.ahead is not None:
                self.ahead = self.ahead - cut if self.ahead >= cut else None
        seen, at = self.seen, self.at
        for n in nodes:
            if n not in skip:
                at[n] = len(seen)
                seen.append(n)

    def batch(
        self,
        node: str | None,
        size: int,
        taken: Callable[[str], bool],
        only: Callable[[str], bool] | None = None,
    ) -> list[str]:
        """``node`` and the nodes noted after it that are not ``taken`` (cached or in flight),
        up to ``size`` (looked for among the next ``4 * size``); with ``node`` None, those after
        the last batch. With ``only``, the nodes it refuses are passed over and not counted in
        that reach (a batch of literal values among the entities a hop reached; at most
        ``64 * size`` passed over). Notes where the batch ends."""
        batch = [node] if node is not None else []
        i = self.at.get(node) if node is not None else self.ahead
        if i is None:
            self.ahead = None
            return batch
        seen = self.seen
        j, reach = i + 1, 4 * size - 1  # (the nodes after it up to i + 4 * size)
        stop = min(i + 1 + (reach if only is None else 16 * reach), len(seen))
        while j < stop and len(batch) < size and reach > 0:
            other = seen[j]
            j += 1
            if only is not None and not only(other):
                continue
            reach -= 1
            if other != node and not taken(other):
                batch.append(other)
        self.ahead = j - 1  # the last one looked at
        return list(dict.fromkeys(batch))

    def following(self, node: str, size: int, taken: Callable[[str], bool]) -> list[str]:
        """Up to ``size`` nodes noted after ``node`` that are not ``taken``, looked for among
        the next ``4 * size``; unlike :meth:`batch`, where the batches sent end is left as it
        was (what a request of another kind, names, is filled from)."""
        i = self.at.get(node)
        if i is None:
            return []
        found: list[str] = []
        for other in self.seen[i + 1 : i + 1 + 4 * size]:
            if len(found) >= size:
                break
            if other != node and not taken(other):
                found.append(other)
        return list(dict.fromkeys(found))

    def clear(self) -> None:
        """Forget every node noted."""
        self.seen, self.at, self.ahead = [], {}, None
