"""Which remaining part of an n-ary record a question asks, where the record holds a figure.

An XBRL fact as a filings portal flattens it into RDF joins a company, a concept, a period and
the report it was filed in to its figure (``xbrl:value``); a measurement joins a quantity and a
sample to its value and unit. A question that names the parts the figure is *of* ("What was
Nordvik's *revenue* in *2024*?") asks the figure: the record meets every part the question
names, but of its remaining parts the unit, the precision and the report are no answer, and
the report, reached from each named part in one hop, outscored the figure two hops away.
:func:`value_unasked` tells those parts apart for
:func:`~kgchat.retrieval.junction_constraints.met_at_junctions`; :func:`figure_asked` says
when a question asks a figure at all: where it names no type of its answer ("*which report*
states ..." asks a report) and the figure is of the kind its wh-word asks (a number answers
"how much", not "who").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.graph.value_vocab import is_principal_value
from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.values import literal_kind
from kgchat.text import normalize

__all__ = ["breakdowns", "figure_asked", "unasked_values", "value_unasked"]


def figure_asked(q: QuestionInfo) -> Callable[[str], bool] | None:
    """Whether a record's figure (a literal term) answers ``q``: None where ``q`` names the
    type it asks (the figure is then no more asked than another part), else a test of the
    figure's kind against the wh-word's (any figure where it asks none: "*what* was ...").

    >>> from kgchat.retrieval.question import analyze
    >>> fits = figure_asked(analyze("How much profit did X make?", []))
    >>> fits('"12"'), figure_asked(analyze("Who received the grant?", []))('"12"')
    (True, False)
    >>> figure_asked(analyze("Which report states the profit?", [])) is None
    True
    """
    if q.named_type:
        return None
    asked = set(q.answer_type)
    return lambda term: not asked or bool(asked & set(literal_kind(term)))


def value_unasked(
    kg: Any,
    edges: Callable[[str], Sequence[Any]],
    record: tuple[str, ...],
    spans: dict[tuple[int, int], tuple[set[str], set[str]]],
    node: str,
    asked: Callable[[str], bool] = lambda v: True,
) -> bool:
    """Whether ``record`` (its junctions) states a principal value
    (:func:`~kgchat.graph.value_vocab.is_principal_value`: ``rdf:value``, XBRL's
    ``xbrl:value``, QUDT's ``numericValue``) that no span of the question names, and ``node``
    is another of its parts. A record that holds its figure so says what it is *of* by its
    other parts (an XBRL fact's concept, company and period; a measurement's quantity and
    sample); a question naming those parts asks the figure, and the record's other remaining
    parts (its unit, its precision, the report it was filed in) are no more its remaining
    part than its figure is: "What was X's revenue in 2024?" asks the amount, not the annual
    report that states it. Where the question names the figure ("Which company reported
    revenue of 48 213 million?"), the figure is a part met, and the rest is asked; where the
    figure is not of the type asked (``asked`` of it false: a number for "*who* ..."), so
    is the rest.

    >>> from kgchat.graph import KnowledgeGraph
    >>> V = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"
    >>> kg = KnowledgeGraph.from_triples([("_:f", "concept", "Revenue"),
    ...     ("_:f", "entity", "X"), ("_:f", V, '"12"'), ("_:f", "filed_in", "Report")])
    >>> said = {(0, 1): ({"Revenue"}, {"revenue"}), (2, 3): ({"X"}, {"x"})}
    >>> value_unasked(kg, kg.neighbors, ("_:f",), said, "Report")
    True
    >>> value_unasked(kg, kg.neighbors, ("_:f",), said, '"12"')
    False
    >>> value_unasked(kg, kg.neighbors, ("_:f",), {**said, (4, 5): (set(), {"12"})}, "Report")
    False
    """
    return unasked_values(kg, edges, spans, asked)(record, node)


def unasked_values(
    kg: Any,
    edges: Callable[[str], Sequence[Any]],
    spans: dict[tuple[int, int], tuple[set[str], set[str]]],
    asked: Callable[[str], bool] = lambda v: True,
) -> Callable[[tuple[str, ...], str], bool]:
    """:func:`value_unasked` of one question's ``spans`` and ``asked``, as a function of
    ``(record, node)`` that keeps its answers: the spans' nodes and texts are gathered once,
    and each pair is read once however often it is asked (the junction constraints ask it
    of a candidate's records up to three times each).

    >>> from kgchat.graph import KnowledgeGraph
    >>> V = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"
    >>> kg = KnowledgeGraph.from_triples([("_:f", "concept", "Revenue"),
    ...     ("_:f", "entity", "X"), ("_:f", V, '"12"'), ("_:f", "filed_in", "Report")])
    >>> unasked = unasked_values(kg, kg.neighbors, {(0, 1): ({"Revenue"}, {"revenue"})})
    >>> unasked(("_:f",), "Report"), unasked(("_:f",), '"12"'), unasked(("_:f",), "Report")
    (True, False, True)
    """
    nodes = {n for ns, _ in spans.values() for n in ns}
    texts = {t for _, ts in spans.values() for t in ts}
    kept: dict[tuple[tuple[str, ...], str], bool] = {}

    def read(record: tuple[str, ...], node: str) -> bool:
        held = {
            e.neighbor
            for j in record
            for e in edges(j)
            if e.forward and is_principal_value(e.predicate)
        }
        if not held or node in held or not any(asked(v) for v in held):
            return False
        return not any(v in nodes or normalize(kg.label(v)) in texts for v in held)

    def unasked(record: tuple[str, ...], node: str) -> bool:
        found = kept.get((record, node))
        if found is None:
            found = kept[(record, node)] = read(record, node)
        return found

    return unasked


def breakdowns(
    kg: Any, edges: Callable[[str], Sequence[Any]], record: tuple[str, ...], said: set[str]
) -> int:
    """How many of ``record``'s unnamed nodes beside its junction (``record[0]``) qualify it
    by things the question names none of (``said``): an XBRL fact's dimension node, whose
    axis and member ("Segments [axis]", "Offshore wind [member]") break the company's revenue
    down by segment. The figure without the breakdown is the headline the question asks
    where it names no segment (as a cube's figure at its code list's total is). Only a node
    that holds nothing but such links (its class aside) is read so: one with values of its own
    is a thing of the record's (a period's dates, a Darwin Core occurrence's ``Location`` or
    its identification, which name a place or a person beside a date), no breakdown of it.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("_:f", "dimension", "_:d"),
    ...     ("_:d", "member", "Offshore wind"), ("_:f", "period", "_:p"),
    ...     ("_:p", "end", '"2024-12-31"'),
    ...     ("_:p", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "Period")])
    >>> breakdowns(kg, kg.neighbors, ("_:f", "_:d", "_:p"), set())
    1
    >>> breakdowns(kg, kg.neighbors, ("_:f", "_:d", "_:p"), {"Offshore wind"})
    0
    """
    count = 0
    for node in record[1:]:
        out = [e.neighbor for e in edges(node) if e.forward and e.predicate != RDF_TYPE]
        if any(kg.is_literal(n) for n in out):
            continue  # a node with values of its own is a thing of the record's, no code
        named = {n for n in out if n not in record}
        count += bool(named) and not named & said
    return count
