"""The question's other entities met at the unnamed junction that joins them to a candidate.

An n-ary record joins all of its parts at one node: a statistical observation (a data cube's
``qb:Observation``) joins an area, a period, a sex and an age class to its figure; an
OpenFlights route joins an airline, a source and a destination airport; a Freebase
performance joins a film, an actor and a character. "What was the *female* unemployment
rate in *Andalusia* in *2019*?" names three of an observation's parts and asks its figure;
"Which airlines fly from *LHR* to *JFK*?" names two of a route's and asks its airline. The
walk from Andalusia reaches the figures of all its observations, and the airline flying
into LHR on one route and into JFK on another reaches both names too, by two routes: only
the record that every named part joins is the one asked. The candidates are ranked jointly
where several walks reach the same node
(:meth:`~kgchat.retrieval.combine.CandidateRanking._combine`), and the walk from a year or a
sex, which fans out to thousands of records, is cut long before it reaches the one asked.
So the records themselves are asked, in one reading:

- a candidate's records are the unnamed junctions its walks reach it through (with those of
  the same shape beside them), and the unnamed junctions among its own neighbours;
- a record meets a span of the question (the mentions of one span: one set, however many
  entities an ambiguous name links) where a node the span names is a neighbour of it, or
  the span's words are one of its literal values (a period as ``"2019"^^xsd:gYear``); it is
  read with the unnamed nodes joined to it (an XBRL fact's blank period), and one that dates
  itself meets a year by its dates alone (see :meth:`~kgchat.retrieval.junction_reading.
  RecordReading.met`; each record is read once a question);
- a candidate gains ``bonus`` per span its walks' best record meets beyond those its joint
  walks counted (a value reached by two walks through two records loses one: it is no thing
  the two share), and one more where a junction beside it meets every span by its own
  edges: the question names all of one record's other parts (a route from LHR to JFK, where
  an airline flying two routes into them meets as many spans by two records); a junction is
  read with the unnamed nodes joined to it (a partner's role record and its amount node).

A junction that many things hold by one relation (:data:`~kgchat.retrieval.walk_edges.SHARED_BY`
or more: an SPDX document's ``CreationInfo``, which every element of the document leads to)
is no record of any of them: a value they share, as the walk reads it. It is read as no
candidate's record, nor joined to one: through it, the document's every element would be
one record's parts, and its spec version the remaining part of any two of them.

>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.mention import Mention
>>> from kgchat.retrieval.results import Candidate
>>> from types import SimpleNamespace
>>> kg = KnowledgeGraph.from_triples([
...     ("r1", "airline", "BA"), ("r1", "from", "LHR"), ("r1", "to", "JFK"),
...     ("r2", "airline", "LOT"), ("r2", "from", "LHR"), ("r2", "to", "WAW"),
...     ("r3", "airline", "LOT"), ("r3", "from", "WAW"), ("r3", "to", "JFK")])
>>> said = [Mention("LHR", 10, 11, "LHR", 1.0), Mention("JFK", 12, 13, "JFK", 1.0)]
>>> reading = SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=lambda n: n.startswith("r"))
>>> ranked = met_at_junctions(
...     reading,
...     [Candidate("LOT", "LOT", 2.0), Candidate("BA", "BA", 2.0)], said, 1.0)
>>> [(c.node, c.score) for c in ranked]
[('BA', 3.0), ('LOT', 2.0)]
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from kgchat.graph.dates import date_year
from kgchat.mention import Mention
from kgchat.retrieval.junction_reading import RecordReading, name_years
from kgchat.retrieval.record_figures import breakdowns, unasked_values
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.walk_edges import SHARED_BY
from kgchat.text import normalize

__all__ = ["RecordsAsked", "met_at_junctions", "spans_of"]

_POOL = 30  # candidates whose own neighbouring junctions are read
_TOTAL_TIE = 1e-4  # a record's part at its code list's total: a tie-break, under any bonus


def spans_of(mentions: Sequence[Mention]) -> dict[tuple[int, int], tuple[set[str], set[str]]]:
    """The question's spans, each with the entities its mentions name and their words
    (normalized): the mentions of one span are one constraint, however many entities an
    ambiguous name links."""
    spans: dict[tuple[int, int], tuple[set[str], set[str]]] = {}
    for m in mentions:
        nodes, texts = spans.setdefault((m.start, m.end), (set(), set()))
        nodes.add(m.node)
        texts.add(normalize(m.text))
    return spans


@dataclass(frozen=True)
class RecordsAsked:
    """What a question says of its answer's records beyond its mentions (see
    :func:`met_at_junctions`): the ``year`` it names apart, whether a record's figure answers
    what it asks (``figure_asked``), and the spans (``typed``) that say the type it asks."""

    year: int | None = None
    figure_asked: Callable[[str], bool] | None = None
    typed: Collection[tuple[int, int]] = ()


def met_at_junctions(
    reading: Any,
    candidates: list[Candidate],
    mentions: Sequence[Mention],
    bonus: float,
    asked: RecordsAsked = RecordsAsked(),
) -> list[Candidate]:
    """``candidates`` re-ranked: each raised by ``bonus`` per span of ``mentions`` that its
    best record meets beyond those its joint walks already counted, or lowered where it meets
    fewer (see the module docstring); with ``asked.year`` (the one the question names), those
    whose every record is of another year dropped.

    A candidate's records are the unnamed junctions its walks reach it through, each with
    the junctions before it on the walk (a review's rating node is joined to the reviewer
    through the review) and with any of the same shape (from the node before it by the same
    relation, leading to the candidate by the same relation: a figure shared by several
    records of one area is any of theirs); and, for the first :data:`_POOL` candidates and
    those tied with them, the unnamed junctions among its own neighbours (a route an
    airline's walk did not pass). A walk's record meets the span the walk started from.

    A record of one year (a neighbour whose name is a year alone: a period's
    ``<.../id/year/2019>``, ``"2019"^^xsd:gYear``; or holds one: an election, a season named
    by its year, "2019 General Election") is of that year only: asked of 2010, a
    figure of 2019 is no answer, as a statement outside the year is none
    (:func:`~kgchat.retrieval.in_year.held_in`, which reads spans of start and end dates).
    Only a year that no mention links is judged so: a linked one is a constraint as any
    other, and a record the fan-out cap hid is not taken for a record of another year.

    A record that holds a figure the question does not name (its principal value: an XBRL
    fact's ``xbrl:value``) has that figure as its remaining part, where ``figure_asked`` says
    the figure answers what the question asks (its type: none named, "*what* was X's revenue",
    or one the figure is, "*how much*"): its other parts (the unit, the report it was filed in)
    are raised by none of the spans it meets
    (:func:`~kgchat.retrieval.record_figures.value_unasked`), a named one where the question
    names of the record what that part does not hold itself (X's report holds X and the year,
    not "revenue": "X net income 2023", naming no more than the report holds, says no figure).
    Without ``figure_asked`` ("*which report* states X's revenue?"), any remaining part may be
    asked.

    A span that names a class is met by a record one of whose parts is of that class, other
    than the candidate (:meth:`~kgchat.retrieval.junction_reading.RecordReading.met`: "a
    *hard-boiled egg*" of a food record typed by that class), but for the spans of ``typed``,
    which say the type the question asks ("Which *organizations* are based in Utrecht?": an
    organisation's address record holds that organisation, and its country is no answer).

    ``reading``: the retriever's, as :func:`~kgchat.retrieval.dated_walk.year_unmet` reads
    it: ``kg``, ``edges`` (a node's edges, the retriever's cached ones) and ``anonymous``
    (whether a node is an unnamed junction: walked through, never an answer). ``asked``: the
    year, ``figure_asked`` and ``typed`` above (:class:`RecordsAsked`).
    """
    kg, edges, anonymous = reading.kg, reading.edges, reading.anonymous
    year, figure_asked, typed = asked.year, asked.figure_asked, asked.typed
    spans = spans_of(mentions)
    span_of = {m.node: (m.start, m.end) for m in mentions}
    if year is not None and str(year) in {t for _, texts in spans.values() for t in texts}:
        year = None  # a year of the graph, linked: a constraint met or not, as any other
    if len(spans) < 2 and year is None:
        return candidates
    raised = False
    dropped: set[int] = set()
    # the candidates beside whose junctions are read: the first _POOL and those tied with
    # the last of them (tied figures are in no order but their names')
    least = candidates[min(_POOL, len(candidates)) - 1].score if candidates else 0.0
    record_of = _own_records(edges, anonymous)
    reading = RecordReading(kg, edges, record_of, typed)  # each record read once a question
    joined, met_by = reading.joined, reading.met
    said = {n for nodes, _ in spans.values() for n in nodes}

    # (record, candidate) -> whether the record's figure is the part asked, read once a pair
    unasked = None if figure_asked is None else unasked_values(kg, edges, spans, figure_asked)

    def beside_figure(record: tuple[str, ...], node: str) -> bool:
        return unasked is not None and unasked(record, node)

    for i, c in enumerate(candidates):
        paths = [
            p for p in c.paths if len(p.nodes) >= 3 and record_of(p.nodes[-2])
        ]  # each walk's own records: another's may lie past the fan-out cap of this one's
        records = [
            (
                (*joined(j), *(n for n in p.nodes[1:-2] if record_of(n))),
                span_of.get(p.start),
            )
            for p in paths
            for j in reading.records(p, c.node)
        ]
        if year is not None and records:
            years = [_years(kg, edges, j[0]) for j, _ in records]
            # one year each (a start and an end are a span: held_in's to judge)
            if all(len(y) == 1 for y in years) and not any(year in y for y in years):
                dropped.add(i)
                continue
        if len(spans) < 2:
            continue
        beside = [
            joined(e.neighbor)
            for e in (edges(c.node) if c.score >= least else ())
            if e.neighbor != c.node and record_of(e.neighbor)
        ]
        counted = {span_of.get(p.start) for p in c.paths} - {None}
        change = 0
        at_total = 0.0
        # a date answers no question that names its year: it is the record's time, which
        # the question states (the end of a 2024 period is not what "... in 2024?" asks)
        timed = spans
        if kg.is_literal(c.node) and (when := date_year(kg.label(c.node).strip())) is not None:
            timed = {k: v for k, v in spans.items() if str(when) not in v[1]}
        if records:
            met = [met_by(j, timed, own, c.node) for j, own in records]
            best = max(met)
            change = best - max(len(counted), 1)
            if change > 0 and all(
                beside_figure(j, c.node)
                for (j, _), n in zip(records, met, strict=True)
                if n == best
            ):
                change = 0  # a part beside the record's value, which is the part asked
            # of records that meet as much, the one whose other parts are at their code
            # list's total (a population figure of both sexes and all ages, where the
            # question names neither), or with no qualifier naming what the question does
            # not (an XBRL fact's segment): a statistic said without a breakdown is its headline
            at_total = max(
                _totals(kg, edges, j) - breakdowns(kg, edges, j, said)
                for (j, _), n in zip(records, met, strict=True)
                if n == best
            )
            at_total += _headline(
                kg, edges, [j for (j, _), n in zip(records, met, strict=True) if n == best]
            )
        # a value is no thing: two walks that reach one figure through two records have
        # not met (Andalusia's female figure is also Galicia's male one); two that reach a
        # named node through two records have (two performances of one film)
        if change < 0 and not kg.is_literal(c.node):
            change = 0
        if records and not kg.is_literal(c.node):
            # a walk that reached it through a record whose figure is asked met the figure, not
            # it, where it does not hold that span itself ("offshore wind" reaches X's report
            # through the segment's revenue fact; X and the year, the report holds)
            via = {own for j, own in records if own is not None and beside_figure(j, c.node)}
            change -= sum(not met_by((c.node,), {s: spans[s]}, None) for s in via)
        # a junction beside it joined to every span by its own edges (a walk's record is
        # credited the span the walk came from, however far back): the parts the question
        # names are all one record's and the candidate is its remaining one, a constraint
        # of its own (the airline of a route from LHR to JFK, above one flying two routes
        # into them; the date of Merkel's marriage to Sauer, above a date of each)
        # (a record holding a figure the question asks has that figure as its remaining part,
        # where the question names of it what the candidate alone does not hold: X's report
        # holds X and the year, not "revenue")
        change += any(
            met_by(j, timed, None, c.node) == len(spans)
            and not (beside_figure(j, c.node) and met_by((c.node,), timed, None) < len(spans))
            for j in beside
        )
        if change or at_total:
            c.score += bonus * change + _TOTAL_TIE * at_total
            raised = True
    if dropped:
        candidates = [c for i, c in enumerate(candidates) if i not in dropped]
    if raised:
        candidates = sorted(candidates, key=Candidate.rank_key)
    return candidates


def _own_records(
    edges: Callable[[str], Sequence[Any]], anonymous: Callable[[str], bool]
) -> Callable[[str], bool]:
    """Whether a node is an unnamed junction (``anonymous``) that may be one thing's record:
    not one that :data:`~kgchat.retrieval.walk_edges.SHARED_BY` or more nodes lead to by one
    relation (a document's ``CreationInfo``, held by each of its elements), a value they
    share. Kept per node for one reading.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples(
    ...     [(x, "creation_info", "_:doc") for x in "ABC"] + [("D", "creation_info", "_:d")])
    >>> own = _own_records(kg.neighbors, lambda n: n.startswith("_:"))
    >>> own("_:doc"), own("_:d"), own("A")
    (False, True, False)
    """
    kept: dict[str, bool] = {}

    def record_of(node: str) -> bool:
        found = kept.get(node)
        if found is None:
            found = anonymous(node)
            if found:
                holders: dict[str, set[str]] = {}
                for e in edges(node):
                    if not e.forward:
                        holders.setdefault(e.predicate, set()).add(e.neighbor)
                found = all(len(h) < SHARED_BY for h in holders.values())
            kept[node] = found
        return found

    return record_of


def _totals(kg: Any, edges: Callable[[str], Sequence[Any]], record: tuple[str, ...]) -> int:
    """How many of a record's parts are a code list's total: the code SDMX, and so every
    statistical cube built on its code lists, gives the figure of all of a dimension's
    values (``sdmx-code:sex-T``, ``age:TOTAL``: labelled "Total", or coded ``_T``)."""
    return sum(
        1
        for j in record
        for e in edges(j)
        if not kg.is_literal(e.neighbor)
        and (normalize(kg.label(e.neighbor)) == "total" or e.neighbor.endswith("_T"))
    )


def _headline(
    kg: Any, edges: Callable[[str], Sequence[Any]], records: Sequence[tuple[str, ...]]
) -> float:
    """A tie-break under one half, more for a record said over a longer time: of the
    ``records`` (each its junctions), the best by the time its dates span (a year's figure
    before a quarter's of the same year; a year and more counts as a year). (How few named
    parts a record has is no such sign: a fourth place has no medal, the winner has one.)"""
    best = 0.0
    for record in records:
        dates: list[date] = []
        for e in (e for j in record for e in edges(j)):
            if kg.is_literal(e.neighbor):
                lex = kg.label(e.neighbor).strip()
                if date_year(lex) is not None and len(lex) >= 10:
                    with contextlib.suppress(ValueError):
                        dates.append(date.fromisoformat(lex[:10]))
        span = min((max(dates) - min(dates)).days, 366) / 366 if dates else 0.0
        best = max(best, 0.3 * span)
    return best


def _years(kg: Any, edges: Callable[[str], Sequence[Any]], record: str) -> set[int]:
    """The years a record's neighbours' names hold
    (:func:`~kgchat.retrieval.junction_reading.name_years`): one for a period of one year, or
    for an event of one year."""
    found: set[int] = set()
    for e in edges(record):
        if e.forward:
            found.update(map(int, name_years(kg.label(e.neighbor))))
    return found
