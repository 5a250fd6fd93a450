"""Names said by a run of their words: "Market Square" for *Old Town Market Square*, "Tyto
albescens" for *Tyto albescens Okafor, 1853* (a scientific name without its author), "Saimaan
Puu" for *Saimaan Puu ja Sahatavara Oy*.

A question often names a thing by a stretch of its label's words, not by the label whole nor
by the parts :mod:`kgchat.name_keys` makes (a trailing parenthesis, the last word, a generic
tail). :class:`ContainedNames` finds the names that hold a run of words contiguously, in order,
so that the run links as one partial name where few entities share it, instead of each of its
words linking alone (or to namesakes).

Examples
--------
>>> names = ContainedNames([
...     ("a", ["old", "town", "market", "square"]),
...     ("b", ["market", "hall"]),
...     ("c", ["tyto", "albescens", "okafor", "1853"]),
... ])
>>> names.holding(["market", "square"], 3), names.holding(["tyto", "albescens"], 3)
(['a'], ['c'])
>>> names.holding(["square", "market"], 3), names.holding(["market"], 3)
([], [])
>>> names.holding(["market", "square"], 3, anywhere=False)  # not how the name starts
[]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from kgchat.name_wholes import common_words
from kgchat.text import STOPWORDS, flagged_runs

if TYPE_CHECKING:
    from kgchat.linking_config import LinkerConfig

__all__ = ["ContainedNames", "name_spans"]


class ContainedNames:
    """The names of a graph, searched for the ones holding a run of words.

    Parameters
    ----------
    names : sequence of (node, words)
        Every name of every entity, as its normalised words (:func:`kgchat.text.tokens`),
        without the trailing parenthesis that tells it from namesakes: "White Album" is no
        run of "Can't Get Enough (Barry White album)".
    """

    def __init__(self, names: Sequence[tuple[str, Sequence[str]]]) -> None:
        self._names = names
        self._by_word: dict[str, list[int]] | None = None  # built on first use

    def _index(self) -> dict[str, list[int]]:
        if self._by_word is None:
            by_word: dict[str, list[int]] = defaultdict(list)
            for i, (_, words) in enumerate(self._names):
                for w in set(words):
                    by_word[w].append(i)
            self._by_word = dict(by_word)
        return self._by_word

    def said(
        self,
        words: Sequence[str],
        named: Collection[str],
        config: LinkerConfig,
        lower: bool = False,
        exact: Mapping[str, list[str]] | None = None,
    ) -> list[str]:
        """The entities whose name the question's run ``words`` is a run of, as a name is said:
        from a word written capitalised (``named``) to a word no stopword; a run inside a name
        is said as names are, each word capitalised, and a run a name starts with may go on in
        lower case ("Tyto albescens"). At most ``config.partial_max`` distinct names, else none.

        A question all in lower case (``lower``) says no name by capitals: there a run of two
        or more words from a word no stopword is read as if capitalised ("red cross" of
        "International Committee of the Red Cross", "philosopher's stone" of "Harry Potter
        and the Philosopher's Stone"), unless a shorter stretch of it is a name of ``exact``
        ("with warfarin", "human insulin": the names "warfarin" and "insulin" are said, not a
        run of a longer name).

        >>> from kgchat.linking_config import LinkerConfig
        >>> names = ContainedNames([("a", ["old", "town", "market", "square"]),
        ...                         ("c", ["tyto", "albescens", "okafor", "1853"])])
        >>> names.said(["market", "square"], {"market", "square"}, LinkerConfig())
        ['a']
        >>> names.said(["market", "square"], {"market"}, LinkerConfig())  # "Market square"
        []
        >>> names.said(["tyto", "albescens"], {"tyto"}, LinkerConfig())  # how the name starts
        ['c']
        >>> names.said(["market", "square"], set(), LinkerConfig(), lower=True)
        ['a']
        >>> names.said(["market", "square"], set(), LinkerConfig(), True, {"square": ["s"]})
        []
        """
        if lower and len(words) > 1 and words[0] not in STOPWORDS and words[-1] not in STOPWORDS:
            nodes = self.holding(words, config.partial_max)
            return [] if nodes and _holds_name(words, exact or {}) else nodes
        # (a stopword written as a name's word ends a run too: the "a" of "c.1208G>A")
        if words[0] not in named or (words[-1] in STOPWORDS and words[-1] not in named):
            return []
        inside = all(w in named or w in STOPWORDS for w in words)
        return self.holding(words, config.partial_max, anywhere=inside)

    def unsaid(
        self, words: Sequence[str], nodes: list[str], exact: Mapping[str, list[str]]
    ) -> bool:
        """Whether no shorter stretch of ``words`` is an exact name of one of ``nodes``
        ("Takamura" of "Takamura Pharmaceutical", an alias of *Takamura Pharmaceutical Co.,
        Ltd.*): that stretch names the entity better than the run does in part.

        >>> names = ContainedNames([])
        >>> exact = {"takamura": ["t1"], "takamura pharmaceutical co ltd": ["t1"]}
        >>> names.unsaid(["takamura", "pharmaceutical"], ["t1"], exact)
        False
        >>> names.unsaid(["takamura", "pharmaceutical"], ["t2"], exact)
        True
        """
        n = len(words)
        stretches = (" ".join(words[i:j]) for i in range(n) for j in range(i + 1, n + 1))
        return not any(
            set(exact.get(s, ())) & set(nodes) for s in stretches if s.count(" ") < n - 1
        )

    def holding(self, words: Sequence[str], cap: int, *, anywhere: bool = True) -> list[str]:
        """The entities with a name longer than ``words`` that holds them contiguously, in
        order (at its start only, unless ``anywhere``), where at most ``cap`` distinct names
        do, else none; empty for fewer than two words. Entities of one name (a registry's copy
        of a firm per notice, a DOAP file's releases named as their project) are one name's
        namesakes, as that name said whole links them all: the run says that name as surely.
        Not so a run of common words (:func:`~kgchat.name_wholes.common_words`: "blood
        pressure" of every patient's "Systolic Blood Pressure"): what many records' names
        share there is a kind of record, and ``cap`` counts the entities.

        >>> ContainedNames([(n, ["liffey", "facilities", "ltd"]) for n in "abcd"]).holding(
        ...     ["liffey", "facilities"], 3)
        ['a', 'b', 'c', 'd']
        >>> from kgchat.wordnet import wordnet
        >>> wordnet() is None or ContainedNames(
        ...     [(n, ["systolic", "blood", "pressure"]) for n in "abcd"]
        ... ).holding(["blood", "pressure"], 3)
        []
        """
        n = len(words)
        if n < 2:
            return []
        index = self._index()
        lists = [index.get(w, []) for w in words]
        if not all(lists):
            return []
        nodes: list[str] = []
        said: set[tuple[str, ...]] = set()  # the names found: namesakes count once
        common: bool | None = None  # (read once, where the nodes pass the cap)
        for i in min(lists, key=len):
            node, name = self._names[i]
            if node in nodes or len(name) <= n:
                continue
            starts = range(len(name) - n + 1) if anywhere else (0,)
            if any(list(name[k : k + n]) == list(words) for k in starts):
                nodes.append(node)
                said.add(tuple(name))
                if len(said) > cap:
                    return []
                if len(nodes) > cap:
                    common = common_words(" ".join(words)) if common is None else common
                    if common:
                        return []
        return nodes


def _holds_name(words: Sequence[str], exact: Mapping[str, list[str]]) -> bool:
    """Whether a stretch of ``words`` shorter than all of them is a name of ``exact``.

    >>> _holds_name(["human", "insulin"], {"insulin": ["p1"]})
    True
    >>> _holds_name(["red", "cross"], {"red cross": ["r1"]})
    False
    """
    n = len(words)
    shorter = (" ".join(words[i:j]) for i in range(n) for j in range(i + 1, n + 1) if j - i < n)
    return any(s in exact for s in shorter)


def name_spans(toks: Sequence[str], named: Collection[str]) -> set[tuple[int, int]]:
    """The spans of the runs of two or more words written as names, each whole.

    >>> sorted(name_spans("who did brien eno produce".split(), {"brien", "eno"}))
    [(2, 4)]
    """
    return set(flagged_runs([t in named for t in toks]))
