"""The ``feature`` strategy's training data: each QA example's candidate relation paths,
labelled.

The topic entity's candidate paths are enumerated as the retriever walks them
(:class:`~kgchat.retrieval.walk.Walk`: 1 to ``max_hops`` hops, both directions, grouped by
relation pattern and the answer type of the node reached). A candidate is positive when it
reaches a gold answer and is the question's own path: the pattern the generator walked
(``pattern`` of a QA line; for a two-constraint question, the topic's constraint), or another
path of as many hops whose reached nodes are nearly all answers (an inverse relation declared
both ways; a longer path landing on the answers is a detour, a negative). QA lines without a
pattern (hand-written sets) take the shortest candidates whose share of answers among the nodes
they reach is at least half the best one's. A path that merely passes one answer among
many unrelated nodes is a negative. Questions without a positive are skipped (and counted in the
manifest).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.qa.sampling import step_name
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.scoring import HeuristicPathScorer, PathQuery
from kgchat.retrieval.walk import Parents, Pattern, Walk
from kgchat.tuning.data import QAExample

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retriever
    from kgchat.tuning.feature_config import FeatureTuningConfig

__all__ = ["QuestionPaths", "Reached", "candidate_paths", "training_examples", "walk_items"]

EQUIVALENT_PRECISION = 0.9  # a path other than the generating one that reaches ~only answers
RELATIVE_PRECISION = 0.5  # without a generating pattern: precision within this of the best


@dataclass
class QuestionPaths:
    """One question's candidate paths, whether each reaches a gold answer, and the untrained
    scorer's score of each."""

    info: QuestionInfo
    paths: list[PathQuery]
    labels: np.ndarray  # bool, one per path
    heuristic: np.ndarray  # float32, one per path
    parts: np.ndarray  # float32 (n, 6): the heuristic's components
    kind: str = ""  # the QA line's kind (1hop, 2hop, conjunction...)


@dataclass
class Reached:
    """What the walk found along one (pattern, answer type): how many nodes it reaches, how many
    of them are gold answers, the path as the scorer reads it and the heuristic's components
    of it (computed once, when the walk scores it for its beam)."""

    nodes: int
    gold: int
    path: PathQuery
    parts: np.ndarray


def _topic(kg: KnowledgeGraph, ex: QAExample, mentions: list[Any]) -> str | None:
    if ex.topic and ex.topic in kg:
        return ex.topic
    if ex.topic:
        wanted = ex.topic.casefold()
        for m in mentions:
            if kg.label(m.node).casefold() == wanted:
                return str(m.node)
    return str(mentions[0].node) if mentions else None


def _gold(kg: KnowledgeGraph, ex: QAExample, node: str, answers: set[str]) -> bool:
    if ex.answer_nodes:
        return node in ex.answer_nodes
    return node in ex.answers or kg.label(node).casefold() in answers


def walk_items(
    retriever: Retriever,
    ex: QAExample,
    topic: str,
    info: QuestionInfo,
    heuristic: HeuristicPathScorer,
    max_hops: int,
) -> dict[tuple[Pattern, tuple[str, ...]], Reached]:
    """Every (pattern, answer type) the retriever's own walk (:class:`~kgchat.retrieval.walk.
    Walk`, with its fan-out, node and beam limits) reaches from ``topic``, with the number of
    nodes it reaches, how many of them are gold answers and the heuristic's components; the
    beam ranks patterns by ``heuristic``, as the untrained retriever does."""
    kg = retriever.kg
    answers = {a.casefold() for a in ex.answers}
    rc = retriever.config
    walk = Walk(
        retriever.edges,
        retriever.is_literal,
        topic,
        max_nodes=rc.max_nodes,
        beam=rc.beam,
        shared=retriever.nameless,
    )
    items: dict[tuple[Pattern, tuple[str, ...]], Reached] = {}
    empty = np.zeros(0, np.float32)

    types_of = retriever.types_for(info)  # the type words the retriever scores with

    free: dict[Pattern, int] = {}  # per pattern, its hops into junction nodes

    def score(grown: Parents) -> dict[Pattern, float]:
        best: dict[Pattern, float] = {}
        new = []
        for pattern, reached in grown.items():
            freed = retriever.junction_hops(free, pattern, reached)
            for node in reached:
                key = (pattern, types_of(node))
                item = items.get(key)
                if item is None:
                    # as the walk scores it: said type words, junction hops free
                    query = retriever.query(*key, (), (), True, freed)
                    item = items[key] = Reached(0, 0, query, empty)
                    new.append(key)
                item.nodes += 1
                item.gold += _gold(kg, ex, node, answers)
        parts = heuristic.components(info, [items[k].path for k in new])
        for key, row in zip(new, parts, strict=True):
            items[key].parts = row
        for (pattern, _t), s in zip(new, heuristic.weigh(parts).tolist(), strict=True):
            best[pattern] = max(best.get(pattern, -math.inf), s)
        return best

    def ahead(patterns: list[Pattern]) -> list[float]:
        # the beam's look one step ahead, by relations alone, as the retriever's walk does
        queries = [retriever.query(p, (), (), (), True, free.get(p[:-1], 0)) for p in patterns]
        return list(heuristic.weigh(heuristic.components(info, queries)).tolist())

    walk.run(max_hops, score, ahead)
    return items


