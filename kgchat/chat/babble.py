"""What a claim says beyond its facts while naming nothing new: repetition and filler.

A small model held to the facts' words (:mod:`kgchat.chat.vocabulary`) fills a sentence with
what it may still say: the same words again ("discovered the very same very same very very"),
a relation word or a name twice ("Alexander Fleming's prize was given to him by the Nobel
Prize", "Lord Byron was Byron's father"), or a run of function words that states nothing
("which is an all-to-all over the his most than any other"). None of it names an entity or a
word no fact holds, so the rest of the claim check passes it; a reply that says it is no
restatement of its facts, and the guard gives the verbalised evidence instead.

:func:`repeats` reads a claim's units (words and whole names), :func:`filler` its words.

Examples
--------
>>> repeats(["ada", "taught", "ben"]), repeats(["the", "very", "same", "very", "same"])
(False, True)
>>> repeats(["very", "very", "very"]), repeats(["that", "that"])
(True, False)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import Any

from kgchat.text import STOPWORDS

__all__ = ["FILLER_RUN", "filler", "repeats", "said_twice", "unfinished"]

# The longest run of function words (outside names and the cited relations' own words) a
# restatement needs: "is one of the" is four; read on the development replies ("... 54.90 for
# you to find your price", five, states nothing).
FILLER_RUN = 4


def repeats(units: Sequence[Any]) -> bool:
    """The same unit (a word or a named entity) or run of them, twice in a row, where the run
    says something (a name, or a word that is neither a stopword nor a single letter: initials
    "K.K." read as "k k"), or is of several function words, or is one word thrice."""
    for n in range(1, len(units) // 2 + 1):
        for i in range(len(units) - 2 * n + 1):
            run = list(units[i : i + n])
            if run != list(units[i + n : i + 2 * n]):
                continue
            if n > 1 or any(_says_something(u) for u in run):
                return True
            if list(units[i + 2 * n : i + 3 * n]) == run:
                return True
    return False


def _says_something(unit: Any) -> bool:
    return not isinstance(unit, str) or (unit not in STOPWORDS and len(unit) > 1)


def said_twice(stems: Sequence[str], held: Counter[str]) -> str:
    """A word (not a stopword nor a letter, as its stem) the claim says more often than its
    cited facts do (``held``: how often their names and relation phrases say each), as text;
    "" when none. A name said again is an end where the fact's other should stand ("Lord Byron
    was Byron's father" of "Ada Lovelace — father → Lord Byron"); a relation word said again
    states it twice ("Fleming's prize was given to him by the Nobel Prize" of "nobel prize
    year"). A fact whose names share a word may say it as often ("Leipzig University — city
    → Leipzig", "Duran Duran").

    >>> fact = Counter("ada lovelac father lord byron".split())
    >>> said_twice("lord byron was byron s father".split(), fact)
    'byron'
    >>> fact = "leipzig univers citi leipzig".split()
    >>> said_twice(fact, Counter(fact))
    ''
    """
    said = Counter(w for w in stems if w not in STOPWORDS and len(w) > 1)
    return next((w for w, n in said.items() if n > max(1, held[w])), "")


def filler(words: Sequence[str], outside: Sequence[int], relation: Collection[str]) -> bool:
    """More than :data:`FILLER_RUN` function words in a row outside names, the cited
    relations' own words (``relation``, as written) passed over.

    >>> words = "x is an all to all over the his most than any other".split()
    >>> filler(words, range(len(words)), {"is", "the"}), filler(words[:5], range(5), set())
    (True, False)
    """
    run, last = 0, -2
    for i in outside:
        w = words[i]
        if w in relation and w in STOPWORDS:  # neither counts nor breaks the run
            last = i
        elif w in STOPWORDS:
            run = run + 1 if i == last + 1 else 1
            last = i
            if run > FILLER_RUN:
                return True
        else:
            run = 0
    return False


def unfinished(text: str, names: Sequence[str] = ()) -> bool:
    """Whether a bracket of ``text`` is left open or closes none (the reply cut inside it:
    "Charles Ashcombe (father) was Arthur Ashcombe (s"), brackets within ``names`` aside
    ("Queen (band)" is a name).

    >>> unfinished("Norway: The Kingdom of Norway (S"), unfinished("Ada (a poet) wrote")
    (True, False)
    """
    for name in names:
        if name:
            text = text.replace(name, " ")
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(ch, 0)
        if depth < 0:
            return True
    return depth != 0
