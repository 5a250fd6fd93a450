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

"What was Nokia's revenue in *1995*?" over Nokia's one ``revenue``, which no record dates:
nothing the walk passes through or reaches, nor any fact beside them, speaks of 1995 (no node
named by it, no value that says it, no span that covers it), so the year the question says
is a qualifier no walk meets, and the figure may be any year's (:func:`year_unmet`).

Both are read of the best answer by the confidence, and of the ranking's first ``pool`` by
:func:`dated_first`: "Which volcano in Iceland erupted in *2011*?" ranks Iceland's three
volcanoes alike (each ``locatedIn`` Iceland), the first reached through its 2021 eruption;
the one whose walk passes "2011 eruption of Grímsvötn" meets the year, and is put first,
where the best meets it not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from kgchat.function_words import TIME_BOUNDS
from kgchat.graph.dates import time_year
from kgchat.graph.literal_terms import parse_literal
from kgchat.retrieval.in_year import span_of, year_said_apart
from kgchat.retrieval.results import Candidate, Path, tied_through
from kgchat.retrieval.values import literal_kind, names_a_time
from kgchat.text import STOPWORDS, tokens

__all__ = [
    "dated_first",
    "dated_otherwise",
    "meets_year",
    "speaks_of",
    "year_bounds",
    "year_unmet",
]

#: how many of an answer's walks, best first, the confidence's checks read: for the year here,
#: for a record meeting every span (:mod:`~kgchat.retrieval.record_unmet`), for a shorter walk
#: of a one-start answer (as many as a joint answer's walks read together)
WALKS_READ = 3


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


def dated_otherwise(reading: Any, year: int, paths: Sequence[Path]) -> bool:
    """Whether a record the walks ``paths`` pass through is dated, and none of them of
    ``year`` (module docstring). ``reading``: the retriever's (:func:`dated_first`)."""
    kg, edges, unnamed = reading.kg, reading.edges, reading.anonymous
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


def year_bounds(tokens: Sequence[str], year: int) -> bool:
    """Whether the question's ``tokens`` say ``year`` as the bound of a span or a comparison
    (a preposition of :data:`~kgchat.function_words.TIME_BOUNDS` before it: "completed
    *before* 1965"), not as the time asked ("revenue *in* 1995"): a bound is met by any year
    on its side, and no node need name it.

    >>> year_bounds("which dams were completed before 1965".split(), 1965)
    True
    >>> year_bounds("what was the revenue in 1995".split(), 1995)
    False
    """
    said = str(year)
    return any(t == said and k and tokens[k - 1] in TIME_BOUNDS for k, t in enumerate(tokens))


def year_unmet(reading: Any, year: int, paths: Sequence[Path]) -> bool:
    """Whether nothing the walks ``paths`` pass through or reach speaks of ``year``: no node
    on them, nor any neighbour of one, is named by it or states it (a value whose text holds
    it: "1995-03-01", "Season 1995"), and no node on them, nor any unnamed record beside one
    (a statement that qualifies its facts: ``reading.anonymous``), holds a span of years
    (:func:`~kgchat.retrieval.in_year.span_of`) that covers it or a value that says it: a
    term of office walked by its plain ``position held`` is dated by the statement beside
    it. A walk that meets the year anywhere near is read by :func:`dated_otherwise`.

    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.retrieval.results import Path
    >>> from functools import partial
    >>> from types import SimpleNamespace
    >>> kg = KnowledgeGraph.from_triples([("Nokia", "revenue", '"2.2E10"'),
    ...     ("Nokia", "founded", '"1865"'), ("Ann", "holds", "Mayor"), ("Ann", "held", "t"),
    ...     ("t", "start date", '"1990"'), ("t", "end date", '"1999"')])
    >>> walk = [Path("Nokia", (("revenue", True),), ("Nokia", '"2.2E10"'), (), 1.0)]
    >>> reading = SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=lambda n: n == "t")
    >>> unmet = partial(year_unmet, reading)
    >>> unmet(1995, walk), unmet(1865, walk)
    (True, False)
    >>> unmet(1995, [Path("Mayor", (("holds", False),), ("Mayor", "Ann"), (), 1.0)])
    False
    """
    return not speaks_of(reading, year, (n for p in paths for n in p.nodes))


