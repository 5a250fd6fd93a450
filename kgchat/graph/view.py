"""What the retriever sees of a graph: a small protocol, so that another store (a remote SPARQL
endpoint, say) can serve the retriever without touching it.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "interacts_with", "Warfarin"),
...                                   ("Warfarin", "is_a", "Anticoagulant")])
>>> isinstance(kg, GraphView)
True
>>> [(e.neighbor, e.forward) for e in kg.neighbors("Warfarin")]
[('Anticoagulant', True), ('Aspirin', False)]
>>> kg.fact(kg.neighbors("Aspirin")[0].fact).text
'Aspirin — interacts with → Warfarin'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Protocol, runtime_checkable

__all__ = ["Edge", "Fact", "GraphView"]


class Edge(NamedTuple):
    """One step from a node: the fact's handle, the node at the other end, the predicate, and
    whether the fact is walked forwards (subject to object) or backwards."""

    fact: int
    neighbor: str
    predicate: str
    forward: bool


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact of the graph, with a stable id, its provenance and a verbalisation.

    ``kind`` is ``asserted`` for a triple stated in a source, or ``some``/``only``/``value`` for an
    edge derived from an OWL restriction of that kind.
    """

    id: str
    subject: str
    predicate: str
    object: str
    subject_label: str
    predicate_label: str
    object_label: str
    source: str
    kind: str = "asserted"

    @property
    def text(self) -> str:
        """The fact in words: ``subject — predicate → object``."""
        return f"{self.subject_label} — {self.predicate_label} → {self.object_label}"

    def to_dict(self) -> dict[str, str]:
        """The fact as a JSON-able dict, ``text`` included."""
        return {
            "id": self.id,
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "text": self.text,
            "source": self.source,
            "kind": self.kind,
        }


@runtime_checkable
class GraphView(Protocol):
    """The retriever-facing side of a graph."""

    def neighbors(
        self, node: str, *, direction: str = "both", limit: int | None = None
    ) -> list[Edge]:
        """The edges at ``node``: ``out`` (node is subject), ``in`` (node is object) or ``both``."""
        ...

    def label(self, node: str) -> str:
        """The display name of a node."""
        ...

    def relation_label(self, predicate: str, *, inverse: bool = False) -> str:
        """The phrase of a predicate, or of its inverse when walked backwards."""
        ...

    def fact(self, handle: int) -> Fact:
        """The fact behind an :class:`Edge`'s handle."""
        ...
