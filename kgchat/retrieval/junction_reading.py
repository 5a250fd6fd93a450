"""What :func:`~kgchat.retrieval.junction_constraints.met_at_junctions` reads of the records
around its candidates, each read once per question (:class:`RecordReading`).

A statistical cube's candidates are its figures, each the remaining part of one observation,
and the observations a walk passes share their dimension values (a year, an area, "Total"),
each held by thousands of them. Read candidate by candidate, the records of one walk's shape
were found by scanning such a value's every observation again for each candidate, and a
record's neighbours were read again for each candidate and span that asked of it: most of a
cube question's retrieval time. Here a shape's records are gathered once per value into a
table by the node they reach, and a record's neighbours are read once; what each candidate
gets is what the scans gave it, in the same order (``tests/test_warm_caches.py`` checks both
against the scan).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from kgchat.graph.dates import date_year, may_be_year
from kgchat.retrieval.walk_edges import SHARED_BY
from kgchat.text import normalize

__all__ = ["RecordReading", "name_years"]

Spans = dict[tuple[int, int], tuple[set[str], set[str]]]
# a record's neighbours: named nodes, literal values (normalised), the years its named
# neighbours' names hold, the years its dates span (none: undated), its named neighbours'
# classes (each with its members among them)
Around = tuple[
    set[str], set[str], set[str], set[str], dict[str, set[str]], dict[str, frozenset[str]]
]


def name_years(name: str) -> list[str]:
    """The years a name holds as words: its own ("2019"), or the year of an event, a season, a
    census named by it ("2019 General Election").

    >>> name_years("2019 General Election"), name_years("Route 66"), name_years("1987")
    (['2019'], [], ['1987'])
    """
    return [w for w in normalize(name).split() if may_be_year(w)]


class RecordReading:
    """The records around one question's candidates, read once each.

    Parameters
    ----------
    kg : KnowledgeGraph
        Gives names and literals.
    edges : callable
        A node's edges (the retriever's cached ones).
    record_of : callable
        Whether a node is an unnamed junction that may be one thing's record.
    typed : collection of (int, int)
        The spans that say the type the question asks: no part's class meets them
        (:meth:`met`).
    """

    def __init__(
        self,
        kg: Any,
        edges: Callable[[str], Sequence[Any]],
        record_of: Callable[[str], bool],
        typed: Collection[tuple[int, int]] = (),
    ) -> None:
        self.kg, self.edges, self.record_of, self.typed = kg, edges, record_of, typed
        self._joined: dict[str, tuple[str, ...]] = {}
        self._shapes: dict[tuple[Any, ...], dict[str, list[str]]] = {}
        self._around: dict[tuple[str, ...], Around] = {}

    def joined(self, junction: str) -> tuple[str, ...]:
        """A junction with the unnamed nodes joined to it: one record, where its figure is a
        node of its own (a partner's contribution a ``MonetaryAmount`` node with a value and
        a currency, a measurement a QUDT ``QuantityValue``): the value beside the amount node
        is the record's remaining part as much as a literal on the record itself."""
        found = self._joined.get(junction)
        if found is None:
            anonymous = self.record_of
            found = self._joined[junction] = (
                junction,
                *(e.neighbor for e in self.edges(junction) if anonymous(e.neighbor)),
            )
        return found

    def records(self, path: Any, node: str) -> list[str]:
        """The junctions of ``path``'s shape before ``node``: its own, and those the node before
        it reaches by the same relation and that reach ``node`` by the same relation, in the
        order of that node's edges."""
        (into, into_forward), (out, out_forward) = path.pattern[-2], path.pattern[-1]
        own = path.nodes[-2]
        key = (path.nodes[-3], into, into_forward, out, out_forward)
        table = self._shapes.get(key)
        if table is None:
            table = self._shapes[key] = self._shape(*key)
        return [own, *(j for j in table.get(node, ()) if j != own)]

    def _shape(
        self, hub: str, into: str, into_forward: bool, out: str, out_forward: bool
    ) -> dict[str, list[str]]:
        """Per node, the junctions ``hub`` reaches by ``into`` that reach the node by ``out``
        (each once, in the order of ``hub``'s edges)."""
        table: dict[str, list[str]] = {}
        for e in self.edges(hub):
            j = e.neighbor
            if e.predicate != into or e.forward != into_forward or not self.record_of(j):
                continue
            for f in self.edges(j):
                if f.predicate == out and f.forward == out_forward:
                    found = table.setdefault(f.neighbor, [])
                    if not found or found[-1] != j:
                        found.append(j)
        return table

    def met(
        self,
        record: tuple[str, ...],
        spans: Spans,
        own: tuple[int, int] | None,
        remaining: str | None = None,
    ) -> int:
        """How many of ``spans`` the record (its junctions) meets: ``own`` (the span of the
        walk that passed it), and each other whose node is a neighbour of one or a class of
        one (a class said for its member: "a *hard-boiled egg*" of a food composition record
        whose food is typed by that class; not by ``remaining``, the candidate, whose class
        says what the answer is, no other part of the record), or whose words
        are a literal value of one (a period as ``"2019"^^xsd:gYear``) or a year that a
        neighbour's name holds as a word (an election, a season or a census named by its
        year: "2019 General Election" meets "in 2019").

        A record that dates itself (dates among its values: a period's start and end, an
        instant) is of the years from its first date's to its last's, and a year the question
        names is met by those alone: a figure of 2023 restated in a report named "... 2024",
        or reached from the year through that report, is no figure of 2024."""
        around, values, named, held, kinds, names = self._read(record)

        said = {n for nodes, _ in spans.values() for n in nodes} | {remaining}

        def in_name(texts: set[str]) -> bool:
            """Whether the name of a part that no span names (nor the candidate) holds every
            word of one of ``texts``: a named part's own name is its own span's."""
            return any(
                set(t.split()) <= words
                for t in texts
                if t
                for n, words in names.items()
                if n not in said
            )

        def meets(span: tuple[int, int], nodes: set[str], texts: set[str]) -> bool:
            if nodes & around or texts & values:
                return True
            if span not in self.typed and any(kinds[n] - {remaining} for n in nodes & kinds.keys()):
                return True
            if held and all(may_be_year(t) for t in texts):
                return bool(texts & held)
            return span == own or bool(texts & named) or (span not in self.typed and in_name(texts))

        return sum(1 for span, (nodes, texts) in spans.items() if meets(span, nodes, texts))

    def _shared(self, edge: Any) -> bool:
        """Whether :data:`~kgchat.retrieval.walk_edges.SHARED_BY` or more nodes hold
        ``edge``'s neighbour by its relation (a value they share, not one record's part)."""
        holders = 0
        for e in self.edges(edge.neighbor):
            if not e.forward and e.predicate == edge.predicate:
                holders += 1
                if holders >= SHARED_BY:
                    return True
        return False

    def _read(self, record: tuple[str, ...]) -> Around:
        found = self._around.get(record)
        if found is not None:
            return found
        kg = self.kg
        around: set[str] = set()
        values: set[str] = set()
        named: set[str] = set()  # the years its neighbours' names hold
        dated: list[int] = []
        for e in (e for j in record for e in self.edges(j)):
            if kg.is_literal(e.neighbor):
                lex = kg.label(e.neighbor)
                values.add(normalize(lex))
                if (year := date_year(lex.strip())) is not None:
                    dated.append(year)
            else:
                around.add(e.neighbor)
                named.update(name_years(kg.label(e.neighbor)))  # an event named by its year
        held = {str(y) for y in range(min(dated), max(dated) + 1)} if dated else set()
        # the classes of its named neighbours: a span naming one of them names its member
        kinds: dict[str, set[str]] = {}
        for n in around:
            for k in kg.types(n):
                kinds.setdefault(k, set()).add(n)
        # the words of its own named parts' names: a span naming a part by the words of its
        # name meets it where its node is not linked (a cost's channel "X: by post", whose
        # type "post" the question links); not a part many records hold by the relation it
        # holds it by (an observation's data set), which tells none of them apart
        names = {
            e.neighbor: frozenset(normalize(kg.label(e.neighbor)).split())
            for j in record
            for e in self.edges(j)
            if e.forward and not kg.is_literal(e.neighbor) and not self._shared(e)
        }
        found = self._around[record] = (around, values, named, held, kinds, names)
        return found