def speaks_of(reading: Any, year: int, nodes: Iterable[str]) -> bool:
    """Whether one of ``nodes``, or a neighbour of one, is named by ``year`` or states it, or
    an unnamed record beside one holds a span that covers it (:func:`year_unmet`'s reading)."""
    kg, edges, unnamed = reading.kg, reading.edges, reading.anonymous
    said = str(year)

    def dated(steps: Sequence[Any]) -> bool:
        if any(said in kg.label(e.neighbor) for e in steps):
            return True
        span = span_of(kg, ((e.predicate, e.neighbor, e.forward) for e in steps))
        return span is not None and span[0] <= year <= span[1]

    for n in dict.fromkeys(nodes):
        if said in kg.label(n):
            return True
        if kg.is_literal(n):
            continue
        steps = edges(n)
        if dated(steps):
            return True
        records = (e.neighbor for e in steps if not kg.is_literal(e.neighbor))
        if any(unnamed(r) and dated(edges(r)) for r in dict.fromkeys(records)):
            return True
    return False


def meets_year(reading: Any, year: int, candidate: Candidate) -> bool:
    """Whether ``candidate``'s first :data:`WALKS_READ` walks meet ``year``: no record on a
    walk is dated otherwise (:func:`dated_otherwise`), and a node a walk passes between the
    mentions the walks start from and the candidate is named by the year ("2011 eruption of
    Grímsvötn"; a candidate named by it is a thing of that year, not always one of the kind
    asked: the eruption for "What volcano erupted in 2010?"). Not read: the walks from a
    value of the year, which meet it at their first step whatever they join after (an
    article of that year that cites the candidate), and what the nodes state beside (a
    record or a value of the year): a statement of another office, a figure's observation
    of another area, a person's birth date speak of a year as well, and the records that
    join the mentions are :func:`~kgchat.retrieval.junction_constraints.met_at_junctions`'
    to read."""
    kg = reading.kg
    said, starts = str(year), {p.start for p in candidate.paths}
    # a walk from a value of the year meets it at its first step, whatever it joins after
    walks = [p for p in candidate.paths[:WALKS_READ] if said not in kg.label(p.start)]
    if any(dated_otherwise(reading, year, [p]) for p in walks):
        return False
    return any(said in kg.label(n) for p in walks for n in p.nodes[:-1] if n not in starts)


def dated_first(reading: Any, q: Any, candidates: list[Candidate], *, pool: int) -> list[Candidate]:
    """``candidates`` with those of the first ``pool`` tied with the best whose walks meet the
    year the question ``q`` names apart from its names (:func:`~kgchat.retrieval.in_year.
    year_said_apart`; not a bound: :func:`year_bounds`) first, in their order, where the
    best's meet it not (:func:`meets_year`); unchanged where the best meets it or no other
    does: the year tells apart answers the ranking cannot. ``reading``: the retriever's, whose
    graph, edges and unnamed nodes are read.

    >>> from types import SimpleNamespace
    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Hekla", "located in", "Iceland"),
    ...     ("Katla", "located in", "Iceland"), ("Hekla 2021", "eruption of", "Hekla"),
    ...     ("Katla 2011", "eruption of", "Katla")])
    >>> reading = SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=lambda n: False)
    >>> q = SimpleNamespace(tokens="which volcano erupted in 2011".split(), spans=[])
    >>> def walk(v, e):
    ...     return [Path("Iceland", (("located in", False),), ("Iceland", v), (), 1.0),
    ...         Path("Iceland", (("reported in", False), ("eruption of", True)),
    ...             ("Iceland", e, v), (), 0.5)]
    >>> ranked = [Candidate("Hekla", "Hekla", 2.0, walk("Hekla", "Hekla 2021")),
    ...     Candidate("Katla", "Katla", 2.0, walk("Katla", "Katla 2011"))]
    >>> [(c.node, c.score) for c in dated_first(reading, q, ranked, pool=5)]
    [('Katla', 2.0), ('Hekla', 2.0)]
    """
    year = year_said_apart(q.tokens, q.spans)
    if year is None or not candidates or year_bounds(q.tokens, year):
        return candidates
    if not candidates[0].paths or meets_year(reading, year, candidates[0]):
        return candidates
    judged = candidates[1 : tied_through(candidates[:pool], 1)]
    met = [c for c in judged if c.paths and meets_year(reading, year, c)]
    if not met:
        return candidates
    top = candidates[0].score
    first = {c.node for c in met}
    return [replace(c, score=max(c.score, top)) for c in met] + [
        c for c in candidates if c.node not in first
    ]
