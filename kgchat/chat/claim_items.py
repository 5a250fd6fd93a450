"""A list cited item by item in mid-sentence: its items share the sentence's other words.

"Ada [3], Cleo [4] and Dag [5] are members of Nordic Band." cites each member after its name.
Cut after each citation group (:func:`~kgchat.chat.claim_text.split_claims`), "Ada" alone would
cite [3], which holds Nordic Band, and only "and Dag are members of Nordic Band" would say what
[5] says. Where the words between the groups are each one name after a comma or a coordinating
conjunction, and the words before the first group end in a name, the groups cite the items of
one coordinated noun phrase, and the rest of the sentence is said of each: each item's claim is
the sentence with that item alone in the list's place ("Ada are members of Nordic Band" [3],
"The members of Nordic Band are Cleo" [4]).

A sentence may also join clauses at a comma before a name ("Ben was born in Oslo [2], and Ada
[3] ..."), which reads alike: :func:`choose` keeps the claims as cut where reading the groups as
one list makes a citation invalid that the cut holds valid and contradicts no fact.

>>> one = {"ada", "cleo", "dag"}.__contains__
>>> coordinated(["Ada", ", Cleo ", " and Dag "], " are members of Band", lambda s: one(s.lower()))
['Ada are members of Band', 'Cleo are members of Band', 'Dag are members of Band']
>>> coordinated(["Ada", " taught Cleo "], "", lambda s: one(s.lower())) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kgchat.function_words import COORDINATORS

if TYPE_CHECKING:
    from kgchat.chat.claims import Claim

__all__ = ["choose", "coordinated"]

_JOIN = re.compile(r"^\s*(,\s*)?((?:" + "|".join(sorted(COORDINATORS)) + r")\b)?", re.IGNORECASE)
_WORD = re.compile(r"\S+")


def coordinated(
    segments: Sequence[str], tail: str, named: Callable[[str], bool]
) -> list[str] | None:
    """Each item's claim where the citation groups of a sentence cite one list's items.

    Parameters
    ----------
    segments : sequence of str
        The sentence's words before each citation group, cut at the groups.
    tail : str
        Its words after the last group.
    named : callable
        Whether a text is one name (of the graph or of the given facts).

    Returns
    -------
    list of str or None
        One claim per group, the sentence with the group's item in the list's place; None
        where the groups cite no one list (fewer than two groups, or words between two groups
        that are no name after a comma or a conjunction).
    """
    if len(segments) < 2:
        return None
    items = []
    for s in segments[1:]:
        m = _JOIN.match(s)
        item = s[m.end() :].strip(" ,") if m else ""
        if not (m and (m.group(1) or m.group(2))) or not item or not named(item):
            return None
        items.append(item)
    first = segments[0]
    # the longest name the first group's words end in is the first item
    for w in _WORD.finditer(first):
        if named(first[w.start() :].strip(" ,")):
            prefix = first[: w.start()]
            return [f"{prefix}{item}{tail}" for item in [first[w.start() :].strip(" ,"), *items]]
    return None


def choose(cut: Sequence[Claim], spread: Sequence[Claim]) -> list[Claim]:
    """The claims of a reply as cut at its citations, or, in each run of claims that reading
    a list changed, as read with the list: unless that reading makes a citation invalid that
    the cut holds valid, and contradicts no fact (a clause joined at a comma, not a list).
    Both are checked claims of the same reply, one per citation group, in order."""
    out: list[Claim] = []
    i = 0
    while i < len(cut):
        j = i
        while j < len(cut) and cut[j].text != spread[j].text:
            j += 1
        if j == i:
            out.append(cut[i])
            i += 1
            continue
        pairs = zip(cut[i:j], spread[i:j], strict=True)
        worse = any(a and not b for c, s in pairs for a, b in zip(c.valid, s.valid, strict=True))
        contradicts = any(s.contradiction for s in spread[i:j])
        out.extend(cut[i:j] if worse and not contradicts else spread[i:j])
        i = j
    return out
