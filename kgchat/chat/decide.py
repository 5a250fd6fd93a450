"""Before any reply is generated: answer by a description, or abstain and say why.

A question that names one entity and asks nothing of it ("Tell me about X", "Who is X?" of a
person) is answered by that entity's own facts (:mod:`kgchat.chat.describe`), with no model.
Otherwise the chatbot abstains when nothing of the graph is mentioned, a yes/no question is
answered by another entity, no fact confirms what is asked (what is known is said instead),
there is no candidate, the best candidate's confidence is below ``min_confidence``, no fact
is given, or the retrieval abstained (its best path does not say the question's relation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgchat.chat.config import confidence_of
from kgchat.chat.describe import (
    asks_only_about,
    asks_who_it_is,
    describe,
    listed_in_plural,
    named_in_plural,
)
from kgchat.chat.followup import asks
from kgchat.chat.guard import support
from kgchat.chat.turn import Turn
from kgchat.chat.unconfirmed import known_in_part, not_yes_or_no
from kgchat.graph.view import Fact

if TYPE_CHECKING:
    from kgchat.chat.bot import ChatBot
    from kgchat.retrieval import Retrieval

__all__ = ["abstention", "described", "topic_of"]


def described(bot: ChatBot, turn: Turn, res: Retrieval) -> bool:
    """A question that names one entity and asks nothing of it ("Tell me about X") is
    answered by that entity's facts (:mod:`kgchat.chat.describe`); the answer is the
    first candidate they state."""
    info = res.reading
    if not res.candidates or info is None:
        return False
    node = asks_only_about(res, info, bot.requests)
    if node is not None and (named_in_plural(bot.kg, res) or listed_in_plural(res)):
        return False  # "list the berries": the things of a kind, not the kind described
    # the retrieval's best answer's facts lead ("What is X?": its class), unless it
    # abstained, or answered "Who is X?" with another person
    lead = node is not None and not res.abstained
    if node is None:
        node = asks_who_it_is(res, info, bot.kinds.kind)
    if node is None:
        return False
    facts = [sf.fact for sf in res.facts]
    first: list[Fact] = []
    if lead:
        first = [facts[n - 1] for n in support(bot.kg, res.candidates[0], facts, res.mentions)]
    turn.text, turn.given = describe(
        node, facts, limit=bot.config.max_described, first=first, kg=bot.kg
    )
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


def abstention(bot: ChatBot, turn: Turn, res: Retrieval) -> str | None:
    """Why the chatbot abstains (None: it answers); sets the turn's confidence and facts."""
    tpl = bot.templates
    if not res.mentions:
        return tpl.no_entity if asks(res.question) else tpl.no_question
    if not_yes_or_no(res, bot.kg):
        # "Is Helix Labs a company?" answered by a company Helix Labs owns: no reply
        return tpl.no_answer.format(topic=topic_of(bot, res))
    if res.unconfirmed is not None:
        # "Is X a British band?" where no fact says British: what is known, and not
        text, turn.given = known_in_part(bot.kg, res, tpl)
        return text
    if not res.candidates:
        return tpl.no_answer.format(topic=topic_of(bot, res))
    turn.confidence = confidence_of(res.candidates[0].score)
    turn.given = [sf.fact for sf in res.facts[: bot.config.max_facts]]
    # the retriever abstains when the best path does not say the question's relation
    # ("When did X die?" answered by a birth date): so does the chatbot
    if turn.confidence < bot.config.min_confidence or not turn.given or res.abstained:
        turn.given = []
        return tpl.no_answer.format(topic=topic_of(bot, res))
    return None


def topic_of(bot: ChatBot, res: Retrieval) -> str:
    """What an abstention says it does not know about: the label of the first entity the
    question mentions, else "that".

    Parameters
    ----------
    bot : ChatBot
        The chatbot (its graph labels the entity).
    res : Retrieval
        The question's retrieval.

    Returns
    -------
    str
        The topic for the ``no_answer`` template.

    Examples
    --------
    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.chat import ChatBot
    >>> from kgchat.chat.backends import EchoBackend
    >>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
    >>> bot = ChatBot(kg, backend=EchoBackend())
    >>> topic_of(bot, bot.retriever.retrieve("Who discovered Aspirin?"))
    'Aspirin'
    >>> topic_of(bot, bot.retriever.retrieve("Is it raining?"))
    'that'
    """
    if res.mentions:
        return bot.kg.label(res.mentions[0].node)
    return "that"
