"""A list cited item by item in mid-sentence: its items share the sentence's other words.

"Ada [3], Cleo [4] and Dag [5] are members of Nordic Band." cites each member after its name.
Cut after each citation group (:func:`~kgchat.chat.claim_text.split_claims`), "Ada" alone would
cite [3], which holds Nordic Band, and only "and Dag are members of Nordic Band" would say what
[5] says. Where the words between the groups are each one name after a comma or a coordinating
conjunction, and the words before the first group end in a name, the groups cite the items of
one coordinated noun phrase, and the rest of the sentence is said of each: each item's claim is
the sentence with that item alone in the list's place ("Ada are members of Nordic Band" [3],
"The members of Nordic Band are Cleo" [4]).

A list's run of groups may end before its sentence does, and begin after its start: a clause
joined at a comma follows it ("Ada [3], Cleo [4] and Dag [5] are members of Nordic Band, and
Ada [1] taught Ben": its items are said "are members of Nordic Band", and "Ada taught Ben" is
[1]'s claim) or comes before it ("Ben was born in Oslo [2], and Ada [3], Cleo [4] and Dag [5]
are members of Nordic Band"). Which groups are one list the words cannot always say: "Oslo
[2], and Ada [3]" reads as a list of Oslo and Ada as well. :func:`readings` gives one reading
a run, and :func:`best` keeps a reading's run unless it makes a citation invalid that the cut
holds valid and contradicts no fact (:func:`choose`), or overlaps a run kept before: the
readings that make no citation invalid first, then in order.

>>> one = {"ada", "cleo", "dag"}.__contains__
>>> coordinated(["Ada", ", Cleo ", " and Dag "], " are members of Band", lambda s: one(s.lower()))
['Ada are members of Band', 'Cleo are members of Band', 'Dag are members of Band']
>>> coordinated(["Ada", " and Cleo", " are in Band, and Dag"], " left", lambda s: one(s.lower()))
['Ada are in Band', 'Cleo are in Band', 'Dag left']
>>> coordinated(["Ada", " taught Cleo "], "", lambda s: one(s.lower())) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import count
from typing import TYPE_CHECKING

from kgchat.chat.claim_text import Spread, split_claims
from kgchat.function_words import COORDINATORS

if TYPE_CHECKING:
    from kgchat.chat.claims import Claim

__all__ = ["best", "choose", "coordinated", "readings"]

_JOIN = re.compile(r"^\s*(,\s*)?((?:" + "|".join(sorted(COORDINATORS)) + r")\b)?", re.IGNORECASE)
_WORD = re.compile(r"\S+")


def _clause_after(words: str) -> tuple[str, str] | None:
    """The words before a sentence's first comma, and those after it less a conjunction
    ("are in Band", "Dag" of "are in Band, and Dag"); None without a comma.

    >>> _clause_after("are in Band, and Dag"), _clause_after("are in Band")
    (('are in Band', 'Dag'), None)
    """
    at = words.find(",")
    if at < 0:
        return None
    rest = words[at + 1 :]
    m = _JOIN.match(rest)
    return words[:at], rest[m.end() if m else 0 :].strip()


def _item(words: str, named: Callable[[str], bool]) -> str | None:
    """``words`` less its conjunction where it is one name after a comma or a conjunction.

    >>> named = {"Dag", "Bo"}.__contains__
    >>> _item(", and Dag", named), _item(" Dag", named), _item(" and Bob", named)
    ('Dag', None, None)
    """
    m = _JOIN.match(words)
    item = words[m.end() :].strip(" ,") if m else ""
    return item if m and (m.group(1) or m.group(2)) and item and named(item) else None


def coordinated(
    segments: Sequence[str], tail: str, named: Callable[[str], bool], start: int = 0
) -> list[str] | None:
    """Each group's words where the citation groups from ``start`` on cite one list's items.

    Parameters
    ----------
    segments : sequence of str
        The sentence's words before each citation group, cut at the groups.
    tail : str
        Its words after the last group.
    named : callable
        Whether a text is one name (of the graph or of the given facts).
    start : int
        The group of the list's first item: the first, or one whose words hold a comma (the
        clause before it ends there, and its words before the comma go to the group before).

    Returns
    -------
    list of str or None
        One text per group, the last with ``tail``: each item's is the list's words with the
        item alone in the list's place, and the words after the list, to a comma, are said
        of each; after that comma the next group's clause begins. None where no list of two
        or more items begins at ``start``.

    Examples
    --------
    >>> named = {"Ada", "Cleo", "Dag"}.__contains__
    >>> coordinated(["Ada ", ", Cleo ", " and Dag "], " are members.", named)
    ['Ada are members.', 'Cleo are members.', 'Dag are members.']
    >>> coordinated(["Ada ", " is in Band "], ".", named) is None
    True
    """
    out = list(segments)
    first = segments[start] if start < len(segments) else ""
    if start > 0:
        cut = _clause_after(first)
        if cut is None:
            return None
        out[start - 1] += cut[0]
        first = cut[1]
    items = []
    end = start + 1
    while end < len(segments) and (item := _item(segments[end], named)) is not None:
        items.append(item)
        end += 1
    if not items:
        return None
    said = tail
    if end < len(segments):  # the list's words end at a comma; the next clause is the group's
        cut = _clause_after(segments[end])
        if cut is None or not cut[1]:
            return None
        said, out[end] = cut
        out[-1] += tail
    # the longest name the first group's words end in is the first item
    for w in _WORD.finditer(first):
        if named(first[w.start() :].strip(" ,")):
            prefix = first[: w.start()]
            for k, item in enumerate([first[w.start() :].strip(" ,"), *items], start):
                out[k] = f"{prefix}{item}{said}"
            return out
    return None


def readings(
    text: str, keep: Iterable[str], named: Callable[[str], bool]
) -> list[list[tuple[str, tuple[int, ...]]]]:
    """The reply's claims as :func:`~kgchat.chat.claim_text.split_claims` cuts them, once a
    list's run of citation groups (:func:`coordinated`): in order of sentence and first item.

    >>> named = {"Ada", "Cleo", "Dag"}.__contains__
    >>> readings("Ada [1], Cleo [2] and Dag [3] are members.", [], named)[0]
    [('Ada are members', (1,)), ('Cleo are members', (2,)), ('Dag are members', (3,))]
    """
    keep = list(keep)
    starts_of: list[list[int]] = []  # each sentence's groups a list's run begins at

    def probe(segments: list[str], tail: str) -> None:
        # a run's start, and the group after it (the first item may end the clause before:
        # "Oslo [2], and Ada [3], Cleo [4] ..."); the next run starts after the run's items
        starts, k = [], 0
        while k < len(segments):
            if coordinated(segments, tail, named, k) is None:
                k += 1
                continue
            starts.append(k)
            if coordinated(segments, tail, named, k + 1) is not None:
                starts.append(k + 1)
            k += 1
            while k < len(segments) and _item(segments[k], named) is not None:
                k += 1
        starts_of.append(starts)
        return None

    split_claims(text, keep, probe)
    out = []
    for sentence, starts in enumerate(starts_of):
        for k in starts:
            out.append(split_claims(text, keep, _at(sentence, k, named)))
    return out


def _at(sentence: int, start: int, named: Callable[[str], bool]) -> Spread:
    """A list's run from group ``start`` of the ``sentence``-th sentence, the rest as cut."""
    seen = count()

    def spread(segments: list[str], tail: str) -> list[str] | None:
        return coordinated(segments, tail, named, start) if next(seen) == sentence else None

    return spread


def best(cut: Sequence[Claim], spread: Iterable[Sequence[Claim]]) -> list[Claim]:
    """The claims as cut, with the runs of each reading in ``spread`` that :func:`choose`
    keeps; a reading whose run overlaps one kept before is passed over, and the readings that
    make no citation invalid that the cut holds valid are tried first ("Oslo [2], and Ada [3],
    Cleo [4] and Dag [5] are not members": the list of Ada, Cleo and Dag before the list of
    Oslo, Ada, Cleo and Dag, which contradicts as well)."""
    tried = []
    for reading in spread:
        if len(reading) == len(cut):
            pairs = list(zip(cut, reading, strict=True))
            moved = {k for k, (c, s) in enumerate(pairs) if c.text != s.text}
            worse = any(
                a and not b for c, s in pairs for a, b in zip(c.valid, s.valid, strict=True)
            )
            tried.append((worse, moved, reading))
    out = list(cut)
    taken: set[int] = set()
    for _, moved, reading in sorted(tried, key=lambda t: t[0]):
        if moved & taken:
            continue
        merged = [reading[k] if k in moved else c for k, c in enumerate(out)]
        out = choose(out, merged)
        taken |= {k for k in moved if out[k] is reading[k]}
    return out


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
