"""What the steps of :meth:`~kgchat.retrieval.retriever.Retriever.retrieve`
(:mod:`kgchat.retrieval.retrieve_steps`) hand on: the question read (:class:`Asked`), the
walks from its mentions (:class:`Walked`), the ranking as the steps leave it
(:class:`Ranked`), and what is handed back (:class:`Answered`).

Examples
--------
>>> from kgchat.linking import Mention
>>> from kgchat.retrieval.question import analyze
>>> said = "which gene does Ann code"
>>> m, gene = Mention("Ann", 3, 4, "Ann", 1.0), Mention("gene", 1, 2, "Gene", 1.0, is_class=True)
>>> a = Asked(said, said, analyze(said, [(1, 2), (3, 4)]), [m, gene], [m, gene], set(), set())
>>> a.spans, a.typed
({'Ann': (3, 4), 'Gene': (1, 2)}, frozenset({'Gene'}))
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kgchat.linking import Mention
from kgchat.retrieval.combine import Entry
from kgchat.retrieval.counting import Count
from kgchat.retrieval.language_asked import AskedLanguage
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import asks_type_at
from kgchat.retrieval.results import Candidate, ScoredFact
from kgchat.retrieval.walk import Pattern

__all__ = ["Answered", "Asked", "Ranked", "Walked"]

Span = tuple[int, int]


@dataclass
class Asked:
    """The question as the retriever reads it.

    ``written`` as asked (cut to ``max_question_chars``), ``said`` as read (a class named
    by its initials spelled out), ``q`` its reading, ``linked`` every entity the linker
    found, ``mentions`` those walked from, ``classes`` those of them walked to their
    instances only, ``answer_classes`` the classes the answer must be a member of."""

    written: str
    said: str
    q: QuestionInfo
    linked: list[Mention]
    mentions: list[Mention]
    classes: set[str]
    answer_classes: set[str]
    spans: dict[str, Span] = field(init=False)  # each mention's span, by its node
    typed: frozenset[str] = field(init=False)  # the mentions said where the type is asked

    def __post_init__(self) -> None:
        self.spans = {m.node: (m.start, m.end) for m in self.mentions}
        self.typed = frozenset(
            m.node for m in self.mentions if asks_type_at(self.q, m.start, m.end)
        )


@dataclass
class Walked:
    """The walks from the question's mentions, one a mention, in their order: each span's
    best entries per node (``per_span``), each walk's start and parent pointers
    (``sources``), the kinds of its middle nodes (``middles``) and its hops into junctions
    per pattern (``frees``), its entries tied with a node's kept (``ties``); each mention's
    name as read (``as_named``); each start's middle kinds (``by_start``); the walks from
    entities joined by "and" ("both X and Y": one role, :mod:`~kgchat.retrieval.coordinated`,
    ``alike``) and from those tied by grammar alone (judged by their link,
    :mod:`~kgchat.retrieval.joint_detours`, ``bare``), by number."""

    per_span: dict[Span, dict[str, list[Entry]]] = field(default_factory=lambda: defaultdict(dict))
    sources: list[tuple[str, dict[Pattern, dict[str, Any]]]] = field(default_factory=list)
    middles: list[dict[Pattern, tuple[str, ...]]] = field(default_factory=list)
    frees: list[dict[Pattern, int]] = field(default_factory=list)
    ties: list[dict[str, list[Entry]]] = field(default_factory=list)
    as_named: dict[str, str] = field(default_factory=dict)
    by_start: dict[str, dict[Pattern, tuple[str, ...]]] = field(default_factory=dict)
    alike: frozenset[int] = frozenset()  # walks from entities joined by "and": one role
    bare: frozenset[int] = frozenset()  # walks from entities tied by grammar alone


@dataclass
class Ranked:
    """The ranking as the steps after the walks leave it: the candidates, a yes-no
    question's claim no fact confirms (``unconfirmed``), the language a name is asked in and
    the confidence of the answers named in it (``spoken``), the ranking's confidence where a
    step rated it (``rated``), and a "how many" counted (``count``)."""

    candidates: list[Candidate]
    unconfirmed: Any = None
    language: AskedLanguage | None = None
    spoken: float | None = None
    rated: float | None = None
    count: Count | None = None


@dataclass
class Answered:
    """What the retriever hands back: the candidates, the facts numbered, the confidence."""

    candidates: list[Candidate]
    facts: list[ScoredFact]
    confidence: float
