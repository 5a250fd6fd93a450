""" "Then" after a reply that gave a time: that time ("Who won the men's downhill then?").

A sentence-final "then" in a question that follows a reply whose answer was a date or a year
("When did the 2014 Winter Olympics start?" / "2014-02-07") points back at that time, as
"there" points at a place: the question is asked "in 2014". The year is the reading: a
date's day rarely dates the thing the new question asks about (the downhill was run two days
after the opening), while its year is what a question's time qualifier says ("in 2014").
Elsewhere a final "then" is left as it is: after a reply that gave no time it is the
discourse "then" ("in that case"), which asks nothing of its own.

Examples
--------
>>> from types import SimpleNamespace
>>> from kgchat.chat.memory import EntityMemory
>>> m = EntityMemory()
>>> m.grounds = SimpleNamespace(chosen=SimpleNamespace(label="2014-02-07"))
>>> then_time("Who won the men's downhill then?", m)
"Who won the men's downhill in 2014?"
>>> then_time("Then who won?", m) is None
True
>>> m.grounds = SimpleNamespace(chosen=SimpleNamespace(label="Oslo"))
>>> then_time("Who won the men's downhill then?", m) is None
True
"""

from __future__ import annotations

import re

from kgchat.chat.memory import EntityMemory
from kgchat.graph.dates import DATE, may_be_year

__all__ = ["then_time"]

_FINAL_THEN = re.compile(r"\s+then\s*([?.!]*)\s*$", re.I)


def then_time(message: str, memory: EntityMemory) -> str | None:
    """``message`` with its sentence-final "then" said as the year of the time the last reply
    answered (see the module docstring); None where it has no such "then", or the last
    reply's answer was no date or year (or is not known: a passed-in reply that named an
    entity)."""
    m = _FINAL_THEN.search(message)
    if m is None or not message[: m.start()].strip():
        return None
    # the reply's answer: live, its grounds'; passed in as messages, the value it said
    chosen = getattr(memory.grounds, "chosen", None)
    said = getattr(chosen, "label", None) if chosen is not None else memory.reread_value
    value = str(said or "").strip()
    date = DATE.fullmatch(value)
    year = date.group(1) if date else (value if may_be_year(value) else None)
    if year is None:
        return None
    return f"{message[: m.start()]} in {year}{m.group(1)}"
