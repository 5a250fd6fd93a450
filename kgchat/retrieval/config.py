"""The retriever's one config, :class:`RetrieverConfig` (how far and wide it walks, what it
hands back, when it abstains).

>>> RetrieverConfig(max_hops=2).max_hops
2
"""

from __future__ import annotations

from dataclasses import dataclass

from kgchat.config import Config, check

__all__ = ["RetrieverConfig"]


@dataclass(frozen=True)
class RetrieverConfig(Config):
    """How far and how wide the retriever walks, and how much it hands back.

    Attributes
    ----------
    max_hops : int
        Longest relation path walked (1 to 3).
    beam : int
        Relation patterns kept after each hop for the next one.
    max_fanout : int
        Edges followed from one node (hubs are sampled, not exhausted).
    max_nodes : int
        Nodes kept per relation pattern.
    max_facts : int
        Most facts handed to the prompt.
    token_budget : int
        Most (estimated) tokens of fact text handed to the prompt.
    max_candidates : int
        Candidate answers returned.
    max_question_chars : int
        A longer question is cut to this many characters, for retrieval and (through
        ``Retrieval.question``) for the chatbot's prompt alike.
    min_confidence : float
        Below this confidence of the best answer (how well its path says the question's
        relation, :mod:`kgchat.retrieval.confidence`) the retrieval abstains: the candidates
        stay listed, ``Retrieval.abstained`` is True.
    """

    max_hops: int = 3
    beam: int = 12
    max_fanout: int = 300
    max_nodes: int = 400
    max_facts: int = 24
    token_budget: int = 600
    max_candidates: int = 10
    max_question_chars: int = 10_000
    min_confidence: float = 0.20

    def __post_init__(self) -> None:
        check(1 <= self.max_hops <= 3, "max_hops", self.max_hops, "1, 2 or 3")
        for name in (
            "beam",
            "max_fanout",
            "max_nodes",
            "max_facts",
            "token_budget",
            "max_candidates",
            "max_question_chars",
        ):
            check(getattr(self, name) >= 1, name, getattr(self, name), "an integer >= 1")
        check(0 <= self.min_confidence <= 1, "min_confidence", self.min_confidence, "in [0, 1]")
