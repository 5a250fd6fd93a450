"""The words of a follow-up: what it says besides its mention, and how the user said it.

Text only (no graph): the noun of "And X's <noun>?" (:func:`named_possessor`), the new
wh-word of "And when?" (:func:`other_wh`) and the user's own words for a mention the linker
read as more than one node (:func:`said_words`), each read by
:func:`kgchat.chat.followup.resolve_followup`.
"""

from __future__ import annotations

import re
from typing import Any

from kgchat.text import WH_WORDS, YES_NO_WORDS, tokens

__all__ = ["FOLLOW_UP_WORDS", "named_possessor", "other_wh", "said_words"]

FOLLOW_UP_WORDS = frozenset(["what", "about", "how", "and", "or", "then", "so", "the", "a"])


def named_possessor(message: str, rest: list[str], end: int) -> str | None:
    """The noun of "And X's <noun>?" (``rest``: the words outside the one mention, which
    ends at token ``end``): one word beside follow-up words, right after the mention and
    its possessive "'s", closing the message; None for any other message.

    >>> named_possessor("And Bill Clinton's wife?", ["and", "wife"], 3)
    'wife'
    >>> named_possessor("And Bill Clinton wife?", ["and", "wife"], 3) is None
    True
    """
    said = [w for w in rest if w not in FOLLOW_UP_WORDS]
    words = tokens(message)
    if len(said) != 1 or words[end:] != said:
        return None
    return said[0] if re.search(rf"['’]s\s+{re.escape(said[0])}\W*$", message, re.I) else None


def other_wh(message: str, question: str) -> str | None:
    """ "And when?" after "Where did Pierre Curie die?": the last question with the new
    wh-word ("When did Pierre Curie die?"), where it opens with a wh-word and an auxiliary;
    else None."""
    words = tokens(message)
    wh = [w for w in words if w in WH_WORDS and w not in FOLLOW_UP_WORDS]
    if len(wh) != 1 or not set(words) - set(wh) <= FOLLOW_UP_WORDS:
        return None
    last = tokens(question)
    if len(last) < 2 or last[0] not in WH_WORDS or last[1] not in YES_NO_WORDS:
        return None
    return re.sub(r"^\W*\w+", wh[0].capitalize(), question, count=1)


def said_words(message: str, named: list[Any]) -> str | None:
    """The message's own words for its one mention, where the linker read them as more than
    one node ("LDLR": a gene, and a statement named after it): the question they are put
    in tells which; None where they name one node (its label is asked)."""
    if len({m.node for m in named}) < 2:
        return None
    words = r"\W+".join(re.escape(w) for w in named[0].text.split())
    found = re.search(rf"\b{words}\b", message, re.I) if words else None
    return found.group(0) if found else None
