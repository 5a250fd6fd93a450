"""Which relations a candidate answer is said by, and how its paths read: the walks it was
reached by (one entity's best, or one per entity of a joint answer), the readings of an
ambiguous name, a class reached by one relation only. What
:class:`~kgchat.retrieval.confidence.AnswerConfidence` judges (split from
:mod:`kgchat.retrieval.confidence` to keep both short).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from kgchat.graph.vocab import HIERARCHY, IDENTITY
from kgchat.retrieval.kind_relations import kind_relations_first
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import asks_kind
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.walk import Pattern, turns_back
from kgchat.text import content_stems, stem

__all__ = ["NO_RELATION", "kinds_only", "namesake_reading", "said_pattern"]

# hops that say what a node is (the class hierarchy) or that it is another node (owl:sameAs),
# not a relation the question asks for
NO_RELATION = frozenset((*HIERARCHY, *IDENTITY))


def said_pattern(candidate: Candidate) -> tuple[Pattern, tuple[int, ...]]:
    """The relations a candidate's answer is said by, and the lengths of its parts (empty for
    one path): a node reached from several mentions holds one path per mention (judged
    jointly), one reached from a single mention its best walks of each length, best first.
    Hops down or up a class hierarchy ("the American *pizza*", "is a subclass of") say what a
    node is, and a hop over ``owl:sameAs`` that it is another node, not a relation the
    question asks for: they are left out where others remain."""
    joint = len({p.start for p in candidate.paths}) > 1
    paths = candidate.paths[:3] if joint else candidate.paths[:1]
    kept = (tuple(h for h in p.pattern if h[0] not in NO_RELATION) for p in paths)
    said = list(dict.fromkeys(k for k in kept if k)) or [p.pattern for p in paths]
    pattern = tuple(h for p in said for h in p)
    return pattern, tuple(len(p) for p in said) if len(said) > 1 else ()


def _by_class(candidate: Candidate) -> tuple[set[str], set[tuple[str, Pattern]]]:
    """The starts that reach ``candidate`` down a class hierarchy only (a class the question
    names, of which it is a member: a walk *up* from the class reaches a superclass, no member
    of it), and the (start, relation pattern) of its other walks."""
    classes = {
        p.start
        for p in candidate.paths
        if p.pattern and all(h[0] in HIERARCHY and not h[1] for h in p.pattern)
    }
    return classes, {(p.start, p.pattern) for p in candidate.paths if p.start not in classes}


def _only_way_to_class(
    top: Candidate, candidates: Sequence[Candidate], asked: frozenset[str] = frozenset()
) -> float:
    """1 when the best answer is a member of a class the question asks for ("Which *gene*
    causes X?", an ontology's classes walked down their hierarchy) reached from each entity
    (one, or several: "the lens of the eye") by the one relation that joins it to any member
    of that class among the candidates in as few hops or fewer: the question's other words
    can mean no other relation of the graph ("causes" and ``has basis in dysfunction of``); 0
    otherwise (two such relations to the class, or no class asked for). A walk out and back
    over one relation (the entity's ancestor and another member sharing a subset "organ
    slim") reaches a peer of what the entity reaches, not a member by a relation of its own:
    no second way. ``asked`` holds the mentions that stand where the question says the type
    it asks ("*which gene*", "*what symptoms*": a class named elsewhere, "What symptoms does
    the *disease* treated by X have?", only says what a node on the way is, and its member
    is no answer)."""
    classes, ways = _by_class(top)
    starts = [s for s, _ in ways]
    if len(classes) != 1 or not ways or len(set(starts)) != len(starts) or not classes <= asked:
        return 0.0
    for c in candidates[1:]:
        cls, other = _by_class(c)
        if classes <= cls and any(
            s == start and p != pattern and len(p) <= len(pattern) and not _out_and_back(p)
            for start, pattern in ways
            for s, p in other
        ):
            return 0.0
    return 1.0


def _out_and_back(pattern: Pattern) -> bool:
    """Whether a walk goes out over a relation and straight back over it somewhere.

    >>> _out_and_back((("country", True), ("country", False)))
    True
    >>> _out_and_back((("country", True), ("capital", False)))
    False
    """
    return any(turns_back(a, b) for a, b in itertools.pairwise(pattern))


def _classifies(pattern: Pattern) -> bool:
    """Whether a walk can reach a kind of the node it starts from: its first hop leaves that
    node forwards, as RDF states what a thing is (``rdf:type``, ``rdfs:subClassOf``, a
    ``category``, a ``broader`` concept: the thing is the subject, its kind the object). A
    first hop taken backwards reaches what points at the start, a thing that has it as a
    value (a planet whose host star it is, an occupation that needs a skill), or, from the
    kind a question names ("What kind of *drug* is X?"), that kind's other members: never
    a kind of X.

    >>> _classifies((("type", True),))
    True
    >>> _classifies((("host star", False),))
    False
    """
    return bool(pattern) and pattern[0][1]


def kinds_only(
    q: QuestionInfo,
    tables: list[dict[str, list[Any]]],
    starts: Sequence[str],
    classes: Callable[[str], Sequence[str]],
    graph: Any,
) -> list[dict[str, list[Any]]]:
    """``tables`` (per span, node -> its walks ``(score, pattern, source)`` best first, the
    walk from ``starts[source]``) less what cannot answer "What *kind of* N is X?" (as they
    are where ``q`` asks no kind): a *peer* of X, another N, which the question's type
    words favour however it is reached, but which is never the kind X is. A peer is a node
    reached by walks that go out over a relation and straight back over it, or one that is
    a member, as X is, of a class named by the words of N (``classes``: a node's classes;
    ``label``: a class's name), or one walked to from that class (linked where the question
    says N); and a node reached only against a relation's direction, a thing that has X as
    a value (:func:`_classifies`). Ranked among the answers, X's peers, as many as N has
    members, push the kind (a concept, a subclass) out of the pool; the confidence judges
    an out-and-back winner 0 (:class:`~kgchat.retrieval.confidence.AnswerConfidence`).
    Of what is left, the values of X's classifying relations come first
    (:func:`~kgchat.retrieval.kind_relations.kind_relations_first`). ``graph``: its
    ``label`` names a class, its ``relation_label`` a relation.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What kind of skill is Python?", [(5, 6)])
    >>> kinds = {"py": ["Skill"], "sql": ["Skill"], "knowledge": ["Type"]}
    >>> walks = {"sql": [(1.0, (("near", True),), 0)], "knowledge": [(0.5, (("type", True),), 0)]}
    >>> from types import SimpleNamespace
    >>> graph = SimpleNamespace(label=str, relation_label=str)
    >>> kinds_only(q, [walks], ["py"], kinds.get, graph)
    [{'knowledge': [(0.5, (('type', True),), 0)]}]
    """
    if not asks_kind(q):
        return tables
    label = graph.label
    named = set(map(stem, q.answer_type))
    own = {
        s: {c for c in classes(s) if named and set(content_stems(label(c))) == named}
        for s in set(starts)
    }

    # N's own class, walked from: its members are Ns
    said = {s: bool(named) and set(content_stems(label(s))) == named for s in set(starts)}
    out = []
    for table in tables:
        kept = {}
        for node, walks in table.items():
            walks = [
                w
                for w in walks
                if _classifies(w[1]) and not _out_and_back(w[1]) and not said[starts[w[2]]]
            ]
            if walks and own[starts[walks[0][2]]].isdisjoint(classes(node)):
                kept[node] = walks
        out.append(kept)
    size = getattr(graph, "degree", None)  # (an endpoint's graph counts no facts)
    return kind_relations_first(q, out, graph.relation_label, label, schema=HIERARCHY, size=size)


def _readings(top: Candidate, spans: dict[str, tuple[int, int]]) -> list[Candidate]:
    """The readings of an answer reached from several entities of one ambiguous name: one
    candidate per entity, holding that entity's best path; empty where its paths start from
    one entity, from several spans (a joint answer), or from a node no span is known for."""
    starts = list(dict.fromkeys(p.start for p in top.paths))
    if len(starts) < 2 or any(s not in spans for s in starts):
        return []
    if len({spans[s] for s in starts}) > 1:
        return []
    firsts = [next(p for p in top.paths if p.start == s) for s in starts]
    return [replace(top, paths=[p]) for p in firsts]


def namesake_reading(
    top: Candidate,
    named_after: Callable[[str, str], bool],
    held_alone: Callable[[str, str, tuple[str, bool]], bool],
) -> list[Candidate]:
    """The top's first walk read from the node it first reaches, where that node holds the
    named node alone and is named by it ("Apply for a *Blue Badge*", the service that
    ``produces`` the output Blue Badge): a question that names the thing a service gives
    names the service, and the hop back to it is no relation the question must say. Empty
    otherwise (a walk of one hop, or a first node others hold too, or one named otherwise)."""
    first = top.paths[0]
    if len(first.pattern) < 2 or first.pattern[0][1]:
        return []
    start, holder = first.nodes[0], first.nodes[1]
    rel = first.pattern[0][0]
    if not named_after(start, holder) or not held_alone(holder, start, (rel, True)):
        return []
    walk = replace(
        first,
        start=holder,
        pattern=first.pattern[1:],
        nodes=first.nodes[1:],
        facts=first.facts[1:],
    )
    return [replace(top, paths=[walk])]
