"""Ordinals after a list answer: "the first one", "the second", "the last of them".

An ordinal with "the" means the item of the last list the chatbot named at that place, in
the order its reply named them ("Which films did Maren Holt direct?" -> "Glass Harbor [1]
and Winter Orchard [2]." / "What is the runtime of the second one?" asks of Winter Orchard).
The list stays what an ordinal points at until a reply names another ("And the first?" two
turns later still means Glass Harbor); one past its end ("the third one" of two) is asked
back, as a pronoun that fits nothing is, and so is "the second one" or "the first of them"
where the conversation named no list (the last list question abstained). "One", "of
them"/"of those" or nothing may follow the ordinal, or a noun the items' type words answer
to ("the second film"); another noun ("the first prize"), a noun followed by "of" ("the
first album of Nirvana") or an ordinal inside a
name of the graph is no reference. "Former" and "latter" are the first and the last.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> from kgchat.chat.kinds import EntityKinds
>>> from kgchat.chat.memory import EntityMemory
>>> kg = KnowledgeGraph.from_triples([("Glass Harbor", "director", "Maren"),
...     ("Winter Orchard", "director", "Maren")])
>>> m = EntityMemory()
>>> m.remember(question="Which films did Maren direct?", answer=("Glass Harbor", "Glass Harbor"),
...            answers=[("Glass Harbor", "Glass Harbor"), ("Winter Orchard", "Winter Orchard")],
...            topics=[("Maren", "Maren")], topic_texts=["Maren"])
>>> kinds = EntityKinds(Retriever(kg))
>>> ordinal("What is the runtime of the second one?", [], m, kinds).text
'What is the runtime of Winter Orchard?'
>>> ordinal("And the last of them?", [], m, kinds).text
'And Winter Orchard?'
>>> ordinal("Who won the first prize?", [], m, kinds) is None
True
>>> ordinal("And the third one?", [], m, kinds)
Pointed(text=None, words='the third one')
>>> m.reset(); m.remember(question="Who works at Ovo?", answer=None, topics=[], topic_texts=[])
>>> ordinal("Where was the second one born?", [], m, kinds)
Pointed(text=None, words='the second one')
>>> ordinal("Who won the second prize?", [], m, kinds) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kgchat.chat.memory import EntityMemory
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.chat.kinds import EntityKinds

__all__ = ["Pointed", "ordinal", "position"]

# English ordinals (the language's closed class, as the pronouns are): a place in a list
_PLACES = {
    w: i + 1
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
        ]
    )
}
_ENDS = {"last": -1, "latter": -1, "former": 1}
_NUMBERED = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_ORDINAL = re.compile(
    r"\bthe\s+([^\W_]+)(?:\s+(one|of\s+(?:them|those|these)\b|[^\W\d_][\w-]*))?", re.I
)
_MATCH = 0.5  # the answer-type match at which a noun names the items (as reference's)


def position(word: str) -> int | None:
    """The place in a list an ordinal word says (1-based; -1 the last), else None.

    >>> [position(w) for w in ("second", "3rd", "last", "latter", "one")]
    [2, 3, -1, -1, None]
    """
    word = word.lower()
    if word in _PLACES:
        return _PLACES[word]
    if word in _ENDS:
        return _ENDS[word]
    m = _NUMBERED.match(word)
    return int(m.group(1)) if m and int(m.group(1)) > 0 else None


@dataclass(frozen=True)
class Pointed:
    """An ordinal that points into the last list: ``text`` is the message with the item's
    label in its place, None where the ordinal is past the list's end ("the fourth one" of
    three: the chatbot asks back what its ``words`` mean, as for a pronoun that fits
    nothing)."""

    text: str | None
    words: str


def ordinal(
    message: str, mentions: Sequence[Any], memory: EntityMemory, kinds: EntityKinds
) -> Pointed | None:
    """The first ordinal of ``message`` that points into the last list named, and the
    message with that item's label in its place (see the module docstring); None when it
    has none."""
    items = memory.listed
    inside = {i for m in mentions for i in range(m.start, m.end)}
    for m in _ORDINAL.finditer(message):
        place = position(m.group(1))
        if place is None or _token_index(message, m.start(1)) in inside:
            continue
        end = m.end()
        tail = (m.group(2) or "").lower()
        if len(items) < 2:
            if memory.question is not None and (tail == "one" or tail.startswith("of")):
                # "the second one" where no list was named: it points at nothing said
                return Pointed(None, message[m.start() : end].strip())
            continue
        if tail and tail != "one" and not tail.startswith("of"):
            if all(kinds.names(tail, e[0]) >= _MATCH for e in items):
                pass  # "the second film": the noun names the items
            elif kinds.noun_kind(tail) is not None:
                continue  # "the first prize": another noun's ordinal
            else:
                end = m.end(1)  # "When was the first released?": the ordinal alone
        after = tokens(message[end:])[:1]
        if after and after[0] == "of":
            continue  # "the first album of Nirvana", "the second of May"
        words = message[m.start() : end].strip()
        if place > len(items) or -place > len(items):
            return Pointed(None, words)
        item = items[place - 1 if place > 0 else place]
        return Pointed(message[: m.start()] + item[1] + message[end:], words)
    return None


def _token_index(message: str, offset: int) -> int:
    """The index among ``tokens(message)`` of the word starting at ``offset``."""
    return len(tokens(message[:offset]))
