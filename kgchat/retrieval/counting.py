"""A "how many" answered by counting the things the best walk reaches (issue 11).

"How many battles did Bavaria fight in?" asks a number that the graph rarely holds as a
figure: it holds the battles, each by a fact. Where the question asks a count of things
(:func:`~kgchat.retrieval.counted.asks_count_of_things`: WordNet files the noun after
"how many" with things, not with measures) and no figure answers it (the ranking's first
answer is no whole number, or one the confidence abstains on: a figure of the asked relation,
"how many seats", "how many stars", answers as it did), the answer is the number of distinct
entities the best entity answer's walk reaches: its relation path followed again over the
graph from the same start, every end node counted, not only those the beam kept. The count
is a candidate of its own, first, whose paths are the counted entities' (their facts are the
evidence, numbered), followed by the entities.

The whole-class form, "How many EV chargers are there?": where every mention is a class and
the counted noun is said inside one, the class's instances are counted, by their type facts.

A count that is not one answer is said, not reported low: where another path of a different
pattern ties with the best (two readings, two numbers) or a node on the way has more edges
than the walk reads (``max_fanout``: the set is cut), the result's message says so and the
confidence falls below the threshold (abstained), the figure a user would take for the whole.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> from kgchat.retrieval.retriever import Retriever
>>> kg = KnowledgeGraph.from_triples([("Ann", "child", "Bo"), ("Ann", "child", "Cy"),
...     ("Ann", "child", "Di"), ("Ann", "born in", "Oslo")])
>>> res = Retriever(kg).retrieve("How many children did Ann have?")
>>> res.answer, [c.label for c in res.candidates[1:]]
('3', ['Bo', 'Cy', 'Di'])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from kgchat.graph.follow import follow
from kgchat.graph.vocab import MEMBERSHIP
from kgchat.linking import Mention
from kgchat.retrieval.counted import (
    asks_count_of_things,
    counted_noun,
    counted_noun_at,
    counts_nothing,
    headed_tokens,
)
from kgchat.retrieval.counted_kinds import counted_entity, on_the_way, walk_words
from kgchat.retrieval.hop_support import NAMED
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, Path
from kgchat.retrieval.values import literal_kind
from kgchat.retrieval.walk import Pattern

__all__ = ["Count", "count_node", "counted_answer", "is_count"]

_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@dataclass(frozen=True)
class Count:
    """A count answer: the ranking it makes (the count first, then the entities counted),
    its confidence, and the message the result carries (why it is no sure count, or "")."""

    candidates: list[Candidate]
    confidence: float
    message: str


def count_node(n: int) -> str:
    """The literal a count of ``n`` is written as (an ``xsd:integer``, as a graph writes one).

    >>> count_node(3)
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    return f'"{n}"^^<{_INTEGER}>'


def is_count(c: Candidate) -> bool:
    """Whether ``c`` is a count this module made: its node the count of its paths' distinct
    ends (the evidence of a count is every path, as a "yes" rests on all of its own).

    >>> p = Path("Ann", (("child", True),), ("Ann", "Bo"), (0,), 1.0)
    >>> is_count(Candidate(count_node(1), "1", 2.0, [p])), is_count(Candidate("Bo", "Bo", 1.0, [p]))
    (True, False)
    """
    return bool(c.paths) and c.node == count_node(len({p.nodes[-1] for p in c.paths}))


