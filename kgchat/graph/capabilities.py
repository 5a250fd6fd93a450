"""What a graph may offer beyond :class:`~kgchat.graph.view.GraphView`: one small protocol a
capability, checked with ``isinstance`` where it is used, so that mypy checks the calls made
once it is there.

A store has a capability or not: the in-memory :class:`~kgchat.graph.KnowledgeGraph` names its
values' languages, describes its relations and tells literals; the SPARQL endpoint's
:class:`~kgchat.graph.endpoint.SparqlGraph` does too, and besides fetches ahead what it is told
will be read next, sketches what a node is, brings its own name table and, too large to list
(``names="lookup"``), lists at question time only the entities at hand. Any other
:class:`GraphView` (a test's, a wrapper's) has what it defines.

A protocol here is *checked once an object*: ``isinstance`` reads each member as
``getattr(obj, name, None) is not None`` (present, and not set to None; a proxy that forwards
by ``__getattr__`` offers what it forwards, on every Python), the first time an object is
checked against the protocol, and remembers it while the object lives. The standard check of
a runtime-checkable protocol takes 20-30 us on Python 3.11 and a question makes thousands
(a node's kinds, whether it is a literal): remembered, it takes a dictionary look-up.
Properties (``version``, ``fingerprint``) are no capabilities here: reading one to check it
would run it (a SparqlGraph's ``version`` renews its handle table).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
>>> isinstance(kg, TellsLiterals), isinstance(kg, Prefetches), isinstance(None, Prefetches)
(True, False, False)
>>> class Fetching:
...     def expect(self, nodes): print(sorted(nodes))
>>> g = Fetching()
>>> if isinstance(g, Prefetches): g.expect({"b", "a"})
['a', 'b']
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from typing import _ProtocolMeta

    from kgchat.graph.view import Edge
else:
    _ProtocolMeta = type(Protocol)

__all__ = [
    "DeclaresRanges",
    "DescribesRelations",
    "ListsAtHand",
    "NamesByLanguage",
    "OwnNameTable",
    "Prefetches",
    "PrefetchesWalks",
    "SketchesKinds",
    "TellsLiterals",
    "entities_at_hand",
]

# id(object) -> capability -> whether the object has it (dropped when the object is collected)
_checked: dict[int, dict[type, bool]] = {}


class _CheckedOnce(_ProtocolMeta):
    """The metaclass of a capability: ``isinstance`` reads the members by ``getattr`` once an
    object (module docstring)."""

    def __instancecheck__(cls, obj: object) -> bool:
        seen = _checked.get(id(obj))
        if seen is None:
            try:
                weakref.finalize(obj, _checked.pop, id(obj), None).atexit = False
            except TypeError:  # (an object no weak reference can name: read each time)
                return _offers(obj, cls)
            seen = _checked[id(obj)] = {}
        found = seen.get(cls)
        if found is None:
            found = seen[cls] = _offers(obj, cls)
        return found


def _offers(obj: object, capability: type) -> bool:
    """Whether ``obj`` has each member the capability's own body names."""
    own = vars(capability)
    names = [n for n in (*own, *own.get("__annotations__", {})) if not n.startswith("_")]
    return all(getattr(obj, n, None) is not None for n in names)


@runtime_checkable
class Prefetches(Protocol, metaclass=_CheckedOnce):
    """Told the nodes whose edges will be read next, fetches them together on the first miss
    (one request, not one a node): :class:`~kgchat.graph.endpoint.SparqlGraph`."""

    def expect(self, nodes: Iterable[str]) -> None:
        """Note ``nodes``, in the order they will be read."""
        ...


@runtime_checkable
class PrefetchesWalks(Protocol, metaclass=_CheckedOnce):
    """Told the nodes a walk is about to start from, fetches their whole edges together (a
    node it read as a sketch first): :class:`~kgchat.graph.endpoint.SparqlGraph`."""

    def expect_walk(self, nodes: Iterable[str]) -> None:
        """Note the walk's starts, in order."""
        ...


