"""The question's other entities met at the unnamed junction a candidate's walk passes.

An n-ary record joins all of its parts at one node: a statistical observation (a data cube's
``qb:Observation``) joins an area, a period, a sex and an age class to its figure; a
Freebase performance joins a film, an actor and a character; a Wikidata statement its value
and qualifiers. "What was the *female* unemployment rate in *Andalusia* in *2019*?" names
three of an observation's parts and asks its figure: the walk from Andalusia reaches the
figures of all its observations, and only the record that the other named parts qualify is
the one asked. The candidates are ranked jointly where several walks reach the same node
(:meth:`~kgchat.retrieval.combine.CandidateRanking._combine`); a figure is a value that
other records share, and the walk from a year or a sex, which fans out to thousands of
records, is cut long before it reaches this one. So the junction itself is asked: a
mention whose node is a neighbour of a junction on the candidate's path, or whose words are
a value of it (a period stated as ``"2019"^^xsd:gYear``), is a constraint the candidate
meets, worth what a joint walk's is (``CONSTRAINT_BONUS``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.graph.dates import may_be_year
from kgchat.mention import Mention
from kgchat.retrieval.results import Candidate
from kgchat.text import normalize

__all__ = ["met_at_junctions"]


def met_at_junctions(
    kg: Any,
    edges: Callable[[str], Sequence[Any]],
    anonymous: Callable[[str], bool],
    candidates: list[Candidate],
    mentions: Sequence[Mention],
    bonus: float,
    year: int | None = None,
) -> list[Candidate]:
    """``candidates`` re-ranked: each raised by ``bonus`` per span of ``mentions`` that its
    record meets beyond those its joint walks already counted; with ``year`` (the one the
    question names), those whose every record is of another year dropped.

    A candidate's record is an unnamed junction its best path reaches it from, or any of the
    same shape (from the node before it by the same relation, leading to the candidate by
    the same relation: a figure shared by several records of one area is any of theirs); it
    meets a span whose node is a neighbour of it, or whose words are one of its literal
    values. The best record counts. A candidate's joint walks (several spans reaching it,
    ranked jointly before) are taken back where no record joins them only for a value: two
    walks may meet at a named node through two records (two performances of one film).

    A record of one year (a neighbour whose name is a year alone: a period's
    ``<.../id/year/2019>``, ``"2019"^^xsd:gYear``) is of that year only: asked of 2010, a
    figure of 2019 is no answer, as a statement outside the year is none
    (:func:`~kgchat.retrieval.in_year.held_in`, which reads spans of start and end dates).
    Only a year that no mention links is judged so: a linked one is a constraint as any
    other, and a record the fan-out cap hid is not taken for a record of another year.

    ``edges``: a node's edges (the retriever's cached ones); ``anonymous``: whether a node is
    an unnamed junction (walked through, never an answer).
    """
    spans: dict[tuple[int, int], tuple[set[str], set[str]]] = {}
    span_of: dict[str, tuple[int, int]] = {}
    for m in mentions:
        nodes, texts = spans.setdefault((m.start, m.end), (set(), set()))
        nodes.add(m.node)
        texts.add(normalize(m.text))
        span_of[m.node] = (m.start, m.end)
    if year is not None and str(year) in {t for _, texts in spans.values() for t in texts}:
        year = None  # a year of the graph, linked: a constraint met or not, as any other
    if len(spans) < 2 and year is None:
        return candidates
    raised = False
    dropped: set[int] = set()
    for i, c in enumerate(candidates):
        paths = [
            p for p in c.paths if len(p.nodes) >= 3 and anonymous(p.nodes[-2])
        ]  # each walk's own records: another's may lie past the fan-out cap of this one's
        if not paths:
            continue
        counted = {span_of.get(p.start) for p in c.paths} - {None}
        # per walk, each record of its shape with the junctions before it on the walk (a
        # review's rating node is joined to the reviewer through the review)
        records = [
            ((j, *(n for n in p.nodes[1:-2] if anonymous(n))), span_of.get(p.start))
            for p in paths
            for j in _records(edges, anonymous, p, c.node)
        ]
        if year is not None:
            years = [_years(kg, edges, j[0]) for j, _ in records]
            # one year each (a start and an end are a span: held_in's to judge)
            if all(len(y) == 1 for y in years) and not any(year in y for y in years):
                dropped.add(i)
                continue
        if len(spans) < 2:
            continue
        best = max(_met(kg, edges, j, spans, own) for j, own in records)
        change = best - max(len(counted) - 1, 0)
        # a value is no thing: two walks that reach one figure through two records have
        # not met (Andalusia's female figure is also Galicia's male one); two that reach a
        # named node through two records have (two performances of one film)
        if change > 0 or (change < 0 and kg.is_literal(c.node)):
            c.score += bonus * change
            raised = True
    if dropped:
        candidates = [c for i, c in enumerate(candidates) if i not in dropped]
    if raised:
        candidates = sorted(candidates, key=Candidate.rank_key)
    return candidates


def _years(kg: Any, edges: Callable[[str], Sequence[Any]], record: str) -> set[int]:
    """The years a record's neighbours name alone: one for a period of one year."""
    found = set()
    for e in edges(record):
        if e.forward:
            name = kg.label(e.neighbor).strip()
            if may_be_year(name):
                found.add(int(name))
    return found


def _records(
    edges: Callable[[str], Sequence[Any]], anonymous: Callable[[str], bool], path: Any, node: str
) -> list[str]:
    """The junctions of ``path``'s shape before ``node``: its own, and those the node before
    it reaches by the same relation and that reach ``node`` by the same relation."""
    (into, into_forward), (out, out_forward) = path.pattern[-2], path.pattern[-1]
    found = [path.nodes[-2]]
    for e in edges(path.nodes[-3]):
        j = e.neighbor
        if e.predicate != into or e.forward != into_forward or j == found[0] or not anonymous(j):
            continue
        if any(
            f.neighbor == node and f.predicate == out and f.forward == out_forward for f in edges(j)
        ):
            found.append(j)
    return found


def _met(
    kg: Any,
    edges: Callable[[str], Sequence[Any]],
    record: tuple[str, ...],
    spans: dict[tuple[int, int], tuple[set[str], set[str]]],
    own: tuple[int, int] | None,
) -> int:
    """How many of ``spans`` but ``own`` the record (its junctions) is joined to: a span's
    node a neighbour of one, or the span's words a literal value of one (a period as
    ``"2019"^^xsd:gYear``)."""
    around: set[str] = set()
    values: set[str] = set()
    for e in (e for j in record for e in edges(j)):
        if kg.is_literal(e.neighbor):
            values.add(normalize(kg.label(e.neighbor)))
        else:
            around.add(e.neighbor)
    return sum(
        1
        for span, (nodes, texts) in spans.items()
        if span != own and (nodes & around or texts & values)
    )
