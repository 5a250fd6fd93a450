"""How the chatbot answers: :class:`ChatConfig`, and the confidence it reads from a score.

>>> ChatConfig(max_list=3).max_list
3
>>> round(confidence_of(1.0), 3)
0.632
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kgchat.config import Config, check

__all__ = ["RANKERS", "ChatConfig", "confidence_of"]

RANKERS = ("retriever", "likelihood", "generate")


@dataclass(frozen=True)
class ChatConfig(Config):
    """How the chatbot answers.

    Attributes
    ----------
    ranker : str
        ``retriever``, ``likelihood`` or ``generate`` (see the module docstring).
    rerank_top : int
        Candidates the ``likelihood`` ranker considers.
    max_facts : int
        Most facts numbered into the prompt.
    max_new_tokens : int
        Most tokens the model adds to a reply; a reply gets fewer when its evidence is short
        (``reply_tokens_per_fact`` a supporting fact, beyond a first ``reply_tokens``).
    reply_tokens, reply_tokens_per_fact : int
        The length of a reply in proportion to its evidence (see ``max_new_tokens``).
    min_confidence : float
        Below this confidence of the best candidate (:func:`confidence_of` its score), the
        chatbot abstains. 0.3 is the largest threshold (0.1 steps) that loses no correct
        answer on the development questions: the real-world half (84, 6 unanswerable; the
        lowest correct answer at 0.57), 300 WC2014 and 200 of medicine's generated dev
        (0.4 loses 14 of 166 there, 0.5 16 of 300 WC2014). On the real-world half it abstains
        on 5 of 6 unanswerable questions and on 10 of 78 answerable ones: 8 are the retrieval's
        own abstentions, and the other 2 would have been wrong answers.
    max_list : int
        Most answers a list question's reply names (it says how many more there are); 10, the
        retriever's own number of candidates, so that the reply names every one it ranks.
    repetition_penalty : float
        Passed to the backend (> 1 makes a token said before less likely; 1 is off).
    no_repeat_ngram_size : int
        Passed to the backend when > 0 (no n-gram twice). Off by default: transformers applies
        it to the prompt too, so it would stop the reply from copying a fact's longer names.
    claim_check : bool
        Drop the claims of a reply that the claim check rejects (see the module docstring);
        off, only invalid citations are dropped (an ablation, and how a bad reply is measured).
    prompts : str, optional
        A JSON file of prompt templates overriding the packaged ones.
    timeout : float
        Seconds one request to an HTTP backend may take in all, streaming included (a call,
        retries included, ends within 2.5 times this); see :mod:`kgchat.chat.http`.
    """

    ranker: str = "retriever"
    rerank_top: int = 5
    max_facts: int = 12
    max_new_tokens: int = 40
    reply_tokens: int = 16
    reply_tokens_per_fact: int = 12
    min_confidence: float = 0.3
    max_list: int = 10
    repetition_penalty: float = 1.1
    no_repeat_ngram_size: int = 0
    claim_check: bool = True
    prompts: str | None = None
    timeout: float = 120.0

    def __post_init__(self) -> None:
        check(self.ranker in RANKERS, "ranker", self.ranker, f"one of {RANKERS}")
        for name in ("rerank_top", "max_facts", "max_new_tokens", "reply_tokens", "max_list"):
            check(getattr(self, name) >= 1, name, getattr(self, name), "an integer >= 1")
        for name in ("reply_tokens_per_fact", "no_repeat_ngram_size"):
            check(getattr(self, name) >= 0, name, getattr(self, name), "an integer >= 0")
        check(0 <= self.min_confidence <= 1, "min_confidence", self.min_confidence, "in [0, 1]")
        check(self.repetition_penalty >= 1, "repetition_penalty", self.repetition_penalty, ">= 1")
        check(self.timeout > 0, "timeout", self.timeout, "seconds > 0")


def confidence_of(score: float) -> float:
    """Map a retriever score onto [0, 1) (monotone; 0 for no evidence)."""
    return 1.0 - math.exp(-max(0.0, score))
