"""What the retriever hands back: candidates with their paths, numbered facts, timings.

Examples
--------
>>> r = Retrieval("Who?", [], [], [], {"linking": 0.001})
>>> r.answer is None, r.to_dict()["abstained"]
(True, True)
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from kgchat.graph.view import Fact
from kgchat.linking import Mention
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.walk import Pattern

__all__ = [
    "Candidate",
    "Path",
    "Retrieval",
    "ScoredFact",
    "Unconfirmed",
    "estimate_tokens",
    "handed_back",
    "tied_through",
]


@dataclass(frozen=True)
class Path:
    """One walk from a topic entity to a candidate: nodes, facts (handles) and score."""

    start: str
    pattern: Pattern
    nodes: tuple[str, ...]
    facts: tuple[int, ...]
    score: float


@dataclass(frozen=True, slots=True)
class PendingPath:
    """A scored walk not yet traced into a :class:`Path` (tracing is for the final few)."""

    score: float
    pattern: Pattern
    start: str
    parents: dict[Pattern, dict[str, tuple[str | None, int]]]

    def trace(self, node: str) -> Path:
        """Rebuild the node/fact chain from the parent pointers."""
        nodes, facts = [node], []
        cur: str | None = node
        for k in range(len(self.pattern), 0, -1):
            parent, fact = self.parents[self.pattern[:k]][cur]  # type: ignore[index]
            facts.append(fact)
            nodes.append(parent)  # type: ignore[arg-type]
            cur = parent
        nodes.reverse()
        facts.reverse()
        return Path(self.start, self.pattern, tuple(nodes), tuple(facts), self.score)


@dataclass
class Candidate:
    """A candidate answer: node, label, score, and the paths that support it."""

    node: str
    label: str
    score: float
    paths: list[Path] = field(default_factory=list)

    def rank_key(self) -> tuple[float, str]:
        """Best first; scores equal to 1e-6 tie, broken by node: an order must not hang on
        the last bits of a float, which differ with how an encoder batched its inputs."""
        return (-round(self.score, 6), self.node)

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form."""
        return {
            "node": self.node,
            "label": self.label,
            "score": round(self.score, 4),
            "paths": [[list(p.pattern), list(p.nodes)] for p in self.paths],
        }


def handed_back(candidates: list[Candidate], least: int, most: int) -> int:
    """How many of ``candidates`` (ranked, best first) to hand back: ``least``, or every one
    tied with the best (:meth:`Candidate.rank_key`'s rounding) up to ``most``. A list
    question's answers tie ("Which movies did X direct?": 32 films), and the first
    ``least`` of them by name are no better than the rest.

    >>> c = [Candidate(n, n, 1.0) for n in "abcd"] + [Candidate("e", "e", 0.5)]
    >>> handed_back(c, 2, 10), handed_back(c, 2, 3), handed_back(c, 5, 10)
    (4, 3, 5)
    """
    if not candidates:
        return least
    return max(least, min(_tied_run(candidates, 0), most))


def tied_through(candidates: list[Candidate], least: int) -> int:
    """How many of ``candidates`` (ranked, best first) are the first ``least`` and every one
    tied with the ``least``-th (:meth:`Candidate.rank_key`'s rounding): a cut inside a tie
    keeps those first by name, which says nothing of them.

    >>> c = [Candidate(n, n, s) for n, s in zip("abcde", (2.0, 1.0, 1.0, 1.0, 0.5))]
    >>> tied_through(c, 2), tied_through(c, 1), tied_through(c, 9)
    (4, 1, 5)
    """
    if len(candidates) <= least or least < 1:
        return min(len(candidates), max(least, 0))
    return least - 1 + _tied_run(candidates, least - 1)


def _tied_run(candidates: list[Candidate], i: int) -> int:
    """How many of ``candidates`` from the ``i``-th on (it included) tie with it."""
    first = candidates[i].rank_key()[0]
    return sum(1 for _ in itertools.takewhile(lambda c: c.rank_key()[0] == first, candidates[i:]))


@dataclass(frozen=True)
class ScoredFact:
    """A retrieved fact with its rank score."""

    fact: Fact
    score: float


@dataclass(frozen=True, slots=True)
class Unconfirmed:
    """A yes/no question's class claim that the graph confirms in part only ("Is Metallica a
    British band?": its type fact says it is a band, no fact says it is British): the entity,
    the class, the paths that confirm what they can (its membership, the qualifiers some fact
    says) and the qualifier words no fact says (:mod:`kgchat.retrieval.qualifiers`)."""

    entity: str
    cls: str
    paths: tuple[Path, ...]
    words: tuple[str, ...]


@dataclass
class Retrieval:
    """What the retriever found for a question."""

    question: str
    mentions: list[Mention]
    facts: list[ScoredFact]
    candidates: list[Candidate]
    timings: dict[str, float]
    message: str = ""
    confidence: float = 0.0
    abstained: bool = True
    # the question as the retriever read it against the graph (its words outside the mentions,
    # answer type...: Retriever.read), for readers after it; None when nothing was linked
    reading: QuestionInfo | None = None
    # a yes/no question's class claim confirmed in part only (no candidate says "yes")
    unconfirmed: Unconfirmed | None = None

    @property
    def answer(self) -> str | None:
        """The top candidate's label, or None."""
        return self.candidates[0].label if self.candidates else None

    def facts_block(self) -> str:
        """The facts, numbered from 1, one a line, as they go into a prompt."""
        return "\n".join(f"[{i}] {sf.fact.text}" for i, sf in enumerate(self.facts, 1))

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form."""
        return {
            "question": self.question,
            "answer": self.answer,
            "mentions": [m.to_dict() for m in self.mentions],
            "facts": [
                dict(sf.fact.to_dict(), n=i, score=round(sf.score, 4))
                for i, sf in enumerate(self.facts, 1)
            ],
            "candidates": [c.to_dict() for c in self.candidates],
            "timings_ms": {k: round(v * 1000, 2) for k, v in self.timings.items()},
            "message": self.message,
            "confidence": round(self.confidence, 4),
            "abstained": self.abstained,
        }


def estimate_tokens(text: str) -> int:
    """A cheap token estimate (about 4 characters a token) for budgeting prompts."""
    return len(text) // 4 + 1
