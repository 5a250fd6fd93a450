"""What a knowledge graph says of its relations: which predicates its facts use, a predicate's
phrase (and its inverse's), other names, prose description, ``rdfs:domain`` and ``rdfs:range``,
``owl:inverseOf``, the classes of its values, and how often its facts hold both ways
(:meth:`RelationReads.reciprocity`). :class:`RelationReads` is a mixin of
:class:`kgchat.graph.core.KnowledgeGraph`, which holds the compiled graph these read.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "interacts_with", "Warfarin")])
>>> kg.relation_label("interacts_with"), kg.relation_label("interacts_with", inverse=True)
('interacts with', 'interacts with (inverse)')
>>> kg.domain("interacts_with"), kg.inverse_of("interacts_with") is None
([], True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.graph import compile as comp
from kgchat.graph.predicate_roles import builtin_phrase
from kgchat.graph.role_names import role_names
from kgchat.graph.vocab import RDF_TYPE

if TYPE_CHECKING:
    from kgchat.graph.terms import Interner

__all__ = ["RelationReads"]


class RelationReads:
    """A graph's relations, read from its compiled tables (a mixin: the class using it sets
    ``_terms``, the interned term keys, and ``_cache``, emptied when the graph changes, and
    gives ``_g``, the compiled graph, ``_id``, a term's dense id, and ``aliases``)."""

    _terms: Interner
    _kinds: np.ndarray  # each term's kind (compile.IRI, BLANK, LITERAL)
    _cache: dict[str, Any]  # what is read once per compiled graph

    @property
    def _g(self) -> comp.Compiled:
        raise NotImplementedError

    def _id(self, node: str) -> int:
        raise NotImplementedError

    def aliases(self, node: str) -> list[str]:
        raise NotImplementedError

    def types(self, node: str) -> list[str]:
        raise NotImplementedError

    def relations(self) -> list[str]:
        """Every predicate used by a fact."""
        return [self._terms.ordered[i] for i in np.unique(self._g.ep).tolist()]

    def relation_aliases(self, predicate: str) -> list[str]:
        """A relation's other names (``skos:altLabel`` of a property, a Wikibase property's
        aliases), as :meth:`aliases` gives them."""
        return self.aliases(predicate)

    def role_names(self, predicate: str) -> list[str]:
        """The roles the relation's own junctions name, commonest first: what the graph uses
        it for (schema.org's ``actor`` stated through ``PerformanceRole`` nodes: "Host",
        "Guest"; :func:`kgchat.graph.role_names.role_names`); empty where none, or unknown."""
        found = self._roles_read(predicate)
        return list(found[0]) if found else []

    def role_fields(self, predicate: str) -> list[str]:
        """The predicates of the facts out of the junctions :meth:`role_names` reads
        (``roleName``, the relation itself): a walk on by one reads a junction; empty where
        the relation has no role names."""
        found = self._roles_read(predicate)
        return sorted(self._terms.ordered[f] for f in found[1]) if found else []

    def _roles_read(self, predicate: str) -> tuple[list[str], set[int]] | None:
        pid = self._terms.get(predicate)
        if pid is None:
            return None
        g = self._g  # (compiled first: a change empties the cache)
        found = self._cache.get("role_names")
        if found is None:
            kinds, type_id = self._kinds, self._terms.get(RDF_TYPE)
            found = self._cache["role_names"] = role_names(g, self._terms.ordered, kinds, type_id)
        return found.get(pid)

    def relation_description(self, predicate: str) -> str | None:
        """What the graph says a relation means in prose: its property's description
        (``rdfs:comment``, ``skos:definition``, OBO's ``IAO_0000115``...), as
        :meth:`description` gives it; None where the property has none or is unknown.

        >>> from kgchat.graph import KnowledgeGraph
        >>> kg = KnowledgeGraph.from_triples([
        ...     ("A", "hasSub", "B"),
        ...     ("hasSub", "http://www.w3.org/2000/01/rdf-schema#comment", '"owns most of"')])
        >>> kg.relation_description("hasSub"), kg.relation_description("nope")
        ('owns most of', None)
        """
        i = self._terms.get(predicate)
        return None if i is None else self._g.descriptions.get(i)

    def relation_label(self, predicate: str, *, inverse: bool = False) -> str:
        """The phrase of a predicate; with ``inverse``, of its ``owl:inverseOf`` when declared,
        else the phrase marked ``(inverse)``."""
        pid = self._id(predicate)
        if inverse:
            inv = self._g.inverse.get(pid)
            builtin = builtin_phrase(predicate)
            if inv is None and builtin:
                return builtin[1]
            if inv is not None:
                return comp.relation_phrase(self._terms.ordered, self._g.labels, inv)
            return comp.relation_phrase(self._terms.ordered, self._g.labels, pid) + " (inverse)"
        return comp.relation_phrase(self._terms.ordered, self._g.labels, pid)

    def domain(self, predicate: str) -> list[str]:
        """The classes a property's ``rdfs:domain`` declares (empty when undeclared)."""
        return [self._terms.ordered[c] for c in self._g.domain.get(self._id(predicate), [])]

    def range(self, predicate: str) -> list[str]:
        """The classes (or datatypes) a property's ``rdfs:range`` declares."""
        return [self._terms.ordered[c] for c in self._g.range.get(self._id(predicate), [])]

    def value_classes(self, predicate: str, *, limit: int = 50) -> list[str]:
        """The ``rdf:type`` classes of a predicate's values (of its first ``limit`` distinct
        objects, in the order read): what the graph makes its values, where its ``rdfs:range``
        says nothing.

        >>> from kgchat.graph import KnowledgeGraph
        >>> kg = KnowledgeGraph.from_triples([("cve1", "hasCWE", "cwe22"),
        ...     ("cwe22", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "Weakness")])
        >>> kg.value_classes("hasCWE"), kg.value_classes("nope")
        (['Weakness'], [])
        """
        pid = self._terms.get(predicate)
        if pid is None:
            return []
        g = self._g
        objects = np.unique(g.eo[g.ep == pid])[:limit]
        found: dict[str, None] = {}
        for o in objects.tolist():
            if self._kinds[o] != comp.LITERAL:
                found.update(dict.fromkeys(self.types(self._terms.ordered[o])))
        return list(found)

    def inverse_of(self, predicate: str) -> str | None:
        """The predicate declared ``owl:inverseOf`` this one, if any."""
        inv = self._g.inverse.get(self._id(predicate))
        return None if inv is None else self._terms.ordered[inv]

    def reciprocity(self, predicate: str) -> float:
        """The share of the predicate's facts between two nodes whose reverse the graph states
        too (``B spouse A`` beside ``A spouse B``): near 1 for a relation the graph treats as
        symmetric without declaring it so, 0 for one it gives a direction (0 where unknown).

        >>> from kgchat.graph import KnowledgeGraph
        >>> kg = KnowledgeGraph.from_triples([("A", "spouse", "B"), ("B", "spouse", "A"),
        ...     ("C", "spouse", "D"), ("A", "knows", "B")])
        >>> round(kg.reciprocity("spouse"), 2), kg.reciprocity("knows"), kg.reciprocity("nope")
        (0.67, 0.0, 0.0)
        """
        pid = self._terms.get(predicate)
        if pid is None:
            return 0.0
        g = self._g  # (compiled first: a change empties the cache)
        kept = self._cache.setdefault("reciprocity", {})
        if pid not in kept:
            kept[pid] = self._reciprocity(g, pid)
        return float(kept[pid])

    @staticmethod
    def _reciprocity(g: comp.Compiled, pid: int) -> float:
        mask = (g.ep == pid) & (g.es != g.eo)
        s, o = g.es[mask].astype(np.int64), g.eo[mask].astype(np.int64)
        if not len(s):
            return 0.0
        n = max(int(s.max()), int(o.max())) + 1
        return float(np.isin(o * n + s, s * n + o).mean())
