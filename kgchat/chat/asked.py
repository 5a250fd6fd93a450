"""The type a question asks for by name ("*Which department* is it part of?"), and whether
an entity is of it: what tells which earlier entity a follow-up's pronoun means, where the
graph answers the question of more than one (:func:`kgchat.chat.followup.resolve_followup`).

An entity is of the type where the retriever's own answer-type match of "which <noun>?"
against its type words says so (:meth:`kgchat.chat.kinds.EntityKinds.names`), or where its
name's head noun does: the last word before a preposition that follows a word, as English
heads a noun phrase ("*Department* of Climate Change", "*Battle* of Wagram"); a name with no
preposition has no head told (the head of "Parks Australia" is no last word): as
:func:`kgchat.lower_names.name_head` reads it without ``last``.

Examples
--------
>>> said_type("Which department is it part of?"), said_type("What is its population?")
('department', None)
>>> name_head(tokens("Department of Climate Change")), name_head(["northern", "territory"], False)
('department', '')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgchat.lower_names import name_head
from kgchat.retrieval.question import analyze
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.chat.kinds import EntityKinds

__all__ = ["names_type", "retyped", "said_type"]

_MATCH = 0.5  # the answer-type match at which a noun names an entity (as kinds' and reference's)


def said_type(question: str) -> str | None:
    """The type a question names right after its opening "which" or "what" ("Which
    department ...": ``department``), as the retriever reads its answer type; None where it
    names none (or opens otherwise: "Who ...", "What is its population?")."""
    wanted = analyze(question, []).answer_type
    words = question.split()
    said = " ".join(words[1 : 1 + len(wanted)]).rstrip("?.!,")
    if not wanted or tokens(words[0]) not in (["which"], ["what"]) or tokens(said) != wanted:
        return None
    return said


def retyped(question: str, noun: str) -> str | None:
    """``question`` asking for ``noun`` in place of the type it names ("Which airlines are
    based in Japan?" / "And the airports?": "Which airports are based in Japan?"); None where
    it names no type (:func:`said_type`).

    >>> retyped("Which airlines are based in Japan?", "airports")
    'Which airports are based in Japan?'
    >>> retyped("Who leads it?", "airports") is None
    True
    """
    said = said_type(question)
    if said is None:
        return None
    opening = question.split()[0]
    return question.replace(f"{opening} {said}", f"{opening} {noun}", 1)


def names_type(kinds: EntityKinds, noun: str, node: str) -> bool:
    """Whether ``noun`` (a type a question names) names what ``node`` is: by its type words,
    or by its name's head noun (see the module docstring)."""
    if kinds.names(noun, node) >= _MATCH:
        return True
    head = name_head(tokens(kinds.kg.label(node)), last=False) if node in kinds.kg else ""
    return bool(head) and kinds.names_words(noun, (head,)) >= _MATCH
