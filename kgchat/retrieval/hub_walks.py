"""Walks that reach an answer through a value many things share.

``X -r-> H <-r- Y`` relates Y to X only by H, and where H is held by many (a coded status, a
level of a classification, a genre) Y is any of them: a peer of X, never X's own value.
"What is the top-level family of Afrikaans?" walked up to Afrikaans's parent, out to its
level ``family`` and back to any other family; "Who composed the music for X?" out to X's
genre, back to another game of it (over the relation's copy of the same name) and on to that
game's composer. The confidence judges an answer that only such walks reach 0
(:class:`~kgchat.retrieval.confidence.AnswerConfidence`): a value shared by few (a director,
a club) still ties its holders, as the middle hops' support judges
(:class:`~kgchat.retrieval.middle_hops.MiddleHops`), and so does the walk out from X and
back and no further, X's own peers ("Who works at the same organization as X?"), which
naming X says.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval.results import Path
>>> kg = KnowledgeGraph.from_triples(
...     [(f"g{i}", "genre", "Action") for i in range(8)] + [("g1", "composer", "Kondo")])
>>> walk = Path("g0", (("genre", True), ("genre", False), ("composer", True)),
...             ("g0", "Action", "g1", "Kondo"), (0, 1, 8), 1.0)
>>> through_hub(kg, walk)
True
>>> through_hub(kg, walk, most=8)
False
>>> through_hub(kg, Path("g0", walk.pattern[:2], walk.nodes[:3], (0, 1), 1.0))  # X's peers
False
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from kgchat.linking_config import LinkerConfig
from kgchat.retrieval.walk import turns_back

__all__ = ["HUB_HOLDERS", "through_hub"]

# more holders than the linker keeps readings of one name: a value so shared names none of them
HUB_HOLDERS = LinkerConfig.max_candidates


def through_hub(kg: Any, path: Any, most: int = HUB_HOLDERS) -> bool:
    """Whether ``path`` (a :class:`~kgchat.retrieval.results.Path`) walks out over a relation
    to a node and straight back over it, or over a relation of the same name (a copy of it,
    ``dbo:genre`` and ``dbp:genre``), where more than ``most`` things hold that node by the
    relation walked back: what it reaches shares a common value with what it left. A walk that
    is that out and back and no more, from its start, reaches the start's own peers, which a
    question asks by naming the start ("the other films of X's director"): not counted."""
    hops = path.pattern
    for i, ((rel, fwd), (nxt, nfwd)) in enumerate(pairwise(hops)):
        if fwd == nfwd or not fwd or (i == 0 and i + 2 == len(hops)):
            # (out from X and back, the walk's whole: X's own peers, which naming X says,
            # "the other films of X's director", "who works at the same organization as X")
            continue
        copy = kg.relation_label(rel) == kg.relation_label(nxt)  # (dbo:genre, dbp:genre)
        if not (turns_back((rel, fwd), (nxt, nfwd)) or copy):
            continue
        hub = path.nodes[i + 1]
        holders = {
            e.neighbor for e in kg.neighbors(hub, direction="in", limit=256) if e.predicate == nxt
        }
        if len(holders) > most:
            return True
    return False
