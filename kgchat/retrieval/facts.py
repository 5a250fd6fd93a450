"""Which facts a retrieval hands to the prompt, and in what order.

The best answers' paths first, then what the topic entities say directly, then the paths of
the runners-up: the prompt sees the evidence in the order it matters, within ``max_facts``
and a token budget (``RetrieverConfig``).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval.results import Candidate, Path
>>> from kgchat.retrieval.retriever import RetrieverConfig
>>> kg = KnowledgeGraph.from_triples([("A", "r", "B"), ("A", "s", "C")])
>>> best = Candidate("B", "B", 1.0, [Path("A", (("r", True),), ("A", "B"), (0,), 1.0)])
>>> [sf.fact.text for sf in select_facts(kg, [best], [kg.neighbors("A")], RetrieverConfig())]
['A — r → B', 'A — s → C']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kgchat.retrieval.results import Candidate, ScoredFact, estimate_tokens

if TYPE_CHECKING:
    from kgchat.retrieval.retriever import RetrieverConfig

__all__ = ["CLOSE_MARGIN", "select_facts"]

CLOSE_MARGIN = 0.25  # candidates this close to the best one count as answers too


def select_facts(
    kg: Any,
    candidates: Sequence[Candidate],
    topic_edges: Sequence[Sequence[Any]],
    config: RetrieverConfig,
) -> list[ScoredFact]:
    """The numbered facts of a retrieval: the paths of candidates within
    :data:`CLOSE_MARGIN` of the best, then the topic entities' own edges (``topic_edges``,
    one list per mention), then the other candidates' paths. Each fact is read from the
    graph once (a fact's names and id are worked out as it is read)."""
    chosen: dict[int, tuple[Any, float]] = {}  # handle -> the fact, its score
    budget = config.token_budget

    def take(handle: int, score: float) -> bool:
        nonlocal budget
        if handle in chosen or handle < 0:
            return True
        if len(chosen) >= config.max_facts:
            return False
        fact = kg.fact(handle)
        cost = estimate_tokens(fact.text)
        if cost > budget:
            return False
        budget -= cost
        chosen[handle] = (fact, score)
        return True

    top = candidates[0].score if candidates else 0.0
    close = [c for c in candidates if c.score >= top - CLOSE_MARGIN]
    rest = [c for c in candidates[: config.max_candidates] if c.score < top - CLOSE_MARGIN]
    tiers: list[list[tuple[int, float]]] = [
        [(h, c.score) for c in close for p in c.paths for h in p.facts],
        [(e.fact, top - CLOSE_MARGIN) for edges in topic_edges for e in edges],
        [(h, c.score) for c in rest for p in c.paths for h in p.facts],
    ]
    for tier in tiers:
        for h, score in tier:
            if not take(h, score):
                break
    return [ScoredFact(fact, s) for fact, s in chosen.values()]
