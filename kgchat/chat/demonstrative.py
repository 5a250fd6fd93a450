"""What a bare "this" or "that" points at: what the last reply just said.

A demonstrative standing alone as a question's subject ("When was *that* founded?", "Where
does *that* come from?", :func:`kgchat.chat.memory.bare_demonstrative`) points at what was
just said, not further back: the one entity the last reply named as its answer; where the
reply named no one entity (a value such as a date, a list, or nothing: it abstained), the
entity its question was about ("When was the Liberal Forum founded?" / "Who was that funded
by?"). Never an earlier turn's entity, and never a person: English demonstrative pronouns
refer to things, events and statements, and to people only in identifying "be" clauses
("Who is that?"). Where none of those remains, the demonstrative means the reply's
statement itself ("When was he born?" / "1632" / "Where does that come from?": the chatbot
answers from the reply's grounds, :func:`kgchat.chat.grounds.about_statement`), or is asked
back. Grammar only: the demonstrative's place in the question, the reply's answer, the
entities' kinds (:class:`kgchat.chat.kinds.EntityKinds`).

Examples
--------
>>> from kgchat.chat.memory import EntityMemory
>>> m = EntityMemory()
>>> m.remember(question="Who won the Battle of Austerlitz?", answer=("FE", "French Empire"),
...            topics=[("BA", "Battle of Austerlitz")], topic_texts=["Battle of Austerlitz"])
>>> demonstrated("Where does that come from?", m, lambda node, kind: True)
[(('FE', 'French Empire'), True)]
>>> m.remember(question="When was Vermeer born?", answer=None, topics=[("JV", "Vermeer")],
...            topic_texts=["Vermeer"])
>>> demonstrated("Where does that come from?", m, lambda node, kind: kind != "thing")
[]
>>> demonstrated("Who is that?", m, lambda node, kind: kind != "thing")
[(('JV', 'Vermeer'), True)]
>>> demonstrated("Where does it come from?", m, lambda node, kind: True) is None
True
"""

from __future__ import annotations

from collections.abc import Callable

from kgchat.chat.memory import Entity, EntityMemory, bare_demonstrative
from kgchat.text import BE_FORMS, tokens

__all__ = ["demonstrated"]


def demonstrated(
    message: str, memory: EntityMemory, agrees: Callable[[str, str | None], bool | None]
) -> list[tuple[Entity, bool]] | None:
    """The entities a bare "this"/"that" of ``message`` may mean, each with True (all are
    the last turn's), in :meth:`~kgchat.chat.memory.EntityMemory.referents`' form (see the
    module docstring): empty where none may (the reply's statement is meant); None where
    ``message`` has no bare demonstrative. ``agrees(node, kind)`` is the kinds' check
    (:meth:`kgchat.chat.kinds.EntityKinds.agrees`): False rules an entity out."""
    if bare_demonstrative(message) is None:
        return None
    one = memory.answer is not None and len(memory.answers) <= 1
    said = [memory.answer] if one and memory.answer is not None else list(memory.topics)
    words = tokens(message)
    # "Who is that?", "Where is this?": an identifying "be" clause, where a person may be
    # meant; elsewhere a demonstrative is a thing, as "it" is
    identifying = len(words) == 3 and words[1] in BE_FORMS
    kind = None if identifying else "thing"
    verdicts = [(e, agrees(e[0], kind)) for e in said]
    found = [(e, True) for wanted in (True, None) for e, v in verdicts if v is wanted]
    if identifying and one:
        # "When was that?" after "Which city hosted the Olympiad?" / "Chennai": the clause
        # asks of the thing itself, the answer or what it was found of; the answer's reading
        # first, the topic's only where the graph answers the answer's nothing (flagged
        # False: :func:`kgchat.chat.readings.best_reading` tries it only then)
        found += [(e, False) for e in memory.topics if e not in said and agrees(e[0], kind)]
    return found
