""" "How many of them are there?" after a list answer: how many the list holds.

A list reply names its answers (and counts those it leaves out: "... and 3 more"); asked how
many "of them" there are, with nothing else said of them (the rest of the question is a form
of "be" and the existential "there", or nothing: "How many of them?"), the chatbot counts
that list: the number, then the list's items said with the facts its reply cited, numbered
and cited again. Read as an ordinary follow-up, the question was "How many are there?",
asked among the items, which names nothing of the graph and abstained. A question that says
more of them ("How many of them were born in Paris?") asks a condition: it is asked as
"Which of them were born in Paris?" (the question without them, answered among them only:
:func:`kgchat.chat.reference.plural`) and answered by the count of the items its reply
names, with the facts that say the condition of each (:func:`which_of`, :func:`count_named`).
Grammar only: "how many", "of", a plural pronoun, forms of "be", "there"; no word of any
graph. The bare count is not remembered: "Where was the second one born?" after it still
points into the list.

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
>>> which_of("How many of them were born in Paris?", m)
'Which of them were born in Paris?'
>>> which_of("How many of them are there?", m) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgchat.chat.evidence import evidence_text
from kgchat.chat.grounds import Grounds
from kgchat.chat.memory import Entity, EntityMemory, said_together
from kgchat.function_words import BE_FORMS, THIRD_PERSON_PRONOUNS
from kgchat.retrieval.results import Candidate
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.chat.turn import Turn
    from kgchat.graph import KnowledgeGraph
    from kgchat.graph.view import Fact

__all__ = ["count_named", "count_reply", "how_many", "which_of"]

_OPENING = ["how", "many", "of"]
_PLURAL = THIRD_PERSON_PRONOUNS & {"they", "them"}  # the plural ones ("of them")
_EXISTENTIAL = BE_FORMS | {"there"}  # "are there", "were there"
_HOW_MANY = re.compile(r"^\W*how\s+many\b", re.I)  # what "Which" takes the place of


def _listed(memory: EntityMemory) -> list[Entity]:
    """The items "them" means after the last answer: those a question was asked of, else the
    list the reply named (none where it named fewer than two)."""
    items = memory.group or memory.answers
    return list(items) if len(items) >= 2 else []


def which_of(message: str, memory: EntityMemory) -> str | None:
    """ "How many of them <condition>?" asked as "Which of them <condition>?", where the last
    answer was a list and ``message`` says more of them than that they are (see the module
    docstring); None otherwise."""
    words = tokens(message)
    if words[:3] != _OPENING or len(words) < 5 or words[3] not in _PLURAL:
        return None
    if set(words[4:]) <= _EXISTENTIAL or not _listed(memory):
        return None
    m = _HOW_MANY.match(message)
    return None if m is None else f"Which {message[m.end() :].lstrip()}"


def count_named(turn: Turn, items: Sequence[Entity], kg: KnowledgeGraph | None = None) -> None:
    """Make ``turn``, the answered "Which of them <condition>?" (:func:`which_of`), its
    count: how many of ``items`` its answer's relation reaches from where its walk starts
    (each with that fact: the reply's list may leave out one the relation holds of), else
    how many of them its reply named; then those facts, numbered again. An abstained turn
    stays as it is: the graph said the condition of none of them."""
    if turn.abstained or turn.chosen is None:
        return
    among = {e[0] for e in items}
    named = [c for c in (turn.members or [turn.chosen]) if c.node in among]
    if not named:
        return
    facts = _held(kg, turn.chosen, among) if kg is not None else []
    held = {f.subject for f in facts} | {f.object for f in facts}
    if not {c.node for c in named} <= held:  # the relation read otherwise: the reply's own
        grounds = Grounds.of(turn)
        facts, held = (list(grounds.facts) if grounds is not None else []), set()
    n = len(among & held) if held else min(len(named) + turn.more, len(items))
    said = evidence_text(list(enumerate(facts, 1)), kg) if facts else ""
    turn.text = f"{n}: {said or said_together([c.label for c in named])}."
    turn.given = facts
    turn.chosen = Candidate(node=str(n), label=str(n), score=1.0)
    turn.members, turn.more = [turn.chosen], 0


def _held(kg: KnowledgeGraph, chosen: Candidate, among: set[str]) -> list[Fact]:
    """The facts by which the chosen answer's relation, one hop from where its best walk
    starts, reaches a node of ``among``; none for a longer walk."""
    if not chosen.paths or len(chosen.paths[0].pattern) != 1:
        return []
    (predicate, forward), start = chosen.paths[0].pattern[0], chosen.paths[0].start
    return [
        kg.fact(e.fact)
        for e in kg.neighbors(start, direction="out" if forward else "in")
        if e.predicate == predicate and e.neighbor in among
    ]


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
