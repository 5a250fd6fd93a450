""" "How many of them are there?" after a list answer: how many the list holds.

A list reply names its answers (and counts those it leaves out: "... and 3 more"); asked how
many "of them" there are, with nothing else said of them (the rest of the question is a form
of "be" and the existential "there", or nothing: "How many of them?"), the chatbot counts
that list: the number, then the list's items said with the facts its reply cited, numbered
and cited again. Read as an ordinary follow-up, the question was "How many are there?",
asked among the items, which names nothing of the graph and abstained. A question that says
more of them ("How many of them were born in Paris?") asks a condition, which is not read
here. Grammar only: "how many", "of", a plural pronoun, forms of "be", "there"; no word of any
graph. The turn is not remembered: "Where was the second one born?" after it still points
into the list.

Examples
--------
>>> from kgchat.chat.memory import EntityMemory
>>> m = EntityMemory()
>>> m.remember(question="Which titles did Rune win?", answer=("a", "Paris"),
...            answers=[("a", "Paris"), ("b", "Stockholm")], topics=[("r", "Rune")],
...            topic_texts=["Rune"], more=1)
>>> how_many("How many of them are there?", m), how_many("How many of them?", m)
(3, 3)
>>> how_many("How many of them were born in Paris?", m), how_many("How many are there?", m)
(None, None)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgchat.chat.evidence import evidence_text
from kgchat.chat.memory import EntityMemory, said_together
from kgchat.function_words import BE_FORMS, THIRD_PERSON_PRONOUNS
from kgchat.retrieval.results import Candidate
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.chat.turn import Turn
    from kgchat.graph import KnowledgeGraph

__all__ = ["count_reply", "how_many"]

_OPENING = ["how", "many", "of"]
_PLURAL = THIRD_PERSON_PRONOUNS & {"they", "them"}  # the plural ones ("of them")
_EXISTENTIAL = BE_FORMS | {"there"}  # "are there", "were there"


def how_many(message: str, memory: EntityMemory) -> int | None:
    """How many items the last list answer holds, where ``message`` asks that and nothing
    more of them (see the module docstring); None otherwise, or where the last answer was
    no list. Items a question was asked of once each (``memory.group``) count as they are;
    a list reply's answers count with those it left unnamed (``memory.more``)."""
    words = tokens(message)
    if words[:3] != _OPENING or len(words) < 4 or words[3] not in _PLURAL:
        return None
    if not set(words[4:]) <= _EXISTENTIAL:
        return None
    if memory.group:
        return len(memory.group) if len(memory.group) >= 2 else None
    n = len(memory.answers) + memory.more
    return n if n >= 2 else None


def count_reply(turn: Turn, n: int, memory: EntityMemory, kg: KnowledgeGraph | None = None) -> None:
    """Fill ``turn`` with the count ``n`` of the last list (:func:`how_many`): the number,
    then the list's items, said with the facts the list's reply cited where the memory
    holds them (:class:`kgchat.chat.grounds.Grounds`), each numbered and cited again."""
    items = memory.group or memory.answers
    grounds = memory.grounds
    facts = list(grounds.facts) if grounds is not None else []
    said = evidence_text(list(enumerate(facts, 1)), kg) if facts else ""
    said = said or said_together([e[1] for e in items])
    if memory.more and not memory.group:
        said = f"{said}, and {memory.more} more"
    turn.text = f"{n}: {said}."
    turn.given = facts
    turn.chosen = Candidate(node=str(n), label=str(n), score=1.0)
    turn.members, turn.abstained = [turn.chosen], False
    turn.confidence = grounds.confidence if grounds is not None else 1.0
