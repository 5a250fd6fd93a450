"""The names of a :class:`~kgchat.graph.endpoint.SparqlGraph`'s nodes: labels, aliases,
names by language and descriptions, fetched in batches (a node's with those of the nodes
expected after it and of its cached neighbours, ``batch_size`` each) and cached; a mixin, so
the class that walks stays short. Which predicates name a node, and in which language, is
read by :mod:`kgchat.graph.endpoint_rows` as a local graph reads them.

Examples
--------
A literal or a blank node carries no names to fetch: no request is made for it (the names of
IRIs are tested against a real Oxigraph server, ``tests/test_endpoint.py``).

>>> from kgchat.graph.endpoint import SparqlGraph
>>> g = SparqlGraph("http://127.0.0.1:9/query")
>>> g.label('"3:45"'), g.aliases('"3:45"'), g.description("_:b0")
('3:45', [], None)
>>> g.report()["requests"]
0
>>> g.close()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from kgchat.graph import compile as comp
from kgchat.graph.endpoint_queries import names_query
from kgchat.graph.endpoint_rows import Names, read_names

if TYPE_CHECKING:
    from kgchat.graph.core import GraphConfig
    from kgchat.graph.endpoint import EndpointConfig
    from kgchat.graph.endpoint_expect import Expected
    from kgchat.graph.endpoint_http import LRUCache, SparqlClient
    from kgchat.graph.endpoint_schema import Schema

__all__ = ["EndpointNames"]


class EndpointNames:
    """Fetching and reading the names of a :class:`SparqlGraph`'s nodes."""

    client: SparqlClient
    settings: EndpointConfig
    config: GraphConfig
    _edges: LRUCache
    _sketches: LRUCache
    _names: LRUCache
    _seen: Expected  # nodes whose kinds will be read next

    @property
    def schema(self) -> Schema:
        raise NotImplementedError

    def fetch_names(self, nodes: list[str], *, neighbours: bool = True) -> None:
        """Fetch the names of those ``nodes`` not cached in one request, with, when
        ``neighbours``, those of the nodes expected after the last of them (:meth:`expect`: a
        hop's nodes, whose kinds the retriever reads in that order, a class-less one's by its
        name) and of their cached neighbours, up to ``batch_size`` nodes each."""
        missing = [n for n in dict.fromkeys(nodes) if _named(n) and n not in self._names]
        if not missing:
            return
        batch = dict.fromkeys(missing)
        size = self.settings.batch_size
        if neighbours:
            # (one request a node asked before: 870 names requests of a cold 1M question)
            unnamed = self._unnamed
            batch.update(dict.fromkeys(self._seen.following(missing[-1], size, unnamed)))
        near: dict[str, None] = {}
        for n in missing if neighbours else ():
            entry = self._edges.peek(n) or self._sketches.peek(n)
            for e in (entry[0] + entry[1]) if entry else ():
                if len(near) >= size:
                    break
                if e.neighbor not in batch and not self._unnamed(e.neighbor):
                    near[e.neighbor] = None
        batch.update(near)
        nodes = list(batch)
        sch = self.schema
        rows = self.client.select(names_query(nodes, sch.name_roles))
        for n, names in read_names(nodes, rows, sch, self.config.language).items():
            self._names.put(n, names)

    def _unnamed(self, node: str) -> bool:
        """Whether a node's names are no use to fetch (a literal, a blank node) or cached:
        the inverse of "worth a place in a names batch"."""
        return not _named(node) or node in self._names

    def _names_of(self, node: str) -> Names:
        found = self._names.get(node)
        if found is None:
            self.fetch_names([node])
            found = self._names.peek(node) or Names(None, (), None)
        return found

    def entities_at_hand(self) -> list[str] | None:
        """With ``names="lookup"`` (a graph too large to list), the entities whose names are
        cached; else None: every entity is at hand, streamed as a name table streams them
        (:func:`kgchat.graph.capabilities.entities_at_hand`)."""
        if self.settings.listed:
            return None
        props = self.schema.properties
        return [n for n in list(self._names.keys()) if n and _named(n) and n not in props]

    def label(self, node: str) -> str:
        """The display name: the chosen label, else the local name or id made readable."""
        if not _named(node):
            return comp.entity_name([node], _KINDS[node[:1] == '"'], {}, 0)
        found = self._names_of(node).label
        return found or comp.entity_name([node], _KINDS[False], {}, 0)

    def aliases(self, node: str) -> list[str]:
        """Other names: alternative labels, synonyms, labels in other languages."""
        return list(self._names_of(node).aliases) if _named(node) else []

    def names_by_language(self, node: str) -> dict[str, tuple[str, ...]]:
        """Its language-tagged names by language code, best first, read as a local graph reads
        them (:mod:`kgchat.graph.language_names`)."""
        return dict(self._names_of(node).by_language) if _named(node) else {}

    def description(self, node: str) -> str | None:
        """The description in the preferred language."""
        return self._names_of(node).description if _named(node) else None


_KINDS = {True: np.array([comp.LITERAL], np.int8), False: np.array([comp.IRI], np.int8)}


def _named(node: str) -> bool:
    """Whether a node can carry names (an IRI or id, not a literal or blank node)."""
    return not node.startswith(('"', "_:"))
