"""A dict bounded to a number of entries, least recently used out first, counting hits and
misses: the SPARQL endpoint's caches of answers and edges (:class:`LRUCache`; moved out of
:mod:`kgchat.graph.endpoint_http`, which names it too).

Examples
--------
>>> cache = LRUCache(2)
>>> cache.put("a", 1); cache.put("b", 2); cache.get("a")
1
>>> cache.put("c", 3); cache.get("b") is None, cache.hits, cache.misses
(True, 1, 1)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import KeysView
from typing import Any

__all__ = ["LRUCache"]


class LRUCache:
    """A dict bounded to ``size`` entries, least recently used out first, counting hits and
    misses (what the benchmark reports as the cache hit rate)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.hits = self.misses = 0
        self._data: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        """The value, or None (a miss)."""
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def peek(self, key: Any) -> Any:
        """The value or None, counted as neither hit nor miss (for the prefetch)."""
        return self._data.get(key)

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: Any) -> bool:
        return key in self._data

    def keys(self) -> KeysView[Any]:
        """The keys, a live view (its ``in`` costs no Python call: what a loop over many
        nodes checks against)."""
        return self._data.keys()