def counted_answer(
    r: Any,
    q: QuestionInfo,
    mentions: list[Mention],
    candidates: list[Candidate],
    rate: Callable[..., float],
    rated: float | None,
) -> Count | None:
    """The count that answers ``q`` from ``candidates`` (ranked), or None where ``q`` asks
    no count of things or a figure answers it (module docstring).

    ``r`` is the retriever (its ``edges``, ``is_literal``, ``is_class``, ``config``),
    ``rate`` the confidence of a ranking, ``rated`` that of ``candidates`` (None: unrated).
    """
    headed = headed_tokens(q.tokens, q.spans)
    if not candidates or not asks_count_of_things(headed):
        return None
    least = r.config.min_confidence
    top = candidates[0]
    whole = _class_said(r, q, mentions)
    if whole is not None:  # (a figure its walk reaches is an instance's: no count of them)
        return _class_count(r, whole, top.score)
    noun = counted_noun(headed)
    if _figure(r, top.node) and (rated if rated is not None else rate(candidates)) >= least:
        # a held figure answers ("how many seats", "how many stars"), unless its walk passes
        # a thing of the kind counted and says no word of it: then it is that one's figure
        # (a room's occupancy), not their count ("speaker estimate" says what it counts)
        if r.judge.meets(walk_words(r, top.paths[0].pattern), noun) >= NAMED:
            return None
        best = on_the_way(r, top, noun)
    else:
        best = counted_entity(r, candidates, noun)
    if best is None:
        return None
    path = best.paths[0]
    ways = {path.pattern, _inverse(r.kg, path.pattern)}
    ends, cut = _ends(r, path, ways)
    if not ends:
        return None
    mentioned = {m.node for m in mentions}
    # "How many claims did TruthLens rate False?": the other names' entities constrain the
    # set, each met by a node of the counted walk or one of its neighbours (a review's verdict)
    others = _other_names(r, mentions, path.start)
    ends = {n: p for n, p in ends.items() if n not in mentioned and _meets_all(r, p, others)}
    if not ends:
        return None
    notes = []
    # (the walks that go on beyond a counted node are its own: a school's census record)
    passed = {w for c in candidates for w in _ways_on(c, ways)}
    if _rivals(r, candidates, best, ways | passed, path.start, others) or _other_reading(
        mentions, candidates, path
    ):
        notes.append("another walk ties with the one counted, or another entity of the name")
    if cut:
        notes.append(f"at least {len(ends)}: a node on the way has more edges than are read")
    # the entities judged as the answers to "which N ...?" (a count is no entity)
    listed = replace(q, answer_type=noun)
    confidence = rate([best, *(c for c in candidates if c is not best)], listed)
    if notes:
        confidence = min(confidence, least / 2)
    return Count(_ranking(r, ends, max(top.score, best.score)), confidence, "; ".join(notes))


def _ends(r: Any, path: Path, ways: set[Pattern]) -> tuple[dict[str, Path], bool]:
    """Every node the relation ``path`` walks reaches from its start, by each of ``ways``
    (the same relation stated either way, "child of" backwards and "parent of" forwards,
    declared owl:inverseOf each other: one set, read by both), and whether the set may be
    cut (:func:`_follow`)."""
    ends: dict[str, Path] = {}
    cut = False
    for way in sorted(ways):
        more, cut_too = _follow(r, path.start, way, path.score)
        ends = {**more, **ends}
        cut = cut or cut_too
    return ends, cut


def _figure(r: Any, node: str) -> bool:
    """Whether ``node`` is a literal whole number (a figure that may count something)."""
    return bool(r.is_literal(node) and "number" in literal_kind(node) and not counts_nothing(node))


def _follow(r: Any, start: str, pattern: Pattern, score: float) -> tuple[dict[str, Path], bool]:
    """Every node ``pattern`` reaches from ``start`` over the retriever's edges (each by its
    first path, :func:`~kgchat.graph.follow.follow`), and whether some node on the way had as
    many edges as the walk reads (the set may be cut)."""
    got = follow(r.edges, start, pattern)
    ends = {n: Path(start, pattern, nodes, facts, score) for n, (nodes, facts) in got.ends.items()}
    return ends, got.widest >= r.config.max_fanout


def _inverse(kg: Any, pattern: Pattern) -> Pattern:
    """``pattern`` walked by each hop's declared inverse the other way (itself where a hop
    declares none)."""
    hops = [(kg.inverse_of(p), not forward) for p, forward in pattern]
    return pattern if any(p is None for p, _ in hops) else tuple(hops)  # type: ignore[misc]


