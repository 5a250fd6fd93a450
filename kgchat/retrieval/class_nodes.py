"""Whether a node is a class, and of what sort: one with instances (things typed by it, a
concept scheme's concepts), one in a hierarchy, an empty one, the type a question names
(moved out of :mod:`~kgchat.retrieval.node_types`, which says in words what a node is).
:class:`ClassNodes` is a mixin of :class:`~kgchat.retrieval.node_types.NodeTypes` (and so of
the retriever).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kgchat.graph.vocab import MEMBERSHIP, RDFS_SUBCLASS
from kgchat.text import content_stems, stem, tokens

__all__ = ["ClassNodes"]


class ClassNodes:
    """Whether a node is a class (a mixin: the class using it sets ``kg`` and reads a node's
    type edges as :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    kg: Any
    type_edges: Any

    def _has_instances(self, node: str) -> bool:
        """Whether ``node`` has instances: things typed by it, or the concepts of a SKOS
        concept scheme (a code list is the class of its codes)."""
        return any(e.predicate in MEMBERSHIP and not e.forward for e in self.type_edges(node))

    def _is_the_type(self, node: str, named: Sequence[str]) -> bool:
        """Whether ``node`` is the type a question names (``named``: its words) rather than a
        thing of it: a class with instances (:meth:`_has_instances`), or a node named by
        the type's own word or words, whose name says what it is and nothing else (D3FEND's
        class ``Technique``, three subclass hops above a technique, to "the parent
        *technique* of X": it has subclasses, no instances), or a class with subclasses
        named by one of them (HPO's "Mode of inheritance", one hop above "Autosomal recessive
        inheritance", to "the *inheritance* pattern of X"): a kind of the type."""
        if self._has_instances(node):
            return True
        label = self.kg.label(node)
        name = " ".join(stem(w) for w in tokens(label))
        words = [stem(w.lower()) for w in named]
        if name in words or name == " ".join(words):
            return True
        below = any(e.predicate == RDFS_SUBCLASS and not e.forward for e in self.type_edges(node))
        return below and not set(words).isdisjoint(content_stems(label))

    def _in_hierarchy(self, node: str) -> bool:
        """Whether ``node`` has a superclass or a subclass (is a class of a hierarchy)."""
        return any(e.predicate == RDFS_SUBCLASS for e in self.type_edges(node))

    def is_class(self, node: str) -> bool:
        """Whether ``node`` is a class: it has instances, or it stands in a hierarchy."""
        return self._has_instances(node) or self._in_hierarchy(node)

    def _members(self, node: str) -> set[str]:
        """The instances of ``node`` (its type edges' subjects)."""
        return {
            e.neighbor for e in self.type_edges(node) if e.predicate in MEMBERSHIP and not e.forward
        }

    def _empty_class(self, node: str) -> bool:
        """Whether ``node`` is a class (it has a superclass or a subclass) with no instance
        of its own."""
        return self._in_hierarchy(node) and not self._has_instances(node)
