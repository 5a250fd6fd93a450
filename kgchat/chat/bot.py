"""The grounded chatbot: retrieve facts, choose the answer, let the model phrase it with citations.

For each question the retriever hands over ranked facts and candidate answers. The chatbot then

1. abstains ("The knowledge graph has no fact about ...") when nothing in the graph is mentioned,
   the best candidate's confidence is below ``min_confidence``, or the retrieval abstained (its
   best path does not say the question's relation: :mod:`kgchat.retrieval.confidence`);
2. chooses the answer (``ranker``): the retriever's top candidate (``retriever``, the default:
   see the ablation in the README), the retriever's top few re-ranked by the model's own
   likelihood (``likelihood``), or none, letting the model generate freely (``generate``);
3. numbers the facts into the prompt (trimmed by score to fit the model's context, and the
   trimming reported), forces the reply to start with the chosen answer and lets the model
   continue it with citations ``[n]``;
4. checks every citation against the facts actually given: invalid ones are dropped, and a reply
   that cites nothing gets the chosen answer's supporting facts. A freely generated reply must
   name, as its answer, a candidate or an entity of a given fact that the question does not
   name; one that names none (an answer no fact supports) is withheld.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat.backends import EchoBackend
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache"),
...                                   ("Aspirin", "interacts_with", "Warfarin"),
...                                   ("Warfarin", "treats", "Thrombosis")])
>>> bot = ChatBot(kg, backend=EchoBackend())
>>> a = bot.ask("What does Aspirin treat?")
>>> a.text, [f.text for f in a.facts]
('Headache is the answer [1].', ['Aspirin — treats → Headache'])
>>> bot.chat("What does Warfarin treat?").text
'Thrombosis is the answer [1].'
>>> bot.chat("and what does it interact with?").resolved_question
'and what does Warfarin interact with?'
>>> bot.ask("What is the capital of France?").text
'The knowledge graph has no fact about that: none of its entities is mentioned in the question.'
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kgchat.chat.backends import ChatBackend, ScoringBackend, TransformersBackend
from kgchat.chat.guard import CITATION as _CITATION
from kgchat.chat.guard import drop_invalid, fact_sentence, free_answer, grounded, support
from kgchat.chat.memory import EntityMemory
from kgchat.chat.prompts import PromptTemplates
from kgchat.config import Config, check
from kgchat.errors import BackendError
from kgchat.graph.view import Fact
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retrieval, Retriever

__all__ = ["Answer", "ChatBot", "ChatConfig", "fact_sentence"]

RANKERS = ("retriever", "likelihood", "generate")
_FOLLOW_UP_WORDS = frozenset(["what", "about", "how", "and", "or", "then", "so", "the", "a"])


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
        Most tokens the model adds to a reply.
    min_confidence : float
        Below this confidence of the best candidate, the chatbot abstains.
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
    min_confidence: float = 0.3
    prompts: str | None = None
    timeout: float = 120.0

    def __post_init__(self) -> None:
        check(self.ranker in RANKERS, "ranker", self.ranker, f"one of {RANKERS}")
        check(self.rerank_top >= 1, "rerank_top", self.rerank_top, "an integer >= 1")
        check(self.max_facts >= 1, "max_facts", self.max_facts, "an integer >= 1")
        check(self.max_new_tokens >= 1, "max_new_tokens", self.max_new_tokens, "an integer >= 1")
        check(0 <= self.min_confidence <= 1, "min_confidence", self.min_confidence, "in [0, 1]")
        check(self.timeout > 0, "timeout", self.timeout, "seconds > 0")


@dataclass
class Answer:
    """A reply and everything behind it."""

    question: str
    resolved_question: str
    text: str
    facts: list[Fact]  # the cited ones, in citation order
    given: list[Fact]  # every fact numbered into the prompt ([1] is given[0])
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

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form (the CLI's ``--json`` output)."""
        return {
            "question": self.question,
            "resolved_question": self.resolved_question,
            "answer": self.text,
            "answer_entity": self.answer,
            "facts": [dict(f.to_dict(), n=self.given.index(f) + 1) for f in self.facts],
            "entities": [m.to_dict() for m in self.entities],
            "candidates": [c.to_dict() for c in self.candidates[:5]],
            "confidence": round(self.confidence, 4),
            "abstained": self.abstained,
            "citations": self.citations,
            "invalid_citations": self.invalid_citations,
            "trimmed_facts": self.trimmed,
            "timings_ms": {k: round(v * 1000, 1) for k, v in self.timings.items()},
        }


def confidence_of(score: float) -> float:
    """Map a retriever score onto [0, 1) (monotone; 0 for no evidence)."""
    return 1.0 - math.exp(-max(0.0, score))


