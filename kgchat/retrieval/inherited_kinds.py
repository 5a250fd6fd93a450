"""The kinds a node has from its classes' superclasses (``rdfs:subClassOf``) and, for a SKOS
concept, from its broader concepts, and which of a node's type words are only those: a mixin
of :class:`~kgchat.retrieval.node_types.NodeTypes`.

An instance of a class is one of its superclasses too (RDFS), and a question names the kind it
asks for at any level ("which *wines* does X make": a ``Chardonnay``, filed under ``Wine``),
so a superclass's words are type words of the node. They say *what the answer is*, the type a
question asks for, and nothing of how it is reached: a novel is a ``Book`` and a ``Work``,
and "Which company *printed* Small Hours?" is not said by the novel's being a book, however
near the encoder finds "printed" to "book". The node's own classes are what the graph says
of it, and may say the question's other words as before.

A SKOS concept is itself a kind, and its ``skos:broader`` concepts are the more general kinds
it is one of (the SKOS Reference, section 8: "broader" is the more general concept): a
lithology vocabulary's *sandstone* is filed under *clastic sedimentary rock*, so "What *rock*
is X made of?" asks for it as "which *wine*" asks for a ``Chardonnay``. Its broader concepts
pass their words on as superclasses do, matching the type a question names by its own word.
"""

from __future__ import annotations

from typing import Any

from kgchat.graph.vocab import RDFS_SUBCLASS, SKOS

# the most superclasses whose words a node's classes pass on to it (the nearest first)
_ABOVE = 6
_BROADER = SKOS + "broader"


class InheritedKinds:
    """A node's superclasses and the type words only they give it (a mixin: the class using
    it reads edges and class words as :class:`~kgchat.retrieval.node_types.NodeTypes`
    does, and sets ``_above_of`` empty with the other per-node caches)."""

    kg: Any
    type_edges: Any
    is_literal: Any
    _class_words: Any
    # per tuple of type words, the words of it only superclasses give the nodes it is of
    _above_of: dict[tuple[str, ...], frozenset[str]]
    # per node, the words only its classes' superclasses give it
    _above_node: dict[str, frozenset[str]]

    def _superclasses(self, classes: list[str], node: str = "") -> tuple[list[str], list[str]]:
        """The classes above ``classes`` (``rdfs:subClassOf``, nearest first, at most
        :data:`_ABOVE`), and those of ``classes`` that are above another of them (a novel
        typed ``Novel`` and ``Book`` as well, ``Novel`` filed under ``Book``: a ``Book``
        by entailment whether or not the graph says so). The concepts above ``node``
        (``skos:broader``, nearest first) come first: a concept is a kind of each."""
        given = set(classes)
        out = self._broader_kinds(node) if node else []
        seen, stated = set(classes) | set(out), list[str]()
        level = list(classes)
        while level and len(out) < _ABOVE:
            up = []
            for cls in level:
                for e in self.type_edges(cls):
                    n = e.neighbor
                    if not e.forward or e.predicate != RDFS_SUBCLASS or n == cls:
                        continue
                    if n in given and n not in stated:
                        stated.append(n)
                    if n not in seen:
                        seen.add(n)
                        if not self.is_literal(n):
                            up.append(n)
            out += up
            level = up
        return out[:_ABOVE], stated

    def _broader_kinds(self, node: str) -> list[str]:
        """The concepts ``skos:broader`` leads up to from ``node``, level by level, nearest
        first, at most :data:`_ABOVE`, where the node and each of them are named in lower
        case: a common noun names a kind ("sandstone" under "clastic sedimentary rock"),
        and a name written with capitals an individual, whose broader concept is the whole
        it is part of (NUTS's "Azores" under "Autonomous Region of the Azores" is no region
        of a kind; the SKOS Primer's partitive hierarchies, section 4.6)."""
        if self.is_literal(node) or not self._lower_named(node):
            return []
        out, level, seen = list[str](), [node], {node}
        while level and len(out) < _ABOVE:
            up = []
            for x in level:
                for e in self.type_edges(x):
                    n = e.neighbor
                    if e.forward and e.predicate == _BROADER and n not in seen:
                        seen.add(n)
                        if not self.is_literal(n) and self._lower_named(n):
                            up.append(n)
            out += up
            level = up
        return out[:_ABOVE]

    def _lower_named(self, node: str) -> bool:
        """Whether ``node``'s name has letters and no capital: a common noun's."""
        name = self.kg.label(node)
        return name == name.lower() and any(c.isalpha() for c in name)

    def _note_above(
        self, node: str, classes: list[str], above: list[str], stated: list[str], own: list[str]
    ) -> None:
        """Record which of ``node``'s words only superclasses give it: the words of
        ``above`` and ``stated`` (:meth:`_superclasses`) that no class of its own below them
        and no other reading (``own``: a value's kind, a generic kind) gives."""
        below = [c for c in classes if c not in stated]
        said = {w for cls in below for w in self._class_words(cls)} | set(own)
        self._above_node[node] = frozenset(
            w for cls in (*stated, *above) for w in self._class_words(cls) if w not in said
        )

    def _keep_above(self, node: str, words: tuple[str, ...]) -> tuple[str, ...]:
        """``words`` (type words of ``node``), with which of them only superclasses give the
        node recorded for :meth:`_inherited` (the first node to give a tuple of words
        decides; two that give the same words from the same classes agree)."""
        if words not in self._above_of:
            above = self._above_node.get(node, frozenset())
            self._above_of[words] = frozenset(w for w in words if w in above)
        return words

    def _inherited(self, types: tuple[str, ...]) -> frozenset[str]:
        """The words of ``types`` (a node's type words) only its classes' superclasses give
        it: they say what the node is, the type a question asks for, and no other of its
        words."""
        return self._above_of.get(types, frozenset())
