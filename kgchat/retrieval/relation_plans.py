"""What each relation path's scorer figures are made of, whatever the question: its number in
:class:`RelationPlans`, kept once a scorer, from which
:class:`~kgchat.retrieval.hop_support.HopSupport` keeps a question's figures by number (moved
out of :mod:`~kgchat.retrieval.hop_support`, unchanged).
"""

from __future__ import annotations

from typing import Any

from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.walk import turns_back

__all__ = ["RelationPlans", "relation_key"]

# queries whose relation path's number RelationPlans keeps by identity, at most
_QUERIES_KEPT = 100_000

# a hop to a class or its instances: said by the class a question names, not by relation words
_SCHEMA = frozenset((RDF_TYPE,))


def relation_key(path: PathQuery) -> tuple[Any, ...]:
    """What a path's relation figures depend on: its pattern, phrases, inverses, synonyms and
    definitions (:class:`~kgchat.retrieval.path_query.PathQuery`'s)."""
    return (path.pattern, path.phrases, path.inverses, path.synonyms, path.definitions)


class RelationPlans:
    """What each relation path's figures are made of, whatever the question: its number, the
    numbers of its prefix, of its first hop and of its last hop's own parts, and what its
    last hop adds to the unsaid sum. A question's figures
    (:meth:`~kgchat.retrieval.hop_support.HopSupport._relation_hops`) are then kept by number:
    a question meets some 500 relation paths, each of which other questions met before.

    >>> plans = RelationPlans()
    >>> there = ((("p", True), ("q", False)), ("p", "q"), (), (), ())
    >>> plans.number(there), plans.number(there), plans.plans[1][:3]
    (1, 1, (0, 0, 1))
    """

    def __init__(self) -> None:
        # relation path (pattern, phrases, inverses, synonyms, definitions), as given and with
        # its missing inverses, synonyms and definitions as none -> its number (-1: no hop)
        self.ids: dict[tuple[Any, ...], int] = {}
        # per number: prefix's number (-1: none), first hop's (-1: none), last hop's parts'
        # number, last predicate, hops, whether that hop's support prices it, whether it
        # goes on from an out and back
        self.plans: list[tuple[int, int, int, str, int, bool, bool]] = []
        self.hop_ids: dict[tuple[Any, ...], int] = {}
        # per hop parts' number: (phrase, inverse, synonyms, definition, forward, first),
        # HopSupport._hop's
        self.hops: list[tuple[str, str, tuple[str, ...], str, bool, bool]] = []
        # id(query) -> (the query, its relation path's number): a walk's PathQuery objects are
        # kept per graph (GraphReading.walked_query) and come back question after question;
        # the query is held, so its id is not reused while it is here
        self.queries: dict[int, tuple[PathQuery, int]] = {}

    def number_of(self, path: PathQuery) -> int:
        """:meth:`number` of a query's relation path (:func:`relation_key`), kept per query
        object: the same number, without building and hashing that key."""
        got = self.queries.get(id(path))
        if got is not None and got[0] is path:
            return got[1]
        if len(self.queries) > _QUERIES_KEPT:
            self.queries.clear()
        found = self.number(relation_key(path))
        self.queries[id(path)] = (path, found)
        return found

    def number(self, key: tuple[Any, ...]) -> int:
        """The number of relation path ``key`` (given on its first sight; -1: no hop)."""
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = self._add(key) if key[0] else -1
        return found

    def _add(self, key: tuple[Any, ...]) -> int:
        pattern, phrases, inverses, synonyms, definitions = key
        n = len(pattern)
        inverses = inverses or ("",) * n
        synonyms = synonyms or ((),) * n
        definitions = definitions or ("",) * n
        filled = (pattern, phrases, inverses, synonyms, definitions)
        found = self.ids.get(filled)
        if found is not None:
            return found
        prefix = head = -1
        if n > 1:
            prefix = self.number(tuple(part[:-1] for part in filled))
            head = self.number(tuple(part[:1] for part in filled))
        predicate, forward = pattern[-1]
        hop_key = (phrases[-1], inverses[-1], synonyms[-1], definitions[-1], forward, n == 1)
        hop = self.hop_ids.get(hop_key)
        if hop is None:
            hop = self.hop_ids[hop_key] = len(self.hops)
            self.hops.append(hop_key)
        priced = predicate not in _SCHEMA and (n == 1 or pattern[-2] != pattern[-1])
        after_back = (
            n > 2 and turns_back(pattern[-3], pattern[-2]) and pattern[-3][0] not in _SCHEMA
        )
        rid = self.ids[filled] = len(self.plans)
        self.plans.append((prefix, head, hop, predicate, n, priced, after_back))
        return rid