def _rivals(
    r: Any,
    candidates: list[Candidate],
    best: Candidate,
    ways: set[Pattern],
    start: str,
    others: list[set[str]],
) -> bool:
    """Whether an entity answer tied with ``best`` (by :meth:`Candidate.rank_key`) is reached
    by another walk (another relation pattern, or the same from another start: two people of
    one name; not the relations ``ways`` counted, nor a walk from another name's entity,
    ``others``, which constrains the set; a class is none of the things counted): the count
    would hang on which is read."""
    key = best.rank_key()[0]
    constraining = set().union(*others)
    return any(
        c.paths
        and c.rank_key()[0] == key
        and c.paths[0].start not in constraining
        and (c.paths[0].start != start or c.paths[0].pattern not in ways)
        for c in candidates
        if not (r.is_literal(c.node) or r.is_class(c.node))
    )


def _other_names(r: Any, mentions: list[Mention], start: str) -> list[set[str]]:
    """The entities of each name the question says besides the one the counted walk starts
    from (no class: a class names the kind, no member of the set)."""
    spans: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        if not (m.is_class or r.is_class(m.node)):
            spans.setdefault((m.start, m.end), set()).add(m.node)
    return [nodes for nodes in spans.values() if start not in nodes]


def _meets_all(r: Any, path: Path, others: list[set[str]]) -> bool:
    """Whether each of ``others`` (a name's entities) is a node of ``path`` past its start or
    a neighbour of one."""
    if not others:
        return True
    near = {*path.nodes[1:], *(e.neighbor for n in path.nodes[1:] for e in r.edges(n))}
    return all(not near.isdisjoint(nodes) for nodes in others)


def _ways_on(c: Candidate, ways: set[Pattern]) -> list[Pattern]:
    """``c``'s best walk's pattern where it goes on from one of ``ways`` (else none)."""
    p = c.paths[0].pattern if c.paths else ()
    return [p] if any(p[: len(w)] == w for w in ways) else []


def _other_reading(mentions: list[Mention], candidates: list[Candidate], path: Path) -> bool:
    """Whether another entity of the name the counted walk starts from (one span, two
    readings: two people named alike) reaches answers by the same relations: which of them
    is asked is the count's to know, and the linker's scores do not tell it."""
    spans = {(m.start, m.end) for m in mentions if m.node == path.start}
    others = {m.node for m in mentions if (m.start, m.end) in spans and m.node != path.start}
    return any(
        p.start in others and p.pattern == path.pattern for c in candidates for p in c.paths[:1]
    )


def _class_said(r: Any, q: QuestionInfo, mentions: list[Mention]) -> str | None:
    """The class whose instances "How many X are there?" counts: every mention is a class,
    and one of them spans the noun after "how many" (None otherwise)."""
    if not mentions or not all(m.is_class or r.is_class(m.node) for m in mentions):
        return None
    at = counted_noun_at(q.tokens)
    return next((m.node for m in mentions if m.start <= at < m.end), None)


def _class_count(r: Any, cls: str, score: float) -> Count:
    """The count of ``cls``'s instances (its type facts' subjects), its confidence full where
    every instance is read (a class's instances are what it is), none where they are cut."""
    edges = r.kg.neighbors(cls, direction="in", limit=r.config.max_fanout)
    cut = len(edges) >= r.config.max_fanout
    ends: dict[str, Path] = {}
    for e in edges:
        if e.predicate in MEMBERSHIP and not e.forward and e.neighbor not in ends:
            ends[e.neighbor] = Path(
                cls, ((e.predicate, False),), (cls, e.neighbor), (e.fact,), score
            )
    if not ends:
        return Count([], 0.0, "the class has no instance")
    note = f"at least {len(ends)}: the class has more instances than are read" if cut else ""
    return Count(_ranking(r, ends, score), 0.0 if cut else 1.0, note)


def _ranking(r: Any, ends: dict[str, Path], score: float) -> list[Candidate]:
    """The count first (its paths those of every entity counted), then the entities."""
    members = sorted(
        (Candidate(n, r.kg.label(n), score, [p]) for n, p in ends.items()),
        key=lambda c: (c.label, c.node),
    )
    paths = [p for c in members for p in c.paths]
    return [Candidate(count_node(len(members)), str(len(members)), score + 1.0, paths), *members]
