"""Names cited by their number: "Directive 2019/88" for the act whose name begins with
"Directive (EU) 2019/88 of the European Parliament and of the Council of ...".

Documents with numbered designations (legislation, standards, reports, resolutions) carry long
official names that open with their kind and a number with a separator ("2019/88",
"2000/60/EC", "1.2.3"), and people cite them by that head alone, with the kind said their own
way ("Directive 2019/88" for "Directive (EU) 2019/88"). No whole name and no part the name
dictionary keys matches such a citation, and its words alone ("directive") name a class.

The number, read as the run of two digit tokens or more it tokenizes to ("2019 88"), picks the
document out where it is the first such run of a name's first :data:`HEAD_TOKENS` tokens: the
name's own designation, not an act it cites later on ("... amending Directive 2000/60/EC").
Where several entities' names open with it, those with the most such names keep it (a work
whose language versions' titles it took, :mod:`kgchat.graph.language_versions`, before each
version), and a number more than ``cap`` of them keep is no citation of one.

>>> from kgchat.text import tokens
>>> numbers = CitedNumbers()
>>> numbers.add("act", tokens("Directive (EU) 2019/88 of the Council of 17 January 2019"))
>>> numbers.add("other", tokens("Regulation (EU) 2020/5 amending Directive (EU) 2019/88"))
>>> numbers.find(tokens("Is Directive 2019/88 in force?"), cap=3)
[(1, 4, ['act'])]

The mention takes in the words around the number that the name's head holds too ("directive",
"EU", "EC"): they say which document, not a relation the question asks about.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from kgchat.text import STOPWORDS

__all__ = ["HEAD_TOKENS", "CitedNumbers", "digit_runs"]

HEAD_TOKENS = 8  # a name's first tokens, where it states its own designation


def digit_runs(toks: Sequence[str]) -> list[tuple[int, int]]:
    """The runs of two digit tokens or more, as ``(start, end)`` token positions.

    >>> digit_runs(["directive", "2000", "60", "ec", "of", "23", "october", "2000"])
    [(1, 3)]
    """
    runs, i = [], 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j].isdigit():
            j += 1
        if j - i >= 2:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


class CitedNumbers:
    """Which entities' names open with a number (module docstring); filled name by name."""

    def __init__(self) -> None:
        self._by_number: dict[str, Counter[str]] = defaultdict(Counter)
        self._heads: dict[str, set[str]] = defaultdict(set)  # a node's names' head words

    def add(self, node: str, toks: Sequence[str]) -> None:
        """Note one name of ``node`` (its tokens)."""
        head = toks[:HEAD_TOKENS]
        runs = digit_runs(head)
        if runs:
            a, b = runs[0]
            self._by_number[" ".join(toks[a:b])][node] += 1
            self._heads[node].update(t for t in head if t not in STOPWORDS)

    def find(self, toks: Sequence[str], cap: int) -> list[tuple[int, int, list[str]]]:
        """Each number of the question's tokens that cites at most ``cap`` entities:
        ``(start, end, entities)``."""
        out = []
        for a, b in digit_runs(toks):
            holders = self._by_number.get(" ".join(toks[a:b]))
            if not holders:
                continue
            most = max(holders.values())
            nodes = [n for n, c in holders.items() if c == most]
            if len(nodes) <= cap:
                words = set.intersection(*(self._heads[n] for n in nodes))
                while a > 0 and toks[a - 1] in words:
                    a -= 1
                while b < len(toks) and toks[b] in words:
                    b += 1
                out.append((a, b, nodes))
        return out