@runtime_checkable
class SketchesKinds(Protocol, metaclass=_CheckedOnce):
    """Says what a node *is* (its classes, the predicates at it, one in-edge of each at least)
    without reading all its edges, where that reads less (a hub's in-edges):
    :class:`~kgchat.graph.endpoint.SparqlGraph`."""

    def sketched(self, node: str) -> bool:
        """Whether :meth:`type_edges` reads less than all of ``node``'s edges."""
        ...

    def type_edges(self, node: str, *, limit: int | None = None) -> list[Edge]:
        """The edges that say what ``node`` is, at most ``limit`` a direction."""
        ...


@runtime_checkable
class OwnNameTable(Protocol, metaclass=_CheckedOnce):
    """Brings the entity linker's name dictionary (label look-ups at the endpoint, for a
    graph too large to stream its names): :class:`~kgchat.graph.endpoint.SparqlGraph`."""

    def name_table(self, config: Any) -> Any:
        """The name table for a ``LinkerConfig``."""
        ...


@runtime_checkable
class NamesByLanguage(Protocol, metaclass=_CheckedOnce):
    """Names a node in each language its labels are tagged with: the local
    :class:`~kgchat.graph.KnowledgeGraph` and :class:`~kgchat.graph.endpoint.SparqlGraph`."""

    def names_by_language(self, node: str) -> dict[str, tuple[str, ...]]:
        """Language tag -> the node's names in it."""
        ...


@runtime_checkable
class DeclaresRanges(Protocol, metaclass=_CheckedOnce):
    """States the ``rdfs:domain`` and ``rdfs:range`` of a property: the local
    :class:`~kgchat.graph.KnowledgeGraph` and :class:`~kgchat.graph.endpoint.SparqlGraph`."""

    def domain(self, predicate: str) -> list[str]:
        """The classes the property's subjects are."""
        ...

    def range(self, predicate: str) -> list[str]:
        """The classes the property's objects are."""
        ...


@runtime_checkable
class DescribesRelations(Protocol, metaclass=_CheckedOnce):
    """Gives a property's other names and its description in prose: the local
    :class:`~kgchat.graph.KnowledgeGraph` and :class:`~kgchat.graph.endpoint.SparqlGraph`."""

    def relation_aliases(self, predicate: str) -> list[str]:
        """The property's alternative labels."""
        ...

    def relation_description(self, predicate: str) -> str | None:
        """The property's comment or definition, None where it has none."""
        ...


@runtime_checkable
class TellsLiterals(Protocol, metaclass=_CheckedOnce):
    """Tells a literal value from a node: the local :class:`~kgchat.graph.KnowledgeGraph`
    and :class:`~kgchat.graph.endpoint.SparqlGraph`."""

    def is_literal(self, node: str) -> bool:
        """Whether ``node`` is a literal."""
        ...


@runtime_checkable
class ListsAtHand(Protocol, metaclass=_CheckedOnce):
    """Tells whether listing every entity at question time is the cost it was built with: a
    :class:`~kgchat.graph.endpoint.SparqlGraph` whose names are looked up
    (``EndpointConfig(names="lookup")``) is too large to list, and answers with the entities
    whose names it has fetched."""

    def entities_at_hand(self) -> list[str] | None:
        """The entities whose names are at hand, or None where every entity is."""
        ...


def entities_at_hand(kg: Any) -> tuple[Iterable[str], bool]:
    """The entities of ``kg`` a question-time reader of every entity's names may read, and
    whether they are all of them: every entity of a graph that lists them at the cost it was
    built with (a local graph, an endpoint that streamed its names), else those whose names
    the graph holds (:class:`ListsAtHand`), which says nothing of the others.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
    >>> nodes, whole = entities_at_hand(kg)
    >>> sorted(nodes), whole
    (['Aspirin', 'Headache'], True)
    """
    if isinstance(kg, ListsAtHand):
        nodes = kg.entities_at_hand()
        if nodes is not None:
            return nodes, False
    return kg.entities(), True
