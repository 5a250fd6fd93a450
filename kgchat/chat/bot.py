"""The grounded chatbot: retrieve facts, choose the answer, let the model phrase it with citations.

For each question the retriever hands over ranked facts and candidate answers. The chatbot then

1. in a conversation, rewrites a follow-up to name what it means, or asks back when a pronoun
   fits nothing said so far (:mod:`kgchat.chat.followup`);
2. abstains ("The knowledge graph has no fact about ...") when nothing in the graph is mentioned,
   the best candidate's confidence is below ``min_confidence``, the retrieval abstained (its
   best path does not say the question's relation: :mod:`kgchat.retrieval.confidence`), or no
   fact given to the model holds the answer on its path (the claim check would find the reply
   unsupported);
3. chooses the answer (``ranker``): the retriever's top candidate (``retriever``, the default:
   see the ablation in the README), the retriever's top few re-ranked by the model's own
   likelihood (``likelihood``), or none, letting the model generate freely (``generate``);
4. names every answer of a list question, each cited (:mod:`kgchat.chat.lists`), from the
   facts alone; otherwise shows the chosen answer at once (before any model is loaded),
   numbers its support into the prompt (the facts of its paths, and ``context_facts`` more;
   trimmed by rank to fit the model's context, and the trimming reported), forces the reply to
   start with the chosen answer and lets the model continue it with citations ``[n]``, with
   decoding settings against repetition and a length in proportion to the evidence;
5. checks the reply: citations of facts not given are dropped, then every claim is checked
   against the facts it cites (:mod:`kgchat.chat.grounding`): a claim that contradicts its
   fact, repeats itself, cites nothing that supports it or names an entity no cited fact holds
   is dropped, and a reply left without a cited fact holding the answer is replaced by the
   answer and its verbalised evidence. A freely generated reply must name, as its answer, a
   candidate or an entity of a given fact that the question does not name; one that names none
   is withheld.

:meth:`ChatBot.stream` is the one answer path: :meth:`ChatBot.ask` (no memory),
:meth:`ChatBot.chat` (the chatbot's own conversation) and :meth:`ChatBot.answer` (a
conversation passed in as OpenAI-style messages, no state kept: what a server calls) all read
its result.

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
>>> history = [{"role": "user", "content": "What does Warfarin treat?"},
...            {"role": "assistant", "content": "Thrombosis is the answer [1]."}]
>>> bot.answer("What does it interact with?", history=history).resolved_question
'What does Warfarin interact with?'
>>> bot.ask("What is the capital of France?").text
'The knowledge graph has no fact about that: none of its entities is mentioned in the question.'
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Generator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kgchat.chat.backends import ChatBackend, ScoringBackend, TransformersBackend
from kgchat.chat.config import RANKERS, ChatConfig, confidence_of
from kgchat.chat.describe import (
    DescriptionRequest,
    asks_only_about,
    asks_who_it_is,
    describe,
)
from kgchat.chat.each import answer_each, unnest
from kgchat.chat.followup import EntityKinds, asks, resolve_followup
from kgchat.chat.grounding import repair
from kgchat.chat.guard import CITATION, fact_sentence, support
from kgchat.chat.lists import asks_for_a_set, list_reply, members
from kgchat.chat.memory import Entity, EntityMemory
from kgchat.chat.prompts import PromptTemplates
from kgchat.chat.reference import ITEM, said_together
from kgchat.chat.turn import Answer, AnswerStream, Turn
from kgchat.chat.unconfirmed import known_in_part, not_yes_or_no
from kgchat.graph.view import Fact
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retrieval, Retriever

__all__ = ["RANKERS", "Answer", "ChatBot", "ChatConfig", "confidence_of", "fact_sentence"]

# The reply is one sentence (the system prompt asks for one): generation stops at its end, not
# after max_new_tokens of the model going on ("Spain, not just ... The correct answer would be").
_STOP = ("\n", ". ")
Messages = Sequence[dict[str, str]]
_OTHER = frozenset(["else", "other", "others"])  # "who else", "what other": not those said


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
        self.kinds = EntityKinds(self.retriever)
        self.requests = DescriptionRequest(getattr(self.retriever.index, "encoder", None))
        self._last: Answer | None = None

    # ------------------------------------------------------------------ public
    def ask(self, question: str) -> Answer:
        """Answer one question on its own (no conversation memory)."""
        return self.stream(question).result()

    def chat(self, message: str) -> Answer:
        """Answer a message of the chatbot's conversation: pronouns and follow-ups resolve
        through its memory (:meth:`reset` forgets it)."""
        return self.stream(message, remember=True).result()

    def answer(self, question: str, history: Messages = ()) -> Answer:
        """Answer ``question`` as the next turn of ``history``, OpenAI-style messages
        (``{"role": "user"|"assistant"|"system", "content": ...}``), keeping no state: what a
        server holding many conversations calls. The entities the history is about are read
        back from its words (:meth:`memory_of`)."""
        return self.stream(question, history=history).result()

    def reset(self) -> None:
        """Forget the conversation."""
        self.memory.reset()
        self._last = None

    @property
    def last(self) -> Answer | None:
        """The most recent answer (kept for older callers: every answer path returns its own)."""
        return self._last

    def stream(
        self, question: str, *, remember: bool = False, history: Messages | None = None
    ) -> AnswerStream[Answer]:
        """The reply's text as it is generated; ``.result()`` is the finished :class:`Answer`.
        With ``remember``, the message is a turn of the chatbot's conversation; with
        ``history``, of that one (see :meth:`answer`)."""
        memory = self.memory if remember else None
        if history is not None:
            memory = self.memory_of(history)
        return AnswerStream(self._steps(question, memory))

    def memory_of(self, history: Messages) -> EntityMemory:
        """The entity memory a conversation leaves: each user turn resolved and linked as it was
        asked, its answer the first entity the assistant's reply names beyond its topics (and
        a list reply's, "A [1], B [2] and C [3]", every one; not the evidence after "X: ")."""
        memory = EntityMemory()
        turns = [m for m in history if m.get("role") in ("user", "assistant")]
        for i, m in enumerate(turns):
            if m["role"] != "user":
                continue
            r = resolve_followup(m["content"], memory, self.retriever, self.kinds)
            group = list(r.items)
            resolved = r.text.replace(ITEM, said_together([e[1] for e in group]))
            topics = self.retriever.linker.link(resolved)
            answers: list[Entity] = []
            seen: list[Entity] = []
            reply = turns[i + 1] if i + 1 < len(turns) else None
            if reply is not None and reply["role"] == "assistant":
                asked = {t.node for t in topics}
                said = CITATION.sub(" ", reply["content"])
                # "A: evidence" names its answer first; "X: A; Y: B", asked of each item,
                # names every item's answers after it
                named = self.retriever.linker.link(said if group else said.split(":")[0])
                found = [self._entity(n.node) for n in named if n.node not in asked]
                answers = list(dict.fromkeys(e for e in found if e is not None))
                if ":" in said and not group:
                    answers = answers[:1]
                # the rest the reply names is its evidence's, between topic and answer
                shown = [self._entity(n.node) for n in self.retriever.linker.link(said)]
                seen = [e for e in dict.fromkeys(shown) if e is not None and e not in answers]
                seen = [e for e in seen if e[0] not in asked]
                for e in answers:
                    self.kinds.learn(e[0], resolved)
            memory.remember(
                question=resolved,
                relation=self._relation(topics, answers[0]) if answers else None,
                answer=answers[0] if answers else None,
                topics=group or [(t.node, self.kg.label(t.node)) for t in topics if not t.is_class],
                topic_texts=[e[1] for e in group] or [t.text for t in topics if not t.is_class],
                answers=answers,
                group=group,
                seen=seen,
            )
        return memory

    def _relation(self, topics: Sequence[Any], answer: Entity) -> tuple[str, bool] | None:
        """The relation a fact between a topic and the answer says (the first hop a reply
        read back from its words answered)."""
        for t in topics:
            for e in self.kg.neighbors(t.node, limit=500):
                if e.neighbor == answer[0]:
                    return (e.predicate, e.forward)
        return None

    # ------------------------------------------------------------------ the answer path
    def _steps(self, question: str, memory: EntityMemory | None) -> Generator[str, None, Answer]:
        turn = Turn(question, question)
        implicit = False
        items: tuple[Entity, ...] = ()
        within: tuple[Entity, ...] = ()
        if memory is not None:
            r = resolve_followup(question, memory, self.retriever, self.kinds)
            turn.resolved, implicit, items, within = r.text, r.implicit, r.items, r.within
            if r.ask_back is not None:  # nothing said so far fits the pronoun: ask back
                turn.text = self.templates.ask_back.format(pronoun=r.ask_back)
                turn.abstained = turn.clarification = True
                yield turn.text
                return self._done(turn)
        if not items:  # "X's wife's birthplace": the wife first
            turn.resolved, items = unnest(self, turn.resolved)
        if items:  # a list's items (or the inner hop's): the question asked of each
            t0 = time.perf_counter()
            answer_each(self, turn, turn.resolved, items)
            turn.timings["retrieval"] = time.perf_counter() - t0
            turn.resolved = turn.resolved.replace(ITEM, said_together([e[1] for e in items]))
            turn.mark("first_text")
            yield turn.text
            if memory is not None and turn.retrieval is not None:
                self._remember(memory, turn, turn.retrieval, group=list(items))
            return self._done(turn)
        t0 = time.perf_counter()
        res = turn.retrieval = self.retriever.retrieve(turn.resolved)
        if within:  # "which of them": the answer is one of them
            keep = {e[0] for e in within}
            res = turn.retrieval = replace(
                res, candidates=[c for c in res.candidates if c.node in keep]
            )
        elif memory is not None and _OTHER.intersection(tokens(question)):
            # "Who else was born there?": not the one just asked about, where others are
            said = {e[0] for e in (*memory.topics, *memory.answers, *memory.group)}
            rest = [c for c in res.candidates if c.node not in said]
            if rest:
                res = turn.retrieval = replace(res, candidates=rest)
        turn.timings["retrieval"] = time.perf_counter() - t0
        why = None if self._described(turn, res) else self._abstention(turn, res)
        if implicit and (turn.text or why is not None):
            # a question naming nothing, asked of the last entity: it asks nothing of it
            # ("What is the weather today?"), so it named nothing of the graph
            turn.text, turn.given, turn.chosen, why = "", [], None, self.templates.no_entity
            turn.resolved, memory = question, None
        if turn.text:
            yield turn.text
        elif why is None:
            yield from self._reply(turn, res)
        else:
            turn.text, turn.abstained = why, True
            yield why
        if memory is not None:
            # "which of them": the set asked among stays what the conversation is about
            self._remember(memory, turn, res, group=list(within) or None)
        return self._done(turn)

    def _described(self, turn: Turn, res: Retrieval) -> bool:
        """A question that names one entity and asks nothing of it ("Tell me about X") is
        answered by that entity's facts (:mod:`kgchat.chat.describe`); the answer is the
        first candidate they state."""
        info = res.reading
        if not res.candidates or info is None:
            return False
        node = asks_only_about(res, info, self.requests)
        # the retrieval's best answer's facts lead ("What is X?": its class), unless it
        # abstained, or answered "Who is X?" with another person
        lead = node is not None and not res.abstained
        if node is None:
            node = asks_who_it_is(res, info, self.kinds.kind)
        if node is None:
            return False
        facts = [sf.fact for sf in res.facts]
        first: list[Fact] = []
        if lead:
            first = [facts[n - 1] for n in support(self.kg, res.candidates[0], facts)]
        turn.text, turn.given = describe(node, facts, limit=self.config.max_list, first=first)
        # the answer: the first candidate the reply states (its class, leading)
        found = {c.node: c for c in reversed(res.candidates)}
        ends = (e for f in turn.given for e in (f.subject, f.object) if e != node)
        turn.chosen = next((found[e] for e in ends if e in found), None)
        # the retrieval's confidence judges its best path against the question's words; words
        # it abstained on, judged a request for a description, ask for no path at all, as
        # "Tell me about X" does, which the retrieval judges fully met
        turn.confidence = 1.0 if res.abstained else res.confidence
        turn.mark("first_text")
        return bool(turn.text)

    def _abstention(self, turn: Turn, res: Retrieval) -> str | None:
        """Why the chatbot abstains (None: it answers); sets the turn's confidence and facts."""
        tpl = self.templates
        if not res.mentions:
            return tpl.no_entity if asks(res.question) else tpl.no_question
        if not_yes_or_no(res):
            # "Is Helix Labs a company?" answered by a company Helix Labs owns: no reply
            return tpl.no_answer.format(topic=self._topic(res))
        if res.unconfirmed is not None:
            # "Is X a British band?" where no fact says British: what is known, and not
            text, turn.given = known_in_part(self.kg, res, tpl)
            return text
        if not res.candidates:
            return tpl.no_answer.format(topic=self._topic(res))
        turn.confidence = confidence_of(res.candidates[0].score)
        turn.given = [sf.fact for sf in res.facts[: self.config.max_facts]]
        # the retriever abstains when the best path does not say the question's relation
        # ("When did X die?" answered by a birth date): so does the chatbot
        if turn.confidence < self.config.min_confidence or not turn.given or res.abstained:
            turn.given = []
            return tpl.no_answer.format(topic=self._topic(res))
        return None

    def _reply(self, turn: Turn, res: Retrieval) -> Generator[str, None, None]:
        cfg, tpl = self.config, self.templates
        asked = res.question  # capped as retrieval saw it (RetrieverConfig.max_question_chars)
        chosen = turn.chosen = self._choose(asked, res, turn)
        if chosen is not None and self._list(turn, res, chosen):
            turn.mark("first_text")  # a list is named from the facts: no model is needed
            yield turn.text
            return
        cited = support(self.kg, chosen, turn.given) if chosen is not None else []
        if chosen is not None and not cited:
            # no fact given holds the answer on its path: a reply could only be unsupported
            turn.text, turn.abstained = tpl.no_answer.format(topic=self._topic(res)), True
            yield turn.text
            return
        prefix = tpl.answer_prefix.format(answer=chosen.label) if chosen else tpl.free_prefix
        if prefix:  # the answer is known from retrieval: shown before any model is loaded
            turn.mark("first_text")
            yield prefix
        shown = self._shown(cited, len(turn.given)) if chosen is not None else None
        messages, turn.trimmed = self._fit(asked, turn.given, shown)
        pieces: list[str] = []
        t_gen = time.perf_counter()
        budget = min(cfg.max_new_tokens, cfg.reply_tokens + cfg.reply_tokens_per_fact * len(cited))
        for piece in self.backend.generate(
            messages, prefix=prefix, max_new_tokens=budget, stop=_STOP, **self._decoding()
        ):
            if not pieces and chosen is not None and piece[:1].isalnum():
                # the model went on with the answer's own last word ("human" -> "humanities"):
                # what it writes is no longer the answer; the evidence speaks instead (repair)
                break
            turn.mark("first_token")
            turn.mark("first_text")
            turn.tokens += 1
            pieces.append(piece)
            yield piece
        turn.timings["generation"] = time.perf_counter() - t_gen
        turn.raw = prefix + "".join(pieces)
        repair(turn, res, kg=self.kg, templates=self.templates, claim_check=self.config.claim_check)

    def _list(self, turn: Turn, res: Retrieval, chosen: Any) -> bool:
        """Make the turn a list answer when the question has several (see
        :mod:`kgchat.chat.lists`) and the facts hold at least two of them."""
        as_set = asks_for_a_set(res.question, res.reading)
        found = members(self.kg, res, chosen, as_set=as_set, limit=self.config.max_list)
        if len(found.members) < 2:
            return False
        given = self._with_support(found.members, res)
        text, named = list_reply(
            found, lambda c: self._holding(c, given), self.templates.more_answers
        )
        if len(named) < 2:
            return False
        turn.given, turn.members, turn.text = given, named, text + "."
        turn.more = found.more + len(found.members) - len(named)
        return True

    def _done(self, turn: Turn) -> Answer:
        answer = turn.answer()
        self._last = answer
        return answer

    # ------------------------------------------------------------------ steps
    def _entity(self, node: Any) -> tuple[str, str] | None:
        if isinstance(node, str) and node in self.kg and not self.kg.is_literal(node):
            return (node, self.kg.label(node))
        return None

    def _remember(
        self, memory: EntityMemory, turn: Turn, res: Retrieval, group: list[Entity] | None = None
    ) -> None:
        chosen = None if turn.abstained else turn.chosen
        relation = None
        if chosen is not None and chosen.paths and chosen.paths[0].pattern:
            relation = chosen.paths[0].pattern[0]
        if chosen is not None and self._entity(chosen.node) is not None:
            self.kinds.learn(chosen.node, turn.resolved)
        named = [self._entity(c.node) for c in turn.members] if chosen is not None else []
        # the nodes between topic and answer that the reply's evidence names
        between = [
            n for p in (chosen.paths[:1] if chosen is not None else []) for n in p.nodes[1:-1]
        ]
        shown = [n for n in between if not self.retriever.anonymous(n)]  # no junction node
        seen = [e for e in map(self._entity, shown) if e is not None]
        # a class the question names ("that city": City) is no topic of it
        said = [m for m in res.mentions if not m.is_class]
        memory.remember(
            question=turn.resolved,
            answer=self._entity(chosen.node) if chosen is not None else None,
            topics=group or [(m.node, self.kg.label(m.node)) for m in said],
            topic_texts=[e[1] for e in group] if group else [m.text for m in said],
            relation=relation,
            answers=[e for e in named if e is not None],
            group=group,
            seen=seen,
        )

    def _decoding(self) -> dict[str, Any]:
        """The decoding settings the backend's ``generate`` takes (a third-party backend may
        take none of them)."""
        cfg = self.config
        wanted: dict[str, Any] = {}
        if cfg.repetition_penalty > 1:
            wanted["repetition_penalty"] = cfg.repetition_penalty
        if cfg.no_repeat_ngram_size > 0:
            wanted["no_repeat_ngram_size"] = cfg.no_repeat_ngram_size
        try:
            params = inspect.signature(self.backend.generate).parameters
        except (TypeError, ValueError):
            return {}
        if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
            return wanted
        return {k: v for k, v in wanted.items() if k in params}

    def _topic(self, res: Retrieval) -> str:
        if res.mentions:
            return self.kg.label(res.mentions[0].node)
        return "that"

    def _messages(
        self, question: str, given: Sequence[Fact], shown: Sequence[int] | None = None
    ) -> list[dict[str, str]]:
        if shown is None:
            shown = range(1, len(given) + 1)
        return self.templates.messages(question, [given[n - 1].text for n in shown], shown)

    def _holding(self, c: Any, given: list[Fact]) -> list[int]:
        """A list member's citations: the given facts of its path (one path per entity asked
        about), so that each step between the question's entity and the member is cited."""
        return support(self.kg, c, given)

    def _with_support(self, found: list[Any], res: Retrieval) -> list[Fact]:
        """The facts to give for a list answer: each member's path facts first, then the rest
        by rank, up to ``max_facts``."""
        first: list[Fact] = []
        for c in found:
            starts: set[str] = set()
            for p in c.paths:  # best first: one path per entity asked about, as support() cites
                if p.start not in starts:
                    starts.add(p.start)
                    first.extend(self.kg.fact(h) for h in p.facts)
        rest = [sf.fact for sf in res.facts]
        given = list({f.id: f for f in first + rest}.values())
        return given[: max(self.config.max_facts, len(first))]

    def _shown(self, cited: list[int], given: int) -> list[int]:
        """The numbers of the given facts the model reads for a chosen answer: its support (the
        facts of its paths) and ``context_facts`` of the best-ranked others, each under its own
        number. Every fact is prompt that the model evaluates before its first token; the reply
        needs only the answer's evidence."""
        others = [n for n in range(1, given + 1) if n not in cited][: self.config.context_facts]
        return sorted([*cited, *others])

    def _choose(self, question: str, res: Retrieval, turn: Turn) -> Any:
        cfg = self.config
        if cfg.ranker == "generate":
            return None
        best = res.candidates[0]
        if cfg.ranker == "likelihood" and isinstance(self.backend, ScoringBackend):
            from kgchat.errors import BackendError

            t = time.perf_counter()
            cands = res.candidates[: cfg.rerank_top]
            try:
                lp = self.backend.score(
                    self._messages(question, turn.given),
                    self.templates.candidate_prefix,
                    [c.label for c in cands],
                )
                best = cands[max(range(len(cands)), key=lambda i: (lp[i], -i))]
            except BackendError:
                pass  # the server cannot score: keep the retriever's order
            turn.timings["ranking"] = time.perf_counter() - t
        return best

    def _fit(
        self, question: str, given: list[Fact], shown: list[int] | None = None
    ) -> tuple[list[dict[str, str]], int]:
        """The prompt with the ``shown`` given facts (all when None), the lowest-ranked dropped
        until the prompt and the reply fit the model's context; and how many were dropped."""
        shown = list(range(1, len(given) + 1)) if shown is None else list(shown)
        count = getattr(self.backend, "count_tokens", None)
        limit = getattr(self.backend, "context_length", None)
        messages = self._messages(question, given, shown)
        if count is None or limit is None:
            return messages, 0
        room = int(limit) - self.config.max_new_tokens - 8
        trimmed = 0
        while len(shown) > 1 and count(messages) > room:
            shown = shown[:-1]
            trimmed += 1
            messages = self._messages(question, given, shown)
        if count(messages) > room:  # even one fact is too long: cut the question itself
            budget = max(32, room - count(self._messages("", given, shown)))
            messages = self._messages(question[: budget * 3], given, shown)
        return messages, trimmed
