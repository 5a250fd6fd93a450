"""What WordNet opposes: the antonyms of a word's likeliest meanings ("sell" to buy's), and
whether two words say one relation from its two ends ("taught" and "learned"); a mixin of
:class:`kgchat.wordnet.WordNet`, which reads the database these look up (split from
:mod:`kgchat.wordnet`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from kgchat.wordnet_files import WordNetLookups

__all__ = ["Opposites"]


class Opposites(WordNetLookups):
    """Antonyms and converses, read by :class:`~kgchat.wordnet.WordNet`."""

    def likeliest(self, word: str, meanings: int = 3) -> list[tuple[str, int]]:
        raise NotImplementedError

    def own_likeliest(self, word: str, meanings: int = 3) -> list[tuple[str, int]]:
        raise NotImplementedError

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one WordNet a process, words recur
    def opposites(self, word: str, meanings: int = 3) -> tuple[tuple[str, int], ...]:
        """The synsets WordNet opposes (its antonym links, ``!``) to the word's ``meanings``
        likeliest meanings (:meth:`meanings`), in that order: "sell" to buy's, "win" to lose's,
        "birth" to death's.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or "buy" in {w for k in wn.opposites("sell") for w in wn.synset(*k).words}
        True
        """
        return self._antonyms(self.likeliest(word, meanings))

    def _antonyms(self, keys: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
        """The synsets WordNet opposes (``!`` links) to those of ``keys``, in their order."""
        found = [
            (tpos, toff)
            for key in keys
            for symbol, tpos, toff, _, _ in self.synset(*key).links
            if symbol == "!"
        ]
        return tuple(dict.fromkeys(found))

    def opposed(self, a: str, b: str, meanings: int = 3) -> bool:
        """Whether one of ``a``'s likeliest meanings is one WordNet opposes to one of ``b``'s
        (:meth:`opposites`): "bought" and "sold", "lost" and "won", "died" and "birth"; not a
        rare meaning of either ("went", which may mean to die, is no opposite of "birth").

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.opposed("bought", "sold") and not wn.opposed("went", "birth"))
        True
        """
        return bool(set(self.likeliest(a, meanings)) & set(self.opposites(b, meanings)))

    def converse(self, a: str, b: str, meanings: int = 3) -> bool:
        """Whether ``a`` says ``b``'s relation from its other end: WordNet opposes them
        (:meth:`opposed`, or the same among their own likeliest meanings, :meth:`own_likeliest`:
        "followed" and "preceded", whose nouns derived at the verbs' weight, *follower*,
        *precedent*, would fill the likeliest three), or one's likeliest meaning causes the
        other's (its cause link, ``>``: teaching makes the one taught learn, so "Ben learned
        from Ada" says "Ada taught Ben").

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or wn.converse("learned", "taught") and not wn.converse("educated", "taught")
        True
        >>> wn is None or wn.converse("followed", "preceded")
        True
        """
        if self.opposed(a, b, meanings):
            return True
        opposite = self._antonyms(self.own_likeliest(b, meanings))
        if not set(opposite).isdisjoint(self.own_likeliest(a, meanings)):
            return True
        ka, kb = self.likeliest(a, meanings), self.likeliest(b, meanings)
        return any(
            symbol == ">" and (tpos, toff) in other
            for keys, other in ((ka, kb), (kb, ka))
            for key in keys
            for symbol, tpos, toff, _, _ in self.synset(*key).links
        )
