"""A conversation passed in as OpenAI-style messages, read back into an entity memory.

A server holding many conversations keeps no chatbot state: each request brings its history,
and :func:`memory_of` rebuilds what the conversation is about from the messages' words, by
linking only. Each user turn is resolved as it was asked (:func:`kgchat.chat.followup.
resolve_followup`, on the memory built so far); its answer is the first entity the
assistant's reply names beyond the turn's topics (a list reply's every one; not the
evidence after "X: "); a per-item reply's answers are every item's; the relation a turn
asked is the fact's between its topic and the answer; the rest the reply names is its
evidence's, between topic and answer.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat import ChatBot, TemplateBackend
>>> kg = KnowledgeGraph.from_triples([("Ada", "born_in", "Oslo"), ("Oslo", "in", "Norway")])
>>> bot = ChatBot(kg, backend=TemplateBackend())
>>> m = memory_of(bot, [{"role": "user", "content": "Where was Ada born?"},
...                     {"role": "assistant", "content": "Oslo [1]."}])
>>> m.answer, m.topics
(('Oslo', 'Oslo'), [('Ada', 'Ada')])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kgchat.chat.followup import resolve_followup
from kgchat.chat.guard import CITATION
from kgchat.chat.memory import Entity, EntityMemory, entity_of
from kgchat.chat.reference import ITEM, said_together

if TYPE_CHECKING:
    from kgchat.chat.bot import ChatBot

__all__ = ["Messages", "memory_of"]

Messages = Sequence[dict[str, str]]


def memory_of(bot: ChatBot, history: Messages) -> EntityMemory:
    """The entity memory a conversation leaves: each user turn resolved and linked as it was
    asked, its answer the first entity the assistant's reply names beyond its topics (and
    a list reply's, "A [1], B [2] and C [3]", every one; not the evidence after "X: ")."""
    memory = EntityMemory()
    turns = [m for m in history if m.get("role") in ("user", "assistant")]
    for i, m in enumerate(turns):
        if m["role"] != "user":
            continue
        r = resolve_followup(m["content"], memory, bot.retriever, bot.kinds, bot.recall)
        group = list(r.items)
        resolved = r.text.replace(ITEM, said_together([e[1] for e in group]))
        topics = bot.retriever.linker.link(resolved)
        answers: list[Entity] = []
        seen: list[Entity] = []
        reply = turns[i + 1] if i + 1 < len(turns) else None
        if reply is not None and reply["role"] == "assistant":
            asked = {t.node for t in topics}
            said = CITATION.sub(" ", reply["content"])
            # "A: evidence" names its answer first; "X: A; Y: B", asked of each item,
            # names every item's answers after it
            named = bot.retriever.linker.link(said if group else said.split(":")[0])
            found = [entity_of(bot.kg, n.node) for n in named if n.node not in asked]
            answers = list(dict.fromkeys(e for e in found if e is not None))
            if ":" in said and not group:
                answers = answers[:1]
            # the rest the reply names is its evidence's, between topic and answer
            shown = [entity_of(bot.kg, n.node) for n in bot.retriever.linker.link(said)]
            seen = [e for e in dict.fromkeys(shown) if e is not None and e not in answers]
            seen = [e for e in seen if e[0] not in asked]
            for e in answers:
                bot.kinds.learn(e[0], resolved)
        memory.remember(
            question=resolved,
            relation=_relation(bot, topics, answers[0]) if answers else None,
            answer=answers[0] if answers else None,
            topics=group or [(t.node, bot.kg.label(t.node)) for t in topics if not t.is_class],
            topic_texts=[e[1] for e in group] or [t.text for t in topics if not t.is_class],
            answers=answers,
            group=group,
            seen=seen,
        )
    if turns and turns[-1]["role"] == "assistant" and CITATION.search(turns[-1]["content"]):
        # its cited facts are not in the messages: the question, asked again, has them;
        # a reply that named no entity answered a value, its words before its evidence
        memory.reread = memory.question
        if memory.answer is None:
            memory.reread_value = CITATION.sub(" ", turns[-1]["content"]).split(":")[0].strip()
    return memory


def _relation(bot: ChatBot, topics: Sequence[Any], answer: Entity) -> tuple[str, bool] | None:
    """The relation a fact between a topic and the answer says (the first hop a reply
    read back from its words answered)."""
    for t in topics:
        for e in bot.kg.neighbors(t.node, limit=500):
            if e.neighbor == answer[0]:
                return (e.predicate, e.forward)
    return None
