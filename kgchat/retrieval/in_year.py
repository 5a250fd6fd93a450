"""A year the question names, held against the time a statement says a fact held.

"Who was mayor of London in 2010?" names the office and a year. Every holder of the office is
linked to it, and only the statement that links them says when: a statement node with its
start and end (Wikidata's ``pq:P580`` start time / ``pq:P582`` end time qualifiers, RDF
reification's ``schema:startDate``/``endDate``, a Freebase CVT's ``from``/``to``). Where a
question names one year and the best candidates are joined to an entity the question names
by such statements (:func:`held_in`; of one relation where there is one: the candidate's
"position held" statement whose value is the office, not another holder's whose "replaced
by" qualifier names the candidate; else any, a CVT's "holder" and "office"), those whose
statement covers the year come first (those whose statement meets more of the named
entities before others: "mayor" *of Rome*), and those whose every such statement lies
outside it are dropped; candidates no statement joins are left as they were. A question in
the present tense asks of this year, among the answers tied with the best ("Who *is* the
mayor of Paris?": of the four holders, the one whose statement has no end yet). A statement's
time is read from its date values' relation names: a name that begins with a word of the
start ("start time", "begin date", "from") or of the end ("end time", "until").

>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([
...     ("s1", "holder", "Ken"), ("s1", "office", "Mayor"),
...     ("s1", "start time", '"2000-05-04"'), ("s1", "end time", '"2008-05-04"'),
...     ("s2", "holder", "Boris"), ("s2", "office", "Mayor"),
...     ("s2", "start time", '"2008-05-04"'), ("s2", "end time", '"2016-05-09"')])
>>> span_of(kg, [(e.predicate, e.neighbor, e.forward) for e in kg.neighbors("s2")])
(2008, 2016)
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kgchat.function_words import (
    BOUND_WORDS,
    COPULAS,
    DETERMINERS,
    EARLIER_WORDS,
    INDEFINITE_ARTICLES,
    NOW_WORDS,
    PAST_FORMS,
    PREPOSITIONS,
    PRESENT_FORMS,
    SPAN_END_WORDS,
    SPAN_START_WORDS,
)
from kgchat.graph.dates import may_be_year, time_year
from kgchat.graph.names import parse_literal
from kgchat.retrieval.results import Candidate, tied_through

if TYPE_CHECKING:
    from kgchat.retrieval.question import QuestionInfo
    from kgchat.retrieval.reading import GraphReading

__all__ = [
    "asks_earlier",
    "held_before",
    "held_in",
    "held_when",
    "quantity",
    "span_of",
    "year_named",
    "year_said_apart",
]

_OPEN = 9999  # a span with no end yet
_PATHS_READ = 3  # a candidate's walks read for the records they pass
_NOUN_PHRASE = 3  # words between an article and its noun's "of" ("a *total urban population* of")


def _unit(word: str) -> bool:
    """Whether WordNet reads ``word`` as a unit (:meth:`~kgchat.wordnet.WordNet.is_unit`:
    "metres", "km", "dollars"; a plural's any meaning: "feet", "points"). False without
    WordNet."""
    from kgchat.wordnet import wordnet

    wn = wordnet()
    return wn is not None and wn.is_unit(word)


def _a_measure(tokens: Sequence[str], i: int) -> bool:
    """Whether the number at ``i`` is the value of a measure the question gives ("an elevation
    of 1500", "a population *of 1200*"): it follows "of" after a noun phrase an indefinite
    article opens. An occasion a year dates is a definite one ("the election *of 1860*",
    "the summer of 1969")."""
    if i < 3 or tokens[i - 1] != "of":
        return False
    for j in range(i - 2, max(-1, i - 3 - _NOUN_PHRASE), -1):
        if tokens[j] in DETERMINERS or tokens[j] in PREPOSITIONS:
            return tokens[j] in INDEFINITE_ARTICLES
    return False


def quantity(tokens: Sequence[str], i: int, names: Collection[int] = ()) -> bool:
    """Whether the number at ``i`` is a quantity, not a year, by its role in the question:
    the bound of a comparison ("higher *than* 1500", "at *least* 1200"), followed by a unit
    (:func:`_unit`: "1500 *metres*", "2000 ft"; not a word of a name among ``names``, the
    token places inside entity mentions: "in 2019 *Tesla* sold"), or the value of a measure
    (:func:`_a_measure`: "a population of 1200").

    >>> quantity("peaks higher than 1500 metres".split(), 3)
    True
    >>> quantity("towns with a population of 1200".split(), 5)
    True
    >>> quantity("who was born in 1879".split(), 4), quantity("the 2014 world cup".split(), 1)
    (False, False)
    """
    if i and tokens[i - 1] in BOUND_WORDS:
        return True
    after = i + 1
    if after < len(tokens) and after not in names and _unit(tokens[after]):
        return True
    return _a_measure(tokens, i)


def year_named(
    tokens: Sequence[str], now: int | None = None, names: Collection[int] = ()
) -> int | None:
    """The one year a question's ``tokens`` name ("in 2010"); else ``now`` where the question
    asks in the present tense ("Who *is* the mayor of Paris?", "the *current* mayor"); None
    for several years, or none in a question of the past ("Who *was* mayor?", "has *been*").
    A number is a year by its form (:func:`~kgchat.graph.dates.may_be_year`) where it is no
    quantity (:func:`quantity`; ``names``: the token places inside entity mentions).

    >>> year_named("who was mayor of london in 2010".split()), year_named(["2001", "2009"])
    (2010, None)
    >>> year_named("who is the mayor of paris".split(), 2026), year_named(["who", "was"], 2026)
    (2026, None)
    >>> year_named("which peaks were higher than 1500 metres".split())
    """
    years = {t for i, t in enumerate(tokens) if may_be_year(t) and not quantity(tokens, i, names)}
    if years:
        return int(years.pop()) if len(years) == 1 else None
    words = set(tokens)
    if now is not None and (
        words & NOW_WORDS or (words & PRESENT_FORMS and not words & PAST_FORMS)
    ):
        return now
    return None


def year_said_apart(
    tokens: Sequence[str], spans: Sequence[tuple[int, int]], now: int | None = None
) -> int | None:
    """The one year the question names outside the names of its entities (:func:`year_named`
    of the other tokens, ``now`` where it asks in the present tense; ``spans``: the mentions'
    token spans): a year inside a name of more words ("the *2015 eruption of Calbuco*",
    "*AGR-2024-033*") is the entity's, which the walk starts from, not a time asked of what
    it holds (a linked year alone is judged where it is read, as the constraint its node is).
    The one reader of the year a question asks: the junctions that meet it, the statements
    held then (:func:`held_when`), the walks dated otherwise or meeting it nowhere
    (:mod:`~kgchat.retrieval.dated_walk`).

    >>> toks = "how tall is the volcano of the 2015 eruption of calbuco".split()
    >>> year_said_apart(toks, [(7, 11)]), year_said_apart(toks, [(7, 8)]), year_said_apart(toks, [])
    (None, 2015, 2015)
    """
    named = {i for a, b in spans if b - a > 1 for i in range(a, b)}
    inside = frozenset(i for a, b in spans for i in range(a, b))
    apart = [("" if i in named else t) for i, t in enumerate(tokens)]
    return year_named(apart, now, inside)


def asks_earlier(tokens: Sequence[str]) -> bool:
    """Whether a question asks of an earlier time than the latest by a word that says so
    (:data:`~kgchat.function_words.EARLIER_WORDS`: "Who were the *previous* owners?"), with
    no verb but a copula in the present ("Which seat *does* the MLA *formerly* known as X
    hold?": the name is the earlier one, the seat is asked now).

    >>> asks_earlier("who were the previous owners of x".split())
    True
    >>> asks_earlier("which seat does the mla formerly known as x hold".split())
    False
    """
    words = set(tokens)
    return bool(words & EARLIER_WORDS) and not words & (PRESENT_FORMS - COPULAS)


def span_of(kg: Any, values: Iterable[tuple[str, str, bool]]) -> tuple[int, int] | None:
    """The years a statement held (first, last: ``9999`` while it holds), from its
    ``(predicate, neighbour, forward)`` steps to dates whose relation names a start or an
    end by its first word ("*start* time", "*end* date") or its last (schema.org's "valid
    *from*" / "valid *until*"); None where it names neither.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("m", "valid from", '"2018-10-22"'),
    ...     ("m", "valid until", '"2023-11-20"'), ("n", "valid from", '"2023-11-20"')])
    >>> [span_of(kg, [(e.predicate, e.neighbor, e.forward) for e in kg.neighbors(n)])
    ...  for n in ("m", "n")]
    [(2018, 2023), (2023, 9999)]
    """
    start = end = None
    for predicate, node, forward in values:
        if not forward or not kg.is_literal(node):
            continue
        year = time_year(parse_literal(node)[0].strip())
        words = kg.relation_label(predicate).lower().split()
        if year is None or not words:
            continue
        # its first word, else its last ("valid *from*", "member *until*")
        if words[0] in SPAN_START_WORDS or (
            words[-1] in SPAN_START_WORDS and words[0] not in SPAN_END_WORDS
        ):
            start = year
        elif words[0] in SPAN_END_WORDS or words[-1] in SPAN_END_WORDS:
            end = year
    if start is None and end is None:
        return None
    return (-_OPEN if start is None else start, _OPEN if end is None else end)


def _statements(
    reading: GraphReading, topics: set[str], judge: Sequence[Candidate]
) -> dict[str, list[tuple[tuple[int, int], int]]]:
    """Per candidate of ``judge`` (not a value), the spans of the statements joining it to the
    ``topics``, each with the number of topics it meets: those of one relation where there
    are some (Boris's "position held" Mayor of London; Ken's, whose "replaced by" names Boris,
    is not Boris's time), else any that joins them (a CVT's "holder" and "office"), else the
    records its first :data:`_PATHS_READ` walks from an entity pass through (meeting one topic
    each)."""
    kg, edges, unnamed = reading.kg, reading.edges, reading.anonymous
    out: dict[str, list[tuple[tuple[int, int], int]]] = {}
    for c in judge:
        if kg.is_literal(c.node):
            continue
        own: list[tuple[tuple[int, int], int]] = []  # statements of one relation
        other: list[tuple[tuple[int, int], int]] = []  # joining it to a topic otherwise
        for e in edges(c.node):
            if not unnamed(e.neighbor):
                continue
            steps = edges(e.neighbor)
            joins = [s for s in steps if s.neighbor in topics]
            if not joins:
                continue
            span = span_of(kg, ((s.predicate, s.neighbor, s.forward) for s in steps))
            if span is None:
                continue
            touched = len({s.neighbor for s in joins})
            said = kg.relation_label(e.predicate)
            same = any(kg.relation_label(s.predicate) == said for s in joins)
            (own if same else other).append((span, touched))
        if not own and not other:
            # else a record the candidate's walks pass through ("the member for X" *now*: the
            # area's post, the membership that holds it, the member): it joins them as well
            for p in c.paths[:_PATHS_READ]:
                if kg.is_literal(p.start):
                    continue  # (a walk from the date named meets its year by any record)
                for n in p.nodes[1:-1]:
                    if unnamed(n) and not kg.is_literal(n):
                        steps = edges(n)
                        span = span_of(kg, ((s.predicate, s.neighbor, s.forward) for s in steps))
                        if span is not None:
                            other.append((span, 1))
        if own or other:
            out[c.node] = own or other
    return out


def _first_judged(
    candidates: list[Candidate], judge: Sequence[Candidate], judged: dict[str, int]
) -> list[Candidate]:
    """``candidates`` with those of ``judge`` judged above 0 first (with the best's score; the
    more the better, the ranking's order among equals), those judged 0 dropped, the rest in
    order; unchanged where none is judged above 0."""
    if not any(judged.values()):
        return candidates
    top = candidates[0].score  # a held answer ranks with the best (the ranking stays ordered)
    held = [replace(c, score=max(c.score, top)) for c in judge if judged.get(c.node)]
    held.sort(key=lambda c: -judged[c.node])  # stable: the ranking's order among equals
    return held + [c for c in candidates if c.node not in judged]


def _tied(candidates: list[Candidate], pool: int) -> list[Candidate]:
    """The first of ``pool`` ``candidates`` that tie with the best."""
    return candidates[: tied_through(candidates[:pool], 1)]


def held_in(
    reading: GraphReading,
    year: int,
    topics: set[str],
    candidates: list[Candidate],
    *,
    pool: int,
    tied: bool = False,
) -> list[Candidate]:
    """``candidates`` with the first ``pool`` judged by the statements joining them to the
    ``topics`` (the entities the question names): a candidate one of them covers ``year`` is
    put first (with the best's score); one whose every such statement lies outside ``year``
    is dropped; the rest stay in order. Unchanged where no statement covers the year. With
    ``tied`` (a year the question only implies: "Who *is* ...?"), only those tied with the
    best are judged: the present tense tells apart answers the ranking cannot, and raises no
    other (a wife, by an open spouse statement, is no answer to "How tall *is* X?").
    ``reading``: the retriever's, whose graph, edges and unnamed nodes are read."""
    judge = _tied(candidates, pool) if tied else candidates[:pool]
    # per candidate: 0 none covers the year, else the most topics one that does meets
    # ("mayor" *of Rome* first)
    judged = {
        node: max(t if a <= year <= b else 0 for (a, b), t in found)
        for node, found in _statements(reading, topics, judge).items()
    }
    return _first_judged(candidates, judge, judged)


def held_before(
    reading: GraphReading, topics: set[str], candidates: list[Candidate], *, pool: int
) -> list[Candidate]:
    """``candidates`` where the question asks of an earlier time than the latest ("the
    *previous* owners of X", "Which party did X sit for *before* she switched?"): of those
    tied with the best, the ones a statement joining them to the ``topics`` began before the
    latest such statement began come first, and the ones whose every such statement is the
    latest to begin are dropped (:func:`held_in`'s reading). Unchanged where the statements
    began in one year."""
    judge = _tied(candidates, pool)
    found = _statements(reading, topics, judge)
    starts = {a for spans in found.values() for (a, _), _ in spans if a != -_OPEN}
    if len(starts) < 2:
        return candidates
    last = max(starts)
    judged = {
        node: max(t if -_OPEN < a < last else 0 for (a, _), t in spans)
        for node, spans in found.items()
    }
    return _first_judged(candidates, judge, judged)


def held_when(
    reading: GraphReading,
    q: QuestionInfo,
    now: int,
    topics: set[str],
    candidates: list[Candidate],
    *,
    pool: int,
) -> list[Candidate]:
    """``candidates`` judged by the time the question ``q`` asks of, by the statements joining
    them to the ``topics``: an earlier time than the latest where it names no year and says
    so (:func:`asks_earlier`, :func:`held_before`), else the year it names or, in the present
    tense, ``now`` (:func:`year_said_apart`: a year inside a name is none asked;
    :func:`held_in`); unchanged where it asks of none."""
    if year_said_apart(q.tokens, q.spans) is None and asks_earlier(q.tokens):
        return held_before(reading, topics, candidates, pool=pool)  # "the previous owners"
    year = year_said_apart(q.tokens, q.spans, now)
    if year is None:
        return candidates
    implied = year == now and str(now) not in q.tokens  # "Who *is* ...?"
    return held_in(reading, year, topics, candidates, pool=pool, tied=implied)
