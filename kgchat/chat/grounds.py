"""A question about the last reply itself: why, how the chatbot knows, where it comes from.

"How do you know?", "Are you sure?", "What is your source?", "Where did you get that?" and
"Why?" ask nothing of the graph's entities: they ask for the grounds of the answer just
given. :func:`about_reply` tells such a message by grammar alone: a question naming no entity
of the graph that points back at the chatbot (a second-person pronoun) and at no entity (no
third-person pronoun), or the bare wh-word that asks a reason, "Why?". The chatbot reads it
so only where, read as an ordinary follow-up, the graph gives it no answer (a follow-up
reading the graph answers stands), and only where the last reply gave one. A bare "that"
or "this" as the subject ("Where does that come from?", "What is this based on?") as often
means the last entity ("When was that founded?"): :func:`about_statement` reads it as the last
reply only where its reading as the entity's question got no answer and it asks what the
grounds give: their facts and the files they were read from answer a "what" with no type
("What is this based on?") or a "where" ("Where does that come from?"), never a time, a
number or a person ("When was that founded?", "Who was that funded by?": the entity's).
The reply (:func:`grounds_reply`) names the answer again, with every fact its reply cited,
each numbered and cited again, and the files the facts were read from. A conversation passed
in as messages holds no facts: its last turn's question is asked again (:func:`reread`), and
its grounds serve where its answer is the one the reply named.

Examples
--------
>>> about_reply("How do you know?", []), about_reply("Why?", [])
(True, True)
>>> about_reply("What is your source?", []), about_reply("What is its population?", [])
(True, False)
>>> about_reply("When was that founded?", []), about_reply("Where does that come from?", [])
(False, False)
>>> about_reply("Thanks!", []), about_reply("What is the weather today?", [])
(False, False)
>>> about_statement("Where does that come from?", [])
True
>>> about_statement("What is this based on?", [])
True
>>> about_statement("When was that founded?", []), about_statement("How tall is that?", [])
(False, False)
>>> about_statement("Who was that funded by?", [])
False
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from kgchat.chat.corrections import asks
from kgchat.chat.evidence import evidence_text
from kgchat.chat.guard import CITATION
from kgchat.chat.memory import EntityMemory, bare_demonstrative, said_together
from kgchat.function_words import SECOND_PERSON_PRONOUNS
from kgchat.text import answer_key, tokens

if TYPE_CHECKING:
    from kgchat.chat.bot import ChatBot
    from kgchat.chat.turn import Turn
    from kgchat.graph import KnowledgeGraph
    from kgchat.graph.view import Fact

__all__ = ["Grounds", "about_reply", "about_statement", "grounds_reply", "reread"]


@dataclass(frozen=True)
class Grounds:
    """What a reply answered and the facts it cited for it (``chosen``: the answer candidate;
    ``members``: a list answer's candidates; ``facts``: the cited ones, in citation order)."""

    chosen: Any
    members: tuple[Any, ...]
    facts: tuple[Fact, ...]
    confidence: float

    @classmethod
    def of(cls, turn: Turn) -> Grounds | None:
        """The grounds of a finished turn's reply; None where it answered nothing, or cited
        no fact."""
        if turn.abstained or turn.chosen is None:
            return None
        facts: list[Fact] = []
        for n in (int(x) for x in CITATION.findall(turn.text)):
            if 1 <= n <= len(turn.given) and turn.given[n - 1] not in facts:
                facts.append(turn.given[n - 1])
        if not facts:
            return None
        return cls(turn.chosen, tuple(turn.members), tuple(facts), turn.confidence)


def reread(bot: ChatBot, memory: EntityMemory) -> Grounds | None:
    """The grounds of the last reply of a conversation read back from its messages
    (``memory.reread``, :func:`kgchat.chat.history.memory_of`): its resolved question asked
    again on its own; None where that answers another entity than the one the reply named,
    or another value than the one it said (a reply of another graph or backend: its grounds
    are not these), or cites no fact."""
    if memory.reread is None or (memory.answer is None and not memory.reread_value):
        return None
    again = bot.ask(memory.reread)
    if again.abstained or not again.facts:
        return None
    chosen = next((c for c in again.candidates if c.label == again.answer), None)
    if chosen is None:
        return None
    if memory.answer is not None and chosen.node != memory.answer[0]:
        return None
    if memory.answer is None and answer_key(chosen.label) != answer_key(memory.reread_value or ""):
        return None  # "1632-10-31": the value the reply said, asked again
    members = tuple(c for c in again.candidates if c.label in again.answers)
    listed = members if len(members) > 1 else ()
    return Grounds(chosen, listed, tuple(again.facts), again.confidence)


def about_reply(message: str, mentions: list[Any]) -> bool:
    """Whether ``message`` asks about the last reply rather than the graph (see the module
    docstring); ``mentions`` are the message's own linked mentions."""
    if not asks(message) or any(not getattr(m, "is_class", False) for m in mentions):
        return False
    words = tokens(message)
    if SECOND_PERSON_PRONOUNS.intersection(words):
        # no pronoun of an entity besides: "How do you know his age?" asks of him
        return EntityMemory.find_pronoun(message) is None
    return words == ["why"]  # the reason of the answer, its grounds


def about_statement(message: str, mentions: list[Any]) -> bool:
    """Whether ``message``, a question naming no entity whose subject is a bare "that" or
    "this", may ask about the last reply: it asks what the reply's grounds give, by its
    answer type (:func:`kgchat.retrieval.question.analyze`): none ("What is this based
    on?") or a place, a "where" (the files the facts were read from); a time, a number or
    a person is an entity's. The caller asks it only where the entity reading of the
    demonstrative got no answer."""
    from kgchat.retrieval.answer_type import WH_TYPES
    from kgchat.retrieval.question import analyze

    if not asks(message) or any(not getattr(m, "is_class", False) for m in mentions):
        return False
    if bare_demonstrative(message) is None:
        return False
    asked = analyze(message, []).answer_type
    # (a "where"'s type words as analyze gives them, the first the one it leads with)
    return not asked or asked[0] == WH_TYPES["where"][0]


def grounds_reply(turn: Turn, grounds: Grounds, kg: KnowledgeGraph | None = None) -> None:
    """Fill ``turn`` with the reply to a question about the last answer (``grounds``): the
    answer again, each fact it cited with its number (said as the reply's evidence is,
    :func:`~kgchat.chat.evidence.evidence_text`; ``kg`` gives the relations' inverses), and
    the files they come from."""
    members = list(grounds.members) or [grounds.chosen]
    said = said_together([c.label for c in members])
    facts = evidence_text(list(enumerate(grounds.facts, 1)), kg)
    files = list(dict.fromkeys(PurePath(f.source).name for f in grounds.facts if f.source))
    where = f" (read from {said_together(files)})" if files else ""
    turn.text = f"{said}: the knowledge graph says so: {facts}{where}."
    turn.given, turn.chosen, turn.members = list(grounds.facts), grounds.chosen, members
    turn.confidence, turn.abstained, turn.retrieval = grounds.confidence, False, None
