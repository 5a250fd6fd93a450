"""Edge batches in flight: :class:`InFlight` sends the requests of
:class:`kgchat.graph.endpoint.SparqlGraph` ahead of the walk on a small thread pool, so that the
store answers the next batch while kgchat reads the last one.

A walk asks for the nodes a hop reached one after another, in the order it was told
(:meth:`SparqlGraph.expect`); a miss fetches the node with the expected ones after it. With
``EndpointConfig.concurrency`` above 1 the full batches after that one are sent too, up to that
many requests in flight; a later miss on a node already in flight waits for its request instead of
sending one. Only the requests run on the pool's threads: rows are read into edges, and cached,
on the caller's thread, when a node of the batch is asked for. An error of a request (timeout,
HTML, HTTP 500 after the retries) is raised there too, as it would have been without the pool.

Examples
--------
>>> flight = InFlight(1)   # one worker: each request runs when sent, as without a pool
>>> flight.send(["a", "b"], lambda: ["rows of a, b"])
>>> "b" in flight, len(flight)
(True, 1)
>>> flight.take("b"), "a" in flight
((['a', 'b'], ['rows of a, b']), False)
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

__all__ = ["InFlight"]


class InFlight:
    """Requests sent and not yet read, keyed by the nodes of their batch.

    Parameters
    ----------
    workers : int
        Requests in flight at most; 1 runs each request at once, on the caller's thread.
    keep : int
        Batches kept sent and unread by :meth:`trim` (the oldest beyond are forgotten: nodes
        expected and never asked for).
    """

    def __init__(self, workers: int, keep: int = 64) -> None:
        self.workers, self.keep = workers, keep
        self._pool: ThreadPoolExecutor | None = None
        self._of: dict[str, Future[Any]] = {}  # node -> the request fetching it
        self._batches: dict[Future[Any], list[str]] = {}  # in the order sent

    def __contains__(self, node: object) -> bool:
        return node in self._of

    def __len__(self) -> int:
        return len(self._batches)

    def busy(self) -> int:
        """Requests sent and not yet answered (those answered and not read do not count)."""
        return sum(not f.done() for f in self._batches)

    def send(self, batch: list[str], call: Callable[[], Any]) -> None:
        """Start ``call`` (the request of ``batch``): on the pool, or at once with one worker
        (its error, if any, kept for :meth:`take`)."""
        future: Future[Any]
        if self.workers > 1:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="kgchat-sparql")
            future = self._pool.submit(call)
        else:
            future = Future()
            try:
                future.set_result(call())
            except BaseException as exc:  # raised again by take(), where it is read
                future.set_exception(exc)
        self._batches[future] = batch
        for n in batch:
            self._of[n] = future

    def trim(self) -> None:
        """Forget the oldest batches beyond ``keep`` (answered or not, never read): called
        before a node is looked up, never between :meth:`send` and :meth:`take`."""
        while len(self._batches) > self.keep:
            self._forget(next(iter(self._batches)))

    def take(self, node: str) -> tuple[list[str], Any]:
        """Wait for the request fetching ``node``: its batch and its result (its error is
        raised here). The batch's nodes are then no longer in flight."""
        future = self._of[node]
        batch = self._forget(future)
        return batch, future.result()

    def _forget(self, future: Future[Any]) -> list[str]:
        batch = self._batches.pop(future)
        for n in batch:
            if self._of.get(n) is future:
                del self._of[n]
        return batch

    def wait(self) -> None:
        """Wait until the requests sent have been answered (they stay unread)."""
        for future in list(self._batches):
            if not future.cancelled():
                future.exception()  # waits; an error is raised where the batch is read

    def clear(self) -> None:
        """Forget every request in flight (those running finish unread)."""
        for future in self._batches:
            future.cancel()
        self._of, self._batches = {}, {}

    def close(self) -> None:
        """Forget the requests and stop the pool's threads."""
        self.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
