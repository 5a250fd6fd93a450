"""Which of the wholes a transitive relation ties comes first: the one nothing tied is in.

A graph that states a hierarchy's closure (``skos:broaderTransitive``, a materialised
``partOf+``) reaches every ancestor of a thing by one hop of one relation, so "What family is
Deutsch in?" ties West Germanic, Germanic and Indo-European at one score, and the order of a
tie (:meth:`~kgchat.retrieval.results.Candidate.rank_key`: by IRI) says nothing of the question.
Where every one of them is of the class the question names ("family"), the class names no
level of the hierarchy, so the word asks for the whole of that class: the one of them not in
another of them by the same relation (the root of the tied chain). A taxonomy whose ranks are
classes of their own ("genus", "family") ties no two answers of the class named; a graph that
states only the nearest parent ties nothing; a question that names no class, or asks the
parts rather than the whole (:func:`~kgchat.retrieval.containment.containment_asked`), is left
as it is.

>>> from kgchat.retrieval.question import analyze
>>> from kgchat.retrieval.results import Path
>>> class KG:
...     up = {"West": {"Germanic", "IE"}, "Germanic": {"IE"}}
...     def neighbors(self, node, direction="both", limit=None):
...         from kgchat.graph.view import Edge
...         return [Edge(0, n, "bt", True) for n in sorted(self.up.get(node, ()))]
...     def types(self, node):
...         return ["Family"]
...     def label(self, node):
...         return node
>>> def c(node):
...     path = Path("Deutsch", (("bt", True),), ("Deutsch", node), (0,), 2.0)
...     return Candidate(node, node, 2.0, [path])
>>> q = analyze("What family is Deutsch in?", [(3, 4)])
>>> [x.node for x in broadest_first(q, KG(), [c("Germanic"), c("IE"), c("West")])]
['IE', 'Germanic', 'West']
"""

from __future__ import annotations

from typing import Any

from kgchat.retrieval.containment import containment_asked
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate
from kgchat.text import stem, tokens

__all__ = ["broadest_first"]


def _class_named(q: QuestionInfo, kg: Any, nodes: list[str]) -> bool:
    """Whether a class every one of ``nodes`` is an instance of is named by a word of the
    type the question asks (by stem: "families" names ``Family``)."""
    shared = set(kg.types(nodes[0]))
    for n in nodes[1:]:
        shared &= set(kg.types(n))
    asked = {stem(w) for w in q.answer_type}
    return any(asked & {stem(t) for t in tokens(kg.label(c).lower())} for c in shared)


def _rooted(kg: Any, candidates: list[Candidate], start: str) -> list[Candidate] | None:
    """The order :func:`broadest_first` gives the candidates tied with the first and
    reached from ``start`` by one hop, or None where they form no chain of those hops."""
    best = candidates[0].rank_key()[0]  # (a tie as the ranking reads one)
    hops: dict[str, set[tuple[str, bool]]] = {}
    for c in candidates:
        if c.rank_key()[0] != best:
            continue
        for p in c.paths:
            if p.start == start and len(p.pattern) == 1:
                hops.setdefault(c.node, set()).add(p.pattern[0])
    if len(hops) < 2:
        return None
    said = set().union(*hops.values())
    inside = {
        n
        for n in hops
        if any(
            (e.predicate, e.forward) in said and e.neighbor in hops and e.neighbor != n
            for e in kg.neighbors(n, limit=512)
        )
    }
    if not inside or inside == set(hops):
        return None
    tied = [c for c in candidates if c.node in hops]
    return [c for c in tied if c.node not in inside] + [c for c in tied if c.node in inside]


def broadest_first(q: QuestionInfo, kg: Any, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with, of those tied with the first by one of the first's one-hop walks
    (its start and relation), the ones in no other tied one by that relation put first,
    where the question asks the whole its entity is in, the tied ones form a chain of that
    relation (one is in another) and all are of a class the question names; as given
    otherwise. The tie keeps its places and scores; only its order within them changes."""
    if len(candidates) < 2 or not q.answer_type or containment_asked(q) != "up":
        return candidates
    for start in dict.fromkeys(p.start for p in candidates[0].paths if len(p.pattern) == 1):
        order = _rooted(kg, candidates, start)
        if order is None:
            continue
        if not _class_named(q, kg, sorted(c.node for c in order)):
            return candidates
        nodes = {c.node for c in order}
        it = iter(order)
        return [next(it) if c.node in nodes else c for c in candidates]
    return candidates
