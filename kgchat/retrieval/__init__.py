"""Retrieval: from a question to linked entities, ranked relation paths, facts and answers."""

from kgchat.retrieval.question import QuestionInfo, analyze
from kgchat.retrieval.retriever import (
    Candidate,
    Path,
    Retrieval,
    Retriever,
    RetrieverConfig,
    ScoredFact,
)
from kgchat.retrieval.scoring import HeuristicPathScorer, PathQuery, PathScorer, ScorerConfig

__all__ = [
    "Candidate",
    "HeuristicPathScorer",
    "Path",
    "PathQuery",
    "PathScorer",
    "QuestionInfo",
    "Retrieval",
    "Retriever",
    "RetrieverConfig",
    "ScoredFact",
    "ScorerConfig",
    "analyze",
]