class ChatBot:
    """Answers questions from a knowledge graph and cites the facts; see the module docstring.

    Parameters
    ----------
    kg : KnowledgeGraph
    retriever : Retriever, optional
        Defaults to a :class:`kgchat.retrieval.Retriever` without an index (lexical matching).
    backend : ChatBackend, optional
        Defaults to the local transformers backend with the default model.
    config : ChatConfig, optional
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        retriever: Retriever | None = None,
        backend: ChatBackend | None = None,
        config: ChatConfig | None = None,
    ) -> None:
        from kgchat.retrieval import Retriever

        self.kg = kg
        self.retriever = retriever or Retriever(kg)
        self.backend: ChatBackend = backend or TransformersBackend()
        self.config = config or ChatConfig()
        self.templates = PromptTemplates.load(self.config.prompts)
        self.memory = EntityMemory()
        self.last: Answer | None = None

    # ------------------------------------------------------------------ public
    def ask(self, question: str) -> Answer:
        """Answer one question on its own (no conversation memory)."""
        for _ in self.stream(question):
            pass
        assert self.last is not None
        return self.last

    def chat(self, message: str) -> Answer:
        """Answer a message of a conversation: pronouns and follow-ups resolve through memory."""
        for _ in self.stream(message, remember=True):
            pass
        assert self.last is not None
        return self.last

    def reset(self) -> None:
        """Forget the conversation."""
        self.memory.reset()
        self.last = None

    def stream(self, question: str, *, remember: bool = False) -> Iterator[str]:
        """Yield the reply's text as it is generated; the full :class:`Answer` is then
        ``self.last``. With ``remember``, the message is a turn of the conversation."""
        t0 = time.perf_counter()
        resolved = self._resolve(question) if remember else question
        res = self.retriever.retrieve(resolved)
        t_retrieval = time.perf_counter() - t0
        timings = {"retrieval": t_retrieval}
        cfg, tpl = self.config, self.templates
        if not res.mentions or not res.candidates:
            text = (
                tpl.no_entity if not res.mentions else tpl.no_answer.format(topic=self._topic(res))
            )
            yield text
            self._finish(
                question, resolved, res, text, [], None, 0.0, True, 0, 0, timings, t0, remember
            )
            return
        conf = confidence_of(res.candidates[0].score)
        given = [sf.fact for sf in res.facts[: cfg.max_facts]]
        # the retriever abstains when the best path does not say the question's relation
        # ("When did X die?" answered by a birth date): so does the chatbot
        if conf < cfg.min_confidence or not given or getattr(res, "abstained", False):
            text = tpl.no_answer.format(topic=self._topic(res))
            yield text
            self._finish(
                question, resolved, res, text, [], None, conf, True, 0, 0, timings, t0, remember
            )
            return

        asked = res.question  # capped as retrieval saw it (RetrieverConfig.max_question_chars)
        chosen = self._choose(asked, res, given, timings)
        messages, given, trimmed = self._fit(asked, given)
        prefix = (
            tpl.answer_prefix.format(answer=chosen.label) if chosen is not None else tpl.free_prefix
        )
        pieces: list[str] = []
        if prefix:
            timings["first_text"] = time.perf_counter() - t0
            yield prefix
        t_gen = time.perf_counter()
        n_tokens = 0
        try:
            for piece in self.backend.generate(
                messages, prefix=prefix, max_new_tokens=cfg.max_new_tokens
            ):
                if n_tokens == 0:
                    timings["first_token"] = time.perf_counter() - t0
                    timings.setdefault("first_text", timings["first_token"])
                n_tokens += 1
                pieces.append(piece)
                yield piece
        except BackendError:
            raise
        timings["generation"] = time.perf_counter() - t_gen
        raw = prefix + "".join(pieces)
        text, answer = self._repair(raw, given, chosen, asked, res)
        self._finish(
            question,
            resolved,
            res,
            text,
            given,
            answer,
            conf,
            answer is None,
            trimmed,
            n_tokens,
            timings,
            t0,
            remember,
            raw=raw,
        )

    # ------------------------------------------------------------------ steps
    def _resolve(self, message: str) -> str:
        mentions = self.retriever.linker.link(message)
        if not mentions:
            return self.memory.resolve(message, linked=False)
        spans = {(m.start, m.end) for m in mentions}
        inside = {i for a, b in spans for i in range(a, b)}
        rest = [w for i, w in enumerate(tokens(message)) if i not in inside]
        # "What about warfarin?", "and aspirin?": only an entity, to be asked the last question
        only = set(rest) <= _FOLLOW_UP_WORDS and len(spans) == 1
        return self.memory.resolve(
            message, linked=True, only_entities=only, mention_text=mentions[0].text
        )

    def _topic(self, res: Retrieval) -> str:
        if res.mentions:
            return self.kg.label(res.mentions[0].node)
        return "that"

    def _messages(self, question: str, given: Sequence[Fact]) -> list[dict[str, str]]:
        return self.templates.messages(question, [f.text for f in given])

    def _choose(
        self, question: str, res: Retrieval, given: list[Fact], timings: dict[str, float]
    ) -> Any:
        cfg = self.config
        if cfg.ranker == "generate":
            return None
        best = res.candidates[0]
        if cfg.ranker == "likelihood" and isinstance(self.backend, ScoringBackend):
            t = time.perf_counter()
            cands = res.candidates[: cfg.rerank_top]
            try:
                lp = self.backend.score(
                    self._messages(question, given),
                    self.templates.candidate_prefix,
                    [c.label for c in cands],
                )
                best = cands[max(range(len(cands)), key=lambda i: (lp[i], -i))]
            except BackendError:
                pass  # the server cannot score: keep the retriever's order
            timings["ranking"] = time.perf_counter() - t
        return best

    def _fit(
        self, question: str, given: list[Fact]
    ) -> tuple[list[dict[str, str]], list[Fact], int]:
        """Drop the lowest-ranked facts until the prompt and the reply fit the model's context."""
        count = getattr(self.backend, "count_tokens", None)
        limit = getattr(self.backend, "context_length", None)
        messages = self._messages(question, given)
        if count is None or limit is None:
            return messages, given, 0
        room = int(limit) - self.config.max_new_tokens - 8
        trimmed = 0
        while len(given) > 1 and count(messages) > room:
            given = given[:-1]
            trimmed += 1
            messages = self._messages(question, given)
        if count(messages) > room:  # even one fact is too long: cut the question itself
            budget = max(32, room - count(self._messages("", given)))
            messages = self._messages(question[: budget * 3], given)
        return messages, given, trimmed

    def _repair(
        self, raw: str, given: list[Fact], chosen: Any, question: str, res: Retrieval
    ) -> tuple[str, Any]:
        """The reply to show, and the answer it gives (None: withheld).

        Only citations of facts actually given are kept. The answer is the chosen one or, in
        free generation, the one the reply names (:func:`kgchat.chat.guard.free_answer`); a
        free reply that names none is withheld. The reply must rest on the facts: one that
        cites nothing gets the answer's supporting facts cited, and one that says what no given
        fact or the question says (a small model's invention) is replaced by the answer and its
        evidence."""
        text = drop_invalid(raw, len(given))
        if chosen is None:
            found = free_answer(self.kg, text, given, res)
            if found is None:
                return self.templates.unsupported, None
            chosen, cited = found
        else:
            cited = support(self.kg, chosen, given)
        bare = _CITATION.sub("", text).strip(" .") == chosen.label
        template_words = self.templates.answer_prefix.replace("{answer}", " ")
        if bare or not grounded(text, given, f"{question} {template_words}", chosen.label):
            evidence = "; ".join(f"{fact_sentence(given[n - 1])} [{n}]" for n in cited)
            fallback = self.templates.fallback.format(
                answer=chosen.label, evidence=evidence or "[1]"
            )
            return fallback, chosen
        if not _CITATION.search(text):
            cites = "".join(f"[{n}]" for n in cited)
            text = text.rstrip(".") + (" " + cites if cites else "") + "."
        return text, chosen

    def _finish(
        self,
        question: str,
        resolved: str,
        res: Retrieval,
        text: str,
        given: list[Fact],
        chosen: Any,
        conf: float,
        abstained: bool,
        trimmed: int,
        n_tokens: int,
        timings: dict[str, float],
        t0: float,
        remember: bool,
        raw: str | None = None,
    ) -> None:
        cited = [int(n) for n in _CITATION.findall(text)]
        raw_cites = [int(n) for n in _CITATION.findall(raw or "")]
        invalid = [n for n in raw_cites if not 1 <= n <= len(given)]
        facts: list[Fact] = []
        for n in cited:
            if 1 <= n <= len(given) and given[n - 1] not in facts:
                facts.append(given[n - 1])
        timings["total"] = time.perf_counter() - t0
        answer_node = (
            chosen.node
            if chosen is not None
            else (res.candidates[0].node if res.candidates and not abstained else None)
        )
        self.last = Answer(
            question=question,
            resolved_question=resolved,
            text=text,
            facts=facts,
            given=given,
            citations=cited,
            invalid_citations=invalid,
            entities=res.mentions,
            candidates=res.candidates,
            answer=chosen.label if chosen is not None else None,
            confidence=conf,
            abstained=abstained,
            trimmed=trimmed,
            tokens=n_tokens,
            timings=timings,
            raw_text=raw,
        )
        if remember:
            ans = None
            if (
                isinstance(answer_node, str)
                and answer_node in self.kg
                and not (self.kg.is_literal(answer_node))
            ):
                ans = (answer_node, self.kg.label(answer_node))
            self.memory.remember(
                question=resolved,
                answer=ans,
                topics=[(m.node, self.kg.label(m.node)) for m in res.mentions],
                topic_texts=[m.text for m in res.mentions],
            )
