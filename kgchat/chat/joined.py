"""A yes/no follow-up opened by a coordinating conjunction ("*And* was he born in Tooting?").

A conversation goes on with "and": the retriever reads a question as asking yes or no where
it opens with an auxiliary (:func:`kgchat.retrieval.question_shapes.is_yes_no`), so "And
was Sadiq Khan born in Tooting?" was read as asking for an entity (a source of the birth
fact was answered). The conjunction joins the message to the conversation, not to anything
inside the question: where the word after it (and any comma) is an auxiliary, the chatbot
asks the question without it. Grammar only (:data:`kgchat.function_words.COORDINATORS` and
the auxiliaries of :data:`kgchat.text.YES_NO_WORDS`); a wh-question keeps its conjunction,
which the retriever reads past already.

Examples
--------
>>> unjoined("And was Sadiq Khan born in Tooting?")
'Was Sadiq Khan born in Tooting?'
>>> unjoined("and, is it open on Sundays?")
'Is it open on Sundays?'
>>> unjoined("And when was he born?"), unjoined("Anders was born where?")
('And when was he born?', 'Anders was born where?')
"""

from __future__ import annotations

import re

from kgchat.function_words import COORDINATORS
from kgchat.text import YES_NO_WORDS

__all__ = ["unjoined"]

_OPENING = re.compile(
    rf"^\W*(?:{'|'.join(sorted(COORDINATORS))})\b[\s,]*(?=(?:{'|'.join(sorted(YES_NO_WORDS))})\b)",
    re.I,
)


def unjoined(question: str) -> str:
    """``question`` without the coordinating conjunction that opens it before an auxiliary
    (see the module docstring); as it is otherwise."""
    m = _OPENING.match(question)
    if m is None:
        return question
    rest = question[m.end() :]
    return rest[:1].upper() + rest[1:]
