"""The grounded chatbot: retrieve facts, choose the answer, let the model phrase it with citations.

For each question the retriever hands over ranked facts and candidate answers. The chatbot then

1. in a conversation, rewrites a follow-up to name what it means, or asks back when a pronoun
   fits nothing said so far (:mod:`kgchat.chat.followup`); a question asked of each item of a
   list is answered item by item (:mod:`kgchat.chat.each`); a question about the last reply
   ("How do you know?") that no follow-up reading answers gets that reply's cited facts and
   their files (:mod:`kgchat.chat.grounds`);
2. answers a request for what the graph says of one entity by its facts, or abstains ("The
   knowledge graph has no fact about ...", :mod:`kgchat.chat.decide`) when nothing in the
   graph is mentioned, the best candidate's confidence is below ``min_confidence``, the
   retrieval abstained (its best path does not say the question's relation:
   :mod:`kgchat.retrieval.confidence`), or no fact given to the model holds the answer on its
   path (the claim check would find the reply unsupported);
3. chooses the answer (``ranker``; this step and the next two are :mod:`kgchat.chat.reply`):
   the retriever's top candidate (``retriever``, the default: see the ablation in the
   README), the retriever's top few re-ranked by the model's own likelihood
   (``likelihood``), or none, letting the model generate freely (``generate``);
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
conversation passed in as OpenAI-style messages, no state kept: what a server calls; read
back by :mod:`kgchat.chat.history`) all read its result. This module holds that path and the
turn's memory; each step is its own module.

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

import time
from collections.abc import Generator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kgchat.chat.backends import ChatBackend, TransformersBackend
from kgchat.chat.compare import against, compare
from kgchat.chat.config import RANKERS, ChatConfig, confidence_of
from kgchat.chat.decide import abstention, described
from kgchat.chat.describe import DescriptionRequest
from kgchat.chat.each import answer_each, unnest
from kgchat.chat.followup import Resolution, resolve_followup
from kgchat.chat.grounds import Grounds, about_reply, about_statement, grounds_reply, reread
from kgchat.chat.guard import fact_sentence
from kgchat.chat.history import Messages, memory_of
from kgchat.chat.how_many import count_named, count_reply, how_many, which_of
from kgchat.chat.joined import unjoined
from kgchat.chat.kinds import EntityKinds
from kgchat.chat.memory import Entity, EntityMemory, entity_of
from kgchat.chat.others import OTHER_WORDS
from kgchat.chat.paraphrase import RelationParaphrase
from kgchat.chat.prompts import PromptTemplates
from kgchat.chat.recall import Recall
from kgchat.chat.reference import ITEM, said_together
from kgchat.chat.reply import messages, reply
from kgchat.chat.turn import Answer, AnswerStream, Turn
from kgchat.graph.view import Fact
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retrieval, Retriever

__all__ = ["RANKERS", "Answer", "ChatBot", "ChatConfig", "confidence_of", "fact_sentence"]


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
        self.recall = Recall(self.retriever)  # a follow-up's readings, retrieved once
        self.requests = DescriptionRequest(getattr(self.retriever.index, "encoder", None))
        # a relation the reply says in other words (the claim check's)
        self.paraphrase = RelationParaphrase.of(kg, self.retriever)
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
        """The entity memory a conversation leaves (:func:`kgchat.chat.history.memory_of`)."""
        return memory_of(self, history)

    def _messages(
        self, question: str, given: Sequence[Fact], shown: Sequence[int] | None = None
    ) -> list[dict[str, str]]:
        """The prompt's messages (:func:`kgchat.chat.reply.messages`)."""
        return messages(self, question, given, shown)

    # ------------------------------------------------------------------ the answer path
    def _steps(self, question: str, memory: EntityMemory | None) -> Generator[str, None, Answer]:
        """The turn's steps: a comparison of the values asked before, a follow-up read (or
        asked back), a comparison against the last answer, a question asked of each item,
        else one retrieval answered (or abstained on)."""
        turn = Turn(question, question)
        if memory is not None and (among := compare(self, turn, memory)) is not None:
            return (yield from self._compared(turn, memory, among))
        if memory is not None and (n := how_many(question, memory)) is not None:
            count_reply(turn, n, memory, self.kg)  # "How many of them are there?"
            return (yield from self._shown(turn))  # the conversation is about the list still
        follow = Resolution(question)
        # "How many of them were born in Paris?": "Which of them ...?", counted
        counted = which_of(question, memory) if memory is not None else None
        if memory is not None:
            asked = counted or question
            follow = resolve_followup(asked, memory, self.retriever, self.kinds, self.recall)
            turn.resolved = unjoined(follow.text)  # "And was he ...?": a yes/no question
            if follow.ask_back is not None:  # nothing said so far fits the pronoun: ask back
                # unless a bare "that" fitting no entity asks about the reply's statement
                if self._about(question, abstained=True) and self._grounded(turn, memory):
                    return (yield from self._shown(turn))
                turn.text = self.templates.ask_back.format(pronoun=follow.ask_back)
                turn.abstained = turn.clarification = True
                return (yield from self._shown(turn))
        than = against(self, turn, memory) if memory is not None and not follow.items else None
        if memory is not None and than is not None:  # "Is it bigger than Berlin?"
            return (yield from self._against(turn, memory, than))
        items = follow.items
        if not items:  # "X's wife's birthplace": the wife first
            turn.resolved, items = unnest(self, turn.resolved)
        if items:  # a list's items (or the inner hop's): the question asked of each
            return (yield from self._each(turn, memory, items))
        res = self._retrieved(turn, memory, follow)
        if memory is not None and counted is not None and follow.within:
            # those the condition holds of, not shown: their count is the reply, and the
            # list stays the one "the second one" points into (as for a bare count)
            for _ in self._answered(turn, None, res, follow):
                pass
            count_named(turn, follow.within, self.kg)
            memory.grounds = Grounds.of(turn)  # "How do you know?": the count's facts
            return (yield from self._shown(turn))
        return (yield from self._answered(turn, memory, res, follow))

    def _shown(self, turn: Turn) -> Generator[str, None, Answer]:
        """A turn whose text is whole: shown at once, nothing remembered."""
        turn.mark("first_text")
        yield turn.text
        return self._done(turn)

    def _compared(
        self, turn: Turn, memory: EntityMemory, among: list[tuple[Entity, str]]
    ) -> Generator[str, None, Answer]:
        """ "Which of them is older?": the values asked before, compared."""
        turn.mark("first_text")
        yield turn.text
        if turn.abstained:  # no value to compare: the conversation is about what it was
            memory.grounds = None  # but "How do you know?" asks of no answer now
            return self._done(turn)
        group = [e for e, _ in among]
        self._remember(memory, turn, turn.retrieval, group=group)  # type: ignore[arg-type]
        memory.compared = among  # "And which of them is younger?": the same ones
        return self._done(turn)

    def _against(
        self, turn: Turn, memory: EntityMemory, than: Entity
    ) -> Generator[str, None, Answer]:
        """ "Is it bigger than Berlin?": the last answer's value against another's."""
        turn.mark("first_text")
        yield turn.text
        frames = memory.frames  # "And Munich?": the same comparison, of Munich
        memory.remember(question=turn.resolved, answer=None, topics=[than], topic_texts=[than[1]])
        memory.frames, memory.grounds = frames, Grounds.of(turn)
        return self._done(turn)

    def _each(
        self, turn: Turn, memory: EntityMemory | None, items: tuple[Entity, ...]
    ) -> Generator[str, None, Answer]:
        """A list's items (or the inner hop's): the question asked of each."""
        t0 = time.perf_counter()
        answer_each(self, turn, turn.resolved, items)
        turn.timings["retrieval"] = time.perf_counter() - t0
        turn.resolved = turn.resolved.replace(ITEM, said_together([e[1] for e in items]))
        turn.mark("first_text")
        yield turn.text
        if memory is not None and turn.retrieval is not None:
            self._remember(memory, turn, turn.retrieval, group=list(items))
        return self._done(turn)

    def _retrieved(self, turn: Turn, memory: EntityMemory | None, follow: Resolution) -> Retrieval:
        """The resolved question's retrieval, its candidates kept to those a follow-up asks
        among ("which of them") or beyond those said ("Who else ...?", "Any more?")."""
        t0 = time.perf_counter()
        res = turn.retrieval = self.recall(turn.resolved)
        if follow.within:  # "which of them": the answer is one of them
            keep = {e[0] for e in follow.within}
            res = turn.retrieval = replace(
                res, candidates=[c for c in res.candidates if c.node in keep]
            )
        elif memory is not None and (
            follow.more or OTHER_WORDS.intersection(tokens(turn.question))
        ):
            # "Who else was born there?": not the one just asked about, where others are;
            # "Any more?": not the answers named already, which the list neither counts
            said = {e[0] for e in (*memory.topics, *memory.answers, *memory.group)}
            rest = [c for c in res.candidates if c.node not in said | memory.named_before]
            if rest:
                res = turn.retrieval = replace(res, candidates=rest)
                turn.said = frozenset(said | memory.named_before) if follow.more else frozenset()
        turn.timings["retrieval"] = time.perf_counter() - t0
        return res

    def _answered(
        self, turn: Turn, memory: EntityMemory | None, res: Retrieval, follow: Resolution
    ) -> Generator[str, None, Answer]:
        """The retrieval described, answered by the model's reply, or abstained on; a question
        about the last reply ("How do you know?") that no reading answers gets its grounds."""
        question, implicit = turn.question, follow.implicit
        why = None if described(self, turn, res) else abstention(self, turn, res)
        guessed = why is not None or (implicit and bool(turn.text))  # no answer, or a guess
        # a question about the last reply (no entity, the chatbot asked): its grounds; an
        # implicit reading of it ("How do you know of X?") is a guess, answered or not
        about = memory is not None and (guessed or implicit)
        about = about and self._about(question, abstained=why is not None)
        if about and memory is not None and self._grounded(turn, memory):
            # "How do you know?", "Where does that come from?": the last answer's facts
            return (yield from self._shown(turn))  # the conversation is about what it was
        if implicit and (turn.text or why is not None or about):
            # a question naming nothing, asked of the last entity: it asks nothing of it
            # ("What is the weather today?"), so it named nothing of the graph
            turn.text, turn.given, turn.chosen, why = "", [], None, self.templates.no_entity
            turn.resolved, memory = question, None
        if turn.text:
            turn.mark("first_text")
            yield turn.text
        elif why is None:
            yield from reply(self, turn, res)
        else:
            # an abstention is a reply too: its first text is timed as an answer's is
            turn.text, turn.abstained = why, True
            turn.mark("first_text")
            yield why
        if memory is not None:
            # "which of them": the set asked among stays what the conversation is about
            self._remember(memory, turn, res, group=list(follow.within) or None)
        return self._done(turn)

    def _about(self, question: str, abstained: bool) -> bool:
        """Whether ``question`` asks about the last reply itself (:func:`about_reply`; a
        bare "that" only where its entity reading ``abstained``, :func:`about_statement`)."""
        mentions = self.retriever.linker.link(question)
        if about_reply(question, mentions):
            return True
        return abstained and about_statement(question, mentions)

    def _grounded(self, turn: Turn, memory: EntityMemory) -> bool:
        """Fill ``turn`` with the last reply's grounds (:func:`grounds_reply`), where it has
        some (read again for a conversation passed in, :func:`reread`)."""
        grounds = memory.grounds or reread(self, memory)
        if grounds is None:
            return False
        grounds_reply(turn, grounds, self.kg)
        turn.resolved = turn.question
        return True

    def _done(self, turn: Turn) -> Answer:
        answer = turn.answer()
        self._last = answer
        return answer

    # ------------------------------------------------------------------ steps
    def _remember(
        self, memory: EntityMemory, turn: Turn, res: Retrieval, group: list[Entity] | None = None
    ) -> None:
        chosen = None if turn.abstained else turn.chosen
        relation = None
        if chosen is not None and chosen.paths and chosen.paths[0].pattern:
            relation = chosen.paths[0].pattern[0]
        if chosen is not None and entity_of(self.kg, chosen.node) is not None:
            self.kinds.learn(chosen.node, turn.resolved)
        named = [entity_of(self.kg, c.node) for c in turn.members] if chosen is not None else []
        # the nodes between topic and answer that the reply's evidence names
        between = [
            n for p in (chosen.paths[:1] if chosen is not None else []) for n in p.nodes[1:-1]
        ]
        shown = [n for n in between if not self.retriever.anonymous(n)]  # no junction node
        seen = [e for e in (entity_of(self.kg, n) for n in shown) if e is not None]
        # a class the question names ("that city": City) is no topic of it
        said = [m for m in res.mentions if not m.is_class]
        memory.remember(
            question=turn.resolved,
            answer=entity_of(self.kg, chosen.node) if chosen is not None else None,
            topics=group or [(m.node, self.kg.label(m.node)) for m in said],
            topic_texts=[e[1] for e in group] if group else [m.text for m in said],
            relation=relation,
            answers=[e for e in named if e is not None],
            group=group,
            seen=seen,
            more=turn.more,
        )
        memory.grounds = Grounds.of(turn)