def candidate_paths(
    retriever: Retriever,
    ex: QAExample,
    cfg: FeatureTuningConfig,
    rng: random.Random,
    heuristic: HeuristicPathScorer | None = None,
) -> QuestionPaths | None:
    """The topic entity's candidate paths for one example, labelled (see the module docstring);
    ``None`` when no topic is found or no candidate reaches an answer. ``heuristic`` scores
    them (default: lexical only)."""
    kg = retriever.kg
    mentions = retriever.linker.link(ex.question)
    topic = _topic(kg, ex, mentions)
    if topic is None:
        return None
    info = retriever.read(ex.question, mentions)[0]
    heuristic = heuristic or HeuristicPathScorer()
    items = walk_items(retriever, ex, topic, info, heuristic, cfg.max_hops)
    keys = list(items)
    label = _labels(ex, keys, [[items[k].nodes, items[k].gold] for k in keys])
    if not label.any():
        return None
    paths = [items[k].path for k in keys]
    parts = np.stack([items[k].parts for k in keys])
    heur = heuristic.weigh(parts)
    pos = np.flatnonzero(label).tolist()[: cfg.max_candidates // 2]
    neg = sorted(np.flatnonzero(~label).tolist(), key=lambda i: -heur[i])
    room = cfg.max_candidates - len(pos)
    hard, rest = neg[: room // 2], neg[room // 2 :]
    chosen = pos + hard + rng.sample(rest, min(len(rest), room - len(hard)))
    rng.shuffle(chosen)  # positives first would win every tie of an argmax
    return QuestionPaths(
        info,
        [paths[i] for i in chosen],
        label[chosen],
        heur[chosen].astype(np.float32),
        parts[chosen],
        ex.kind or "",
    )


def _labels(ex: QAExample, keys: list[Any], counts: list[list[int]]) -> np.ndarray:
    """Which candidates answer the question (see the module docstring)."""
    reached = np.array([c[0] for c in counts], float)
    gold = np.array([c[1] for c in counts], float)
    precision = gold / np.maximum(reached, 1.0)
    hops = np.array([len(k[0]) for k in keys])
    if ex.pattern:
        want = ex.pattern[:1] if ex.kind == "conjunction" else ex.pattern
        names = [tuple(step_name(step) for step in k[0]) for k in keys]
        exact = np.array([n == want for n in names])
        # an equivalent path says the same in as many hops (a relation declared both ways);
        # a longer one that lands on the answers is a detour (out and back along another
        # fact): taken as positives, detours were two in three of them (iswc2010), and the
        # listwise loss learned "3 hops is right" instead of which relation the question says
        same = (precision >= EQUIVALENT_PRECISION) & (hops == len(want))
        return (gold > 0) & (exact | same)
    good = (gold > 0) & (precision >= RELATIVE_PRECISION * precision.max())
    return good & (hops == hops[good].min()) if good.any() else good


def training_examples(
    examples: list[QAExample], kg: KnowledgeGraph, cfg: FeatureTuningConfig
) -> list[QAExample]:
    """The training questions the head learns from: without two-constraint questions unless
    ``cfg.conjunctions``, and with ``cfg.drop_words`` a copy of each multi-hop question with
    one relation word left out (:func:`kgchat.qa.reword.drop_relation_word`)."""
    out = [ex for ex in examples if cfg.conjunctions or ex.kind != "conjunction"]
    if cfg.drop_words:
        from dataclasses import replace

        from kgchat.qa.reword import drop_relation_word, relation_stems

        stems = relation_stems(kg)
        for ex in list(out):
            if len(ex.pattern) >= 2 and ex.kind != "conjunction":
                text = drop_relation_word(ex.question, stems, cfg.seed)
                if text:
                    out.append(replace(ex, question=text))
    return out
