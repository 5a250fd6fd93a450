"""The dev check of a learned path scorer: does it answer more dev questions than the untrained
scorer, significantly (a paired one-sided sign test)? Only then does ``kgchat tune --strategy
feature`` make it the graph's default scorer (:func:`kgchat.pipeline.graph_scorer`).
"""

from __future__ import annotations

import logging
import math
import time
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from kgchat.retrieval import Retriever
    from kgchat.retrieval.learned import LearnedPathScorer
    from kgchat.tuning.data import QAExample
    from kgchat.tuning.feature_config import FeatureTuningConfig

__all__ = ["GATE_P", "dev_gate", "people_dev", "sign_test", "verdict"]

logger = logging.getLogger(__name__)


def dev_gate(
    retriever: Retriever,
    scorer: LearnedPathScorer,
    dev: list[QAExample],
    limit: int,
    seed: int,
    show: bool,
) -> dict[str, Any] | None:
    """Retrieval hits@1 on (up to ``limit``) answerable dev questions, untrained scorer vs
    learned, the same retriever otherwise, question by question; ``None`` when there is
    nothing to check.

    ``better`` is a one-sided sign test on the questions where the two disagree: the learned
    scorer must win significantly more of them than it loses (p < :data:`GATE_P`). A single net
    question won is no evidence: on a 200-per-kind medicine set and two real-world graphs such
    wins made a scorer the default that was worse on held-out questions.
    """
    from kgchat.evaluation import QAItem, answer_key, sample
    from kgchat.retrieval import Retriever

    items = [QAItem(i + 1, ex.question, ex.answers) for i, ex in enumerate(dev) if ex.answers]
    items = sample(items, limit, seed) if limit else []
    if not items:
        return None
    kg, index, config = retriever.kg, retriever.index, retriever.config
    plain = Retriever(kg, index, scorer=scorer.heuristic, config=config)
    with_head = Retriever(kg, index, scorer=scorer, config=config)
    hits: dict[str, list[bool]] = {"untrained": [], "learned": []}
    ms: dict[str, list[float]] = {"untrained": [], "learned": []}
    from tqdm.auto import tqdm

    for item in tqdm(items, desc="dev check", unit="q", disable=not show, mininterval=2.0):
        gold = {answer_key(a) for a in item.answers}
        for name, r in (("untrained", plain), ("learned", with_head)):
            t0 = time.perf_counter()
            res = r.retrieve(item.question)
            ms[name].append((time.perf_counter() - t0) * 1000)
            hits[name].append(bool(res.candidates) and answer_key(res.answer or "") in gold)
    wins = sum(b and not a for a, b in zip(hits["untrained"], hits["learned"], strict=True))
    losses = sum(a and not b for a, b in zip(hits["untrained"], hits["learned"], strict=True))
    p = sign_test(wins, losses)
    out = {
        "questions": len(items),
        "untrained_hits_at_1": round(float(np.mean(hits["untrained"])), 4),
        "learned_hits_at_1": round(float(np.mean(hits["learned"])), 4),
        "wins": wins,
        "losses": losses,
        "p_value": round(p, 4),
        "better": wins > losses and p < GATE_P,
        "untrained_p50_ms": round(float(np.median(ms["untrained"])), 2),
        "learned_p50_ms": round(float(np.median(ms["learned"])), 2),
    }
    logger.info("dev retrieval: %s", out)
    return out


def verdict(gate: dict[str, Any] | None, cfg: FeatureTuningConfig) -> tuple[bool, str | None]:
    """Whether the learned scorer becomes the graph's default, and why not when it won only
    on generated questions.

    A win on generated questions is no evidence about people's: on the three real-world
    graphs, heads that won their generated check clearly lost people's development questions
    (README, "People's questions"). So only a check on people's questions (``gate_file``)
    decides, unless ``default_on_generated``.

    >>> from kgchat.tuning.feature_config import FeatureTuningConfig
    >>> verdict({"better": True}, FeatureTuningConfig())[0]
    False
    >>> verdict({"better": True}, FeatureTuningConfig(gate_file="q.jsonl"))
    (True, None)
    """
    better = bool(gate and gate["better"])
    if not better or cfg.gate_file or cfg.default_on_generated:
        return better, None
    return False, (
        "better on generated questions only: 'auto' keeps the untrained scorer until people's "
        "questions confirm it (--option gate_file=questions.jsonl)"
    )


def people_dev(path: str) -> list[QAExample]:
    """The development half of a question file written by people (``kgchat eval --questions``
    format; :func:`kgchat.evaluation.split_items`, the questions of ``kgchat eval --split
    dev``), as the dev check's questions.

    Raises
    ------
    DataError
        A file with no usable line.
    """
    from kgchat.errors import DataError
    from kgchat.evaluation import read_questions, split_items
    from kgchat.tuning.data import QAExample

    items, problems = read_questions(path)
    if not items:
        raise DataError(f"{path}: no question to check the scorer on ({'; '.join(problems[:3])})")
    dev, _ = split_items(items)
    return [QAExample.from_dict({"question": i.question, "answers": list(i.answers)}) for i in dev]


GATE_P = 0.05  # the learned scorer becomes the default only on a significant dev win


def sign_test(wins: int, losses: int) -> float:
    """One-sided exact sign test: the chance of at least ``wins`` successes in ``wins +
    losses`` fair coin flips (1.0 when there is no disagreement).

    >>> round(sign_test(1, 0), 3), round(sign_test(8, 1), 3), sign_test(0, 0)
    (0.5, 0.02, 1.0)
    """
    n = wins + losses
    if n == 0:
        return 1.0
    return sum(math.comb(n, k) for k in range(wins, n + 1)) / 2**n
