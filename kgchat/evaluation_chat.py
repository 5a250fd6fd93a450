"""Chat-mode evaluation (:func:`evaluate_chat`, ``kgchat eval --mode chat``): the grounded
chatbot's replies scored like retrieval (hits@1 on the answer the reply gives, F1 over every
answer it names) plus the reply's own figures, :data:`CHAT_KEYS` (citation validity before and
after the claim check, supported answers, contradictions, repairs, first-text latency).
Re-exported by :mod:`kgchat.evaluation`.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from kgchat.evaluation import (
    METRIC_KEYS,
    EvalReport,
    QAItem,
    _failed,
    _failure,
    _report,
    _row,
    _share,
)
from kgchat.text import answer_key, symbols_said

__all__ = ["CHAT_KEYS", "answer_in_text", "evaluate_chat"]

CHAT_KEYS = (
    *METRIC_KEYS,
    "citation_validity",
    "raw_citation_validity",
    "raw_claim_validity",
    "raw_contradiction_rate",
    "supported_answer_rate",
    "contradiction_rate",
    "repair_rate",
    "abstention_rate",
    "first_text_p50_ms",
    "first_token_p50_ms",
    "generation_p50_ms",
    "tokens_per_s",
)


def _words(text: str) -> str:
    return " " + " ".join(re.sub(r"[^\w]+", " ", answer_key(text)).split()) + " "


def answer_in_text(text: str, answers: Iterable[str]) -> bool:
    """True when one of ``answers`` occurs in ``text`` as whole words (after normalising case,
    underscores, punctuation and spaces on both sides).

    >>> answer_in_text("Mexico: Tigres UANL is in country Mexico [2].", ["mexico"])
    True
    >>> answer_in_text("1. FC Nuernberg: a club [1].", ["1. FC Nuernberg"])
    True
    >>> answer_in_text("Mexicocity", ["Mexico"])
    False
    >>> answer_in_text("€: Casa price range € [1].", ["€"]), answer_in_text("€€ [1]", ["€"])
    (True, False)
    """
    norm = _words(text)
    # an answer of symbols alone ("€€€", a price range) is stated as written
    return any(_words(a) in norm if _words(a).strip() else symbols_said(text, a) for a in answers)


def evaluate_chat(
    bot: Any, items: Sequence[QAItem], *, progress: bool | None = None, max_failures: int = 20
) -> EvalReport:
    """Ask the chatbot every question; the retrieval metrics plus the claim check's figures,
    abstention rate, latency to the first text and to the model's first token, generation time
    and speed.

    In chat mode ``hits_at_1`` means the answer the reply gives (:attr:`kgchat.chat.Answer.answer`,
    the first of a list) is a correct one and the reply's text states it, as retrieval's top
    answer is judged (a correct entity named only in the reply's evidence is no hit), and the
    chatbot did not abstain (:attr:`kgchat.chat.Answer.abstained`); ``f1`` is measured on every
    answer the reply names (:attr:`kgchat.chat.Answer.answers`). The claim check is
    :func:`kgchat.chat.claims.check_reply`: a citation ``[n]`` is valid when fact ``n`` was given
    and supports the sentence it follows. ``raw_citation_validity`` is the share of the
    model's own citations, in its reply before the guard's repair, that are valid;
    ``citation_validity`` the same for the final reply (None when no reply cites).
    ``raw_claim_validity`` is the share of the claims the model stated beyond the bare answer
    that the check passes, before the guard's repair (an uncited reply read as citing the
    answer's supporting facts, as the guard reads it; None when the model stated none), and
    ``raw_contradiction_rate`` the share of the model's replies with a claim that reverses or
    negates a fact: the model's own figures, where the others are the final reply's, which the
    guard repairs (a small model that cites nothing has no ``raw_citation_validity``).
    ``supported_answer_rate`` is the share of non-abstained replies whose answer entity is an end
    of a cited fact on the answer's path; ``contradiction_rate`` the share of non-abstained
    replies with a claim that states a cited fact the wrong way round or negates it;
    ``repair_rate`` the share of the model's replies that the guard changed.

    Examples
    --------
    >>> from kgchat import KnowledgeGraph
    >>> from kgchat.chat import ChatBot
    >>> from kgchat.chat.backends import TemplateBackend
    >>> from kgchat.evaluation import QAItem
    >>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
    >>> items = [QAItem(1, "What does Aspirin treat?", ("Headache",))]
    >>> m = evaluate_chat(ChatBot(kg, backend=TemplateBackend()), items, progress=False).metrics
    >>> m["hits_at_1"], m["citation_validity"], m["abstention_rate"]
    (1.0, 1.0, 0.0)
    """
    from tqdm.auto import tqdm

    from kgchat.chat.claims import graph_names
    from kgchat.chat.reply_check import check_reply

    kg = getattr(bot, "kg", None)
    names = graph_names(kg) if kg is not None else frozenset()
    rows: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    checks = []
    extra: dict[str, list[float]] = defaultdict(list)
    abstained = tokens = 0
    gen_seconds = 0.0
    for item in tqdm(items, desc="chat eval", unit="q", disable=progress is False, mininterval=1.0):
        t0 = time.perf_counter()
        a = bot.ask(item.question)
        seconds = time.perf_counter() - t0
        # the answer the reply gives is a correct one, and the reply states it (a correct
        # entity that only its evidence names is no hit: "X: Y plays for Z [1]" answers X)
        hit = (
            not a.abstained
            and a.answer is not None
            and answer_key(a.answer) in {answer_key(g) for g in item.answers}
            and answer_in_text(a.text, [a.answer])
        )
        checks.append(check_reply(kg, a, names, getattr(bot, "paraphrase", None)))
        abstained += a.abstained
        tokens += a.tokens
        gen_seconds += a.timings.get("generation", 0.0)
        for key in ("first_text", "first_token", "generation"):
            if key in a.timings:
                extra[key].append(a.timings[key] * 1000)
        # a list question's reply names several answers: F1 is measured on all it names
        predicted = list(getattr(a, "answers", None) or ([a.answer] if a.answer else []))
        rows.append(_row(item, hit, a.abstained, predicted, a.given, a.entities, seconds))
        if _failed(rows[-1]) and len(failures) < max_failures:
            failures.append(_failure(item, a.text))
    report = _report(rows, failures)
    metrics = report.metrics
    n = max(1, len(rows))
    metrics.update(
        {
            "citation_validity": _ratio(sum(c.valid for c in checks), sum(c.cited for c in checks)),
            "raw_citation_validity": _ratio(
                sum(c.raw_valid for c in checks), sum(c.raw_cited for c in checks)
            ),
            "raw_claim_validity": _ratio(
                sum(c.raw_claims_valid for c in checks), sum(c.raw_claims for c in checks)
            ),
            "raw_contradiction_rate": _share(
                [c.raw_contradiction for c in checks if c.raw_contradiction is not None]
            ),
            "supported_answer_rate": _share(
                [c.supported for c in checks if c.supported is not None]
            ),
            "contradiction_rate": _share(
                [c.contradiction for c in checks if c.contradiction is not None]
            ),
            "repair_rate": _share([c.repaired for c in checks if c.repaired is not None]),
            "abstention_rate": round(abstained / n, 4),
            "first_text_p50_ms": _p50(extra["first_text"]),
            "first_token_p50_ms": _p50(extra["first_token"]),
            "generation_p50_ms": _p50(extra["generation"]),
            "tokens_per_s": round(tokens / gen_seconds, 2) if gen_seconds else None,
        }
    )
    return report


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _p50(values: list[float]) -> float | None:
    return round(float(np.percentile(values, 50)), 1) if values else None
