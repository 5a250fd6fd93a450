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
        Most facts numbered into the prompt (and among which the ``likelihood`` ranker and a
        freely generating model choose).
    context_facts : int
        With a chosen answer, the facts the model reads are the answer's support (the facts of
        its paths) and this many of the best-ranked others: each fact is prompt the model
        evaluates before its first token, and the reply only states the answer's evidence.
    max_new_tokens : int
        Most tokens the model adds to a reply; a reply gets fewer when its evidence is short
        (``reply_tokens_per_fact`` a supporting fact, beyond a first ``reply_tokens``).
    reply_tokens, reply_tokens_per_fact : int
        The length of a reply in proportion to its evidence (see ``max_new_tokens``).
    min_confidence : float
        Below this confidence of the best candidate (:func:`confidence_of` its score), the
        chatbot abstains, beside every question the retrieval abstains on
        (``Retrieval.abstained``: ``RetrieverConfig.min_confidence``, calibrated on the pooled
        development questions). 0 by default: the chatbot abstains where the retrieval does,
        so chatting loses no answer the retrieval gives. Measured on every development and own
        question (3,071; ``bench/bench_outcomes.py``, thirty-fifth round), the 0.25 used until
        then abstained beyond the retrieval on 23: 10 right answers ("Which products contain
        paracetamol?", "Which enzyme does atorvastatin inhibit?"), 9 wrong ones and 4
        unanswerable questions; every value above 0 on a 0.05 grid loses a right answer
        (0.05: 1 right, 2 wrong, 1 unanswerable). Set it to be stricter than the retrieval.
    max_list : int
        Most answers a list question's reply names (it says how many more there are); 50, so
        that it names every answer the retrieval gives in nearly every case: the retriever
        hands back every candidate tied with the best (up to ``RetrieverConfig.max_nodes``),
        and a reply naming fewer loses recall the retrieval has. The largest tie of right
        answers on the development data is 42 (WC2014's "Who plays at position Midfielder for
        country England?", where 40, the limit until the thirty-fifth round, cut two; our own
        questions' largest is 34, hetio's); 10 until the thirty-fourth round.
    max_described : int
        Most facts a description ("Tell me about X") states (10).
    repetition_penalty : float
        Passed to the backend (> 1 makes a token said before less likely; 1 is off).
    no_repeat_ngram_size : int
        Passed to the backend when > 0 (no n-gram twice). Off by default: transformers applies
        it to the prompt too, so it would stop the reply from copying a fact's longer names.
    evidence_words : bool
        The model may only write whole words of the facts it reads, function words and their
        citations (:mod:`kgchat.chat.vocabulary`, :mod:`kgchat.chat.word_trie`; a backend that
        takes no ``vocabulary`` writes freely). Off by default: with it on, the 135M model keeps
        its words in 25 of 143 development replies instead of 2, but 5 of those are fragments
        that state no relation ("male (the father) [1][2]"), which the claim check passes.
    cite_shown : bool
        The model may cite only the numbers of the facts it was shown: a ``[`` goes on only
        with a shown number's digits (:mod:`kgchat.chat.citation_mask`; a backend that takes
        no ``citations`` cites freely). On by default: on nobel's 32 model replies (the
        default model on llama.cpp) the model's own citations valid 0 -> 3 of 9, its claims
        valid 0.033 -> 0.133, its words kept in 3 replies more; supported answers and
        contradictions unchanged (1.000, 0.000), as on music and shop.
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
    context_facts: int = 0
    max_new_tokens: int = 40
    reply_tokens: int = 16
    reply_tokens_per_fact: int = 12
    min_confidence: float = 0.0
    max_list: int = 50
    max_described: int = 10
    repetition_penalty: float = 1.1
    no_repeat_ngram_size: int = 0
    evidence_words: bool = False
    cite_shown: bool = True
    claim_check: bool = True
    prompts: str | None = None
    timeout: float = 120.0

    def __post_init__(self) -> None:
        check(self.ranker in RANKERS, "ranker", self.ranker, f"one of {RANKERS}")
        for name in (
            "rerank_top",
            "max_facts",
            "max_new_tokens",
            "reply_tokens",
            "max_list",
            "max_described",
        ):
            check(getattr(self, name) >= 1, name, getattr(self, name), "an integer >= 1")
        for name in ("context_facts", "reply_tokens_per_fact", "no_repeat_ngram_size"):
            check(getattr(self, name) >= 0, name, getattr(self, name), "an integer >= 0")
        check(0 <= self.min_confidence <= 1, "min_confidence", self.min_confidence, "in [0, 1]")
        check(self.repetition_penalty >= 1, "repetition_penalty", self.repetition_penalty, ">= 1")
        check(self.timeout > 0, "timeout", self.timeout, "seconds > 0")


def confidence_of(score: float) -> float:
    """Map a retriever score onto [0, 1) (monotone; 0 for no evidence)."""
    return 1.0 - math.exp(-max(0.0, score))
