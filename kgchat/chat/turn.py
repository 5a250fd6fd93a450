"""One question on its way to an answer: the :class:`Turn` the chatbot fills in step by step,
the :class:`Answer` it becomes, and the :class:`AnswerStream` that carries the reply's pieces.

:meth:`kgchat.chat.ChatBot.stream` is the one answer path: it returns an :class:`AnswerStream`,
whose pieces are the reply as it is generated and whose :meth:`AnswerStream.result` is the
finished :class:`Answer` (``ask`` and ``chat`` are ``stream(...).result()``). Nothing is left on
the chatbot to read afterwards.

Examples
--------
>>> def steps():
...     yield "Paris"
...     yield " [1]."
...     return "the answer"
>>> s = AnswerStream(steps())
>>> list(s), s.result()
(['Paris', ' [1].'], 'the answer')
>>> AnswerStream(steps()).result()  # unread pieces are read first
'the answer'
"""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kgchat.chat.guard import CITATION
from kgchat.graph.view import Fact

if TYPE_CHECKING:
    from kgchat.retrieval import Retrieval

__all__ = ["Answer", "AnswerStream", "Turn"]

T = TypeVar("T")


@dataclass
class Answer:
    """A reply and everything behind it."""

    question: str
    resolved_question: str
    text: str
    facts: list[Fact]  # the cited ones, in citation order
    given: list[Fact]  # the facts the answer was chosen among, as cited ([1] is given[0])
    citations: list[int]
    invalid_citations: list[int]
    entities: list[Any]
    candidates: list[Any]
    answer: str | None
    confidence: float
    abstained: bool
    trimmed: int = 0
    tokens: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    # the model's reply before the guard's repair (answer prefix included); None when no
    # model was asked: what the claim check of ``kgchat eval --mode chat`` measures first
    raw_text: str | None = None
    # every answer the reply names (a list question's members; [answer] otherwise), and how
    # many more the reply only counts ("and 3 more")
    answers: list[str] = field(default_factory=list)
    more: int = 0
    # the chatbot asked back instead of answering ("Whom does 'he' mean?")
    clarification: bool = False
    # claims of the model's reply the claim check dropped (see kgchat.chat.grounding)
    dropped: list[str] = field(default_factory=list)
    # the numbers of the given facts the model's prompt showed it (None: no model asked); a
    # citation of another number in ``raw_text`` cites a fact the model never read
    shown: list[int] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form (the CLI's ``--json`` output)."""
        return {
            "question": self.question,
            "resolved_question": self.resolved_question,
            "answer": self.text,
            "answer_entity": self.answer,
            "answers": self.answers,
            "more_answers": self.more,
            "facts": [dict(f.to_dict(), n=self.given.index(f) + 1) for f in self.facts],
            "entities": [m.to_dict() for m in self.entities],
            "candidates": [c.to_dict() for c in self.candidates[:5]],
            "confidence": round(self.confidence, 4),
            "abstained": self.abstained,
            "clarification": self.clarification,
            "citations": self.citations,
            "invalid_citations": self.invalid_citations,
            "dropped_claims": self.dropped,
            "trimmed_facts": self.trimmed,
            "timings_ms": {k: round(v * 1000, 1) for k, v in self.timings.items()},
        }


@dataclass
class Turn:
    """What the chatbot knows about one question so far; each step fills in its part."""

    question: str
    resolved: str
    started: float = field(default_factory=time.perf_counter)
    retrieval: Retrieval | None = None
    given: list[Fact] = field(default_factory=list)
    chosen: Any = None  # the answer candidate (None: abstained, or free generation)
    members: list[Any] = field(default_factory=list)  # a list answer's candidates, chosen first
    more: int = 0
    # entities the conversation said already, which a list answer neither names nor counts
    # ("Any more?", "Who else ...?")
    said: frozenset[str] = frozenset()
    confidence: float = 0.0
    abstained: bool = False
    clarification: bool = False
    trimmed: int = 0
    tokens: int = 0
    raw: str | None = None
    shown: list[int] | None = None  # the given facts (by number) the model's prompt showed
    text: str = ""
    dropped: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def mark(self, name: str) -> None:
        """Record the time since the turn started under ``name`` (once)."""
        self.timings.setdefault(name, time.perf_counter() - self.started)

    def answer(self) -> Answer:
        """The finished :class:`Answer`."""
        given = self.given
        cited = [int(n) for n in CITATION.findall(self.text)]
        raw_cites = [int(n) for n in CITATION.findall(self.raw or "")]
        facts: list[Fact] = []
        for n in cited:
            if 1 <= n <= len(given) and given[n - 1] not in facts:
                facts.append(given[n - 1])
        self.timings["total"] = time.perf_counter() - self.started
        res = self.retrieval
        chosen = None if self.abstained else self.chosen
        members = [c.label for c in self.members] or ([chosen.label] if chosen else [])
        return Answer(
            question=self.question,
            resolved_question=self.resolved,
            text=self.text,
            facts=facts,
            given=given,
            citations=cited,
            invalid_citations=[n for n in raw_cites if not 1 <= n <= len(given)],
            entities=res.mentions if res is not None else [],
            candidates=res.candidates if res is not None else [],
            answer=chosen.label if chosen is not None else None,
            confidence=self.confidence,
            abstained=self.abstained,
            trimmed=self.trimmed,
            tokens=self.tokens,
            timings=self.timings,
            raw_text=self.raw,
            answers=members if chosen is not None else [],
            more=self.more if chosen is not None else 0,
            clarification=self.clarification,
            dropped=self.dropped,
            shown=self.shown,
        )


class AnswerStream(Generic[T]):
    """The pieces of a reply as they come, then its result (see the module docstring)."""

    def __init__(self, steps: Generator[str, None, T]) -> None:
        self._steps = steps
        self._done = False
        self._result: T | None = None

    def __iter__(self) -> Iterator[str]:
        if self._done:
            return
        self._result = yield from self._steps
        self._done = True

    def result(self) -> T:
        """The finished result, reading what is left of the reply first.

        Raises
        ------
        KGChatError
            When the reply was closed (``close()`` on its iterator) before it finished.
        """
        for _ in self:
            pass
        if self._result is None:
            from kgchat.errors import KGChatError

            raise KGChatError("the reply was closed before it finished: it has no result")
        return self._result
