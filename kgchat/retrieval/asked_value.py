"""Which of an entity's values a question asks: of the values the same entity holds by other
relations, the one whose relation the question says, judged by meaning.

A question asking a value of a thing ("When did X's term *end*?", "How *strong* was the
earthquake?", "How much can X generate *at most*?") reaches every value the thing holds, by
each of its relations: its start and end dates, its magnitude and its death toll, its normal
and its greatest output. The untrained scorer reads them by words and hops: where the
question's word is no word of the relation's label (*strong* / ``magnitude``), or is a function
word it drops (*at most* / ``max operating p``), or says a relation and its converse alike
(*end* against ``start date`` and ``end date``, both dates of the term), the values score within
a hair of each other, and the shorter walk or the first by IRI came first: the start date for
the end, the death toll for the strength.

The graph's learned relation matchers (:mod:`~kgchat.retrieval.relation_learned`) are trained
for exactly this choice: to tell a relation from the *near* relations stated of the same
subjects, on rephrasings of the graph's own labels and their antonyms, never on a question.
:func:`asked_value_first` asks them which of the entity's relations the question says: where
the first answer is a value, and another value of the same entity, reached by another relation
path and scored at most :data:`WINDOW` below it, is read by the matchers as the relation asked
(probability at least :data:`FLOOR`) clearly better than the first's (by :data:`MARGIN`), that
value comes first. The structure bounds it: only values of the node the first answer's walk
starts from, of the kind a "when" or a "how many" asks where the question asks one
(:func:`~kgchat.retrieval.values.literal_kind`), and not far below in score, so a relation the
question names in its own words keeps its place.

See ``tests/test_asked_value.py`` for the walk on a small graph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.values import VALUE_KINDS, literal_kind
from kgchat.text import content_stems, stem

__all__ = ["FLOOR", "MARGIN", "WINDOW", "ValueReaders", "asked_value_first", "matchers_said"]

# How far below the first answer a value may score and still be read as the entity's other
# reading of the question: about one unsaid hop and a half (the scorer's ``length`` 0.2 a hop
# and the unsaid price): a value reached through a record or a value node the first is not
WINDOW = 0.35
# The matchers' probability a value's relation must reach to be read as asked (even odds: the
# first matcher's own reading floor), and by how much it must exceed the first answer's
FLOOR = 0.5
MARGIN = 0.05


def _never(a: Candidate, b: Candidate) -> bool:
    return False


def _always(c: Candidate) -> bool:
    return True


@dataclass(frozen=True)
class ValueReaders:
    """How :func:`asked_value_first` reads the candidates' relations.

    Attributes
    ----------
    said
        Of each candidate given, how well its walk's last relation says the question (the
        learned matchers' probability; None where nothing can judge it).
    worded
        ``worded(a, b)``: whether the question says, in its own words, what sets the first
        answer ``a`` apart from another value ``b`` (its relation's words or its own kind's;
        then ``b`` is no reading of it: "the *unit* of X's weight" over ``unit code``
        against ``weight``; "another *word* for X" over a ``Word`` against a definition).
    meant
        Whether the encoder, by itself, reads the candidate's last relation as said by the
        question (its cosine above the encoder's unrelated floor).
    """

    said: Callable[[Sequence[Candidate]], list[float | None]]
    worded: Callable[[Candidate, Candidate], bool] = _never
    meant: Callable[[Candidate], bool] = _always


def _own_value(c: Candidate, anonymous: Callable[[str], bool]) -> str | None:
    """The node whose value ``c`` is: where its best walk passes no named node between its
    start and ``c`` (only records of the start, blank nodes, value nodes), its start; else
    None (a value of another thing the walk reached: a peer's, a party's)."""
    if not c.paths:
        return None
    path = c.paths[0]
    return path.start if all(anonymous(n) for n in path.nodes[1:-1]) else None


def asked_value_first(
    q: QuestionInfo,
    candidates: list[Candidate],
    is_literal: Callable[[str], bool],
    anonymous: Callable[[str], bool],
    readers: ValueReaders,
    most: int = 10,
) -> list[Candidate]:
    """``candidates`` (ranked) with the value of the first answer's entity whose relation the
    question says put first (see the module docstring).

    ``readers`` reads the candidates' relations (:class:`ValueReaders`); ``most`` is how many
    candidates are read. The value moved up takes the first's score (just above it), so the
    order and the scores agree. Where the question asks no kind of value ("What is X's
    office room number?"), the value's shape cannot confirm the reading, and the encoder
    must read its relation as said as well (``readers.meant``): the matchers alone put a
    ``telephone`` near a room number.

    >>> from kgchat.retrieval.results import Path
    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("When did Ada's term end?", [(2, 3)])
    >>> def value(v, rel, score):
    ...     path = Path("ada", (("holds", True), (rel, True)), ("ada", "t", v), (1, 2), score)
    ...     return Candidate(v, v, score, [path])
    >>> ranked = [value("2015-01-01", "startDate", 3.21), value("2023-01-01", "endDate", 3.2)]
    >>> judged = {"startDate": 0.2, "endDate": 0.9}
    >>> def said(cs):
    ...     return [judged[c.paths[0].pattern[-1][0]] for c in cs]
    >>> unnamed = lambda n: n == "t"  # the term record
    >>> readers = ValueReaders(said)
    >>> [c.label for c in asked_value_first(q, ranked, lambda n: True, unnamed, readers)]
    ['2023-01-01', '2015-01-01']
    >>> judged["endDate"] = 0.22  # no better said: the walk's order stays
    >>> [c.label for c in asked_value_first(q, ranked, lambda n: True, unnamed, readers)]
    ['2015-01-01', '2023-01-01']
    """
    if len(candidates) < 2:
        return candidates
    top = candidates[0]
    start = _own_value(top, anonymous)
    if start is None or not (is_literal(top.node) or not q.answer_type):
        return candidates  # a thing first: only where the question names no type of answer
    asked = VALUE_KINDS.intersection(q.answer_type)
    if q.answer_type and not asked and not q.named_type:
        return candidates  # a bare "who", "where" asks a thing, not a value of the entity
    others: list[int] = []
    seen = {top.paths[0].pattern}
    for k, c in enumerate(candidates[1:most], start=1):
        if c.score < top.score - WINDOW:
            break
        pattern = c.paths[0].pattern if c.paths else None
        if pattern is None or pattern in seen or not is_literal(c.node):
            continue
        if _own_value(c, anonymous) != start or readers.worded(top, c):
            continue
        if asked and not asked.intersection(literal_kind(c.node)):
            continue  # a "when" asks a time, a "how many" a number: not a name or a code
        if not asked and not readers.meant(c):
            continue  # no kind asked to check its shape against: its meaning must say it
        seen.add(pattern)  # the first value of each relation path is its reading
        others.append(k)
    if not others:
        return candidates
    readings = readers.said([top, *(candidates[k] for k in others)])
    first = readings[0]
    if first is None:
        return candidates
    best, chosen = first + MARGIN, 0
    for k, reading in zip(others, readings[1:], strict=True):
        if reading is not None and reading >= FLOOR and reading > best:
            best, chosen = reading, k
    if not chosen:
        return candidates
    moved = replace(candidates[chosen], score=top.score + 1e-3)
    return [moved, *candidates[:chosen], *candidates[chosen + 1 :]]


def matchers_said(
    judge: Any, query: Any, q: QuestionInfo, kinds: Callable[[str], Sequence[str]]
) -> ValueReaders:
    """The :class:`ValueReaders` of a retriever: ``said``, the mean probability of the graph's
    learned relation matchers (``judge``'s, a :class:`~kgchat.retrieval.relation_match.
    RelationMatch`) that the question, its entities left out, asks the last relation of each
    candidate's walk, read by ``query`` (the retriever's phrases of a relation path; None for
    every candidate where no matcher or encoder can read it); ``worded``, whether a word of
    one candidate's last relation phrase or of its own ``kinds`` (the retriever's
    ``kinds_of``: its classes' words, a value's kind) that the other's lack is a question
    word, by stem; ``meant``, whether the encoder's rescaled cosine of the question and the
    last relation phrase is above its unrelated floor."""
    sim = judge.scorer.similarity
    matchers = judge.learned() if q.asked and q.words else ()
    stems = {stem(w) for w in q.words}

    def phrase(c: Candidate) -> tuple[str, ...]:
        return tuple(query(c.paths[0].pattern, ()).phrases[-1:]) if c.paths else ()

    def own(c: Candidate) -> set[str]:
        return {w for t in (*phrase(c), *kinds(c.node)) for w in content_stems(t)}

    def worded(a: Candidate, b: Candidate) -> bool:
        return bool(stems.intersection(own(a) - own(b)))

    def meant(c: Candidate) -> bool:
        if not q.asked or sim.floor() >= 1.0:
            return False
        return any(sim.related(q.asked, t) > 0.0 for t in phrase(c))

    def said(cs: Sequence[Candidate]) -> list[float | None]:
        if not matchers or sim.floor() >= 1.0:
            return [None] * len(cs)
        last = [phrase(c) for c in cs]
        sim.prefetch([q.asked, *dict.fromkeys(t for ts in last for t in ts)])  # one pass
        asked = sim.embed(q.asked)
        return [
            sum(m.probability(asked, sim.embed(ts[0])) for m in matchers) / len(matchers)
            if ts
            else None
            for ts in last
        ]

    return ValueReaders(said, worded, meant)
