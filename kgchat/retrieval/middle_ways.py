"""A walk's first middle node read as the only way on (a mixin under
:class:`~kgchat.retrieval.middle_hops.MiddleHops`): the hop people leave out because the
graph keeps what is asked on one kind of the named thing's neighbours only.
"""

from __future__ import annotations

from typing import Any

from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.peer_relations import holds
from kgchat.retrieval.results import Path
from kgchat.retrieval.walk import turns_back

__all__ = ["MiddleWays"]

Step = tuple[str, bool]


class MiddleWays:
    """Whether a walk's first hop is the way to what the question asks of the named thing
    (:meth:`only_way`)."""

    anonymous: Any
    is_literal: Any
    _classes: Any
    _superclasses: Any
    _instances: Any  # UnnamedNodes': a class's instances as the walk reads them
    edges: Any

    def only_way(self, path: Path) -> bool:
        """Whether the first hop of ``path`` is the only way from the named node to the
        relation the walk goes on by: the named node's classes hold no such relation (no
        instance of them has it, the node included), and of the named node's neighbours only
        those its first hop reaches do. "Who owns *Casa da Torre*?" over the building's
        ``located on`` to its parcel, then the parcel's ownership record to its holder: a
        building holds no right of its own, its parcel does, so the question says the parcel
        by asking the owner, as people leave out a hop that is the way. A person's relative's
        school for "Which university did X attend?" is no such way: people have schools of
        their own (a class holds the relation), and an unanswerable question stays unsaid;
        nor a professor's research interest for his student's (both persons: a class above
        both). Nor is a way one of several (a neighbour reached by another relation holding
        it too), nor one walked backwards (:meth:`_way_shaped`)."""
        if not self._way_shaped(path):
            return False
        first, nxt = path.pattern[0], path.pattern[1]
        start = path.nodes[0]
        classes = self._classes(start)
        if not classes or self.is_literal(start):
            return False
        if self._same_kind(start, path.nodes[1]):
            return False  # a thing of the named one's kind: what it has, that kind may have
        instances = [n for cls in classes for n in self._instances(cls)]
        if not instances or any(self._holds_step(n, nxt) for n in instances):
            # the named thing's kind holds the relation (no way is left out), or no stated
            # instance of it says whether it does
            return False
        for e in self.edges(start):
            if e.predicate in NO_RELATION or e.predicate == RDF_TYPE:
                continue
            if (e.predicate, e.forward) == first or self.is_literal(e.neighbor):
                continue
            if self._holds_step(e.neighbor, nxt):
                return False  # another way on to the same relation
        return True

    def _way_shaped(self, path: Path) -> bool:
        """Whether ``path`` is a named middle node and, past it, one hop to the answer or
        one record's hop in and out (a named node further on is a walk of its own to be
        said), over relations (no class membership), each walked forwards."""
        n = len(path.pattern)
        if n < 2 or n > 3 or self.anonymous(path.nodes[1]):
            return False
        if n == 3 and not self.anonymous(path.nodes[2]):
            return False
        first, nxt = path.pattern[0], path.pattern[1]
        if {rel for rel, _ in path.pattern} & (set(NO_RELATION) | {RDF_TYPE}):
            return False
        # every hop walked forwards: backwards, the middle is one of the things that point
        # at the named one (people born in a city), or the answer one of those that point
        # at the middle (the lines of a substation's region, a peer sharing it), no way on
        return all(fwd for _, fwd in path.pattern) and not turns_back(first, nxt)

    def _same_kind(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` share a class, stated or above one (``rdfs:subClassOf``:
        a student and the professor advising her are both a ``Person``)."""

        def kinds(node: str) -> set[str]:
            classes = list(self._classes(node))
            return set(classes) | set(self._superclasses(classes)[0])

        return bool(kinds(a) & kinds(b))

    def _holds_step(self, node: str, step: Step) -> bool:
        """Whether ``node`` has an edge of ``step`` (a predicate and its direction) among the
        edges the walk reads (:func:`~kgchat.retrieval.peer_relations.holds`)."""
        return holds(self.edges(node), step)
