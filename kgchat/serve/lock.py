"""One generation at a time: the wrapper ``kgchat serve`` puts around the model.

A small model on a CPU gains nothing from two generations at once, and no backend has to be
thread-safe, so every request's ``generate`` (and ``score``) holds one lock while it runs;
retrieval, outside it, runs concurrently.

Examples
--------
>>> import threading
>>> from kgchat.chat import EchoBackend
>>> lock = threading.Lock()
>>> model = OneAtATime.wrap(EchoBackend(), lock)
>>> pieces = model.generate([{"role": "user", "content": "[1] a"}], prefix="x")
>>> next(pieces), lock.locked()
(' is the answer [1].', True)
>>> pieces.close(); lock.locked()  # a caller that stops early frees the model
False
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Iterator
from typing import Any

__all__ = ["OneAtATime"]


class OneAtATime:
    """A backend whose ``generate`` and ``score`` hold ``lock`` while they run.

    Everything else (``count_tokens``, ``context_length``, ``name``...) is the wrapped backend's,
    so the chatbot sees the same capabilities. The lock is released when the generation ends or
    its iterator is closed (a client that hangs up).
    """

    def __init__(self, backend: Any, lock: threading.Lock) -> None:
        self._backend, self._lock = backend, lock
        self._takes = _keywords(backend.generate)

    @staticmethod
    def wrap(backend: Any, lock: threading.Lock) -> OneAtATime:
        """The wrapper of ``backend``: one that scores too when the backend scores (a method
        of the class, so that ``isinstance(..., ScoringBackend)`` sees it on any Python)."""
        cls = _ScoringOneAtATime if callable(getattr(backend, "score", None)) else OneAtATime
        return cls(backend, lock)

    def __getattr__(self, name: str) -> Any:
        if name == "score":  # only _ScoringOneAtATime scores, under the lock
            raise AttributeError(name)
        return getattr(self._backend, name)

    def generate(self, messages: Any, **kwargs: Any) -> Iterator[str]:
        """The wrapped backend's pieces, generated while holding the lock."""
        if self._takes is not None:  # the chatbot offers decoding settings by this wrapper's
            kwargs = {k: v for k, v in kwargs.items() if k in self._takes}  # signature: pass on
        with self._lock:
            pieces = self._backend.generate(messages, **kwargs)
            try:
                yield from pieces
            finally:
                close = getattr(pieces, "close", None)
                if close is not None:
                    close()  # stops a streamer thread now, not at garbage collection


class _ScoringOneAtATime(OneAtATime):
    def score(self, *args: Any, **kwargs: Any) -> Any:
        """The wrapped backend's ``score``, under the lock."""
        with self._lock:
            return self._backend.score(*args, **kwargs)


def _keywords(method: Any) -> frozenset[str] | None:
    """The keyword arguments ``method`` takes; None when it takes any (``**kwargs``)."""
    try:
        params = inspect.signature(method).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return None
    return frozenset(p.name for p in params)
