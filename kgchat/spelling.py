"""Fast search for the strings within a few edits of a text: the misspelling search of the
name dictionary (:mod:`kgchat.name_table`), over names, over the words of the graph and over
the values the linker names; and a question's misspelt wh-word ("waht") read as the word it
misspells.

The distance is the optimal string alignment distance (insertions, deletions, substitutions
and swaps of neighbours, each one edit; rapidfuzz's ``OSA``). Strings are searched among those
that share the text's first or second letter (a misspelling rarely breaks both), each block
sorted by length so that only strings of a reachable length are compared.

Examples
--------
>>> near = NearIndex(["pink floyd", "general", "generals", "program"])
>>> near.find("pink flyod", 1)
[('pink floyd', 1)]
>>> near.find("gneral", 1)
[('general', 1)]
>>> near.closest("progrm", 1)
('program', 1)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from kgchat.function_words import WH_WORDS
from kgchat.text import STOPWORDS

__all__ = ["NearIndex", "mended_wh_word"]


class NearIndex:
    """Strings blocked by their first and by their second letter, sorted by length.

    Parameters
    ----------
    keys : iterable of str
        The strings searched; those shorter than ``shortest`` are left out.
    shortest : int
        The shortest string kept.
    """

    def __init__(self, keys: Iterable[str], shortest: int = 2) -> None:
        self._blocks: tuple[dict[str, tuple[list[int], list[str]]], ...] = ({}, {})
        kept = dict.fromkeys(k for k in keys if len(k) >= max(2, shortest))
        for pos, blocks in enumerate(self._blocks):
            grouped: dict[str, list[str]] = defaultdict(list)
            for key in kept:
                grouped[key[pos]].append(key)
            for ch, group in grouped.items():
                group.sort(key=len)
                blocks[ch] = ([len(k) for k in group], group)

    def find(self, text: str, k: int) -> list[tuple[str, int]]:
        """The strings within ``k`` edits of ``text`` that share its first or second letter,
        with their distance, closest first (then in string order)."""
        if k <= 0 or len(text) < 2:
            return []
        found: dict[str, int] = {}
        for pos, blocks in enumerate(self._blocks):
            block = blocks.get(text[pos])
            if block is None:
                continue
            lengths, keys = block
            lo, hi = bisect_left(lengths, len(text) - k), bisect_right(lengths, len(text) + k)
            if lo < hi:
                for key, d, _ in process.extract(
                    text, keys[lo:hi], scorer=OSA.distance, score_cutoff=k, limit=None
                ):
                    found[key] = int(d)
        return sorted(found.items(), key=lambda kv: (kv[1], kv[0]))

    def closest(self, text: str, k: int) -> tuple[str, int] | None:
        """The one string nearest ``text`` within ``k`` edits and its distance; None when there
        is none, or when several are equally near (a misspelling that could be either is
        neither)."""
        found = self.find(text, k)
        if not found or (len(found) > 1 and found[1][1] == found[0][1]):
            return None
        return found[0]


def mended_wh_word(word: str) -> str:
    """A question's first word, read as the wh-word it misspells where it is no word of
    English and one edit (a letter added, dropped, changed or two swapped) from one: "waht",
    "wich", "whcih". Misspelt, it would be a content word that no relation says, and the
    question would seem to ask something no path meets. Without the bundled encoder's
    vocabulary (:func:`kgchat.lexicon.english_words`) nothing is mended.

    >>> from kgchat.lexicon import english_words
    >>> said = ["waht", "what", "wich", "list"]
    >>> [mended_wh_word(w) for w in said] == (
    ...     ["what", "what", "which", "list"] if english_words() else said
    ... )
    True
    """
    if len(word) < 3 or word in STOPWORDS:
        return word
    from kgchat.lexicon import english_words  # (the encoder's package: read when asked)

    known = english_words()
    if not known or word in known:
        return word
    near = [w for w in sorted(WH_WORDS) if len(w) >= 3 and OSA.distance(word, w) == 1]
    return near[0] if len(near) == 1 else word
