"""Whether the answer's walk passes a record dated otherwise than the year the question names.

"How much did Drax generate in *2023*?" names a year. Where the graph holds Drax's generation
records for 2019-2021 only, the best walk still reaches one (``of plant`` back to the 2021
record, then its ``net generation``): the figure answers the question of another year. A
record on the walk (an unnamed junction: :meth:`~kgchat.retrieval.reading.GraphReading.
anonymous`) that states its own time, by a date value or a year its relation names as one
(``reporting year``), or a span of them (``start date``/``end date``: :func:`~kgchat.
retrieval.in_year.span_of`), and states none that is or covers the year asked, is a record of
another year; a walk that meets the year itself (a node named by it, the year's own node)
is of it. A record that states no time says nothing either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from kgchat.graph.dates import time_year
from kgchat.graph.literal_terms import parse_literal
from kgchat.retrieval.in_year import span_of
from kgchat.retrieval.results import Path
from kgchat.retrieval.values import literal_kind, names_a_time
from kgchat.text import STOPWORDS, tokens

__all__ = ["dated_otherwise"]


def record_years(kg: Any, steps: Iterable[Any]) -> set[int]:
    """The years a node's ``steps`` (its edges) state: a date value's, or a year value's
    whose relation names a time (``reporting year``; a bare four-digit figure of another
    relation is as often a count).

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([
    ...     ("r", "reporting year", '"2021"^^<http://www.w3.org/2001/XMLSchema#gYear>'),
    ...     ("r", "employees", '"1200"'), ("r", "audited on", '"2022-03-01"')])
    >>> sorted(record_years(kg, kg.neighbors("r")))
    [2021, 2022]
    """
    years: set[int] = set()
    for e in steps:
        if not e.forward or not kg.is_literal(e.neighbor):
            continue
        kinds = literal_kind(e.neighbor)
        if "date" not in kinds and "year" not in kinds:
            continue
        lex = parse_literal(e.neighbor)[0].strip()
        if "date" not in kinds:
            words = [w for w in tokens(kg.relation_label(e.predicate)) if w not in STOPWORDS]
            if not names_a_time(words):
                continue
        year = time_year(lex)
        if year is not None:
            years.add(year)
    return years


def dated_otherwise(
    kg: Any,
    edges: Callable[[str], Sequence[Any]],
    unnamed: Callable[[str], bool],
    year: int,
    paths: Sequence[Path],
) -> bool:
    """Whether a record the walks ``paths`` pass through is dated, and none of them of
    ``year`` (module docstring)."""
    said = str(year)
    if any(said in kg.label(n) for p in paths for n in p.nodes):
        return False
    dated = False
    for n in dict.fromkeys(n for p in paths for n in p.nodes[1:-1]):
        if not unnamed(n) or kg.is_literal(n):
            continue
        steps = edges(n)
        span = span_of(kg, ((e.predicate, e.neighbor, e.forward) for e in steps))
        years = record_years(kg, steps)
        if year in years or (span is not None and span[0] <= year <= span[1]):
            return False
        dated = dated or bool(years) or span is not None
    return dated
